"""``tag_file``: an archive in, one JSON record per article out, in input order.

The parent process reads and validates the input (:mod:`~beritanlp.batch.sources`), hands
batches to an executor (:mod:`~beritanlp.batch.executors`) and writes the results in input
order (:mod:`~beritanlp.batch.output`), so the output is the same byte for byte whatever runs
the batches. At most ``2 * workers + 1`` batches are in flight, so memory stays flat however
long the archive is (the parent keeps one 8-byte hash per id to catch duplicates and resume).
"""

from __future__ import annotations

import logging
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from spacy.language import Language

from beritanlp.batch.executors import (
    BatchResult,
    Executor,
    PipelineSpec,
    check_spec,
    make_executor,
)
from beritanlp.batch.output import Output, Resume, errors_path, id_key, merge
from beritanlp.batch.progress import Progress, TagSummary
from beritanlp.batch.sources import open_source
from beritanlp.runner import DEFAULT_MAX_CHARS, Fields, Item, Rejected

logger = logging.getLogger("beritanlp.batch")

DEFAULT_BATCH_SIZE = 64


def batches(
    source: Iterable[Item | Rejected], batch_size: int, resume: Resume, summary: TagSummary
) -> Iterator[tuple[list[Item], list[Rejected]]]:
    """Group the input into (items to run, rejected lines) per batch, skipping finished work.

    A repeated id is rejected; lines an earlier run wrote (as a record or an error) are
    skipped. ``summary.lines``, ``summary.skipped`` and ``summary.warned`` (articles whose
    record has warnings, e.g. a date that cannot be read) count as the input is read.
    """
    seen: set[int] = set()
    items: list[Item] = []
    rejected: list[Rejected] = []
    for rec in source:
        summary.lines += 1
        if isinstance(rec, Item):
            key = id_key(rec.id)
            if key in seen:
                rec = Rejected(rec.line, rec.id, "duplicate id (an earlier line has it)")
            else:
                seen.add(key)
        if rec.line in resume.error_lines or (isinstance(rec, Item) and key in resume.done):
            summary.skipped += 1  # written already, as a record or as an error
            continue
        if isinstance(rec, Item):
            items.append(rec)
            summary.warned += bool(rec.warnings)
        else:
            rejected.append(rec)
        if len(items) >= batch_size or len(rejected) >= 4 * batch_size:
            yield items, rejected
            items, rejected = [], []
    if items or rejected:
        yield items, rejected


class _Run:
    """The batches in flight of one run, written to the output in input order."""

    def __init__(self, executor: Executor, output: Output, summary: TagSummary, bar: Progress,
                 start: float) -> None:
        self.executor, self.output, self.summary, self.bar = executor, output, summary, bar
        self.start = start
        self.pending: deque[tuple[Future[BatchResult], list[Rejected]]] = deque()
        self.max_pending = 2 * max(1, executor.workers) + 1

    def feed(self, work: Iterable[tuple[list[Item], list[Rejected]]]) -> None:
        """Submit every batch, writing finished ones as they come (in order), then the rest."""
        try:
            self._feed(work)
        except KeyboardInterrupt:
            logger.warning("interrupted: %s is complete up to the last batch written; continue "
                           "with --resume", self.output.path)
            raise

    def _feed(self, work: Iterable[tuple[list[Item], list[Rejected]]]) -> None:
        for items, rejected in work:
            if items:
                future = self.executor.submit(items)
            else:
                future = Future()
                future.set_result(BatchResult([], 0, 0, 0))
            self.pending.append((future, rejected))
            while len(self.pending) >= self.max_pending or (
                    self.pending and self.pending[0][0].done()):
                self._write_next()
        while self.pending:
            self._write_next()

    def _write_next(self) -> None:
        future, rejected = self.pending.popleft()
        try:
            result = future.result()
        except BrokenProcessPool as exc:
            raise RuntimeError(f"a worker process died (out of memory?); {self.output.path} is "
                               f"complete up to the last batch written: continue with resume"
                               ) from exc
        lines, errs = merge(result.rows, rejected)
        self.output.write(lines, errs)
        self.summary.add_batch(result, len(lines), len(errs), time.monotonic() - self.start)
        self.bar.update(self.summary.written, self.summary.errors)


def _same_file(a: Path, b: Path) -> bool:
    """True when ``a`` and ``b`` are one file: same path, or a hard or symbolic link to it."""
    if a.resolve() == b.resolve():
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): it cannot be the other
        return False


def check_output_paths(inp: Path, out: Path, err: Path) -> None:
    """Refuse outputs that would overwrite the input or that cannot be written, before any work.

    ``out`` and its errors file ``err`` must not be the input under another name (the same
    path, a symbolic link or a hard link: compared by device and inode), must not be
    folders, and must be writable (their folder, when they do not exist yet).

    Raises
    ------
    ValueError
        The output is the input, or a folder.
    FileNotFoundError, PermissionError
        The output's folder does not exist; the output cannot be written.
    """
    for path in (out, err):
        if _same_file(path, inp):
            raise ValueError(f"{path} is the same file as the input {inp} (a link to it?); "
                             f"writing it would destroy the input: choose another output")
        if path.is_dir():
            raise ValueError(f"the output {path} is a directory; give a file name")
        folder = path.parent
        if not folder.is_dir():
            raise FileNotFoundError(f"the output folder {folder} does not exist")
        target = path if path.exists() else folder
        if not os.access(target, os.W_OK):  # also False on a read-only file system
            raise PermissionError(f"cannot write {path}: permission denied")


