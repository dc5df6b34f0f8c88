r"""Text from articles made safe for a terminal: control characters are shown escaped.

Titles, names and error reasons come from the articles; printed raw, an escape sequence in
them (``ESC [ 2 J``, an OSC title change, a C1 ``CSI``) or a bidirectional override would be
obeyed by the terminal. :func:`printable` writes such characters as Python-style escapes
(``\x1b``, ``\u202e``); every other character, letters of any script included, is kept.
"""

from __future__ import annotations

import unicodedata

#: Bidirectional embeddings, overrides and isolates: format characters (category Cf) that
#: reorder what a terminal shows.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def _escape(code: int) -> str:
    short = {9: "\\t", 10: "\\n", 13: "\\r"}.get(code)
    return short or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


#: What :func:`printable` replaces: every control character (category Cc: C0, DEL, C1), the
#: line and paragraph separators, and the bidirectional controls.
ESCAPES = {code: _escape(code) for code in range(0x100) if unicodedata.category(chr(code)) == "Cc"}
ESCAPES.update({ord(c): _escape(ord(c)) for c in "\u2028\u2029" + BIDI_CONTROLS})

#: What :func:`printable_json` replaces: those of :data:`ESCAPES` that ``json.dumps`` leaves as
#: they are (it escapes C0 controls itself, and its own line breaks must stay).
JSON_ESCAPES = {code: f"\\u{code:04x}" for code in ESCAPES if code >= 0x7F}


def printable(text: str) -> str:
    """``text`` with control and bidirectional-control characters written as escapes."""
    return text.translate(ESCAPES)


def printable_json(text: str) -> str:
    r"""JSON text with the same characters as JSON ``\uXXXX`` escapes (the same JSON value).

    ``json.dumps`` escapes C0 controls already, but with ``ensure_ascii=False`` it keeps DEL,
    the C1 controls and the bidirectional controls as they are.
    """
    return text.translate(JSON_ESCAPES)


__all__ = ["BIDI_CONTROLS", "ESCAPES", "JSON_ESCAPES", "printable", "printable_json"]
