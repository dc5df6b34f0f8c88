"""Officials core: a name a scraper cut beside a title is the holder's form written elsewhere."""

from __future__ import annotations

from dataclasses import replace

import pytest

from beritanlp.lexicons import Lexicons
from beritanlp.lexicons.holders import key_words
from beritanlp.rules.officials import extract_officials, officials_tables

#: An invented holder of an invented title form, in office from 2015.
HOLDER = "Dewi Kartika Anggraeni"
TITLE = "Menteri Pariwisata"

#: The gap before the fragment: the linked first names were dropped.
CUT_BEFORE = (
    "Judul\n\nMenteri Pariwisata , Anggraeni meresmikan dermaga baru di pelabuhan. "
    "Menurut Dewi Kartika, dermaga itu selesai lebih cepat."
)
#: The gap after the fragment: the linked surname was dropped.
CUT_AFTER = (
    "Judul\n\nMenteri Pariwisata Dewi , meresmikan dermaga baru di pelabuhan. "
    "Dermaga itu, kata Anggraeni, selesai lebih cepat."
)


@pytest.fixture(scope="module")
def tables():
    """The packaged tables with the invented holder alone."""
    packaged = officials_tables(Lexicons())
    rows = ((key_words(TITLE), key_words(HOLDER), "2015-01-05", ""),)
    return replace(packaged, holders=rows)


def _persons(text, *names):
    return sorted((text.find(n), text.find(n) + len(n)) for n in names)


def _named(found):
    return [(o["name"], o["position"]) for o in found]


def test_a_fragment_after_a_gap_takes_the_form_written_elsewhere(tables):
    found = extract_officials(CUT_BEFORE, tables, _persons(CUT_BEFORE, "Anggraeni", "Dewi Kartika"))
    assert _named(found) == [("Dewi Kartika", TITLE)]
    # the fragment stays a mention of the official
    mentions = [CUT_BEFORE[s:e] for s, e in found[0]["mentions"]]
    assert "Anggraeni" in mentions and "Dewi Kartika" in mentions


def test_a_fragment_before_a_gap_takes_the_form_written_elsewhere(tables):
    found = extract_officials(CUT_AFTER, tables, _persons(CUT_AFTER, "Dewi", "Anggraeni"))
    assert _named(found) == [("Anggraeni", TITLE)]


def test_the_longest_form_written_wins(tables):
    text = CUT_BEFORE + " Kartika Anggraeni lalu meninjau pasar ikan."
    persons = _persons(text, "Anggraeni", "Dewi Kartika", "Kartika Anggraeni")
    found = extract_officials(text, tables, persons)
    assert _named(found) == [("Dewi Kartika", TITLE)]  # two words each: the first


def test_without_a_gap_the_name_stays(tables):
    text = CUT_BEFORE.replace("Pariwisata , Anggraeni", "Pariwisata Anggraeni")
    found = extract_officials(text, tables, _persons(text, "Anggraeni", "Dewi Kartika"))
    assert _named(found) == [("Anggraeni", TITLE)]


def test_without_another_form_the_fragment_stays(tables):
    text = CUT_BEFORE.replace("Menurut Dewi Kartika,", "Menurutnya,")
    found = extract_officials(text, tables, _persons(text, "Anggraeni"))
    assert _named(found) == [("Anggraeni", TITLE)]


def test_another_persons_name_is_no_form_of_the_holder(tables):
    text = CUT_BEFORE.replace("Menurut Dewi Kartika,", "Menurut Dewi Lestari,")
    found = extract_officials(text, tables, _persons(text, "Anggraeni", "Dewi Lestari"))
    assert _named(found) == [("Anggraeni", TITLE)]


def test_another_post_is_not_read_in_the_table(tables):
    text = CUT_BEFORE.replace("Menteri Pariwisata", "Kepala Dinas Pariwisata")
    found = extract_officials(text, tables, _persons(text, "Anggraeni", "Dewi Kartika"))
    assert _named(found) == [("Anggraeni", "Kepala Dinas Pariwisata")]


