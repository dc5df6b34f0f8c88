"""The words of a text as the officials rules see them (offsets, case, sentence and headline flags).

The tokens are those of the one segmentation of the rule cores
(:func:`beritanlp.text.words.segment`: a word is a run of word characters joined by hyphens,
apostrophes or slashes, every other non-space character is a token of its own), split once per
text and shared with the place rules. This module adds the officials' columns to them: the
dotless casefolded form, capitalisation, the clause-start flags
(:func:`beritanlp.text.sentences.clause_starts`) and the headline flags
(:func:`beritanlp.text.headline.title_case_lines`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import compress, repeat
from operator import and_, eq
from typing import NamedTuple, cast

from beritanlp.rules.officials.vocab import NAME_ABBREVIATIONS
from beritanlp.text.headline import title_case_lines
from beritanlp.text.mojibake import GARBLED_NBSP
from beritanlp.text.sentences import SENTENCE_PUNCT, clause_starts
from beritanlp.text.words import TOKEN, segment

#: A Roman numeral (I to XXXIX), as in "Kodam III" or "Komisi VII".
ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")
_ACRONYM = re.compile(r"[A-Z0-9][A-Za-z0-9&/-]*")


class Tok(NamedTuple):
    """One token.

    Attributes
    ----------
    text
        The token as written.
    start, end
        Character offsets (half-open).
    norm
        Casefolded, without dots.
    is_word
        Begins with a letter, digit or underscore.
    cap
        A word beginning with a capital.
    sent_start
        First token of the text, of a line, after sentence punctuation or after a glued comma.
    title_line
        Inside a line written in title case (a headline).
    """

    text: str
    start: int
    end: int
    norm: str
    is_word: bool
    cap: bool
    sent_start: bool
    title_line: bool


def tokenize(text: str) -> list[Tok]:
    """Split ``text`` into :class:`Tok` tokens, in text order (the tokens of :func:`segment`)."""
    tokens = segment(text)
    words, starts = tokens.texts, tokens.starts
    if not words:
        return []
    # the dotless casefolded form: only the token "." has a dot (word tokens have none)
    norms = list(tokens.lows)
    for i in compress(range(len(words)), map(eq, words, repeat("."))):
        norms[i] = ""
    is_word = tokens.is_word
    caps = list(map(and_, is_word, tokens.uppers))
    sents = clause_starts(words, tokens.gaps)
    titles = [False] * len(words)
    for line_start, line_end in title_case_lines(text):
        lo, hi = bisect_left(starts, line_start), bisect_left(starts, line_end)
        titles[lo:hi] = [True] * (hi - lo)
    # tuple.__new__ on the zipped rows makes the same Tok objects as Tok(*row) without a
    # Python-level __new__ call per token (three times as fast); it checks no arity, so the
    # columns must be Tok's fields, one each (a test checks the rows' length)
    toks = cast("list[Tok]", list(map(
        tuple.__new__, repeat(Tok),
        zip(words, starts, tokens.ends, norms, is_word, caps, sents, titles, strict=True))))
    if MOJIBAKE_SPACE in text:  # checked before scanning: most texts have none
        toks = drop_mojibake_spaces(toks)
    return toks


#: A no-break space a scraper decoded as Mac Roman ("Jenderal¬†Tito"): the rules read it as a
#: space, so a title and a name written with it are read as if it were one. (Not the agencies'
#: squeezed text, :func:`beritanlp.text.mojibake.squeeze_nbsp`: read on it, the rules give other
#: officials in 7 of 3,582 CLICK-ID articles with one, e.g. clause starts after ".¬†" differ.)
MOJIBAKE_SPACE = GARBLED_NBSP


def drop_mojibake_spaces(toks: list[Tok]) -> list[Tok]:
    """The tokens without the two symbol tokens of each :data:`MOJIBAKE_SPACE`."""
    out: list[Tok] = []
    skip = False
    for k, t in enumerate(toks):
        if skip:
            skip = False
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if (
            t.text == MOJIBAKE_SPACE[0]
            and nxt is not None
            and nxt.text == MOJIBAKE_SPACE[1]
            and nxt.start == t.end
        ):
            skip = True
            continue
        out.append(t)
    return out


def is_acronym(word: str) -> bool:
    """Tell whether ``word`` is written like an acronym ("KPK", "DPRD", "RI", "PT")."""
    if not _ACRONYM.fullmatch(word):
        return False
    return sum(ch.isupper() for ch in word) >= 2 or word in {"RI"}


def is_initial(toks: Sequence[Tok], i: int) -> bool:
    """Tell whether token ``i`` is an initial with a dot glued to it ("H." in a name).

    An initial is one capital letter or a given name written short (:data:`NAME_ABBREVIATIONS`:
    "Moh." in "Moh. Lutfi"); either way the name goes on after the dot.
    """
    t = toks[i]
    short = len(t.text) == 1 and t.text.isupper()
    if not short and not (t.text[:1].isupper() and t.text.casefold() in NAME_ABBREVIATIONS):
        return False
    return i + 1 < len(toks) and toks[i + 1].text == "." and toks[i + 1].start == t.end


__all__ = [
    "ROMAN", "SENTENCE_PUNCT", "TOKEN", "Tok", "is_acronym", "is_initial", "title_case_lines",
    "tokenize",
]
