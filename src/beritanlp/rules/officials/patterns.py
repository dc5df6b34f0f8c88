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
* :func:`name_before_trigger`   ``[NAME] selaku/sebagai [position]``   "Budi selaku Kepala Dinas"

:func:`find_candidates` runs them over a text; a phrase no pattern pairs with a name is kept as
a *bare title* (a headline's "Pj Wali Kota Pangkalpinang" may refer to an official named later).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from beritanlp.rules.officials.candidates import Candidate, make_candidate
from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.jurisdiction import split_phrase
from beritanlp.rules.officials.lookups import agency_at, nongov_at, place_at, unit_at
from beritanlp.rules.officials.names import (
    name_backward,
    name_forward,
    rank_at,
    skip_titles,
)
from beritanlp.rules.officials.phrases import (
    ORDINAL,
    Phrase,
    head_at,
    phrase_at,
    scan_complement,
    short_form_of,
)
from beritanlp.rules.officials.tokens import is_acronym
from beritanlp.rules.officials.vocab import (
    CANDIDACY_WORDS,
    DOCUMENT_WORDS,
    INSTITUTION_HEADS,
    LOWER_CUES,
    LOWER_JOIN,
    PARTIES,
    POST_QUALIFIERS,
    STOP_WORDS,
    TRIGGERS,
    VENUE_WORDS,
)

#: Words that introduce the one holder of a title ("Wakil Ketua yaitu Budi"); not "adalah":
#: "calon kuat Menteri X adalah Y" names a hopeful.
NAME_CUES: frozenset[str] = frozenset({"yakni", "yaitu"})
#: Posts several people hold at once, as written with their modifiers (:attr:`Phrase.canonical`):
#: "Wakil Ketua DPR A dan B" names two deputies, "Gubernur X A dan B" one governor.
SHARED_POSTS: frozenset[str] = frozenset(
    {
        "Wakil Ketua", "Wakil Ketua Umum", "Komisioner", "Hakim", "Hakim Agung",
        "Hakim Konstitusi", "Hakim Anggota", "Jaksa", "Deputi", "Staf Khusus",
        "Staf Ahli", "Wakil Sekretaris Jenderal", "Senator", "Legislator",
    }
)
#: Words before the years of a term of office ("periode 2014-2019").
TERM_WORDS: frozenset[str] = frozenset({"periode", "masa", "era", "tahun"})
#: Words before a title that make it a predicate of someone named before ("menjadi Bupati").
PREDICATE_WORDS: frozenset[str] = frozenset({"menjadi", "jadi", "sebagai", "selaku"})
#: A year or a range of years after a title ("Ketua Dewan Pers 2016-2019, Budi").
YEARS = re.compile(r"(?:19|20)\d\d(?:[-–/](?:19|20)\d\d)?")
#: Last words of facilities whose own name follows them ("Puskesmas Sukajaya", "Lapas
#: Sukamiskin", "RSUD Cibinong"), casefolded. Not "Udara": "Direktur Jenderal Perhubungan
#: Udara" is followed by a person's name.
FACILITY_WORDS: frozenset[str] = frozenset(
    "puskesmas sakit rs rsu rsud rsup lapas rutan bandara pelabuhan terminal stasiun".split()
)
#: Words of a facility's name read at most.
MAX_FACILITY_WORDS = 4
#: Tokens a long title may run past its strict reading (:func:`long_title_end`).
MAX_LONG_TITLE = 16
#: Last words of the triggers ("sebagai", "menjabat" ...).
TRIGGER_LAST: frozenset[str] = frozenset(trig[-1] for trig in TRIGGERS)
#: Words that introduce the party of a member ("Anggota DPR dari Fraksi X").
PARTY_WORDS: frozenset[str] = frozenset({"partai", "fraksi"})
#: Tokens of a party's name at most ("dari Fraksi Partai Keadilan Sejahtera (PKS)").
MAX_PARTY_WORDS = 8
#: A pattern's result: the candidate and the token where the scan goes on.
Found = tuple[Candidate, int]
#: A pattern: (context, phrase, whether the phrase may be lowercase) -> result or None.
Pattern = Callable[[Context, Phrase, bool], Found | None]


class BareTitle(NamedTuple):
    """A position phrase without a name."""

    key: tuple[str, str]  # the post's key
    span: tuple[int, int]  # character offsets of the phrase
    headline: bool  # in a title-case line


# ---- helpers -----------------------------------------------------------------------------------


def after_commas(ctx: Context, e: int) -> tuple[int, bool]:
    """Skip commas from token ``e``; return the next token and whether a scraper gap showed."""
    j = e
    gap = False
    count = 0
    while j < ctx.size and ctx.toks[j].text == ",":
        count += 1
        before = ctx.text[ctx.toks[j].start - 1] if ctx.toks[j].start else ""
        if before.isspace():
            gap = True
        j += 1
    if count > 1:
        gap = True
    return j, gap


def name_ends_clause(ctx: Context, j: int) -> bool:
    """Tell whether the name that ends before token ``j`` is not followed by more name or title."""
    if j >= ctx.size:
        return True
    t = ctx.toks[j]
    if not t.is_word:
        return True
    for trig in TRIGGERS:
        k = j + len(trig)
        if tuple(ctx.norms[j:k]) == trig and head_at(ctx, k, True) is not None:
            return False  # "..., Budi sebagai Deputi X": the name has its own title
    return not t.cap or t.norm in STOP_WORDS


def alias_acronym(ctx: Context, j: int) -> bool:
    """Tell whether "atau" and an acronym or one-word agency stand at token ``j``.

    "Menteri Badan Usaha Milik Negara atau BUMN Rini": the acronym after "atau" names the
    title's unit again, as one in parentheses does.
    """
    k = j + 1
    if k >= ctx.size or ctx.norms[j] != "atau" or not ctx.cap(k):
        return False
    if is_acronym(ctx.tok(k)):
        return True
    agency = agency_at(ctx, k)
    return agency is not None and agency[0] == 1


def acronym_spells_title(ctx: Context, ph: Phrase, a: int, b: int) -> bool:
    """Tell whether an acronym in parentheses (or after "atau") after ``a:b`` spells the unit.

    "Kepala Badan Nasional Penanggulangan Terorisme (BNPT)": the acronym starts with the initial
    of a title word, so "Terorisme" is no name.
    """
    if not (ctx.tok(b) == "(" or alias_acronym(ctx, b)):
        return False
    if not (b + 1 < ctx.size and ctx.toks[b + 1].is_word):
        return False
    first = ctx.toks[b + 1].norm[:1]
    title = {ctx.norms[k][:1] for k in range(ph.start, a) if ctx.toks[k].cap}
    return first in title and first != ctx.norms[a][:1]


def title_word_before_person(ctx: Context, a: int, b: int) -> bool:
    """Tell whether fallback tokens ``a:b`` end a title, a comma and a PERSON span following.

    "Kabid Perikanan Tangkap, Budi Hartono": a one-word (or unit-word) fallback followed by a
    comma and a PERSON span is the end of the title.
    """
    if not ctx.have_persons or ctx.tok(b) != ",":
        return False
    j, _ = after_commas(ctx, b)
    q = skip_titles(ctx, j)
    nxt = ctx.person_at(q) if q < ctx.size else None
    if nxt is None:
        return False
    words = [k for k in range(a, b) if ctx.toks[k].is_word]
    lexical = any(
        unit_at(ctx, k) or agency_at(ctx, k) is not None or place_at(ctx, k, False) is not None
        for k in words
    )
    local = place_at(ctx, a, True)  # "Kepala RS Polri Kecamatan X, Kombes Y": a district
    whole = local is not None and a + local[0] == b
    return (len(words) == 1 or lexical or whole) and name_ends_clause(ctx, nxt)


def title_goes_on(ctx: Context, ph: Phrase, name: tuple[int, int]) -> bool:
    """Tell whether a fallback name right after a phrase is more of the title."""
    a, b = name
    if ctx.person_at(a) is not None:
        return False
    return (
        acronym_spells_title(ctx, ph, a, b)
        or title_word_before_person(ctx, a, b)
        or coordinated_title(ctx, ph, b)
        or (numbered(ph) and comma_then_person(ctx, b))
        or long_title_end(ctx, ph) is not None
    )


def coordinated_title(ctx: Context, ph: Phrase, b: int) -> bool:
    """Tell whether a fallback name ending before ``b`` is joined to more title words.

    "Direktur Tata Kelola dan Kemitraan ...": with a NER that found neither word a person,
    "X dan Y" after a position is a coordinated portfolio, not a name. Not after a place,
    which closes the title ("Wakil Bupati Sukamaju Budi Hartono dan Seluruh Kepala OPD"), nor
    before a stop word.
    """
    if not ctx.have_persons or b >= ctx.size or ctx.norms[b] not in LOWER_JOIN:
        return False
    if ph.items and ph.items[-1].kind == "place":
        return False
    nxt = b + 1
    if not ctx.cap(nxt) or ctx.person_at(nxt) is not None or ctx.norms[nxt] in STOP_WORDS:
        return False
    return ctx.lexicon_at(nxt, ("position", "modifier")) is None


def numbered(ph: Phrase) -> bool:
    """Tell whether the phrase ends in a unit's number ("Korem 102", "Komisi VII")."""
    return bool(ph.items) and ph.items[-1].kind in {"roman", "number"}


def comma_then_person(ctx: Context, b: int) -> bool:
    """Tell whether a comma and a PERSON span ending its clause follow token ``b``."""
    if ctx.tok(b) != ",":
        return False
    q = skip_titles(ctx, after_commas(ctx, b)[0])
    nxt = ctx.person_at(q) if q < ctx.size else None
    return nxt is not None and not ctx.inside_person(q) and name_ends_clause(ctx, nxt)


def long_title_end(ctx: Context, ph: Phrase) -> tuple[int, int] | None:
    """Where a title goes on past its strict reading into a PERSON span.

    "Direktur Advokasi Persaingan dan Kemitraan, Abdul Hakim", "Kepala Badan Meterologi,
    Klimatologi, dan Geofisika (BMKG) Dwi Korita": capitalised words, joins, commas and
    acronyms in parentheses run from the phrase into a name the NER found. The words are read
    as more of the title when they are coordinated ("X dan Y") or hold a known unit word,
    agency or acronym, and do not end in a join. Where the NER found no name, a boundary the
    title cannot cross marks where the name begins (:func:`_name_after_long_title`).

    Returns
    -------
    tuple of int or None
        The token after the title and the name's first token.
    """
    start = ph.end
    if ctx.tok(start) == "," and ph.items and ph.items[-1].kind in {"agency", "place"}:
        return None  # "Wakil Ketua KPK, X dan Y ...": the title is complete at the comma
    j = start
    joined = lexical = False
    while j < ctx.size and j - start <= MAX_LONG_TITLE:
        q = skip_titles(ctx, j)
        name = _name_after_long_title(ctx, start, j, q)
        if name is not None:
            last = _last_title_word(ctx, start, j)
            ok = last is not None and ctx.norms[last] not in LOWER_JOIN
            good = ok and (joined or lexical) and name_ends_clause(ctx, name[1])
            return (j, q) if good else None
        step = _long_title_step(ctx, j, j > start)
        if step is None:
            return None
        j, kind = step
        joined = joined or kind == "join"
        lexical = lexical or kind == "lexical"
    return None


def _name_after_long_title(ctx: Context, start: int, j: int, q: int) -> tuple[int, int] | None:
    """The name at token ``q`` (after titles from ``j``) that ends a long title, if one is there.

    A PERSON span starting there; or, where the NER found none, a capitalised run without
    unit words after a boundary the title cannot cross: an acronym in parentheses ("(BMKG)
    Dwi Korita") or a comma after an acronym or agency ("KPAI, Sitti Hikmawatty").
    """
    if q >= ctx.size or j <= start:
        return None
    if ctx.person_at(q) is not None:
        return None if ctx.inside_person(q) else name_forward(ctx, q)
    prev = ctx.tok(j - 1)
    boundary = (
        prev == ")"
        or (j - 2 >= start and alias_acronym(ctx, j - 2))
        or (
            prev == ","
            and j - 2 >= start
            and (is_acronym(ctx.tok(j - 2)) or agency_at(ctx, j - 2) is not None)
        )
    )
    if not boundary:
        return None
    name = name_forward(ctx, q)
    if name is None or any(unit_at(ctx, k) for k in range(*name)):
        return None
    return name


def _last_title_word(ctx: Context, a: int, b: int) -> int | None:
    """The last token of ``a:b`` that is not a comma (None when there is none)."""
    k = b - 1
    while k >= a and ctx.toks[k].text == ",":
        k -= 1
    if k - 1 >= a and alias_acronym(ctx, k - 1):
        k -= 2  # "... Milik Negara atau BUMN": the acronym names the unit again
    return k if k >= a else None


def _long_title_step(ctx: Context, j: int, inside: bool) -> tuple[int, str] | None:
    """One step of :func:`long_title_end` from token ``j``: the next token and what was read."""
    t = ctx.toks[j]
    if t.title_line or (inside and t.sent_start):
        return None
    if t.text == ",":
        return j + 1, "comma"
    if t.text == "(":
        close = next((k for k in range(j + 2, min(j + 5, ctx.size)) if ctx.tok(k) == ")"), None)
        within = range(j + 1, close) if close is not None else range(0)
        if close is None or not all(ctx.toks[k].is_word or ctx.tok(k) == "," for k in within):
            return None  # an acronym, or a scraper gap "( ,)"
        return close + 1, "lexical"
    if t.norm in LOWER_JOIN:
        return j + 1, "join"
    if inside and alias_acronym(ctx, j):
        return j + 2, "lexical"
    if not t.cap or t.norm in STOP_WORDS or nongov_at(ctx, j):
        return None
    if rank_at(ctx, j):
        return None  # "Kasatlantas Polresta X AKP La Ode Budi": a rank, then the name
    if ctx.lexicon_at(j, ("position", "modifier")) is not None:
        return None  # another title (or a rank written as one) begins
    agency = agency_at(ctx, j)
    if agency is not None:
        return j + agency[0], "lexical"
    place = place_at(ctx, j, False)
    if place is not None:
        return j + place[0], "place"  # not evidence alone: "Kepala BKN Bima Haria"
    known = unit_at(ctx, j) or is_acronym(t.text)
    return j + 1, "lexical" if known else "word"


def extended(ctx: Context, ph: Phrase, lowered: bool) -> Phrase | None:
    """The phrase at ``ph.start`` read with the extended complement (any capitalised word)."""
    return phrase_at(ctx, ph.start, allow_lower=lowered, extend=True)


def _paired(
    ctx: Context, ph: Phrase, name: tuple[int, int] | None, gap: bool, go_on: int | None = None
) -> Found | None:
    """The candidate of ``ph`` and ``name`` with where to go on (default: after the name)."""
    if name is None:
        return None
    cand = make_candidate(ctx, ph, name, gap=gap)
    if cand is None:
        return None
    return cand, name[1] if go_on is None else go_on


# ---- the name after the phrase -----------------------------------------------------------------


def facility_end(ctx: Context, ph: Phrase) -> int | None:
    """Token after the name of the facility that ends the phrase, or None when there is none.

    "Kepala Puskesmas Sukajaya", "Direktur RSUD Dr Soetomo", "Kepala Lapas Sukamiskin": a
    facility word is followed by the facility's own name. It is the words before a PERSON
    span; without one, a place at most (a name no table knows cannot be told from a person's).
    """
    last = ph.items[-1] if ph.items else None
    if last is None or last.end != ph.end or ctx.norms[last.end - 1] not in FACILITY_WORDS:
        return None
    e = ph.end
    j = e
    while j < ctx.size and j - e < MAX_FACILITY_WORDS and ctx.cap(j):
        if j > e and ctx.person_at(j) is not None and not ctx.inside_person(j):
            return j
        j += 1
    place = place_at(ctx, e, False)  # a desa name is too often a word of a facility's name
    return e + place[0] if place is not None else e


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
        found = _paired(ctx, long, name_forward(ctx, q), gap=False)
        if found is not None:
            return found
    for pattern in (name_before_parens, name_before_comma, name_before_trigger):
        found = pattern(ctx, long, lowered)
        if found is not None:
            return found
    if not named and ctx.tok(end) == ",":  # "Direktur RSUD Mawar Sari, dr Budi"
        return name_after_comma(ctx, long, lowered)
    return None


def name_after(ctx: Context, ph: Phrase, lowered: bool) -> Found | None:
    """``[position] [jurisdiction] [NAME]``: "Gubernur Jawa Barat Ridwan Kamil"."""
    e = ph.end
    if e < ctx.size and (ctx.norms[e] in POST_QUALIFIERS or ctx.toks[e].text == "setempat"):
        e += 1  # "Presiden RI Ketiga Budi Santoso": the ordinal is no name; "Kadis X setempat Y"
    elif e < ctx.size and ORDINAL.fullmatch(ctx.norms[e]):
        e += 1  # "Presiden Republik Indonesia ke-3 Budi Santoso"
    e = term_end(ctx, e)
    alias = alias_acronym(ctx, e)
    if alias:
        e += 2  # "Kepala Badan Pusat Statistik atau BPS Budi Santoso": the unit named again
    q = skip_titles(ctx, e)
    after_short = not ph.items and bool(ph.parens)  # "Ketum (Ketum) Perkumpulan X (PX)"
    if (alias or after_short) and ctx.have_persons and (q >= ctx.size or ctx.person_at(q) is None):
        return None  # after "atau BPS" only a name the NER found: "atau BUMN Karya lainnya"
    name = name_forward(ctx, q) if q < ctx.size else None
    if name is not None and title_goes_on(ctx, ph, name):
        return None
    return _paired(ctx, ph, name, gap=False)


def term_end(ctx: Context, e: int) -> int:
    """Skip a term of office right after a phrase ("periode 2009-2014", "2016-2019").

    "mantan anggota DPR periode 2009-2014 Budi Santoso": the years say when, not who.
    Only before a capitalised word (the name); a lone year only after "periode", "masa" ...
    ("Piala Bupati 2019 X" names a tournament).
    """
    k, worded = term_at(ctx, e)
    if k == e or not ctx.cap(k):
        return e
    return k if worded or len(ctx.toks[k - 1].text) > 4 else e  # a lone year: an event's


def term_at(ctx: Context, e: int) -> tuple[int, bool]:
    """The token after a term of office at ``e``, and whether a word introduced it.

    A term: a year or a range of years, after "periode", "masa", "era" or "tahun" or not
    ("periode 2013-2015", "2015-2019"). ``(e, False)`` where none begins at ``e``.
    """
    worded = e < ctx.size and ctx.norms[e] in TERM_WORDS
    k = e + 1 if worded else e
    if k < ctx.size and YEARS.fullmatch(ctx.toks[k].text):
        return k + 1, worded
    return e, False


def name_inside_person(ctx: Context, ph: Phrase, lowered: bool) -> Found | None:
    """A PERSON span that swallowed the rest of the title.

    "Kepala [Dispertan Kabupaten X Budi Santoso]": where a span begins right after a
    head that needs more words and holds a place with name words after it, the words up to
    the place are the title's unit and jurisdiction and the rest is the name.
    """
    e = ph.end
    end = ctx.person_at(e)
    if end is None or ctx.inside_person(e) or ph.head.complement == "none":
        return None
    for k in range(e + 1, end - 1):
        place = place_at(ctx, k, False)
        if place is None or k + place[0] >= end:
            continue
        long = phrase_at(ctx, ph.start, allow_lower=lowered, until=k + place[0])
        if long is None or long.end != k + place[0]:
            return None
        return _paired(ctx, long, (k + place[0], end), gap=False)
    return None


def name_after_long_title(ctx: Context, ph: Phrase, lowered: bool) -> Found | None:
    """``[position] [more title words] [PERSON]`` (see :func:`long_title_end`)."""
    found = long_title_end(ctx, ph)
    if found is None:
        return None
    end, q = found
    last = _last_title_word(ctx, ph.end, end)
    if last is None:
        return None
    long = phrase_at(ctx, ph.start, allow_lower=lowered, until=last + 1)
    if long is None or long.end != last + 1:
        return None
    return _paired(ctx, long, name_forward(ctx, q), gap=False)


def name_after_party(ctx: Context, ph: Phrase, lowered: bool) -> Found | None:
    """``[position] dari [Partai/Fraksi] [party][,] [NAME]``: "Anggota DPRD X dari Fraksi Y Budi".

    Also a known party right after "dari" ("Anggota Panja dari NasDem, Budi") and a comma
    before the name. The party says who the member is, not what the position is of: it is
    left out.
    """
    e = ph.end
    p = party_start(ctx, e)
    if p is None:
        return None
    window = range(p + 1, min(p + MAX_PARTY_WORDS, ctx.size))
    # the NER says where the name begins; else the party is its known or acronym words
    k = next((j for j in window if ctx.person_at(j) is not None), -1)
    if k < 0 or ctx.inside_person(k) or not _capitalised_party(ctx, p, k):
        k = p
        while k < ctx.size and ctx.cap(k) and party_word(ctx, k):
            k += 1
    if k == p:
        return None
    k, _ = after_commas(ctx, k)  # "dari Fraksi X, Budi Santoso"
    name = name_forward(ctx, skip_titles(ctx, k))
    if name is None or not name_ends_clause(ctx, name[1]):
        return None
    return _paired(ctx, ph, name, gap=False)


def party_word(ctx: Context, k: int) -> bool:
    """Tell whether token ``k`` may be a word of a party's name.

    A unit word, an acronym or a word of a party: "Gerindra", "NasDem", "PDI Perjuangan".
    """
    return bool(unit_at(ctx, k)) or is_acronym(ctx.tok(k)) or party_name(ctx.norms[k])


def party_start(ctx: Context, e: int) -> int | None:
    """First token of the party named after "dari" at ``e`` ("dari Fraksi PKS", "dari PKB")."""
    if ctx.tok(e) != "dari" or e + 2 >= ctx.size:
        return None
    if ctx.norms[e + 1] in PARTY_WORDS:
        return e + 2
    return e + 1 if party_name(ctx.norms[e + 1]) and ctx.cap(e + 1) else None


def party_name(norm: str) -> bool:
    """Tell whether a casefolded word names a party or its faction ("pks", "f-pks")."""
    return norm in PARTIES or (norm.startswith("f-") and norm[2:] in PARTIES)


def name_after_apposition(ctx: Context, ph: Phrase, lowered: bool) -> Found | None:
    """``[position], [place or agency], [NAME]``: "Ketua DPRD Kota X, Jawa Tengah, Budi".

    The place or agency between commas is the jurisdiction when the phrase has none
    ("Direktur Jenderal X, Kementerian Y, Budi"); otherwise it only locates the phrase's own
    ("Kota X" in "Jawa Tengah").
    """
    j, gap = after_commas(ctx, ph.end)
    if j == ph.end or j >= ctx.size or ctx.person_at(j) is not None:
        return None  # "Kepala BKN, Bima Haria": the NER read the place word as a name
    end = apposition_end(ctx, j)
    if end is None:
        return None
    k, gap2 = after_commas(ctx, end)
    q = skip_titles(ctx, k)
    if q == end and end - j < 2:
        return None  # "Kepala BKN, Bima Haria Wibisana": one place word glued to a name
    name = name_forward(ctx, q)
    if name is None or not name_ends_clause(ctx, name[1]):
        return None
    found = _paired(ctx, ph, name, gap=gap or gap2)
    if found is not None and found[0].jurisdiction is None:
        cand = found[0]
        cand.jurisdiction = ctx.text[ctx.toks[j].start : ctx.toks[end - 1].end]
        cand.key = (cand.key[0], cand.jurisdiction.casefold().replace(" ", ""))
    return found


def apposition_end(ctx: Context, j: int) -> int | None:
    """End of a place or an institution named from token ``j`` ("Kementerian Kominfo")."""
    end, items, _ = scan_complement(ctx, j, False, False)
    if end <= j or not items or any(it.kind in {"join", "other", "qualifier"} for it in items):
        return None
    if items[0].kind in {"place", "agency"} or (
        items[0].kind == "unit" and ctx.norms[j] in INSTITUTION_HEADS
    ):
        return end
    return None


def name_after_comma(ctx: Context, ph: Phrase, lowered: bool) -> Found | None:
    """``[position] [jurisdiction], [NAME]``: "Sekda Kabupaten Bogor, Ajat Rochmat Jatnika".

    Also after a colon, as in lists of appointments ("Menteri Pertahanan: Budi Santoso").
    """
    j, gap = after_commas(ctx, time_qualifier_end(ctx, ph.end))
    if j == ph.end and ctx.tok(j) == ":":
        j += 1  # a list: "Menteri Pertahanan: Budi Santoso,"
    if j == ph.end:
        return None
    name = name_forward(ctx, skip_titles(ctx, j))
    if name is None or not name_ends_clause(ctx, name[1]):
        return None
    if ctx.person_at(name[0]) is None and long_title_end(ctx, ph) is not None:
        return None  # "Menteri Energi, Ilmu Pengetahuan, ... (X) Malaysia Yeo": more title
    return _paired(ctx, ph, name, gap=gap)


def _capitalised_party(ctx: Context, p: int, k: int) -> bool:
    """Tell whether tokens ``p:k`` (a comma at the end aside) are capitalised or brackets."""
    party = range(p, k - 1 if ctx.tok(k - 1) == "," else k)
    return all(ctx.cap(j) or ctx.tok(j) in "()" for j in party)


def name_after_cue(ctx: Context, ph: Phrase, lowered: bool) -> Found | None:
    """``[position] yakni/yaitu [NAME]``: "Wakil Ketua yaitu Budi Santoso".

    One name only: a list after the cue ("pimpinan KPK, yakni A, B dan C") is left alone,
    and so is a cue after a comma, which names what the whole clause before it spoke of
    ("sopirnya ketika menjadi Bupati, yaitu X").
    """
    j = ph.end
    if j >= ctx.size or ctx.norms[j] not in NAME_CUES:
        return None
    if ph.start > 0 and ctx.norms[ph.start - 1] in PREDICATE_WORDS:
        return None  # "sopirnya ketika menjadi Bupati, yaitu X": X is the driver
    k, gap = after_commas(ctx, j + 1)
    name = name_forward(ctx, skip_titles(ctx, k))
    if name is None or not name_ends_clause(ctx, name[1]) or listed_name(ctx, name[1]):
        return None
    return _paired(ctx, ph, name, gap=gap)


def listed_name(ctx: Context, b: int) -> bool:
    """Tell whether another name follows the one ending before ``b`` ("A, B dan C")."""
    if b + 1 >= ctx.size or not (ctx.tok(b) == "," or ctx.norms[b] in LOWER_JOIN):
        return False
    return ctx.cap(b + 1) and ctx.norms[b + 1] not in STOP_WORDS


def name_in_parens(ctx: Context, ph: Phrase, lowered: bool) -> Found | None:
    """``[position] ([PERSON])``: "Menteri X (Budi Santoso)".

    Only a name the NER found, filling the parentheses (an acronym or a short form there is
    part of the phrase, see :func:`~beritanlp.rules.officials.phrases.scan_complement`).
    """
    e = ph.end
    if ctx.tok(e) != "(" or not ctx.have_persons:
        return None
    end = ctx.person_at(e + 1)
    if end is None or ctx.inside_person(e + 1) or ctx.tok(end) != ")":
        return None
    if any(is_acronym(ctx.tok(k)) for k in range(e + 1, end)) or short_form_of(
        ctx, ph.start, e, end
    ):
        return None  # "(Sudin X)": the unit's short form, which a NER may read as a name
    return _paired(ctx, ph, (e + 1, end), gap=False, go_on=end + 1)


def time_qualifier_end(ctx: Context, e: int) -> int:
    """Skip a qualifier after a phrase before a comma.

    A time ("saat itu", "periode 2014-2019", "2016-2019") or "setempat" ("the local one":
    "Kapolres setempat, AKBP Budi").
    """
    if ctx.norms[e : e + 2] in (
        ["saat", "itu"], ["kala", "itu"], ["ketika", "itu"], ["yang", "baru"], ["yang", "lama"]
    ):
        return e + 2 if ctx.tok(e + 2) == "," else e  # also "Bupati X yang baru, Budi"
    if e < ctx.size and ctx.norms[e] == "setempat" and ctx.tok(e + 1) == ",":
        return e + 1
    k, _ = term_at(ctx, e)
    return k if k > e and ctx.tok(k) == "," else e  # "Ketua Dewan X 2016-2019, Budi"


def name_after_open_unit(ctx: Context, ph: Phrase, lowered: bool) -> Found | None:
    """``[position] [unknown unit words], [NAME]``: "Kepala Biro Humpro Setda Kalsel, X".

    Also where the strict reading stopped at a join: "Direktur Koordinasi dan Supervisi KPK, X".
    """
    e = ph.end
    goes_on = ctx.cap(e) or (e + 1 < ctx.size and ctx.norms[e] in LOWER_JOIN and ctx.cap(e + 1))
    if ph.head.complement == "none" or not goes_on:
        return None
    ext = extended(ctx, ph, lowered)
    if ext is None or ext.end <= e or ctx.tok(ext.end) != ",":
        return None
    if not any(it.kind != "other" for it in ext.items):
        return None
    j, gap = after_commas(ctx, ext.end)
    name = name_forward(ctx, skip_titles(ctx, j))
    if name is None or not name_ends_clause(ctx, name[1]):
        return None
    return _paired(ctx, ext, name, gap=gap)


def name_after_acronym(ctx: Context, ph: Phrase, lowered: bool) -> Found | None:
    """``[position] [unknown unit words] ([ACRONYM]) [NAME]``: "Kepala Lembaga X Y (LXY) Budi"."""
    e = ph.end
    if ph.head.complement == "none" or not ctx.cap(e):
        return None
    ext = extended(ctx, ph, lowered)
    first = next((p for p in ext.parens if p[0] >= e), None) if ext else None
    if ext is None or first is None:
        return None
    ext.items = [it for it in ext.items if it.end <= first[0]]
    ext.parens, ext.end = [p for p in ext.parens if p[1] <= first[1]], first[1]
    q = skip_titles(ctx, ext.end)
    name = name_forward(ctx, q) if q < ctx.size else None
    return _paired(ctx, ext, name, gap=False)


def name_after_rank(ctx: Context, ph: Phrase, lowered: bool) -> Found | None:
    """``[position] [unknown unit words] [rank] [NAME]``: "Pangdam Jaya Mayjen TNI Rafael"."""
    e = ph.end
    if not ctx.cap(e):
        return None
    for r in range(e + 1, min(e + 4, ctx.size)):
        if not ctx.cap(r - 1) or ctx.toks[r - 1].norm in STOP_WORDS:
            return None
        q = skip_titles(ctx, r)
        if q == r:
            continue  # no rank at r: the unknown unit words may go on
        name = name_forward(ctx, q)
        ext = extended(ctx, ph, lowered)
        if name is None or ext is None:
            return None
        ext.items = [it for it in ext.items if it.end <= r]
        ext.end = r
        return _paired(ctx, ext, name, gap=False)
    return None


# ---- the name before the phrase ----------------------------------------------------------------


def name_before_parens(ctx: Context, ph: Phrase, lowered: bool) -> Found | None:
    """``[NAME] ([position] [term])``: "Budi Santoso (jaksa)", "X (Ketua MK 2013-2015)"."""
    end_tok, gap = after_commas(ctx, ph.end)
    term, _ = term_at(ctx, end_tok)
    if ctx.tok(end_tok) != ")" and ctx.tok(term) == ")":
        end_tok = term
    if ctx.tok(ph.start - 1) != "(" or ctx.tok(end_tok) != ")":
        return None
    if ph.start >= 2 and short_form_of(ctx, max(0, ph.start - 13), ph.start - 1, end_tok):
        return None  # "Direktur Jenderal X dan Y (Dirjen XY)": the long form, not a name
    return _paired(ctx, ph, name_backward(ctx, ph.start - 1), gap=gap, go_on=end_tok)


def name_before_comma(ctx: Context, ph: Phrase, lowered: bool) -> Found | None:
    """``[NAME], [position] [jurisdiction],``: "Ajat Rochmat Jatnika, Sekda Kabupaten Bogor,"."""
    e = ph.end
    end_tok, gap = after_commas(ctx, e)
    closes = (
        end_tok >= ctx.size
        or ctx.tok(end_tok) in {".", ")", '"', "”"}
        or (ctx.word(end_tok) and not ctx.toks[end_tok].cap)
        or end_tok > e
    )
    if ctx.tok(ph.start - 1) != "," or not closes:
        return None
    return _paired(ctx, ph, name_backward(ctx, ph.start - 1), gap=gap, go_on=e)


def name_before_long_title(ctx: Context, ph: Phrase, lowered: bool) -> Found | None:
    """``[NAME], [position with portfolio words the lexicon lacks] [agency] [place],``.

    "Abdul Hadi, Kepala Bidang Guru dan Pendidikan Dinas Pendidikan Kota Singkawang, Kamis":
    between two commas, a title runs on through capitalised words when they hold a known
    agency, unit word or acronym; a lowercase word, a stop or date word or the sentence's end must
    follow the closing comma.
    """
    if ctx.tok(ph.start - 1) != "," or not ctx.cap(ph.end):
        return None
    j, lexical = ph.end, False
    while j < ctx.size and j - ph.end <= MAX_LONG_TITLE and ctx.tok(j) != ",":
        step = _long_title_step(ctx, j, j > ph.end)
        if step is None:
            return None
        j, kind = step
        lexical = lexical or kind == "lexical"
    if not lexical or ctx.tok(j) != "," or not _clause_goes_on(ctx, j + 1):
        return None
    if ctx.norms[j - 1] in LOWER_JOIN:
        return None
    long = phrase_at(ctx, ph.start, allow_lower=lowered, until=j)
    if long is None:
        return None
    return _paired(ctx, long, name_backward(ctx, ph.start - 1), gap=False, go_on=j)


def _clause_goes_on(ctx: Context, k: int) -> bool:
    """Tell whether token ``k`` goes on with the sentence after an apposition's comma."""
    if k >= ctx.size or ctx.tok(k) in {".", ")", '"', "”"}:
        return True
    return ctx.word(k) and (not ctx.toks[k].cap or ctx.norms[k] in STOP_WORDS)


def name_before_trigger(ctx: Context, ph: Phrase, lowered: bool) -> Found | None:
    """``[NAME] selaku/sebagai [position]``: "Budi selaku Kepala Dinas Pendidikan"."""
    b = ph.start
    for trig in TRIGGERS:
        k = len(trig)
        if tuple(ctx.norms[b - k : b]) == trig and b - k > 0:
            s = b - k
            if ctx.tok(s - 1) == ",":
                s -= 1
            _, gap = after_commas(ctx, ph.end)
            return _paired(ctx, ph, name_backward(ctx, s), gap=gap, go_on=ph.end)
    return None


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
)


