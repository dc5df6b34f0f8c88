"""Tokenizer and sentence regression files, each run by one parametrised test."""

import json

import pytest

from beritanlp.pipeline import blank
from conftest import TEST_DATA


def _cases(name):
    with open(TEST_DATA / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def nlp():
    nlp = blank()
    nlp.add_pipe("beritanlp_sentences")
    return nlp


TOKEN_CASES = _cases("tokenizer_cases.jsonl")
SENTENCE_CASES = _cases("sentence_cases.jsonl")


def test_enough_regression_cases():
    assert len(TOKEN_CASES) >= 60


@pytest.mark.parametrize("case", TOKEN_CASES, ids=[c["text"][:40] for c in TOKEN_CASES])
def test_tokenizer(nlp, case):
    assert [t.text for t in nlp.make_doc(case["text"])] == case["tokens"]


@pytest.mark.parametrize("case", SENTENCE_CASES, ids=[c["text"][:40] for c in SENTENCE_CASES])
def test_sentences(nlp, case):
    assert [s.text_with_ws if s.text_with_ws.endswith("\n") else s.text
            for s in nlp(case["text"]).sents] == case["sentences"]


def test_seed_headline_is_its_own_sentence(nlp, shared_data):
    text = (shared_data / "seed" / "spi_pangkalpinang_2024.txt").read_text(encoding="utf-8")
    first = next(iter(nlp(text).sents))
    assert first.text.strip() == text.split("\n\n")[0].strip()
