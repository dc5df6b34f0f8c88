"""Batch tagging of archives: streaming, resumable, nothing lost.

:func:`tag_file` reads an archive (JSONL, CSV/TSV or Parquet; ``.gz`` for the text formats),
runs the pipeline over it in batches and appends one JSON line per article to ``OUT``. Every
input line ends up as exactly one line in ``OUT`` or one line in the errors file next to it
(:func:`errors_path`), which holds ``{"line", "id", "reason"}`` for invalid JSON, missing or
non-string text, text over the size limit, undecodable bytes, duplicate ids and articles the
pipeline failed on.

How the work is split
---------------------
The parent process reads and validates the input and writes the output; the pipeline runs in
:func:`process_batch`, either in the parent (``n_process=1``), in worker processes that each
load the pipeline once, or on Dask workers (:mod:`beritanlp.dask`). Batches come back in input
order, so the output is the same byte for byte whatever runs them. Each batch is processed
inside ``nlp.memory_zone()`` (spaCy 3.8), so the vocabulary does not grow over a long run, and
the record is built inside the zone. At most ``2 * workers + 1`` batches are in flight, so
memory stays flat however long the archive is (the parent keeps one 8-byte hash per id to
catch duplicate ids and to resume).

Restarts
--------
Output is written in whole lines and flushed after every batch. ``resume=True`` cuts a torn
last line (a job killed mid-write), skips the ids already in ``OUT`` and the lines already in
the errors file, and appends the rest, so a killed job continues without duplicates.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import logging
import math
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, NamedTuple, Protocol, cast

from spacy.language import Language

logger = logging.getLogger("beritanlp.batch")

#: Longest article (characters, title and text together) the tagger accepts by default.
DEFAULT_MAX_CHARS = 1_000_000
DEFAULT_BATCH_SIZE = 64
#: Input formats by file suffix (``.gz`` is stripped first).
FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv",
           ".tsv": "tsv", ".parquet": "parquet", ".pq": "parquet"}

#: Documents the pipeline's components see at once inside a batch. The NER's working memory
#: grows with the tokens of the documents it tags together (about 190 MB traced for 64 news
#: articles, 53 MB for 16, at the same speed); the high-water mark of that memory is what a
#: long run's resident size keeps, so the batch (memory zone, output flush) is tagged in
#: smaller groups.
PIPE_BATCH_SIZE = 16

_WARMUP_TEXT = ("Pemerintah Kota Bandar Lampung meresmikan pasar baru pada Senin (3/6/2024).\n\n"
                "Wali kota mengatakan pasar itu menampung 1.250 pedagang.")


# --------------------------------------------------------------------------- pipeline per process


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
    them before its first batch, so its memory is steady from then on. Only beritanlp's own
    components are asked (other packages may use the method name differently).
    """
    for _name, proc in nlp.pipeline:
        hook = getattr(proc, "warm_up", None)
        if callable(hook) and type(proc).__module__.startswith("beritanlp."):
            hook()


def get_pipeline(spec: PipelineSpec) -> tuple[Language, threading.Lock]:
    """The pipeline for ``spec``, built once per process and warmed up.

    Returns the pipeline and a lock: a memory zone is process-wide state of the vocabulary, so
    threads of one process (e.g. a threaded Dask worker) must take turns.
    """
    with _PIPELINES_LOCK:
        if spec not in _PIPELINES:
            nlp = spec.build()
            # Outside any memory zone: lets components finish lazy set-up (and the tokenizer
            # fill its cache) with strings that stay in the vocabulary.
            nlp(_WARMUP_TEXT)
            warm_up(nlp)
            _PIPELINES[spec] = (nlp, threading.Lock())
        return _PIPELINES[spec]


def init_worker(spec: PipelineSpec) -> None:
    """Worker initialiser: load the pipeline before the first batch arrives."""
    logging.getLogger("beritanlp").setLevel(logging.WARNING)
    get_pipeline(spec)


# --------------------------------------------------------------------------- items and records


class Item(NamedTuple):
    """One article ready for the pipeline."""

    line: int | None
    id: str
    title: str | None
    text: str


class Rejected(NamedTuple):
    """One input line that cannot be processed, and why."""

    line: int | None
    id: str | None
    reason: str


