"""Places that only say where the news was made are not the subjects of scores."""

from __future__ import annotations

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import MetricIndex, SubjectMention, find_scores

METRICS = MetricIndex(load_metric_rules())


def _places(text: str, *names: str) -> list[SubjectMention]:
    out = []
    for name in names:
        start = text.index(name)
        out.append(SubjectMention(name, start, start + len(name), "place"))
    return out


def test_dateline_place_is_no_subject() -> None:
    text = "Kotabaru - Indeks Kebahagiaan Warga (IKW) Negeri Antah tahun 2019 mencapai 71,2."
    got = find_scores(text, rules=METRICS, subjects=_places(text, "Kotabaru", "Negeri Antah"))
    assert [(s.value, s.subject) for s in got] == [(71.2, "Negeri Antah")]


def test_venue_address_is_no_subject() -> None:
    text = ("Indeks Kebahagiaan Warga (IKW) tahun 2019 mencapai 71,2, kata Kepala Badan di "
            "kantornya, Pasar Lama, Kotabaru.")
    got = find_scores(text, rules=METRICS, subjects=_places(text, "Pasar Lama", "Kotabaru"))
    assert [(s.value, s.subject) for s in got] == [(71.2, None)]


def test_place_of_the_score_stays() -> None:
    text = "Indeks Kebahagiaan Warga (IKW) di Kotabaru tahun 2019 mencapai 71,2."
    got = find_scores(text, rules=METRICS, subjects=_places(text, "Kotabaru"))
    assert [(s.value, s.subject) for s in got] == [(71.2, "Kotabaru")]
