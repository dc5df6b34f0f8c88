"""Indonesian date expressions -> ISO values, and the article's own date.

Pure functions (:func:`find_dates`, :func:`article_date`, :func:`dates_of`,
:func:`normalise_date`); the spaCy component is :mod:`beritanlp.components.dates`.

Recognised forms
----------------
* numeric: "Kamis (16/5/2024)", "16/5/2024", "16-05-2024", "16.5.2024", "2024-05-16", two-digit
  years ("16/5/24"); without a year only with a day name, in parentheses or after "tanggal":
  "Kamis (16/10)", "(16/10)", "tanggal 16/10";
* words: "16 Mei 2024", "Kamis, 16 Mei 2024", "16 Mei", "Mei 2024", "bulan Mei"; full month
  names and the press abbreviations (Jan, Feb, Mar, Apr, Jun, Jul, Agu/Agt/Ags, Sep/Sept, Okt,
  Nov/Nop, Des, each optionally with a dot);
* years: "tahun 2023", "TA 2023", and a four-digit year after a word that makes it a year
  ("sejak 2019", "pada 2023", "periode 2019-2023", "hingga 2024" ...). A bare "2023" is left alone;
* relative: "hari ini", "kemarin", "besok", "lusa", "tahun ini", "tahun lalu", "tahun depan"
  only when an anchor date is known (otherwise left alone).

Values are ISO: "2024-05-16", "2024-05" or "2023". A date without a year takes its year from the
anchor (the article date, else the nearest full date in the text), choosing the year that puts it
closest to the anchor; with no anchor at all its value is the ISO 8601 no-year form "--05-16".

The article date (:func:`article_date`) is the first full date written with a day name, the
dateline convention ("Kamis (16/5/2024)"); failing that, the first full date in the first
paragraph of the body; else None.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from beritanlp.lexicons.words import tagged_words, word_table
from beritanlp.text.headline import first_blank_line
from beritanlp.text.word_start import WordStartPattern, matched_lower

#: Month words of the shared month table (``lexicons/data/months.txt``) -> month number.
MONTHS: dict[str, int] = {
    row[0]: int(row[1]) for row in word_table("months") if "dates" in row[-1].split()
}
#: Indonesian full month names: accepted in any case (abbreviations must be capitalised).
_FULL_MONTHS: frozenset[str] = frozenset(row[0] for row in word_table("months") if row[2] == "full")
#: Day names of the shared day table (``lexicons/data/days.txt``).
DAYS: tuple[str, ...] = tagged_words("days", "dates")
_RELATIVE_DAYS: dict[str, int] = {"hari ini": 0, "kemarin": -1, "besok": 1, "lusa": 2}
_RELATIVE_YEARS: dict[str, int] = {"tahun ini": 0, "tahun lalu": -1, "tahun depan": 1}

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_RE = "(?:" + "|".join(re.escape(day) for day in sorted(DAYS, key=len, reverse=True)) + ")"
_DAY_PREFIX = rf"(?:{_DAY_RE}\s*,?\s*)"
_YEAR4 = r"(?:19|20)\d{2}"

# Numeric full dates, optionally with a day name and parentheses: "Kamis (16/5/2024)".
_NUM_FULL = re.compile(
    rf"(?<![\w/.-])(?:{_DAY_PREFIX}(?P<open>\()?)?\(?"
    rf"(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>{_YEAR4}|\d{{2}})"
    r"(?![\w/]|[.,]\d)\)?",
    re.IGNORECASE,
)
_ISO = re.compile(rf"(?<![\w/.-])(?P<y>{_YEAR4})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?![\w/-])")
# Day/month without a year: needs a day name, parentheses or "tanggal".
_NUM_SHORT = re.compile(
    rf"(?<![\w/.-])(?:(?:{_DAY_PREFIX}\(?)|\(|(?:tanggal|tgl\.?)\s+)"
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\w/]|[.,]\d)\)?",
    re.IGNORECASE,
)
_WORD_DATE = re.compile(
    rf"(?<![\w])(?:{_DAY_PREFIX})?(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH_RE})\.?"
    rf"(?:\s+(?P<y>{_YEAR4}))?(?![\w])",
    re.IGNORECASE,
)
_MONTH_YEAR = WordStartPattern(
    rf"(?<![\w])(?:bulan\s+)?(?P<mon>{_MONTH_RE})\.?\s+(?P<y>{_YEAR4})(?![\w])", re.IGNORECASE,
)
_BULAN = WordStartPattern(rf"(?<![\w])bulan\s+(?P<mon>{_MONTH_RE})(?![\w])", re.IGNORECASE)
# Words after which a four-digit number is a count, not a year ("dari 2020 peserta").
_COUNTED = ("orang|peserta|warga|siswa|mahasiswa|pegawai|jiwa|unit|kasus|kali|ekor|buah|"
            "keluarga|rumah|desa|sekolah|ton|kg|km|meter|hektare|ha|rupiah|persen|dolar")
_YEAR_CUE = (r"tahun(?:\s+anggaran)?|thn\.?|TA\.?|sejak|hingga|sampai|pada|periode|awal|akhir|"
             r"pertengahan|medio|selama|per|dari|semester\s+\w+")
_YEAR = WordStartPattern(
    rf"(?<![\w])(?P<cue>{_YEAR_CUE})\s+(?P<y>{_YEAR4})(?:\s*[-–/]\s*(?P<y2>{_YEAR4}))?"
    rf"(?![\w.,]\d|\w|-an\b|\s+(?:{_COUNTED})\b)",
    re.IGNORECASE,
)
# Literal checks before the scans above (each of those patterns tries every position of the
# text; these start with a digit, so the regex engine skips to the digits): a text without a
# match of the check has no match of the pattern, whose every match contains one.
_NUM_FULL_CHECK = re.compile(r"\d[/.-]\d\d?[/.-]\d\d")
_ISO_CHECK = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")
_NUM_SHORT_CHECK = re.compile(r"\d/\d")
_WORD_DATE_CHECK = re.compile(rf"\d\s+(?:{_MONTH_RE})", re.IGNORECASE)
_RELATIVE = WordStartPattern(
    r"(?<![\w])(?P<rel>hari ini|kemarin|besok|lusa|tahun ini|tahun lalu|tahun depan)(?![\w])",
    re.IGNORECASE,
)


@dataclass
class _Found:
    start: int
    end: int
    text: str
    year: int | None
    month: int | None = None
    day: int | None = None
    kind: str = "date"  # date | month | year | relative
    dayname: bool = False
    offset: int = 0  # relative offset (days or years)


def _year(raw: str) -> int:
    y = int(raw)
    return y + 2000 if y < 100 else y


def _valid(y: int | None, m: int, d: int | None) -> bool:
    try:
        dt.date(y or 2000, m, d or 1)
    except ValueError:
        return False
    return True


def _span_text(text: str, a: int, b: int) -> tuple[int, int, str]:
    """Offsets and text of a numeric date match without unbalanced brackets."""
    t = text[a:b].rstrip(" ,")
    if t.endswith(")") and t.count("(") < t.count(")"):
        t = t[:-1]  # "16/5/2024)" -> "16/5/2024"
    if t.startswith("("):
        t, a = t[1:], a + 1  # "(16/5/2024)" -> "16/5/2024"; a day name keeps its "( )"
        if t.endswith(")"):
            t = t[:-1]
    return a, a + len(t), t


def _has_dayname(t: str) -> bool:
    return bool(re.match(_DAY_RE, t, re.I))


def _numeric_full(text: str) -> list[_Found]:
    found: list[_Found] = []
    if _NUM_FULL_CHECK.search(text) is None:
        return found
    for m in _NUM_FULL.finditer(text):
        d, mo, y = int(m["d"]), int(m["m"]), _year(m["y"])
        if m["sep"] == "." and len(m["y"]) == 2:
            continue  # "1.5.24" is more likely a number than a date
        if _valid(y, mo, d):
            a, b, t = _span_text(text, m.start(), m.end())
            found.append(_Found(a, b, t, y, mo, d, dayname=_has_dayname(t)))
    return found


def _iso_dates(text: str) -> list[_Found]:
    found: list[_Found] = []
    if _ISO_CHECK.search(text) is None:
        return found
    for m in _ISO.finditer(text):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if _valid(y, mo, d):
            found.append(_Found(m.start(), m.end(), m.group(), y, mo, d))
    return found


def _numeric_short(text: str) -> list[_Found]:
    found: list[_Found] = []
    if _NUM_SHORT_CHECK.search(text) is None:
        return found
    for m in _NUM_SHORT.finditer(text):
        d, mo = int(m["d"]), int(m["m"])
        if _valid(None, mo, d):
            a, b, t = _span_text(text, m.start(), m.end())
            if t.lower().startswith(("tanggal", "tgl")):
                a, t = a + t.index(m["d"]), t[t.index(m["d"]):]
            found.append(_Found(a, b, t, None, mo, d, dayname=_has_dayname(t)))
    return found


def _word_dates(text: str) -> list[_Found]:
    found: list[_Found] = []
    if _WORD_DATE_CHECK.search(text) is None:
        return found
    for m in _WORD_DATE.finditer(text):
        d, mo = int(m["d"]), MONTHS[matched_lower(m["mon"])]
        if not _month_word_ok(m["mon"]) and not m["y"]:
            continue  # "16 des" is too weak; "16 des 2023" is a date
        wy: int | None = int(m["y"]) if m["y"] else None
        if _valid(wy, mo, d):
            t = m.group()
            found.append(_Found(m.start(), m.end(), t, wy, mo, d, dayname=_has_dayname(t)))
    return found


def _months(text: str) -> list[_Found]:
    found: list[_Found] = []
    for m in _MONTH_YEAR.finditer(text):
        if re.search(r"\d\s+$", text[max(0, m.start() - 4):m.start()]):
            continue  # the tail of a day-month-year that was not a valid date ("30 Februari")
        if _month_word_ok(m["mon"]):
            found.append(_Found(m.start(), m.end(), m.group(), int(m["y"]),
                                MONTHS[matched_lower(m["mon"])], kind="month"))
    for m in _BULAN.finditer(text):
        if _month_word_ok(m["mon"]):
            found.append(_Found(m.start(), m.end(), m.group(), None,
                                MONTHS[matched_lower(m["mon"])], kind="month"))
    return found


def _years(text: str) -> list[_Found]:
    found: list[_Found] = []
    for m in _YEAR.finditer(text):
        cue = m["cue"]
        if cue.lower().startswith("ta") and cue[:2] != "TA" and not cue.lower().startswith("tahun"):
            continue  # "ta" must be the capitalised abbreviation of tahun anggaran
        if cue.lower().startswith("tahun") or cue.upper().startswith("TA"):
            found.append(_Found(m.start(), m.start("y") + 4, text[m.start():m.start("y") + 4],
                                int(m["y"]), kind="year"))
        else:
            found.append(_Found(m.start("y"), m.start("y") + 4, m["y"], int(m["y"]), kind="year"))
        if m["y2"]:
            found.append(_Found(m.start("y2"), m.end("y2"), m["y2"], int(m["y2"]), kind="year"))
    return found


def _relatives(text: str) -> list[_Found]:
    found: list[_Found] = []
    for m in _RELATIVE.finditer(text):
        rel = matched_lower(m["rel"])
        kind = "relative-year" if rel.startswith("tahun") else "relative"
        offset = _RELATIVE_YEARS.get(rel, _RELATIVE_DAYS.get(rel, 0))
        found.append(_Found(m.start(), m.end(), m.group(), None, kind=kind, offset=offset))
    return found


#: The candidate finders, in the order their candidates are listed (ties keep this order).
_FINDERS: tuple[Callable[[str], list[_Found]], ...] = (
    _numeric_full, _iso_dates, _numeric_short, _word_dates, _months, _years, _relatives,
)


def _candidates(text: str) -> list[_Found]:
    return [found for finder in _FINDERS for found in finder(text)]


def _month_word_ok(word: str) -> bool:
    """Month abbreviations must be capitalised ("Des", not "des"); full names may be any case."""
    return matched_lower(word) in _FULL_MONTHS or word[:1].isupper()


def _select(found: list[_Found]) -> list[_Found]:
    """Drop overlapping candidates: longest first, then earliest."""
    chosen: list[_Found] = []
    # Chosen spans never overlap, so sorted by start their ends are sorted too: only the last
    # one starting before ``f.end`` can overlap ``f`` (longer spans come first, so every chosen
    # span is non-empty while non-empty candidates are placed).
    starts: list[int] = []
    ends: list[int] = []
    for f in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        if f.end <= f.start:  # degenerate: compare with every chosen span
            free = all(f.end <= c.start or f.start >= c.end for c in chosen)
        else:
            i = bisect_left(starts, f.end) - 1
            free = i < 0 or ends[i] <= f.start
        if free:
            chosen.append(f)
            if f.end > f.start:
                j = bisect_left(starts, f.start)
                starts.insert(j, f.start)
                ends.insert(j, f.end)
    return sorted(chosen, key=lambda f: f.start)


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _closest_year(m: int, d: int | None, anchor: dt.date) -> int:
    best = anchor.year
    best_gap: int | None = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if not _valid(y, m, d):
            continue
        gap = abs((dt.date(y, m, d or 15) - anchor).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def _parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _first_paragraph_end(text: str) -> int:
    """End of the first body paragraph (after the headline and its blank line)."""
    blank = first_blank_line(text)
    start = blank.end() if blank else 0
    nxt = text.find("\n", start)
    return len(text) if nxt < 0 else nxt


def article_date(text: str) -> str | None:
    """Return the article's own date as stated in the text (ISO ``YYYY-MM-DD``) or None.

    Parameters
    ----------
    text
        Headline, blank line, body.

    Returns
    -------
    str or None
        The first full date written with a day name ("Kamis (16/5/2024)"), else the first full
        date in the first body paragraph, else None.
    """
    return _stated_date(text, _select(_candidates(text)))


def _stated_date(text: str, found: list[_Found]) -> str | None:
    """:func:`article_date` over the selected candidates of ``text``."""
    full = [f for f in found if f.kind == "date" and f.year]
    for f in full:
        if f.dayname:
            return _iso(f.year or 0, f.month, f.day)
    limit = _first_paragraph_end(text)
    for f in full:
        if f.start < limit:
            return _iso(f.year or 0, f.month, f.day)
    return None


def find_dates(text: str, anchor: str | None = None) -> list[dict[str, Any]]:
    """Find date expressions and normalise them to ISO values.

    Parameters
    ----------
    text
        Raw text (not lowercased or normalised).
    anchor
        ISO date that resolves year-less and relative dates (usually the article date). When
        None, the nearest full date in the text is used for year-less dates, and relative ones
        ("kemarin") are left out.

    Returns
    -------
    list of dict
        ``{"text", "value", "start", "end"}`` in text order.

    Raises
    ------
    TypeError
        When ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_dates expects str, got {type(text).__name__}")
    return _resolve(_select(_candidates(text)), anchor)


