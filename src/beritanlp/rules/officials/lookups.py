"""Table lookups at one token: an agency, a place, a unit word, a non-public body."""

from __future__ import annotations

from collections.abc import Sequence

from beritanlp.lexicons.titles import normalize_title_word
from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.tables import PlaceEntry, PlaceLookup
from beritanlp.rules.officials.tokens import is_acronym
from beritanlp.rules.officials.vocab import MAX_RANK_WORDS, RANKS, STOP_WORDS


def agency_at(ctx: Context, i: int) -> tuple[int, str] | None:
    """The longest agency name or acronym at token ``i``: (number of tokens, agency type)."""
    terms = ctx.tables.agency_terms
    toks = ctx.toks
    for n in range(min(terms.max_words, ctx.size - i), 0, -1):
        if not all(toks[j].is_word for j in range(i, i + n)):
            continue
        if not toks[i].cap:
            return None
        exact = tuple(t.text for t in toks[i : i + n])
        if exact in terms.exact:
            return n, terms.exact[exact]
        if tuple(ctx.norms[i : i + n]) in terms.folded:
            return n, terms.folded[tuple(ctx.norms[i : i + n])]
    return None


def place_at(
    ctx: Context, i: int, local: bool, common: bool = False
) -> tuple[int, str] | None:
    """The longest place at token ``i`` (up to 4 capitalised words): (tokens, place type).

    ``local`` also accepts a kecamatan or a desa (the jurisdiction of a Camat or a Lurah).
    ``common`` also accepts a region whose bare name is an ordinary word ("Palu", "Batu",
    "Serang"): right after a head that is the region's own ("Wali Kota Palu"), it is the place.
    """
    if not ctx.cap(i):
        return None
    short = abbreviated_place(ctx, i)
    if short is not None:
        return short
    gazetteer = ctx.tables.gazetteer
    for n in range(min(4, ctx.size - i), 0, -1):
        toks = ctx.toks[i : i + n]
        if not all(t.is_word and t.cap for t in toks):
            continue
        name = " ".join(t.text for t in toks)
        found = _fitting(gazetteer, gazetteer.lookup(name), n, common)
        if not found and local:
            # also where the bare name is only a natural feature's ("Tambora" of "Gunung
            # Tambora"): a Kapolsek's or a Camat's kecamatan of that name is the place
            local_hits = gazetteer.lookup(name, "kecamatan") or gazetteer.lookup(name, "desa")
            found = _fitting(gazetteer, local_hits, n, common)
        if found:
            # A bare unit word ("Desa", "Kota") is never a place on its own.
            if n == 1 and ctx.lexicon_at(i, ("unit",)) and not found[0].code:
                continue
            return n, found[0].type
    return None


def foreign_name_start(ctx: Context, before: int, i: int, local: bool) -> bool:
    """Tell whether a foreign place at ``i``, glued to a region from ``before``, begins a name.

    "Bupati Toba Samosir Darwin Siagian" where the NER read no name: a foreign city or state
    ("Darwin", "Victoria") right after an Indonesian region, with a capitalised word after it
    that is no stop word, place, agency or position word, is the holder's first name, not a
    second jurisdiction. A foreign place after no region is kept ("Konsul RI di Darwin Budi").
    """
    if ctx.person_at(i) is not None:
        return False
    found = place_at(ctx, i, local)
    if found is None:
        return False
    k = i + found[0]  # the word after the place
    if not ctx.cap(k) or ctx.norms[k] in STOP_WORDS or agency_at(ctx, k) is not None:
        return False
    if place_at(ctx, k, local) or ctx.lexicon_at(k, ("position", "modifier", "unit")):
        return False
    lookup = ctx.tables.gazetteer.lookup
    here = lookup(ctx.text[ctx.toks[i].start : ctx.toks[k - 1].end])
    region = lookup(ctx.text[ctx.toks[before].start : ctx.toks[i - 1].end])
    return (
        any(p.code for p in region)
        and bool(here)
        and all(p.code is None and p.type in {"kota", "provinsi"} for p in here)
    )


def _fitting(
    gazetteer: PlaceLookup, found: Sequence[PlaceEntry], n: int, common: bool
) -> list[PlaceEntry]:
    """The entries of an ``n``-word name that may stand here (see :func:`place_at`).

    No natural feature; a place whose bare name is an ordinary word only in several words or,
    with ``common``, a region right after its own head.
    """
    return [
        p
        for p in found
        if (not p.common or n > 1 or (common and p.type in _REGION_TYPES))
        and not _natural(gazetteer, p)
    ]


