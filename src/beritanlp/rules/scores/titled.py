"""A labelled ranking the article titles in its own words: 'daftar bertajuk "Peringkat X 2024"'.

The metrics lexicon gives a few rankings a fixed label, the publisher's name for its table
("THE World University Rankings"), matched also by the publisher's name alone. An article that
reports the table under a title of its own ('Dalam daftar bertajuk "Peringkat Kampus Global
2024" ...') writes a ranking's name, and the guideline's metric is the name as written: every
mention of that ranking that carries only the label takes the title instead, its trailing year
dropped (the year is the score's, not the table's name). Pure.

How it works
------------
1. A title is a quoted name after a list's noun and a titling word ("daftar bertajuk",
   "laporan berjudul"; a seminar's or a show's title is none) that starts with a ranking's
   head noun ("Peringkat", "Pemeringkatan", "Ranking", "Rangking").
2. It names the labelled ranking (a lexicon rule with a label that says it ranks and no grades)
   mentioned last before it in its sentence or the sentence before, else first after it in its
   sentence ("... bertajuk "X" yang dirilis Lembaga Y").
3. Every mention of that rule still named by its label takes the title; an article that writes
   the label itself keeps it. The title is a mention of the ranking too (a year right after it
   is the table's edition, rules.scores.years).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from beritanlp.rules.scores.model import Metric, SentenceOf

#: A list's quoted title after its noun and a titling word, starting with a ranking's head noun
#: (group 1).
_TITLE = re.compile(
    r"(?i:\b(?:daftar|pemeringkatan|peringkat|ranking|rangking|laporan|publikasi)"
    r"(?:[ \t]+(?:terbaru|terbarunya|tahunan|itu|tersebut))?[ \t]+(?:yang[ \t]+)?)"
    r"(?:bertajuk|berjudul|bertema|bernama|bertitel)[ \t]+[\"“']"
    r"((?:Peringkat|Pemeringkatan|Ranking|Rangking)[ \t]+[^\"”'\n]{3,80}?)[\"”']")
#: A label that names a ranking ("THE World University Rankings").
_RANKS = re.compile(r"(?i)\b(?:rankings?|rangking|peringkat|pemeringkatan)\b")
#: A year at the end of a title: the score's year, not the table's name.
_YEAR_END = re.compile(r"[ \t,]+(?:19|20)\d\d$")


def _labelled_ranking(metric: Metric) -> bool:
    """A mention named by its rule's label, of a gradeless rule whose label says it ranks."""
    rule = metric.rule
    return rule is not None and bool(rule.label) and not rule.grades \
        and metric.name == rule.label and _RANKS.search(rule.label or "") is not None


def _titled_rule(title: re.Match[str], found: Sequence[Metric],
                 sent_of: SentenceOf) -> str | None:
    """The id of the labelled ranking a title at ``title`` names (step 2), or ``None``."""
    sent = sent_of(title.start())
    before_start = sent_of(sent[0] - 1)[0] if sent[0] > 0 else sent[0]
    labelled = [m for m in found if _labelled_ranking(m)]
    before = [m for m in labelled if before_start <= m.start < title.start()]
    if before:
        return before[-1].rule.id if before[-1].rule is not None else None
    after = [m for m in labelled if title.end() <= m.start < sent[1]]
    return after[0].rule.id if after and after[0].rule is not None else None


def with_titles(text: str, found: list[Metric], sent_of: SentenceOf) -> list[Metric]:
    """``found`` with each labelled ranking the text titles in its own words named by the title.

    Parameters
    ----------
    text : str
        The article.
    found : list of Metric
        The metrics named in it (lexicon mentions carry their rule).
    sent_of : SentenceOf
        The sentence span of a position.

    Returns
    -------
    list of Metric
        ``found``, the label-named mentions of a titled ranking renamed to the title and marked
        ``titled``.
    """
    if not any(_labelled_ranking(m) for m in found):
        return found
    titles: dict[str, str] = {}
    mentions: list[Metric] = []
    rules = {m.rule.id: m.rule for m in found if m.rule is not None}
    written = {i for i, r in rules.items()
               if r.label and any(text[m.start:m.end] == r.label for m in found)}
    for t in _TITLE.finditer(text):
        rule_id = _titled_rule(t, found, sent_of)
        if rule_id is None or rule_id in written:
            continue
        name = _YEAR_END.sub("", " ".join(t.group(1).split()))
        titles.setdefault(rule_id, name)
        # the title is a mention too: a year after it is the table's edition
        end = t.start(1) + len(_YEAR_END.sub("", t.group(1)))
        mentions.append(Metric(titles[rule_id], t.start(1), end, rules[rule_id], titled=True))
    if not titles:
        return found
    return [replace(m, name=titles[m.rule.id], titled=True)
            if m.rule is not None and m.rule.id in titles and _labelled_ranking(m) else m
            for m in found] + mentions
