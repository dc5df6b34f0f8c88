"""Tagging on Dask: bags, dataframes, and ``beritanlp tag --scheduler``.

Each Dask worker process builds the pipeline once (:func:`beritanlp.batch.get_pipeline` keeps it
per process, keyed by its :class:`~beritanlp.batch.PipelineSpec`) and reuses it for every
partition it is given; threads of one worker take turns, since a spaCy memory zone is
process-wide. Workers with one thread each (``threads_per_worker=1``) use the cores best.

Records are the same as :func:`beritanlp.batch.tag_file` writes: for the same input and
pipeline, the JSON lines are identical byte for byte.

Dask is optional: ``pip install 'beritanlp[dask]'``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from beritanlp.batch import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_MAX_CHARS,
    PIPE_BATCH_SIZE,
    BatchResult,
    Fields,
    Item,
    PipelineSpec,
    TagSummary,
    get_pipeline,
    init_worker,
    process_batch,
    release_free_memory,
    tag_file,
)
from beritanlp.runner import check_date_order, run_records

#: Columns of the dataframe :func:`tag_dataframe` returns.
FRAME_COLUMNS = ["id", "title", "date", "error", "record"]


def _require_dask() -> None:
    try:
        import dask  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("beritanlp.dask needs Dask: pip install 'beritanlp[dask]'") from exc


def tag_records(
    records: Iterable[Any],
    spec: PipelineSpec,
    fields: Fields = Fields(),  # noqa: B008  (frozen, immutable default)
    max_chars: int = DEFAULT_MAX_CHARS,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Iterator[str]:
    """Tag records in this process, yielding one JSON line (newline included) per record, in order.

    Records that cannot be processed give an error record (``Article.failed``) whose ``error``
    says why (the reasons of :mod:`beritanlp.runner`, as in ``analyze_many`` and the errors file
    of ``beritanlp tag``), so the output has exactly one line per input. Ids missing from a
    record are a hash of its text. ``batch_size`` records share one memory zone.
    """
    nlp, lock = get_pipeline(spec)
    for article in run_records(nlp, records, fields=fields, max_chars=max_chars,
                               chunk_size=max(1, batch_size), batch_size=PIPE_BATCH_SIZE,
                               lock=lock, after_chunk=release_free_memory):
        yield article.to_json() + "\n"


def _tag_partition(
    partition: Iterable[Any], spec: PipelineSpec, fields: Fields, max_chars: int,
    batch_size: int, as_json: bool,
) -> list[Any]:
    lines = tag_records(partition, spec, fields, max_chars, batch_size)
    if as_json:
        return [line.rstrip("\n") for line in lines]
    return [json.loads(line) for line in lines]


def tag_bag(
    bag: Any,
    *,
    text_field: str = "text",
    id_field: str = "id",
    title_field: str = "title",
    date_field: str | None = "date",
    date_order: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    batch_size: int = DEFAULT_BATCH_SIZE,
    spec: PipelineSpec | None = None,
    as_json: bool = False,
) -> Any:
    """Tag a Dask bag of articles.

    Parameters
    ----------
    bag
        A ``dask.bag.Bag`` of strings or of dicts with the text and optional id/title fields.
    text_field, id_field, title_field
        Field names in the dicts.
    date_field, date_order
        The field with each article's publication date (``None``: not read) and the order of
        numeric dates whose day and month are both 12 or less, as for
        :func:`beritanlp.batch.tag_file`.
    max_chars
        Longest accepted article; longer ones give error records.
    batch_size
        Articles per memory zone inside a partition.
    spec
        Pipeline to build on each worker (default: :func:`beritanlp.load`).
    as_json
        Yield JSON strings (the lines ``beritanlp tag`` writes, without newline) instead of
        dicts.

    Returns
    -------
    dask.bag.Bag
        One article record (``Article.to_dict()`` shape) per input item, in order.
    """
    _require_dask()
    fields = Fields(text=text_field, id=id_field, title=title_field, date=date_field or None,
                    date_order=date_order)
    return bag.map_partitions(_tag_partition, spec or PipelineSpec(), fields, max_chars,
                              batch_size, as_json)


def _tag_frame(
    frame: Any, spec: PipelineSpec, text_col: str, id_col: str | None, title_col: str | None,
    date_col: str | None, date_order: str | None, max_chars: int, batch_size: int,
) -> Any:
    import pandas as pd

    date_key = date_col or "\0date"
    fields = Fields(text=text_col, id=id_col or "\0id", title=title_col or "\0title",
                    date=date_key, date_order=date_order)
    ids = frame[id_col] if id_col else pd.Series([str(i) for i in frame.index], index=frame.index)
    titles = frame[title_col] if title_col else pd.Series([None] * len(frame), index=frame.index)
    dates = frame[date_col] if date_col else pd.Series([None] * len(frame), index=frame.index)

    def records() -> Iterator[dict[str, Any]]:
        for doc_id, title, date, text in zip(ids, titles, dates, frame[text_col], strict=True):
            yield {fields.id: None if _missing(doc_id) else doc_id,
                   fields.title: None if _missing(title) else title,
                   date_key: None if _missing(date) else date,
                   fields.text: None if _missing(text) else text}

    rows = []
    for line in tag_records(records(), spec, fields, max_chars, batch_size):
        record = json.loads(line)
        rows.append([record["id"], record["title"], record["date"], record["error"],
                     line.rstrip("\n")])
    return pd.DataFrame(rows, columns=FRAME_COLUMNS, index=frame.index, dtype=object)


def _missing(value: Any) -> bool:
    """True for None and pandas' missing values (NaN, NA, NaT); False for anything else."""
    if value is None:
        return True
    if isinstance(value, str):
        return False
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # arrays and other values without a single truth value
        return False


