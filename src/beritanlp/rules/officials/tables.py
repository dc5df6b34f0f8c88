"""The tables the officials rules read, passed in as one :class:`OfficialsTables`.

The rules never load a table themselves: the caller (the ``beritanlp_officials`` component, a
test, a script) gathers them, usually from a pipeline's :class:`~beritanlp.lexicons.Lexicons`
with :func:`officials_tables`. The agency terms are derived from the agency knowledge base, the
holder index (:class:`HolderIndex`: holders by title, rows keyed and dated) from the office
holders; ``Lexicons.derived`` rebuilds each when its source is replaced, and the tables rebuild
an index not built from their own holders.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date as date_type
from typing import TYPE_CHECKING, Protocol

from beritanlp.lexicons.holders import HolderRow, NicknameRow
from beritanlp.lexicons.positions import PositionLexicon
from beritanlp.lexicons.titles import TitleList
from beritanlp.text.words import TOKEN

if TYPE_CHECKING:
    from beritanlp.lexicons import Lexicons

#: Key of the agency terms among a pipeline's derived tables.
AGENCY_TERMS_KEY = "officials.agency_terms"
#: Key of the office holders' index (:class:`HolderIndex`) among a pipeline's derived tables.
HOLDER_INDEX_KEY = "officials.holder_index"
#: A holder of the table of office holders: their name words and first day in office.
Holder = tuple[tuple[str, ...], str]


class PlaceEntry(Protocol):
    """What the rules read of a gazetteer entry."""

    @property
    def name(self) -> str:
        """The place's name ("Sungai Brantas")."""

    @property
    def type(self) -> str:
        """Place type ("provinsi", "kabupaten", "country" ...)."""

    @property
    def code(self) -> str | None:
        """Kemendagri code, None for places outside the code tables."""

    @property
    def common(self) -> bool:
        """The bare name is also an ordinary word."""


class PlaceLookup(Protocol):
    """What the rules read of a gazetteer: entries a name may refer to, most likely first."""

    @property
    def wilayah_parts(self) -> frozenset[str]:
        """First words of natural-feature cues, casefolded ("sungai", "gunung", "pulau")."""

    def lookup(self, name: str, type_: str | None = None, /) -> Sequence[PlaceEntry]:
        """Entries for ``name`` (of type ``type_`` when given)."""


class AgencyEntry(Protocol):
    """What the rules read of an agency record."""

    @property
    def id(self) -> str:
        """The agency's identifier."""

    @property
    def type(self) -> str:
        """The agency's type ("ministry", "regional_office" ...)."""


class AgencyTable(Protocol):
    """What the rules read of an agency knowledge base."""

    def __iter__(self) -> Iterator[AgencyEntry]:
        """The records."""

    def terms(self) -> Iterable[tuple[str, str, str]]:
        """``(term, kind, id)`` for every matchable form; ``kind`` ``"acronym"`` is exact."""


@dataclass(frozen=True)
class AgencyTerms:
    """Agency names as word tuples, each with its agency type.

    Attributes
    ----------
    folded
        Full names and aliases, casefolded (matched without case).
    exact
        Acronyms as written (matched with case).
    max_words
        Words in the longest term.
    """

    folded: dict[tuple[str, ...], str]
    exact: dict[tuple[str, ...], str]
    max_words: int


def build_agency_terms(kb: AgencyTable) -> AgencyTerms:
    """Index the terms of an agency knowledge base (the first agency of a term wins)."""
    types = {record.id: record.type for record in kb}
    folded: dict[tuple[str, ...], str] = {}
    exact: dict[tuple[str, ...], str] = {}
    for term, kind, agency_id in kb.terms():
        words = tuple(w for w in TOKEN.findall(term) if w[0].isalnum())
        if not words:
            continue
        if kind == "acronym":
            exact.setdefault(words, types[agency_id])
        else:
            folded.setdefault(tuple(w.casefold() for w in words), types[agency_id])
    longest = max((len(k) for k in [*folded, *exact]), default=0)
    return AgencyTerms(folded, exact, longest)


def holders_by_title(rows: Sequence[HolderRow]) -> dict[str, frozenset[Holder]]:
    """The holders the table of office holders gives each title form.

    Parameters
    ----------
    rows
        The table's rows (:data:`~beritanlp.lexicons.holders.HolderRow`).

    Returns
    -------
    dict
        Each title form's words joined by spaces ("menkumham", "menteri hukum dan ham") ->
        its holders, as (name words, first day). Titles of one line of ``office_holders.txt``
        share their holders: they are one post.
    """
    out: dict[str, set[Holder]] = {}
    for title, name, start, _end in rows:
        out.setdefault(" ".join(title), set()).add((name, start))
    return {t: frozenset(h) for t, h in out.items()}


