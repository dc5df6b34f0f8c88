"""Acronym <-> long-form detection in running text (Schwartz & Hearst 2003, adapted).

Two shapes are recognised::

    Komisi Pemberantasan Korupsi (KPK)        long form, then the short form in parentheses
    KPK (Komisi Pemberantasan Korupsi)        short form, then the long form in parentheses

The long form is found by the Schwartz-Hearst alignment: every letter or digit of the short form
must occur, right to left, in the long form, and its first character must start a word. Indonesian
institutions are often shortened syllabically rather than by initials ("Kemenkeu", "Bappenas",
"Pemdaprov", "Bakohumas"); such mixed-case short forms are accepted when the alignment lands on the
start of at least two words of the long form, which keeps ordinary capitalised words in
parentheses ("(Jakarta)") from being read as acronyms.

Everything here is pure Python on character offsets; the agency and score rules read it.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass

_PAREN = re.compile(r"\(([^()\n]{1,120})\)")
# A long-form window never crosses these characters (sentence ends, quotes, other parentheses).
_WINDOW_STOP = re.compile(r"[.!?;:\"“”()\n]|,(?=\s*[\"“”])")
_WORD = re.compile(r"[^\s]+")
_SHORT_PIECE = re.compile(r"^[A-Z][A-Za-z0-9]*(?:[-/&][A-Za-z0-9]+)*$")


@dataclass(frozen=True)
class AcronymDefinition:
    """An acronym defined in the text.

    Attributes
    ----------
    short, long
        The short form and its long form, as written.
    short_start, short_end, long_start, long_end
        Character offsets (half-open) of both forms in the text.
    """

    short: str
    long: str
    short_start: int
    short_end: int
    long_start: int
    long_end: int


def short_form_chars(short: str) -> str:
    """Return the letters and digits of ``short`` (what the alignment has to find)."""
    return "".join(c for c in short if c.isalnum())


def is_short_form(candidate: str) -> bool:
    """Tell whether ``candidate`` can be a short form.

    One or two space-separated pieces, each starting with a capital letter ("KPK",
    "Kemendes PDTT", "KemenPAN-RB", "ATR/BPN"); 2 to 15 letters and digits in all; not a number;
    a piece with a single capital (a syllabic short form like "Bappenas") may be at most 12
    characters long.
    """
    candidate = candidate.strip()
    pieces = candidate.split()
    if not 1 <= len(pieces) <= 2:
        return False
    chars = short_form_chars(candidate)
    if not 2 <= len(chars) <= 15 or chars.isdigit():
        return False
    for piece in pieces:
        if not _SHORT_PIECE.match(piece):
            return False
    capitals = sum(c.isupper() for c in candidate)
    if capitals < 2 and len(chars) > 12:
        return False
    return True


def _uppercase_count(text: str) -> int:
    return sum(c.isupper() for c in text)


def align_long_form(short: str, window: str) -> int | None:
    """Find where the long form of ``short`` starts at the end of ``window``.

    Parameters
    ----------
    short
        The short form ("KPK", "Kemenkeu").
    window
        Text that ends right before the short form's parenthesis (or the parenthesised text
        itself, for the "KPK (long form)" shape).

    Returns
    -------
    int or None
        Offset in ``window`` where the long form starts, or ``None`` when ``short`` does not
        align with the end of ``window``.
    """
    s = short_form_chars(short).lower()
    text = window.rstrip()
    low = text.lower()
    if not s or not low:
        return None
    best = best_alignment(s, low)
    if best is None:
        return None
    start, full = best
    long_form = text[start:]
    words = long_form.split()
    n_chars = len(s)
    if len(words) < 2 or len(words) > min(n_chars + 5, n_chars * 2):
        return None
    if len(long_form) <= len(short):
        return None
    if _uppercase_count(short) < 2 and not full:
        return None
    return start


#: Function words a short form may skip in its long form ("Disdukcapil" <- "Dinas Kependudukan
#: dan Pencatatan Sipil").
FUNCTION_WORDS: frozenset[str] = frozenset(
    {"dan", "dari", "untuk", "atau", "serta", "di", "ke", "yang", "&"}
)


def best_alignment(s: str, low: str) -> tuple[int, bool] | None:
    """Align ``s`` as a subsequence of ``low`` with its first char at a word start.

    Returns ``(start, full)``. ``full`` alignments touch every content word of ``low[start:]``
    (function words such as "dan" may be skipped), as syllabic short forms do ("Disdukcapil" <-
    "Dinas Kependudukan dan Pencatatan Sipil"); the latest full start wins, else the latest start
    touching the most words. ``None`` if ``s`` does not align.
    """
    if not s:
        return None  # an empty short form aligns nowhere
    first = _first_start(s, low)
    if first is None:
        return None  # no word starts with the short form's first letter: nothing to align
    word_of, words = _word_index(low)
    content = [w.strip(",.") not in FUNCTION_WORDS for w in words]
    gains = [1 if not ch.isspace() and content[word_of[i]] else 0 for i, ch in enumerate(low)]
    table = _alignment_table(s, low, word_of, gains, first)
    return _best_start(s, low, word_of, content, gains, table, first)


_IMPOSSIBLE = -(10**6)


def _first_start(s: str, low: str) -> int | None:
    """The first position of ``low`` where an alignment of ``s`` may start (None: none).

    A start is ``s``'s first character at a word start (no letter or digit before it).
    """
    li = low.find(s[0])
    while li > 0 and low[li - 1].isalnum():
        li = low.find(s[0], li + 1)
    return None if li < 0 else li


def _word_index(low: str) -> tuple[list[int], list[str]]:
    """The word number of each character (spaces: the word before) and the words."""
    word_of = [0] * len(low)
    words: list[str] = []
    current = -1
    for i, ch in enumerate(low):
        if not ch.isspace() and (i == 0 or low[i - 1].isspace()):
            current += 1
            words.append("")
        if not ch.isspace():
            words[current] += ch
        word_of[i] = current
    return word_of, words


def _alignment_table(
    s: str, low: str, word_of: list[int], gains: list[int], first: int = 0
) -> tuple[list[int], list[int]]:
    """Row ``si = 1`` of the alignment table ``f[si][li][flag]`` (dynamic programming).

    ``f[si][li][flag]`` is the most content words touched when matching ``s[si:]`` within
    ``low[li:]`` (:data:`_IMPOSSIBLE` when it is no subsequence there); ``flag``: a char of the
    word containing ``li`` was already matched. Returned as two columns, ``flag`` 0 and 1.
    Rows are filled right to left from ``si = len(s)`` down, each from the one below it (one
    row kept); an entry depends only on entries at ``li`` or later, and only those after
    ``first`` (the first possible start) are read, so the columns before it stay unfilled.
    """
    n, m = len(s), len(low)
    # same_next[li]: the character after li is in li's word
    same_next = [li + 1 < m and word_of[li + 1] == word_of[li] and not low[li].isspace()
                 for li in range(m)]
    below0, below1 = [0] * (m + 1), [0] * (m + 1)  # row n: all of s matched
    for si in range(n - 1, 0, -1):
        char = s[si]
        row0, row1 = [_IMPOSSIBLE] * (m + 1), [_IMPOSSIBLE] * (m + 1)
        for li in range(m - 1, first - 1, -1):
            if same_next[li]:
                best0, best1 = row0[li + 1], row1[li + 1]
                rest = below1[li + 1] if low[li] == char else _IMPOSSIBLE
            else:
                best0 = best1 = row0[li + 1]
                rest = below0[li + 1] if low[li] == char else _IMPOSSIBLE
            if rest > _IMPOSSIBLE:
                best0 = max(best0, rest + gains[li])
                best1 = max(best1, rest)
            row0[li], row1[li] = best0, best1
        below0, below1 = row0, row1
    return below0, below1


def _best_start(
    s: str, low: str, word_of: list[int], content: list[bool], gains: list[int],
    f: tuple[list[int], list[int]], first: int = 0,
) -> tuple[int, bool] | None:
    """The latest start of a full alignment, else the latest one touching the most words.

    ``f`` is row 1 of the alignment table (:func:`_alignment_table`); no start lies before
    ``first``.
    """
    n, m = len(s), len(low)
    latest_full: int | None = None
    best_partial: tuple[int, int] | None = None
    for li in range(first, m):
        if low[li] != s[0] or (li > 0 and low[li - 1].isalnum()):
            continue
        same_next = li + 1 < m and word_of[li + 1] == word_of[li]
        rest = f[1 if same_next else 0][li + 1] if n > 1 else 0
        if rest <= _IMPOSSIBLE:
            continue
        score = rest + gains[li]
        if score >= sum(content[word_of[li] :]):
            latest_full = li
        elif best_partial is None or score >= best_partial[1]:
            best_partial = (li, score)
    if latest_full is not None:
        return latest_full, True
    if best_partial is not None:
        return best_partial[0], False
    return None


def _window_before(text: str, end: int, max_words: int) -> tuple[int, str]:
    """Return ``(offset, text)`` of at most ``max_words`` words before ``end`` in one clause.

    Only the text just before ``end`` is scanned (a growing look-back), so calling this once per
    parenthesis stays linear in the length of the text.
    """
    start = _clause_start(text, end)
    # The last ``max_words`` words lie in a short tail unless the words are very long: try one
    # first. A word cut by the tail's edge can only be the tail's first word, which is not
    # among the last ``max_words`` when the tail holds more than ``max_words`` words.
    tail = max(start, end - 64 * (max_words + 1))
    words = list(_WORD.finditer(text, tail, end))
    if tail > start and len(words) <= max_words:
        words = list(_WORD.finditer(text, start, end))
    if len(words) > max_words:
        start = words[-max_words].start()
    return start, text[start:end]


def _clause_start(text: str, end: int) -> int:
    """End of the last window stop before ``end`` (0 when there is none).

    Every stop is one character and whether it matches depends only on the text after it, so
    scanning a suffix of ``text[:end]`` finds the same last stop as scanning all of it.
    """
    size = 256
    while True:
        low = max(0, end - size)
        start = None
        for match in _WINDOW_STOP.finditer(text, low, end):
            start = match.end()
        if start is not None:
            return start
        if low == 0:
            return 0
        size *= 4


#: How many texts :func:`find_definitions` remembers its answer for (the agency and the score
#: rules both read the definitions of the document the pipeline is on).
DEFINITIONS_CACHE_SIZE = 2
_DEFINITIONS: OrderedDict[str, tuple[AcronymDefinition, ...]] = OrderedDict()
_LOCK = threading.Lock()


def find_definitions(text: str) -> list[AcronymDefinition]:
    """Find every acronym definition in ``text``.

    The answer for the last :data:`DEFINITIONS_CACHE_SIZE` texts is kept (definitions are
    frozen; each call gets a new list).

    Parameters
    ----------
    text
        Plain text.

    Returns
    -------
    list of AcronymDefinition
        In text order; at most one definition per parenthesis.

    Examples
    --------
    >>> [(d.short, d.long) for d in find_definitions("Komisi Pemberantasan Korupsi (KPK) hadir.")]
    [('KPK', 'Komisi Pemberantasan Korupsi')]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    with _LOCK:
        kept = _DEFINITIONS.get(text)
        if kept is not None:
            _DEFINITIONS.move_to_end(text)
            return list(kept)
    found = _find_definitions(text)
    with _LOCK:
        _DEFINITIONS[text] = tuple(found)
        while len(_DEFINITIONS) > DEFINITIONS_CACHE_SIZE:
            _DEFINITIONS.popitem(last=False)
    return found


