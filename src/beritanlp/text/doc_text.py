"""A ``Doc``'s text and token texts, built once per document.

``doc.text`` joins the text of every token, creating a Python ``Token`` object for each one, and
several components read it. :func:`doc_text` builds the string the first time and keeps it in a
weak-keyed table beside the document (not in ``doc.user_data``, so serialised docs do not carry
a second copy of their text); it goes away with the document. Later calls return the kept
string after an O(1) check that it still spans the document. The news tokenizer hands over the
string it tokenized (:func:`remember`), so a pipeline's documents never build it at all.

:func:`token_texts` keeps the token texts the same way, with the ORTH column they were read
from: a later call reads the column again (one C-level copy) and returns the kept texts when it
is unchanged, instead of looking every token's string up again. :func:`squeezed_text` (the
text with CLICK-ID's garbled no-break spaces read as spaces, which the agencies and the places
components both read) is kept the same way.
"""

from __future__ import annotations

import threading
from typing import Any, cast
from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import IDX, ORTH
from spacy.tokens import Doc

from beritanlp.text.mojibake import GARBLED_NBSP, Squeezed, squeeze_nbsp

_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()
#: The tokenizer's input where it differs from the document's text (its spaces made plain).
_INPUTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()
_TOKEN_TEXTS: WeakKeyDictionary[Doc, tuple[Any, list[str]]] = WeakKeyDictionary()
#: A document's squeezed text, with the text and ORTH column it was read from
#: (see :func:`squeezed_text`).
_SQUEEZED: WeakKeyDictionary[Doc, tuple[str, Any, Squeezed]] = WeakKeyDictionary()
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


def remember(doc: Doc, text: str, given: str | None = None) -> None:
    """Keep ``text`` as ``doc``'s text for :func:`doc_text` (the tokenizer's input string).

    Parameters
    ----------
    doc
        A ``Doc`` just made from ``text`` by a tokenizer (spaCy's tokenizers keep every
        character, so ``doc.text == text``).
    text
        The string it was made from.
    given
        The string the tokenizer was given, when ``text`` is a rewrite of it of the same
        length (the news tokenizer's plain spaces); see :func:`given_text`.
    """
    with _LOCK:
        _TEXTS[doc] = text
        if given is not None and given != text:
            _INPUTS[doc] = given


def given_text(doc: Doc) -> str:
    """The string ``doc`` was made from: its text, or the tokenizer's input where they differ.

    The news tokenizer reads no-break and other space separators as plain spaces, so a
    document's text may differ from its input in those characters only (same length, same
    offsets). A record's default id hashes the input, as :func:`beritanlp.record.text_id` of
    the string a user passed.

    Parameters
    ----------
    doc
        Any spaCy ``Doc``.

    Returns
    -------
    str
        The input string, else :func:`doc_text` (also for a document not made by the news
        tokenizer, or rebuilt from bytes).
    """
    given = _INPUTS.get(doc)
    text = doc_text(doc)
    return given if given is not None and len(given) == len(text) else text


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
    """The text of every token of ``doc``, read from its ORTH column (no ``Token`` objects).

    The texts are kept with the column they were read from; while the column is unchanged a
    later call returns a copy of the kept list (a new list each time: the caller may change it).
    """
    orths = doc.to_array(ORTH)
    kept = _TOKEN_TEXTS.get(doc)
    if kept is not None and numpy.array_equal(kept[0], orths):
        return list(kept[1])
    strings = doc.vocab.strings
    texts = cast(list[str], list(map(strings.__getitem__, orths.tolist())))
    with _LOCK:
        _TOKEN_TEXTS[doc] = (orths, texts)
    return list(texts)


def squeezed_text(doc: Doc) -> Squeezed:
    """``doc``'s text with its garbled no-break-space tokens (``"¬†"``) read as spaces.

    :func:`beritanlp.text.mojibake.squeeze_nbsp` on the tokens that are one (a web address the
    tokenizer keeps whole keeps its own), with the map of offsets back to ``doc.text``.

    Parameters
    ----------
    doc
        Any spaCy ``Doc``.

    Returns
    -------
    Squeezed
        The squeezed text and the way back (the text itself when it has none).

    Notes
    -----
    Several components read it (agencies, places); it is built once per document and kept,
    as :func:`token_texts` keeps the token texts, while the document's ORTH column is
    unchanged.
    """
    text = doc_text(doc)
    if GARBLED_NBSP not in text:
        return squeeze_nbsp(text, ())
    orths = doc.to_array(ORTH)
    kept = _SQUEEZED.get(doc)
    if kept is not None and kept[0] == text and numpy.array_equal(kept[1], orths):
        return kept[2]
    offsets = doc.to_array(IDX).tolist()
    garbled = [at for w, at in zip(token_texts(doc), offsets, strict=True) if w == GARBLED_NBSP]
    squeezed = squeeze_nbsp(text, garbled)
    with _LOCK:
        _SQUEEZED[doc] = (text, orths, squeezed)
    return squeezed
