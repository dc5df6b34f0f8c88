"""A contrastive second clause's own holder ("A juara umum, sementara B juara 2").

Invented sentences; the mentions are placed as the scores component passes them.
"""

from __future__ import annotations

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import MetricIndex, SubjectMention, find_scores
from beritanlp.rules.scores.contrasts import contrasted_holder
from mentions import mentions

METRICS = MetricIndex(load_metric_rules())


def _subjects(text: str, mentioned: list[SubjectMention]) -> list[tuple[object, str | None]]:
    """(value, subject) of each score found with the given mentions."""
    return [(s.value, s.subject) for s in find_scores(text, rules=METRICS, subjects=mentioned)]


def test_contrastive_clause_holder() -> None:
    text = "Kabupaten Alfa menjadi juara umum lomba desa 2019, sementara Kabupaten Beta juara 2."
    got = _subjects(text, mentions(text, "Kabupaten Alfa", "Kabupaten Beta"))
    assert got == [(1, "Kabupaten Alfa"), (2, "Kabupaten Beta")]


def test_contrastive_clause_words() -> None:
    for word in ("sedangkan", "kemudian", "adapun"):
        text = f"Kota Alfa meraih juara 1 lomba kebersihan 2019, {word} Kota Beta juara 3."
        got = _subjects(text, mentions(text, "Kota Alfa", "Kota Beta"))
        assert got == [(1, "Kota Alfa"), (3, "Kota Beta")], word


def test_contrasted_holder_negatives() -> None:
    text = "Kota Alfa meraih juara 1, sementara Kota Beta tidak masuk peringkat 5 besar."
    beta = text.index("Kota Beta")
    value = text.index("5 besar")
    assert not contrasted_holder(text, beta, beta + 9, 0, value)  # other words before the cue
    text = "Kota Alfa meraih juara 1 dan Kota Beta juara 2."
    beta = text.index("Kota Beta")
    assert not contrasted_holder(text, beta, beta + 9, 0, text.index("2."))  # no conjunction
    text = "Kota Alfa, sementara itu, juara 2."
    assert not contrasted_holder(text, 0, 9, 0, text.index("2."))  # the value's before the cue
