"""A candidate: one name found with one position phrase by a pattern."""

from __future__ import annotations

from dataclasses import dataclass

from beritanlp.lexicons.parties import PARTY_BOARDS, PARTY_NAMES, board_end_at
from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.jurisdiction import split_phrase
from beritanlp.rules.officials.lookups import nongov_at, place_at, unit_at
from beritanlp.rules.officials.names import clean_name, lexicon_words_only, name_word
from beritanlp.rules.officials.phrases import Phrase
from beritanlp.rules.officials.scraped import gap_comma
from beritanlp.rules.officials.tokens import is_acronym
from beritanlp.rules.officials.vocab import ORGANISATION_HEADS, PARTIES, ROLE_WORDS, STOP_WORDS


@dataclass
class Candidate:
    """A name with a position.

    Attributes
    ----------
    name_start, name_end
        Character offsets of the name.
    name
        The name as written.
    words
        The name's words, casefolded.
    position, jurisdiction
        From :func:`~beritanlp.rules.officials.jurisdiction.split_phrase`.
    key
        The post's key (same key: same post).
    category
        The head's category ("regional", "party" ...).
    title_span
        Character offsets of the position phrase.
    former
        The text says the post was held before ("Budi pernah menjabat Sekda"): another post
        of the same person is reported before it.
    listed
        One of several holders listed after a counted title ("tiga pimpinan KPK, yakni A, B
        dan C"): a post named for the person alone is reported before it.
    appointed
        Read from an appointment clause ("Budi dilantik sebagai Kepala Dinas X"): the post the
        person was made holder of, reported after a post the text gives the person otherwise
        (the clause may name a post held before or alongside, "dipilih sebagai Ketua Tim").
    head
        The position's head in the lexicon's spelling, without its modifiers ("Bupati" of
        "Plt Bupati", "Staf Ahli" of "Staf Ahli Bupati").
    """

    name_start: int
    name_end: int
    name: str
    words: tuple[str, ...]
    position: str
    jurisdiction: str | None
    key: tuple[str, str]
    category: str
    title_span: tuple[int, int]
    former: bool = False
    listed: bool = False
    appointed: bool = False
    head: str = ""


def make_candidate(
    ctx: Context, ph: Phrase, name: tuple[int, int], gap: bool
) -> Candidate | None:
    """The candidate of phrase ``ph`` and name tokens ``name``, or None if either fails."""
    cleaned = clean_name(ctx, *name)
    if cleaned is None:
        return None
    split = split_phrase(ctx, ph, gap)
    if split is None or organisation_post(ctx, ph) or other_board(ctx, ph) or brand_post(ctx, ph):
        return None
    a, b = cleaned
    if not ctx.toks[a].cap or any(nongov_at(ctx, k) for k in range(a, b)):
        return None  # "WH menyorot"; "(PP) Muhammadiyah Dadang": no person's name
    if sum(1 for k in range(a, b) if unit_at(ctx, k)) >= 2:
        return None  # "Kerukunan Agama Perwakilan Umat ...": an organisation's name
    if lexicon_words_only(ctx, a, b):
        return None  # "Olahraga" out of "Kepala Dinas Pemuda, Olahraga, ...": not a name
    if country_in_name(ctx, a, b) or province_in_name(ctx, a, b):
        return None  # "Presiden , Grab Indonesia Budi": a scraper gap before a company's name
    toks = ctx.toks
    surname = surname_after_initials(ctx, a, b)
    if surname is not None:
        b = surname + 1  # "Richard Joost (RJ) Lino": the name goes on after the initials
    cut = clitic_length(toks[b - 1].text)  # "Jokowi-nya": the name without the clitic
    words = tuple(ctx.norms[j] for j in range(a, b) if toks[j].is_word)
    if surname is not None:
        words = (*words[:-2], words[-1])  # the initials in brackets are no word of the name
    if cut:
        words = (*words[:-1], words[-1][:-cut])
    if not any(len(w) > 1 for w in words):
        return None
    end = toks[b - 1].end - cut
    text = ctx.text[toks[a].start : end]
    if surname is not None:
        bracket = toks[surname - 3].start
        text = f"{ctx.text[toks[a].start : bracket].rstrip()} {ctx.text[toks[surname].start : end]}"
    return Candidate(
        name_start=toks[a].start,
        name_end=end,
        name=text,
        words=words,
        position=split.position,
        jurisdiction=split.jurisdiction,
        key=split.key,
        category=ph.head.category or "generic",
        title_span=(toks[ph.start].start, toks[max(ph.end, ph.head_end) - 1].end),
        head=ph.head.text,
    )


def surname_after_initials(ctx: Context, a: int, b: int) -> int | None:
    """The surname after the bracketed initials of the name ``a:b``, or None.

    "Bacharuddin Jusuf (BJ) Habibie", "Richard Joost (RJ) Lino": the brackets give the
    initials of the given names (one capital letter per word) and one name word follows,
    ending the name; "Susilo Bambang Yudhoyono (SBY) mengatakan" has none after them.
    Returns the surname's token.
    """
    toks = ctx.toks
    k = b + 3
    if k >= ctx.size or ctx.tok(b) != "(" or ctx.tok(b + 2) != ")":
        return None
    initials = ctx.tok(b + 1)
    words = [toks[j].text for j in range(a, b) if toks[j].is_word]
    if len(words) < 2 or not initials.isalpha() or not initials.isupper():
        return None
    if initials != "".join(w[0] for w in words):
        return None
    surname = toks[k]
    if not (surname.is_word and surname.cap) or surname.norm in STOP_WORDS:
        return None
    if is_acronym(surname.text) or (ctx.cap(k + 1) and ctx.norms[k + 1] not in STOP_WORDS):
        return None  # an acronym, or more than one word: another name or a title follows
    if not name_word(ctx, k) or not plausible_surname(ctx, k):
        return None
    return k


