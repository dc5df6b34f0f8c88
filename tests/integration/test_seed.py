"""The reference article end to end: the default pipeline gives exactly its gold facts."""

import json

import pytest

import beritanlp
from beritanlp.facts_eval import score_facts


@pytest.fixture(scope="module")
def seed(shared_data):
    text = (shared_data / "seed" / "spi_pangkalpinang_2024.txt").read_text(encoding="utf-8")
    gold = json.loads((shared_data / "seed" / "spi_pangkalpinang_2024.gold.json")
                      .read_text(encoding="utf-8"))
    return text, gold, beritanlp.analyze(text, id="seed").to_dict()


@pytest.mark.parametrize("kind", ["officials", "agencies", "places", "scores"])
def test_seed_facts_equal_gold(seed, kind):
    _, gold, record = seed
    report = score_facts([{"id": "seed", "gold": gold}], [record])
    k = report.kinds[kind]
    assert (k.tp, k.gold, k.pred) == (len(gold[kind]), len(gold[kind]), len(gold[kind]))
    for attr, (agree, pairs) in k.attributes.items():
        assert agree == pairs, attr


def test_seed_official_has_all_mentions(seed):
    text, _, record = seed
    (official,) = record["officials"]
    assert official["name"] == "Lusje Anneke Tabalujan"
    assert len(official["mentions"]) >= 5
    for start, end in official["mentions"]:
        assert text[start:end].strip()


def test_seed_date_and_topic(seed):
    _, _, record = seed
    assert record["date"] == "2024-05-16"
    assert max(record["topics"], key=record["topics"].get) in {"nasional", "daerah"}
