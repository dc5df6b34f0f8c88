"""Statistical indicators and survey results as scores: tests/data/indicator_cases.jsonl."""

from __future__ import annotations

import pytest

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import MetricIndex, find_scores
from cases import load_cases, same_value

METRICS = MetricIndex(load_metric_rules())
CASES = load_cases("indicator_cases.jsonl", required=("text", "expected"))



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
            assert same_value(value, getattr(s, key)), (key, summary)
