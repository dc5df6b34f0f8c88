"""The position (jabatan) lexicon: validated records shipped as ``resources/positions.jsonl``.

Each line of the data file is one JSON object with closed keys (see :class:`PositionEntry`):

``kind`` ``"position"``
    A head word of a public position ("Wali Kota", "Menteri", "Kapolda"). ``category`` says which
    part of the state it belongs to and ``complement`` what may follow the head before the
    jurisdiction or the name:

    * ``"none"``: nothing; a place or institution may follow ("Gubernur Jawa Barat").
    * ``"portfolio"``: portfolio words that stay in the position ("Menteri Keuangan",
      "Kepala Dinas Perhubungan"); only a trailing *place* becomes the jurisdiction.
    * ``"open"``: unit words that may follow; the head also stands alone ("Komisioner").
    * ``"required"``: the head names nothing alone ("Ketua", "Kepala", "Anggota"); it needs
      unit words or a jurisdiction, except where the article lost them (scraper gaps).

    ``needs`` (optional) lists words of which one must appear after the head ("Anggota" is a
    position only of a legislature or commission: "Anggota DPR", not "anggota Polri").
    ``gate`` (optional, one of :data:`GATES`) marks a head that is a position only where the
    officials rules' gate for it says so: ``"monarch"`` for the heads of monarchs ("Raja",
    "Ratu"), which are also given names and nickname words; ``"state_company"`` for the heads
    of company posts ("General Manager", "Manajer") that are public only where the complement
    names a state company ("General Manager PLN ..."). The officials rules check the
    ``"state_company"`` gate in ``phrases.phrase_at`` only: their other readers of a head
    (``gaps.py``, ``after.py``, ``names.py``) take it as they take any head. The other readers
    of the table take a gated record for no position: the places rules' titles
    (``rules/places/titles.py``), the score rules' stop words and position heads
    (``rules/scores/continued.py``) and their role words (``rules/scores/antecedents.py``).
``kind`` ``"modifier"``
    Words before a head that stay in the position: Penjabat/Pj, Plt, Plh, Wakil, mantan, eks.
``kind`` ``"unit"``
    Words that may be part of a position's portfolio or unit name without a comma
    ("Pengendalian", "Perubahan", "Iklim" in "Dirjen Pengendalian Perubahan Iklim").
``kind`` ``"company_unit"``
    Unit words of a company's post ("Marketing", "Branch", "Corporate", "Communication" in
    "Manager Marketing X Region Y"), read only in the complement of a head gated
    ``"state_company"`` (no other head, and no other reader of the table, takes them).
``kind`` ``"nongov"``
    Words that mark an organisation as not a public body ("Yayasan", "Universitas"): a
    "Ketua Yayasan ..." is not an official.

Every surface form (``text`` and ``variants``) is unique in the file, compared without case and
dots. Unknown keys, missing keys, wrong types, unknown categories and duplicates raise
:class:`ValueError` naming the line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any

from beritanlp.lexicons.jsonl import read_jsonl_lines

RESOURCE_NAME = "positions.jsonl"

KINDS: frozenset[str] = frozenset({"position", "modifier", "unit", "company_unit", "nongov"})
CATEGORIES: frozenset[str] = frozenset(
    {
        "national",
        "regional",
        "legislative",
        "judicial",
        "security",
        "agency",
        "soe",
        "party",
        "generic",
    }
)
COMPLEMENTS: frozenset[str] = frozenset({"none", "portfolio", "open", "required"})
#: Gates a position record may name: the rule that decides where its head is a position.
GATES: frozenset[str] = frozenset({"monarch", "state_company"})
_KEYS: frozenset[str] = frozenset(
    {"kind", "text", "variants", "category", "complement", "needs", "gate"}
)
_POSITION_ONLY: tuple[str, ...] = ("category", "complement", "needs", "gate")


def normalize_form(text: str) -> tuple[str, ...]:
    """Return the matching key of a surface form: casefolded words without dots.

    Parameters
    ----------
    text
        A position, modifier or word as written ("Pj.", "Wali Kota").

    Returns
    -------
    tuple of str
        ``("pj",)``, ``("wali", "kota")``; hyphens and slashes stay inside words.
    """
    words = text.replace(".", " ").split()
    return tuple(w.casefold() for w in words if w)


@dataclass(frozen=True)
class PositionEntry:
    """One validated lexicon record.

    Attributes
    ----------
    kind
        ``"position"``, ``"modifier"``, ``"unit"``, ``"company_unit"`` or ``"nongov"``.
    text
        The canonical surface form.
    variants
        Other spellings and short forms ("Walikota" for "Wali Kota").
    category
        For positions: one of :data:`CATEGORIES`; otherwise None.
    complement
        For positions: one of :data:`COMPLEMENTS`; otherwise None.
    needs
        For positions: words one of which must follow the head (empty: no constraint).
    gate
        For positions: one of :data:`GATES` when the head is a position only where that gate
        says so (the monarchs' heads, company posts of state companies); otherwise None.
    """

    kind: str
    text: str
    variants: tuple[str, ...] = ()
    category: str | None = None
    complement: str | None = None
    needs: tuple[str, ...] = field(default=())
    gate: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind {self.kind!r} (expected one of {sorted(KINDS)})")
        _check_form("text", self.text)
        for variant in self.variants:
            _check_form("variants", variant)
        if self.kind == "position":
            if self.category not in CATEGORIES:
                raise ValueError(
                    f"position {self.text!r}: category {self.category!r} is not one of "
                    f"{sorted(CATEGORIES)}"
                )
            if self.complement not in COMPLEMENTS:
                raise ValueError(
                    f"position {self.text!r}: complement {self.complement!r} is not one of "
                    f"{sorted(COMPLEMENTS)}"
                )
            for word in self.needs:
                _check_form("needs", word)
            if self.gate is not None and self.gate not in GATES:
                raise ValueError(
                    f"position {self.text!r}: gate {self.gate!r} is not one of {sorted(GATES)}"
                )
        elif (
            self.category is not None or self.complement is not None or self.needs
            or self.gate is not None
        ):
            raise ValueError(
                f"{self.kind} {self.text!r}: only positions take category/complement/needs/gate"
            )

    @property
    def forms(self) -> tuple[str, ...]:
        """The canonical form followed by the variants."""
        return (self.text, *self.variants)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PositionEntry:
        """Build a record from a JSON object, rejecting unknown and missing keys.

        Raises
        ------
        ValueError
            On unknown keys, a missing ``kind``/``text``, or values of the wrong type.
        """
        if not isinstance(data, Mapping):
            raise ValueError(f"a lexicon record must be a JSON object, got {type(data).__name__}")
        unknown = set(data) - _KEYS
        if unknown:
            raise ValueError(f"unknown key(s) {sorted(unknown)} (allowed: {sorted(_KEYS)})")
        for key in ("kind", "text"):
            if key not in data:
                raise ValueError(f"missing key {key!r}")
        variants = data.get("variants", [])
        needs = data.get("needs", [])
        for key, value in (("variants", variants), ("needs", needs)):
            if not isinstance(value, list):
                raise ValueError(f"{key!r} must be a list of strings, got {value!r}")
        for key in ("category", "complement", "gate"):
            if data.get(key) is not None and not isinstance(data[key], str):
                raise ValueError(f"{key!r} must be a string, got {data[key]!r}")
        return cls(
            kind=data["kind"],
            text=data["text"],
            variants=tuple(variants),
            category=data.get("category"),
            complement=data.get("complement"),
            needs=tuple(needs),
            gate=data.get("gate"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The record as written in the data file (empty optional keys left out)."""
        out: dict[str, Any] = {"kind": self.kind, "text": self.text}
        if self.variants:
            out["variants"] = list(self.variants)
        if self.kind == "position":
            out["category"] = self.category
            out["complement"] = self.complement
            if self.needs:
                out["needs"] = list(self.needs)
            if self.gate is not None:
                out["gate"] = self.gate
        return out

    def __repr__(self) -> str:
        extra = f", {self.category}/{self.complement}" if self.kind == "position" else ""
        variants = f", variants={list(self.variants)}" if self.variants else ""
        return f"PositionEntry({self.kind} {self.text!r}{extra}{variants})"


def _check_form(key: str, value: object) -> None:
    if not isinstance(value, str) or not value.strip() or value != value.strip():
        raise ValueError(f"{key!r} must be a non-empty string without outer spaces: {value!r}")
    if not normalize_form(value):
        raise ValueError(f"{key!r} has no words: {value!r}")


class PositionLexicon:
    """The validated lexicon with lookup tables by normalised surface form.

    Parameters
    ----------
    entries
        The records; every surface form must be unique.

    Raises
    ------
    ValueError
        When a surface form appears twice.
    """

    def __init__(self, entries: Iterable[PositionEntry]) -> None:
        self.entries: tuple[PositionEntry, ...] = tuple(entries)
        self.by_form: dict[tuple[str, ...], PositionEntry] = {}
        for entry in self.entries:
            for form in entry.forms:
                key = normalize_form(form)
                if key in self.by_form:
                    other = self.by_form[key]
                    raise ValueError(
                        f"duplicate form {form!r}: in {entry!r} and {other!r}"
                    )
                self.by_form[key] = entry
        self.max_words = max((len(k) for k in self.by_form), default=0)
        # first words of every form: most words start none, and match() stops at one lookup
        self.first_words: frozenset[str] = frozenset(k[0] for k in self.by_form if k)
        # a first word of longer forms only ("yang" of "Yang di-Pertuan Agong") starts a form
        # only before its second word: one-word forms, and the first two words of the others
        self._single_words = frozenset(k[0] for k in self.by_form if len(k) == 1)
        self._first_pairs = frozenset(k[:2] for k in self.by_form if len(k) > 1)
        # the most words of a form starting with each first word (most start only one-word
        # forms): match() tries no longer slice than that
        self._longest_from: dict[str, int] = {}
        for k in self.by_form:
            if k:
                self._longest_from[k[0]] = max(self._longest_from.get(k[0], 0), len(k))

    def may_start(self, words: list[str], start: int) -> bool:
        """Tell whether a form may start at ``words[start]`` (its first word, or first two).

        False means :meth:`match` finds no record there of any kind; a cheap test for a scan
        over every word of a text.

        Parameters
        ----------
        words
            Normalised words (casefolded, no dots), as :func:`normalize_form` makes them.
        start
            Index of the word to test.

        Returns
        -------
        bool
            Whether some form's first word (one-word forms) or first two words are there.
        """
        if start >= len(words) or words[start] not in self.first_words:
            return False
        return words[start] in self._single_words \
            or tuple(words[start:start + 2]) in self._first_pairs

    @classmethod
    def from_dicts(cls, rows: Iterable[Mapping[str, Any]]) -> PositionLexicon:
        """Validate JSON objects into a lexicon; errors name the 1-based record number."""
        entries = []
        for number, row in enumerate(rows, start=1):
            try:
                entries.append(PositionEntry.from_dict(row))
            except ValueError as err:
                raise ValueError(f"{RESOURCE_NAME}, record {number}: {err}") from err
        return cls(entries)

    @classmethod
    def from_jsonl(cls, text: str, source: str = RESOURCE_NAME) -> PositionLexicon:
        """Parse and validate JSONL text (blank lines are skipped).

        Raises
        ------
        ValueError
            On malformed JSON or an invalid record, naming the line.
        """
        entries = []
        for number, row in read_jsonl_lines(text, source):
            try:
                entries.append(PositionEntry.from_dict(row))
            except ValueError as err:
                raise ValueError(f"{source}, line {number}: {err}") from err
        try:
            return cls(entries)
        except ValueError as err:
            raise ValueError(f"{source}: {err}") from err

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[PositionEntry]:
        return iter(self.entries)

    def __repr__(self) -> str:
        counts = {k: sum(1 for e in self.entries if e.kind == k) for k in sorted(KINDS)}
        return f"PositionLexicon({counts})"

    def get(self, form: str) -> PositionEntry | None:
        """Return the record with this surface form (any case, dots ignored), or None."""
        return self.by_form.get(normalize_form(form))

    def match(
        self, words: list[str], start: int, kinds: Iterable[str]
    ) -> tuple[int, PositionEntry] | None:
        """Longest record of one of ``kinds`` whose form starts at ``words[start]``.

        Parameters
        ----------
        words
            Normalised words (casefolded, no dots), as :func:`normalize_form` makes them.
        start
            Index of the first word to try.
        kinds
            Record kinds to accept.

        Returns
        -------
        tuple of (int, PositionEntry) or None
            Number of words matched and the record.
        """
        # the set test first (most words fail it); may_start repeats it and reads the next word
        if start >= len(words) or words[start] not in self.first_words \
                or not self.may_start(words, start):
            return None
        wanted = set(kinds)
        for n in range(min(self._longest_from[words[start]], len(words) - start), 0, -1):
            entry = self.by_form.get(tuple(words[start : start + n]))
            if entry is not None and entry.kind in wanted:
                return n, entry
        return None

    def to_dicts(self) -> list[dict[str, Any]]:
        """All records as plain dicts, in file order."""
        return [e.to_dict() for e in self.entries]


@lru_cache(maxsize=1)
def load_positions() -> PositionLexicon:
    """Load and validate the packaged ``resources/positions.jsonl`` (cached per process)."""
    text = files("beritanlp.resources").joinpath(RESOURCE_NAME).read_text(encoding="utf-8")
    return PositionLexicon.from_jsonl(text)
