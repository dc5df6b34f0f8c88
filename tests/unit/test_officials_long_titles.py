"""A long title closed by a known agency, and the name after it (rules/officials/long_titles).

Invented sentences; no NER spans are given, so the names come from the capitalised-word
fallback, as where a statistical NER misses them.
"""

from __future__ import annotations

import pytest

from beritanlp.components.agencies import plain_word
from beritanlp.lexicons import Lexicons
from beritanlp.rules.officials import OfficialsTables, extract_officials, officials_tables


@pytest.fixture(scope="module")
def tables() -> OfficialsTables:
    """The packaged tables with the dictionary test, as the officials component reads them."""
    return officials_tables(Lexicons(), plain_word)


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
        # a project's name after the company: an ordinary word and a kecamatan
        "Kepala Proyek Hutama Karya Tol Cileungsi menyebut pengerjaan hampir rampung.",
        # a product's name after the bank: ordinary words
        "Direktur Ritel BRI Kartu Kredit menjelaskan jumlah nasabah bertambah.",
        "Direktur Bisnis Mandiri Tabungan Haji mengatakan peminat naik.",
    ],
)
def test_no_name_after_the_agency_without_a_name(text, tables):
    assert _triples(text, tables) == []


def test_a_name_before_a_title_closed_by_an_agency_still_pairs(tables):
    text = "Dewi Lestari, Kepala Subbagian Umum Pertamina, mengatakan stok aman."
    assert _triples(text, tables) == [("Dewi Lestari", "Kepala Subbagian Umum", "Pertamina")]


def test_a_name_of_ordinary_words_is_read_where_no_dictionary_is_given():
    text = "Direktur Ritel BRI Kartu Kredit menjelaskan jumlah nasabah bertambah."
    found = extract_officials(text, officials_tables(Lexicons()), [])
    assert [r["name"] for r in found] == ["Kartu Kredit"]


@pytest.mark.parametrize(
    "name",
    [
        "Indah Kusumawardani",  # one word from the dictionary
        "Surya Bintang Perkasa",  # three words from the dictionary: a person's more often
    ],
)
def test_a_name_with_words_from_the_dictionary_stays_a_name(name, tables):
    text = f"Direktur Ritel BRI {name} menjelaskan jumlah nasabah bertambah."
    assert _triples(text, tables) == [(name, "Direktur Ritel", "BRI")]