#: Abbreviated region words written with a dot before a place ("Kab. Mempawah", "Prov. Jambi")
#: and the place type each one names.
ABBREVIATED_REGIONS: dict[str, str] = {
    "kab": "kabupaten",
    "kec": "kecamatan",
    "kel": "kelurahan",
    "prov": "provinsi",
}


def abbreviated_place(ctx: Context, i: int) -> tuple[int, str] | None:
    """A place written after an abbreviated region word and its dot ("Kab. Mempawah").

    The abbreviation, the dot and the place are one place (tokens, place type); the
    abbreviation alone is never a person's name ("Kepala Dinas X Kab. Mempawah, ...").
    """
    type_ = ABBREVIATED_REGIONS.get(ctx.norms[i])
    if type_ is None or ctx.tok(i + 1) != "." or not ctx.cap(i + 2):
        return None
    gazetteer = ctx.tables.gazetteer
    for n in range(min(3, ctx.size - i - 2), 0, -1):
        toks = ctx.toks[i + 2 : i + 2 + n]
        if not all(t.is_word and t.cap for t in toks):
            continue
        if gazetteer.lookup(" ".join(t.text for t in toks), type_):
            return n + 2, type_
    return None


def after_abbreviated_region(ctx: Context, i: int) -> bool:
    """Tell whether token ``i`` begins the place of an abbreviated region ("Kab. [Mempawah]")."""
    return (
        i >= 2
        and ctx.tok(i - 1) == "."
        and ctx.norms[i - 2] in ABBREVIATED_REGIONS
        and abbreviated_place(ctx, i - 2) is not None
    )


# Place types a regional head governs: a common word of one of them is a place after the head.
_REGION_TYPES = frozenset({"provinsi", "kabupaten", "kota"})
# Feature cues whose places are islands, which can be a jurisdiction ("Bupati Kepulauan Seribu").
_ISLAND_CUES = frozenset({"pulau", "kepulauan"})


def _natural(gazetteer: PlaceLookup, place: PlaceEntry) -> bool:
    """Tell whether ``place`` is a river, mountain, lake, sea or park: never a jurisdiction.

    They end unit names ("Balai Besar Wilayah Sungai Brantas", "Balai Taman Nasional Komodo").
    """
    if place.type != "wilayah" or place.code:
        return False
    first = place.name.split(maxsplit=1)[0].casefold()
    return first in gazetteer.wilayah_parts and first not in _ISLAND_CUES


def unit_at(ctx: Context, i: int, company: bool = False) -> int:
    """Number of tokens of a capitalised unit word at token ``i`` (0: none).

    With ``company`` (the complement of a company post, gate ``"state_company"``), a
    company's unit word ("Marketing", "Branch") counts as well.
    """
    if not ctx.cap(i):
        return 0
    m = ctx.lexicon_at(i, ("unit", "company_unit") if company else ("unit",))
    return m[0] if m else 0


def nongov_at(ctx: Context, i: int) -> bool:
    """Tell whether a word of a non-public body ("Yayasan", "Universitas") is at token ``i``.

    So is an acronym the text defines as such a body's ("Ketua YSH" after "Yayasan Sinar
    Harapan (YSH)", see :attr:`Context.nongov_acronyms`), unless an agency follows it: a
    body written with its agency is that agency's ("Ketua GLS Kemendikbud"); nor when a
    police or military rank follows it: a body headed by an officer is public ("Kepala SPN
    Kombes Pol Budi").
    """
    if ctx.lexicon_at(i, ("nongov",)) is not None:
        return True
    if not (0 <= i < ctx.size and ctx.toks[i].text in ctx.nongov_acronyms):
        return False
    # "Ketua GLS Kemendikbud": a ministry's programme
    return agency_at(ctx, i + 1) is None and not rank_at_token(ctx, i + 1)


def rank_at_token(ctx: Context, i: int) -> bool:
    """Tell whether a police or military rank begins at token ``i`` ("Kombes", "Letnan Kolonel")."""
    words: tuple[str, ...] = ()
    for k in range(i, min(ctx.size, i + MAX_RANK_WORDS)):
        words += (normalize_title_word(ctx.toks[k].text),)
        if words in RANKS:
            return True
    return False


