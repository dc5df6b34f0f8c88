"""Number parsing and finding: bad input is a clear error."""

from __future__ import annotations

import pytest

from beritanlp.text.numbers import find_numbers, parse_number


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="int"):
        parse_number(70)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="NoneType"):
        find_numbers(None)  # type: ignore[arg-type]

