from __future__ import annotations

import json

import pytest

from beritanlp.text.acronyms import (
    find_definitions,
    find_short_mentions,
    is_short_form,
)
from conftest import TEST_DATA

CASES = [
    json.loads(line)
    for line in (TEST_DATA / "acronym_cases.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def test_enough_cases() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=[c["note"] for c in CASES])
def test_acronym_case(case: dict) -> None:
    found = find_definitions(case["text"])
    assert [[d.short, d.long] for d in found] == case["expected"]
    for d in found:
        assert case["text"][d.short_start : d.short_end] == d.short
        assert case["text"][d.long_start : d.long_end] == d.long


def test_short_form_shapes() -> None:
    assert is_short_form("KPK")
    assert is_short_form("Kemendes PDTT")
    assert is_short_form("KemenPAN-RB")
    assert not is_short_form("16/5/2024")
    assert not is_short_form("per kilogram")
    assert not is_short_form("Badan Pusat Statistik")


def test_short_mentions_are_whole_words_and_case_sensitive() -> None:
    text = "KPK dan KPKNL bertemu; kpk tidak dihitung, (KPK) dihitung."
    assert find_short_mentions(text, "KPK") == [(0, 3), (44, 47)]


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError):
        find_definitions(None)  # type: ignore[arg-type]
