"""An article's date given as metadata: every accepted form, the ambiguity rules, refusals.

The examples are invented archive values in the shapes archives write (ISO datetimes from a
database, Excel's "19-Sep-19", "Sep 20, 2019" from an English CMS, Indonesian month names,
day-first and month-first numeric dates, timestamps).
"""

from __future__ import annotations

import datetime as dt
import math

import pytest

from beritanlp.runner import Fields, check_date_order, prepare, read_date
from beritanlp.text.input_dates import DATE_ORDERS, MAX_CHARS, parse_input_date

ACCEPTED = [
    # ISO dates and datetimes
    ("2021-03-07", "2021-03-07"),
    ("2021-03-07 00:00:00", "2021-03-07"),
    ("2021-03-07 14:05", "2021-03-07"),
    ("2021-03-07T14:05:09", "2021-03-07"),
    ("2021-03-07T14:05:09+07:00", "2021-03-07"),
    ("2021-03-07T23:59:59.250-05:00", "2021-03-07"),  # the date as written: no conversion
    ("2021-03-07T01:00:00.000Z", "2021-03-07"),
    ("2021-03-07 08:00:00 +0700", "2021-03-07"),
    ("2021/3/7", "2021-03-07"),
    ("2021.03.07", "2021-03-07"),
    ("20210307", "2021-03-07"),
    ("  2021-03-07  ", "2021-03-07"),
    # day, month word, year
    ("7 Maret 2021", "2021-03-07"),
    ("07 MARET 2021", "2021-03-07"),
    ("7 maret 2021", "2021-03-07"),
    ("7 Mar 2021", "2021-03-07"),
    ("7 Agt. 2021", "2021-08-07"),
    ("17 Agustus 2021", "2021-08-17"),
    ("1 Nopember 2021", "2021-11-01"),
    ("1 Sept 2021", "2021-09-01"),
    ("24 Desember 2021", "2021-12-24"),
    ("7 March 2021", "2021-03-07"),
    ("24-Dec-21", "2021-12-24"),
    ("05-Oct-20", "2020-10-05"),
    ("5-Okt-2020", "2020-10-05"),
    ("5/Oct/2020", "2020-10-05"),
    ("Minggu, 7 Maret 2021", "2021-03-07"),
    ("Minggu 7 Maret 2021 09.30 WIB", "2021-03-07"),
    ("Jumat, 5 Maret 2021 pukul 19.00 WITA", "2021-03-05"),
    ("Sunday, 7 March 2021 09:30", "2021-03-07"),
    ("(7 Maret 2021)", "2021-03-07"),
    # month word, day, year
    ("Mar 7, 2021", "2021-03-07"),
    (" Mar 7, 2021 ", "2021-03-07"),
    ("March 7 2021", "2021-03-07"),
    ("Dec 24th, 2021", "2021-12-24"),
    ("Sun, Mar 7, 2021 10:56 PM", "2021-03-07"),
    # numbers: one of the first two above 12 decides
    ("24/12/2021", "2021-12-24"),
    ("12/24/2021", "2021-12-24"),
    ("12/24/2021 7:05", "2021-12-24"),
    ("12/24/2021 19:05:00", "2021-12-24"),
    ("24-12-2021", "2021-12-24"),
    ("24.12.2021", "2021-12-24"),
    ("24/12/21", "2021-12-24"),
    ("Jumat, 24/12/2021 10:00 WIB", "2021-12-24"),
    ("Jumat (24/12/2021)", "2021-12-24"),
    ("Jumat (24/12/2021) 10:00 WIB", "2021-12-24"),
    ("5/5/2021", "2021-05-05"),  # day and month equal: nothing to decide
    ("29/02/2024", "2024-02-29"),
    # two-digit years, the POSIX rule
    ("3-Jan-68", "2068-01-03"),
    ("3-Jan-69", "1969-01-03"),
    ("3-Jan-99", "1999-01-03"),
    ("3-Jan-00", "2000-01-03"),
    # timestamps (WIB)
    ("1615100400", "2021-03-07"),       # 2021-03-07 07:00 UTC
    ("1615100400000", "2021-03-07"),    # milliseconds
    (1615100400, "2021-03-07"),
    (1615100400.75, "2021-03-07"),
    (1615100400000, "2021-03-07"),
    (20210307, "2021-03-07"),           # eight digits: a date, not a 1970 timestamp
    # date objects
    (dt.date(2021, 3, 7), "2021-03-07"),
    (dt.datetime(2021, 3, 7, 23, 30), "2021-03-07"),
    (dt.datetime(2021, 3, 7, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))), "2021-03-07"),
]


@pytest.mark.parametrize(("value", "iso"), ACCEPTED)
def test_accepted_forms(value, iso):
    assert parse_input_date(value) == iso


def test_timestamps_are_read_in_wib():
    # 2021-03-06 16:59:59 UTC is 23:59:59 WIB; one second later it is the 7th in Jakarta
    assert parse_input_date(1615049999) == "2021-03-06"
    assert parse_input_date(1615050000) == "2021-03-07"
    assert parse_input_date("1615050000") == "2021-03-07"


@pytest.mark.parametrize("value", [None, "", "   ", "\t\n", math.nan, float("nan")])
def test_missing_values_are_no_date(value):
    assert parse_input_date(value) is None
    assert read_date(value) == (None, ())


