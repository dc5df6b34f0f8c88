"""Points tables and standings: years, points gaps, kept tops, durations and slots.

Sentences are invented for these tests (names, places and numbers made up).
"""

from __future__ import annotations

import pytest

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import find_scores
from beritanlp.rules.scores.metrics import MetricIndex
from beritanlp.rules.scores.model import Metric, is_points_table

METRICS = MetricIndex(load_metric_rules())


def _facts(text: str) -> set[tuple[object, str, str | None]]:
    return {(s.value, s.kind, s.subject) for s in find_scores(text, rules=METRICS)}


def _years_of(text: str) -> set[tuple[object, str, int | None]]:
    return {(s.value, s.kind, s.year) for s in find_scores(text, rules=METRICS)}


# --- M1/M2/S6: a standing of an earlier season keeps its year ----------------------------

def test_meanwhile_does_not_make_a_past_standing_current() -> None:
    text = ("Kabar Liga\n\nMinggu (18/8/2019) Klub Alfa menjuarai Liga Nusantara 2015. "
            "Sementara itu, di musim tersebut Klub Beta finis di posisi ke-9 klasemen akhir.")
    assert (9, "rank", 2015) in _years_of(text)


def test_final_table_reported_in_january_keeps_the_season_year() -> None:
    text = ("Kabar Liga\n\nSelasa (7/1/2020) Kompetisi Liga Nusantara 2019 telah usai. "
            "Saat ini Klub Gamma berada di posisi ke-15 klasemen akhir.")
    assert (15, "rank", 2019) in _years_of(text)


def test_past_year_in_the_sentence_before_is_kept_without_a_now_word() -> None:
    text = ("Kabar Porprov\n\nRabu (11/9/2019) Kota Delta menjadi juara umum Porprov 2017. "
            "Kabupaten Epsilon berada di posisi kedua klasemen sementara dengan 70 emas.")
    assert (2, "rank", 2017) in _years_of(text)


# --- M3: points that measure a gap or a change are no table's total ----------------------

@pytest.mark.parametrize("text", [
    "Kabupaten Sukamaju berada di peringkat kedua penilaian Indeks Inovasi Daerah, dengan dua "
    "poin di bawah Kota Harapan.",
    "Klub Alfa kini di posisi kedua klasemen dengan tiga poin di belakang Klub Beta.",
    "Klub Alfa kini di posisi kedua klasemen dengan tiga poin lebih sedikit dari Klub Beta.",
    "Klub Alfa kini di posisi kedua klasemen dengan 3 poin di belakang Klub Beta.",
    "Klub Alfa berada di posisi kedua klasemen dengan tiga poin dari pemuncak klasemen.",
])
def test_points_gap_is_no_total(text: str) -> None:
    got = _facts(text)
    assert {v for v, k, _ in got if k == "value"} == set()
    assert any(v == 2 and k == "rank" for v, k, _ in got)


def test_points_step_after_a_change_verb_is_no_total() -> None:
    text = ("Skor Indeks Persepsi Korupsi Negeri Alfa naik dengan dua poin menjadi 41 dan "
            "berada di peringkat 80.")
    values = {v for v, k, _ in _facts(text) if k == "value"}
    assert values == {41}


@pytest.mark.parametrize(("text", "points"), [
    ("Klub Alfa berada di posisi kedua klasemen dengan tiga poin.", 3),
    ("Klub Alfa berada di posisi kedua klasemen dengan 30 poin, tiga poin di belakang "
     "Klub Beta.", 30),
    ("Klub Alfa berada di posisi kedua klasemen dengan 30 poin dari 12 laga.", 30),
    ("Klub Alfa berada di posisi kedua klasemen dengan 80 poin lebih.", 80),
])
def test_points_total_beside_a_gap_is_kept(text: str, points: int) -> None:
    assert {v for v, k, _ in _facts(text) if k == "value"} == {points}


