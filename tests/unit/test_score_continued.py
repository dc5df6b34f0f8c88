"""A lexicon metric name continued by the capitalised words of a longer evaluation's name."""

from __future__ import annotations

from bisect import bisect_right

import pytest

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import continued
from beritanlp.rules.scores.continued import (
    TitleLines,
    continued_end,
    is_place_at,
    is_title_case,
    position_heads,
    stop_words,
)
from beritanlp.rules.scores.metrics import MetricIndex, find_metrics
from beritanlp.text.sentences import split_sentences

INDEX = MetricIndex(load_metric_rules())
TABLES = {"stops": INDEX.name_stops, "places": INDEX.place_keys}


def _continued(text: str, name: str) -> str:
    start = text.index(name)
    return text[start:continued_end(text, start, start + len(name), **TABLES)]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Indeks Literasi Keuangan Syariah di kota itu naik.", "Indeks Literasi Keuangan",
     "Indeks Literasi Keuangan Syariah"),
    ("Pagi ini Indeks Polutan Udara di distrik itu mencapai 201.", "Indeks Polutan",
     "Indeks Polutan Udara"),
    # what follows a name without being part of it
    ("Indeks Pembangunan Manusia Provinsi Lembah naik.", "Indeks Pembangunan Manusia",
     "Indeks Pembangunan Manusia"),
    ("Indeks Pembangunan Manusia Sulawesi Selatan naik.", "Indeks Pembangunan Manusia",
     "Indeks Pembangunan Manusia"),
    ("Indeks Pembangunan Manusia Tahun 2024 naik.", "Indeks Pembangunan Manusia",
     "Indeks Pembangunan Manusia"),
    ("Indeks Pembangunan Manusia (IPM) naik.", "Indeks Pembangunan Manusia",
     "Indeks Pembangunan Manusia"),
    ("Indeks Pembangunan Manusia NTB naik.", "Indeks Pembangunan Manusia",
     "Indeks Pembangunan Manusia"),
    ("Indeks Pembangunan Manusia Kemendagri mencatat.", "Indeks Pembangunan Manusia",
     "Indeks Pembangunan Manusia"),
    ("Indeks Pembangunan Manusia Gubernur Budi naik.", "Indeks Pembangunan Manusia",
     "Indeks Pembangunan Manusia"),
    ("Indeks Pembangunan Manusia Januari lalu naik.", "Indeks Pembangunan Manusia",
     "Indeks Pembangunan Manusia"),
    ("Menurut dia, Indeks Pembangunan Manusia Meningkat tajam.", "Indeks Pembangunan Manusia",
     "Indeks Pembangunan Manusia"),
    ("Peringkat Race To Turin Top 10 diumumkan.", "Race To Turin", "Race To Turin"),
    # a name in lower case, or ending in an acronym, is followed by what it ranks
    ("Kata dia, peringkat FIFA Timnas kita naik.", "peringkat FIFA", "peringkat FIFA"),
    ("Kata dia, Ranking FIFA Timnas kita naik.", "Ranking FIFA", "Ranking FIFA"),
    ("Kata dia, indeks inklusi keuangan Syariah naik.", "indeks inklusi keuangan",
     "indeks inklusi keuangan"),
    ("Indeks Pembangunan Manusia, kata dia, naik.", "Indeks Pembangunan Manusia",
     "Indeks Pembangunan Manusia"),
    ("Indeks Pembangunan Manusia\nSyariah", "Indeks Pembangunan Manusia",
     "Indeks Pembangunan Manusia"),
    # a headline in title case: every word is capitalised
    ("Indeks Literasi Keuangan Warga Kota Lembah Naik Tajam", "Indeks Literasi Keuangan",
     "Indeks Literasi Keuangan"),
])
def test_continued_names(text: str, name: str, expected: str) -> None:
    assert _continued(text, name) == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Sekolah itu meraih Adiwiyata Mandiri tahun lalu.", "Adiwiyata", "Adiwiyata"),
    ("Kota itu meraih Adipura Kencana tahun lalu.", "Adipura", "Adipura"),
    ("Kota itu meraih Swasti Saba Wistara tahun lalu.", "Swasti Saba", "Swasti Saba"),
])
def test_grades_end_names(text: str, name: str, expected: str) -> None:
    start = text.index(name)
    grades = frozenset({"mandiri", "kencana", "wistara"})
    got = continued_end(text, start, start + len(name), grades=grades, **TABLES)
    assert text[start:got] == expected


