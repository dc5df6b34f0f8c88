from __future__ import annotations

from beritanlp.lexicons.regions import default_gazetteer
from beritanlp.rules.agencies.missions import mission_candidates
from beritanlp.rules.agencies.regions import RegionNames


def test_place_ends_at_its_last_word_whatever_the_spacing() -> None:
    text = "Warga melapor ke KBRI Kuala  Lumpur dan KBRI Kuala Lumpur kemarin."
    found = mission_candidates(text, RegionNames(default_gazetteer()))
    assert [text[c.start : c.end] for c in found] == ["KBRI Kuala  Lumpur", "KBRI Kuala Lumpur"]
    assert {c.key for c in found} == {"mission|kbri|kualalumpur"}
