"""Person names next to a position: PERSON spans, else runs of capitalised words.

Where a pattern expects a name and the NER gave a PERSON span there, the span is the name.
Otherwise the **capitalised-word fallback** takes the run of capitalised words (with initials
and particles such as "bin") there, unless the run is part of an institution, a place, a title
or a headline. Honorifics and ranks before a name ("H.", "Dr.", "AKBP", "Letjen TNI (Purn)")
are skipped with the title list.
"""

from __future__ import annotations

import re

from beritanlp.lexicons.titles import normalize_title_word
from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.lookups import (
    after_abbreviated_region,
    agency_at,
    nongov_at,
    place_at,
    unit_at,
)
from beritanlp.rules.officials.scraped import after_gap
from beritanlp.rules.officials.tokens import ROMAN, is_acronym, is_initial
from beritanlp.rules.officials.vocab import (
    COMPANY_FORMS,
    DEGREES,
    DEMONSTRATIVES,
    FIRM_JOINS,
    FIRM_WORDS,
    INNER_HONOURS,
    INSTITUTION_HEADS,
    MONTHS,
    NAME_LEADS,
    NAMED_BODY_HEADS,
    NATURE_WORDS,
    PATRONYMICS,
    PORTFOLIO_UNITS,
    POST_QUALIFIERS,
    REGION_FRAGMENTS,
    ROYAL_TITLES,
    STOP_WORDS,
)
from beritanlp.text.words import NAME_PARTICLES

#: Position heads that are also military or police ranks before a name ("Kapolsek X Komisaris
#: Budi": a police rank; "Komisaris PT X": the post).
RANK_POSITIONS: frozenset[str] = frozenset({"Inspektur Jenderal", "Jenderal", "Komisaris"})
#: Two-letter academic and religious titles: unlike an initial ("Budi H. Santoso") they begin
#: a name inside a run ("Direktur Jenderal Pembangunan Kawasan Pedesaan Ir Budi Santoso").
SHORT_HONOURS: frozenset[str] = frozenset({"ir", "dr", "hj", "kh"})
#: Longest fallback name, in tokens.
MAX_NAME_TOKENS = 6
#: Tokens of one degree after a name at most ("M.Si." is 4).
MAX_DEGREE_TOKENS = 6

# ---- titles ----------------------------------------------------------------------------------


#: Honorifics that begin a compound noun, never a person's name: "Ibu Kota" is a capital city
#: ("Pansus Pemindahan Ibu Kota", "Otorita Ibu Kota Nusantara"), not "Ibu" + a name.
NOT_TITLE_PAIRS: frozenset[tuple[str, str]] = frozenset({("ibu", "kota")})


def title_length(ctx: Context, i: int, stripped: bool) -> int:
    """Tokens of the longest title at token ``i`` (qualifiers only once a title was skipped)."""
    titles = ctx.tables.titles
    toks = ctx.toks
    if i + 1 < ctx.size and (ctx.norms[i], ctx.norms[i + 1]) in NOT_TITLE_PAIRS:
        return 0
    if ctx.norms[i] in ROYAL_TITLES and toks[i].cap and royal_name_follows(ctx, i + 1):
        return 1
    longest = min(titles.max_words, ctx.size - i)
    if longest <= 0 or normalize_title_word(toks[i].text) not in titles.first_words:
        return 0  # no entry starts with this word (most tokens): one lookup
    words = tuple(normalize_title_word(x.text) for x in toks[i : i + longest])  # once each
    for n in range(longest, 0, -1):
        key = words[:n]
        if not all(key):
            continue
        if key in titles.titles or (stripped and key in titles.qualifiers):
            return n
    return 0


def royal_name_follows(ctx: Context, i: int) -> bool:
    """Tell whether capitalised words from token ``i`` reach a patronymic ("Faisal bin X")."""
    for k in range(i, min(i + MAX_NAME_TOKENS, ctx.size)):
        t = ctx.toks[k]
        if t.norm in PATRONYMICS and not t.cap:
            return k > i
        if not (t.is_word and t.cap):
            return False
    return False


