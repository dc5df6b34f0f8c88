"""The category an award or a tier is given in names no holder; its listed names do."""

from __future__ import annotations

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import MetricIndex, find_scores
from mentions import mentions

METRICS = MetricIndex(load_metric_rules())


def _facts(text: str, agencies: tuple[str, ...] = (), places: tuple[str, ...] = ()
           ) -> list[tuple[object, str | None]]:
    subjects = [*mentions(text, *agencies, kind="agency"), *mentions(text, *places)]
    got = find_scores(text, rules=METRICS, date="2023-08-01", subjects=subjects)
    return [(s.value, s.subject) for s in got]


def test_tier_category_after_kategori_is_no_holder() -> None:
    text = "Tahun ini Kabupaten Lembah ikut diganjar APN 2023 pada kategori Gold Pemkab Besar."
    got = _facts(text, agencies=("Pemkab Besar",), places=("Kabupaten Lembah",))
    assert got == [("Gold", "Kabupaten Lembah")]


def test_category_after_tingkat_is_no_holder() -> None:
    # without the "tingkat" guard the category, the nearer name, takes the rank
    text = ("Predikat terbaik II Arsip Award 2023 Tingkat Badan Pusat Nonkementerian jatuh ke "
            "Biro Arsip Sembada.")
    got = _facts(text, agencies=("Biro Arsip Sembada", "Badan Pusat Nonkementerian"))
    assert got == [("II", "Biro Arsip Sembada")]


def test_category_then_list_gives_each_listed_holder_the_tier() -> None:
    text = "Di ajang APN 2023, Kategori Silver Kota Sedang, yakni Kota Arjuna dan Kota Sembada."
    got = _facts(text, agencies=("Kota Sedang",), places=("Kota Arjuna", "Kota Sembada"))
    assert got == [("Silver", "Kota Arjuna"), ("Silver", "Kota Sembada")]


def test_agency_right_after_a_letter_grade_still_holds_it() -> None:
    # only a tier (Platinum, Gold ...) is followed by its category; a code grade is not
    text = "Tahun 2022 BPK memberi opini WTP Pemerintah Kota Arjuna atas laporan keuangannya."
    got = _facts(text, agencies=("BPK", "Pemerintah Kota Arjuna"))
    assert got == [("WTP", "Pemerintah Kota Arjuna")]


def test_scope_of_a_contest_names_no_holder() -> None:
    # "tingkat Kabupaten Lembah" is where the contest was held, not who placed second
    text = "Juara II Lomba Desa Wisata tingkat Kabupaten Lembah tahun 2023 adalah Desa Arjuna."
    got = _facts(text, places=("Desa Arjuna", "Kabupaten Lembah"))
    assert got == [("II", "Desa Arjuna")]


def test_scope_of_an_index_value_is_kept() -> None:
    # outside awards and grades, the name after "tingkat" is the value's holder
    text = "IPM tingkat Provinsi Lembah mencapai 72,5 pada 2023."
    got = _facts(text, places=("Provinsi Lembah",))
    assert got == [(72.5, "Provinsi Lembah")]


def test_only_a_tier_is_followed_by_a_category_and_its_list() -> None:
    # a letter grade's trailing capitalised words are no category: what follows lists nobody
    for text in ("Pada 2023 Pemkot Lembah meraih predikat AA SAKIP Sangat Memuaskan, yakni "
                 "Tertinggi Se-Provinsi Lembah.",
                 "Pemkot Lembah meraih predikat AA SAKIP Kementerian PANRB, yakni Nilai Tertinggi "
                 "Se-Provinsi pada 2023."):
        assert _facts(text, agencies=("Pemkot Lembah",)) == [("AA", "Pemkot Lembah")]
