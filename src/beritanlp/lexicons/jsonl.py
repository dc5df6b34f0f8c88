"""The one line-numbered JSON-lines reader of the package (tables, gold, records, corpora).

A JSON-lines file holds one JSON value per line; blank lines (only white space) are skipped and
keep their numbers, so a reported line is the file's own. A line that is not JSON raises
:class:`JSONLineError` (a :class:`ValueError`) worded ``"<source>, line N: not valid JSON
(<msg>)"``, so a typo fails loudly where it is. The reader checks JSON only: what a value must
hold (an object, required keys ...) is checked by the caller that knows it.

It sits in ``lexicons``, the lowest layer with a caller (the tables): every other caller (``ner``,
``topics``, ``frames``, ``facts_eval``, the tests' case loader) is in a layer above it and may
import it (the import-linter layers in ``pyproject.toml``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from typing import Any


class JSONLineError(ValueError):
    """A line of a JSON-lines file that is not valid JSON (the message names source and line)."""


def parse_json_line(line: str, source: str | os.PathLike[str], number: int) -> Any:
    """Parse one line of a JSON-lines file.

    Parameters
    ----------
    line
        The line's text (a trailing newline is allowed).
    source
        The file's name (or any label of it), for the message.
    number
        The line's number in the file (1-based), for the message.

    Raises
    ------
    JSONLineError
        ``"<source>, line N: not valid JSON (<msg>)"``: a syntax error (``msg`` is the decoder's,
        without its position), an integer too long to convert, or nesting too deep to parse.
    """
    try:
        return json.loads(line)
    except json.JSONDecodeError as err:
        reason = err.msg
    except ValueError as err:  # an integer past the interpreter's digit limit
        reason = str(err)
    except RecursionError:
        reason = "nested too deeply"
    raise JSONLineError(f"{source}, line {number}: not valid JSON ({reason})") from None


def iter_jsonl(lines: Iterable[str], source: str | os.PathLike[str]) -> Iterator[tuple[int, Any]]:
    """Yield ``(line number, value)`` for each non-blank line, reading lazily.

    Parameters
    ----------
    lines
        The file's lines: an open text file (streamed, one line at a time) or
        ``text.splitlines()``. Numbers count every line, blank ones included, from 1.
    source
        The file's name, for error messages.

    Yields
    ------
    tuple of (int, Any)
        The line's number and its JSON value (any JSON value: callers check its shape).

    Raises
    ------
    JSONLineError
        For a line that is not valid JSON (see :func:`parse_json_line`), when it is reached.
    """
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield number, parse_json_line(line, source, number)


def read_jsonl_lines(text: str, source: str) -> list[tuple[int, Any]]:
    """Parse JSONL text into ``(line number, value)`` pairs (see :func:`iter_jsonl`).

    Parameters
    ----------
    text
        The file's text.
    source
        Name of the file, for error messages.

    Raises
    ------
    JSONLineError
        ``"<source>, line N: not valid JSON (<msg>)"`` for a line that is not JSON.
    """
    return list(iter_jsonl(text.splitlines(), source))


def read_jsonl_rows(text: str, source: str) -> list[Any]:
    """Parse JSONL text into its values, in file order (see :func:`iter_jsonl`)."""
    return [row for _, row in iter_jsonl(text.splitlines(), source)]


__all__ = ["JSONLineError", "iter_jsonl", "parse_json_line", "read_jsonl_lines", "read_jsonl_rows"]