# ---- the scan ----------------------------------------------------------------------------------


def pair_phrase(ctx: Context, ph: Phrase, lowered: bool) -> tuple[Candidate | None, int]:
    """Try the patterns around one phrase; return the candidate and where to go on."""
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


def candidacy_before(ctx: Context, i: int) -> bool:
    """Tell whether "calon"/"bakal calon" comes before the phrase at ``i`` (not held)."""
    k = i - 1
    for _ in range(2):  # lowercase modifiers in between: "calon wakil Bupati"
        if k >= 0 and not ctx.toks[k].cap and ctx.lexicon_at(k, ("modifier",)):
            k -= 1
    return k >= 0 and ctx.norms[k] in CANDIDACY_WORDS


def lower_starts(ctx: Context) -> set[int]:
    """Token indices where a lowercase title may start (see :func:`lower_start`)."""
    return {i for i in range(1, ctx.size + 1) if lower_start(ctx, i)}


def lower_start(ctx: Context, i: int) -> bool:
    """Tell whether a lowercase title may start at token ``i``.

    After "sebagai"/"selaku"/..., "(", a speech verb or "menurut" ("kata juru bicara
    kementerian, X"), and a comma after a name ("KC, anggota DPRD Kabupaten Malang"). Asked
    only where a phrase may begin, so the text is never scanned for it.
    """
    if i <= 0:
        return False
    prev = ctx.norms[i - 1]
    if prev == "(" or prev in LOWER_CUES:
        return True
    if prev == ",":
        return i > 1 and name_before(ctx, i - 1)
    if prev not in TRIGGER_LAST:
        return False
    norms = ctx.norms
    return any(tuple(norms[i - len(trig) : i]) == trig for trig in TRIGGERS if i >= len(trig))


