"""Time words after a value that date it ("75,31 tahun 2024", "150 hari ini"), no unit of it."""

from __future__ import annotations

import re
from dataclasses import replace

from beritanlp.rules.scores.cues import (
    SCORE_CUE,
)
from beritanlp.text.numbers import NumberMention

_UNIT_YEAR = re.compile(r"[ \t]+[Tt]ahun$")


_YEAR_NEXT = re.compile(r"[ \t]*(?:19|20)\d\d\b")


#: "dari 85,1 tahun lalu": a decimal (or a value left behind) before "tahun lalu" is dated.
_PREVIOUS_NEXT = re.compile(r"[ \t]*(?:lalu|sebelumnya|depan|mendatang|ini)\b")


_LEFT_FROM = re.compile(r"\b(?:dari|dibanding(?:kan)?|daripada|ketimbang)[ \t]+$")


#: "naik menjadi 38 tahun depan": a value reached next year (a count has no such verb).
_REACHED_NEXT = re.compile(r"\b(?:menjadi|mencapai|ke[ \t]+angka)[ \t]+$", re.IGNORECASE)


def time_not_unit(text: str, n: NumberMention) -> NumberMention:
    """"75,31 tahun 2024", "dari 85,1 tahun lalu": "tahun" dates the value, it is no unit of it.

    An integer before "tahun lalu" counts years ("didirikan 45 tahun lalu") unless a
    comparison leaves it behind ("dari 85 tahun lalu"), a verb reaches it ("naik menjadi 38
    tahun depan") or a score word is close before it ("skor SPI minimal 78 tahun depan").
    """
    if n.unit in _DAY_UNITS:
        return _day_not_unit(text, n)
    if n.unit != "tahun" or _DURATION_BEFORE.search(text, max(0, n.start - 30), n.start):
        return n  # "selama 10 tahun ini": a span of years
    if not _YEAR_NEXT.match(text, n.end) and not (
            _PREVIOUS_NEXT.match(text, n.end) and (
                isinstance(n.value, float)
                or _LEFT_FROM.search(text, max(0, n.start - 16), n.start)
                or _REACHED_NEXT.search(text, max(0, n.start - 16), n.start)
                or SCORE_CUE.search(text, max(0, n.start - 25), n.start))):
        return n
    m = _UNIT_YEAR.search(n.text)
    if m is None:
        return n
    return replace(n, text=n.text[:m.start()], end=n.start + m.start(), unit=None)


#: Units of time that a "this/last day" phrase after a value dates instead ("150 hari ini").
_DAY_UNITS = frozenset({"hari", "minggu", "pekan", "bulan"})


_UNIT_DAY = re.compile(r"[ \t]+(?:hari|minggu|pekan|bulan)$", re.IGNORECASE)


_DEICTIC_NEXT = re.compile(r"[ \t]*(?:ini|kemarin|lalu|sebelumnya)\b")


#: A reading verb right before the value: "mencapai 150 hari ini", "berkisar 97 hingga 110".
_READ_BEFORE = re.compile(r"\b(?:menjadi|mencapai|sebesar|berkisar(?:[ \t]+antara)?|kisaran"
                          r"|di[ \t]+angka|pada[ \t]+angka|ke[ \t]+angka|tercatat|menyentuh"
                          r"|menunjukkan)[ \t]+$", re.IGNORECASE)


#: "165 pagi ini", "150 hari ini": the time of a reading after it, no counted noun.
DATED_AFTER = re.compile(r"[ \t]+(?:hari|pagi|siang|sore|malam|minggu|pekan|bulan|tahun)[ \t]+"
                          r"(?:ini|kemarin|lalu|sebelumnya|tadi)\b")


_SCORE_WORD_RIGHT_BEFORE = re.compile(r"\b(?:angka|skor|nilai|indeks|level)[ \t]+$",
                                      re.IGNORECASE)


#: A span of time right before a count: "selama 10 tahun ini", "dalam 3 hari ini".
_DURATION_BEFORE = re.compile(r"\b(?:selama|sepanjang|kurun(?:[ \t]+waktu)?|dalam)[ \t]+$",
                              re.IGNORECASE)


#: Days counted so far: "sudah (mencapai) 5 hari ini", "telah 3 hari ini".
_DAYS_SO_FAR = re.compile(r"\b(?:sudah|telah)(?:[ \t]+\w+)?[ \t]+$", re.IGNORECASE)


#: ... unless an index heads the clause: "ISPU di kota itu telah mencapai 160 hari ini" reads
#: the index ("menurut ISPU sudah mencapai 6 hari ini" counts the days the air was bad).
_INDEX_HEADS = re.compile(
    r"(?<![\w-])(?<!menurut )(?<!berdasarkan )(?<!versi )(?<!oleh )(?<!dari )"
    r"(?:[A-Z]{3,6}|[Ii]ndeks|[Ss]kor|[Nn]ilai|[Aa]ngka|[Ll]evel)(?:-?nya)?(?![\w-])"
    r"[^,.;:!?]{0,40}?[ \t](?:sudah|telah)[ \t]+(?:\w+[ \t]+)?$")


def _days_so_far(text: str, n: NumberMention) -> bool:
    """"sudah (mencapai) 5 hari ini": days running, unless an index heads the clause."""
    return bool(_DAYS_SO_FAR.search(text, max(0, n.start - 30), n.start)
                and not _INDEX_HEADS.search(text, max(0, n.start - 80), n.start))


def _day_not_unit(text: str, n: NumberMention) -> NumberMention:
    """"ISPU mencapai 150 hari ini": "hari ini" dates the reading, "hari" is no unit of it.

    Only after a reading verb or a score word ("sebanyak 150 hari ini" counts days), and not
    after a word of duration ("sudah mencapai 5 hari ini": five days running).
    """
    if not _DEICTIC_NEXT.match(text, n.end) or _DURATION_BEFORE.search(
            text, max(0, n.start - 30), n.start) or _days_so_far(text, n) or not (
            _READ_BEFORE.search(text, max(0, n.start - 25), n.start)
            or _SCORE_WORD_RIGHT_BEFORE.search(text, max(0, n.start - 12), n.start)):
        return n
    m = _UNIT_DAY.search(n.text)
    if m is None:
        return n
    return replace(n, text=n.text[:m.start()], end=n.start + m.start(), unit=None)
