"""The patterns that find the name after a position phrase.

"Gubernur Jawa Barat Ridwan", "Sekda Kabupaten Bogor, Ajat", "Wakil Ketua yaitu Budi" ...;
:mod:`beritanlp.rules.officials.patterns` lists them with the other patterns in the order tried.
"""

from __future__ import annotations

from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.long_titles import last_title_word, long_title_end, title_goes_on
from beritanlp.rules.officials.lookups import (
    faction_length,
    known_party,
    legislature_before,
    party_extent,
    place_at,
    unit_at,
)
from beritanlp.rules.officials.names import (
    name_forward,
    name_word,
    skip_titles,
)
from beritanlp.rules.officials.pairing import (
    Found,
    after_commas,
    alias_acronym,
    clause_after_adjunct,
    extended,
    listed_name,
    name_ends_clause,
    opening_word,
    paired,
    term_end,
    time_qualifier_end,
)
from beritanlp.rules.officials.phrases import (
    Phrase,
    ordinal_tokens,
    phrase_at,
    scan_complement,
    short_form_of,
)
from beritanlp.rules.officials.tokens import ROMAN, is_acronym
from beritanlp.rules.officials.vocab import (
    INSTITUTION_HEADS,
    LIST_JOINERS,
    LOWER_JOIN,
    NEGATIONS,
    PARTIES,
    POST_QUALIFIERS,
    STOP_WORDS,
)

#: Words that introduce the one holder of a title ("Wakil Ketua yaitu Budi"); not "adalah":
#: "calon kuat Menteri X adalah Y" names a hopeful.
NAME_CUES: frozenset[str] = frozenset({"yakni", "yaitu"})
#: Words before a title that make it a predicate of someone named before ("menjadi Bupati").
PREDICATE_WORDS: frozenset[str] = frozenset({"menjadi", "jadi", "sebagai", "selaku"})
#: Words that introduce the party of a member ("Anggota DPR dari Fraksi X").
PARTY_WORDS: frozenset[str] = frozenset({"partai", "fraksi"})
#: Tokens of a party's name at most ("dari Fraksi Partai Keadilan Sejahtera (PKS)").
MAX_PARTY_WORDS = 8


#: Status qualifiers written as two lowercase words ("non aktif", "non definitif").
SPLIT_QUALIFIERS: frozenset[tuple[str, str]] = frozenset({("non", "aktif"), ("non", "definitif")})


def named_again(ctx: Context, q: int) -> bool:
    """Tell whether the fallback name at ``q`` is written again on its own elsewhere.

    "Menteri Sekretaris Negara (Mensesneg) Budi Santoso. ... Budi Santoso mengaku": where the NER
    found no name after a head's own short form, the run is still a name when the text names
    the person again by one of its words followed by no capitalised word (a subject, not the
    start of an organisation's name).
    """
    name = name_forward(ctx, q)
    if name is None:
        return False
    for word in {ctx.norms[name[0]], ctx.norms[name[1] - 1]}:
        found = ctx.lone_capitals.get(word)  # in text order: one before or one after the name?
        if found and (found[0] < name[0] or found[-1] >= name[1]):
            return True
    return False


def faction_after(ctx: Context, e: int) -> int:
    """Tokens of a legislature's faction at ``e`` right after a phrase ending in one, else 0."""
    n = faction_length(ctx, e, PARTIES)
    return n if n and legislature_before(ctx, e) else 0


def split_qualifier(ctx: Context, e: int) -> bool:
    """Tell whether a two-word lowercase status ("non aktif") begins at token ``e``."""
    return (
        e + 1 < ctx.size
        and (ctx.norms[e], ctx.norms[e + 1]) in SPLIT_QUALIFIERS
        and not ctx.toks[e].cap
    )


