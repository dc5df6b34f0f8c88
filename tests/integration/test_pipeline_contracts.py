"""Components say what they read and write, and the default pipeline satisfies every need."""

from __future__ import annotations

import pytest
from spacy.language import Language

import beritanlp
from beritanlp.pipeline import component_names


@pytest.fixture(scope="module")
def nlp() -> Language:
    return beritanlp.load()


def test_default_pipeline_has_no_analysis_problems(nlp: Language) -> None:
    analysis = nlp.analyze_pipes()
    assert analysis["problems"] == {name: [] for name in nlp.pipe_names}


@pytest.mark.parametrize("name", component_names())
def test_every_component_declares_what_it_writes(nlp: Language, name: str) -> None:
    meta = nlp.get_pipe_meta(name)
    assert meta.assigns, f"{name} declares no assigns"


def test_a_missing_provider_is_reported() -> None:
    # scores read the agencies list: without the agencies component, spaCy names the gap
    nlp = beritanlp.load(exclude=["beritanlp_agencies", "beritanlp_topics"])
    problems = nlp.analyze_pipes()["problems"]
    assert "doc._.agencies" in problems["beritanlp_scores"]
