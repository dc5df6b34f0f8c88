"""Times and spans a value's sentence counts instead of a year: they date it to no one year.

A grade held "lima kali berturut-turut" or "sudah dua kali" is a streak over several years; a
value left behind "dalam tiga tahun terakhir" is of the span's start, which the text never
names. Neither is the year before the one stated, nor the article's year. Pure: the text and
the value's offsets are passed in.
"""

from __future__ import annotations

import re

from beritanlp.rules.scores.model import Candidate
from beritanlp.text.ordinals import alternation, rank_words

#: A count of times or years: a number ("5") or a number word ("lima", "beberapa").
_COUNT = (rf"(?:\d{{1,2}}|{alternation([*rank_words(0, cardinals=10, lowest=2), 'beberapa'])})")

#: A streak said of a grade or a rank: "lima kali berturut-turut", "3 tahun berturut-turut",
#: "sudah dua kali (meraih)", "sebanyak empat kali" (never "dua kali lipat": a ratio).
_STREAK = re.compile(
    rf"(?<![\w-])(?:{_COUNT}[ \t]+(?:kali|tahun)[ \t]+(?:secara[ \t]+)?berturut(?:-turut)?\b"
    rf"|(?:sudah|telah|sebanyak)[ \t]+{_COUNT}[ \t]+kali\b(?![ \t]+lipat))",
    re.IGNORECASE)

#: How far (characters) from the value a streak is read: its own clause, not the next one's.
STREAK_REACH = 80

#: A span of years counted back to now: "dalam tiga tahun terakhir", "selama 5 tahun
#: terakhir", "dalam kurun waktu dua tahun".
_COUNTED_SPAN = re.compile(
    rf"\b(?:dalam|selama|sepanjang)[ \t]+(?:kurun[ \t]+(?:waktu[ \t]+)?)?{_COUNT}[ \t]+tahun"
    r"(?:[ \t]+(?:terakhir|belakangan(?:[ \t]+ini)?|ini))?\b",
    re.IGNORECASE)


def streak(text: str, c: Candidate) -> bool:
    """Whether ``c``, a grade or a rank, is said to be held several times in a row.

    "Kabupaten X meraih opini WTP lima kali berturut-turut", "sudah dua kali memperoleh
    predikat A": held over several years, of no one year. Only grades and ranks (a value "naik
    dua kali" is no streak), and only a streak within :data:`STREAK_REACH` of the value in its
    sentence.

    Parameters
    ----------
    text : str
        The article.
    c : Candidate
        The score.

    Returns
    -------
    bool
        True when a streak is written near ``c`` in its sentence.
    """
    if c.kind not in ("grade", "rank"):
        return False
    lo = max(c.sentence[0], c.start - STREAK_REACH)
    hi = min(c.sentence[1], c.end + STREAK_REACH)
    return _STREAK.search(text, lo, hi) is not None


def counted_span_before(text: str, c: Candidate) -> bool:
    """Whether ``c``'s sentence counts a span of years before it ("dalam 3 tahun terakhir").

    "dalam tiga tahun terakhir X turun dari 12,1 persen menjadi 7 persen pada 2018": 12,1 is
    of the span's start, not of the year before 2018.

    Parameters
    ----------
    text : str
        The article.
    c : Candidate
        The score.

    Returns
    -------
    bool
        True when such a span is written between the sentence's start and ``c``.
    """
    return _COUNTED_SPAN.search(text, c.sentence[0], c.start) is not None
