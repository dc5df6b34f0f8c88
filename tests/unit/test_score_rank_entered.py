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
    "Kota Sukamaju belum masuk jajaran 10 besar Indeks Kota Toleran 2019.",  # not held
    "Sebanyak 12 kota masuk dalam peringkat 10 besar Indeks Kota Toleran 2019.",  # a count
])
def test_top_n_not_entered_gives_nothing(sentence: str) -> None:
    assert _scores(f"Kota Toleran\n\n{sentence}") == set()


def test_top_n_aimed_at_is_a_target() -> None:
    # aimed at, not held: a target (rules.scores.aimed), never a rank; its value is the grade
    # string a top N held has ("10 besar")
    sentence = "Kota Sukamaju menargetkan masuk peringkat 10 besar Indeks Kota Toleran 2019."
    assert _scores(f"Kota Toleran\n\n{sentence}") == {
        ("Indeks Kota Toleran", "10 besar", "target", "Kota Sukamaju", 2019)}


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
])
def test_number_words_that_are_no_rank(sentence: str) -> None:
    assert not {s for s in _scores(f"Kota Cerdas\n\n{sentence}") if s[2] == "rank"}


def test_two_ranks_given_as_either_are_both_ranks() -> None:
    # "peringkat nomor satu atau dua": each rank is one the text gives (a range is split)
    sentence = ("Kota Sukamaju sempat berada di peringkat nomor satu atau dua dalam Indeks Kota "
                "Cerdas 2019.")
    assert {s[1] for s in _scores(f"Kota Cerdas\n\n{sentence}") if s[2] == "rank"} == {1, 2}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Provinsi Sukamaju menjadi penghasil beras nomor dua setelah Jawa Timur.",
     # no agency or place mention is ranked: no leader is read (rules.scores.leaders)
     {("penghasil beras", 2, "rank", "Provinsi Sukamaju", None)}),
    ("Provinsi Sukamaju menjadi produsen beras nomor satu di Indonesia.",
     {("produsen beras", 1, "rank", "Provinsi Sukamaju", None)}),
    ("Kabupaten Lembah kini menjadi pengekspor kopi nomor 3 nasional.",
     {("pengekspor kopi", 3, "rank", "Kabupaten Lembah", None)}),
])
def test_producer_numbered_in_a_scope_is_a_rank_by_amount(
        sentence: str, expected: set[tuple[str, int, str, str, None]]) -> None:
    assert _scores(f"Sentra Pangan\n\n{sentence}") == expected


def test_rank_numbered_after_a_superlative_of_a_named_index() -> None:
    text = ("IPM Daerah\n\nPada 2019, Provinsi Sukamaju menjadi provinsi dengan IPM tertinggi "
            "nomor dua setelah DKI Jakarta.")
    assert ("IPM", 2, "rank", "Provinsi Sukamaju", 2019) in _scores(text)


@pytest.mark.parametrize("sentence", [
    # no producer and no superlative before "nomor": a leader, an item, a ballot slot
    "Bupati Rudi Hartono adalah orang nomor satu di Kabupaten Lembah sejak 2019.",
    "Kabupaten Lembah mendapat nomor dua setelah Kota Sukamaju dalam undian lomba.",
    # a producer numbered with no scope and no one it ranks after
    "Provinsi Sukamaju menjadi penghasil beras nomor dua tahun ini.",
    # an ordinal "kedua setelah" stays no ranking: a thing of nature, a question
    "Danau Biru adalah danau garam terbesar kedua setelah Danau Merah.",
    "Lalu siapa yang terkaya kedua setelah Budi?",
    # a bare "di <Name>" after the ordinal: where a thing lies, no scope
    "Kilang itu dekat ladang minyak terbesar kedua di Sukamaju.",
])
def test_numbered_or_ordered_measures_that_are_no_rank(sentence: str) -> None:
    assert not {s for s in _scores(f"Sentra Pangan\n\n{sentence}") if s[2] == "rank"}


@pytest.mark.parametrize("sentence", [
    # a regulation's or a letter's number after a named index: no rank
    "Hasil penilaian dimuat dalam Keputusan Menteri tentang Evaluasi SAKIP Nomor 27 Tahun 2018.",
    "Pemeriksaan berpedoman pada Petunjuk Evaluasi SAKIP Nomor 9 Tahun 2016.",
    "Penilaian berpegang pada indeks SAKIP nomor 14/KPTS/2017 dari kementerian.",
    # a contributor ranks money: no rank by amount
    "Perikanan kini menjadi penyumbang devisa nomor dua setelah Batubara bagi Sukamaju.",
    # a time after "setelah": a price compared over time, and a verb opening the measure
    "Harga bawang di Pasar Lama tercatat termahal nomor tiga setelah Januari tahun lalu.",
    "Kota Lembah menjadi kota termahal nomor dua setelah Lebaran bagi para pemudik.",
    # a question, with and without its question mark
    "Kemudian siapa orang terkaya nomor tiga setelah Rudi Santoso?",
    "Tidak ada yang tahu siapa orang terkaya nomor tiga setelah Rudi Santoso",
    "Kota Lembah termasuk kota termahal nomor dua setelah Kota Sukamaju, benarkah?",
])
def test_numbered_shapes_that_name_no_ranking(sentence: str) -> None:
    assert not {s for s in _scores(f"Sentra Pangan\n\n{sentence}") if s[2] == "rank"}


def test_top_n_word_stays_out_of_the_measure_after_it() -> None:
    text = ("Bandara Lembah\n\nBandara Lembah masuk ke peringkat 30 besar bandara tersibuk di "
            "Asia versi ACI 2019.")
    assert _scores(text) == {("bandara tersibuk di Asia", "30 besar", "grade", "Bandara Lembah",
                             2019)}


def test_rank_numbered_after_a_superlative_of_a_city_is_kept() -> None:
    text = "Kota Mahal\n\nKota Lembah menjadi kota termahal nomor dua setelah Kota Sukamaju."
    # no mention is given: the name after "setelah" is no leader (rules.scores.leaders)
    assert {s[:3] for s in _scores(text)} == {("kota termahal", 2, "rank")}


@pytest.mark.parametrize("sentence", [
    "Hadiah bagi juara II lomba ini berupa uang tunai.",  # a contest pointed back to, a prize
    "Juara I sampai III lomba desa tingkat provinsi akan menerima hadiah.",  # a prize scheme
    "Juara I, juara II dan juara III lomba desa akan mendapat uang pembinaan dari panitia.",
    # a contest taken part in, with no rank held after it in its sentence
    "Desa Mekar mengikuti lomba desa tingkat provinsi tahun 2019 bersama 35 desa lain.",
    "Desa Mekar mengikuti lomba desa tingkat provinsi. Desa itu berada di urutan kedua.",
])
def test_contest_ranks_that_are_no_result(sentence: str) -> None:
    assert _scores(f"Lomba Desa\n\n{sentence}") == set()