def is_position_here(ctx: Context, i: int) -> bool:
    """Tell whether a title word at ``i`` is the head of a position rather than a rank.

    A position word is a rank only when a qualifier or a name follows it ("Jenderal TNI",
    "Brigjen Budi"), never before a unit word or an acronym ("Komisaris Bank X").
    """
    pos = ctx.lexicon_at(i, ("position", "modifier"))
    if pos is None:
        return False
    if title_length(ctx, i, False) > pos[0]:
        return False  # "Komisaris Besar", "Ajun Komisaris Besar": a longer rank
    nxt = i + pos[0]
    qual = (normalize_title_word(ctx.tok(nxt)),) in ctx.tables.titles.qualifiers
    if not qual and (unit_at(ctx, nxt) or is_acronym(ctx.tok(nxt))):
        return True
    return pos[1].kind == "position" and pos[1].text not in RANK_POSITIONS and not qual


#: Symbols skipped after a title: an abbreviation's dot, brackets, the apostrophe of "Dato'".
TITLE_SYMBOLS: frozenset[str] = frozenset({".", "(", ")", "'", "\u2019"})


def skip_titles(ctx: Context, i: int) -> int:
    """Skip honorifics and ranks (not positions) from token ``i``; return the next token.

    Linear over a text: every title skipped is a step from one state (a token, and the first
    token of the last title skipped) to the next, and the end each state reaches is kept in
    ``ctx.title_skips``, so a run of titles ("Irjen Irjen Irjen ...") is read once, not once
    from each of its words.
    """
    memo = ctx.title_skips
    seen: list[tuple[int, int]] = []
    state: tuple[int, int] | None = (i, -1)
    end = i
    while state is not None:
        known = memo.get(state)
        if known is not None:
            end = known
            break
        seen.append(state)
        end, state = _title_step(ctx, *state)
    for s in seen:
        memo[s] = end
    return end


def _title_step(ctx: Context, i: int, last: int) -> tuple[int, tuple[int, int] | None]:
    """One step of :func:`skip_titles` at token ``i``.

    ``last`` is the first token of the last title skipped (-1: none yet, so a position here is
    no rank). Returns the token reached and the state to go on from (None: the titles end).
    """
    stripped = last >= 0
    if i >= ctx.size:
        return i, None
    t = ctx.toks[i]
    if stripped and title_initials(ctx, last, i):
        return i + 3, (i + 3, last)  # "Tuan Guru Bajang (TGB) Zainul": the title's initials
    if stripped and t.text in TITLE_SYMBOLS:
        return i + 1, (i + 1, last)
    if not t.is_word:
        return i, None
    match = title_length(ctx, i, stripped)
    if not match or (not stripped and is_position_here(ctx, i)):
        return i, None
    return i + match, (i + match, i)


def title_initials(ctx: Context, a: int, i: int) -> bool:
    """Tell whether "(" + the initials of the title words ``a:i`` + ")" stand at token ``i``."""
    if i - a < 2 or ctx.tok(i) != "(" or ctx.tok(i + 2) != ")":
        return False
    words = [ctx.toks[k].text for k in range(a, i) if ctx.toks[k].is_word]
    return ctx.tok(i + 1) == "".join(w[0].upper() for w in words)


# ---- name words --------------------------------------------------------------------------------


#: A given name of capitalised parts joined by hyphens ("Jean-Paul"): no acronym, though it has
#: two capitals.
HYPHENATED_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")


def regnal_numeral(ctx: Context, i: int) -> bool:
    """Tell whether token ``i`` is a monarch's regnal numeral past "I" ("Charles III").

    A Roman numeral right after a capitalised name word, with a monarch's head (a record gated
    ``"monarch"``) at most three words before it: "Raja Henry VIII".
    """
    t = ctx.toks[i]
    if t.text == "I" or not ROMAN.fullmatch(t.text) or i < 2 or not ctx.cap(i - 1):
        return False
    for k in range(max(0, i - 4), i - 1):
        found = ctx.tables.positions.match(ctx.norms, k, ("position",))
        if found is not None and found[1].gate == "monarch" and k + found[0] < i:
            return True
    return False


