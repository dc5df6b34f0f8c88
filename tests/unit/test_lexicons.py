"""One Lexicons object per pipeline; replaced tables reach derived tables."""

from __future__ import annotations

import pytest

from beritanlp.lexicons import Lexicons
from beritanlp.lexicons.words import parse_word_list, word_list


class _Pipeline:
    """Stands in for a spaCy Language (Lexicons.of only needs a weak-referenceable key)."""


def test_one_lexicons_per_pipeline() -> None:
    nlp, other = _Pipeline(), _Pipeline()
    assert Lexicons.of(nlp) is Lexicons.of(nlp)
    assert Lexicons.of(nlp) is not Lexicons.of(other)
    mine = Lexicons().bind(other)
    assert Lexicons.of(other) is mine


def test_replaced_table_rebuilds_derived_tables() -> None:
    lexicons = Lexicons(titles=("Dr",))
    built: list[object] = []

    def build(titles: object) -> int:
        built.append(titles)
        return len(built)

    assert lexicons.derived("test.count", ("titles",), build) == 1
    assert lexicons.derived("test.count", ("titles",), build) == 1  # cached
    lexicons.replace("titles", ("Prof",))
    assert lexicons.derived("test.count", ("titles",), build) == 2
    assert built == [("Dr",), ("Prof",)]
    assert not lexicons.is_default("titles")


def test_unknown_table_names_are_refused() -> None:
    with pytest.raises(TypeError, match="unknown table"):
        Lexicons(agency=None)
    with pytest.raises(KeyError, match="unknown table"):
        Lexicons().get("agency")


def test_word_list_parsing() -> None:
    assert parse_word_list("# header\nJanuari\n\nFebruari  # second\n") == ("Januari", "Februari")
    with pytest.raises(ValueError, match="line 3"):
        parse_word_list("a\nb\na\n", "x.txt")


def test_word_list_names_are_checked() -> None:
    with pytest.raises(ValueError):
        word_list("../etc")
    with pytest.raises(FileNotFoundError):
        word_list("no_such_list")
