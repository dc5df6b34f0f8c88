"""Number parsing and finding: bad input is a clear error."""

from __future__ import annotations

import pytest

from beritanlp.text.numbers import find_numbers, parse_number


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="int"):
        parse_number(70)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="NoneType"):
        find_numbers(None)  # type: ignore[arg-type]



def test_a_digit_run_too_long_for_a_numeral_is_no_number() -> None:
    # Python refuses int() of more than 4,300 digits; no reader writes such a number
    text = "Kode " + "7" * 5000 + " tercatat, lalu 12,5 persen."
    assert [n.value for n in find_numbers(text)] == [12.5]
