"""The headline helpers shared by the rule cores (beritanlp.text.headline)."""

from __future__ import annotations

from beritanlp.record import split_title
from beritanlp.text.headline import (
    HEADLINE_REACH,
    headline_end,
    in_title_case_headline,
    mostly_capitalised,
    short_headline_end,
    title_case_headline,
    title_case_lines,
)

TITLED = "Dinas Sosial Salurkan Bantuan Beras\n\nDinas Sosial menyalurkan bantuan beras kemarin."
PLAIN = "Dinas sosial salurkan bantuan beras ke warga\n\nBantuan disalurkan kemarin."


def test_headline_end_is_the_first_blank_line() -> None:
    assert headline_end(TITLED) == TITLED.index("\n\n")
    assert headline_end("Satu paragraf saja tanpa judul.") == 0
    assert headline_end("\n\nTeks") == 0


def test_several_lines_before_the_first_blank_line_are_no_headline() -> None:
    # a body given without its headline, one paragraph per line, a blank line further down
    body = ("Pemkab Sukamaju meraih penghargaan.\nSekda Kabupaten Sukamaju, Andi Wirawan, "
            "menjelaskan hal itu.\n\nPenghargaan diserahkan kemarin.")
    assert headline_end(body) == 0
    assert short_headline_end(body, default=-1) == -1
    assert split_title(body) is None
    assert not in_title_case_headline("Satu Dua Tiga Empat\nLima Enam\n\nIsi.", 0)


def test_a_blank_line_may_hold_carriage_returns_spaces_and_tabs() -> None:
    windows = TITLED.replace("\n", "\r\n")
    assert headline_end(windows) == windows.index("\n\r\n")
    assert windows[:headline_end(windows)].strip() == "Dinas Sosial Salurkan Bantuan Beras"
    assert short_headline_end("Judul Berita\n \t\nIsi.") == len("Judul Berita")
    assert short_headline_end("Judul Berita\nIsi.\nLagi.", default=-1) == -1  # no blank line
    assert split_title(windows) == "Dinas Sosial Salurkan Bantuan Beras"
    assert split_title("Satu baris\r\nlalu isi.") is None


def test_title_case_headline() -> None:
    assert title_case_headline(TITLED)
    assert not title_case_headline(PLAIN)
    assert not title_case_headline("Banjir Besar\n\nAir naik.")  # fewer than four words
    assert not title_case_headline("Tanpa Baris Kosong Sama Sekali")


def test_in_title_case_headline_only_before_the_blank_line() -> None:
    assert in_title_case_headline(TITLED, 0)
    assert not in_title_case_headline(TITLED, TITLED.index("menyalurkan"))
    assert not in_title_case_headline(PLAIN, 0)


def test_title_case_lines_headline_and_body() -> None:
    text = ("Pemkab Bogor Raih Penghargaan dari Kementerian\n\nIsi berita biasa.\n"
            "Daftar Nama Pejabat Baru")
    spans = title_case_lines(text)
    assert [text[s:e] for s, e in spans] == [
        "Pemkab Bogor Raih Penghargaan dari Kementerian", "Daftar Nama Pejabat Baru",
    ]


def test_mostly_capitalised() -> None:
    assert mostly_capitalised(["Satu", "Dua", "tiga"], 0.6, 3)
    assert not mostly_capitalised(["Satu", "Dua"], 0.5, 3)
    assert not mostly_capitalised(["satu", "dua", "Tiga"], 0.7, 3)


def test_short_headline_end_reads_a_blank_line_within_the_reach_only() -> None:
    assert short_headline_end("Judul\n\nIsi berita.") == 5
    assert short_headline_end("Judul\n\nIsi berita.", default=-1) == 5
    assert short_headline_end("Tanpa baris kosong.") == 0
    assert short_headline_end("Tanpa baris kosong.", default=-1) == -1
    long = "J" * (HEADLINE_REACH - 1) + "\n\nIsi."  # the blank line ends past the reach
    assert short_headline_end(long, default=-1) == -1
    assert short_headline_end(long[1:], default=-1) == HEADLINE_REACH - 2
