"""Names a relational or an attendance word makes no holder of a score.

"Klub milik X finis ketiga" (the owner), "klub yang dibela X" (a player), "kota pimpinan X"
(the leader), "Dalam lomba yang dihadiri Camat X, Desa Y meraih juara pertama" (a guest).
Invented sentences; the mentions are placed as the scores component passes them.
"""

from __future__ import annotations

import pytest

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import MetricIndex, SubjectMention, find_scores
from beritanlp.rules.scores.relations import (
    named_related,
    related_before,
    related_head,
    related_name,
    without_attendees,
)
from mentions import mentions

METRICS = MetricIndex(load_metric_rules())
#: A sentence naming the event and its teams, before each placing.
_OPEN = "Kejuaraan Futsal Antarpelajar 2019 diikuti 12 tim. "


def _subjects(text: str, mentioned: list[SubjectMention] | None = None,
              officials: list[str] | None = None) -> list[tuple[object, str | None]]:
    """(value, subject) of each score found with the given mentions."""
    return [(s.value, s.subject) for s in find_scores(
        text, rules=METRICS, subjects=mentioned or [], officials=officials)]


# --- (a) a name after a relational word inside the holder's noun phrase ---------------------

@pytest.mark.parametrize("text", [
    _OPEN + "Klub milik Darmawan Susilo finis di urutan ketiga.",
    _OPEN + "Anak asuh Darmawan Susilo finis di urutan ketiga.",
    _OPEN + "Skuad besutan Darmawan Susilo finis di posisi ketiga.",
    _OPEN + "Klub kepunyaan Darmawan Susilo finis ketiga.",
])
def test_owner_or_coach_after_a_common_noun_finishes_nothing(text: str) -> None:
    assert _subjects(text) == [(3, None)]


def test_named_team_before_its_coach_holds_the_placing() -> None:
    text = (_OPEN + "Tim Rajawali Muda besutan Darmawan Susilo "
            "finis di peringkat kedua.")
    assert _subjects(text) == [(2, "Tim Rajawali Muda")]


@pytest.mark.parametrize("verb", ["dibela", "dilatih", "diasuh", "diperkuat", "dimiliki oleh",
                                  "kini dibela"])
def test_player_or_coach_in_a_relative_clause_holds_no_standing(verb: str) -> None:
    text = (f"Liga Pelajar 2019 memasuki pekan terakhir. Klub yang {verb} Hendra Wijaya kini "
            "berada di posisi keenam klasemen Liga Pelajar.")
    assert [s for _, s in _subjects(text)] == [None]


@pytest.mark.parametrize(("text", "holder"), [
    ("Kabupaten Sindangsari yang dipimpin Bupati Rahmat Hidayat meraih peringkat kedua "
     "Lomba Inovasi Daerah 2019.", "Kabupaten Sindangsari"),
    ("Kota Lembayung pimpinan Wali Kota Bima Santosa meraih juara pertama Lomba Kota Sehat "
     "2019.", "Kota Lembayung"),
    ("Desa Cikaret yang didampingi Camat Yusuf Maulana meraih juara pertama Lomba Desa 2019.",
     "Desa Cikaret"),
])
def test_region_before_its_leader_holds_the_rank(text: str, holder: str) -> None:
    mentioned = mentions(text, holder)
    if "Bima" in text:
        mentioned += mentions(text, "Bima")  # a town's name inside the mayor's own name
    assert [s for _, s in _subjects(text, sorted(mentioned, key=lambda m: m.start))] == [holder]


def test_team_after_its_coach_keeps_no_coach() -> None:
    # main's own: the team's coach is never the holder, and no other holder stands in
    text = "Tim asuhan Hendra Wijaya meraih juara pertama Lomba Cerdas Cermat 2019."
    assert [s for _, s in _subjects(text)] == [None]


def test_person_holding_in_own_right_is_kept() -> None:
    # no relational word before the name: the racer holds the placing
    text = _OPEN + "Darmawan Susilo finis di urutan ketiga."
    assert _subjects(text) == [(3, "Darmawan Susilo")]
    text = "Hendra Wijaya meraih peringkat ketiga Liga Pelajar 2019."
    assert _subjects(text) == [(3, "Hendra Wijaya")]


# --- (b) a guest named before a holding clause with its own subject -------------------------

@pytest.mark.parametrize("guest", [
    "yang dihadiri Camat Yusuf Maulana",
    "yang disaksikan Wali Kota Bima Santosa",
    "yang disaksikan langsung oleh Bupati Rahmat Hidayat",
    "yang dibuka oleh Bupati Rahmat Hidayat",
    "yang diresmikan Gubernur Rahmat Hidayat",
    "bersama Camat Yusuf Maulana",
])
def test_guest_before_the_holding_clause_holds_nothing(guest: str) -> None:
    text = (f"Dalam Lomba Kampung Bersih 2019 {guest}, Kelurahan Tanjungsari meraih juara "
            "kedua.")
    got = _subjects(text, mentions(text, "Kelurahan Tanjungsari"))
    assert got == [(2, "Kelurahan Tanjungsari")]


