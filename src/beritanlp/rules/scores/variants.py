"""An index the article names, written again in a looser lower-case form.

A report defines its index once ("Indeks Kepuasan Warga (IKW)") and then writes it loosely:
"indeks kepuasan warga desa mencapai 3,9", "indeks kepuasan 3,7" or with a word dropped. Such a
phrase is a mention of the defined index (the guideline prefers the acronym), not a new metric:
its value would otherwise have no metric in its sentence. Pure: the metrics found so far and the
text's acronym definitions are passed in.

A phrase "indeks w1 w2 ..." is a variant of a named index when its first words each share a
stem (the first five letters) with the index's long name, other than the head word. A phrase
that fits two indices equally is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from beritanlp.lexicons.metrics import MetricRule
from beritanlp.rules.scores.model import Metric
from beritanlp.rules.scores.pairs import stem, word_stems
from beritanlp.text.acronyms import AcronymDefinition

#: A lower-case index phrase: the head and up to four lower-case words.
_INDEX_PHRASE = re.compile(r"\b[Ii]ndeks((?:[ \t]+[a-z][a-z-]*){1,4})")
#: A long name of an index: "Indeks ..." (the head is no evidence of sameness).
_INDEX_NAME = re.compile(r"(?i)indeks\s+\S")
_HEAD_STEMS = frozenset({"indek", "index"})
#: One word of a phrase's tail (``_INDEX_PHRASE`` group 1), with the blank before it.
_TAIL_WORD = re.compile(r"[ \t]+([a-z][a-z-]*)")


def _name_stems(name: str) -> frozenset[str]:
    """The stems of a long name's content words (longer than three letters), head excepted."""
    return word_stems(re.findall(r"[A-Za-z]+", name)) - _HEAD_STEMS


def _long_forms(found: Sequence[Metric],
                definitions: Sequence[AcronymDefinition]) -> list[tuple[frozenset[str], Metric]]:
    """(stems of a long name, a metric named by it) for each index the text names."""
    forms: dict[frozenset[str], Metric] = {}
    by_name = {m.name: m for m in found}
    for d in definitions:
        if _INDEX_NAME.match(d.long) and d.short in by_name:
            forms.setdefault(_name_stems(d.long), by_name[d.short])
    rules: dict[str, tuple[MetricRule, Metric]] = {}
    for m in found:
        if m.rule is not None and not m.award:
            rules.setdefault(m.rule.id, (m.rule, m))
    for rule, m in rules.values():
        for name in rule.names:
            if _INDEX_NAME.match(name):
                forms.setdefault(_name_stems(name), m)
    return [(stems, m) for stems, m in forms.items() if stems]


def _fit(words: Sequence[str], stems: frozenset[str]) -> int:
    """How many of the first ``words`` share a stem with the long name."""
    n = 0
    for w in words:
        if stem(w) not in stems:
            break
        n += 1
    return n


def index_variants(text: str, found: Sequence[Metric], definitions: Sequence[AcronymDefinition],
                   overlaps: Callable[[int, int], bool]) -> list[Metric]:
    """The lower-case mentions of indices the text names, as metrics named like the index.

    Parameters
    ----------
    text : str
        The article.
    found : sequence of Metric
        The metrics found so far (lexicon and defined ones).
    definitions : sequence of AcronymDefinition
        The text's acronym definitions.
    overlaps : callable
        ``overlaps(start, end)``: whether a metric found so far overlaps the span.

    Returns
    -------
    list[Metric]
        One metric per variant phrase, spanning the head and the words that fit, with the name
        (and rule) of the index it writes.
    """
    if "ndeks" not in text:
        return []
    forms = _long_forms(found, definitions)
    if not forms:
        return []
    out: list[Metric] = []
    for m in _INDEX_PHRASE.finditer(text):
        tail = list(_TAIL_WORD.finditer(m.group(1)))
        words = [w.group(1) for w in tail]
        fits = sorted(((_fit(words, stems), len(stems), metric) for stems, metric in forms),
                      key=lambda x: -x[0])
        best, size, metric = fits[0]
        # one shared word is enough only for a one-word name ("indeks persepsi" is no IPK)
        if best < min(2, size) or (len(fits) > 1 and fits[1][0] == best
                                   and fits[1][2].name != metric.name):
            continue
        end = m.start(1) + tail[best - 1].end() if best else m.start(1)
        if not overlaps(m.start(), end):
            out.append(Metric(metric.name, m.start(), end, metric.rule))
    return out