def plausible_surname(ctx: Context, k: int) -> bool:
    """Tell whether the word at ``k`` after a name's bracketed initials may be its surname.

    A PERSON span there says so. Otherwise not in a headline (every word capitalised), not a
    known place or an entity that is no person ("Siti Nurhaliza (SN) Jakarta"), not a unit
    word, and not an ordinary word for people ("Agus Salim (AS) Polisi", :data:`ROLE_WORDS`).
    """
    if ctx.person_at(k) is not None:
        return True
    t = ctx.toks[k]
    if t.title_line or k in ctx.blocked or t.norm in ROLE_WORDS or unit_at(ctx, k):
        return False
    return place_at(ctx, k, False) is None


#: Clitics glued to a name by a hyphen ("Jokowi-nya", "Anies-lah"): not part of the name.
CLITICS: tuple[str, ...] = ("-nya", "-lah", "-kah", "-pun")


def clitic_length(word: str) -> int:
    """Characters of a clitic glued to the end of a capitalised word (0: none)."""
    low = word.casefold()
    for clitic in CLITICS:
        if low.endswith(clitic) and len(word) > len(clitic) + 1 and word[:1].isupper():
            return len(clitic)
    return 0


def country_in_name(ctx: Context, a: int, b: int) -> bool:
    """Tell whether the name ``a:b`` holds a country's name as no person's name does.

    After another word ("Grab Indonesia Budi", "Asuransi X Indonesia"), or first after a
    scraper's gap ("Presiden , Indonesia Budi": the company's word before it was dropped). A
    country's name may begin a person's ("Turki al-Maliki").
    """
    gap = a > 0 and ctx.toks[a - 1].text == "," and gap_comma(ctx, a - 1)
    first = a if gap else a + 1
    gazetteer = ctx.tables.gazetteer
    for k in range(first, b):
        t = ctx.toks[k]
        if t.is_word and t.cap and any(
            not p.common for p in gazetteer.lookup(t.text, "negara")
        ):
            return True
    return False


def province_in_name(ctx: Context, a: int, b: int) -> bool:
    """Tell whether the name ``a:b`` ends with a province's name of two words or more.

    "Kabid X Dinsa Perdagangan Jawa Barat": a misspelt unit and its province read as a name.
    No person's name holds "Jawa Barat" or "Sulawesi Selatan".
    """
    gazetteer = ctx.tables.gazetteer
    for k in range(a + 1, b - 1):
        name = " ".join(t.text for t in ctx.toks[k:b])
        if all(t.is_word and t.cap for t in ctx.toks[k:b]) and any(
            not p.common for p in gazetteer.lookup(name, "provinsi")
        ):
            return True
    return False


def organisation_post(ctx: Context, ph: Phrase) -> bool:
    """Tell whether a party or secretariat head leads a body only an unknown acronym names.

    "Ketua Umum ABCD", "Sekretaris Jenderal XYZ ASIA": neither a party nor a public body
    (an agency of the knowledge base is an agency item, a party is in :data:`PARTIES`).
    """
    if ph.head.category != "party" and ph.head.text not in ORGANISATION_HEADS:
        return False
    words = [it for it in ph.items if it.kind != "join"]
    if not words or any(it.kind not in {"acronym", "other"} for it in words):
        return False
    return not any(ctx.norms[k] in PARTIES for it in words for k in range(it.start, it.end))


#: Boards whose short form also names a public body: "DPD" is the Dewan Perwakilan Daerah too.
PUBLIC_BOARDS: frozenset[str] = frozenset({"dpd"})


def other_board(ctx: Context, ph: Phrase) -> bool:
    """Tell whether a post is on the board of a body that is no party.

    "Ketua DPW IPMK Provinsi X", "Ketua dewan pimpinan wilayah (DPW) ALFI": a party's
    board words (:data:`~beritanlp.lexicons.parties.PARTY_BOARDS`) followed by a word that is
    neither "Partai" nor a party's name are a regional board of an association or a religious
    or youth organisation, whose leaders hold no public post ("Ketua DPC PKB" does).
    """
    lows = [ctx.norms[k] for k in range(ph.start, ph.end) if ctx.toks[k].is_word]
    for end in range(1, len(lows)):  # boards never nest: the first to end is the first to start
        start = board_end_at(lows, end)
        if start is None or lows[end] in PARTY_BOARDS:
            continue
        if " ".join(lows[start:end]) in PUBLIC_BOARDS:
            continue
        return lows[end] != "partai" and lows[end] not in PARTY_NAMES
    return False


def brand_post(ctx: Context, ph: Phrase) -> bool:
    """Tell whether a generic head leads a body only a brand-like name names.

    "Direktur KITAberbagi", "Ketua GoSawah": a word in mixed case (capitals after its first
    letter and lowercase letters) that is no known agency or party is the name of a company,
    a foundation or a movement; state bodies the knowledge base knows are agency items.
    """
    if ph.head.category != "generic":
        return False
    words = [it for it in ph.items if it.kind != "join"]
    if not words or any(it.kind != "acronym" for it in words):
        return False
    return any(_mixed_case(ctx.toks[k].text) for it in words for k in range(it.start, it.end))


def _mixed_case(word: str) -> bool:
    """Tell whether ``word`` mixes cases past its first letter ("KITAberbagi", "GoSawah")."""
    rest = word[1:]
    return any(ch.isupper() for ch in rest) and any(ch.islower() for ch in word)
