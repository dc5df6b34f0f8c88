"""Officials core: position lexicon validation, pattern examples, NER spans, seed article."""

from __future__ import annotations

import dataclasses

import pytest

from beritanlp.lexicons import Lexicons
from beritanlp.lexicons.positions import (
    PositionEntry,
    PositionLexicon,
    load_positions,
    normalize_form,
)
from beritanlp.rules.officials import OfficialsTables, extract_officials, officials_tables
from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.patterns import PATTERNS
from beritanlp.rules.officials.phrases import phrase_at
from beritanlp.rules.officials.scan import lower_starts
from beritanlp.rules.officials.swallowed import persons_in_places

# ---- lexicon ---------------------------------------------------------------------------------


def test_packaged_lexicon_loads_and_covers_the_brief():
    lex = load_positions()
    for form in [
        "Presiden", "Wakil Presiden", "Menkeu", "Mendagri", "Menhub", "Menkominfo", "Mensesneg",
        "Menko Polhukam", "Sekjen", "Dirjen", "Irjen", "Gubernur", "Wakil Gubernur", "Bupati",
        "Wakil Bupati", "Wali Kota", "Walikota", "Wakil Wali Kota", "Sekda", "Kepala Dinas",
        "Kadis", "Camat", "Lurah", "Kepala Desa", "Ketua", "Anggota", "Jaksa Agung", "Kajati",
        "Kajari", "Kapolri", "Kapolda", "Kapolres", "Panglima TNI", "Pangdam", "Dandim",
        "Direktur Utama", "Ketua Umum",
    ]:
        entry = lex.get(form)
        assert entry is not None and entry.kind == "position", form
    for form in ["Pj", "Penjabat", "Plt", "Pelaksana Tugas", "Plh", "Wakil", "mantan", "eks"]:
        entry = lex.get(form)
        assert entry is not None and entry.kind == "modifier", form


@pytest.mark.parametrize(
    ("forms", "gate"),
    [
        (["Raja", "Ratu", "Kaisar", "Emir", "Putra Mahkota"], "monarch"),
        (["General Manager", "GM", "Senior Manager", "Manajer", "Manager"], "state_company"),
        (["Presiden", "Direktur Utama", "Kepala"], None),
    ],
)
def test_lexicon_gates(forms, gate):
    lex = load_positions()
    for form in forms:
        entry = lex.get(form)
        assert entry is not None and entry.kind == "position" and entry.gate == gate, form


def test_company_unit_words_are_their_own_kind():
    lex = load_positions()
    for form in ["Marketing", "Branch", "Region", "Corporate", "Communication", "Sales"]:
        entry = lex.get(form)
        assert entry is not None and entry.kind == "company_unit", form


def test_company_post_needs_a_state_company_in_its_complement():
    tables = officials_tables(Lexicons())
    text = "Manajer Humas PT Kereta Api Indonesia (Persero) Sari Utami meninjau stasiun."
    found = extract_officials(text, tables, [(text.find("Sari"), text.find(" meninjau"))])
    assert [(r["name"], r["jurisdiction"]) for r in found] == [
        ("Sari Utami", "PT Kereta Api Indonesia")
    ]
    text = "Manajer Humas PT Kereta Cepat Jaya Sari Utami meninjau stasiun."
    assert extract_officials(text, tables, [(text.find("Sari"), text.find(" meninjau"))]) == []


def test_lexicon_forms_are_unique_and_roundtrip():
    lex = load_positions()
    again = PositionLexicon.from_dicts(lex.to_dicts())
    assert [e.to_dict() for e in again] == [e.to_dict() for e in lex]
    assert len(lex.by_form) == sum(len(e.forms) for e in lex)


