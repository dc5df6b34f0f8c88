"""Tokenizer and sentence regression files, each run by one parametrised test."""

from __future__ import annotations

import pytest

from beritanlp.pipeline import blank
from cases import load_cases


@pytest.fixture(scope="module")
def nlp():
    nlp = blank()
    nlp.add_pipe("beritanlp_sentences")
    return nlp


TOKEN_CASES = load_cases("tokenizer_cases.jsonl", required=("text", "tokens"))
SENTENCE_CASES = load_cases("sentence_cases.jsonl", required=("text", "sentences"))


def test_enough_regression_cases():
    assert len(TOKEN_CASES) >= 60


@pytest.mark.parametrize("case", TOKEN_CASES)
def test_tokenizer(nlp, case):
    assert [t.text for t in nlp.make_doc(case["text"])] == case["tokens"]


@pytest.mark.parametrize("case", SENTENCE_CASES)
def test_sentences(nlp, case):
    assert [s.text_with_ws if s.text_with_ws.endswith("\n") else s.text
            for s in nlp(case["text"]).sents] == case["sentences"]