def name_after(ctx: Context, ph: Phrase, lowered: bool) -> Found | None:
    """``[position] [jurisdiction] [NAME]``: "Gubernur Jawa Barat Ridwan Kamil".

    An ordinal in digits after the jurisdiction ("Presiden Republik Indonesia ke 3 Budi") is
    no name; it joins the post's key ("presiden ke-3"), so the holder is one official with
    the one named "Presiden ke-3 RI" elsewhere.
    """
    e = ph.end + faction_after(ctx, ph.end)  # "Anggota DPR F-PKS Budi Santoso"
    ordinal = 0
    if split_qualifier(ctx, e):
        e += 2  # "Gubernur X non aktif Budi Santoso": a status written in two words
    elif e < ctx.size and (ctx.norms[e] in POST_QUALIFIERS or ctx.toks[e].text == "setempat"):
        e += 1  # "Presiden RI Ketiga Budi Santoso": the ordinal is no name; "Kadis X setempat Y"
    else:
        ordinal = ordinal_tokens(ctx, e)  # "Presiden Republik Indonesia ke-3 (ke 3) Budi"
    found = _name_after(ctx, ph, lowered, e + ordinal)
    if found is not None and ordinal and found[0].key[1] and "ke-" not in found[0].key[0]:
        number = ctx.norms[e + ordinal - 1].removeprefix("ke").lstrip("-")
        found[0].key = (f"{found[0].key[0]} ke-{number}", found[0].key[1])
    return found


def _name_after(ctx: Context, ph: Phrase, lowered: bool, e: int) -> Found | None:
    """:func:`name_after` from token ``e``, past a qualifier after the phrase."""
    e = term_end(ctx, e)
    alias = alias_acronym(ctx, e)
    if alias:
        e += 2  # "Kepala Badan Pusat Statistik atau BPS Budi Santoso": the unit named again
    q = skip_titles(ctx, e)
    after_short = not ph.items and bool(ph.parens)  # "Ketum (Ketum) Perkumpulan X (PX)"
    if (alias or after_short) and ctx.have_persons and (q >= ctx.size or ctx.person_at(q) is None):
        if alias or not named_again(ctx, q):
            return None  # after "atau BPS" only a name the NER found: "atau BUMN Karya lainnya"
    name = name_forward(ctx, q) if q < ctx.size else None
    if name is None and q < ctx.size and q in ctx.blocked:
        return entity_then_person(ctx, ph, q, lowered)
    if name is not None and ctx.person_at(name[0]) is None:
        inner = person_inside(ctx, ph, name)
        if inner is not None:  # "Kepala Balai Wilayah Sungai Citarum [Budi Santoso]"
            long = phrase_at(ctx, ph.start, allow_lower=lowered, until=inner[0])
            return paired(ctx, long, inner, gap=False) if long is not None else None
    if name is not None and title_goes_on(ctx, ph, name):
        return None
    return paired(ctx, ph, name, gap=False)


#: Tokens of a named entity read into a title at most (:func:`entity_then_person`).
MAX_ENTITY_TOKENS = 6


def entity_then_person(ctx: Context, ph: Phrase, q: int, lowered: bool) -> Found | None:
    """``[position] [ORG or place entity] [PERSON]``: the entity ends the title.

    "Kepala [Balai Besar Wilayah Sungai Citarum] [Budi Santoso]": where the NER read the words
    after the phrase as an organisation or a place and a person follows right after it, the
    entity is the rest of the title (for a head that takes a complement).
    """
    if ph.head.complement == "none":
        return None
    k = q
    while k < ctx.size and k in ctx.blocked and k - q < MAX_ENTITY_TOKENS:
        k += 1
    if k in ctx.blocked or k >= ctx.size or ctx.person_at(k) is None or ctx.inside_person(k):
        return None
    long = phrase_at(ctx, ph.start, allow_lower=lowered, until=k)
    if long is None or long.end != k:
        return None
    return paired(ctx, long, name_forward(ctx, k), gap=False)


