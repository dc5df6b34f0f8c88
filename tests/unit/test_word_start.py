"""``WordStartPattern``: the matches of ``(?<![\\w])BODY``, found without trying every position."""

from __future__ import annotations

import random
import re
import string
import sys

import pytest

from beritanlp.rules import dates
from beritanlp.text.word_start import (
    NotAfterPattern,
    WordStartPattern,
    first_character_alternation,
    first_characters,
)

PATTERNS = [
    (r"(?<![\w])(?:bulan\s+)?(?P<mon>Mei|Juni|Sept?)\.?\s+(?P<y>(?:19|20)\d{2})(?![\w])",
     re.IGNORECASE),
    (r"(?<![\w])(?P<cue>tahun|TA\.?|sejak)\s+(?P<y>\d{4})(?![\w])", re.IGNORECASE),
    (r"(?<![\w])(?:hari ini|kemarin)(?![\w])", re.IGNORECASE),
    (r"(?<![\w])Rp\s?\d+", 0),  # case-sensitive
    (r"(?<![\w])[A-Z]{2,}", 0),  # starts with a class: no look-ahead, same matches
    (r"(?<![\w])(?:(?:Senin|Selasa),\s*)?\d{1,2}\s+Mei", re.IGNORECASE),  # may start with a digit
]
PIECES = ["Mei", "mei", "MEI", "Juni", "Sep", "Sept.", "bulan", "Bulan", "tahun", "TA", "ta",
          "sejak", "hari ini", "kemarin", "Rp", "Senin", "Selasa", ",", " ", "  ", "\n", ".", "x",
          "_", "-", "(", ")", "2024", "1999", "16", "7", "é", "\u017f", "\u0131", "\u212a",
          "\u0130", "\u00a0"]


def _spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_finds_exactly_what_the_regex_finds(pattern: str, flags: int) -> None:
    fast = WordStartPattern(pattern, flags)
    rng = random.Random(13)
    texts = ["", " ", "Mei 2024", "xMei 2024", "Mei 2024Mei 2025", "(Mei 2024)",
             "bulan Mei 2024 bulan Juni 1999", "kemarin,kemarin hari ini"]
    texts += ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    for text in texts:
        assert _spans(fast.finditer(text)) == _spans(fast.regex.finditer(text)), text


def test_the_date_rules_still_find_month_year_cue_and_relative_dates() -> None:
    """The date rules scan with WordStartPattern: dates at the text's start, after brackets and
    punctuation, and none inside a longer word."""
    text = ("Mei 2024 dibuka. Jakarta, Senin (3/6/2024) - Sejak 2019 hingga (Mei 2024), "
            "bulan Juni lalu; TA 2023, tahun 2022-2023, pada Des. 2021, xMei 2020 dan Bmei 1999.")
    assert [d["text"] for d in dates.find_dates(text)] == [
        "Mei 2024", "Senin (3/6/2024)", "2019", "Mei 2024", "bulan Juni", "TA 2023",
        "tahun 2022", "2023", "Des. 2021"]
    assert [d["value"] for d in dates.find_dates("Kemarin dan tahun lalu.", "2024-06-03")] == [
        "2024-06-02", "2023"]


def test_first_characters() -> None:
    assert first_characters(r"(?:bulan\s+)?(?:Mei|Juni)") == frozenset("bMJ")
    assert first_characters(r"(?P<cue>tahun(?:\s+anggaran)?|TA\.?)\s+") == frozenset("tT")
    assert first_characters(r"a?b*c") == frozenset("abc")
    assert first_characters(r"[ab]c") is None  # a class
    assert first_characters(r"a?") is None  # may be empty
    assert first_characters(r"(?i:a)b") is None  # a group with its own flags
    assert first_characters(r"(") is None  # unreadable


def test_a_class_of_letters_accepts_under_ignorecase_what_the_letters_accept() -> None:
    """The look-ahead is a class of the first letters: under re.IGNORECASE it must accept every
    character one of the letters matches (other cases, the Kelvin sign, long s, dotless i ...)."""
    candidates = [chr(cp) for cp in range(sys.maxunicode + 1)
                  if chr(cp).lower() != chr(cp) or chr(cp).upper() != chr(cp)]
    for letter in string.ascii_letters:
        literal = re.compile(re.escape(letter), re.IGNORECASE)
        klass = re.compile(f"[{letter}]", re.IGNORECASE)
        for char in candidates:
            if literal.fullmatch(char):
                assert klass.fullmatch(char), (letter, hex(ord(char)))


def test_refuses_a_pattern_without_the_look_behind() -> None:
    with pytest.raises(ValueError, match="must start with"):
        WordStartPattern(r"Mei\s+\d{4}")


