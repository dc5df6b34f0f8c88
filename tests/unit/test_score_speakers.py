"""Subjects that run into a speaker's name: regions before a speech verb, officials' names."""

from __future__ import annotations

import pytest

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import MetricIndex, SubjectMention, find_scores
from beritanlp.rules.scores.indicators import region_of
from beritanlp.rules.scores.speakers import without_officials

METRICS = MetricIndex(load_metric_rules())


@pytest.mark.parametrize(("text", "region"), [
    # the speaker's name of two words before the speech verb
    ("Kepala Dinas Kesehatan Kabupaten Sukamaju Budi Santoso mengatakan", "Kabupaten Sukamaju"),
    # a comma before the verb
    ("Kepala Dinas Kabupaten Sukamaju Budi Santoso, menjelaskan", "Kabupaten Sukamaju"),
    # a compass word closes the region, a one-word name follows
    ("Kepala Dinas Kesehatan Kabupaten Lembah Timur Ahmad menyebutkan", "Kabupaten Lembah Timur"),
    # negatives: no speech verb after the region, or a region of one word that speaks
    ("Prevalensi stunting di Kabupaten Sukamaju Barat", "Kabupaten Sukamaju Barat"),
    ("Data dari Kota Arjuna Raya Baru", "Kota Arjuna Raya Baru"),
    ("Kabupaten Sukamaju menyatakan", "Kabupaten Sukamaju"),
])
def test_region_of(text: str, region: str) -> None:
    assert region_of(text, 0, len(text)) == [region]


def test_indicator_subject_without_the_speaker() -> None:
    text = ("Kepala Dinas Kesehatan Kabupaten Sukamaju Budi Santoso mengatakan prevalensi "
            "stunting turun dari 30,1 persen menjadi 27,4 persen pada 2023.")
    agency = "Dinas Kesehatan Kabupaten Sukamaju"
    start = text.find(agency)
    got = find_scores(text, rules=METRICS, date="2024-01-10",
                      subjects=[SubjectMention(agency, start, start + len(agency), "agency")])
    assert [(s.value, s.subject, s.year) for s in got] == [
        (30.1, "Kabupaten Sukamaju", 2022), (27.4, "Kabupaten Sukamaju", 2023)]


def test_fallback_phrase_ends_before_an_official() -> None:
    text = ("Kepala Biro Humas Kementerian Lembah Andi Wijaya menyebutkan prevalensi perokok "
            "anak naik menjadi 9,1 persen pada 2023.")
    plain = find_scores(text, rules=METRICS, date="2024-01-10")
    told = find_scores(text, rules=METRICS, date="2024-01-10", officials=["Andi Wijaya"])
    assert [s.subject for s in plain] == ["Biro Humas Kementerian Lembah Andi Wijaya"]
    assert [s.subject for s in told] == ["Biro Humas Kementerian Lembah"]


def test_without_officials_keeps_what_is_no_name() -> None:
    mentions = [SubjectMention("Dinas Kesehatan Kota Arjuna Budi Santoso", 0, 40, "pattern"),
                SubjectMention("Kota Arjuna Budi Santoso", 50, 74, "pattern"),
                SubjectMention("Kabupaten Lembah Timur", 80, 102, "place"),
                SubjectMention("Dinas Budi Santoso", 110, 128, "pattern")]
    got = without_officials(mentions, ["Budi Santoso", "Timur"])
    assert [(m.text, m.start, m.end) for m in got] == [
        ("Dinas Kesehatan Kota Arjuna", 0, 27), ("Kota Arjuna", 50, 61),
        # a name of one word cuts nothing; a mention left with one word is dropped
        ("Kabupaten Lembah Timur", 80, 102)]
    assert without_officials(mentions, None) == mentions