@dataclass(frozen=True)
class Fields:
    """Names of the id, title and text fields in the input."""

    text: str = "text"
    id: str = "id"
    title: str = "title"


def _encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def prepare(
    obj: object,
    line: int | None,
    fields: Fields = Fields(),  # noqa: B008  (frozen, immutable default)
    max_chars: int = DEFAULT_MAX_CHARS,
    fallback_id: Callable[[str], str] | None = None,
) -> Item | Rejected:
    """Validate one input record and turn it into an :class:`Item` or a :class:`Rejected`.

    Parameters
    ----------
    obj
        A mapping with the text (and optional id and title) fields, or a plain string.
    line
        1-based line (row) number in the input, or ``None`` when there is none.
    fields
        Field names to read.
    max_chars
        Longest accepted article (title + blank line + text), in characters.
    fallback_id
        Makes the id from the text when the record has none; default ``line-<line>``, or a hash
        of the text when ``line`` is ``None``.

    Returns
    -------
    Item or Rejected
        The article, or the reason it cannot be processed.
    """
    from beritanlp.record import text_id

    def default_id(text: str) -> str:
        if fallback_id is not None:
            return fallback_id(text)
        return f"line-{line}" if line is not None else text_id(text)

    if isinstance(obj, str):
        obj = {fields.text: obj}
    if not isinstance(obj, Mapping):
        return Rejected(line, None, f"expected a JSON object, got {_type_name(obj)}")
    raw_id = obj.get(fields.id)
    doc_id: str | None
    if raw_id is None or raw_id == "":
        doc_id = None
    elif isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)):
        return Rejected(line, None, f"id field {fields.id!r} must be a string or an integer, "
                                    f"got {_type_name(raw_id)}")
    else:
        doc_id = str(raw_id)
        if not _encodable(doc_id):
            return Rejected(line, None, f"undecodable bytes in id field {fields.id!r}")
    if fields.text not in obj:
        return Rejected(line, doc_id, f"missing text field {fields.text!r}")
    text = obj[fields.text]
    if text is None:
        return Rejected(line, doc_id, f"text field {fields.text!r} is null")
    if not isinstance(text, str):
        return Rejected(line, doc_id, f"text field {fields.text!r} must be a string, "
                                      f"got {_type_name(text)}")
    title = obj.get(fields.title)
    if title is not None and not isinstance(title, str):
        return Rejected(line, doc_id, f"title field {fields.title!r} must be a string, "
                                      f"got {_type_name(title)}")
    # Joined exactly as beritanlp.analyze_many joins them, so the records agree.
    title = title or None
    full = f"{title}\n\n{text}" if title else text
    if len(full) > max_chars:
        return Rejected(line, doc_id, f"text too long: {len(full)} characters > limit "
                                      f"{max_chars}")
    if not _encodable(full):
        return Rejected(line, doc_id, "undecodable bytes in the title or text")
    return Item(line, doc_id if doc_id is not None else default_id(full), title, full)


def _type_name(value: object) -> str:
    return "null" if value is None else type(value).__name__


def error_line(rejected: Rejected) -> str:
    """The errors-file JSON line for a rejected input line."""
    return json.dumps({"line": rejected.line, "id": rejected.id, "reason": rejected.reason},
                      ensure_ascii=False) + "\n"


class Row(NamedTuple):
    """One result line: ``ok`` goes to OUT, otherwise to the errors file."""

    ok: bool
    line: int | None
    id: str | None
    json: str


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


def _cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system


def _record_json(item: Item, doc: Any) -> str:
    from beritanlp.record import article_from_doc

    record = article_from_doc(doc, id=item.id, title=item.title).to_dict()
    return json.dumps(record, ensure_ascii=False) + "\n"


def _pipeline_failure(item: Item, exc: BaseException) -> Row:
    reason = f"pipeline error: {type(exc).__name__}: {exc}"
    return Row(False, item.line, item.id, error_line(Rejected(item.line, item.id, reason)))


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


