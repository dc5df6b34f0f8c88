"""Small word lists shipped as data files (``beritanlp/lexicons/data/<name>.txt``).

One word or phrase per line; ``#`` starts a comment; blank lines are skipped. A list is read
once per process. Names are plain identifiers (``months``, ``institution_heads`` ...); the files
say what each list is for in their header comment.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

_NAME = re.compile(r"[a-z][a-z0-9_]*")


def numbered_entries(text: str, source: str = "<text>") -> list[tuple[int, str]]:
    """Parse a word-list file: ``(line number, entry)`` in file order, comments and blanks dropped.

    Raises
    ------
    ValueError
        When an entry repeats (naming the line), so a merge mistake fails loudly.
    """
    seen: dict[str, int] = {}
    out: list[tuple[int, str]] = []
    for number, raw in enumerate(text.splitlines(), 1):
        entry = raw.split("#", 1)[0].strip()
        if not entry:
            continue
        if entry in seen:
            raise ValueError(f"{source}, line {number}: {entry!r} repeats line {seen[entry]}")
        seen[entry] = number
        out.append((number, entry))
    return out


def parse_word_list(text: str, source: str = "<text>") -> tuple[str, ...]:
    """Parse a word-list file: entries in file order, comments and blank lines dropped.

    Raises
    ------
    ValueError
        When an entry repeats (naming the line), so a merge mistake fails loudly.
    """
    return tuple(entry for _, entry in numbered_entries(text, source))


def split_columns(entry: str) -> tuple[str, ...]:
    """An entry's ``|``-separated columns, stripped: ``"a | 1"`` -> ``("a", "1")``."""
    return tuple(col.strip() for col in entry.split("|"))


def packaged_text(name: str) -> str:
    """The text of the packaged list ``lexicons/data/<name>.txt``.

    Raises
    ------
    ValueError
        For a name that is not a plain identifier.
    FileNotFoundError
        When no such list ships with beritanlp.
    """
    if not _NAME.fullmatch(name):
        raise ValueError(f"not a word-list name: {name!r}")
    resource = files("beritanlp.lexicons").joinpath("data").joinpath(f"{name}.txt")
    if not resource.is_file():
        raise FileNotFoundError(f"beritanlp ships no word list {name!r}")
    return resource.read_text(encoding="utf-8")


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The packaged word list ``name``, in file order.

    Raises
    ------
    ValueError
        For a name that is not a plain identifier or a list that repeats an entry.
    FileNotFoundError
        When no such list ships with beritanlp.
    """
    return parse_word_list(packaged_text(name), f"{name}.txt")


def word_table(name: str) -> tuple[tuple[str, ...], ...]:
    """The packaged list ``name`` read as a table: each entry split into ``|``-separated columns.

    ``"januari | 1 | full | dates numbers"`` becomes ``("januari", "1", "full", "dates numbers")``.
    """
    return tuple(split_columns(entry) for entry in word_list(name))


def tagged_words(name: str, tag: str) -> tuple[str, ...]:
    """First column of the rows of table ``name`` whose last column lists ``tag``, in order.

    Tables shared by several rule cores say in their last column who reads each row
    (``"Kementerian | agencies officials"``).
    """
    return tuple(row[0] for row in word_table(name) if tag in row[-1].split())


__all__ = [
    "numbered_entries",
    "packaged_text",
    "parse_word_list",
    "split_columns",
    "tagged_words",
    "word_list",
    "word_table",
]
