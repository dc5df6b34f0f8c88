"""Ranked lists whose items carry more than a name and a value (scV, session 25).

Sentences are invented for these tests (names, places and numbers made up).
"""

from __future__ import annotations

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import MetricIndex, SubjectMention, find_scores

METRICS = MetricIndex(load_metric_rules())
NAMES = ("Kabupaten Lembah", "Kabupaten Tanjung Arum", "Kabupaten Hilir")


def _facts(text: str) -> list[tuple[str, object, str, str | None]]:
    subjects = [SubjectMention(n, text.find(n), text.find(n) + len(n), "place") for n in NAMES
                if n in text]
    return [(s.metric, s.value, s.kind, s.subject)
            for s in find_scores(text, rules=METRICS, subjects=subjects)]


_INTRO = ("Hasil SAKIP\n\nKementerian PANRB mengumumkan hasil evaluasi SAKIP 2023. Berikut daftar "
          "nilai SAKIP kabupaten di provinsi itu:")


def test_a_numbered_item_s_value_may_carry_its_letter_grade_in_brackets() -> None:
    text = (_INTRO + "\n1. Kabupaten Lembah 72,15 (BB)\n2. Kabupaten Tanjung Arum 68,40 (B)\n"
            "3. Kabupaten Hilir 61,02 (B)")
    got = _facts(text)
    for name, value, grade, rank in (("Kabupaten Lembah", 72.15, "BB", 1),
                                     ("Kabupaten Tanjung Arum", 68.4, "B", 2),
                                     ("Kabupaten Hilir", 61.02, "B", 3)):
        assert ("SAKIP", value, "value", name) in got
        assert ("SAKIP", grade, "grade", name) in got
        assert ("SAKIP", rank, "rank", name) in got
    # the same list glued with commas by a scraper, the grade after "poin"
    glued = (_INTRO + ",1. Kabupaten Lembah 72,15 poin (BB),2. Kabupaten Tanjung Arum 68,40 poin "
             "(B),3. Kabupaten Hilir 61,02 poin (B)")
    assert ("SAKIP", "BB", "grade", "Kabupaten Lembah") in _facts(glued)
    assert ("SAKIP", 68.4, "value", "Kabupaten Tanjung Arum") in _facts(glued)


def test_a_bracket_that_is_no_grade_still_ends_no_item() -> None:
    # a bracketed note that is no letter grade is left as it was: no value read as listed
    text = (_INTRO + "\n1. Kabupaten Lembah 72,15 (naik)\n2. Kabupaten Tanjung Arum 68,40 (turun)"
            "\n3. Kabupaten Hilir 61,02 (tetap)")
    assert not [f for f in _facts(text) if f[2] == "grade"]
    assert not [f for f in _facts(text) if f[2] == "rank"]
