"""Titles trimmed from the start of PERSON spans: tests/data/ner_cleanup_cases.jsonl."""

from __future__ import annotations

import pytest

from beritanlp.lexicons.titles import TitleList, load_titles
from beritanlp.ner.cleanup import trim_title_tokens
from cases import load_cases

CASES = load_cases("ner_cleanup_cases.jsonl", required=("span", "expected"))


@pytest.fixture(scope="module")
def titles() -> TitleList:
    return load_titles()


@pytest.mark.parametrize("case", CASES)
def test_trim_title_tokens_cases(case: dict, titles: TitleList) -> None:
    words = case["span"].split()
    cut = trim_title_tokens(words, titles)
    got = " ".join(words[cut:]) or None
    assert got == case["expected"]
