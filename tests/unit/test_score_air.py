"""Air readings given "masing-masing" to coordinated places, and a list that ends in none."""

from __future__ import annotations

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import MetricIndex, SubjectMention, find_scores
from mentions import mentions

METRICS = MetricIndex(load_metric_rules())
PLACES = ("Kota Arum", "Tanjung Pelita", "Lembah Hijau")


def _named(text: str) -> list[SubjectMention]:
    """The places of :data:`PLACES` that ``text`` names, as subject mentions."""
    return mentions(text, *(n for n in PLACES if n in text))


def _readings(text: str) -> list[tuple[object, str | None]]:
    subjects = _named(text)
    return [(s.value, s.subject) for s in find_scores(text, rules=METRICS, subjects=subjects)
            if s.kind == "value"]


def test_respective_readings_go_one_to_each_place() -> None:
    text = ("Indeks AQI di Kota Arum mencapai 184. Sementara di Tanjung Pelita dan Lembah Hijau "
            "indeksnya lebih tinggi, yakni masing-masing 1.204, 97 dan 312.")
    assert (184, "Kota Arum") in _readings(text)
    text = ("Indeks AQI di Kota Arum mencapai 184. Sementara di Tanjung Pelita dan Lembah Hijau "
            "indeksnya lebih tinggi, yakni masing-masing 296 dan 312.")
    assert _readings(text) == [(184, "Kota Arum"), (296, "Tanjung Pelita"),
                               (312, "Lembah Hijau")]


def test_a_long_list_of_numbers_with_no_dan_ends_at_once() -> None:
    # 40 comma-joined numbers and no closing "dan N": the old pattern backtracked exponentially
    # here (20 numbers took 0.3 s, each 2 more tripled it); now the list is simply no reading
    ones = ",".join(["1"] * 40)
    text = ("Indeks AQI di Kota Arum mencapai 184. Sementara di Tanjung Pelita dan Lembah Hijau "
            f"indeksnya lebih tinggi, yakni masing-masing {ones} tanpa penutup.")
    assert _readings(text) == [(184, "Kota Arum")]
    pairs = ", ".join(["12,5"] * 40)
    assert _readings(text.replace(ones, pairs + " ,")) == [(184, "Kota Arum")]


def test_a_long_run_of_names_before_the_values_is_read_only_near_them() -> None:
    names = ", ".join(f"Kampung Baru Nomor {chr(65 + i % 26)}{i}" for i in range(1500))
    text = (f"Indeks AQI di Kota Arum mencapai 184. Sementara di {names}, Tanjung Pelita dan "
            "Lembah Hijau indeksnya lebih tinggi, yakni masing-masing 296 dan 312.")
    assert _readings(text)[0] == (184, "Kota Arum")


def _levels(text: str) -> list[tuple[str, object, str | None]]:
    subjects = _named(text)
    return [(s.metric, s.value, s.subject)
            for s in find_scores(text, rules=METRICS, subjects=subjects) if s.kind == "grade"]


def test_a_level_right_after_the_air_measure_is_the_reading_s_level() -> None:
    text = ("Kualitas udara Kota Arum mencapai angka 152 berdasarkan AQI atau indeks kualitas "
            "udara dengan status udara tidak sehat, kata petugas.")
    assert ("AQI", "tidak sehat", "Kota Arum") in _levels(text)


def test_a_band_or_a_level_moved_into_is_a_level() -> None:
    text = "Skor Indeks Standar Polusi atau PSI di Kota Arum turun ke rentang moderat pagi ini."
    assert [(m, v) for m, v, _ in _levels(text)] == [("PSI", "moderat")]
    text = ("Data ISPU di Kota Arum pada pagi hari kembali dalam kategori baik. Siang ini udara "
            "turun ke sedang.")
    assert [v for _, v, _ in _levels(text)] == ["baik", "sedang"]


def test_sedang_before_a_verb_and_a_danger_phrase_are_no_levels() -> None:
    assert _levels("Menurut ISPU, kualitas udara sedang memburuk di Kota Arum.") == []
    assert _levels("Data ISPU menunjukkan kondisi udara sedang dipantau di Kota Arum.") == []
    assert _levels("Asap itu sangat berbahaya bagi warga, merujuk ISPU Kota Arum yang mencapai "
                   "320.") == []
    assert _levels("Harga cabai di Kota Arum turun ke level sedang setelah panen raya.") == []
    # the reporter's gloss of a reading is no level of the index ("sangat berbahaya")
    assert _levels("ISPU di Kota Arum mencapai angka 500 yang artinya sangat berbahaya.") == []


def test_a_day_s_reading_given_as_a_range_has_both_ends() -> None:
    text = "Kualitas udara di Kota Arum tercatat dengan pembacaan indeks polutan 84-96 sore ini."
    assert _readings(text) == [(84, "Kota Arum"), (96, "Kota Arum")]
    # a band of the scale stays none
    assert _readings("Indeks polutan 51-100 berarti udara sedang di Kota Arum.") == []


def test_sedang_after_a_cue_is_a_level_whatever_word_follows() -> None:
    for after in ("menurut data DLH.", "berdasarkan data DLH.", "terutama pada pagi hari.",
                  "menjelang siang dan tidak sehat pada sore hari."):
        text = f"Menurut ISPU, kualitas udara di Kota Arum tergolong sedang {after}"
        assert ("ISPU", "sedang", "Kota Arum") in _levels(text), after


def test_a_level_of_a_class_of_places_goes_to_the_listed_names_only() -> None:
    text = ("Menurut data Dinas Lingkungan Hidup, Provinsi Lembah memiliki banyak kota dengan "
            "kondisi udara tidak sehat seperti Kota Arum dengan level ISPU 160; Tanjung Pelita "
            "170.")
    subjects = {s for _, v, s in _levels(text) if v == "tidak sehat"}
    assert "Kota Arum" in subjects
    assert not any(s and ("dengan" in s or "Dinas" in s) for s in subjects), subjects
