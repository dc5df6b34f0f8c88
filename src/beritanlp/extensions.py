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
"""

from __future__ import annotations

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
    for name, default in DOC_SCALAR_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name in FACT_LISTS:
        if not Doc.has_extension(name):
            # A mutable default would be shared across docs; components assign a new list.
            Doc.set_extension(name, default=None)


def fact_list(doc: Doc, name: str) -> list[dict]:
    """Return ``doc._.<name>`` as a list (empty when no component has set it)."""
    value = getattr(doc._, name)
    return list(value) if value else []


register()
