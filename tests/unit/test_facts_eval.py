"""beritanlp evaluate facts: same numbers as the shared scorer."""

import json
import subprocess
import sys

import pytest

from beritanlp.facts_eval import agency_key, same_agency, score_facts, select_split

GOLD = [{"id": "a", "split": "tune", "gold": {
    "officials": [{"name": "H. Budi Santoso", "position": "Pj Wali Kota", "jurisdiction": "Kota X"},
                  {"name": "Rina Wati", "position": "Sekda", "jurisdiction": None}],
    "agencies": [{"name": "Komisi Pemberantasan Korupsi", "acronym": "KPK"},
                 {"name": "PT Kereta Api Indonesia (Persero)", "acronym": "KAI"}],
    "places": [{"name": "Provinsi Jawa Barat", "type": "provinsi"}],
    "scores": [{"metric": "SPI", "value": 70.55, "kind": "value", "subject": "Pemkot X",
                "year": 2023},
               {"metric": "opini BPK", "value": "WTP", "kind": "grade", "subject": None,
                "year": None}]}},
    {"id": "b", "split": "check", "gold": {
        "officials": [], "agencies": [{"name": "Badan Pusat Statistik", "acronym": "BPS"},
                                      {"name": "Dewan Perwakilan Rakyat", "acronym": "DPR"},
                                      {"name": "Bank Rakyat Indonesia", "acronym": "BRI"}],
        "places": [], "scores": []}},
    {"id": "c", "split": "check", "gold": {
        "officials": [], "agencies": [{"name": "Kementerian Sosial Republik Indonesia",
                                       "acronym": None}],
        "places": [], "scores": []}}]
PRED = [{"id": "a",
         "officials": [{"name": "Budi Santoso", "position": "Penjabat Wali Kota",
                        "jurisdiction": "X"},
                       {"name": "Joko", "position": "Camat", "jurisdiction": None}],
         "agencies": [{"name": "KPK", "acronym": None}, {"name": "Dinas Sosial", "acronym": None},
                      {"name": "Kereta Api Indonesia", "acronym": None}],
         "places": [{"name": "Jawa Barat", "type": "provinsi"}],
         "scores": [{"metric": "Survei Penilaian Integritas (SPI)", "value": "70,55",
                     "kind": "value", "subject": "Pemerintah Kota X", "year": 2023},
                    {"metric": "opini", "value": "wtp", "kind": "grade", "subject": "BPK",
                     "year": 2022}]},
        {"id": "c",
         "officials": [], "places": [], "scores": [],
         "agencies": [{"name": "Kementerian Sosial RI", "acronym": "Kemensos"},
                      {"name": "RI", "acronym": None}]}]


def test_counts_by_hand():
    report = score_facts(GOLD, PRED)
    k = report.kinds
    assert (k["officials"].tp, k["officials"].gold, k["officials"].pred) == (1, 2, 2)
    assert k["officials"].attributes == {"position": [1, 1], "jurisdiction": [1, 1]}
    assert (k["agencies"].tp, k["agencies"].gold, k["agencies"].pred) == (3, 6, 5)
    assert k["places"].tp == 1
    assert (k["scores"].tp, k["scores"].attributes["subject"]) == (2, [1, 2])
    assert report.missing == 1


def test_agency_names_compare_without_legal_form_and_country():
    assert agency_key("PT Perusahaan Listrik Negara (Persero)") == "perusahaan listrik negara"
    assert agency_key("PT Bank Rakyat Indonesia Tbk") == "bank rakyat indonesia"
    assert agency_key("DPR RI") == agency_key("DPR") == "dpr"
    assert agency_key("Kejaksaan Agung Republik Indonesia") == "kejaksaan agung"
    # the country words only at the end, and never the whole name
    assert agency_key("RI") == "ri"
    assert agency_key("Bank Indonesia") == "bank indonesia"
    assert agency_key("Ombudsman RI Perwakilan Aceh") == "ombudsman ri perwakilan aceh"
    assert same_agency({"name": "PT Pertamina (Persero)"}, {"name": "Pertamina"})
    assert same_agency({"name": "Bank Rakyat Indonesia", "acronym": "BRI"},
                       {"name": "PT BRI (Persero) Tbk"})
    assert not same_agency({"name": "Bank Indonesia"}, {"name": "Bank Rakyat Indonesia"})


def test_select_split():
    assert [r["id"] for r in select_split(GOLD, "check")] == ["b", "c"]
    assert [r["id"] for r in select_split(GOLD, None)] == ["a", "b", "c"]
    with pytest.raises(ValueError, match="splits found: check, tune"):
        select_split(GOLD, "test")


@pytest.mark.parametrize("split", [None, "tune", "check"])
def test_same_numbers_as_shared_scorer(tmp_path, shared_data, split):
    scorer = shared_data.parent / "tools" / "score_facts.py"
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in GOLD), encoding="utf-8")
    pred.write_text("\n".join(json.dumps(r) for r in PRED), encoding="utf-8")
    args = [sys.executable, str(scorer), str(gold), str(pred), "--json"]
    out = subprocess.run(args + (["--split", split] if split else []),
                         capture_output=True, text=True, check=True)
    ours = score_facts(select_split(GOLD, split), PRED)
    assert ours.to_dict() == json.loads(out.stdout)
    text = subprocess.run(args[:-1] + (["--split", split] if split else []),
                          capture_output=True, text=True, check=True).stdout
    assert ours.format() == text.rstrip("\n")