def name_before(ctx: Context, i: int) -> bool:
    """Tell whether a PERSON span or a person's initials ("KC") end right before token ``i``."""
    if ctx.person_ending(i) is not None:
        return True
    prev = ctx.toks[i - 1].text
    initials = 2 <= len(prev) <= 3 and prev.isalpha() and prev.isupper()
    return initials and agency_at(ctx, i - 1) is None


def lower_title_at(ctx: Context, i: int) -> Phrase | None:
    """A lowercase title at ``i`` worth reading with no cue before it, or None.

    "anggota DPRD Kota X, Budi", "mantan presiden RI Budi Santoso": written in lowercase
    in running text, a title counts only with the evidence :func:`named_by_ner` asks for.
    """
    if not ctx.have_persons or ctx.toks[i].cap:
        return None
    ph = phrase_at(ctx, i, allow_lower=True)
    return ph if ph is not None and names_institution(ph) else None


def names_institution(ph: Phrase) -> bool:
    """Tell whether a phrase's complement holds an agency, a place or an acronym."""
    return any(it.kind in {"agency", "place", "acronym"} for it in ph.items)


def named_by_ner(ctx: Context, cand: Candidate) -> bool:
    """Tell whether a lowercase title's candidate is a name the NER found after the title.

    The title names an institution or a place (:func:`lower_title_at` asked for it:
    "anggota DPRD Kota X"; a bare "wakil presiden" may be a student body's), and the name
    must follow it and hold a PERSON
    span (the NER may cut a name the fallback reads whole: "Budi Santoso" of a span
    "Santoso"). A name after a comma must be closed by one too, as an apposition is ("menjadi
    anggota DPR, Budi adalah ...": the clause goes on with someone else).
    """
    if cand.name_start < cand.title_span[1]:
        return False
    between = ctx.text[cand.title_span[1] : cand.name_start]
    if "," in between and ctx.text[cand.name_end : cand.name_end + 1] != ",":
        return False
    return ctx.person_overlaps(cand.name_start, cand.name_end)