def test_attendance_helpers() -> None:
    text = "Pada lomba yang dihadiri Camat Alfa, Desa Beta meraih juara 1."
    guest, village = mentions(text, "Camat Alfa", "Desa Beta", kind="agency")
    assert without_attendees(text, [guest, village], 0, text.index("1.")) == [village]
    # no subject of its own after the comma: the guest stays for the other rules to judge
    assert without_attendees(text, [guest], 0, text.index("1.")) == [guest]
    text = "Desa Beta yang didampingi Camat Alfa meraih juara 1."
    assert related_name(text, 0, text.index("Alfa"))
    assert not related_name(text, 0, text.index("Desa"))


def test_related_head() -> None:
    text = "Tim Alfa Muda besutan Budi Santoso finis kedua."
    head = related_head(text, 0, text.index("Budi"))
    assert head is not None and (head.text, head.start) == ("Tim Alfa Muda", 0)
    text = "Klub milik Budi Santoso finis kedua."
    assert related_head(text, 0, text.index("Budi")) is None
    text = "Budi Santoso, pelatih tim, finis kedua."
    assert not related_name(text, 0, 0)
    # a guest inside the phrase: the phrase's named head
    text = "Tim Rajawali Muda yang didampingi Bupati Budi Santoso finis kedua."
    head = related_head(text, 0, text.index("Bupati"))
    assert head is not None and head.text == "Tim Rajawali Muda"


# --- (c) "milik" saying who holds a rank, a score or a title: no relation ------------------

@pytest.mark.parametrize(("text", "holder"), [
    ("Tempat kedua Lomba Kampung Tangguh 2021 menjadi milik Desa Sidomulyo.", "Desa Sidomulyo"),
    ("Urutan teratas Indeks Kota Cerdas 2021 kini milik Kota Seruni.", "Kota Seruni"),
    ("Opini WTP tahun 2021 resmi menjadi milik Kabupaten Karangjati.", "Kabupaten Karangjati"),
    ("Gelar juara umum Porda 2021 jatuh menjadi milik Kabupaten Sungai Lima.",
     "Kabupaten Sungai Lima"),
    ("Posisi kedua yang dimiliki Kota Seruling pada Indeks Kota Cerdas 2021 naik.",
     "Kota Seruling"),
    ("Skor tertinggi Indeks Inovasi Daerah 2021 kepunyaan Kota Melati, yakni 60,5.",
     "Kota Melati"),
])
def test_owner_word_after_a_held_thing_names_its_holder(text: str, holder: str) -> None:
    assert not related_name(text, 0, text.index(holder))


@pytest.mark.parametrize(("text", "holder"), [
    ("Klub kepunyaan pengusaha Darmawan Putra finis kedua.", "Darmawan Putra"),
    ("Sekolah milik Yayasan Bina Bangsa meraih juara pertama.", "Yayasan Bina Bangsa"),
    ("Persikota kini menjadi tim milik Yayasan Bina Bangsa.", "Yayasan Bina Bangsa"),
    ("Tim Pelangi Muda besutan Arif Setiawan finis kedua.", "Arif Setiawan"),
])
def test_owner_word_after_a_common_noun_stays_a_relation(text: str, holder: str) -> None:
    assert related_name(text, 0, text.index(holder))


def test_first_then_second_after_milik_keep_their_holders() -> None:
    text = ("Juara pertama Lomba Kampung Bersih 2021 menjadi milik Desa Ambarawa, disusul "
            "Desa Tegalsari.")
    got = _subjects(text, mentions(text, "Desa Ambarawa", "Desa Tegalsari"))
    assert got == [(1, "Desa Ambarawa"), (2, "Desa Tegalsari")]


def test_rank_owned_by_a_region_is_the_regions() -> None:
    text = "Peringkat ketiga Lomba Desa Tangguh 2021 menjadi milik Desa Sidomulyo."
    assert _subjects(text, mentions(text, "Desa Sidomulyo")) == [(3, "Desa Sidomulyo")]


# --- (d) after a related name, no venue after the value and no patron as the fallback ---

def test_no_venue_after_a_related_name() -> None:
    text = ("Tim Pelangi Muda besutan Arif Setiawan meraih juara kedua Piala Pelajar 2021 di "
            "Kota Padang.")
    assert _subjects(text, mentions(text, "Kota Padang")) == [(2, "Tim Pelangi Muda")]
    text = "Skuad asuhan Arif Setiawan meraih juara kedua Piala Pelajar 2021 di Kota Padang."
    assert _subjects(text, mentions(text, "Kota Padang")) == [(2, None)]
    assert related_before(text, 0, text.index("juara")) == []
    assert related_before("Kota Alfa meraih juara kedua.", 0, 17) is None
    # an age group alone after a lower-case "timnas" names no team
    text = ("Selain itu, timnas U-15 asuhan pelatih Arif Setiawan meraih peringkat kedua di "
            "Kota Padang.")
    assert related_before(text, 0, text.index("peringkat")) == []


def test_patron_is_no_fallback_holder() -> None:
    text = "Skuad binaan Dinas Pemuda meraih juara ketiga Kejuaraan Dayung Pelajar 2021."
    assert named_related(text, 0, text.index("juara"), "Dinas Pemuda")
    assert not named_related(text, 0, text.index("juara"), "Kota Alfa")
    assert _subjects(text, mentions(text, "Dinas Pemuda", kind="agency")) == [(3, None)]
