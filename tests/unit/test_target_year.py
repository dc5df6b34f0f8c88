"""A target given against the value reached takes the value's year (years.against_target)."""

from __future__ import annotations

import pytest

from beritanlp.rules.scores.years import against_target


@pytest.mark.parametrize(("value", "between", "target", "expected"), [
    ("mencapai 24,6", "% dari target ", "23,5%", True),
    ("mencapai 78,2", ", melampaui target ", "75", True),
    ("sebesar 61", " poin di bawah target yang ditetapkan sebesar ", "65", True),
    ("mencapai 90", " persen atau melebihi target ", "85 persen", True),
    # negatives: another sentence or clause between, or no target word
    ("mencapai 78,2", ". Pemerintah menargetkan ", "80", False),
    ("mencapai 78,2", " dan tahun depan ditargetkan ", "80", False),
    ("mencapai 78,2", " dari ", "80", False),
])
def test_against_target(value: str, between: str, target: str, expected: bool) -> None:
    text = value + between + target
    assert against_target(text, len(value), len(value) + len(between)) is expected