def name_word(ctx: Context, i: int) -> bool:
    """Tell whether token ``i`` may be a word of a person's name."""
    if not ctx.word(i):
        return False
    t = ctx.toks[i]
    if t.norm in MONTHS and t.cap:
        return month_name(ctx, i)
    if t.norm in STOP_WORDS or t.norm in INSTITUTION_HEADS or t.norm in POST_QUALIFIERS:
        return False
    if not t.cap:
        return False
    if is_acronym(t.text) and not is_initial(ctx.toks, i) and not HYPHENATED_NAME.fullmatch(t.text):
        if regnal_numeral(ctx, i):
            return True  # "Raja Charles III": the numeral ends the name
        if not (len(t.text) == 2 and t.text.isalpha() and agency_at(ctx, i) is None):
            return False
    if ctx.lexicon_at(i, ("position", "modifier")) is not None and len(t.text) > 1:
        return False
    if len(t.text) > 2 and agency_at(ctx, i) is not None:
        return False  # "Kemenpora", "Pertamina", "Garuda Indonesia": an institution
    if after_abbreviated_region(ctx, i):
        return False  # "Kab. Purwakarta": the place of the abbreviated region word
    return not nongov_at(ctx, i)


#: Lowercase words before a month that make it a date ("sejak Juli", "pada Mei").
DATE_CUES: frozenset[str] = frozenset(
    "pada sejak hingga sampai akhir awal pertengahan bulan medio jelang selama per tanggal".split()
)


def month_name(ctx: Context, i: int) -> bool:
    """Tell whether the month word at ``i`` begins a person's name ("Juli Tri Wahyono").

    A month is a date after a number or a date word ("12 Juli", "sejak Mei") and before a
    number, a stop word or anything but a name word ("Juli 2024", "Mei lalu"). Before another
    name word it is the first word of a name ("Mei Linda Sari", "Agustus Simanjuntak").
    """
    prev = ctx.toks[i - 1] if i > 0 else None
    if prev is not None and (prev.text.isdigit() or prev.norm in DATE_CUES):
        return False
    nxt = i + 1
    if nxt >= ctx.size or not ctx.word(nxt) or ctx.norms[nxt] in MONTHS:
        return False
    return name_word(ctx, nxt)


def initials_of_name(ctx: Context, i: int) -> bool:
    """A two-letter capital token before a name word ("ST Burhanuddin") is initials."""
    t = ctx.toks[i]
    return (
        len(t.text) == 2
        and t.text.isalpha()
        and t.text.isupper()
        and agency_at(ctx, i) is None
        and place_at(ctx, i, False) is None
        and i + 1 < ctx.size
        and name_word(ctx, i + 1)
        and not unit_at(ctx, i + 1)
    )


def lexicon_words_only(ctx: Context, a: int, b: int) -> bool:
    """Tell whether tokens ``a:b`` are all position, unit or agency words ("Olahraga")."""
    i = a
    seen = False
    while i < b:
        if not ctx.toks[i].is_word:
            i += 1
            continue
        m = ctx.lexicon_at(i, ("position", "modifier", "unit", "nongov"))
        n = m[0] if m else 0
        agency = agency_at(ctx, i)
        n = max(n, agency[0] if agency else 0)
        if not n:
            return False
        seen = True
        i += n
    return seen


def is_particle(ctx: Context, i: int) -> bool:
    """Tell whether token ``i`` is a lowercase name particle ("bin", "van")."""
    t = ctx.toks[i]
    return t.norm in NAME_PARTICLES and not t.cap


def hyphen_particle(ctx: Context, i: int) -> bool:
    """Tell whether token ``i`` is a particle glued to a name ("al-Maliki")."""
    t = ctx.toks[i]
    if not ctx.word(i) or t.cap or "-" not in t.text:
        return False
    first, rest = t.text.split("-", 1)
    return first in NAME_PARTICLES and rest[:1].isupper()


