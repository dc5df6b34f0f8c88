"""The one loader for the regression case files in ``tests/data/*_cases.jsonl``.

Each file holds one JSON object per line. :func:`load_cases` turns them into ``pytest.param``
objects for one parametrised test, with readable ids, and fails with the file and line for a
line that is not a JSON object or lacks a key the test needs.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest

from beritanlp.lexicons.jsonl import JSONLineError, iter_jsonl

CASES_DIR = Path(__file__).resolve().parent / "data"

ID_KEYS = ("id", "note", "text", "span")
"""Fields tried, in order, for a case's test id."""

ID_CHARS = 50


class CaseFileError(ValueError):
    """A case file line that is not a JSON object or lacks a required key."""


def read_cases(
    name: str, required: Iterable[str] = (), folder: Path = CASES_DIR
) -> list[dict[str, Any]]:
    """Read ``tests/data/<name>`` as a list of case dictionaries.

    Parameters
    ----------
    name
        File name inside ``tests/data``, e.g. ``"date_cases.jsonl"``.
    required
        Keys every case must have.
    folder
        Where the file is; ``tests/data`` unless a test of this loader says otherwise.

    Returns
    -------
    list of dict
        The cases in file order; blank lines are skipped.

    Raises
    ------
    CaseFileError
        For invalid JSON, a line that is not an object, or a missing required key; the message
        names the file and the line number.
    """
    path = folder / name
    need = tuple(required)
    cases = []
    lines = path.read_text(encoding="utf-8").splitlines()
    try:
        for number, case in iter_jsonl(lines, path):
            cases.append(_checked(case, f"{path}, line {number}", need))
    except JSONLineError as err:
        raise CaseFileError(str(err)) from None
    if not cases:
        raise CaseFileError(f"{path}: no cases (an empty file would make its test pass unseen)")
    return cases


def _checked(case: Any, where: str, need: tuple[str, ...]) -> dict[str, Any]:
    """``case`` when it is an object with every key of ``need``; else :class:`CaseFileError`."""
    if not isinstance(case, dict):
        raise CaseFileError(f"{where}: expected a JSON object, got {type(case).__name__}")
    missing = [key for key in need if key not in case]
    if missing:
        raise CaseFileError(f"{where}: missing key(s) {', '.join(map(repr, missing))}")
    return case


def case_id(case: dict[str, Any]) -> str:
    """Return a short test id for ``case``: its first present field of :data:`ID_KEYS`."""
    for key in ID_KEYS:
        value = case.get(key)
        if isinstance(value, str) and value:
            return value[:ID_CHARS]
    return "case"


def load_cases(name: str, required: Iterable[str] = ()) -> list[Any]:
    """Load ``tests/data/<name>`` as ``pytest.param`` objects for ``@pytest.mark.parametrize``.

    Parameters
    ----------
    name
        File name inside ``tests/data``.
    required
        Keys every case must have (see :func:`read_cases`).

    Returns
    -------
    list of pytest.param
        One parameter per case, the case dictionary as its value, :func:`case_id` as its id.
    """
    return [pytest.param(case, id=case_id(case)) for case in read_cases(name, required)]


def same_value(expected: object, got: object) -> bool:
    """Tell whether a case's expected field equals what was found (numbers within 1e-9)."""
    if isinstance(expected, float) or isinstance(got, float):
        return (isinstance(expected, int | float) and isinstance(got, int | float)
                and math.isclose(expected, got, rel_tol=0, abs_tol=1e-9))
    return type(expected) is type(got) and expected == got


def check_scores(case: dict[str, Any], got: Sequence[Any]) -> None:
    """Assert that the scores found for a case are its ``expected`` ones, in order.

    Each score's ``text`` is the case text at its offsets; each expected field (metric, value,
    kind, subject, year ...) equals the found score's (:func:`same_value`).
    """
    for s in got:
        assert case["text"][s.start:s.end] == s.text
    summary = [(s.metric, s.value, s.kind, s.subject, s.year) for s in got]
    assert len(got) == len(case["expected"]), summary
    for s, e in zip(got, case["expected"], strict=True):
        for key, value in e.items():
            assert same_value(value, getattr(s, key)), (key, summary)
