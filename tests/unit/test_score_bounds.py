"""Score rules that walk runs and lists: the work they do grows linearly with the text.

Each test counts the steps a rule takes (pattern calls) on a long input, so a version that
re-walks a run from every item, or reads every break to the sentence's end, fails here.
"""

from __future__ import annotations

import pytest

from beritanlp.rules.scores import contests


def test_contest_run_items_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    reads = {"n": 0}
    real = contests.item_text

    def counted(text: str, start: int, limit: int) -> tuple[int, int]:
        reads["n"] += 1
        return real(text, start, limit)

    monkeypatch.setattr(contests, "item_text", counted)
    items = 600
    text = "Juara I Lomba Pidato SDN 3 Alfa, " * items + "."  # every item a leader too
    contests.contest_results(text, lambda i: (0, len(text)))
    # every leader reads at most ten items: linear, not items * items
    assert reads["n"] <= (items + 1) * 11
    assert reads["n"] < items * items // 10


def test_contest_item_end_copies_no_prefix() -> None:
    text = "x" * 5000 + " Juara I SDN Alfa   , lalu"
    start = text.index("SDN")
    assert contests.item_text(text, start, len(text)) == (start, start + len("SDN Alfa"))


def test_contest_run_still_read() -> None:
    text = "Juara I Lomba Pidato SDN 3 Alfa, Juara II SDIT Beta, Juara III MIN Gama."
    found = contests.contest_results(text, lambda i: (0, len(text)))
    assert [(c.value, c.subjects) for c in found] == [
        ("I", ["SDN 3 Alfa"]), ("II", ["SDIT Beta"]), ("III", ["MIN Gama"])]
