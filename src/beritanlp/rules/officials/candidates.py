"""A candidate: one name found with one position phrase by a pattern."""

from __future__ import annotations

from dataclasses import dataclass

from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.jurisdiction import split_phrase
from beritanlp.rules.officials.lookups import nongov_at, unit_at
from beritanlp.rules.officials.names import clean_name, lexicon_words_only
from beritanlp.rules.officials.phrases import Phrase
from beritanlp.rules.officials.vocab import ORGANISATION_HEADS, PARTIES


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


def make_candidate(
    ctx: Context, ph: Phrase, name: tuple[int, int], gap: bool
) -> Candidate | None:
    """The candidate of phrase ``ph`` and name tokens ``name``, or None if either fails."""
    cleaned = clean_name(ctx, *name)
    if cleaned is None:
        return None
    split = split_phrase(ctx, ph, gap)
    if split is None or organisation_post(ctx, ph):
        return None
    a, b = cleaned
    if not ctx.toks[a].cap or any(nongov_at(ctx, k) for k in range(a, b)):
        return None  # "WH menyorot"; "(PP) Muhammadiyah Dadang": no person's name
    if sum(1 for k in range(a, b) if unit_at(ctx, k)) >= 2:
        return None  # "Kerukunan Agama Perwakilan Umat ...": an organisation's name
    if lexicon_words_only(ctx, a, b):
        return None  # "Olahraga" out of "Kepala Dinas Pemuda, Olahraga, ...": not a name
    toks = ctx.toks
    words = tuple(ctx.norms[j] for j in range(a, b) if toks[j].is_word)
    if not any(len(w) > 1 for w in words):
        return None
    return Candidate(
        name_start=toks[a].start,
        name_end=toks[b - 1].end,
        name=ctx.text[toks[a].start : toks[b - 1].end],
        words=words,
        position=split.position,
        jurisdiction=split.jurisdiction,
        key=split.key,
        category=ph.head.category or "generic",
        title_span=(toks[ph.start].start, toks[max(ph.end, ph.head_end) - 1].end),
    )


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
