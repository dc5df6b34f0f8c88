"""Word segmentation of raw text with character offsets, kept as columns (spaCy-free).

:class:`Words` splits a text once into words and keeps their texts, start and end offsets,
casefolded forms and capitalisation as parallel lists (columns). Rule cores scan the columns
(cheap) and index the sequence for a :class:`Word` object only where they look closer.

A word is a run of letters, optionally joined by an apostrophe ("Jum'at"): digits, underscores
and punctuation separate words (:data:`LETTERS`). Another pattern may be passed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate
from typing import overload

#: Letters, optionally joined by an apostrophe ("Jum'at", "Ma’ruf").
LETTERS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LETTERS_SPLIT = re.compile(f"({LETTERS.pattern})")


class Word:
    """One word of a :class:`Words` sequence.

    Attributes
    ----------
    text
        The word as written.
    start, end
        Character offsets (half-open).
    low
        ``text.casefold()``.
    cap
        ``text[:1].isupper()``.
    """

    __slots__ = ("cap", "end", "low", "start", "text")

    def __init__(self, text: str, start: int, end: int, low: str, cap: bool) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.low = low
        self.cap = cap

    def __repr__(self) -> str:
        return f"Word({self.text!r}, {self.start}, {self.end})"


class Words(Sequence[Word]):
    """The words of a text, as columns ``texts``, ``starts``, ``ends``, ``lows``, ``caps``.

    Parameters
    ----------
    text
        The text.
    pattern
        What a word is (:data:`LETTERS` by default); it must not contain capturing groups.
    """

    def __init__(self, text: str, pattern: re.Pattern[str] = LETTERS) -> None:
        # Splitting on the word pattern gives [gap, word, gap, word, ..., gap], and running sums
        # of the pieces' lengths give the offsets.
        splitter = (_LETTERS_SPLIT if pattern is LETTERS
                    else re.compile(f"({pattern.pattern})", pattern.flags))
        parts = splitter.split(text)
        self.texts: list[str] = parts[1::2]
        offsets = list(accumulate(map(len, parts)))
        self.starts: list[int] = offsets[0::2][: len(self.texts)]
        self.ends: list[int] = offsets[1::2]
        self.lows: list[str] = list(map(str.casefold, self.texts))
        self.caps: list[bool] = [w[:1].isupper() for w in self.texts]
        self._made: list[Word | None] = [None] * len(self.texts)

    def __len__(self) -> int:
        return len(self.texts)

    @overload
    def __getitem__(self, index: int) -> Word: ...

    @overload
    def __getitem__(self, index: slice) -> list[Word]: ...

    def __getitem__(self, index: int | slice) -> Word | list[Word]:
        if isinstance(index, slice):
            return [self._word(i) for i in range(*index.indices(len(self.texts)))]
        n = len(self.texts)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("word index out of range")
        return self._word(index)

    def _word(self, i: int) -> Word:
        word = self._made[i]
        if word is None:
            word = Word(self.texts[i], self.starts[i], self.ends[i], self.lows[i], self.caps[i])
            self._made[i] = word
        return word


__all__ = ["LETTERS", "Word", "Words"]
