"""The one way many articles go through a pipeline: validated, isolated, memory-bounded.

``beritanlp.analyze_many``, the batch tagger (:mod:`beritanlp.batch`) and the Dask functions
(:mod:`beritanlp.dask`) all run articles through this module, so they agree on

* validation: :func:`prepare` turns an input (a string, or a mapping with text, id, title and
  date fields) into an :class:`Item` or a :class:`Rejected` with the reason, worded once here.
  A date given with an article (:func:`read_date`) becomes ``doc._.date`` before the pipeline
  runs, and so the record's ``date``; a date that cannot be read is a warning of the record
  (``warnings``), never a reason to reject the article;
* isolation: :func:`run_items` runs a group of items; when the pipeline raises, each item is run
  again on its own, so only the article that fails becomes an error record
  (``"pipeline error: <exception type>: <message>"``);
* memory: each group runs inside ``nlp.memory_zone()`` (spaCy 3.8) and its records are built
  inside the zone, so the vocabulary does not grow over a long run. Before its first zone a
  pipeline analyses one short text outside any zone (:func:`ready`), so components finish
  lazy set-up with strings that stay in the vocabulary. A zone is state of the whole
  vocabulary, so the zones of one pipeline take turns (:func:`zone_lock`): threads may share a
  pipeline in ``analyze_many``;
* worker processes (``n_process > 1``): groups of items run in a process pool whose workers
  build the records themselves (:func:`run_in_workers`). A worker that dies, or a pool that
  gives no result for ``worker_timeout`` seconds, never makes the caller wait forever: the
  unfinished items are run again one at a time in a fresh single-worker pool, and only the
  article during which a worker dies or stalls gets an error record. (spaCy's own
  ``nlp.pipe(n_process=...)`` waits forever when a worker fails while another one is sending
  a large result.)
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import os
import sys
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from beritanlp.record import Article, article_from_doc, text_id
from beritanlp.text.input_dates import check_date_order, parse_input_date
from beritanlp.text.markup import markup_warning

#: Longest article (characters, title and text together) the batch tagger accepts by default.
DEFAULT_MAX_CHARS = 1_000_000

WARMUP_TEXT = ("Pemerintah Kota Bandar Lampung meresmikan pasar baru pada Senin (3/6/2024).\n\n"
               "Wali kota mengatakan pasar itu menampung 1.250 pedagang.")

#: Seconds a process pool may go without finishing any group of articles (or one article, once
#: they are retried one at a time) before its workers are stopped and the articles get errors.
WORKER_TIMEOUT = 600.0

#: The reason given for an article holding lone surrogate characters (not writable as UTF-8).
NOT_UNICODE = "title or text is not valid Unicode (lone surrogate characters)"

_READY: weakref.WeakSet[Language] = weakref.WeakSet()
_ZONE_LOCKS: weakref.WeakKeyDictionary[Language, threading.Lock] = weakref.WeakKeyDictionary()
_ZONE_LOCKS_GUARD = threading.Lock()


def _fresh_locks_after_fork() -> None:
    """Give a forked child new zone locks: a lock held by another thread at fork stays held."""
    global _ZONE_LOCKS_GUARD
    _ZONE_LOCKS.clear()
    _ZONE_LOCKS_GUARD = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_fresh_locks_after_fork)


def zone_lock(nlp: Language) -> threading.Lock:
    """The lock under which :func:`run_items` opens ``nlp``'s memory zones (one per pipeline)."""
    with _ZONE_LOCKS_GUARD:
        lock = _ZONE_LOCKS.get(nlp)
        if lock is None:
            lock = _ZONE_LOCKS[nlp] = threading.Lock()
        return lock


class Item(NamedTuple):
    """One article ready for the pipeline.

    ``date`` is the article's date given with it (ISO ``YYYY-MM-DD``, see :func:`read_date`);
    ``warnings`` are the record's warnings (e.g. a date given but not readable, HTML character
    references left in the text).
    """

    line: int | None
    id: str
    title: str | None
    text: str
    date: str | None = None
    warnings: tuple[str, ...] = ()


class Rejected(NamedTuple):
    """One input that cannot be processed, and why."""

    line: int | None
    id: str | None
    reason: str


