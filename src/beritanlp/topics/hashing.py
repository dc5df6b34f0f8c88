"""Feature hashing without importing scikit-learn at prediction time.

The topic models are trained with scikit-learn's ``HashingVectorizer`` (MurmurHash3 x86 32-bit,
seed 0, UTF-8 bytes, column ``abs(hash) % n_features``, no alternate sign, raw counts).
Importing scikit-learn costs more than a second and ~100 MB per process, which would dominate
``beritanlp.load()`` and pipeline workers, so prediction uses :class:`FeatureHasher`, a small
re-implementation that gives the same columns and counts (the tests compare the two on many
strings).

The hash itself comes from the ``murmurhash`` package (a C extension that spaCy depends on, cheap
to import) when it is installed and agrees with the pure-Python :func:`murmurhash3_32` on a few
check strings; otherwise the pure-Python function is used, with columns cached per term.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import chain
from typing import Any

import numpy as np
import scipy.sparse as sp

_MASK = 0xFFFFFFFF
_CHUNK_DOCS = 64


def murmurhash3_32(key: bytes, seed: int = 0) -> int:
    """Signed 32-bit MurmurHash3 (x86 variant) of ``key``, as scikit-learn computes it."""
    c1, c2 = 0xCC9E2D51, 0x1B873593
    length = len(key)
    h1 = seed & _MASK
    end = length & ~3
    for i in range(0, end, 4):
        k1 = key[i] | (key[i + 1] << 8) | (key[i + 2] << 16) | (key[i + 3] << 24)
        k1 = (k1 * c1) & _MASK
        k1 = ((k1 << 15) | (k1 >> 17)) & _MASK
        h1 ^= (k1 * c2) & _MASK
        h1 = ((h1 << 13) | (h1 >> 19)) & _MASK
        h1 = (h1 * 5 + 0xE6546B64) & _MASK
    tail = length & 3
    if tail:
        k1 = 0
        if tail == 3:
            k1 ^= key[end + 2] << 16
        if tail >= 2:
            k1 ^= key[end + 1] << 8
        k1 ^= key[end]
        k1 = (k1 * c1) & _MASK
        k1 = ((k1 << 15) | (k1 >> 17)) & _MASK
        h1 ^= (k1 * c2) & _MASK
    h1 ^= length
    h1 ^= h1 >> 16
    h1 = (h1 * 0x85EBCA6B) & _MASK
    h1 ^= h1 >> 13
    h1 = (h1 * 0xC2B2AE35) & _MASK
    h1 ^= h1 >> 16
    return h1 - 0x100000000 if h1 & 0x80000000 else h1


_CHECK_STRINGS = ("", "a", "ab", "abc", "wali kota", "anak-anak", "kédai kopi", "\U0001f600 x")


def _c_hasher() -> Callable[[str], int] | None:
    """The C MurmurHash3 of the ``murmurhash`` package, if importable and equal to ours."""
    try:
        from murmurhash.mrmr import hash as c_hash
    except ImportError:  # pragma: no cover - spaCy installs it
        return None
    try:
        same = all(c_hash(s) == murmurhash3_32(s.encode("utf-8")) for s in _CHECK_STRINGS)
    except (TypeError, ValueError):  # pragma: no cover - an incompatible release
        return None
    return c_hash if same else None


#: ``str -> signed 32-bit MurmurHash3`` in C, or None when only the pure-Python one is usable.
C_HASH: Callable[[str], int] | None = _c_hasher()


def term_hash(term: str) -> int:
    """Signed 32-bit MurmurHash3 (seed 0) of the UTF-8 bytes of ``term``."""
    if C_HASH is not None:
        return C_HASH(term)
    return murmurhash3_32(term.encode("utf-8"))


def hashed_column(term: str, n_features: int) -> int:
    """The column scikit-learn's ``HashingVectorizer`` gives ``term``."""
    h = term_hash(term)
    return (2**31 if h == -(2**31) else abs(h)) % n_features


class FeatureHasher:
    """Count hashed features of token lists (``HashingVectorizer.transform`` equivalent).

    Parameters
    ----------
    n_features
        Size of the hashing space.
    analyzer
        Token list -> feature strings (e.g. word n-grams).
    cache_size
        Pure-Python hashing only: terms whose column is remembered; the cache is emptied when it
        grows past this.
    """

    def __init__(self, n_features: int, analyzer: Callable[[Sequence[str]], list[str]],
                 cache_size: int = 50_000) -> None:
        self.n_features = n_features
        self.analyzer = analyzer
        self.cache_size = cache_size
        self._columns: dict[str, int] = {}

    def _python_columns(self, terms: list[str]) -> np.ndarray:
        columns = self._columns
        out: list[int] = []
        for term in terms:
            col = columns.get(term)
            if col is None:
                if len(columns) >= self.cache_size:
                    columns.clear()
                col = columns[term] = hashed_column(term, self.n_features)
            out.append(col)
        return np.asarray(out, dtype=np.int64)

    def term_columns(self, terms: list[str]) -> np.ndarray:
        """Hashed column of each term, ``int64``."""
        if C_HASH is None:
            return self._python_columns(terms)
        hashes = np.fromiter(map(C_HASH, terms), dtype=np.int64, count=len(terms))
        # abs(-2**31) is 2**31 in int64, as scikit-learn defines it.
        columns: np.ndarray = np.abs(hashes) % self.n_features
        return columns

    def transform(self, docs: Sequence[Sequence[str]]) -> sp.csr_matrix:
        """Raw counts ``(n_docs, n_features)``, float32, column indices sorted per row."""
        n_docs, n_features = len(docs), self.n_features
        indices: list[np.ndarray] = []
        data: list[np.ndarray] = []
        row_sizes: list[np.ndarray] = []
        # Chunks of a few dozen documents: one sort per chunk stays small and cache-friendly.
        for start in range(0, n_docs, _CHUNK_DOCS):
            chunk = docs[start : start + _CHUNK_DOCS]
            per_doc = [self.analyzer(words) for words in chunk]
            lengths = np.fromiter(map(len, per_doc), dtype=np.int64, count=len(chunk))
            terms: list[Any] = list(chain.from_iterable(per_doc))
            columns = self.term_columns(terms)
            # One sort over (row, column) keys counts the columns of every row at once.
            rows = np.repeat(np.arange(len(chunk), dtype=np.int64), lengths)
            unique, counts = np.unique(rows * n_features + columns, return_counts=True)
            rows = unique // n_features
            indices.append((unique - rows * n_features).astype(np.int32))
            data.append(counts.astype(np.float32))
            row_sizes.append(np.bincount(rows, minlength=len(chunk)))
        indptr = np.zeros(n_docs + 1, dtype=np.int64)
        if n_docs:
            np.cumsum(np.concatenate(row_sizes), out=indptr[1:])
        return sp.csr_matrix(
            (
                np.concatenate(data) if data else np.zeros(0, dtype=np.float32),
                np.concatenate(indices) if indices else np.zeros(0, dtype=np.int32),
                indptr,
            ),
            shape=(n_docs, n_features),
        )
