"""The record's lists and fields are stated once, in beritanlp.schema; every reader follows it."""

from __future__ import annotations

import dataclasses

import pytest

from beritanlp import extensions, facts_eval, frames, schema
from beritanlp.record import Article


def test_record_keys_follow_schema() -> None:
    assert tuple(Article().to_dict()) == schema.RECORD_KEYS


@pytest.mark.parametrize("fact_list", schema.FACT_LISTS, ids=lambda fl: fl.name)
def test_fact_dict_fields_follow_dataclass(fact_list: schema.FactList) -> None:
    declared = tuple(f.name for f in dataclasses.fields(fact_list.type) if f.name != "extra")
    assert tuple(fact_list.type().to_dict()) == declared == fact_list.fields


def test_unknown_keys_are_kept_in_extra_and_written_back() -> None:
    official = schema.Official.from_dict({"name": "A", "confidence": 0.5})
    assert official.extra == {"confidence": 0.5}
    assert official.to_dict() == {"name": "A", "position": None, "jurisdiction": None,
                                  "mentions": [], "confidence": 0.5}


def test_doc_extensions_follow_schema() -> None:
    assert extensions.FACT_LISTS == schema.DOC_FACT_LISTS
    assert "entities" not in schema.DOC_FACT_LISTS


def test_dataframe_columns_follow_schema() -> None:
    expected = {fl.name: [c for c in fl.fields if c != "mentions"]
                for fl in schema.FACT_LISTS if fl.on_doc}
    assert frames.FACT_COLUMNS == expected
    assert [c for c in frames.ARTICLE_COLUMNS if c.startswith("n_")] == [
        f"n_{fl.name}" for fl in schema.FACT_LISTS]


def test_evaluate_facts_scores_the_schema_lists() -> None:
    assert tuple(facts_eval.KINDS) == schema.SCORED_FACT_LISTS


def test_article_round_trip_uses_every_list() -> None:
    data = Article().to_dict()
    for fl in schema.FACT_LISTS:
        data[fl.name] = [fl.type().to_dict()]
    again = Article.from_dict(data).to_dict()
    assert again == data
