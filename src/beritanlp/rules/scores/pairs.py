"""A percentage's change told as "dari X% menjadi Y%", and the stems that name a topic.

Shared by :mod:`carried` (a group's pair after an indicator) and :mod:`surveyed` (a pair a
survey-citing sentence gives a verb's object). Pure: the text's numbers are passed in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from beritanlp.rules.scores.model import between
from beritanlp.text.numbers import NumberMention

#: "dari 6,2% menjadi 8,3%", "dari 5 persen ke 7 persen": the one left (group ``left``), the
#: one reached (group ``reached``).
PERCENT_PAIR = (r"dari[ \t]+(?P<left>\d{1,3}(?:[.,]\d+)?)[ \t]*(?:%|persen\b)[ \t]+"
                r"(?:menjadi|ke)[ \t]+(?P<reached>\d{1,3}(?:[.,]\d+)?)[ \t]*(?:%|persen\b)")


@dataclass(frozen=True)
class Percent:
    """One percentage of a pair: its value, its text as written ("6,2 %") and its span."""

    value: int | float
    text: str
    start: int
    end: int


def pair_numbers(m: re.Match[str], numbers: Sequence[NumberMention],
                 ) -> tuple[Percent, Percent] | None:
    """The two percentages of a :data:`PERCENT_PAIR` match, as the text's numbers read them.

    ``None`` when either is not read as a percentage there (the value text, "6,2 %", and its
    value come from :mod:`beritanlp.text.numbers`).
    """
    found = []
    for g in ("left", "reached"):
        at = between(numbers, m.start(g), m.start(g) + 1)
        if not at or at[0].kind != "percent" or not isinstance(at[0].value, int | float):
            return None
        found.append(Percent(at[0].value, at[0].text, at[0].start, at[0].end))
    return found[0], found[1]


def stem(word: str) -> str:
    """A word's stem for topic matching: its first five letters, casefolded."""
    return word.casefold()[:5]


def word_stems(words: Iterable[str]) -> frozenset[str]:
    """The stems of the content words (longer than three letters) among ``words``."""
    return frozenset(stem(w) for w in words if len(w) > 3)