def run_items(nlp: Language, items: Sequence[Item]) -> list[Row]:
    """Run the pipeline over ``items`` inside one memory zone; one :class:`Row` per item.

    When the batch raises, each article is run again on its own so that only the article that
    fails becomes an error row.
    """
    rows: list[Row] = []
    with nlp.memory_zone():
        try:
            docs = nlp.pipe((item.text for item in items),
                            batch_size=max(1, min(len(items), PIPE_BATCH_SIZE)))
            for item, doc in zip(items, docs, strict=True):
                rows.append(Row(True, item.line, item.id, _record_json(item, doc)))
        except Exception:  # noqa: BLE001  (isolate the article that fails, below)
            rows = []
            for item in items:
                try:
                    rows.append(Row(True, item.line, item.id, _record_json(item, nlp(item.text))))
                except Exception as exc:  # noqa: BLE001  (one bad article must not stop a job)
                    rows.append(_pipeline_failure(item, exc))
    release_free_memory()
    return rows


def process_batch(spec: PipelineSpec, items: Sequence[Item]) -> BatchResult:
    """Tag a batch with this process's pipeline for ``spec`` (what workers run).

    Parameters
    ----------
    spec
        Which pipeline to use (built on the first call in a process, then reused).
    items
        The articles, already validated by :func:`prepare`.

    Returns
    -------
    BatchResult
        One row per item, in order, plus this process's id and memory use.
    """
    nlp, lock = get_pipeline(spec)
    with lock:
        rows = run_items(nlp, items)
    rss, peak = rss_bytes()
    return BatchResult(rows, os.getpid(), rss, peak, _cpu_seconds())


# --------------------------------------------------------------------------- readers


class Source(Protocol):
    """A stream of validated input records with a progress estimate."""

    def __iter__(self) -> Iterator[Item | Rejected]: ...

    def fraction(self) -> float | None:
        """Share of the input read so far (0..1), when known."""


def detect_format(path: str | Path) -> str:
    """Input format from the file name: ``jsonl``, ``csv``, ``tsv`` or ``parquet``."""
    name = str(path).lower()
    if name.endswith(".gz"):
        name = name[:-3]
    suffix = os.path.splitext(name)[1]
    if suffix not in FORMATS:
        raise ValueError(f"cannot tell the format of {path!s} from its suffix; give the format "
                         f"(one of {sorted(set(FORMATS.values()))})")
    return FORMATS[suffix]


