"""The shared word tables (lexicons/data): one file per vocabulary, a column per reader."""

from __future__ import annotations

import pytest

from beritanlp.lexicons.words import tagged_words, word_list, word_table

#: Who may read each shared table (its last column).
READERS = {
    "institution_heads": {"agencies", "officials", "scores", "places", "region_offices"},
    "stopwords": {"agencies", "officials", "scores", "name_leads"},
    "months": {"dates", "numbers", "officials", "scores"},
    "days": {"dates", "officials", "agencies", "scores"},
    "event_heads": {"events", "contest_ends", "years", "elections"},
    "description_heads": {"scores"},
    "parties": {"officials", "places", "agencies"},
    "person_roles": {"roles", "kin", "apposed"},
    "thing_heads": {"officials", "streets", "venues", "epithets"},
}


@pytest.mark.parametrize("name", sorted(READERS))
def test_rows_name_known_readers(name: str) -> None:
    rows = word_table(name)
    assert rows
    for row in rows:
        tags = row[-1].split()
        assert tags and set(tags) <= READERS[name], row
        assert row[0] and row[0] == row[0].strip()


def test_months_cover_the_year_for_every_reader() -> None:
    rows = word_table("months")
    assert {row[2] for row in rows} == {"full", "short", "english"}
    for reader in READERS["months"]:
        months = {int(row[1]) for row in rows if reader in row[-1].split()}
        assert months == set(range(1, 13)), reader
    assert all(row[0] == row[0].lower() for row in rows)


def test_the_month_readers_use_the_one_table() -> None:
    from beritanlp.rules.dates import MONTHS as DATE_MONTHS
    from beritanlp.text.numbers import MONTHS as NUMBER_MONTHS

    for reader, months in (("dates", DATE_MONTHS), ("numbers", NUMBER_MONTHS)):
        assert months == {row[0]: int(row[1]) for row in word_table("months")
                          if reader in row[-1].split()}


def test_the_score_rules_read_months_from_cues() -> None:
    from beritanlp.rules.scores.cues import MONTH_NAMES, month_words

    scores = [row for row in word_table("months") if "scores" in row[-1].split()]
    assert set(month_words()) == {row[0] for row in scores}
    assert MONTH_NAMES == tuple(row[0] for row in scores if row[2] == "full")
    assert set(month_words("full", "short")) == {row[0] for row in scores if row[2] != "english"}
    words = month_words()
    assert words.index("juni") < words.index("jun")  # longest first


def test_thing_heads_are_read_by_officials_and_places() -> None:
    from beritanlp.rules.officials.vocab import NAMED_THING_WORDS
    from beritanlp.rules.places.shape import STREET_WORDS, VENUE_WORDS

    assert STREET_WORDS == set(tagged_words("thing_heads", "streets")) <= NAMED_THING_WORDS
    assert set(tagged_words("thing_heads", "venues")) <= VENUE_WORDS
    assert {"kapal", "hotel", "jalan"} <= NAMED_THING_WORDS
    assert all(row[0] == row[0].lower() for row in word_table("thing_heads"))


def test_tagged_words_keep_file_order() -> None:
    heads = tagged_words("institution_heads", "agencies")
    assert heads[:2] == ("Kementerian", "Kemenko")
    assert "Direktorat Jenderal" in heads
    assert "DPRD" not in heads  # an officials and places row only


def test_rank_cues_are_one_list() -> None:
    from beritanlp.rules.scores.cues import RANK_CUE as SCORE_CUE
    from beritanlp.text.numbers import RANK_CUE as NUMBER_CUE

    cues = word_list("rank_cues")
    assert "peringkat" in cues
    for cue in cues:
        assert SCORE_CUE.search(f"meraih {cue} ")
        assert SCORE_CUE.search(f"meraih {cue.upper()}")
    assert all(f"[{c[0].upper()}{c[0]}]{c[1:]}" in NUMBER_CUE for c in cues)


def test_party_board_start_reads_board_then_party() -> None:
    from beritanlp.lexicons.parties import party_board_start

    assert party_board_start("ketua dpc pdip".split()) == 1
    assert party_board_start("ketua dewan pimpinan cabang pdip".split()) == 1
    long_names = "ketua dewan pimpinan cabang dpc partai amanat nasional pan"
    assert party_board_start(long_names.split()) == 1
    assert party_board_start("ketua dpac partai hati nurani rakyat".split()) == 1
    # negatives: no party after the board, the board last, no board at all
    assert party_board_start("ketua dpc".split()) is None
    assert party_board_start("ketua dpc koperasi".split()) is None
    assert party_board_start("ketua umum pkb".split()) is None


def test_party_words_are_one_table_for_officials_and_places() -> None:
    from beritanlp.lexicons.parties import (
        PARTY_BOARDS,
        PARTY_FULL_NAMES,
        PARTY_NAMES,
        PARTY_POST_WORDS,
    )
    from beritanlp.rules.officials.vocab import PARTIES

    assert {"dpac", "dewan pimpinan anak cabang", "dewan pengurus wilayah"} <= PARTY_BOARDS
    assert PARTY_NAMES | PARTY_BOARDS == PARTIES
    assert "ketua" in PARTY_POST_WORDS and not PARTY_POST_WORDS & PARTIES
    # a full name is made of the parties' own words ("pdi perjuangan")
    assert ("pdi", "perjuangan") in PARTY_FULL_NAMES
    assert all(set(full) <= PARTY_NAMES for full in PARTY_FULL_NAMES)


def test_kin_words_are_person_roles_of_the_one_table() -> None:
    from beritanlp.rules.officials.vocab import KIN_WORDS, PERSON_ROLES

    assert {"putra", "cucu", "keponakan"} <= KIN_WORDS < PERSON_ROLES
    assert PERSON_ROLES == {row[0] for row in word_table("person_roles")}
    # negatives: relatives read as relations (RELATION_WORDS) and roles are no kin words here
    assert not {"istri", "menantu", "warga", "bernama"} & KIN_WORDS


def test_not_area_words_are_single_lowercase_words() -> None:
    words = word_list("not_area")
    assert {"barat", "hutan", "alun", "resor"} <= set(words)
    for word in words:  # the area rule compares casefolded letter words
        assert word.isalpha() and word == word.casefold(), word
