"""Where batches run, the pipeline each worker builds once, and the memory it reports and trims.

Batches run in this process, in a pool of worker processes, or (through
:class:`beritanlp.dask.DaskExecutor`) on a Dask cluster.

Workers get :class:`PipelineSpec` (plain data) and build the pipeline themselves on the first
batch (:func:`get_pipeline`); batches run through :func:`beritanlp.runner.run_items`, so they
are isolated per article and bounded in memory like every other way of tagging.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol, cast

from spacy.language import Language

from beritanlp import runner
from beritanlp.batch.output import Row, error_line
from beritanlp.components.base import WarmUp
from beritanlp.record import Article
from beritanlp.runner import Item, Rejected, exit_with_parent, ready

#: Documents the pipeline's components see at once inside a batch. The NER's working memory
#: grows with the tokens of the documents it tags together (about 190 MB traced for 64 news
#: articles, 53 MB for 16, at the same speed); the high-water mark of that memory is what a
#: long run's resident size keeps, so the batch (memory zone, output flush) is tagged in
#: smaller groups.
PIPE_BATCH_SIZE = 16


@dataclass(frozen=True)
class PipelineSpec:
    """How a worker builds its pipeline (plain data, so it can be sent to other processes).

    Attributes
    ----------
    model
        Folder of a saved spaCy pipeline to load with ``spacy.load``; ``None`` builds the
        default beritanlp pipeline with :func:`beritanlp.load`.
    exclude, disable
        Component names passed to :func:`beritanlp.load` (or ``spacy.load``).
    topics
        Topic model folder passed to :func:`beritanlp.load`.
    """

    model: str | None = None
    exclude: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    topics: str | None = None

    def build(self) -> Language:
        """Build the pipeline this spec describes (no network, no pickle)."""
        if self.model is not None:
            import spacy

            from beritanlp import extensions
            from beritanlp.pipeline import MAX_LENGTH

            extensions.register()
            nlp = spacy.load(self.model, exclude=list(self.exclude), disable=list(self.disable))
            nlp.max_length = max(nlp.max_length, MAX_LENGTH)
            return nlp
        from beritanlp.pipeline import load

        return load(topics=self.topics, exclude=self.exclude, disable=self.disable)


_PIPELINES: dict[PipelineSpec, tuple[Language, threading.Lock]] = {}
_PIPELINES_LOCK = threading.Lock()


def warm_up(nlp: Language) -> None:
    """Load what beritanlp's components load lazily (e.g. the places component's desa index).

    Interactive use pays for such tables only when an article needs them; a long job loads
    them before its first batch, so its memory is steady from then on. The components asked are
    those that say they load tables lazily (:class:`beritanlp.components.base.WarmUp`); other
    packages may use the method name differently.
    """
    for _name, proc in nlp.pipeline:
        if isinstance(proc, WarmUp):
            proc.warm_up()


def get_pipeline(spec: PipelineSpec) -> tuple[Language, threading.Lock]:
    """The pipeline for ``spec``, built once per process and warmed up.

    Returns the pipeline and a lock: a memory zone is process-wide state of the vocabulary, so
    threads of one process (e.g. a threaded Dask worker) must take turns.
    """
    with _PIPELINES_LOCK:
        if spec not in _PIPELINES:
            nlp = spec.build()
            # outside any memory zone (see beritanlp.runner.ready), then the lazy tables
            ready(nlp)
            warm_up(nlp)
            _PIPELINES[spec] = (nlp, threading.Lock())
        return _PIPELINES[spec]


def built_pipelines() -> list[PipelineSpec]:
    """The specs of the pipelines this process has built (and keeps) for batches."""
    with _PIPELINES_LOCK:
        return list(_PIPELINES)


def init_worker(spec: PipelineSpec) -> None:
    """Worker initialiser: exit with the parent, load the pipeline before the first batch."""
    exit_with_parent()
    logging.getLogger("beritanlp").setLevel(logging.WARNING)
    get_pipeline(spec)



@dataclass
class BatchResult:
    """What a worker returns for one batch: result lines in input order, and its resources."""

    rows: list[Row]
    pid: int
    rss: int
    peak_rss: int
    cpu: float = 0.0


def rss_bytes() -> tuple[int, int]:
    """Current and peak resident memory of this process, in bytes (Linux; 0 where unknown)."""
    current = 0
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            current = int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        pass
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    except (ImportError, OSError):
        peak = current
    return current, peak


def cpu_seconds() -> float:
    """CPU seconds (user + system) this process has used."""
    times = os.times()
    return times.user + times.system



@lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    """Return the C library's ``malloc_trim`` (glibc), or None where there is none."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        # the running program's own symbols, libc among them (no ldconfig subprocess); musl
        # and other C libraries have no malloc_trim
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return cast(Callable[[int], int], trim)


