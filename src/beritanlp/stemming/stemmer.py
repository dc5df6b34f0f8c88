"""Sastrawi stemming, one word at a time, with a bounded cache.

PySastrawi's ``stem()`` works on whole strings: it lowercases, replaces everything but letters,
digits and hyphens with spaces, and stems each resulting word, which mangles numbers
(``"70,55"`` → ``"70 55"``) and loses offsets. :class:`WordStemmer` stems a single token instead,
and gives the same stem as PySastrawi for every ordinary word; tokens without letters (numbers,
punctuation) are returned unchanged. The stems are computed by
:class:`beritanlp.stemming.confix.ConfixStemmer`, which gives PySastrawi's results (same
algorithm and dictionary) several times faster.

With ``mode="improved"`` the stems come from
:class:`beritanlp.stemming.improved.ImprovedStemmer` instead, which fixes many of Sastrawi's
mistakes (``berikan`` → ``beri``, not ``ikan``) and so no longer equals PySastrawi.

Use PySastrawi (the ``PySastrawi>=1.2.1`` distribution, whose dictionary is a dict); the older
``Sastrawi`` 1.0.1 distribution installs the same module but keeps its dictionary in a list.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import compress, islice, repeat
from operator import is_
from typing import NamedTuple, TypeVar

from beritanlp.stemming.confix import ConfixStemmer
from beritanlp.stemming.improved import ImprovedStemmer

_NON_WORD = re.compile(r"[^a-z0-9 -]")
_SPACES = re.compile(r" +")
_SINGLE_WORD = re.compile(r"^[a-z][a-z0-9-]*$")

DEFAULT_CACHE_SIZE = 200_000

#: The stemming modes: ``"sastrawi"`` (PySastrawi's stems, the default) and ``"improved"``.
MODES = ("sastrawi", "improved")
DEFAULT_MODE = "sastrawi"


def _sastrawi_normalise(text: str) -> str:
    """Apply PySastrawi's own text normalisation (lowercase, non-word characters to spaces)."""
    return _SPACES.sub(" ", _NON_WORD.sub(" ", text.lower())).strip()


@lru_cache(maxsize=1)
def shared_core() -> ConfixStemmer:
    """One :class:`ConfixStemmer` per process (the root dictionary is read once)."""
    return ConfixStemmer()


@lru_cache(maxsize=1)
def shared_improved() -> ImprovedStemmer:
    """One :class:`ImprovedStemmer` per process (sharing :func:`shared_core`'s dictionary)."""
    return ImprovedStemmer(shared_core())


def check_mode(mode: str) -> str:
    """``mode`` itself when it is one of :data:`MODES`.

    Raises
    ------
    ValueError
        For any other value.
    """
    if mode not in MODES:
        raise ValueError(f"unknown stemming mode {mode!r}; choose one of {list(MODES)}")
    return mode


class CacheInfo(NamedTuple):
    """Statistics of a :class:`WordStemmer` cache."""

    hits: int
    misses: int
    maxsize: int
    currsize: int


_V = TypeVar("_V")