#: Legislatures whose members are named with their faction ("Anggota DPR F-PKS Budi").
LEGISLATURES: frozenset[str] = frozenset({"dpr", "dprd", "dpd", "mpr"})
#: Tokens of a faction's party name after "Fraksi" at most ("Fraksi Partai Amanat Nasional").
MAX_FACTION_WORDS = 5
#: Words of the full names of Indonesian parties ("Partai Keadilan Sejahtera", "PDI
#: Perjuangan", "Partai Gerakan Indonesia Raya", "Partai Hati Nurani Rakyat"): with the known
#: parties' short names they are the words a faction's name is made of.
PARTY_NAME_WORDS: frozenset[str] = frozenset(
    "partai perjuangan keadilan sejahtera amanat nasional kebangkitan bangsa persatuan "
    "pembangunan demokrat demokrasi gerakan indonesia raya golongan karya hati nurani rakyat "
    "solidaritas berkarya".split()
)


def faction_length(ctx: Context, i: int, parties: frozenset[str]) -> int:
    """Tokens of a legislature faction at token ``i`` ("F-Golkar", "Fraksi PKS"), else 0.

    A hyphenated faction ("F-PKS", "f-Golkar": an "f-" and a known party or an acronym) or
    "Fraksi" and the party named after it (:func:`party_extent`, at most
    :data:`MAX_FACTION_WORDS` words, with its short form in brackets: "Fraksi PDI Perjuangan
    (PDIP)"). The faction says who a member is, not what the post is of.

    Parameters
    ----------
    ctx : Context
        The text's tokens and tables.
    i : int
        The token the faction may start at.
    parties : frozenset of str
        Known parties, casefolded.

    Returns
    -------
    int
        The faction's number of tokens, 0 when none starts at ``i``.
    """
    if i >= ctx.size or not ctx.toks[i].is_word:
        return 0
    norm = ctx.norms[i]
    if norm.startswith("f-") and len(norm) > 2:
        rest = ctx.toks[i].text[2:]
        return 1 if norm[2:] in parties or (rest.isupper() and rest.isalpha()) else 0
    if norm != "fraksi" or not ctx.toks[i].cap:
        return 0
    end, _ = party_extent(ctx, i + 1, parties, MAX_FACTION_WORDS)
    return end - i if end > i + 1 else 0


def party_extent(ctx: Context, p: int, parties: frozenset[str], limit: int) -> tuple[int, bool]:
    """End of the party named from token ``p``, and whether it is named whole.

    The party is its capitalised words that may be a party's (:func:`party_token`), at most
    ``limit``, and its short form in brackets after them ("Partai Amanat Nasional (PAN)"). It
    is whole when it ends in a known party, an acronym or that bracket: "Fraksi PPP" is,
    "Fraksi Partai Xyz" (an unknown word next) is not.

    Parameters
    ----------
    ctx : Context
        The text's tokens and tables.
    p : int
        The party's first token (after "Fraksi"/"Partai" when one leads it).
    parties : frozenset of str
        Known parties, casefolded.
    limit : int
        The most words a party's name may have.

    Returns
    -------
    (int, bool)
        The token after the party (``p`` when none) and whether the party is named whole.
    """
    k = p
    while k < min(p + limit, ctx.size) and ctx.cap(k) and party_token(ctx, k, parties):
        k += 1
    if k > p and ctx.tok(k) == "(" and ctx.tok(k + 2) == ")" and party_token(ctx, k + 1, parties):
        return k + 3, True  # "Partai Amanat Nasional (PAN)", "Fraksi PDI Perjuangan (PDIP)"
    last = ctx.norms[k - 1] if k > p else ""
    whole = k > p and (is_acronym(ctx.tok(k - 1)) or known_party(last, parties))
    return k, whole


def party_token(ctx: Context, k: int, parties: frozenset[str]) -> bool:
    """Tell whether token ``k`` may be a word of a party's name.

    A known party or its faction ("Gerindra", "F-PKS"), a word of parties' full names
    (:data:`PARTY_NAME_WORDS`: "Partai Amanat Nasional") or an acronym ("PDIP"). Read for a
    faction's party (:func:`faction_length`) and a member's party after "dari" (the
    :mod:`~beritanlp.rules.officials.after` patterns).
    """
    norm = ctx.norms[k]
    return known_party(norm, parties) or norm in PARTY_NAME_WORDS or is_acronym(ctx.tok(k))


def known_party(norm: str, parties: frozenset[str]) -> bool:
    """Tell whether a casefolded word names a known party or its faction ("pks", "f-pks").

    ``parties`` is :data:`~beritanlp.rules.officials.vocab.PARTIES` (casefolded).
    """
    return norm in parties or (norm.startswith("f-") and norm[2:] in parties)


def legislature_before(ctx: Context, i: int) -> bool:
    """Tell whether the token before ``i`` names a legislature ("DPR", "DPRD Jatim" ends it)."""
    return any(ctx.norms[k] in LEGISLATURES for k in range(max(0, i - 3), i))
