"""Sub-unit merges of the agency records (rules/agencies/records.py): one target only."""

from __future__ import annotations

import pytest

from beritanlp.rules.agencies.candidates import Candidate
from beritanlp.rules.agencies.records import (
    merge_cut_units,
    merge_portfolio_commissions,
    merge_units,
)
from beritanlp.rules.agencies.vocab import DPR_COMMISSION_PORTFOLIOS


def _cand(text: str, name: str, key: str, nth: int = 0) -> Candidate:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Candidate(start, start + len(name), key, True)


def test_cut_unit_with_a_sub_unit_competitor_keeps_its_key() -> None:
    text = ("Komisi Informasi Pusat bersidang. Komisi Informasi Provinsi Riau juga bersidang. "
            "Kata Komisi Informasi, sidang terbuka.")
    central = _cand(text, "Komisi Informasi Pusat", "kb|ki")
    province = _cand(text, "Komisi Informasi Provinsi Riau", "unit|komisiinformasiriau")
    bare = _cand(text, "Komisi Informasi", "unit|komisiinformasi", nth=2)
    merge_cut_units(text, [central, province, bare])
    assert bare.key == "unit|komisiinformasi"


def test_cut_unit_of_one_known_body_takes_its_key() -> None:
    text = "Komisi Informasi Pusat bersidang. Kata Komisi Informasi, sidang terbuka."
    central = _cand(text, "Komisi Informasi Pusat", "kb|ki")
    bare = _cand(text, "Komisi Informasi", "unit|komisiinformasi", nth=1)
    merge_cut_units(text, [central, bare])
    assert bare.key == "kb|ki"


def test_bare_directorate_beside_two_commands_joins_neither() -> None:
    text = ("Ditreskrimum Polda Jambi bekerja. Ditreskrimum Polda Riau bekerja. "
            "Direktorat Reserse Kriminal Umum menjelaskan.")
    jambi = _cand(text, "Ditreskrimum Polda Jambi", "unit|ditreskrimumpoldajambi")
    riau = _cand(text, "Ditreskrimum Polda Riau", "unit|ditreskrimumpoldariau")
    bare = _cand(text, "Direktorat Reserse Kriminal Umum", "unit|direktoratresersekriminalumum")
    merge_units(text, [jambi, riau, bare], {})
    assert bare.key == "unit|direktoratresersekriminalumum"
    merge_units(text, [jambi, bare], {})
    assert bare.key == "unit|ditreskrimumpoldajambi"


def test_cut_ministry_directorate_is_no_police_unit() -> None:
    text = "Direktorat Lalu Lintas Jalan menulis. Ditlantas Polda Riau menindak."
    police = _cand(text, "Ditlantas Polda Riau", "unit|ditlantaspoldariau")
    cut = _cand(text, "Direktorat Lalu Lintas", "unit|direktoratlalulintas")
    merge_units(text, [police, cut], {})
    assert cut.key == "unit|direktoratlalulintas"


def test_cut_portfolio_name_joins_the_one_dpr_commission() -> None:
    text = "Komisi Hukum DPR memanggil menteri. Anggota Komisi Hukum bertanya soal anggaran."
    body = _cand(text, "Komisi Hukum DPR", "komisi|III|dpr")
    cut = _cand(text, "Komisi Hukum", "unit|komisihukum", nth=1)
    merge_cut_units(text, [body, cut])
    assert cut.key == "komisi|III|dpr"


def test_cut_portfolio_name_beside_a_dpr_and_a_dprd_commission_joins_neither() -> None:
    text = ("Komisi Hukum DPR memanggil menteri. Komisi Hukum DPRD Sukamaju memanggil kepala "
            "dinas. Anggota Komisi Hukum bertanya soal anggaran.")
    national = _cand(text, "Komisi Hukum DPR", "komisi|III|dpr")
    regional = _cand(text, "Komisi Hukum DPRD Sukamaju", "unit|komisihukumdprdsukamaju")
    cut = _cand(text, "Komisi Hukum", "unit|komisihukum", nth=2)
    merge_cut_units(text, [national, regional, cut])
    assert cut.key == "unit|komisihukum"


