"""Indicator and survey tables and the pure indicator rules (beritanlp.rules.scores.indicators)."""

from __future__ import annotations

import pytest

from beritanlp.rules.scores.indicators import (
    default_indicator_table,
    find_indicators,
    find_surveys,
    located_at,
    may_hold_indicator_values,
    may_state_indicators,
    parse_indicator_table,
    region_of,
)

TABLE = default_indicator_table()


def test_packaged_tables_parse() -> None:
    acronyms = {s.acronym for s in TABLE.surveys}
    assert {"SSGI", "SKI", "SDKI", "SKAP", "Riskesdas", "Susenas", "Sakernas", "PSG"} <= acronyms
    assert {"prevalensi", "angka", "tingkat", "cakupan"} <= set(TABLE.of_role("head"))
    assert "unmet need" in TABLE.of_role("whole")
    assert not set(TABLE.of_role("topic")) & set(TABLE.of_role("not"))


@pytest.mark.parametrize(("surveys", "words"), [
    ([("X", "Survei X", "poll")], []),
    ([("X", "Survei X")], []),
    ([], [("angka", "head oops")]),
    ([], [("angka",)]),
])
def test_bad_rows_are_refused(surveys: list, words: list) -> None:
    with pytest.raises(ValueError, match="bad"):
        parse_indicator_table(surveys, words)


def test_phrase_is_cut_before_verbs_numbers_and_names() -> None:
    text = "Tingkat buta huruf menunjukkan 3,1 persen, sedangkan angka ini di Kota Lembah naik."
    found = find_indicators(text, TABLE)
    assert [(m.name, m.kind) for m in found] == [("Tingkat buta huruf", "strong")]


def test_weak_phrase_and_defined_acronym() -> None:
    found = find_indicators("Pemakaian alat kontrasepsi modern (PAKM) naik.", TABLE)
    assert [(m.name, m.kind) for m in found] == [("PAKM", "strong")]
    found = find_indicators("Penggunaan layanan daring tinggi.", TABLE)
    assert [(m.name, m.kind) for m in found] == [("Penggunaan layanan daring", "weak")]


def test_not_words_and_survey_complements_give_no_phrase() -> None:
    assert find_indicators("Tingkat inflasi tahunan 2,3 persen.", TABLE) == []
    assert find_indicators("Angka itu setara capaian SDKI 2017.", TABLE) == []


def test_survey_acronym_needs_a_cue() -> None:
    assert [s.name for s in find_surveys("Menurut Riskesdas 2018, banyak.", TABLE)] == [
        "Riskesdas"]
    assert find_surveys("PSG mengalahkan lawannya 3-1 di kandang.", TABLE) == []
    assert [s.kind for s in find_surveys("Data BPS mencatat itu.", TABLE)] == ["source"]


def test_cheap_gate_and_region() -> None:
    assert not may_state_indicators("Bupati meresmikan jembatan baru.", TABLE)
    assert may_state_indicators("Prevalensi anemia tinggi.", TABLE)
    text = "Angka kemiskinan di Kabupaten Lembah Hijau Dan sekitarnya"
    assert region_of(text, 0, len(text)) == ["Kabupaten Lembah Hijau"]
    assert region_of("tanpa wilayah", 0, 13) is None
    text = "Kabupaten Lembah, salah satu Kabupaten/Kota Prioritas Penanganan, mencatat"
    assert region_of(text, 0, len(text)) == ["Kabupaten Lembah"]
    text = "Sebelumnya di Gedung Sate dan kini di Taman Kelapa penurunan kadar PM 2,5"
    assert located_at(text, 0, len(text)) == ["Taman Kelapa"]


def test_a_survey_name_with_a_dotless_i_is_read_without_error() -> None:
    # IGNORECASE alone matches "ı" against "i"; the table is keyed by the ASCII spelling
    assert find_surveys("Menurut Surveı Status Gizi Indonesia 2022, angkanya turun.", TABLE) == []


def test_indicator_values_need_a_decimal_percent_or_rate_shape() -> None:
    assert may_hold_indicator_values("Prevalensi anemia 23,7 persen.")
    assert may_hold_indicator_values("Angka kematian bayi 16 per 1.000 kelahiran.")
    assert not may_hold_indicator_values("Prevalensi anemia tinggi di 12 desa.")


def test_with_indicators_replaces_every_candidate_at_a_start(monkeypatch) -> None:
    """A range gives two candidates at one start; an indicator value there replaces both."""
    from beritanlp.rules.scores import indicators as ind
    from beritanlp.rules.scores.model import Candidate, Metric

    text = "Indeks X dirilis. Kadar debu 20 hingga 30 persen."
    start = text.index("20")
    old = Metric("Indeks X", 0, 8, None)
    sent = (18, len(text))
    ends = [Candidate(old, v, "value", None, "20 hingga 30", start, start + 12, sent)
            for v in (20, 30)]
    new = Candidate(Metric("Kadar debu", 18, 28, None), 20, "value", "persen", "20", start,
                    start + 2, sent)
    monkeypatch.setattr(ind, "indicator_candidates", lambda *a, **k: [new])
    got = ind.with_indicators(text, ends, [], lambda p: sent, ind.default_indicator_table())
    assert got == [new]


def test_may_state_indicators_scans_no_pattern_when_no_cue_word_is_written(monkeypatch) -> None:
    from beritanlp.rules.scores.indicators import IndicatorTable, may_state_indicators

    table = default_indicator_table()
    scanned = []
    real = IndicatorTable.pattern
    monkeypatch.setattr(IndicatorTable, "pattern",
                        lambda self, name: scanned.append(name) or real(self, name))
    quiet = "Warga Desa Sukamaju menanam 40 persen lahan dengan jagung pada musim ini."
    assert not may_state_indicators(quiet, table)
    assert scanned == []  # no head, acronym, survey name or citation word: nothing scanned
    assert may_state_indicators("Prevalensi stunting turun menjadi 21,5 persen.", table)
    assert may_state_indicators("Menurut hasil SSGI, jumlahnya 21,5 persen.", table)
    assert may_state_indicators("Berdasarkan hasil survei lembaga itu, 61 persen setuju.", table)
    assert may_state_indicators("PREVALENSI stunting 21,5 persen.", table)
