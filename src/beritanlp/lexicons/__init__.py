"""The data tables of a pipeline, behind one object that every component reads them from.

A pipeline has exactly one :class:`Lexicons` (see :meth:`Lexicons.of`). Components never load a
table from a module-level cache: they keep the pipeline's ``Lexicons`` and read
``lexicons.agencies``, ``lexicons.positions`` ... when they run. Replacing a table (the agencies
component's ``set_kb``, ``from_disk``, places' ``add_aliases``) therefore reaches every component
that reads it, and tables derived from it are rebuilt through :meth:`Lexicons.derived`.

Each table is loaded lazily from the packaged data on first use, so a pipeline that never reads a
table never pays for it.

Tables
------
agencies
    :class:`~beritanlp.lexicons.agencies.AgencyKB`, the agency knowledge base.
positions
    :class:`~beritanlp.lexicons.positions.PositionLexicon`, position words of officials.
gazetteer
    :class:`~beritanlp.lexicons.regions.Gazetteer`, regions with Kemendagri codes.
titles
    :class:`~beritanlp.lexicons.titles.TitleList`, titles and honorifics before names.
ranks
    Police and military ranks of the titles' data file (``frozenset`` of word tuples,
    :func:`~beritanlp.lexicons.titles.load_ranks`).
metrics
    The score metrics (``tuple`` of :class:`~beritanlp.lexicons.metrics.MetricRule`).
office_holders
    Holders of public offices with their dates (``tuple`` of
    :data:`~beritanlp.lexicons.holders.HolderRow`, ``lexicons/data/office_holders.txt``).
official_nicknames
    Nicknames of well-known officials (``tuple`` of
    :data:`~beritanlp.lexicons.holders.NicknameRow`, ``lexicons/data/official_nicknames.txt``).
words
    Small word lists (months, stopwords, institution heads ...) by name, see
    :func:`beritanlp.lexicons.words.word_list`.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from beritanlp.lexicons.words import word_list

if TYPE_CHECKING:
    from beritanlp.lexicons.agencies import AgencyKB
    from beritanlp.lexicons.holders import HolderRow, NicknameRow
    from beritanlp.lexicons.metrics import MetricRule
    from beritanlp.lexicons.positions import PositionLexicon
    from beritanlp.lexicons.regions import Gazetteer
    from beritanlp.lexicons.titles import TitleList

T = TypeVar("T")

#: Table name -> zero-argument loader of the packaged default, imported on first use.
_DEFAULT_LOADERS: dict[str, tuple[str, str]] = {
    "agencies": ("beritanlp.lexicons.agencies", "load_agency_kb"),
    "positions": ("beritanlp.lexicons.positions", "load_positions"),
    "gazetteer": ("beritanlp.lexicons.regions", "default_gazetteer"),
    "titles": ("beritanlp.lexicons.titles", "load_titles"),
    "ranks": ("beritanlp.lexicons.titles", "load_ranks"),
    "metrics": ("beritanlp.lexicons.metrics", "load_metric_rules"),
    "office_holders": ("beritanlp.lexicons.holders", "load_office_holders"),
    "official_nicknames": ("beritanlp.lexicons.holders", "load_official_nicknames"),
}

#: The default tables, loaded at most once per process and shared by every Lexicons that has
#: not replaced them (tables are treated as read-only; replace, never mutate).
_DEFAULTS: dict[str, Any] = {}

_BY_PIPELINE: weakref.WeakKeyDictionary[Any, Lexicons] = weakref.WeakKeyDictionary()


def _default(name: str) -> Any:
    if name not in _DEFAULTS:
        from importlib import import_module

        module, function = _DEFAULT_LOADERS[name]
        _DEFAULTS[name] = getattr(import_module(module), function)()
    return _DEFAULTS[name]


class Lexicons:
    """The tables one pipeline reads (agencies, positions, gazetteer, titles, metrics ...).

    See the module's list of tables (office holders and officials' nicknames included).

    Parameters
    ----------
    **tables
        Tables to use instead of the packaged defaults, by name (``agencies=AgencyKB(...)``).

    Raises
    ------
    TypeError
        For a table name that is not one of :attr:`TABLES`.
    """

    TABLES: tuple[str, ...] = tuple(_DEFAULT_LOADERS)

    def __init__(self, **tables: Any) -> None:
        unknown = set(tables) - set(self.TABLES)
        if unknown:
            raise TypeError(f"unknown table(s) {sorted(unknown)}; known: {list(self.TABLES)}")
        self._tables: dict[str, Any] = dict(tables)
        self._derived: dict[str, tuple[tuple[int, ...], Any]] = {}

    # -- tables --------------------------------------------------------------------------------

    def get(self, name: str) -> Any:
        """The table ``name`` (the packaged default unless it was replaced)."""
        if name not in self.TABLES:
            raise KeyError(f"unknown table {name!r}; known: {list(self.TABLES)}")
        table = self._tables.get(name)
        return table if table is not None else _default(name)

    def replace(self, name: str, table: Any) -> None:
        """Use ``table`` as the table ``name`` from now on, in every component of the pipeline."""
        if name not in self.TABLES:
            raise KeyError(f"unknown table {name!r}; known: {list(self.TABLES)}")
        self._tables[name] = table

    def is_default(self, name: str) -> bool:
        """Whether the table ``name`` is the packaged default."""
        return self._tables.get(name) is None

    @property
    def agencies(self) -> AgencyKB:
        """The agency knowledge base."""
        return self.get("agencies")

    @property
    def positions(self) -> PositionLexicon:
        """The position lexicon of officials."""
        return self.get("positions")

    @property
    def gazetteer(self) -> Gazetteer:
        """The region gazetteer (Kemendagri codes)."""
        return self.get("gazetteer")

    @property
    def titles(self) -> TitleList:
        """Titles and honorifics written before names."""
        return self.get("titles")

    @property
    def ranks(self) -> frozenset[tuple[str, ...]]:
        """Police and military ranks (normalised word tuples: ``("ajun", "komisaris")``)."""
        return self.get("ranks")

    @property
    def metrics(self) -> tuple[MetricRule, ...]:
        """The score metrics."""
        return self.get("metrics")

    @property
    def office_holders(self) -> tuple[HolderRow, ...]:
        """Holders of public offices: one row per title form, with the dates in office."""
        return self.get("office_holders")

    @property
    def official_nicknames(self) -> tuple[NicknameRow, ...]:
        """Nicknames of well-known officials and the full names they stand for."""
        return self.get("official_nicknames")

    @staticmethod
    def words(name: str) -> tuple[str, ...]:
        """The packaged word list ``name`` (see :func:`beritanlp.lexicons.words.word_list`)."""
        return word_list(name)

    # -- derived tables ------------------------------------------------------------------------

    def derived(self, key: str, sources: tuple[str, ...], build: Callable[..., T]) -> T:
        """A table computed from others, rebuilt when one of them is replaced.

        Parameters
        ----------
        key
            Name of the derived table (unique per builder, e.g. ``"officials.agency_terms"``).
        sources
            Names of the tables it is computed from, passed to ``build`` in this order.
        build
            Builds the derived table from the source tables.
        """
        tables = tuple(self.get(name) for name in sources)
        stamp = tuple(id(table) for table in tables)
        cached = self._derived.get(key)
        if cached is None or cached[0] != stamp:
            cached = (stamp, build(*tables))
            self._derived[key] = cached
        return cached[1]

    # -- one per pipeline ----------------------------------------------------------------------

    @classmethod
    def of(cls, nlp: Any) -> Lexicons:
        """The Lexicons of pipeline ``nlp`` (created with the defaults on first use)."""
        lexicons = _BY_PIPELINE.get(nlp)
        if lexicons is None:
            lexicons = cls()
            _BY_PIPELINE[nlp] = lexicons
        return lexicons

    def bind(self, nlp: Any) -> Lexicons:
        """Make this the Lexicons of ``nlp`` (before its components are added); return it."""
        _BY_PIPELINE[nlp] = self
        return self

    def __getstate__(self) -> dict[str, Any]:
        # Pickle the replaced tables only: defaults are loaded again in the other process, and
        # derived tables are rebuilt there.
        return {"_tables": self._tables}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._tables = dict(state["_tables"])
        self._derived = {}

    def __repr__(self) -> str:
        replaced = sorted(self._tables)
        return f"Lexicons(replaced={replaced})"


__all__ = ["Lexicons", "word_list"]
