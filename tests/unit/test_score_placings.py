"""Placings in a race or contest: who finished where (rules.scores.placings, session 26).

Sentences are invented for these tests (names, teams and numbers made up).
"""

from __future__ import annotations

import pytest

from beritanlp.rules.scores.placings import finished_at, finished_bare, placing_holder, placings


def _holder(text: str, rank: str) -> str | None:
    """The holder :func:`placing_holder` reads for the (first) rank word ``rank``."""
    return placing_holder(text, text.index(rank), (0, len(text)))


@pytest.mark.parametrize(("text", "rank", "holder"), [
    ("Rudi Hartono hanya finis di posisi kedelapan.", "kedelapan", "Rudi Hartono"),
    ("Rekan setimnya, Budi Santoso, yang finis ketiga.", "ketiga", "Budi Santoso"),
    ("Dodi Permana yang masih membela Tim Alfa finis di urutan ke-14.", "ke-14", "Dodi Permana"),
    ("Bahkan Rudi finis keempat.", "keempat", "Rudi"),
    # a headline's capitals: the filler before the verb is no part of the name
    ("Rudi Hartono Puas Finis Ke-8", "Ke-8", "Rudi Hartono"),
    # the role word, the country and the team before the racer are no part of the name
    ("Pembalap Indonesia Rudi Hartono finis ke-12.", "ke-12", "Rudi Hartono"),
    ("Pebalap Alfa Racing Budi Santoso finis kelima.", "kelima", "Budi Santoso"),
    ("Alfa Racing finis kelima.", "kelima", "Alfa Racing"),
])
def test_a_placing_is_held_by_the_name_right_before_its_verb(text: str, rank: str,
                                                              holder: str) -> None:
    assert _holder(text, rank) == holder


@pytest.mark.parametrize(("text", "rank"), [
    ("Rudi dan Budi finis di urutan ke-10 dan ke-11.", "ke-10"),
    ("Rudi dan Budi masing-masing finis kedua dan ketiga.", "kedua"),
    ("Setelah finis kedua di Sentul, Rudi kini memimpin.", "kedua"),
    ("Dia finis ketujuh.", "ketujuh"),
])
def test_a_placing_shared_or_unnamed_has_no_holder(text: str, rank: str) -> None:
    assert _holder(text, rank) is None


def test_a_placing_is_a_rank_right_after_a_verb_of_finishing() -> None:
    text = "Setelah finis kedua di Sentul, Rudi kini memimpin dengan 2 kemenangan."
    assert finished_at(text, text.index("kedua"), (0, len(text)))
    assert not finished_at(text, text.index("2 kemenangan"), (0, len(text)))


@pytest.mark.parametrize(("text", "rank", "bare"), [
    ("Rudi finis keempat di seri itu.", "keempat", True),
    ("Rudi finis pertama kali di seri itu.", "pertama", False),
    ("Rudi finis kedua kalinya musim ini.", "kedua", False),
    ("Rudi finis keenam di FP2.", "keenam", False),
])
def test_a_bare_ordinal_after_finishing_is_a_placing_unless_a_count_of_times(
        text: str, rank: str, bare: bool) -> None:
    assert finished_bare(text, text.index(rank), (0, len(text))) is bare


@pytest.mark.parametrize(("event", "name"), [
    ("Pada Kejuaraan Dunia Dayung 2023 di Beta,", "Kejuaraan Dunia Dayung 2023"),
    ("Dalam MotoGP Lembah,", "MotoGP Lembah"),
    ("Dalam Moto3 Lembah,", "Moto3 Lembah"),
    ("Pada Piala Nusa 2022,", "Piala Nusa 2022"),
    ("Dalam Grand Prix Lembah,", "Grand Prix Lembah"),
    ("Dalam Paralimpiade Gama 2021,", "Paralimpiade Gama 2021"),
    ("Pada Asian Games 2018,", "Asian Games 2018"),
    ("Di turnamen Sukamaju Open 2024,", "Sukamaju Open 2024"),
    ("Dalam Formula 1 Lembah,", "Formula 1 Lembah"),
    ("Dalam F1 Lembah,", "F1 Lembah"),
    ("Dalam GP Lembah,", "GP Lembah"),
    ("Dalam Moto2 Lembah,", "Moto2 Lembah"),
    ("Pada Olimpiade Gama 2020,", "Olimpiade Gama 2020"),
    ("Pada Pekan Olahraga Nusa 2022,", "Pekan Olahraga Nusa 2022"),
    ("Pada SEA Games 2019,", "SEA Games 2019"),
    ("Pada Para Games 2022,", "Para Games 2022"),
])
def test_a_placing_takes_the_event_named_before_it(event: str, name: str) -> None:
    text = f"{event} pebalap Rudi Santoso finis di posisi kelima."
    assert [m.name for m in placings(text, [], lambda _: (0, len(text)))] == [name]


def test_a_placing_without_an_event_named_takes_none() -> None:
    for text in ("Pada lomba dayung di Beta, pedayung Rudi Santoso finis di posisi kelima.",
                 "Dalam kejuaraan dunia dayung, Rudi Santoso finis di posisi kelima.",
                 "Pada Sukamaju open 2024, pebalap Rudi Santoso finis di posisi kelima."):
        assert placings(text, [], lambda _, t=text: (0, len(t))) == [], text
