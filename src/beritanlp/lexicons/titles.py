"""Titles, honorifics and ranks written before a person's name (``resources/person_titles.txt``).

The file has one title per line ("Prof.", "Wakil Wali Kota", "Letjen"); ``#`` starts a comment
line and a leading ``+`` marks a *qualifier*, a word that counts as a title only right after
another one ("TNI" in "Letjen TNI", "Purn" in "(Purn.)"). Words are compared lower-cased without
dots and brackets (:func:`normalize_title_word`), so "Dr." and "dr" are one entry.

The NER cleanup trims these words from the start of PERSON spans; the officials rules skip them
before a name.
"""

from __future__ import annotations

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


def load_titles(path: str | Path | Traversable | None = None) -> TitleList:
    """Load a title list: the packaged ``resources/person_titles.txt`` unless ``path`` is given.

    ``path`` may be a file path or a package resource (``importlib.resources``).
    """
    source = files("beritanlp.resources").joinpath(TITLES_RESOURCE) if path is None else path
    readable = Path(source) if isinstance(source, str) else source
    return TitleList.from_lines(readable.read_text(encoding="utf-8").splitlines())


__all__ = ["TITLES_RESOURCE", "TitleList", "load_titles", "normalize_title_word"]
