"""text/words.py: one word segmentation with offsets, as columns."""

from __future__ import annotations

import re

import pytest

from beritanlp.text.words import Words, segment, shouted


def test_columns_and_offsets() -> None:
    text = "Wali Kota Pangkal-Pinang, Jum'at (16/5) 2024."
    words = Words(text)
    assert words.texts == ["Wali", "Kota", "Pangkal", "Pinang", "Jum'at"]
    assert [text[s:e] for s, e in zip(words.starts, words.ends, strict=True)] == words.texts
    assert words.lows == ["wali", "kota", "pangkal", "pinang", "jum'at"]
    assert words.caps == [True, True, True, True, True]
    assert len(words) == 5


def test_a_garbled_apostrophe_inside_a_word_keeps_the_segment_word_whole() -> None:
    garbled = "\u2019".encode("utf-8").decode("mac_roman")  # what CLICK-ID's scraper wrote
    text = f"Sekjen Budi Sa{garbled}adi, Jum{garbled}at."
    assert segment(text).texts == ["Sekjen", "Budi", f"Sa{garbled}adi", ",", f"Jum{garbled}at",
                                   "."]
    assert Words(text).texts == ["Sekjen", "Budi", f"Sa{garbled}adi", f"Jum{garbled}at"]


def test_a_garbled_quote_is_one_symbol_not_the_start_of_the_next_word() -> None:
    opening = "\u201c".encode("utf-8").decode("mac_roman")  # "‚Äú": its letters are word characters
    closing = "\u201d".encode("utf-8").decode("mac_roman")
    text = f"{opening}Bupati Tanah Merah hadir,{closing} kata Rudi. Jawa¬†Barat"
    assert segment(text).texts == [opening, "Bupati", "Tanah", "Merah", "hadir", ",", closing,
                                   "kata", "Rudi", ".", "Jawa", "¬", "†", "Barat"]


def test_word_objects_on_demand() -> None:
    words = Words("di Bogor dan bogor")
    bogor = words[1]
    assert (bogor.text, bogor.start, bogor.end, bogor.low, bogor.cap) == ("Bogor", 3, 8, "bogor",
                                                                         True)
    assert words[1] is bogor  # made once
    assert [w.cap for w in words[1:]] == [True, False, False]
    assert words[-1].start == 13
    with pytest.raises(IndexError):
        words[4]


def test_empty_and_other_patterns() -> None:
    assert len(Words("")) == 0
    assert len(Words("12 345 !?")) == 0
    numbers = Words("nilai 70,55 dan 71", re.compile(r"\d+(?:,\d+)?"))
    assert numbers.texts == ["70,55", "71"]
    assert numbers.starts == [6, 16]


@pytest.mark.parametrize(("name", "expected"), [
    ("MAKASSAR", True), ("KOTA DEPOK", True), ("BEA CUKAI", True),
    ("Makassar", False), ("Kota Depok", False), ("DPR RI", False), ("DPRD DKI", False),
    ("NTB", False), ("KemenPUPR", False), ("", False),
])
def test_shouted_names_are_capitals_with_a_word_longer_than_a_short_form(name, expected) -> None:
    assert shouted(name) is expected
