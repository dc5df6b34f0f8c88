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
  tokenizer (:mod:`beritanlp.text.tokenizer`) splits them off words.

Accented letters garbled the same way (``"√©"`` for ``"é"``) are left alone: they sit inside
words, and splitting them off would break the word.
"""

from __future__ import annotations

import re

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
    "(?:" + _piece([g for g, c in MOJIBAKE.items() if c not in APOSTROPHES])
    + "".join(f"|{re.escape(g[0])}(?<!{_LETTER}{re.escape(g[0])}){re.escape(g[1:])}"
              f"|{re.escape(g)}(?!{_LETTER})" for g, c in MOJIBAKE.items() if c in APOSTROPHES)
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


#: Spaces a name may hold that a reader expects as one plain space.
_NAME_SPACES = re.compile("[\\s" + "".join(sorted(INVISIBLE)) + "]+")


def readable(name: str) -> str:
    """A name or phrase cut from the text, as a reader writes it.

    Garbled sequences become the characters they stand for, no-break and invisible spaces a
    plain space, and runs of spaces one (``"Anies¬†Baswedan"`` -> ``"Anies Baswedan"``). For the
    fields of a fact (names, positions), never for text whose offsets are used.

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
        name = MOJIBAKE_RE.sub(lambda m: MOJIBAKE[m.group()], name)
    cleaned = _NAME_SPACES.sub(" ", name).strip()
    return name if cleaned == name else cleaned
