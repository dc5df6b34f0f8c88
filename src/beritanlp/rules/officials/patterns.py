"""The patterns that pair a position phrase with a name, one function each.

Tried in this order around every position phrase; the first that yields a candidate wins:

* :func:`name_after`            ``[position] [jurisdiction] [NAME]``   "Gubernur Jawa Barat Ridwan"
* :func:`name_after_party`      ``[position] dari Partai/Fraksi [party] [NAME]``
                                ("Anggota DPRD Jabar dari Partai Gerindra Budi")
* :func:`name_after_apposition` ``[position], [place or agency], [NAME]``
                                ("Ketua DPRD Kota X, Jawa Tengah, Budi")
* :func:`name_after_comma`      ``[position] [jurisdiction], [NAME]``  "Sekda Kabupaten Bogor, Ajat"
* :func:`name_in_parens`        ``[position] ([NAME])``                "Menteri X (Budi)"
* :func:`name_after_cue`        ``[position] yakni/yaitu [NAME]``     "Wakil Ketua yaitu Budi"
* :func:`name_inside_person`    a PERSON span that swallowed the unit and place
                                ("Kepala [Disdik Kabupaten X Budi]")
* :func:`name_after_acronym`    an open unit name and its acronym ("Kepala Lembaga X Y (LXY) Z")
* :func:`name_after_long_title` ``[position] [more title words] [NAME]`` ("Direktur Advokasi
                                Persaingan dan Kemitraan, Abdul Hakim")
* :func:`name_after_open_unit`  the same with unknown unit words up to the comma
                                ("Kepala Seksi Humas Xyz, Budi")
* :func:`name_after_rank`       unknown unit words before a rank ("Pangdam Jaya Mayjen TNI X")
* :func:`name_before_parens`    ``[NAME] ([position])``                "Budi Santoso (jaksa)"
* :func:`name_before_comma`     ``[NAME], [position] [jurisdiction],`` "Ajat, Sekda Kab. Bogor,"
* :func:`name_before_long_title` the same with portfolio words the lexicon lacks
                                ("Budi, Kepala Bidang Tenun dan Batik Dinas Koperasi Garut,")
* :func:`name_before_trigger`   ``[NAME] selaku/sebagai [position]``   "Budi selaku Kepala Dinas"
* :func:`name_before_ranked`    ``[rank] [NAME] [position] [verb]``    "Irjen Budi Kapolda X kata"

The patterns live in :mod:`~beritanlp.rules.officials.after` (the name after the phrase) and
:mod:`~beritanlp.rules.officials.before` (the name before it), on the shared checks of
:mod:`~beritanlp.rules.officials.pairing` and :mod:`~beritanlp.rules.officials.long_titles`.
:func:`pair_phrase` tries them around one phrase (a facility's name first);
:func:`~beritanlp.rules.officials.scan.find_candidates` runs it over a text, and a phrase no
pattern pairs with a name is kept as a *bare title* (a headline's "Pj Wali Kota Pangkalpinang"
may refer to an official named later).
"""

from __future__ import annotations

from beritanlp.rules.officials.after import (
    name_after,
    name_after_acronym,
    name_after_apposition,
    name_after_comma,
    name_after_cue,
    name_after_long_title,
    name_after_open_unit,
    name_after_party,
    name_after_rank,
    name_in_parens,
    name_inside_person,
)
from beritanlp.rules.officials.before import (
    name_before_comma,
    name_before_long_title,
    name_before_parens,
    name_before_ranked,
    name_before_trigger,
)
from beritanlp.rules.officials.candidates import Candidate
from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.lookups import place_at
from beritanlp.rules.officials.names import (
    name_forward,
    skip_titles,
)
from beritanlp.rules.officials.pairing import Found, Pattern, paired
from beritanlp.rules.officials.phrases import (
    Phrase,
    phrase_at,
)

#: Last words of facilities whose own name follows them ("Puskesmas Sukajaya", "Lapas
#: Sukamiskin", "RSUD Cibinong"), casefolded. Not "Udara": "Direktur Jenderal Perhubungan
#: Udara" is followed by a person's name.
FACILITY_WORDS: frozenset[str] = frozenset(
    "puskesmas sakit rs rsu rsud rsup lapas rutan bandara pelabuhan terminal stasiun".split()
)
#: Words of a facility's name read at most.
MAX_FACILITY_WORDS = 4


