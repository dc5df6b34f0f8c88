"""A ``Doc``'s text, built once per document.

``doc.text`` joins the text of every token, creating a Python ``Token`` object for each one, and
several components read it. :func:`doc_text` builds the string the first time and keeps it in a
weak-keyed table beside the document (not in ``doc.user_data``, so serialised docs do not carry
a second copy of their text); it goes away with the document. Later calls return the kept
string after an O(1) check that it still spans the document.
"""

from __future__ import annotations

import threading
from typing import cast
from weakref import WeakKeyDictionary

from spacy.attrs import ORTH
from spacy.tokens import Doc

_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()
_LOCK = threading.Lock()


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
    cached = _TEXTS.get(doc)
    if cached is not None and spans_doc(doc, cached):
        return cached
    text = doc.text
    with _LOCK:  # WeakKeyDictionary updates are not atomic
        _TEXTS[doc] = text
    return text


def spans_doc(doc: Doc, text: str) -> bool:
    """Tell whether ``text`` can still be ``doc.text``: the O(1) check behind :func:`doc_text`.

    Parameters
    ----------
    doc
        Any spaCy ``Doc``.
    text
        A string kept for ``doc`` earlier.

    Returns
    -------
    bool
        True when ``text`` has the length of ``doc``'s text and its last token where ``doc``
        has it.
    """
    if len(doc) == 0:
        return text == ""
    last = doc[-1]
    end = last.idx + len(last.text_with_ws)
    return end == len(text) and text.startswith(last.text, last.idx)


def token_texts(doc: Doc) -> list[str]:
    """The text of every token of ``doc``, read from its ORTH column (no ``Token`` objects)."""
    strings = doc.vocab.strings
    return cast(list[str], list(map(strings.__getitem__, doc.to_array(ORTH).tolist())))
