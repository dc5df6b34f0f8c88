"""Officials core: a national title without a name, held by the person a table of holders names."""

from __future__ import annotations

from dataclasses import replace

import pytest

from beritanlp.lexicons import Lexicons
from beritanlp.rules.officials import extract_officials, officials_tables
from beritanlp.rules.officials.vocab import KNOWN_HOLDERS, key_words

TEXT = "Judul\n\nWarga ingin bertemu Menteri Pariwisata ,di pelabuhan. Esoknya Dewi Anggraeni tiba."


@pytest.fixture(scope="module")
def invented():
    """The packaged tables with an invented holder of an invented title form."""
    tables = officials_tables(Lexicons())
    rows = ((key_words("Menteri Pariwisata"), key_words("Dewi Kartika Anggraeni")),)
    return tables, replace(tables, holders=rows)


def _persons(text, *names):
    return [(text.find(n), text.find(n) + len(n)) for n in names]


def test_the_table_names_the_holder(invented):
    _, tables = invented
    text = TEXT.replace("Esoknya Dewi Anggraeni tiba.", "Esoknya panitia menjemput Dewi Anggraeni.")
    found = extract_officials(text, tables, _persons(text, "Dewi Anggraeni"))
    assert [(o["name"], o["position"]) for o in found] == [("Dewi Anggraeni", "Menteri Pariwisata")]


def test_without_the_table_nobody_holds_it(invented):
    _, tables = invented
    text = TEXT.replace("Esoknya Dewi Anggraeni tiba.", "Esoknya panitia menjemput Dewi Anggraeni.")
    persons = _persons(text, "Dewi Anggraeni")
    assert extract_officials(text, replace(tables, holders=()), persons) == []


def test_a_first_name_alone_names_nobody(invented):
    _, tables = invented
    text = TEXT.replace("Esoknya Dewi Anggraeni tiba.", "Esoknya panitia menjemput Dewi.")
    assert extract_officials(text, tables, _persons(text, "Dewi")) == []


def test_packaged_rows_have_titles_and_names():
    assert KNOWN_HOLDERS
    assert all(title and name for title, name in KNOWN_HOLDERS)
    assert (key_words("Presiden"), key_words("Joko Widodo")) in KNOWN_HOLDERS