def remember_bounded(cache: dict[str, _V], new: Mapping[str, _V], size: int,
                     lock: threading.Lock) -> None:
    """Add ``new`` to an insertion-ordered ``cache`` of at most ``size`` entries.

    When the cache would grow past ``size``, its oldest entries are dropped, at least a quarter
    of ``size`` at a time (so that eviction is rare). Additions and evictions hold ``lock``;
    readers may use ``cache.get`` without it.
    """
    if not size:
        return
    if len(new) > size:
        new = dict(islice(new.items(), size))
    with lock:
        excess = len(cache) + len(new) - size
        if excess > 0:
            drop = min(len(cache), max(excess, size // 4))
            for key in list(islice(cache, drop)):
                del cache[key]
        cache.update(new)


class WordStemmer:
    """Stem single words as PySastrawi does, caching results in a bounded cache.

    Parameters
    ----------
    cache_size
        Maximum number of distinct words remembered; when it is full the oldest quarter is
        forgotten. 0 disables caching.
    mode
        ``"sastrawi"`` (PySastrawi's stems) or ``"improved"`` (see
        :mod:`beritanlp.stemming.improved`).

    Notes
    -----
    Safe to share between threads: lookups read the cache without a lock (one ``dict.get``
    each), and adding or forgetting entries happens under a lock.

    Examples
    --------
    >>> stemmer = WordStemmer()
    >>> stemmer.stem("meningkatkan")
    'tingkat'
    >>> stemmer.stem("70,55")
    '70,55'
    """

    def __init__(self, cache_size: int = DEFAULT_CACHE_SIZE, mode: str = DEFAULT_MODE) -> None:
        if cache_size < 0:
            raise ValueError(f"cache_size must be >= 0, got {cache_size}")
        self.cache_size = cache_size
        self.mode = check_mode(mode)
        self.core: ConfixStemmer | ImprovedStemmer = (
            shared_core() if mode == "sastrawi" else shared_improved())
        self._cache: dict[str, str] = {}
        self._lock = threading.Lock()  # held while entries are added or forgotten
        self._hits = 0
        self._misses = 0

    # -- computing ------------------------------------------------------------------------

    def _compute(self, word: str) -> str:
        """The stem of ``word``, without the cache."""
        if not any(c.isalpha() for c in word):
            return word
        lower = word.lower()
        if lower != word and lower.isascii():
            known = self._cache.get(lower)  # "Pemerintah" after "pemerintah"
            if known is not None:
                return known
        if _SINGLE_WORD.match(lower):
            return self.core.stem_word(lower)
        normalised = _sastrawi_normalise(lower)
        if not any("a" <= c <= "z" for c in normalised):
            return word  # nothing Sastrawi can stem (symbols, mojibake, non-Latin script)
        return self.core.stem(normalised)

    def _remember(self, new: dict[str, str]) -> None:
        """Add ``new`` stems to the cache, forgetting the oldest entries beyond ``cache_size``."""
        remember_bounded(self._cache, new, self.cache_size, self._lock)

    # -- public -----------------------------------------------------------------------------

    def stem(self, word: str) -> str:
        """Return the stem of ``word`` (Sastrawi's in the default mode).

        Words without Latin letters (numbers, punctuation, other scripts) come back unchanged.
        """
        stem = self._cache.get(word)
        if stem is not None:
            self._hits += 1
            return stem
        self._misses += 1
        stem = self._compute(word)
        self._remember({word: stem})
        return stem

    def stem_many(self, words: Sequence[str], keep: Iterable[int] = ()) -> list[str]:
        """Stems of many tokens at once (one cache lookup per token, done in C).

        Parameters
        ----------
        words
            Token texts.
        keep
            Positions whose token keeps its own text as its stem (protected names); those
            tokens are not stemmed at all.

        Returns
        -------
        list of str
            One stem per token.
        """
        kept = keep if isinstance(keep, list) else list(keep)
        stems: list[str | None] = list(map(self._cache.get, words))
        for i in kept:
            stems[i] = words[i]
        if None not in stems:
            self._hits += len(stems)
            return stems  # type: ignore[return-value]
        missing: set[str] = set(compress(words, map(is_, stems, repeat(None))))
        new = {word: self._compute(word) for word in missing}
        self._misses += len(new)
        self._hits += len(stems) - len(new)
        self._remember(new)
        stems = list(map(new.get, words, stems))
        for i in kept:  # a word kept here may have been stemmed at another position
            stems[i] = words[i]
        return stems  # type: ignore[return-value]

    def __reduce__(self) -> tuple[type[WordStemmer], tuple[int, str]]:
        # A copy starts with an empty cache (spawned worker processes, pipeline round trips).
        return (WordStemmer, (self.cache_size, self.mode))

    def cache_info(self) -> CacheInfo:
        """Counts of the tokens served since the last :meth:`clear_cache`, and cache size.

        Returns
        -------
        CacheInfo
            ``misses``: words whose stem was computed (in :meth:`stem_many`, each distinct
            unseen word of a call once); ``hits``: every other token served, i.e. found in
            the cache, a repeat of a word computed in the same call, or a position kept as
            written; ``maxsize``: ``cache_size``; ``currsize``: words cached now.
            The counters are statistics only and are not locked: with several threads
            they may undercount slightly.
        """
        return CacheInfo(self._hits, self._misses, self.cache_size, len(self._cache))

    def clear_cache(self) -> None:
        """Forget every cached stem and reset the counters."""
        with self._lock:
            self._cache.clear()
        self._hits = self._misses = 0
