"""beritanlp evaluate facts: same numbers as the shared scorer."""

import json
import subprocess
import sys

import numpy as np
import pytest

from beritanlp.facts_eval import (
    ATTRIBUTES,
    MACRO,
    agency_key,
    attribute_key,
    bootstrap_f1,
    bootstrap_f1_and_accuracy,
    format_comparison,
    paired_bootstrap_f1,
    same_agency,
    score_facts,
    select_split,
)

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


def _place_rows(outcomes):
    """Gold and predictions of one invented place per article: hit, miss or a wrong place."""
    gold, pred = [], []
    for i, outcome in enumerate(outcomes):
        gold.append({"id": str(i), "gold": {"places": [{"name": f"Desa Contoh{i}",
                                                         "type": "desa"}]}})
        name = f"Contoh{i}" if outcome == "hit" else f"Lain{i}"
        pred.append({"id": str(i), "places": [] if outcome == "miss" else
                     [{"name": name, "type": "desa"}]})
    return gold, pred


MIXED = ["hit", "hit", "miss", "hit", "wrong", "hit", "hit", "miss", "hit", "hit"]


def test_per_article_counts_sum_to_the_totals():
    report = score_facts(GOLD, PRED)
    assert len(report.article_counts) == report.articles == 3
    for i, (name, kind) in enumerate(report.kinds.items()):
        summed = [sum(article[i][j] for article in report.article_counts) for j in range(3)]
        assert summed == [kind.tp, kind.gold, kind.pred], name


def test_bootstrap_same_seed_same_interval_and_holds_the_point():
    report = score_facts(*_place_rows(MIXED))
    first, again = report.bootstrap(200, seed=7), report.bootstrap(200, seed=7)
    assert first == again
    places = first["places"]
    assert (places.level, places.resamples) == (0.95, 200)
    assert places.low < report.kinds["places"].f1 < places.high
    assert first[MACRO].low <= report.macro_f1 <= first[MACRO].high
    assert report.bootstrap(200, seed=8) != first


def test_bootstrap_of_perfect_articles_is_one():
    gold, pred = _place_rows(["hit"] * 5)
    intervals = score_facts(gold, pred).bootstrap(100)
    assert (intervals["places"].low, intervals["places"].high) == (1.0, 1.0)


def test_bootstrap_of_a_list_with_no_gold_and_no_predictions_is_zero():
    # the other three lists are empty throughout: F1 0 as the point value (shared scorer's
    # convention), so [0, 0], and the macro F1 interval is the mean over all four lists
    gold, pred = _place_rows(["hit"] * 5)
    report = score_facts(gold, pred)
    intervals = report.bootstrap(100)
    assert report.kinds["scores"].f1 == 0.0
    assert (intervals["scores"].low, intervals["scores"].high) == (0.0, 0.0)
    assert (intervals[MACRO].low, intervals[MACRO].high) == (0.25, 0.25) == (report.macro_f1,) * 2


def test_bootstrap_f1_draws_articles_with_replacement():
    # two articles: one perfect, one with nothing found; a resample holds 0, 1 or 2 of the first
    counts = np.array([[[1, 1, 1]], [[0, 1, 0]]])
    values = bootstrap_f1(counts, 2000, seed=0)
    assert values.shape == (2000, 2)
    assert set(np.round(values[:, 0], 4)) == {0.0, round(2 / 3, 4), 1.0}
    assert np.array_equal(values[:, 0], values[:, 1])  # one list: macro is its F1
    with pytest.raises(ValueError, match="no gold articles"):
        bootstrap_f1(counts[:0], 10)
    with pytest.raises(ValueError, match="positive"):
        bootstrap_f1(counts, 0)


