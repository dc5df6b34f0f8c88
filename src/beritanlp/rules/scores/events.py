"""Events named by their own short names as the contest of an overall win or an aimed rank.

Regional sport weeks, Qur'an recital contests and school games are reported by their short names:
"juara umum Porprov Bukit Raya 2026", "menargetkan lima besar dalam MTQ ke-40 Tingkat Provinsi",
"Dalam SEA Games 2027, tim X menargetkan emas terbanyak dan juara umum". The metric table cannot
list every edition; the name opens with a word of :data:`EVENT_HEADS` and runs on over its
capitalised words, edition numbers and Roman numerals up to its first year (the year is the score's
year, not part of the name: GUIDELINE.md's "Mandaya Awards" of 2025; a name after it is another one,
"Porprov X 2026 Kota Y").

Only names in a sentence that states an overall win ("juara umum") or a rank aimed at
(:data:`~beritanlp.rules.scores.cues.AIM_CUE`) are read, or a name right after a place held
("menjadi juara 3 Popda X", "finis di posisi kedua pada Porprov Y"), and only where no metric
found so far covers them: the events are the contests of those ranks (``award``: ranks only,
never a loose number such as a medal count). Pure; the metrics found so far are passed in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from beritanlp.lexicons.words import tagged_words
from beritanlp.rules.scores.cues import AIM_CUE, HOLDING_VERBS, HOPE_REACH, HOPED, has_aim_cue
from beritanlp.rules.scores.model import Metric, SentenceOf, between
from beritanlp.rules.scores.placings import ORDINAL

#: First words of an event's short or long name: sport weeks and games, recital and arts
#: contests, school olympiads, championships ("Porprov", "PON", "MTQ", "SEA Games",
#: "Kejurnas", "Pekan Olahraga ...", "Festival ..."); lexicons/data/event_heads.txt.
EVENT_HEADS = frozenset(tagged_words("event_heads", "events"))
#: Last words of a contest's name ("Robotic Competition", "Olimpiade"): the ``contest_ends`` rows
#: of ``event_heads.txt``.
_CONTEST_END_WORDS = tuple(tagged_words("event_heads", "contest_ends"))
#: :data:`_CONTEST_END_WORDS` as a regex alternation.
CONTEST_ENDS = "|".join(map(re.escape, _CONTEST_END_WORDS))
#: A year closing an event's name: a head of ``event_heads.txt`` (any row, with the ``years``
#: rows that only close a name before its year: "Euro 2020") and capitalised words up to the
#: year ("Piala Dunia Qatar 2022", "Piala Asia U-16 2020"); never a month's year ("January
#: 2016") nor a season's end ("2019/2020"). Searched right before the year.
EVENT_NAME_END = re.compile(
    r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(
        {*EVENT_HEADS, *_CONTEST_END_WORDS,
         *tagged_words("event_heads", "years")}, key=len, reverse=True)))
    + r")(?:[ \t]+[A-Z0-9][\w-]*){0,4}[ \t]+$")
#: An overall win: "juara umum" (rank 1 of its event).
_OVERALL = re.compile(r"\b[Jj]uara[ \t]+[Uu]mum\b")
#: A place held, after a verb of holding: "menjadi juara 3", "meraih juara II", "finis di posisi
#: kedua" (an event named after it is its contest); no prize promised to a rank ("Juara III
#: Festival X akan mendapat ..."), no count of titles ("juara 2 kali"), no top N ("5 besar").
_PLACED = re.compile(rf"\b(?i:{HOLDING_VERBS}|finis[ \t]+di"
                     r"|berada[ \t]+di|(?:keluar|tampil|dinobatkan)[ \t]+sebagai)[ \t]+"
                     rf"(?i:juara|posisi)[ \t]+(?:(?i:{ORDINAL})|[IVX]{{1,4}})(?![\w-])"
                     r"(?![.,]\d|[ \t]+(?i:kali|besar)\b)")
#: A capitalised word, where an event's name may open.
_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][\w-]*")
#: What may stand between a place held and its event: "pada", "di", "dalam ajang".
_PLACED_IN = re.compile(r"(?:[ \t]+(?i:pada|di|dalam|ajang|perhelatan|gelaran|event))*[ \t]+")
#: A name word after the head: capitalised, an edition ("ke-40", "XX", "2026"), "Games", a
#: level before a capitalised word ("MTQ tingkat Provinsi X").
_NAME = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|ke-?[ \t]?\d{1,3}|\d{1,4}"
                   r"|tingkat(?=[ \t]+[A-Z])|[IVXL]{1,6}(?![\w-])))*")
#: A year: the name ends before it ("Porprov Bukit Raya 2026 Kota X" -> "Porprov Bukit Raya").
_YEAR = re.compile(r"(?:19|20)\d\d")
#: Words a name does not end on: a lone scope word ("Tingkat"), a connector.
_TAIL_WORDS = frozenset({"Tingkat", "tingkat", "Tahun", "Se", "Ke"})


#: A place held by whoever it may be, right before its verb: "bagi yang menjadi juara 1",
#: "jika berhasil meraih juara II", "siapa pun yang menempati", "peserta yang meraih" (a
#: lower-case noun before "yang"; "Kota X yang menjadi juara 2" names its holder).
_ANYONE = re.compile(r"(?:\b(?i:bagi|kepada|jika|bila|apabila|siapa(?:[ \t]+pun)?)"
                     r"(?:[ \t]+[a-z][\w-]*)?|(?<![\w-])[a-z][\w-]*)[ \t]+yang[ \t]+$"
                     r"|\b(?i:jika|bila|apabila)(?:[ \t]+[a-z][\w-]*)?[ \t]+$")


def _placed_hoped(text: str, start: int, sent: tuple[int, int]) -> bool:
    """Whether the place held at ``start`` is anyone's, a condition or a hope, none held."""
    lo = max(sent[0], start - HOPE_REACH)
    return _ANYONE.search(text, lo, start) is not None or HOPED.search(text, lo, start) is not None


