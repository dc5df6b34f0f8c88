"""Place extraction: tests/data/place_cases.jsonl."""

from __future__ import annotations

import pytest

from beritanlp.lexicons.positions import load_positions
from beritanlp.lexicons.regions import default_gazetteer
from beritanlp.rules.places import extract_places
from beritanlp.rules.places.blocks import bureau_words
from beritanlp.stemming.plain import plain_word
from beritanlp.text.mojibake import readable
from cases import load_cases

CASES = load_cases("place_cases.jsonl", required=("note", "text", "places"))


@pytest.mark.parametrize("case", CASES)
def test_place_cases(case: dict) -> None:
    records = extract_places(case["text"], default_gazetteer(),
                             bureaus=bureau_words(load_positions()), plain_word=plain_word)
    got = sorted([r["name"], r["type"], r["code"]] for r in records)
    assert got == sorted(case["places"]), case["note"]
    for r in records:
        assert r["mentions"], case["note"]
        assert r["name"] in readable(case["text"])  # the words as written, plain spaces

