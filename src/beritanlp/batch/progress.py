"""What a tagging run did and how far it is: counts, worker resources, and the progress bar.

The bar is tqdm's (a spaCy dependency): articles done, rate and ETA on a terminal; when the
output is not a terminal, the same line is logged now and then instead.
"""

from __future__ import annotations

import logging
import math
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, Any

from tqdm import tqdm

from beritanlp.batch.executors import BatchResult

logger = logging.getLogger("beritanlp.batch")


@dataclass
class WorkerStats:
    """Resources of one worker process.

    Resident memory after its first batch, at the end and at peak; CPU seconds and articles
    counted after its first batch, so pipeline loading is left out.
    """

    first: int
    last: int
    peak: int
    batches: int = 1
    cpu_first: float = 0.0
    cpu_last: float = 0.0
    articles_after_first: int = 0

    @property
    def cpu_per_article(self) -> float:
        """CPU seconds per article after the first batch (NaN before a second batch)."""
        if not self.articles_after_first:
            return math.nan
        return (self.cpu_last - self.cpu_first) / self.articles_after_first

    @property
    def growth(self) -> float:
        """Relative growth from the first batch to the last (0.05 = 5 %)."""
        return (self.last - self.first) / self.first if self.first else math.nan


@dataclass
class TagSummary:
    """What a :func:`tag_file` run did."""

    lines: int = 0
    written: int = 0
    errors: int = 0
    skipped: int = 0
    warned: int = 0
    seconds: float = 0.0
    repaired_bytes: int = 0
    first_batch_seconds: float = 0.0
    first_batch_written: int = 0
    workers: dict[int, WorkerStats] = field(default_factory=dict)

    @property
    def articles_per_second(self) -> float:
        """Articles written (not skipped) per second of the run."""
        return self.written / self.seconds if self.seconds > 0 else 0.0

    @property
    def steady_articles_per_second(self) -> float:
        """Articles per second after the first batch (pipeline loading and start-up left out)."""
        span = self.seconds - self.first_batch_seconds
        done = self.written - self.first_batch_written
        return done / span if span > 0 and done > 0 else self.articles_per_second

    def add_batch(self, result: BatchResult, written: int, errors: int, elapsed: float) -> None:
        """Count a batch that was written: its records and errors, its worker's resources."""
        self.written += written
        self.errors += errors
        if written and not self.first_batch_written:
            self.first_batch_seconds = elapsed
            self.first_batch_written = self.written
        if not result.rows:
            return
        mem = self.workers.get(result.pid)
        if mem is None:
            self.workers[result.pid] = WorkerStats(result.rss, result.rss, result.peak_rss, 1,
                                                   result.cpu, result.cpu)
        else:
            mem.last, mem.peak = result.rss, max(mem.peak, result.peak_rss)
            mem.batches += 1
            mem.cpu_last = result.cpu
            mem.articles_after_first += len(result.rows)

    def format(self) -> str:
        """One readable line."""
        text = (f"{self.lines} lines: {self.written} records, {self.errors} errors, "
                f"{self.skipped} already done; {self.seconds:.1f} s, "
                f"{self.articles_per_second:.1f} articles/s")
        if self.repaired_bytes:
            text += f"; cut a torn last line ({self.repaired_bytes} bytes)"
        if self.warned:
            text += (f"; {self.warned} records with warnings (e.g. an input date that cannot "
                     f"be read, HTML character references in the text: see their 'warnings')")
        return text


class _LogLines:
    """A text stream for tqdm that logs each drawn line (for output that is not a terminal)."""

    def write(self, text: str) -> int:
        line = text.replace("\x1b[A", "").strip("\r\n ")
        if line:
            logger.info("%s", line)
        return len(text)

    def flush(self) -> None:
        """Nothing is buffered."""


class Progress:
    """The progress of a run: a tqdm bar on a terminal, a log line every ``log_every`` s otherwise.

    Parameters
    ----------
    fraction
        Share of the input read so far (0..1), or None when unknown; with it the bar estimates
        the total number of articles, hence the share done and the ETA.
    enabled
        Draw the bar (True), log lines instead (False); default: draw it on a terminal.
    stream
        Where the bar is drawn (default standard error).
    log_every
        Seconds between log lines when no bar is drawn.
    """

    def __init__(self, fraction: Callable[[], float | None], enabled: bool | None = None,
                 stream: IO[str] | None = None, log_every: float = 60.0) -> None:
        stream = stream or sys.stderr
        tty = stream.isatty() if enabled is None else enabled
        self.fraction = fraction
        options: dict[str, Any] = (
            {"file": stream, "mininterval": 0.2, "dynamic_ncols": True} if tty
            else {"file": _LogLines(), "mininterval": log_every, "delay": log_every,
                  "leave": False})
        self.bar = tqdm(unit=" articles", smoothing=0, **options)

    def update(self, done: int, errors: int) -> None:
        """Record the totals so far; tqdm redraws when it is time."""
        frac = self.fraction()
        if frac:
            self.bar.total = max(done, round(done / frac))
        self.bar.set_postfix_str(f"{errors} errors", refresh=False)
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        """Draw the final state and end the bar's line."""
        self.bar.close()


__all__ = ["Progress", "TagSummary", "WorkerStats"]
