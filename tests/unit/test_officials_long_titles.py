"""A long title closed by a known agency, and the name after it (rules/officials/long_titles).

Invented sentences; no NER spans are given, so the names come from the capitalised-word
fallback, as where a statistical NER misses them.
"""

from __future__ import annotations

import pytest

from beritanlp.lexicons import Lexicons
from beritanlp.rules.officials import OfficialsTables, extract_officials, officials_tables


@pytest.fixture(scope="module")
def tables() -> OfficialsTables:
    """The packaged tables, as a pipeline with default Lexicons reads them."""
    return officials_tables(Lexicons())


def _triples(text: str, tables: OfficialsTables) -> list[tuple[str, str, str]]:
    found = extract_officials(text, tables, [])
    return sorted((r["name"], r["position"], r["jurisdiction"] or "") for r in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Direktur Pengawasan Pasar OJK Budi Hartanto mengatakan hal itu kemarin.",
            ("Budi Hartanto", "Direktur Pengawasan Pasar", "OJK"),
        ),
        (
            "Direktur Pengawasan Pasar OJK Budi Hartanto Siregar, di Jakarta, menjelaskan.",
            ("Budi Hartanto Siregar", "Direktur Pengawasan Pasar", "OJK"),
        ),
        (
            "Menurut Direktur Tindak Pidana Siber Bareskrim Brigadir Jenderal Sugeng Wirawan,"
            " kasus itu ditangani.",
            ("Sugeng Wirawan", "Direktur Tindak Pidana Siber", "Bareskrim"),
        ),
    ],
)
def test_a_name_after_the_agency_that_closes_a_long_title(text, expected, tables):
    assert _triples(text, tables) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # one capitalised word after the agency may be more of its name
        "Direktur Pengawasan Pasar OJK Regional mengatakan hal itu kemarin.",
        # unit words after the agency are no name
        "Direktur Pengawasan Pasar OJK Bidang Perbankan mengatakan hal itu kemarin.",
        # a place after the agency is no name
        "Dalam rapat Direktur Operasi Pertamina Sumatera Selatan menyampaikan laporan.",
    ],
)
def test_no_name_after_the_agency_without_a_name(text, tables):
    assert _triples(text, tables) == []


def test_a_name_before_a_title_closed_by_an_agency_still_pairs(tables):
    text = "Dewi Lestari, Kepala Subbagian Umum Pertamina, mengatakan stok aman."
    assert _triples(text, tables) == [("Dewi Lestari", "Kepala Subbagian Umum", "Pertamina")]
