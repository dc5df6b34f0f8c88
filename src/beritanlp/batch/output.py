"""Output of the batch tagger: records, the errors file, and resuming a run.

Every input line ends up as one line in ``OUT`` or one line in the errors file next to it
(:func:`errors_path`), which holds ``{"line", "id", "reason"}``. Output is written in whole
lines and flushed after every batch; :class:`Resume` reads what an earlier run wrote (after
cutting a torn last line) so that a killed job continues without duplicates.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Any, NamedTuple

from beritanlp.runner import Rejected


class Row(NamedTuple):
    """One result line: ``ok`` goes to OUT, otherwise to the errors file."""

    ok: bool
    line: int | None
    id: str | None
    json: str


def errors_path(out: str | Path) -> Path:
    """Where the error records of ``out`` go: ``x.jsonl`` -> ``x.errors.jsonl``."""
    out = Path(out)
    if out.name.endswith(".jsonl"):
        return out.with_name(out.name[: -len(".jsonl")] + ".errors.jsonl")
    return out.with_name(out.name + ".errors.jsonl")


def error_line(rejected: Rejected) -> str:
    """The errors-file JSON line for a rejected input line."""
    return json.dumps({"line": rejected.line, "id": rejected.id, "reason": rejected.reason},
                      ensure_ascii=False) + "\n"


def id_key(doc_id: str) -> int:
    """An 8-byte hash of an id: what the tagger keeps per id to find duplicates and resume."""
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
class Resume:
    """What an earlier run wrote: the ids of its records and the lines of its errors."""

    done: set[int] = field(default_factory=set)
    error_lines: set[int] = field(default_factory=set)
    repaired_bytes: int = 0

    @classmethod
    def read(cls, out: Path) -> Resume:
        """Cut torn last lines off ``out`` and its errors file, then read both."""
        err = errors_path(out)
        state = cls(repaired_bytes=repair_torn_line(out) + repair_torn_line(err))
        for rec in _scan(out, "output"):
            if isinstance(rec.get("id"), str):
                state.done.add(id_key(rec["id"]))
        for rec in _scan(err, "errors file"):
            if isinstance(rec.get("line"), int):
                state.error_lines.add(rec["line"])
        return state


def merge(rows: list[Row], rejected: list[Rejected]) -> tuple[list[str], list[str]]:
    """A batch's record lines, and its error lines (pipeline and input errors) by line."""
    out = [row.json for row in rows if row.ok]
    errs = [(row.line, row.json) for row in rows if not row.ok]
    errs += [(rej.line, error_line(rej)) for rej in rejected]
    errs.sort(key=lambda pair: -1 if pair[0] is None else pair[0])
    return out, [text for _, text in errs]


def _open(path: Path, mode: str) -> IO[bytes]:
    """``open(path, mode)``; an error names the file and says why in one line."""
    try:
        return open(path, mode)  # noqa: SIM115  (closed by Output.__exit__)
    except OSError as exc:
        raise type(exc)(f"cannot write {path}: {exc.strerror or exc}") from exc


class Output:
    """``OUT`` and its errors file, opened for appending (resume) or from scratch."""

    def __init__(self, out: Path, append: bool) -> None:
        self.path = out
        self.mode = "ab" if append else "wb"
        self._files: tuple[IO[bytes], IO[bytes]] | None = None

    def __enter__(self) -> Output:
        records = _open(self.path, self.mode)
        try:
            errors = _open(errors_path(self.path), self.mode)
        except OSError:
            records.close()
            raise
        self._files = (records, errors)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._files is not None:
            for fh in self._files:
                fh.close()
            self._files = None

    def write(self, lines: list[str], errors: list[str]) -> None:
        """Append whole lines to OUT and to the errors file, and flush them."""
        assert self._files is not None, "use Output in a with block"
        for fh, text in zip(self._files, (lines, errors), strict=True):
            if text:
                fh.write("".join(text).encode("utf-8"))
                fh.flush()


__all__ = ["Output", "Resume", "Row", "error_line", "errors_path", "id_key", "merge",
           "repair_torn_line"]
