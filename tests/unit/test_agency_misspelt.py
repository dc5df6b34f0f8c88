"""A sub-unit's name written with one letter wrong joins the body spelt right."""

from __future__ import annotations

import re

import pytest

from beritanlp.rules.agencies.candidates import Candidate
from beritanlp.rules.agencies.misspelt import join_misspelt, one_edit, respell, slip_of
from beritanlp.stemming.plain import plain_word


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("lingkunga", "lingkungan", True),  # a letter dropped
        ("perlengkappan", "perlengkapan", True),  # a letter doubled
        ("kesehatam", "kesehatan", True),  # a letter changed
        ("kesehatan", "kesehatan", False),  # the same word
        ("pertanian", "pertanahan", False),  # two edits
        ("hukum", "humas", False),
    ],
)
def test_one_edit(a: str, b: str, expected: bool) -> None:
    assert one_edit(a, b) is expected
    assert one_edit(b, a) is expected


@pytest.mark.parametrize(
    ("name", "other", "expected"),
    [
        ("Dinas Lingkunga Hidup", "Dinas Lingkungan Hidup", True),
        ("Dinas Lingkungan Hidup", "Dinas Lingkunga Hidup", False),  # spelt right: no slip
        ("Dinas Pertamanan", "Dinas Pertanahan", False),  # two offices, both words plain
        ("Komisi II", "Komisi III", False),  # numerals
        ("Biro Hukum", "Biro Humas", False),  # short words
        ("Dinas Lingkunga Hidup Kota", "Dinas Lingkungan Hidup", False),  # other words
        ("Lingkunga", "Lingkungan", False),  # one word: no name
        # place names are no slips: two villages' bodies one letter apart
        ("Bagian Hukum Setda Sidomulya", "Bagian Hukum Setda Sidomulyo", False),
        ("Bagian Hukum Setda Sidomulyo", "Bagian Hukum Setda Sidomulya", False),
    ],
)
def test_slip_of(name: str, other: str, expected: bool) -> None:
    assert slip_of(name, other, plain_word) is expected


def test_a_place_is_never_a_slip() -> None:
    # "Bandung" is an ordinary word too ("bandung", a pair): a known place all the same
    def place(word: str) -> bool:
        return word == "Bandung"

    assert slip_of("Dinas Sosial Bandong", "Dinas Sosial Bandung", plain_word)
    assert not slip_of("Dinas Sosial Bandong", "Dinas Sosial Bandung", plain_word, place)


def test_the_slip_takes_the_right_key_and_name() -> None:
    text = "Dinas Lingkungan Hidup menolak. Sekretaris Dinas Lingkunga Hidup diam."
    right = Candidate(0, 22, "kb|dlh", True, ("dlh",))
    start = text.index("Dinas Lingkunga Hidup")
    slip = Candidate(start, start + 21, "unit|dinaslingkungahidup", True)
    fixes = join_misspelt(text, [right, slip], plain_word)
    assert slip.key == "kb|dlh"
    assert fixes == {"Dinas Lingkunga Hidup": "Dinas Lingkungan Hidup"}
    records = [{"name": "Dinas Lingkunga Hidup"}]
    respell(records, fixes)
    assert records == [{"name": "Dinas Lingkungan Hidup"}]


def test_a_slip_of_two_bodies_stays() -> None:
    text = "Dinas Pertanahan, Dinas Pertananan dan Dinas Pertamanan."
    names = ("Dinas Pertanahan", "Dinas Pertananan", "Dinas Pertamanan")
    cands = [Candidate(text.index(w), text.index(w) + len(w), f"kb|{n}", True, (str(n),))
             for n, w in enumerate(names)]
    cands[1].key, cands[1].kb_ids = "unit|dinaspertananan", ()
    join_misspelt(text, cands, plain_word)
    # one edit from two bodies of their own: no telling which one is meant
    assert cands[1].key == "unit|dinaspertananan"


def test_the_slip_joins_though_written_more_often() -> None:
    text = "Biro Perlengkapn menolak. Biro Perlengkapn diam. Biro Perlengkapan hadir."
    cands = [Candidate(m.start(), m.end(), "unit|" + m.group().lower().replace(" ", ""), True)
             for m in re.finditer(r"Biro Perlengkap\w+", text)]
    join_misspelt(text, cands, plain_word)
    # "Perlengkapn" is no word: it is the slip, though written more often
    assert [c.key for c in cands] == ["unit|biroperlengkapan"] * 3


def test_two_unknown_spellings_stay_apart() -> None:
    # neither word is an ordinary one: names (of places, of people), never read as slips
    text = "Biro Sukamajuu menolak. Biro Sukamaju diam. Biro Sukamaju hadir."
    cands = [Candidate(m.start(), m.end(), "unit|" + m.group().lower().replace(" ", ""), True)
             for m in re.finditer(r"Biro Sukamaj\w+", text)]
    join_misspelt(text, cands, plain_word)
    assert [c.key for c in cands] == ["unit|birosukamajuu"] + ["unit|birosukamaju"] * 2
