"""A grade an unnamed group holds announcing a list (rules/scores/announced.py)."""

from __future__ import annotations

import re

from beritanlp.rules.scores.announced import announced_grades
from beritanlp.rules.scores.model import Candidate, Metric


def _sentence(text: str, at: int) -> tuple[int, int]:
    start = text.rfind(". ", 0, at)
    end = text.find(".", at)
    return (0 if start < 0 else start + 2, len(text) if end < 0 else end + 1)


def _grades(text: str, grade: str, holders: dict[int, list[str]]) -> list[Candidate]:
    """Each occurrence of ``grade`` as a candidate; the n-th holds ``holders[n]`` if given."""
    out = []
    for n, m in enumerate(re.finditer(grade, text)):
        metric = Metric("opini BPK", m.start() - 6, m.start() - 1, None)
        out.append(Candidate(metric, grade, "grade", None, grade, m.start(), m.end(),
                             _sentence(text, m.start()), holders.get(n)))
    return out


def _announced(text: str, holders: dict[int, list[str]]) -> set[int]:
    return announced_grades(text, _grades(text, "WTP", holders))


def test_group_announcing_a_list() -> None:
    text = "Sejumlah pemkab di Alfa menerima opini WTP. Opini WTP diraih Kota A dan Kota B."
    assert _announced(text, {1: ["Kota A", "Kota B"]}) == {text.index("WTP")}


def test_named_holder_in_the_same_sentence() -> None:
    text = "Kota C menerima opini WTP. Opini WTP juga diraih Kota A dan Kota B."
    assert _announced(text, {0: ["Kota C"], 1: ["Kota A", "Kota B"]}) == set()


def test_named_holder_no_group_word() -> None:
    text = "Pemkab Delta menerima opini WTP. Opini WTP diraih Kota A dan Kota B."
    assert _announced(text, {1: ["Kota A", "Kota B"]}) == set()


def test_list_beyond_reach() -> None:
    filler = " ".join(["Laporan itu dibahas panjang dalam rapat dewan."] * 12)
    text = f"Sejumlah daerah menerima opini WTP. {filler} Opini WTP diraih Kota A dan Kota B."
    assert _announced(text, {1: ["Kota A", "Kota B"]}) == set()


def test_list_of_another_year() -> None:
    text = ("Sejumlah kabupaten menerima opini WTP tahun 2019. Pada 2018, opini WTP diraih "
            "Kota A dan Kota B.")
    assert _announced(text, {1: ["Kota A", "Kota B"]}) == set()


def test_list_of_another_place() -> None:
    text = "Sejumlah kabupaten menerima opini WTP. Di Provinsi Beta, opini WTP diraih Kota A."
    assert _announced(text, {1: ["Kota A"]}) == set()


def test_list_of_another_grade() -> None:
    text = "Sejumlah daerah menerima opini WTP. Opini WDP diraih Kota A dan Kota B."
    assert _announced(text, {}) == set()