def test_folds_to_ascii_are_every_other_character_an_ignorecase_ascii_letter_matches() -> None:
    from beritanlp.text.word_start import FOLDS_TO_ASCII

    letter = re.compile("[a-z]", re.IGNORECASE)
    others = {chr(x) for x in range(0x110000)
              if not 0xD800 <= x < 0xE000 and not chr(x).isascii() and letter.fullmatch(chr(x))}
    assert others == set(FOLDS_TO_ASCII)


def test_lowered_haystack_holds_every_ignorecase_match_lower_cased() -> None:
    from beritanlp.text.word_start import lowered_haystack

    pattern = re.compile(r"(?<![\w-])(?:angka|survei)(?![\w-])", re.IGNORECASE)
    for text in ("ANGKA naik", "“Survei” baru", "Angka\u00a0kemiskinan ÉTÉ", "tanpa kata itu"):
        low = lowered_haystack(text)
        assert low is not None
        assert all(m.group().lower() in low for m in pattern.finditer(text))
    assert lowered_haystack("\u0131stanbul") is None  # "ı" matches "i": no exact check


def test_literal_starts_are_what_every_match_starts_with() -> None:
    from beritanlp.text.word_start import literal_starts

    assert literal_starts(r"\b(?:Indeks|Survei)[ \t]+[A-Z]") == ("Indeks", "Survei")
    assert literal_starts(r"ter(?<!\wter)[a-z]{3,}") == ("ter",)
    assert literal_starts(r"(?:ab)+c|Rankings?") == ("Ranking", "ab")
    for loose in (r"a?b", r"x|", r"[AB]x", r"(?i)abc", r"(?i:ab)c", r"\w+"):
        assert literal_starts(loose) is None, loose
    assert literal_starts("abc", re.IGNORECASE) is None
    rng = random.Random(3)
    pattern = r"\b(?:Ind(?:eks|ex)|Level[ \t]+(?:Satu|Dua)|Rankings?)(?:[ \t]+[A-Z]\w*)+"
    starts = literal_starts(pattern)
    assert starts is not None
    words = ["Indeks", "Index", "Level", "Satu", "Ranking", "s", " ", "Kota", "x", "\t", "Dua"]
    for _ in range(2000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(1, 8)))
        if re.search(pattern, text):
            assert any(s in text for s in starts), text


_ALTERNATIVES = ["indeks(?:[\\s-]+kota|[\\s-]+desa)?", "ikm", "Indeks[\\s-]+Desa", "kota",
                 "k(?:ab)?", "survei[\\s-]+kepuasan", "sehat", "1a", "2", "ikan(?=\\s)"]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_first_character_alternation_finds_what_the_plain_alternation_finds(flags: int) -> None:
    plain = re.compile(rf"(?<!\w)(?:{'|'.join(_ALTERNATIVES)})(?!\w)", flags)
    grouped_source = first_character_alternation(_ALTERNATIVES, flags)
    assert grouped_source != "|".join(_ALTERNATIVES)
    grouped = re.compile(rf"(?<!\w)(?:{grouped_source})(?!\w)", flags)
    texts = ["Indeks Kota naik, indeks-desa turun; IKM dan Kab serta K 2 1a 12",
             "Survei kepuasan SEHAT, ıkm dan ſehat (dotless i, long s), \u212aota"]
    rng = random.Random(7)
    pieces = ["indeks", "Indeks", "kota", "desa", "ikm", "k", "ab", "survei", "kepuasan",
              "sehat", "1a", "2", " ", "-", ",", "ı", "ſ", "\u212a", "x"]
    texts += ["".join(rng.choice(pieces) for _ in range(40)) for _ in range(300)]
    for text in texts:
        assert [m.span() for m in grouped.finditer(text)] == [
            m.span() for m in plain.finditer(text)]


def test_first_character_alternation_leaves_other_first_characters_alone() -> None:
    assert first_character_alternation(["kota", r"\(x\)", "kab"]) == r"kota|\(x\)|kab"
    assert first_character_alternation(["kota", "kab"], 0) == "k(?:ota|ab)"
    assert first_character_alternation(["kota", "Kab"], 0) == "kota|Kab"
    assert first_character_alternation(["kota", "Kab"], re.IGNORECASE) == "k(?:ota|ab)"


def _same_matches(alternatives: list[str], flags: int, texts: list[str]) -> None:
    plain = re.compile("|".join(alternatives), flags)
    grouped = re.compile(first_character_alternation(alternatives, flags), flags)
    for text in texts:
        assert [(m.span(), m.groups()) for m in grouped.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)], text


def test_an_alternative_moves_ahead_of_an_earlier_one_of_another_first_character() -> None:
    """"kab" is tried before "indeks" once grouped with "kota": no text can start both."""
    alternatives = ["kota", "indeks", "kab"]
    assert first_character_alternation(alternatives) == "k(?:ota|ab)|indeks"
    _same_matches(alternatives, 0, ["indeks kab kota", "kabindeks", "ikota", "Kab KOTA", ""])


