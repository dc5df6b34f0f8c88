"""Sparse rows in CSR form and their products, in numpy alone.

Prediction multiplies a few documents' sparse feature rows by dense or sparse weights. scipy's
``csr_matrix`` does that too, but importing ``scipy.sparse`` costs about 0.15 s per process,
a tenth of :func:`beritanlp.load`'s budget, so the prediction path uses :class:`CsrRows`
and imports scipy only when a caller asks for a ``scipy.sparse`` matrix (:meth:`CsrRows.to_scipy`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np


@dataclass(frozen=True)
class CsrRows:
    """A sparse matrix as CSR arrays (the layout of ``scipy.sparse.csr_matrix``).

    Attributes
    ----------
    data
        The stored values, row after row.
    indices
        The column of each stored value.
    indptr
        Row ``i``'s values are ``data[indptr[i]:indptr[i + 1]]``; length ``n_rows + 1``.
    n_cols
        Number of columns.
    """

    data: np.ndarray
    indices: np.ndarray
    indptr: np.ndarray
    n_cols: int

    @classmethod
    def of(cls, matrix: Any) -> CsrRows:
        """The rows of a ``CsrRows`` or of a ``scipy.sparse`` CSR matrix (arrays shared)."""
        if isinstance(matrix, CsrRows):
            return matrix
        return cls(matrix.data, matrix.indices, matrix.indptr, int(matrix.shape[1]))

    @property
    def shape(self) -> tuple[int, int]:
        """``(n_rows, n_cols)``."""
        return len(self.indptr) - 1, self.n_cols

    def row_ids(self) -> np.ndarray:
        """The row of each stored value."""
        return np.repeat(np.arange(self.shape[0]), np.diff(self.indptr))

    def dot(self, dense: np.ndarray) -> np.ndarray:
        """``self @ dense`` as a dense array ``(n_rows, dense.shape[1])``.

        Each row's products are summed in stored order, as scipy does.
        """
        n_rows = self.shape[0]
        out = np.zeros((n_rows, dense.shape[1]), dtype=np.result_type(self.data, dense))
        filled = np.diff(self.indptr) > 0
        if np.any(filled):
            products = self.data[:, None] * dense[self.indices]
            # between two filled rows lie only empty ones, so each segment is one row's values
            out[filled] = np.add.reduceat(products, self.indptr[:-1][filled], axis=0)
        return out

    def dot_sparse(self, other: CsrRows) -> np.ndarray:
        """``self @ other`` as a dense array ``(n_rows, other.n_cols)``, in ``other``'s dtype."""
        n_rows, width = self.shape[0], other.n_cols
        starts = other.indptr[self.indices]
        lengths = other.indptr[self.indices + 1] - starts
        total = int(lengths.sum())
        # position of every entry of the matching rows of ``other``
        first = np.repeat(np.cumsum(lengths) - lengths, lengths)
        taken = np.repeat(starts, lengths) + (np.arange(total) - first)
        values = np.repeat(self.data, lengths) * other.data[taken]
        cells = np.repeat(self.row_ids(), lengths) * width + other.indices[taken]
        summed = np.bincount(cells, weights=values, minlength=n_rows * width)
        return summed.reshape(n_rows, width).astype(other.data.dtype)

    def to_scipy(self) -> Any:
        """The same matrix as a ``scipy.sparse.csr_matrix`` (imports scipy)."""
        import scipy.sparse as sp

        return sp.csr_matrix((self.data, self.indices, self.indptr), shape=self.shape)
