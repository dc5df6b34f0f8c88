"""CsrRows: the numpy sparse products the topic classifier predicts with, against scipy."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
import scipy.sparse as sp

from beritanlp.topics.rows import CsrRows, RowBlocks


def _random_csr(rng: np.random.Generator, rows: int, cols: int, density: float) -> sp.csr_matrix:
    dense = rng.random((rows, cols)).astype(np.float32)
    dense[rng.random((rows, cols)) > density] = 0
    dense[::3] = 0  # every third row empty, the first one included
    return sp.csr_matrix(dense)


def _random_blocks(rng: np.random.Generator, rows: int, slots: int, width: int) -> RowBlocks:
    per_row = rng.integers(0, slots + 1, size=rows)
    per_row[1] = 0  # a row without blocks
    chosen = [np.sort(rng.choice(slots, size=n, replace=False)) for n in per_row]
    return RowBlocks(
        values=rng.random((int(per_row.sum()), width)).astype(np.float32),
        slots=np.concatenate(chosen).astype(np.int32),
        indptr=np.concatenate(([0], np.cumsum(per_row))).astype(np.int64),
        n_slots=slots,
    )


def _blocks_as_scipy(blocks: RowBlocks) -> sp.csr_matrix:
    width = blocks.width
    cols = (blocks.slots[:, None] * width + np.arange(width)[None, :]).ravel()
    shape = (len(blocks.indptr) - 1, blocks.n_slots * width)
    return sp.csr_matrix((blocks.values.ravel(), cols, blocks.indptr * width), shape=shape)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_products_equal_scipy_with_empty_rows(seed: int) -> None:
    rng = np.random.default_rng(seed)
    left = _random_csr(rng, 7, 40, 0.2)
    dense = rng.random((40, 5)).astype(np.float32)
    blocks = _random_blocks(rng, 40, 4, 3)
    rows = CsrRows.of(left)
    assert rows.shape == (7, 40)
    np.testing.assert_allclose(rows.dot(dense), left @ dense, rtol=1e-5)
    expected = (left @ _blocks_as_scipy(blocks)).toarray().reshape(7, 4, 3)
    np.testing.assert_allclose(rows.dot_blocks(blocks), expected, rtol=1e-5)
    assert (rows.to_scipy() != left).nnz == 0


def test_products_of_rows_without_any_value_are_zero() -> None:
    empty = CsrRows(np.zeros(0, np.float32), np.zeros(0, np.int32), np.zeros(4, np.int64), 6)
    blocks = _random_blocks(np.random.default_rng(3), 6, 2, 3)
    assert not empty.dot(np.ones((6, 2), np.float32)).any()
    assert empty.dot_blocks(blocks).shape == (3, 2, 3) and not empty.dot_blocks(blocks).any()


def test_the_pipeline_predicts_topics_without_importing_scipy() -> None:
    code = (
        "import sys, beritanlp\n"
        "doc = beritanlp.load()('Bupati Sleman meresmikan pasar baru di Depok, Senin.')\n"
        "assert doc.cats, 'no topics'\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('scipy', 'sklearn')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
