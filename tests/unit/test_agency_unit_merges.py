"""Sub-unit merges of the agency records (rules/agencies/records.py): one target only."""

from __future__ import annotations

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


def test_portfolio_name_joins_the_numbered_commission() -> None:
    text = "Rapat di Komisi Agama berakhir. Ketua Komisi VIII Budi Santoso menutup sidang."
    numbered = _cand(text, "Komisi VIII", "komisi|VIII")
    portfolio = _cand(text, "Komisi Agama", "unit|komisiagama")
    merge_portfolio_commissions(text, [numbered, portfolio], DPR_COMMISSION_PORTFOLIOS)
    assert portfolio.key == "komisi|VIII"
    assert not portfolio.full


def test_portfolio_name_joins_the_house_beside_a_bare_number() -> None:
    text = ("Anggota Komisi III DPR RI Budi Santoso bertanya. Komisi III sepakat. "
            "Calon itu diuji oleh Komisi Hukum.")
    housed = _cand(text, "Komisi III DPR RI", "komisi|III|dprri")
    bare = _cand(text, "Komisi III", "komisi|III", nth=1)
    portfolio = _cand(text, "Komisi Hukum", "unit|komisihukum")
    merge_portfolio_commissions(text, [housed, bare, portfolio], DPR_COMMISSION_PORTFOLIOS)
    assert portfolio.key == "komisi|III|dprri"


def test_portfolio_name_beside_a_regional_commission_stays() -> None:
    text = "Anggota Komisi Hukum bertanya. Ketua Komisi III DPRD Sukamaju menjawab."
    regional = _cand(text, "Komisi III DPRD Sukamaju", "komisi|III|dprdsukamaju")
    portfolio = _cand(text, "Komisi Hukum", "unit|komisihukum")
    merge_portfolio_commissions(text, [regional, portfolio], DPR_COMMISSION_PORTFOLIOS)
    assert portfolio.key == "unit|komisihukum"


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


def test_portfolio_name_beside_a_regional_commission_and_its_bare_number_stays() -> None:
    text = ("Komisi III DPRD Sukamaju memanggil Kapolres. Komisi III sepakat. "
            "Calon itu diuji oleh Komisi Hukum.")
    regional = _cand(text, "Komisi III DPRD Sukamaju", "komisi|III|dprdsukamaju")
    bare = _cand(text, "Komisi III", "komisi|III", nth=1)
    portfolio = _cand(text, "Komisi Hukum", "unit|komisihukum")
    merge_portfolio_commissions(text, [regional, bare, portfolio], DPR_COMMISSION_PORTFOLIOS)
    assert portfolio.key == "unit|komisihukum"
