"""Agencies core: a body named many times looks the phrase after it up once, not per mention.

The test counts gazetteer lookups on a long run of one short form ("KPK KPK ..."): every
mention asks what follows it (:func:`~beritanlp.rules.agencies.regions.office_after`), and
before the answers were kept per phrase each mention looked the same words up again.
"""

from __future__ import annotations

from typing import Any

import pytest

from beritanlp.lexicons.agencies import AgencyKB, load_agency_kb
from beritanlp.lexicons.regions import Gazetteer, default_gazetteer
from beritanlp.rules.agencies import AgencyIndex, RegionNames, extract_agencies, find_acronym_hits
from timing import growth


class CountingGazetteer:
    """A gazetteer that counts its lookups (every other attribute is the real one's)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.real = gazetteer
        self.lookups = 0

    def lookup(self, name: str, type_: str | None = None) -> Any:
        self.lookups += 1
        return self.real.lookup(name, type_)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


@pytest.fixture(scope="module")
def kb() -> AgencyKB:
    return load_agency_kb()


@pytest.mark.parametrize("short", ["KPK", "BPJS"])
def test_a_run_of_one_short_form_looks_its_phrase_up_once(kb: AgencyKB, short: str) -> None:
    mentions = 2000
    text = "Judul berita hari ini\n\nSidang dibuka . " + " ".join([short] * mentions) + " ."
    hits = find_acronym_hits(text, kb, AgencyIndex(kb))
    assert len(hits) == mentions
    gazetteer = CountingGazetteer(default_gazetteer())
    regions = RegionNames(gazetteer)  # type: ignore[arg-type]
    _, records = extract_agencies(text, hits, kb, regions=regions)
    assert len(records) == 1 and len(records[0]["mentions"]) == mentions
    # one phrase after every mention but the last: a few lookups in all (was two per mention)
    assert gazetteer.lookups < 50


def test_the_phrase_after_a_body_is_still_read_per_mention(kb: AgencyKB) -> None:
    text = "Pegawai BPS Kota Bekasi dan BPS Kabupaten Garut bertemu dengan BPS Jepang kemarin."
    hits = find_acronym_hits(text, kb, AgencyIndex(kb))
    _, records = extract_agencies(text, hits, kb, regions=RegionNames(default_gazetteer()))
    assert [r["name"] for r in records] == ["BPS Kota Bekasi", "BPS Kabupaten Garut", "BPS"]


def test_many_deputy_titles_take_linear_time(kb: AgencyKB) -> None:
    # Each "Deputi" name used to scan every knowledge-base mention of the text for one in or
    # after it: 12,000 repeats took 6.9 s; one bisect per name takes about 0.4 s. Timed against
    # a quarter of the text in the same process (a loaded machine slows both alike).
    regions = RegionNames(default_gazetteer())

    def run(repeats: int) -> None:
        text = "Judul berita\n\n" + " ".join(
            "Deputi Pembinaan Atlet Muda hadir bersama KPK." for _ in range(repeats)
        )
        hits = find_acronym_hits(text, kb, AgencyIndex(kb))
        _, records = extract_agencies(text, hits, kb, regions=regions)
        assert [(r["name"], len(r["mentions"])) for r in records] == [("KPK", repeats)]

    small, large = growth(run, 3_000, 12_000)
    # four times the text: about four times the time when linear, sixteen when quadratic
    assert large < 8 * small + 0.05, (small, large)


@pytest.mark.parametrize(("text", "names"), [
    ("KPK hadir. Deputi Pembinaan Atlet Muda datang.", ["KPK"]),  # the body is before it
    ("Deputi Bidang Penindakan KPK datang.", ["KPK"]),  # the body in its name
    ("Deputi Pembinaan Atlet Muda datang. Lalu KPK hadir.", ["KPK"]),
    ("Kedeputian Bidang Penindakan KPK datang.", ["Kedeputian Bidang Penindakan KPK", "KPK"]),
])
def test_a_deputy_is_a_post_and_the_kedeputian_a_unit(
    kb: AgencyKB, text: str, names: list[str]
) -> None:
    hits = find_acronym_hits(text, kb, AgencyIndex(kb))
    _, records = extract_agencies(text, hits, kb, regions=RegionNames(default_gazetteer()))
    assert [r["name"] for r in records] == names


def test_region_keys_are_kept_by_the_region_names() -> None:
    from beritanlp.rules.agencies import region_key

    regions = RegionNames(default_gazetteer())
    assert regions.key("Kab. Bogor") == regions.key("Kabupaten Bogor") == "bogor"
    assert regions.key("Jatim") == region_key("Jatim") == "jawatimur"
    assert regions.key("DKI Jakarta") == "dkijakarta"
    assert regions.key.cache_info().hits == 0
    regions.key("Jatim")
    assert regions.key.cache_info().hits == 1  # asked again: the kept answer
    assert RegionNames(default_gazetteer()).key.cache_info().currsize == 0  # one per instance


@pytest.mark.parametrize(("text", "found"), [
    ("Aparat TNI-Polri berjaga.", [("TNI", "tni"), ("Polri", "polri")]),
    ("Gedung DPR-RI sepi.", [("DPR-RI", "dpr")]),  # the body's fuller short form "DPR RI"
    ("Komisi DPR-MPR-RI bersidang.", [("DPR", "dpr"), ("MPR-RI", "mpr")]),
    ("Anggota KOMPI-KPK datang.", []),  # an unknown part: not a pair of bodies
    ("Struktur KPK-nya berubah.", []),
    ("Satgas Covid-19 bekerja.", []),
    # a garbled quote glued before the word (CLICK-ID's mojibake): the segmentation's symbol
    ("Kata dia,\u201aÄúTNI-Polri siap berjaga.\u201aÄù", [("TNI", "tni"), ("Polri", "polri")]),
])
def test_short_forms_joined_by_hyphens_are_each_found(
    kb: AgencyKB, text: str, found: list[tuple[str, str]]
) -> None:
    hits = find_acronym_hits(text, kb, AgencyIndex(kb))
    assert [(text[h.start:h.end], h.ids[0]) for h in hits] == found
