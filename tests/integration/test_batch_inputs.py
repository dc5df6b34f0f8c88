"""Batch input accounting and unsafe paths: every input line (row) is a record or an error record.

Regression tests of issue 18: a JSON line the reader cannot convert (a 5,000-digit integer),
CSV rows swallowed by a stray quote or merged into one row, Parquet rows, an output that is the
input under another name (a hard link), and outputs that cannot be written.
Pipeline: the small test pipeline of ``archive_fixtures`` (tokenizer, sentences, dates).
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

import pytest

from archive_fixtures import article, read_jsonl, save_pipeline
from beritanlp.batch import PipelineSpec, errors_path, open_source, tag_file
from beritanlp.runner import Item, Rejected


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> PipelineSpec:
    model = save_pipeline(tmp_path_factory.mktemp("inputs") / "model")
    return PipelineSpec(model=str(model))


def _rows(n: int, seed: int = 5) -> list[dict[str, str]]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        title, text = article(i, rng)
        rows.append({"id": f"r{i:03d}", "title": title, "text": text})
    return rows


def _write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


# -- defect 1: one line the JSON reader cannot convert ------------------------------------------

HUGE_INT = '{"id": "g", "text": "Harga naik.", "v": ' + "7" * 5000 + "}"


def test_a_huge_integer_is_an_error_record_and_resume_passes_it(spec, tmp_path):
    rows = [json.dumps(r, ensure_ascii=False) for r in _rows(6)]
    lines = rows[:3] + [HUGE_INT] + rows[3:]
    inp = _write_jsonl(tmp_path / "in.jsonl", lines)
    out = tmp_path / "out.jsonl"
    summary = tag_file(inp, out, spec=spec, batch_size=2, progress=False)
    assert [r["id"] for r in read_jsonl(out)] == [f"r{i:03d}" for i in range(6)]
    [err] = read_jsonl(errors_path(out))
    assert err["line"] == 4 and err["reason"].startswith("invalid JSON")
    assert "4300" in err["reason"]
    assert summary.lines == 7 and summary.written == 6 and summary.errors == 1

    # A run killed after the first batch resumes past the bad line, byte for byte.
    full, full_errors = out.read_bytes(), errors_path(out).read_bytes()
    out.write_bytes(b"".join(full.splitlines(keepends=True)[:2]))
    errors_path(out).write_bytes(b"")
    tag_file(inp, out, spec=spec, batch_size=2, resume=True, progress=False)
    assert out.read_bytes() == full and errors_path(out).read_bytes() == full_errors


@pytest.mark.parametrize("line, reason", [
    (HUGE_INT, "invalid JSON: Exceeds the limit"),
    ("[" * 100_000 + "]" * 100_000, "invalid JSON: nested too deeply"),
    ('{"id": "a", "text": "x"', "invalid JSON: Expecting"),
])
def test_every_json_reader_failure_is_a_rejected_line(tmp_path, line, reason):
    inp = _write_jsonl(tmp_path / "in.jsonl", ['{"id": "ok", "text": "Baik."}', line])
    got = list(open_source(inp))
    assert isinstance(got[0], Item)
    assert isinstance(got[1], Rejected) and got[1].line == 2
    assert got[1].reason.startswith(reason), got[1].reason


# -- defect 5: CSV rows that disappear, and the same accounting for Parquet ---------------------

def _csv_line(row: dict[str, str]) -> str:
    return f'{row["id"]},"{row["title"]}","{row["text"]}"'


def _tag_csv(spec: PipelineSpec, path: Path) -> tuple[list[dict], list[dict]]:
    out = path.with_suffix(".out.jsonl")
    tag_file(path, out, spec=spec, progress=False)
    return read_jsonl(out), read_jsonl(errors_path(out))


def _accounted(records: list[dict], errors: list[dict], n_lines: int) -> set[int]:
    """Physical lines (2..n_lines) that a record or an error record accounts for."""
    covered: set[int] = set()
    for e in errors:
        first = last = e["line"]
        if e["reason"].startswith("invalid CSV (lines "):
            first, last = map(int, e["reason"].split("lines ", 1)[1].split(")")[0].split("-"))
            assert first == e["line"]
        covered.update(range(first, last + 1))
    for r in records:
        covered.add(int(r["id"][1:]) + 2)  # row r<i> is on line i + 2 in these files
    return covered & set(range(2, n_lines + 1))


def test_csv_stray_quote_is_an_error_naming_the_lines_it_swallowed(spec, tmp_path):
    rows = _rows(8)
    lines = ["id,title,text"] + [_csv_line(r) for r in rows]
    lines[3] = f'{rows[2]["id"]},"{rows[2]["title"]}","{rows[2]["text"]}'  # quote not closed
    path = tmp_path / "stray.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records, errors = _tag_csv(spec, path)
    ids = [r["id"] for r in records]
    assert "r002" not in ids and "r003" not in ids  # swallowed: not silently merged
    assert {"r000", "r001", "r004", "r005", "r006", "r007"} <= set(ids)
    [err] = errors
    assert err["line"] == 4 and "lines 4-5" in err["reason"] and "invalid CSV" in err["reason"]
    assert _accounted(records, errors, len(lines)) == set(range(2, len(lines) + 1))


def test_csv_stray_quote_to_the_end_of_the_file_is_an_error(spec, tmp_path):
    rows = _rows(4)
    texts = [r["text"].replace(",", "") for r in rows]
    lines = ["id,title,text"] + [f'{r["id"]},{r["title"]},{t}'
                                 for r, t in zip(rows, texts, strict=True)]
    lines[2] = f'{rows[1]["id"]},{rows[1]["title"]},"{texts[1]}'  # no quote follows
    path = tmp_path / "eof.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records, errors = _tag_csv(spec, path)
    assert [r["id"] for r in records] == ["r000"]
    [err] = errors
    assert err["line"] == 3 and "lines 3-5" in err["reason"]
    assert _accounted(records, errors, len(lines)) == set(range(2, len(lines) + 1))


def test_csv_stray_quote_stops_at_the_row_size_limit_and_reading_goes_on(tmp_path):
    """A quote never closed in a long file: cut at the limit of a row, not read to the end."""
    lines = ["id,title,text"] + [f"r{i:04d},Judul {i},Teks berita pendek nomor {i} di kota."
                                 for i in range(3000)]
    lines[2] = lines[2].replace("Teks", '"Teks')
    path = tmp_path / "long.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = list(open_source(path, max_chars=100))  # a row may have 6 * 100 + 65,536 characters
    [err] = [g for g in got if isinstance(g, Rejected)]
    first, last = map(int, err.reason.split("lines ", 1)[1].split(")")[0].split("-"))
    assert err.reason.startswith("invalid CSV (lines 3-") and "66136 characters" in err.reason
    assert first == err.line == 3 and 1000 < last < 1500
    items = [g for g in got if isinstance(g, Item)]
    assert [g.line for g in items] == [2, *range(last + 1, 3002)]
    assert all(g.id == f"r{g.line - 2:04d}" for g in items)


def test_csv_row_with_more_or_fewer_fields_than_the_header_is_an_error(spec, tmp_path):
    rows = _rows(5)
    lines = ["id,title,text"] + [_csv_line(r) for r in rows]
    lines[2] = _csv_line(rows[1]) + "," + _csv_line(rows[2])  # two rows merged: 6 fields
    lines[4] = f'{rows[3]["id"]},"{rows[3]["title"]}"'  # 2 fields
    path = tmp_path / "fields.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records, errors = _tag_csv(spec, path)
    assert [r["id"] for r in records] == ["r000", "r002", "r004"]
    assert [(e["line"], e["reason"]) for e in errors] == [
        (3, "invalid CSV (line 3): 6 fields, the header has 3"),
        (5, "invalid CSV (line 5): 2 fields, the header has 3")]


def test_csv_quoted_line_breaks_and_a_tsv_with_quotes_stay_records(spec, tmp_path):
    rows = _rows(3)
    path = tmp_path / "multi.csv"
    body = "\n".join(["id,title,text", _csv_line(rows[0]),
                      f'{rows[1]["id"]},"{rows[1]["title"]}","Paragraf satu, ""kutipan"".\n\n'
                      f'{rows[1]["text"]}"', _csv_line(rows[2])])
    path.write_text(body + "\n", encoding="utf-8")
    records, errors = _tag_csv(spec, path)
    assert [r["id"] for r in records] == ["r000", "r001", "r002"] and errors == []
    # A naive TSV whose text starts with a quotation: read as before (one line, one row).
    tsv = tmp_path / "q.tsv"
    tsv.write_text('id\ttext\nq1\t"Kami siap," kata Bupati.\nq2\tBiasa saja.\n',
                   encoding="utf-8")
    got = list(open_source(tsv))
    assert [type(g).__name__ for g in got] == ["Item", "Item"]


def test_parquet_every_row_is_a_record_or_an_error(spec, tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    rows = _rows(30)
    texts: list[bytes | None] = [r["text"].encode() for r in rows]
    texts[4], texts[9], texts[12] = None, b"", b"Harga \xff naik"
    table = pa.table({"id": [r["id"] for r in rows], "title": [r["title"] for r in rows],
                      "text": pa.array(texts, pa.binary())})
    path = tmp_path / "a.parquet"
    pq.write_table(table, path, row_group_size=7)
    out = tmp_path / "p.jsonl"
    tag_file(path, out, spec=spec, progress=False)
    records, errors = read_jsonl(out), read_jsonl(errors_path(out))
    assert [e["line"] for e in errors] == [5, 13]
    assert len(records) + len(errors) == 30
    assert {e["line"] for e in errors} | {int(r["id"][1:]) + 1 for r in records} == set(
        range(1, 31))



def test_a_damaged_parquet_row_group_rejects_its_rows_and_the_run_goes_on(spec, tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    rows = _rows(30)
    path = tmp_path / "d.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=7, use_dictionary=False)
    text_chunk = pq.ParquetFile(path).metadata.row_group(1).column(2)
    assert text_chunk.path_in_schema == "text"
    data = bytearray(path.read_bytes())
    start = text_chunk.data_page_offset
    data[start:start + 8] = b"\xff" * 8  # the page header of rows 8-14's texts
    path.write_bytes(bytes(data))
    out = tmp_path / "d.jsonl"
    tag_file(path, out, spec=spec, progress=False)
    records, errors = read_jsonl(out), read_jsonl(errors_path(out))
    assert [e["line"] for e in errors] == list(range(8, 15))
    assert all("row group 1" in e["reason"] for e in errors)
    assert sorted(int(r["id"][1:]) + 1 for r in records) == [*range(1, 8), *range(15, 31)]

# -- defect 6: an output that is the input under another name ----------------------------------

@pytest.mark.parametrize("which", ["out", "errors"])
def test_force_refuses_an_output_hard_linked_to_the_input(spec, tmp_path, which):
    inp = _write_jsonl(tmp_path / "in.jsonl", [json.dumps(r) for r in _rows(3)])
    before = inp.read_bytes()
    out = tmp_path / "h.jsonl"
    os.link(inp, out if which == "out" else errors_path(out))
    with pytest.raises(ValueError, match="same file as the input"):
        tag_file(inp, out, spec=spec, force=True, progress=False)
    assert inp.read_bytes() == before


# -- defect 9: outputs that cannot be written ---------------------------------------------------

def test_an_output_that_is_a_directory_is_refused(spec, tmp_path):
    inp = _write_jsonl(tmp_path / "in.jsonl", [json.dumps(r) for r in _rows(2)])
    (tmp_path / "d").mkdir()
    for force in (False, True):
        with pytest.raises(ValueError, match="is a directory"):
            tag_file(inp, tmp_path / "d", spec=spec, force=force, progress=False)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses the read-only /sys")
def test_an_output_that_cannot_be_written_is_refused(spec, tmp_path):
    inp = _write_jsonl(tmp_path / "in.jsonl", [json.dumps(r) for r in _rows(2)])
    with pytest.raises(PermissionError, match="cannot write"):
        tag_file(inp, Path("/sys/beritanlp-out.jsonl"), spec=spec, progress=False)
    with pytest.raises(FileNotFoundError, match="folder .* does not exist"):
        tag_file(inp, tmp_path / "nope" / "o.jsonl", spec=spec, progress=False)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_csv_with_random_damage_loses_no_row(seed, tmp_path):
    """300 rows, 12 damaged at random: every line is a row read whole or inside an error."""
    rng = random.Random(seed)
    rows = _rows(300, seed)
    lines = ["id,title,text"] + [_csv_line(r) for r in rows]
    damaged = set(rng.sample(range(1, 301), 12))
    for n in damaged:
        r = rows[n - 1]
        lines[n] = rng.choice([
            f'{r["id"]},"{r["title"]}","{r["text"]}',  # closing quote lost
            f'{r["id"]},"{r["title"]},"{r["text"]}"',  # quote lost inside the row
            _csv_line(r) + ',"ekstra"',  # one field too many
            f'{r["id"]},"{r["title"]}"'])  # text column missing
    path = tmp_path / "damaged.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = list(open_source(path))
    records: set[int] = set()
    in_errors: set[int] = set()
    for entry in got:
        if isinstance(entry, Item):
            r = rows[entry.line - 2]  # a row read whole, nothing of another row in it
            assert (entry.id, entry.text) == (r["id"], f'{r["title"]}\n\n{r["text"]}')
            records.add(entry.line)
        else:
            first = last = entry.line
            if entry.reason.startswith("invalid CSV (lines "):
                span = entry.reason.split("lines ", 1)[1].split(")")[0]
                first, last = map(int, span.split("-"))
            in_errors.update(range(first, last + 1))
    assert records | in_errors == set(range(2, 302)) and not records & in_errors
    assert {n + 1 for n in damaged} <= in_errors