@dataclass(frozen=True)
class Fields:
    """How the input's fields are read: the text, id, title and date fields' names.

    ``date`` names the field holding the article's date (publication date from the archive);
    ``None`` or ``""`` ignores dates in the input. ``date_order`` (``"dmy"``, ``"mdy"`` or
    ``None``) decides numeric dates whose day and month are both 12 or less ("03/04/2019"),
    which are otherwise refused (see :mod:`beritanlp.text.input_dates`).
    """

    text: str = "text"
    id: str = "id"
    title: str = "title"
    date: str | None = "date"
    date_order: str | None = None

    def __post_init__(self) -> None:
        """Refuse an unknown date order at once, not once per article."""
        check_date_order(self.date_order)


def read_date(value: object, order: str | None = None, field: str | None = None
              ) -> tuple[str | None, tuple[str, ...]]:
    """An article's given date, ISO, and the record's warnings about it.

    Parameters
    ----------
    value
        What the input holds (see :func:`beritanlp.text.input_dates.parse_input_date`).
    order
        ``"dmy"``/``"mdy"`` for numeric dates whose day and month are both 12 or less.
    field
        The input field it came from, named in the warning.

    Returns
    -------
    tuple
        ``(iso, ())`` for a date; ``(None, ())`` for a missing one; ``(None, (warning,))`` for
        a value that is no date this library can read with certainty: the article is analysed
        without it (its record's date is then the one its text states, if any).
    """
    try:
        return parse_input_date(value, order), ()
    except ValueError as exc:
        shown = repr(value)
        shown = shown if len(shown) <= 60 else shown[:57] + "..."
        where = f"date field {field!r}" if field else "date"
        return None, (f"{where} ignored: {shown}: {exc}",)