def check_arguments(
    inp: Path, out: Path, *, resume: bool, force: bool, batch_size: int, n_process: int,
    nlp: Language | None = None, executor: Executor | None = None,
) -> int:
    """Refuse contradictory arguments and unsafe paths; the number of processes to use."""
    err = errors_path(out)
    if resume and force:
        raise ValueError("give either resume or force, not both")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    if n_process == -1:
        n_process = os.cpu_count() or 1
    if n_process < 1:
        raise ValueError(f"n_process must be at least 1 (or -1 for all CPUs), got {n_process}")
    if not inp.exists():
        raise FileNotFoundError(f"input {inp} does not exist")
    if inp.is_dir():
        raise ValueError(f"input {inp} is a directory; give an archive file")
    if not os.access(inp, os.R_OK):
        raise PermissionError(f"cannot read input {inp}: permission denied")
    check_output_paths(inp, out, err)
    for path in (out, err) if not (resume or force) else ():
        if path.exists():
            raise FileExistsError(f"{path} exists; use --resume to continue that run or "
                                  f"--force to overwrite it")
    if nlp is not None and (n_process > 1 or executor is not None):
        raise ValueError("an nlp object can only be used in this process (n_process=1); pass "
                         "spec=PipelineSpec(model=DIR) to run a saved pipeline in workers")
    return n_process


def tag_file(
    inp: str | Path, out: str | Path, *, fmt: str | None = None, text_field: str = "text",
    id_field: str = "id", title_field: str = "title", date_field: str | None = "date",
    date_order: str | None = None, n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE, max_chars: int = DEFAULT_MAX_CHARS,
    resume: bool = False, force: bool = False, spec: PipelineSpec | None = None,
    nlp: Language | None = None, executor: Executor | None = None, progress: bool | None = None,
) -> TagSummary:
    """Tag an archive, appending one JSON record per article to ``out``.

    Parameters
    ----------
    inp, out
        JSONL, CSV, TSV (optionally ``.gz``) or Parquet in; JSONL out (errors: ``errors_path``).
    fmt
        ``jsonl``, ``csv``, ``tsv`` or ``parquet``; default from the suffix.
    text_field, id_field, title_field
        Field names; a missing id becomes ``line-<n>``, a title is joined with a blank line.
    date_field
        The field with each article's publication date, read when the input has it
        (``None`` or ``""``: dates in the input are not read). A readable date becomes the
        record's ``date`` and the anchor of the article's relative dates and score years; one
        that cannot be read with certainty is left out with a line in the record's
        ``warnings`` (counted in ``TagSummary.warned``). Forms and rules:
        :mod:`beritanlp.text.input_dates`.
    date_order
        ``"dmy"`` or ``"mdy"``: how the archive writes numeric dates, for those whose day and
        month are both 12 or less ("03/04/2019"); ``None`` leaves them out (with a warning).
    n_process, batch_size, max_chars
        Processes (-1: one per CPU); articles per batch (one memory zone and one write each);
        longest article accepted (longer ones are error records).
    resume, force
        Continue a previous run (cut a torn last line, skip what is written); or overwrite.
    spec, nlp, executor
        Pipeline each worker builds (default :func:`beritanlp.load`); or a built one for this
        process (``n_process=1``); or where batches run (e.g. ``beritanlp.dask.DaskExecutor``).
    progress
        Draw a progress bar; default: only when standard error is a terminal.

    Returns
    -------
    TagSummary
        Counts, time and the memory use of each worker.

    Raises
    ------
    FileExistsError, ValueError
        ``out`` exists without ``resume``/``force``; contradictory arguments, unknown format,
        an output that is the input (also through a link) or a folder.
    FileNotFoundError, PermissionError
        The input or the output's folder does not exist; a file cannot be read or written
        (see :func:`check_output_paths`).
    """
    inp, out = Path(inp), Path(out)
    n_process = check_arguments(inp, out, resume=resume, force=force, batch_size=batch_size,
                                n_process=n_process, nlp=nlp, executor=executor)
    spec = check_spec(spec or PipelineSpec())
    fields = Fields(text=text_field, id=id_field, title=title_field, date=date_field or None,
                    date_order=date_order)
    source = open_source(inp, fmt, fields, max_chars)  # fails early on a missing text column
    state = Resume.read(out) if resume else Resume()
    summary = TagSummary(repaired_bytes=state.repaired_bytes)
    run_on = executor or make_executor(spec, nlp, n_process)
    bar, start = Progress(source.fraction, progress), time.monotonic()
    try:
        with Output(out, append=resume) as output:
            _Run(run_on, output, summary, bar, start).feed(
                batches(source, batch_size, state, summary))
    finally:
        bar.close()
        if executor is None:
            run_on.close()
    summary.seconds = time.monotonic() - start
    return summary


__all__ = ["DEFAULT_BATCH_SIZE", "batches", "check_arguments", "check_output_paths", "tag_file"]
