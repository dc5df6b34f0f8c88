"""One agency, one group across a corpus: ``canonical`` on linked agency records.

An article that writes only "Kemendagri" and one that writes only "Kementerian Dalam Negeri" give
records with different surface names but the same ``id`` and ``canonical``; the corpus tables
count them as one agency.
"""

from __future__ import annotations

import pytest

import beritanlp
from beritanlp.lexicons.agencies import load_agency_kb
from beritanlp.lexicons.regions import default_gazetteer
from beritanlp.rules.agencies import KBHit, RegionNames, extract_agencies

SHORT = "Kemendagri minta daerah percepat belanja\n\nKemendagri meminta pemerintah daerah " \
        "mempercepat belanja modal tahun ini."
FULL = "Aturan baru untuk kepala desa\n\nKementerian Dalam Negeri menerbitkan aturan baru " \
       "tentang masa jabatan kepala desa."


@pytest.fixture(scope="module")
def records() -> list[dict]:
    items = [{"id": "short", "text": SHORT}, {"id": "full", "text": FULL}]
    return [a.to_dict() for a in beritanlp.analyze_many(items)]


def test_linked_records_carry_the_kb_name(records: list[dict]) -> None:
    (short,), (full,) = (r["agencies"] for r in records)
    assert (short["name"], full["name"]) == ("Kemendagri", "Kementerian Dalam Negeri")
    assert short["id"] == full["id"] == "kemendagri"
    assert short["canonical"] == full["canonical"] == "Kementerian Dalam Negeri"
    assert list(short) == ["name", "canonical", "acronym", "id", "mentions"]


def test_two_surface_forms_are_one_group(records: list[dict]) -> None:
    pytest.importorskip("pandas")
    frames = beritanlp.to_dataframe(records)
    assert list(frames.agencies["name"]) == ["Kemendagri", "Kementerian Dalam Negeri"]
    assert list(frames.agencies["canonical"]) == ["Kementerian Dalam Negeri"] * 2
    summary = frames.agency_summary()
    assert list(summary.index) == ["kemendagri"]
    row = summary.loc["kemendagri"]
    assert row["name"] == "Kementerian Dalam Negeri"
    assert row["names"] == ["Kemendagri", "Kementerian Dalam Negeri"]
    assert (row["articles"], row["mentions"]) == (2, 3)


def test_unlinked_records_have_no_canonical_name() -> None:
    text = "Rapat itu dihadiri BNPB dan Pemkot Ambon."
    _, found = extract_agencies(text, [KBHit(19, 23, "acronym", ("bnpb",))], load_agency_kb(),
                                regions=RegionNames(default_gazetteer()))
    assert [(r["id"], r["canonical"]) for r in found] == [
        ("bnpb", "Badan Nasional Penanggulangan Bencana"), ("pemkot:ambon", None)]


def test_summary_shows_the_canonical_name() -> None:
    from beritanlp.cli.analyze import format_summary

    record = beritanlp.analyze(SHORT).to_dict()
    assert "Kemendagri (Kemendagri) = Kementerian Dalam Negeri [2 mentions]" in format_summary(
        record)
