"""The article's main subject holds a holderless score only when named near it."""

from __future__ import annotations

from beritanlp.rules.scores.model import ByStart, Candidate, Metric, SubjectMention
from beritanlp.rules.scores.subjects import MAIN_REACH, main_named_near

MAIN = "Perusahaan Umum Tirta Sukamaju"
FILLER = "Warga berkumpul di balai desa sejak pagi untuk kerja bakti bersama. " * 6


def _near(sentence: str, before: str) -> bool:
    """Whether ``main_named_near`` sees MAIN near the rank "1" of ``sentence``."""
    head = f"{MAIN} membuka layanan baru. "
    text = head + before + sentence
    start = len(head + before)
    at = text.index(" 1 ", start) + 1
    metric = Metric("Lomba Layanan Air", text.index("Lomba"), text.index("Lomba") + 17, None)
    c = Candidate(metric, 1, "rank", None, "1", at, at + 1, (start, len(text)))
    subjects = ByStart([SubjectMention(MAIN, 0, len(MAIN))])
    return main_named_near(text, c, subjects, MAIN)


def test_main_far_away_holds_nothing() -> None:
    assert len(FILLER) > MAIN_REACH
    assert not _near("Antara lain, juara 1 Lomba Layanan Air tahun 2023.", FILLER)


def test_main_named_by_its_short_form_in_the_sentence() -> None:
    assert _near("Selain itu PUTS juga membawa pulang juara 1 Lomba Layanan Air.", FILLER)


def test_other_capitals_are_no_short_form_of_main() -> None:
    assert not _near("Selain itu ITB juga membawa pulang juara 1 Lomba Layanan Air.", FILLER)


def test_main_named_in_the_sentence_before() -> None:
    assert _near("Tahun lalu, juara 1 Lomba Layanan Air diraih.", "")