@pytest.mark.parametrize(("value", "reason"), [
    ("03/04/2021", "ambiguous (3 April or 4 March)"),
    ("3/4/2021 9:55", "ambiguous"),
    ("11/12/21", "ambiguous"),
    ("Maret 2021", "not a date in a known form"),
    ("2021", "not a date in a known form"),
    ("7 Maret", "not a date in a known form"),
    ("kemarin", "not a date in a known form"),
    ("10:56 PM", "not a date in a known form"),
    ("2021-13-01", "no such day"),
    ("31/04/2021", "no such day"),
    ("29/02/2023", "no such day"),
    ("31 Februari 2021", "no such day"),
    ("24/13/2021", "neither of the first two numbers can be a month"),
    ("0001-01-01", "year 1 is outside 1900-2099"),
    ("1899-12-31", "outside 1900-2099"),
    (dt.date(1, 1, 1), "outside 1900-2099"),
    ("7 Maret 2021" + " " * MAX_CHARS, "longer than"),
    ("1" * 200, "longer than"),
    (2021, "a number must be a Unix timestamp"),
    (123, "a number must be a Unix timestamp"),
    (math.inf, "a number must be a Unix timestamp"),
    (True, "got bool"),
    (["2021-03-07"], "got list"),
    ({"date": "2021-03-07"}, "got dict"),
    (b"2021-03-07", "got bytes"),
])
def test_refused_values_say_why(value, reason):
    with pytest.raises(ValueError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        parse_input_date(value)


@pytest.mark.parametrize(("value", "order", "iso"), [
    ("03/04/2021", "dmy", "2021-04-03"),
    ("03/04/2021", "mdy", "2021-03-04"),
    ("3.4.21", "dmy", "2021-04-03"),
    # an order only decides what both orders can read
    ("12/24/2021", "dmy", "2021-12-24"),
    ("24/12/2021", "mdy", "2021-12-24"),
    # and changes nothing else
    ("2021-03-04", "mdy", "2021-03-04"),
    ("4 Maret 2021", "mdy", "2021-03-04"),
])
def test_a_date_order_decides_ambiguous_numeric_dates(value, order, iso):
    assert parse_input_date(value, order) == iso


@pytest.mark.parametrize("order", ["DMY", "ymd", "day-first", ""])
def test_an_unknown_date_order_is_an_error(order):
    with pytest.raises(ValueError, match="unknown date order"):
        parse_input_date("2021-03-07", order)
    with pytest.raises(ValueError, match="unknown date order"):
        check_date_order(order)
    with pytest.raises(ValueError, match="unknown date order"):
        Fields(date_order=order)


def test_orders_are_those_documented():
    assert DATE_ORDERS == ("dmy", "mdy")


def test_pandas_values():
    pd = pytest.importorskip("pandas")
    assert parse_input_date(pd.Timestamp("2021-03-07 23:00")) == "2021-03-07"
    assert parse_input_date(pd.NaT) is None
    assert parse_input_date(pd.NA) is None


def test_numpy_numbers():
    np = pytest.importorskip("numpy")
    assert parse_input_date(np.int64(1615100400)) == "2021-03-07"
    assert parse_input_date(np.float64(1615100400.0)) == "2021-03-07"
    assert parse_input_date(np.float64("nan")) is None


# -- the runner's reading of a record's date ---------------------------------------------------

def test_read_date_warns_with_the_field_and_the_value():
    assert read_date("2021-03-07", field="tanggal") == ("2021-03-07", ())
    iso, warnings = read_date("03/04/2021", field="tanggal")
    assert iso is None and len(warnings) == 1
    assert warnings[0].startswith("date field 'tanggal' ignored: '03/04/2021': day and month")
    assert read_date("03/04/2021", "dmy") == ("2021-04-03", ())


def test_read_date_shortens_long_values_and_escapes_lone_surrogates():
    _, (warning,) = read_date("x" * 500)
    assert len(warning) < 200
    _, (warning,) = read_date("2021-03-07\udcff")
    warning.encode("utf-8")  # a record's warning is always writable


def test_prepare_reads_the_date_field():
    item = prepare({"id": "a", "text": "Isi berita.", "date": "7 Maret 2021"}, 1)
    assert item.date == "2021-03-07" and item.warnings == ()
    item = prepare({"id": "a", "text": "Isi berita.", "tanggal": "2021-03-07"}, 1,
                   Fields(date="tanggal"))
    assert item.date == "2021-03-07"
    item = prepare({"id": "a", "text": "Isi berita.", "date": "2021-03-07"}, 1, Fields(date=None))
    assert item.date is None and item.warnings == ()
    item = prepare({"id": "a", "text": "Isi berita."}, 1)
    assert item.date is None and item.warnings == ()
    item = prepare("Isi berita saja.", 1)
    assert item.date is None


def test_prepare_keeps_an_article_whose_date_cannot_be_read():
    item = prepare({"id": "a", "text": "Isi berita.", "date": ["bukan", "tanggal"]}, 3)
    assert item.text == "Isi berita." and item.date is None
    assert item.warnings and "got list" in item.warnings[0]
    item = prepare({"id": "a", "text": "Isi berita.", "date": "03/04/2021"}, 3,
                   Fields(date_order="mdy"))
    assert item.date == "2021-03-04" and item.warnings == ()


@pytest.mark.parametrize(("value", "iso"), [
    ("5 JUNİ 2024", "2024-06-05"),   # Turkish dotted capital I
    ("Junı 5, 2024", "2024-06-05"),  # dotless i
    ("17 Aguſtus 2023", "2023-08-17"),  # long s
])
def test_a_month_matched_through_a_case_fold_is_its_month(value, iso):
    # these letters match the month's ASCII letters under re.IGNORECASE; the month lookup of
    # the match's str.lower() used to raise KeyError out of analyze(date=...)
    assert parse_input_date(value) == iso
    assert read_date(value) == (iso, ())
