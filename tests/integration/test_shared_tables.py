"""A table given to the pipeline once is the table of every component that reads it.

An agency knowledge base (given with ``load(lexicons=...)``, the agencies component's ``set_kb``
or ``from_disk``) reaches agencies, officials and scores; a place alias added once to the places
component reaches places and officials (jurisdictions). Defaults stay untouched.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language

import beritanlp
from beritanlp.lexicons import Lexicons
from beritanlp.lexicons.agencies import AgencyKB, load_agency_kb
from beritanlp.lexicons.regions import default_gazetteer
from beritanlp.pipeline import blank

#: An agency no packaged table knows, written only by its acronym (so that no fallback pattern
#: of the score rules can find it as a subject on its own).
NEW_AGENCY = {"id": "oln", "name": "Otoritas Lumbung Nusa", "acronyms": ["OLN"], "aliases": [],
              "type": "agency", "level": "national", "parent": None}
KB_TEXT = "Kepala OLN Budi Santoso mengatakan nilai SPI OLN tahun 2023 mencapai 71,4."
#: A city alias no packaged table knows.
ALIAS = {"alias": "Kembangjaya", "code": "32.73", "type": "kota"}
ALIAS_TEXT = "Wali Kota Kembangjaya Ahmad Yani hadir di Kembangjaya."

def _kb() -> AgencyKB:
    return AgencyKB.from_dicts([*load_agency_kb().to_dicts(), NEW_AGENCY])


@pytest.fixture(scope="module")
def with_kb() -> Language:
    """The default pipeline, given the changed knowledge base once."""
    return beritanlp.load(lexicons=Lexicons(agencies=_kb()))


@pytest.fixture(scope="module")
def with_alias() -> Language:
    """The default pipeline, the alias added once to its places component."""
    nlp = beritanlp.load()
    nlp.get_pipe("beritanlp_places").add_aliases([ALIAS])
    return nlp


def _official(doc: spacy.tokens.Doc, name: str) -> dict:
    found = [o for o in doc._.officials if o["name"] == name]
    assert found, doc._.officials
    return found[0]


def test_default_pipeline_knows_neither() -> None:
    doc = beritanlp.load()(KB_TEXT + "\n\n" + ALIAS_TEXT)
    assert "oln" not in [a["id"] for a in doc._.agencies]
    assert [s["subject"] for s in doc._.scores] == [None]
    assert "32.73" not in [p["code"] for p in doc._.places]


def test_kb_reaches_agencies(with_kb: Language) -> None:
    doc = with_kb(KB_TEXT)
    assert [(a["id"], a["acronym"]) for a in doc._.agencies] == [("oln", "OLN")]
    component: Any = with_kb.get_pipe("beritanlp_agencies")
    assert Lexicons.of(with_kb).agencies is component.kb


def test_kb_reaches_scores(with_kb: Language) -> None:
    doc = with_kb(KB_TEXT)
    assert [(s["metric"], s["value"], s["subject"]) for s in doc._.scores] == [
        ("SPI", 71.4, "OLN")
    ]


def test_kb_reaches_officials(with_kb: Language) -> None:
    official = _official(with_kb(KB_TEXT), "Budi Santoso")
    assert (official["position"], official["jurisdiction"]) == ("Kepala", "OLN")


def test_set_kb_replaces_the_pipeline_table() -> None:
    nlp = blank()
    for name in ("beritanlp_agencies", "beritanlp_places", "beritanlp_dates", "beritanlp_scores"):
        nlp.add_pipe(name)
    assert nlp(KB_TEXT)._.agencies == []
    kb = _kb()
    nlp.get_pipe("beritanlp_agencies").set_kb(kb)
    assert Lexicons.of(nlp).agencies is kb
    doc = nlp(KB_TEXT)
    assert [a["id"] for a in doc._.agencies] == ["oln"]
    assert [s["subject"] for s in doc._.scores] == ["OLN"]
    assert "OLN" not in {t for t, _, _ in load_agency_kb().terms()}  # default untouched


def test_kb_from_disk_reaches_scores(tmp_path: Path) -> None:
    nlp = blank()
    for name in ("beritanlp_agencies", "beritanlp_scores"):
        nlp.add_pipe(name)
    nlp.get_pipe("beritanlp_agencies").set_kb(_kb())
    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    assert [s["subject"] for s in loaded(KB_TEXT)._.scores] == ["OLN"]


def test_alias_reaches_places(with_alias: Language) -> None:
    doc = with_alias(ALIAS_TEXT)
    assert [(p["name"], p["code"]) for p in doc._.places] == [("Kembangjaya", "32.73")]
    assert Lexicons.of(with_alias).gazetteer.lookup("Kembangjaya")
    assert not default_gazetteer().lookup("Kembangjaya")  # default untouched


def test_alias_reaches_officials(with_alias: Language) -> None:
    official = _official(with_alias(ALIAS_TEXT), "Ahmad Yani")
    assert (official["position"], official["jurisdiction"]) == ("Wali Kota", "Kembangjaya")


def test_replaced_tables_survive_pickling() -> None:
    import pickle

    nlp = blank()
    component = nlp.add_pipe("beritanlp_agencies")
    component.set_kb(_kb())
    clone = pickle.loads(pickle.dumps(component))
    assert [a["id"] for a in clone(nlp.make_doc(KB_TEXT))._.agencies] == ["oln"]


def test_agencies_rebuild_their_matchers_when_the_table_is_replaced_elsewhere() -> None:
    nlp = blank()
    nlp.add_pipe("beritanlp_agencies")
    assert nlp(KB_TEXT)._.agencies == []
    Lexicons.of(nlp).replace("agencies", _kb())
    assert [a["id"] for a in nlp(KB_TEXT)._.agencies] == ["oln"]


def test_default_tables_are_not_pickled() -> None:
    import pickle

    nlp = blank()
    places: Any = nlp.add_pipe("beritanlp_places")
    _ = places.gazetteer.desa  # the default gazetteer, desa index loaded
    assert len(pickle.dumps(places)) < 10_000  # settings only: defaults load again over there
    places.add_aliases([ALIAS])
    clone = pickle.loads(pickle.dumps(places))
    assert clone.gazetteer.lookup("Kembangjaya")