class _ByteSource:
    """Shared by the text formats: opens (and un-gzips) the file, reports its byte position."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.size = path.stat().st_size
        self._raw: IO[bytes] | None = None

    def _open(self) -> IO[bytes]:
        raw = open(self.path, "rb")  # noqa: SIM115  (closed by the caller's `with`)
        self._raw = raw
        if self.path.name.lower().endswith(".gz"):
            return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
        return raw

    def fraction(self) -> float | None:
        if self._raw is None or self._raw.closed or not self.size:
            return None
        try:
            return min(1.0, self._raw.tell() / self.size)
        except (OSError, ValueError):
            return None


class JsonlSource(_ByteSource):
    """JSON Lines: one object per line; line numbers are physical lines (1-based)."""

    def __init__(self, path: Path, fields: Fields, max_chars: int) -> None:
        super().__init__(path)
        self.fields, self.max_chars = fields, max_chars
        # UTF-8 takes at most 4 bytes a character and JSON's \\uXXXX escapes 6.
        self.max_line_bytes = 6 * max_chars + 65_536

    def __iter__(self) -> Iterator[Item | Rejected]:
        with self._open() as fh:
            n = 0
            while True:
                data = fh.readline(self.max_line_bytes)
                if not data:
                    return
                n += 1
                if len(data) >= self.max_line_bytes and not data.endswith(b"\n"):
                    while data and not data.endswith(b"\n"):  # skip the rest of the line
                        data = fh.readline(1 << 20)
                    yield Rejected(n, None, f"text too long: line of more than "
                                            f"{self.max_line_bytes} bytes")
                    continue
                yield self._parse(data, n)

    def _parse(self, data: bytes, n: int) -> Item | Rejected:
        if n == 1 and data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            line = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            return Rejected(n, None, f"undecodable bytes: {exc.reason} at byte {exc.start}")
        if not line.strip():
            return Rejected(n, None, "empty line")
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            return Rejected(n, None, f"invalid JSON: {exc.msg} at column {exc.colno}")
        except RecursionError:
            return Rejected(n, None, "invalid JSON: nested too deeply")
        return prepare(obj, n, self.fields, self.max_chars)


class CsvSource(_ByteSource):
    """CSV/TSV with a header row; the line number is the physical line a row starts on."""

    def __init__(self, path: Path, fields: Fields, max_chars: int, delimiter: str = ",") -> None:
        super().__init__(path)
        self.fields, self.max_chars, self.delimiter = fields, max_chars, delimiter
        with self._open() as fb:  # check the header now, before any output is opened
            fh = io.TextIOWrapper(fb, encoding="utf-8-sig", errors="surrogateescape", newline="")
            header = next(csv.reader(fh, delimiter=delimiter), None)
        if header is not None and fields.text not in header:
            raise ValueError(f"{path}: no column {fields.text!r}; the header has {header}")

    def __iter__(self) -> Iterator[Item | Rejected]:
        csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
        with self._open() as fb:
            fh = io.TextIOWrapper(fb, encoding="utf-8-sig", errors="surrogateescape", newline="")
            reader = csv.reader(fh, delimiter=self.delimiter)
            try:
                header = next(reader)
            except StopIteration:
                return
            wanted = {self.fields.text, self.fields.id, self.fields.title}
            index = {name: i for i, name in enumerate(header) if name in wanted}
            start = reader.line_num + 1
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    yield Rejected(start, None, f"invalid CSV: {exc}")
                    start = reader.line_num + 1
                    continue
                n, start = start, reader.line_num + 1
                if not row or not any(cell.strip() for cell in row):
                    yield Rejected(n, None, "empty line")
                    continue
                record = {name: row[i] for name, i in index.items() if i < len(row)}
                bad = [name for name, value in record.items() if not _encodable(value)]
                if bad:
                    raw_id = record.get(self.fields.id)
                    ok_id = raw_id if raw_id and _encodable(raw_id) else None
                    yield Rejected(n, ok_id, f"undecodable bytes in field {bad[0]!r}")
                    continue
                yield prepare(record, n, self.fields, self.max_chars)


class ParquetSource:
    """Parquet, read in row batches; the line number is the 1-based row number."""

    def __init__(self, path: Path, fields: Fields, max_chars: int) -> None:
        try:
            import pyarrow.parquet as pq
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("reading Parquet needs pyarrow: pip install 'beritanlp[parquet]'"
                              ) from exc
        self.path, self.fields, self.max_chars = path, fields, max_chars
        self._file = pq.ParquetFile(path)
        self.rows = self._file.metadata.num_rows
        names = self._file.schema_arrow.names
        if fields.text not in names:
            raise ValueError(f"{path}: no column {fields.text!r}; the file has {names}")
        self.columns = [c for c in dict.fromkeys((fields.id, fields.title, fields.text))
                        if c in names]
        self._done = 0

    def __iter__(self) -> Iterator[Item | Rejected]:
        n = 0
        for batch in self._file.iter_batches(batch_size=1024, columns=self.columns):
            for record in batch.to_pylist():
                n += 1
                self._done = n
                for key, value in list(record.items()):
                    if isinstance(value, (bytes, bytearray)):
                        try:
                            record[key] = bytes(value).decode("utf-8")
                        except UnicodeDecodeError:
                            record = {}
                            yield Rejected(n, None, f"undecodable bytes in column {key!r}")
                            break
                if record:
                    yield prepare(record, n, self.fields, self.max_chars)

    def fraction(self) -> float | None:
        return self._done / self.rows if self.rows else None


def open_source(
    path: str | Path,
    fmt: str | None = None,
    fields: Fields = Fields(),  # noqa: B008
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Source:
    """A streaming reader for ``path`` (format from the suffix unless ``fmt`` is given)."""
    path = Path(path)
    fmt = fmt or detect_format(path)
    if fmt == "jsonl":
        return JsonlSource(path, fields, max_chars)
    if fmt in ("csv", "tsv"):
        return CsvSource(path, fields, max_chars, delimiter="\t" if fmt == "tsv" else ",")
    if fmt == "parquet":
        return ParquetSource(path, fields, max_chars)
    raise ValueError(f"unknown input format {fmt!r}; use jsonl, csv, tsv or parquet")


# --------------------------------------------------------------------------- executors


class Executor(Protocol):
    """Runs :func:`process_batch` somewhere and hands back futures."""

    workers: int

    def submit(self, items: list[Item]) -> Future[BatchResult]: ...

    def close(self) -> None: ...


class InlineExecutor:
    """Runs batches in this process (``n_process=1``)."""

    workers = 1

    def __init__(self, spec: PipelineSpec, nlp: Language | None = None) -> None:
        self.spec, self.nlp = spec, nlp

    def submit(self, items: list[Item]) -> Future[BatchResult]:
        """Run the batch now; the returned future is already done."""
        future: Future[BatchResult] = Future()
        if self.nlp is not None:
            rows = run_items(self.nlp, items)
            rss, peak = rss_bytes()
            future.set_result(BatchResult(rows, os.getpid(), rss, peak, _cpu_seconds()))
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


# --------------------------------------------------------------------------- output and resume


def errors_path(out: str | Path) -> Path:
    """Where the error records of ``out`` go: ``x.jsonl`` -> ``x.errors.jsonl``."""
    out = Path(out)
    if out.name.endswith(".jsonl"):
        return out.with_name(out.name[: -len(".jsonl")] + ".errors.jsonl")
    return out.with_name(out.name + ".errors.jsonl")


def _key(doc_id: str) -> int:
    return int.from_bytes(hashlib.blake2b(doc_id.encode("utf-8"), digest_size=8).digest(), "big")


def repair_torn_line(path: Path) -> int:
    """Cut an unfinished last line off ``path`` (a job killed mid-write); bytes removed."""
    if not path.exists():
        return 0
    size = path.stat().st_size
    if size == 0:
        return 0
    with open(path, "rb+") as fh:
        fh.seek(size - 1)
        if fh.read(1) == b"\n":
            return 0
        # Walk back to the last newline.
        pos, keep = size, 0
        block = 1 << 16
        while pos > 0:
            start = max(0, pos - block)
            fh.seek(start)
            chunk = fh.read(pos - start)
            i = chunk.rfind(b"\n")
            if i >= 0:
                keep = start + i + 1
                break
            pos = start
        fh.truncate(keep)
    return size - keep


def _scan(path: Path, what: str) -> Iterator[dict[str, Any]]:
    if not path.exists():
        return
    with open(path, "rb") as fh:
        for n, data in enumerate(fh, 1):
            try:
                obj = json.loads(data)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise ValueError(f"cannot resume: line {n} of {what} {path} is not valid JSON "
                                 f"({exc}); fix or remove it") from exc
            if not isinstance(obj, dict):
                raise ValueError(f"cannot resume: line {n} of {what} {path} is not a record")
            yield obj


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

    def format(self) -> str:
        """One readable line."""
        text = (f"{self.lines} lines: {self.written} records, {self.errors} errors, "
                f"{self.skipped} already done; {self.seconds:.1f} s, "
                f"{self.articles_per_second:.1f} articles/s")
        if self.repaired_bytes:
            text += f"; cut a torn last line ({self.repaired_bytes} bytes)"
        return text


class Progress:
    """A one-line progress bar on a terminal; an occasional log line otherwise."""

    def __init__(self, fraction: Callable[[], float | None], enabled: bool | None = None,
                 stream: IO[str] | None = None, log_every: float = 60.0) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if enabled is None else enabled
        self.fraction = fraction
        self.start = self.last = time.monotonic()
        self.log_every = log_every
        self.done = self.errors = 0

    def update(self, done: int, errors: int) -> None:
        """Record the totals so far and redraw when it is time."""
        self.done, self.errors = done, errors
        now = time.monotonic()
        if self.tty and now - self.last >= 0.2:
            self.last = now
            self.stream.write("\r" + self.line(now) + "\x1b[K")
            self.stream.flush()
        elif not self.tty and now - self.last >= self.log_every:
            self.last = now
            logger.info("%s", self.line(now))

    def line(self, now: float | None = None) -> str:
        """The text of the bar: count, rate, share done and ETA."""
        elapsed = max(1e-9, (now or time.monotonic()) - self.start)
        rate = self.done / elapsed
        frac = self.fraction()
        text = f"{self.done} articles, {self.errors} errors | {rate:.1f} articles/s"
        if frac:
            width = 24
            filled = int(width * frac)
            eta = elapsed * (1 - frac) / frac
            text = (f"[{'#' * filled}{'.' * (width - filled)}] {100 * frac:5.1f}% | {text} | "
                    f"ETA {_clock(eta)}")
        return text

    def close(self) -> None:
        """End the bar's line."""
        if self.tty:
            self.stream.write("\r" + self.line() + "\x1b[K\n")
            self.stream.flush()


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def _check_spec(spec: PipelineSpec) -> None:
    """Catch a wrong model folder or component name here, not in every worker."""
    if spec.model is not None:
        if not Path(spec.model).is_dir():
            raise ValueError(f"model folder {spec.model} does not exist")
        return
    from beritanlp.pipeline import component_names

    unknown = sorted((set(spec.exclude) | set(spec.disable)) - set(component_names()))
    if unknown:
        raise ValueError(f"unknown component(s) {unknown}; the pipeline has {component_names()}")


