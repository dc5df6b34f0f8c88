"""Regression cases for :mod:`beritanlp.text.numbers` (tests/data/numbers_cases.jsonl)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from beritanlp.text.numbers import find_numbers, parse_number

CASES_FILE = Path(__file__).resolve().parent / "data" / "numbers_cases.jsonl"
CASES = [json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines()
         if line.strip()]


def _same(expected: object, got: object) -> bool:
    if isinstance(expected, float) or isinstance(got, float):
        return (isinstance(expected, int | float) and isinstance(got, int | float)
                and math.isclose(expected, got, rel_tol=0, abs_tol=1e-9))
    return type(expected) is type(got) and expected == got


def _case_id(case: dict) -> str:
    return f"{case['fn']}:{case['text'][:40]}"


def test_enough_cases() -> None:
    assert len(CASES) >= 60


@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
def test_numbers_case(case: dict) -> None:
    if case["fn"] == "parse":
        got = parse_number(case["text"], case.get("context", ""))
        assert _same(case["expected"], got), f"{case['text']!r} -> {got!r}"
        return
    found = find_numbers(case["text"])
    for m in found:
        assert case["text"][m.start:m.end] == m.text
    expected = [e for e in case["expected"] if e.get("kind") != "__absent__"]
    absent = [e["text"] for e in case["expected"] if e.get("kind") == "__absent__"]
    assert [m.text for m in found] == [e["text"] for e in expected]
    for m, e in zip(found, expected, strict=True):
        for key, value in e.items():
            assert _same(value, getattr(m, key)), f"{m.text!r}.{key} = {getattr(m, key)!r}"
    assert not any(m.text == t for m in found for t in absent)


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="int"):
        parse_number(70)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="NoneType"):
        find_numbers(None)  # type: ignore[arg-type]
