"""Score extraction: tests/data/scores_cases.jsonl."""

from __future__ import annotations

import pytest

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import MetricIndex, SubjectMention, find_scores
from cases import load_cases, same_value

METRICS = MetricIndex(load_metric_rules())
CASES = load_cases("scores_cases.jsonl", required=("text", "expected"))



def _places(text: str, names: list[str]) -> list[SubjectMention]:
    """Place mentions a case names ("places"), as the NER would give them (each occurrence)."""
    out = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            out.append(SubjectMention(name, start, start + len(name), "place"))
            start = text.find(name, start + len(name))
    return out


def test_enough_cases() -> None:
    assert len(CASES) >= 50
    assert sum(1 for c in CASES if not c.values[0]["expected"]) >= 15


@pytest.mark.parametrize("case", CASES)
def test_scores_case(case: dict) -> None:
    got = find_scores(case["text"], rules=METRICS, date=case.get("date"),
                      subjects=_places(case["text"], case.get("places", ())))
    for s in got:
        assert case["text"][s.start:s.end] == s.text
    summary = [(s.metric, s.value, s.kind, s.subject, s.year) for s in got]
    assert len(got) == len(case["expected"]), summary
    for s, e in zip(got, case["expected"], strict=True):
        for key, value in e.items():
            assert same_value(value, getattr(s, key)), (key, summary)