def co_holder(ctx: Context, ph: Phrase, cand: Candidate, b: int) -> Candidate | None:
    """A second holder of a post many hold, joined by "dan" to the name ending before ``b``.

    "Wakil Ketua DPR Budi Santoso dan Ani Lestari", "hakim agung A dan B": the post is
    shared (:data:`SHARED_POSTS`), the second name is a PERSON span the NER found, and it
    ends its clause (no third name: a list is left alone). Not "Gubernur X Budi dan Ani".
    """
    if b + 1 >= ctx.size or ctx.norms[b] not in {"dan", "serta"} or not shared_post(ph):
        return None
    if cand.name_start < cand.title_span[1] or ctx.toks[b - 1].end != cand.name_end:
        return None  # only a name right after the title, read up to "dan"
    end = ctx.person_at(b + 1)
    if end is None or ctx.inside_person(b + 1) or not name_ends_clause(ctx, end):
        return None
    if listed_name(ctx, end) or ctx.tok(end) == "(":
        return None
    # the phrase already gave the first holder (gap: its head's needs were met then); the
    # second name passes the same checks as any name
    return make_candidate(ctx, ph, (b + 1, end), gap=True)


#: Heads that many hold at once even with no unit after them ("Menteri A dan B").
_SHARED_BARE_HEADS = frozenset({"Menteri", "Wakil Menteri"})