def _name_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The event name opening at ``start`` (within ``end``), without its closing year."""
    m = _NAME.match(text, start, end)
    if m is None:
        return None
    words = m.group(0).split()
    if words[0] not in EVENT_HEADS or (words[0] in ("SEA", "Asian", "ASEAN")
                                       and not (len(words) > 1 and words[1] in (
                                           "Games", "Para"))):
        return None  # "Asian" alone is no event; "SEA Games", "Asian Games", "ASEAN Para Games"
    words = m.group(0).split()
    years = [i for i, w in enumerate(words) if _YEAR.fullmatch(w)]
    words = words[:years[0]] if years else words  # the year is the score's; after it, another name
    while len(words) > 1 and words[-1] in _TAIL_WORDS:
        words.pop()
    if len(words) == 1 and words[0] in ("Piala", "Festival", "Pekan", "Kejuaraan", "Liga"):
        return None  # a bare "Piala", "Festival": a prize or a word, no event named
    end_at = start
    for w in words:
        end_at = text.index(w, end_at) + len(w)
    return start, end_at


def _covered(metrics: Sequence[Metric], start: int, end: int) -> bool:
    """A metric found already overlaps ``start``-``end``."""
    return any(x.start < end and start < x.end for x in between(metrics, start - 200, end))


def event_metrics(text: str, metrics: Sequence[Metric], sent_of: SentenceOf) -> list[Metric]:
    """Events named in a sentence with an overall win or an aimed rank, or after a place held.

    Parameters
    ----------
    text : str
        The article.
    metrics : sequence of Metric
        The metrics found so far, sorted by start.
    sent_of : callable
        The sentence span holding an offset.

    Returns
    -------
    list[Metric]
        New metrics (``award``), one per event name, in text order.
    """
    if "uara" not in text and "osisi" not in text and not has_aim_cue(text):
        return []
    # (sentence, from, to): where in a sentence an event's name may start
    windows = {(s, s[0], s[1]) for cue in (_OVERALL, AIM_CUE) for s in map(
        sent_of, (m.start() for m in cue.finditer(text)))}
    for m in _PLACED.finditer(text):
        if _placed_hoped(text, m.start(), sent_of(m.start())):
            continue  # "bagi yang menjadi juara 1 Festival X": a prize's rank, none held
        named = _PLACED_IN.match(text, m.end())  # "juara 3 (pada) Porprov X": right after it
        if named is not None:
            windows.add((sent_of(m.start()), named.end(), named.end() + 1))
    found: list[Metric] = []
    for sent, lo, hi in sorted(windows):
        for w in _CAPITALISED.finditer(text, lo, sent[1]):
            start = w.start()
            if start >= hi:
                break
            if w.group(0) not in EVENT_HEADS or any(f.start <= start < f.end for f in found):
                continue
            span = _name_at(text, start, sent[1])
            if span is None or _covered(metrics, *span):
                continue
            found.append(Metric(text[span[0]:span[1]], span[0], span[1], None, award=True))
    return sorted(found, key=lambda x: x.start)
