"""The notebooks in notebooks/ execute without error and draw their plots.

Each notebook runs with nbclient (kernel ``python3``) in a fresh temporary working directory
holding a copy of ``notebooks/data`` (so the notebooks' relative default paths work there and
nothing is written into the repository). Cells tagged ``plot`` must produce an ``image/png``
output, cells tagged ``displacy`` an HTML output drawn by displaCy. The committed files must have
their outputs stripped.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")
pytest.importorskip("pandas")

from conftest import SHARED_DATA  # noqa: E402

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
NOTEBOOK_FILES = sorted(NOTEBOOKS.glob("*.ipynb"))
#: Per-cell timeout (seconds); the whole notebook is expected to take well under a minute.
CELL_TIMEOUT = 300
#: Plot cells each notebook must have (guards against losing the tags that the checks rely on).
MIN_PLOTS = {
    "01-quickstart.ipynb": 1,
    "02-explore-a-corpus.ipynb": 4,
    "03-train-your-own-topics.ipynb": 1,
}


def _tagged(nb: object, tag: str) -> list:
    return [c for c in nb.cells if tag in c.get("metadata", {}).get("tags", [])]  # type: ignore[attr-defined]


def test_notebooks_exist() -> None:
    assert [p.name for p in NOTEBOOK_FILES] == sorted(MIN_PLOTS)


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.stem)
def test_notebook_committed_without_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    dirty = [
        i for i, cell in enumerate(nb.cells)
        if cell.cell_type == "code" and (cell.outputs or cell.execution_count is not None)
    ]
    assert not dirty, f"{path.name}: outputs not stripped in cells {dirty}"
    assert len(_tagged(nb, "plot")) >= MIN_PLOTS[path.name]


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.stem)
def test_notebook_runs(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(NOTEBOOKS / "data", tmp_path / "data")
    # The kernel inherits this environment: a non-interactive backend, single-threaded maths,
    # and the shared data folder when this machine has one (notebook 01 falls back otherwise).
    monkeypatch.setenv("MPLBACKEND", "Agg")
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        monkeypatch.setenv(var, "1")
    for var in ("BERITANLP_CORPUS", "BERITANLP_TOPIC_DATA"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # notebook 03 writes its model to a temp dir
    if SHARED_DATA.is_dir():
        monkeypatch.setenv("BERITANLP_SHARED_DATA", str(SHARED_DATA))
    else:
        monkeypatch.delenv("BERITANLP_SHARED_DATA", raising=False)

    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=CELL_TIMEOUT, kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path)}},
    )
    started = time.perf_counter()
    client.execute()  # raises CellExecutionError on the first failing cell
    print(f"{path.name}: {time.perf_counter() - started:.1f} s")

    errors = [
        out for cell in nb.cells if cell.cell_type == "code"
        for out in cell.outputs if out.output_type == "error"
    ]
    assert not errors
    for cell in _tagged(nb, "plot"):
        kinds = {k for out in cell.outputs for k in out.get("data", {})}
        assert "image/png" in kinds, f"{path.name}: plot cell {cell.id} drew no PNG"
    for cell in _tagged(nb, "displacy"):
        html = "".join(
            out.get("data", {}).get("text/html", "") for out in cell.outputs
        )
        assert "entities" in html or "spans" in html, f"{path.name}: cell {cell.id} drew nothing"