@pytest.mark.parametrize(
    "row, message",
    [
        ({"kind": "position", "text": "Bupati", "category": "regional", "complement": "none",
          "colour": "red"}, "unknown key"),
        ({"kind": "position", "text": "Bupati", "category": "galactic", "complement": "none"},
         "category"),
        ({"kind": "position", "text": "Bupati", "category": "regional", "complement": "some"},
         "complement"),
        ({"kind": "title", "text": "Bupati"}, "unknown kind"),
        ({"text": "Bupati"}, "missing key"),
        ({"kind": "modifier", "text": "Pj", "category": "regional"}, "only positions"),
        ({"kind": "unit", "text": " Dinas"}, "outer spaces"),
        ({"kind": "unit", "text": "Dinas", "variants": "Dinas"}, "list of strings"),
        ({"kind": "position", "text": "Raja", "category": "national", "complement": "none",
          "gate": "royal"}, "gate"),
        ({"kind": "unit", "text": "Dinas", "gate": "monarch"}, "only positions"),
    ],
)
def test_invalid_records_are_rejected(row, message):
    with pytest.raises(ValueError, match=message):
        PositionLexicon.from_dicts([row])


def test_duplicate_forms_are_rejected_with_their_records():
    rows = [
        {"kind": "position", "text": "Wali Kota", "variants": ["Walikota"], "category": "regional",
         "complement": "none"},
        {"kind": "position", "text": "Walikota", "category": "regional", "complement": "none"},
    ]
    with pytest.raises(ValueError, match="duplicate form 'Walikota'"):
        PositionLexicon.from_dicts(rows)
    with pytest.raises(ValueError, match="duplicate"):  # case and dots do not make a new form
        PositionLexicon.from_dicts([{"kind": "modifier", "text": "Pj"},
                                    {"kind": "modifier", "text": "PJ."}])


def test_match_takes_the_longest_form_of_its_first_word_and_no_other_first_word_s_length():
    rows = [
        {"kind": "position", "text": "Ketua", "category": "regional", "complement": "open"},
        {"kind": "position", "text": "Ketua Dewan Penasihat Utama", "category": "regional",
         "complement": "none"},
        {"kind": "unit", "text": "Dinas"},
        {"kind": "unit", "text": "Dinas Sosial"},
        {"kind": "modifier", "text": "Pj"},
    ]
    lex = PositionLexicon.from_dicts(rows)
    words = "ketua dewan penasihat utama dinas sosial pj dinas".split()
    kinds = ("position", "unit", "modifier")
    assert lex.match(words, 0, kinds) == (4, lex.get("Ketua Dewan Penasihat Utama"))
    assert lex.match(words, 4, kinds) == (2, lex.get("Dinas Sosial"))
    assert lex.match(words, 6, kinds) == (1, lex.get("Pj"))
    assert lex.match(words, 7, kinds) == (1, lex.get("Dinas"))  # the text ends: the short form
    assert lex.match(words, 1, kinds) is None  # "dewan" starts no form
    assert lex.match("ketua dewan penasihat muda".split(), 0, kinds) == (1, lex.get("Ketua"))
    assert lex.match(words, 4, ("position",)) is None  # a unit is not of the kinds asked


def test_jsonl_errors_name_the_line():
    text = '{"kind": "unit", "text": "Dinas"}\n\n{"kind": "unit", "text": 5}\n'
    with pytest.raises(ValueError, match="line 3"):
        PositionLexicon.from_jsonl(text)
    with pytest.raises(ValueError, match="line 1: not valid JSON"):
        PositionLexicon.from_jsonl("{kind: unit}")


def test_may_start_needs_a_long_form_s_second_word():
    lex = PositionLexicon.from_dicts([
        {"kind": "position", "text": "Bupati", "category": "regional", "complement": "none"},
        {"kind": "position", "text": "Yang Mulia Penjaga Gerbang", "category": "national",
         "complement": "none"},
        {"kind": "modifier", "text": "Wakil"},
    ])
    words = ["yang", "mulia", "penjaga", "gerbang", "yang", "baru", "wakil", "bupati", "budi"]
    assert lex.may_start(words, 0) and lex.match(words, 0, ("position",))[0] == 4
    assert not lex.may_start(words, 4)  # a first word of a long form only, before another word
    assert lex.match(words, 4, ("position", "modifier")) is None
    assert lex.may_start(words, 6) and lex.may_start(words, 7)  # one-word forms
    assert not lex.may_start(words, 8) and not lex.may_start(words, 9)  # no form; past the end
    assert not lex.may_start(["yang"], 0)  # the long form's first word ending the text