def _find_definitions(text: str) -> list[AcronymDefinition]:
    found: list[AcronymDefinition] = []
    for paren in _PAREN.finditer(text):
        inner = paren.group(1)
        lead = len(inner) - len(inner.lstrip())
        inner_text = inner.strip()
        inner_start = paren.start(1) + lead
        inner_end = inner_start + len(inner_text)
        definition = None
        if is_short_form(inner_text):
            definition = _long_before(text, inner_text, inner_start, inner_end, paren.start())
        if definition is None and len(inner_text.split()) >= 2:
            definition = _short_before(text, inner_text, inner_start, paren.start())
        if definition is not None:
            found.append(definition)
    return found


def _long_before(
    text: str, short: str, short_start: int, short_end: int, paren_start: int
) -> AcronymDefinition | None:
    n = len(short_form_chars(short))
    offset, window = _window_before(text, paren_start, min(n + 5, 2 * n))
    start = align_long_form(short, window)
    if start is None:
        return None
    long_start = offset + start
    long_form = text[long_start:paren_start].rstrip()
    long_form = long_form.rstrip(",")
    if short in long_form.split():
        return None
    return AcronymDefinition(
        short, long_form, short_start, short_end, long_start, long_start + len(long_form)
    )


def _last_words(text: str, end: int, n: int) -> tuple[int, list[str]]:
    """``len(text[:end].rstrip())`` and the last ``n`` (or fewer) words of ``text[:end]``.

    Reads only the end of the text, so it costs the same wherever ``end`` lies.
    """
    stop = end
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    size = 64
    while True:
        low = max(0, stop - size)
        words = text[low:stop].split()
        # The first word of the chunk may be cut; it is whole when more than n words follow it.
        if low == 0 or len(words) > n:
            return stop, words[-n:]
        size *= 4