def dates_of(text: str, anchor: str | None = None) -> tuple[str | None, list[dict[str, Any]]]:
    """The article date and every date of ``text``, scanning the text once.

    Parameters
    ----------
    text
        Headline, blank line, body.
    anchor
        A known article date (ISO); when None, the stated one (:func:`article_date`) is used.

    Returns
    -------
    tuple
        (``article_date(text)``, ``find_dates(text, anchor or article_date(text))``).
    """
    if not isinstance(text, str):
        raise TypeError(f"dates_of expects str, got {type(text).__name__}")
    found = _select(_candidates(text))
    stated = _stated_date(text, found)
    return stated, _resolve(found, anchor or stated)


def _resolve(found: list[_Found], anchor: str | None) -> list[dict[str, Any]]:
    """ISO values of the selected candidates (the body of :func:`find_dates`)."""
    anchor_date = _parse_iso(anchor)
    full = [f for f in found if f.kind == "date" and f.year]
    out: list[dict[str, Any]] = []
    for f in found:
        value: str | None
        if f.kind == "relative":
            value = (_iso(*_ymd(anchor_date + dt.timedelta(days=f.offset)))
                     if anchor_date else None)
        elif f.kind == "relative-year":
            value = _iso(anchor_date.year + f.offset) if anchor_date else None
        elif f.year is not None:
            value = _iso(f.year, f.month, f.day)
        else:
            ref = anchor_date
            if ref is None and full:
                near = min(full, key=lambda g: abs(g.start - f.start))
                ref = dt.date(near.year or 2000, near.month or 1, near.day or 1)
            if ref is not None:
                assert f.month is not None
                value = _iso(_closest_year(f.month, f.day, ref), f.month, f.day)
            elif f.day is not None:
                value = f"--{f.month:02d}-{f.day:02d}"
            else:
                value = None
        if value is not None:
            out.append({"text": f.text, "value": value, "start": f.start, "end": f.end})
    return out


def _ymd(d: dt.date) -> tuple[int, int, int]:
    return d.year, d.month, d.day


def normalise_date(expression: str, anchor: str | None = None) -> str | None:
    """Return the ISO value of one date expression ("16 Mei 2024" -> "2024-05-16") or None."""
    found = find_dates(expression, anchor)
    return found[0]["value"] if found else None
