"""The tables the officials rules read, passed in as one :class:`OfficialsTables`.

The rules never load a table themselves: the caller (the ``beritanlp_officials`` component, a
test, a script) gathers them, usually from a pipeline's :class:`~beritanlp.lexicons.Lexicons`
with :func:`officials_tables`. The agency terms are derived from the agency knowledge base, the
holders by title from the office holders; ``Lexicons.derived`` rebuilds each when its source
is replaced.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from beritanlp.lexicons.holders import HolderRow, NicknameRow
from beritanlp.lexicons.positions import PositionLexicon
from beritanlp.lexicons.titles import TitleList
from beritanlp.text.words import TOKEN

if TYPE_CHECKING:
    from beritanlp.lexicons import Lexicons

#: Key of the agency terms among a pipeline's derived tables.
AGENCY_TERMS_KEY = "officials.agency_terms"
#: Key of the office holders by title among a pipeline's derived tables.
HOLDERS_BY_TITLE_KEY = "officials.holders_by_title"
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
    holders_by_title
        The holders of each title form of ``holders`` (:func:`holders_by_title`): two forms
        with a holder in common are one post ("Menkumham", "Menteri Hukum dan HAM").
    """

    positions: PositionLexicon
    titles: TitleList
    gazetteer: PlaceLookup
    agency_terms: AgencyTerms
    nicknames: tuple[NicknameRow, ...]
    holders: tuple[HolderRow, ...] = ()
    holders_by_title: Mapping[str, frozenset[Holder]] = field(default_factory=dict)


def officials_tables(lexicons: Lexicons) -> OfficialsTables:
    """The tables of a pipeline's :class:`~beritanlp.lexicons.Lexicons`, read now.

    Cheap: the tables are read as they are (the office holders and the nicknames too, so a
    table replaced in ``lexicons`` reaches the rules), and the agency terms and the holders by
    title are rebuilt only when the agency knowledge base or the office holders were replaced
    since the last call.
    """
    return OfficialsTables(
        positions=lexicons.positions,
        titles=lexicons.titles,
        gazetteer=lexicons.gazetteer,
        agency_terms=lexicons.derived(AGENCY_TERMS_KEY, ("agencies",), build_agency_terms),
        nicknames=lexicons.official_nicknames,
        holders=lexicons.office_holders,
        holders_by_title=lexicons.derived(
            HOLDERS_BY_TITLE_KEY, ("office_holders",), holders_by_title
        ),
    )