def plural_holders(
    ctx: Context, ph: Phrase, cand: Candidate, b: int
) -> tuple[list[Candidate], int]:
    """Further holders of a plural title listed after its first name; and where to go on.

    "para Bupati Ani Lestari, Budi Santoso dan Citra Dewi", "Menteri Ani Lestari dan Budi
    Santoso": after "para" (a plural) or a bare ministerial head, every name the NER found in
    a list joined by commas and "dan"/"serta" holds the same post. Only PERSON spans count,
    and the list must run on from the first name.
    """
    plural = ph.start > 0 and ctx.norms[ph.start - 1] == "para"
    if not (plural or (not ph.items and ph.canonical in _SHARED_BARE_HEADS)):
        return [], b
    if cand.name_start < cand.title_span[1] or ctx.toks[b - 1].end != cand.name_end:
        return [], b  # only names right after the title
    found: list[Candidate] = []
    k = b
    while k < ctx.size and len(found) < MAX_LISTED:
        j = k
        if ctx.tok(j) == ",":
            j += 1
        if j < ctx.size and ctx.norms[j] in {"dan", "serta"}:
            j += 1
        end = ctx.person_at(j) if j > k else None
        if end is None or ctx.inside_person(j) or (not plural and len(found) == 1):
            break
        other = make_candidate(ctx, ph, (j, end), gap=True)
        if other is None:
            break
        found.append(other)
        k = end
    if not plural and found and not name_ends_clause(ctx, k):
        return [], b  # "Menteri A dan B C ...": no clean pair
    return found, k


