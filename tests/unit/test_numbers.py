"""Number parsing and finding: bad input is a clear error."""

from __future__ import annotations

import pytest

from beritanlp.text.numbers import (
    find_numbers,
    is_plain_number,
    is_role,
    parse_number,
    plain_number,
    role_holder_after,
)


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="int"):
        parse_number(70)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="NoneType"):
        find_numbers(None)  # type: ignore[arg-type]



def test_a_digit_run_too_long_for_a_numeral_is_no_number() -> None:
    # Python refuses int() of more than 4,300 digits; no reader writes such a number
    text = "Kode " + "7" * 5000 + " tercatat, lalu 12,5 persen."
    assert [n.value for n in find_numbers(text)] == [12.5]


@pytest.mark.parametrize(
    "text, low, high, expected",
    [
        ("45,5", 0, 100, 45.5),
        ("45,5 persen", 0, 100, 45.5),
        ("1.500", 0, 100, None),  # thousands: no share
        ("100", 0, 100, 100),
        ("0", 0, 100, 0),
        ("-3", 0, 100, None),
        ("dua belas", 0, 100, 12),
        ("banyak", 0, 100, None),
    ],
)
def test_plain_number_reads_a_numeral_within_bounds(text, low, high, expected) -> None:
    assert plain_number(text, low, high) == expected


def test_plain_number_is_unbounded_by_default_and_never_a_bool() -> None:
    assert plain_number("1.234.567") == 1234567
    assert plain_number("-7,5", high=1000) == -7.5
    assert plain_number("1.001", high=1000) is None
    assert is_plain_number(3) and is_plain_number(2.5)
    assert not is_plain_number(True) and not is_plain_number("3") and not is_plain_number(None)


def test_a_role_names_its_holder_set_off_after_its_table() -> None:
    text = "Klub Alfa menjamu pemuncak klasemen Liga 3 Raya, Klub Bukit Hijau, di kandang."
    roles = [n for n in find_numbers(text) if is_role(n)]
    assert [(n.text, n.value) for n in roles] == [("pemuncak", 1)]
    assert role_holder_after(text, roles[0].end) == "Klub Bukit Hijau"


def test_a_role_with_no_name_set_off_has_no_holder_after() -> None:
    text = "Klub Alfa menjadi pemuncak klasemen Liga 2 pekan ini."
    roles = [n for n in find_numbers(text) if is_role(n)]
    assert len(roles) == 1
    assert role_holder_after(text, roles[0].end) is None
    # "posisi puncak" is a top place but no role
    assert not any(is_role(n) for n in find_numbers("Klub Alfa di posisi puncak klasemen."))


@pytest.mark.parametrize(("odd", "plain"), [
    ("Pada 5 JUNİ 2024 musyawarah desa digelar.", "Pada 5 JUNI 2024 musyawarah desa digelar."),
    ("Sejak Junı 2023 jalan itu rusak.", "Sejak Juni 2023 jalan itu rusak."),
    ("Pada 9 Aguſtus 2021 pasar dibuka.", "Pada 9 Agustus 2021 pasar dibuka."),
])
def test_a_month_matched_through_a_case_fold_dates_its_number(odd, plain) -> None:
    # "İ", "ı" and "ſ" match a month's ASCII letters under re.IGNORECASE; the month table
    # lookup of the match's str.lower() used to raise KeyError
    dates = [(n.kind, n.normalized) for n in find_numbers(plain) if n.kind == "date"]
    assert dates
    assert [(n.kind, n.normalized) for n in find_numbers(odd) if n.kind == "date"] == dates
    assert not [n for n in find_numbers("Pada 5 Junx 2024 rapat.") if n.kind == "date"]
