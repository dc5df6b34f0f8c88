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

from beritanlp.rules.scores.cues import ATTENDED_BY, RELATED_BY
from beritanlp.rules.scores.model import SubjectMention

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
    run = _RUN_BEFORE.search(text, max(lo, start - 60), start)
    at = run.start() if run is not None else start
    if RELATED_BY.search(text, max(lo, at - 40), at) is not None:
        return True
    # "Desa Alfa yang didampingi Camat Beta meraih ...": a guest inside the holder's phrase
    guest = ATTENDED_BY.search(text, max(lo, at - 40), at)
    return guest is not None and _WHO.search(text, max(lo, guest.start() - 5),
                                              guest.start()) is not None


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
        if comma >= 0 and ATTENDED_BY.search(text, max(lo, s.start - 40), s.start) \
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


#: A name's capitalised words (at least one) right before a relational word: "Tim Alfa " before
#: "besutan".
_HEAD_RUN = re.compile(r"(?<![\w-])([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,4})[ \t]+$")


def related_head(text: str, lo: int, start: int) -> str | None:
    """The name of the noun phrase a related name (:func:`related_name`) belongs to.

    "Tim Alfa besutan Budi" gives "Tim Alfa"; "Klub milik Budi" (a common noun) and a single
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
    str or None
        The capitalised name before the relational word, if any.
    """
    run = _RUN_BEFORE.search(text, max(lo, start - 60), start)
    at = run.start() if run is not None else start
    cue = RELATED_BY.search(text, max(lo, at - 40), at)
    if cue is None:
        return None
    head = _HEAD_RUN.search(text, max(lo, cue.start() - 60), cue.start())
    if head is None:
        return None
    name = head.group(1)
    if text[lo:head.start(1)].strip(" \t\"'“”(") == "" and " " not in name:
        return None  # "Klub milik X", "Anak asuh X": a common noun opening the sentence
    return name
