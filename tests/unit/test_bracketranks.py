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


@pytest.mark.parametrize("cue", ["Selanjutnya", "Berikutnya", "Sisanya diisi"])
def test_a_list_going_on_after_a_cue(cue: str) -> None:
    text = f"{_LIST} {cue} Museum Delta (2) dan Museum Eka (7)."
    got = _ranks(text)
    assert got["Museum Delta"] == 2 and got["Museum Eka"] == 7


@pytest.mark.parametrize("after", [
    "Pengunjung seperti Budi (31) dan Ani (35) ikut hadir.",  # ages, no cue
    "Selanjutnya Budi (31) dan Ani (35) ikut hadir.",  # past the ranking's size of 15
    "Selanjutnya Museum Delta (3) dan Museum Eka (7).",  # 3 is given already
    "Museum Delta (2) dan Museum Eka (7) juga dibuka.",  # no cue
])
def test_no_carry_over(after: str) -> None:
    got = _ranks(f"{_LIST} {after}")
    assert set(got) == {"Museum Alfa", "Museum Beta", "Museum Gama"}


def test_no_size_limits_the_gap() -> None:
    text = ("Dalam peringkat museum terlaris, Museum Alfa di urutan pertama, lalu Museum Beta (3) "
            "dan Museum Gama (6). Berikutnya Budi (41) dan Ani (45).")
    assert "Budi" not in _ranks(text)


@pytest.mark.parametrize("text", [
    "Museum Alfa di urutan pertama, lalu Tim Beta (31) dan Tim Gama (28).",  # falling: points
    "Dalam daftar peserta terbaik ada Budi (12), Andi (15) dan Rudi (17).",  # no held rank
])
def test_not_ranks(text: str) -> None:
    assert _ranks(text) == {}