def person_inside(ctx: Context, ph: Phrase, run: tuple[int, int]) -> tuple[int, int] | None:
    """The PERSON span that ends a capitalised run after a unit, or None.

    "Kepala Balai Wilayah Sungai Citarum Budi Santoso", "Direktur Utama Perumda Tirta Asri
    Budi Santoso": where the phrase ends in a unit word (or the run holds one) and the NER
    found a person inside the run, the words before the person name the unit ("Citarum",
    "Tirta Asri"). They must look like a unit's name (:func:`unit_name_words`), unless two or
    more of them come before a name of two or more words. A one-word span takes the name word
    before it as well ("Kelas I Juanda [Hidayat]": the NER cut the name).
    """
    a, b = run
    p = next((k for k in range(a + 1, b) if ctx.person_at(k) is not None), None)
    if p is None or ctx.inside_person(p):
        return None
    end = ctx.person_at(p)
    assert end is not None
    after_unit = bool(ph.items) and ph.items[-1].kind == "unit"
    if not (after_unit or any(unit_at(ctx, k) for k in range(a, p))):
        return None
    if end - p == 1:
        p -= 1
        if p <= a or unit_at(ctx, p) or not unit_name_words(ctx, a, p):
            return None
    elif p - a < 2 and not unit_name_words(ctx, a, p):
        return None  # "Kepala Dinas X Budi [Santoso]": the NER cut the name
    return p, max(end, b)


def unit_name_words(ctx: Context, a: int, b: int) -> bool:
    """Tell whether tokens ``a:b`` hold a word of a unit's own name.

    A unit word, an acronym, a class ("Kelas I"), a Roman numeral or a word the gazetteer
    knows (rivers and mountains too: "Citarum").
    """
    for k in range(a, b):
        text = ctx.toks[k].text
        if unit_at(ctx, k) or ctx.norms[k] == "kelas" or (len(text) > 1 and is_acronym(text)):
            return True
        if ROMAN.fullmatch(text) or ctx.tables.gazetteer.lookup(text):
            return True
    return False


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
        return paired(ctx, long, (k + place[0], end), gap=False)
    return None


def name_after_long_title(ctx: Context, ph: Phrase, lowered: bool) -> Found | None:
    """``[position] [more title words] [PERSON]`` (see :func:`long_title_end`)."""
    found = long_title_end(ctx, ph)
    if found is None:
        return None
    end, q = found
    last = last_title_word(ctx, ph.end, end)
    if last is None:
        return None
    long = phrase_at(ctx, ph.start, allow_lower=lowered, until=last + 1)
    if long is None or long.end != last + 1:
        return None
    return paired(ctx, long, name_forward(ctx, q), gap=False)


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
    end, whole = party_extent(ctx, p, PARTIES, MAX_PARTY_WORDS)
    if whole and p < end < k and _name_words(ctx, end, k) and not _places_between(ctx, end, k):
        # "dari Fraksi PPP Arsul [Sani]": a whole party, then the name the NER cut (not the
        # party's region: "dari Fraksi Gerindra Jawa Timur [Budi Santoso]")
        k = end
    if k < 0 or ctx.inside_person(k) or not _capitalised_party(ctx, p, k):
        k = end
    if k == p:
        return None
    k, _ = after_commas(ctx, k)  # "dari Fraksi X, Budi Santoso"
    name = name_forward(ctx, skip_titles(ctx, k))
    if name is None or not name_ends_clause(ctx, name[1]):
        return None
    return paired(ctx, ph, name, gap=False)


def _name_words(ctx: Context, a: int, b: int) -> bool:
    """Tell whether tokens ``a:b`` are all words a person's name may hold."""
    return all(name_word(ctx, j) for j in range(a, b))


def party_start(ctx: Context, e: int) -> int | None:
    """First token of the party named after "dari" at ``e`` ("dari Fraksi PKS", "dari PKB")."""
    if ctx.tok(e) != "dari" or e + 2 >= ctx.size:
        return None
    if ctx.norms[e + 1] in PARTY_WORDS:
        return e + 2
    return e + 1 if known_party(ctx.norms[e + 1], PARTIES) and ctx.cap(e + 1) else None


def _places_between(ctx: Context, a: int, b: int) -> bool:
    """Tell whether a place or "Dapil" stands among tokens ``a:b`` ("Fraksi X Jawa Timur Budi")."""
    return any(ctx.norms[j] == "dapil" or place_at(ctx, j, False) for j in range(a, b))


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
    found = paired(ctx, ph, name, gap=gap or gap2)
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


#: Words after a title's comma that introduce the name a scraper gap left ("Presiden,alias
#: Jokowi": the full name was a link, the nickname after "alias" is the holder's).
NAME_AFTER_GAP: frozenset[str] = frozenset({"alias"})
#: The same only after a comma with a space before it (a scraper's gap, not a writer's comma:
#: "Ketua Fraksi X , atau Budi"; "Gubernur X, atau Pemprov X" is no name).
NAME_AFTER_SPACED_GAP: frozenset[str] = frozenset({"atau"})


