"""A body's region cut short beside the one longer region of that body is that longer one."""

from __future__ import annotations

import pytest

import beritanlp
from beritanlp.lexicons.regions import default_gazetteer
from beritanlp.rules.agencies.regions import RegionNames

REGIONS = RegionNames(default_gazetteer())


def _ids(text: str) -> list[str]:
    return sorted(a["id"] for a in beritanlp.analyze(text).to_dict()["agencies"])


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        # "Metro" is a city, no province: a regional police command is not named after it
        ("Polda Metro menahan dua orang. Penyidik Polda Metro Jaya memeriksa mereka.",
         ["polda:metrojaya"]),
        ("Pemkab Tapanuli menyebut Pemkab Tapanuli Tengah ikut membantu.",
         ["pemkab:tapanulitengah"]),
        ("Polda Sumatera menyatakan Polda Sumatera Utara siaga.", ["polda:sumaterautara"]),
    ],
)
def test_a_cut_region_is_the_one_longer_region(text: str, ids: list[str]) -> None:
    assert _ids(text) == ids


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        # a region the body is named after stays its own body
        ("Pemkab Bandung dan Pemkab Bandung Barat menandatangani kerja sama.",
         ["pemkab:bandung", "pemkab:bandungbarat"]),
        ("Polsek Pancoran dan Polsek Pancoran Mas berjaga.",
         ["polsek:pancoran", "polsek:pancoranmas"]),
        ("Polres Morowali dan Polres Morowali Utara berjaga.",
         ["polres:morowali", "polres:morowaliutara"]),
        # two longer regions: which one is meant is not known
        ("Polda Jawa menyebut Polda Jawa Barat dan Polda Jawa Timur siaga.",
         ["polda:jawa", "polda:jawabarat", "polda:jawatimur"]),
        # no longer region of the same body
        ("Polda Metro menahan dua orang di Kota Metro.", ["polda:metro"]),
    ],
)
def test_what_is_no_cut_region_stays(text: str, ids: list[str]) -> None:
    assert _ids(text) == ids


@pytest.mark.parametrize(
    ("region", "level", "named"),
    [
        ("metro", "provincial", False), ("metro", "regency", True),
        ("sumaterautara", "provincial", True), ("pancoran", "district", True),
        ("pancoran", "regency", False), ("dki", "provincial", True),
        ("tapanuli", None, False), ("bandung", None, True),
    ],
)
def test_regions_at_a_level(region: str, level: str | None, named: bool) -> None:
    assert REGIONS.at_level(region, level) is named


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        # a number after a city that closes a court's or office's name is a count
        ("Terdakwa divonis PN Bandung 3 tahun penjara.", ["pn:bandung"]),
        ("Terdakwa divonis Pengadilan Negeri Semarang 4 tahun penjara.", ["pn:semarang"]),
        # a number right after the head is the unit's own number
        ("Satuan Tugas 115 menangkap kapal asing.", ["unit:satuantugas115"]),
    ],
)
def test_a_count_after_a_region_is_no_part_of_the_name(text: str, ids: list[str]) -> None:
    assert _ids(text) == ids