def release_free_memory() -> bool:
    """Give memory the process has freed back to the operating system (glibc only).

    The NER's working arrays for a batch are several megabytes each. Once freed, glibc keeps
    them in the heap (its mmap threshold adapts upwards after the first large frees), so a
    long run's resident size climbs to the largest batch it has seen, although nothing is
    leaked. Trimming after every batch keeps it at what is really in use (Dask sets
    ``MALLOC_TRIM_THRESHOLD_`` in its workers for the same reason).

    Returns
    -------
    bool
        True when memory was trimmed (Linux with glibc).
    """
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


def rows_of(items: Sequence[Item], records: Sequence[Article]) -> list[Row]:
    """The output lines of a batch: a record, or an errors-file line when the pipeline failed."""
    rows = []
    for item, record in zip(items, records, strict=True):
        if record.error is None:
            rows.append(Row(True, item.line, item.id, record.to_json() + "\n"))
        else:
            rejected = Rejected(item.line, item.id, record.error)
            rows.append(Row(False, item.line, item.id, error_line(rejected)))
    return rows


def run_items(nlp: Language, items: Sequence[Item]) -> list[Row]:
    """Tag a batch with :func:`beritanlp.runner.run_items`, then trim freed memory; its rows."""
    rows = rows_of(items, runner.run_items(nlp, items, batch_size=PIPE_BATCH_SIZE))
    release_free_memory()
    return rows


def run_batch(nlp: Language, items: Sequence[Item]) -> BatchResult:
    """Tag a batch with ``nlp`` in this process: its rows and this process's resources."""
    rows = run_items(nlp, items)
    rss, peak = rss_bytes()
    return BatchResult(rows, os.getpid(), rss, peak, cpu_seconds())


def process_batch(spec: PipelineSpec, items: Sequence[Item]) -> BatchResult:
    """Tag a batch with this process's pipeline for ``spec`` (what workers run).

    Parameters
    ----------
    spec
        Which pipeline to use (built on the first call in a process, then reused).
    items
        The articles, already validated by :func:`beritanlp.runner.prepare`.

    Returns
    -------
    BatchResult
        One row per item, in order, plus this process's id and memory use.
    """
    nlp, lock = get_pipeline(spec)
    with lock:
        return run_batch(nlp, items)


class Executor(Protocol):
    """Runs :func:`process_batch` somewhere and hands back futures."""

    workers: int

    def submit(self, items: list[Item]) -> Future[BatchResult]:
        """Start tagging a batch; the future's result is its :class:`BatchResult`."""

    def close(self) -> None:
        """Release what the executor holds (after the last batch)."""


class InlineExecutor:
    """Runs batches in this process (``n_process=1``)."""

    workers = 1

    def __init__(self, spec: PipelineSpec, nlp: Language | None = None) -> None:
        self.spec, self.nlp = spec, nlp

    def submit(self, items: list[Item]) -> Future[BatchResult]:
        """Run the batch now; the returned future is already done."""
        future: Future[BatchResult] = Future()
        if self.nlp is not None:
            future.set_result(run_batch(self.nlp, items))
        else:
            future.set_result(process_batch(self.spec, items))
        return future

    def close(self) -> None:
        """Nothing to release."""


class ProcessExecutor:
    """Runs batches in ``n`` spawned worker processes, each loading the pipeline once."""

    def __init__(self, spec: PipelineSpec, n: int) -> None:
        import multiprocessing

        self.spec, self.workers = spec, n
        self._pool = ProcessPoolExecutor(
            max_workers=n, mp_context=multiprocessing.get_context("spawn"),
            initializer=init_worker, initargs=(spec,))

    def submit(self, items: list[Item]) -> Future[BatchResult]:
        """Queue the batch on the pool."""
        return self._pool.submit(process_batch, self.spec, items)

    def close(self) -> None:
        """Stop the workers (pending batches are cancelled)."""
        self._pool.shutdown(wait=True, cancel_futures=True)



def check_spec(spec: PipelineSpec) -> PipelineSpec:
    """Catch a wrong model folder or component name here, not in every worker; ``spec``."""
    if spec.model is not None:
        if not Path(spec.model).is_dir():
            raise ValueError(f"model folder {spec.model} does not exist")
        return spec
    from beritanlp.pipeline import component_names

    unknown = sorted((set(spec.exclude) | set(spec.disable)) - set(component_names()))
    if unknown:
        raise ValueError(f"unknown component(s) {unknown}; the pipeline has {component_names()}")
    return spec


def make_executor(spec: PipelineSpec, nlp: Language | None, n_process: int) -> Executor:
    """An executor: this process (``n_process=1``, with ``nlp`` if given), else a process pool."""
    if n_process == 1:
        return InlineExecutor(spec, nlp)
    return ProcessExecutor(spec, n_process)


__all__ = ["PIPE_BATCH_SIZE", "BatchResult", "Executor", "InlineExecutor", "PipelineSpec",
           "ProcessExecutor", "built_pipelines", "check_spec", "cpu_seconds", "exit_with_parent",
           "get_pipeline",
           "init_worker", "make_executor", "process_batch", "release_free_memory", "rows_of",
           "rss_bytes", "run_batch", "run_items", "warm_up"]
