"""Batch tagging: nothing lost, resumable after kill -9, same output with 1 or 2 processes.

Pipeline: tokenizer + beritanlp_sentences + beritanlp_dates (see tests/archive_fixtures.py);
the heavy components are excluded because these tests are about batching.
"""

from __future__ import annotations

import csv
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest

import beritanlp
from archive_fixtures import (
    MAX_CHARS,
    REASONS,
    article,
    read_jsonl,
    save_pipeline,
    write_archive,
)
from beritanlp.batch import (
    PipelineSpec,
    errors_path,
    prepare,
    repair_torn_line,
    tag_file,
)


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    root = tmp_path_factory.mktemp("batch")
    model = save_pipeline(root / "model")
    archive = write_archive(root / "archive.jsonl")
    spec = PipelineSpec(model=str(model))
    ref = root / "ref.jsonl"
    summary = tag_file(archive.path, ref, spec=spec, max_chars=MAX_CHARS, batch_size=32,
                       progress=False)
    return {"root": root, "model": model, "archive": archive, "spec": spec, "ref": ref,
            "summary": summary}


def test_every_line_is_a_record_or_an_error(work):
    archive, ref = work["archive"], work["ref"]
    out, errors = read_jsonl(ref), read_jsonl(errors_path(ref))
    assert len(out) + len(errors) == len(archive.kinds) == 2_000
    assert work["summary"].written == len(out) and work["summary"].errors == len(errors)
    # Records: exactly the good lines, in input order, ids as given or line-based.
    assert [r["id"] for r in out] == [archive.ids[n] for n in archive.good_lines]
    assert all(r["error"] is None for r in out)
    assert any(r["id"].startswith("line-") for r in out)
    # Errors: exactly the bad lines, each with its line number, id when known, and the reason.
    assert [e["line"] for e in errors] == sorted(n for n, k in archive.kinds.items()
                                                 if k != "good")
    kinds = Counter()
    for e in errors:
        kind = archive.kinds[e["line"]]
        kinds[kind] += 1
        assert e["reason"].startswith(REASONS[kind]), (kind, e)
        if kind not in ("invalid_json", "undecodable"):
            assert e["id"] == archive.ids[e["line"]]
    assert set(kinds.values()) == {50} and len(kinds) == 6


def test_records_carry_facts_from_the_pipeline(work):
    out = read_jsonl(work["ref"])
    assert all(r["title"].strip().startswith("Pemerintah ") for r in out)
    # Every synthetic article has a dated dateline: the dates component must have found it.
    assert all(r["date"] and r["date"].startswith("2024-") for r in out)
    assert all(any(d["value"] == r["date"] for d in r["dates"]) for r in out)