def encodable(value: str) -> bool:
    """True when ``value`` can be written as UTF-8 (no lone surrogate characters)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def type_name(value: object) -> str:
    """The type of ``value`` as the error reasons name it (``null`` for None)."""
    return "null" if value is None else type(value).__name__


def too_long(length: int, limit: int) -> str:
    """The reason given for an article longer than ``limit`` characters."""
    return f"text too long: {length} characters > limit {limit}"


def _read_id(obj: Mapping[Any, Any], fields: Fields) -> str | None | Rejected:
    raw_id = obj.get(fields.id)
    if raw_id is None or raw_id == "":
        return None
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)):
        return Rejected(None, None, f"id field {fields.id!r} must be a string or an integer, "
                                    f"got {type_name(raw_id)}")
    doc_id = str(raw_id)
    if not encodable(doc_id):
        return Rejected(None, None, f"id field {fields.id!r} is not valid Unicode "
                                    f"(lone surrogate characters)")
    return doc_id


def _read_text(obj: Mapping[Any, Any], fields: Fields) -> tuple[str | None, str] | str:
    """(title, title + blank line + text), or the reason the fields are unusable."""
    if fields.text not in obj:
        return f"missing text field {fields.text!r}"
    text = obj[fields.text]
    if text is None:
        return f"text field {fields.text!r} is null"
    if not isinstance(text, str):
        return f"text field {fields.text!r} must be a string, got {type_name(text)}"
    title = obj.get(fields.title)
    if title is not None and not isinstance(title, str):
        return f"title field {fields.title!r} must be a string, got {type_name(title)}"
    title = title or None
    return title, (f"{title}\n\n{text}" if title else text)


def prepare(
    obj: object,
    line: int | None,
    fields: Fields = Fields(),  # noqa: B008  (frozen, immutable default)
    max_chars: int = DEFAULT_MAX_CHARS,
    fallback_id: Callable[[str], str] | None = None,
) -> Item | Rejected:
    """Validate one input and turn it into an :class:`Item` or a :class:`Rejected`.

    Parameters
    ----------
    obj
        A mapping with the text (and optional id, title and date) fields, or a plain string.
    line
        1-based line (row) number in the input, or ``None`` when there is none.
    fields
        Field names to read.
    max_chars
        Longest accepted article (title + blank line + text), in characters.
    fallback_id
        Makes the id from the text when the input has none; default ``line-<line>``, or a hash
        of the text when ``line`` is ``None``.

    Returns
    -------
    Item or Rejected
        The article, or the reason it cannot be processed (with the id when it is known).
    """
    if isinstance(obj, str):
        obj = {fields.text: obj}
    if not isinstance(obj, Mapping):
        return Rejected(line, None, f"expected a string or a JSON object (mapping), "
                                    f"got {type_name(obj)}")
    doc_id = _read_id(obj, fields)
    if isinstance(doc_id, Rejected):
        return doc_id._replace(line=line)
    read = _read_text(obj, fields)
    if isinstance(read, str):
        return Rejected(line, doc_id, read)
    title, full = read
    if doc_id is None:
        doc_id = (fallback_id(full) if fallback_id is not None
                  else f"line-{line}" if line is not None else text_id(full))
    if len(full) > max_chars:
        return Rejected(line, doc_id, too_long(len(full), max_chars))
    if not encodable(full):
        return Rejected(line, doc_id, NOT_UNICODE)
    date, warnings = (read_date(obj.get(fields.date), fields.date_order, fields.date)
                      if fields.date else (None, ()))
    markup = markup_warning(full)
    return Item(line, doc_id, title, full, date, (*warnings, markup) if markup else warnings)


def failed(rejected: Rejected, title: str | None = None) -> Article:
    """The error record of an input that could not be processed."""
    return Article.failed(rejected.reason, id=rejected.id, title=title)


def ready(nlp: Language) -> Language:
    """Let ``nlp`` finish lazy set-up outside any memory zone (once per pipeline object).

    A pipeline that fails on the warm-up text is still used: its failures then show up as the
    error records of the articles it fails on, never as a crash of the run.
    """
    if nlp not in _READY:
        _READY.add(nlp)
        try:
            nlp(WARMUP_TEXT)
        except Exception:  # noqa: BLE001  (reported per article by run_items)
            pass
    return nlp


def _record(item: Item, doc: Any) -> Article:
    article = article_from_doc(doc, id=item.id, title=item.title)
    article.warnings = list(item.warnings)
    return article


def pipeline_input(nlp: Language, text: str, date: str | None) -> str | Doc:
    """What ``nlp`` is given for one article: the text, or a Doc carrying its given date.

    The date goes into ``doc._.date`` before any component runs, so ``beritanlp_dates`` takes
    it as the article's date (anchoring "kemarin", "tahun ini") and ``beritanlp_scores`` reads
    score years from it.
    """
    if date is None:
        return text
    doc = nlp.make_doc(text)
    doc._.date = date
    return doc


def _pipeline_error(exc: BaseException) -> str:
    """The reason an article's error record gives for ``exc``, raised by the pipeline on it.

    spaCy re-raises a component's ``KeyError`` as a ``ValueError`` asking whether the component
    was initialised (E109); the error it wraps (its ``__cause__``) is named too, since that is
    what went wrong.
    """
    reason = f"pipeline error: {type(exc).__name__}: {exc}"
    cause = exc.__cause__
    if cause is not None:
        reason += f" (from {type(cause).__name__}: {cause})"
    return reason


def _one_by_one(nlp: Language, items: Sequence[Item]) -> list[Article]:
    records = []
    for item in items:
        try:
            records.append(_record(item, nlp(pipeline_input(nlp, item.text, item.date))))
        except Exception as exc:  # noqa: BLE001  (one bad article must not stop the others)
            records.append(failed(Rejected(item.line, item.id, _pipeline_error(exc)), item.title))
    return records


def run_items(
    nlp: Language, items: Sequence[Item], *, batch_size: int = 16, n_process: int = 1,
    worker_timeout: float | None = WORKER_TIMEOUT,
) -> list[Article]:
    """Run the pipeline over ``items`` inside one memory zone; one record per item, in order.

    Parameters
    ----------
    nlp
        The pipeline (made :func:`ready` here before its first zone).
    items
        Validated articles.
    batch_size
        Documents ``nlp.pipe`` processes together.
    n_process
        Worker processes (1: this process; more: :func:`run_in_workers`).
    worker_timeout
        With ``n_process > 1``: seconds without any result before the workers are stopped
        (``None``: no limit; a dead worker is noticed at once either way).

    Returns
    -------
    list of Article
        The records; when the pipeline raises, the items are run again one at a time and
        only those that fail get an error record (``pipeline error: ...``).
    """
    if not items:
        return []
    if n_process > 1:
        return run_in_workers(nlp, items, batch_size=batch_size, n_process=n_process,
                              worker_timeout=worker_timeout)
    with zone_lock(nlp):
        ready(nlp)
        with nlp.memory_zone():
            try:
                docs = nlp.pipe((pipeline_input(nlp, item.text, item.date) for item in items),
                                batch_size=max(1, min(len(items), batch_size)))
                return [_record(item, doc) for item, doc in zip(items, docs, strict=True)]
            except Exception:  # noqa: BLE001  (isolate the article that fails)
                return _one_by_one(nlp, items)


# -- worker processes ------------------------------------------------------------------------

_WORKER_NLP: list[Language] = []  # the pipeline of a worker process (set by _init_worker)


def exit_with_parent() -> threading.Thread | None:
    """End this worker process as soon as the process that started it has ended.

    A pool's workers wait for batches on a queue they hold both ends of, so a parent killed
    with SIGKILL (or dying out of memory) would leave them, each with its pipeline in memory,
    running for ever. A daemon thread waits on ``multiprocessing.parent_process()``'s
    sentinel (a pipe on POSIX, the parent's process handle on Windows: no polling) and ends
    the process with ``os._exit`` when the parent is gone. Where there is no sentinel (a
    process not started by multiprocessing) the thread polls ``os.getppid()`` every second.

    Returns
    -------
    threading.Thread or None
        The watching thread; None in a process without a parent to watch.
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return None
    parent_pid = parent.pid

    def wait_for_parent() -> None:
        try:
            parent.join()
        except (OSError, ValueError):  # no usable sentinel: poll the parent process id
            while os.getppid() == parent_pid:
                time.sleep(1.0)
        sys.stderr.write(f"beritanlp: worker {os.getpid()} stops: its parent process "
                         f"{parent_pid} has ended\n")
        os._exit(1)

    thread = threading.Thread(target=wait_for_parent, name="beritanlp-parent-watch",
                              daemon=True)
    thread.start()
    return thread


def _init_worker(nlp: Language) -> None:
    exit_with_parent()
    # The workers share the cores already: a BLAS library starting its own threads in each
    # of them (the NER multiplies through numpy) would only make them wait for each other.
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    _WORKER_NLP[:] = [nlp]


def _work(items: list[Item], batch_size: int) -> list[Article]:
    return run_items(_WORKER_NLP[0], items, batch_size=batch_size)


def _pool(nlp: Language, n_process: int) -> ProcessPoolExecutor:
    # the platform's default start method (fork on Linux: the pipeline is not pickled)
    return ProcessPoolExecutor(max_workers=n_process, mp_context=multiprocessing.get_context(),
                               initializer=_init_worker, initargs=(nlp,))


def _stop(pool: ProcessPoolExecutor) -> None:
    """Shut ``pool`` down without waiting for a worker that may never finish."""
    terminate = getattr(pool, "terminate_workers", None)  # public from Python 3.14 on
    if terminate is not None:
        terminate()
    else:  # before 3.14 the executor has no public way to end running workers
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            if process.is_alive():
                process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)


