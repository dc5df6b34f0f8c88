"""The article record's facts: the one statement of its lists and their fields.

Everything that names a fact list or a fact field reads it from here: the record
(:mod:`beritanlp.record`), the Doc extensions (:mod:`beritanlp.extensions`), the pandas tables
(:func:`beritanlp.to_dataframe`), the command-line summary and ``beritanlp evaluate facts``.
Adding a field to a fact means adding it to its dataclass below and nowhere else.

This module is plain Python (no spaCy) and imports nothing from beritanlp.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, TypeVar

Mentions = list[list[int]]
F = TypeVar("F", bound="Fact")

#: Field names that are not table columns: the mention offsets and the overflow dict.
_NOT_COLUMNS = ("mentions", "extra")


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(fact_type: type) -> tuple[str, ...]:
    # read once per fact class: to_dict/from_dict run for every fact of every article
    names = _FIELD_NAMES.get(fact_type)
    if names is None:
        names = tuple(f.name for f in fields(fact_type) if f.name != "extra")
        _FIELD_NAMES[fact_type] = names
    return names


@dataclass
class Fact:
    """Base for fact records: construction from dicts with unknown keys kept in ``extra``."""

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        """The record's field names for this fact, in record order (without ``extra``)."""
        return _field_names(cls)

    @classmethod
    def from_dict(cls: type[F], data: dict[str, Any]) -> F:
        """Build the fact from a component's dict; keys outside the record go to ``extra``."""
        known = set(cls.field_names())
        kwargs = {k: v for k, v in data.items() if k in known}
        extra = {k: v for k, v in data.items() if k not in known}
        return cls(**kwargs, extra=extra)  # type: ignore[call-arg]

    def to_dict(self) -> dict[str, Any]:
        """The fact as a JSON-ready dict (documented fields first, then extras)."""
        out = {name: getattr(self, name) for name in self.field_names()}
        out.update(getattr(self, "extra", {}))
        return out


@dataclass
class Official(Fact):
    """A named person with a public position (GUIDELINE: officials)."""

    name: str | None = None
    position: str | None = None
    jurisdiction: str | None = None
    mentions: Mentions = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass
class Agency(Fact):
    """A public institution, linked to the knowledge base when known (GUIDELINE: agencies).

    ``name`` is the longest full form the article writes (else its longest short form);
    ``canonical`` is the knowledge base's name of the agency when the record is linked to it
    (``id`` is a knowledge-base id), else None, so one agency written "Kemendagri" in one article
    and "Kementerian Dalam Negeri" in another has one ``id`` and one ``canonical``.
    """

    name: str | None = None
    canonical: str | None = None
    acronym: str | None = None
    id: str | None = None
    mentions: Mentions = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass
class Place(Fact):
    """A geographic or administrative place with its Kemendagri code (GUIDELINE: places)."""

    name: str | None = None
    type: str | None = None
    code: str | None = None
    province: str | None = None
    mentions: Mentions = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass
class Score(Fact):
    """A score an institution earns: metric, value, kind, subject, year (GUIDELINE: scores)."""

    metric: str | None = None
    value: float | int | str | None = None
    kind: str | None = None
    unit: str | None = None
    subject: str | None = None
    year: int | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    extra: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass
class DateMention(Fact):
    """A date in the text with its ISO value (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``)."""

    text: str | None = None
    value: str | None = None
    start: int | None = None
    end: int | None = None
    extra: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass
class Entity(Fact):
    """A named-entity span (``doc.ents``) with its knowledge-base id when linked."""

    text: str | None = None
    label: str | None = None
    start: int | None = None
    end: int | None = None
    kb_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass(frozen=True)
class FactList:
    """One list of the article record.

    Attributes
    ----------
    name
        The record key (``"officials"`` ...); for lists a component writes, also the name of the
        Doc extension (``doc._.officials``).
    type
        The fact dataclass of its items.
    title
        Heading for human-readable output ("Officials").
    on_doc
        Written by a fact component as ``doc._.<name>`` (a list of dicts); ``False`` for
        ``entities``, which the record reads from ``doc.ents``.
    scored
        Scored by ``beritanlp evaluate facts`` (and the shared scorer) against gold facts.
    """

    name: str
    type: type[Fact]
    title: str
    on_doc: bool = True
    scored: bool = False

    MENTIONS: ClassVar[str] = "mentions"

    @property
    def fields(self) -> tuple[str, ...]:
        """The fact's field names, in record order."""
        return self.type.field_names()

    @property
    def columns(self) -> tuple[str, ...]:
        """The fields that are table columns (all but ``mentions``)."""
        return tuple(name for name in self.fields if name not in _NOT_COLUMNS)

    @property
    def has_mentions(self) -> bool:
        """Whether each fact carries its mention offsets."""
        return self.MENTIONS in self.fields


#: The record's fact lists, in record order.
FACT_LISTS: tuple[FactList, ...] = (
    FactList("officials", Official, "Officials", scored=True),
    FactList("agencies", Agency, "Agencies", scored=True),
    FactList("places", Place, "Places", scored=True),
    FactList("scores", Score, "Scores", scored=True),
    FactList("dates", DateMention, "Dates"),
    FactList("entities", Entity, "Entities", on_doc=False),
)
#: List name -> its description.
FACT_LIST_BY_NAME: dict[str, FactList] = {fl.name: fl for fl in FACT_LISTS}
#: List name -> fact dataclass, in record order.
FACT_TYPES: dict[str, type[Fact]] = {fl.name: fl.type for fl in FACT_LISTS}
#: Names of the lists fact components write on the Doc (``doc._.<name>``).
DOC_FACT_LISTS: tuple[str, ...] = tuple(fl.name for fl in FACT_LISTS if fl.on_doc)
#: Names of the lists ``evaluate facts`` scores.
SCORED_FACT_LISTS: tuple[str, ...] = tuple(fl.name for fl in FACT_LISTS if fl.scored)
#: The record's scalar keys before the fact lists, and after them. ``date`` is the article's
#: date given with it (input metadata), else the one its text states; ``warnings`` (a list of
#: strings, empty by default) says what of the input was not used, e.g. a date it cannot read.
HEAD_KEYS: tuple[str, ...] = ("id", "title", "date")
TAIL_KEYS: tuple[str, ...] = ("topics", "error", "warnings")
#: Every key of ``Article.to_dict()``, in order.
RECORD_KEYS: tuple[str, ...] = (*HEAD_KEYS, *(fl.name for fl in FACT_LISTS), *TAIL_KEYS)

__all__ = [
    "DOC_FACT_LISTS",
    "FACT_LISTS",
    "FACT_LIST_BY_NAME",
    "FACT_TYPES",
    "HEAD_KEYS",
    "RECORD_KEYS",
    "SCORED_FACT_LISTS",
    "TAIL_KEYS",
    "Agency",
    "DateMention",
    "Entity",
    "Fact",
    "FactList",
    "Mentions",
    "Official",
    "Place",
    "Score",
]