def test_refuses_to_overwrite_without_force(work, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("keep me\n", encoding="utf-8")
    with pytest.raises(FileExistsError, match="--force"):
        tag_file(work["archive"].path, out, spec=work["spec"], progress=False)
    assert out.read_text(encoding="utf-8") == "keep me\n"
    with pytest.raises(ValueError, match="resume or force"):
        tag_file(work["archive"].path, out, spec=work["spec"], resume=True, force=True)


def test_force_overwrites(work, tmp_path):
    src = tmp_path / "small.jsonl"
    src.write_text(json.dumps({"id": "k1", "text": "Rapat digelar Senin (3/6/2024)."}) + "\n",
                   encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    errors_path(out).write_text("old\n", encoding="utf-8")
    tag_file(src, out, spec=work["spec"], force=True, progress=False)
    assert [r["id"] for r in read_jsonl(out)] == ["k1"]
    assert errors_path(out).read_bytes() == b""


def test_repair_torn_line(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"id": "a"}\n{"id": "b"}\n{"id": "c", "ti')
    assert repair_torn_line(path) == len(b'{"id": "c", "ti')
    assert path.read_bytes() == b'{"id": "a"}\n{"id": "b"}\n'
    assert repair_torn_line(path) == 0
    path.write_bytes(b'{"id": "only-torn"')
    repair_torn_line(path)
    assert path.read_bytes() == b""


def test_resume_after_kill_9(work, tmp_path):
    """Kill a running `beritanlp tag` with SIGKILL, tear its last line, resume: same output."""
    archive, ref = work["archive"], work["ref"]
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "beritanlp.cli", "tag", str(archive.path), str(out),
           "--model", str(work["model"]), "--max-chars", str(MAX_CHARS), "--batch-size", "8",
           "--no-progress"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 150:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the job ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    written = out.read_bytes().count(b"\n")
    assert 150 <= written < 1_700
    # A write cut short by the kill leaves half a line; make sure there is one to repair.
    with open(out, "ab") as fh:
        fh.write(b'{"id": "art-0')
    with open(errors_path(out), "ab") as fh:
        fh.write(b'{"line": 9')

    summary = tag_file(archive.path, out, spec=work["spec"], max_chars=MAX_CHARS,
                       batch_size=32, resume=True, progress=False)
    assert summary.repaired_bytes > 0
    assert summary.skipped >= written
    assert summary.skipped + summary.written + summary.errors == 2_000
    ids = [r["id"] for r in read_jsonl(out)]
    assert len(ids) == len(set(ids))
    # Same records as the uninterrupted run (here even in the same order), same errors.
    assert out.read_bytes() == ref.read_bytes()
    assert sorted(errors_path(out).read_bytes().splitlines()) == sorted(
        errors_path(ref).read_bytes().splitlines())

    # Resuming a finished job does nothing.
    again = tag_file(archive.path, out, spec=work["spec"], max_chars=MAX_CHARS, resume=True,
                     progress=False)
    assert again.written == again.errors == 0 and again.skipped == 2_000
    assert out.read_bytes() == ref.read_bytes()


def test_two_processes_give_the_same_output(work, tmp_path):
    out = tmp_path / "out.jsonl"
    summary = tag_file(work["archive"].path, out, spec=work["spec"], max_chars=MAX_CHARS,
                       batch_size=32, n_process=2, progress=False)
    assert len(summary.workers) == 2  # both workers did work
    assert out.read_bytes() == work["ref"].read_bytes()
    assert errors_path(out).read_bytes() == errors_path(work["ref"]).read_bytes()


def test_duplicate_ids_are_errors(work, tmp_path):
    src = tmp_path / "dup.jsonl"
    rows = [{"id": "d1", "text": "Rapat pertama."}, {"id": "d2", "text": "Rapat kedua."},
            {"id": "d1", "text": "Rapat ketiga."}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    tag_file(src, out, spec=work["spec"], progress=False)
    assert [r["id"] for r in read_jsonl(out)] == ["d1", "d2"]
    [err] = read_jsonl(errors_path(out))
    assert err["line"] == 3 and err["id"] == "d1" and "duplicate id" in err["reason"]


def test_csv_and_parquet_give_the_same_records_as_jsonl(work, tmp_path):
    import random

    rng = random.Random(3)
    rows = []
    for i in range(40):
        title, text = article(i, rng)
        rows.append({"doc": f"c{i}", "judul": title, "isi": text})
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                     encoding="utf-8")
    csv_path = tmp_path / "a.csv"
    with open(csv_path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["doc", "judul", "isi"])
        writer.writeheader()
        writer.writerows(rows)
    with open(csv_path, "ab") as fh:  # one row with bytes that are not UTF-8
        fh.write(b'c-bad,Judul,"Harga \xff naik"\n')
    kwargs = dict(spec=work["spec"], text_field="isi", id_field="doc", title_field="judul",
                  progress=False)
    tag_file(jsonl, tmp_path / "j.jsonl", **kwargs)
    tag_file(csv_path, tmp_path / "c.jsonl", **kwargs)
    assert (tmp_path / "c.jsonl").read_bytes() == (tmp_path / "j.jsonl").read_bytes()
    [err] = read_jsonl(tmp_path / "c.errors.jsonl")
    assert err["line"] == 42 and err["id"] == "c-bad" and "undecodable" in err["reason"]

    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    table = pa.table({"doc": [r["doc"] for r in rows] + ["p-null"],
                      "judul": [r["judul"] for r in rows] + [None],
                      "isi": [r["isi"] for r in rows] + [None]})
    pq.write_table(table, tmp_path / "a.parquet", row_group_size=16)
    tag_file(tmp_path / "a.parquet", tmp_path / "p.jsonl", **kwargs)
    assert (tmp_path / "p.jsonl").read_bytes() == (tmp_path / "j.jsonl").read_bytes()
    [err] = read_jsonl(tmp_path / "p.errors.jsonl")
    assert err == {"line": 41, "id": "p-null", "reason": "text field 'isi' is null"}


def test_missing_text_column_is_a_clear_error(work, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("id,body\n1,Teks\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no column 'text'"):
        tag_file(path, tmp_path / "o.jsonl", spec=work["spec"], progress=False)
    assert not (tmp_path / "o.jsonl").exists()


@pytest.mark.parametrize("obj, reason", [
    ([1, 2], "expected a string or a JSON object (mapping), got list"),
    ({"id": {"x": 1}, "text": "a"}, "id field 'id' must be a string or an integer"),
    ({"text": "a", "title": 5}, "title field 'title' must be a string"),
    ({"text": "\ud800 rusak"}, "title or text is not valid Unicode"),
    ({"id": "\udcff", "text": "a"}, "id field 'id' is not valid Unicode"),
    ("x" * 11, "text too long: 11 characters > limit 10"),
])
def test_prepare_rejects(obj, reason):
    result = prepare(obj, 1, max_chars=10)
    assert type(result).__name__ == "Rejected" and result.reason.startswith(reason)


def test_prepare_ids_and_titles():
    item = prepare({"id": 17, "title": "Judul ", "text": "Isi."}, 4)
    assert (item.id, item.title, item.text) == ("17", "Judul ", "Judul \n\nIsi.")
    assert prepare({"title": "", "text": "Isi."}, 4).text == "Isi."
    assert prepare({"text": "Isi."}, 9).id == "line-9"


def test_cli_tag(work, tmp_path, capsys):
    from beritanlp.cli import main

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "x1", "text": "Rapat pada Senin (3/6/2024)."}) + "\n"
                   + "{broken\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = ["tag", str(src), str(out), "--model", str(work["model"]), "--no-progress"]
    assert main(args) == 0
    assert "2 lines: 1 records, 1 errors" in capsys.readouterr().err
    with pytest.raises(SystemExit, match="exists"):
        main(args)
    assert main([*args, "--resume"]) == 0
    assert len(read_jsonl(out)) == 1


def test_to_dataframe(work):
    pytest.importorskip("pandas")
    frames = beritanlp.to_dataframe(work["ref"])
    out = read_jsonl(work["ref"])
    assert list(frames.articles["id"]) == [r["id"] for r in out]
    assert len(frames.dates) == sum(len(r["dates"]) for r in out)
    assert set(frames.dates["article_id"]) == {r["id"] for r in out}
    assert (frames.articles["n_dates"] > 0).all()
    for kind in ("officials", "agencies", "places", "scores"):
        assert "article_id" in frames[kind].columns
    record = {"id": "z", "title": "T", "date": None, "error": None, "topics": {"a": 0.2, "b": 0.7},
              "officials": [{"name": "Budi", "position": "Bupati", "jurisdiction": "Gowa",
                             "mentions": [[5, 9], [40, 44]]}],
              "agencies": [], "places": [], "scores": [{"metric": "SPI", "value": 70.5}],
              "dates": [], "entities": []}
    frames = beritanlp.to_dataframe([record])
    row = frames.articles.iloc[0]
    assert (row["topic"], row["n_officials"], row["n_scores"]) == ("b", 1, 1)
    official = frames.officials.iloc[0]
    assert (official["article_id"], official["n_mentions"], official["first_mention"]) == (
        "z", 2, 5)
    with pytest.raises(TypeError):
        beritanlp.to_dataframe([42])


def test_progress_line_has_rate_share_and_eta(caplog):
    import io
    import logging

    from beritanlp.batch import Progress

    stream = io.StringIO()
    bar = Progress(lambda: 0.25, enabled=True, stream=stream)
    bar.bar.start_t -= 10.0  # ten seconds in, a quarter done
    bar.bar.last_print_t -= 1.0
    bar.update(500, 3)
    drawn = stream.getvalue()
    assert "25%" in drawn and "500/2000" in drawn and "3 errors" in drawn
    # ten seconds and a little (the time this test itself takes): about 50 articles/s, 30 s left
    rate = re.search(r"(\d+\.\d+) articles/s", drawn)
    assert rate is not None and 45.0 < float(rate.group(1)) <= 50.0
    assert re.search(r"00:1\d<00:[23]\d", drawn)
    quiet = io.StringIO()
    Progress(lambda: None, enabled=False, stream=quiet).update(10, 0)
    assert quiet.getvalue() == ""
    # not a terminal: the same line is logged every log_every seconds instead
    with caplog.at_level(logging.INFO, logger="beritanlp.batch"):
        logged = Progress(lambda: 0.5, enabled=False, stream=quiet, log_every=0.0)
        logged.update(10, 1)
        logged.close()
    assert quiet.getvalue() == ""
    assert any("10/20" in r.getMessage() and "1 errors" in r.getMessage()
               for r in caplog.records)


def test_records_equal_analyze_many(work):
    """The batch tagger (memory zones, batches) writes what beritanlp.analyze_many returns."""
    from archive_fixtures import pipeline
    from beritanlp.api import analyze_many

    archive = work["archive"]
    inputs = [json.loads(line) for n, line in enumerate(archive.path.read_bytes().splitlines(), 1)
              if archive.kinds[n] == "good" and n % 20 != 0][:300]
    expected = [a.to_json() + "\n" for a in analyze_many(inputs, nlp=pipeline())]
    by_id = {json.loads(line)["id"]: line for line in work["ref"].read_text("utf-8").splitlines(
        keepends=True)}
    assert [by_id[r["id"]] for r in inputs] == expected


def test_gzip_input_and_bad_arguments(work, tmp_path):
    import gzip

    src = tmp_path / "a.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g1", "text": "Rapat pada Senin (3/6/2024)."}) + "\n")
    out = tmp_path / "out.jsonl"
    tag_file(src, out, spec=work["spec"], progress=False)
    assert [r["date"] for r in read_jsonl(out)] == ["2024-06-03"]
    with pytest.raises(ValueError, match="does not exist"):
        tag_file(src, tmp_path / "o2.jsonl", spec=PipelineSpec(model=str(tmp_path / "nope")))
    with pytest.raises(ValueError, match="unknown component"):
        tag_file(src, tmp_path / "o3.jsonl", spec=PipelineSpec(exclude=("no_such_pipe",)))
    with pytest.raises(ValueError, match="n_process"):
        tag_file(src, tmp_path / "o4.jsonl", spec=work["spec"], n_process=0)
    with pytest.raises(ValueError, match="format"):
        tag_file(tmp_path / "out.jsonl", tmp_path / "o5.jsonl", spec=work["spec"], fmt="xml")
    assert not any((tmp_path / f"o{i}.jsonl").exists() for i in range(2, 6))