# ---- names after a title -----------------------------------------------------------------------


def fallback_run_end(ctx: Context, i: int) -> int:
    """End of the run of name words, initials and particles from token ``i``.

    A headline's word the body never writes ends it ("Budi Santoso Ditegur Warga...").
    """
    j = i
    while j < ctx.size and j - i < MAX_NAME_TOKENS:
        if ctx.headline_only(j):
            break
        if name_word(ctx, j):
            j += 2 if is_initial(ctx.toks, j) else 1
        elif is_particle(ctx, j) and name_word(ctx, j + 1):
            j += 1
        elif j > i and hyphen_particle(ctx, j):
            j += 1
            break  # "Turki al-Maliki": the glued particle ends the name
        else:
            break
    return j


def rank_inside(ctx: Context, i: int, j: int) -> bool:
    """Tell whether a rank stands inside tokens ``i+1:j`` ("Jaya Mayjen TNI Rafael")."""
    for r in range(i + 1, j):
        if len(ctx.toks[r].text) < 3 and ctx.norms[r] not in SHORT_HONOURS:
            continue  # initials such as "H." inside "Budi H. Santoso" (not "Ir", "Dr")
        if normalize_title_word(ctx.toks[r].text) in INNER_HONOURS:
            continue  # "Supardi Datuk Rajo": a clan title after the given name
        if skip_titles(ctx, r) > r and ctx.lexicon_at(r, ("position",)) is None:
            return True
    return False


def rank_at(ctx: Context, j: int) -> bool:
    """Tell whether a rank or honorific (not a position) begins at token ``j``."""
    return j < ctx.size and skip_titles(ctx, j) > j and ctx.lexicon_at(j, ("position",)) is None


def cut_by_institution(ctx: Context, j: int) -> bool:
    """Tell whether the capitalised word at ``j`` begins an institution or a position."""
    nxt = ctx.toks[j] if j < ctx.size else None
    if nxt is None or not (nxt.is_word and nxt.cap) or nxt.norm in STOP_WORDS:
        return False
    return bool(
        unit_at(ctx, j)
        or nxt.norm in INSTITUTION_HEADS
        or agency_at(ctx, j)
        or nongov_at(ctx, j)
    )


def person_run_end(ctx: Context, end: int) -> int:
    """End of a PERSON span ending at ``end`` that the NER cut short ("Dwi" of "Dwi Lestari").

    Name words right after the span (capitalised, not an institution, a place entity or a
    title) are more of the same name: the position before it says a person is named here.
    """
    if not ctx.fallback or end >= ctx.size or ctx.person_at(end) is not None:
        return end
    if end > 0 and is_initial(ctx.toks, end - 1):
        return initial_run_end(ctx, end)
    if end > 0 and not ctx.toks[end - 1].is_word:
        return end  # the span ends in an initial's dot or a symbol
    j = fallback_run_end(ctx, end)
    if j == end or any(k in ctx.blocked for k in range(end, j)) or cut_by_institution(ctx, j):
        return end
    if rank_inside(ctx, end - 1, j) or (j < ctx.size and ctx.toks[j].norm in DEMONSTRATIVES):
        return end
    return j


def initial_run_end(ctx: Context, end: int) -> int:
    """End of a PERSON span ending at ``end`` in an initial whose dot it left out.

    "H.Muh.Jafar Hamid" with the span "H.Muh": the name goes on after the dot, with the NER's
    next span ("Jafar Hamid") or the name words there; with neither the span stays as it is.

    Parameters
    ----------
    ctx : Context
        The text's tokens and PERSON spans.
    end : int
        The token after the span (the dot the span left out).

    Returns
    -------
    int
        The token after the whole name (``end`` when the name does not go on).
    """
    k = end + 1
    if k >= ctx.size:
        return end
    if ctx.toks[k].sent_start and ctx.toks[k].start > ctx.toks[end].end:
        return end  # "kata Budi S. Ia ...": the dot ends a sentence ("Muh.Jafar" is glued)
    later = ctx.person_at(k)
    if later is not None:
        return later
    j = fallback_run_end(ctx, k)
    if j == k or any(m in ctx.blocked for m in range(k, j)) or cut_by_institution(ctx, j):
        return end
    return j