def test_the_table_is_read_only_in_the_holders_window(tables):
    persons = _persons(CUT_BEFORE, "Anggraeni", "Dewi Kartika")
    before = extract_officials(CUT_BEFORE, tables, persons, date="2014-06-01")
    assert _named(before) == [("Anggraeni", TITLE)]
    during = extract_officials(CUT_BEFORE, tables, persons, date="2016-06-01")
    assert _named(during) == [("Dewi Kartika", TITLE)]
    ended = replace(tables, holders=((key_words(TITLE), key_words(HOLDER), "2015-01-05",
                                      "2016-02-01"),))
    assert _named(extract_officials(CUT_BEFORE, ended, persons, date="2019-06-01")) == [
        ("Anggraeni", TITLE)
    ]


def test_a_fragment_of_two_holders_names_neither(tables):
    rows = (
        (key_words(TITLE), key_words(HOLDER), "2015-01-05", ""),
        (key_words(TITLE), key_words("Rina Anggraeni Putri"), "2015-01-05", ""),
    )
    found = extract_officials(
        CUT_BEFORE, replace(tables, holders=rows), _persons(CUT_BEFORE, "Anggraeni", "Dewi Kartika")
    )
    assert _named(found) == [("Anggraeni", TITLE)]


def test_the_form_joins_the_official_named_with_it(tables):
    text = "Menteri Pariwisata Dewi Kartika Tinjau Dermaga\n\n" + CUT_BEFORE.split("\n\n", 1)[1]
    persons = _persons(text, "Anggraeni", "Dewi Kartika")
    persons.append((text.rfind("Dewi Kartika"), text.rfind("Dewi Kartika") + len("Dewi Kartika")))
    found = extract_officials(text, tables, sorted(set(persons)))
    assert _named(found) == [("Dewi Kartika", TITLE)]


ONE_WORD = (
    "Dewi Resmikan Dermaga\n\nMenteri Pariwisata , Anggraeni meresmikan dermaga baru. "
    "Dermaga itu selesai lebih cepat, kata Dewi."
)


def _spans(text, *names):
    """Every occurrence of each name (a NER tags each mention)."""
    spans = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            spans.append((start, start + len(name)))
            start = text.find(name, start + len(name))
    return sorted(spans)


def test_a_one_word_form_despite_a_headline_run_on(tables):
    # the headline's title case runs the name on into the verb: no other person's name
    persons = [(0, len("Dewi Resmikan")), *_spans(ONE_WORD, "Anggraeni")]
    persons.append((ONE_WORD.rfind("Dewi"), ONE_WORD.rfind("Dewi") + 4))
    found = extract_officials(ONE_WORD, tables, sorted(persons))
    assert _named(found) == [("Dewi", TITLE)]


def test_a_one_word_form_of_another_persons_name_is_not_read(tables):
    text = ONE_WORD.replace("kata Dewi.", "kata Dewi. Dewi Lestari, pemandu wisata, setuju.")
    persons = [(0, len("Dewi Resmikan")), *_spans(text, "Anggraeni", "Dewi Lestari")]
    persons.append((text.find("kata Dewi") + 5, text.find("kata Dewi") + 9))
    found = extract_officials(text, tables, sorted(persons))
    assert ("Anggraeni", TITLE) in _named(found)
    assert ("Dewi", TITLE) not in _named(found)


def test_a_form_another_official_is_named_by_is_not_read(tables):
    # a bare "Menteri" may be any minister; a Kepala Dinas is another post
    for other in ("Menteri Dewi", "Kepala Dinas Pariwisata Dewi"):
        text = CUT_BEFORE.replace("Menurut Dewi Kartika,", f"Menurut {other},")
        found = extract_officials(text, tables, _spans(text, "Anggraeni", "Dewi"))
        assert ("Anggraeni", TITLE) in _named(found)
        assert len(found) == 2
