"""The office-holders and nicknames tables: read, validated, and tables of the Lexicons."""

from __future__ import annotations

import pytest

from beritanlp.lexicons import Lexicons
from beritanlp.lexicons.holders import (
    key_words,
    load_office_holders,
    load_official_nicknames,
    read_office_holders,
    read_official_nicknames,
)
from beritanlp.rules.officials import officials_tables

HOLDERS = """# invented holders
Menteri Pariwisata; Menpar | Dewi Kartika Anggraeni | 2015-01-05 | 2016-02-01
Kepala Badan Arsip | Rudi Hartawan | 2016-03-01 |
Ketua Dewan Kota | Sumarsono
"""


def test_one_row_per_title_form_in_file_order() -> None:
    rows = read_office_holders(HOLDERS)
    dewi = key_words("Dewi Kartika Anggraeni")
    assert rows == (
        (("menteri", "pariwisata"), dewi, "2015-01-05", "2016-02-01"),
        (("menpar",), dewi, "2015-01-05", "2016-02-01"),
        (("kepala", "badan", "arsip"), ("rudi", "hartawan"), "2016-03-01", ""),
        (("ketua", "dewan", "kota"), ("sumarsono",), "", ""),
    )


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Menpar", "2 to 4 columns"),
        ("Menpar | A B | 2015-01-05 | | x", "2 to 4 columns"),
        ("Menpar; | Dewi Anggraeni", "title form without words"),
        ("Menpar | -- |", "name has no words"),
        ("Menpar | Dewi Anggraeni | 5/1/2015", "no ISO date"),
        ("Menpar | Dewi Anggraeni | 2015-01-05 | 2015-13-01", "no ISO date"),
        ("Menpar | Dewi Anggraeni | 2016-01-05 | 2015-01-05", "before taking it"),
    ],
)
def test_a_bad_holder_row_names_its_line(row: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as err:
        read_office_holders(f"# header\n{row}\n", "mine.txt")
    assert "mine.txt, line 2" in str(err.value)


def test_a_repeated_holder_row_names_both_lines() -> None:
    with pytest.raises(ValueError, match="line 3: .* repeats line 1"):
        read_office_holders("Menpar | Dewi\nMenkes | Budi\nMenpar | Dewi\n")


def test_nicknames_are_read_and_validated() -> None:
    assert read_official_nicknames("Kang Budi | Budi Santoso\n") == (
        (("kang", "budi"), ("budi", "santoso")),
    )
    for row in ("Kang Budi", "Kang Budi | Budi Santoso | x", " | Budi Santoso"):
        with pytest.raises(ValueError, match="line 1"):
            read_official_nicknames(row + "\n")


def test_packaged_tables_are_valid_and_read_from_a_file_too(tmp_path) -> None:
    assert load_office_holders() and load_official_nicknames()
    path = tmp_path / "holders.txt"
    path.write_text(HOLDERS, encoding="utf-8")
    assert load_office_holders(path) == read_office_holders(HOLDERS)
    assert load_office_holders(str(path)) == read_office_holders(HOLDERS)
    path.write_text("Menpar\n", encoding="utf-8")
    with pytest.raises(ValueError, match="holders.txt, line 1"):
        load_office_holders(path)


def test_the_lexicons_tables_reach_the_officials_tables() -> None:
    lexicons = Lexicons()
    assert lexicons.office_holders == load_office_holders()
    assert lexicons.official_nicknames == load_official_nicknames()
    mine = read_office_holders(HOLDERS)
    nicks = read_official_nicknames("Kang Budi | Budi Santoso\n")
    lexicons.replace("office_holders", mine)
    lexicons.replace("official_nicknames", nicks)
    tables = officials_tables(lexicons)
    assert tables.holders is mine and tables.nicknames is nicks
    assert officials_tables(Lexicons(office_holders=())).holders == ()


def test_the_holders_by_title_are_derived_from_the_lexicons_table() -> None:
    # one line's title forms share their holder (one post); a replaced table is read again,
    # and the table is built once per table, not per article
    lexicons = Lexicons()
    lexicons.replace("office_holders", read_office_holders(HOLDERS))
    by_title = officials_tables(lexicons).holders_by_title
    dewi = (key_words("Dewi Kartika Anggraeni"), "2015-01-05")
    assert by_title["menteri pariwisata"] == by_title["menpar"] == frozenset({dewi})
    assert set(by_title) >= {"menteri pariwisata", "menpar", "kepala badan arsip"}
    assert officials_tables(lexicons).holders_by_title is by_title
    lexicons.replace("office_holders", ())
    assert officials_tables(lexicons).holders_by_title == {}


def test_tables_with_other_holders_never_keep_a_stale_index() -> None:
    # dataclasses.replace(tables, holders=...) and tables built by hand derive the index from
    # the holders they are given; the pipeline's index (built once per table) is kept as is
    from dataclasses import replace

    lexicons = Lexicons()
    tables = officials_tables(lexicons)
    assert officials_tables(lexicons).holder_index is tables.holder_index
    dewi = (key_words("Dewi Kartika Anggraeni"), "2015-01-05")
    assert dewi not in tables.holders_by_title.get("menpar", frozenset())
    mine = read_office_holders(HOLDERS)
    swapped = replace(tables, holders=mine)
    assert swapped.holders_by_title["menpar"] == frozenset({dewi})
    assert swapped.index.built_from(mine)
    assert [row[0] for row in swapped.index.dated][:2] == ["menteripariwisata", "menpar"]
    assert replace(swapped, holders=()).holders_by_title == {}
