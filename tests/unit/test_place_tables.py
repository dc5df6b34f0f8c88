"""The place word tables (lexicons/data): format, no duplicates, no empty fields, known codes."""

from __future__ import annotations

import pytest

from beritanlp.lexicons.regions import NAME_WORD, default_gazetteer, key, packaged_extra
from beritanlp.lexicons.words import packaged_text, word_table

#: Table -> (fewest, most) columns of a row.
TABLES = {
    "countries": (2, 2),
    "geo_features": (2, 3),
    "foreign_places": (3, 3),
    "region_aliases": (2, 2),
    "feature_cues": (2, 2),
}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_rows_have_their_columns_and_no_empty_names(name: str) -> None:
    low, high = TABLES[name]
    rows = word_table(name)
    assert rows
    for row in rows:
        assert low <= len(row) <= high, row
        assert row[0] and NAME_WORD.search(row[0]), row
        if (len(row) > 2 and name != "geo_features") or name in {"region_aliases",
                                                                  "feature_cues"}:
            assert all(col for col in row[1:2]), row
        if name == "geo_features" and len(row) > 2:
            assert row[2] == "common", row
        for alias in (_aliases(name, row) if name in {"countries", "geo_features",
                                                     "foreign_places"} else []):
            assert alias == "" or alias.strip(), row


def _aliases(name: str, row: tuple[str, ...]) -> list[str]:
    """The other-names column of a row: the last, or the second of geo_features."""
    return (row[1] if name == "geo_features" else row[-1]).split(";")


def _names(name: str) -> list[str]:
    names = []
    for row in word_table(name):
        names.append(row[0])
        if name in {"countries", "geo_features", "foreign_places"}:
            names += [a.strip() for a in _aliases(name, row) if a.strip()]
    return names


def test_no_name_repeats_within_or_across_the_world_tables() -> None:
    seen: dict[str, str] = {}
    for table in ("countries", "geo_features", "foreign_places"):
        for name in _names(table):
            assert key(name) not in seen, f"{name!r} in {table} repeats {seen.get(key(name))}"
            seen[key(name)] = f"{name!r} in {table}"


def test_foreign_places_are_cities_or_provinces() -> None:
    assert {row[1] for row in word_table("foreign_places")} == {"kota", "provinsi"}


def test_feature_cues_say_how_the_name_is_kept() -> None:
    assert {row[1] for row in word_table("feature_cues")} == {"inner", "whole", "common"}


def test_region_aliases_point_at_regencies_or_cities_and_are_new_names() -> None:
    gaz = default_gazetteer()
    wilayah = {key(p.name) for p in gaz.by_code.values()}
    for alias, code in word_table("region_aliases"):
        assert gaz.by_code[code].type in {"kabupaten", "kota"}, alias
        assert key(alias) not in wilayah, f"{alias!r} is already a Kemendagri name"


def test_no_country_or_foreign_place_is_also_an_indonesian_region() -> None:
    gaz = default_gazetteer()
    coded = {key(p.name.replace("Kabupaten ", "").replace("Kota ", ""))
             for p in gaz.by_code.values() if p.type in {"provinsi", "kabupaten", "kota"}}
    clashes = {n for n in _names("countries") + _names("foreign_places") if key(n) in coded}
    assert clashes == set()


def test_the_packaged_gazetteer_reads_the_tables() -> None:
    gaz = default_gazetteer()
    extra = packaged_extra()
    assert len(extra["countries"]) == len(word_table("countries"))
    assert [p.type for p in gaz.lookup("Iran")] == ["negara"]
    assert [p.type for p in gaz.lookup("Sarawak")] == ["provinsi"]
    assert [p.code for p in gaz.lookup("Kukar")] == ["64.02"]
    assert gaz.lookup("Merapi")[0].name == "Gunung Merapi"
    assert "as" in gaz.caps_keys and "iran" not in gaz.caps_keys


def test_english_names_of_listed_places_are_their_other_names() -> None:
    gaz = default_gazetteer()
    assert [p.name for p in gaz.lookup("Jerusalem")] == ["Yerusalem"]
    assert [p.name for p in gaz.lookup("Costa Rica")] == ["Kosta Rika"]
    assert [p.name for p in gaz.lookup("Geneva")] == ["Jenewa"]


def _left_out_names() -> tuple[str, ...]:
    """The names of foreign_places.txt's "# left out:" comment lines (the one list of them)."""
    names: list[str] = []
    for line in packaged_text("foreign_places").splitlines():
        if line.startswith("# left out:"):
            listed = line.removeprefix("# left out:").split(" -- ")[0]
            names.extend(n.strip() for n in listed.split(","))
    return tuple(names)


#: Towns abroad whose bare name in Indonesian news is mostly a club, a person or a word: the
#: foreign table leaves them out and says so in its "# left out:" lines, so no bare mention fires.
NOT_BARE_PLACES = _left_out_names()


def test_the_left_out_list_is_read() -> None:
    assert {"Leicester", "Malaga", "Palermo", "Kasai", "Miri"} <= set(NOT_BARE_PLACES)


@pytest.mark.parametrize("name", NOT_BARE_PLACES)
def test_clubs_persons_and_words_are_no_foreign_places(name: str) -> None:
    assert not [p for p in default_gazetteer().lookup(name) if p.code is None], name