def iso_day(text: str | None) -> date_type | None:
    """The date of an ISO string's first ten characters ("2019-09-19..."), or None."""
    try:
        return date_type.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


#: A row of the table of office holders as the rules read it: the title's words joined without
#: spaces ("menteripppn"), the holder's name words, the first and the last day in office.
DatedHolder = tuple[str, tuple[str, ...], date_type | None, date_type | None]


@dataclass(frozen=True)
class HolderIndex:
    """What the rules derive from one table of office holders, built once per table.

    Attributes
    ----------
    rows
        The table's rows it was built from.
    by_title
        The holders of each title form (:func:`holders_by_title`).
    dated
        Each row keyed and with its dates parsed (:data:`DatedHolder`), in the table's order.
    """

    rows: Sequence[HolderRow]
    by_title: Mapping[str, frozenset[Holder]]
    dated: tuple[DatedHolder, ...]

    @classmethod
    def of(cls, rows: Sequence[HolderRow]) -> HolderIndex:
        """The index of ``rows`` (the rows kept as given, for :meth:`built_from`)."""
        dated = tuple(
            ("".join(title), name, iso_day(start), iso_day(end))
            for title, name, start, end in rows
        )
        return cls(rows=rows, by_title=holders_by_title(rows), dated=dated)

    def built_from(self, rows: Sequence[HolderRow]) -> bool:
        """Tell whether this index was built from ``rows`` (the same object)."""
        return self.rows is rows


@dataclass(frozen=True)
class OfficialsTables:
    """Every table the officials rules read.

    Attributes
    ----------
    positions
        The position lexicon (heads, modifiers, unit words, non-public bodies).
    titles
        Honorifics and ranks skipped before a name.
    gazetteer
        Places, for jurisdictions.
    agency_terms
        Agency names and acronyms with their types (:func:`build_agency_terms`).
    nicknames
        Nicknames of well-known officials and the words of the full names they stand for,
        casefolded (``(("jokowi",), ("joko", "widodo"))``, ``official_nicknames.txt``).
    holders
        Holders of public offices: a title form's words, the holder's name words (casefolded)
        and the dates in office (``office_holders.txt``;
        :mod:`~beritanlp.rules.officials.known_holders`).
    holder_index
        What the rules derive from ``holders`` (:class:`HolderIndex`), built once per table by
        :func:`officials_tables`. An index of other rows (or none) is rebuilt from ``holders``
        when the tables are made, so ``dataclasses.replace(tables, holders=rows)`` can never
        leave it stale.
    plain_word
        Whether a lowercase word is an ordinary word of the language (a dictionary root), or
        None where no dictionary is given: a capitalised run of such words after an agency is
        a project's or product's name, not a person's ("Kartu Kredit").
    """

    positions: PositionLexicon
    titles: TitleList
    gazetteer: PlaceLookup
    agency_terms: AgencyTerms
    nicknames: tuple[NicknameRow, ...]
    holders: tuple[HolderRow, ...] = ()
    holder_index: HolderIndex | None = field(default=None, repr=False, compare=False)
    plain_word: Callable[[str], bool] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Derive the holder index from ``holders`` unless the one given was built from them."""
        if self.holder_index is None or not self.holder_index.built_from(self.holders):
            object.__setattr__(self, "holder_index", HolderIndex.of(self.holders))

    @property
    def holders_by_title(self) -> Mapping[str, frozenset[Holder]]:
        """The holders of each title form of ``holders`` (:func:`holders_by_title`).

        Two forms with a holder in common are one post ("Menkumham", "Menteri Hukum dan HAM").
        """
        return self.index.by_title

    @property
    def index(self) -> HolderIndex:
        """The holder index (:attr:`holder_index`, always set after construction)."""
        assert self.holder_index is not None
        return self.holder_index


def officials_tables(
    lexicons: Lexicons, plain_word: Callable[[str], bool] | None = None
) -> OfficialsTables:
    """The tables of a pipeline's :class:`~beritanlp.lexicons.Lexicons`, read now.

    Cheap: the tables are read as they are (the office holders and the nicknames too, so a
    table replaced in ``lexicons`` reaches the rules), and the agency terms and the holder
    index are rebuilt only when the agency knowledge base or the office holders were replaced
    since the last call. ``plain_word`` is the dictionary test of
    :attr:`OfficialsTables.plain_word`.
    """
    return OfficialsTables(
        positions=lexicons.positions,
        titles=lexicons.titles,
        gazetteer=lexicons.gazetteer,
        agency_terms=lexicons.derived(AGENCY_TERMS_KEY, ("agencies",), build_agency_terms),
        nicknames=lexicons.official_nicknames,
        holders=lexicons.office_holders,
        holder_index=lexicons.derived(HOLDER_INDEX_KEY, ("office_holders",), HolderIndex.of),
        plain_word=plain_word,
    )
