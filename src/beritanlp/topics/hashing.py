"""Feature hashing without importing scikit-learn at prediction time.

The topic models are trained with scikit-learn's ``HashingVectorizer`` (MurmurHash3 x86 32-bit,
seed 0, UTF-8 bytes, column ``abs(hash) % n_features``, no alternate sign, raw counts).
Importing scikit-learn costs more than a second and ~100 MB per process, which would dominate
``beritanlp.load()`` and pipeline workers, so prediction uses :class:`FeatureHasher`, a small
re-implementation that gives the same columns and counts (the tests compare the two on many
strings). The hash comes from the ``murmurhash`` package (a declared dependency, also spaCy's:
a C extension, cheap to import), whose ``hash`` of a ``str`` is MurmurHash3 x86 32-bit, seed 0,
of its UTF-8 bytes, as a signed integer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import chain
from typing import Any

import numpy as np
from murmurhash.mrmr import hash as _murmurhash3

from beritanlp.topics.rows import CsrRows

_CHUNK_DOCS = 64


def term_hash(term: str) -> int:
    """Signed 32-bit MurmurHash3 (seed 0) of the UTF-8 bytes of ``term``."""
    return int(_murmurhash3(term))


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
    """

    def __init__(self, n_features: int, analyzer: Callable[[Sequence[str]], list[str]]) -> None:
        self.n_features = n_features
        self.analyzer = analyzer

    def term_columns(self, terms: list[str]) -> np.ndarray:
        """Hashed column of each term, ``int64``."""
        hashes = np.fromiter(map(_murmurhash3, terms), dtype=np.int64, count=len(terms))
        # abs(-2**31) is 2**31 in int64, as scikit-learn defines it.
        columns: np.ndarray = np.abs(hashes) % self.n_features
        return columns

    def transform(self, docs: Sequence[Sequence[str]]) -> Any:
        """Raw counts ``(n_docs, n_features)`` as a ``scipy.sparse.csr_matrix`` (float32)."""
        return self.count_rows(docs).to_scipy()

    def count_rows(self, docs: Sequence[Sequence[str]]) -> CsrRows:
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
        return CsrRows(
            np.concatenate(data) if data else np.zeros(0, dtype=np.float32),
            np.concatenate(indices) if indices else np.zeros(0, dtype=np.int32),
            indptr,
            n_features,
        )
