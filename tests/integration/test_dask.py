"""Dask: the same records as the local tagger, on a LocalCluster of 2 worker processes.

Pipeline: tokenizer + beritanlp_sentences + beritanlp_dates (see tests/archive_fixtures.py).
"""

from __future__ import annotations

import json

import pytest

from archive_fixtures import MAX_CHARS, read_jsonl, save_pipeline, sorted_lines, write_archive
from beritanlp.batch import PipelineSpec, errors_path, tag_file

distributed = pytest.importorskip("distributed")
dask_bag = pytest.importorskip("dask.bag")


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    root = tmp_path_factory.mktemp("dask")
    spec = PipelineSpec(model=str(save_pipeline(root / "model")))
    archive = write_archive(root / "archive.jsonl", lines=600, bad_per_kind=10, seed=11)
    ref = root / "ref.jsonl"
    tag_file(archive.path, ref, spec=spec, max_chars=MAX_CHARS, batch_size=16, progress=False)
    return {"root": root, "spec": spec, "archive": archive, "ref": ref}


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def test_tag_file_on_dask_is_identical_to_local(work, client, tmp_path):
    from beritanlp.dask import tag_file_on_dask

    out = tmp_path / "out.jsonl"
    summary = tag_file_on_dask(work["archive"].path, out, client=client, spec=work["spec"],
                               max_chars=MAX_CHARS, batch_size=16, progress=False)
    assert len(summary.workers) == 2
    assert sorted_lines(out) == sorted_lines(work["ref"])
    assert out.read_bytes() == work["ref"].read_bytes()  # order is kept too
    assert errors_path(out).read_bytes() == errors_path(work["ref"]).read_bytes()


def _good_records(path):
    with open(path, "rb") as fh:
        for raw in fh:
            try:
                yield json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError):
                continue


def test_tag_bag_matches_local_records(work, client):
    from beritanlp.batch import executors
    from beritanlp.dask import tag_bag

    spec = work["spec"]
    inputs = list(_good_records(work["archive"].path))
    bag = dask_bag.from_sequence(inputs, npartitions=12)
    lines = tag_bag(bag, spec=spec, max_chars=MAX_CHARS, as_json=True).compute()
    assert len(lines) == len(inputs)  # one record per item, bad ones included
    records = [json.loads(line) for line in lines]
    ok = {r["id"]: (line + "\n").encode() for line, r in zip(lines, records, strict=True)
          if r["error"] is None}
    ref = sorted_lines(work["ref"])
    assert len(ok) == len(ref)
    # Items without an id get a hash of their text in a bag (there are no line numbers);
    # every other record is byte for byte the line the local tagger wrote.
    named = [line for line in ref if not json.loads(line)["id"].startswith("line-")]
    assert len(named) > 0.9 * len(ref)
    assert [ok.get(json.loads(line)["id"]) for line in named] == named
    failed = [r for r in records if r["error"]]
    assert failed and all(r["officials"] == [] for r in failed)
    # Twelve partitions, two workers: each worker built the pipeline once and kept it.
    counts = client.run(lambda: len(executors.built_pipelines()))
    assert sorted(counts.values()) == [1, 1]
    ids_before = client.run(lambda: id(executors.get_pipeline(spec)[0]))
    tag_bag(bag, spec=spec, max_chars=MAX_CHARS).count().compute()
    assert client.run(lambda: id(executors.get_pipeline(spec)[0])) == ids_before


def test_tag_dataframe_matches_local_records(work, client):
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    from beritanlp.dask import FRAME_COLUMNS, tag_dataframe

    ref = {r["id"]: r for r in read_jsonl(work["ref"])}
    rows = [r for r in _good_records(work["archive"].path)
            if isinstance(r.get("text"), str) and r.get("id") in ref]
    rows.append({"id": "kosong", "title": "Judul", "text": None})
    frame = pd.DataFrame(rows)
    ddf = dd.from_pandas(frame, npartitions=4)
    result = tag_dataframe(ddf, "text", id_col="id", title_col="title", spec=work["spec"],
                           max_chars=MAX_CHARS).compute()
    assert list(result.columns) == FRAME_COLUMNS and len(result) == len(frame)
    assert list(result.index) == list(frame.index)
    for _, row in result.iterrows():
        if row["id"] == "kosong":
            assert "is null" in row["error"]
        else:
            assert json.loads(row["record"]) == ref[row["id"]]


def test_cli_tag_with_scheduler_address(work, client, tmp_path):
    from beritanlp.cli import main

    out = tmp_path / "out.jsonl"
    code = main(["tag", str(work["archive"].path), str(out), "--model", work["spec"].model,
                 "--max-chars", str(MAX_CHARS), "--batch-size", "16", "--no-progress",
                 "--scheduler", client.scheduler.address])
    assert code == 0
    assert out.read_bytes() == work["ref"].read_bytes()
    assert errors_path(out).read_bytes() == errors_path(work["ref"]).read_bytes()
