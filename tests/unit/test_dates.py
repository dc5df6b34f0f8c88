"""Date normalisation: single expressions, article date, bad input."""

from __future__ import annotations

import pytest

from beritanlp.rules.dates import article_date, find_dates, normalise_date


def test_normalise_single_expression() -> None:
    assert normalise_date("16 Mei 2024") == "2024-05-16"
    assert normalise_date("Mei 2024") == "2024-05"
    assert normalise_date("tahun 2023") == "2023"
    assert normalise_date("kemarin") is None


def test_article_date_prefers_dateline_with_day_name() -> None:
    text = ("Bupati Resmikan Pasar Baru\n\nPasar yang dibangun sejak 2 Januari 2023 itu "
            "diresmikan Rabu (8/5/2024). Pembangunan tahap dua dimulai 1 Juli 2024.")
    assert article_date(text) == "2024-05-08"


def test_article_date_falls_back_to_first_paragraph() -> None:
    text = "Judul\n\nPada 3 Maret 2024 rapat digelar.\nLalu 5 April 2024 rapat lagi."
    assert article_date(text) == "2024-03-03"
    assert article_date("Judul\n\nTidak ada tanggal.\nLalu 5 April 2024.") is None


def test_yearless_date_takes_nearest_full_date() -> None:
    text = "Rapat digelar Senin (6/1/2025). Evaluasi sebelumnya Jumat (27/12)."
    assert [d["value"] for d in find_dates(text)] == ["2025-01-06", "2024-12-27"]


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="expects str"):
        find_dates(None)  # type: ignore[arg-type]




@pytest.mark.parametrize("text,anchor", [
    ("Bupati hadir Kamis (16/5/2024).\n\nKemarin, 15 Mei, rapat digelar.", None),
    ("Rapat digelar kemarin dan tahun lalu.", "2024-05-16"),
    ("Tanpa tanggal sama sekali.", None),
    ("", None),
])
def test_dates_of_is_article_date_and_find_dates_in_one_scan(text: str, anchor: str | None) -> None:
    from beritanlp.rules.dates import dates_of

    stated = article_date(text)
    assert dates_of(text, anchor) == (stated, find_dates(text, anchor or stated))



@pytest.mark.parametrize(("odd", "plain"), [
    ("Rapat digelar 5 JUNİ 2024 di balai desa.", "Rapat digelar 5 JUNI 2024 di balai desa."),
    ("Rapat digelar 5 Junı 2024 di balai desa.", "Rapat digelar 5 Juni 2024 di balai desa."),
    ("Pawai digelar 17 Aguſtus 2023 di alun-alun.", "Pawai digelar 17 Agustus 2023 di alun-alun."),
    ("Target itu dicapai pada APRİL 2022.", "Target itu dicapai pada APRIL 2022."),
    ("Rapor bulan Julı dibahas Senin (6/1/2025).", "Rapor bulan Juli dibahas Senin (6/1/2025)."),
])
def test_a_month_matched_through_a_case_fold_is_read_as_its_month(odd, plain) -> None:
    # "İ", "ı" and "ſ" match the month's ASCII letters under re.IGNORECASE; looking the match up
    # by its str.lower() used to raise KeyError and stop the pipeline
    values = [d["value"] for d in find_dates(plain)]
    assert values
    assert [d["value"] for d in find_dates(odd)] == values
    assert find_dates("Rapat digelar 5 Junx 2024 di balai desa.") == []


def test_a_relative_day_matched_through_a_case_fold_keeps_its_offset() -> None:
    # "KEMARİN" matches "kemarin" under re.IGNORECASE; its str.lower() missed the offset table
    # and the day was read as the anchor itself
    assert [d["value"] for d in find_dates("Rapat digelar KEMARİN sore.", "2024-05-10")] \
        == ["2024-05-09"]
    assert [d["value"] for d in find_dates("Rapat digelar BESOK pagi.", "2024-05-10")] \
        == ["2024-05-11"]