def tag_dataframe(
    ddf: Any,
    text_col: str = "text",
    *,
    id_col: str | None = None,
    title_col: str | None = None,
    date_col: str | None = None,
    date_order: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    batch_size: int = DEFAULT_BATCH_SIZE,
    spec: PipelineSpec | None = None,
) -> Any:
    """Tag a Dask dataframe column of article texts.

    Parameters
    ----------
    ddf
        A ``dask.dataframe.DataFrame``.
    text_col
        Column with the article text (missing values give error records).
    id_col
        Column with the article id; default: the index value.
    title_col
        Column with the headline, joined to the text with a blank line.
    date_col
        Column with each article's publication date (strings, dates, datetimes or
        timestamps; missing values mean no date); like the other columns, read only when
        named. ``date_order`` as for :func:`tag_bag`.
    max_chars, batch_size, spec
        As for :func:`tag_bag`.

    Returns
    -------
    dask.dataframe.DataFrame
        Same index as ``ddf``; columns ``id``, ``title``, ``date``, ``error`` and ``record``
        (the full record as a JSON string; :func:`beritanlp.to_dataframe` unpacks it).
    """
    _require_dask()
    import pandas as pd

    for col in (text_col, id_col, title_col, date_col):
        if col is not None and col not in ddf.columns:
            raise ValueError(f"no column {col!r}; the dataframe has {list(ddf.columns)}")
    check_date_order(date_order)
    meta = pd.DataFrame({c: pd.Series(dtype=object) for c in FRAME_COLUMNS})
    return ddf.map_partitions(_tag_frame, spec or PipelineSpec(), text_col, id_col, title_col,
                              date_col, date_order, max_chars, batch_size, meta=meta)


class DaskExecutor:
    """Runs :func:`beritanlp.batch.process_batch` on a ``distributed`` client's workers."""

    def __init__(self, client: Any, spec: PipelineSpec, preload: bool = True) -> None:
        self.client, self.spec = client, spec
        info = client.scheduler_info()
        self.workers = max(1, sum(w.get("nthreads", 1) for w in info["workers"].values()))
        if preload:
            # Build the pipeline on every worker now, not inside the first batch.
            client.run(init_worker, spec)

    def submit(self, items: list[Item]) -> Future[BatchResult]:
        """Send the batch to the cluster (a ``distributed`` future: ``done()``, ``result()``)."""
        future: Future[BatchResult] = self.client.submit(process_batch, self.spec, items,
                                                         pure=False)
        return future

    def close(self) -> None:
        """The client belongs to the caller: nothing to release."""


def tag_file_on_dask(
    inp: str | Path,
    out: str | Path,
    *,
    scheduler: str | None = None,
    n_workers: int | None = None,
    client: Any = None,
    spec: PipelineSpec | None = None,
    **kwargs: Any,
) -> TagSummary:
    """:func:`beritanlp.batch.tag_file` with the batches run on a Dask cluster.

    Parameters
    ----------
    inp, out
        As for :func:`~beritanlp.batch.tag_file`.
    scheduler
        Address of a running scheduler (``tcp://host:8786``).
    n_workers
        Without ``scheduler`` or ``client``: start a local cluster of this many single-threaded
        worker processes for the run.
    client
        An existing ``distributed.Client`` to use.
    spec
        Pipeline to build on each worker.
    **kwargs
        Passed on to :func:`~beritanlp.batch.tag_file` (fields, batch size, resume, ...).
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("running on Dask needs distributed: pip install 'beritanlp[dask]'"
                          ) from exc
    spec = spec or PipelineSpec()
    kwargs.pop("n_process", None)
    cluster = None
    own_client = client is None
    if client is None:
        if scheduler:
            client = Client(scheduler)
        else:
            if not n_workers or n_workers < 1:
                raise ValueError("give a scheduler address, a client or n_workers >= 1")
            cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
    try:
        return tag_file(inp, out, spec=spec, executor=DaskExecutor(client, spec), **kwargs)
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()


__all__ = ["FRAME_COLUMNS", "DaskExecutor", "tag_bag", "tag_dataframe", "tag_file_on_dask",
           "tag_records"]
