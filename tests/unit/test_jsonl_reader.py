"""The one line-numbered JSON-lines reader (beritanlp.lexicons.jsonl)."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from beritanlp.lexicons.jsonl import JSONLineError, iter_jsonl, read_jsonl_lines, read_jsonl_rows


def test_blank_lines_skipped_numbers_kept() -> None:
    text = '{"a": 1}\n\n   \n[2]\n"x"\n'
    assert list(iter_jsonl(io.StringIO(text), "f.jsonl")) == [(1, {"a": 1}), (4, [2]), (5, "x")]
    assert read_jsonl_lines(text, "f.jsonl") == [(1, {"a": 1}), (4, [2]), (5, "x")]
    assert read_jsonl_rows(text, "f.jsonl") == [{"a": 1}, [2], "x"]


@pytest.mark.parametrize("line, reason", [
    ('{"a": 1,}', "Expecting property name enclosed in double quotes"),
    ("{broken", "Expecting property name enclosed in double quotes"),
    ("1" * 5000, "Exceeds the limit"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
])
def test_one_message_format(line: str, reason: str) -> None:
    with pytest.raises(JSONLineError) as err:
        read_jsonl_lines('{"ok": true}\n\n' + line + "\n", "data/x.jsonl")
    message = str(err.value)
    assert message.startswith("data/x.jsonl, line 3: not valid JSON (")
    assert reason in message and message.endswith(")")
    assert isinstance(err.value, ValueError)


def test_streams_lazily() -> None:
    seen: list[str] = []

    def lines() -> Iterator[str]:
        for line in ('{"a": 1}\n', "{nope\n", '{"b": 2}\n'):
            seen.append(line)
            yield line

    rows = iter_jsonl(lines(), "s")
    assert next(rows) == (1, {"a": 1}) and len(seen) == 1  # nothing read ahead
    with pytest.raises(JSONLineError, match=r"^s, line 2: not valid JSON"):
        next(rows)
