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


def test_achiever_run_without_a_verb_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from beritanlp.rules.scores import subjects

    first, word, tail = (_Counting(subjects.ACHIEVER_FIRST), _Counting(subjects.ACHIEVER_NEXT),
                         _Counting(subjects.ACHIEVER_TAIL))
    monkeypatch.setattr(subjects, "ACHIEVER_FIRST", first)
    monkeypatch.setattr(subjects, "ACHIEVER_NEXT", word)
    monkeypatch.setattr(subjects, "ACHIEVER_TAIL", tail)
    words = 2000
    text = ("Dalam Indeks Inovasi Daerah 2021, " + " ".join(f"Kata{i}" for i in range(words))
            + " peringkat 3.")
    assert [(s.value, s.subject) for s in find_scores(text, rules=METRICS)] == [(3, None)]
    assert tail.calls > 0  # the rank's holder was looked for in its sentence
    first.calls = word.calls = tail.calls = 0
    assert list(subjects.achiever_matches(text, 0, len(text))) == []
    # each word of the run is read and tried for a verb once, not once per word before it
    assert word.calls <= words + 5
    assert tail.calls <= words + 5
    assert first.calls <= 5


@pytest.mark.parametrize("text", [
    "Kota Alfa Raya meraih peringkat 3",
    "Kabupaten Beta dan Kota Gama (KG) berhasil menempati posisi 2",
    "Pemkab Delta Berhasil Raih Predikat WBK",
    "Saat Kota Alfa, yang kini menempati peringkat 1, turun",
    "Universitas Alfa & Beta Kota/Bogor naik ke peringkat 4 lalu Gama Delta di posisi 5",
    "Alfa dana Beta masuk zona merah, pukul 05.00 WIB tercatat di kisaran",
    "Alfa Beta Gama Delta tanpa kata kerja, lalu Eta Theta menduduki urutan 2",
    "Tim SMA Alfa Beta 1 Gama dan SMK PGRI 2 Delta meraih juara 1, SMP Eta 12 siswa ikut",
    "SMA Negeri 4 Alfa dan SMP Islam Terpadu Beta Raya 3 Gama berada di peringkat 2",
])
def test_achiever_matches_are_those_of_the_whole_pattern(text: str) -> None:
    from beritanlp.rules.scores import subjects

    for lo, hi in [(0, len(text)), (5, len(text)), (0, len(text) - 8), (11, len(text) - 3)]:
        expected = [(m.start(1), m.end(1), m.end())
                    for m in subjects.ACHIEVER.finditer(text, lo, hi)]
        assert list(subjects.achiever_matches(text, lo, hi)) == expected


class _Scanned:
    """A compiled pattern whose ``search`` calls add up the characters they may read."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls = 0
        self.chars = 0

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        self.calls += 1
        self.chars += max(0, end - pos)
        return self.pattern.search(text, pos, end)


def test_amount_rank_forecast_reads_a_bounded_window(monkeypatch: pytest.MonkeyPatch) -> None:
    # a 100k-character sentence run, one rank by amount every ~50 characters: the forecast
    # look-back of each measure reads its own clause's window, never the sentence up to it
    # (the version that did took seconds on this text)
    from beritanlp.rules.scores import metrics

    counted = []
    for name in ("HOPED", "_FORECAST"):  # the look-back, as named now and before
        pattern = getattr(metrics, name, None)
        if pattern is not None:
            wrapper = _Scanned(pattern)
            monkeypatch.setattr(metrics, name, wrapper)
            counted.append(wrapper)
    unit = "negara pengekspor teh terbesar kedua di dunia dan "
    text = "Judul\n\nNegeri Antah menjadi " + unit * 2000 + "."
    find_scores(text, rules=METRICS)
    calls = sum(c.calls for c in counted)
    chars = sum(c.chars for c in counted)
    assert calls > 0
    assert chars <= 80 * calls
