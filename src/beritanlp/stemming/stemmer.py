"""Sastrawi stemming, one word at a time, with a bounded cache.

PySastrawi's ``stem()`` works on whole strings: it lowercases, replaces everything but letters,
digits and hyphens with spaces, and stems each resulting word, which mangles numbers
(``"70,55"`` → ``"70 55"``) and loses offsets. :class:`WordStemmer` stems a single token instead,
and gives the same stem as PySastrawi for every ordinary word; tokens without letters (numbers,
punctuation) are returned unchanged.

Use PySastrawi (the ``PySastrawi>=1.2.1`` distribution, whose dictionary is a dict); the older
``Sastrawi`` 1.0.1 distribution installs the same module but keeps its dictionary in a list.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

_NON_WORD = re.compile(r"[^a-z0-9 -]")
_SPACES = re.compile(r" +")
_SINGLE_WORD = re.compile(r"^[a-z][a-z0-9-]*$")

DEFAULT_CACHE_SIZE = 200_000


def _sastrawi_normalise(text: str) -> str:
    """Apply PySastrawi's own text normalisation (lowercase, non-word characters to spaces)."""
    return _SPACES.sub(" ", _NON_WORD.sub(" ", text.lower())).strip()


class WordStemmer:
    """Stem single words with PySastrawi, caching results in a bounded LRU cache.

    Parameters
    ----------
    cache_size
        Maximum number of distinct words remembered (least recently used are evicted).

    Examples
    --------
    >>> stemmer = WordStemmer()
    >>> stemmer.stem("meningkatkan")
    'tingkat'
    >>> stemmer.stem("70,55")
    '70,55'
    """

    def __init__(self, cache_size: int = DEFAULT_CACHE_SIZE) -> None:
        if cache_size < 0:
            raise ValueError(f"cache_size must be >= 0, got {cache_size}")
        self.cache_size = cache_size
        factory = StemmerFactory()
        cached = factory.create_stemmer()
        # The delegated (uncached) Stemmer does the real work; we replace PySastrawi's unbounded
        # whole-string cache with our own bounded per-word cache.
        self._sastrawi: Any = cached.delegatedStemmer
        # Two bounded caches: by the word as written (the hot path: one lookup per token) and
        # by its lowercase form (so "Pemerintah" and "pemerintah" are stemmed once).
        self._stem_lower = lru_cache(maxsize=cache_size)(self._stem_lower_uncached)
        self._stem_word = lru_cache(maxsize=cache_size)(self._stem_word_uncached)

    def _stem_lower_uncached(self, lower: str) -> str | None:
        if _SINGLE_WORD.match(lower):
            return str(self._sastrawi.stem_word(lower))
        normalised = _sastrawi_normalise(lower)
        if not any("a" <= c <= "z" for c in normalised):
            return None  # nothing Sastrawi can stem (symbols, mojibake, non-Latin script)
        return str(self._sastrawi.stem(normalised))

    def _stem_word_uncached(self, word: str) -> str:
        if not any(c.isalpha() for c in word):
            return word
        stem = self._stem_lower(word.lower())
        return word if stem is None else stem

    def stem(self, word: str) -> str:
        """Return the Sastrawi stem of ``word``.

        Words without Latin letters (numbers, punctuation, other scripts) come back unchanged.
        """
        return self._stem_word(word)

    def __reduce__(self) -> tuple[type[WordStemmer], tuple[int]]:
        # The bound lru_cache cannot be pickled; a copy starts with an empty cache (spawned
        # worker processes, DocBin round trips of pipelines).
        return (WordStemmer, (self.cache_size,))

    def cache_info(self) -> Any:
        """Hit/miss statistics of the word cache (``functools.lru_cache`` info)."""
        return self._stem_lower.cache_info()

    def clear_cache(self) -> None:
        """Forget every cached stem."""
        self._stem_lower.cache_clear()
        self._stem_word.cache_clear()