def _batches(
    source: Iterable[Item | Rejected],
    batch_size: int,
    seen: set[int],
    done: set[int],
    error_lines: set[int],
    summary: TagSummary,
) -> Iterator[tuple[list[Item], list[Rejected]]]:
    """Group the input into (items to run, rejected lines) per batch, skipping finished work."""
    items: list[Item] = []
    rejected: list[Rejected] = []
    for rec in source:
        summary.lines += 1
        if isinstance(rec, Item):
            key = _key(rec.id)
            if key in seen:
                rec = Rejected(rec.line, rec.id, "duplicate id (an earlier line has it)")
            else:
                seen.add(key)
                if key in done or rec.line in error_lines:
                    # written already: as a record, or as an error when the pipeline failed on it
                    summary.skipped += 1
                    continue
                items.append(rec)
        if isinstance(rec, Rejected):
            if rec.line is not None and rec.line in error_lines:
                summary.skipped += 1
                continue
            rejected.append(rec)
        if len(items) >= batch_size or len(rejected) >= 4 * batch_size:
            yield items, rejected
            items, rejected = [], []
    if items or rejected:
        yield items, rejected


def _merge(rows: list[Row], rejected: list[Rejected]) -> tuple[list[str], list[str]]:
    out = [row.json for row in rows if row.ok]
    errs = [(row.line, row.json) for row in rows if not row.ok]
    errs += [(rej.line, error_line(rej)) for rej in rejected]
    errs.sort(key=lambda pair: -1 if pair[0] is None else pair[0])
    return out, [text for _, text in errs]


