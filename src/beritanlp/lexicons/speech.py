"""Speech verbs: the one table of the words that report speech (``lexicons/data/speech_verbs.txt``).

"kata Budi", "ujarnya", "Budi mengatakan ...": the officials, places and scores rules each read
some of these words (a quote's speaker is no place, no subject of the verb after it, no
antecedent). Each row names its readers in its last column, so each reader's subset is stated
in one place; the forms a reader needs (a set, a regex alternation) are built here from it.
"""

from __future__ import annotations

import re
from functools import cache

from beritanlp.lexicons.words import word_table

#: The readers a row may name (the table's header says what each reads the words for).
READERS: frozenset[str] = frozenset({
    "officials", "officials_lower", "officials_clause", "officials_subject", "officials_epithet",
    "places",
    "places_speaker",
    "scores_speech", "scores_said_at", "scores_said_at_nya", "scores_count", "scores_count_nya",
    "scores_told", "scores_region_speaker",
})
#: A form: one lowercase word.
_FORM = re.compile(r"[a-z]+")


def parse_speech_rows(
    rows: tuple[tuple[str, ...], ...],
) -> tuple[tuple[str, frozenset[str]], ...]:
    """Validate the table's rows: ``(form, readers)`` in file order.

    Raises
    ------
    ValueError
        For a row without exactly two columns, a form that is not one lowercase word, a form
        written twice, or a row naming no reader or an unknown one.
    """
    seen: set[str] = set()
    out: list[tuple[str, frozenset[str]]] = []
    for row in rows:
        if len(row) != 2 or not _FORM.fullmatch(row[0]):
            raise ValueError(f"speech_verbs.txt: bad row {row!r}")
        form, readers = row[0], frozenset(row[1].split())
        if form in seen:
            raise ValueError(f"speech_verbs.txt: {form!r} is written twice")
        if not readers or not readers <= READERS:
            raise ValueError(f"speech_verbs.txt: {form!r} names readers {sorted(readers)}")
        seen.add(form)
        out.append((form, readers))
    return tuple(out)


@cache
def speech_rows() -> tuple[tuple[str, frozenset[str]], ...]:
    """The packaged table's rows, validated: ``(form, readers)`` in file order."""
    return parse_speech_rows(word_table("speech_verbs"))


def speech_words(reader: str) -> frozenset[str]:
    """The forms ``reader`` reads (lowercase).

    Raises
    ------
    KeyError
        For a reader the table does not know.
    """
    if reader not in READERS:
        raise KeyError(f"unknown reader {reader!r}; known: {sorted(READERS)}")
    return frozenset(form for form, readers in speech_rows() if reader in readers)


def speech_alternation(reader: str) -> str:
    """The forms ``reader`` reads as a regex alternation (no group), longest first."""
    return "|".join(re.escape(w) for w in sorted(speech_words(reader), key=lambda w: (-len(w), w)))


__all__ = ["READERS", "parse_speech_rows", "speech_alternation", "speech_rows", "speech_words"]