def test_merged_cut_name_stays_full_only_beside_the_body_written_in_full() -> None:
    text = "Komisi Hukum DPR memanggil menteri. Anggota Komisi Hukum bertanya soal anggaran."
    body = _cand(text, "Komisi Hukum DPR", "komisi|III|dpr")
    cut = _cand(text, "Komisi Hukum", "unit|komisihukum", nth=1)
    merge_cut_units(text, [body, cut])
    assert cut.full
    body = _cand(text, "Komisi Hukum DPR", "komisi|III|dpr")
    body.full = False  # the body written only in a form that is no full name
    cut = _cand(text, "Komisi Hukum", "unit|komisihukum", nth=1)
    merge_cut_units(text, [body, cut])
    assert cut.key == "komisi|III|dpr"
    assert not cut.full


#: Portfolio-name cases: the text, the other commissions in it (name, key, nth mention), the
#: portfolio name and the key it ends with.
_PORTFOLIO_CASES = [
    pytest.param(
        "Rapat di Komisi Agama berakhir. Ketua Komisi VIII Budi Santoso menutup sidang.",
        [("Komisi VIII", "komisi|VIII", 0)], "Komisi Agama", "komisi|VIII",
        id="joins-the-numbered-commission"),
    pytest.param(
        "Anggota Komisi III DPR RI Budi Santoso bertanya. Komisi III sepakat. "
        "Calon itu diuji oleh Komisi Hukum.",
        [("Komisi III DPR RI", "komisi|III|dprri", 0), ("Komisi III", "komisi|III", 1)],
        "Komisi Hukum", "komisi|III|dprri", id="joins-the-house-beside-a-bare-number"),
    pytest.param(
        "Anggota Komisi Hukum bertanya. Ketua Komisi III DPRD Sukamaju menjawab.",
        [("Komisi III DPRD Sukamaju", "komisi|III|dprdsukamaju", 0)], "Komisi Hukum",
        "unit|komisihukum", id="beside-a-regional-commission-stays"),
    pytest.param(
        "Komisi III DPRD Sukamaju memanggil Kapolres. Komisi III sepakat. "
        "Calon itu diuji oleh Komisi Hukum.",
        [("Komisi III DPRD Sukamaju", "komisi|III|dprdsukamaju", 0),
         ("Komisi III", "komisi|III", 1)],
        "Komisi Hukum", "unit|komisihukum",
        id="beside-a-regional-commission-and-its-bare-number-stays"),
]


@pytest.mark.parametrize(("text", "others", "name", "expected"), _PORTFOLIO_CASES)
def test_portfolio_name_and_the_numbered_commissions(
    text: str, others: list[tuple[str, str, int]], name: str, expected: str
) -> None:
    cands = [_cand(text, other, key, nth) for other, key, nth in others]
    portfolio = _cand(text, name, "unit|" + name.replace(" ", "").lower())
    merge_portfolio_commissions(text, [*cands, portfolio], DPR_COMMISSION_PORTFOLIOS)
    assert portfolio.key == expected
    assert portfolio.full == expected.startswith("unit|")  # a joined name is no full name


def test_portfolio_name_beside_two_houses_or_another_number_stays() -> None:
    text = ("Anggota Komisi Hukum bertanya. Komisi III DPR dan Komisi III DPR RI menjawab. "
            "Komisi Agama dan Komisi IX rapat.")
    one = _cand(text, "Komisi III DPR", "komisi|III|dpr")
    two = _cand(text, "Komisi III DPR RI", "komisi|III|dprri")
    law = _cand(text, "Komisi Hukum", "unit|komisihukum")
    other = _cand(text, "Komisi IX", "komisi|IX")
    religion = _cand(text, "Komisi Agama", "unit|komisiagama")
    merge_portfolio_commissions(text, [one, two, law, other, religion],
                                DPR_COMMISSION_PORTFOLIOS)
    assert law.key == "unit|komisihukum"
    assert religion.key == "unit|komisiagama"
