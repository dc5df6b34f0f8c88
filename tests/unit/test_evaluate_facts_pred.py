"""``beritanlp evaluate facts --pred``: scoring a prediction file, with bootstrap intervals."""

import json

import pytest

from beritanlp.cli import main
from beritanlp.facts_eval import score_facts, select_split

GOLD = [
    {"id": "g1", "split": "mine", "gold": {
        "agencies": [{"name": "Dinas Contoh", "acronym": "DC"}],
        "places": [{"name": "Kota Rekaan", "type": "kota"}],
        "scores": [{"metric": "Indeks Contoh", "value": 61.5, "kind": "value",
                    "subject": "Kota Rekaan", "year": 2021}]}},
    {"id": "g2", "split": "mine", "gold": {
        "officials": [{"name": "Ani Rekaan", "position": "Camat", "jurisdiction": "Rekaan"}],
        "places": [{"name": "Desa Buatan", "type": "desa"}]}},
    {"id": "g3", "split": "mine",
     "gold": {"places": [{"name": "Pulau Khayal", "type": "wilayah"}]}},
    {"id": "g4", "split": "other", "gold": {"places": [{"name": "Kota Lain", "type": "kota"}]}},
]
PRED = [
    {"id": "g1", "agencies": [{"name": "DC", "acronym": None}],
     "places": [{"name": "Rekaan", "type": "kota"}, {"name": "Khayal", "type": "wilayah"}],
     "scores": [{"metric": "Indeks Contoh", "value": "61,5", "kind": "value",
                 "subject": "Kota Rekaan", "year": 2021}], "officials": []},
    {"id": "g2", "officials": [{"name": "Ani", "position": "Camat", "jurisdiction": None}],
     "places": [], "agencies": None},
]


def _write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


@pytest.fixture
def files(tmp_path):
    return _write(tmp_path / "gold.jsonl", GOLD), _write(tmp_path / "pred.jsonl", PRED)


def test_pred_is_scored_as_the_core_scores_it(files, capsys):
    gold, pred = files
    assert main(["evaluate", "facts", gold, "--split", "mine", "--pred", pred, "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    expected = score_facts(select_split(GOLD, "mine"), PRED)
    assert printed == expected.to_dict()
    assert printed["missing_predictions"] == 1  # g3 has no record
    assert main(["evaluate", "facts", gold, "--split", "mine", "--pred", pred]) == 0
    assert capsys.readouterr().out == expected.format() + "\n"


def test_bootstrap_from_the_command_line(files, capsys):
    gold, pred = files
    argv = ["evaluate", "facts", gold, "--pred", pred, "--json", "--bootstrap", "200"]
    main([*argv, "--seed", "3"])
    first = json.loads(capsys.readouterr().out)
    main([*argv, "--seed", "3"])
    assert json.loads(capsys.readouterr().out) == first
    assert first["places"]["interval"]["resamples"] == 200
    assert first["macro_f1_interval"]["level"] == 0.95
    main(["evaluate", "facts", gold, "--pred", pred, "--bootstrap", "20"])
    text = capsys.readouterr().out
    assert "]  (gold 4, pred 2)" in text
    assert "article-level bootstrap" in text


@pytest.mark.parametrize("value", ["0", "-5", "many"])
def test_bootstrap_needs_a_positive_count(files, value, capsys):
    gold, pred = files
    with pytest.raises(SystemExit):
        main(["evaluate", "facts", gold, "--pred", pred, "--bootstrap", value])
    assert "positive whole number" in capsys.readouterr().err


def test_pred_errors_are_one_clear_line(files, tmp_path, capsys):
    gold, pred = files
    with pytest.raises(SystemExit, match=r"cannot read .*absent\.jsonl"):
        main(["evaluate", "facts", gold, "--pred", str(tmp_path / "absent.jsonl")])
    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps(PRED[0]) + "\n\n{nope\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"broken\.jsonl, line 3: not valid JSON"):
        main(["evaluate", "facts", gold, "--pred", str(broken)])
    no_id = _write(tmp_path / "no_id.jsonl", [PRED[0], {"places": []}])
    with pytest.raises(SystemExit, match=r"line 2: a prediction record needs an \"id\""):
        main(["evaluate", "facts", gold, "--pred", no_id])
    not_list = _write(tmp_path / "not_list.jsonl", [{"id": "g1", "scores": "61,5"}])
    with pytest.raises(SystemExit, match=r"line 1: 'scores' is not a list of objects"):
        main(["evaluate", "facts", gold, "--pred", not_list])
    with pytest.raises(SystemExit):
        main(["evaluate", "facts", gold, "--pred", pred, "--pred-out", str(tmp_path / "o")])
    assert "not allowed with argument" in capsys.readouterr().err


def test_baseline_identical_files_differ_by_nothing(files, capsys):
    gold, pred = files
    argv = ["evaluate", "facts", gold, "--split", "mine", "--pred", pred]
    main([*argv, "--json"])
    plain = capsys.readouterr().out
    main([*argv, "--baseline", pred, "--json"])
    data = json.loads(capsys.readouterr().out)
    comparison = data.pop("comparison")
    assert data == json.loads(plain)  # the comparison only adds its own object
    assert comparison["baseline"] == pred
    assert comparison["macro_f1"] == {"baseline_f1": data["macro_f1"], "difference": 0.0}
    main([*argv, "--baseline", pred, "--bootstrap", "100"])
    text = capsys.readouterr().out
    assert "places     baseline 0.400  +0.000  [+0.00, +0.00]  better in 0% of resamples" in text
    assert "paired article-level bootstrap" in text


def test_baseline_missing_ids_count_as_missing_predictions(files, tmp_path, capsys):
    # the baseline has g1's record only: g2's official and place count as missed, so the
    # candidate (--pred, with g2) is better on officials; same seed, same output
    gold, pred = files
    baseline = _write(tmp_path / "baseline.jsonl", PRED[:1])
    argv = ["evaluate", "facts", gold, "--split", "mine", "--pred", pred, "--baseline", baseline,
            "--bootstrap", "300", "--seed", "5", "--json"]
    main(argv)
    first = capsys.readouterr().out
    main(argv)
    assert capsys.readouterr().out == first
    comparison = json.loads(first)["comparison"]
    expected = score_facts(select_split(GOLD, "mine"), PRED[:1])
    assert expected.missing == 2
    assert comparison["officials"]["baseline_f1"] == round(expected.kinds["officials"].f1, 4)
    assert comparison["officials"]["difference"] == 1.0
    assert comparison["officials"]["interval"]["low"] >= 0.0
    assert 0.0 < comparison["officials"]["better"] < 1.0


def test_baseline_errors_are_one_clear_line(files, tmp_path):
    gold, pred = files
    with pytest.raises(SystemExit, match=r"cannot read .*absent\.jsonl"):
        main(["evaluate", "facts", gold, "--pred", pred,
              "--baseline", str(tmp_path / "absent.jsonl")])
    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps(PRED[0]) + "\n{nope\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"broken\.jsonl, line 2: not valid JSON"):
        main(["evaluate", "facts", gold, "--pred", pred, "--baseline", str(broken)])
    no_id = _write(tmp_path / "no_id.jsonl", [{"places": []}])
    with pytest.raises(SystemExit, match=r"no_id\.jsonl, line 1: a prediction record needs"):
        main(["evaluate", "facts", gold, "--pred", pred, "--baseline", no_id])
