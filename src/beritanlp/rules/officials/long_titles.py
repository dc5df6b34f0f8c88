"""Titles read past their strict reading, and whether a title goes on past a name.

:func:`long_title_end` reads capitalised words, joins and bracketed acronyms from a phrase into
the name the NER found ("Direktur Advokasi Persaingan dan Kemitraan, Abdul Hakim");
:func:`title_goes_on` tells that what looked like a name is more of the title.
"""

from __future__ import annotations

from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.lookups import (
    agency_at,
    nongov_at,
    place_at,
    unit_at,
)
from beritanlp.rules.officials.names import (
    name_forward,
    person_run_start,
    rank_at,
    skip_titles,
)
from beritanlp.rules.officials.pairing import (
    after_commas,
    alias_acronym,
    listed_name,
    name_ends_clause,
    verb_like,
)
from beritanlp.rules.officials.phrases import (
    Phrase,
    class_word,
    foreign_first_name,
)
from beritanlp.rules.officials.tokens import is_acronym
from beritanlp.rules.officials.vocab import (
    LOWER_JOIN,
    SPEECH_BEFORE,
    STOP_WORDS,
)

#: Tokens a long title may run past its strict reading (:func:`long_title_end`).
MAX_LONG_TITLE = 16
#: What :func:`long_title_step` read that makes words more of a title: a unit word or
#: acronym ("lexical"), a known agency ("agency").
EVIDENCE_KINDS: frozenset[str] = frozenset({"lexical", "agency"})
#: Words a fallback name right after a title's agency has at least (:func:`long_title_end`):
#: one capitalised word there may be more of the agency's name ("PT X Property").
MIN_NAME_AFTER_AGENCY = 2


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


