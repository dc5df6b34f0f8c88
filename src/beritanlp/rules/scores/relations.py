"""Names a relational or an attendance word makes no holder of a score.

"Klub milik Budi finis ketiga", "tim asuhan Budi", "Kota Alfa pimpinan Wali Kota Beta", "klub
yang dibela Budi": the owner, coach, leader or player of the noun before the word
(:data:`~beritanlp.rules.scores.cues.RELATED_BY`) holds nothing that noun achieves. "Dalam
lomba yang dihadiri Camat Alfa, Desa Beta meraih juara pertama": a guest named in a clause of
attendance (:data:`~beritanlp.rules.scores.cues.ATTENDED_BY`) before a holding clause with its
own subject holds nothing. Pure: the mentions are passed in.
"""

from __future__ import annotations

import re

from beritanlp.rules.scores.cues import ATTENDED_BY, BECOMES_WORDS, HELD_THING_WORDS, RELATED_BY
from beritanlp.rules.scores.model import SubjectMention
from beritanlp.text.ordinals import rank_word_table

#: The capitalised words of a name run ending where a mention starts ("Wali Kota " before
#: "Bima Arya").
_RUN_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]*[ \t]+){0,5}$")


#: A relative "yang" right before a word of attendance.
_WHO = re.compile(r"\byang[ \t]+$")


def related_name(text: str, lo: int, start: int) -> bool:
    """Whether the name run holding the mention at ``start`` follows a relational word.

    "Klub milik Budi", "tim asuhan Budi", "Kota Alfa pimpinan Wali Kota Beta" (the mention
    "Beta" inside the run "Wali Kota Beta"), "klub yang dibela Budi"
    (:data:`~beritanlp.rules.scores.cues.RELATED_BY`): the owner, coach, leader or player of
    the noun before, never the holder of what that noun achieves; so is a guest in a relative
    clause of attendance ("Desa Alfa yang didampingi Camat Beta meraih ...").

    Parameters
    ----------
    text : str
        The text.
    lo : int
        Where the search may start (the sentence's start).
    start : int
        Where the mention starts.

    Returns
    -------
    bool
        ``True`` when a relational word comes right before the name run.
    """
    return _cue_before(text, lo, start) is not None


def _cue_before(text: str, lo: int, start: int) -> int | None:
    """Where the relational word (or the "yang" of a guest's clause) before a name starts.

    ``None`` when the name run at ``start`` follows no relational word, or one that says who
    holds a thing (:func:`_held_or_become`: "peringkat pertama menjadi milik X").
    """
    run = _RUN_BEFORE.search(text, max(lo, start - 60), start)
    at = run.start() if run is not None else start
    cue = RELATED_BY.search(text, max(lo, at - 40), at)
    if cue is not None:
        return None if _held_or_become(text, lo, cue.start()) else cue.start()
    # "Desa Alfa yang didampingi Camat Beta meraih ...": a guest inside the holder's phrase
    guest = ATTENDED_BY.search(text, max(lo, at - 40), at)
    if guest is None:
        return None
    who = _WHO.search(text, max(lo, guest.start() - 5), guest.start())
    return who.start() if who is not None else None


def without_attendees(text: str, mentions: list[SubjectMention], lo: int,
                      hi: int) -> list[SubjectMention]:
    """The mentions less those a clause of attendance names before another holder's clause.

    "Dalam lomba yang dihadiri Camat Alfa, Desa Beta meraih juara pertama": Camat Alfa
    attended (:data:`~beritanlp.rules.scores.cues.ATTENDED_BY`); the clause after the comma
    has its own subject, Desa Beta, which holds the rank. A mention is dropped only when a
    comma follows it before ``hi`` (the value) and another mention starts after that comma.

    Parameters
    ----------
    text : str
        The text.
    mentions : list of SubjectMention
        The possible holders of a value's sentence.
    lo, hi : int
        The sentence's start and the value's start.

    Returns
    -------
    list of SubjectMention
        ``mentions`` less the attendees.
    """
    out = []
    for s in mentions:
        comma = text.find(",", s.end, hi) if s.end < hi else -1
        if comma >= 0 and attendee_at(text, lo, s.start) \
                and any(o.start > comma for o in mentions):
            continue
        out.append(s)
    return out


def attendee_at(text: str, lo: int, start: int) -> bool:
    """Whether a word of attendance comes right before the name at ``start``.

    "yang dihadiri " + "Camat Alfa", "disaksikan langsung oleh " + "Bupati Beta".

    Parameters
    ----------
    text : str
        The text.
    lo : int
        Where the search may start (the sentence's start).
    start : int
        Where the name starts.

    Returns
    -------
    bool
        ``True`` after a word of :data:`~beritanlp.rules.scores.cues.ATTENDED_BY`.
    """
    return ATTENDED_BY.search(text, max(lo, start - 40), start) is not None


#: Adverbs between a word of becoming and "milik" ("kembali menjadi milik X").
_ADVERBS = frozenset({"kembali", "juga", "pun", "pula", "telah", "sudah", "akhirnya", "tetap",
                      "masih"})
