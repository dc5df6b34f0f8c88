"""Every custom ``Doc``/``Span``/``Token`` attribute beritanlp uses, registered once at import.

Values are always plain Python data (str, int, float, bool, None, and lists/dicts of them), never
spaCy objects, so docs survive ``nlp.pipe(n_process=2)``, ``DocBin`` and pickling.

Token
    ``stem`` (str | None): Sastrawi stem; the token text itself for protected words.
    ``protected`` (bool): the stemmer left the token alone (name, entity, protected word).
    Both are read from one list per document in ``doc.user_data`` (keys :data:`TOKEN_COLUMNS`),
    which the stemming component writes in one assignment instead of two attribute writes per
    token; assigning ``token._.stem`` still works. A column that no longer has one item per
    token (the document was retokenized afterwards) reads as the default.
Span
    ``position`` (str | None): position words of an official ("Penjabat Wali Kota").
    ``jurisdiction`` (str | None): place or institution of that position ("Pangkalpinang").
    ``canonical`` (str | None): canonical name of what the span refers to (agency full name, ...).
Doc
    ``doc_id`` / ``title`` (str | None): set by :func:`beritanlp.analyze` and the batch tagger.
    ``date`` (str | None): the article's own date, ISO ``YYYY-MM-DD``, when the text states it.
    ``officials``, ``agencies``, ``places``, ``scores``, ``dates`` (list[dict]): fact records, one
    dict per fact with the fields of DESIGN.md's article record. Each fact component owns exactly
    one of these lists; :mod:`beritanlp.record` turns them into the article record.

Every value assigned to a Doc extension passes through :func:`plain_value`: an integer outside
the 64 bits msgpack stores (what ``Doc.to_bytes``, ``DocBin`` and ``nlp.pipe(n_process=2)`` use)
becomes a float, and a number no float or strict JSON can hold (beyond 1.8e308, NaN, infinity)
becomes ``None``. So no component can leave a Doc that fails to serialise.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Span, Token

from beritanlp.schema import DOC_FACT_LISTS

TOKEN_EXTENSIONS: dict[str, object] = {"stem": None, "protected": False}
#: ``doc.user_data`` key of the per-token column behind each token extension.
TOKEN_COLUMNS: dict[str, str] = {name: f"beritanlp.{name}" for name in TOKEN_EXTENSIONS}
SPAN_EXTENSIONS: dict[str, object] = {"position": None, "jurisdiction": None, "canonical": None}
DOC_SCALAR_EXTENSIONS: dict[str, object] = {"doc_id": None, "title": None, "date": None}
#: The fact lists components write on the Doc, read from :mod:`beritanlp.schema`.
FACT_LISTS: tuple[str, ...] = DOC_FACT_LISTS


def _column_getter(key: str, default: object) -> Callable[[Token], Any]:
    def get(token: Token) -> Any:
        doc = token.doc
        column = doc.user_data.get(key)
        if column is None or len(column) != len(doc):
            return default
        return column[token.i]

    return get


def _column_setter(key: str, default: object) -> Callable[[Token, Any], None]:
    def set_(token: Token, value: Any) -> None:
        doc = token.doc
        column = doc.user_data.get(key)
        if column is None or len(column) != len(doc):
            column = [default] * len(doc)
            doc.user_data[key] = column
        column[token.i] = value

    return set_


#: The integers msgpack can store (signed and unsigned 64 bits).
MSGPACK_INT_MIN, MSGPACK_INT_MAX = -(2 ** 63), 2 ** 64 - 1


def plain_value(value: Any) -> Any:
    """``value`` with numbers msgpack and strict JSON cannot hold replaced (lists, dicts walked).

    An int outside :data:`MSGPACK_INT_MIN`..:data:`MSGPACK_INT_MAX` becomes a float; an int too
    large for a float, NaN and infinity become ``None``. Other values are returned unchanged
    (the same object when nothing in it needed replacing).
    """
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int):
        if MSGPACK_INT_MIN <= value <= MSGPACK_INT_MAX:
            return value
        try:
            return float(value)
        except OverflowError:
            return None
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, list | tuple):
        items = [plain_value(v) for v in value]
        return value if all(a is b for a, b in zip(items, value, strict=True)) else (
            type(value)(items))
    if isinstance(value, dict):
        fixed = {k: plain_value(v) for k, v in value.items()}
        return value if all(fixed[k] is v for k, v in value.items()) else fixed
    return value


def _doc_key(name: str) -> tuple[str, str, None, None]:
    # where spaCy keeps a Doc extension's value in doc.user_data (as for a default extension)
    return ("._.", name, None, None)


def _doc_getter(name: str, default: object) -> Callable[[Doc], Any]:
    key = _doc_key(name)

    def get(doc: Doc) -> Any:
        data: dict[Any, Any] = doc.user_data
        return data.get(key, default)

    return get


def _doc_setter(name: str) -> Callable[[Doc, Any], None]:
    key = _doc_key(name)

    def set_(doc: Doc, value: Any) -> None:
        data: dict[Any, Any] = doc.user_data
        data[key] = plain_value(value)

    return set_


def set_token_column(doc: Doc, name: str, values: list[Any]) -> None:
    """Set ``token._.<name>`` for every token of ``doc`` at once (one value per token)."""
    if len(values) != len(doc):
        raise ValueError(f"{name}: {len(values)} values for {len(doc)} tokens")
    doc.user_data[TOKEN_COLUMNS[name]] = values


def register() -> None:
    """Register all extensions; safe to call more than once."""
    for name, default in TOKEN_EXTENSIONS.items():
        if not Token.has_extension(name):
            key = TOKEN_COLUMNS[name]
            Token.set_extension(name, getter=_column_getter(key, default),
                                setter=_column_setter(key, default))
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    # A mutable default would be shared across docs: fact lists default to None and
    # components assign a new list. Values are stored where spaCy keeps default extensions.
    for name, default in [*DOC_SCALAR_EXTENSIONS.items(), *((n, None) for n in FACT_LISTS)]:
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=_doc_getter(name, default), setter=_doc_setter(name))


def fact_list(doc: Doc, name: str) -> list[dict]:
    """Return ``doc._.<name>`` as a list (empty when no component has set it)."""
    value = getattr(doc._, name)
    return list(value) if value else []


register()
