"""Review 24d findings on standings: years, points gaps, kept tops, durations and slots.

Sentences are invented for these tests (names, places and numbers made up).
"""

from __future__ import annotations

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import find_scores
from beritanlp.rules.scores.metrics import MetricIndex

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