def title_word_before_person(ctx: Context, ph: Phrase, a: int, b: int) -> bool:
    """Tell whether fallback tokens ``a:b`` end a title, a comma and a PERSON span following.

    "Kabid Perikanan Tangkap, Budi Hartono": a one-word (or unit-word) fallback followed by a
    comma and a PERSON span is the end of the title; so is a run of words the NER read as no
    name at all ("Kepala Unit Reaksi Cepat Tirta Sari, Budi Hartono"): the name it found
    after the comma is the holder's (:func:`_unnamed_run`).

    Parameters
    ----------
    ctx : Context
        The text, its tokens and the tables.
    ph : Phrase
        The position phrase the tokens belong to.
    a, b : int
        The fallback tokens' span (token indexes, ``b`` exclusive: the comma's index).

    Returns
    -------
    bool
        True when token ``b`` is a comma and a PERSON span after it (past further commas and
        titles) holds the title, the span ending its clause, and the tokens are one word, hold a
        unit, agency or place word, are one local place, or are a run the NER read as no name.
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
    unnamed = q == j and _unnamed_run(ctx, ph, words, (j, nxt))
    return (len(words) == 1 or lexical or whole or unnamed) and name_ends_clause(ctx, nxt)


def _unnamed_run(ctx: Context, ph: Phrase, words: list[int], name: tuple[int, int]) -> bool:
    """Tell whether a run the NER read as no name ends a title whose holder is ``name``.

    "kata Juru Bicara Pemerintah X Y, Budi Santoso, Senin": the name after the comma stands in
    apposition, closed by a non-word, or after a speech word before the title ("kata ...,
    Budi Santoso sebagaimana", not "Menurut ... X Y, Budi Santoso meminta": a new clause). Not
    before a title ("..., Sekdaprov Budi, ...": another holder of a list), nor when the name
    opens a list ("..., Budi Santoso, Rina Lestari, dan ...": the run was the holder's name).
    """
    start, end = name
    if ctx.lexicon_at(start, ("position", "modifier")) is not None:
        return False
    if any(ctx.person_at(k) is not None for k in words):
        return False
    if listed_name(ctx, end) or (ctx.tok(end) == "," and listed_name(ctx, end + 1)):
        return False
    closed = end >= ctx.size or not ctx.toks[end].is_word
    spoken = ph.start > 0 and ctx.norms[ph.start - 1] in SPEECH_BEFORE
    return closed or (spoken and not verb_like(ctx.norms[end]))


def title_goes_on(ctx: Context, ph: Phrase, name: tuple[int, int]) -> bool:
    """Tell whether a fallback name right after a phrase is more of the title."""
    a, b = name
    if ctx.person_at(a) is not None:
        return False
    if foreign_first_name(ctx, ph.items, a, False):
        return False  # "Bupati Toba Samosir Darwin Siagian, ...": a name, not more title
    return (
        acronym_spells_title(ctx, ph, a, b)
        or title_word_before_person(ctx, ph, a, b)
        or coordinated_title(ctx, ph, b)
        or (numbered(ph) and comma_then_person(ctx, b))
        or party_named_after(ctx, ph)
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


def party_named_after(ctx: Context, ph: Phrase) -> bool:
    """Tell whether a fallback name after a bare "Partai" ending a phrase is the party's name.

    "Pemimpin Partai Xyz Abc, Budi Santoso": the capitalised words after "Partai" name a
    party the tables do not know (a foreign one), not its leader; the holder's name, if any,
    follows the comma that closes them (read by the open-unit pattern of ``after``).
    """
    return bool(ph.items) and ph.items[-1].kind == "unit" and ctx.norms[ph.end - 1] == "partai"


def long_title_end(ctx: Context, ph: Phrase) -> tuple[int, int] | None:
    """Where a title goes on past its strict reading into a PERSON span.

    "Direktur Advokasi Persaingan dan Kemitraan, Abdul Hakim", "Kepala Badan Meterologi,
    Klimatologi, dan Geofisika (BMKG) Dwi Lestari": capitalised words, joins, commas and
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
    joined = lexical = after_agency = after_place = False
    while j < ctx.size and j - start <= MAX_LONG_TITLE:
        q = skip_titles(ctx, j)
        name = _name_after_long_title(ctx, start, j, q, after_agency, after_place)
        if name is not None:
            if q == j and ctx.person_at(q) is not None:
                j = q = person_run_start(ctx, q)  # "Cibinong, [Dedi] Kurniawan"
            last = last_title_word(ctx, start, j)
            ok = last is not None and ctx.norms[last] not in LOWER_JOIN
            good = ok and (joined or lexical) and name_ends_clause(ctx, name[1])
            return (j, q) if good else None
        step = long_title_step(ctx, j, j > start)
        if step is None:
            return None
        # title words, then the agency (and the agency's place: "Suku Dinas X Jakarta Barat")
        after_place = step[1] == "place" and after_agency
        after_agency = (step[1] == "agency" or after_place) and j > start
        j, kind = step
        joined = joined or kind == "join"
        lexical = lexical or kind in EVIDENCE_KINDS
    return None


def _name_after_long_title(
    ctx: Context, start: int, j: int, q: int, after_agency: bool, after_place: bool
) -> tuple[int, int] | None:
    """The name at token ``q`` (after titles from ``j``) that ends a long title, if one is there.

    A PERSON span starting there; or, where the NER found none, a capitalised run without
    unit words after a boundary the title cannot cross: an acronym in parentheses ("(BMKG)
    Dwi Lestari") or a comma after an acronym or agency ("KPAI, Sinta Maharani").
    So does a known agency that closes title words before it (``after_agency``: "Direktur
    Hulu Pertamina Budi Santoso,"; "Direktur Tindak Pidana Umum Bareskrim Brigjen Budi
    Santoso"): a unit's words come before its agency, so capitalised words after it are a name.
    A place right after the agency is the agency's, not the name's first words ("Kepala Seksi
    X Suku Dinas Y Jakarta Barat Sutrisno"); after that place (``after_place``) one word is a
    name, as the agency's own words came before its place.
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
    if not (boundary or after_agency):
        return None
    name = name_forward(ctx, q)
    if name is None or any(unit_at(ctx, k) for k in range(*name)):
        return None
    if not boundary and not after_place:
        place = place_at(ctx, q, False)
        if place is not None and q + place[0] < name[1]:
            return None  # the agency's place, then the name: read on past the place
    short = name[1] - name[0] < MIN_NAME_AFTER_AGENCY and not after_place
    if not boundary and (short or common_run(ctx, *name)):
        return None  # "Direktur Pemasaran PT Sinar Property ,": one word may be the agency's
    return name


def common_run(ctx: Context, a: int, b: int) -> bool:
    """Tell whether tokens ``a:b`` are two ordinary words or places, not a person's name.

    "Kepala Proyek PT Sinar Karya Tol Cibitung", "Direktur Bisnis BNI Kartu Kredit": a
    project's or product's name after the company, made of dictionary words
    (:attr:`~beritanlp.rules.officials.tables.OfficialsTables.plain_word`) and places. Only
    a run of two words: many names are dictionary words too, and a name of three such words
    is more often a person's than a product's. False where the tables give no dictionary.
    """
    plain = ctx.tables.plain_word
    if plain is None:
        return False
    words = [k for k in range(a, b) if ctx.toks[k].is_word]
    return len(words) == MIN_NAME_AFTER_AGENCY and all(
        plain(ctx.norms[k]) or place_at(ctx, k, True) is not None for k in words
    )


def last_title_word(ctx: Context, a: int, b: int) -> int | None:
    """The last token of ``a:b`` that is not a comma (None when there is none)."""
    k = b - 1
    while k >= a and ctx.toks[k].text == ",":
        k -= 1
    if k - 1 >= a and alias_acronym(ctx, k - 1):
        k -= 2  # "... Milik Negara atau BUMN": the acronym names the unit again
    return k if k >= a else None


def long_title_step(ctx: Context, j: int, inside: bool) -> tuple[int, str] | None:
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
    if not t.cap and class_word(ctx, j):
        return j + 1, "word"  # "Kepala KSOP kelas II X, Budi": an office's class written low
    if not t.cap or t.norm in STOP_WORDS or nongov_at(ctx, j):
        return None
    if rank_at(ctx, j):
        return None  # "Kasatlantas Polresta X AKP La Ode Budi": a rank, then the name
    if ctx.lexicon_at(j, ("position", "modifier")) is not None:
        return None  # another title (or a rank written as one) begins
    agency = agency_at(ctx, j)
    if agency is not None:
        return j + agency[0], "agency"
    place = place_at(ctx, j, False)
    if place is not None:
        return j + place[0], "place"  # not evidence alone: "Kepala BKN Bima Haria"
    known = unit_at(ctx, j) or is_acronym(t.text)
    return j + 1, "lexical" if known else "word"
