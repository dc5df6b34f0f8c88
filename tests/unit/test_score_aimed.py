"""Ranks aimed at (targets) and the events named by their short names they are in."""

from __future__ import annotations

import pytest

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import MetricIndex, find_scores

METRICS = MetricIndex(load_metric_rules())


def _found(text: str) -> list[tuple[object, ...]]:
    return [(s.metric, s.value, s.kind) for s in find_scores(text, rules=METRICS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal word aimed at is its number
        ("Pemkab Lembah Asri menargetkan peringkat ketiga di Porprov Bukit Raya tahun depan.",
         [("Porprov Bukit Raya", 3, "target")]),
        # a Roman numeral stays a string
        ("Tim Kota Lembah mengincar juara II pada Kejurnas Dayung Bukit Raya.",
         [("Kejurnas Dayung Bukit Raya", "II", "target")]),
        # a top N in digits
        ("Kafilah Kota Lembah mematok target masuk 10 besar di STQ Nasional XXX.",
         [("STQ Nasional XXX", "10 besar", "target")]),
        # a held overall win beside an aimed one: a rank and a target
        ("Kota Lembah menjadi juara umum Popda Bukit Raya 2025 dan menargetkan juara umum "
         "Popnas 2026.",
         [("Popda Bukit Raya", 1, "rank"), ("Popnas", 1, "target")]),
    ],
)
def test_rank_aimed_at(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no contest named in the sentence
        "Pemkab Lembah Asri menargetkan juara umum tahun depan.",
        # a top N of nominees aimed at is no rank
        "Pemkot Lembah menargetkan masuk 5 besar nominasi Piala Kota Bersih.",
        # "juara" alone is no rank
        "Pemkab Lembah Asri menargetkan juara pada Porprov Bukit Raya 2027.",
        # a bare "Piala" names no event
        "Tim Kota Lembah menargetkan juara umum dan membawa pulang Piala bergilir.",
        # a medal count aimed at
        "Kontingen Kota Lembah membidik 40 emas di Porprov Bukit Raya 2027.",
        # "Asian" alone is no event
        "Pemkab Lembah menargetkan juara umum Asian Culinary Fair di hotel itu.",
        # titles counted ("N kali"), in words or digits, are no rank aimed at
        "Tim basket Kota Lembah membidik juara empat kali beruntun di Kejurnas Basket Bukit Raya.",
        "Klub Lembah Asri menargetkan juara 3 kali berturut-turut pada Liga Bukit Raya musim ini.",
        # a decimal after a rank word is an amount, no rank
        "Panitia Porprov Bukit Raya 2027 menargetkan peringkat 1,5 juta kunjungan wisatawan.",
    ],
)
def test_no_rank_aimed_at(text: str) -> None:
    assert _found(text) == []


def test_person_before_the_aim_is_no_holder() -> None:
    text = ("Kontingen Kota Lembah siap berlaga. Ketua KONI Budi Santoso menargetkan juara umum "
            "pada Porprov Bukit Raya 2027.")
    # the official is left to the usual subject rules, which name no holder here (no places)
    assert [(s.metric, s.value, s.kind, s.subject, s.year)
            for s in find_scores(text, rules=METRICS)] == [
        ("Porprov Bukit Raya", 1, "target", None, 2027)]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # the team's kind in lower case and a school's number stay in the holder's name
        ("Tim futsal SMAN 2 Lembah menargetkan juara I pada Popda Bukit Raya 2026.",
         "Tim futsal SMAN 2 Lembah"),
        ("Tim bola voli putri Kota Lembah mengincar posisi ketiga di Porprov Bukit Raya 2027.",
         "Tim bola voli putri Kota Lembah"),
        # a clause opener before the head is no part of it; an adverb after it neither
        ("Sementara itu Kontingen Kota Lembah juga menargetkan juara umum pada Porprov Bukit "
         "Raya 2027.", "Kontingen Kota Lembah"),
        # a relative clause is no team's kind; a lone head word names no team
        ("Tim yang dilatih Budi Santoso menargetkan juara umum pada Porprov Bukit Raya 2027.",
         None),
        ("Tim juga menargetkan juara umum pada Porprov Bukit Raya 2027.", None),
        # a demonstrative or a pronoun after the head is an anaphor, no team's kind
        ("Tim ini menargetkan juara umum pada Porprov Bukit Raya 2027.", None),
        ("Tim kami membidik peringkat kedua di Kejurnas Dayung Bukit Raya 2027.", None),
        ("Tim tersebut mengincar posisi ketiga pada Popda Bukit Raya 2027.", None),
        ("Kota ini menargetkan masuk lima besar di Porprov Bukit Raya 2027.", None),
    ],
)
def test_holder_before_the_aim(text: str, holder: str | None) -> None:
    assert [s.subject for s in find_scores(text, rules=METRICS)] == [holder]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place held right before an event named by its short name: a rank in that event
        ("Kabupaten Sukamekar menjadi juara 3 Popda Bukit Raya 2026.",
         [("Popda Bukit Raya", 3, "rank")]),
        ("Kota Lembah finis di posisi kedua pada Porprov Bukit Raya 2027.",
         [("Porprov Bukit Raya", 2, "rank")]),
        ("Kota Lembah meraih juara II MTQ tingkat Provinsi Bukit Raya 2026.",
         [("MTQ tingkat Provinsi Bukit Raya", "II", "rank")]),
        # no verb of holding (a prize promised), a count of titles, another contest between,
        # a denial: no event read, nothing
        ("Juara I dan Juara II Porprov Bukit Raya 2027 akan menerima bonus dari Pemkab.", []),
        ("Ia pernah menjadi juara 2 kali di Liga Bukit Raya.", []),
        ("Atlet Kota Lembah meraih juara 3 lari 100 meter dan tampil di Porprov Bukit Raya 2027.",
         []),
        ("Kota Lembah tidak menjadi juara 3 Popda Bukit Raya 2026.", []),
        # a place held by whoever it may be, under a condition or a hope: a prize's rank, no
        # event read, nothing
        ("Hadiah Rp 25 juta disiapkan bagi yang menjadi juara 1 Porprov Bukit Raya 2027.", []),
        ("Jika menjadi juara 1 Popda Bukit Raya 2027, atlet itu dijanjikan beasiswa.", []),
        ("Bila berhasil meraih juara 2 Porprov Bukit Raya 2027, Kota Lembah mendapat bonus.", []),
        ("Kota Lembah diharapkan bisa meraih juara 2 Popda Bukit Raya 2027.", []),
        # a named holder before "yang" holds it
        ("Kota Lembah yang menjadi juara 2 Popda Bukit Raya 2025 kembali berlatih.",
         [("Popda Bukit Raya", 2, "rank")]),
    ],
)
def test_place_held_in_an_event(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _found(text) == expected