def name_after_comma(ctx: Context, ph: Phrase, lowered: bool) -> Found | None:
    """``[position] [jurisdiction], [NAME]``: "Sekda Kabupaten Bogor, Ajat Rochmat Jatnika".

    Also after a colon, as in lists of appointments ("Menteri Pertahanan: Budi Santoso").
    """
    if named_before(ctx, ph.start):
        return None  # "Budi menjabat Kepala X, Ani ...": the title is Budi's
    holder_verb = ph.start and ctx.norms[ph.start - 1] in HOLDER_VERBS
    e = time_qualifier_end(ctx, ph.end)
    faction = faction_after(ctx, e)  # "Wakil Ketua Komisi X DPR f-Golkar, Budi"
    e += faction
    if split_qualifier(ctx, e):
        e += 2  # "Bupati X non aktif, Budi"
    elif e < ctx.size and ctx.norms[e] in POST_QUALIFIERS and not ctx.toks[e].cap:
        e += 1  # "Ketua DPRD X sementara, Budi": the qualifier, then the name
    elif alias_acronym(ctx, e) and ctx.tok(e + 2) == ",":
        e += 2  # "Deputi X Kementerian PPN (PPN) atau Bappenas, Budi": the unit named again
    j, gap = after_commas(ctx, e)
    if j == ph.end and ctx.tok(j) == ":":
        j += 1  # a list: "Menteri Pertahanan: Budi Santoso,"
    if j == ph.end:
        return None
    if j > e and ctx.cap(j + 1) and (
        ctx.norms[j] in NAME_AFTER_GAP or (gap and ctx.norms[j] in NAME_AFTER_SPACED_GAP)
    ):
        j, gap = j + 1, True  # "Presiden RI,alias Jokowi": the full name lost, the alias kept
    name = name_forward(ctx, skip_titles(ctx, j))
    if name is None or not name_ends_clause(ctx, name[1]):
        return None
    if holder_verb and not ctx.toks[ph.start].cap and other_subject(ctx, ph.start - 1, name):
        return None  # "peluangnya maju sebagai kepala daerah, Budi menilai": a complement
    if not gap and opening_word(ctx, name):
        return None  # "Menteri X,Kurang dari ...": a new paragraph's first word, not a name
    if not ctx.toks[ph.start].cap and clause_after_adjunct(ctx, ph.start - 1, name[1]):
        return None  # "Menurut jaksa, Budi menerima ...": the name is the next clause's subject
    if ctx.person_at(name[0]) is None and not faction and (
        long_title_end(ctx, ph) is not None
        or listed_portfolio(ctx, *name)
        or listed_title(ctx, ph.start)
    ):
        return None  # "Menteri Energi, Ilmu Pengetahuan, Teknologi, ...": more title
    return paired(ctx, ph, name, gap=gap)


#: Words between a name and the title it holds: the title is that name's ("Budi menjabat
#: Kepala X", "Budi selaku Kepala X", "Budi menjadi Kepala X": held or to be held).
HOLDER_VERBS: frozenset[str] = frozenset({"menjabat", "merupakan", "selaku", "sebagai", "menjadi"})
#: Words between a name and a verb of office ("Budi yang kini menjabat").
HOLDER_ADVERBS: frozenset[str] = frozenset("yang juga kini saat ini sekarang masih".split())


#: Words of the clause before a holder verb read back at most.
MAX_ADJUNCT_WORDS = 12


