"""Officials core: a name a scraper cut beside a title is the holder's form written elsewhere."""

from __future__ import annotations

from dataclasses import replace

import pytest

from beritanlp.lexicons import Lexicons
from beritanlp.lexicons.holders import key_words
from beritanlp.rules.officials import extract_officials, officials_tables

#: An invented holder of an invented title form, in office from 2015.
HOLDER = "Ratna Kartika Anggraeni"
TITLE = "Menteri Pariwisata"

#: The gap before the fragment: the linked first names were dropped.
CUT_BEFORE = (
    "Judul\n\nMenteri Pariwisata , Anggraeni meresmikan dermaga baru di pelabuhan. "
    "Menurut Ratna Kartika, dermaga itu selesai lebih cepat."
)
#: The gap after the fragment: the linked surname was dropped.
CUT_AFTER = (
    "Judul\n\nMenteri Pariwisata Ratna , meresmikan dermaga baru di pelabuhan. "
    "Dermaga itu selesai lebih cepat, kata Anggraeni."
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
    persons = _persons(CUT_BEFORE, "Anggraeni", "Ratna Kartika")
    found = extract_officials(CUT_BEFORE, tables, persons)
    assert _named(found) == [("Ratna Kartika", TITLE)]
    # the fragment stays a mention of the official
    mentions = [CUT_BEFORE[s:e] for s, e in found[0]["mentions"]]
    assert "Anggraeni" in mentions and "Ratna Kartika" in mentions


def test_a_fragment_before_a_gap_takes_the_form_written_elsewhere(tables):
    found = extract_officials(CUT_AFTER, tables, _persons(CUT_AFTER, "Ratna", "Anggraeni"))
    assert _named(found) == [("Anggraeni", TITLE)]


def test_the_longest_form_written_wins(tables):
    text = CUT_BEFORE + " Kartika Anggraeni lalu meninjau pasar ikan."
    persons = _persons(text, "Anggraeni", "Ratna Kartika", "Kartika Anggraeni")
    found = extract_officials(text, tables, persons)
    assert _named(found) == [("Ratna Kartika", TITLE)]  # two words each: the first


def test_without_a_gap_the_name_stays(tables):
    text = CUT_BEFORE.replace("Pariwisata , Anggraeni", "Pariwisata Anggraeni")
    found = extract_officials(text, tables, _persons(text, "Anggraeni", "Ratna Kartika"))
    assert _named(found) == [("Anggraeni", TITLE)]


def test_without_another_form_the_fragment_stays(tables):
    text = CUT_BEFORE.replace("Menurut Ratna Kartika,", "Menurutnya,")
    found = extract_officials(text, tables, _persons(text, "Anggraeni"))
    assert _named(found) == [("Anggraeni", TITLE)]


def test_another_persons_name_is_no_form_of_the_holder(tables):
    text = CUT_BEFORE.replace("Menurut Ratna Kartika,", "Menurut Ratna Lestari,")
    found = extract_officials(text, tables, _persons(text, "Anggraeni", "Ratna Lestari"))
    assert _named(found) == [("Anggraeni", TITLE)]


def test_another_post_is_not_read_in_the_table(tables):
    text = CUT_BEFORE.replace("Menteri Pariwisata", "Kepala Dinas Pariwisata")
    found = extract_officials(text, tables, _persons(text, "Anggraeni", "Ratna Kartika"))
    assert _named(found) == [("Anggraeni", "Kepala Dinas Pariwisata")]


def test_the_table_is_read_only_in_the_holders_window(tables):
    persons = _persons(CUT_BEFORE, "Anggraeni", "Ratna Kartika")
    before = extract_officials(CUT_BEFORE, tables, persons, date="2014-06-01")
    assert _named(before) == [("Anggraeni", TITLE)]
    during = extract_officials(CUT_BEFORE, tables, persons, date="2016-06-01")
    assert _named(during) == [("Ratna Kartika", TITLE)]
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
    persons = _persons(CUT_BEFORE, "Anggraeni", "Ratna Kartika")
    found = extract_officials(CUT_BEFORE, replace(tables, holders=rows), persons)
    assert _named(found) == [("Anggraeni", TITLE)]


def test_the_form_joins_the_official_named_with_it(tables):
    text = "Menteri Pariwisata Ratna Kartika Tinjau Dermaga\n\n" + CUT_BEFORE.split("\n\n", 1)[1]
    persons = _persons(text, "Anggraeni", "Ratna Kartika")
    last = text.rfind("Ratna Kartika")
    persons.append((last, last + len("Ratna Kartika")))
    found = extract_officials(text, tables, sorted(set(persons)))
    assert _named(found) == [("Ratna Kartika", TITLE)]


ONE_WORD = (
    "Ratna Resmikan Dermaga\n\nMenteri Pariwisata , Anggraeni meresmikan dermaga baru. "
    "Dermaga itu selesai lebih cepat, kata Ratna."
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
    persons = [(0, len("Ratna Resmikan")), *_spans(ONE_WORD, "Anggraeni")]
    persons.append((ONE_WORD.rfind("Ratna"), ONE_WORD.rfind("Ratna") + 5))
    found = extract_officials(ONE_WORD, tables, sorted(persons))
    assert _named(found) == [("Ratna", TITLE)]


def test_a_one_word_form_of_another_persons_name_is_not_read(tables):
    text = ONE_WORD.replace("kata Ratna.", "kata Ratna. Ratna Lestari, pemandu wisata, setuju.")
    persons = [(0, len("Ratna Resmikan")), *_spans(text, "Anggraeni", "Ratna Lestari")]
    persons.append((text.find("kata Ratna") + 5, text.find("kata Ratna") + 10))
    found = extract_officials(text, tables, sorted(persons))
    assert ("Anggraeni", TITLE) in _named(found)
    assert ("Ratna", TITLE) not in _named(found)


def test_a_form_another_official_is_named_by_is_not_read(tables):
    # a bare "Menteri" may be any minister; a Kepala Dinas is another post
    for other in ("Menteri Ratna", "Kepala Dinas Pariwisata Ratna"):
        text = CUT_BEFORE.replace("Menurut Ratna Kartika,", f"Menurut {other},")
        found = extract_officials(text, tables, _spans(text, "Anggraeni", "Ratna"))
        assert ("Anggraeni", TITLE) in _named(found)
        assert len(found) == 2


def test_the_one_word_form_of_the_same_person_is_read_twice(tables):
    # the headline's "Ratna" is no other person's name; the speaker's is the holder's
    persons = [*_spans(ONE_WORD, "Ratna"), *_spans(ONE_WORD, "Anggraeni")]
    found = extract_officials(ONE_WORD, tables, sorted(persons))
    assert _named(found) == [("Ratna", TITLE)]


#: Bystanders who share a word with the holder's name: none of them is the official.
BYSTANDERS = (
    # a passer-by named with a description, not a quote's speaker
    ("Menteri Pariwisata , Anggraeni meresmikan dermaga di Kecamatan Ujung. Ratna, seorang "
     "pedagang di dekat dermaga, mengaku senang.", "Anggraeni", "Ratna"),
    # an age in brackets and a description
    ("Menteri Pariwisata , Anggraeni meninjau pelabuhan Sungai Lais. Ratna (45), seorang "
     "penumpang yang sedang antre, mengeluhkan lamanya pelayanan.", "Anggraeni", "Ratna"),
    # another person the official goes with
    ("Menteri Pariwisata , Kartika mendampingi Anggraeni meninjau pos pelayanan mudik di "
     "Pelabuhan Merak, Sabtu malam.", "Kartika", "Anggraeni"),
    # a speaker, but described as someone else
    ("Menteri Pariwisata , Kartika meninjau pos pelayanan mudik di Pelabuhan Merak. Menurut "
     "Anggraeni, salah satu pemudik, antrean kapal lancar.", "Kartika", "Anggraeni"),
    # a driver's name and his job
    ("Menteri Pariwisata , Anggraeni meninjau terminal bus di Kota Solo. Ratna, sopir bus, "
     "mengaku senang terminal diperbaiki.", "Anggraeni", "Ratna"),
)


@pytest.mark.parametrize(("text", "fragment", "bystander"), BYSTANDERS)
def test_a_bystander_of_the_same_name_takes_no_post(tables, text, fragment, bystander):
    persons = sorted({*_spans(text, fragment), *_spans(text, bystander)})
    found = extract_officials(text, tables, persons, date="2019-05-28")
    assert (fragment, TITLE) in _named(found)
    assert (bystander, TITLE) not in _named(found)


def test_a_short_first_name_as_a_speaker_names_nobody(tables):
    # four letters: too often another person's, even as a quote's speaker
    rows = ((key_words(TITLE), key_words("Sari Kartika Anggraeni"), "2015-01-05", ""),)
    text = ("Menteri Pariwisata , Anggraeni meninjau terminal bus. Terminal itu "
            "selesai lebih cepat, kata Sari.")
    persons = _spans(text, "Anggraeni", "Sari")
    found = extract_officials(text, replace(tables, holders=rows), persons)
    assert ("Anggraeni", TITLE) in _named(found)
    assert ("Sari", TITLE) not in _named(found)


def test_a_two_word_fragment_keeps_its_fullest_form(tables):
    # "Kartika Anggraeni" is fuller than the speaker's "Ratna"
    text = ("Menteri Pariwisata , Kartika Anggraeni meresmikan dermaga baru. Dermaga itu "
            "selesai lebih cepat, kata Ratna.")
    found = extract_officials(text, tables, _spans(text, "Kartika Anggraeni", "Ratna"))
    assert _named(found)[0] == ("Kartika Anggraeni", TITLE)
