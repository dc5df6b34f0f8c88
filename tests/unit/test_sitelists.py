"""An air level said of a listed group of sites (rules/scores/sitelists.py)."""

from __future__ import annotations

import re

import pytest

from beritanlp.rules.scores.model import SubjectMention
from beritanlp.rules.scores.sitelists import listed_sites

#: Capitalised names a test text's place mentions may be (each listed as a mention).
_PLACE = re.compile(r"(?:Kota|Kecamatan|Desa)[ \t]+[A-Z]\w+")


def _sites(text: str, *extra: str) -> list[str] | None:
    end = text.index("sehat") + len("sehat")
    places = [SubjectMention(m.group(), m.start(), m.end(), "place")
              for m in _PLACE.finditer(text)]
    for name in extra:
        start = text.index(name)
        places.append(SubjectMention(name, start, start + len(name), "place"))
    return listed_sites(text, end, len(text), places)


@pytest.mark.parametrize(("text", "extra", "expected"), [
    ('indeks "tidak sehat" di empat kecamatan, Desa Alfa, Beta Hulu, Desa Gama dan Delta.',
     ("Beta Hulu", "Delta"), ["Desa Alfa", "Beta Hulu", "Desa Gama", "Delta"]),
    ("udara berada di level tidak sehat di 3 lokasi, yakni Kota Alfa, Kota Beta, serta Kota Gama.",
     (), ["Kota Alfa", "Kota Beta", "Kota Gama"]),
    ("udara berada di level tidak sehat di Kecamatan Alfa dan Kecamatan Beta, Senin.",
     (), ["Kecamatan Alfa", "Kecamatan Beta"]),
])
def test_listed_sites(text: str, extra: tuple[str, ...], expected: list[str]) -> None:
    assert _sites(text, *extra) == expected


@pytest.mark.parametrize("text", [
    "udara berada di level tidak sehat di Kota Alfa, Senin (16/9).",  # one site: no list
    "udara tidak sehat di Kota Alfa dan Pemerintah Kota Alfa meliburkan sekolah.",  # a clause
    "udara tidak sehat sejak pagi di Kota Alfa dan Kota Beta.",  # not right after the level
    "udara tidak sehat di tiga distrik yang berbatasan dengan Alfa dan Beta.",  # no listed names
    "udara Kota Alfa berada di level tidak sehat di Sabtu dan Minggu.",  # weekdays
    "udara Kota Alfa tidak sehat di dua stasiun, Senin dan Selasa.",  # weekdays, counted
    "udara Kota Alfa tidak sehat di AirVisual dan IQAir, Senin (16/9).",  # data sources
    "udara tidak sehat di Kota Alfa, Sumatera Hulu dan Kota Beta.",  # a town's province?
    "udara tidak sehat di tiga kecamatan, Kota Alfa dan Kota Beta.",  # count does not match
])
def test_no_listed_sites(text: str) -> None:
    assert _sites(text, *(["Sumatera Hulu"] if "Hulu" in text else [])) is None


def test_a_month_is_no_site_even_as_a_mention() -> None:
    text = "udara tidak sehat di Kota Alfa dan Maret."
    assert _sites(text, "Maret") is None