def facility_end(ctx: Context, ph: Phrase) -> int | None:
    """Token after the name of the facility that ends the phrase, or None when there is none.

    "Kepala Puskesmas Sukajaya", "Direktur RSUD Dr Soetomo", "Kepala Lapas Sukamiskin": a
    facility word is followed by the facility's own name. It is the words before a PERSON
    span; without one, a place at most (a name no table knows cannot be told from a person's).
    """
    last = ph.items[-1] if ph.items else None
    if last is None:
        if ph.head.text not in FACILITY_HEADS or ph.end != ph.head_end:
            return None  # "Kalapas Cipinang": the head names the facility itself
        word = "lapas"
    elif last.end != ph.end:
        return None
    else:
        word = ctx.norms[_before_class(ctx, last.end - 1)]
        if word not in FACILITY_WORDS:
            return None
    # prisons are named after their place, hospitals often after a person ("RSUD Raden ...")
    e = ph.end
    split = _glued_facility_name if word in PRISON_WORDS else lambda _ctx, _k: 0
    if word not in PRISON_WORDS and e < ctx.size and skip_titles(ctx, e) > e:
        split = _namesake_words  # "RSUD Dr [Sutomo Joko Wahyudi]": named after a person
    j = e
    while j < ctx.size and j - e < MAX_FACILITY_WORDS and ctx.cap(j):
        if j > e and ctx.person_at(j) is not None and not ctx.inside_person(j):
            return j + split(ctx, j)  # "Lapas Kelas I [Cipinang Budi Santoso]"
        j += 1
    glued = split(ctx, e)
    if glued:
        return e + glued
    # a desa name is too often a word of a facility's name, but prisons are named after one
    # (unless the NER read it as the start of a name: "[Sukamiskin Wijaya]", glued above)
    place = place_at(ctx, e, word in PRISON_WORDS and ctx.person_at(e) is None)
    return e + place[0] if place is not None else e


#: Facility words of prisons, which are named after their place ("Lapas Sukamiskin").
PRISON_WORDS: frozenset[str] = frozenset({"lapas", "rutan"})
#: Heads that name a facility themselves: its own name follows them ("Kalapas Cipinang").
FACILITY_HEADS: frozenset[str] = frozenset(
    {"Kepala Lembaga Pemasyarakatan", "Kepala Rumah Tahanan"}
)


def _before_class(ctx: Context, k: int) -> int:
    """The token before a facility's class ("Lapas Kelas IIA"), else ``k`` itself."""
    if k >= 2 and ctx.norms[k - 1] == "kelas":
        return k - 2
    return k


#: A PERSON span of at most this many words after a facility is the holder's alone.
HOLDER_NAME_WORDS = 2


def _namesake_words(ctx: Context, j: int) -> int:
    """Words of a PERSON span at ``j`` that end the name of a facility named after a person.

    After a title right after the facility word, the span is the namesake's when the holder's
    name follows it, also after a comma and a title ("RSUP Dr [Hasan Basri] [Budi]", "RSUD Dr
    [Sudirman], dr [Budi]"). A span of three words or more may hold both ("Kepala RSUD Dr
    [Sutomo Joko Wahyudi]"): the holder's name begins at the first word the text also writes
    elsewhere on its own ("Joko mengatakan"), never right after an initial ("R [D Kandar]").
    Else, and for a shorter span ("Direktur RSUD dr [Budi Santoso]"), no split: 0.
    """
    end = ctx.person_at(j)
    if end is None or ctx.inside_person(j):
        return 0
    after = skip_titles(ctx, end + 1) if ctx.tok(end) == "," else end
    if ctx.person_at(after) is not None:
        return end - j  # the holder's own span follows the namesake's
    words = [k for k in range(j, end) if ctx.toks[k].is_word]
    if len(words) <= HOLDER_NAME_WORDS:
        return 0
    for before, k in zip(words[:-1], words[1:], strict=True):
        if _letter(ctx.tok(before)) or _letter(ctx.tok(k)):
            continue  # "R D Kandar": initials belong to one name
        if any(not j <= p < end for p in ctx.positions_of(ctx.norms[k])):
            return k - j
    return 0


