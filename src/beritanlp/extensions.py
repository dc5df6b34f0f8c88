"""Every custom ``Doc``/``Span``/``Token`` attribute beritanlp uses, registered once at import.

Values are always plain Python data (str, int, float, bool, None, and lists/dicts of them), never
spaCy objects, so docs survive ``nlp.pipe(n_process=2)``, ``DocBin`` and pickling.

Token
    ``stem`` (str | None): Sastrawi stem; the token text itself for protected words.
    ``protected`` (bool): the stemmer left the token alone (name, entity, protected word).
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

from spacy.tokens import Doc, Span, Token

TOKEN_EXTENSIONS: dict[str, object] = {"stem": None, "protected": False}
SPAN_EXTENSIONS: dict[str, object] = {"position": None, "jurisdiction": None, "canonical": None}
DOC_SCALAR_EXTENSIONS: dict[str, object] = {"doc_id": None, "title": None, "date": None}
FACT_LISTS: tuple[str, ...] = ("officials", "agencies", "places", "scores", "dates")


def register() -> None:
    """Register all extensions; safe to call more than once."""
    for name, default in TOKEN_EXTENSIONS.items():
        if not Token.has_extension(name):
            Token.set_extension(name, default=default)
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
