"""Regression cases for :mod:`beritanlp.text.numbers` (tests/data/numbers_cases.jsonl)."""

from __future__ import annotations

import pytest

from beritanlp.text.numbers import find_numbers, parse_number
from cases import load_cases, same_value

CASES = load_cases("numbers_cases.jsonl", required=("fn", "text", "expected"))



def test_enough_cases() -> None:
    assert len(CASES) >= 60


@pytest.mark.parametrize("case", CASES)
def test_numbers_case(case: dict) -> None:
    if case["fn"] == "parse":
        got = parse_number(case["text"], case.get("context", ""))
        assert same_value(case["expected"], got), f"{case['text']!r} -> {got!r}"
        return
    found = find_numbers(case["text"])
    for m in found:
        assert case["text"][m.start:m.end] == m.text
    expected = [e for e in case["expected"] if e.get("kind") != "__absent__"]
    absent = [e["text"] for e in case["expected"] if e.get("kind") == "__absent__"]
    assert [m.text for m in found] == [e["text"] for e in expected]
    for m, e in zip(found, expected, strict=True):
        for key, value in e.items():
            assert same_value(value, getattr(m, key)), f"{m.text!r}.{key} = {getattr(m, key)!r}"
    assert not any(m.text == t for m in found for t in absent)


