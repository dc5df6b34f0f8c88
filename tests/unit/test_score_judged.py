"""Contests and award categories named next to a rank or a tier the metric table does not know."""

from __future__ import annotations

import pytest

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import MetricIndex, find_scores
from timing import growth

METRICS = MetricIndex(load_metric_rules())


def _found(text: str) -> list[tuple[object, ...]]:
    return [(s.metric, s.value, s.kind) for s in find_scores(text, rules=METRICS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised head noun belongs to the name; a scope between rank and contest is skipped
        ("Tim Desa Lembah Asri meraih juara II tingkat nasional dalam Kompetisi Inovasi "
         "Pangan Lokal 2023.", ("Kompetisi Inovasi Pangan Lokal", "II", "rank")),
        # a lower-case head noun is not, and "di ajang" takes the name after it
        ("Kelurahan Sukamekar meraih peringkat kedua di ajang Gelar Kampung Hijau Nusantara.",
         ("Gelar Kampung Hijau Nusantara", 2, "rank")),
        # a name after "dalam" ending in an event word, with an acronym inside it
        ("Regu pelajar itu meraih juara 3 dalam Lembah Drone Racing (LDR) Competition di Bandung.",
         ("Lembah Drone Racing (LDR) Competition", 3, "rank")),
        # a quoted title after a preposition
        ("Lagu itu berada di peringkat pertama dalam ajang \u201cPilihan Pendengar Muda\u201d.",
         ("Pilihan Pendengar Muda", 1, "rank")),
        # an award title opening with "The": no preposition needed
        ("Perusahaan daerah itu meraih Juara 1 The Best Public Water Utility kategori "
         "Kabupaten.", ("The Best Public Water Utility", 1, "rank")),
        # "posisi" places too; a chart is a ranking
        ("Single itu naik ke posisi ke-7 di Lembah Weekly Chart pekan ini.",
         ("Lembah Weekly Chart", 7, "rank")),
        # what the rank was won for, in lower case, after "dalam hal"
        ("Kelompok nelayan itu menyabet juara 1 nasional dalam hal pengolahan ikan asap.",
         ("pengolahan ikan asap", 1, "rank")),
    ],
)
def test_contest_named_after_a_rank(text: str, expected: tuple[object, ...]) -> None:
    assert _found(text) == [expected]


def test_each_rank_of_a_list_takes_the_contest_after_it() -> None:
    text = ("Prestasinya antara lain Juara 1 Lembah Robot Contest Tahun 2020, Juara 3 Bukit "
            "Coding Challenge Tahun 2021, dan Juara 2 Lembah Robot Contest Tahun 2022.")
    assert sorted(_found(text), key=str) == sorted([
        ("Lembah Robot Contest", 1, "rank"),
        ("Bukit Coding Challenge", 3, "rank"),
        ("Lembah Robot Contest", 2, "rank"),
    ], key=str)


@pytest.mark.parametrize(
    "text",
    [
        # a holder named after the rank, not a contest
        "Juara II SDN 4 Sukamekar, juara III SDN 7 Sukamekar.",
        # a place after "di" is where, not what
        "Pemkot Lembah Asri meraih peringkat kedua di Jawa Tengah.",
        # a day after "pada" is when
        "Kabupaten Bukit Raya meraih juara II pada Senin (14/8).",
        # no ordinal: a bare title is no rank
        "Desa itu menjadi juara dalam Lomba Kampung Bersih Kabupaten Lembah.",
        # a quoted name right after a rank is its holder
        "Sedangkan di posisi kedua, \"Langit Jauh\" menyusul dengan raihan 19 juta penonton.",
        # a prize of the scheme, not a result
        "Hadiah bagi juara pertama lomba ini berupa uang pembinaan.",
        # a vote count in an election is no judged contest
        "Pasangan Budi-Sari finis di posisi kedua dalam Pilkada Lembah Raya dengan 31 persen.",
        "Partai Bintang berada di urutan ketiga dalam Pemilu Legislatif 2019 di dapil itu.",
        "Ia hanya menempati peringkat kedua dalam pemilihan Gubernur Bukit Raya.",
        # a record in a history is no contest either
        "Angkatan ini lulusan terbaik pertama dalam Sejarah Kampus Lembah Asri.",
        # a capitalised run after "dalam" without an event word or head noun
        "Tim itu juara 2 dalam Pekan Raya Lembah Asri tahun ini.",
    ],
)
def test_no_contest_rank(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bank Sentosa memperoleh Bronze Award dalam kategori \"Kampanye Sosial Terbaik\" "
         "berdasarkan penilaian juri.", [("Kampanye Sosial Terbaik", "Bronze", "grade")]),
        ("Dinas itu memenangkan Penghargaan Perak dalam kategori \"Siaran Pers\" dan "
         "Penghargaan Perunggu untuk kategori Video Layanan Publik.",
         [("Siaran Pers", "Perak", "grade"), ("Video Layanan Publik", "Perunggu", "grade")]),
    ],
)
def test_tier_given_per_category(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a sports medal is no grade
        "Atlet itu meraih medali emas dalam kategori kumite putra.",
        # a ticket class is no tier of a judged award
        "Tiket kelas Gold dijual Rp750 ribu, kelas Silver Rp550 ribu.",
        # a medal of a martial-arts event, no award named: no grade
        "Pesilat muda itu meraih Emas pada kategori Tanding Putri di kejuaraan daerah.",
        "Regu karate Lembah membawa pulang Perak dalam kategori Kata Beregu.",
    ],
)
def test_no_category_tier(text: str) -> None:
    assert _found(text) == []


