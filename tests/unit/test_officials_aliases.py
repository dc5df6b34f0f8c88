"""A nickname that is another official's whole name names that official (officials/aliases.py)."""

from __future__ import annotations

import pytest

from beritanlp.lexicons import Lexicons
from beritanlp.rules.officials import OfficialsTables, extract_officials, officials_tables


@pytest.fixture(scope="module")
def tables() -> OfficialsTables:
    """The packaged tables (the nicknames table gives "Bacharuddin Jusuf Habibie" "BJ Habibie")."""
    return officials_tables(Lexicons())


def _spans(text: str, names: list[str]) -> list[tuple[int, int]]:
    spans = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            spans.append((start, start + len(name)))
            start = text.find(name, start + len(name))
    return sorted(spans)


def _mentions(text: str, found: list[dict]) -> dict[str, list[str]]:
    return {r["name"]: [text[s:e] for s, e in r["mentions"]] for r in found}


def test_nickname_written_as_another_officials_name_keeps_its_mentions(tables):
    # the nickname is another official's whole name (another post: the two stay apart): each
    # "BJ Habibie" is that official's mention, not nobody's
    text = (
        "Judul berita\n\nKetua Otorita Batam BJ Habibie meresmikan jembatan itu pada 1995. "
        "Presiden ke-3 Indonesia, Bacharuddin Jusuf Habibie, wafat kemarin. Warga mengenang "
        "BJ Habibie sebagai insinyur. Menurut warga, BJ Habibie rendah hati."
    )
    persons = _spans(text, ["BJ Habibie", "Bacharuddin Jusuf Habibie"])
    found = extract_officials(text, tables, persons)
    assert _mentions(text, found) == {
        "BJ Habibie": ["BJ Habibie"] * 3,
        "Bacharuddin Jusuf Habibie": ["Bacharuddin Jusuf Habibie"],
    }


def test_nickname_of_the_same_post_still_joins_its_owner(tables):
    # guard: an official found under the nickname with the same post joins the full name first,
    # so no other official claims the alias and its mentions are the full name's
    text = (
        "Judul berita\n\nPresiden Joko Widodo meresmikan jembatan itu. Warga menyambut Presiden "
        "Jokowi dengan meriah. Jokowi lalu pulang."
    )
    found = extract_officials(text, tables, _spans(text, ["Joko Widodo", "Jokowi"]))
    assert _mentions(text, found) == {"Joko Widodo": ["Joko Widodo", "Jokowi", "Jokowi"]}
