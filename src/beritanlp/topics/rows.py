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
            products = dense.take(self.indices, axis=0).astype(out.dtype, copy=False)
            products *= self.data[:, None]
            # between two filled rows lie only empty ones, so each segment is one row's values
            out[filled] = np.add.reduceat(products, self.indptr[:-1][filled], axis=0)
        return out

    def dot_blocks(self, blocks: RowBlocks) -> np.ndarray:
        """``self @ blocks`` as a dense array ``(n_rows, blocks.n_slots, blocks.width)``."""
        n_rows, n_slots = self.shape[0], blocks.n_slots
        out = np.zeros((blocks.width, n_rows * n_slots), dtype=blocks.values.dtype)
        starts = blocks.indptr[self.indices]
        lengths = blocks.indptr[self.indices + 1] - starts
        total = int(lengths.sum())
        if total:
            # the blocks of every stored value's row of ``blocks``, one after another
            taken = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths) + np.arange(total)
            cells = np.repeat(self.row_ids(), lengths) * n_slots + blocks.slots[taken]
            factors = np.repeat(self.data, lengths)
            values = blocks.values[taken]
            for column in range(blocks.width):  # one bincount per column: far faster than add.at
                out[column] = np.bincount(cells, weights=values[:, column] * factors,
                                          minlength=n_rows * n_slots)
        return out.T.reshape(n_rows, n_slots, blocks.width)

    def to_scipy(self) -> Any:
        """The same matrix as a ``scipy.sparse.csr_matrix`` (imports scipy)."""
        import scipy.sparse as sp

        return sp.csr_matrix((self.data, self.indices, self.indptr), shape=self.shape)


@dataclass(frozen=True)
class RowBlocks:
    """A sparse matrix whose stored values come in dense blocks of ``width`` columns.

    Row ``r`` holds the blocks ``indptr[r]:indptr[r + 1]``; block ``b`` fills the columns
    ``slots[b] * width`` to ``(slots[b] + 1) * width - 1`` with ``values[b]``. The topic
    classifier's extra weights per domain are such a matrix: one block of label weights per
    (feature, domain) pair.

    Attributes
    ----------
    values
        ``(n_blocks, width)``.
    slots
        The slot (block column) of each block, ``(n_blocks,)``.
    indptr
        Length ``n_rows + 1``.
    n_slots
        Number of slots; the matrix has ``n_slots * width`` columns.
    """

    values: np.ndarray
    slots: np.ndarray
    indptr: np.ndarray
    n_slots: int

    @property
    def width(self) -> int:
        """Columns per block."""
        return int(self.values.shape[1])
