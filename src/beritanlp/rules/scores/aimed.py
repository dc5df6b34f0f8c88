"""Ranks aimed at: "menargetkan juara umum", "ditargetkan masuk lima besar", "membidik peringkat 3".

A contingent, a team or a region states the place it aims at in a contest: GUIDELINE.md counts
targets of scores, and a rank is a score (kind ``target``). The value follows the guideline's rank
rules: "juara umum" is 1, "peringkat ketiga" 3, a Roman numeral stays a string ("juara II"), and a
top N aimed at is the grade string a top N held is ("masuk 5 besar" -> "5 besar"). The metric is the
contest named in the sentence: the one after the aim, else the one before ("Dalam SEA Games 2027,
tim X menargetkan juara umum"). A sentence that names no contest, or an aim denied ("tidak
menargetkan juara umum"), gives nothing. Pure; the metrics found so far are passed in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from beritanlp.rules.scores.bands import TOP_WORDS, band_value
from beritanlp.rules.scores.contests import HOLDER_HEADS
from beritanlp.rules.scores.cues import AIM_CUE, DONE_WORDS, HOPE_WORDS, NEGATION, PURPOSE_WORDS
from beritanlp.rules.scores.model import Candidate, Metric, SentenceOf, sentence_contest
from beritanlp.rules.scores.placings import ORDINAL
from beritanlp.rules.scores.ranked import rank_value
from beritanlp.rules.scores.subjects import FUNCTION_WORDS, PRONOUN_START
from beritanlp.text.ordinals import alternation

#: Words that may stand between the aim and its rank ("menargetkan untuk bisa kembali meraih
#: gelar", "mematok target masuk jajaran").
_FILLER = (r"(?:[ \t]+(?i:untuk|bisa|dapat|mampu|kembali|meraih|merebut|menjadi|mempertahankan"
           r"|masuk|menembus|finis|berada|menempati|keluar|sebagai|di|ke|dalam|gelar|target"
           r"|jajaran|minimal|setidaknya|adalah|yakni|ialah|yaitu))*")
#: The rank aimed at: an overall win, a rank word and its ordinal, or a top N.
_AIMED_RANK = re.compile(
    rf"{AIM_CUE.pattern}{_FILLER}[ \t]+(?:(?P<overall>(?i:juara[ \t]+umum))"
    r"|(?i:juara|peringkat|posisi|urutan|ranking|rangking)[ \t]+"
    rf"(?P<ord>(?i:{ORDINAL})|[IVX]{{1,4}})"
    r"(?![ \t]+(?i:kali|besar)\b)"  # "juara tiga kali": a count of titles; "10 besar": a top N
    rf"|(?:(?i:peringkat|posisi|urutan)[ \t]+)?(?P<top>(?:\d{{1,2}}|(?i:{alternation(TOP_WORDS)}))"
    r"[ \t]+(?i:besar)))(?![\w-])(?![.,]\d)"  # "peringkat 1,5 juta": a number, no rank
    r"(?![ \t]+(?i:nominasi|nominator|nominee|finalis|dunia)\b)")


#: Adverbs between a holder's name and its aim ("Kontingen Kota X juga menargetkan").
_ADVERBS = r"juga|pun|kembali|akan|telah|sudah|masih|tetap"
_HEADS = "|".join(sorted((re.escape(h) for h in HOLDER_HEADS), key=len, reverse=True))
#: Words no team's kind is: function words, pronouns and demonstratives ("Tim ini", "Tim kami",
#: "Tim tersebut": an anaphor, left to the subject rules), prepositions, adverbs.
_NOT_KIND = "|".join(sorted(PRONOUN_START | set(FUNCTION_WORDS) | {
    "dari", "asal", "di", "ke", "pada", "untuk", "dengan", "oleh"}))
#: A holder's head word with the kind of team after it in lower case ("Tim futsal", "Tim bola
#: voli putri").
_HEAD_KIND = (rf"(?:{_HEADS})(?:[ \t]+(?!(?:{_NOT_KIND}|{_ADVERBS})\b)[a-z][\w-]*){{1,3}}")
#: A capitalised name right before the aim, its school number too ("Tim futsal SMAN 2 X"),
#: with adverbs between; it ends where the aim's match starts.
_HOLDER_BEFORE = re.compile(rf"((?<![\w-])(?:{_HEAD_KIND}|[A-Z][\w.'’-]*)"
                            r"(?:[ \t]+(?:[A-Z][\w.'’-]*|\d{1,3}(?![\w-]))){0,6})"
                            rf"(?:[ \t]+(?:{_ADVERBS}))*[ \t]+$")


def _holder(text: str, start: int, sent: tuple[int, int]) -> list[str] | None:
    """The team, contingent, region or body named right before an aim at ``start``.

    Only a name opening with a holder's head word ("Kontingen", "Tim", "Kafilah", "Kota" ...)
    or an acronym ("PB X", "KONI Kota Y"), and more than that word ("Tim juga menargetkan"
    names no team): a person or an official before the aim is left to the usual subject rules.
    """
    m = _HOLDER_BEFORE.search(text, max(sent[0], start - 80), start)
    if m is None:
        return None
    words = m.group(1).split()
    if len(words) > 1 and (words[0] in HOLDER_HEADS or (words[0].isupper() and len(words[0]) >= 2)):
        return [m.group(1)]
    return None


def _value(m: re.Match[str]) -> int | str | None:
    """The rank a match aims at: 1 for an overall win, the number of an ordinal, a top N's grade.

    A top N aimed at has the value a top N held has (rules.scores.bands): the grade string as
    written, "5 besar", "lima besar".
    """
    if m.group("overall"):
        return 1
    if m.group("top"):
        return band_value(m.group("top"))
    word = m.group("ord")
    if re.fullmatch(r"[IVX]{1,4}", word):
        return word  # a Roman numeral stays a string
    return rank_value(re.sub(r"^ke-?[ \t]?", "", word.casefold()))


#: A target met, no aim: "berhasil mencapai target", "sudah memenuhi target" (reached only with a
#: word of a deed done before the verb: "ingin mencapai target" strives), "melampaui target"
#: (group ``over``: met unless willed, see :data:`_WILLED`), "sesuai target".
_MET = re.compile(rf"(?i:\b(?:{DONE_WORDS})[ \t]+(?:mencapai|memenuhi)"
                  r"|\b(?P<over>melampaui|melebihi)|\bsesuai(?:[ \t]+dengan)?"
                  r"|\bberhasil[ \t]+meraih)[ \t]+$")
#: A word of will, purpose or hope in the clause before "melampaui": "harus melampaui target".
_WILLED = re.compile(rf"\b(?:{PURPOSE_WORDS}|{HOPE_WORDS})\b", re.IGNORECASE)
#: Words a passive aim ("diincar", "dibidik") is followed by before the rank it aims at.
_FILLED = re.compile(rf"{_FILLER}[ \t]*$")


def _met(text: str, aim: re.Match[str]) -> bool:
    """Whether the aim word at ``aim`` is a target met ("berhasil mencapai target").

    "melampaui"/"melebihi" is met unless a word of will, purpose or hope stands before it in its
    clause ("harus melampaui target lima besar" aims).
    """
    m = _MET.search(text, max(0, aim.start() - 30), aim.start())
    if m is None or m.group("over") is None:
        return m is not None
    lo = max(0, m.start() - 80)
    clause = max(lo, *(text.rfind(p, lo, m.start()) for p in ".;:,"))
    return _WILLED.search(text, clause, m.start()) is None


def rank_aimed_at(text: str, start: int, sent: tuple[int, int]) -> bool:
    """Whether an aim ("menargetkan", "membidik" ...) sits shortly before ``start``.

    The aim must be in the same clause: no punctuation between it and ``start``. A target met
    ("melampaui target") is no aim, nor a passive ("diincar", "dibidik") with more than filler
    words between it and ``start`` ("yang diincar banyak pihak akhirnya menjadi juara umum").
    """
    aims = list(AIM_CUE.finditer(text, max(sent[0], start - 50), start))
    if not aims or re.search(r"[.;:,]", text[aims[-1].end():start]) or _met(text, aims[-1]):
        return False
    word = aims[-1].group(0).casefold()
    return not (word.startswith("di") and word != "ditargetkan") \
        or _FILLED.fullmatch(text, aims[-1].end(), start) is not None


def aimed_ranks(text: str, metrics: Sequence[Metric], sent_of: SentenceOf) -> list[Candidate]:
    """The ranks aimed at in a contest named in their sentence, as targets.

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
    list[Candidate]
        One ``target`` per rank aimed at, its metric the contest of its sentence.
    """
    if AIM_CUE.search(text) is None:
        return []
    out: list[Candidate] = []
    for m in _AIMED_RANK.finditer(text):
        sent = sent_of(m.start())
        value = _value(m)
        metric = sentence_contest(metrics, sent, m.end())
        if value is None or metric is None or _met(text, m) \
                or NEGATION.search(text, max(sent[0], m.start() - 20), m.start()):
            continue  # "tidak menargetkan juara umum", "mencapai target juara umum": no aim
        rank = next(k for k in ("overall", "ord", "top") if m.group(k))
        s, e = m.span(rank)
        out.append(Candidate(metric, value, "target", None, text[s:e], s, e, sent,
                             _holder(text, m.start(), sent)))
    return out
