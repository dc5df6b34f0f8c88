"""A ``Doc``'s text, built once per document.

``doc.text`` joins the text of every token, creating a Python ``Token`` object for each one; five
components reading it cost more than some of their own rules. :func:`doc_text` builds the string
the first time and keeps it in ``doc.user_data``; later calls return the kept string after an O(1)
check that it still spans the document (a text never changes, but a ``Doc`` rebuilt by a user
under the same ``user_data`` would be caught).
"""

from __future__ import annotations

from spacy.tokens import Doc

USER_DATA_KEY = "beritanlp.text"


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, computed at most once per document.

    Parameters
    ----------
    doc
        Any spaCy ``Doc``.

    Returns
    -------
    str
        Exactly ``doc.text``.
    """
    cached = doc.user_data.get(USER_DATA_KEY)
    if isinstance(cached, str) and _spans_doc(doc, cached):
        return cached
    text = doc.text
    doc.user_data[USER_DATA_KEY] = text
    return text


def _spans_doc(doc: Doc, text: str) -> bool:
    """True when ``text`` has the length and last token of ``doc``."""
    if len(doc) == 0:
        return text == ""
    last = doc[-1]
    end = last.idx + len(last.text_with_ws)
    return end == len(text) and text.startswith(last.text, last.idx)
