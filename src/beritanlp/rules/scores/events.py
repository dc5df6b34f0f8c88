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
("menjadi juara 3 Popda X", "finis di posisi kedua pada Porprov Y", "meraih peringkat ketiga
Porprov Z") or opening its sentence ("Pada Porprov X 2017, Kabupaten A meraih peringkat
tiga"), and only where no metric found so far covers them: the events are the contests of those
ranks (``award``: ranks only, never a loose number such as a medal count). A long name with its
short form in brackets after it ("Pekan Olahraga Provinsi (Porprov)") is named by the short
form (GUIDELINE.md prefers the acronym the text defines). Pure; the metrics found so far are
passed in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from beritanlp.lexicons.words import tagged_words
from beritanlp.rules.scores.cues import (
    AIM_CUE,
    HOLDING_VERBS,
    HOPE_REACH,
    HOPE_WORDS,
    HOPED,
    has_aim_cue,
)
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
                     rf"(?i:juara|posisi|peringkat|urutan)[ \t]+(?:(?i:{ORDINAL})|[IVX]{{1,4}})"
                     r"(?![\w-])"
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


#: A word of hope or aim anywhere before a place held in its sentence (:data:`HOPE_WORDS`).
_HOPE_WORD = re.compile(rf"\b(?:{HOPE_WORDS})\b", re.IGNORECASE)


#: What frames a sentence with its event: its name opens the sentence, alone or after "Pada",
#: "Dalam", "Di" (maybe with "ajang", "gelaran" ...). Anywhere else an event named before a
#: place held is no frame ("Menjelang Olimpiade 2032, ...", "A, tuan rumah MTQ 2019, ...").
_FRAME = re.compile(r"[\W_]*(?:(?i:pada|dalam|di)(?:[ \t]+(?i:ajang|gelaran|perhelatan|event))?"
                    r"[ \t]+)?")


def _frames(text: str, sent: tuple[int, int], start: int) -> bool:
    """Whether an event's name at ``start`` opens its sentence (after "Pada"/"Dalam" at most)."""
    return _FRAME.fullmatch(text, sent[0], start) is not None


#: A short form in brackets right after an event's long name: "Pekan Olahraga Provinsi
#: (Porprov)" (GUIDELINE.md: the metric is the acronym the text defines).
_SHORT_FORM_AFTER = re.compile(r"[ \t]*\(([A-Z][\w-]*)\)")


def _short_named(text: str, span: tuple[int, int], end: int) -> Metric:
    """The event named at ``span``, by the short form in brackets right after it if any.

    "Pekan Olahraga Provinsi (Porprov) Kalimantan Selatan tahun 2017": "Porprov Kalimantan
    Selatan", the name's words after the bracket kept (the metric spans them all).
    """
    short = _SHORT_FORM_AFTER.match(text, span[1])
    if short is None or short.group(1) not in EVENT_HEADS:
        return Metric(text[span[0]:span[1]], span[0], span[1], None, award=True)
    after = _REST.match(text, short.end(), end)
    name = short.group(1) + (" " + after.group(1) if after else "")
    return Metric(name, short.start(1), after.end() if after else short.end(1), None, award=True)


#: The words of an event's name after its bracketed short form ("(Porprov) Kalimantan Selatan"),
#: up to its year or a lower-case word.
_REST = re.compile(r"[ \t]+((?!(?:19|20)\d\d\b)[A-Z][\w'’-]*(?:[ \t]+(?!(?:19|20)\d\d\b)"
                   r"[A-Z][\w'’-]*){0,3})")


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
    if not any(w in text for w in ("uara", "osisi", "eringkat", "rutan")) \
            and not has_aim_cue(text):
        return []
    # (sentence, from, to): where in a sentence an event's name may start
    windows = {(s, s[0], s[1]) for cue in (_OVERALL, AIM_CUE) for s in map(
        sent_of, (m.start() for m in cue.finditer(text)))}
    framed: set[tuple[tuple[int, int], int, int]] = set()  # only where the sentence frames it
    for m in _PLACED.finditer(text):
        if _placed_hoped(text, m.start(), sent_of(m.start())):
            continue  # "bagi yang menjadi juara 1 Festival X": a prize's rank, none held
        sent = sent_of(m.start())
        named = _PLACED_IN.match(text, m.end())  # "juara 3 (pada) Porprov X": right after it
        if named is not None:
            windows.add((sent, named.end(), named.end() + 1))
        # "Pada Porprov X 2017, Kabupaten A meraih peringkat tiga": before it in its sentence,
        # unless a hope or an aim opens it ("Bupati berharap pada Porprov 2021 A bisa meraih")
        if _HOPE_WORD.search(text, sent[0], m.start()) is None:
            framed.add((sent, sent[0], m.start()))
    found: list[Metric] = []
    for sent, lo, hi in sorted(windows | framed):
        only_framed = (sent, lo, hi) not in windows
        for w in _CAPITALISED.finditer(text, lo, sent[1]):
            start = w.start()
            if start >= hi:
                break
            if w.group(0) not in EVENT_HEADS or any(f.start <= start < f.end for f in found) \
                    or (only_framed and not _frames(text, sent, start)):
                continue
            span = _name_at(text, start, sent[1])
            if span is None or _covered(metrics, *span):
                continue
            found.append(_short_named(text, span, sent[1]))
    return sorted(found, key=lambda x: x.start)
