"""Names a recogniser's place span swallowed after a title: "Ketua X [Bali Rina Marlina]".

A statistical NER sometimes tags a title's place and the name after it as one LOC span, so no
PERSON span is there and the place rules may read the name as part of the place. Where a
place span is a known place followed by two or three capitalised words that are no title,
unit, agency or place, and a position's head stands before it in the same title, those words
are read as the holder's name (:func:`persons_in_places`).
"""

from __future__ import annotations

from collections.abc import Sequence

from beritanlp.rules.officials.context import Context, token_range
from beritanlp.rules.officials.lookups import agency_at, nongov_at, place_at, unit_at
from beritanlp.rules.officials.names import skip_titles
from beritanlp.rules.officials.vocab import LOWER_JOIN

#: Words of a name a place span may have swallowed.
NAME_WORDS = (2, 3)
#: Tokens before the place searched for a position's head.
TITLE_REACH = 8


def persons_in_places(ctx: Context, places: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token ranges of the names that place spans (character ranges) swallowed after a title."""
    found: list[tuple[int, int]] = []
    for span in places:
        if len(ctx.text[span[0] : span[1]].split()) < 1 + NAME_WORDS[0]:
            continue  # fewer than three words: no place and name
        a, b = token_range(ctx.tok_starts, ctx.tok_ends, span)
        if b - a < 1 + NAME_WORDS[0] or b - a > 4 + NAME_WORDS[-1]:
            continue
        place = place_at(ctx, a, False)
        if place is None or (b - a - place[0]) not in NAME_WORDS:
            continue
        k = a + place[0]
        if _name_like(ctx, k, b) and title_before(ctx, a):
            found.append((k, b))
    return found


def _name_like(ctx: Context, k: int, b: int) -> bool:
    """Tell whether tokens ``k:b`` are capitalised words of no title, unit, body or place."""
    if skip_titles(ctx, k) != k:
        return False  # a rank or an honorific ("Irjen"): the name, if any, is after it
    if ctx.toks[k].title_line:
        return False  # a title-case headline: "PM Kanada Minta Maaf" is a verb phrase
    for j in range(k, b):
        t = ctx.toks[j]
        if not (t.is_word and t.cap) or ctx.person_at(j) is not None:
            return False
        if ctx.lexicon_at(j, ("position", "modifier", "unit")) or nongov_at(ctx, j):
            return False
        if unit_at(ctx, j) or agency_at(ctx, j) or place_at(ctx, j, False):
            return False
    return True


def title_before(ctx: Context, a: int) -> bool:
    """Tell whether a position's head begins the title that runs up to token ``a``.

    Only capitalised words, brackets and joins ("dan") may stand between the head and the
    place ("Ketua Harian Komite Olahraga [Bali ...]"), within :data:`TITLE_REACH` tokens.
    """
    for j in range(a - 1, max(-1, a - 1 - TITLE_REACH), -1):
        t = ctx.toks[j]
        if ctx.lexicon_at(j, ("position",)) is not None and t.cap:
            return True
        if t.sent_start or not (t.cap or t.text in {"(", ")"} or t.norm in LOWER_JOIN):
            return False
    return False