def test_intervals_in_json_and_text_only_when_asked():
    report = score_facts(*_place_rows(MIXED))
    plain = report.to_dict()
    assert "interval" not in plain["places"] and "macro_f1_interval" not in plain
    intervals = report.bootstrap(50, seed=1)
    data = report.to_dict(intervals)
    assert set(data["places"]["interval"]) == {"low", "high", "level", "resamples"}
    assert data["macro_f1_interval"]["resamples"] == 50
    assert {k: v for k, v in data["places"].items()
            if k not in ("interval", "attribute_intervals")} == plain["places"]
    text = report.format(intervals).splitlines()
    places = intervals["places"]
    assert f"F1 0.778  [{places.low:.2f}, {places.high:.2f}]  (gold 10" in text[2]
    assert text[:-1] != report.format().splitlines()
    assert "article-level bootstrap" in text[-1]


def test_paired_draw_is_the_single_draw():
    # the shared draw leaves one version's values as bootstrap_f1 gives them
    counts = score_facts(*_place_rows(MIXED)).counts()
    first, second = paired_bootstrap_f1([counts, counts[::-1]], 300, seed=4)
    assert np.array_equal(first, bootstrap_f1(counts, 300, seed=4))
    assert second.shape == first.shape
    with pytest.raises(ValueError, match="different numbers of articles"):
        paired_bootstrap_f1([counts, counts[:3]], 10)


def test_comparing_a_report_with_itself_is_zero_and_never_better():
    report = score_facts(*_place_rows(MIXED))
    differences = report.compare(score_facts(*_place_rows(MIXED)), 200, seed=2)
    assert set(differences) == {*report.kinds, MACRO}
    for difference in differences.values():
        assert difference.interval is not None
        assert (difference.point, difference.interval.low, difference.interval.high,
                difference.better) == (0.0, 0.0, 0.0, 0.0)
    assert differences["places"].format() == "+0.000  [+0.00, +0.00]  better in 0% of resamples"


def test_fixing_one_miss_is_better_in_every_resample_holding_it():
    gold, baseline = _place_rows(MIXED)
    _, candidate = _place_rows(["hit" if i == 2 else o for i, o in enumerate(MIXED)])
    report = score_facts(gold, candidate)
    differences = report.compare(score_facts(gold, baseline), 500, seed=0)
    places = differences["places"]
    assert places.point > 0 and places.interval is not None
    assert places.interval.low >= 0.0 < places.interval.high
    assert places.better is not None and 0.4 < places.better < 0.9  # ~63%: the article drawn
    assert differences[MACRO].point == pytest.approx(places.point / 4)
    assert report.compare(score_facts(gold, baseline), 500, seed=0) == differences
    # without resamples: the point differences alone
    alone = report.compare(score_facts(gold, baseline))
    assert alone["places"].point == places.point
    assert (alone["places"].interval, alone["places"].better) == (None, None)
    assert set(alone["places"].to_dict()) == {"baseline_f1", "difference"}
    assert set(places.to_dict()) == {"baseline_f1", "difference", "interval", "better"}
    lines = format_comparison(alone).splitlines()
    assert lines[3].startswith("places     baseline 0.778  +0.")
    assert "paired" not in lines[-1]
    assert "paired article-level bootstrap" in format_comparison(differences).splitlines()[-1]


def test_comparing_reports_of_other_articles_is_refused():
    gold, pred = _place_rows(MIXED)
    with pytest.raises(ValueError, match="compare reports of the same gold articles"):
        score_facts(gold, pred).compare(score_facts(gold[:4], pred))


def test_comparing_the_same_ids_in_the_same_order_is_accepted():
    gold, pred = _place_rows(MIXED)
    report = score_facts(gold, pred)
    assert report.article_ids == [str(i) for i in range(len(MIXED))]
    assert report.compare(score_facts(gold, pred[::-1]))["places"].point == 0.0  # pred order


