"""Ranks in brackets after listed names in a named ranking (rules.scores.bracketranks)."""

from __future__ import annotations

import pytest

from beritanlp.rules.scores.bracketranks import bracket_rank_candidates, may_list_bracket_ranks
from beritanlp.rules.scores.model import ByStart
from beritanlp.text.sentences import split_sentences

_LIST = ("Menurut daftar 15 museum terlaris, Museum Alfa di urutan pertama, lalu Museum Beta (3) "
         "dan Museum Gama (6).")


def _ranks(text: str) -> dict[str, int]:
    sents = split_sentences(text)
    return {c.subjects[0]: c.value for c in bracket_rank_candidates(text, sents, ByStart([]))
            if c.subjects and isinstance(c.value, int)}


def test_cheap_test_needs_a_bracketed_number_and_a_ranking_word() -> None:
    assert may_list_bracket_ranks(_LIST)
    assert not may_list_bracket_ranks("Budi (35) dan Ani (31) hadir.")


def test_a_list_after_a_held_first_place() -> None:
    assert _ranks(_LIST) == {"Museum Alfa": 1, "Museum Beta": 3, "Museum Gama": 6}


@pytest.mark.parametrize("after", [
    "Selanjutnya Museum Delta (2) dan Museum Eka (7).",  # a cue: still another sentence
    "Sisanya diisi Museum Delta (7) dan Museum Eka (9).",
    "Selanjutnya, siswa Rudi (9) dan Sinta (11) membacakan puisi.",  # people's numbers
    "Pengunjung seperti Budi (31) dan Ani (35) ikut hadir.",  # ages
    "Museum Delta (2) dan Museum Eka (7) juga dibuka.",
])
def test_no_carry_over(after: str) -> None:
    # only the sentence holding the rank and the list is read, never the next one
    got = _ranks(f"{_LIST} {after}")
    assert got == {"Museum Alfa": 1, "Museum Beta": 3, "Museum Gama": 6}


@pytest.mark.parametrize("text", [
    "Museum Alfa di urutan pertama, lalu Tim Beta (31) dan Tim Gama (28).",  # falling: points
    "Dalam daftar peserta terbaik ada Budi (12), Andi (15) dan Rudi (17).",  # no held rank
    # medals, prices and money: tallies, not ranks
    "Dalam pemeringkatan perolehan medali Porprov, Kabupaten Alfa di peringkat pertama, lalu "
    "Kabupaten Beta (12) dan Kabupaten Gama (15).",
    "Dalam pemeringkatan harga beras termurah, Pasar Cempaka di posisi pertama, lalu Pasar "
    "Kenanga (11) dan Pasar Melati (12).",
    "Dalam daftar 25 koperasi terbesar, Koperasi Sejahtera di urutan pertama, disusul Koperasi "
    "Makmur (Rp 3) dan Koperasi Maju (Rp 5).",
])
def test_not_ranks(text: str) -> None:
    assert _ranks(text) == {}
