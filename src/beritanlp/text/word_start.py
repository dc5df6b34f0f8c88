r"""Scanning a text for a pattern that must start a word, without trying every position.

A pattern of the form ``(?<![\w])BODY`` (BODY starting at a word's first character) is tried by
Python's regex engine at every position of the text: the look-behind at its start keeps the
engine from skipping ahead to the characters a match can start with, and under ``re.IGNORECASE``
a body starting with letters gives it no such characters either. News rules that scan a whole
article for month names or year cues ("tahun", "sejak" ...) spend most of their time there.

:class:`WordStartPattern` finds the same matches: it looks for a non-word character followed by
BODY (``\W`` is a plain character class, so the engine jumps from one non-word character to the
next, about one position in five in running text), and then takes the match of the original
pattern right after that character. When the characters BODY can start with are literals
(:func:`first_characters`), a look-ahead for them, under the pattern's own flags, rejects most
of those positions before BODY is tried. The first position of the text, and a match starting
right where the previous one ended, are tried with the original pattern itself. Every match
returned is the original pattern's own match object, in the order ``finditer`` gives them.

Cheaper still is not scanning: a pattern whose every match holds one of a few words cannot
match a text without them, and ``word in text`` is a fast string search. :func:`literal_starts`
reads those words from a case-sensitive pattern; :func:`lowered_haystack` is the text to look
for the lower-cased words of an ignore-case pattern in, and :func:`matched_lower` the key a
match of such a pattern has in its table of words.

An alternation of many words is slow for the same reason: every position tries every
alternative. :func:`first_character_alternation` writes the alternatives that start with the
same ASCII letter or digit as one group, so a position tries only that letter's alternatives,
with the same matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

try:  # Python >= 3.11
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre
    import sre_parse as _sre_parser

#: The look-behind a :class:`WordStartPattern` source must start with.
WORD_START = r"(?<![\w])"


class WordStartPattern:
    r"""A ``(?<![\w])BODY`` regex whose :meth:`finditer` skips positions no match starts at.

    Parameters
    ----------
    pattern
        The pattern source; it must start with :data:`WORD_START`, and what follows it must
        not match the empty string.
    flags
        ``re`` flags for the pattern.

    Attributes
    ----------
    regex
        The pattern compiled as given (its matches are the ones returned).

    Raises
    ------
    ValueError
        When ``pattern`` does not start with :data:`WORD_START`.

    Examples
    --------
    >>> months = WordStartPattern(r"(?<![\w])(?:mei|juni)\s+\d{4}", re.IGNORECASE)
    >>> [m.group() for m in months.finditer("Mei 2024, bukan xmei 2023, Juni 2025")]
    ['Mei 2024', 'Juni 2025']
    """

    __slots__ = ("_after_non_word", "regex")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        if not pattern.startswith(WORD_START):
            raise ValueError(f"pattern must start with {WORD_START!r}: {pattern!r}")
        self.regex = re.compile(pattern, flags)
        body = pattern[len(WORD_START):]
        starts = first_characters(body, flags)
        ahead = "" if not starts else "(?=[" + "".join(re.escape(c) for c in sorted(starts)) + "])"
        self._after_non_word = re.compile(r"\W" + ahead + "(?:" + body + ")", flags)

    @property
    def pattern(self) -> str:
        """The pattern source."""
        return self.regex.pattern

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Yield what ``self.regex.finditer(text)`` yields (the same matches, in order).

        Parameters
        ----------
        text
            The text to scan.
        """
        regex, after_non_word = self.regex, self._after_non_word
        pos, end = 0, len(text)
        while pos <= end:
            # a match starting at pos itself (the look-behind reads the text before pos)
            found = regex.match(text, pos)
            if found is None:
                hit = after_non_word.search(text, pos)
                if hit is None:
                    return
                found = regex.match(text, hit.start() + 1)
                if found is None:  # not reached: the body matched there after a non-word char
                    found = regex.search(text, hit.start() + 1)
                    if found is None:
                        return
            yield found
            pos = max(found.end(), found.start() + 1)  # (a body that matches "" stops here)


