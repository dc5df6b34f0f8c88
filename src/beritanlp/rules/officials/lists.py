"""Names listed as the holders of one title: "A, B dan C" after a title or after a cue.

:func:`listed_holders` reads the list itself (PERSON spans joined by commas and
"dan"/"serta"); :func:`cue_list_holders` reads the list a counted or plural title introduces
with "yakni"/"yaitu" ("tiga pimpinan KPK, yakni A, B dan C", "para menteri, yaitu A, B,
dan C"): each listed person holds the title.
"""

from __future__ import annotations

from dataclasses import replace

from beritanlp.rules.officials.candidates import Candidate, make_candidate
from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.pairing import listed_name, name_ends_clause
from beritanlp.rules.officials.phrases import Phrase
from beritanlp.text.ordinals import rank_words

#: Most further holders read from one list.
MAX_LISTED = 8
#: Words that join the last name of a list.
LIST_CLOSERS: frozenset[str] = frozenset({"dan", "serta"})
#: Words before a title that count or gather its holders ("para", "tiga", "ketiga"): the
#: number words and ordinals from two to ten of the one table (text/ordinals.py).
PLURAL_WORDS: frozenset[str] = frozenset({"para", *rank_words(10, cardinals=10, lowest=2)})
#: A counter word between the number and the title ("empat orang pimpinan").
COUNTERS: frozenset[str] = frozenset({"orang"})
#: Words that introduce the list after the title.
LIST_CUES: frozenset[str] = frozenset({"yakni", "yaitu"})
#: Demonstratives and "the others" between the title and the cue ("pimpinan KPK itu, yakni").
CUE_FILLERS: frozenset[str] = frozenset({"itu", "tersebut", "lainnya", "lain"})


def listed_holders(
    ctx: Context, ph: Phrase, b: int, most: int, closing: bool
) -> tuple[list[Candidate], int, bool]:
    """The names listed from token ``b``, where the list ends, and whether "dan" closed it.

    Every name must be a PERSON span and follow a comma or "dan"/"serta" (the list runs on
    from the name ending before ``b``). At most ``most`` names; with ``closing``, the list ends
    at its name after "dan"/"serta".
    """
    found: list[Candidate] = []
    k, closed = b, False
    while k < ctx.size and len(found) < most and not (closing and closed):
        j = k
        if ctx.tok(j) == ",":
            j += 1
        joined = j < ctx.size and ctx.norms[j] in LIST_CLOSERS
        j += joined
        end = ctx.person_at(j) if j > k else None
        if end is None or ctx.inside_person(j):
            break
        other = make_candidate(ctx, ph, (j, end), gap=True)
        if other is None:
            break
        found.append(other)
        k, closed = end, joined
    return found, k, closed


def plural_before(ctx: Context, i: int) -> bool:
    """Tell whether a plural or a count comes right before token ``i`` ("tiga orang pimpinan")."""
    k = i - 1
    if k > 0 and ctx.norms[k] in COUNTERS:
        k -= 1
    return k >= 0 and ctx.norms[k] in PLURAL_WORDS


def cue_list_holders(ctx: Context, ph: Phrase) -> tuple[list[Candidate], int]:
    """The holders a counted or plural title lists after "yakni"/"yaitu"; where to go on.

    "tiga pimpinan KPK, yakni A, B dan C", "para menteri itu, yaitu A, B, dan C": the title
    has a plural or a count before it (:func:`plural_before`); a demonstrative and a comma may
    stand before the cue. Every listed name is a PERSON span, the list has two names at least,
    is closed by "dan"/"serta" and ends its clause ("yakni Ketua KPK A, B ..." or an open list
    gives nothing). The title must hold by itself what its head needs ("dua anggota, yakni"
    names no institution: nothing).
    """
    if not plural_before(ctx, ph.start):
        return [], ph.end
    j = ph.end
    while j < ctx.size and (ctx.norms[j] in CUE_FILLERS or ctx.tok(j) == ","):
        j += 1
        if j - ph.end > 2:
            return [], ph.end
    if j >= ctx.size or ctx.norms[j] not in LIST_CUES:
        return [], ph.end
    first = ctx.person_at(j + 1)
    if first is None or ctx.inside_person(j + 1):
        return [], ph.end
    head = make_candidate(ctx, ph, (j + 1, first), gap=False)  # the head's needs are met
    if head is None:
        return [], ph.end
    rest, k, closed = listed_holders(ctx, ph, first, MAX_LISTED, closing=True)
    if not (rest and closed) or listed_name(ctx, k) or not name_ends_clause(ctx, k):
        return [], ph.end
    return [replace(c, listed=True) for c in (head, *rest)], k