def test_may_start_holds_wherever_the_packaged_lexicon_matches():
    lex = load_positions()
    words = list(normalize_form(
        "Wakil Ketua yang baru dan Yang di-Pertuan Agong serta Bupati yang lama bertemu Kapolda"))
    assert not lex.may_start(words, words.index("yang"))
    for key, entry in lex.by_form.items():  # every form, read from its own words, still starts
        form = list(key)
        assert lex.may_start(form, 0), key
        assert lex.match(form, 0, (entry.kind,)) == (len(key), entry), key


def test_entry_repr_is_readable():
    entry = PositionEntry("position", "Wali Kota", ("Walikota",), "regional", "none")
    expected = "PositionEntry(position 'Wali Kota', regional/none, variants=['Walikota'])"
    assert repr(entry) == expected
    assert normalize_form("Pj.") == ("pj",)


# ---- regression cases --------------------------------------------------------------------------






@pytest.fixture(scope="module")
def tables() -> OfficialsTables:
    """The packaged tables, as a pipeline with default Lexicons reads them."""
    return officials_tables(Lexicons())


def _triples(records):
    return sorted((r["name"], r["position"], r["jurisdiction"] or "") for r in records)


def _with_person(text: str, name: str, tables: OfficialsTables) -> list[tuple[str, str, str]]:
    start = text.index(name)
    return _triples(extract_officials(text, tables, [(start, start + len(name))]))


PATTERN_EXAMPLES = [
    ("name_after", "Gubernur", "Gubernur Jawa Barat Ridwan Kamil meninjau banjir.",
     ("Ridwan Kamil", "Gubernur", "Jawa Barat")),
    ("name_after_party", "Anggota",
     "Anggota DPRD Jawa Timur dari Partai Gerindra Hadi Susanto mengatakan hal itu.",
     ("Hadi Susanto", "Anggota DPRD", "Jawa Timur")),
    ("name_after_apposition", "Wakil",
     "Wakil Ketua DPRD Kota Salatiga, Jawa Tengah, Rina Maharani meminta laporan itu.",
     ("Rina Maharani", "Wakil Ketua DPRD", "Kota Salatiga")),
    ("name_after_comma", "Sekda", "Sekda Kabupaten Bogor, Ajat Rochmat Jatnika, hadir.",
     ("Ajat Rochmat Jatnika", "Sekda", "Kabupaten Bogor")),
    ("name_in_parens", "Menteri", "Kata Menteri Perhubungan (Budi Santoso) kemarin.",
     ("Budi Santoso", "Menteri Perhubungan", None)),
    ("name_after_cue", "Wakil", "Wakil Ketua DPRD yaitu Budi Santoso dilantik.",
     ("Budi Santoso", "Wakil Ketua DPRD", None)),
    ("name_inside_person", "Kepala", "Kepala Disxyz Kabupaten Garut Budi Santoso hadir.",
     ("Budi Santoso", "Kepala Disxyz", "Kabupaten Garut")),
    ("name_after_acronym", "Kepala", "Kepala Lembaga Xyz Abc (LXA) Budi Santoso hadir.",
     ("Budi Santoso", "Kepala Lembaga Xyz Abc", None)),
    ("name_after_long_title", "Direktur",
     "Direktur Koordinasi dan Supervisi KPK, Budi Santoso, hadir.",
     ("Budi Santoso", "Direktur Koordinasi dan Supervisi", "KPK")),
    ("name_after_open_unit", "Direktur",
     "Direktur Koordinasi dan Supervisi Wilayah, Budi Santoso, hadir.",
     ("Budi Santoso", "Direktur Koordinasi dan Supervisi Wilayah", None)),
    ("name_after_rank", "Pangdam", "Pangdam Jaya Mayjen TNI Rafael Granada Baay hadir.",
     ("Rafael Granada Baay", "Pangdam Jaya", None)),
    ("name_before_parens", "jaksa", "Johanis Tanak (jaksa) hadir.",
     ("Johanis Tanak", "jaksa", None)),
    ("name_before_comma", "Sekda", "Ajat Rochmat Jatnika, Sekda Kabupaten Bogor, hadir.",
     ("Ajat Rochmat Jatnika", "Sekda", "Kabupaten Bogor")),
    ("name_before_long_title", "Kepala",
     "Kata Budi Santoso, Kepala Bidang Tenun dan Batik Dinas Koperasi Kabupaten Garut, kemarin.",
     ("Budi Santoso", "Kepala Bidang Tenun dan Batik Dinas Koperasi", "Kabupaten Garut")),
    ("name_before_trigger", "Kepala", "Budi Santoso selaku Kepala Dinas Pendidikan hadir.",
     ("Budi Santoso", "Kepala Dinas Pendidikan", None)),
    ("name_before_ranked", "Kapolres", "Apel usai. AKBP Budi Santoso Kapolres Bantul mengecek.",
     ("Budi Santoso", "Kapolres", "Bantul")),
]


