"""Date normalisation: tests/data/date_cases.jsonl."""

from __future__ import annotations

import pytest

from beritanlp.rules.dates import find_dates
from cases import load_cases

CASES = load_cases("date_cases.jsonl", required=("text", "anchor", "expected"))


@pytest.mark.parametrize("case", CASES)
def test_date_cases(case: dict) -> None:
    found = find_dates(case["text"], case["anchor"])
    assert [[d["text"], d["value"]] for d in found] == case["expected"]
    for d in found:
        assert case["text"][d["start"]:d["end"]] == d["text"]


def test_enough_cases() -> None:
    assert len(CASES) >= 30