def tag_file(
    inp: str | Path,
    out: str | Path,
    *,
    fmt: str | None = None,
    text_field: str = "text",
    id_field: str = "id",
    title_field: str = "title",
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_chars: int = DEFAULT_MAX_CHARS,
    resume: bool = False,
    force: bool = False,
    spec: PipelineSpec | None = None,
    nlp: Language | None = None,
    executor: Executor | None = None,
    progress: bool | None = None,
) -> TagSummary:
    """Tag an archive, appending one JSON record per article to ``out``.

    Parameters
    ----------
    inp
        JSONL, CSV, TSV (optionally ``.gz``) or Parquet file.
    out
        JSONL output; errors go to :func:`errors_path` of it.
    fmt
        Input format (``jsonl``, ``csv``, ``tsv``, ``parquet``); default from the suffix.
    text_field, id_field, title_field
        Field (column) names. A missing id becomes ``line-<n>``; a title is joined to the text
        with a blank line.
    n_process
        Worker processes (1 = this process; -1 = one per CPU).
    batch_size
        Articles per batch (one memory zone and one write each).
    max_chars
        Longest accepted article in characters; longer ones become error records.
    resume
        Continue a previous run: cut a torn last line, skip ids and lines already written.
    force
        Overwrite existing output (and its errors file).
    spec
        Pipeline to build in each worker; default :func:`beritanlp.load` with all components.
    nlp
        An already built pipeline to use in this process (only with ``n_process=1``).
    executor
        Where batches run (e.g. :class:`beritanlp.dask.DaskExecutor`); overrides ``n_process``.
    progress
        Draw a progress bar; default: only when standard error is a terminal.

    Returns
    -------
    TagSummary
        Counts, time and the memory use of each worker.

    Raises
    ------
    FileExistsError
        When ``out`` exists and neither ``resume`` nor ``force`` is given.
    ValueError
        For contradictory arguments, an unknown format, or a missing text column.
    """
    inp, out = Path(inp), Path(out)
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
    if out.resolve() in (inp.resolve(), err.resolve()) or err.resolve() == inp.resolve():
        raise ValueError("the output (or its errors file) would overwrite the input")
    if not resume and not force:
        for path in (out, err):
            if path.exists():
                raise FileExistsError(f"{path} exists; use --resume to continue that run or "
                                      f"--force to overwrite it")
    if nlp is not None and (n_process > 1 or executor is not None):
        raise ValueError("an nlp object can only be used in this process (n_process=1); pass "
                         "spec=PipelineSpec(model=DIR) to run a saved pipeline in workers")
    spec = spec or PipelineSpec()
    _check_spec(spec)
    fields = Fields(text=text_field, id=id_field, title=title_field)
    source = open_source(inp, fmt, fields, max_chars)  # fails early on a missing text column

    summary = TagSummary()
    done: set[int] = set()
    error_lines: set[int] = set()
    if resume:
        summary.repaired_bytes = repair_torn_line(out) + repair_torn_line(err)
        for rec in _scan(out, "output"):
            if isinstance(rec.get("id"), str):
                done.add(_key(rec["id"]))
        for rec in _scan(err, "errors file"):
            if isinstance(rec.get("line"), int):
                error_lines.add(rec["line"])
    mode = "ab" if resume else "wb"

    own_executor = executor is None
    if executor is None:
        executor = (InlineExecutor(spec, nlp) if n_process == 1
                    else ProcessExecutor(spec, n_process))
    bar = Progress(source.fraction, progress)
    start = time.monotonic()
    pending: deque[tuple[Future[BatchResult], list[Rejected]]] = deque()
    max_pending = 2 * max(1, executor.workers) + 1

    def write_next(fo: IO[bytes], fe: IO[bytes]) -> None:
        future, rejected = pending.popleft()
        try:
            result = future.result()
        except BrokenProcessPool as exc:
            raise RuntimeError(f"a worker process died (out of memory?); {out} is complete up "
                               f"to the last batch written: continue with resume") from exc
        lines, errs = _merge(result.rows, rejected)
        if lines:
            fo.write("".join(lines).encode("utf-8"))
            fo.flush()
        if errs:
            fe.write("".join(errs).encode("utf-8"))
            fe.flush()
        summary.written += len(lines)
        summary.errors += len(errs)
        if lines and not summary.first_batch_written:
            summary.first_batch_seconds = time.monotonic() - start
            summary.first_batch_written = summary.written
        if result.rows:
            mem = summary.workers.get(result.pid)
            if mem is None:
                summary.workers[result.pid] = WorkerStats(result.rss, result.rss,
                                                          result.peak_rss, 1, result.cpu,
                                                          result.cpu)
            else:
                mem.last, mem.peak = result.rss, max(mem.peak, result.peak_rss)
                mem.batches += 1
                mem.cpu_last = result.cpu
                mem.articles_after_first += len(result.rows)
        bar.update(summary.written, summary.errors)

    try:
        with open(out, mode) as fo, open(err, mode) as fe:
            for items, rejected in _batches(source, batch_size, set(), done, error_lines,
                                            summary):
                if items:
                    future = executor.submit(items)
                else:
                    future = Future()
                    future.set_result(BatchResult([], 0, 0, 0))
                pending.append((future, rejected))
                while len(pending) >= max_pending or (pending and pending[0][0].done()):
                    write_next(fo, fe)
            while pending:
                write_next(fo, fe)
    except KeyboardInterrupt:
        logger.warning("interrupted: %s is complete up to the last batch written; continue "
                       "with --resume", out)
        raise
    finally:
        bar.close()
        if own_executor:
            executor.close()
    summary.seconds = time.monotonic() - start
    return summary