#: The PERSON spans a NER gives for the examples of patterns that read only its names.
EXAMPLE_PERSONS: dict[str, str] = {
    "name_in_parens": "Budi Santoso",
    "name_inside_person": "Disxyz Kabupaten Garut Budi Santoso",
    "name_before_long_title": "Budi Santoso",
}


@pytest.mark.parametrize("pattern, word, text, expected", PATTERN_EXAMPLES,
                         ids=[e[0] for e in PATTERN_EXAMPLES])
def test_each_pattern_pairs_its_example_first(pattern, word, text, expected, tables):
    person = EXAMPLE_PERSONS.get(pattern)
    persons = None if person is None else [(text.index(person), text.index(person) + len(person))]
    ctx = Context(text, tables, persons, True)
    start = next(i for i, t in enumerate(ctx.toks) if t.text == word)
    lowered = start in lower_starts(ctx)
    phrase = phrase_at(ctx, start, lowered)
    assert phrase is not None
    found = [(p.__name__, p(ctx, phrase, lowered)) for p in PATTERNS]
    first = next((name, result) for name, result in found if result is not None)
    assert first[0] == pattern
    cand = first[1][0]
    assert (cand.name, cand.position, cand.jurisdiction) == expected
    records = extract_officials(text, tables, persons)
    assert [(r["name"], r["position"], r["jurisdiction"]) for r in records] == [expected]


def test_every_pattern_has_an_example():
    assert [p.__name__ for p in PATTERNS] == [e[0] for e in PATTERN_EXAMPLES]




def test_person_spans_from_a_ner_are_used(tables):
    text = "Kepala Kantor Bea Cukai Wonosobo Hendra Wijaya Kusuma memimpin operasi itu."
    start = text.index("Hendra")
    found = extract_officials(
        text, tables, [(start, start + len("Hendra Wijaya"))], fallback=False
    )
    assert _triples(found) == [("Hendra Wijaya", "Kepala Kantor Bea Cukai", "Wonosobo")]
    assert extract_officials(text, tables, [], fallback=False) == []


def test_non_name_entities_are_never_taken_as_names(tables):
    text = "Komisioner Sinar Abadi Harun Wijaya berpendapat proyek itu layak."
    company = (text.index("Sinar"), text.index(" Harun"))
    assert [r["name"] for r in extract_officials(text, tables, [])] == ["Sinar Abadi Harun Wijaya"]
    assert extract_officials(text, tables, [], non_names=[company]) == []


def test_an_entity_between_title_and_person_ends_the_title(tables):
    text = "Kepala Balai Besar Wilayah Sungai Brantas Yusuf Effendi meninjau tanggul itu."
    unit = (text.index("Balai"), text.index(" Yusuf"))
    person = (text.index("Yusuf"), text.index(" meninjau"))
    found = extract_officials(text, tables, [person], non_names=[unit])
    assert _triples(found) == [
        ("Yusuf Effendi", "Kepala Balai Besar Wilayah Sungai Brantas", "")
    ]
    # with no person after the entity, nothing is paired
    alone = "Kepala Balai Besar Wilayah Sungai Brantas meninjau tanggul itu."
    unit = (alone.index("Balai"), alone.index(" meninjau"))
    assert extract_officials(alone, tables, [], non_names=[unit]) == []
    # a head that takes no complement ("Presiden") is not stretched over the entity
    text = "Presiden Sinar Abadi Yusuf Effendi datang."
    company = (text.index("Sinar"), text.index(" Yusuf"))
    person = (text.index("Yusuf"), text.index(" datang"))
    assert extract_officials(text, tables, [person], non_names=[company]) == []


