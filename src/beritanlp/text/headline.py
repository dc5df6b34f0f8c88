"""An article's headline: where it ends, and which lines are written in title case.

An article is one text: the headline, a blank line, then the body (DESIGN.md). The rule cores
ask where the headline ends (:func:`headline_end`, found once per text; the score rules read
only a headline of 400 characters at most, :func:`short_headline_end`) and whether words are
capitalised as in a title-case headline ("Pemkab Bogor Raih Penghargaan"), where capitals name
nothing: :func:`title_case_headline` judges the headline as a whole, :func:`title_case_lines`
every line. Both count capitalised words the same way (:func:`mostly_capitalised`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from beritanlp.text.words import ASCII_WORD

#: How many texts the per-text answers are kept for (the pipeline's rule components see one
#: document after the other).
CACHE_SIZE = 8
#: A word of a line for :func:`title_case_lines`: letters, then word characters, apostrophes
#: and hyphens.
_LINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: Farthest a headline reaches for :func:`short_headline_end`: a first blank line beginning later
#: than this ends no headline.
HEADLINE_REACH = 400
#: Blank lines: line breaks with nothing but spaces, tabs or carriage returns between them
#: ("\n\n", Windows' "\r\n\r\n", "\n \n", "\n\n\n"). A match runs from the first line break
#: to the last, so its end is where the next paragraph begins.
BLANK_LINE = re.compile(r"\n(?:[ \t\r]*\n)+")
#: Share of capitalised words from which a headline is in title case.
HEADLINE_SHARE = 0.7
#: The same for a body line (stricter: a sentence naming officials is capital-heavy too).
LINE_SHARE = 0.85


def first_blank_line(text: str, end: int | None = None) -> re.Match[str] | None:
    """The first :data:`BLANK_LINE` of ``text`` (of ``text[:end]``), ``None`` when there is none.

    Its ``start()`` ends the headline and its ``end()`` begins the body.
    """
    if "\n" not in text:
        return None
    return BLANK_LINE.search(text, 0, len(text) if end is None else end)


def _headline_blank(text: str, end: int | None = None) -> re.Match[str] | None:
    """The blank line after a headline: the first one, when one line comes before it.

    A body given without its headline may still hold blank lines between paragraphs; its
    first paragraphs, several lines, are no headline (as :func:`beritanlp.record.split_title`
    reads a title).
    """
    blank = first_blank_line(text, end)
    if blank is None or text.find("\n", 0, blank.start()) >= 0:
        return None
    return blank


@lru_cache(maxsize=CACHE_SIZE)
def headline_end(text: str) -> int:
    """End of the headline: the offset of the first blank line, 0 when there is none.

    Only a single line before that blank line is a headline; several lines are the body.
    """
    blank = _headline_blank(text)
    return blank.start() if blank else 0


def short_headline_end(text: str, default: int = 0) -> int:
    """End of a headline of :data:`HEADLINE_REACH` characters at most, else ``default``.

    The offset of the first blank line when both its line breaks lie within the first
    :data:`HEADLINE_REACH` characters and one line comes before it; the score rules read a
    text without one as having no headline (``default``: 0, or -1 where "no headline" must
    differ from an empty one).
    """
    blank = _headline_blank(text, HEADLINE_REACH)
    return blank.start() if blank else default


def mostly_capitalised(words: Sequence[str], share: float, least: int) -> bool:
    """Tell whether at least ``least`` words are given and ``share`` of them are capitalised."""
    if len(words) < least:
        return False
    return sum(1 for w in words if w[0].isupper()) >= share * len(words)


@lru_cache(maxsize=CACHE_SIZE)
def title_case_headline(text: str) -> bool:
    """Tell whether the headline capitalises nearly every word (of four words at least).

    All its letter words count; a text without a blank line has no headline.
    """
    end = headline_end(text)
    return mostly_capitalised(ASCII_WORD.findall(text, 0, end), HEADLINE_SHARE, 4)


def in_title_case_headline(text: str, pos: int) -> bool:
    """Tell whether ``pos`` lies in a headline that capitalises nearly every word.

    Body lines are never judged (a sentence naming officials is capital-heavy too).
    """
    return title_case_headline(text) and pos < headline_end(text)


def title_case_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of lines written in title case (headlines: every word capitalised).

    Words of four letters or more count, three at least; a line ending with a full stop is a
    paragraph and is not read.
    """
    spans = []
    pos = 0
    lines = text.split("\n")
    # The article's headline (a first line followed by a blank one) may keep a few small
    # words lowercase ("dari", "hingga") and is still title case.
    headline = len(lines) > 2 and not lines[1].strip()
    for number, line in enumerate(lines):
        if line.rstrip().endswith("."):  # a paragraph (most lines): no need to read its words
            pos += len(line) + 1
            continue
        words = [w for w in _LINE_WORD.findall(line) if len(w) > 3]
        share = HEADLINE_SHARE if number == 0 and headline else LINE_SHARE
        if mostly_capitalised(words, share, 3):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


__all__ = [
    "headline_end", "in_title_case_headline", "mostly_capitalised", "title_case_headline",
    "title_case_lines",
]
