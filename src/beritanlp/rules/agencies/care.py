"""Health facilities named only as where a patient was cared for: venues, no agencies.

"Korban dirawat di RSUD Sukamaju", "jenazah dibawa ke kamar mayat Puskesmas X", "meninggal di
RSUD Y": the facility is the place of the care, as a hotel is the place of a meeting, and the
gold files list no hospital named only so. A facility that acts or is spoken of otherwise
anywhere in the article ("Direktur RSUD X mengatakan", "RSUD X menerima penghargaan") stays
an agency.
"""

from __future__ import annotations

from collections.abc import Iterable

from beritanlp.text.words import ASCII_WORD

#: Prepositions of place right before a facility's name (past its room words).
PLACE_PREPOSITIONS = frozenset({"di", "ke", "menuju", "dari"})
#: Room words at most between the preposition and the facility ("ke ruang instalasi jenazah").
MAX_ROOM_WORDS = 3
#: Words at most between a care word and the preposition ("meninggal dunia pada usia 71 tahun
#: di ...").
MAX_CARE_GAP = 10
#: Characters read before a mention for its sentence's words.
_WINDOW = 160
#: Ends of the sentence before a mention: its words are no part of the mention's sentence.
_SENTENCE_ENDS = (". ", ".,", "!", "?", "\n", '."', ".”")


def cared_at(text: str, start: int, care: frozenset[str], rooms: frozenset[str]) -> bool:
    """The facility named at ``start`` is where a patient was cared for.

    Right before it stands a preposition of place (:data:`PLACE_PREPOSITIONS`), maybe after
    up to :data:`MAX_ROOM_WORDS` room words (``rooms``: "kamar mayat"), and one of the ``care``
    words comes at most :data:`MAX_CARE_GAP` words before the preposition in the same
    sentence. Words are compared in lower case.
    """
    window = text[max(0, start - _WINDOW) : start]
    cut = max(window.rfind(end) for end in _SENTENCE_ENDS)
    words = [w.casefold() for w in ASCII_WORD.findall(window, cut + 1 if cut >= 0 else 0)]
    i = len(words)
    while i and len(words) - i < MAX_ROOM_WORDS and words[i - 1] in rooms:
        i -= 1
    if not i or words[i - 1] not in PLACE_PREPOSITIONS:
        return False
    return any(w in care for w in words[max(0, i - 1 - MAX_CARE_GAP) : i - 1])


def care_venue(
    text: str, mentions: Iterable[tuple[int, int]], care: frozenset[str], rooms: frozenset[str]
) -> bool:
    """Every mention of a health facility names the place of a patient's care (:func:`cared_at`).

    ``mentions`` are a record's (start, end) offsets; a record without mentions is none.
    """
    found = False
    for start, _ in mentions:
        if not cared_at(text, start, care, rooms):
            return False
        found = True
    return found
