"""Air readings given "masing-masing" to coordinated places, and a list that ends in none."""

from __future__ import annotations

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import MetricIndex, find_scores
from mentions import mentions

METRICS = MetricIndex(load_metric_rules())
PLACES = ("Kota Arum", "Tanjung Pelita", "Lembah Hijau")


def _readings(text: str) -> list[tuple[object, str | None]]:
    subjects = mentions(text, *PLACES)
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
