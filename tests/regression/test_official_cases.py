"""Officials: tests/data/official_cases.jsonl."""

from __future__ import annotations

import pytest

from beritanlp.lexicons import Lexicons
from beritanlp.rules.officials import OfficialsTables, extract_officials, officials_tables
from cases import load_cases

CASES = load_cases("official_cases.jsonl", required=("id", "text", "expected"))


@pytest.fixture(scope="module")
def tables() -> OfficialsTables:
    """The packaged tables, as a pipeline with default Lexicons reads them."""
    return officials_tables(Lexicons())


def _triples(records):
    return sorted((r["name"], r["position"], r["jurisdiction"] or "") for r in records)


def _person_spans(text, names):
    """Character spans of every mention of ``names`` (what a NER would give), or None."""
    if names is None:
        return None
    spans = []
    for name in names:
        start = text.find(name)
        assert start >= 0, f"person {name!r} not in the case's text"
        while start >= 0:
            spans.append((start, start + len(name)))
            start = text.find(name, start + len(name))
    return sorted(spans)


@pytest.mark.parametrize("case", CASES)
def test_official_cases(case, tables):
    # "persons": the PERSON spans a NER would give (omitted: no NER, the fallback alone);
    # "date": the article's date (ISO), where a case depends on it (the holders' table)
    persons = _person_spans(case["text"], case.get("persons"))
    found = extract_officials(case["text"], tables, persons, date=case.get("date"))
    expected = [(e["name"], e["position"], e["jurisdiction"] or "") for e in case["expected"]]
    assert _triples(found) == sorted(expected)
    if "mentions" in case:
        assert len(found) == 1
        text = case["text"]
        assert [text[s:e] for s, e in found[0]["mentions"]] == case["mentions"]


def test_enough_cases_with_negatives():
    assert len(CASES) >= 40
    assert sum(1 for c in CASES if not c.values[0]["expected"]) >= 8