def _short_before(
    text: str, inner: str, inner_start: int, paren_start: int
) -> AcronymDefinition | None:
    before_end, tail = _last_words(text, paren_start, 2)
    for size in (1, 2):
        if len(tail) < size:
            break
        candidate = " ".join(tail[-size:])
        if not is_short_form(candidate):
            continue
        start = align_long_form(candidate, inner)
        # The parenthesis must hold the long form from its first word.
        if start != 0:
            continue
        short_start = before_end - len(candidate)
        if text[short_start : short_start + len(candidate)] != candidate:
            continue
        long_form = inner.rstrip(" ,")
        return AcronymDefinition(
            candidate,
            long_form,
            short_start,
            short_start + len(candidate),
            inner_start,
            inner_start + len(long_form),
        )
    return None


def find_short_mentions(text: str, short: str) -> list[tuple[int, int]]:
    """Return the offsets of every whole-word, case-sensitive occurrence of ``short``.

    Parameters
    ----------
    text
        Plain text.
    short
        A short form ("KPK", "Kemendes PDTT").

    Returns
    -------
    list of (int, int)
        Half-open character offsets.
    """
    if not short:
        return []
    pattern = re.compile(r"(?<![\w-])" + re.escape(short) + r"(?![\w-])")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


#: "Indeks Kepuasan Warga atau IKW": a capitalised name, "atau", its initials.
_OR_SHORT = re.compile(r"\b((?:[A-Z][a-z]+[ \t]+){1,6}[A-Z][a-z]+)[ \t]+atau[ \t]+([A-Z]{2,7})\b")


def find_or_definitions(text: str) -> list[AcronymDefinition]:
    """Acronyms defined by "Long Name atau SHORT", when SHORT is the name's initials.

    The initials of every word, or of all but the last one.

    Not part of :func:`find_definitions` (which reads brackets only): a caller that wants this
    looser shape asks for it.

    Examples
    --------
    >>> [(d.short, d.long) for d in find_or_definitions("Indeks Kepuasan Warga atau IKW naik.")]
    [('IKW', 'Indeks Kepuasan Warga')]
    """
    if " atau " not in text:
        return []
    out: list[AcronymDefinition] = []
    for m in _OR_SHORT.finditer(text):
        words = m.group(1).split()
        for i in range(len(words)):  # the name may start after a capitalised word before it
            tail = words[i:]
            initials = "".join(w[0] for w in tail)
            # a last word left out of the short form is common ("... Mutu Layanan Umum atau IML")
            if initials == m.group(2) or (len(initials) == len(m.group(2)) + 1
                                          and initials.startswith(m.group(2))):
                long_start = m.end(1) - len(" ".join(tail))
                out.append(AcronymDefinition(m.group(2), text[long_start:m.end(1)],
                                             m.start(2), m.end(2), long_start, m.end(1)))
                break
    return out
