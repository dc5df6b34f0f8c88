"""An article's date given as input metadata, through every way of analysing articles.

``analyze(date=...)``, ``analyze_many`` dicts, ``beritanlp tag`` (JSONL, CSV, Parquet;
``--date-field``, ``--date-order``), ``beritanlp analyze --date``, Dask and ``evaluate facts``:
a readable date becomes ``doc._.date`` before the pipeline runs, hence the record's ``date`` and
the anchor of "kemarin" and "tahun ini"; one that cannot be read leaves the article analysed
without it and a line in the record's ``warnings``. The articles are written for these tests.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import warnings
from pathlib import Path

import pytest

import beritanlp
from archive_fixtures import read_jsonl, save_pipeline
from beritanlp.batch import PipelineSpec, errors_path, tag_file
from beritanlp.cli import main

#: States no date of its own; "kemarin" and "tahun ini" need the article date.
UNDATED = ("Sleman Catat IPM Tertinggi\n\nIndeks Pembangunan Manusia (IPM) Kabupaten Sleman "
           "tahun ini mencapai 84,00. Kemarin bupati menerima laporannya.")
#: States its own date in the dateline.
DATED = ("Pasar Baru Dibuka\n\nSLEMAN, Senin (4/3/2024) - Pemerintah Kabupaten Sleman membuka "
         "pasar baru. Kemarin pedagang mulai menata lapak.")


@pytest.fixture(scope="module")
def nlp():
    return beritanlp.load()


def _values(record, text: str) -> list[str]:
    return [d.value for d in record.dates if d.text.lower() == text]


# -- analyze -------------------------------------------------------------------------------------

def test_analyze_takes_the_date_for_the_record_relative_dates_and_score_years(nlp):
    plain = beritanlp.analyze(UNDATED, nlp=nlp)
    assert plain.date is None and plain.warnings == []
    assert [s.year for s in plain.scores] == [None]
    for given in ("2023-11-02", "2 November 2023", "Nov 2, 2023", dt.date(2023, 11, 2),
                  dt.datetime(2023, 11, 2, 20, 15), 1698886800):
        record = beritanlp.analyze(UNDATED, date=given, nlp=nlp)
        assert record.date == "2023-11-02", given
        assert [s.year for s in record.scores] == [2023]
        assert _values(record, "kemarin") == ["2023-11-01"]
        assert _values(record, "tahun ini") == ["2023"]
        assert record.warnings == []


def test_the_given_date_wins_over_the_stated_one(nlp):
    stated = beritanlp.analyze(DATED, nlp=nlp)
    assert stated.date == "2024-03-04" and _values(stated, "kemarin") == ["2024-03-03"]
    given = beritanlp.analyze(DATED, date="2024-03-05 06:00:00", nlp=nlp)
    assert given.date == "2024-03-05" and _values(given, "kemarin") == ["2024-03-04"]


@pytest.mark.parametrize(("given", "reason"), [
    ("03/04/2024", "day and month are ambiguous"),
    ("Maret 2024", "not a date in a known form"),
    (["2024-03-05"], "got list"),
])
def test_an_unreadable_date_is_ignored_with_a_warning(nlp, given, reason):
    with pytest.warns(UserWarning, match=reason):
        record = beritanlp.analyze(DATED, date=given, nlp=nlp)
    assert record.error is None and record.officials == [] and record.places
    assert record.date == "2024-03-04"  # the text's own date, as without a given date
    assert len(record.warnings) == 1 and reason in record.warnings[0]
    assert record.to_dict()["warnings"] == record.warnings
    assert beritanlp.Article.from_dict(record.to_dict()).warnings == record.warnings


def test_a_date_order_reads_ambiguous_numeric_dates(nlp):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert beritanlp.analyze(DATED, date="03/04/2024", date_order="dmy", nlp=nlp).date == (
            "2024-04-03")
        assert beritanlp.analyze(DATED, date="03/04/2024", date_order="mdy", nlp=nlp).date == (
            "2024-03-04")
    with pytest.raises(ValueError, match="unknown date order"):
        beritanlp.analyze(DATED, date="03/04/2024", date_order="ymd", nlp=nlp)


def test_analyze_many_reads_the_date_field(nlp):
    items = [{"id": "a", "text": UNDATED, "date": "2 November 2023"},
             {"id": "b", "text": UNDATED, "date": "11/02/2023"},
             {"id": "c", "text": UNDATED},
             UNDATED]
    got = list(beritanlp.analyze_many(items, nlp=nlp))
    assert [r.date for r in got] == ["2023-11-02", None, None, None]
    assert [bool(r.warnings) for r in got] == [False, True, False, False]
    assert "date field 'date' ignored: '11/02/2023'" in got[1].warnings[0]
    assert [r.date for r in beritanlp.analyze_many(items[:2], nlp=nlp, date_order="mdy")] == [
        "2023-11-02", "2023-11-02"]
    with pytest.raises(ValueError, match="unknown date order"):
        list(beritanlp.analyze_many(items, nlp=nlp, date_order="y"))


def test_analyze_many_in_worker_processes_keeps_the_dates(nlp):
    items = [{"id": f"a{i}", "text": DATED, "date": f"2024-03-{i + 10}"} for i in range(4)]
    got = list(beritanlp.analyze_many(items, nlp=nlp, n_process=2, batch_size=2))
    assert [r.date for r in got] == [f"2024-03-{i + 10}" for i in range(4)]
    assert [_values(r, "kemarin") for r in got] == [[f"2024-03-{i + 9:02d}"] for i in range(4)]


# -- beritanlp tag -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> PipelineSpec:
    model = save_pipeline(tmp_path_factory.mktemp("dates") / "model")
    return PipelineSpec(model=str(model))


ROWS = [
    {"id": "r1", "title": "Satu", "text": "Kemarin pasar dibuka.", "date": "2019-09-19 00:00:00"},
    {"id": "r2", "title": "Dua", "text": "Kemarin pasar dibuka.", "date": "19-Sep-19"},
    {"id": "r3", "title": "Tiga", "text": "Kemarin pasar dibuka.", "date": "9/4/2025 9:55"},
    {"id": "r4", "title": "Empat", "text": "Kemarin pasar dibuka.", "date": ""},
    {"id": "r5", "title": "Lima", "text": "Senin (16/9/2019) pasar dibuka.", "date": "bukan"},
]


def _write(path: Path, rows: list[dict], fmt: str) -> Path:
    if fmt == "jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    elif fmt == "csv":
        with open(path, "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    else:
        pa = pytest.importorskip("pyarrow")
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(rows), path)
    return path


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_tag_reads_the_date_field_of_every_format(spec, tmp_path, fmt):
    inp = _write(tmp_path / f"in.{fmt}", ROWS, fmt)
    out = tmp_path / "out.jsonl"
    summary = tag_file(inp, out, spec=spec, progress=False)
    records = read_jsonl(out)
    assert not errors_path(out).exists() or read_jsonl(errors_path(out)) == []
    assert [r["date"] for r in records] == ["2019-09-19", "2019-09-19", None, None,
                                            "2019-09-16"]
    assert [d["value"] for d in records[0]["dates"]] == ["2019-09-18"]  # kemarin
    assert [bool(r["warnings"]) for r in records] == [False, False, True, False, True]
    assert "'9/4/2025 9:55': day and month are ambiguous" in records[2]["warnings"][0]
    assert summary.warned == 2 and "2 records with warnings" in summary.format()


def test_tag_date_field_and_order_options(spec, tmp_path):
    rows = [{"id": r["id"], "text": r["text"], "terbit": r["date"]} for r in ROWS]
    inp = _write(tmp_path / "in.jsonl", rows, "jsonl")
    out = tmp_path / "out.jsonl"
    tag_file(inp, out, spec=spec, date_field="terbit", date_order="mdy", progress=False)
    records = read_jsonl(out)
    assert [r["date"] for r in records] == ["2019-09-19", "2019-09-19", "2025-09-04", None,
                                            "2019-09-16"]
    assert "date field 'terbit' ignored" in records[4]["warnings"][0]
    # the default field 'date' is absent: no date is read, nothing to warn about
    tag_file(inp, out, spec=spec, force=True, progress=False)
    assert [r["date"] for r in read_jsonl(out)] == [None, None, None, None, "2019-09-16"]
    assert all(r["warnings"] == [] for r in read_jsonl(out))
    with pytest.raises(ValueError, match="unknown date order"):
        tag_file(inp, out, spec=spec, force=True, date_order="dm", progress=False)


def test_tag_command_date_options(spec, tmp_path, capsys):
    inp = _write(tmp_path / "in.csv", ROWS, "csv")
    out = tmp_path / "out.jsonl"
    assert main(["tag", str(inp), str(out), "--model", spec.model, "--no-progress"]) == 0
    assert [r["date"] for r in read_jsonl(out)][:3] == ["2019-09-19", "2019-09-19", None]
    assert "2 records with warnings" in capsys.readouterr().err
    assert main(["tag", str(inp), str(out), "--model", spec.model, "--no-progress", "--force",
                 "--date-order", "dmy"]) == 0
    assert [r["date"] for r in read_jsonl(out)][:3] == ["2019-09-19", "2019-09-19",
                                                        "2025-04-09"]
    assert main(["tag", str(inp), str(out), "--model", spec.model, "--no-progress", "--force",
                 "--date-field", ""]) == 0
    assert [r["date"] for r in read_jsonl(out)] == [None, None, None, None, "2019-09-16"]
    with pytest.raises(SystemExit):
        main(["tag", str(inp), str(out), "--force", "--date-order", "ymd"])


def test_analyze_command_date(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(UNDATED, encoding="utf-8")
    assert main(["analyze", str(path), "--date", "2 November 2023", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["date"] == "2023-11-02" and record["warnings"] == []
    assert main(["analyze", str(path), "--date", "02/11/2023", "--date-order", "dmy"]) == 0
    assert "Date:    2023-11-02" in capsys.readouterr().out
    with pytest.raises(SystemExit, match="--date '02/11/2023': day and month are ambiguous"):
        main(["analyze", str(path), "--date", "02/11/2023"])


def test_evaluate_facts_gives_the_pipeline_each_articles_date(tmp_path):
    gold = [{"id": "g1", "title": "Sleman Catat IPM Tertinggi",
             "text": UNDATED.split("\n\n", 1)[1], "date": "2 November 2023",
             "gold": {"officials": [], "agencies": [], "places": [],
                      "scores": [{"metric": "IPM", "value": 84.0, "year": 2023}]}}]
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold[0]) + "\n", encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    assert main(["evaluate", "facts", str(path), "--pred-out", str(pred)]) == 0
    (record,) = read_jsonl(pred)
    assert record["date"] == "2023-11-02"
    assert [s["year"] for s in record["scores"]] == [2023]


# -- Dask ----------------------------------------------------------------------------------------

def test_dask_bag_and_dataframe_read_dates(spec):
    pytest.importorskip("dask.bag")
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    import dask
    import dask.bag as db

    from beritanlp.dask import tag_bag, tag_dataframe

    with dask.config.set(scheduler="synchronous"):
        bag = db.from_sequence(ROWS, npartitions=2)
        got = tag_bag(bag, spec=spec).compute()
        assert [r["date"] for r in got] == ["2019-09-19", "2019-09-19", None, None,
                                            "2019-09-16"]
        got = tag_bag(bag, spec=spec, date_order="mdy").compute()
        assert got[2]["date"] == "2025-09-04"
        frame = pd.DataFrame(ROWS).set_index("id")
        frame["date"] = [pd.Timestamp("2019-09-19 08:00"), "19-Sep-19", None, pd.NaT, "bukan"]
        ddf = dd.from_pandas(frame, npartitions=2)
        out = tag_dataframe(ddf, title_col="title", date_col="date", spec=spec).compute()
        assert list(out["date"]) == ["2019-09-19", "2019-09-19", None, None, "2019-09-16"]
        assert [json.loads(r)["warnings"] != [] for r in out["record"]] == [
            False, False, False, False, True]
        out = tag_dataframe(ddf, title_col="title", spec=spec).compute()  # dates not named
        assert list(out["date"]) == [None, None, None, None, "2019-09-16"]
        with pytest.raises(ValueError, match="no column 'terbit'"):
            tag_dataframe(ddf, date_col="terbit", spec=spec)


def test_an_error_record_of_analyze_keeps_the_date_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = beritanlp.analyze("Judul\n\nteks \ud800 rusak", date="31/31/2019")
    assert article.error is not None
    assert len(article.warnings) == 1 and "31/31/2019" in article.warnings[0]
