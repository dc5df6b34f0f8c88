"""Holders of titles written as epithets: the person named in the sentence just before.

A title with "ini"/"itu" after it ('"...," kata mantan Ketua Badan X ini'; "Budi tiba. Wakil
Ketua DPR itu mengatakan ...") stands for the speaker or subject of the sentence just before
(:func:`epithet_holders`), read with the helpers of
:mod:`~beritanlp.rules.officials.next_subject`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from beritanlp.lexicons.speech import speech_words
from beritanlp.rules.officials.candidates import Candidate
from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.names import clean_name
from beritanlp.rules.officials.next_subject import (
    MAX_SENTENCE_TOKENS,
    PRONOUNS,
    is_subject,
    name_words,
    title_holders,
)
from beritanlp.rules.officials.pairing import speaker_apposed
from beritanlp.rules.officials.phrases import Phrase, phrase_at
from beritanlp.rules.officials.scan import BareTitle
from beritanlp.rules.officials.vocab import (
    DEMONSTRATIVES,
    LOWER_MODIFIERS,
    NAME_LINKS,
    OBJECT_MARKERS,
    PERSON_ROLES,
    ROLE_WORDS,
    SPEECH_BEFORE,
)

#: Speech words before a title written as an epithet ("pungkas Kapolda X ini", "menurut
#: mantan Ketua X itu"): the ``officials_epithet`` rows of ``lexicons/data/speech_verbs.txt``.
EPITHET_SPEECH: frozenset[str] = speech_words("officials_epithet")
#: Marks right before an epithet's speech word: a quote closed, a clause or a sentence ended
#: ('...," kata Ketua X ini'; not "sudah jelas Ketua X itu ...": an adjective).
SPEECH_CLOSERS: frozenset[str] = frozenset({'"', "\u201d", "'", ",", "."})
#: Quote marks, whichever way they face.
QUOTES: frozenset[str] = frozenset({'"', "\u201c", "\u201d"})
#: Words of an adverbial opener before its comma ("Namun,", "Oleh karena itu,"), at most.
MAX_OPENER_WORDS = 3
#: Words for another party than the person named before: a person or group with a part in the
#: story ("bertemu seorang pejabat", "melapor ke polisi"). Named between the
#: person and an epithet, they may be whom the epithet stands for.
OTHER_PARTIES: frozenset[str] = ROLE_WORDS | PERSON_ROLES | {"pejabat", "petinggi", "pimpinan"}
#: Beginnings of active verbs ("me-", "ber-"): a subject acting on another party ("Budi
#: menggugat ...", "Budi bertemu ...") is no sure antecedent of a sentence-opening epithet.
ACTIVE_PREFIXES: tuple[str, ...] = ("me", "ber")
#: Marks (commas, mojibake) a scraper glues between a full stop and the next sentence, at most.
MAX_GLUED_MARKS = 3
#: Sentences opened by a pronoun read back past for an epithet's person, at most.
MAX_PRONOUN_SENTENCES = 2


def epithet_holders(
    ctx: Context,
    bare: Sequence[BareTitle],
    vocabulary: set[str],
    held: frozenset[tuple[str, str]],
) -> list[Candidate]:
    """The holders of titles written as epithets, named in the sentence just before.

    '"...," kata mantan Wakil Ketua Badan X ini', "... ujar Budi. Wakil Ketua Komisi II DPR
    itu mengatakan": the title, followed by a demonstrative and then a lowercase word or a
    punctuation mark, is a quote's speaker (after a speech word that closes a quote or a
    clause) or opens a sentence (after its full stop, or an adverbial opener's comma:
    "Namun, mantan Ketua X itu ..."). The person it stands for is named in the sentence just
    before (or before sentences a pronoun opens: "Dia menambahkan, ..."), as its speaker
    ("kata Budi") or as its subject opening it ("Budi didapuk ..."; on the sentence-opening
    path no active verb: "Budi menggugat ..." acts on another party), is no official found,
    and no post, other party ("ke polisi", "seorang pejabat") or the title's own institution
    ("melapor ke KPK. Ketua KPK itu ...") is named after them before the epithet.

    Parameters
    ----------
    ctx
        The text's context.
    bare
        The titles found without a name.
    vocabulary
        The name words of every official found (a person among them holds another post).
    held
        The posts' keys of the officials found: such a title's holder is named elsewhere.

    Returns
    -------
    list of Candidate
        One candidate per epithet whose person is found, pairing its title with that name.
    """

    def find(title: BareTitle, taken: set[str]) -> tuple[Phrase, tuple[int, int]] | None:
        if title.headline:
            return None
        first = bisect_left(ctx.tok_starts, title.span[0])
        end = bisect_left(ctx.tok_starts, title.span[1])
        opened = _epithet_at(ctx, first, end)
        if opened is None:
            return None
        start, speech = opened
        ph = phrase_at(ctx, first, allow_lower=True)
        if ph is None:
            return None
        own = frozenset(  # the title's institution ("KPK"), not its place
            ctx.norms[i] for it in ph.items if it.kind == "agency" for i in range(it.start, it.end)
        )
        name = _person_before(ctx, start, speech, own, taken)
        return (ph, name) if name is not None else None

    return title_holders(ctx, bare, vocabulary, held, find, gap=False)


def _epithet_at(ctx: Context, first: int, end: int) -> tuple[int, bool] | None:
    """Where the sentence of an epithet at tokens ``first:end`` begins; if a speech word gives it.

    ("kata Ketua X ini,": True); None when the title is no epithet.
    """
    if end + 1 >= ctx.size or ctx.norms[end] not in DEMONSTRATIVES:
        return None
    after = ctx.toks[end + 1]
    if after.is_word and (after.cap or after.norm in NAME_LINKS):
        return None  # "Ketua DPR itu Budi": a name follows; "itu dan" goes on
    k = first - 1
    if k >= 0 and ctx.norms[k] in LOWER_MODIFIERS:
        k -= 1  # "kata mantan Ketua X ini"
    if k < 1:
        return None
    if ctx.norms[k] in EPITHET_SPEECH:
        closer = ctx.toks[k - 1].text
        return (_quote_start(ctx, k - 1), True) if closer in SPEECH_CLOSERS else None
    head = first + 1 if ctx.norms[first] in LOWER_MODIFIERS else first
    if not ctx.toks[head].cap:
        return None  # the title's head, not "mantan": "Namun, mantan Ketua X itu"
    if ctx.toks[k].text == ".":
        return k + 1, False  # "... . Mantan Ketua X itu"
    opener = _adverbial_start(ctx, k) if ctx.toks[k].text == "," else None
    return (opener, False) if opener is not None else None


def _quote_start(ctx: Context, j: int) -> int:
    """The first token of the quote or sentence a speech word closes with token ``j``."""
    if ctx.toks[j].text == ".":
        return j + 1  # ". Kata Ketua X itu, ..."
    quoted = ctx.toks[j].text in QUOTES
    k = j - 1
    while k >= 0 and j - k <= MAX_SENTENCE_TOKENS * 2:
        text = ctx.toks[k].text
        if (quoted and text in QUOTES) or (not quoted and text == "."):
            return k if quoted else k + 1
        k -= 1
    return j


def _adverbial_start(ctx: Context, comma: int) -> int | None:
    """The first token of a sentence opened by an adverbial before the comma at ``comma``.

    "Namun,", "Oleh karena itu,", a glued ".,": a few words, the first capitalised and the
    others lowercase, after a full stop; no speech word or name ("Menurut Budi, Ketua X itu
    ..." is another person's epithet).
    """
    k = comma - 1
    while k > 0 and ctx.toks[k].text == ",":
        k -= 1  # ".,,Mantan": commas the scraper glued
    if ctx.toks[k].text == ".":
        return comma + 1  # ".,Mantan Ketua X itu"
    comma = k + 1
    while k >= 0 and comma - k <= MAX_OPENER_WORDS and ctx.toks[k].text != ".":
        k -= 1
    if k >= 0 and ctx.toks[k].text != ".":
        return None
    words = range(k + 1, comma)
    if not words or not all(ctx.word(i) and ctx.person_at(i) is None for i in words):
        return None
    if ctx.norms[k + 1] in EPITHET_SPEECH or any(ctx.toks[i].cap for i in words[1:]):
        return None
    return k + 1


def _person_before(
    ctx: Context, start: int, speech: bool, own: frozenset[str], taken: set[str]
) -> tuple[int, int] | None:
    """The speaker or opening subject of the sentence before token ``start``, if not taken.

    A sentence before that opens with a pronoun ("Dia menambahkan, ...") goes on about the
    person of the sentence before it, read instead (:data:`MAX_PRONOUN_SENTENCES` at most).
    Nothing between the person and ``start`` names another party or a word of the title
    (``own``: "melapor ke KPK. Ketua KPK itu ...").
    """
    e = _stop_before(ctx, start)
    end = e
    for _ in range(MAX_PRONOUN_SENTENCES + 1):
        p0 = _sentence_before(ctx, e)
        if p0 is None:
            return None
        found = {
            name_words(ctx, span): span
            for span in (_holder_at(ctx, a, b, p0, speech) for a, b in ctx.person_tok
                         if p0 <= a and b <= e)
            if span is not None
        }
        if found or ctx.norms[p0] not in PRONOUNS or not ctx.cap(p0):
            break
        e = _stop_before(ctx, p0)
    if len(found) != 1:
        return None
    a, b = next(iter(found.values()))
    if set(name_words(ctx, (a, b))) & taken or _other_party(ctx, b, end, own):
        return None
    return _fullest(ctx, (a, b))


def _stop_before(ctx: Context, k: int) -> int:
    """The token before ``k`` past the marks a scraper glued after a full stop (".,", mojibake)."""
    e = k - 1
    while e >= 0 and k - e <= MAX_GLUED_MARKS and ctx.toks[e].text != "." and not ctx.word(e):
        e -= 1
    return e


def _sentence_before(ctx: Context, e: int) -> int | None:
    """The first token of the sentence ended by the full stop at token ``e``, or None."""
    if e < 1 or ctx.toks[e].text != ".":
        return None
    p0 = e - 1
    while p0 >= 0 and ctx.toks[p0].text != "." and e - p0 <= MAX_SENTENCE_TOKENS * 2:
        p0 -= 1
    if p0 >= 0 and ctx.toks[p0].text != ".":
        return None
    p0 += 1
    while p0 < e and ctx.toks[p0].text == ",":
        p0 += 1  # ".,Budi": the scraper's glued comma
    return p0


def _holder_at(
    ctx: Context, a: int, b: int, opening: int, speech: bool
) -> tuple[int, int] | None:
    """The name ``a:b`` of a sentence from ``opening`` if its speaker or opening subject."""
    if ctx.inside_person(a):
        return None
    cleaned = clean_name(ctx, a, b)
    if cleaned is None or not name_words(ctx, cleaned):
        return None
    if ctx.norms[a - 1] in SPEECH_BEFORE and not speaker_apposed(ctx, b):
        return cleaned  # "kata Budi"
    if a != opening and ctx.toks[a - 1].text not in {",", *QUOTES}:
        return None  # "Wartawan Budi", "yang dipimpin Budi": no subject opening the sentence
    if not is_subject(ctx, a, b) or ctx.norms[b] in OBJECT_MARKERS:
        return None  # a subject and its verb, not a place's preposition ("acara X di ...")
    active = ctx.norms[b].startswith(ACTIVE_PREFIXES)
    return None if active and not speech else cleaned


def _other_party(ctx: Context, b: int, e: int, own: frozenset[str]) -> bool:
    """Tell whether tokens ``b:e`` name another party, a post or the title's institution."""
    return any(
        ctx.norms[k] in OTHER_PARTIES
        or (ctx.cap(k) and ctx.norms[k] in own)
        or ctx.lexicon_at(k, ("position",)) is not None
        for k in range(b, e)
    )


def _fullest(ctx: Context, span: tuple[int, int]) -> tuple[int, int]:
    """The one longer PERSON span the name ``span`` leads ("Firman" -> "Firman Hadi"), else itself.

    GUIDELINE: the fullest name in the article; an epithet's nearest mention is often a
    later, shorter one.
    """
    short = name_words(ctx, span)
    longer: dict[tuple[str, ...], tuple[int, int]] = {}
    for a, b in ctx.person_tok:
        cleaned = clean_name(ctx, a, b)
        words = name_words(ctx, cleaned) if cleaned is not None else ()
        if cleaned is not None and len(words) > len(short) and words[: len(short)] == short:
            longer.setdefault(words, cleaned)
    return next(iter(longer.values())) if len(longer) == 1 else span