def nature_name(ctx: Context, i: int, j: int) -> bool:
    """Tell whether the fallback run ``i:j`` names a natural feature and holds no person.

    It begins with a feature word or right after one ("Sungai Musi", "Taman Nasional X"),
    and no PERSON span begins inside it ("Sungai Citarum [Budi Santoso]" holds one).
    """
    nature = ctx.norms[i] in NATURE_WORDS or (i > 0 and ctx.norms[i - 1] in NATURE_WORDS)
    return nature and all(ctx.person_at(k) is None for k in range(i + 1, j))


def name_forward(ctx: Context, i: int) -> tuple[int, int] | None:
    """Name tokens from ``i``: a PERSON span, else the capitalised-word fallback.

    No name begins right after a company's form or a bank ("PT Jakpro", "Bank Permata": the
    body's name), and none goes on into a firm's name ("Hartley and Associates"). A
    region's last word left after a scraper's gap is skipped ("Provinsi  , Barat Budi").
    """
    if not (0 <= i < ctx.size) or ctx.toks[i].title_line:
        return None
    if i > 0 and (ctx.norms[i - 1] in COMPANY_FORMS or ctx.norms[i - 1] in NAMED_BODY_HEADS):
        return None  # "PT Jakpro": the company's name
    if ctx.norms[i] in REGION_FRAGMENTS and ctx.cap(i) and after_gap(ctx, i):
        return name_forward(ctx, i + 1) if ctx.word(i + 1) else None
    found = _name_at(ctx, i)
    if found is not None and firm_join(ctx, found[1]):
        return None  # "Presiden Hartley and Associates Tom": a firm's name
    return found


def firm_join(ctx: Context, i: int) -> bool:
    """Tell whether token ``i`` joins a name to a firm's word ("Hartley and Associates").

    Only a firm's word (:data:`FIRM_WORDS`) or a non-public body's word after the join makes a
    firm: "Ratna Sari & Wali Kota Bogor Budi" joins two officials.
    """
    if ctx.tok(i).casefold() not in FIRM_JOINS or not ctx.cap(i + 1):
        return False
    return ctx.norms[i + 1] in FIRM_WORDS or nongov_at(ctx, i + 1)


def _name_at(ctx: Context, i: int) -> tuple[int, int] | None:
    """:func:`name_forward` at token ``i``: the PERSON span there, else the fallback run."""
    end = ctx.person_at(i)
    if end is not None:
        return i, person_run_end(ctx, end)
    if title_tail_before_person(ctx, i):
        return i + 1, person_run_end(ctx, ctx.person_at(i + 1) or i + 1)
    lead = ranked_lead_word(ctx, i)
    if not ctx.fallback or not (lead or name_word(ctx, i)):
        return None
    if i > 0 and ctx.norms[i - 1] in PORTFOLIO_UNITS:
        return None  # "Kepala Bidang Kajian Anggaran": the unit's portfolio
    j = fallback_run_end(ctx, i + lead)
    if j == i + lead:
        return None  # a headline's word the body never writes ("Dikritik")
    if nature_name(ctx, i, j):
        return None  # "Balai Wilayah Sungai Musi", "Balai Taman Nasional X": a unit's name
    if rank_inside(ctx, i, j) or rank_at(ctx, j):
        return None  # handled by the caller as a rank ("Kapolsek Rendang AKP Made")
    if any(k in ctx.blocked for k in range(i, j)):
        return None  # part of an organisation or a place, not a person
    if j < ctx.size and ctx.toks[j].norm in DEMONSTRATIVES:
        return None  # "Mantan Wali Kota Solo itu": the title describes someone named before
    if cut_by_institution(ctx, j):
        return None  # cut by an institution or position word: not a clean name
    place = place_at(ctx, i, False)
    if place is not None and (place[0] >= j - i or ctx.person_at(i + place[0]) is not None):
        return None  # "Bandung, Senin"; "Malaysia Chang Lih Kang": a place, then the name
    return (i, j) if j > i else None


