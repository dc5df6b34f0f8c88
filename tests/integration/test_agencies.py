"""Agencies: the component, its KB on disk and in processes, the pure core, the seed."""

from __future__ import annotations

import json
import pickle
import random
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Span

import beritanlp
import beritanlp.components.agencies as agencies_module  # registers the factory
from beritanlp.components.agencies import squeezed_doc
from beritanlp.lexicons.agencies import AgencyKB, load_agency_kb
from beritanlp.lexicons.regions import default_gazetteer
from beritanlp.pipeline import blank
from beritanlp.rules.agencies import KBHit, RegionNames, extract_agencies


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    pipeline = blank()
    pipeline.add_pipe("beritanlp_agencies")
    return pipeline

def test_ents_carry_kb_ids(nlp: spacy.language.Language) -> None:
    doc = nlp("Komisi Pemberantasan Korupsi (KPK) memeriksa saksi. KPK lalu menahan tersangka.")
    ents = [(e.text, e.label_, e.kb_id_) for e in doc.ents]
    assert ents == [
        ("Komisi Pemberantasan Korupsi", "ORG", "kpk"),
        ("KPK", "ORG", "kpk"),
        ("KPK", "ORG", "kpk"),
    ]
    assert doc.ents[0]._.canonical == "Komisi Pemberantasan Korupsi"
    (record,) = doc._.agencies
    assert record["mentions"] == [[0, 28], [30, 33], [52, 55]]


def test_records_are_new_plain_lists(nlp: spacy.language.Language) -> None:
    a = nlp("KPK memeriksa saksi.")
    b = nlp("BPS merilis data.")
    assert a._.agencies is not b._.agencies
    json.dumps(a._.agencies)


def test_statistical_org_spans_kept_only_for_public_institutions(
    nlp: spacy.language.Language,
) -> None:
    doc = nlp.make_doc("Lembaga Sensor Film dan Yayasan Cinta Anak bertemu di Jakarta.")
    doc.ents = [doc.char_span(0, 19, label="ORG"), doc.char_span(24, 42, label="ORG")]
    doc = nlp.get_pipe("beritanlp_agencies")(doc)
    assert [r["name"] for r in doc._.agencies] == ["Lembaga Sensor Film"]
    assert {e.text for e in doc.ents} == {"Lembaga Sensor Film", "Yayasan Cinta Anak"}


def test_pure_core_without_spacy() -> None:
    kb = load_agency_kb()
    text = "Rapat itu dihadiri BNPB dan Pemkot Ambon."
    regions = RegionNames(default_gazetteer())
    hits = [KBHit(19, 23, "acronym", ("bnpb",))]
    mentions, records = extract_agencies(text, hits, kb, regions=regions)
    assert [r["id"] for r in records] == ["bnpb", "pemkot:ambon"]
    assert [m.text for m in mentions] == ["BNPB", "Pemkot Ambon"]
    with pytest.raises(TypeError):
        extract_agencies(None, [], kb, regions=regions)  # type: ignore[arg-type]


def test_person_named_by_the_ner_is_cut_off_a_sub_unit(nlp: spacy.language.Language) -> None:
    # The NER's PERSON entity elsewhere is the evidence; a word also written in lowercase is not.
    text = ("Menurut Dinas Perhubungan Jakarta Timur Andreas Sutanto, jalur itu ditutup. "
            "Andreas meminta warga bersabar.")
    doc = nlp.make_doc(text)
    start = text.rindex("Andreas")
    doc.ents = [doc.char_span(start, start + len("Andreas"), label="PERSON")]
    doc = nlp.get_pipe("beritanlp_agencies")(doc)
    assert [r["name"] for r in doc._.agencies] == ["Dinas Perhubungan Jakarta Timur"]
    plain = nlp(text)  # without the NER, the city that closes the name is the evidence
    assert [r["name"] for r in plain._.agencies] == ["Dinas Perhubungan Jakarta Timur"]
    # ... but a name after a sub-unit with no region stays without the NER
    other = nlp("Menurut Dinas Pertamanan Andreas Sutanto, taman itu ditutup.")
    assert [r["name"] for r in other._.agencies] == ["Dinas Pertamanan Andreas Sutanto"]


def test_person_cut_in_the_pure_core() -> None:
    kb = load_agency_kb()
    regions = RegionNames(default_gazetteer())
    text = "Kata Biro Umum Setda Jabar Rina Wulandari kemarin. Rina hadir."
    person = (text.rindex("Rina"), text.rindex("Rina") + 4)
    _, records = extract_agencies(text, [], kb, regions=regions, persons=[person])
    assert [r["name"] for r in records] == ["Biro Umum Setda Jabar"]
    # "Pintar" tagged as a person is a common word written in lowercase too: nothing is cut.
    text = "Hadiah diterima Badan Layanan Pintar kemarin. Layanan pintar itu dinilai juri."
    start = text.index("Pintar")
    _, records = extract_agencies(text, [], kb, regions=regions, persons=[(start, start + 6)])
    assert [r["name"] for r in records] == ["Badan Layanan Pintar"]


