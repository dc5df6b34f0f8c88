"""The edition a metric is named with, and the polls whose election's year is no edition."""

from __future__ import annotations

import pytest

from beritanlp.rules.scores.electionpolls import poll_ahead
from beritanlp.rules.scores.model import Metric
from beritanlp.rules.scores.years import metric_editions


def _editions(text: str, name: str, article_year: int | None) -> dict[str, int]:
    """``metric_editions`` of the first mention of ``name`` in ``text``."""
    start = text.index(name)
    return metric_editions(text, [Metric(name, start, start + len(name), None)], article_year)


def test_a_metric_named_with_its_year_has_that_edition() -> None:
    text = "Hasil Indeks Kota Hijau 2023 dirilis pekan ini."
    assert _editions(text, "Indeks Kota Hijau", 2024) == {"Indeks Kota Hijau": 2023}


@pytest.mark.parametrize(("year", "article_year", "edition"), [
    (2018, 2019, 2018),  # a past election: the poll keeps its year
    (2019, 2019, 2019),  # this year's election
    (2020, 2019, None),  # an election to come: the poll is of its own time
    (2020, None, 2020),  # no article year: nothing is read as to come
])
def test_a_poll_about_an_election_to_come_has_no_edition(year: int, article_year: int | None,
                                                         edition: int | None) -> None:
    text = f"Lembaga Kajian Nusa merilis survei Pilgub Sagara Timur {year} kemarin."
    got = _editions(text, "survei Pilgub Sagara Timur", article_year)
    assert got.get("survei Pilgub Sagara Timur") == edition


def test_a_year_aimed_at_is_no_edition() -> None:
    text = "Kementerian Alfa menargetkan nilai IKPA 2025 di atas 95."
    assert _editions(text, "IKPA", 2024) == {}


def test_a_tally_of_an_election_is_no_poll() -> None:
    text = "Partai Alfa menjadi peraih suara terbanyak di Pemilu 2029."
    at = text.index("2029")
    assert not poll_ahead(text, "peraih suara terbanyak", 2029, at, 2024)
    assert poll_ahead(text, "survei elektabilitas", 2029, at, 2024)
