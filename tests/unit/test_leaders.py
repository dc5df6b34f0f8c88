"""Leaders a rank is said to follow (rules.scores.leaders)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.mentions import mentions

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import SubjectMention, find_scores
from beritanlp.rules.scores.leaders import leader_names
from beritanlp.rules.scores.metrics import MetricIndex

METRICS = MetricIndex(load_metric_rules())


def _leaders(text: str, rank_word: str, rank: int,
             found: list[SubjectMention] | None = None) -> list[str]:
    end = text.index(rank_word) + len(rank_word)
    heads = METRICS.position_heads()
    return [n.name for n in leader_names(text, end, len(text), rank, found or [], heads)]


def _ranks(text: str, found: list[SubjectMention]) -> set[tuple[object, str | None]]:
    head = "Berita\n\n"  # the mentions' offsets move with the headline
    moved = [replace(m, start=m.start + len(head), end=m.end + len(head)) for m in found]
    return {(s.value, s.subject) for s in find_scores(f"{head}{text}", rules=METRICS,
                                                      subjects=moved) if s.kind == "rank"}


def test_leaders_in_order() -> None:
    text = "Negeri A kini produsen timah terbesar ketiga di dunia setelah Negeri B dan Negeri C."
    assert _leaders(text, "ketiga", 3) == ["Negeri B", "Negeri C"]


def test_leaders_offsets_point_at_names() -> None:
    text = "Kota A berada di urutan ke-3 setelah Kota B, dan Kota C dengan skor tertinggi."
    end = text.index("ke-3") + 4
    for n in leader_names(text, end, len(text), 3):
        assert text[n.start:n.end] == n.name


def test_a_mention_with_dan_is_one_leader() -> None:
    text = ("Dinas Sosial Lembah meraih peringkat ketiga keterbukaan informasi setelah Badan "
            "Riset dan Inovasi Daerah dan Badan Pangan Lembah.")
    found = mentions(text, "Badan Riset dan Inovasi Daerah", "Badan Pangan Lembah",
                     kind="agency")
    assert _leaders(text, "ketiga", 3, found) == ["Badan Riset dan Inovasi Daerah",
                                                   "Badan Pangan Lembah"]
    # one whole name where two are needed: nothing
    one = "Dinas Sosial Lembah meraih peringkat ketiga setelah Badan Riset dan Inovasi Daerah."
    assert _leaders(one, "ketiga", 3, mentions(one, "Badan Riset dan Inovasi Daerah",
                                               kind="agency")) == []


def test_an_agency_mention_beats_a_pattern_running_over_dan() -> None:
    text = ("Kementerian Desa meraih peringkat ketiga setelah Kementerian Perdagangan dan "
            "Kementerian Pemuda dan Olahraga.")
    found = [*mentions(text, "Kementerian Perdagangan", "Kementerian Pemuda dan Olahraga",
                       kind="agency"),
             SubjectMention(text[49:-1], 49, len(text) - 1, "pattern")]
    assert text[49:].startswith("Kementerian Perdagangan dan")
    assert _leaders(text, "ketiga", 3, found) == ["Kementerian Perdagangan",
                                                   "Kementerian Pemuda dan Olahraga"]


@pytest.mark.parametrize(("text", "word", "rank"), [
    ("Negeri A produsen teh terbesar keempat setelah Negeri B dan Negeri C.", "keempat", 4),
    ("Kota A meraih peringkat kedua setelah rapat pleno.", "kedua", 2),
    ("Kota A meraih peringkat kedua setelah Desember lalu.", "kedua", 2),
    ("Kota A meraih peringkat kedua setelah Budi Santoso melantik tim.", "kedua", 2),
    ("Kota A meraih peringkat kedua, setelah Kota B.", "kedua", 2),
    ("Kota A meraih peringkat 12 setelah Kota B.", "12", 12),
    ("Kota A meraih peringkat kedua setelah Hari Pahlawan.", "kedua", 2),
    ("Kota A meraih peringkat kedua setelah HUT Kota A.", "kedua", 2),
    ("Kota A meraih peringkat kedua setelah Waisak.", "kedua", 2),
    ("Kota A meraih peringkat kedua menyusul Keputusan Menteri itu.", "kedua", 2),
    ("Kota A meraih peringkat kedua setelah PSBB di Bali dilonggarkan.", "kedua", 2),
    ("Kota A meraih peringkat kedua setelah Tim Penilai, Ani, mengumumkan.", "kedua", 2),
    ("Kota A meraih peringkat ketiga setelah Bupati Rawa, Ani Lestari, membuka acara.",
     "ketiga", 3),
])
def test_no_leaders(text: str, word: str, rank: int) -> None:
    assert _leaders(text, word, rank) == []


def test_list_closed_by_a_place_and_a_stop() -> None:
    text = "Kota A meraih peringkat kedua setelah Kota B di Sulawesi Barat."
    assert _leaders(text, "kedua", 2) == ["Kota B"]


def test_under_an_agency_is_its_authority() -> None:
    text = "Loka Benih Rawa meraih peringkat kedua penilaian SAKIP di bawah Kementerian Kelautan."
    found = [*mentions(text, "Loka Benih Rawa", "Kementerian Kelautan", kind="agency")]
    assert (1, "Kementerian Kelautan") not in _ranks(text, found)


def test_leaders_are_the_kind_of_the_subject() -> None:
    # a place is led by places: an agency after "setelah" is no leader of it
    text = ("Kabupaten Rawa meraih peringkat kedua penilaian kabupaten sehat setelah Badan "
            "Pangan Lembah.")
    found = [*mentions(text, "Kabupaten Rawa"),
             *mentions(text, "Badan Pangan Lembah", kind="agency")]
    assert (1, "Badan Pangan Lembah") not in _ranks(text, found)
    # and by places it is
    text = ("Kabupaten Rawa meraih peringkat kedua penilaian kabupaten sehat setelah Kabupaten "
            "Bukit.")
    found = mentions(text, "Kabupaten Rawa", "Kabupaten Bukit")
    assert (1, "Kabupaten Bukit") in _ranks(text, found)


def test_a_leader_holding_its_own_rank_is_skipped() -> None:
    text = ("Kota Alfa berada di peringkat kedua Indeks Kota Toleran menyusul Kota Beta yang "
            "berada di peringkat kelima.")
    found = mentions(text, "Kota Alfa", "Kota Beta")
    assert (1, "Kota Beta") not in _ranks(text, found)


def test_no_subject_mention_no_leaders() -> None:
    # a ranked holder that is no agency or place mention is led by no one
    text = "Budi Setiawan meraih juara kedua lomba lari maraton di belakang Andi Pratama."
    assert (1, "Andi Pratama") not in _ranks(text, [])


@pytest.mark.parametrize(("text", "subject", "leader"), [
    # no mention: a disease, a disaster, a meeting, a festival, a person
    ("Desa Wisata Tenjolaya meraih peringkat kedua desa terbersih se-Jawa Barat setelah "
     "Covid-19.", "Desa Wisata Tenjolaya", "Covid-19"),
    ("Kabupaten Cibeureum naik ke peringkat kedua Indeks Risiko Bencana Indonesia menyusul "
     "Tanah Longsor Cigombong.", "Kabupaten Cibeureum", "Tanah Longsor Cigombong"),
    ("Kabupaten Sidomulyo meraih peringkat kedua Indeks Desa Membangun setelah Musyawarah "
     "Nasional Desa.", "Kabupaten Sidomulyo", "Musyawarah Nasional Desa"),
    ("Toko Roti Mentari meraih juara kedua lomba kue tradisional setelah Festival Kuliner "
     "Nusantara.", "Toko Roti Mentari", "Festival Kuliner Nusantara"),
    ("Tim atletik Persatuan Lari Sumbermulyo meraih peringkat kedua Kejurnas di bawah Budi "
     "Harsono sebagai pelatih kepala.", "Persatuan Lari Sumbermulyo", "Budi Harsono"),
    ("Tim voli putri Garuda Muda meraih peringkat kedua Kejuaraan Daerah di bawah Hendra "
     "Gunawan, pelatih asal Bandung.", "Garuda Muda", "Hendra Gunawan"),
    # two names the places do not know as one country: neither is a mention
    ("Negeri Kalinda menjadi pengekspor gas alam terbesar ketiga di dunia setelah Trinidad "
     "dan Tobago.", "Negeri Kalinda", "Trinidad"),
    # "di belakang" as a location
    ("Kota Lembah meraih peringkat kedua kota terfavorit dan berada di belakang Gedung Sate.",
     "Kota Lembah", "Gedung Sate"),
])
def test_no_leader_that_is_no_mention(text: str, subject: str, leader: str) -> None:
    assert (1, leader) not in _ranks(text, mentions(text, subject))


def test_di_belakang_after_a_location_verb_is_no_standing() -> None:
    for verb in ("berada", "terletak", "letaknya", "lokasinya"):
        text = f"Kota Alfa di peringkat kedua kota terfavorit {verb} di belakang Kota Beta."
        assert _leaders(text, "kedua", 2) == []
    text = "Kota Alfa di peringkat kedua kota terfavorit di belakang Kota Beta."
    assert _leaders(text, "kedua", 2) == ["Kota Beta"]


@pytest.mark.parametrize("text", [
    "Kabupaten Lembayung naik ke peringkat kedua lomba desa wisata setelah Kabupaten Rawasari "
    "yang semula di posisi itu didiskualifikasi panitia.",
    "Kabupaten Malinau meraih peringkat kedua Indeks Pembangunan Desa menyusul Kabupaten "
    "Nunukan yang gagal memenuhi syarat.",
])
def test_a_relative_clause_after_the_leaders_reads_none(text: str) -> None:
    assert _leaders(text, "kedua", 2) == []