def test_comparing_other_ids_or_another_order_names_the_first_differing_id():
    gold, pred = _place_rows(MIXED)
    report = score_facts(gold, pred)
    swapped = [gold[0], gold[2], gold[1], *gold[3:]]
    with pytest.raises(ValueError, match=r"article 2 is '1' in the candidate but '2' in the "
                                         r"baseline: compare reports of the same gold articles"):
        report.compare(score_facts(swapped, pred))
    other = [*gold[:-1], {"id": "z", "gold": gold[-1]["gold"]}]
    with pytest.raises(ValueError, match=r"article 10 is '9' in the candidate but 'z'"):
        report.compare(score_facts(other, pred), 50)


def _typed_place_rows(outcomes):
    """One invented place per article: "right" type, "wrong" type, or "miss" (no prediction)."""
    gold, pred = _place_rows(["miss" if o == "miss" else "hit" for o in outcomes])
    for row, outcome in zip(pred, outcomes, strict=True):
        if outcome == "wrong":
            row["places"][0]["type"] = "kota"
    return gold, pred


def test_attribute_counts_per_article_sum_to_the_totals():
    report = score_facts(GOLD, PRED)
    counts = report.attribute_counts()
    assert counts.shape == (3, len(ATTRIBUTES), 2)
    for i, (kind, attr) in enumerate(ATTRIBUTES):
        assert list(counts[:, i].sum(axis=0)) == report.kinds[kind].attributes[attr], attr


def test_attribute_accuracy_resamples_the_f1_s_draw():
    # a right type and a miss: a resample without the first article has places F1 0 and no
    # matched pair (NaN), one with it has F1 > 0 and type accuracy 1 -- on the same draw
    report = score_facts(*_typed_place_rows(["right", "miss"]))
    f1, accuracy = bootstrap_f1_and_accuracy(report.counts(), report.attribute_counts(), 300, 5)
    assert np.array_equal(f1, bootstrap_f1(report.counts(), 300, seed=5))  # the same articles
    assert accuracy.shape == (300, len(ATTRIBUTES))
    places = list(report.kinds).index("places")
    column = accuracy[:, ATTRIBUTES.index(("places", "type"))]
    assert np.array_equal(np.isnan(column), f1[:, places] == 0.0)
    assert np.all(column[f1[:, places] > 0] == 1.0) and 0 < np.isnan(column).sum() < 300
    with pytest.raises(ValueError, match="articles of list counts"):
        bootstrap_f1_and_accuracy(report.counts(), report.attribute_counts()[:1], 10)


def test_a_resample_without_matched_pairs_is_skipped_for_the_attribute():
    # two articles, one matched pair in the first: a quarter of the resamples draw the second
    # twice and hold no pair, so the type's interval counts only the others
    report = score_facts(*_typed_place_rows(["right", "miss"]))
    intervals = report.bootstrap(400, seed=3)
    kept = intervals[attribute_key("places", "type")]
    assert 250 < kept.resamples < 350 and (kept.low, kept.high) == (1.0, 1.0)
    assert intervals["places"].resamples == 400
    # the scores' attributes have no matched pair anywhere: no interval, None in JSON
    assert attribute_key("scores", "subject") not in intervals
    data = report.to_dict(intervals)
    assert data["scores"]["attribute_intervals"] == {"kind": None, "subject": None, "year": None}
    assert data["places"]["attribute_intervals"]["type"]["resamples"] == kept.resamples


def test_attribute_intervals_in_text_only_with_intervals():
    report = score_facts(*_typed_place_rows(["right", "wrong", "right", "right", "miss"] * 2))
    assert report.kinds["places"].attributes["type"] == [6, 8]
    plain = report.format().splitlines()
    assert plain[2].endswith("attrs: type 0.75")
    intervals = report.bootstrap(500, seed=0)
    typed = intervals[attribute_key("places", "type")]
    assert typed.low < 0.75 < typed.high and typed.resamples == 500
    text = report.format(intervals).splitlines()
    assert text[2].endswith(f"attrs: type 0.75 [{typed.low:.2f}, {typed.high:.2f}]")
    assert text[3].endswith("attrs: kind None, subject None, year None")  # no interval to show