# --- S1: a top place kept ('tak tergeser dari puncak') is still the first place ----------

def _ranks(text: str) -> set[object]:
    return {v for v, k, _ in _facts(text) if k == "rank"}


@pytest.mark.parametrize("text", [
    "Kemenangan itu membuat Klub Alfa tak tergeser dari puncak klasemen Liga Nusantara "
    "dengan 40 poin.",
    "Kota Harapan belum tergeser dari puncak klasemen sementara Porprov Jawa Timur.",
    "Kota Harapan tidak tergeser dari puncak klasemen sementara Porprov Jawa Timur.",
])
def test_top_place_not_left_is_held(text: str) -> None:
    assert 1 in _ranks(text)


@pytest.mark.parametrize("text", [
    "Kekalahan itu membuat Klub Alfa tergeser dari puncak klasemen Liga Nusantara.",
    "Klub Alfa kini berjarak tiga poin dari puncak klasemen Liga Nusantara.",
])
def test_top_place_left_or_measured_from_is_no_rank(text: str) -> None:
    assert 1 not in _ranks(text)


# --- S2: 'hingga/sampai' + a duration or a count is no range of ranks --------------------

@pytest.mark.parametrize("text", [
    "Kota Cemara bertahan di posisi pertama hingga tiga tahun berturut-turut dalam penilaian "
    "Adipura.",
    "Kabupaten Sukamaju meraih peringkat pertama sampai tiga kali berturut-turut dalam "
    "penilaian SAKIP.",
    "Dalam penilaian SAKIP, Kabupaten Sukamaju berada di peringkat pertama hingga dua periode.",
])
def test_rank_before_a_duration_is_kept(text: str) -> None:
    assert _ranks(text) == {1}


def test_rank_before_a_second_rank_is_still_no_rank() -> None:
    text = "Kota Alfa berada di posisi pertama hingga ketiga dalam penilaian Adipura."
    assert _ranks(text) == set()


# --- S4: 'tempat ketiga' is a rank only by its table or its points -----------------------

@pytest.mark.parametrize(("text", "slot"), [
    ("Setelah meninjau dua lokasi, Gubernur menuju tempat ketiga, yakni gedung olahraga "
     "tempat kafilah Kota Alfa yang kini memimpin klasemen sementara MTQ bertanding.", 3),
    ("Tempat pertama yang dikunjungi Menteri adalah Pasar Lama, sedangkan klasemen sementara "
     "lomba pasar sehat diumumkan sore ini.", 1),
    ("Raka finis di tempat kedua pada balapan pembuka, sementara di klasemen ia kini "
     "keempat.", 2),
])
def test_slot_far_from_its_table_is_no_rank(text: str, slot: int) -> None:
    assert slot not in _ranks(text)


@pytest.mark.parametrize("text", [
    "Pada klasemen sementara MotoGP, Marini kini berada di tempat kedelapan.",
    "Marini kini berada di tempat kedelapan klasemen sementara MotoGP.",
    "Usai balapan itu, Marini masih duduk di tempat kedelapan dengan torehan 140 angka.",
])
def test_slot_by_its_table_or_points_is_a_rank(text: str) -> None:
    assert 8 in _ranks(text)


def test_slot_after_a_verb_of_following_in_a_table_named_earlier_is_a_rank() -> None:
    text = ("Kini, Marini bertengger di puncak klasemen sementara, sementara Raka mengekor di "
            "tempat kedua.")
    assert 2 in _ranks(text)



# --- S8: one test of a points table -------------------------------------------------------

@pytest.mark.parametrize(("name", "table"), [
    ("klasemen sementara Grup A", True),
    ("Klasemen akhir Liga Nusantara", True),
    ("Adipura", False),
    ("peringkat dunia FIFA", False),
])
def test_points_table_is_told_by_one_helper(name: str, table: bool) -> None:
    assert is_points_table(Metric(name, 0, len(name), None)) is table
