"""Readers of archives: JSONL, CSV/TSV (each optionally ``.gz``) and Parquet.

Each reader streams its file and yields, per line (row), an :class:`~beritanlp.runner.Item` or a
:class:`~beritanlp.runner.Rejected` with the reason: the file-level checks (line size, bytes that
are not UTF-8, invalid JSON or CSV, empty lines) are made here, the record-level ones by
:func:`beritanlp.runner.prepare`, the validation every way of tagging shares.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Protocol

from beritanlp.runner import DEFAULT_MAX_CHARS, Fields, Item, Rejected, encodable, prepare

#: Input formats by file suffix (``.gz`` is stripped first).
FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv",
           ".tsv": "tsv", ".parquet": "parquet", ".pq": "parquet"}


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
        except Exception as exc:  # noqa: BLE001  (one line's failure must not stop the file)
            # e.g. ValueError for an integer of more than sys.get_int_max_str_digits() digits
            return Rejected(n, None, f"invalid JSON: {exc}")
        return prepare(obj, n, self.fields, self.max_chars)


class _RowTooLongError(Exception):
    """A CSV row ran over :attr:`_Lines.limit` characters (raised to the csv reader's caller)."""


class _Lines:
    """The physical lines of a text file for :func:`csv.reader`, counted, a row's size bounded.

    A stray quote makes the csv module read on to the next quote, possibly the end of a large
    file, into memory; here a row stops at ``limit`` characters (:class:`_RowTooLongError`), and
    the next row starts on the next physical line. An iterator class, not a generator: a
    generator that raises cannot be read from again.
    """

    def __init__(self, fh: IO[str], limit: int) -> None:
        self._fh, self.limit = fh, limit
        self.count = 0  # physical lines read
        self.first: str | None = None  # the first physical line of the row being read
        self._chars = 0  # characters of the row being read

    def new_row(self) -> None:
        """The next line read starts a row."""
        self.first, self._chars = None, 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self._fh.readline(self.limit + 1)
        if not line:
            raise StopIteration
        self.count += 1
        if len(line) > self.limit and not line.endswith(("\n", "\r")):
            while line and not line.endswith(("\n", "\r")):  # skip the rest of the line
                line = self._fh.readline(1 << 20)
            raise _RowTooLongError
        self._chars += len(line)
        if self._chars > self.limit:
            raise _RowTooLongError
        if self.first is None:
            self.first = line
        return line


class CsvSource(_ByteSource):
    """CSV/TSV with a header row; the line number is the physical line a row starts on.

    Every row becomes an item or a rejected line, so nothing disappears: a row whose number of
    fields differs from the header's is rejected, and so is a quoted field that runs over
    several lines and then breaks the quoting rules (a stray opening quote that swallowed the
    line breaks and delimiters of the rows after it) or runs to the end of the file or over
    the size limit of a row (that of a JSONL line, in characters); the reason names the lines
    it took (``invalid CSV (lines 4-6): ...``) and reading goes on with the next line. A
    quoting slip within one line (``"Kami siap," kata Bupati.`` in a TSV) is read leniently,
    as Python's csv module does by default.
    """

    def __init__(self, path: Path, fields: Fields, max_chars: int, delimiter: str = ",") -> None:
        super().__init__(path)
        self.fields, self.max_chars, self.delimiter = fields, max_chars, delimiter
        self.max_row_chars = 6 * max_chars + 65_536
        with self._open() as fb:  # check the header now, before any output is opened
            header = self._header(_Lines(self._text(fb), self.max_row_chars))
        if header is not None and fields.text not in header:
            raise ValueError(f"{path}: no column {fields.text!r}; the header has {header}")

    @staticmethod
    def _text(fb: IO[bytes]) -> IO[str]:
        return io.TextIOWrapper(fb, encoding="utf-8-sig", errors="surrogateescape", newline="")

    def _header(self, lines: _Lines) -> list[str] | None:
        try:
            return next(csv.reader(lines, delimiter=self.delimiter), None)
        except _RowTooLongError:
            raise ValueError(f"{self.path}: the header row is longer than "
                             f"{self.max_row_chars} characters") from None

    def __iter__(self) -> Iterator[Item | Rejected]:
        csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
        with self._open() as fb:
            lines = _Lines(self._text(fb), self.max_row_chars)
            header = self._header(lines)
            if header is None:
                return
            wanted = {self.fields.text, self.fields.id, self.fields.title, self.fields.date}
            index = {name: i for i, name in enumerate(header) if name in wanted}
            reader = csv.reader(lines, delimiter=self.delimiter, strict=True)
            while True:
                lines.new_row()
                start = lines.count + 1
                try:
                    row: list[str] | str = next(reader)
                except StopIteration:
                    return
                except (csv.Error, _RowTooLongError) as exc:
                    row = self._broken(exc, start, lines)
                if isinstance(row, str):
                    yield Rejected(start, None, row)
                else:
                    yield self._row(row, start, lines.count, len(header), index)

    def _broken(self, exc: Exception, start: int, lines: _Lines) -> list[str] | str:
        """A row the strict reader refused: read leniently when it is one line, else why not."""
        several = lines.count > start
        where = f"lines {start}-{lines.count}" if several else f"line {start}"
        if isinstance(exc, _RowTooLongError) and not several:
            return f"text too long: CSV row of more than {self.max_row_chars} characters"
        if isinstance(exc, _RowTooLongError):
            return (f"invalid CSV ({where}): a row of more than {self.max_row_chars} characters "
                    f"(a quote that is never closed?)")
        if several or lines.first is None:  # a quoted field took later lines
            return f"invalid CSV ({where}): {exc} (a quote that is never closed?)"
        try:
            return next(csv.reader([lines.first], delimiter=self.delimiter), [])
        except csv.Error as lenient:
            return f"invalid CSV ({where}): {lenient}"

    def _row(self, row: list[str], start: int, end: int, width: int,
             index: dict[str, int]) -> Item | Rejected:
        if not row or not any(cell.strip() for cell in row):
            return Rejected(start, None, "empty line")
        if len(row) != width:
            where = f"line {start}" if end <= start else f"lines {start}-{end}"
            fields = f"{len(row)} field" + ("s" if len(row) != 1 else "")
            return Rejected(start, None, f"invalid CSV ({where}): {fields}, the header has "
                                         f"{width}")
        record = {name: row[i] for name, i in index.items()}
        # a date that is not text is the record's warning (runner.read_date), not a rejection
        bad = [name for name, value in record.items()
               if name != self.fields.date and not encodable(value)]
        if bad:
            raw_id = record.get(self.fields.id)
            ok_id = raw_id if raw_id and encodable(raw_id) else None
            return Rejected(start, ok_id, f"undecodable bytes in field {bad[0]!r}")
        return prepare(record, start, self.fields, self.max_chars)


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
        self.columns = [c for c in dict.fromkeys((fields.id, fields.title, fields.text,
                                                  fields.date)) if c in names]
        self._done = 0

    def __iter__(self) -> Iterator[Item | Rejected]:
        start = 0
        for group in range(self._file.num_row_groups):
            size = self._file.metadata.row_group(group).num_rows
            yield from self._read_group(group, start, size)
            start += size
            self._done = start

    def _read_group(self, group: int, start: int, size: int) -> Iterator[Item | Rejected]:
        """Rows ``start + 1 ..`` of one row group; a group that cannot be read rejects its rest.

        A damaged page (a bad header, a checksum or decompression error) raises only when its
        group is read: the rows it holds that were not read become error records naming the
        group, and the next group is read as usual, so one bad group loses no other row.
        """
        n = start
        try:
            for batch in self._file.iter_batches(batch_size=1024, row_groups=[group],
                                                 columns=self.columns):
                for record in batch.to_pylist():
                    n += 1
                    self._done = n
                    yield self._prepare_row(record, n)
        except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
            reason = f"unreadable Parquet row group {group}: {str(exc).strip()[:200]}"
            for line in range(n + 1, start + size + 1):
                yield Rejected(line, None, reason)

    def _prepare_row(self, record: dict[str, object], n: int) -> Item | Rejected:
        """One row as an item, or a rejection when a binary column is not UTF-8."""
        for key, value in list(record.items()):
            if isinstance(value, (bytes, bytearray)):
                try:
                    record[key] = bytes(value).decode("utf-8")
                except UnicodeDecodeError:
                    return Rejected(n, None, f"undecodable bytes in column {key!r}")
        return prepare(record, n, self.fields, self.max_chars)

    def fraction(self) -> float | None:
        """Share of the rows read so far."""
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



__all__ = ["FORMATS", "CsvSource", "JsonlSource", "ParquetSource", "Source", "detect_format",
           "open_source"]