def test_tier_of_a_named_award_keeps_the_award() -> None:
    text = "Dinas Kominfo meraih Silver Winner Anugerah Kehumasan Lembah 2024 kategori Video."
    assert _found(text) == [("Anugerah Kehumasan Lembah", "Silver", "grade")]


def test_long_connector_runs_after_a_tier_stay_linear() -> None:
    # a tier's category, thousands of connectors, then a word: quadratic before (~20 s here)
    def run(connectors: int) -> None:
        find_scores("Dinas itu meraih Gold untuk kategori Abc" + " dan" * connectors + " Xyz.",
                    rules=METRICS)

    small, large = growth(run, 5000, 20000)
    # four times the run: about four times the time when linear, sixteen when quadratic
    assert large < 8 * small + 0.05, (small, large)


def test_long_capitalised_runs_after_ranks_stay_fast() -> None:
    def run(words: int) -> None:
        find_scores("Judul\n\n" + ("Juara 1 Lomba " + "Abc dan " * words + ". ") * 10,
                    rules=METRICS)

    small, large = growth(run, 40, 160)
    # runs four times as long: about four times the time when linear, sixteen when quadratic
    assert large < 8 * small + 0.05, (small, large)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pasangan ganda campuran peringkat lima dunia itu melaju ke semifinal.", 5),
        ("Tunggal putri rangking ketiga dunia tersebut tersingkir di babak awal.", 3),
        ("Pemain peringkat 12 dunia itu menang dua gim langsung.", 12),
    ],
)
def test_world_rank_in_words_or_digits(text: str, value: int) -> None:
    assert [(s.value, s.kind) for s in find_scores(text, rules=METRICS)] == [(value, "rank")]


def test_world_rank_of_a_country_output_is_none() -> None:
    text = "Negeri itu menjadi produsen lada peringkat tiga dunia."
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a scope with "di" between the rank and "dalam hal"
        ("Negeri Alfa menduduki peringkat 9 di Eropa dalam hal produksi panel surya.",
         ("produksi panel surya", 9, "rank")),
        # a count of peers between them, and a comma
        ("Provinsi Bukit Raya menempati peringkat ketiga dari 34 provinsi, dalam hal "
         "penyaluran kredit usaha rakyat.", ("penyaluran kredit usaha rakyat", 3, "rank")),
        # an acronym in the metric stays in it
        ("Provinsi Bukit Raya menempati peringkat kedua nasional dalam hal cakupan imunisasi BCG.",
         ("cakupan imunisasi BCG", 2, "rank")),
        # but the metric ends before "di" and the place after it
        ("Kabupaten Sukamekar meraih juara 1 nasional dalam hal pengelolaan sampah di Bukit Raya.",
         ("pengelolaan sampah", 1, "rank")),
        # a capitalised name is no part of the metric: it ends before a place or a brand
        ("Negeri Alfa berada di peringkat 4 di dunia dalam hal produksi lada Afrika Barat.",
         ("produksi lada", 4, "rank")),
        ("Negeri Alfa menduduki peringkat kedua di Asia dalam hal jumlah pelanggan Netflix.",
         ("jumlah pelanggan", 2, "rank")),
        # nor is a word that compares or sources the ranking ("setelah", "versi", "terbanyak")
        ("Negeri Alfa menempati peringkat 3 di dunia dalam hal ekspor teh setelah Negeri Beta.",
         ("ekspor teh", 3, "rank")),
        ("Negeri Alfa berada di peringkat 12 di dunia dalam hal kemudahan investasi versi "
         "lembaga itu.",
         ("kemudahan investasi", 12, "rank")),
        ("Negeri Alfa menduduki peringkat pertama dalam hal pengunduh aplikasi terbanyak di Asia.",
         ("pengunduh aplikasi", 1, "rank")),
    ],
)
def test_ranking_in_respect_of(text: str, expected: tuple[object, ...]) -> None:
    assert _found(text) == [expected]


def test_no_ranking_in_respect_of_without_a_rank() -> None:
    # "dalam hal" with no rank before it: no ranking
    assert _found("Negeri Alfa unggul di Eropa dalam hal produksi panel surya.") == []
