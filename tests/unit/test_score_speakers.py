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


def _mention(text: str, words: str, kind: str = "pattern", label: str | None = None,
             ) -> SubjectMention:
    start = text.index(words)
    return SubjectMention(label or words, start, start + len(words), kind)


def test_without_officials_keeps_what_is_no_name() -> None:
    text = ("Dinas Kesehatan Kota Arjuna Budi Santoso; Kota Arjuna Budi Santoso; "
            "Kabupaten Lembah Timur; Dinas Budi Santoso.")
    mentions = [_mention(text, "Dinas Kesehatan Kota Arjuna Budi Santoso"),
                _mention(text, "Kota Arjuna Budi Santoso"),
                _mention(text, "Kabupaten Lembah Timur", "place"),
                _mention(text, "Dinas Budi Santoso")]
    got = without_officials(text, mentions, ["Budi Santoso", "Timur"])
    assert [(m.text, text[m.start:m.end]) for m in got] == [
        ("Dinas Kesehatan Kota Arjuna",) * 2, ("Kota Arjuna",) * 2,
        # a name of one word cuts nothing; a mention left with one word is dropped
        ("Kabupaten Lembah Timur",) * 2]
    assert without_officials(text, mentions, None) == mentions


@pytest.mark.parametrize("words", [
    # the officials component took an unknown city's name into the person's name
    "DPRD Kota Wiraguna Siti Aminah",
    "Dinas Kependudukan Kota Wiraguna Siti Aminah",
    "Kantor Desa Wiraguna Siti Aminah",
])
def test_no_cut_that_ends_in_an_administrative_word(words: str) -> None:
    """Negative: "DPRD Kota" is no subject; the mention stays whole."""
    text = f"Ketua {words} mengatakan indeks kepuasan masyarakat mencapai 82,5."
    mentions = [_mention(text, words)]
    assert without_officials(text, mentions, ["Wiraguna Siti Aminah"]) == mentions


@pytest.mark.parametrize("region", _REGIONS)
def test_real_long_regions_keep_their_words(region: str) -> None:
    """A cut before the name keeps a region of three or four words whole; no name, no cut."""
    agency = f"Dinas Kesehatan {region}"
    text = f"Kepala {agency} Budi Santoso mengatakan, sementara {agency} mencatat 82,5."
    named = _mention(text, f"{agency} Budi Santoso")
    plain = SubjectMention(agency, text.rindex(agency), text.rindex(agency) + len(agency))
    got = without_officials(text, [named, plain], ["Budi Santoso"])
    assert [(m.text, text[m.start:m.end]) for m in got] == [(agency, agency), (agency, agency)]


def test_cut_on_the_written_words_not_the_fullest_name() -> None:
    """An agency labelled with its fullest name: the end is counted on the words written."""
    text = "Kepala Dinkes Kota Arjuna Budi Santoso mengatakan cakupan imunisasi 92,4 persen."
    fullest = "Dinas Kesehatan Kota Arjuna"
    got = without_officials(
        text, [_mention(text, "Dinkes Kota Arjuna Budi Santoso", "agency", fullest)],
        ["Budi Santoso"])
    assert [(m.text, text[m.start:m.end]) for m in got] == [(fullest, "Dinkes Kota Arjuna")]
    # the label running into the name too is cut the same way
    got = without_officials(
        text, [_mention(text, "Dinkes Kota Arjuna Budi Santoso", "agency",
                        f"{fullest} Budi Santoso")], ["Budi Santoso"])
    assert [(m.text, text[m.start:m.end]) for m in got] == [(fullest, "Dinkes Kota Arjuna")]