class NotAfterPattern:
    r"""A ``(?<!BEFORE)BODY`` regex found by searching BODY alone, the character before checked.

    A pattern that opens with a look-behind is tried by Python's regex engine at every position
    of the text. Without it, a case-sensitive alternation whose alternatives all open with a
    literal (:func:`first_character_alternation`: "WTP", "IKPA", "A") lets the engine skip
    ahead to the characters a match can start with. :meth:`finditer` searches BODY alone and
    keeps a match only when the one character before it is no match of BEFORE; when it is, the
    search goes on from the next position. The matches are the ones the whole pattern's
    ``finditer`` gives, in order (BODY's own match objects; the look-behind has no group).

    Parameters
    ----------
    before
        A regex of exactly one character (a class such as ``[\w-]``).
    body
        The pattern after the look-behind; it must not match the empty string.
    flags
        ``re`` flags for both.

    Attributes
    ----------
    regex
        The whole pattern ``(?<!BEFORE)(?:BODY)`` compiled (for reference and tests).

    Examples
    --------
    >>> codes = NotAfterPattern(r"[\w-]", r"(?:WTP|WDP)(?![\w-])")
    >>> [m.group() for m in codes.finditer("WTP, xWTP, -WDP dan WDP")]
    ['WTP', 'WDP']
    """

    __slots__ = ("_before", "_body", "regex")

    def __init__(self, before: str, body: str, flags: int = 0) -> None:
        self.regex = re.compile(f"(?<!{before})(?:{body})", flags)
        self._body = re.compile(body, flags)
        self._before = re.compile(before, flags)

    @property
    def pattern(self) -> str:
        """The whole pattern's source."""
        return self.regex.pattern

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Yield the matches ``self.regex.finditer(text)`` yields (the same spans, in order).

        Parameters
        ----------
        text
            The text to scan.
        """
        body, before = self._body, self._before
        pos, end = 0, len(text)
        while pos <= end:
            found = body.search(text, pos)
            if found is None:
                return
            start = found.start()
            if start and before.match(text, start - 1):
                pos = start + 1  # the look-behind fails here: the next position may match
                continue
            yield found
            pos = max(found.end(), start + 1)

    def search(self, text: str) -> re.Match[str] | None:
        """The first match, as ``self.regex.search(text)`` gives it; None when there is none.

        Parameters
        ----------
        text
            The text to scan.
        """
        return next(self.finditer(text), None)


def first_characters(pattern: str, flags: int = 0) -> frozenset[str] | None:
    r"""The literal characters every match of ``pattern`` starts with (as written in it).

    Under ``re.IGNORECASE`` a match may start with another case of one of them; a character
    class of these, compiled with the same flags, accepts exactly what the literals accept.

    Returns
    -------
    frozenset of str or None
        None when a match may start with something other than a literal (a class, an anchor, a
        look-around, a group with its own flags ...) or be empty, or the pattern cannot be read.

    Examples
    --------
    >>> sorted(first_characters(r"(?:bulan\s+)?(?:Mei|Juni)"))
    ['J', 'M', 'b']
    """
    try:
        items = list(_sre_parser.parse(pattern, flags))
    except Exception:  # noqa: BLE001 - an unreadable pattern gets no look-ahead
        return None
    found = _firsts(items)
    if found is None or found[1]:
        return None
    return frozenset(chr(code) for code in found[0])


def _firsts(items: Sequence[tuple[Any, Any]]) -> tuple[set[int], bool] | None:
    """(first literal codes, may be empty) of a parsed sequence; None when not only literals."""
    codes: set[int] = set()
    for op, arg in items:
        if op is _sre.LITERAL:
            codes.add(arg)
            return codes, False
        if op is _sre.SUBPATTERN:
            if arg[1] or arg[2]:  # (?i:...) and the like change how its literals match
                return None
            part = _firsts(arg[3])
        elif op is _sre.BRANCH:
            part = _branch_firsts(arg[1])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            inner = _firsts(arg[2])
            part = None if inner is None else (inner[0], inner[1] or arg[0] == 0)
        else:
            return None
        if part is None:
            return None
        codes |= part[0]
        if not part[1]:
            return codes, False
    return codes, True


def _branch_firsts(
    alternatives: Sequence[Sequence[tuple[Any, Any]]],
) -> tuple[set[int], bool] | None:
    codes: set[int] = set()
    empty = False
    for alternative in alternatives:
        part = _firsts(alternative)
        if part is None:
            return None
        codes |= part[0]
        empty = empty or part[1]
    return codes, empty


#: Most strings :func:`literal_starts` gives (more: no check).
MAX_LITERAL_STARTS = 64


def literal_starts(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    r"""Strings one of which every match of ``pattern`` starts with: a literal check before a scan.

    Zero-width items (``\b``, look-arounds) are passed over; each string ends where a class, an
    optional item or a group with its own flags comes. A text holding none of them (``in``, as
    written) has no match of ``pattern``.

    Returns
    -------
    tuple of str or None
        Sorted. None when a match may start with anything (or be empty), under
        ``re.IGNORECASE``, beyond :data:`MAX_LITERAL_STARTS` strings, or for an unreadable
        pattern.

    Examples
    --------
    >>> literal_starts(r"\b(?:Indeks|Survei)[ \t]+[A-Z]")
    ('Indeks', 'Survei')
    """
    try:
        parsed = _sre_parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - an unreadable pattern gets no check
        return None
    if (flags | parsed.state.flags) & re.IGNORECASE:
        return None
    found = _starts(list(parsed))
    if found is None or "" in found[0]:
        return None
    return tuple(sorted(found[0]))


def _starts(items: Sequence[tuple[Any, Any]]) -> tuple[set[str], bool] | None:
    """(literal starts, whole: nothing but literals) of a parsed sequence; None: too many."""
    found = {""}
    for op, arg in items:
        if op is _sre.LITERAL:
            found = {s + chr(arg) for s in found}
            continue
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero width
        part: tuple[set[str], bool] | None
        if op is _sre.SUBPATTERN and not (arg[1] or arg[2]):
            part = _starts(arg[3])
        elif op is _sre.BRANCH:
            parts = [_starts(alternative) for alternative in arg[1]]
            part = None if None in parts else (
                {s for p in parts if p for s in p[0]}, all(p and p[1] for p in parts))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and arg[0] >= 1:
            inner = _starts(arg[2])
            part = None if inner is None else (inner[0], False)
        else:
            return found, False
        if part is None:
            return None
        found = {s + p for s in found for p in part[0]}
        if len(found) > MAX_LITERAL_STARTS:
            return None
        if not part[1]:
            return found, False
    return found, True


#: The characters other than ASCII letters that match an ASCII letter under ``re.IGNORECASE``
#: (Unicode): "İ" and "ı" match "i", "ſ" matches "s", the Kelvin sign matches "k". A test
#: checks every code point.
FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")
_ASCII_OF_FOLDS = str.maketrans(dict(zip(FOLDS_TO_ASCII, "iisk", strict=True)))


def matched_lower(matched: str) -> str:
    """The lower case of an ignore-case match of ASCII words, as a table of those words keys it.

    ``str.lower()`` of a match is not always the word that matched: "JUNİ" matches "juni" under
    ``re.IGNORECASE`` but lowers to "juni\u0307", and "ı", "ſ" and the Kelvin sign lower to
    themselves. Each of :data:`FOLDS_TO_ASCII` is read as the ASCII letter it matched first.

    Examples
    --------
    >>> matched_lower("JUNİ"), matched_lower("Agu\u017ftus"), matched_lower("Mei")
    ('juni', 'agustus', 'mei')
    """
    return matched.translate(_ASCII_OF_FOLDS).lower()


def lowered_haystack(text: str) -> str | None:
    """``text.lower()``, where an ignore-case regex's ASCII words in ``text`` appear lower-cased.

    A literal check before an ignore-case scan: when no lower-cased word of an alternation of
    ASCII words (``re.IGNORECASE``) occurs in the result, the scan finds nothing. None when
    ``text`` holds one of :data:`FOLDS_TO_ASCII` (the check would not be exact: scan anyway).
    """
    if any(c in text for c in FOLDS_TO_ASCII):
        return None
    return text.lower()


def first_character_alternation(alternatives: Sequence[str], flags: int = 0) -> str:
    r"""``"|".join(alternatives)`` with the alternatives of one first character grouped.

    The same matches, found faster, when ``flags`` are the flags the alternation is compiled
    with. Python's regex engine tries an alternation's alternatives one by one at every position
    it reaches; under ``re.IGNORECASE`` it enters each of them to compare its first character.
    When every alternative starts with an ASCII letter or digit written as itself (no quantifier
    on it), holds no capturing group and no ``|`` of its own (:func:`_groupable`), the
    alternatives are grouped by that character (by its lower case under ``re.IGNORECASE``),
    each group written once as ``c(?:rest1|rest2...)``: a position is then tried against one
    group's alternatives, not all. No character matches two different ASCII letters or digits
    (under ``re.IGNORECASE`` either: :data:`FOLDS_TO_ASCII` each match one letter), so at any
    position only the alternatives of one group can match, in their own order, and the first
    that matches is the one the plain alternation takes. Otherwise (and under ``re.VERBOSE``)
    the plain join is returned.

    Parameters
    ----------
    alternatives
        Regex sources, in the order they are tried.
    flags
        The ``re`` flags the alternation is compiled with, including any inline flag of the
        enclosing pattern that applies to it (an inline ``(?i)`` with ``flags=0`` groups "k" and
        "K" apart, and the order of the alternatives changes).

    Returns
    -------
    str
        The grouped alternation (no outer group), or ``"|".join(alternatives)`` itself when some
        alternative cannot be grouped.

    Examples
    --------
    >>> first_character_alternation(["indeks(?:x)", "kota", "IPM"], re.IGNORECASE)
    'i(?:ndeks(?:x)|PM)|kota'
    """
    fold = flags & re.IGNORECASE
    groups: dict[str, list[str]] = {}
    for source in alternatives:
        first = source[:1]
        if flags & re.VERBOSE or not _groupable(source, flags):
            return "|".join(alternatives)
        groups.setdefault(first.lower() if fold else first, []).append(source)
    return "|".join(
        sources[0][0] + "(?:" + "|".join(s[1:] for s in sources) + ")" if len(sources) > 1
        else sources[0]
        for sources in groups.values())


def _groupable(source: str, flags: int) -> bool:
    """Whether ``source`` is its first character followed by ``source[1:]``, as a regex.

    Its first character is an ASCII letter or digit written as itself, with no quantifier on
    it; the rest parses as what follows that character in the whole (no ``|`` of its own, which
    the parser would read across the first character); no capturing group (grouping would
    renumber it).

    Parameters
    ----------
    source
        A regex source, one alternative of an alternation.
    flags
        The ``re`` flags it is compiled with.

    Returns
    -------
    bool
        True when ``source[0] + "(?:" + source[1:] + ")"`` matches what ``source`` matches.
    """
    first = source[:1]
    if not (first.isascii() and first.isalnum()):
        return False
    try:
        whole = _sre_parser.parse(source, flags)
        rest = _sre_parser.parse(source[1:], flags)
    except re.error:
        return False
    return (whole.state.groups == 1 and list(whole[:1]) == [(_sre.LITERAL, ord(first))]
            and repr(list(whole[1:])) == repr(list(rest)))
