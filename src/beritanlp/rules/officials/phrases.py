"""Position phrases: modifiers, a head from the position lexicon, and its complement.

"Plt Kepala Dinas Pendidikan Kabupaten Bogor" is the modifier "Plt", the head "Kepala Dinas" and
the complement "Pendidikan" (a unit word) + "Kabupaten Bogor" (a place). The complement is read
strictly (unit words, acronyms, agencies, places, Roman numerals and the joins between them);
the *extended* reading also takes any capitalised word, for the patterns where a comma and a
name close the phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from beritanlp.lexicons.agencies import CLASSED_OFFICE_ENDS, OFFICE_CLASS_NUMERAL
from beritanlp.lexicons.parties import PARTY_FULL_NAMES, party_board_start
from beritanlp.lexicons.positions import PositionEntry
from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.lookups import (
    agency_at,
    faction_length,
    foreign_name_start,
    legislature_before,
    nongov_at,
    place_at,
    unit_at,
)
from beritanlp.rules.officials.names import (
    initials_of_name,
    skip_titles,
    title_length,
)
from beritanlp.rules.officials.scraped import gap_comma, joined_after_gap
from beritanlp.rules.officials.tokens import ROMAN, is_acronym, is_initial
from beritanlp.rules.officials.vocab import (
    ACTING_MODIFIERS,
    BRANCH_UNITS,
    CITY_OFFICE_WORDS,
    COMMAND_NAMES,
    COUNTERS,
    LOCAL_HEADS,
    LOWER_JOIN,
    LOWER_MODIFIERS,
    LOWER_UNITS,
    ORDINAL_TIMES,
    PARTIES,
    POST_QUALIFIERS,
    REGION_HEADS,
    STATE_COMPANY_FORMS,
    STOP_WORDS,
    TEEN_ORDINALS,
)
from beritanlp.text.acronyms import align_long_form, is_short_form

#: Heads of aides whose complement may be the position they serve ("Staf Khusus Presiden",
#: "Sekretaris Menpora (Sesmenpora)").
SERVING_HEADS: frozenset[str] = frozenset(
    {"Staf Khusus", "Staf Ahli", "Juru Bicara", "Asisten", "Tenaga Ahli", "Utusan Khusus",
     "Sekretaris"}
)
#: Heads of envoys, whose post names the country sent to after "untuk" ("Duta Besar RI untuk
#: Jepang").
ENVOY_HEADS: frozenset[str] = frozenset(
    {
        "Duta Besar", "Wakil Tetap", "Delegasi Tetap", "Utusan Khusus", "Konsul Jenderal",
        "Konsul", "Konsul Kehormatan", "Kuasa Usaha", "Atase", "Pejabat Fungsi",
    }
)
#: Words joining an envoy's country and the country or body they are sent to.
ENVOY_JOINS: frozenset[str] = frozenset({"untuk", "di"})
#: Heads of aides whose post may name the region served after "untuk" ("Staf Khusus Presiden
#: untuk Papua"): a known place only (a field after "untuk" is read by no rule yet).
AIDE_REGION_HEADS: frozenset[str] = frozenset({"Staf Khusus", "Staf Ahli"})
#: A unit's number, with its name after a slash ("102", "061/Suryakancana").
UNIT_NUMBER = re.compile(r"\d{2,4}(?:/[A-Z][\w-]*)?")
#: Units numbered with one digit as often as with a Roman numeral ("Komisi 3", "Komisi III").
NUMBERED_ONES: frozenset[str] = frozenset({"komisi"})
#: An ordinal written with digits ("ke-3").
ORDINAL = re.compile(r"ke-?\d{1,2}")
#: The number of an ordinal written apart from its "ke" ("ke 3").
ORDINAL_NUMBER = re.compile(r"\d{1,2}")
#: Legal forms of companies that may be private (a "Perum" is always the state's).
PRIVATE_FORMS: frozenset[str] = frozenset({"pt", "cv"})
#: Words of non-public bodies that end a state company's name as well ("PT X (Persero) Tbk",
#: "Semen Indonesia Group"): after a state company they are part of its name.
STATE_COMPANY_SUFFIXES: frozenset[str] = frozenset({"tbk", "group", "corporation", "holdings"})
#: Units of a district or a village: the place after one may be a kecamatan or a desa
#: ("Kanit Reskrim Polsek Tamalate").
LOCAL_UNITS: frozenset[str] = frozenset({"polsek", "polsubsektor", "polsekta", "koramil"})
#: The same written out in two words ("Kapolsek" is "Kepala Kepolisian Sektor Tebet").
LOCAL_UNIT_PAIRS: frozenset[tuple[str, str]] = frozenset(
    {("kepolisian", "sektor"), ("polisi", "sektor"), ("komando", "rayon")}
)
#: Tokens a complement may span at most.
MAX_COMPLEMENT_TOKENS = 16
#: Members of a portfolio list (", Olahraga, Kebudayaan, dan Pariwisata") read at most.
MAX_LIST_MEMBERS = 8


@dataclass
class Item:
    """One piece of a position's complement.

    Attributes
    ----------
    start, end
        Token range.
    kind
        ``unit``, ``acronym``, ``agency``, ``place``, ``roman``, ``number`` (of a unit:
        "Korem 102"), ``qualifier`` ("terpilih", "ketiga"), ``other`` or ``join``.
    agency_type, place_type
        The type of an agency or a place item.
    """

    start: int
    end: int
    kind: str
    agency_type: str | None = None
    place_type: str | None = None


@dataclass
class Phrase:
    """A position phrase.

    Attributes
    ----------
    start
        First token (modifier or head).
    head
        The head's lexicon record.
    head_end
        Token after the head.
    end
        Token after the complement.
    items
        The complement's pieces.
    parens
        Token ranges of acronyms in parentheses inside the phrase ("(BNPT)").
    canonical
        Modifiers + head in canonical spelling.
    """

    start: int
    head: PositionEntry
    head_end: int
    end: int
    items: list[Item]
    parens: list[tuple[int, int]]
    canonical: str


class Head(NamedTuple):
    """Modifiers + head found at a token."""

    end: int  # token after the head
    start: int  # the head's first token (after the modifiers)
    entry: PositionEntry
    canonical: str  # modifiers + head in canonical spelling


def head_at(ctx: Context, i: int, allow_lower: bool) -> Head | None:
    """Modifiers + head at token ``i`` (a lowercase head only where ``allow_lower``)."""
    j = modifiers_end(ctx, i)
    m = ctx.lexicon_at(j, ("position",))
    if m is None:
        return None
    n, entry = m
    if title_length(ctx, j, False) > n:
        return None  # "Komisaris Besar": a rank, not the head "Komisaris"
    n, entry = _yield_to_agency(ctx, j, n, entry)
    toks = ctx.toks
    if not (toks[j].cap or allow_lower or (j > i and toks[i].cap)):
        return None  # "Wakil ketua MPR": a capitalised modifier carries a lowercase head
    if toks[i].is_word and not (toks[i].cap or allow_lower) and i != j:
        if toks[i].norm not in LOWER_MODIFIERS:
            return None
    return Head(j + n, j, entry, " ".join([*_modifier_texts(ctx, i, j), entry.text]))


def _modifier_step(ctx: Context, j: int) -> tuple[int, PositionEntry] | None:
    """Tokens of the modifier at ``j`` (with an abbreviation's glued dot) and its record.

    None when no modifier is at ``j`` or neither a head nor a modifier follows it.
    """
    m = ctx.lexicon_at(j, ("modifier",)) if j < ctx.size else None
    if m is None:
        return None
    n, entry = m
    n += _glued_dot(ctx, j + n)  # "Plt. Direktur Jenderal"
    n += _modifier_short_form(ctx, j + n)  # "Pelaksana Tugas (Plt) Kepala Dinas"
    # "Wakil Ketua" is a modifier + head; check that a head follows before consuming.
    if ctx.lexicon_at(j + n, ("position", "modifier")) is None:
        return None
    return n, entry


def _modifier_short_form(ctx: Context, i: int) -> int:
    """Tokens of a modifier's short form in brackets at ``i`` ("(Plt)", "(Pj.)"), else 0.

    "Pelaksana Tugas (Plt) Kepala Dinas X": the bracket repeats the modifier before it; the
    head follows it. Only a bracket that holds a modifier of the lexicon and nothing else.
    """
    if ctx.tok(i) != "(":
        return 0
    m = ctx.lexicon_at(i + 1, ("modifier",)) if i + 1 < ctx.size else None
    if m is None:
        return 0
    close = i + 1 + m[0] + _glued_dot(ctx, i + 1 + m[0])
    return close + 1 - i if ctx.tok(close) == ")" else 0


def _modifier_parens(ctx: Context, i: int, j: int) -> list[tuple[int, int]]:
    """Token ranges of brackets between a phrase's first token ``i`` and its head at ``j``.

    The short forms :func:`_modifier_short_form` read ("Pelaksana Tugas (Plt) Kepala"): they
    are left out of the position's text, like the complement's bracketed acronyms. Every
    bracket there is taken: only modifiers stand before a head, and a bracket among them is
    one of their short forms (the only kind :func:`_modifier_step` reads).
    """
    spans = []
    for k in range(i, j):
        if ctx.tok(k) == "(":
            close = next((e for e in range(k + 1, j) if ctx.tok(e) == ")"), None)
            if close is not None:
                spans.append((k, close + 1))
    return spans


def _modifier_texts(ctx: Context, i: int, j: int) -> list[str]:
    """Canonical texts of the modifiers from token ``i`` to ``j`` (their end)."""
    texts = []
    while i < j and (step := _modifier_step(ctx, i)) is not None:
        texts.append(step[1].text)
        i += step[0]
    return texts


def acting(ctx: Context, ph: Phrase) -> bool:
    """Tell whether phrase ``ph`` opens with an acting modifier ("Plt", "Pj", "Penjabat").

    Parameters
    ----------
    ctx : Context
        The text's tokens and tables.
    ph : Phrase
        A position phrase.

    Returns
    -------
    bool
        Whether its first modifier is one of :data:`ACTING_MODIFIERS` ("Plt Bupati X").
    """
    first = ctx.lexicon_at(ph.start, ("modifier",))
    return first is not None and first[1].text in ACTING_MODIFIERS


def modifiers_end(ctx: Context, i: int) -> int:
    """The token after the modifiers from token ``i`` (``i`` when there is none).

    Linear over a text: the end reached from every token of a run of modifiers is kept in
    ``ctx.modifier_ends``, so a run ("Wakil Wakil Wakil ...") is read once, not from each word.
    """
    memo = ctx.modifier_ends
    seen: list[int] = []
    j = i
    end = memo.get(j)
    while end is None:
        seen.append(j)
        step = _modifier_step(ctx, j)
        if step is None:
            end = j
            break
        j += step[0]
        end = memo.get(j)
    for k in seen:
        memo[k] = end
    return end


#: Agency types whose words stay in a head ("Kepala Dinas Kesehatan"): classes, not bodies.
_REGIONAL_TYPES = frozenset({"regional_office", "regional_class"})


def _yield_to_agency(
    ctx: Context, j: int, n: int, entry: PositionEntry
) -> tuple[int, PositionEntry]:
    """A head whose last words begin a known national body's name gives them back to it.

    "Kepala Badan Narkotika Nasional" is "Kepala" + the agency, whose words are no unit words
    of the lexicon; "Kepala Kantor Staf Presiden" is "Kepala" + the office. Classes of
    regional offices ("Kepala Dinas Kesehatan") keep the long head, and so does a body
    followed by a place, which is then the jurisdiction.
    """
    for k in range(j + 1, j + n):
        agency = agency_at(ctx, k)
        if agency is None or k + agency[0] <= j + n or agency[1] in _REGIONAL_TYPES:
            continue
        if place_at(ctx, _after_bracket(ctx, k + agency[0]), False) is not None:
            break  # "Kepala Badan Ekonomi Kreatif Indonesia": a trailing place is the jurisdiction
        short = ctx.tables.positions.by_form.get(tuple(ctx.norms[j:k]))
        if short is not None and short.kind == "position":
            return k - j, short
    return n, entry


def _glued_dot(ctx: Context, i: int) -> int:
    """1 when token ``i`` is a dot glued to the word before it (an abbreviation's), else 0."""
    return int(0 < i < ctx.size and ctx.toks[i].text == "."
               and ctx.toks[i].start == ctx.toks[i - 1].end)


def _after_bracket(ctx: Context, i: int) -> int:
    """The token after a short bracket opening at ``i`` ("(Bekraf)"), else ``i``."""
    if ctx.tok(i) != "(":
        return i
    for k in range(i + 1, min(i + 5, ctx.size)):
        if ctx.toks[k].text == ")":
            return k + 1
    return i


def phrase_at(
    ctx: Context, i: int, allow_lower: bool, extend: bool = False, until: int | None = None
) -> Phrase | None:
    """The position phrase starting at token ``i``, or None.

    None also when the complement names a non-public body ("Ketua Yayasan ..."). With
    ``until``, the complement is every token up to that one (commas and any capitalised word
    included: the *long* reading of a title that runs into a named person).

    A company post's head (gate ``"state_company"``: "General Manager", "Manajer") reads a
    company's unit words too and is a position only where the complement names a state
    company (:func:`names_state_company`). Unlike the monarchs' gate, which needs only the
    words after the head and so is kept at the lexicon lookup
    (:meth:`~beritanlp.rules.officials.context.Context.lexicon_at`, ``monarchs.py``), this gate
    needs the complement read, so it is checked here, after :func:`scan_complement`.
    """
    head = head_at(ctx, i, allow_lower)
    if head is None:
        return None
    local = head.entry.text in LOCAL_HEADS
    end, items, parens = scan_complement(
        ctx,
        head.end,
        local,
        extend or until is not None,
        start=i,
        until=until,
        security=head.entry.category == "security",
        head=head.entry.text,
        portfolio=head.entry.complement in {"portfolio", "required"},
        national=head.entry.category == "national",
        company=head.entry.gate == "state_company",
    )
    if end < 0:
        return None
    if head.entry.gate == "state_company" and not names_state_company(ctx, items, parens):
        return None  # "General Manager PT Swasta Jaya": a company post of no state company
    parens = _modifier_parens(ctx, i, head.start) + parens
    return Phrase(i, head.entry, head.end, end, items, parens, head.canonical)


# ---- the complement ----------------------------------------------------------------------------


@dataclass
class _Scan:
    """The complement read so far."""

    local: bool  # a kecamatan or desa may be the place
    extend: bool  # take any capitalised word
    start: int  # the phrase's first token (a short form in parentheses abbreviates from here)
    until: int | None = None  # the long reading: read up to this token, commas included
    lower: bool = False  # a lowercase head: so may its unit words be ("juru bicara kementerian")
    security: bool = False  # a military or police head: a unit's number may follow it
    national: bool = False  # a national head (minister ...): no region follows it as its own
    head: str = ""  # the head's canonical text
    head_end: int = -1  # the token after the head
    portfolio: bool = False  # the head needs a portfolio or unit ("Kepala Dinas LH")
    company: bool = False  # a company post's head: a company's unit words too ("Marketing")
    items: list[Item] = field(default_factory=list)
    parens: list[tuple[int, int]] = field(default_factory=list)
    nongov: bool = False  # a word of a non-public body was met

    def add(self, i: int, n: int, kind: str) -> int:
        self.items.append(Item(i, i + n, kind))
        return i + n


def scan_complement(
    ctx: Context,
    k: int,
    local: bool,
    extend: bool,
    start: int | None = None,
    until: int | None = None,
    security: bool = False,
    head: str = "",
    portfolio: bool = False,
    national: bool = False,
    company: bool = False,
) -> tuple[int, list[Item], list[tuple[int, int]]]:
    """Read the complement after a head from token ``k`` (the phrase begins at ``start``).

    With ``until``, read up to that token (the long reading, see :func:`phrase_at`);
    ``security``: the head is military or police (a unit's number may follow it); ``head``:
    the head's canonical text; ``portfolio``: the head needs words after it (a two-letter
    acronym right after it is then its portfolio, not a name's initials: "Kepala Dinas LH");
    ``company``: the head is a company post's (gate ``"state_company"``), whose complement
    also takes a company's unit words ("Manager Marketing X Region Y").

    Returns
    -------
    tuple
        The token after the complement (``k`` when there is none, -1 for a non-public body),
        its items and its parenthesised acronyms.
    """
    scan = _Scan(local, extend, k - 1 if start is None else start, until)
    scan.lower = not ctx.toks[k - 1].cap
    scan.security, scan.head_end, scan.head = security, k, head
    scan.national = national
    scan.portfolio = portfolio
    scan.company = company
    headline = ctx.toks[k - 1].title_line
    i = k
    limit = k + MAX_COMPLEMENT_TOKENS if until is None else until
    while i < ctx.size and i < limit:
        if ctx.toks[i].title_line != headline:
            break
        nxt = _step(ctx, scan, i)
        if nxt is None:
            break
        i = nxt
    if scan.nongov or private_company(ctx, scan) or unlisted_executive(ctx, scan):
        return -1, [], []
    items = scan.items
    while items and items[-1].kind == "join":
        items.pop()
    if not items:
        # "Wakil Presiden (Wapres) Budi Santoso": the head's own short form right after it
        first = scan.parens[:1]
        return (first[0][1], [], first) if first and first[0][0] == k else (k, [], [])
    end = items[-1].end
    # A parenthetical right after the last item still belongs to the phrase.
    parens = [p for p in scan.parens if p[1] <= end or p[0] == end]
    for p in parens:
        if p[0] == end:
            end = p[1]
    return end, items, parens


def _step(ctx: Context, scan: _Scan, i: int) -> int | None:
    """Take token ``i`` (and what belongs with it) into the complement; None: it ends here."""
    t = ctx.toks[i]
    if t.text == "(":
        return _parenthetical(ctx, scan, i)
    if t.text == ",":
        return _comma(ctx, scan, i)
    if not t.is_word:
        if _company_form_dot(ctx, scan, i):
            scan.items[-1].end = i + 1  # "PT. Garuda Indonesia": the form's dot, the same "PT"
            return i + 1
        return scan.add(i, 1, "join") if t.text in {"&", "/"} and scan.items else None
    if tribal_chief(ctx, scan, i):
        scan.nongov = True  # "Kepala Suku Dani": a tribe's chief, no public position
        return None
    if scan.items and faction_length(ctx, i, PARTIES) and legislature_before(ctx, i):
        return None  # "Anggota Komisi X DPR F-PKS Budi": the faction is no jurisdiction
    if joins_here(ctx, scan, i):
        return scan.add(i, 1, "join")
    if unit_number(ctx, scan, i):
        return scan.add(i, 1, "number")
    if qualifier_at(ctx, scan, i):
        return scan.add(i, ordinal_tokens(ctx, i) or 1, "qualifier")
    served = served_position(ctx, scan, i)
    if served:
        return scan.add(i, served, "unit")
    if not t.cap:
        if t.norm in LOWER_UNITS and ctx.cap(i + 1):
            return scan.add(i, 1, "unit")  # "Deputi bidang Sumber Daya Manusia"
        if office_class(ctx, scan, i):
            return scan.add(i, 1, "other")  # "Kepala KSOP kelas II X": "Kelas" written low
        lowered = scan.lower or lowered_portfolio(ctx, scan, i)
        lower_unit = lowered and ctx.lexicon_at(i, ("unit",))
        return scan.add(i, lower_unit[0], "unit") if lower_unit else None
    return _capitalised(ctx, scan, i)


def office_class(ctx: Context, scan: _Scan, i: int) -> bool:
    """Tell whether the lowercase word at ``i`` is an office's class word before its numeral.

    "Kepala KSOP kelas II Sukamaju" reads as "Kepala KSOP Kelas II Sukamaju" (extended reading
    only, as the capitalised class); not after a join or with no body read before it ("siswa
    kelas II").
    """
    return (
        scan.extend and bool(scan.items) and scan.items[-1].kind in {"agency", "unit", "acronym"}
        and class_word(ctx, i)
    )


#: An office's class numeral ("II", "IIA", "IV").
_CLASS_NUMERAL = re.compile(OFFICE_CLASS_NUMERAL)
#: The last word of an office ranked in classes ("KSOP", "Imigrasi", "Lapas").
_CLASSED_LAST = frozenset(end.rsplit(maxsplit=1)[-1] for end in CLASSED_OFFICE_ENDS)


def class_word(ctx: Context, i: int) -> bool:
    """Tell whether token ``i`` is "kelas" (any case) before a Roman numeral ("kelas II").

    Only after an office ranked in classes (:data:`CLASSED_OFFICE_ENDS`): "KSOP kelas II", not
    "Dinas Pendidikan kelas I".
    """
    nxt = ctx.tok(i + 1)
    return (
        ctx.norms[i] == "kelas" and bool(nxt) and _CLASS_NUMERAL.fullmatch(nxt) is not None
        and i > 0 and ctx.tok(i - 1) in _CLASSED_LAST
    )


def lowered_portfolio(ctx: Context, scan: _Scan, i: int) -> bool:
    """Tell whether the lowercase word at ``i`` is a capitalised head's portfolio written low.

    Right after the head and before a capitalised unit or agency the head's own portfolio
    stands ("Kanit laka Satlantas Polres X", "Kepala Seksi humas Polres X"); the caller still
    needs the word to be a unit word of the lexicon, and no stop word is one ("dalam", "lalu").
    """
    if i != scan.head_end or scan.items or scan.lower or ctx.norms[i] in STOP_WORDS:
        return False  # "Menteri dalam Kabinet X", "Kapolsek lalu Polres X": function words
    return bool(unit_at(ctx, i + 1)) or agency_at(ctx, i + 1) is not None


def _comma(ctx: Context, scan: _Scan, i: int) -> int | None:
    """:func:`_step` at a comma: the long reading's join, a scraper's gap, or a portfolio list."""
    if scan.until is not None and scan.items:
        return scan.add(i, 1, "join")
    if scan.items and gap_comma(ctx, i) and unit_at(ctx, i + 1):
        return scan.add(i, 1, "join")  # "Badan Perencanaan  , Daerah": a dropped word
    if gap_comma(ctx, i) and joined_after_gap(ctx, i + 1, scan.portfolio, bool(scan.items)):
        return scan.add(i, 1, "join")  # "Kepala Badan  , dan Arsip Daerah": dropped words
    return _portfolio_continues(ctx, scan, i)


def _company_form_dot(ctx: Context, scan: _Scan, i: int) -> bool:
    """Tell whether token ``i`` is the dot of a state company's form just read ("PT.", "Perum.").

    Not a "CV.": a partnership is no state company, and its dot ends the phrase.
    """
    last = scan.items[-1] if scan.items else None
    return (
        last is not None and last.kind in {"unit", "acronym"} and last.end == i
        and last.end - last.start == 1
        and ctx.norms[last.start] in STATE_COMPANY_FORMS and bool(_glued_dot(ctx, i))
    )


def _capitalised(ctx: Context, scan: _Scan, i: int) -> int | None:
    """:func:`_step` for a capitalised word: a rank, a non-public body, a name, or an item."""
    t = ctx.toks[i]
    if _honorific(ctx, i) and (scan.until is None or skip_titles(ctx, i) >= scan.until):
        return None  # an honorific or rank: the name follows (not a namesake's: "RSUD Dr X")
    if nongov_at(ctx, i):
        if t.norm in STATE_COMPANY_SUFFIXES and names_state_company(ctx, scan.items, scan.parens):
            return scan.add(i, 1, "unit")  # "PT Bank Negara Indonesia (Persero) Tbk"
        scan.nongov = True  # a non-public body: no position at all
        return None
    if person_after_place(ctx, scan, i):
        return None  # "Wali Kota X Bima Santoso": the NER says a name begins at "Bima"
    if foreign_first_name(ctx, scan.items, i, scan.local):
        return None  # "Bupati Toba Samosir Darwin Siagian": "Darwin" begins the name
    port = classed_port(ctx, scan, i)
    if port:
        return scan.add(i, port, "place")  # "Kepala KSOP kelas II Tanjung Sukamaju, Budi"
    n = _known_item(ctx, scan, i)
    if not n:
        n = envoy_city(ctx, scan, i)
        if n:
            return scan.add(i, n, "place")
    return i + n if n else _other_word(ctx, scan, i)


def classed_port(ctx: Context, scan: _Scan, i: int) -> int:
    """Tokens of the place right after an office's class, up to a comma, or 0.

    "Kepala KSOP kelas II Tanjung Sukamaju, Budi": the capitalised words between the class
    ("kelas II" after an office ranked in classes) and a comma name the office's port, which
    the gazetteer may know only in part ("Tanjung"); never a PERSON span's words.
    """
    if not scan.items or i < 2 or not class_word(ctx, i - 2):
        return 0
    n = 0
    while n < MAX_ENVOY_CITY_WORDS and ctx.cap(i + n) and ctx.person_at(i + n) is None:
        n += 1
    return n if n and ctx.tok(i + n) == "," else 0


#: Words of a city an envoy is posted to, read up to a comma ("Konjen RI di Port Melati, ...").
MAX_ENVOY_CITY_WORDS = 3


def envoy_city(ctx: Context, scan: _Scan, i: int) -> int:
    """Tokens of the city after an envoy's "di"/"untuk" that no gazetteer knows, or 0.

    "Konjen RI di Port Melati, Negeri X, Budi": the capitalised words between the envoy's
    join and a comma are the place of the post (foreign cities are missing from the
    gazetteer), not a name; never a PERSON span's words.
    """
    last = scan.items[-1] if scan.items else None
    if last is None or last.kind != "join" or ctx.norms[last.start] not in ENVOY_JOINS:
        return 0
    if scan.head not in ENVOY_HEADS:
        return 0
    n = 0
    while n < MAX_ENVOY_CITY_WORDS and ctx.cap(i + n) and ctx.person_at(i + n) is None:
        n += 1
    return n if n and ctx.tok(i + n) == "," else 0


def _honorific(ctx: Context, i: int) -> bool:
    """Tell whether an honorific or rank at ``i`` ends the complement (a name follows).

    A title word that is also a unit word and has no capitalised word after it names a
    portfolio ("Menteri Haji dan Umrah"), not a person ("Bupati Haji Ahmad Yani"); so does one
    a known agency follows ("Pusat Kesehatan Haji Kementerian X"); nor does a known agency's
    name that starts with title words ("BP Haji").
    """
    after = skip_titles(ctx, i)
    if after <= i or ctx.lexicon_at(i, ("position",)) is not None:
        return False
    if agency_at(ctx, i) is not None:
        return False  # "Kepala BP Haji X": an agency's acronym, not "Bp." (Bapak) and "Haji"
    if not unit_at(ctx, i):
        return True
    # "Kepala Pusat Kesehatan Haji Kementerian X, Budi": the body the portfolio is of follows
    return ctx.cap(after) and agency_at(ctx, after) is None


def _after_head_or_portfolio(scan: _Scan, last: Item | None, i: int) -> bool:
    """Tell whether token ``i`` follows the head or its unit words (a bracket in between)."""
    before = next((p[0] for p in scan.parens if p[1] == i), i)  # "(Wamendagri)"
    if last is None:
        return before == scan.head_end
    return last.kind == "unit" and last.end == before


def foreign_first_name(ctx: Context, items: list[Item], i: int, local: bool) -> bool:
    """Tell whether a foreign place at ``i`` right after a place of the complement begins a name.

    ``items`` are the complement's items so far (a scan's or a phrase's); see
    :func:`~beritanlp.rules.officials.lookups.foreign_name_start`.
    """
    last = items[-1] if items else None
    if last is None or last.end != i or last.kind != "place":
        return False
    return foreign_name_start(ctx, last.start, i, local)


def person_after_place(ctx: Context, scan: _Scan, i: int) -> bool:
    """Tell whether a PERSON span begins at ``i`` right after a place of the complement.

    Also right after a national head or its portfolio words.

    "Wali Kota X Bima Santoso": "Bima" is also a place, but a second place glued to
    the first is no jurisdiction when the NER reads a name running on from it. Only where the
    span is longer than the place or unit word at ``i`` (a span of the place alone says
    nothing) and no agency begins there.
    """
    last = scan.items[-1] if scan.items else None
    if last is None or last.end != i or last.kind != "place":
        # a national head's portfolio: "Wamendagri Bima Arya", "Wakil Menteri Dalam Negeri
        # Bima Arya" (the city of Bima is no minister's jurisdiction)
        if not (scan.national and _after_head_or_portfolio(scan, last, i)):
            return False
        found = place_at(ctx, i, scan.local)
        if found is not None and found[1] == "negara":
            return False  # "Presiden Turki Recep ...": a country is a head's own jurisdiction
    end = ctx.person_at(i)
    if end is None or ctx.inside_person(i) or agency_at(ctx, i) is not None:
        return False
    place = place_at(ctx, i, scan.local)
    return end - i > max(place[0] if place else 0, unit_at(ctx, i))


def joins_here(ctx: Context, scan: _Scan, i: int) -> bool:
    """Tell whether the lowercase word at ``i`` joins two items of the complement.

    "dan", "serta" ("Hukum dan HAM"), an envoy's "untuk"/"di" ("Duta Besar RI untuk
    Jepang", "Konjen RI di Kota X"), an aide's "untuk" ("Staf Khusus Presiden untuk Papua")
    and a faction's "di" ("Fraksi X di DPR").
    """
    if not scan.items:
        return False
    norm = ctx.toks[i].norm
    if norm in LOWER_JOIN:
        return True
    if norm == "di" and faction_in_house(ctx, scan, i + 1):
        return True  # "Ketua Fraksi X di DPR": the faction's house
    if norm == "untuk" and scan.head in AIDE_REGION_HEADS:
        return place_at(ctx, i + 1, scan.local) is not None  # "Staf Khusus Presiden untuk Papua"
    return norm in ENVOY_JOINS and scan.head in ENVOY_HEADS and ctx.cap(i + 1)


def faction_in_house(ctx: Context, scan: _Scan, j: int) -> bool:
    """Tell whether a faction was read and a legislature's name begins at token ``j``."""
    if not any(ctx.norms[it.start] == "fraksi" for it in scan.items):
        return False
    agency = agency_at(ctx, j)
    return agency is not None and agency[1] == "legislature"


def names_state_company(
    ctx: Context, items: list[Item], parens: list[tuple[int, int]]
) -> bool:
    """Tell whether complement ``items`` or ``parens`` name a state company.

    A state company of the agency table ("PLN", "Pertamina") or a "(Persero)". A listed
    company ("Tbk") is a non-public body unless the state owns it.

    Parameters
    ----------
    ctx
        The text's tokens and tables.
    items
        The complement's items.
    parens
        Its parenthesised short forms (first and end token).

    Returns
    -------
    bool
        True where one of them names a state company.
    """
    if any(it.kind == "agency" and it.agency_type == "soe" for it in items):
        return True
    return any(ctx.norms[a + 1] == "persero" for a, _ in parens)


def tribal_chief(ctx: Context, scan: _Scan, i: int) -> bool:
    """Tell whether "Suku" at ``i`` right after the head names a tribe, not a city office.

    "Kepala Suku Dinas Perhubungan Jakarta Barat" heads a Jakarta city office; "Kepala Suku
    Dani", "Kepala Suku Besar Amungme" is a tribe's chief, which is no public position.
    """
    if ctx.norms[i] != "suku" or scan.items or i != scan.head_end:
        return False
    return i + 1 >= ctx.size or ctx.norms[i + 1] not in CITY_OFFICE_WORDS


def private_company(ctx: Context, scan: _Scan) -> bool:
    """Tell whether the complement names a company ("PT X", "CV X") the state does not own."""
    forms = any(
        it.kind == "unit" and ctx.norms[it.start] in PRIVATE_FORMS for it in scan.items
    )
    return forms and not names_state_company(ctx, scan.items, scan.parens)


#: Words after "Direktur Eksekutif" read for a known agency at most (its unit, then the
#: agency: "Departemen Kebijakan Makroprudensial Bank Indonesia (BI)").
MAX_EXECUTIVE_BODY = 10


def unlisted_executive(ctx: Context, scan: _Scan) -> bool:
    """Tell whether the phrase is an executive's title of a body no agency table knows.

    A "Direktur Eksekutif" is the title of the heads of NGOs, think tanks and pollsters
    ("Direktur Eksekutif ICJR", "Direktur Eksekutif Walhi Riau", "Direktur Eksekutif Parameter
    Politik Indonesia"); a "Presiden Direktur" (also read from its "Direktur") that of
    companies ("Presiden Direktur AXA Indonesia"). A public body's executives name their agency
    in the capitalised words after the title ("Direktur Eksekutif Departemen Komunikasi Bank
    Indonesia", "... LPEI", "Presiden Direktur PT Pertamina EP", "Presdir Telkomsel").
    """
    k = scan.head_end
    if _company_president(ctx, scan):
        first = k
    elif scan.head == "Direktur" and k < ctx.size and ctx.norms[k] == "eksekutif":
        first = k + 1
    else:
        return False
    for j in range(first, min(ctx.size, first + MAX_EXECUTIVE_BODY)):
        if ctx.toks[j].text not in {"(", ")"} and not ctx.cap(j) and ctx.norms[j] != "dan":
            break
        if agency_at(ctx, j) is not None:
            return False
    return True


def _company_president(ctx: Context, scan: _Scan) -> bool:
    """Tell whether the head is a "Presiden Direktur" (or its "Direktur" after "Presiden")."""
    if scan.head == "Presiden Direktur":
        return True
    before = scan.start - 1
    return scan.head == "Direktur" and before >= 0 and ctx.norms[before] == "presiden"


def _parenthetical(ctx: Context, scan: _Scan, i: int) -> int | None:
    """A short form in parentheses is part of the phrase.

    Acronyms ("(BNPT)", "(Persero)"), short forms of the words before them ("Menteri Dalam
    Negeri (Mendagri)", "Gubernur Jawa Barat (Jabar)", "Dirjen Kesehatan Masyarakat
    (Kesmas)") and parentheses a scraper emptied ("(,)").
    """
    close = next((j for j in range(i + 1, min(i + 5, ctx.size)) if ctx.tok(j) == ")"), None)
    if close is None:
        return None
    inside = range(i + 1, close)
    toks = ctx.toks
    if all(toks[j].text == "," for j in inside) or all(
        is_acronym(toks[j].text) or toks[j].norm == "persero" or known_short(ctx, j)
        for j in inside
    ) or short_form_of(ctx, scan.start, i, close):
        scan.parens.append((i, close + 1))
        return close + 1
    return None


def known_short(ctx: Context, j: int) -> bool:
    """Tell whether token ``j`` is an agency's or a position's short form ("Bappeda", "Menhub")."""
    return agency_at(ctx, j) is not None or ctx.lexicon_at(j, ("position",)) is not None


def short_form_of(ctx: Context, start: int, i: int, close: int) -> bool:
    """Tell whether the text in parentheses ``i:close`` abbreviates tokens ``start:i``."""
    if start >= i or close <= i + 1:
        return False
    toks = ctx.toks
    short = ctx.text[toks[i + 1].start : toks[close - 1].end]
    if not is_short_form(short):
        return False
    window = " ".join(t.text for t in toks[start:i] if t.is_word)  # without scraper commas
    return align_long_form(short, window) is not None


def _portfolio_continues(ctx: Context, scan: _Scan, i: int) -> int | None:
    """A comma after a unit word continues the phrase only as a portfolio list."""
    if not (scan.items and scan.items[-1].kind == "unit"):
        return None
    listed = portfolio_list(ctx, i)
    if not listed:
        return None
    scan.items.extend(listed)
    return listed[-1].end


def after_local_unit(ctx: Context, i: int) -> bool:
    """Tell whether a district's or a village's unit ends right before token ``i``.

    "Polsek", "Koramil" (:data:`LOCAL_UNITS`) or their long forms "Kepolisian Sektor",
    "Komando Rayon" (:data:`LOCAL_UNIT_PAIRS`): the place after one may be a kecamatan.
    """
    if i < 1:
        return False
    if ctx.norms[i - 1] in LOCAL_UNITS:
        return True
    return i >= 2 and (ctx.norms[i - 2], ctx.norms[i - 1]) in LOCAL_UNIT_PAIRS


def _known_item(ctx: Context, scan: _Scan, i: int) -> int:
    """Take the longest agency, place or unit word at ``i`` (agency first on a tie)."""
    agency = agency_at(ctx, i)
    local = scan.local or bool(
        scan.items and scan.items[-1].kind in {"unit", "agency"} and after_local_unit(ctx, i)
    )
    board = after_party_board(ctx, scan, i)
    common = (
        (i == scan.head_end and scan.head in REGION_HEADS) or board or _branch_place(ctx, scan, i)
    )
    place = place_at(ctx, i, local, common=common)
    if place is not None and board:
        place = (board_area_end(ctx, i + place[0]) - i, place[1])  # "DPC PAN Solo Raya"
    unit = unit_at(ctx, i, scan.company)
    n, kind_rank = max(
        (agency[0] if agency else 0, 3),
        (place[0] if place else 0, 2),
        (unit, 1),
    )
    if not n:
        return 0
    if kind_rank == 3 and agency is not None:
        scan.items.append(Item(i, i + n, "agency", agency_type=agency[1]))
    elif kind_rank == 2 and place is not None:
        scan.items.append(Item(i, i + n, "place", place_type=place[1]))
    else:
        scan.items.append(Item(i, i + n, "unit"))
    return n


def _branch_place(ctx: Context, scan: _Scan, i: int) -> bool:
    """Tell whether token ``i`` follows a body's branch word ("Bank X Cabang", "PLN Unit").

    The region there is the branch's even when its name is an ordinary word or a PERSON span
    swallowed it ("Manajer Bank X Cabang Solo Ari Wibowo": "Solo" is the branch's city).
    """
    items = scan.items
    return (
        len(items) >= 2 and items[-1].kind == "unit" and items[-1].end == i
        and ctx.norms[items[-1].start] in BRANCH_UNITS
        and any(it.kind in {"agency", "acronym"} for it in items[:-1])
    )


#: Capitalised words that go on with a region's name read after a party's board ("DPC PAN Solo
#: Raya", "DPC Gerindra Batu Utara"): the board's area, never a person's first name.
BOARD_AREA_WORDS: frozenset[str] = frozenset(
    {"utara", "selatan", "barat", "timur", "tengah", "raya", "baru"}
)


def after_party_board(ctx: Context, scan: _Scan, i: int) -> bool:
    """Tell whether token ``i`` follows a party's name read after one of its boards.

    "Ketua DPC PDIP Solo", "Sekretaris Dewan Pimpinan Daerah Partai Golkar Batu": the place
    after the party is the branch's jurisdiction, also where its name is an ordinary word
    ("Solo", "Batu"), never a person's name (:func:`~beritanlp.lexicons.parties.party_board_start`).
    """
    items = scan.items
    before = next((p[0] for p in scan.parens if p[1] == i), i)  # "Partai X (PX) Solo"
    if not items or items[-1].end != before or items[-1].kind not in {"acronym", "unit", "other"}:
        return False
    lows = [ctx.norms[k] for k in range(max(scan.head_end, 0), before) if ctx.toks[k].is_word]
    return party_board_start(lows) is not None


def board_area_end(ctx: Context, end: int) -> int:
    """The end of a party board's region at token ``end``, over a compass word or "Raya"."""
    if end < ctx.size and ctx.cap(end) and ctx.norms[end] in BOARD_AREA_WORDS:
        return end + 1
    return end


def unit_number(ctx: Context, scan: _Scan, i: int) -> bool:
    """Tell whether token ``i`` is the number of a unit, no year.

    After a unit word ("Korem 102", "Kodim 0501", one digit only after "Komisi": "Komisi 3")
    or right after a military head whose unit it numbers ("Danrem 061/Suryakancana").
    """
    text = ctx.toks[i].text
    if len(text) == 1 and text.isdigit() and text != "0":
        return bool(scan.items) and ctx.norms[i - 1] in NUMBERED_ONES  # "Komisi 3 DPR"
    if not UNIT_NUMBER.fullmatch(text) or text[:4].startswith(("19", "20")) and len(text) == 4:
        return False
    if not scan.items:
        return scan.security and i == scan.head_end
    return scan.items[-1].kind in {"unit", "agency"}


def served_position(ctx: Context, scan: _Scan, i: int) -> int:
    """Tokens of the position an aide's head serves ("Staf Khusus Presiden"), or 0."""
    if scan.items or scan.head not in SERVING_HEADS or not ctx.cap(i):
        return 0
    m = ctx.lexicon_at(i, ("position", "modifier"))
    if m is None:
        return 0
    n = m[0]
    if m[1].kind == "modifier":  # "Juru Bicara Wakil Presiden"
        nxt = ctx.lexicon_at(i + n, ("position",))
        return n + nxt[0] if nxt is not None else 0
    return n


def spaced_ordinal(ctx: Context, i: int) -> int:
    """Tokens of an ordinal written in two words at token ``i`` ("ke 3" of "Presiden ke 3"), or 0.

    The "ke" and its number are one space apart, as "ke-3" is one word; a number a counter or
    a time word follows is a count or a term, no ordinal ("Bupati ke 3 orang juara", "ke 2
    kalinya").
    """
    if ctx.norms[i] != "ke" or i + 1 >= ctx.size or ctx.toks[i].cap:
        return 0
    nxt = ctx.toks[i + 1]
    if nxt.start != ctx.toks[i].end + 1 or not ORDINAL_NUMBER.fullmatch(nxt.text):
        return 0
    if i + 2 < ctx.size and ctx.norms[i + 2] in COUNTERS | ORDINAL_TIMES:
        return 0
    return 2


def ordinal_tokens(ctx: Context, i: int) -> int:
    """Tokens of an ordinal in digits at token ``i``: 1 for "ke-3", 2 for "ke 3", else 0."""
    if i >= ctx.size:
        return 0
    return 1 if ORDINAL.fullmatch(ctx.norms[i]) else spaced_ordinal(ctx, i)


def qualifier_at(ctx: Context, scan: _Scan, i: int) -> bool:
    """Tell whether token ``i`` is a lowercase qualifier right after the head.

    "Presiden terpilih", "Presiden ketiga RI", "Presiden ke-3": the qualifier stays in the
    position; an ordinal of a time or a term does not ("Presiden pertama kali", "Presiden
    kedua periode"); "belas" after an ordinal does ("Wakil Presiden keempat belas").
    """
    if ctx.toks[i].norm == "belas" and i > 0:
        return ctx.norms[i - 1] in TEEN_ORDINALS  # the ordinal read just before goes on
    if scan.items or i == 0 or ctx.toks[i - 1].text in {",", "("}:
        return False
    if ctx.toks[i].cap and ctx.person_at(i) is not None:
        return False
    if i + 1 < ctx.size and ctx.norms[i + 1] in ORDINAL_TIMES:
        return False
    norm = ctx.toks[i].norm
    return norm in POST_QUALIFIERS or ordinal_tokens(ctx, i) > 0


def _roman_numeral(ctx: Context, scan: _Scan, i: int) -> bool:
    """Tell whether token ``i`` is a Roman numeral after an item ("Komisi VII") or a head.

    Right after a military head only ("Pangdam IV").
    """
    text = ctx.toks[i].text
    after_item = bool(scan.items) and scan.items[-1].kind != "join"
    after_head = scan.security and i == scan.head_end  # "Pangdam IV Diponegoro"
    if not (ROMAN.fullmatch(text) and text and (after_item or after_head)):
        return False
    # "I" before a capitalised word that is no acronym is more likely a name's initial
    return text != "I" or not (ctx.cap(i + 1) and not is_acronym(ctx.tok(i + 1)))


def _command_name(ctx: Context, scan: _Scan, i: int) -> int:
    """Tokens of a regional command's name after a military head's numeral (0: none).

    "Pangdam XVI Pattimura", "Kasdam IV Diponegoro" (:data:`COMMAND_NAMES`).
    """
    last = scan.items[-1] if scan.items else None
    if not (scan.security and last is not None and (
        last.kind in {"roman", "number"}
        or (last.kind == "acronym" and ROMAN.fullmatch(ctx.toks[last.start].text))
    )):
        return 0
    for n in (3, 2, 1):
        if tuple(ctx.norms[i:i + n]) in COMMAND_NAMES and all(ctx.cap(k) for k in range(i, i + n)):
            return n
    return 0


def _other_word(ctx: Context, scan: _Scan, i: int) -> int | None:
    """A Roman numeral, an acronym, or (extended reading) any other capitalised word."""
    if _roman_numeral(ctx, scan, i):
        return scan.add(i, 1, "roman")
    command = _command_name(ctx, scan, i)
    if command:
        return scan.add(i, command, "unit")
    if is_acronym(ctx.toks[i].text) and not is_initial(ctx.toks, i):
        first = scan.portfolio and i == scan.head_end
        if not first and initials_of_name(ctx, i):
            return None
        return scan.add(i, 1, "acronym")
    if party_name_goes_on(ctx, scan, i):
        return scan.add(i, 1, "unit")
    if not scan.extend:
        return None
    if scan.items[-1:] and scan.items[-1].kind == "join" and ctx.lexicon_at(i, ("position",)):
        return None  # "... dan Kepala Lembaga ...": another title begins
    return scan.add(i, 1, "other")


def party_name_goes_on(ctx: Context, scan: _Scan, i: int) -> bool:
    """Tell whether the capitalised word at ``i`` goes on with a party's full name just read.

    "PDI Perjuangan": the words before ``i`` and ``i`` itself are the start of one of the
    parties' full names (:data:`~beritanlp.lexicons.parties.PARTY_FULL_NAMES`), so the word is
    the party's, not the first word of a name (never where the tagger's person begins). Any
    other word after a party ("Gerindra Indonesia Raya Budi") is not read on.
    """
    last = scan.items[-1] if scan.items else None
    if last is None or last.end != i or ctx.person_at(i) is not None:
        return False
    return any(
        0 < p < len(full) and full[p] == ctx.norms[i] and tuple(ctx.norms[i - p:i]) == full[:p]
        for full in PARTY_FULL_NAMES
        for p in range(1, min(len(full), i + 1))
    )


def portfolio_list(ctx: Context, i: int) -> list[Item]:
    """Items of a comma list of unit words closed by "dan"/"serta", from the comma at ``i``.

    ", Olahraga, Kebudayaan, dan Pariwisata" after "Kepala Dinas Pemuda" continues the
    portfolio; a comma not followed by such a list ends the phrase (empty result).
    """
    items: list[Item] = []
    j = i
    for _ in range(MAX_LIST_MEMBERS):  # a longer list is not a portfolio
        if ctx.tok(j) == ",":
            items.append(Item(j, j + 1, "join"))
            j += 1
        closing = ctx.toks[j].norm in LOWER_JOIN if j < ctx.size else False
        if closing:
            items.append(Item(j, j + 1, "join"))
            j += 1
        n = list_unit_at(ctx, j)
        if not n:
            return []
        while n:  # a member may be several unit words ("Lingkungan Hidup")
            items.append(Item(j, j + n, "unit"))
            j += n
            n = list_unit_at(ctx, j)
        if closing:
            return items
        joined = j < ctx.size and ctx.toks[j].norm in LOWER_JOIN
        if ctx.tok(j) != "," and not joined:
            return []
    return []


def list_unit_at(ctx: Context, i: int) -> int:
    """Unit words at ``i`` that do not begin a place or an agency ("Kabupaten Banyumas")."""
    n = unit_at(ctx, i)
    if n and (place_at(ctx, i, False) is not None or agency_at(ctx, i) is not None):
        return 0
    return n