def test_to_disk_from_disk_keeps_a_custom_kb(tmp_path: Path) -> None:
    nlp = blank()
    component = nlp.add_pipe("beritanlp_agencies")
    rows = load_agency_kb().to_dicts() + [
        {"id": "bptk", "name": "Badan Pengelola Tol Khayalan", "acronyms": ["BPTK"],
         "aliases": [], "type": "agency", "level": "national", "parent": None}
    ]
    component.set_kb(AgencyKB.from_dicts(rows))
    nlp.to_disk(tmp_path / "pipe")
    assert (tmp_path / "pipe" / "beritanlp_agencies" / "agencies.jsonl").exists()
    loaded = spacy.load(tmp_path / "pipe")
    doc = loaded("BPTK menaikkan tarif tol.")
    assert [r["id"] for r in doc._.agencies] == ["bptk"]


def test_pickle_and_two_processes(nlp: spacy.language.Language) -> None:
    component = nlp.get_pipe("beritanlp_agencies")
    clone = pickle.loads(pickle.dumps(component))
    doc = clone(nlp.make_doc("Bawaslu dan KPU bertemu."))
    assert [r["id"] for r in doc._.agencies] == ["bawaslu", "kpu"]
    texts = ["Bawaslu memeriksa laporan.", "Pemkab Bogor meraih penghargaan.", "BMKG memantau."] * 2
    docs = list(nlp.pipe(texts, n_process=2, batch_size=2))
    assert [[r["id"] for r in d._.agencies] for d in docs] == [
        ["bawaslu"], ["pemkab:bogor"], ["bmkg"]
    ] * 2


def test_seed_agencies_match_gold(shared_data: Path, nlp: spacy.language.Language) -> None:
    seed = shared_data / "seed"
    text = (seed / "spi_pangkalpinang_2024.txt").read_text(encoding="utf-8")
    gold = json.loads((seed / "spi_pangkalpinang_2024.gold.json").read_text(encoding="utf-8"))
    doc = nlp(text)
    got = sorted((r["name"], r["acronym"]) for r in doc._.agencies)
    assert got == sorted((g["name"], g["acronym"]) for g in gold["agencies"])


def test_model_org_span_does_not_outrank_a_linked_definition():
    import beritanlp

    text = ("Penilaian dilakukan oleh Komisi Pemberantasan Korupsi (KPK) bersama Kementerian "
            "Dalam Negeri (Kemendagri) dan Badan Pengawasan Keuangan dan Pembangunan (BPKP). "
            "Kemendagri menilai.")
    agencies = {a.id: a for a in beritanlp.analyze(text).agencies}
    assert not [i for i in agencies if i and i.startswith("unit:")]
    assert agencies["kemendagri"].acronym == "Kemendagri"
    assert len(agencies["kemendagri"].mentions) == 3


def test_knowledge_base_without_short_forms_finds_no_acronyms() -> None:
    from beritanlp.rules.agencies import find_acronym_hits

    empty = AgencyKB([])
    assert find_acronym_hits("Kementerian Keuangan dan KPK. a . b", empty) == []


def test_holder_swallowed_after_a_bracketed_acronym_is_an_official() -> None:
    import beritanlp

    text = "Kepala Badan Ketahanan Pangan (BKP) Rendra Kusumo membuka rapat stok gabah di Subang."
    article = beritanlp.analyze(text)
    assert [(a.name, a.acronym) for a in article.agencies] == [("Badan Ketahanan Pangan", "BKP")]
    assert [(o.name, o.position, o.jurisdiction) for o in article.officials] == [
        ("Rendra Kusumo", "Kepala", "Badan Ketahanan Pangan")]


def test_garbled_no_break_spaces_read_as_spaces_with_offsets_of_the_text(
    nlp: spacy.language.Language,
) -> None:
    text = "¬†Tim Polda Metro¬†Jaya dan Dinas Sosial¬†¬†Kota Padang datang.¬†"
    doc = nlp(text)
    names = [(r["name"], [text[s:e] for s, e in r["mentions"]]) for r in doc._.agencies]
    assert names == [
        ("Polda Metro Jaya", ["Polda Metro¬†Jaya"]),
        ("Dinas Sosial Kota Padang", ["Dinas Sosial¬†¬†Kota Padang"]),
    ]
    assert [e.text for e in doc.ents] == ["Polda Metro¬†Jaya", "Dinas Sosial¬†¬†Kota Padang"]