def ranked_lead_word(ctx: Context, i: int) -> int:
    """1 when token ``i`` is a name-opening stop word right after a rank, else 0.

    A few stop words also open a person's name (:data:`NAME_LEADS`, the Sasak "Lalu"), and a
    rank ("AKP", "Kompol") stands before a person: "Kanit Reskrim Polsek X AKP Lalu Wirya"
    names "Lalu Wirya". Any other capitalised stop word after a rank ("AKP Dalam Kunjungan")
    opens no name. A name word must follow (the tagger's person or an untagged one); a
    sentence's first word or a headline's is no cue.
    """
    if not (0 < i < ctx.size - 1) or not ctx.cap(i) or ctx.norms[i] not in NAME_LEADS:
        return 0
    t = ctx.toks[i]
    if t.sent_start or t.title_line or is_acronym(t.text) or not name_word(ctx, i + 1):
        return 0
    ranked = any(
        rank_at(ctx, k) and skip_titles(ctx, k) == i and not inside_position(ctx, k)
        for k in range(max(0, i - 4), i)
    )
    return 1 if ranked else 0


def ranked_name_leads(ctx: Context) -> list[int]:
    """First tokens of the tagger's persons whose name's lead word it left out after a rank.

    "Kanit Reskrim Polsek X AKP Lalu Wirya" with "Wirya" tagged: the person is "Lalu Wirya"
    (:func:`ranked_lead_word`); the caller widens those spans
    (:meth:`~beritanlp.rules.officials.context.Context.widen_persons`).
    """
    starts = sorted({s for s, _ in ctx.person_tok})
    return [s for s in starts if s > 0 and ranked_lead_word(ctx, s - 1)]


def inside_position(ctx: Context, k: int) -> bool:
    """Tell whether token ``k`` is a word of a position the lexicon reads from a token before it.

    "Jenderal" in "Sekretaris Jenderal" is the post's word, not a rank before a name.
    """
    return ctx.lexicon_runs_over(k, ("position", "modifier"), 3)


def title_tail_before_person(ctx: Context, i: int) -> bool:
    """Tell whether token ``i`` ends a position begun by the word before it, a PERSON next.

    "Ketua Majelis Hakim Agung Budi" with the NER's span at "Budi": "Agung" finishes "Hakim
    Agung", a post, so the name is the NER's and not "Agung Budi".
    """
    if i < 1 or i + 1 >= ctx.size or ctx.person_at(i) is not None:
        return False
    if ctx.person_at(i + 1) is None:
        return False
    found = ctx.lexicon_at(i - 1, ("position",))
    return found is not None and found[0] == 2


# ---- names before a title ----------------------------------------------------------------------


def fallback_run_start(ctx: Context, b: int) -> int:
    """Start of the run of name words, initials and particles ending before token ``b``."""
    j = b
    while j > 0 and b - j < MAX_NAME_TOKENS:
        prev = j - 1
        if ctx.tok(prev) == "." and prev >= 1 and is_initial(ctx.toks, prev - 1):
            j = prev - 1
        elif name_word(ctx, prev) or (is_particle(ctx, prev) and name_word(ctx, prev - 1)):
            j = prev
        else:
            break
    return j


def degrees_before(ctx: Context, b: int) -> int:
    """The comma before the degrees that end at the comma ``b`` (``b`` when there are none).

    "Ahmad Syaikhu, M.Si., Wakil Wali Kota": from the comma before "Wakil", the degree
    ", M.Si." is skipped back to the comma after the name (also several: ", S.E., M.M.,").
    """
    k = b
    while True:
        start = _degree_start(ctx, k)
        if start is None:
            return k
        k = start - 1  # the comma before the degree


