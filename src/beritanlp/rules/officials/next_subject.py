"""Holders of body titles written without a name: after a scraper's gap, after a pronoun.

Scraped news loses the links of a text in the body too: "Kepala Staf Kepresidenan,sempat
menanggapi ... . Darmono mengaku ..." or "Wakil Ketua DPR,,, bahkan menulis sajak. Dalam
sajaknya, Sutrisno menyindir ...". The sentence after the gap goes on about the post's holder
and names them, without the title (GUIDELINE: a dropped name is the form the article uses
elsewhere). The first person the next sentence names who is no official found, opening it
as its subject (a lowercase word after the name) or named as a quote's speaker ("kata
Darmono"), holds the title; never a person the text writes as an object ("perkara Budi",
"terhadap Ani") or with another title. Only a post no official found holds; the headline's
readings (:mod:`~beritanlp.rules.officials.gaps`) go first.

A title a sentence gives a pronoun ("... adalah Budi Santoso. Ia Ketua DPRD X") is held by the
one person the sentence before names who is no official found (:func:`pronoun_holders`). A
title written as an epithet ("kata mantan Ketua X ini") is read by
:mod:`~beritanlp.rules.officials.epithets`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

from beritanlp.rules.officials.candidates import Candidate, make_candidate
from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.gaps import (
    BODY_OBJECT_MARKERS,
    body_names,
    gap_title_start,
    institution_inside,
    titled_person,
)
from beritanlp.rules.officials.names import clean_name
from beritanlp.rules.officials.pairing import speaker_apposed
from beritanlp.rules.officials.phrases import Phrase, phrase_at
from beritanlp.rules.officials.scan import BareTitle
from beritanlp.rules.officials.vocab import (
    NAME_LINKS,
    OBJECT_MARKERS,
    SPEECH_BEFORE,
    STOP_WORDS,
)

#: Tokens read for the end of the sentence with the gap, and through the next one, at most.
MAX_SENTENCE_TOKENS = 40
#: Marks after which a capitalised word opens a quote or a bracket, not a name.
OPENERS: frozenset[str] = frozenset({'"', "\u201c", "'", "("})
#: Times a name the NER missed is written capitalised in the body at least.
MIN_FALLBACK_MENTIONS = 2


def next_sentence_holders(
    ctx: Context,
    bare: Sequence[BareTitle],
    vocabulary: set[str],
    held: frozenset[tuple[str, str]],
) -> list[Candidate]:
    """The holders of the body's gapped titles, named by the sentence after each gap.

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
    """
    newline = ctx.text.find("\n")
    names: set[str] | None = None

    def find(title: BareTitle, taken: set[str]) -> tuple[Phrase, tuple[int, int]] | None:
        nonlocal names
        if title.span[0] <= newline:
            return None
        first = gap_title_start(ctx, title)
        ph = phrase_at(ctx, first, allow_lower=False) if first is not None else None
        if ph is None:
            return None
        if names is None:
            names = body_names(ctx, newline)
        name = next_subject(ctx, ph.end, taken, names)
        return (ph, name) if name is not None else None

    return title_holders(ctx, bare, vocabulary, held, find, gap=True)


def title_holders(
    ctx: Context,
    bare: Sequence[BareTitle],
    vocabulary: set[str],
    held: frozenset[tuple[str, str]],
    find: Callable[[BareTitle, set[str]], tuple[Phrase, tuple[int, int]] | None],
    gap: bool,
) -> list[Candidate]:
    """The candidates of the titles ``find`` names a holder of, each post and person once.

    ``find`` gets a title without a name and the name words taken so far (``vocabulary``,
    then each holder's), and gives the title's phrase and its holder's name tokens, or None;
    a title whose post is in ``held`` or already given is passed over.
    """
    taken = set(vocabulary)
    keys = set(held)
    out: list[Candidate] = []
    for title in bare:
        if title.key in keys:
            continue
        found = find(title, taken)
        cand = make_candidate(ctx, found[0], found[1], gap=gap) if found is not None else None
        if cand is not None:
            out.append(cand)
            taken |= set(cand.words)
            keys.add(cand.key)
    return out


def next_subject(
    ctx: Context, k: int, taken: set[str], names: set[str]
) -> tuple[int, int] | None:
    """The first new person of the sentence after the one at token ``k``, if its subject.

    Officials found are passed over only before a speech verb's name ('"... Menteri X
    Budi," kata Darmono'); the person must open the sentence (after capitalised words or an
    adverbial ending in a comma: "Dalam sajaknya, Sutrisno menyindir") or speak, with no
    apposition naming them another's ("kata Retno, seorang pedagang":
    :func:`~beritanlp.rules.officials.pairing.speaker_apposed`).
    """
    end = min(ctx.size, k + MAX_SENTENCE_TOKENS)
    j = k
    while j < end and ctx.toks[j].text != ".":
        j += 1
    s = j + 1
    opening = True  # no lowercase word yet (but an adverbial closed by a comma)
    while s < end and ctx.toks[s].text != ".":
        found = _person_at(ctx, s, names)
        if found is None:
            if ctx.word(s) and not ctx.toks[s].cap:
                opening = False
            elif ctx.tok(s) == ",":
                opening = True
            s += 1
            continue
        a, b = found
        speaker = (
            a > 0 and ctx.norms[a - 1] in SPEECH_BEFORE and not speaker_apposed(ctx, b)
        )  # not "kata Retno, seorang pedagang": another person, not the title's holder
        if {ctx.norms[i] for i in range(a, b)} & taken:
            s, opening = b, False  # an official found: "surat dari Menteri X Budi, kata Y"
            continue
        if speaker or (opening and is_subject(ctx, a, b)):
            return None if _named_otherwise(ctx, a) else found
        return None
    return None


def _named_otherwise(ctx: Context, a: int) -> bool:
    """Tell whether the text writes the name at ``a`` as an object or after another title.

    "Perkara Suap Budi" (a case's suspect), "terhadap Ani" in the headline (a victim),
    "Hakim Dedi" (another post): the person is not the gapped title's holder.
    """
    first = ctx.norms[a]
    newline = ctx.text.find("\n")
    for k in ctx.positions_of(first):
        if k < 1:
            continue
        markers = OBJECT_MARKERS if ctx.toks[k].start < newline else BODY_OBJECT_MARKERS
        if ctx.norms[k - 1] in markers or titled_person(ctx, k):
            return True
    return False


def _person_at(ctx: Context, s: int, names: set[str]) -> tuple[int, int] | None:
    """A name at token ``s``: a PERSON span, or a word the NER missed that names a person.

    Without a span, a capitalised word that is no stop word, place, agency or title, opens
    no quote and that the body writes only capitalised, at least
    :data:`MIN_FALLBACK_MENTIONS` times.
    """
    end = ctx.person_at(s)
    if end is not None:
        return None if ctx.inside_person(s) else clean_name(ctx, s, end)
    norm = ctx.norms[s]
    if not ctx.cap(s) or norm in STOP_WORDS or norm not in names or s in ctx.blocked:
        return None
    if s > 0 and ctx.toks[s - 1].text in OPENERS:
        return None  # '"Ada beberapa ruas ...': a quote's first word
    if institution_inside(ctx, s, s + 1):
        return None
    return (s, s + 1) if len(ctx.positions_of(norm)) >= MIN_FALLBACK_MENTIONS else None


def is_subject(ctx: Context, a: int, b: int) -> bool:
    """Tell whether a verb (a lowercase word) follows the name ``a:b``, no object marker before.

    Also read by :mod:`~beritanlp.rules.officials.epithets`.
    """
    if a > 0 and ctx.norms[a - 1] in OBJECT_MARKERS:
        return False
    return ctx.word(b) and not ctx.toks[b].cap and ctx.norms[b] not in NAME_LINKS


#: Pronouns that open a sentence about the person named before ("Ia Ketua DPRD X").
PRONOUNS: frozenset[str] = frozenset({"ia", "dia", "beliau"})
#: Words between the pronoun and the title ("Ia sempat menjabat", "Dia kini adalah").
PRONOUN_LINKS: frozenset[str] = frozenset(
    "sempat pernah juga kini saat ini sekarang masih sudah telah menjabat merupakan adalah "
    "sebagai selaku".split()
)
#: Words between the pronoun and the title at most.
MAX_PRONOUN_LINKS = 3


def pronoun_holders(
    ctx: Context,
    bare: Sequence[BareTitle],
    vocabulary: set[str],
    held: frozenset[tuple[str, str]],
) -> list[Candidate]:
    """The holders of titles a sentence gives a pronoun, named by the sentence before.

    "... yang memimpin rombongan, Paulus Wenamu. Ia Ketua DPRD X", "Budi Santoso turut
    prihatin ... . Ia sempat menjabat Kepala Badan X": the pronoun opens the sentence, at most
    a few adverbs or verbs of office come before the title, and the sentence before names
    exactly one person who is no official found.
    """

    def find(title: BareTitle, taken: set[str]) -> tuple[Phrase, tuple[int, int]] | None:
        if title.headline:
            return None
        first = bisect_left(ctx.tok_starts, title.span[0])
        pronoun = _pronoun_before(ctx, first)
        name = _sole_person_before(ctx, pronoun, taken) if pronoun is not None else None
        ph = phrase_at(ctx, first, allow_lower=False) if name is not None else None
        return (ph, name) if ph is not None and name is not None else None

    return title_holders(ctx, bare, vocabulary, held, find, gap=False)


def _pronoun_before(ctx: Context, first: int) -> int | None:
    """The token of a sentence-opening pronoun before the title at ``first``, or None."""
    k = first - 1
    while k >= 0 and first - k <= MAX_PRONOUN_LINKS and ctx.norms[k] in PRONOUN_LINKS:
        k -= 1
    if k < 1 or ctx.norms[k] not in PRONOUNS or not ctx.toks[k].cap:
        return None
    return k if ctx.toks[k - 1].text in {".", ","} else None


def _sole_person_before(ctx: Context, k: int, taken: set[str]) -> tuple[int, int] | None:
    """The one PERSON span of the sentence before token ``k`` that is no official found."""
    end = k - 1
    while end >= 0 and ctx.toks[end].text != ".":
        end -= 1
    start = end - 1
    while start >= 0 and ctx.toks[start].text != "." and end - start <= MAX_SENTENCE_TOKENS * 2:
        start -= 1
    found: dict[tuple[str, ...], tuple[int, int]] = {}
    for a, b in ctx.person_tok:
        if not start < a < end:
            continue
        cleaned = clean_name(ctx, a, b)
        if cleaned is None:
            continue
        words = name_words(ctx, cleaned)
        if words and not set(words) & taken:
            found.setdefault(words, cleaned)
    return next(iter(found.values())) if len(found) == 1 else None


def name_words(ctx: Context, span: tuple[int, int]) -> tuple[str, ...]:
    """The casefolded words of a name's tokens (also read by the epithets' rule)."""
    return tuple(ctx.norms[i] for i in range(*span) if ctx.toks[i].is_word)
