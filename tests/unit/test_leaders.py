"""Leaders a rank is said to follow (rules.scores.leaders)."""

from __future__ import annotations

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
    return {(s.value, s.subject) for s in find_scores(f"Berita\n\n{text}", rules=METRICS,
                                                      subjects=found) if s.kind == "rank"}


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
