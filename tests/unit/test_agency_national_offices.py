"""A bare national name merged into its one local office: when, and when not (records.py)."""

from __future__ import annotations

import pytest

from beritanlp.lexicons.agencies import load_agency_kb
from beritanlp.lexicons.regions import default_gazetteer
from beritanlp.rules.agencies import AgencyIndex, RegionNames, extract_agencies, find_acronym_hits

KB = load_agency_kb()
INDEX = AgencyIndex(KB)
REGIONS = RegionNames(default_gazetteer())


def _ids(text: str) -> dict[str, int]:
    hits = find_acronym_hits(text, KB, INDEX)
    _, records = extract_agencies(text, hits, KB, regions=REGIONS, index=INDEX)
    return {r["id"]: len(r["mentions"]) for r in records}


def test_a_commission_without_offices_is_never_merged() -> None:
    # KPPU: a name after the short form read as a place is no office of the commission
    assert _ids("Ketua KPPU Kota Tual mengatakan KPPU memeriksa importir.") == {
        "kppu:tual": 1, "kppu": 1}
    # the election commissions have offices in each region
    assert _ids("Ketua KPU Kota Tual mengatakan KPU menyiapkan logistik.") == {"kpu:tual": 2}


def test_the_bare_name_in_the_title_line_only_is_the_office() -> None:
    body = "Kepala BNN Kota Tual Andi Lesmana memimpin razia."
    assert _ids("Razia BNN di Pelabuhan\n\n" + body) == {"bnn:tual": 2}
    # with no line break the first words are the body: the bare name comes first
    assert _ids("Razia BNN di pelabuhan. " + body) == {"bnn": 1, "bnn:tual": 1}
    # a first line of 300 characters or more is no title
    assert _ids("BNN " + "kata " * 60 + "\n\n" + body) == {"bnn": 1, "bnn:tual": 1}


def test_the_place_in_the_first_bare_mention_s_sentence_is_enough() -> None:
    assert _ids("BNN menggerebek rumah di Kota Tual. Kepala BNN Kota Tual hadir.") == {
        "bnn:tual": 2}
    # a country-wide word in another sentence does not count
    assert _ids("Kepala BNN Kota Tual hadir. BNN menyita sabu. Angka nasional naik.") == {
        "bnn:tual": 2}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # invented: an article about one office (its place named first, then bare mentions)
        ("Petugas BNN Kabupaten Blora menggerebek sebuah rumah. BNN menyita 20 gram sabu.",
         {"bnn:blora": 2}),
        # the headline's bare name is the office; the body names the office first
        ("Tanggapan BMKG soal Hujan\n\nKepala BMKG Kota Tual Andi Lesmana mengatakan BMKG "
         "memantau cuaca.", {"bmkg:tual": 3}),
        # the office's place named before the bare name
        ("Warga Kabupaten Ciamis menerima bantuan dari Baznas. Ketua Baznas Ciamis Asep "
         "Hidayat hadir.", {"baznas:ciamis": 2}),
        # the bare body spoken of before its office or place: the national body
        ("Kemenag menetapkan awal puasa. Kepala Kemenag Kabupaten Garut Ujang Sobari hadir.",
         {"kemenag": 1, "kemenag:garut": 1}),
        # country-wide words in the bare name's sentence
        ("BPS Jawa Barat merilis data. BPS mencatat inflasi nasional 0,2 persen.",
         {"bps:jawabarat": 1, "bps": 1}),
        ("BPS Jawa Barat merilis data. Menurut BPS pusat, angka itu sementara.",
         {"bps:jawabarat": 1, "bps": 1}),
        ("Bawaslu Jawa Timur menemukan pelanggaran. Bawaslu mengawasi pemilu se-Indonesia.",
         {"bawaslu:jawatimur": 1, "bawaslu": 1}),
        # a commission without offices
        ("Massa berkumpul di gedung KPK Jakarta. Mereka mendukung KPK.",
         {"kpk:dkijakarta": 1, "kpk": 1}),
    ],
)
def test_bare_name_into_its_office_or_not(text: str, expected: dict[str, int]) -> None:
    assert _ids(text) == expected


def test_bare_mentions_far_outnumbering_the_office_stay_the_national_body() -> None:
    three = "BNN Kota Langsa menggelar razia. " + "BNN memeriksa warga. " * 3
    four = "BNN Kota Langsa menggelar razia. " + "BNN memeriksa warga. " * 4
    assert _ids(three) == {"bnn:langsa": 4}  # 3 to 1: the office
    assert _ids(four) == {"bnn:langsa": 1, "bnn": 4}  # 4 to 1: the national body


def test_unit_words_are_keyed_by_the_one_table_of_abbreviations() -> None:
    from beritanlp.rules.agencies.regions import unit_spellings
    from beritanlp.rules.agencies.vocab import UNIT_ABBREVIATIONS

    pairs = dict(UNIT_ABBREVIATIONS)
    assert pairs["Marketing Operation Region"] == "MOR" and pairs["Kantor Wilayah"] == "Kanwil"
    # an office's place is looked for in both spellings of its unit word
    assert unit_spellings("moriii") == {"moriii", "marketingoperationregioniii"}
    assert unit_spellings("divisiregionaliii") == {"divisiregionaliii", "divreiii"}
    assert unit_spellings("sulawesitengah") == {"sulawesitengah"}
    # one key, whichever way the unit word is written
    assert _ids("Perum Bulog Divisi Regional Jawa Timur menyerap gabah.") == _ids(
        "Perum Bulog Divre Jawa Timur menyerap gabah.") == {"bulog:divrejawatimur": 1}