def test_to_dataframe_fact_tables_are_typed_when_empty():
    frames = beritanlp.to_dataframe([{"id": "a", "officials": [], "agencies": [], "places": [],
                                      "scores": []}])
    assert str(frames.officials["n_mentions"].dtype) == "int64"
    assert frames.agencies["n_mentions"].nlargest(3).empty


def test_get_pipeline_warms_up_lazy_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Components with a ``warm_up`` method load their lazy tables before the first batch."""
    import spacy
    from spacy.language import Language

    import beritanlp.batch.executors as batch_module

    calls: list[str] = []

    from beritanlp.components.base import WarmUp

    class Lazy(WarmUp):  # a component that says it loads tables lazily
        def __call__(self, doc: object) -> object:
            return doc

        def warm_up(self) -> None:
            calls.append("warm")

    class Foreign:
        def __call__(self, doc: object) -> object:
            return doc

        def warm_up(self) -> None:  # another package's method of the same name
            calls.append("foreign")

    if not Language.has_factory("test_lazy_table"):
        Language.factory("test_lazy_table", func=lambda nlp, name: Lazy())
        Language.factory("test_foreign_table", func=lambda nlp, name: Foreign())

    def build(self: object) -> Language:
        nlp = spacy.blank("id")
        nlp.add_pipe("test_lazy_table")
        nlp.add_pipe("test_foreign_table")
        return nlp

    spec = batch_module.PipelineSpec(exclude=("test-warm-up",))  # built by this test only
    monkeypatch.setattr(batch_module.PipelineSpec, "build", build)
    batch_module.get_pipeline(spec)
    batch_module.get_pipeline(spec)
    assert calls == ["warm"]
    assert spec in batch_module.built_pipelines()


def test_places_warm_up_loads_the_desa_index(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    from beritanlp.components.places import PlacesComponent

    class Tables:
        desa_loaded = False
        variants_built: list[str] = []

        @property
        def desa(self) -> dict[str, list[tuple[str, str]]]:
            Tables.desa_loaded = True
            return {}

        def variant_table(self, table: str) -> dict[str, str]:
            Tables.variants_built.append(table)
            return {}

    monkeypatch.setattr(PlacesComponent, "gazetteer", property(lambda self: Tables()))
    component = spacy.blank("id").add_pipe("beritanlp_places")
    assert not Tables.desa_loaded and not Tables.variants_built
    component.warm_up()
    assert Tables.desa_loaded
    # the spelling-variant tables are built at warm-up, not on the first batch's time
    assert sorted(Tables.variants_built) == ["desa", "index", "kecamatan"]


def test_release_free_memory_trims_on_glibc() -> None:
    import platform

    from beritanlp.batch import release_free_memory

    on_glibc = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"
    assert release_free_memory() is on_glibc


@pytest.fixture(scope="module")
def failing_spec(tmp_path_factory):
    """A saved pipeline (sentences + a component that raises on "MELEDAK") as a PipelineSpec."""
    from spacy.language import Language

    from archive_fixtures import pipeline

    if not Language.has_factory("test_batch_fails_on_marker"):
        @Language.component("test_batch_fails_on_marker")
        def fails_on_marker(doc):
            if "MELEDAK" in doc.text:
                raise RuntimeError("boom")
            return doc

    nlp = pipeline()
    nlp.add_pipe("test_batch_fails_on_marker")
    folder = tmp_path_factory.mktemp("failing") / "model"
    nlp.to_disk(folder)
    return PipelineSpec(model=str(folder))


def test_api_batch_and_dask_give_the_same_error_reasons(failing_spec, tmp_path):
    """One runner: the same bad input gets the same reason from all three ways of tagging."""
    from beritanlp.dask import tag_records

    inputs = [
        {"id": "g1", "title": "Rapat", "text": "Rapat digelar Senin (3/6/2024)."},
        {"id": "b1", "text": None},
        {"id": "b2", "title": "Tanpa isi"},
        {"id": "b3", "text": 12345},
        {"id": "b4", "title": 7, "text": "Isi."},
        {"id": ["x"], "text": "Isi."},
        [1, 2],
        "Teks polos sebagai satu artikel.",
        {"id": "b7", "text": "Ulasan panjang. " * (MAX_CHARS // 10)},
        {"id": "b8", "text": "Harga \ud800 naik."},
        {"id": "b9", "title": "Judul", "text": "Ini MELEDAK sekarang."},
        {"id": "g2", "text": "Setelahnya aman."},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(obj) + "\n" for obj in inputs), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    tag_file(src, out, spec=failing_spec, max_chars=MAX_CHARS, batch_size=4, progress=False)
    from_batch = {e["line"]: e["reason"] for e in read_jsonl(errors_path(out))}
    batch_reasons = [from_batch.get(n) for n in range(1, len(inputs) + 1)]

    nlp = failing_spec.build()
    nlp.max_length = MAX_CHARS  # analyze_many's limit is the pipeline's max_length
    api_reasons = [a.error for a in beritanlp.analyze_many(inputs, nlp=nlp, batch_size=4)]
    dask_reasons = [json.loads(line)["error"] for line in tag_records(
        inputs, failing_spec, max_chars=MAX_CHARS, batch_size=4)]

    assert api_reasons == batch_reasons == dask_reasons
    assert batch_reasons == [
        None,
        "text field 'text' is null",
        "missing text field 'text'",
        "text field 'text' must be a string, got int",
        "title field 'title' must be a string, got int",
        "id field 'id' must be a string or an integer, got list",
        "expected a string or a JSON object (mapping), got list",
        None,
        f"text too long: {len(inputs[8]['text'])} characters > limit {MAX_CHARS}",
        "title or text is not valid Unicode (lone surrogate characters)",
        "pipeline error: RuntimeError: boom",
        None,
    ]
