"""The thin spaCy component ``beritanlp_scores``: doc._.scores, subjects from other components,
serialisation of its lexicon."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

import beritanlp.components.scores  # noqa: F401  (registers the factory)

TEXT = ("Nilai SPI Pemkot Laut Biru 2023 mencapai 71,4. Rata-rata nilai kota lain ada pada 69,2. "
        "\u201cTarget kami tahun depan 75,\u201d katanya.")


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("id")
    pipeline.add_pipe("beritanlp_scores")
    return pipeline


def test_component_writes_plain_score_dicts(nlp) -> None:
    doc = nlp(TEXT)
    got = [(s["metric"], s["value"], s["kind"], s["subject"], s["year"]) for s in doc._.scores]
    assert got == [
        ("SPI", 71.4, "value", "Pemkot Laut Biru", 2023),
        ("SPI", 69.2, "average", "kota lain", 2023),
        ("SPI", 75, "target", "Pemkot Laut Biru", None),
    ]
    for s in doc._.scores:
        assert set(s) == {"metric", "value", "kind", "unit", "subject", "year", "text", "start",
                          "end"}
        assert doc.text[s["start"]:s["end"]] == s["text"]
    json.dumps(doc._.scores)  # plain data only


def test_subject_comes_from_agencies_on_the_doc(nlp) -> None:
    text = "Skor MCP Dinas Pangan Rawa 2024 tercatat 88,5."
    doc = nlp.make_doc(text)
    start = text.index("Dinas")
    doc._.agencies = [{"name": "Dinas Pangan Rawa", "acronym": None, "id": None,
                       "mentions": [[start, start + len("Dinas Pangan Rawa")]]}]
    doc = nlp.get_pipe("beritanlp_scores")(doc)
    assert [(s["value"], s["subject"]) for s in doc._.scores] == [(88.5, "Dinas Pangan Rawa")]


def _with_agency(nlp, text: str, surface: str, name: str):
    doc = nlp.make_doc(text)
    mentions = []
    start = text.find(surface)
    while start >= 0:
        mentions.append([start, start + len(surface)])
        start = text.find(surface, start + 1)
    doc._.agencies = [{"name": name, "acronym": None, "id": None, "mentions": mentions}]
    return nlp.get_pipe("beritanlp_scores")(doc)


def test_acronym_subject_stays_as_written(nlp) -> None:
    text = ("Badan Pengawas Laut Alfa (BPLA) dibentuk 2010. Tahun ini BPLA meraih opini WTP "
            "dari BPK.")
    doc = _with_agency(nlp, text, "BPLA", "Badan Pengawas Laut Alfa")
    assert [(s["value"], s["subject"]) for s in doc._.scores] == [("WTP", "BPLA")]


def test_short_government_form_still_takes_the_long_name(nlp) -> None:
    text = ("Pemerintah Kota Laut Biru menggelar rapat. Skor MCP Pemkot Laut Biru 2024 tercatat "
            "88,5.")
    doc = _with_agency(nlp, text, "Pemkot Laut Biru", "Pemerintah Kota Laut Biru")
    assert [(s["value"], s["subject"]) for s in doc._.scores] == [
        (88.5, "Pemerintah Kota Laut Biru")]


def test_relative_year_uses_doc_date(nlp) -> None:
    doc = nlp.make_doc("Tahun lalu, nilai SPI Pemkab Gunung Biru tercatat 72,8.")
    doc._.date = "2025-02-01"
    doc = nlp.get_pipe("beritanlp_scores")(doc)
    assert [s["year"] for s in doc._.scores] == [2024]


def test_lexicon_survives_to_disk_and_from_disk(nlp, tmp_path: Path) -> None:
    comp = nlp.get_pipe("beritanlp_scores")
    nlp.to_disk(tmp_path / "pipe")
    rows = (tmp_path / "pipe" / "beritanlp_scores" / "metrics.jsonl").read_text().splitlines()
    assert len(rows) == len(comp.rules)
    extra = {"id": "ikx", "label": None, "acronym": "IKX", "names": ["Indeks Kebersihan X"],
             "issuers": [], "grades": [], "percent": False, "not_near": []}
    (tmp_path / "pipe" / "beritanlp_scores" / "metrics.jsonl").write_text(
        "\n".join([*rows, json.dumps(extra)]) + "\n")
    loaded = spacy.load(tmp_path / "pipe")
    assert loaded.pipe_names == ["beritanlp_scores"]
    doc = loaded("Nilai IKX Pemkot Laut Biru tahun 2024 mencapai 81,2.")
    assert [(s["metric"], s["value"]) for s in doc._.scores] == [("IKX", 81.2)]


def test_mixed_case_short_form_stays_as_written(nlp) -> None:
    text = ("Kementerian Urusan Pantai menggelar rapat. Tahun ini Kemenpantai meraih opini WTP "
            "dari BPK.")
    doc = _with_agency(nlp, text, "Kemenpantai", "Kementerian Urusan Pantai")
    assert [(s["value"], s["subject"]) for s in doc._.scores] == [("WTP", "Kemenpantai")]


def test_generic_one_word_head_still_takes_the_long_name(nlp) -> None:
    text = ("Pemerintah Kota Laut Biru menggelar rapat. Tahun ini Pemkot meraih opini WTP "
            "dari BPK.")
    doc = _with_agency(nlp, text, "Pemkot", "Pemerintah Kota Laut Biru")
    assert [(s["value"], s["subject"]) for s in doc._.scores] == [
        ("WTP", "Pemerintah Kota Laut Biru")]


def test_bracketed_short_form_right_after_its_name_is_the_name(nlp) -> None:
    text = "Kementerian Urusan Pantai (Kemenpantai) yang meraih opini WTP dari BPK menggelar rapat."
    doc = _with_agency(nlp, text, "Kemenpantai", "Kementerian Urusan Pantai")
    assert [(s["value"], s["subject"]) for s in doc._.scores] == [
        ("WTP", "Kementerian Urusan Pantai")]