def test_the_word_after_a_company_form_is_no_name(tables):
    text = "Direktur PT Sinar Abadi Harun Wijaya berpendapat proyek itu layak."
    assert extract_officials(text, tables, []) == []


def test_a_fallback_title_word_before_a_person_after_a_comma_is_title(tables):
    text = "Ketiganya yakni Kabid Perikanan Budidaya, Slamet Riyadi, dan dua stafnya."
    start = text.index("Slamet")
    found = extract_officials(text, tables, [(start, start + len("Slamet Riyadi"))])
    assert _triples(found) == [("Slamet Riyadi", "Kabid Perikanan Budidaya", "")]


def test_a_position_word_inside_a_person_span_is_part_of_the_name(tables):
    text = "Terdakwa disebut bersama Menteri Agama (Menag) Lukman Hakim Saifuddin menerima uang."
    start = text.index("Lukman")
    found = extract_officials(text, tables, [(start, start + len("Lukman Hakim Saifuddin"))])
    assert all(r["position"] != "Hakim" for r in found)
    assert "Hakim" in [r["position"] for r in extract_officials(text, tables, [])]




def test_bad_input_raises_a_clear_error(tables):
    with pytest.raises(TypeError, match="str"):
        extract_officials(None, tables)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="OfficialsTables"):
        extract_officials("Bupati Bogor Rudy Susmanto", None)  # type: ignore[arg-type]
    assert extract_officials("", tables) == []


# ---- component ---------------------------------------------------------------------------------










# ---- the seed ----------------------------------------------------------------------------------


def test_seed_has_exactly_one_official(shared_data, tables):
    text = (shared_data / "seed" / "spi_pangkalpinang_2024.txt").read_text(encoding="utf-8")
    found = extract_officials(text, tables)
    assert _triples(found) == [("Lusje Anneke Tabalujan", "Penjabat Wali Kota", "Pangkalpinang")]
    mentions = found[0]["mentions"]
    assert len(mentions) >= 5
    assert all(text[s:e] in {"Lusje Anneke Tabalujan", "Lusje", "Pj Wali Kota Pangkalpinang"}
               for s, e in mentions)


def test_person_overlaps_finds_spans_reaching_into_the_characters(tables):
    text = "Hadir Budi Santoso dan Ani Lestari kemarin."
    budi = (text.index("Budi"), text.index("Santoso") + len("Santoso"))
    ani = (text.index("Ani"), text.index("Lestari") + len("Lestari"))
    ctx = Context(text, tables, [budi, ani], True)
    assert ctx.person_overlaps(text.index("Santoso"), len(text))
    assert ctx.person_overlaps(0, text.index("Budi") + 1)
    assert not ctx.person_overlaps(text.index("dan"), text.index("dan") + 3)
    assert not ctx.person_overlaps(0, text.index("Budi"))


# ---- names a place span swallowed after a title (rules/officials/swallowed.py) -------------


def _swallowed(text: str, place: str) -> list[tuple[str, str, str]]:
    start = text.index(place)
    found = extract_officials(
        text, officials_tables(Lexicons()), [], places=[(start, start + len(place))]
    )
    return sorted((r["name"], r["position"], r["jurisdiction"] or "") for r in found)


def test_place_span_swallowing_a_name_after_a_title_gives_the_holder():
    text = "Menurut Ketua Harian Komite Olahraga Bali Wayan Sudirta, persiapan sudah rampung."
    assert _swallowed(text, "Bali Wayan Sudirta") == [
        ("Wayan Sudirta", "Ketua Harian Komite Olahraga", "Bali")
    ]


def test_place_span_without_a_title_before_is_left_alone():
    text = "Rombongan itu berangkat ke Bali Wayan Sudirta kemarin sore."
    assert _swallowed(text, "Bali Wayan Sudirta") == []


def _swallowed_spans(text: str, place: str) -> list[str]:
    """The names :func:`persons_in_places` reads in the place span ``place`` (a NER's LOC)."""
    ctx = Context(text, officials_tables(Lexicons()), [], True)
    start = text.index(place)
    spans = persons_in_places(ctx, [(start, start + len(place))])
    return [text[ctx.toks[a].start : ctx.toks[b - 1].end] for a, b in spans]


