"""The article's main subject holds a holderless score unless another holder stands between."""

from __future__ import annotations

import pytest

from beritanlp.rules.scores.mainheld import initials, main_holds, short_form_of
from beritanlp.rules.scores.model import ByStart, Candidate, Metric, SubjectMention

MAIN = "Perusahaan Umum Tirta Sukamaju"
FILLER = "Warga berkumpul di balai desa sejak pagi untuk kerja bakti bersama. " * 6


def _holds(sentence: str, before: str, others: tuple[str, ...] = ()) -> bool:
    """Whether ``main_holds`` gives MAIN the rank "1" of ``sentence``."""
    head = f"{MAIN} membuka layanan baru. "
    text = head + before + sentence
    start = len(head + before)
    at = text.index(" 1 ", start) + 1
    metric = Metric("Lomba Layanan Air", text.index("Lomba"), text.index("Lomba") + 17, None)
    c = Candidate(metric, 1, "rank", None, "1", at, at + 1, (start, len(text)))
    mentions = [SubjectMention(MAIN, 0, len(MAIN))]
    mentions += [SubjectMention(o, text.index(o), text.index(o) + len(o)) for o in others]
    return main_holds(text, c, ByStart(sorted(mentions, key=lambda s: s.start)), MAIN)


def test_main_far_away_still_holds() -> None:
    assert _holds("Antara lain, juara 1 Lomba Layanan Air tahun 2023.", FILLER)


def test_a_described_person_between_holds_it_instead() -> None:
    person = "Sari Wulan, siswi kelas IX, memamerkan piala. "
    assert not _holds("Yang terbesar, juara 1 Lomba Layanan Air tahun 2023.", FILLER + person)


def test_another_organisation_between_holds_it_instead() -> None:
    other = "Koperasi Maju Bersama juga hadir. "
    assert not _holds("Yang terbesar, juara 1 Lomba Layanan Air.", other,
                      ("Koperasi Maju Bersama",))


def test_main_named_again_by_its_short_form_after_the_other_holder() -> None:
    other = "Koperasi Maju Bersama juga hadir. "
    assert _holds("Selain itu PUTS juga membawa pulang juara 1 Lomba Layanan Air.", other,
                  ("Koperasi Maju Bersama",))


def _party_text(party_named: bool) -> bool:
    """A capitalised party name spelling the main subject's initials ("PKS") before a rank."""
    main = "Pemerintah Kota Sukamaju"
    text = (f"{main} membuka layanan baru. Koperasi Maju Bersama juga hadir. "
            "Selain itu PKS juga hadir. Yang terbesar, juara 1 Lomba Layanan Air.")
    at = text.index(" 1 ") + 1
    lomba = text.index("Lomba")
    metric = Metric("Lomba Layanan Air", lomba, lomba + 17, None)
    c = Candidate(metric, 1, "rank", None, "1", at, at + 1, (text.index("Yang"), len(text)))
    mentions = [SubjectMention(main, 0, len(main)),
                SubjectMention("Koperasi Maju Bersama", text.index("Kop"), text.index(" juga"))]
    if party_named:
        mentions.append(SubjectMention("PKS", text.index("PKS"), text.index("PKS") + 3))
    return main_holds(text, c, ByStart(mentions), main)


def test_capitals_another_mention_names_are_no_mention_of_main() -> None:
    assert _party_text(party_named=False)  # "PKS" read as the main subject's short form
    assert not _party_text(party_named=True)  # a party's name: the other holder stands


def test_no_main_subject_holds_nothing() -> None:
    metric = Metric("Lomba Layanan Air", 0, 17, None)
    c = Candidate(metric, 1, "rank", None, "1", 30, 31, (0, 40))
    assert not main_holds("x" * 40, c, ByStart([]), None)


@pytest.mark.parametrize(("short", "name"), [
    ("PUTS", MAIN),
    ("ABEP", "PT Alfa Beta EP"),
    ("PKAR", "Pemerintah Kabupaten Alas Raya"),
    ("KAR", "Pemerintah Kabupaten Alas Raya"),
])
def test_short_forms_of_the_whole_name(short: str, name: str) -> None:
    assert short_form_of(short, name)


@pytest.mark.parametrize(("short", "name"), [
    ("PKB", "Pemerintah Kabupaten Pati"),
    ("KPK", "Kabupaten Pekalongan"),
    ("ITB", MAIN),
    ("UTS", MAIN),
])
def test_capitals_spelling_only_part_of_a_name_are_no_short_form(short: str, name: str) -> None:
    assert not short_form_of(short, name)


def test_initials_skip_function_words_and_keep_capital_words() -> None:
    assert initials("Badan Pengawas dan Pemeriksa EP") == "BPPEP"
