"""Statistical indicators and survey results as scores: tests/data/indicator_cases.jsonl."""

from __future__ import annotations

import pytest

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import MetricIndex, find_scores
from cases import check_scores, load_cases

METRICS = MetricIndex(load_metric_rules())
CASES = load_cases("indicator_cases.jsonl", required=("text", "expected"))



def test_enough_cases() -> None:
    assert len(CASES) >= 15
    assert sum(1 for c in CASES if not c.values[0]["expected"]) >= 8


@pytest.mark.parametrize("case", CASES)
def test_indicator_case(case: dict) -> None:
    got = find_scores(case["text"], rules=METRICS, date=case.get("date"))
    check_scores(case, got)
