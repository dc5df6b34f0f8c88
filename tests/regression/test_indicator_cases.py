"""Statistical indicators and survey results as scores: tests/data/indicator_cases.jsonl."""

from __future__ import annotations

import math

import pytest

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import MetricIndex, find_scores
from cases import load_cases

METRICS = MetricIndex(load_metric_rules())
CASES = load_cases("indicator_cases.jsonl", required=("text", "expected"))


def _same(expected: object, got: object) -> bool:
    if isinstance(expected, float) or isinstance(got, float):
        return (isinstance(expected, int | float) and isinstance(got, int | float)
                and math.isclose(expected, got, abs_tol=1e-9))
    return type(expected) is type(got) and expected == got


def test_enough_cases() -> None:
    assert len(CASES) >= 15
    assert sum(1 for c in CASES if not c.values[0]["expected"]) >= 8


@pytest.mark.parametrize("case", CASES)
def test_indicator_case(case: dict) -> None:
    got = find_scores(case["text"], rules=METRICS, date=case.get("date"))
    for s in got:
        assert case["text"][s.start:s.end] == s.text
    summary = [(s.metric, s.value, s.kind, s.subject, s.year) for s in got]
    assert len(got) == len(case["expected"]), summary
    for s, e in zip(got, case["expected"], strict=True):
        for key, value in e.items():
            assert _same(value, getattr(s, key)), (key, summary)
