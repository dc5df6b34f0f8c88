"""A holder's name swallowed by an agency span after its bracketed acronym (agencies/filters)."""

from __future__ import annotations

import pytest

from beritanlp.lexicons.agencies import load_agency_kb
from beritanlp.lexicons.regions import default_gazetteer
from beritanlp.rules.agencies import RegionNames, extract_agencies
from beritanlp.rules.agencies.filters import bracket_tail_start

_AGENCY_WORDS = frozenset({"Agung", "Kabupaten", "Garut", "Sleman", "Jabar"})
_REGIONS = frozenset({"Garut", "Sleman", "Jabar"})


def _cut(text: str, span: str, person: str | None = None) -> str | None:
    start = text.index(span)
    persons = []
    if person is not None:
        p = text.index(person)
        persons.append((p, p + len(person)))
    cut = bracket_tail_start(text, start, start + len(span), persons,
                             _AGENCY_WORDS.__contains__, _REGIONS.__contains__)
    return None if cut is None else text[start:cut].rstrip()


@pytest.mark.parametrize(("text", "span", "person", "kept"), [
    # a PERSON starting inside the tail and running past the span
    ("Kepala Badan Pangan Daerah (BPD) Rendra Kusumo hadir.",
     "Badan Pangan Daerah (BPD) Rendra", "Rendra Kusumo", "Badan Pangan Daerah (BPD)"),
    # no PERSON: after a position cue, a name word that runs on past the span
    ("Kepala Badan Arsip Daerah (BAD) Lestiani Purba menjelaskan.",
     "Badan Arsip Daerah (BAD) Lestiani", None, "Badan Arsip Daerah (BAD)"),
])
def test_swallowed_name_is_cut(text: str, span: str, person: str | None, kept: str) -> None:
    assert _cut(text, span, person) == kept


@pytest.mark.parametrize(("text", "span", "person"), [
    # the region stays: the PERSON's first word is a known region
    ("Kepala Dinas Sosial (Dinsos) Kabupaten Garut Wira Santosa hadir.",
     "Dinas Sosial (Dinsos) Kabupaten Garut", "Garut Wira Santosa"),
    # a region word after the bracket, the name after it
    ("Kepala Dinas Sosial (Dinsos) Sleman Wira Santosa hadir.",
     "Dinas Sosial (Dinsos) Sleman", None),
    # no position cue: the words after the bracket are the body's
    ("Rapat di Badan Arsip Daerah (BAD) Lestiani Purba digelar.",
     "Badan Arsip Daerah (BAD) Lestiani", None),
    # the span ends where the capitalised run ends: nothing runs on
    ("Kepala Badan Arsip Daerah (BAD) Lestiani menjelaskan.",
     "Badan Arsip Daerah (BAD) Lestiani", None),
    # a PERSON inside the span that ends with it is no swallowed holder
    ("Kepala Badan Arsip (BA) Wira Santosa hadir.", "Badan Arsip (BA) Wira Santosa",
     "Wira Santosa"),
    # a PERSON (a recogniser's error) starting on an acronym: the body's place, kept
    ("Pameran di Pusat Sains Daerah (PSD) TMII Wahana Ozon dibuka.",
     "Pusat Sains Daerah (PSD) TMII", "TMII Wahana"),
    # no bracket
    ("Kepala Badan Arsip Lestiani Purba hadir.", "Badan Arsip Lestiani", None),
])
def test_nothing_is_cut(text: str, span: str, person: str | None) -> None:
    assert _cut(text, span, person) is None


def test_core_gives_the_name_back_to_the_person() -> None:
    kb = load_agency_kb()
    regions = RegionNames(default_gazetteer())
    text = "Kepala Badan Ketahanan Pangan (BKP) Rendra Kusumo membuka rapat stok gabah."
    person = (text.index("Rendra"), text.index(" membuka"))
    _, records = extract_agencies(text, [], kb, regions=regions, persons=[person])
    assert [(r["name"], r["acronym"]) for r in records] == [("Badan Ketahanan Pangan", "BKP")]
    # with the PERSON on a region word, the body keeps its region
    text = "Kepala Dinas Sosial (Dinsos) Kabupaten Garut Wira Santosa meninjau gudang."
    person = (text.index("Garut"), text.index(" meninjau"))
    _, records = extract_agencies(text, [], kb, regions=regions, persons=[person])
    assert [r["name"] for r in records] == ["Dinas Sosial Kabupaten Garut"]
