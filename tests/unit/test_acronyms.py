"""Acronym helpers: short-form shapes, short mentions, bad input."""

from __future__ import annotations

import pytest

from beritanlp.text.acronyms import (
    find_definitions,
    find_short_mentions,
    is_short_form,
)


def test_short_form_shapes() -> None:
    assert is_short_form("KPK")
    assert is_short_form("Kemendes PDTT")
    assert is_short_form("KemenPAN-RB")
    assert not is_short_form("16/5/2024")
    assert not is_short_form("per kilogram")
    assert not is_short_form("Badan Pusat Statistik")


def test_short_mentions_are_whole_words_and_case_sensitive() -> None:
    text = "KPK dan KPKNL bertemu; kpk tidak dihitung, (KPK) dihitung."
    assert find_short_mentions(text, "KPK") == [(0, 3), (44, 47)]


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError):
        find_definitions(None)  # type: ignore[arg-type]


def test_definitions_of_a_text_are_kept_for_the_next_reader():
    from beritanlp.text.acronyms import find_definitions

    text = "Komisi Pemberantasan Korupsi (KPK) menilai Badan Pusat Statistik (BPS)."
    first = find_definitions(text)
    assert [d.short for d in first] == ["KPK", "BPS"]
    first.clear()  # each call gets its own list
    second = find_definitions(text)
    assert [d.short for d in second] == ["KPK", "BPS"]
    other = text.replace("BPS", "BPK").replace("Pusat Statistik", "Pemeriksa Keuangan")
    assert [d.short for d in find_definitions(other)] == ["KPK", "BPK"]


def test_or_definitions_need_the_initials() -> None:
    from beritanlp.text.acronyms import find_or_definitions

    text = ("Kemarin Indeks Kepuasan Warga atau IKW naik, sedangkan Kota Lembah atau KL tetap, "
            "dan Indeks Mutu Layanan Umum atau IML turun; Rudi atau Budi hadir.")
    got = [(d.short, d.long, text[d.long_start:d.long_end]) for d in find_or_definitions(text)]
    assert got == [("IKW", "Indeks Kepuasan Warga", "Indeks Kepuasan Warga"),
                   ("KL", "Kota Lembah", "Kota Lembah"),
                   ("IML", "Indeks Mutu Layanan Umum", "Indeks Mutu Layanan Umum")]
    assert find_or_definitions("Tidak ada singkatan di sini.") == []


def _touched_words(low: str, positions: tuple[int, ...]) -> int:
    """Content words of ``low`` holding one of ``positions`` (the alignment's score)."""
    words = low.split()
    word_of, current = [], -1
    for i, ch in enumerate(low):
        if not ch.isspace() and (i == 0 or low[i - 1].isspace()):
            current += 1
        word_of.append(current)
    function = {"dan", "dari", "untuk", "atau", "serta", "di", "ke", "yang", "&"}
    return len({word_of[p] for p in positions if words[word_of[p]].strip(",.") not in function})


def _brute_alignment(s: str, low: str) -> tuple[int, bool] | None:
    """:func:`best_alignment` by trying every embedding of ``s`` (small strings only)."""
    from itertools import combinations

    full, partial = None, None
    for li, ch in enumerate(low):
        if ch != s[0] or (li > 0 and low[li - 1].isalnum()):
            continue
        rest = range(li + 1, len(low))
        scores = [_touched_words(low, (li, *c)) for c in combinations(rest, len(s) - 1)
                  if "".join(low[p] for p in c) == s[1:]]
        if not scores:
            continue
        content = _touched_words(low, tuple(i for i in range(li, len(low)) if not low[i].isspace()))
        if max(scores) >= content:
            full = li
        elif partial is None or max(scores) >= partial[1]:
            partial = (li, max(scores))
    if full is not None:
        return full, True
    return None if partial is None else (partial[0], False)


def test_best_alignment_agrees_with_trying_every_embedding() -> None:
    import random

    from beritanlp.text.acronyms import best_alignment

    rng = random.Random(20)
    for _ in range(1500):
        low = "".join(rng.choice("abdk -.,") for _ in range(rng.randint(1, 12)))
        if rng.random() < 0.3:
            low = low.replace("d", " dan ", 1)
        s = "".join(rng.choice("abdk") for _ in range(rng.randint(1, 4)))
        assert best_alignment(s, low) == _brute_alignment(s, low), (s, low)


def test_best_alignment_of_empty_inputs_is_none() -> None:
    from beritanlp.text.acronyms import best_alignment

    assert best_alignment("", "") is None
    assert best_alignment("", "dinas kesehatan") is None
    assert best_alignment("dk", "") is None
    assert best_alignment("dk", "dinas kesehatan") == (0, True)
