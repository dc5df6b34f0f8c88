"""Ranking bands: a standing given as a band of positions, written as the ranking does.

Rankings that publish bands ("peringkat 601-800", "di posisi 1001+") and top-N placements
("masuk 200 besar dunia") put a subject in a band, at no single position. The band is recorded
as the text writes it ("601-800", "1001+", "200 besar"), with the metric, subject and year the
rank read from its first number would have had. A band of positions is the ranking's official
rank (kind ``rank``, a string like the Roman "II" of GUIDELINE.md); a top-N placement is only a
bracket the subject is in (kind ``grade``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from beritanlp.rules.scores.model import Candidate
from beritanlp.text.numbers import NumberMention
from beritanlp.text.ordinals import rank_words

#: What turns a rank's number into a band: an upper end ("-800", "– 1.000"), a plus sign, or
#: "besar"/"teratas" ("200 besar"). An upper end that is itself a decimal ("6-2,5") or a count of
#: something ("peringkat 7 - 12 poin di belakang", "- 3 laga") is none.
_BAND_TAIL = re.compile(
    r"(?:[ \t]*[-\u2013][ \t]*(?P<upper>\d{1,3}(?:\.\d{3})+|\d+)"
    r"(?!\d|[.,]\d|[ \t]*(?:%|(?:poin|point|pts|angka|laga|pertandingan|gol|persen|kali)\b))"
    r"|\+(?![\d\w])|[ \t]+(?:besar|teratas)\b)")

#: The first digit of a rank's text ("peringkat 601" -> "601").
_DIGIT = re.compile(r"\d")
#: Number words a top N is written in ("lima besar", "sepuluh besar"; the one table).
TOP_WORDS = frozenset(rank_words(0, cardinals=10))


#: A rank word right before a range: "peringkat 1001-1200", "di posisi 1.201-1.400".
_RANK_WORD_BEFORE = re.compile(r"\b(?:peringkat|ranking|rangking|posisi|urutan)[ \t]+$",
                               re.IGNORECASE)
#: A range's lower end, written with or without thousands dots.
_LOW_END = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+")


def follows_rank_word(text: str, start: int, lo: int = 0) -> bool:
    """Tell whether a rank word ("peringkat", "posisi", ...) ends right before ``start``.

    Only the 16 characters before ``start`` (and none before ``lo``) are read: "peringkat
    1001-1200" starts a band of positions.
    """
    return _RANK_WORD_BEFORE.search(text, max(lo, start - 16), start) is not None


def band_start(text: str, n: NumberMention) -> NumberMention | None:
    """The rank a dashed range of positions after a rank word starts, or ``None``.

    "peringkat 1001-1200", "peringkat 1.201-1.400": bands above a thousand, which the number
    finder reads as one range, start at their lower end (the band grade is then read from the
    text after it, like "peringkat 601-800"). Spans of years ("periode 2018-2019") are none.
    """
    if n.kind != "range" or not isinstance(n.value, int) or not isinstance(n.high, int) \
            or n.high <= n.value or n.unit not in (None, "tahun") \
            or "-" not in n.text.replace("\u2013", "-") \
            or not follows_rank_word(text, n.start):
        return None
    low = _LOW_END.match(n.text)
    if low is None or (1900 <= n.value <= 2100 and n.high <= 2100):
        return None
    return replace(n, text=low.group(), end=n.start + low.end(), high=None, kind="ordinal",
                   cue="peringkat")


def band_value(text: str) -> str:
    """A band as written, with its blanks tidied: "601 - 800" -> "601-800", "200  besar".

    A range in words is written with a dash too: "800 hingga 1000" -> "800-1000".
    """
    text = re.sub(r"[ \t]+(?:hingga|sampai|s/d)[ \t]+", "-", text.strip(), flags=re.IGNORECASE)
    text = re.sub(r"[ \t]*([-\u2013+])[ \t]*", r"\1", text)
    return re.sub(r"[ \t]+", " ", text.replace("\u2013", "-"))


def band_of(text: str, c: Candidate) -> Candidate | None:
    """The band a rank candidate starts, or ``None`` if its number stands alone.

    "peringkat 601-800" -> rank "601-800", "masuk 10 besar" -> grade "10 besar";
    "peringkat 2-1" (a lower upper end, a match result) and
    "peringkat 5" are no band.
    """
    if c.kind != "rank" or isinstance(c.value, bool) or not isinstance(c.value, int):
        return None
    m = _BAND_TAIL.match(text, c.end)
    if m is None:
        return None
    upper = m.group("upper")
    if upper is not None and int(upper.replace(".", "")) <= c.value:
        return None
    digit = _DIGIT.search(text, c.start, c.end)
    if digit is None and upper is None and c.text.casefold() in TOP_WORDS:
        # "masuk sepuluh besar": a top N in words, a bracket as the digits' is
        return replace(c, value=band_value(text[c.start:m.end()]), kind="grade",
                       text=text[c.start:m.end()], end=m.end())
    if digit is None:
        return None  # "kedua besar": a rank word, no band
    value = band_value(text[digit.start():m.end()])
    kind = "rank" if upper is not None or m.group().startswith("+") else "grade"
    return replace(c, value=value, kind=kind, text=text[c.start:m.end()], end=m.end())


#: The next item of a list of bands after a band: ", Ilmu Hayati 501-600", "dan Hukum
#: 1001+" (a capitalised name, then its band, in the same sentence).
_NEXT_BAND = re.compile(
    r"[ \t]*,[ \t]*(?:(?:dan|serta)[ \t]+)?(?P<name>[A-Z][^,;.:()\d]{1,50}?)[ \t]+"
    r"(?P<band>\d{1,4}[ \t]*[-\u2013][ \t]*(?:\d{1,3}(?:\.\d{3})+|\d{1,4})|\d{1,4}\+)"
    r"(?!\d|[.,]\d)")


def listed_bands(text: str, band: Candidate) -> list[Candidate]:
    """The bands a list continues with after ``band``, each of the name before it.

    "Hukum peringkat 301-400, Ilmu Hayati 501-600, dan Farmasi 801+": the field
    rankings of one ranking, with no rank word again.
    """
    out: list[Candidate] = []
    pos = band.end
    while (m := _NEXT_BAND.match(text, pos, band.sentence[1])) is not None:
        if not _ascending(m.group("band")) or _year_span(m.group("band")) \
                or _NOT_FIELD.match(m.group("name")):
            break  # "Tim A 3-1": a score; "periode 2018-2019": years; "Rektor Ani": a person
        out.append(replace(band, value=band_value(m.group("band")), text=m.group("band"),
                           start=m.start("band"), end=m.end("band"),
                           subjects=[m.group("name").strip()]))
        pos = m.end()
    return out


#: What starts no field's name: a function word ("Pada periode", "Sejak") or a person's title
#: ("Rektor Ani", "Prof. Budi").
_NOT_FIELD = re.compile(
    r"(?:pada|di|dalam|sejak|selama|saat|ketika|sementara|namun|sedangkan|adapun|kini|lalu"
    r"|hingga|sampai|untuk|bagi|menurut|tahun|periode|masa|era|rektor|dekan|wakil|ketua"
    r"|kepala|direktur|presiden|menteri|gubernur|bupati|wali|pak|bu|bapak|ibu|prof|dr"
    r"|sang|tim|klub)\b", re.IGNORECASE)


def _year_span(band: str) -> bool:
    """A span of years ("2018-2019", "2020-2024"), no band of positions."""
    if band.endswith("+"):
        return False
    low, high = (int(x.replace(".", "")) for x in re.split(r"[ \t]*[-\u2013][ \t]*", band))
    return 1900 <= low <= 2100 and low < high <= 2100


def _ascending(band: str) -> bool:
    """An open band ("601+") or one whose upper end is above its lower end ("601-800")."""
    if band.endswith("+"):
        return True
    low, high = re.split(r"[ \t]*[-\u2013][ \t]*", band)
    return int(high.replace(".", "")) > int(low)


def with_bands(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates (sorted by start), with ranks that start a band made band grades.

    A number inside a band (its upper end) or inside the list of bands it opens is no score of
    its own.
    """
    out: list[Candidate] = []
    band_end = -1
    for c in candidates:
        if c.start < band_end:
            continue
        band = band_of(text, c)
        if band is not None:
            listed = listed_bands(text, band)
            band_end = listed[-1].end if listed else band.end
            out += [band, *listed]
        else:
            out.append(c)
    return out