def _groups_in_pool(
    nlp: Language, groups: list[list[Item]], n_process: int, timeout: float | None
) -> list[list[Article] | None]:
    """Each group's records; ``None`` for the groups unfinished when a worker failed."""
    results: list[list[Article] | None] = [None] * len(groups)
    pool = _pool(nlp, n_process)
    failed_pool = True
    try:
        futures: dict[Future[list[Article]], int] = {
            pool.submit(_work, group, len(group)): i for i, group in enumerate(groups)}
        pending = set(futures)
        while pending:
            done, pending = wait(pending, timeout=timeout, return_when=FIRST_COMPLETED)
            if not done:
                return results  # stalled: stopped below
            for future in done:
                try:
                    results[futures[future]] = future.result()
                except BrokenProcessPool:
                    return results  # a worker died: every pending future fails alike
                except Exception:  # noqa: BLE001, S112  (e.g. a result that cannot be sent)
                    continue  # left None: its items are retried one at a time
        failed_pool = False
        return results
    finally:
        if failed_pool:
            _stop(pool)
        else:
            pool.shutdown(wait=True)


def run_in_workers(
    nlp: Language, items: Sequence[Item], *, batch_size: int = 16, n_process: int = 2,
    worker_timeout: float | None = WORKER_TIMEOUT,
) -> list[Article]:  # noqa: D417  (parameters as in run_items)
    """:func:`run_items` in ``n_process`` worker processes, never waiting forever.

    Groups of ``batch_size`` items run in a process pool; the workers build the records (no
    ``Doc`` crosses a process boundary). When a worker dies or the pool gives no result for
    ``worker_timeout`` seconds, the unfinished items run again one at a time in a fresh
    one-worker pool: the item during which that happens again gets an error record
    (``pipeline error: worker process ended unexpectedly`` / ``... no result within N s``),
    the others their records.
    """
    size = max(1, batch_size)
    groups = [list(items[i:i + size]) for i in range(0, len(items), size)]
    results = _groups_in_pool(nlp, groups, n_process, worker_timeout)
    records: list[Article] = []
    for group, result in zip(groups, results, strict=True):
        records.extend(result if result is not None
                       else _one_at_a_time(nlp, group, worker_timeout))
    return records