def test_continuation_is_bounded() -> None:
    text = ("Menurut laporan tahunan lembaga survei itu, angka Indeks Literasi Keuangan "
            + "Syariah " * 5 + "naik sedikit dibanding tahun sebelumnya menurut catatan resmi "
            "pemerintah daerah setempat yang dirilis pekan lalu.")
    assert _continued(text, "Indeks Literasi Keuangan").count("Syariah") == 3


def test_tables() -> None:
    stops = INDEX.name_stops()
    assert stops == stop_words(INDEX.lexicons.agencies, INDEX.lexicons.positions)
    assert {"kabupaten", "tahun", "bupati", "badan", "januari", "naik"} <= stops
    assert "syariah" not in stops
    # gated monarch heads ("Raja Ampat", "Putra Bangsa") neither end a name nor mark a person
    gated = {"raja", "ratu", "kaisar", "emir", "putra"}
    assert not gated & stops
    assert not gated & position_heads(INDEX.lexicons.positions)
    assert "bupati" in position_heads(INDEX.lexicons.positions)
    keys = frozenset({"jawatengah", "bali"})
    assert is_place_at(["Jawa", "Tengah", "Baru"], 0, keys)
    assert not is_place_at(["Syariah", "Jawa"], 0, keys)


@pytest.mark.parametrize(("text", "expected"), [
    ("Indeks Tata Kelola Air Lembaga Riset Dunia bagi kota itu naik.",
     "Indeks Tata Kelola Air"),
    ("Indeks Tata Kelola Air Bersih bagi kota itu naik.", "Indeks Tata Kelola Air Bersih"),
])
def test_issuer_ends_names(text: str, expected: str) -> None:
    start = text.index("Indeks")
    end = start + len("Indeks Tata Kelola Air")
    got = continued_end(text, start, end, issuers=("Lembaga Riset Dunia",), **TABLES)
    assert text[start:got] == expected


def test_title_lines() -> None:
    text = "Indeks Warga Kota Lembah Naik Tajam\n\nIndeks warga kota itu naik tahun ini.\n"
    lines = TitleLines(text)
    assert lines(0) and lines(10) and lines(text.index("\n"))
    assert not lines(text.index("Indeks warga")) and not lines(len(text))
    assert is_title_case("Skor Sekolah Sehat Kota Lembah Melonjak")
    assert not is_title_case("Skor sekolah sehat di kota itu melonjak tajam")


def test_title_case_judged_once_per_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """A one-line article with many names is judged once, not once per name (no quadratic)."""
    calls: list[int] = []
    judge = continued.is_title_case

    def counted(line: str) -> bool:
        calls.append(len(line))
        return judge(line)

    monkeypatch.setattr(continued, "is_title_case", counted)
    sentence = "Menurut catatan itu, Indeks Literasi Keuangan Syariah warga naik lagi. "
    text = sentence * 400  # one line, 400 names continued
    index = INDEX

    sents = split_sentences(text)
    starts = [s[0] for s in sents]

    def sent_of(pos: int) -> tuple[int, int]:
        return sents[max(0, bisect_right(starts, pos) - 1)]

    found = find_metrics(text, index, sent_of)
    assert sum(m.name == "Indeks Literasi Keuangan Syariah" for m in found) == 400
    assert len(calls) == 1
