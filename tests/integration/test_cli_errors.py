"""Every command fails on a bad path with one line, never a traceback; text reaches a terminal
escaped (issue 18, defects 9 and 10).

The commands run in this process through :func:`beritanlp.cli.main`: an exception escaping it
is what prints a traceback, so each case asserts that ``main`` returns or exits with a code
other than 0 and that standard error holds one line naming the command.
"""

from __future__ import annotations

import errno
import io
import json
import sys
from pathlib import Path

import pytest

from beritanlp.cli import format_summary, main
from beritanlp.record import Article


def _fails_cleanly(argv: list[str], capsys: pytest.CaptureFixture[str], prefix: str) -> str:
    """Run ``beritanlp argv``; its one-line message (it must fail without a traceback)."""
    try:
        code: object = main(argv)
        message = capsys.readouterr().err.strip()
    except SystemExit as exc:
        code = exc.code
        message = exc.code if isinstance(exc.code, str) else capsys.readouterr().err.strip()
    assert code not in (0, None), (argv, code)
    assert isinstance(message, str) and message.startswith(prefix), (argv, message)
    assert "\n" not in message and "Traceback" not in message, message
    return message


def _ready(tmp_path: Path) -> dict[str, Path]:
    good = tmp_path / "in.jsonl"
    good.write_text('{"id": "a", "text": "Bupati Gowa hadir.", "label": "politik"}\n',
                    encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    conll = tmp_path / "a.conll"
    conll.write_text("Budi B-PERSON\nhadir O\n\n", encoding="utf-8")
    topics = tmp_path / "topics.jsonl"
    with open(topics, "w", encoding="utf-8") as fh:
        for i in range(12):
            label, text = [("politik", "Bupati hadir di kantor dinas."),
                           ("ekonomi", "Harga cabai naik di pasar.")][i % 2]
            fh.write(json.dumps({"id": str(i), "text": f"{text} {i}", "label": label}) + "\n")
    return {"good": good, "folder": folder, "missing": tmp_path / "nope.jsonl",
            "conll": conll, "topics": topics}


@pytest.mark.parametrize("argv, prefix", [
    (["analyze", "{missing}"], "beritanlp"),
    (["analyze", "{folder}"], "beritanlp"),
    (["tag", "{missing}", "{tmp}/o.jsonl"], "beritanlp tag: "),
    (["tag", "{folder}", "{tmp}/o.jsonl", "--format", "jsonl"], "beritanlp tag: "),
    (["train", "ner", "--train", "{missing}", "--dev", "{missing}", "--out", "{tmp}/m"],
     "beritanlp train ner: "),
    (["train", "topics", "{missing}", "--out", "{tmp}/m"], "beritanlp train topics: "),
    (["evaluate", "stem", "{missing}"], "beritanlp evaluate stem: "),
    (["evaluate", "facts", "{missing}"], "beritanlp evaluate facts: "),
    (["evaluate", "facts", "{folder}"], "beritanlp evaluate facts: "),
    (["evaluate", "ner", "{missing}"], "beritanlp evaluate ner: "),
    (["evaluate", "topics", "default", "{missing}"], "beritanlp evaluate topics: "),
])
def test_a_missing_or_unreadable_input_is_one_line(argv, prefix, tmp_path, capsys):
    paths = {**_ready(tmp_path), "tmp": tmp_path}
    message = _fails_cleanly([a.format(**paths) for a in argv], capsys, prefix)
    assert not (tmp_path / "o.jsonl").exists(), message


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses the read-only /sys")
@pytest.mark.parametrize("argv, prefix", [
    (["tag", "{good}", "/sys/beritanlp-o.jsonl"], "beritanlp tag: cannot write"),
    (["tag", "{good}", "{folder}", "--force"], "beritanlp tag: the output"),
    (["tag", "{good}", "{tmp}/no/o.jsonl"], "beritanlp tag: the output folder"),
    (["evaluate", "facts", "{good}", "--pred-out", "/sys/beritanlp-p.jsonl"],
     "beritanlp evaluate facts: "),
    (["train", "ner", "--train", "{conll}", "--dev", "{conll}", "--out", "/sys/beritanlp-m"],
     "beritanlp train ner: "),
    (["train", "topics", "{topics}", "--out", "/sys/beritanlp-m", "--min-df", "1"],
     "beritanlp train topics: "),
])
def test_an_unwritable_output_is_one_line(argv, prefix, tmp_path, capsys):
    paths = {**_ready(tmp_path), "tmp": tmp_path}
    message = _fails_cleanly([a.format(**paths) for a in argv], capsys, prefix)
    assert "/sys/" in message or "/sys/" not in " ".join(argv), message  # names the output


class _FullStream(io.StringIO):
    """Standard output on a full disk (``> /dev/full``)."""

    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_standard_output_that_cannot_be_written_is_one_line(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdout", _FullStream())
    message = _fails_cleanly(["stem", "makan", "nasi"], capsys, "beritanlp stem: ")
    assert "No space left on device" in message


# -- defect 10: control characters from article text never reach the terminal raw ---------------

NASTY = "Judul \x1b]0;pwned\x07 \x1b[2J merah\x9b31m \u202egnp.exe\u2066 akhir\r\x00"


def _controls(text: str) -> set[str]:
    return {c for c in text if (ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F
            or c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"}


def _record(text: str) -> dict[str, object]:
    return {"id": "a", "title": text, "date": None, "error": f"gagal: {text}",
            "officials": [{"name": text, "position": "Bupati", "jurisdiction": None,
                           "mentions": []}], "topics": {text: 0.5}}


def test_summary_escapes_control_characters():
    text = format_summary(_record(NASTY))
    assert _controls(text) == set()
    assert text.startswith("Title:   Judul \\x1b]0;pwned\\x07 \\x1b[2J merah\\x9b31m "
                           "\\u202egnp.exe\\u2066 akhir\\r\\x00\n")
    assert len(text.split("\n")) == len(format_summary(_record("x")).split("\n"))


@pytest.mark.parametrize("as_json", [False, True])
def test_analyze_prints_article_text_escaped(as_json, tmp_path, monkeypatch, capsys):
    import beritanlp.api

    monkeypatch.setattr(beritanlp.api, "analyze",
                        lambda text, **_: Article.failed("pipeline error: x", id="a", title=NASTY))
    path = tmp_path / "a.txt"
    path.write_text(f"{NASTY}\n\nIsi berita.", encoding="utf-8")
    assert main(["analyze", str(path)] + (["--json"] if as_json else [])) == 1
    out = capsys.readouterr().out
    assert _controls(out) == set()
    if as_json:
        assert json.loads(out)["title"] == NASTY  # escaped, and still the same JSON value
