"""Top-N placements entered through a ranking's word, and ranks numbered "nomor N".

Sentences are invented for these tests (names, places and numbers made up).
"""

from __future__ import annotations

import pytest

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import find_scores
from beritanlp.rules.scores.metrics import MetricIndex

METRICS = MetricIndex(load_metric_rules())


def _scores(text: str) -> set[tuple[str, object, str, str | None, int | None]]:
    return {(s.metric, s.value, s.kind, s.subject, s.year)
            for s in find_scores(text, rules=METRICS)}


@pytest.mark.parametrize("entered", [
    "masuk ranking 10 besar", "masuk dalam peringkat 10 besar", "masuk dalam jajaran 10 besar",
    "masuk ke peringkat 10 besar", "masuk di jajaran 10 besar", "masuk rangking 10 besar",
])
def test_top_n_entered_through_a_ranking_word_is_a_bracket(entered: str) -> None:
    text = f"Kota Toleran\n\nKota Sukamaju {entered} Indeks Kota Toleran 2019."
    assert _scores(text) == {("Indeks Kota Toleran", "10 besar", "grade", "Kota Sukamaju", 2019)}


def test_top_n_in_words_is_a_bracket_not_a_rank() -> None:
    text = ("Kota Toleran\n\nKota Sukamaju masuk ke peringkat sepuluh besar Indeks Kota Toleran "
            "2019.")
    assert _scores(text) == {("Indeks Kota Toleran", "sepuluh besar", "grade", "Kota Sukamaju",
                              2019)}


@pytest.mark.parametrize("sentence", [
    "Kota Sukamaju berada di peringkat 10 besar Indeks Kota Toleran 2019.",  # no entering
    "Kota Sukamaju menargetkan masuk peringkat 10 besar Indeks Kota Toleran 2019.",  # aimed
    "Kota Sukamaju belum masuk jajaran 10 besar Indeks Kota Toleran 2019.",  # not held
    "Sebanyak 12 kota masuk dalam peringkat 10 besar Indeks Kota Toleran 2019.",  # a count
])
def test_top_n_not_entered_gives_nothing(sentence: str) -> None:
    assert _scores(f"Kota Toleran\n\n{sentence}") == set()


def test_top_n_of_nominees_is_a_shortlist() -> None:
    text = ("Lagu Baru\n\nLagu karya Rina Wulan masuk di 5 besar nominasi Anugerah Musik Lembah "
            "2018.")
    assert not {s for s in _scores(text) if s[1] == "5 besar"}


@pytest.mark.parametrize(("phrase", "rank"), [
    ("menempati peringkat nomor satu", 1), ("menempati posisi nomor 1", 1),
    ("berada di urutan nomor dua", 2),
])
def test_rank_numbered_after_a_rank_word(phrase: str, rank: int) -> None:
    text = f"Kota Cerdas\n\nKota Sukamaju {phrase} dalam Indeks Kota Cerdas Indonesia 2019."
    assert _scores(text) == {("Indeks Kota Cerdas Indonesia", rank, "rank", "Kota Sukamaju", 2019)}


@pytest.mark.parametrize("sentence", [
    # a ballot number, no rank
    "Kota Sukamaju meraih posisi nomor urut 2 dalam Pilkada 2019 menurut survei Indeks Politik.",
    # "orang nomor satu": a leader, no rank
    "Budi Santoso, orang nomor satu di provinsi itu, menerima penghargaan Indeks Kota Cerdas 2019.",
    # either rank, neither stated
    "Kota Sukamaju sempat berada di peringkat nomor satu atau dua dalam Indeks Kota Cerdas 2019.",
])
def test_number_words_that_are_no_rank(sentence: str) -> None:
    assert not {s for s in _scores(f"Kota Cerdas\n\n{sentence}") if s[2] == "rank"}
