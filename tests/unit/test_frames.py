"""Corpus tables: agencies grouped by id across articles (``ArticleFrames.agency_summary``)."""

from __future__ import annotations

import pytest

from beritanlp.frames import agency_key, to_dataframe

pd = pytest.importorskip("pandas")


def _agency(name, canonical, agency_id, n_mentions=1):
    return {"name": name, "canonical": canonical, "acronym": None, "id": agency_id,
            "mentions": [[0, 5]] * n_mentions}


RECORDS = [
    {"id": "a", "agencies": [_agency("Kemendagri", "Kementerian Dalam Negeri", "kemendagri", 2),
                             _agency("Pemkot Ambon", None, "pemkot:ambon")]},
    {"id": "b", "agencies": [_agency("Kementerian Dalam Negeri", "Kementerian Dalam Negeri",
                                     "kemendagri"),
                             _agency("Pemerintah Kota Ambon", None, "pemkot:ambon"),
                             _agency("Dinas Arsip", None, None)]},
    {"id": "c", "agencies": [_agency("Dinas Arsip", None, None, 3),
                             _agency("Kemendagri", "Kementerian Dalam Negeri", None)]},
]


def test_agency_key_falls_back_from_id_to_canonical_to_name() -> None:
    assert agency_key({"id": "kpk", "canonical": "Komisi Pemberantasan Korupsi",
                       "name": "KPK"}) == "kpk"
    assert agency_key({"id": None, "canonical": "Komisi Pemberantasan Korupsi",
                       "name": "KPK"}) == "Komisi Pemberantasan Korupsi"
    assert agency_key({"id": "", "canonical": None, "name": "Dinas Arsip"}) == "Dinas Arsip"
    assert agency_key({}) is None


def test_summary_groups_by_id_then_canonical_then_name() -> None:
    summary = to_dataframe(RECORDS).agency_summary()
    assert list(summary.columns) == ["name", "names", "articles", "mentions"]
    table = {key: (row["name"], row["names"], row["articles"], row["mentions"])
             for key, row in summary.iterrows()}
    assert table == {
        "kemendagri": ("Kementerian Dalam Negeri", ["Kemendagri", "Kementerian Dalam Negeri"],
                       2, 3),
        "pemkot:ambon": ("Pemkot Ambon", ["Pemerintah Kota Ambon", "Pemkot Ambon"], 2, 2),
        "Dinas Arsip": ("Dinas Arsip", ["Dinas Arsip"], 2, 4),
        "Kementerian Dalam Negeri": ("Kementerian Dalam Negeri", ["Kemendagri"], 1, 1),
    }
    # most mentioned first
    assert list(summary["mentions"]) == sorted(summary["mentions"], reverse=True)
    assert str(summary["mentions"].dtype) == "int64"


def test_summary_of_a_corpus_without_agencies_is_empty() -> None:
    summary = to_dataframe([{"id": "a", "agencies": []}]).agency_summary()
    assert summary.empty
    assert list(summary.columns) == ["name", "names", "articles", "mentions"]


def test_article_table_shows_the_record_warnings() -> None:
    records = [{"id": "a", "warnings": ["date '31/31/2019' ignored: no such day"]}, {"id": "b"}]
    table = to_dataframe(records).articles
    assert table["warnings"][0] == "date '31/31/2019' ignored: no such day"
    assert table["warnings"].isna().tolist() == [False, True]
