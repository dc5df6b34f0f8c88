"""Agencies component: tests/data/agency_cases.jsonl."""

from __future__ import annotations

import pytest
import spacy

import beritanlp.components.agencies  # noqa: F401  (registers the factory)
from beritanlp.pipeline import blank
from cases import load_cases

CASES = load_cases("agency_cases.jsonl", required=("text", "expected", "note"))


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    pipeline = blank()
    pipeline.add_pipe("beritanlp_agencies")
    return pipeline


@pytest.mark.parametrize("case", CASES)
def test_agency_case(nlp: spacy.language.Language, case: dict) -> None:
    doc = nlp(case["text"])
    got = [{k: r[k] for k in ("name", "acronym", "id")} for r in doc._.agencies]
    assert got == case["expected"]
    for record in doc._.agencies:
        for start, end in record["mentions"]:
            assert 0 <= start < end <= len(doc.text)

