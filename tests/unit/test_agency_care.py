"""Health facilities named only as where a patient was cared for are venues, no agencies."""

from __future__ import annotations

import pytest

from beritanlp.rules.agencies.care import care_venue, cared_at
from beritanlp.rules.agencies.vocab import CARE_WORDS, ROOM_WORDS


def _at(text: str, name: str = "RSUD") -> bool:
    return cared_at(text, text.index(name), CARE_WORDS, ROOM_WORDS)


@pytest.mark.parametrize(
    "text",
    [
        "Korban dirawat di RSUD Sukamaju.",
        "Pasien kemudian dirujuk ke RSUD Sukamaju.",
        "Ia meninggal dunia pada usia 70 tahun di RSUD Sukamaju.",
        "Jenazah dibawa ke ruang instalasi jenazah RSUD Sukamaju.",
        "Korban di bawa menuju kamar mayat RSUD Sukamaju.",
    ],
)
def test_a_facility_after_care_and_a_preposition_is_where_the_care_was(text: str) -> None:
    assert _at(text)


@pytest.mark.parametrize(
    "text",
    [
        "Direktur RSUD Sukamaju menerima bantuan.",  # a post of the facility
        "Dokter bertugas di RSUD Sukamaju sejak 2010.",  # a workplace, no care word
        "Korban dirawat oleh RSUD Sukamaju.",  # the facility cares: an agent, no place
        "Korban dirawat. Bantuan datang dari RSUD Sukamaju.",  # the care word is another sentence's
        "Korban dirawat sejak kemarin bersama keluarga besar dan kerabat dekatnya yang datang"
        " dari jauh untuk menemani di RSUD Sukamaju.",  # the care word too far before
    ],
)
def test_other_mentions_are_no_place_of_care(text: str) -> None:
    assert not _at(text)


def test_every_mention_must_be_a_place_of_care() -> None:
    text = "Korban dirawat di RSUD Sukamaju. Humas RSUD Sukamaju membenarkan."
    first = text.index("RSUD")
    second = text.index("RSUD", first + 1)
    assert care_venue(text, [(first, first + 13)], CARE_WORDS, ROOM_WORDS)
    assert not care_venue(text, [(first, first + 13), (second, second + 13)], CARE_WORDS,
                          ROOM_WORDS)
    assert not care_venue(text, [], CARE_WORDS, ROOM_WORDS)
