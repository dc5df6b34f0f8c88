"""One reader for the JSONL tables (agencies, score metrics ...): line-numbered errors.

A table file holds one JSON object per line; blank lines are skipped. Invalid JSON raises
:class:`ValueError` naming the file and the line, so a typo fails loudly where it is.
"""

from __future__ import annotations

import json
from typing import Any


def read_jsonl_lines(text: str, source: str) -> list[tuple[int, Any]]:
    """Parse JSONL text into ``(line number, value)`` pairs (blank lines skipped).

    Parameters
    ----------
    text
        The file's text.
    source
        Name of the file, for error messages.

    Raises
    ------
    ValueError
        ``"<source>, line <n>: invalid JSON (...)"`` for a line that is not JSON.
    """
    rows: list[tuple[int, Any]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rows.append((number, json.loads(line)))
        except json.JSONDecodeError as err:
            raise ValueError(f"{source}, line {number}: invalid JSON ({err.msg})") from err
    return rows


def read_jsonl_rows(text: str, source: str) -> list[Any]:
    """Parse JSONL text into its values, in file order (see :func:`read_jsonl_lines`)."""
    return [row for _, row in read_jsonl_lines(text, source)]


__all__ = ["read_jsonl_lines", "read_jsonl_rows"]
