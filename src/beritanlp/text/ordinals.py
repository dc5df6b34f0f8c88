"""Rank words: the one table of Indonesian ordinal words, and the alternations rules build from it.

A pure module (no spaCy). The table (``lexicons/data/ordinals.txt``) maps each word that can
say a place in an order to its number: "pertama" and the ke- ordinals ("kesatu", "kedua" ...
"kesepuluh"), and the number words news also writes as ranks ("peringkat satu", "ranking
sebelas dunia"). Each rule reads its own part of it:

* :func:`rank_words` picks that part (ordinals up to N, from "kedua" on, with "kesatu", with the
  number words up to M) as word -> number;
* :func:`alternation` writes words as one regex group, longest first.

>>> alternation(rank_words(3, cardinals=2))
'(?:pertama|ketiga|kedua|satu|dua)'
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from beritanlp.lexicons.words import word_table

__all__ = ["FORMS", "alternation", "rank_word_table", "rank_words"]

#: The forms of the table's words: "pertama"; the ke- ordinals; number words read as ranks.
FORMS = ("first", "ke", "cardinal")


@cache
def rank_word_table() -> dict[str, tuple[int, str]]:
    """Every rank word of the packaged table -> (its number, its form), in file order.

    Raises
    ------
    ValueError
        For a row without three columns, a number that is not a positive whole number, or a
        form not in :data:`FORMS`.
    """
    table: dict[str, tuple[int, str]] = {}
    for row in word_table("ordinals"):
        if len(row) != 3 or not row[1].isdigit() or int(row[1]) < 1 or row[2] not in FORMS:
            raise ValueError(f"ordinals.txt: bad row {' | '.join(row)!r}")
        table[row[0]] = (int(row[1]), row[2])
    return table


def rank_words(ordinals: int = 10, *, cardinals: int = 0, kesatu: bool = False,
               lowest: int = 1) -> dict[str, int]:
    """The rank words a rule reads, word -> number, in table order.

    Parameters
    ----------
    ordinals : int
        The ordinal words up to this number: "pertama", "kedua" ... (0: none).
    cardinals : int
        The number words read as ranks up to this number: "satu", "dua" ... (0: none).
    kesatu : bool
        Also "kesatu" beside "pertama" (when 1 is taken).
    lowest : int
        The smallest number taken (2: from "kedua" and "dua" on).

    Returns
    -------
    dict[str, int]
        Each word (lowercase) and the place it says.
    """
    out: dict[str, int] = {}
    for word, (number, form) in rank_word_table().items():
        limit = cardinals if form == "cardinal" else ordinals
        if not lowest <= number <= limit or (word == "kesatu" and not kesatu):
            continue
        out[word] = number
    return out


def alternation(words: Iterable[str]) -> str:
    r"""A non-capturing regex group of ``words``, longest first ("(?:kedua|satu)").

    The words are letters only: none is escaped. A rule that needs the whole word still ends the
    group with ``\b`` or a lookahead of its own.
    """
    return "(?:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) + ")"
