"""Subjects that run into an official's name (rules/scores/speakers.py); regions are not cut."""

from __future__ import annotations

import pytest

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import MetricIndex, SubjectMention, find_scores
from beritanlp.rules.scores.indicators import region_of
from beritanlp.rules.scores.speakers import without_officials

METRICS = MetricIndex(load_metric_rules())


#: Real regions of three and four words, each speaking itself before a speech verb.
_REGIONS = ["Kabupaten Hulu Sungai Tengah", "Provinsi Papua Barat Daya",
            "Kabupaten Ogan Komering Ilir"]


@pytest.mark.parametrize("region", _REGIONS)
@pytest.mark.parametrize("verb", ["menyatakan", "mengatakan", "menyebutkan"])
def test_region_before_a_speech_verb_keeps_its_words(region: str, verb: str) -> None:
    """Negative: a region of three or four words before a speech verb is not cut."""
    text = f"Pemerintah {region} {verb} prevalensi stunting turun menjadi 19,2 persen pada 2023."
    assert region_of(text, 0, len(text)) == [region]
    got = find_scores(text, rules=METRICS, date="2024-01-10", officials=["Budi Santoso"])
    assert [s.subject for s in got] == [region]


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