def _letter(word: str) -> bool:
    """Tell whether ``word`` is one capital letter, an initial with or without its dot."""
    return len(word) == 1 and word.isupper()


def _glued_facility_name(ctx: Context, e: int) -> int:
    """Tokens of a facility's name a PERSON span swallowed from ``e`` ("[Cipinang Budi Santoso]").

    The span's first words are a known place, district or village, and at least two words
    are left for the person.
    """
    end = ctx.person_at(e)
    if end is None or ctx.inside_person(e) or skip_titles(ctx, e) > e:
        return 0  # "RSUD [Raden Mattaher Jaya]": a title begins a person's (or a namesake's) name
    place = place_at(ctx, e, True)
    if place is None or end - (e + place[0]) < 2:
        return 0
    return place[0]


def pair_facility(ctx: Context, ph: Phrase, end: int, lowered: bool) -> Found | None:
    """``[position] [facility] [facility name][,] [NAME]`` or a name before it.

    "Kepala Lapas Sukamiskin Budi", "Budi, Kepala Puskesmas Sukajaya,", "Direktur RSUD Mawar
    Sari, dr Budi": the facility's name
    (tokens ``ph.end:end``, see :func:`facility_end`) is part of the title, never the name.
    """
    named = end > ph.end
    if not named:  # "Budi, Kepala Puskesmas Sukamulya,": the facility's name runs to the comma
        end = ph.end
        while end < ctx.size and end - ph.end < MAX_FACILITY_WORDS and ctx.cap(end):
            end += 1
    long = phrase_at(ctx, ph.start, allow_lower=lowered, until=end) if end > ph.end else ph
    if long is None:
        return None
    if named:
        q = skip_titles(ctx, end)
        found = paired(ctx, long, name_forward(ctx, q), gap=False)
        if found is not None:
            return found
    for pattern in (name_before_parens, name_before_comma, name_before_trigger):
        found = pattern(ctx, long, lowered)
        if found is not None:
            return found
    if ctx.tok(end) == ",":  # "Direktur RSUD Mawar Sari, dr Budi", "RSUD Dr Sudirman, Budi"
        return name_after_comma(ctx, long, lowered)
    return None


def facility_name(ctx: Context, cand: Candidate) -> bool:
    """Tell whether the text writes a candidate's name as a facility's name elsewhere.

    "Kepala Seksi X BMKG Raja Sulung, Kota Y Budi" and "Bandara Raja Sulung": the words after
    the unit are the airport's name (:data:`FACILITY_WORDS`), not a person's.
    """
    words = cand.words
    n = len(words)
    first = words[0] if words else ""
    return any(
        ctx.norms[k - 1] in FACILITY_WORDS and tuple(ctx.norms[k : k + n]) == words
        for k in ctx.positions_of(first)
        if 1 <= k <= ctx.size - n
    )


#: The patterns, in the order they are tried.
PATTERNS: tuple[Pattern, ...] = (
    name_after,
    name_after_party,
    name_after_apposition,
    name_after_comma,
    name_in_parens,
    name_after_cue,
    name_inside_person,
    name_after_acronym,
    name_after_long_title,
    name_after_open_unit,
    name_after_rank,
    name_before_parens,
    name_before_comma,
    name_before_long_title,
    name_before_trigger,
    name_before_ranked,
)


def pair_phrase(ctx: Context, ph: Phrase, lowered: bool) -> tuple[Candidate | None, int]:
    """Try the patterns around one phrase; return the candidate and where to go on.

    A name the text also writes as a facility's is no person (:func:`facility_name`).
    """
    cand, nxt = _pair_phrase(ctx, ph, lowered)
    if cand is not None and facility_name(ctx, cand):
        return None, nxt  # "BMKG Raja Sulung" of "Bandara Raja Sulung"
    return cand, nxt


def _pair_phrase(ctx: Context, ph: Phrase, lowered: bool) -> tuple[Candidate | None, int]:
    """:func:`pair_phrase` before the facility check."""
    if ctx.toks[ph.start].title_line:
        return None, ph.end
    facility = facility_end(ctx, ph)
    if facility is not None:
        found = pair_facility(ctx, ph, facility, lowered)
        return found if found is not None else (None, max(facility, ph.end))
    for pattern in PATTERNS:
        found = pattern(ctx, ph, lowered)
        if found is not None:
            return found
    return None, ph.head_end
