"""An air level said of a listed group of sites (rules/scores/sitelists.py)."""

from __future__ import annotations

import pytest

from beritanlp.rules.scores.sitelists import listed_sites


def _sites(text: str) -> list[str] | None:
    end = text.index("sehat") + len("sehat")
    return listed_sites(text, end, len(text))


@pytest.mark.parametrize(("text", "expected"), [
    ('kabut mencapai tingkat "tidak sehat" di empat distrik, Alfa, Beta Hulu, Gama dan Delta.',
     ["Alfa", "Beta Hulu", "Gama", "Delta"]),
    ("udara berada di level tidak sehat di 3 lokasi, yakni Kota Alfa, Beta, serta Gama.",
     ["Kota Alfa", "Beta", "Gama"]),
    ("udara berada di level tidak sehat di Kecamatan Alfa dan Kecamatan Beta, Senin.",
     ["Kecamatan Alfa", "Kecamatan Beta"]),
])
def test_listed_sites(text: str, expected: list[str]) -> None:
    assert _sites(text) == expected


@pytest.mark.parametrize("text", [
    "udara berada di level tidak sehat di Kota Alfa, Senin (16/9).",  # one site: no list
    "udara tidak sehat di Kota Alfa dan Pemerintah Kota Alfa meliburkan sekolah.",  # a clause
    "udara tidak sehat sejak pagi di Kota Alfa dan Kota Beta.",  # not right after the level
    "udara tidak sehat di tiga distrik yang berbatasan dengan Alfa dan Beta.",  # no listed names
])
def test_no_listed_sites(text: str) -> None:
    assert _sites(text) is None