#: Most further holders read from one plural title's list.
MAX_LISTED = 8


def shared_post(ph: Phrase) -> bool:
    """Tell whether the phrase's post is one several people hold ("mantan Wakil Ketua")."""
    post = ph.canonical
    return post in SHARED_POSTS or any(post.endswith(" " + p) for p in SHARED_POSTS)


def find_candidates(ctx: Context) -> tuple[list[Candidate], list[BareTitle]]:
    """Every candidate of the text, and the position phrases left without a name."""
    cands: list[Candidate] = []
    bare: list[BareTitle] = []
    first_words = ctx.tables.positions.first_words
    i = 0
    while i < ctx.size:
        if not ctx.toks[i].is_word or ctx.norms[i] not in first_words:
            i += 1  # no modifier or position starts here, so phrase_at finds nothing
            continue
        lowered = lower_start(ctx, i)
        ph = phrase_at(ctx, i, allow_lower=lowered)
        soft = False
        if ph is None and not lowered:
            ph = lower_title_at(ctx, i)
            soft = ph is not None
        if ph is None:
            i += 1
            continue
        if i > 0 and ctx.norms[i - 1] in DOCUMENT_WORDS | VENUE_WORDS:
            i = ph.end  # "Peraturan Menteri ...", "Kantor Wali Kota ...": a document or building
            continue
        if ctx.inside_person(i) or candidacy_before(ctx, i):
            i = ph.end  # "Lukman Hakim Saifuddin"; "calon Wakil Bupati"
            continue
        cand, nxt = pair_phrase(ctx, ph, lowered or soft)
        if soft and cand is not None and not named_by_ner(ctx, cand):
            cand = None
        elif cand is not None:
            cands.append(cand)
            other = co_holder(ctx, ph, cand, nxt)
            if other is not None:
                cands.append(other)
                nxt = ctx.person_at(nxt + 1) or nxt
            else:
                listed, nxt = plural_holders(ctx, ph, cand, nxt)
                cands.extend(listed)
        elif not soft:
            split = split_phrase(ctx, ph, gap=False)
            if split is not None:
                span = (ctx.toks[ph.start].start, ctx.toks[ph.end - 1].end)
                bare.append(BareTitle(split.key, span, ctx.toks[i].title_line))
        i = max(nxt, i + 1)
    return cands, bare
