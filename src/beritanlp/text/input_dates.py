"""An article's date given with it (archive metadata) -> ISO ``YYYY-MM-DD``.

A pure module (no spaCy). :func:`parse_input_date` reads the date field of an archive record,
whatever form the archive wrote it in, and returns the calendar date ISO, ``None`` when there is
no date, or raises :class:`ValueError` saying why the value cannot be read. The runner
(:mod:`beritanlp.runner`) turns that reason into a warning of the article's record and lets the
article through without the date. (Dates written *in* the article text are
:mod:`beritanlp.rules.dates`.)

Accepted forms
--------------
* ``datetime.date`` and ``datetime.datetime`` objects (``pandas.Timestamp`` too): their date;
* ISO dates and datetimes: "2019-09-19", "2019-09-19 00:00:00", "2019-09-19T08:00:00+07:00",
  "2019-09-19T01:00:00.000Z"; also "2019/09/19", "2019.09.19" and "20190919";
* a day, a month word and a year: "26 Oktober 2019", "19-Sep-19", "10-Sep-2019",
  "Kamis, 26 Okt. 2019"; a month word, a day and a year: "Sep 20, 2019", "September 20 2019".
  Month words are the Indonesian and English names and abbreviations of the shared month table
  (``lexicons/data/months.txt``), in any case;
* day, month and year as numbers: "15/09/2019", "10/19/2025 17:50", "16-5-2024", "16.5.2024",
  two-digit years too ("16/5/24");
* Unix timestamps: an int or float, or a string of 9-10 digits (seconds) or 12-13 digits
  (milliseconds).

A leading day name ("Kamis, ", "Thursday ") and a trailing time ("17:50", "08.00 WIB",
"10:56 PM", "T08:00:00+07:00") are allowed and ignored.

Rules
-----
* **Day and month as numbers.** When one of the first two numbers is above 12 it is the day
  ("15/09/2019" is 15 September, "10/19/2025" is 19 October). When both are 12 or less and
  differ ("03/04/2019"), the value is **refused** unless the caller says how the archive writes
  dates (``order="dmy"`` or ``"mdy"``): Indonesian archives write day first, exports from
  spreadsheets and US-made tools month first, and one file may hold both (gov_dev does), so a
  guess would be wrong for a whole family of articles without anyone noticing. An order given
  only decides such values; a value only one order can read is read that way.
* **Two-digit years** follow the POSIX rule of ``strptime("%y")``: 69-99 are 1969-1999, 00-68
  are 2000-2068 ("19-Sep-19" is 2019-09-19).
* **Time zones.** The date is the calendar date as written, with no conversion:
  "2019-09-19T23:30:00-05:00" is 2019-09-19 (the writer's date). A timestamp has no written date;
  it is read in Western Indonesian Time (WIB, UTC+07:00), the time of the newsrooms of Jakarta.
* **Range.** Years outside 1900-2099 are refused (placeholders such as "0001-01-01"), and so are
  values that are not a whole date: a month and year ("Oktober 2019"), a year alone ("2019"),
  and strings longer than :data:`MAX_CHARS` characters.
* **Missing.** ``None``, an empty or blank string, NaN and pandas' missing values mean "no date"
  (``None``, not an error).
"""

from __future__ import annotations

import datetime as dt
import math
import numbers
import re

from beritanlp.lexicons.words import tagged_words, word_table
from beritanlp.text.word_start import matched_lower

#: The orders a caller may give for numeric dates whose day and month are both 12 or less.
DATE_ORDERS: tuple[str, ...] = ("dmy", "mdy")
#: The time zone timestamps are read in: Western Indonesian Time (WIB).
WIB = dt.timezone(dt.timedelta(hours=7), "WIB")
FIRST_YEAR, LAST_YEAR = 1900, 2099
#: Longest string read as a date ("Wednesday, 25 September 2019 10:56:00.000000 +07:00" is 50).
MAX_CHARS = 80

#: Every month word of the shared month table (Indonesian, press abbreviations, English).
_MONTHS: dict[str, int] = {row[0]: int(row[1]) for row in word_table("months")}
_DAY_NAMES = (*tagged_words("days", "dates"), "monday", "tuesday", "wednesday", "thursday",
              "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur",
              "thurs", "fri", "sat", "sun")

_MONTH = "(?P<mon>" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + r")\.?"
_DAY_NAME = re.compile(
    r"^(?:" + "|".join(sorted(map(re.escape, _DAY_NAMES), key=len, reverse=True))
    + r")\.?(?:\s*,\s*|\s+)(?=\S)", re.IGNORECASE)
_TIME = re.compile(
    r"(?:[T\s]+|\s*,\s*|\s+(?:pukul|pkl\.?|jam|at)\s+)"
    r"\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?"
    r"\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:WIB|WITA|WIT|UTC|GMT|Z|[+-]\d{2}:?\d{2})?$", re.IGNORECASE)
