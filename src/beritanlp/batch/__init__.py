"""Batch tagging of archives: streaming, resumable, nothing lost.

:func:`tag_file` reads an archive (JSONL, CSV/TSV or Parquet; ``.gz`` for the text formats),
runs the pipeline over it in batches and appends one JSON line per article to ``OUT``. Every
input line ends up as exactly one line in ``OUT`` or one line in the errors file next to it
(:func:`errors_path`), which holds ``{"line", "id", "reason"}`` for invalid JSON, missing or
non-string text, text over the size limit, undecodable bytes, duplicate ids and articles the
pipeline failed on.

The package, one concern per module:

* :mod:`~beritanlp.batch.sources`: the readers (file-level checks; records are validated by
  :func:`beritanlp.runner.prepare`, as everywhere else);
* :mod:`~beritanlp.batch.executors`: where batches run (this process, worker processes; Dask in
  :mod:`beritanlp.dask`), the pipeline each worker builds once, memory trimming;
* :mod:`~beritanlp.batch.output`: the output and errors files, resuming a killed run;
* :mod:`~beritanlp.batch.progress`: the run's counts and the progress bar;
* :mod:`~beritanlp.batch.tag`: :func:`tag_file`, which ties them together.

Batches come back in input order, so the output is the same byte for byte whatever runs them.
Each batch runs inside ``nlp.memory_zone()`` (see :mod:`beritanlp.runner`), so memory stays flat
over a long run. ``resume=True`` cuts a torn last line (a job killed mid-write), skips the ids
already in ``OUT`` and the lines already in the errors file, and appends the rest.
"""

from beritanlp.batch.executors import (
    PIPE_BATCH_SIZE,
    BatchResult,
    Executor,
    InlineExecutor,
    PipelineSpec,
    ProcessExecutor,
    built_pipelines,
    get_pipeline,
    init_worker,
    process_batch,
    release_free_memory,
    rss_bytes,
    run_items,
    warm_up,
)
from beritanlp.batch.output import Row, error_line, errors_path, repair_torn_line
from beritanlp.batch.progress import Progress, TagSummary, WorkerStats
from beritanlp.batch.sources import FORMATS, Source, detect_format, open_source
from beritanlp.batch.tag import DEFAULT_BATCH_SIZE, tag_file
from beritanlp.runner import DEFAULT_MAX_CHARS, Fields, Item, Rejected, prepare

__all__ = [
    "DEFAULT_BATCH_SIZE", "DEFAULT_MAX_CHARS", "FORMATS", "PIPE_BATCH_SIZE", "BatchResult",
    "Executor", "Fields", "InlineExecutor", "Item", "PipelineSpec", "ProcessExecutor",
    "Progress", "Rejected", "Row", "Source", "TagSummary", "WorkerStats", "built_pipelines",
    "detect_format",
    "error_line", "errors_path", "get_pipeline", "init_worker", "open_source", "prepare",
    "process_batch", "release_free_memory", "repair_torn_line", "rss_bytes", "run_items",
    "tag_file", "warm_up",
]
