"""Names a relational or an attendance word makes no holder of a score.

"Klub milik X finis ketiga" (the owner), "klub yang dibela X" (a player), "kota pimpinan X"
(the leader), "Dalam lomba yang dihadiri Camat X, Desa Y meraih juara pertama" (a guest).
Invented sentences; the mentions are placed as the scores component passes them.
"""

from __future__ import annotations

import pytest

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import MetricIndex, SubjectMention, find_scores
from beritanlp.rules.scores.relations import related_head, related_name, without_attendees
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
    assert related_head(text, 0, text.index("Budi")) == "Tim Alfa Muda"
    text = "Klub milik Budi Santoso finis kedua."
    assert related_head(text, 0, text.index("Budi")) is None
    text = "Budi Santoso, pelatih tim, finis kedua."
    assert not related_name(text, 0, 0)