def test_place_span_ending_in_a_rank_is_no_name():
    # "Metro Jaya" is no gazetteer place, so a known province stands before the rank here
    text = "Rapat dipimpin Kapolda Jawa Timur Irjen Hendra Santoso pagi tadi."
    assert _swallowed_spans(text, "Jawa Timur Irjen Hendra Santoso") == []
    # the control: the same span without the rank holds the name
    text = "Rapat dipimpin Kapolda Jawa Timur Hendra Santoso pagi tadi."
    assert _swallowed_spans(text, "Jawa Timur Hendra Santoso") == ["Hendra Santoso"]


def test_place_span_in_a_headline_is_no_name():
    text = "Gubernur Bali Minta Maaf\n\nWarga menerima permintaan maaf itu."
    assert _swallowed_spans(text, "Bali Minta Maaf") == []


def test_swallowed_name_without_ner_keeps_the_fallback_reading_elsewhere():
    # no recogniser (persons=None): the one name found in a place span must not switch the
    # whole text to needing PERSON spans ("atau BPS <name>" is read by the fallback)
    text = ("Ketua Harian Komite Olahraga Bali Wayan Sudirta hadir. Kepala Badan Pusat "
            "Statistik atau BPS Rudi Hartanto memaparkan data.")
    start = text.index("Bali Wayan Sudirta")
    found = extract_officials(
        text, officials_tables(Lexicons()), None, places=[(start, start + 18)]
    )
    names = {r["name"] for r in found}
    assert names == {"Wayan Sudirta", "Rudi Hartanto"}


# ---- long runs of titles and modifiers are read once -------------------------------------------


@pytest.mark.parametrize("word", ["Irjen ", "Kepala Dinas ", "Menteri ", "Wakil ", "Plt "])
def test_a_long_run_of_titles_or_modifiers_gives_no_official(word, tables):
    assert extract_officials(word * 1000, tables) == []


@pytest.mark.parametrize("word", ["Irjen ", "Kepala Dinas ", "Menteri ", "Wakil ", "Plt "])
def test_a_run_is_read_a_bounded_number_of_times_per_word(word, tables, monkeypatch):
    # titles are measured, and the lexicon is looked up, a few times per token of the run,
    # not once per token before it (read from every word, a run of 400 took 80,000 title
    # measures or 160,000 lookups)
    from beritanlp.rules.officials import names

    calls = {"titles": 0, "lexicon": 0}
    title_length, lexicon_at = names.title_length, Context.lexicon_at

    def counted_titles(*args):
        calls["titles"] += 1
        return title_length(*args)

    def counted_lexicon(self, *args):
        calls["lexicon"] += 1
        return lexicon_at(self, *args)

    monkeypatch.setattr(names, "title_length", counted_titles)
    monkeypatch.setattr(Context, "lexicon_at", counted_lexicon)
    n = 400
    assert extract_officials(word * n, tables) == []
    assert calls["titles"] <= 12 * n and 0 < calls["lexicon"] <= 12 * n


def test_modifiers_before_a_head_are_read_once_and_kept(tables):
    text = "Wakil " * 300 + "Ketua DPR Budi Santoso hadir."
    (found,) = extract_officials(text, tables)
    assert found["name"] == "Budi Santoso"
    assert found["position"] == "Wakil " * 300 + "Ketua"
    assert found["jurisdiction"] == "DPR"


@pytest.mark.parametrize(
    "text, named",
    [
        ("Menteri Sekretaris Negara (Mensesneg) Budi Santoso hadir. Rapat itu, kata Santoso, "
         "lancar.", True),
        ("Rapat itu, kata Budi, lancar. Menteri Sekretaris Negara (Mensesneg) Budi Santoso "
         "hadir.", True),
        # the word again, but starting a capitalised run (an organisation's name): no repeat
        ("Menteri Sekretaris Negara (Mensesneg) Budi Santoso hadir. Rapat itu, kata Santoso "
         "Group, lancar.", False),
        ("Menteri Sekretaris Negara (Mensesneg) Budi Santoso hadir. Rapat itu lancar.", False),
    ],
)
def test_a_name_after_a_short_form_needs_the_ner_or_a_repeat(text, named, tables):
    found = extract_officials(text, tables, [])
    assert [r["name"] for r in found] == (["Budi Santoso"] if named else [])


