"""Score extraction: tests/data/scores_cases.jsonl."""

from __future__ import annotations

import pytest

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import MetricIndex, SubjectMention, find_scores
from cases import check_scores, load_cases

METRICS = MetricIndex(load_metric_rules())
CASES = load_cases("scores_cases.jsonl", required=("text", "expected"))



def _places(text: str, names: list[str], kind: str = "place") -> list[SubjectMention]:
    """Mentions a case names ("places", "agencies") as the NER gives them (each occurrence)."""
    out = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            out.append(SubjectMention(name, start, start + len(name), kind))
            start = text.find(name, start + len(name))
    return out


def test_enough_cases() -> None:
    assert len(CASES) >= 50
    assert sum(1 for c in CASES if not c.values[0]["expected"]) >= 15


@pytest.mark.parametrize("case", CASES)
def test_scores_case(case: dict) -> None:
    got = find_scores(case["text"], rules=METRICS, date=case.get("date"),
                      subjects=[*_places(case["text"], case.get("places", ())),
                                *_places(case["text"], case.get("agencies", ()), "agency")])
    check_scores(case, got)

