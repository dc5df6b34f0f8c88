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
