"""Feature hashing without importing scikit-learn at prediction time.

The topic models are trained with scikit-learn's ``HashingVectorizer`` (MurmurHash3 x86 32-bit,
seed 0, UTF-8 bytes, column ``abs(hash) % n_features``, no alternate sign, raw counts).
Importing scikit-learn costs more than a second, which would dominate ``beritanlp.load()``, so
prediction uses :class:`FeatureHasher`, a small re-implementation that gives the same columns
and counts (the tests compare the two on many strings). Columns are cached per term.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import scipy.sparse as sp

_MASK = 0xFFFFFFFF


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


def hashed_column(term: str, n_features: int) -> int:
    """The column scikit-learn's ``HashingVectorizer`` gives ``term``."""
    h = murmurhash3_32(term.encode("utf-8"))
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
        Terms whose column is remembered; the cache is emptied when it grows past this.
    """

    def __init__(self, n_features: int, analyzer: Callable[[Sequence[str]], list[str]],
                 cache_size: int = 50_000) -> None:
        self.n_features = n_features
        self.analyzer = analyzer
        self.cache_size = cache_size
        self._columns: dict[str, int] = {}

    def transform(self, docs: Sequence[Sequence[str]]) -> sp.csr_matrix:
        """Raw counts ``(n_docs, n_features)``, float32, column indices sorted per row."""
        columns = self._columns
        n_features = self.n_features
        indices: list[int] = []
        data: list[int] = []
        indptr = [0]
        for words in docs:
            counts: dict[int, int] = {}
            for term in self.analyzer(words):
                col = columns.get(term)
                if col is None:
                    if len(columns) >= self.cache_size:
                        columns.clear()
                    col = columns[term] = hashed_column(term, n_features)
                counts[col] = counts.get(col, 0) + 1
            for col in sorted(counts):
                indices.append(col)
                data.append(counts[col])
            indptr.append(len(indices))
        return sp.csr_matrix(
            (np.asarray(data, dtype=np.float32), np.asarray(indices, dtype=np.int32),
             np.asarray(indptr, dtype=np.int64)),
            shape=(len(docs), n_features),
        )