def test_lone_capitals_are_indexed_in_text_order(tables):
    ctx = Context("kata Budi, Budi Santoso dan budi. Ia dan Budi", tables, None, True)
    assert ctx.lone_capitals == {"budi": [1, 10], "ia": [8]}


def test_title_length_normalises_each_word_once_and_most_words_once(monkeypatch):
    from beritanlp.rules.officials import names

    text = ("Kemarin Wakil Ketua Umum Budi Santoso dan Prof. Dr. Ani Lestari menemui warga "
            "di balai desa, lalu rombongan itu pulang sore hari.")
    ctx = Context(text, officials_tables(Lexicons()), None, True)
    calls = []
    real = names.normalize_title_word
    monkeypatch.setattr(names, "normalize_title_word", lambda w: calls.append(w) or real(w))
    lengths = [names.title_length(ctx, i, False) for i in range(ctx.size)]
    found = {ctx.toks[i].text: n for i, n in enumerate(lengths)}
    assert found["Wakil"] >= 2 and found["Prof"] == 1 and found["rombongan"] == 0
    # a word that starts no title costs one normalisation; a title's start one per word after
    starts = sum(1 for n in lengths if n > 0)
    assert len(calls) <= ctx.size + starts * ctx.tables.titles.max_words


def test_a_chief_economist_of_a_state_bank_is_no_official(tables):
    text = "Kepala Ekonom Bank Mandiri Rudi Hartono memperkirakan inflasi turun."
    assert _with_person(text, "Rudi Hartono", tables) == []
    # the portfolio word "Ekonomi" is still a unit of a public post
    text = "Kepala Departemen Ekonomi BI Rudi Hartono memperkirakan inflasi turun."
    assert _with_person(text, "Rudi Hartono", tables) == [
        ("Rudi Hartono", "Kepala Departemen Ekonomi", "BI")
    ]


def test_dir_is_the_short_form_of_direktur(tables):
    text = "Dir Reskrimsus Polda Jambi Kombes Budi Santoso mengatakan berkas itu lengkap."
    assert _with_person(text, "Budi Santoso", tables) == [
        ("Budi Santoso", "Dir Reskrimsus Polda", "Jambi")
    ]
    # like "Direktur", it names nothing without its unit
    text = "Menurut Dir Budi Santoso berkas itu lengkap."
    assert _with_person(text, "Budi Santoso", tables) == []


@pytest.mark.parametrize(
    ("text", "name", "position"),
    [
        ("Sesmenpora Hadi Wibowo memastikan kantor tetap buka.", "Hadi Wibowo", "Sesmenpora"),
        ("Sesmenko Perekonomian Hadi Wibowo menjelaskan paket itu.", "Hadi Wibowo",
         "Sesmenko Perekonomian"),
        ("Sesditjen Pajak Hadi Wibowo menjelaskan paket itu.", "Hadi Wibowo", "Sesditjen Pajak"),
    ],
)
def test_a_ministry_secretary_by_short_form(text, name, position, tables):
    start = text.index(name)
    found = extract_officials(text, tables, [(start, start + len(name))])
    assert [(r["name"], r["position"]) for r in found] == [(name, position)]


def test_a_word_beginning_like_a_secretary_short_form_is_no_title(tables):
    text = "Sesampainya di lokasi, Hadi Wibowo memeriksa tanggul."
    assert _with_person(text, "Hadi Wibowo", tables) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ketua Dewan Pembina Gapasi (Gabungan Pengusaha Sapi Indonesia) Budi Santoso menilai"
        " kebijakan itu keliru.",
        "Ketua Komisi Gapasi (Gerakan Pemuda Anti Korupsi) Budi Santoso menilai kebijakan itu"
        " keliru.",
    ],
)
def test_a_short_form_a_bracket_spells_out_as_a_non_public_body_is_no_name(text, tables):
    assert _with_person(text, "Budi Santoso", tables) == []


