"""Tests for the NER's knowledge step (known places and agencies) and its component."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest
import spacy
from spacy.tokens import Span

from beritanlp.lexicons.regions import key
from beritanlp.lexicons.titles import TitleList
from beritanlp.ner.knowledge import (
    KnownNames,
    apply_knowledge,
    candidate_runs,
    capitalised_runs,
    context_of,
    cut_remainder,
    drop_bound_places,
    is_capitalised,
    known_label,
    learn_bound_types,
    learn_place_contexts,
    load_bound_types,
    load_place_contexts,
    relabel_known_names,
    tag_feature_names,
    tag_known_names,
    tag_title_place_names,
    title_place_name,
)


@dataclass(frozen=True)
class _Place:
    type: str
    common: bool = False


def _norm(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


_PLACES = {
    "kendari": [_Place("kota")],
    "bogor": [_Place("kota"), _Place("kabupaten")],
    "depok": [_Place("kota")],
    "cianjur": [_Place("kabupaten")],
    "kutaibarat": [_Place("kabupaten")],
    "jawatengah": [_Place("provinsi")],
    "jepang": [_Place("negara")],
    "batu": [_Place("kota", common=True)],
    "as": [_Place("negara")],
    "gorontalo": [_Place("provinsi"), _Place("kota")],
    "ambon": [_Place("kota")],
}
_AGENCIES_FULL = {_norm(n): ("x",) for n in (
    "Badan Pusat Statistik", "Kementerian Hukum dan HAM", "Komisi Yudisial")}
_AGENCIES_SHORT = {"KPK": ("kpk",), "BPS": ("bps",), "Ambon": ("odd",)}

NAMES = KnownNames(
    places=_PLACES,
    caps_keys={"as"},
    agency_full=_AGENCIES_FULL,
    agency_short=_AGENCIES_SHORT,
    agency_key=_norm,
    place_contexts=frozenset({"di", "ke", "LOC ,", "LOC dan"}),
)


def _words(text: str) -> list[str]:
    return text.split()


def _tag(text: str, spans: list[tuple[int, int, str]] | None = None) -> list[tuple[str, str]]:
    words = _words(text)
    out = apply_knowledge(words, spans or [], NAMES, relabel=True)
    return [(" ".join(words[s:e]), label) for s, e, label in out]


def test_the_fake_tables_use_the_gazetteer_key() -> None:
    assert key("Kutai Barat") == "kutaibarat"


def test_capitalised_runs_are_maximal() -> None:
    words = _words("kemarin Tim Dinas Kendari datang ke Bogor .")
    assert list(capitalised_runs(words)) == [(1, 4), (6, 7)]


def _runs_one_by_one(words: list[str]) -> list[tuple[int, int]]:
    """The maximal capitalised runs read word by word (the plain reading of the rule)."""
    runs: list[tuple[int, int]] = []
    for i, word in enumerate(words):
        if is_capitalised(word):
            if runs and runs[-1][1] == i:
                runs[-1] = (runs[-1][0], i + 1)
            else:
                runs.append((i, i + 1))
    return runs


@pytest.mark.parametrize("text", [
    "", "kemarin", "Bogor", "Tim Dinas Kendari", "di Bogor", "Bogor dan", "A b C d E",
    "12 Januari warga Kota Lembah Hijau datang , Pak Budi", "\n\n Jalan Mawar \n Sari",
])
def test_capitalised_runs_are_read_as_word_by_word(text: str) -> None:
    words = text.split(" ")
    assert capitalised_runs(words) == _runs_one_by_one(words)


def test_capitalised_runs_of_empty_and_non_letter_tokens() -> None:
    assert capitalised_runs([]) == []
    assert capitalised_runs(["", "Ende", "", "3", "Ruteng"]) == [(1, 2), (4, 5)]
    assert capitalised_runs(["Édouard", "Ölz", "nya"]) == [(0, 2)]  # any upper-case letter


def test_an_untagged_city_after_a_place_preposition_becomes_loc() -> None:
    assert _tag("Rombongan pelajar itu tiba di Kendari kemarin sore .") == [("Kendari", "LOC")]


def test_an_untagged_agency_becomes_org_in_any_context() -> None:
    assert _tag("Angka kemiskinan versi Badan Pusat Statistik turun tipis .") == [
        ("Badan Pusat Statistik", "ORG")]
    assert _tag("Pagi ini penyidik KPK memeriksa dua saksi lagi .") == [("KPK", "ORG")]


def test_a_sentence_opening_word_joins_the_run_unless_it_is_a_place_context() -> None:
    # "Penyidik KPK" is one capitalised run, and not a known name
    assert _tag("Penyidik KPK memeriksa dua saksi lagi .") == []
    assert _tag("Di Kendari , harga cabai naik .") == [("Kendari", "LOC")]


def test_an_agency_name_with_dan_is_tagged_whole() -> None:
    assert _tag("Izin itu diteken Kementerian Hukum dan HAM bulan lalu .") == [
        ("Kementerian Hukum dan HAM", "ORG")]


def test_a_region_name_inside_a_longer_capitalised_run_is_left_alone() -> None:
    assert _tag("Ia kuliah di Universitas Negeri Gorontalo sejak lama .") == []
    assert _tag("Ia bekerja di Kendari Motor Sejahtera sejak lama .") == []


def test_a_common_word_place_at_sentence_start_is_left_alone() -> None:
    assert _tag("Batu itu dilempar warga ke sungai .") == []
    # the same name after a place preposition is a place
    assert _tag("Mereka berlibur di Batu pekan ini .") == [("Batu", "LOC")]


def test_a_place_outside_the_learned_contexts_is_left_alone() -> None:
    # a country qualifying a noun is a demonym, not a tagged place, in idner-news-2k
    assert _tag("Sejumlah turis Jepang memotret candi itu .") == []
    assert _tag("Jepang mengirim bantuan ke sana .") == []


def test_a_place_right_after_a_number_is_part_of_a_name() -> None:
    assert _tag("Siswa SMA 3 Kendari menang lomba .") == []
    assert _tag("Lomba itu digelar di 3 Kendari .") == []


def test_listed_places_are_tagged_left_to_right() -> None:
    assert _tag("Banjir melanda di Bogor , Depok dan Cianjur .") == [
        ("Bogor", "LOC"), ("Depok", "LOC"), ("Cianjur", "LOC")]
    # without a place before it, a comma is no place context
    assert _tag("Ia datang , Depok menyambut .") == []


def test_a_capitals_only_alias_needs_capitals() -> None:
    assert _tag("Kapal itu berlayar ke AS bulan ini .") == [("AS", "LOC")]
    assert _tag("Kapal itu berlayar ke As bulan ini .") == []


def test_a_name_that_is_both_a_place_and_an_agency_is_left_alone() -> None:
    assert known_label(_words("ke Ambon"), 1, 2, NAMES) is None
    assert _tag("Kapal itu berlayar ke Ambon lagi .") == []


def test_a_model_span_is_left_alone_unless_it_lies_inside_a_known_run() -> None:
    words = _words("Kata Kendari Santoso , harga naik di Jawa Tengah .")
    spans = [(1, 3, "PERSON"), (7, 9, "LOC")]
    assert tag_known_names(words, spans, NAMES) == spans
    # "[Kutai Barat]" inside "Kabupaten Kutai Barat" is tagged whole, cue word included
    words = _words("Jalan rusak di Kabupaten Kutai Barat .")
    assert tag_known_names(words, [(4, 6, "ORG")], NAMES) == [(3, 6, "LOC")]
    # unless the inner span is frozen (linked by a knowledge base)
    assert tag_known_names(words, [(4, 6, "ORG")], NAMES, frozen={(4, 6)}) == [(4, 6, "ORG")]


def test_relabel_gives_a_known_name_its_kind() -> None:
    words = _words("Harga cabai di Kendari naik , kata KPK .")
    spans = [(3, 4, "PERSON"), (7, 8, "PERSON")]
    assert relabel_known_names(words, spans, NAMES) == [(3, 4, "LOC"), (7, 8, "ORG")]


def test_relabel_keeps_loc_frozen_and_contextless_spans() -> None:
    words = _words("Ia ditemui di KPK , lalu Jepang menolak .")
    spans = [(3, 4, "LOC"), (6, 7, "PERSON")]
    assert relabel_known_names(words, spans, NAMES) == spans  # site LOC; no place context
    words = _words("Harga cabai di Kendari naik .")
    assert relabel_known_names(words, [(3, 4, "PERSON")], NAMES, frozen={(3, 4)}) == [
        (3, 4, "PERSON")]


def test_context_of_marks_a_place_before_the_token() -> None:
    words = _words("di Bogor dan Depok")
    assert context_of(words, 3, {2}) == "LOC dan"
    assert context_of(words, 3) == "dan"
    assert context_of(words, 0) == "<s>"


def test_candidate_runs_join_only_agency_names() -> None:
    words = _words("Kendari dan Bogor serta Kementerian Hukum dan HAM")
    assert list(candidate_runs(words, NAMES)) == [(0, 1), (2, 3), (4, 8)]


def test_learn_place_contexts_keeps_the_tagged_contexts() -> None:
    annotated = [
        (_words("Ia tinggal di Kendari ."), [(3, 4, "LOC")]),
        (_words("Ia pindah di Bogor ."), [(3, 4, "LOC")]),
        (_words("Kami ke di Depok ."), [(3, 4, "LOC")]),
        (_words("turis Jepang datang ."), []),
        (_words("turis Jepang pergi ."), []),
        (_words("turis Jepang makan ."), []),
    ]
    learned = learn_place_contexts(annotated, replace(NAMES, place_contexts=None))
    assert learned == ["di"]
    assert learn_place_contexts(annotated, NAMES, min_count=4) == []


def test_packaged_place_contexts() -> None:
    contexts = load_place_contexts()
    assert {"di", "ke", "dari", "LOC ,"} <= contexts
    assert "<s>" not in contexts and not any(c.startswith("#") for c in contexts)


# -- rule 3: country names outside the place contexts are no entities -----------------------

BOUND = replace(NAMES, bound_types=frozenset({"negara"}))


def _drop(text: str, spans: list[tuple[int, int, str]], **kw: object) -> list[str]:
    words = _words(text)
    out = drop_bound_places(words, spans, BOUND, **kw)  # type: ignore[arg-type]
    return [f"{label}:{' '.join(words[s:e])}" for s, e, label in out]


def test_a_country_acting_or_qualifying_a_noun_loses_its_entity() -> None:
    assert _drop("Jepang mengirim bantuan beras .", [(0, 1, "LOC")]) == []
    assert _drop("Sejumlah turis Jepang memotret candi .", [(2, 3, "LOC")]) == []
    assert _drop("Kabarnya bahwa Jepang menolak .", [(2, 3, "ORG")]) == []


def test_a_country_after_a_place_context_keeps_its_entity() -> None:
    assert _drop("Bantuan dikirim ke Jepang pekan lalu .", [(3, 4, "LOC")]) == ["LOC:Jepang"]
    spans = [(3, 4, "LOC"), (5, 6, "LOC")]
    assert _drop("Ia singgah di Kendari , Jepang lalu pulang .", spans) == [
        "LOC:Kendari", "LOC:Jepang"]


def test_rule_3_leaves_other_types_labels_and_frozen_spans() -> None:
    # a city is not a bound type; a person is not touched; a linked span stays
    assert _drop("Warga Kendari berdemo .", [(1, 2, "LOC")]) == ["LOC:Kendari"]
    assert _drop("Pemain bernama Jepang mencetak gol .", [(2, 3, "PERSON")]) == ["PERSON:Jepang"]
    assert _drop("Jepang mengirim bantuan .", [(0, 1, "LOC")], frozen={(0, 1)}) == ["LOC:Jepang"]
    # lower-cased text: the convention was counted on capitalised runs only
    assert _drop("jepang mengirim bantuan beras .", [(0, 1, "LOC")]) == ["LOC:jepang"]
    # a span longer than the name is not the name
    assert _drop("Pabrik Jepang Motor tutup .", [(1, 3, "ORG")]) == ["ORG:Jepang Motor"]
    # no bound types (or no contexts): nothing to do
    words = _words("Jepang mengirim bantuan .")
    assert drop_bound_places(words, [(0, 1, "LOC")], NAMES) == [(0, 1, "LOC")]


def test_apply_knowledge_runs_rule_3_only_when_asked() -> None:
    words = _words("Jepang mengirim bantuan ke Kendari .")
    spans = [(0, 1, "LOC")]
    assert apply_knowledge(words, spans, BOUND, relabel=True) == [(0, 1, "LOC"), (4, 5, "LOC")]
    assert apply_knowledge(words, spans, BOUND, relabel=True, drop_bound=True) == [
        (4, 5, "LOC")]


def test_learn_bound_types_keeps_types_untagged_outside_the_contexts() -> None:
    annotated = [
        (_words("turis Jepang datang ."), []),
        (_words("Jepang menolak usul itu ."), []),
        (_words("warga Jepang pulang ."), []),
        (_words("Ia tiba di Jepang ."), [(3, 4, "LOC")]),  # inside a context: not counted
        (_words("kabar Kendari hari ini ."), [(1, 2, "LOC")]),
        (_words("cuaca Kendari cerah ."), [(1, 2, "LOC")]),
        (_words("warga Kendari senang ."), []),
    ]
    assert learn_bound_types(annotated, NAMES) == ["negara"]
    assert learn_bound_types(annotated, NAMES, min_count=4) == []


def test_packaged_bound_types() -> None:
    assert load_bound_types() == {"negara"}


# -- rule 4: title + place + name in one capitalised run ------------------------------------

TITLED = replace(NAMES, titles=TitleList.from_lines(["Presiden", "Gubernur", "Perdana Menteri"]))


def _title_names(text: str, spans: list[tuple[int, int, str]] | None = None) -> list[str]:
    words = _words(text)
    out = tag_title_place_names(words, spans or [], TITLED)
    return [f"{label}:{' '.join(words[s:e])}" for s, e, label in out]


def test_the_name_after_a_title_and_a_place_is_a_person() -> None:
    assert _title_names("Kemarin Presiden Jepang Hiro Tanakawa tiba .") == [
        "PERSON:Hiro Tanakawa"]
    assert _title_names("Ucapan Perdana Menteri Jepang Kenji Morota Ueda dikutip .") == [
        "PERSON:Kenji Morota Ueda"]
    # a model span inside the name (here ORG) is replaced by it
    assert _title_names("Kata Gubernur Jawa Tengah Sari Wulandari .", [(4, 6, "ORG")]) == [
        "PERSON:Sari Wulandari"]


def test_title_place_name_needs_a_title_a_place_and_two_or_three_name_words() -> None:
    # no title first; the place ends the run; one word only; four words; a word with a digit
    assert _title_names("Warga Jepang Hiro Tanakawa datang .") == []
    assert _title_names("Kemarin Gubernur Jawa Tengah datang .") == []
    assert _title_names("Kemarin Presiden Jepang Hiro datang .") == []
    assert _title_names("Kemarin Presiden Jepang Hiro Tanakawa Ken Ueda datang .") == []
    assert _title_names("Kemarin Presiden Jepang Hiro T2 datang .") == []
    # the last place counts: "Jawa Tengah" is one place, not "Jawa" + a name "Tengah ..."
    words = _words("Gubernur Jawa Tengah")
    assert title_place_name(words, 0, 3, TITLED) is None
    # no title table: the rule is off
    assert title_place_name(_words("Presiden Jepang Hiro Tanakawa"), 0, 4, NAMES) is None


def test_rule_4_cuts_a_span_that_reaches_into_the_name() -> None:
    # a person or place span over "place + name": the place stays a place (NER-only output)
    text = "Kemarin Presiden Jepang Hiro Tanakawa tiba ."
    assert _title_names(text, [(2, 5, "PERSON")]) == ["LOC:Jepang", "PERSON:Hiro Tanakawa"]
    assert _title_names(text, [(2, 4, "LOC")]) == ["LOC:Jepang", "PERSON:Hiro Tanakawa"]
    # an ORG keeps its words before the name, unless they are only a known place
    text = "Menurut Gubernur Bank Jawa Tengah Sari Wulandari , bunga naik ."
    assert _title_names(text, [(2, 6, "ORG")]) == ["ORG:Bank Jawa Tengah", "PERSON:Sari Wulandari"]
    assert _title_names("Kata Presiden Jepang Hiro Tanakawa .", [(2, 4, "ORG")]) == [
        "LOC:Jepang", "PERSON:Hiro Tanakawa"]


def test_rule_4_cut_of_a_title_and_place_leaves_no_organisation() -> None:
    # "Presiden Jepang" is a post, not an organisation: only the place is left
    text = "Kata Presiden Jepang Hiro Tanakawa kemarin ."
    assert _title_names(text, [(1, 5, "ORG")]) == ["LOC:Jepang", "PERSON:Hiro Tanakawa"]
    text = "Kata Perdana Menteri Jawa Tengah Terpilih Sari Wulandari kemarin ."
    assert _title_names(text, [(1, 8, "ORG")]) == ["LOC:Jawa Tengah", "PERSON:Sari Wulandari"]
    # a title with a complement that is no place and no agency: nothing is left
    words = _words("Kata Gubernur Jawa Tengah Sari Wulandari .")
    assert cut_remainder(words, 1, 2, "ORG", TITLED) == []
    # a title before a known agency: the agency stays, without the title
    words = _words("Kata Presiden Komisi Yudisial Hiro Tanakawa .")
    assert cut_remainder(words, 1, 4, "ORG", TITLED) == [(2, 4, "ORG")]
    assert cut_remainder(words, 2, 4, "ORG", TITLED) == [(2, 4, "ORG")]
    assert cut_remainder(words, 1, 4, "PERSON", TITLED) == []


def test_rule_3_judges_the_place_a_rule_4_cut_keeps() -> None:
    # rule 3 runs after rule 4: outside the place contexts the country goes, after "di" it stays
    titled_bound = replace(TITLED, bound_types=frozenset({"negara"}))
    words = _words("Kata Presiden Jepang Hiro Tanakawa kemarin .")
    out = apply_knowledge(words, [(1, 5, "ORG")], titled_bound, title_names=True, drop_bound=True)
    assert out == [(3, 5, "PERSON")]
    out = apply_knowledge(words, [(1, 5, "ORG")], titled_bound, title_names=True)
    assert out == [(2, 3, "LOC"), (3, 5, "PERSON")]


def test_rule_4_reads_only_the_places_near_the_run_end() -> None:
    # a place far from the run's end can never be followed by a two- or three-word name
    words = _words("Presiden Jepang Satu Dua Tiga Empat Lima")
    assert title_place_name(words, 0, len(words), TITLED) is None
    # the last place, not the first: "Jawa Tengah" is one place
    words = _words("Gubernur Jawa Tengah Sari Wulan tiba .")
    assert title_place_name(words, 0, 5, TITLED) == (3, 5)
    words = _words("Presiden Jepang Terpilih Hiro Tanaka Ueda tiba .")
    assert title_place_name(words, 0, 6, TITLED) == (3, 6)


def test_rule_4_leaves_outside_frozen_and_person_spans() -> None:
    words = _words("Kemarin Presiden Jepang Hiro Tanakawa tiba .")
    crossing = [(3, 6, "ORG")]  # goes past the run's end
    assert tag_title_place_names(words, crossing, TITLED) == crossing
    inner = [(3, 4, "LOC")]
    assert tag_title_place_names(words, inner, TITLED, frozen={(3, 4)}) == inner
    same = [(3, 5, "PERSON")]
    assert tag_title_place_names(words, same, TITLED) == same


def test_rule_4_leaves_headlines_alone() -> None:
    # a title-case or all-caps headline capitalises its verbs: no name can be told there
    assert _title_names("Gubernur Jawa Tengah Resmikan Pasar") == []
    words = [*_words("Gubernur Jawa Tengah Resmikan Pasar"), "\n\n", *_words("Isi berita .")]
    assert tag_title_place_names(words, [], TITLED) == []
    assert _title_names("Gubernur Jawa Tengah Resmikan Pasar Di Kota Lama") == []
    assert _title_names("Gubernur Jawa Tengah Resmikan Pasar , Warga Senang") == []
    assert _title_names("Kemarin Presiden Jepang HIRO TANAKAWA tiba .") == []
    # the same words in a sentence of the body are a name
    words = ["Judul", "\n\n", *_words("Kata Gubernur Jawa Tengah Sari Wulandari , pasar dibuka .")]
    assert tag_title_place_names(words, [], TITLED) == [(6, 8, "PERSON")]


def test_rule_4_keeps_a_model_person_and_skips_a_post_qualifier() -> None:
    inner = [(5, 7, "PERSON")]  # "Nonaktif [Sari Wulandari]": the model's person stays
    words = _words("Kata Gubernur Jawa Tengah Nonaktif Sari Wulandari kemarin .")
    assert tag_title_place_names(words, inner, TITLED) == inner
    assert _title_names("Kata Gubernur Jawa Tengah Terpilih Sari Wulandari kemarin .") == [
        "PERSON:Sari Wulandari"]
    assert _title_names("Kata Gubernur Jawa Tengah Periode Lalu kemarin .") == []


# -- the component, with the pipeline's own tables ------------------------------------------


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    nlp = spacy.blank("id")
    nlp.add_pipe("beritanlp_ner_knowledge")
    return nlp


def test_component_tags_known_names_with_the_packaged_tables(nlp: spacy.language.Language) -> None:
    doc = nlp.make_doc(
        "Petugas dari Badan Pusat Statistik mendata warga di Kendari dan Kota Bogor ."
    )
    doc = nlp.get_pipe("beritanlp_ner_knowledge")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Badan Pusat Statistik", "ORG"), ("Kendari", "LOC"), ("Kota Bogor", "LOC")]


def test_component_keeps_linked_and_model_entities(nlp: spacy.language.Language) -> None:
    doc = nlp.make_doc("Wartawan Joko Kendari menulis soal KPK di Jakarta .")
    doc.ents = [
        Span(doc, 1, 3, label="PERSON"),
        Span(doc, 5, 6, label="LOC", kb_id="kpk"),
    ]
    doc = nlp.get_pipe("beritanlp_ner_knowledge")(doc)
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == [
        ("Joko Kendari", "PERSON", ""), ("KPK", "LOC", "kpk"), ("Jakarta", "LOC", "")]


def test_component_keeps_countries_unless_asked_to_drop_them(
    nlp: spacy.language.Language,
) -> None:
    # Rule 3 is off by default: a country that qualifies a noun stays an entity.
    doc = nlp.make_doc("Tim pakar Jerman tiba ke Malaysia .")
    doc.ents = [Span(doc, 2, 3, label="LOC"), Span(doc, 5, 6, label="LOC")]
    doc = nlp.get_pipe("beritanlp_ner_knowledge")(doc)
    assert [e.text for e in doc.ents] == ["Jerman", "Malaysia"]
    on = spacy.blank("id")
    on.add_pipe("beritanlp_ner_knowledge", config={"drop_bound": True})
    doc = on.make_doc("Tim pakar Jerman tiba ke Malaysia .")
    doc.ents = [Span(doc, 2, 3, label="LOC"), Span(doc, 5, 6, label="LOC")]
    doc = on.get_pipe("beritanlp_ner_knowledge")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Malaysia", "LOC")]


def test_component_tags_a_name_after_a_title_and_a_place(
    nlp: spacy.language.Language,
) -> None:
    doc = nlp.make_doc("Undangan itu dikirim Perdana Menteri Malaysia Arif Hamzah Salleh kemarin .")
    doc = nlp.get_pipe("beritanlp_ner_knowledge")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Arif Hamzah Salleh", "PERSON")]


def test_component_cuts_the_title_and_place_off_a_model_person(
    nlp: spacy.language.Language,
) -> None:
    doc = nlp.make_doc("Sore itu Presiden Perancis Luc Marchand tiba .")
    doc.ents = [Span(doc, 3, 6, label="PERSON")]
    doc = nlp.get_pipe("beritanlp_ner_knowledge")(doc)
    # the place is kept (NER-only output has no other component to find it)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Perancis", "LOC"), ("Luc Marchand", "PERSON")]
    # a model ORG over title + place + name leaves no "Presiden Perancis" organisation
    doc = nlp.make_doc("Sore itu Presiden Perancis Luc Marchand tiba .")
    doc.ents = [Span(doc, 2, 6, label="ORG")]
    doc = nlp.get_pipe("beritanlp_ner_knowledge")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Perancis", "LOC"), ("Luc Marchand", "PERSON")]
    assert [t.ent_iob_ for t in doc] == ["O", "O", "O", "B", "B", "I", "O", "O"]


def test_component_shares_the_pipeline_tables(nlp: spacy.language.Language) -> None:
    from beritanlp.lexicons import Lexicons

    pipe = nlp.get_pipe("beritanlp_ner_knowledge")
    lexicons = Lexicons.of(nlp)
    assert pipe.names.places is lexicons.gazetteer.index  # type: ignore[attr-defined]
    assert pipe.names is pipe.names  # type: ignore[attr-defined]  (derived once)


def test_load_ner_has_the_knowledge_step() -> None:
    from beritanlp.ner.model import load_ner

    assert load_ner().pipe_names == ["ner", "beritanlp_ner_cleanup", "beritanlp_ner_knowledge"]
    assert load_ner(cleanup=False).pipe_names == ["ner"]


def test_component_reuses_the_agency_index_of_the_agencies_component() -> None:
    nlp = spacy.blank("id")
    knowledge = nlp.add_pipe("beritanlp_ner_knowledge")
    agencies = nlp.add_pipe("beritanlp_agencies")
    assert knowledge.names.agency_full is agencies.index.full  # type: ignore[attr-defined]


def test_default_pipeline_runs_the_step_right_after_the_cleanup() -> None:
    from beritanlp.pipeline import component_names

    names = component_names()
    assert names.index("beritanlp_ner_knowledge") == names.index("beritanlp_ner_cleanup") + 1


# -- rule 5: a feature cue and a name ---------------------------------------------------------

FEATURED = replace(
    NAMES,
    feature_cues=frozenset(
        {("gunung",), ("selat",), ("taman", "nasional"), ("desa",), ("kepulauan",)}),
    titles=TitleList.from_lines(["Kepala", "Sekretaris", "Bupati"]),
    unit_posts=frozenset({"pendamping", "perangkat", "kaur"}),
    village_classes=frozenset({"wisata", "siaga", "mandiri"}),
)


def _features(text: str, spans: list[tuple[int, int, str]] | None = None) -> list[str]:
    words = _words(text)
    out = tag_feature_names(words, spans or [], FEATURED)
    return [f"{label}:{' '.join(words[s:e])}" for s, e, label in out]


def test_a_feature_cue_and_a_name_are_a_place_in_any_context() -> None:
    # the name need not be known, and no place context is needed ("perahu", "mendaki")
    assert _features("Nelayan menyeberangi perairan Selat Lumbar dengan perahu .") == [
        "LOC:Selat Lumbar"]
    assert _features("Mereka mendaki Gunung Watu Kerep pagi tadi .") == ["LOC:Gunung Watu Kerep"]
    assert _features("Gunung Sembrani kembali mengeluarkan asap .") == ["LOC:Gunung Sembrani"]
    assert _features("Warga berkemah di Taman Nasional Rawa Biru .") == [
        "LOC:Taman Nasional Rawa Biru"]


def test_rule_5_relabels_and_replaces_model_spans_inside_the_run() -> None:
    text = "Asap terlihat dari Gunung Sembrani sejak pagi ."
    assert _features(text, [(3, 5, "ORG")]) == ["LOC:Gunung Sembrani"]
    assert _features(text, [(4, 5, "PERSON")]) == ["LOC:Gunung Sembrani"]
    assert _features(text, [(3, 5, "LOC")]) == ["LOC:Gunung Sembrani"]
    words = _words(text)
    assert tag_feature_names(words, [(4, 5, "PERSON")], FEATURED, frozen={(4, 5)}) == [
        (4, 5, "PERSON")]
    # a span reaching outside the run leaves it alone
    assert _features("Tiba di Gunung Sembrani pagi .", [(2, 5, "ORG")]) == [
        "ORG:Gunung Sembrani pagi"]


def test_rule_5_needs_a_cue_at_the_start_and_a_short_name() -> None:
    assert _features("Pasukan Angkatan Selat Timur berlatih .") == []  # the cue is not first
    assert _features("Ia berlayar ke Selat .") == []  # no name after the cue
    assert _features("Mereka mendaki Gunung Watu Kerep Tinggi Sekali tadi .") == []  # too long
    assert _features("Sebanyak 3 Gunung K2 didaki .") == []  # not a name of letters
    assert _features("Gunung Sembrani Meletus Lagi") == []  # a headline capitalises its verb
    # no cue table: the rule is off
    assert tag_feature_names(_words("di Gunung Sembrani"), [], NAMES) == []


def test_apply_knowledge_runs_rule_5_only_when_asked() -> None:
    words = _words("Perahu melintasi Selat Lumbar kemarin .")
    assert apply_knowledge(words, [], FEATURED) == []
    assert apply_knowledge(words, [], FEATURED, features=True) == [(2, 4, "LOC")]


def test_component_tags_a_feature_name(nlp: spacy.language.Language) -> None:
    doc = nlp.make_doc("Kapal itu tenggelam di perairan Selat Sunda kemarin .")
    doc.ents = []
    doc = nlp.get_pipe("beritanlp_ner_knowledge")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Selat Sunda", "LOC")]


def test_component_tags_a_unit_below_a_regency(nlp: spacy.language.Language) -> None:
    # the bare unit names are ordinary words; with their cue they are places
    doc = nlp.make_doc("Warga Dusun Kali Putih dan Kecamatan Tanjung Mas menanam padi .")
    doc.ents = [Span(doc, 5, 8, label="ORG")]
    doc = nlp.get_pipe("beritanlp_ner_knowledge")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Dusun Kali Putih", "LOC"), ("Kecamatan Tanjung Mas", "LOC")]


def test_rule_5_stops_before_a_model_person_after_the_name() -> None:
    text = "Kepala Desa Sukamaju Budi Santoso menyambut tamu ."
    assert _features(text, [(3, 5, "PERSON")]) == ["LOC:Desa Sukamaju", "PERSON:Budi Santoso"]
    # a person right after the cue is the name itself ("Pulau [Kherkof]" tagged PERSON)
    assert _features("Kapal singgah di Gunung Sembrani .", [(4, 5, "PERSON")]) == [
        "LOC:Gunung Sembrani"]
    # a word in capitals after the name is no part of it (a neighbourhood unit, an acronym)
    assert _features("Razia di Desa Sukamaju RT 04 kemarin .") == ["LOC:Desa Sukamaju"]
    assert _features("Razia di Desa RT 04 kemarin .") == []


def test_rule_5_leaves_the_words_after_a_post_and_a_unit_cue_to_the_person() -> None:
    # a title opening the sentence is no word capitalised for the sentence alone
    assert _features("Sekretaris Desa Rahmat Hidayat membuka rapat .", [(2, 4, "PERSON")]) == [
        "PERSON:Rahmat Hidayat"]
    assert _features("Sekretaris Desa Rahmat Hidayat membuka rapat .") == []
    # a post word that is no title, before a unit cue, in any case and anywhere
    assert _features("Pendamping Desa Yuli Astuti hadir .", [(2, 4, "PERSON")]) == [
        "PERSON:Yuli Astuti"]
    assert _features("Surat diteken kaur Desa Yuli Astuti .") == []
    assert _features("Menurut Perangkat Desa Yuli Astuti , air surut .") == []
    assert _features("Ia bicara dengan kepala Desa Rahmat .") == []
    # a title before a feature cue too ("Bupati Kepulauan X Name Name")
    assert _features("Kami bertemu bupati Kepulauan Lumbar Rahmat Hidayat .") == []
    # a model person after the name still ends it: the words before it are the village
    assert _features("Sekretaris Desa Sukamaju Rahmat Hidayat datang .", [(3, 5, "PERSON")]) == [
        "LOC:Desa Sukamaju", "PERSON:Rahmat Hidayat"]
    # other words before the cue change nothing
    assert _features("Warga Desa Sukamaju menanam padi .") == ["LOC:Desa Sukamaju"]
    assert _features("Ia pulang ke Desa Sukamaju .") == ["LOC:Desa Sukamaju"]
    # a post word that is no title counts only before a unit cue
    assert _features("Perangkat Gunung Sembrani rusak .") == ["LOC:Gunung Sembrani"]
    # a word that makes a compound, not a post, leaves the village ("pemerintah Desa X")
    assert _features("Surat dari pemerintah Desa Sukamaju tiba .") == ["LOC:Desa Sukamaju"]


def test_component_keeps_a_village_officer_a_person(nlp: spacy.language.Language) -> None:
    doc = nlp.make_doc("Pendamping Desa Rudi Salam menjelaskan program itu .")
    doc.ents = [Span(doc, 2, 4, label="PERSON")]
    doc = nlp.get_pipe("beritanlp_ner_knowledge")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Rudi Salam", "PERSON")]
    doc = nlp.make_doc("Ia menemui sekdes Desa Rudi Salam kemarin .")
    doc.ents = []
    doc = nlp.get_pipe("beritanlp_ner_knowledge")(doc)
    assert list(doc.ents) == []


def test_rule_5_ends_the_name_before_a_known_country() -> None:
    assert _features("Kapal itu berlabuh di Selat Lumbar Jepang kemarin .") == [
        "LOC:Selat Lumbar"]
    assert _features("Mereka mendaki Gunung Watu Kerep Jepang .") == ["LOC:Gunung Watu Kerep"]
    # a short alias counts only in capitals; a country right after the cue is the name
    assert _features("Kapal berlabuh di Selat Lumbar As .") == ["LOC:Selat Lumbar As"]
    assert _features("Kapal berlabuh di Selat Lumbar AS .") == ["LOC:Selat Lumbar"]
    assert _features("Perahu melintasi Selat Jepang kemarin .") == ["LOC:Selat Jepang"]
    # compass words alone are no complete name: the country belongs to it
    assert _features("Badai melanda Selat Timur Jepang .") == ["LOC:Selat Timur Jepang"]
    assert _features("Badai melanda Selat Lumbar Timur Jepang .") == ["LOC:Selat Lumbar Timur"]
    # a model span over the name and the country reaches outside the name: left alone
    assert _features("Ia tinggal di Selat Lumbar Jepang .", [(3, 6, "LOC")]) == [
        "LOC:Selat Lumbar Jepang"]


def test_rule_5_leaves_a_class_of_villages_alone() -> None:
    assert _features("Pemerintah meresmikan Desa Wisata Kali Jernih tahun ini .") == []
    assert _features("Warga Desa Siaga Bencana berlatih .") == []
    assert _features("Desa Mandiri Pangan dibentuk .") == []
    # only after a unit cue: a feature name may hold the word
    assert _features("Turis mendaki Gunung Wisata kemarin .") == ["LOC:Gunung Wisata"]
    assert _features("Warga Desa Sukamaju Mandiri berlatih .") == ["LOC:Desa Sukamaju Mandiri"]


def test_component_ends_a_feature_at_a_country_and_skips_village_classes(
    nlp: spacy.language.Language,
) -> None:
    doc = nlp.make_doc("Kami menginap di Pulau Pinang Malaysia dan Desa Wisata Kali Jernih .")
    doc.ents = []
    doc = nlp.get_pipe("beritanlp_ner_knowledge")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Pulau Pinang", "LOC")]


class _CountedCues(frozenset[tuple[str, ...]]):
    """A cue table that counts how often it is walked whole."""

    walks = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        type(self).walks += 1
        return super().__iter__()


def test_feature_cue_length_walks_the_cue_table_once_per_table() -> None:
    from beritanlp.ner.knowledge import feature_cue_length

    cues = _CountedCues({("gunung",), ("taman", "nasional"), ("desa",)})
    names = replace(NAMES, feature_cues=cues)
    words = "Pak Budi naik ke Gunung Merapi lalu ke Taman Nasional Baluran di Desa Sumber".split()
    _CountedCues.walks = 0
    found = [feature_cue_length(words, i, len(words), names) for i in range(len(words))]
    assert found[4] == 1 and found[8] == 2 and found[12] == 1
    assert sum(found) == 4  # no other word opens a cue
    assert _CountedCues.walks <= 2  # the longest cue and the first words, once each


_COUNTED = replace(
    FEATURED, feature_cues=FEATURED.feature_cues | {("kali",)},
    common_cues=frozenset({("kali",)}),
)


def test_rule_5_reads_a_common_cue_only_where_it_counts_nothing() -> None:
    def tagged(text: str) -> list[str]:
        words = _words(text)
        return [f"{label}:{' '.join(words[s:e])}"
                for s, e, label in tag_feature_names(words, [], _COUNTED)]

    assert tagged("Warga bantaran Kali Sentani mengungsi .") == ["LOC:Kali Sentani"]
    # a count word before the cue, a rank word after it
    assert tagged("harga naik dua Kali Lipat pekan ini .") == []
    assert tagged("tim itu 3 Kali Juara liga .") == []
    assert tagged("lagu Mimpi dan Kali Kedua dinyanyikan .") == []
    # a name word the text also writes in lowercase still names a river
    assert tagged("asap putih terlihat , Kali Putih meluap .") == ["LOC:Kali Putih"]
    # another cue never counts: "dua Gunung Sembrani" is still the mountain
    assert tagged("mereka melihat dua Gunung Sembrani dari jauh .") == ["LOC:Gunung Sembrani"]


def test_rule_5_keeps_a_common_cue_name_the_text_repeats() -> None:
    words = _words("Kali Sentosa meluap . warga tidak sentosa . Kali Sentosa surut .")
    assert [(s, e) for s, e, _ in tag_feature_names(words, [], _COUNTED)] == [(0, 2), (8, 10)]
