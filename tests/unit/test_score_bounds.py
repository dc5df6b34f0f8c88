"""Score rules that walk runs and lists: the work they do grows linearly with the text.

Each test counts the steps a rule takes (pattern calls) on a long input, so a version that
re-walks a run from every item, or reads every break to the sentence's end, fails here.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import MetricIndex, contests, find_scores, grades, ranked

METRICS = MetricIndex(load_metric_rules())


class _Counting:
    """A compiled pattern whose ``match``/``finditer``/``search`` calls are counted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls = 0
        self.yielded = 0

    def match(self, *args: Any) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.match(*args)

    def search(self, *args: Any) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.search(*args)

    def finditer(self, *args: Any) -> Any:
        self.calls += 1
        for m in self.pattern.finditer(*args):
            self.yielded += 1
            yield m


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


def test_top_group_reads_at_most_n_breaks(monkeypatch: pytest.MonkeyPatch) -> None:
    split = _Counting(ranked.TOP_SPLIT)
    monkeypatch.setattr(ranked, "TOP_SPLIT", split)
    groups = 500
    text = "dua besar yaitu Alfa, " * groups + "."
    assert ranked.top_group_items(text, 0, len(text)) == []
    # the first group reads n breaks, and the matches inside it are skipped
    assert split.yielded <= 3 * 2 + 3
    assert split.calls < groups


def test_grade_short_form_scanned_once_per_form(monkeypatch: pytest.MonkeyPatch) -> None:
    scans: list[str] = []
    real = re.search

    def counted(pattern: Any, string: Any, *args: Any) -> Any:
        if isinstance(pattern, str) and "WTP" in pattern:
            scans.append(pattern)
        return real(pattern, string, *args)

    monkeypatch.setattr(grades.re, "search", counted)
    text = "Dinas Alfa kembali meraih opini Wajar Tanpa Pengecualian (WTP) dari BPK. " * 200
    found = find_scores(text, rules=METRICS)
    monkeypatch.undo()
    assert len(scans) <= 1  # one scan for the text, not one per long form
    assert {(s.value, s.kind) for s in found} == {("WTP", "grade")}
