"""The one loader of the regression case files (tests/cases.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cases import CASES_DIR, CaseFileError, case_id, load_cases, read_cases


def _write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "x_cases.jsonl").write_text(text, encoding="utf-8")
    return tmp_path


def test_cases_in_order_blank_lines_skipped(tmp_path: Path) -> None:
    folder = _write(tmp_path, '{"text": "a", "expected": 1}\n\n{"text": "b", "expected": 2}\n')
    assert read_cases("x_cases.jsonl", ("text",), folder) == [
        {"text": "a", "expected": 1}, {"text": "b", "expected": 2}]


@pytest.mark.parametrize("text, message", [
    ('{"text": "a", "expected": 1}\n{"text": "b",}\n', "x_cases.jsonl, line 2: not valid JSON"),
    ('{"text": "a", "expected": 1}\n\n["text"]\n', "x_cases.jsonl, line 3: expected a JSON object"),
    ('{"text": "a", "expected": 1}\n{"expected": 2}\n',
     "x_cases.jsonl, line 2: missing key(s) 'text'"),
])
def test_bad_lines_name_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    folder = _write(tmp_path, text)
    with pytest.raises(CaseFileError) as err:
        read_cases("x_cases.jsonl", ("text", "expected"), folder)
    assert message in str(err.value)


def test_ids_prefer_id_then_note_then_text() -> None:
    assert case_id({"id": "p1", "note": "n", "text": "t"}) == "p1"
    assert case_id({"note": "n", "text": "t"}) == "n"
    assert case_id({"text": "x" * 80}) == "x" * 50
    assert case_id({"span": "Presiden Joko Widodo"}) == "Presiden Joko Widodo"
    assert case_id({"expected": []}) == "case"


def test_params_carry_the_case_and_its_id() -> None:
    params = load_cases("date_cases.jsonl", required=("text", "expected"))
    first = read_cases("date_cases.jsonl")[0]
    assert params[0].values == (first,)
    assert params[0].id == first["text"][:50]


@pytest.mark.parametrize("path", sorted(CASES_DIR.glob("*_cases.jsonl")), ids=lambda p: p.name)
def test_every_case_file_reads(path: Path) -> None:
    assert read_cases(path.name)


def test_an_empty_case_file_is_an_error(tmp_path: Path) -> None:
    folder = _write(tmp_path, "\n\n")
    with pytest.raises(CaseFileError, match="no cases"):
        read_cases("x_cases.jsonl", (), folder)