# --------------------------------------------------------------------------- command line


def add_tag_arguments(p: argparse.ArgumentParser) -> None:
    """Arguments of ``beritanlp tag`` (used by :mod:`beritanlp.cli`)."""
    p.add_argument("input", help="archive: .jsonl, .csv, .tsv (each optionally .gz) or .parquet")
    p.add_argument("output", help="JSONL output, one record per article; errors go to "
                                  "OUTPUT with .errors.jsonl")
    p.add_argument("--format", choices=sorted(set(FORMATS.values())),
                   help="input format (default: from the file suffix)")
    p.add_argument("--text-field", default="text", help="text field/column (default: text)")
    p.add_argument("--id-field", default="id",
                   help="id field/column (default: id; missing ids become line-<n>)")
    p.add_argument("--title-field", default="title",
                   help="title field/column, joined to the text (default: title)")
    p.add_argument("--n-process", type=int, default=1,
                   help="worker processes (default 1; -1 = one per CPU)")
    p.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE,
                   help=f"articles per batch (default {DEFAULT_BATCH_SIZE})")
    p.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS,
                   help=f"longest article accepted, in characters (default {DEFAULT_MAX_CHARS})")
    p.add_argument("--resume", action="store_true",
                   help="continue an interrupted run: skip records already in OUTPUT")
    p.add_argument("--force", action="store_true", help="overwrite an existing OUTPUT")
    p.add_argument("--model", help="saved spaCy pipeline folder to use instead of the default")
    p.add_argument("--exclude", action="append", default=[], metavar="COMPONENT",
                   help="pipeline component not to run (repeatable)")
    p.add_argument("--topics", help="topic model folder to use instead of the shipped one")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="run on a Dask cluster (e.g. tcp://host:8786); needs beritanlp[dask]")
    p.add_argument("--dask-workers", type=int, metavar="N",
                   help="run on a local Dask cluster of N worker processes")
    bar = p.add_mutually_exclusive_group()
    bar.add_argument("--progress", dest="progress", action="store_true", default=None,
                     help="always draw the progress bar")
    bar.add_argument("--no-progress", dest="progress", action="store_false",
                     help="never draw the progress bar")
    p.set_defaults(func=run_tag_command)


