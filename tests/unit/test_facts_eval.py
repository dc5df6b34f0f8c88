"""beritanlp evaluate facts: same numbers as the shared scorer."""

import json
import subprocess
import sys

from beritanlp.facts_eval import score_facts

GOLD = [{"id": "a", "gold": {
    "officials": [{"name": "H. Budi Santoso", "position": "Pj Wali Kota", "jurisdiction": "Kota X"},
                  {"name": "Rina Wati", "position": "Sekda", "jurisdiction": None}],
    "agencies": [{"name": "Komisi Pemberantasan Korupsi", "acronym": "KPK"}],
    "places": [{"name": "Provinsi Jawa Barat", "type": "provinsi"}],
    "scores": [{"metric": "SPI", "value": 70.55, "kind": "value", "subject": "Pemkot X",
                "year": 2023},
               {"metric": "opini BPK", "value": "WTP", "kind": "grade", "subject": None,
                "year": None}]}},
    {"id": "b", "gold": {"officials": [], "agencies": [{"name": "Badan Pusat Statistik",
                                                           "acronym": "BPS"}],
                         "places": [], "scores": []}}]
PRED = [{"id": "a",
         "officials": [{"name": "Budi Santoso", "position": "Penjabat Wali Kota",
                        "jurisdiction": "X"},
                       {"name": "Joko", "position": "Camat", "jurisdiction": None}],
         "agencies": [{"name": "KPK", "acronym": None}, {"name": "Dinas Sosial", "acronym": None}],
         "places": [{"name": "Jawa Barat", "type": "provinsi"}],
         "scores": [{"metric": "Survei Penilaian Integritas (SPI)", "value": "70,55",
                     "kind": "value", "subject": "Pemerintah Kota X", "year": 2023},
                    {"metric": "opini", "value": "wtp", "kind": "grade", "subject": "BPK",
                     "year": 2022}]}]


def test_counts_by_hand():
    report = score_facts(GOLD, PRED)
    k = report.kinds
    assert (k["officials"].tp, k["officials"].gold, k["officials"].pred) == (1, 2, 2)
    assert k["officials"].attributes == {"position": [1, 1], "jurisdiction": [1, 1]}
    assert (k["agencies"].tp, k["agencies"].gold, k["agencies"].pred) == (1, 2, 2)
    assert k["places"].tp == 1
    assert (k["scores"].tp, k["scores"].attributes["subject"]) == (2, [1, 2])
    assert report.missing == 1


def test_same_numbers_as_shared_scorer(tmp_path, shared_data):
    scorer = shared_data.parent / "tools" / "score_facts.py"
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in GOLD), encoding="utf-8")
    pred.write_text("\n".join(json.dumps(r) for r in PRED), encoding="utf-8")
    out = subprocess.run([sys.executable, str(scorer), str(gold), str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    theirs = json.loads(out.stdout)
    ours = score_facts(GOLD, PRED)
    for kind, k in ours.kinds.items():
        assert (k.tp, k.gold, k.pred) == (theirs[kind]["tp"], theirs[kind]["gold"],
                                          theirs[kind]["pred"])
        assert round(k.f1, 4) == theirs[kind]["f1"]
    assert round(ours.macro_f1, 4) == theirs["macro_f1"]
