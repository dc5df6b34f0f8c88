"""``beritanlp evaluate facts`` against the shared scorer on gov_dev, split by split.

The pipeline's records for every gov_dev article are scored by beritanlp (the ``--json`` of
``beritanlp evaluate facts``) and by the shared scorer ``tools/score_facts.py`` (run from the
shared folder, never copied): every count and rate must agree, for all articles and for each
``split``. Skips when the shared data is not on this machine.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import beritanlp
from beritanlp.cli import main
from beritanlp.facts_eval import article_text, read_jsonl, score_facts, select_split

SPLITS = [None, "tune", "check"]


@pytest.fixture(scope="module")
def gov_dev(shared_data: Path, tmp_path_factory: pytest.TempPathFactory
            ) -> tuple[Path, list[dict], Path]:
    """The gold file, its rows, and a file of the pipeline's records for all of them."""
    gold_path = shared_data / "facts" / "gov_dev.jsonl"
    gold = read_jsonl(gold_path)
    items = [{"id": str(row["id"]), "text": article_text(row)} for row in gold]
    pred_path = tmp_path_factory.mktemp("gov_dev") / "pred.jsonl"
    with open(pred_path, "w", encoding="utf-8") as fh:
        for article in beritanlp.analyze_many(items):
            fh.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    return gold_path, gold, pred_path


def _shared_scorer(shared_data: Path, gold: Path, pred: Path, split: str | None) -> dict:
    scorer = shared_data.parent / "tools" / "score_facts.py"
    args = [sys.executable, str(scorer), str(gold), str(pred), "--json"]
    out = subprocess.run(args + (["--split", split] if split else []),
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_gov_dev_has_both_splits(gov_dev: tuple[Path, list[dict], Path]) -> None:
    _, gold, _ = gov_dev
    sizes = {split: len(select_split(gold, split)) for split in ("tune", "check")}
    assert sizes["tune"] > 0 and sizes["check"] > 0
    assert sum(sizes.values()) == len(gold)


@pytest.mark.parametrize("split", SPLITS, ids=lambda s: s or "all")
def test_same_numbers_as_shared_scorer(shared_data: Path,
                                       gov_dev: tuple[Path, list[dict], Path],
                                       split: str | None) -> None:
    gold_path, gold, pred_path = gov_dev
    ours = score_facts(select_split(gold, split), read_jsonl(pred_path)).to_dict()
    theirs = _shared_scorer(shared_data, gold_path, pred_path, split)
    assert ours == theirs
    assert ours["articles"] == len(select_split(gold, split))
    assert ours["missing_predictions"] == 0


def test_cli_split_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = [{"id": "t1", "split": "tune", "title": "Kunjungan KPK",
             "text": "Komisi Pemberantasan Korupsi (KPK) mengunjungi Kota Bogor.",
             "gold": {"officials": [], "places": [{"name": "Kota Bogor", "type": "kota"}],
                      "agencies": [{"name": "Komisi Pemberantasan Korupsi", "acronym": "KPK"}],
                      "scores": []}},
            {"id": "c1", "split": "check", "title": "Rapat", "text": "BPS merilis data.",
             "gold": {"officials": [], "places": [], "scores": [],
                      "agencies": [{"name": "Badan Pusat Statistik", "acronym": "BPS"}]}}]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in gold), encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    assert main(["evaluate", "facts", str(path), "--split", "tune", "--json",
                 "--pred-out", str(pred)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["articles"] == 1 and report["missing_predictions"] == 0
    assert report["agencies"]["gold"] == 1
    assert [r["id"] for r in read_jsonl(pred)] == ["t1"]
    with pytest.raises(SystemExit, match="no gold article has split 'dev'"):
        main(["evaluate", "facts", str(path), "--split", "dev"])
    with pytest.raises(SystemExit, match="cannot read"):
        main(["evaluate", "facts", str(tmp_path / "missing.jsonl")])
    path.write_text("{broken\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="line 1: not valid JSON"):
        main(["evaluate", "facts", str(path)])
