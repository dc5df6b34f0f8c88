"""Titles, honorifics and ranks written before a person's name (``resources/person_titles.txt``).

The file has one title per line ("Prof.", "Wakil Wali Kota", "Letjen"); ``#`` starts a comment
line and a leading ``+`` marks a *qualifier*, a word that counts as a title only right after
another one ("TNI" in "Letjen TNI", "Purn" in "(Purn.)"). Words are compared lower-cased without
dots and brackets (:func:`normalize_title_word`), so "Dr." and "dr" are one entry.

The NER cleanup trims these words from the start of PERSON spans; the officials rules skip them
before a name. The entries under a section comment naming ranks ("# police ranks", "# military
ranks", "# ranks written out in full") are the police and military ranks (:func:`load_ranks`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from importlib.abc import Traversable
from importlib.resources import files
from pathlib import Path

TITLES_RESOURCE = "person_titles.txt"
_PUNCT = frozenset(".,()[]")


def normalize_title_word(word: str) -> str:
    """Return ``word`` lower-cased without dots and brackets (``"(Purn.)"`` -> ``"purn"``)."""
    return "".join(ch for ch in word if ch not in _PUNCT).lower()


@dataclass(frozen=True)
class TitleList:
    """Titles that may start a PERSON span, as tuples of normalised words.

    Attributes
    ----------
    titles
        Titles trimmed anywhere at the start of a span.
    qualifiers
        Words trimmed only right after another title ("TNI", "Purn").
    """

    titles: frozenset[tuple[str, ...]]
    qualifiers: frozenset[tuple[str, ...]]

    @cached_property
    def max_words(self) -> int:
        """Length in words of the longest entry (computed once; the list never changes)."""
        return max((len(t) for t in self.titles | self.qualifiers), default=0)

    @cached_property
    def first_words(self) -> frozenset[str]:
        """The first word of every title and qualifier (computed once; the list never changes).

        A word not in it starts no entry: one set lookup answers most words.
        """
        return frozenset(t[0] for t in self.titles | self.qualifiers if t)

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> TitleList:
        """Parse lines in the ``person_titles.txt`` format (comments, ``+`` qualifiers)."""
        titles: set[tuple[str, ...]] = set()
        qualifiers: set[tuple[str, ...]] = set()
        for raw in lines:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            target = titles
            if line.startswith("+"):
                target, line = qualifiers, line[1:].strip()
            words = tuple(w for w in (normalize_title_word(x) for x in line.split()) if w)
            if words:
                target.add(words)
        return cls(frozenset(titles), frozenset(qualifiers))

    def to_lines(self) -> list[str]:
        """Return the list in the file format (sorted), the inverse of :meth:`from_lines`."""
        return sorted(" ".join(t) for t in self.titles) + sorted(
            "+" + " ".join(q) for q in self.qualifiers
        )

    def union(self, other: TitleList) -> TitleList:
        """A new list with the titles and qualifiers of both (neither is changed)."""
        return TitleList(self.titles | other.titles, self.qualifiers | other.qualifiers)


#: A comment opening a section of police or military ranks ("# police ranks").
_RANK_SECTION = re.compile(r"#.*\branks\b")


def _read(path: str | Path | Traversable | None) -> list[str]:
    source = files("beritanlp.resources").joinpath(TITLES_RESOURCE) if path is None else path
    readable = Path(source) if isinstance(source, str) else source
    return readable.read_text(encoding="utf-8").splitlines()


def load_ranks(path: str | Path | Traversable | None = None) -> frozenset[tuple[str, ...]]:
    """Police and military ranks of a title list, as tuples of normalised words.

    The titles (not qualifiers) under a section comment naming ranks ("# police ranks",
    "# military ranks"): "Kombes", "AKBP", ("ajun", "komisaris", "besar"), "Letkol". Each
    comment line opens a new section. ``path`` as in :func:`load_titles`.
    """
    ranks: set[tuple[str, ...]] = set()
    in_ranks = False
    for raw in _read(path):
        line = raw.strip()
        if line.startswith("#"):
            in_ranks = _RANK_SECTION.match(line) is not None
        elif line and in_ranks and not line.startswith("+"):
            words = tuple(w for w in (normalize_title_word(x) for x in line.split()) if w)
            if words:
                ranks.add(words)
    return frozenset(ranks)


def load_titles(path: str | Path | Traversable | None = None) -> TitleList:
    """Load a title list: the packaged ``resources/person_titles.txt`` unless ``path`` is given.

    ``path`` may be a file path or a package resource (``importlib.resources``).
    """
    return TitleList.from_lines(_read(path))


__all__ = ["TITLES_RESOURCE", "TitleList", "load_ranks", "load_titles", "normalize_title_word"]
