"""An indicator's result carried on for a group, with no head word of its own.

"Prevalensi perokok naik dari 30,1% menjadi 31,4%. Perokok usia remaja juga naik dari 6,2%
menjadi 8,3%, demikian halnya untuk perokok lansia dari 2,1% menjadi 3,5%." The later clauses
name a group of the same topic ("perokok ...") and a change from one percentage to another, but
no indicator head ("prevalensi", "angka" ...): each pair is the indicator's values for that
group. Pure: the phrase, its sentence and the text's numbers are passed in.

A clause carries the phrase on when it lies in the phrase's sentence or the next one, holds
"dari X% menjadi Y%", and its words before "dari" name the group starting with a word of the
phrase's topic (same first five letters; "untuk", "pada", "bagi" may come first), not with a
money word ("Pendapatan perokok"). The group, as written, is the subject of both values.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from beritanlp.rules.scores.cues import MONEY_WORDS
from beritanlp.rules.scores.model import Candidate, Metric, SentenceOf
from beritanlp.rules.scores.pairs import PERCENT_PAIR, pair_numbers, stem, word_stems
from beritanlp.text.numbers import NumberMention

#: "dari 6,2% menjadi 8,3%": a pair of percentages, the one left and the one reached.
_PAIR = re.compile(rf"\b{PERCENT_PAIR}", re.IGNORECASE)
#: Where a group's clause starts: a sentence start, a comma, a semicolon or a linking phrase.
_CLAUSE_START = re.compile(r"[,;]|\b(?:demikian[ \t]+(?:pula|juga|halnya)(?:[ \t]+(?:untuk"
                           r"|dengan|pada))?|sedangkan|sementara(?:[ \t]+itu)?|adapun"
                           r"|begitu[ \t]+(?:pula|juga))\b", re.IGNORECASE)
#: Verbs and adverbs that end a group's words ("Perokok usia remaja juga mengalami peningkatan").
_GROUP_END = re.compile(r"[ \t]+(?:(?:juga|pun|ikut|turut|masih|terus)[ \t]+)?(?:mengalami|naik"
                        r"|turun|meningkat|menurun|bertambah|berkurang|melonjak|merosot)\b.*$",
                        re.IGNORECASE | re.DOTALL)
#: A change told before the group: "terjadi kenaikan tajam (pada) perokok perempuan".
_CHANGE_FIRST = re.compile(r"^(?:(?:bahkan|namun|kini|terjadi|ada|juga)[ \t]+)*"
                           r"(?:kenaikan|peningkatan|penurunan|lonjakan)"
                           r"(?:[ \t]+(?:tajam|signifikan|drastis))?"
                           r"(?:[ \t]+(?:pada|untuk|di))?[ \t]+", re.IGNORECASE)
#: The longest group phrase (characters) read before "dari".
_GROUP_REACH = 80


#: A word that may open a group before its first word: "untuk perokok lansia".
_GROUP_LEAD = re.compile(r"^(?:untuk|pada|bagi)[ \t]+", re.IGNORECASE)


def _of_topic(group: str, topic: frozenset[str]) -> bool:
    """Whether ``group`` starts with a word of the topic.

    "Pendapatan perokok" or "Anggaran untuk stunting" is headed by another noun (money): no
    group of the indicator.
    """
    first = re.match(r"[A-Za-z]+", group)
    return first is not None and first.group().casefold() not in MONEY_WORDS \
        and stem(first.group()) in topic


def _group(text: str, lo: int, pos: int) -> str | None:
    """The group a clause ending at ``pos`` (its "dari") names, or ``None``."""
    start = max(lo, pos - _GROUP_REACH)
    for m in _CLAUSE_START.finditer(text, start, pos):
        start = m.end()
    words = _GROUP_END.sub("", text[start:pos]).strip(" \t,")
    words = _CHANGE_FIRST.sub("", words)  # "terjadi kenaikan tajam perokok lansia"
    words = _GROUP_LEAD.sub("", words)  # "untuk perokok lansia"
    return words or None


def carried_values(text: str, metric: Metric, head: str, sent: tuple[int, int], limit: int,
                   sent_of: SentenceOf, taken: set[int],
                   numbers: Sequence[NumberMention]) -> list[Candidate]:
    """The values clauses after an indicator phrase give its groups.

    Parameters
    ----------
    text : str
        The article.
    metric : Metric
        The indicator as found ("prevalensi perokok"), with its span.
    head : str
        The indicator's head word ("prevalensi").
    sent : tuple of int
        The phrase's sentence.
    limit : int
        Where the next indicator starts: its clauses are its own (and the scan stays linear).
    sent_of : callable
        ``sent_of(pos)``: the sentence holding ``pos``.
    taken : set of int
        Starts of the values other rules already read (never read twice).
    numbers : sequence of NumberMention
        The numbers of the text, sorted by start (a ``ByStart`` list).

    Returns
    -------
    list[Candidate]
        Two values per carried pair (the one left, the one reached), each with the group as
        its subject.
    """
    topic = word_stems(w for w in re.findall(r"[A-Za-z]+", metric.name)
                       if w.casefold() != head.casefold())
    if not topic:
        return []
    nxt = sent_of(sent[1]) if sent[1] < len(text) else sent
    out: list[Candidate] = []
    for lo, hi in dict.fromkeys((sent, nxt)):
        start = max(lo, metric.end)
        for m in _PAIR.finditer(text, start, min(hi, limit)):
            pair = pair_numbers(m, numbers)
            if pair is None or pair[0].start in taken or pair[1].start in taken:
                continue
            group = _group(text, start, m.start())
            if group is None or not _of_topic(group, topic):
                continue
            out += [Candidate(metric, n.value, "value", "persen", n.text, n.start, n.end,
                              (lo, hi), [group]) for n in pair]
    return out
