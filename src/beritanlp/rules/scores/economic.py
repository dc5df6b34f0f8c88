"""Economic indices are no metrics: price, sales, confidence and exchange indices.

Bank Indonesia's retail and consumer surveys (Indeks Penjualan Riil, Indeks Ekspektasi Harga,
Indeks Keyakinan Konsumen) and BPS's price indices (IHK, Nilai Tukar Petani) are statistics of
an economy: their numbers rate no subject, though they come from surveys. GUIDELINE.md counts
survey results that evaluate a subject and leaves out "percentages of growth that are not
evaluation scores"; the annotators leave these indices out. The table of their public names is
``lexicons/data/economic_indices.txt``; :func:`without_economic` drops every metric that is one
of them (its name, an acronym the text defines for one, or a table acronym in a text that names
the index in full). Pure: the table is passed in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property

from beritanlp.lexicons.words import word_table
from beritanlp.rules.scores.model import Metric
from beritanlp.text.acronyms import AcronymDefinition

#: An acronym of the table: capitals and digits, maybe one hyphen ("PMI-BI").
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)?")


@dataclass(frozen=True)
class EconomicIndex:
    """One economic index: its acronym (or ``None``), long names and issuer."""

    acronym: str | None
    names: tuple[str, ...]
    issuer: str


@dataclass(frozen=True)
class EconomicIndices:
    """The table of economic indices, with its long names compiled once.

    Parameters
    ----------
    indices : tuple of EconomicIndex
        The rows of the table.
    """

    indices: tuple[EconomicIndex, ...]
    _compiled: dict[str, re.Pattern[str]] = field(default_factory=dict, compare=False,
                                                  repr=False)

    def names_pattern(self) -> re.Pattern[str]:
        """Every long name as a whole-word start, any case (built on first use)."""
        if "names" not in self._compiled:
            names = sorted({n for i in self.indices for n in i.names}, key=len, reverse=True)
            alts = "|".join(r"[ \t]+".join(map(re.escape, n.split())) for n in names)
            self._compiled["names"] = re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])",
                                                 re.IGNORECASE)
        return self._compiled["names"]

    def may_name(self, text: str) -> bool:
        """A cheap test: a long name's first word (any case) occurs in ``text``."""
        low = text.lower()
        return any(h in low for h in self.heads)

    @cached_property
    def heads(self) -> frozenset[str]:
        """The first words of the long names, lower-cased."""
        return frozenset(n.split()[0].lower() for i in self.indices for n in i.names)

    def acronyms_of(self, named: set[str]) -> set[str]:
        """The acronyms of the indices one of whose long names (casefolded) is in ``named``."""
        return {i.acronym for i in self.indices
                if i.acronym and any(n.casefold() in named for n in i.names)}


def parse_economic_indices(rows: Sequence[Sequence[str]]) -> EconomicIndices:
    """Build the table from word-table rows, validating each.

    Parameters
    ----------
    rows : rows of (acronym or "-", long names ";"-separated, issuer)

    Returns
    -------
    EconomicIndices
        The validated table.

    Raises
    ------
    ValueError
        For a row with a wrong number of columns, no long name, an acronym that is no
        acronym, a long name not capitalised, an empty issuer or an acronym given twice.
    """
    out: list[EconomicIndex] = []
    seen: set[str] = set()
    for row in rows:
        if len(row) != 3:
            raise ValueError(f"economic index row needs 3 columns: {row!r}")
        acronym = None if row[0] == "-" else row[0]
        names = tuple(n.strip() for n in row[1].split(";") if n.strip())
        if acronym is not None and (not _ACRONYM.fullmatch(acronym) or acronym in seen):
            raise ValueError(f"bad or repeated economic index acronym: {row!r}")
        if not names or not all(n[0].isupper() for n in names) or not row[2]:
            raise ValueError(f"economic index row needs capitalised names and an issuer: {row!r}")
        if acronym is not None:
            seen.add(acronym)
        out.append(EconomicIndex(acronym, names, row[2]))
    return EconomicIndices(tuple(out))


@cache
def default_economic_indices() -> EconomicIndices:
    """The packaged table (the ``economic_indices`` word list)."""
    return parse_economic_indices(word_table("economic_indices"))


def without_economic(text: str, metrics: Sequence[Metric],
                     definitions: Sequence[AcronymDefinition],
                     table: EconomicIndices) -> list[Metric] | None:
    """``metrics`` without the economic indices; ``None`` when the text names none (no change).

    Parameters
    ----------
    text : str
        The article.
    metrics : sequence of Metric
        The metrics found in it.
    definitions : sequence of AcronymDefinition
        The acronyms the text defines ("Indeks Ekspektasi Harga Umum (IEH)").
    table : EconomicIndices
        The economic indices.

    Returns
    -------
    list of Metric or None
        The metrics that are no economic index, in their order.
    """
    if not metrics or not table.may_name(text):
        return None
    pattern = table.names_pattern()
    named = {" ".join(m.group().split()).casefold() for m in pattern.finditer(text)}
    if not named:
        return None
    blocked = table.acronyms_of(named)
    blocked |= {d.short for d in definitions if pattern.match(d.long)}
    return [m for m in metrics
            if m.name not in blocked and pattern.match(m.name) is None
            and pattern.match(text, m.start, m.end) is None]