@pytest.mark.parametrize(("alternatives", "texts"), [
    (["ab|cd", "ax"], ["cd", "ab ax cd"]),  # an alternative's own "|"
    (["ab|ad", "ax"], ["ad", "ab ax ad"]),  # ... that the parser reads as "a(?:b|d)"
    (["a(x)", "b(y)", "a(z)"], ["az", "ax by"]),  # capturing groups keep their numbers
    (["a(?P<n>x)", "ay"], ["ax ay"]),
    (["k?ota", "kab"], ["ota kota kab"]),  # a quantified first character
    (["a{2}b", "ac"], ["aab ac"]),
])
def test_first_character_alternation_keeps_what_grouping_would_change(
        alternatives: list[str], texts: list[str]) -> None:
    assert first_character_alternation(alternatives) == "|".join(alternatives)
    _same_matches(alternatives, 0, texts)


def test_first_character_alternation_groups_with_look_arounds_and_groups_without_capture() -> None:
    alternatives = ["a(?=b)b", "a(?:x|y)", "ab{2}"]
    assert first_character_alternation(alternatives) == "a(?:(?=b)b|(?:x|y)|b{2})"
    _same_matches(alternatives, 0, ["abb ab ax ay", "abbb"])


def test_first_character_alternation_reads_the_flags_it_is_compiled_with() -> None:
    """Under re.IGNORECASE "kq", "Kxy" and "kx" are one group, in their order; grouped with
    flags=0 (the alternation then compiled under an inline (?i)) "kx" would go before "Kxy"."""
    alternatives = ["kq", "Kxy", "kx"]
    assert first_character_alternation(alternatives, re.IGNORECASE) == "k(?:q|xy|x)"
    assert first_character_alternation(alternatives, 0) == "k(?:q|x)|Kxy"
    _same_matches(alternatives, re.IGNORECASE, ["kxy", "KXY kx", "\u212axy"])
    assert first_character_alternation(["a b", "ac"], re.VERBOSE) == "a b|ac"


def test_matched_lower_is_the_ascii_letter_an_ignorecase_match_stood_for() -> None:
    from beritanlp.text.word_start import FOLDS_TO_ASCII, matched_lower

    for c in FOLDS_TO_ASCII:
        low = matched_lower(c)
        assert low.isascii() and len(low) == 1 and re.fullmatch(low, c, re.IGNORECASE), c
    assert matched_lower("JUNİ") == "juni" != "JUNİ".lower()
    assert matched_lower("Straße É") == "Straße É".lower()  # other letters: plain str.lower()


NOT_AFTER = [
    (r"[\w-]", r"(?:W(?:TP|DP)|A|BB|II)(?![\w-])", 0),
    (r"[\w-]", r"(?:IKPA|SPI|IPK)(?!\w)(?!-(?!nya\b))", 0),  # "SPI-nya", not "SPI-KPK"
    (r"\w", r"(?:Proper|Adi)", 0),
    (r"[\w-]", r"(?:baik|sedang)(?![\w-])", re.IGNORECASE),
]
NOT_AFTER_PIECES = ["WTP", "WDP", "A", "BB", "II", "I", "IKPA", "SPI", "IPK", "-nya", "-KPK",
                    "Proper", "Adi", "baik", "BAIK", "sedang", "x", "-", "_", " ", ",", "\n",
                    "é", "7", "(", "\u0130"]


@pytest.mark.parametrize(("before", "body", "flags"), NOT_AFTER)
def test_not_after_pattern_finds_exactly_what_the_look_behind_finds(
        before: str, body: str, flags: int) -> None:
    fast = NotAfterPattern(before, body, flags)
    rng = random.Random(7)
    texts = ["", "WTP", "xWTP WTP", "-WDP,WDP", "IIWTP II", "SPI-nya SPI-KPK", "AdiProper"]
    texts += ["".join(rng.choice(NOT_AFTER_PIECES) for _ in range(rng.randint(1, 12)))
              for _ in range(3000)]
    for text in texts:
        assert _spans(fast.finditer(text)) == _spans(fast.regex.finditer(text)), text
        found, expected = fast.search(text), fast.regex.search(text)
        assert (found and found.span()) == (expected and expected.span()), text


def test_not_after_pattern_skips_a_match_glued_to_a_word_or_hyphen() -> None:
    codes = NotAfterPattern(r"[\w-]", r"(?:WTP|WDP)(?![\w-])")
    assert [m.span() for m in codes.finditer("WTP xWTP -WDP WDP")] == [(0, 3), (14, 17)]
    assert codes.search("xWTP-WDP") is None
    assert codes.pattern == r"(?<![\w-])(?:(?:WTP|WDP)(?![\w-]))"
