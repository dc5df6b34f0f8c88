"""Officials core: a national title without a name, held by the person a table of holders names."""

from __future__ import annotations

from dataclasses import replace

import pytest

from beritanlp.lexicons import Lexicons
from beritanlp.lexicons.holders import key_words, load_office_holders
from beritanlp.rules.officials import extract_officials, officials_tables

TEXT = "Judul\n\nWarga ingin bertemu Menteri Pariwisata ,di pelabuhan. Esoknya Dewi Anggraeni tiba."


@pytest.fixture(scope="module")
def invented():
    """The packaged tables with an invented holder of an invented title form."""
    tables = officials_tables(Lexicons())
    rows = ((key_words("Menteri Pariwisata"), key_words("Dewi Kartika Anggraeni"), "2015-01-05",
             ""),)
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


def test_a_holder_not_yet_in_office_is_not_read(invented):
    _, tables = invented
    text = TEXT.replace("Esoknya Dewi Anggraeni tiba.", "Esoknya panitia menjemput Dewi Anggraeni.")
    persons = _persons(text, "Dewi Anggraeni")
    assert extract_officials(text, tables, persons, date="2014-06-01") == []
    assert len(extract_officials(text, tables, persons, date="2016-06-01")) == 1


def test_a_holder_long_out_of_office_is_not_read(invented):
    _, tables = invented
    rows = ((key_words("Menteri Pariwisata"), key_words("Dewi Kartika Anggraeni"), "2015-01-05",
             "2016-02-01"),)
    text = TEXT.replace("Esoknya Dewi Anggraeni tiba.", "Esoknya panitia menjemput Dewi Anggraeni.")
    persons = _persons(text, "Dewi Anggraeni")
    ended = replace(tables, holders=rows)
    assert len(extract_officials(text, ended, persons, date="2016-05-01")) == 1  # weeks after
    assert extract_officials(text, ended, persons, date="2019-05-01") == []


def test_packaged_rows_have_titles_and_names():
    holders = load_office_holders()
    assert holders
    assert all(title and name and start for title, name, start, _ in holders)
    assert all(end == "" or start < end for _, _, start, end in holders)
    rows = {(title, name) for title, name, _, _ in holders}
    assert (key_words("Presiden"), key_words("Joko Widodo")) in rows


def test_a_successor_ends_the_grace(invented):
    _, tables = invented
    rows = (
        (key_words("Menteri Pariwisata"), key_words("Dewi Kartika Anggraeni"), "2015-01-05",
         "2016-02-01"),
        (key_words("Menteri Pariwisata"), key_words("Rudi Hartawan"), "2016-03-01", ""),
    )
    text = TEXT.replace("Esoknya Dewi Anggraeni tiba.", "Esoknya panitia menjemput Dewi Anggraeni.")
    persons = _persons(text, "Dewi Anggraeni")
    ended = replace(tables, holders=rows)
    assert len(extract_officials(text, ended, persons, date="2016-02-20")) == 1  # no successor yet
    assert extract_officials(text, ended, persons, date="2016-05-01") == []  # Rudi holds it


ONE_WORD = (
    "Judul\n\nWarga ingin bertemu Menteri Pariwisata ,di pelabuhan. Esoknya panitia menjemput {}."
)


@pytest.fixture(scope="module")
def one_word():
    """The packaged tables with an invented holder known by one word."""
    tables = officials_tables(Lexicons())
    rows = ((key_words("Menteri Pariwisata"), key_words("Sumarsono"), "2015-01-05", ""),)
    return replace(tables, holders=rows)


def test_a_one_word_holder_is_read_alone(one_word):
    text = ONE_WORD.format("Sumarsono")
    found = extract_officials(text, one_word, _persons(text, "Sumarsono"))
    assert [(o["name"], o["position"]) for o in found] == [("Sumarsono", "Menteri Pariwisata")]


def test_a_one_word_holder_another_person_shares_names_nobody(one_word):
    text = ONE_WORD.format("Sumarsono") + " Anaknya, Sumarsono Putra, ikut menjemput."
    lone = text.find("Sumarsono")
    other = text.find("Sumarsono Putra")
    persons = [(lone, lone + len("Sumarsono")), (other, other + len("Sumarsono Putra"))]
    assert extract_officials(text, one_word, persons) == []



SPEAKER = (
    "Judul\n\nWarga ingin bertemu Menteri Pariwisata ,di pelabuhan. "
    '"Dermaga itu selesai lebih cepat," kata Ratna{}.'
)


@pytest.fixture(scope="module")
def speaker():
    """The packaged tables with an invented holder whose first name has five letters."""
    tables = officials_tables(Lexicons())
    rows = ((key_words("Menteri Pariwisata"), key_words("Ratna Kartika Anggraeni"), "2015-01-05",
             ""),)
    return replace(tables, holders=rows)


def test_a_speakers_first_name_names_the_holder(speaker):
    text = SPEAKER.format("")
    found = extract_officials(text, speaker, _persons(text, "Ratna"))
    assert [(o["name"], o["position"]) for o in found] == [("Ratna", "Menteri Pariwisata")]


def test_a_described_speaker_of_the_first_name_names_nobody(speaker):
    # "kata Ratna, seorang pedagang": a bystander of the same first name
    text = SPEAKER.format(", seorang pedagang")
    assert extract_officials(text, speaker, _persons(text, "Ratna")) == []
