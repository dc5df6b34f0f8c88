"""CsrRows: the numpy sparse products the topic classifier predicts with, against scipy."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
import scipy.sparse as sp

from beritanlp.topics.rows import CsrRows


def _random_csr(rng: np.random.Generator, rows: int, cols: int, density: float) -> sp.csr_matrix:
    dense = rng.random((rows, cols)).astype(np.float32)
    dense[rng.random((rows, cols)) > density] = 0
    dense[::3] = 0  # every third row empty, the first one included
    return sp.csr_matrix(dense)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_products_equal_scipy_with_empty_rows(seed: int) -> None:
    rng = np.random.default_rng(seed)
    left = _random_csr(rng, 7, 40, 0.2)
    right = _random_csr(rng, 40, 9, 0.3)
    dense = rng.random((40, 5)).astype(np.float32)
    rows = CsrRows.of(left)
    assert rows.shape == (7, 40)
    np.testing.assert_allclose(rows.dot(dense), left @ dense, rtol=1e-6)
    np.testing.assert_allclose(rows.dot_sparse(CsrRows.of(right)), (left @ right).toarray(),
                               rtol=1e-6)
    assert (rows.to_scipy() != left).nnz == 0


def test_products_of_rows_without_any_value_are_zero() -> None:
    empty = CsrRows(np.zeros(0, np.float32), np.zeros(0, np.int32), np.zeros(4, np.int64), 6)
    other = CsrRows.of(sp.csr_matrix(np.eye(6, 3, dtype=np.float32)))
    assert not empty.dot(np.ones((6, 2), np.float32)).any()
    assert empty.dot_sparse(other).shape == (3, 3) and not empty.dot_sparse(other).any()


def test_the_pipeline_predicts_topics_without_importing_scipy() -> None:
    code = (
        "import sys, beritanlp\n"
        "doc = beritanlp.load()('Bupati Sleman meresmikan pasar baru di Depok, Senin.')\n"
        "assert doc.cats, 'no topics'\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('scipy', 'sklearn')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
