"""Health facilities named only as where a patient was cared for are venues, no agencies."""

from __future__ import annotations

import re

import pytest

from beritanlp.lexicons.words import word_table
from beritanlp.rules.agencies.care import CareWords, care_places, care_venue, care_words

WORDS = care_words(word_table("care_words"))


def _cared(text: str) -> list[str]:
    """The facilities ("RSUD X", "Puskesmas X") of ``text`` read as places of care."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"(?:RSUD|Puskesmas) [A-Z][a-z]+", text)]
    places = care_places(text, spans, WORDS)
    return [text[s:e] for s, e in spans if s in places]


def test_the_table_has_every_kind() -> None:
    assert "dirawat" in WORDS.care and "dibawa" in WORDS.carry
    assert "korban" in WORDS.patients and "kamar" in WORDS.rooms
    assert "jenazah" in WORDS.patients and "jenazah" in WORDS.rooms
    assert "korban" not in WORDS.care and "membawa" not in WORDS.care


@pytest.mark.parametrize(
    "row", [("dirawat",), ("dirawat", ""), ("dirawat", "care cure")],
)
def test_a_bad_row_is_refused(row: tuple[str, ...]) -> None:
    with pytest.raises(ValueError, match="care_words"):
        care_words([row])


@pytest.mark.parametrize(
    "text",
    [
        "Korban dirawat di RSUD Sukamaju.",
        "Pasien kemudian dirujuk ke RSUD Sukamaju.",
        "Ia meninggal dunia pada usia 70 tahun di RSUD Sukamaju.",
        "Ia meninggal pukul 10.30 di RSUD Sukamaju.",  # a number's stop ends no clause
        "Jenazah dibawa ke ruang instalasi jenazah RSUD Sukamaju.",
        "Korban di bawa menuju kamar mayat RSUD Sukamaju.",
        "Warga membawa korban ke RSUD Sukamaju.",  # carrying a patient
        "Seorang pengendara tewas setelah dilarikan ke RSUD Sukamaju.",
    ],
)
def test_a_facility_after_care_and_a_preposition_is_where_the_care_was(text: str) -> None:
    assert _cared(text) == ["RSUD Sukamaju"]


@pytest.mark.parametrize(
    "text",
    [
        "Direktur RSUD Sukamaju menerima bantuan.",  # a post of the facility
        "Dokter bertugas di RSUD Sukamaju sejak 2010.",  # a workplace, no care word
        "Korban dirawat oleh RSUD Sukamaju.",  # the facility cares: an agent, no place
        "Korban dirawat. Bantuan datang ke RSUD Sukamaju.",  # another sentence's care word
        "Korban dirawat, sedangkan bantuan dikirim ke RSUD Sukamaju.",  # another clause's
        "Korban dirawat sejak kemarin bersama keluarga besar dan kerabat dekatnya yang datang"
        " untuk menemani di RSUD Sukamaju.",  # the care word too far before
        # a facility that gives or receives: no place of care
        "Korban banjir menerima bantuan obat dan tenaga medis dari RSUD Sukamaju.",
        "Bupati Sukamaju membawa bantuan tiga unit ambulans ke RSUD Sukamaju.",
        # patients alone, or a habit of the public, name no care
        "Pasien peserta asuransi mengeluhkan antrean panjang di RSUD Sukamaju.",
        "Wali kota meninjau pasien di RSUD Sukamaju.",
        "Warga berobat ke RSUD Sukamaju setiap pekan.",
        "Korban kecelakaan dirujuk dari RSUD Sukamaju.",  # the facility that refers
    ],
)
def test_other_mentions_are_no_place_of_care(text: str) -> None:
    assert _cared(text) == []


def test_a_list_is_read_alike() -> None:
    cared = "Pasien dirawat di Puskesmas Cisaat 40 orang dan Puskesmas Cibadak 25 orang."
    assert _cared(cared) == ["Puskesmas Cisaat", "Puskesmas Cibadak"]
    spread = "Pasien ISPA tersebar di Puskesmas Cisaat 40 orang dan Puskesmas Cibadak 25 orang."
    assert _cared(spread) == []
    listed = "Korban dirawat di RSUD Cisaat, RSUD Cibadak, dan RSUD Cicurug."
    assert _cared(listed) == ["RSUD Cisaat", "RSUD Cibadak", "RSUD Cicurug"]
    # a capitalised word between two facilities: no list of one reading
    apart = "Korban dirawat di RSUD Cisaat dan Direktur RSUD Cibadak menjenguknya."
    assert _cared(apart) == ["RSUD Cisaat"]


def test_every_mention_must_be_a_place_of_care() -> None:
    text = "Korban dirawat di RSUD Sukamaju. Humas RSUD Sukamaju membenarkan."
    first = text.index("RSUD")
    second = text.index("RSUD", first + 1)
    places = care_places(text, [(first, first + 13), (second, second + 13)], WORDS)
    assert care_venue([(first, first + 13)], places)
    assert not care_venue([(first, first + 13), (second, second + 13)], places)
    assert not care_venue([], places)


def test_no_words_no_care() -> None:
    empty = CareWords(frozenset(), frozenset(), frozenset(), frozenset())
    text = "Korban dirawat di RSUD Sukamaju."
    assert care_places(text, [(text.index("RSUD"), len(text) - 1)], empty) == frozenset()