def test_a_surname_before_a_bracketed_body_with_its_initial_stays_a_name(tables):
    text = "Anggota DPRD Jawa Barat Budi Gunawan (Gerakan Pemuda Ansor) menilai kebijakan itu."
    assert _with_person(text, "Budi Gunawan", tables) == [
        ("Budi Gunawan", "Anggota DPRD", "Jawa Barat")
    ]


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("Ketua Majelis Hakim Rita Wulandari menyatakan terdakwa bersalah.", "Ketua Majelis Hakim"),
        ("Hakim Ketua Majelis Rita Wulandari menyatakan terdakwa bersalah.", "Hakim Ketua Majelis"),
        ("Hakim Ketua Rita Wulandari menyatakan terdakwa bersalah.", "Hakim Ketua"),
    ],
)
def test_the_presiding_judge_keeps_the_whole_title(text, position, tables):
    assert _with_person(text, "Rita Wulandari", tables) == [("Rita Wulandari", position, "")]


@pytest.mark.parametrize(
    ("text", "person", "position"),
    [
        (
            "Ketua Majelis Hakim Agung Rita Wulandari menolak permohonan kasasi itu.",
            "Rita Wulandari",
            "Ketua Majelis Hakim Agung",
        ),
        (
            "Wakil Ketua Majelis Hakim Agung Rita Wulandari hadir dalam sidang itu.",
            "Rita Wulandari",
            "Wakil Ketua Majelis Hakim Agung",
        ),
        (
            "Ketua Majelis Hakim Konstitusi Rita Wulandari membacakan putusan itu.",
            "Rita Wulandari",
            "Ketua Majelis Hakim Konstitusi",
        ),
    ],
)
def test_a_supreme_or_constitutional_bench_head_keeps_agung_in_the_title(
    text, person, position, tables
):
    assert _with_person(text, person, tables) == [(person, position, "")]


def test_the_word_that_ends_a_post_before_a_person_is_no_part_of_the_name(tables):
    # without the row for the whole title the name still starts where the NER's span does
    rows = [d for d in tables.positions.to_dicts() if d["text"] != "Ketua Majelis Hakim Agung"]
    fewer = dataclasses.replace(tables, positions=PositionLexicon.from_dicts(rows))
    text = "Ketua Majelis Hakim Agung Rita Wulandari menolak permohonan kasasi itu."
    assert _with_person(text, "Rita Wulandari", fewer) == [
        ("Rita Wulandari", "Ketua Majelis Hakim", "")
    ]
    # a word that ends no post stays the first word of the name
    text = "Direktur Utama Agung Rita Wulandari menolak permohonan itu."
    assert _with_person(text, "Rita Wulandari", tables) == [
        ("Agung Rita Wulandari", "Direktur Utama", "")
    ]


def test_a_judges_panel_without_a_name_is_no_official(tables):
    text = "Ketua Majelis Hakim menolak eksepsi terdakwa pada sidang kemarin."
    assert extract_officials(text, tables, []) == []


def test_a_lowercase_bench_title_before_a_person_is_a_post(tables):
    text = "Sidang itu dipimpin ketua majelis hakim Hariyanto yang meminta berkas baru."
    assert _with_person(text, "Hariyanto", tables) == [
        ("Hariyanto", "ketua majelis hakim", "")
    ]
    # without a PERSON span the lowercase title pairs with nothing
    assert extract_officials(text, tables, []) == []
    # a bare lowercase "hakim" is no bench title: it needs a cue as before
    text = "Sidang itu dipimpin hakim Hariyanto yang meminta berkas baru."
    assert _with_person(text, "Hariyanto", tables) == []


@pytest.mark.parametrize("text, words", [
    ("Sekretaris DPC PDI Perjuangan Kota Kediri Yanto Prasetyo membuka rapat.",
     "Sekretaris DPC PDI Perjuangan Kota Kediri"),
    # a full name's word after another party is not the party's (off33 read them on)
    ("Ketua DPC PKS Sejahtera Rudi Hartanto hadir.", "Ketua DPC PKS"),
    ("Wakil Ketua Fraksi Gerindra Amanat Sari Wulandari memimpin rapat itu.",
     "Wakil Ketua Fraksi Gerindra"),
])
def test_party_full_name_read_on_only_over_its_own_words(text, words, tables):
    ctx = Context(text, tables, None, True)
    phrase = phrase_at(ctx, 0, False)
    assert phrase is not None
    assert text[:ctx.toks[phrase.end - 1].end] == words
