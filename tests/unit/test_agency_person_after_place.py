"""A holder's name (the NER's PERSON) after a police sector's or an airport command's place."""

from __future__ import annotations

import pytest

import beritanlp.components.agencies  # noqa: F401  (registers the factory)
from beritanlp.lexicons.regions import default_gazetteer
from beritanlp.pipeline import blank
from beritanlp.rules.agencies.regions import RegionNames, facility_after

REGIONS = RegionNames(default_gazetteer())
NLP = blank()
AGENCIES = NLP.add_pipe("beritanlp_agencies")


def _names(text: str, person: str | None) -> list[str]:
    """The agencies' names with ``person`` (a word run of ``text``) as the NER's PERSON."""
    doc = NLP.make_doc(text)
    if person is not None:
        start = text.index(person)
        doc.ents = [doc.char_span(start, start + len(person), label="PERSON")]
    return [r["name"] for r in AGENCIES(doc)._.agencies]


@pytest.mark.parametrize(("text", "person", "names"), [
    # the sector keeps its compass word before the holder's name
    ("Polsek Cempaka Timur Wisnu mengirim tiga anggota ke pasar.", "Wisnu",
     ["Polsek Cempaka Timur"]),
    ("Polsek Cempaka Barat Laut Wisnu Pratama meninjau pos ronda.", "Wisnu Pratama",
     ["Polsek Cempaka Barat Laut"]),
    # the airport's sector stops where the holder's name starts
    ("Polsek Bandara Wisnu Pratama mengatakan tas itu sudah diperiksa.", "Wisnu Pratama",
     ["Polsek Bandara"]),
    ("Polsek Bandara Kemuning Wisnu Pratama mengatakan tas itu sudah diperiksa.",
     "Wisnu Pratama", ["Polsek Bandara Kemuning"]),
])
def test_a_person_after_the_place_stays_out(text: str, person: str, names: list[str]) -> None:
    assert _names(text, person) == names


@pytest.mark.parametrize(("text", "person", "names"), [
    # no PERSON after the compass word: a capitalised word there may continue the place
    ("Polsek Cempaka Timur Wisnu mengirim tiga anggota ke pasar.", None, ["Polsek Cempaka"]),
    # a PERSON elsewhere in the sentence changes nothing
    ("Polsek Cempaka Timur Raya dan Wisnu Pratama hadir.", "Wisnu Pratama",
     ["Polsek Cempaka"]),
])
def test_without_a_person_there_nothing_changes(
    text: str, person: str | None, names: list[str]
) -> None:
    assert _names(text, person) == names


def test_the_facility_starts_at_its_head_word() -> None:
    text = "Polres  Bandara Kemuning menggelar razia."
    found = facility_after(text, len("Polres"), REGIONS)
    assert found == (text.index(" menggelar"), "Bandara Kemuning")