#: Words a phrase before a relational word is walked back over to its head, with capitalised
#: words, ordinal words ("pertama", "kedua" ...: the package's rank-word table), numbers and
#: superlatives ("juara umum", "posisi puncak", "skor tertinggi").
_MODIFIERS = frozenset({"yang", "tahun", "umum", "puncak", "utama", "paling", "nomor", "satu",
                        *(word for word, (_, form) in rank_word_table().items()
                          if form != "cardinal")})
_NUMBERED_OR_SUPERLATIVE = re.compile(r"ke-?\d+|ter\w+|\d[\d.,-]*")
#: A word before a relational word.
_WORD = re.compile(r"[\w'’.-]+")


def _held_or_become(text: str, lo: int, cue: int) -> bool:
    """Whether the relational word at ``cue`` says who holds a thing, not whose a noun is.

    "Peringkat pertama ... menjadi milik X", "posisi puncak ... kini milik X", "peringkat
    pertama yang dimiliki X", "skor tertinggi Indeks Y 2023 milik X": after a word of becoming
    (:data:`~beritanlp.rules.scores.cues.BECOMES_WORDS`), or with a rank, score or title word
    (:data:`~beritanlp.rules.scores.cues.HELD_THING_WORDS`) as the head of the phrase before
    it, X is the holder. "Klub milik X", "Tim Alfa besutan X": the head is a noun X owns.
    """
    words = _WORD.findall(text[max(lo, cue - 120):cue].split(",")[-1])
    i = len(words) - 1
    while i >= 0 and words[i].casefold() in _ADVERBS:
        i -= 1  # "kembali menjadi milik"
    if i >= 0 and words[i].casefold() in BECOMES_WORDS:
        return True
    while i >= 0:  # back to the phrase's head: "Skor tertinggi Indeks Y 2023 milik"
        folded = words[i].casefold()
        if folded in HELD_THING_WORDS:
            return True
        if not (words[i][:1].isupper() or folded in _MODIFIERS
                or _NUMBERED_OR_SUPERLATIVE.fullmatch(folded)):
            return False
        i -= 1
    return False


#: A name's capitalised words (at least one) right before a relational word: "Tim Alfa " before
#: "besutan".
_HEAD_RUN = re.compile(r"(?<![\w-])([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,4})[ \t]+$")

#: An age group opening a name run: "U-15", "U15", "U-23".
_AGE_GROUP = re.compile(r"U-?\d+\b")


def related_head(text: str, lo: int, start: int) -> SubjectMention | None:
    """The name of the noun phrase a related name (:func:`related_name`) belongs to.

    "Tim Alfa besutan Budi" gives "Tim Alfa" (so does "Tim Alfa yang didampingi Budi", a
    guest in the team's phrase); "Klub milik Budi" (a common noun) and a single
    capitalised word opening the sentence ("Anak asuh Budi") give ``None``.

    Parameters
    ----------
    text : str
        The text.
    lo : int
        The sentence's start.
    start : int
        Where the related name starts.

    Returns
    -------
    SubjectMention or None
        The capitalised name before the relational word, if any.
    """
    cue = _cue_before(text, lo, start)
    if cue is None:
        return None
    head = _HEAD_RUN.search(text, max(lo, cue - 60), cue)
    if head is None:
        return None
    name = head.group(1)
    if text[lo:head.start(1)].strip(" \t\"'“”(") == "" and " " not in name:
        return None  # "Klub milik X", "Anak asuh X": a common noun opening the sentence
    if _AGE_GROUP.match(name):
        return None  # "timnas U-15 asuhan X": an age group alone names no team
    return SubjectMention(name, head.start(1), head.end(1), "pattern")


#: Where a capitalised word starts (a name's first word).
_CAP_START = re.compile(r"(?<![\w'’.-])[A-Z]")


def related_before(text: str, lo: int, hi: int) -> list[SubjectMention] | None:
    """The named head of a phrase with a related name between ``lo`` and ``hi``, if any.

    "Timnas U-15 asuhan pelatih Budi meraih peringkat kedua ... di Malaysia": ``[Timnas
    U-15]``; "Tim binaan Dinas Alfa meraih juara ketiga ... di Kota Beta": ``[]`` (a common
    noun: no one named; never the venue after the value). ``None`` when no name between the
    two follows a relational word (:func:`related_name`).

    Parameters
    ----------
    text : str
        The text.
    lo, hi : int
        The sentence's start and the value's start.

    Returns
    -------
    list of SubjectMention or None
        The head (one at most), or ``None`` when no relational word names anyone there.
    """
    for m in _CAP_START.finditer(text, lo, hi):
        if _cue_before(text, lo, m.start()) is not None:
            head = related_head(text, lo, m.start())
            return [head] if head is not None else []
    return None


def named_related(text: str, lo: int, hi: int, name: str | None) -> bool:
    """Whether ``name`` is written between ``lo`` and ``hi`` after a relational word.

    "Tim binaan Dinas Alfa meraih juara ketiga": the article's main subject Dinas Alfa is the
    team's patron, never the fallback holder of the team's rank.

    Parameters
    ----------
    text : str
        The text.
    lo, hi : int
        The sentence's start and the value's start.
    name : str or None
        A fallback holder.

    Returns
    -------
    bool
        ``True`` when some writing of ``name`` there follows a relational word.
    """
    if not name:
        return False
    at = text.find(name, lo, hi)
    while at >= 0:
        if related_name(text, lo, at):
            return True
        at = text.find(name, at + 1, hi)
    return False
