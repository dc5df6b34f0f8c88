"""HTML character references a scraper left in an article ("&quot;", "&amp;", "&#8220;").

A page's text read from its HTML source without decoding keeps references such as
``&quot;Kami siap,&quot; kata Andi`` or ``Sa&rsquo;diah``. The rules read the characters a reader
sees: a quote written as six letters hides a quotation, and ``&rsquo;`` cuts a name. Offsets in a
record point into the text as given, so the pipeline does not rewrite it; instead the record
carries a warning saying what to do (``html.unescape`` the text before analysing it). Pure: no
spaCy.
"""

from __future__ import annotations

import html
import re

#: A character reference: named ("&quot;", "&nbsp;"), decimal ("&#8220;") or hex ("&#x201C;").
_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
#: How many references a warning quotes as examples.
EXAMPLES = 3


def markup_warning(text: str) -> str | None:
    """A warning when ``text`` holds HTML character references, else ``None``.

    Only references HTML defines count ("&quot;", "&#8220;"; not "&Co;"), so a text that writes
    an ampersand in its own words ("P&G;") gets no warning.

    Parameters
    ----------
    text
        The article as given.

    Returns
    -------
    str or None
        The warning: how many references, up to :data:`EXAMPLES` of them, and the remedy.
    """
    if "&" not in text or ";" not in text:
        return None  # cheap test: most texts hold neither
    found = [m.group() for m in _REFERENCE.finditer(text) if html.unescape(m.group()) != m.group()]
    if not found:
        return None
    examples = ", ".join(list(dict.fromkeys(found))[:EXAMPLES])
    return (f"text holds {len(found)} HTML character reference(s) ({examples}): the facts are "
            "read as written; unescape the text first (Python: html.unescape) for the facts a "
            "reader sees")


__all__ = ["EXAMPLES", "markup_warning"]
