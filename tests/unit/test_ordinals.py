"""The one table of rank words (lexicons/data/ordinals.txt) and the alternations built from it."""

from __future__ import annotations

import re

import pytest

from beritanlp.text.numbers import parse_number
from beritanlp.text.ordinals import FORMS, alternation, rank_word_table, rank_words


def test_every_word_is_lowercase_with_a_known_form() -> None:
    table = rank_word_table()
    assert table
    for word, (number, form) in table.items():
        assert word == word.lower() and word.isalpha(), word
        assert form in FORMS and number >= 1, word


def test_ke_ordinals_are_ke_plus_the_number_word() -> None:
    table = rank_word_table()
    cardinals = {number: word for word, (number, form) in table.items() if form == "cardinal"}
    for word, (number, form) in table.items():
        if form == "ke":
            assert word == "ke" + cardinals[number], word


def test_number_words_say_their_number() -> None:
    for word, (number, form) in rank_word_table().items():
        if form == "cardinal":
            spaced = re.sub(r"(?<=.)belas$", " belas", word) if word != "sebelas" else word
            assert parse_number(spaced) == number, word


def test_first_ten_ordinals_and_cardinals() -> None:
    words = rank_words(10, cardinals=10)
    assert words["pertama"] == 1 and words["kesepuluh"] == 10 and words["sepuluh"] == 10
    assert "kesatu" not in words  # only when asked for
    assert "sebelas" not in words
    assert len(words) == 20


@pytest.mark.parametrize(("kwargs", "expected"), [
    ({"ordinals": 3}, {"pertama": 1, "kedua": 2, "ketiga": 3}),
    ({"ordinals": 2, "kesatu": True}, {"pertama": 1, "kesatu": 1, "kedua": 2}),
    ({"ordinals": 4, "lowest": 2}, {"kedua": 2, "ketiga": 3, "keempat": 4}),
    ({"ordinals": 0, "cardinals": 3}, {"satu": 1, "dua": 2, "tiga": 3}),
    ({"ordinals": 0}, {}),
])
def test_rank_words_picks_a_rules_part(kwargs: dict[str, int], expected: dict[str, int]) -> None:
    assert rank_words(**kwargs) == expected


def test_world_ranks_reach_nineteen_in_one_word() -> None:
    words = rank_words(10, cardinals=19)
    assert words["sebelas"] == 11 and words["duabelas"] == 12 and words["sembilanbelas"] == 19
    assert "dua belas" not in words


def test_alternation_is_one_group_longest_first() -> None:
    assert alternation(rank_words(3, cardinals=2)) == "(?:pertama|ketiga|kedua|satu|dua)"
    pattern = re.compile(rf"\bperingkat {alternation(rank_words(10, cardinals=10))}\b", re.I)
    assert pattern.search("Desa Anu di peringkat Kedelapan")
    assert pattern.search("ada di peringkat satu")
    assert not pattern.search("peringkat kesebelas")  # beyond ten
    assert not pattern.search("peringkat satuan")  # a longer word


def test_the_score_rules_read_the_table() -> None:
    from beritanlp.rules.scores.placings import world_rankings
    from beritanlp.rules.scores.ranked import rank_value

    assert rank_value("Kesembilan") == 9 and rank_value("7") == 7 and rank_value("teratas") is None
    text = "Pebulu tangkis muda itu kini pemain ranking tujuhbelas dunia."
    found = world_rankings(text, [], lambda pos: (0, len(text)))
    assert [(m.name, m.start) for m in found] == [("ranking dunia", text.index("tujuhbelas"))]


def test_the_officials_rules_read_the_table() -> None:
    from beritanlp.rules.officials.lists import PLURAL_WORDS
    from beritanlp.rules.officials.vocab import POST_QUALIFIERS

    # counting words before a title: "para", two to ten in numbers and ordinals, never "satu"
    assert {"para", "dua", "sepuluh", "kedua", "kesepuluh"} <= PLURAL_WORDS
    assert not {"satu", "pertama", "kesatu", "sebelas"} & PLURAL_WORDS
    # ordinals after a head stay in the position ("Presiden ketiga", "Wakil Presiden
    # kesebelas": the holders' table has ke-11 ... ke-14); number words do not
    assert {"pertama", "ketiga", "kesepuluh", "kesebelas", "keempatbelas"} <= POST_QUALIFIERS
    assert {"terpilih", "demisioner"} <= POST_QUALIFIERS
    assert not {"kesatu", "tiga", "sebelas"} & POST_QUALIFIERS