def other_subject(ctx: Context, verb: int, name: tuple[int, int]) -> bool:
    """Tell whether the clause of a holder verb says the title is not the name's after it.

    "Sebagai gubernur, Budi menegaskan": a clause opened by the verb leaves its subject out,
    the main clause's (Budi holds the title). Read back from the verb to the clause's start,
    the nearest of these decides: a word with "-nya" ("peluangnya maju sebagai kepala daerah,
    Budi") or a PERSON span other than the name after ("Rina maju sebagai ..., Budi"), a
    subject of the clause's own; a negation ("tak lagi ditunjuk sebagai anggota DPR, Budi");
    the name itself, written capitalised ("karena Budi didaulat sebagai anggota DPR, Budi
    kini"): no.

    Parameters
    ----------
    ctx
        The text's context.
    verb
        The holder verb's token.
    name
        The name's tokens after the title's comma.

    Returns
    -------
    bool
        True where the title is not held by the name.
    """
    own = set(ctx.norms[name[0] : name[1]])
    k = verb - 1
    while k >= 0 and ctx.word(k) and verb - k <= MAX_ADJUNCT_WORDS:
        norm = ctx.norms[k]
        if ctx.person_at(k) is not None or (ctx.toks[k].cap and norm in own):
            return norm not in own  # the NER may miss the name here ("lantaran Mulan didaulat")
        if norm in NEGATIONS:
            return True
        if len(norm) > 5 and norm.endswith("nya") and norm not in STOP_WORDS:
            return True
        if ctx.toks[k].sent_start:
            break
        k -= 1
    return False


def named_before(ctx: Context, start: int) -> bool:
    """Tell whether a name and a verb of office come right before the phrase at ``start``.

    "Darmono menjabat Atase X, Sinta pejabat ...": the name after the comma is the next
    person's, not the holder's (a name before the verb, a capitalised word that is no stop
    word; "ditunjuk sebagai Kepala X, Budi" still names Budi).
    """
    if start < 2 or ctx.norms[start - 1] not in HOLDER_VERBS:
        return False
    k = start - 2
    while k > 0 and ctx.norms[k] in HOLDER_ADVERBS:
        k -= 1  # "Budi, yang kini menjabat Kepala X"
    if ctx.tok(k) == ",":
        k -= 1
    return ctx.cap(k) and ctx.norms[k] not in STOP_WORDS


#: Words of a bare title read back from a comma at most ("Kepala Dinas Perpustakaan").
MAX_LISTED_TITLE_WORDS = 4


def listed_title(ctx: Context, start: int) -> bool:
    """Tell whether a comma and a bare title come right before the phrase at ``start``.

    "dihadiri Gubernur, Bupati, Wali Kota, Kepala Dinas X, Duta Baca dan ...": a list of
    posts, each without its holder; the capitalised words after the last comma are the next
    item of the list, not a name.
    """
    comma = start - 1
    if ctx.tok(comma) != ",":
        return False
    for k in range(max(0, comma - MAX_LISTED_TITLE_WORDS), comma):
        m = ctx.lexicon_at(k, ("position",))
        if m is not None and k + m[0] == comma and ctx.cap(k):
            return True
    return False



def listed_portfolio(ctx: Context, a: int, b: int) -> bool:
    """Tell whether the fallback name ``a:b`` is an item of a list of portfolio words.

    "Menteri Energi, Ilmu Pengetahuan, Teknologi, ...": a comma and another capitalised word
    follow the name. So is the list's last item after a comma and "dan" ("Kepala Biro Pers,
    Media, dan Informasi"), where the name is one word after a comma; two words are a name
    ("Kepala Dinas X, Budi Santoso, dan Dedi Kurnia"). Not before a new title ("..., Budi
    Santoso, Kepala Balai X").

    Parameters
    ----------
    ctx
        The text's context.
    a, b
        The name's tokens (``b`` is the token after it).

    Returns
    -------
    bool
        True where the name is one more word of the title.
    """
    k = b + 1
    if ctx.tok(b) == "," and k < ctx.size and ctx.norms[k] in LIST_JOINERS:
        if b - a != 1 or ctx.tok(a - 1) != ",":
            return False
        k += 1  # ", dan Informasi": the list's last item
        if not ctx.cap(k) or ctx.norms[k] in STOP_WORDS:
            return False
    elif ctx.tok(b) != "," or not listed_name(ctx, b):
        return False
    return ctx.lexicon_at(k, ("position", "modifier")) is None and skip_titles(ctx, k) == k


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
    return paired(ctx, ph, name, gap=gap)


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
    return paired(ctx, ph, (e + 1, end), gap=False, go_on=end + 1)


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
    return paired(ctx, ext, name, gap=gap)


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
    return paired(ctx, ext, name, gap=False)


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
        return paired(ctx, ext, name, gap=False)
    return None