def _degree_start(ctx: Context, k: int) -> int | None:
    """First token of one degree between a comma and the comma ``k``, or None."""
    start = k
    while start > 0 and k - start < MAX_DEGREE_TOKENS:
        prev = ctx.toks[start - 1].text
        if prev == "," and start < k:
            key = "".join(ctx.norms[start:k])
            return start if key in DEGREES else None
        if prev != "." and not _degree_piece(prev):
            return None
        start -= 1
    return None


def _degree_piece(text: str) -> bool:
    """Tell whether a token may be part of a written degree ("M", "Si", "SH", "Sos")."""
    return text.isalpha() and len(text) <= 4 and text[0].isupper()


#: Name words a NER may leave out at the start of a PERSON span, at most.
MAX_LEFT_NAME_WORDS = 2


def person_run_start(ctx: Context, start: int) -> int:
    """Start of a PERSON span at ``start`` that the NER cut short ("Kurniawan" of "Dedi Kurniawan").

    Name words right after a comma and before the span (capitalised, no institution, place or
    title) are more of the same name: "warga.,Dedi [Kurniawan], Kepala ...", "Kepala UPTD X
    Cibinong, Yance [Wambrauw]". Not at a sentence's start, where any word is capitalised.
    """
    if not ctx.fallback:
        return start
    k = start
    while k > 0 and start - k < MAX_LEFT_NAME_WORDS and name_word(ctx, k - 1):
        if ctx.person_ending(k) not in (None, start) or unit_at(ctx, k - 1):
            break
        if place_at(ctx, k - 1, False) or skip_titles(ctx, k - 1) > k - 1:
            break
        k -= 1
    return k if k < start and ctx.tok(k - 1) == "," else start


def name_backward(ctx: Context, b: int) -> tuple[int, int] | None:
    """Name tokens ending right before token ``b``: a PERSON span, else the fallback.

    Degrees between the name and ``b`` are skipped ("Budi, S.H., M.H., Kepala ...").
    """
    if ctx.tok(b) == ",":
        b = degrees_before(ctx, b)
    if b <= 0 or ctx.toks[b - 1].title_line:
        return None
    start = ctx.person_ending(b)
    if start is not None:
        return person_run_start(ctx, start), b
    if not ctx.fallback:
        return None
    j = fallback_run_start(ctx, b)
    if j == b:
        return None
    skipped = skip_titles(ctx, j)
    if skipped >= b:
        return None
    if any(k in ctx.blocked for k in range(skipped, b)):
        return None  # part of an organisation or a place, not a person
    before = ctx.toks[j - 1] if j > 0 else None
    if skipped == j and before is not None and before.is_word and before.cap:
        if before.norm not in STOP_WORDS:
            return None  # ran into an institution or position word: not a clean name
    return skipped, b


def particle_word(norm: str) -> bool:
    """Tell whether a lowercase word is a name particle, alone or hyphenated ("al-Maliki")."""
    return norm in NAME_PARTICLES or ("-" in norm and norm.split("-", 1)[0] in NAME_PARTICLES)


def clean_name(ctx: Context, a: int, b: int) -> tuple[int, int] | None:
    """Tokens ``a:b`` without leading titles, a trailing verb, symbols or stop words."""
    toks = ctx.toks
    a = skip_titles(ctx, a)
    # A name ends at a lowercase word (other than a particle) or a symbol other than an
    # initial's dot: a PERSON span glued to a verb ("Joko Widodo menandatangani").
    for k in range(a + 1, b):
        t = toks[k]
        if t.is_word and not t.cap and not particle_word(t.norm):
            b = k
            break
        if not t.is_word and not (t.text == "." and is_initial(toks, k - 1)):
            b = k
            break
    while b > a and not toks[b - 1].is_word:
        if toks[b - 1].text == "." and b - 2 >= a and is_initial(toks, b - 2):
            break
        b -= 1
    while b > a and toks[b - 1].norm in STOP_WORDS:
        b -= 1
    if b <= a:
        return None
    return a, b
