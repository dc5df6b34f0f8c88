"""A police or military rank left at the end of an agency span, read from the ranks table.

"Polrestabes Makassar Ajun Komisaris Besar [Name]", "Kodim 0501 Letkol [Name]": once a
person's name is cut off a span, the rank written before it is cut too. The ranks are the
title lexicon's (:func:`beritanlp.lexicons.titles.load_ranks`, the pipeline's ``ranks`` table),
so that a rank added to the data reaches the agency rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from beritanlp.lexicons.titles import normalize_title_word

_WORD = re.compile(r"\S+")

#: Words before a bare "Jenderal" that make it the second word of a unit's or a post's name
#: ("Direktorat Jenderal Pajak", "Sekretariat Jenderal DPR", "Sekretaris Jenderal"), not the
#: rank "Jenderal" (the table's one-word general's rank).
_GENERAL_HEADS = frozenset(
    {"direktorat", "sekretariat", "inspektorat", "direktur", "sekretaris", "auditorat",
     "oditurat", "jaksa", "ditjen", "setjen", "itjen"}
)
#: The one-word ranks that are also the second word of those names.
_GENERAL_WORDS = frozenset({("jenderal",), ("jendral",)})


@dataclass(frozen=True)
class RankTail:
    """The ranks that may end an agency span (police and military ranks, normalised words).

    Parameters
    ----------
    ranks
        Ranks as tuples of words normalised by
        :func:`~beritanlp.lexicons.titles.normalize_title_word` (``("ajun", "komisaris",
        "besar")``, ``("akbp",)``); the empty set cuts nothing.
    """

    ranks: frozenset[tuple[str, ...]] = frozenset()
    _prefixes: frozenset[tuple[str, ...]] = field(init=False, repr=False, compare=False)
    _max_words: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        prefixes = {rank[:n] for rank in self.ranks for n in range(1, len(rank))}
        object.__setattr__(self, "_prefixes", frozenset(prefixes))
        object.__setattr__(self, "_max_words", max((len(r) for r in self.ranks), default=0))

    def cut(self, text: str, start: int, end: int) -> int:
        """The end of ``text[start:end]`` without the rank it ends with (``end`` if none).

        The longest rank whose words, each capitalised, end the span is cut, and the words
        before it stay (a span that is nothing but a rank is kept). A rank's first words end
        the span when the words right after the span complete it ("... Bencana Letnan" and
        "Jenderal" after it). A bare "Jenderal" after a unit's or post's head word is that
        name's second word ("Direktorat Jenderal").
        """
        if not self.ranks:
            return end
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]
        keys = [normalize_title_word(w) for _, _, w in words]
        after = [normalize_title_word(m.group())
                 for m in _WORD.finditer(text, end, min(len(text), end + 60))]
        for n in range(min(self._max_words, len(words) - 1), 0, -1):
            first = len(words) - n
            tail = tuple(keys[first:])
            if not all(w[:1].isupper() for _, _, w in words[first:]):
                continue
            if not (tail in self.ranks or self._completed(tail, after)):
                continue
            if tail in _GENERAL_WORDS and keys[first - 1] in _GENERAL_HEADS:
                continue
            return words[first - 1][1]
        return end

    def _completed(self, tail: tuple[str, ...], after: list[str]) -> bool:
        """``tail`` opens a rank that the words after the span complete."""
        if tail not in self._prefixes:
            return False
        return any(tail + tuple(after[:k]) in self.ranks
                   for k in range(1, self._max_words - len(tail) + 1))


def rank_tail(ranks: frozenset[tuple[str, ...]]) -> RankTail:
    """The :class:`RankTail` of a ranks table (the pipeline's derived ``agencies.rank_tail``)."""
    return RankTail(frozenset(ranks))


__all__ = ["RankTail", "rank_tail"]
