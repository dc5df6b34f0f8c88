"""Acronym definitions: tests/data/acronym_cases.jsonl."""

from __future__ import annotations

import pytest

from beritanlp.text.acronyms import (
    find_definitions,
)
from cases import load_cases

CASES = load_cases("acronym_cases.jsonl", required=("text", "expected", "note"))


def test_enough_cases() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES)
def test_acronym_case(case: dict) -> None:
    found = find_definitions(case["text"])
    assert [[d.short, d.long] for d in found] == case["expected"]
    for d in found:
        assert case["text"][d.short_start : d.short_end] == d.short
        assert case["text"][d.long_start : d.long_end] == d.long

