"""Places that only say where the news was made are not the subjects of scores."""

from __future__ import annotations

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import MetricIndex, SubjectMention, find_scores
from beritanlp.rules.scores.model import Metric
from beritanlp.rules.scores.subjects import group_members, outside_metrics
from mentions import mentions

METRICS = MetricIndex(load_metric_rules())


def test_dateline_place_is_no_subject() -> None:
    text = "Kotabaru - Indeks Kebahagiaan Warga (IKW) Negeri Antah tahun 2019 mencapai 71,2."
    got = find_scores(text, rules=METRICS, subjects=mentions(text, "Kotabaru", "Negeri Antah"))
    assert [(s.value, s.subject) for s in got] == [(71.2, "Negeri Antah")]


def test_venue_address_is_no_subject() -> None:
    text = ("Indeks Kebahagiaan Warga (IKW) tahun 2019 mencapai 71,2, kata Kepala Badan di "
            "kantornya, Pasar Lama, Kotabaru.")
    got = find_scores(text, rules=METRICS, subjects=mentions(text, "Pasar Lama", "Kotabaru"))
    assert [(s.value, s.subject) for s in got] == [(71.2, None)]


def test_place_of_the_score_stays() -> None:
    text = "Indeks Kebahagiaan Warga (IKW) di Kotabaru tahun 2019 mencapai 71,2."
    got = find_scores(text, rules=METRICS, subjects=mentions(text, "Kotabaru"))
    assert [(s.value, s.subject) for s in got] == [(71.2, "Kotabaru")]


def test_each_place_keeps_its_reading_grade() -> None:
    text = ("Kualitas udara di Kotabaru masuk kategori berbahaya. Sementara itu kualitas udara "
            "di Lembah Hijau juga mencapai level berbahaya.")
    got = find_scores(text, rules=METRICS, date="2019-09-15",
                      subjects=mentions(text, "Kotabaru", "Lembah Hijau"))
    assert [(s.value, s.subject) for s in got] == [("berbahaya", "Kotabaru"),
                                                    ("berbahaya", "Lembah Hijau")]


def test_one_place_with_and_without_its_prefix_is_one_subject() -> None:
    text = ("ISPU di Kota Lembah masuk kategori berbahaya. Warga Lembah diminta tetap di rumah "
            "karena ISPU di Lembah masih di level berbahaya.")
    later = text.index("di Lembah") + 3
    places = [*mentions(text, "Kota Lembah"), SubjectMention("Lembah", later, later + 6, "place")]
    got = find_scores(text, rules=METRICS, date="2019-09-15", subjects=places)
    assert [(s.value, s.subject) for s in got] == [("berbahaya", "Kota Lembah")]


def test_subjects_inside_a_metric_name_are_dropped_in_one_pass() -> None:
    subjects = [SubjectMention("Arjuna", 5, 11, "place"), SubjectMention("Lembah", 30, 36, "place"),
                SubjectMention("Bima", 50, 54, "place")]
    metrics = [Metric("Indeks Arjuna Raya", 0, 18, None), Metric("Liga Lembah", 25, 40, None),
               Metric("Liga", 26, 30, None)]
    assert [s.text for s in outside_metrics(subjects, metrics)] == ["Bima"]
    assert outside_metrics(subjects, []) == subjects


def test_grade_word_in_title_case_and_lower_case_is_one_grade() -> None:
    text = ("ISPU di Kota Lembah masuk kategori Berbahaya. Sekolah diliburkan karena ISPU di "
            "Kota Lembah berada di level berbahaya.")
    got = find_scores(text, rules=METRICS, date="2019-09-15",
                      subjects=mentions(text, "Kota Lembah"))
    assert [(s.value.casefold(), s.subject) for s in got] == [("berbahaya", "Kota Lembah")]


def test_air_level_naming_no_place_restates_the_index_level() -> None:
    text = ("ISPU di Kota Lembah masuk kategori berbahaya. Asap membuat kualitas udara makin "
            "menurun hingga ke level berbahaya, kata petugas.")
    got = find_scores(text, rules=METRICS, date="2019-09-15",
                      subjects=mentions(text, "Kota Lembah"))
    assert [(s.metric, s.value) for s in got] == [("ISPU", "berbahaya")]


def test_air_level_of_another_value_stays() -> None:
    text = ("ISPU di Kota Lembah masuk kategori berbahaya. Kemarin kualitas udara masih di level "
            "tidak sehat, kata petugas.")
    got = find_scores(text, rules=METRICS, date="2019-09-15",
                      subjects=mentions(text, "Kota Lembah"))
    assert {s.value for s in got} == {"berbahaya", "tidak sehat"}


def test_group_members_of_a_blank_group_are_none() -> None:
    text = "BPK memberi opini WDP kepada empat lembaga. Keempat lembaga itu adalah A, B, C dan D."
    sent = (0, text.index(".") + 1)
    assert group_members(text, "   ", sent) is None
    assert group_members(text, "", sent) is None
    assert group_members(text, "empat lembaga", sent) is not None