def _one_at_a_time(nlp: Language, items: list[Item], timeout: float | None) -> list[Article]:
    """Items one per task in a one-worker pool; a dying or stalling item gets an error record."""
    records: list[Article] = []
    while len(records) < len(items):
        todo = items[len(records):]
        pool = _pool(nlp, 1)
        try:
            futures = [pool.submit(_work, [item], 1) for item in todo]
            for item, future in zip(todo, futures, strict=True):
                try:
                    records.extend(future.result(timeout=timeout))
                    continue
                except BrokenProcessPool:
                    reason, stop = "worker process ended unexpectedly", True
                except FutureTimeout:
                    reason, stop = f"no result within {timeout:g} s (worker stopped)", True
                except Exception as exc:  # noqa: BLE001  (one article's error record)
                    reason, stop = f"{type(exc).__name__}: {exc}", False
                records.append(failed(Rejected(item.line, item.id, f"pipeline error: {reason}"),
                                      item.title))
                if stop:
                    break  # the pool is broken or busy: the rest go to a fresh one
        finally:
            _stop(pool)
    return records


def run_records(
    nlp: Language,
    records: Iterable[object],
    *,
    fields: Fields = Fields(),  # noqa: B008  (frozen, immutable default)
    max_chars: int = DEFAULT_MAX_CHARS,
    chunk_size: int = 64,
    batch_size: int = 16,
    n_process: int = 1,
    lock: contextlib.AbstractContextManager[Any] | None = None,
    after_chunk: Callable[[], object] | None = None,
    worker_timeout: float | None = WORKER_TIMEOUT,
) -> Iterator[Article]:
    """Validate and analyse inputs lazily: one record per input, in input order.

    Inputs without an id get a hash of their text. ``chunk_size`` inputs are validated, then
    the valid ones are run with :func:`run_items` (holding ``lock`` if given, e.g. a pipeline
    shared by threads); ``after_chunk`` is called after each chunk (e.g. to trim memory).
    ``n_process`` and ``worker_timeout`` are those of :func:`run_items`.
    """
    run = functools.partial(run_items, batch_size=batch_size, n_process=n_process,
                            worker_timeout=worker_timeout)
    chunk: list[Item | Rejected] = []
    for record in records:
        chunk.append(prepare(record, None, fields, max_chars))
        if len(chunk) >= chunk_size:
            yield from _run_chunk(nlp, chunk, run, lock, after_chunk)
            chunk = []
    if chunk:
        yield from _run_chunk(nlp, chunk, run, lock, after_chunk)


def _run_chunk(
    nlp: Language,
    chunk: list[Item | Rejected],
    run: Callable[[Language, Sequence[Item]], list[Article]],
    lock: contextlib.AbstractContextManager[Any] | None,
    after_chunk: Callable[[], object] | None,
) -> Iterator[Article]:
    items = [entry for entry in chunk if isinstance(entry, Item)]
    with lock or contextlib.nullcontext():
        done = iter(run(nlp, items))
    if after_chunk is not None:
        after_chunk()
    for entry in chunk:
        yield next(done) if isinstance(entry, Item) else failed(entry)


__all__ = ["DEFAULT_MAX_CHARS", "NOT_UNICODE", "WORKER_TIMEOUT", "Fields", "Item", "Rejected",
           "check_date_order", "encodable", "exit_with_parent", "failed", "pipeline_input",
           "prepare", "read_date", "ready", "run_in_workers", "run_items", "run_records",
           "too_long", "type_name", "zone_lock"]
