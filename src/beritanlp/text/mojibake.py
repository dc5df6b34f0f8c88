"""Punctuation and spaces garbled by reading UTF-8 as Mac Roman, and their repair.

Some scrapers decoded UTF-8 news as Mac Roman, so a no-break space shows as ``"¬†"`` (glued
between two words: ``"Jawa Barat¬†Ridwan Kamil"``), curly quotes as ``"‚Äú"``/``"‚Äù"``, dashes as
``"‚Äì"`` and so on. This module is the one statement of those sequences:

* :data:`MOJIBAKE` maps each garbled sequence to the character it stands for (built from the
  characters themselves: ``char.encode("utf-8").decode("mac_roman")``);
* :data:`REPAIRS` maps each to a repair of the same length (the character padded with spaces on
  the side away from the word it belongs to), and :func:`repair` applies them, so offsets into
  the repaired text index the original text too;
* :data:`MOJIBAKE_PIECE` and :data:`MOJIBAKE_INFIX` are the regex pieces with which the news
  tokenizer (:mod:`beritanlp.text.tokenizer`) splits them off words;
* :func:`garbled_forms` gives a sign and its garbled form, for rules that read a sign this
  module does not repair (a unit's micro sign, ``"¬µg"``);
* :func:`squeeze_nbsp` reads the garbled no-break spaces as spaces: a text without them and
  the map of its offsets back to the text (:class:`Squeezed`), for rules that read names word
  by word ("Polda Metro¬†Jaya" is "Polda Metro Jaya").

Accented letters garbled the same way (``"√©"`` for ``"é"``) are left alone: they sit inside
words, and splitting them off would break the word.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: The characters whose garbled form is repaired, each with where its repair pads spaces:
#: ``"<"`` before it (an opening mark, which belongs to the next word), ``">"`` after it (a
#: closing mark or a unit), ``"="`` on both sides (a dash or a bullet between words), ``" "``
#: nothing but spaces (a space or an invisible mark).
CHARACTERS: dict[str, str] = {
    "\xa0": " ",  # no-break space
    "\u200b": " ",  # zero-width space
    "\u200e": " ",  # left-to-right mark
    "“": "<",
    "”": ">",
    "‘": "<",
    "’": ">",
    "–": "=",
    "—": "=",
    "…": ">",
    "•": "=",
    "°": ">",
    "·": "=",
    "½": ">",
    "′": ">",
}

#: The characters repaired as spaces only (a no-break space and invisible marks).
INVISIBLE: frozenset[str] = frozenset(c for c, side in CHARACTERS.items() if side == " ")


def _garbled(char: str) -> str:
    return char.encode("utf-8").decode("mac_roman")


def garbled_forms(char: str) -> tuple[str, str]:
    """``char`` and its form garbled by a Mac Roman reading (``"µ"`` -> ``("µ", "¬µ")``).

    For rules that read a sign this module does not repair (a unit's micro sign).
    """
    return char, _garbled(char)


def _padded(char: str, side: str, width: int) -> str:
    if side == " ":
        return " " * width
    if side == "<":
        return char.rjust(width)
    if side == ">":
        return char.ljust(width)
    return char.center(width)


#: Each garbled sequence (``"‚Äú"``) with the character it stands for (``"“"``).
MOJIBAKE: dict[str, str] = {_garbled(c): c for c in CHARACTERS}
#: Each garbled sequence with its repair of the same length (``"‚Äú"`` -> ``"  “"``).
REPAIRS: dict[str, str] = {
    g: _padded(c, CHARACTERS[c], len(g)) for g, c in MOJIBAKE.items()
}
#: The characters every garbled sequence starts with: a text without them has none.
LEADS: frozenset[str] = frozenset(g[0] for g in MOJIBAKE)
#: Any garbled sequence (the longest first).
MOJIBAKE_RE = re.compile("|".join(re.escape(g) for g in sorted(MOJIBAKE, key=len, reverse=True)))
#: The garbled no-break space (``"¬†"``), the most frequent sequence (rules that read words
#: treat it as a space).
GARBLED_NBSP: str = _garbled("\xa0")
#: Characters that may stand inside a word as an apostrophe (``"Ma’ruf"``, ``"O’Connor"``).
APOSTROPHES: frozenset[str] = frozenset("’‘")
#: Their garbled forms (``"‚Äô"``): inside a word, part of it (the tokenizer, the rule cores'
#: segmentation and :func:`readable` all keep ``"Ma‚Äôruf"`` whole).
GARBLED_APOSTROPHES: tuple[str, ...] = tuple(g for g, c in MOJIBAKE.items() if c in APOSTROPHES)


def _piece(garbled: list[str]) -> str:
    leads = sorted({g[0] for g in garbled})
    return "(?:" + "|".join(
        re.escape(lead) + "(?:" + "|".join(re.escape(g[1:]) for g in garbled if g[0] == lead) + ")"
        for lead in leads
    ) + ")"


#: A regex piece that matches any garbled sequence, grouped by first character so that a regex
#: engine rejects a position with one character test (for the tokenizer's affix regexes).
#: One group, so that spaCy can anchor it (``"^" + piece``, ``piece + "$"``).
MOJIBAKE_PIECE = _piece(list(MOJIBAKE))
_LETTER = r"[^\W\d_]"
#: The infix form of :data:`MOJIBAKE_PIECE` (each alternative starts with a literal or a class,
#: which the regex engine tests first): a garbled apostrophe between two letters is not
#: split off (the tokenizer keeps ``"Ma’ruf"`` whole, so ``"Ma‚Äôruf"`` stays whole too), and a
#: stop or comma right before a garbled sequence is split off too (``"ujarnya,‚ÄúKami"``, where
#: a scraper joined two paragraphs, gives ``"ujarnya"``, ``","``, ``"‚Äú"``, ``"Kami"``).
MOJIBAKE_INFIX = (
    "(?:" + _piece([g for g in MOJIBAKE if g not in GARBLED_APOSTROPHES])
    + "".join(f"|{re.escape(g[0])}(?<!{_LETTER}{re.escape(g[0])}){re.escape(g[1:])}"
              f"|{re.escape(g)}(?!{_LETTER})" for g in GARBLED_APOSTROPHES)
    + f"|[.,;:!?](?={MOJIBAKE_PIECE}))"
)


def has_mojibake(text: str) -> bool:
    """Tell whether ``text`` may hold a garbled sequence (a literal check; no regex).

    Parameters
    ----------
    text
        Any text.

    Returns
    -------
    bool
        False when none of the sequences' first characters occurs in ``text``.
    """
    return any(lead in text for lead in LEADS)


def repair(text: str) -> str:
    """``text`` with each garbled sequence replaced by its repair (:data:`REPAIRS`).

    The result has the length of ``text`` and every other character where ``text`` has it, so
    offsets found in the result index ``text``. Text without a garbled sequence is returned
    as it is.

    Parameters
    ----------
    text
        Any text.

    Returns
    -------
    str
        The repaired text.
    """
    if not has_mojibake(text):
        return text
    return MOJIBAKE_RE.sub(lambda m: REPAIRS[m.group()], text)


def _readable_piece(m: re.Match[str]) -> str:
    """The character a garbled sequence stands for; an apostrophe inside a word as written."""
    text, start, end = m.string, m.start(), m.end()
    if (m.group() in GARBLED_APOSTROPHES and 0 < start and end < len(text)
            and text[start - 1].isalpha() and text[end].isalpha()):
        return m.group()
    return MOJIBAKE[m.group()]


#: Spaces a name may hold that a reader expects as one plain space.
_NAME_SPACES = re.compile("[\\s" + "".join(sorted(INVISIBLE)) + "]+")


def readable(name: str) -> str:
    """A name or phrase cut from the text, as a reader writes it.

    Garbled sequences become the characters they stand for, no-break and invisible spaces a
    plain space, and runs of spaces one (``"Rina¬†Kartika"`` -> ``"Rina Kartika"``). A
    garbled apostrophe inside a word stays as written (``"Ma‚Äôruf Amin"``): it is part of the
    name's spelling, which a fact keeps as the article writes it. For the fields of a fact
    (names, positions), never for text whose offsets are used.

    Parameters
    ----------
    name
        A slice of the article's text.

    Returns
    -------
    str
        The cleaned string, stripped (``name`` itself when nothing needed cleaning).
    """
    if has_mojibake(name):
        name = MOJIBAKE_RE.sub(_readable_piece, name)
    cleaned = _NAME_SPACES.sub(" ", name).strip()
    return name if cleaned == name else cleaned


@dataclass(frozen=True)
class Squeezed:
    """A text with its garbled no-break spaces read as spaces, and the way back.

    Attributes
    ----------
    text
        The squeezed text (:func:`squeeze_nbsp`).
    back
        ``back[i]`` is the offset in the original text of character ``i`` of :attr:`text`
        (increasing; a space that stands for garbled no-break spaces points at the first).
    """

    text: str
    back: Sequence[int]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original text's span of the non-empty squeezed span ``start:end``.

        From the original offset of its first character to one past that of its last, so a
        name squeezed from "Metro¬†Jaya" spans "Metro¬†Jaya" in the original. Spans end on a
        word: a span ending on a space that stands for garbled ones ends after that space's
        first original character.
        """
        return self.back[start], self.back[end - 1] + 1

    def squeezed_spans(self, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """Spans of the original text as spans of :attr:`text`, empty ones dropped.

        Each end is mapped on its own: the start to the first kept character at or after it,
        the end to one past the last kept character before it, then spaces at either edge are
        trimmed. A span (an entity) may start or end on a garbled no-break space ("Budi
        Santoso¬†"), which the squeezed text no longer has; a span of nothing else comes out
        empty and is dropped.

        Parameters
        ----------
        spans
            ``(start, end)`` character offsets in the original text.

        Returns
        -------
        list of tuple of int
            The non-empty spans in :attr:`text`, in the order given.
        """
        text, back = self.text, self.back
        found: list[tuple[int, int]] = []
        for start, end in spans:
            s, e = bisect_left(back, start), bisect_left(back, end)
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                found.append((s, e))
        return found


def squeeze_nbsp(text: str, starts: Iterable[int] | None = None) -> Squeezed:
    """``text`` with its garbled no-break spaces (``"¬†"``) read as spaces, and the way back.

    Where the words are split at spaces, as spaCy's tokenizers split them (a word's trailing
    space is its own, the news tokenizer splits each ``"¬†"`` off as a token of its own): each
    run of garbled no-break spaces, each with the one space after it, is gone; where no space
    is left between the words around it, one stands for it ("Polda Metro¬†Jaya" -> "Polda
    Metro Jaya", "Metro ¬†Jaya" and "Metro¬† Jaya" -> "Metro Jaya"). At the start of the
    text the run is dropped; at its end one space stands for it.

    Parameters
    ----------
    text
        Any text.
    starts
        The offsets of the garbled no-break spaces to read so (a tokenizer's tokens that are
        one: the news tokenizer keeps a web address whole, "kepada¬†Contoh.com"); None:
        every one.

    Returns
    -------
    Squeezed
        The squeezed text and the map back (the text itself and the identity when it has no
        garbled no-break space).
    """
    size = len(GARBLED_NBSP)
    if starts is None:
        found = _occurrences(text)
    else:
        found = sorted(at for at in starts if text.startswith(GARBLED_NBSP, at))
    if not found:
        return Squeezed(text, range(len(text)))
    parts: list[str] = []
    back: list[int] = []
    copied = 0  # the original text is copied up to here
    k = 0
    while k < len(found):
        at = end = found[k]
        while k < len(found) and found[k] == end:  # a run of them
            end += size
            if text.startswith(" ", end):
                end += 1  # the garbled token's own trailing space
            k += 1
        parts.append(text[copied:at])
        back.extend(range(copied, at))
        if at and not _own_space_before(text, at):
            parts.append(" ")
            back.append(at)
        copied = end
    parts.append(text[copied:])
    back.extend(range(copied, len(text)))
    return Squeezed("".join(parts), back)


def _occurrences(text: str) -> list[int]:
    """The offsets of every garbled no-break space in ``text``."""
    found: list[int] = []
    at = text.find(GARBLED_NBSP)
    while at >= 0:
        found.append(at)
        at = text.find(GARBLED_NBSP, at + len(GARBLED_NBSP))
    return found


def _own_space_before(text: str, at: int) -> bool:
    """Tell whether the space before ``at`` is the trailing space of the word before it.

    Split as spaCy splits, a word's trailing space is its own; a space after another
    whitespace character (spaces, a line break, a no-break space) is part of a whitespace
    token: the space before ``at`` is a word's own where the character before it is none.
    """
    return text[at - 1] == " " and at >= 2 and not text[at - 2].isspace()
