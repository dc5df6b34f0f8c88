"""Health facilities named only as where a patient was cared for: venues, no agencies.

"Korban dirawat di RSUD Sukamaju", "jenazah dibawa ke kamar mayat Puskesmas X", "meninggal di
RSUD Y": the facility is the place of the care, as a hotel is the place of a meeting, and the
gold files list no hospital named only so. The care is read only from a word of being treated,
taken in as a patient or dying a few words before the preposition (:class:`CareWords`), never
from a preposition alone: a facility that gives or receives ("bantuan dari RSUD X", "membawa
bantuan ke RSUD X") or acts or is spoken of otherwise anywhere in the article ("Direktur RSUD X
mengatakan") stays an agency. Facilities listed together are read alike: "dirawat di Puskesmas
A 40 orang dan Puskesmas B 25 orang" names two places of care, "tersebar di Puskesmas A ... dan
Puskesmas B ..." none.

The words come from ``lexicons/data/care_words.txt`` (:func:`care_words`), passed in by the
agencies component; the text is read through its one segmentation
(:func:`beritanlp.text.words.segment`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from beritanlp.text.words import Tokens, segment

#: Prepositions of place right before a facility's name (past its room words): "di", "ke",
#: "menuju". Not "dari": a facility something comes from gives it ("bantuan dari RSUD X").
PLACE_PREPOSITIONS = frozenset({"di", "ke", "menuju"})
#: Room words at most between the preposition and the facility ("ke ruang instalasi jenazah").
MAX_ROOM_WORDS = 3
#: Words at most read back from the preposition for a word of care ("meninggal dunia pada usia
#: 71 tahun di ..."), within its clause.
MAX_CARE_GAP = 10
#: Tokens at most between two facilities of one list ("Puskesmas A 40 orang dan Puskesmas B").
MAX_LIST_GAP = 4
#: Symbols that end a clause: the care words of another clause are not this facility's.
_CLAUSE_ENDS = frozenset({".", "!", "?", ",", ";", ":", "(", ")", '"', "“", "”"})
#: Tokens that join two items of a list.
_LIST_JOINS = frozenset({",", "dan", "serta", "atau", "maupun"})


@dataclass(frozen=True)
class CareWords:
    """The words :func:`cared_at` reads, lowercase (the columns of ``care_words.txt``).

    Attributes
    ----------
    care
        Verbs and nouns of being treated, taken in as a patient or dying ("dirawat",
        "dilarikan", "meninggal", "perawatan"): enough alone.
    carry
        Verbs of carrying ("dibawa", "membawa"): care only with a ``patients`` word in the
        clause ("korban dibawa ke", not "membawa bantuan ke").
    patients
        Patients and the dead ("korban", "pasien", "jenazah"): never care alone.
    rooms
        Rooms and wards between the preposition and the facility's name ("kamar mayat").
    """

    care: frozenset[str]
    carry: frozenset[str]
    patients: frozenset[str]
    rooms: frozenset[str]


def care_words(rows: Iterable[tuple[str, ...]]) -> CareWords:
    """The :class:`CareWords` of a table's rows: ``(word, kinds)``, kinds blank-separated.

    Raises
    ------
    ValueError
        For a row without kinds or with a kind that is none of care, carry, patient, room.
    """
    kinds: dict[str, set[str]] = {"care": set(), "carry": set(), "patient": set(), "room": set()}
    for row in rows:
        if len(row) != 2 or not row[1].split():
            raise ValueError(f"care_words: {row!r} is no 'word | kinds' row")
        for kind in row[1].split():
            if kind not in kinds:
                raise ValueError(f"care_words: unknown kind {kind!r} of {row[0]!r}")
            kinds[kind].add(row[0].casefold())
    return CareWords(
        care=frozenset(kinds["care"]), carry=frozenset(kinds["carry"]),
        patients=frozenset(kinds["patient"]), rooms=frozenset(kinds["room"]),
    )


def _clause_end(tokens: Tokens, k: int) -> bool:
    """Token ``k`` ends a clause: a symbol of :data:`_CLAUSE_ENDS` or a line break after it.

    A full stop inside a number or an abbreviation ("10.30", "dr.") with no blank after it
    ends none.
    """
    if "\n" in tokens.gaps[k + 1]:
        return True
    word = tokens.texts[k]
    if word == ".":
        return tokens.gaps[k + 1] != ""
    return not tokens.is_word[k] and word in _CLAUSE_ENDS


def cared_at(tokens: Tokens, i: int, words: CareWords) -> bool:
    """The facility whose name starts at token ``i`` is where a patient was cared for.

    Right before it stands a preposition of place (:data:`PLACE_PREPOSITIONS`), maybe after
    up to :data:`MAX_ROOM_WORDS` room words ("kamar mayat"), and at most
    :data:`MAX_CARE_GAP` words before the preposition, in its clause, a word of care, or a
    word of carrying with a patient's ("korban dibawa ke").
    """
    lows, is_word = tokens.lows, tokens.is_word
    j = i
    while j > 0 and i - j < MAX_ROOM_WORDS and lows[j - 1] in words.rooms:
        j -= 1
    if j == 0 or lows[j - 1] not in PLACE_PREPOSITIONS:
        return False
    carry = patient = False
    k, seen = j - 1, 0
    while k > 0 and seen < MAX_CARE_GAP:
        k -= 1
        if _clause_end(tokens, k):
            break
        if not is_word[k]:
            continue
        seen += 1
        low = lows[k]
        if low in words.care:
            return True
        carry = carry or low in words.carry
        patient = patient or low in words.patients
    return carry and patient


def _listed(tokens: Tokens, after: int, i: int) -> bool:
    """Tokens ``after`` to ``i`` (exclusive) join two items of one list.

    At most :data:`MAX_LIST_GAP` tokens, the last one a comma or a joining word ("dan",
    "serta"), none of them capitalised and no clause end but a comma among them: "Puskesmas A
    40 orang dan Puskesmas B", "RSUD A, RSUD B".
    """
    if not 0 < i - after <= MAX_LIST_GAP or tokens.lows[i - 1] not in _LIST_JOINS:
        return False
    return not any(
        tokens.uppers[k] or (tokens.texts[k] != "," and _clause_end(tokens, k))
        for k in range(after, i)
    )


def care_places(
    text: str, spans: Iterable[tuple[int, int]], words: CareWords
) -> frozenset[int]:
    """The starts of the facilities' mentions that name a place of care (:func:`cared_at`).

    ``spans`` are the (start, end) offsets of the article's health facilities' mentions. A
    mention listed right after another one (:func:`_listed`) is read as that one is, so a
    list is all places of care or none.
    """
    tokens = segment(text)
    found: set[int] = set()
    last_end, last_cared = -1, False
    for start, end in sorted(spans):
        i = bisect_left(tokens.starts, start)
        if i >= len(tokens.starts) or tokens.starts[i] != start:
            last_end = -1
            continue  # not at a word's start: no reading
        listed = last_end >= 0 and _listed(tokens, bisect_left(tokens.starts, last_end), i)
        cared = last_cared if listed else cared_at(tokens, i, words)
        if cared:
            found.add(start)
        last_end, last_cared = end, cared
    return frozenset(found)


def care_venue(mentions: Iterable[tuple[int, int]], places: frozenset[int]) -> bool:
    """Every mention of a record names a place of care (``places``, :func:`care_places`).

    ``mentions`` are the record's (start, end) offsets; a record without mentions is none.
    """
    starts = [start for start, _ in mentions]
    return bool(starts) and all(start in places for start in starts)