_YMD = re.compile(r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})")
_COMPACT = re.compile(r"(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})")
_NUMERIC = re.compile(r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})")
_DAY_MONTH_YEAR = re.compile(
    rf"(?P<d>\d{{1,2}})[\s./-]*{_MONTH}(?:\s*[\s,./-]\s*)(?P<y>\d{{4}}|\d{{2}})", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(
    rf"{_MONTH}\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,\s*|\s+)(?P<y>\d{{4}})", re.IGNORECASE)
_TIMESTAMP = re.compile(r"-?(?:\d{9,10}|\d{12,13})(?:\.\d+)?")


def _year(raw: str) -> int:
    """A year as written; two digits by the POSIX ``%y`` rule (69-99: 19xx, 00-68: 20xx)."""
    y = int(raw)
    if len(raw) == 2:
        return y + (1900 if y >= 69 else 2000)
    return y


def _iso(y: int, m: int, d: int) -> str:
    if not FIRST_YEAR <= y <= LAST_YEAR:
        raise ValueError(f"year {y} is outside {FIRST_YEAR}-{LAST_YEAR}")
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        raise ValueError(f"no such day: year {y}, month {m}, day {d}") from None


def _day_month(a: int, b: int, order: str | None) -> tuple[int, int]:
    """(day, month) of the first two numbers of a numeric date (rules in the module docstring)."""
    if a > 12 >= b or a == b:
        return a, b
    if b > 12 >= a:
        return b, a
    if a > 12 and b > 12:
        raise ValueError("neither of the first two numbers can be a month")
    if order == "dmy":
        return a, b
    if order == "mdy":
        return b, a
    raise ValueError(f"day and month are ambiguous ({a} {_month_name(b)} or {b} "
                     f"{_month_name(a)}); give the date order of the archive (dmy or mdy)")


def _month_name(month: int) -> str:
    return dt.date(2000, month, 1).strftime("%B")


def _strip(text: str) -> str:
    """The date part of a string: no brackets, leading day name or trailing time."""
    text = _DAY_NAME.sub("", text.strip().strip("()[]").strip())
    return _TIME.sub("", text.strip("()[] ")).strip("()[] ")


def _from_string(text: str, order: str | None) -> str:
    if len(text) > MAX_CHARS:
        raise ValueError(f"longer than {MAX_CHARS} characters: not a date")
    part = _strip(text)
    if m := _YMD.fullmatch(part):
        return _iso(int(m["y"]), int(m["m"]), int(m["d"]))
    if m := _COMPACT.fullmatch(part):
        return _iso(int(m["y"]), int(m["m"]), int(m["d"]))
    if m := _NUMERIC.fullmatch(part):
        day, month = _day_month(int(m["a"]), int(m["b"]), order)
        return _iso(_year(m["y"]), month, day)
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        if m := pattern.fullmatch(part):
            return _iso(_year(m["y"]), _MONTHS[matched_lower(m["mon"])], int(m["d"]))
    if _TIMESTAMP.fullmatch(part):
        return _from_timestamp(float(part) / (1000 if len(part.lstrip("-").split(".")[0]) > 10
                                              else 1))
    raise ValueError("not a date in a known form (e.g. 2019-09-19, 19 September 2019, "
                     "19/09/2019, Sep 19, 2019)")


def _from_timestamp(seconds: float) -> str:
    if not math.isfinite(seconds):
        raise ValueError("a timestamp must be a finite number")
    try:
        when = dt.datetime.fromtimestamp(seconds, WIB)
    except (OverflowError, OSError, ValueError):
        raise ValueError(f"timestamp {seconds:g} is out of range") from None
    return _iso(when.year, when.month, when.day)


def _missing(value: object) -> bool:
    """None, blank strings, NaN and pandas' missing values (``NA``, ``NaT``)."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, float):
        return math.isnan(value)
    return type(value).__name__ in ("NAType", "NaTType")


def check_date_order(order: str | None) -> str | None:
    """``order`` when it is a known date order (or None).

    Raises
    ------
    ValueError
        For anything but ``None`` and the orders of :data:`DATE_ORDERS`.
    """
    if order is not None and order not in DATE_ORDERS:
        raise ValueError(f"unknown date order {order!r}; use one of {', '.join(DATE_ORDERS)}")
    return order


def parse_input_date(value: object, order: str | None = None) -> str | None:
    """The ISO date (``YYYY-MM-DD``) of an article date given as metadata.

    Parameters
    ----------
    value
        A string in one of the forms of the module docstring, a ``datetime.date`` or
        ``datetime.datetime``, or a Unix timestamp (int or float, read in WIB).
    order
        ``"dmy"`` or ``"mdy"``: how the archive writes numeric dates, deciding those whose day
        and month are both 12 or less ("03/04/2019"). ``None`` refuses them.

    Returns
    -------
    str or None
        The date, or None when ``value`` is missing (None, blank, NaN, pandas NA/NaT).

    Raises
    ------
    ValueError
        When the value is not a date this module can read with certainty; the message says why
        (unknown form, ambiguous day and month, impossible day, year outside 1900-2099, a type
        that is no date), or when ``order`` is not one of :data:`DATE_ORDERS`.
    """
    check_date_order(order)
    if _missing(value):
        return None
    if isinstance(value, dt.date):  # datetime and pandas.Timestamp too
        return _iso(value.year, value.month, value.day)
    if isinstance(value, str):
        return _from_string(value, order)
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        # read as the digits would be written: 20190919 is a date, 1568851200 a timestamp
        written = str(int(value)) if isinstance(value, numbers.Integral) else str(float(value))
        try:
            return _from_string(written, order)
        except ValueError:
            raise ValueError("a number must be a Unix timestamp (9-10 digits of seconds or "
                             "12-13 of milliseconds) or a date written 20190919") from None
    raise ValueError(f"a date must be a string, a date or datetime, or a Unix timestamp, "
                     f"got {type(value).__name__}")


__all__ = ["DATE_ORDERS", "FIRST_YEAR", "LAST_YEAR", "MAX_CHARS", "WIB", "check_date_order",
           "parse_input_date"]
