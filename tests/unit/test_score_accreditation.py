"""Accreditations are institutions' grades: no place's, no main subject's by fallback."""

from __future__ import annotations

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import MetricIndex, find_scores
from mentions import mentions

METRICS = MetricIndex(load_metric_rules())


def _holders(text: str, agencies: tuple[str, ...], places: tuple[str, ...]) -> list[object]:
    subjects = [*mentions(text, *agencies, kind="agency"), *mentions(text, *places)]
    return [(s.value, s.subject) for s in find_scores(text, rules=METRICS, subjects=subjects)]


def test_accreditation_falls_back_to_no_government() -> None:
    text = ("Pemerintah Kota Sukamaju menggelar pameran pendidikan di Kota Sukamaju. "
            "Sekolah itu sudah terakreditasi A.")
    assert _holders(text, ("Pemerintah Kota Sukamaju",), ("Kota Sukamaju",)) == [("A", None)]


def test_accreditation_falls_back_to_no_agency_of_the_article() -> None:
    text = ("Dinas Pendidikan Kabupaten Lembah membuka pendaftaran siswa baru. Kampus swasta "
            "itu terakreditasi B.")
    assert _holders(text, ("Dinas Pendidikan Kabupaten Lembah",), ()) == [("B", None)]


def test_accreditation_of_a_named_institution_stays_its() -> None:
    text = "Universitas Sukamaju Raya kembali terakreditasi A tahun ini."
    assert _holders(text, ("Universitas Sukamaju Raya",), ()) == [
        ("A", "Universitas Sukamaju Raya")]


def test_other_grades_still_fall_back_to_the_main_subject() -> None:
    text = ("Pemerintah Kabupaten Lembah menerima laporan BPK pekan ini. Opini WTP itu diraih "
            "untuk kelima kalinya.")
    assert _holders(text, ("Pemerintah Kabupaten Lembah",), ()) == [
        ("WTP", "Pemerintah Kabupaten Lembah")]
