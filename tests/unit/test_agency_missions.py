from __future__ import annotations

from beritanlp.lexicons.regions import default_gazetteer
from beritanlp.rules.agencies.missions import mission_acronym, mission_candidates
from beritanlp.rules.agencies.regions import RegionNames


def test_place_ends_at_its_last_word_whatever_the_spacing() -> None:
    text = "Warga melapor ke KBRI Kuala  Lumpur dan KBRI Kuala Lumpur kemarin."
    found = mission_candidates(text, RegionNames(default_gazetteer()))
    assert [text[c.start : c.end] for c in found] == ["KBRI Kuala  Lumpur", "KBRI Kuala Lumpur"]
    assert {c.key for c in found} == {"mission|kbri|kualalumpur"}


def _spans(text: str) -> list[tuple[str, str]]:
    found = mission_candidates(text, RegionNames(default_gazetteer()))
    return [(text[c.start : c.end], c.key) for c in found]


def test_bracketed_short_form_goes_on_to_the_place() -> None:
    text = "Tim itu dijemput Kedutaan Besar Republik Indonesia (KBRI) di Bangkok kemarin."
    assert ("Kedutaan Besar Republik Indonesia (KBRI) di Bangkok", "mission|kbri|bangkok") \
        in _spans(text)
    text = "Berkas diurus Konsulat Jenderal Republik Indonesia (KJRI) Osaka pekan lalu."
    assert ("Konsulat Jenderal Republik Indonesia (KJRI) Osaka", "mission|kjri|osaka") \
        in _spans(text)


def test_foreign_embassy_takes_its_bracketed_short_form() -> None:
    text = "Massa datang ke Kedutaan Besar Amerika Serikat (Kedubes AS) di Jakarta."
    assert ("Kedutaan Besar Amerika Serikat (Kedubes AS)", "mission|amerikaserikat") \
        in _spans(text)


def test_other_brackets_and_no_place_give_no_mission() -> None:
    assert _spans("Ia melapor ke Kedutaan Besar Republik Indonesia (Selasa) di Tokyo.") == []
    assert _spans("Kedutaan Besar Republik Indonesia (KBRI) mengatakan hal itu.") == []
    assert _spans("Juru bicara Kedutaan Besar (Kedubes) menolak.") == []


def test_mission_acronym_leaves_the_link_out() -> None:
    assert mission_acronym("KBRI di Kuala Lumpur") == "KBRI Kuala Lumpur"
    assert mission_acronym("KBRI untuk Jepang") == "KBRI Jepang"
    assert mission_acronym("KJRI Jeddah") == "KJRI Jeddah"
    assert mission_acronym("Pemprov di Jawa Barat") == "Pemprov di Jawa Barat"  # no mission