def test_the_squeezed_doc_is_the_squeezed_text_in_the_tokens() -> None:
    # Invented text: the tokenizer's words without the garbled ones, spaces as squeeze_nbsp's
    # (text.mojibake); a web address the tokenizer keeps whole keeps its garbled space.
    nlp = blank()
    for text in (
        "¬†Ke Polda Metro¬†Jaya.¬† Lalu ¬†¬†x¬†",
        "Kata Budi Santoso¬† hadir di Polda Metro¬†Jaya ¬†Bandung.",
        "Baca¬†Contoh.com\n¬†Dinas  ¬†Sosial\n\n ¬†Kota¬†",
        "¬†",  # nothing but garbled ones: an empty Doc, no crash
        "¬† ¬†",
        "¬†¬† ",
        " ¬† \n",
    ):
        doc = nlp.make_doc(text)
        squeezed_tokens, squeezed = squeezed_doc(doc)
        assert squeezed_tokens.text == squeezed.text
        assert [t.text for t in squeezed_tokens] == [t.text for t in doc if t.text != "¬†"]
        assert [squeezed.back[t.idx] for t in squeezed_tokens] == [
            t.idx for t in doc if t.text != "¬†"]
    assert squeezed_doc(nlp.make_doc("Baca¬†Contoh.com"))[1].text == "Baca¬†Contoh.com"


@pytest.mark.parametrize("text", ["¬†", "¬† ¬†", "¬†¬† ", "¬† ¬† "])
def test_a_text_of_garbled_no_break_spaces_has_no_agencies(
    nlp: spacy.language.Language, text: str,
) -> None:
    doc = nlp(text)  # the squeezed text is empty (this raised ValueError in squeezed_doc)
    assert doc._.agencies == []
    assert doc.text == text


def test_analyze_a_text_of_one_garbled_no_break_space() -> None:
    article = beritanlp.analyze("¬†")
    assert article.error is None
    assert article.agencies == []


def test_short_random_mixes_of_garbled_spaces_spaces_and_a_word(
    nlp: spacy.language.Language,
) -> None:
    # Fuzz: short texts of "¬†", spaces and one word, through squeezed_doc and the component.
    rng = random.Random(19)
    pieces = ["¬†", "¬†", " ", "  ", "BNN", "Jaya"]
    seen_empty = 0
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        doc = nlp.make_doc(text)
        squeezed_tokens, squeezed = squeezed_doc(doc)
        assert squeezed_tokens.text == squeezed.text, text
        assert len(squeezed.back) == len(squeezed.text)
        assert [t.text for t in squeezed_tokens] == [t.text for t in doc if t.text != "¬†"]
        seen_empty += not squeezed.text
        records = nlp(text)._.agencies
        assert all(text[s:e].strip() for record in records for s, e in record["mentions"])
    assert seen_empty > 10  # texts of nothing but garbled ones and spaces were tried


def test_ner_spans_with_a_garbled_edge_reach_the_rules_mapped(
    nlp: spacy.language.Language, monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: dict[str, object] = {}
    real = agencies_module.extract_agencies

    def spy(text: str, *args: object, **kwargs: object) -> object:
        seen["text"], seen["orgs"], seen["persons"] = text, args[2], kwargs["persons"]
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(agencies_module, "extract_agencies", spy)
    doc = nlp.make_doc("Hadir Rudi Hartono¬† dan Sekar Ayu dari ¬†Yayasan Tunas Muda kemarin.")
    doc.ents = [Span(doc, 1, 4, label="PERSON"), Span(doc, 5, 7, label="PERSON"),
                Span(doc, 8, 12, label="ORG")]
    nlp.get_pipe("beritanlp_agencies")(doc)
    text = str(seen["text"])
    names = [text[s:e] for s, e in seen["persons"]]  # type: ignore[attr-defined]
    assert names == ["Rudi Hartono", "Sekar Ayu"]
    assert [text[s:e] for s, e in seen["orgs"]] == ["Yayasan Tunas Muda"]  # type: ignore[attr-defined]


def test_model_org_inside_a_posts_section_is_no_agency(nlp: spacy.language.Language) -> None:
    # Review r3 M1: the model tags the first words of a post's section ("Kepala Bagian X dan Y")
    # as an ORG; the section stays the post's, with or without a bureau after it.
    for text, names in (
        ("Kepala Bagian Pemberitaan dan Publikasi Biro Humas KPK Rina Sari mengatakan itu.",
         ["Biro Humas KPK", "KPK"]),
        ("Kepala Bagian Pemberitaan dan Publikasi KPK Rina Sari mengatakan itu.", ["KPK"]),
    ):
        doc = nlp.make_doc(text)
        org = doc.char_span(7, 25, label="ORG")  # "Bagian Pemberitaan"
        person = text.index("Rina")
        doc.ents = [org, doc.char_span(person, person + len("Rina Sari"), label="PERSON")]
        doc = nlp.get_pipe("beritanlp_agencies")(doc)
        assert [r["name"] for r in doc._.agencies] == names
    # guard: a model ORG for a section that is no post's ("Bagian X" opening a sentence) stays
    doc = nlp.make_doc("Bagian Pemberitaan dan Publikasi menyiapkan rilis.")
    doc.ents = [doc.char_span(0, 18, label="ORG")]
    doc = nlp.get_pipe("beritanlp_agencies")(doc)
    assert [r["name"] for r in doc._.agencies] == ["Bagian Pemberitaan dan Publikasi"]