def run_tag_command(args: argparse.Namespace) -> int:
    """Run ``beritanlp tag`` from parsed arguments.

    Returns 0 when the whole input was processed (bad lines are data: they are in the errors
    file), 130 when interrupted; exits with a message for unusable arguments or files.
    """
    log = logging.getLogger("beritanlp")
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("beritanlp: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    spec = PipelineSpec(model=args.model, exclude=tuple(args.exclude), topics=args.topics)
    kwargs: dict[str, Any] = dict(
        fmt=args.format, text_field=args.text_field, id_field=args.id_field,
        title_field=args.title_field, n_process=args.n_process, batch_size=args.batch_size,
        max_chars=args.max_chars, resume=args.resume, force=args.force, spec=spec,
        progress=args.progress)
    try:
        if args.scheduler or args.dask_workers:
            from beritanlp.dask import tag_file_on_dask

            summary = tag_file_on_dask(args.input, args.output, scheduler=args.scheduler,
                                       n_workers=args.dask_workers, **kwargs)
        else:
            summary = tag_file(args.input, args.output, **kwargs)
    except (FileExistsError, FileNotFoundError, ValueError, ImportError, RuntimeError) as exc:
        raise SystemExit(f"beritanlp tag: {exc}") from exc
    except KeyboardInterrupt:
        return 130
    print(summary.format(), file=sys.stderr)
    if summary.errors:
        print(f"error records: {errors_path(args.output)}", file=sys.stderr)
    return 0


__all__ = [
    "DEFAULT_BATCH_SIZE", "DEFAULT_MAX_CHARS", "BatchResult", "Fields", "InlineExecutor",
    "Item", "PipelineSpec", "ProcessExecutor", "Rejected", "Row", "TagSummary", "WorkerStats",
    "add_tag_arguments", "detect_format", "errors_path", "get_pipeline", "open_source",
    "prepare", "process_batch", "repair_torn_line", "run_items", "run_tag_command",
    "tag_file",
]
