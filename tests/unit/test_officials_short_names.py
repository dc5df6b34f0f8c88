"""Officials core: a late reader's short name joins the one fuller official holding it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from beritanlp.lexicons import Lexicons
from beritanlp.lexicons.holders import key_words
from beritanlp.rules.officials import extract_officials, officials_tables
from beritanlp.rules.officials.candidates import Candidate
from beritanlp.rules.officials.coreference import Official
from beritanlp.rules.officials.short_names import merge_short_names

# A title written with a scraper's gap, held by the person named next ("Dewi"), and the table's
# holder of the same post under its short form ("Menpar"), named in full in the headline.
TEXT = (
    "Cerita Dewi Anggraeni Menjadi Tersangka\n\nJaksa akhirnya menetapkan Menteri Pariwisata"
    "  , sebagai tersangka kasus dana promosi.,Uang itu diterima Dewi melalui ajudannya. Dana"
    " dipakai untuk kepentingan Menpar."
)


@pytest.fixture(scope="module")
def tables():
    """The packaged tables with an invented holder of both forms of one title."""
    base = officials_tables(Lexicons())
    name = key_words("Dewi Anggraeni")
    rows = tuple(
        (key_words(title), name, "2015-01-05", "") for title in ("Menteri Pariwisata", "Menpar")
    )
    return replace(base, holders=rows)


def _persons(text, *names):
    return [(text.find(n), text.find(n) + len(n)) for n in names]


def test_short_and_full_name_of_one_post_are_one_official(tables):
    found = extract_officials(TEXT, tables, _persons(TEXT, "Dewi "))
    assert [o["name"] for o in found] == ["Dewi Anggraeni"]


def test_another_fuller_official_sharing_the_word_is_kept(tables):
    text = TEXT + " Acara itu juga dihadiri Bupati Sleman Dewi Lestari."
    found = extract_officials(text, tables, _persons(text, "Dewi ", "Dewi Lestari"))
    assert [o["name"] for o in found] == ["Dewi Anggraeni", "Dewi Lestari"]


def _official(name, position, jurisdiction=None, head=None, start=0, former=False):
    words = tuple(key_words(name))
    cand = Candidate(
        start, start + len(name), name, words, position, jurisdiction,
        (position.casefold(), (jurisdiction or "").casefold().replace(" ", "")),
        "regional", (start, start), head=head or position, former=former,
    )
    return Official([cand], set(words))


def _names(groups):
    return sorted(g.name() for g in groups)


def test_same_post_joins():
    groups = [_official("Rudi", "Bupati", "Sleman"), _official("Rudi Hartawan", "Bupati", "Sleman")]
    assert _names(merge_short_names(groups, {})) == ["Rudi Hartawan"]


def test_bare_head_joins():
    groups = [_official("Rudi", "Bupati"), _official("Rudi Hartawan", "Bupati", "Sleman")]
    assert _names(merge_short_names(groups, {})) == ["Rudi Hartawan"]


def test_different_posts_stay_apart():
    groups = [
        _official("Rudi", "Ketua", "DPRD Sleman", head="Ketua"),
        _official("Rudi Hartawan", "Bupati", "Sleman"),
    ]
    assert _names(merge_short_names(groups, {})) == ["Rudi", "Rudi Hartawan"]


def test_a_former_holder_stays_apart_from_the_sitting_one():
    # a father, once regent, and his son, the regent now: one surname, one post, two people
    groups = [
        _official("Hartawan", "Bupati", "Sleman", former=True),
        _official("Rudi Hartawan", "Bupati", "Sleman"),
    ]
    assert _names(merge_short_names(groups, {})) == ["Hartawan", "Rudi Hartawan"]


def test_deputy_is_no_bare_head():
    groups = [
        _official("Rudi", "Wakil Bupati", head="Bupati"),
        _official("Rudi Hartawan", "Bupati", "Sleman"),
    ]
    assert _names(merge_short_names(groups, {})) == ["Rudi", "Rudi Hartawan"]


def test_given_name_of_two_fuller_officials_stays_apart():
    groups = [
        _official("Budi", "Menteri"),
        _official("Budi Harjono", "Menteri Perhubungan", head="Menteri"),
        _official("Budi Laksana", "Menteri Kesehatan", head="Menteri"),
    ]
    assert _names(merge_short_names(groups, {})) == ["Budi", "Budi Harjono", "Budi Laksana"]
