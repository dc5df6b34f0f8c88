"""The article record: typed facts, built from a processed ``Doc`` in exactly one place.

``Article.to_dict()`` (and every line ``beritanlp tag`` writes) has the shape documented in
DESIGN.md: id, title, date, officials, agencies, places, scores, dates, entities, topics, error
(and ``warnings``, an extra key). The fact dataclasses and the list names are stated once, in
:mod:`beritanlp.schema` (re-exported here). Fact components put plain dicts on the Doc (see
:mod:`beritanlp.extensions`); this module turns them into those dataclasses. Keys a component
adds beyond the documented fields are kept in ``extra`` and written back by ``to_dict``.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from beritanlp import extensions
from beritanlp.schema import (
    FACT_LISTS,
    FACT_TYPES,
    Agency,
    DateMention,
    Entity,
    Official,
    Place,
    Score,
)
from beritanlp.text.doc_text import doc_text, given_text
from beritanlp.text.headline import first_blank_line


@dataclass
class Article:
    """Everything beritanlp found in one article.

    Attributes
    ----------
    id, title, date
        Identifier, headline and the article's date (ISO ``YYYY-MM-DD``): the one given with
        the article (``analyze(date=...)``, an input record's date field) when it could be
        read, else the one its text states, else None.
    officials, agencies, places, scores, dates, entities
        Fact lists (see GUIDELINE.md for what each holds).
    topics
        Topic label -> probability.
    error
        ``None`` for a processed article; otherwise why it could not be processed (the fact
        lists are then empty).
    warnings
        What of the input was not used, and why (e.g. a given date that is not readable: the
        article is analysed without it); empty for most articles.
    text
        The analysed text (not part of ``to_dict()`` unless asked for).
    """

    id: str | None = None
    title: str | None = None
    date: str | None = None
    officials: list[Official] = field(default_factory=list)
    agencies: list[Agency] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    scores: list[Score] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    topics: dict[str, float] = field(default_factory=dict)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    text: str | None = field(default=None, repr=False)

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        """The record as JSON-ready plain data, in the documented key order.

        Parameters
        ----------
        include_text
            Also include the analysed text under ``"text"``.
        """
        out: dict[str, Any] = {"id": self.id, "title": self.title, "date": self.date}
        for fact_list in FACT_LISTS:
            out[fact_list.name] = [fact.to_dict() for fact in getattr(self, fact_list.name)]
        out["topics"] = dict(self.topics)
        out["error"] = self.error
        out["warnings"] = list(self.warnings)
        if include_text:
            out["text"] = self.text
        return out

    def to_json(self, **kwargs: Any) -> str:
        """The record as one line of strict JSON (``ensure_ascii=False``, no NaN/Infinity).

        Raises
        ------
        ValueError
            When a value is NaN or infinite (strict JSON has no such numbers).
        """
        return json.dumps(self.to_dict(**kwargs), ensure_ascii=False, allow_nan=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article from :meth:`to_dict` output (e.g. a line of ``beritanlp tag``)."""
        article = cls(
            id=data.get("id"),
            title=data.get("title"),
            date=data.get("date"),
            topics=dict(data.get("topics") or {}),
            error=data.get("error"),
            warnings=list(data.get("warnings") or []),
            text=data.get("text"),
        )
        for name, fact_type in FACT_TYPES.items():
            setattr(article, name, [fact_type.from_dict(d) for d in data.get(name) or []])
        return article

    @classmethod
    def failed(cls, reason: str, id: str | None = None, title: str | None = None) -> Article:
        """An error record: no facts, ``error`` says why."""
        return cls(id=id, title=title, error=reason)


def text_id(text: str) -> str:
    """A stable short id for a text (first 16 hex digits of its SHA-1)."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def split_title(text: str) -> str | None:
    """The headline: the text before the first blank line, when there is one."""
    blank = first_blank_line(text)
    head = text[:blank.start()].strip() if blank else ""
    return head if head and "\n" not in head else None


def article_from_doc(doc: Doc, id: str | None = None, title: str | None = None) -> Article:
    """Build the :class:`Article` record from a processed ``Doc``.

    Raises ``ValueError`` when a topic probability in ``doc.cats`` is NaN or infinite (the
    runner turns that into the article's error record): records are always strict JSON.

    Parameters
    ----------
    doc
        A document processed by the beritanlp pipeline (any subset of its components).
    id, title
        Override ``doc._.doc_id`` / ``doc._.title``; by default the id is a hash of the text as
        given to the tokenizer (:func:`~beritanlp.text.doc_text.given_text`) and
        the title is the text before the first blank line.
    """
    text = doc_text(doc)  # extensions are registered when beritanlp.extensions is imported
    topics = {label: float(p) for label, p in doc.cats.items()}
    if not all(math.isfinite(p) for p in topics.values()):
        raise ValueError(f"doc.cats holds a probability that is not finite: {topics}")
    article = Article(
        id=id or doc._.doc_id or text_id(given_text(doc)),
        title=title or doc._.title or split_title(text),
        date=doc._.date,
        topics=topics,
        text=text,
    )
    for fact_list in FACT_LISTS:
        if fact_list.on_doc:
            setattr(article, fact_list.name, [fact_list.type.from_dict(d)
                                              for d in extensions.fact_list(doc, fact_list.name)])
    article.entities = [
        Entity(text=e.text, label=e.label_, start=e.start_char, end=e.end_char,
               kb_id=e.kb_id_ or None)
        for e in doc.ents
    ]
    return article


__all__ = [
    "Agency",
    "Article",
    "DateMention",
    "Entity",
    "Official",
    "Place",
    "Score",
    "article_from_doc",
    "split_title",
    "text_id",
]
