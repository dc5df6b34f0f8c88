"""scripts/score_invariance.py: each substitution changes an article's text and gold together."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture(scope="module")
def inv() -> ModuleType:
    sys.path.insert(0, str(SCRIPTS))
    spec = importlib.util.spec_from_file_location("score_invariance",
                                                  SCRIPTS / "score_invariance.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _row() -> dict[str, Any]:
    """An invented gold row: a regency's rank and score on an index, in 2021."""
    text = ("Pemkab Grobogan menempati peringkat kedua dalam Indeks Inovasi Daerah 2021 "
            "dengan skor 61,35. Bupati Grobogan menyebut capaian itu naik dari 2020, "
            "saat skornya 58,2. \"Kami bersyukur,\" katanya.")
    return {"id": "x-1", "title": "Grobogan Raih Peringkat Kedua Indeks Inovasi",
            "text": text, "date": "2021-12-01",
            "gold": {"scores": [
                {"metric": "Indeks Inovasi Daerah", "value": 2, "kind": "rank",
                 "subject": "Kabupaten Grobogan", "year": 2021},
                {"metric": "Indeks Inovasi Daerah", "value": 61.35, "kind": "value",
                 "subject": "Kabupaten Grobogan", "year": 2021},
                {"metric": "Indeks Inovasi Daerah", "value": "58,2", "kind": "value",
                 "subject": "Kabupaten Grobogan", "year": 2020}]}}


def test_subject_renames_the_region_in_text_and_gold(inv: ModuleType) -> None:
    row = _row()
    out = inv.subject(row, 0)
    new = out["gold"]["scores"][0]["subject"].removeprefix("Kabupaten ")
    assert new != "Grobogan" and "Grobogan" not in out["text"] + out["title"]
    assert out["text"].count(new) == 2 and new in out["title"]
    assert {s["subject"] for s in out["gold"]["scores"]} == {f"Kabupaten {new}"}
    assert inv.region_of(f"Kabupaten {new}")[1].type == "kabupaten"
    assert row["gold"]["scores"][0]["subject"] == "Kabupaten Grobogan"  # the input is kept
    assert inv.subject(row, 0) == out  # deterministic
    assert inv.subject({**row, "gold": {"scores": [{"subject": "Komisi X", "value": 1}]}},
                       0) is None  # no region subject: the article is left out


def test_year_shifts_text_date_and_gold(inv: ModuleType) -> None:
    out = inv.year(_row(), 0, k=-3)
    assert "2018" in out["text"] and "2017" in out["text"] and "2021" not in out["text"]
    assert out["date"] == "2018-12-01"
    assert [s["year"] for s in out["gold"]["scores"]] == [2018, 2018, 2017]
    assert inv.year({"id": "y", "title": "t", "text": "tanpa tahun", "gold": {"scores": []}},
                    0) is None


def test_value_keeps_shape_and_changes_text_and_gold(inv: ModuleType) -> None:
    out = inv.value(_row(), 0)
    two, first, second = (s["value"] for s in out["gold"]["scores"])
    assert two == 2  # "kedua" is written in words: not a value written in digits
    assert first != 61.35 and round(first, 2) == first and 10 <= first < 100
    assert isinstance(second, str) and second != "58,2" and len(second.split(",")[1]) == 1
    assert f"{first:.2f}".replace(".", ",") in out["text"] and second in out["text"]
    assert "61,35" not in out["text"] and "58,2" not in out["text"]


def test_rankform_writes_the_rank_another_way_gold_unchanged(inv: ModuleType) -> None:
    row = _row()
    out = inv.rankform(row, 0)
    assert "peringkat ke-2" in out["text"] and "kedua" not in out["text"]
    assert out["gold"] == row["gold"]
    assert inv.rewrite_ranks("berada di peringkat ke-3 nasional", {3}) == \
        "berada di peringkat ketiga nasional"
    assert inv.rewrite_ranks("berada di peringkat 73 dunia", {73}) == \
        "berada di peringkat ke-73 dunia"
    assert inv.rewrite_ranks("sebanyak 3 orang", {3}) == "sebanyak 3 orang"  # no rank cue


def test_order_and_caps(inv: ModuleType) -> None:
    row = _row()
    row["text"] = "Acara digelar meriah. " + row["text"]
    out = inv.order(row, 0)
    assert out["text"].startswith("Pemkab Grobogan menempati")
    assert inv.order(_row(), 0) is None  # already first
    assert inv.caps(row, 0)["title"] == row["title"].upper()
    assert inv.caps(row, 0)["gold"] == row["gold"]


def test_forms_are_all_known(inv: ModuleType) -> None:
    assert set(inv.FORMS) == {"subject", "year", "value", "rankform", "order", "caps"}


def test_subject_leaves_out_a_district_subject(inv: ModuleType) -> None:
    row = _row()
    row["gold"] = {**row["gold"], "places": [{"name": "Kecamatan Ngaringan", "type": "kecamatan"}]}
    assert inv.subject(row, 0) is not None  # the district holds no score: the form applies
    row["gold"]["scores"] = [*row["gold"]["scores"],
                             {"metric": "Indeks Inovasi Daerah", "value": 1, "kind": "rank",
                              "subject": "Kecamatan Ngaringan", "year": 2021}]
    assert inv.subject(row, 0) is None  # a district of the renamed regency: left out


def test_order_keeps_each_separator(inv: ModuleType) -> None:
    row = _row()
    row["text"] = "Acara digelar meriah.\n\n" + row["text"]
    out = inv.order(row, 0)
    assert out["text"].startswith("Pemkab Grobogan menempati")
    assert "61,35.\n\nAcara digelar meriah. Bupati" in out["text"]  # the break stays in place
    assert len(out["text"]) == len(row["text"])


def test_rank_and_value_keep_numbers_of_a_metric_and_capitals(inv: ModuleType) -> None:
    assert inv.rewrite_ranks("Ia berada di Peringkat Ke-3 nasional", {3}) == \
        "Ia berada di Peringkat Ketiga nasional"
    assert inv.rewrite_ranks("PERINGKAT KE-3", {3}) == "PERINGKAT KETIGA"
    assert inv.rewrite_ranks("juara Liga 1 di peringkat 1", {1}, ["Liga 1"]) == \
        "juara Liga 1 di peringkat ke-1"
    assert inv.replace_value("Liga 1 dengan 1 poin", 1.0, 7.0, ["Liga 1"]) == \
        "Liga 1 dengan 7 poin"
    assert inv.replace_value("Liga 1 dengan 1 poin", 1.0, 7.0) == "Liga 7 dengan 7 poin"
