"""Names listed as the holders of one title: "A, B dan C" after a title or after a cue.

:func:`listed_holders` reads the list itself (PERSON spans joined by commas and
"dan"/"serta"); :func:`cue_list_holders` reads the list a counted or plural title introduces
with "yakni"/"yaitu" ("tiga pimpinan KPK, yakni A, B dan C", "para menteri, yaitu A, B,
dan C") or with a pronoun opening the next sentence ("dewan mengesahkan empat orang sebagai
pimpinan X. Mereka ialah A, B dan C"): each listed person holds the title.
"""

from __future__ import annotations

from dataclasses import replace

from beritanlp.rules.officials.candidates import Candidate, make_candidate
from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.names import name_forward
from beritanlp.rules.officials.pairing import listed_name, name_ends_clause, term_at
from beritanlp.rules.officials.phrases import Phrase
from beritanlp.rules.officials.vocab import COUNTERS, LIST_JOINERS
from beritanlp.text.ordinals import rank_words

#: Most further holders read from one list.
MAX_LISTED = 8
#: Words before a title that count or gather its holders ("para", "tiga", "ketiga"): the
#: number words and ordinals from two to ten of the one table (text/ordinals.py).
PLURAL_WORDS: frozenset[str] = frozenset({"para", *rank_words(10, cardinals=10, lowest=2)})
#: Words that introduce the list after the title.
LIST_CUES: frozenset[str] = frozenset({"yakni", "yaitu"})
#: Nouns a count names people by before "sebagai" and a title ("empat orang sebagai pimpinan X"):
#: the counters and "nama".
NAMED_COUNTERS: frozenset[str] = COUNTERS | {"nama"}
#: The pronoun opening the next sentence that lists the holders ("... pimpinan X. Mereka ialah").
LIST_PRONOUNS: frozenset[str] = frozenset({"mereka"})
#: Words after that pronoun that introduce the list ("Mereka yakni A, B dan C").
PRONOUN_CUES: frozenset[str] = frozenset({"adalah", "ialah", "yakni", "yaitu"})
#: Tokens from a title's end to the next sentence's pronoun at most (a term, a bracket, stops).
MAX_TO_PRONOUN = 6
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
        joined = j < ctx.size and ctx.norms[j] in LIST_JOINERS
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
    """Tell whether a plural or a count comes right before token ``i`` ("tiga orang pimpinan").

    Also a count of people the text makes the title's holders: "mengesahkan tiga orang sebagai
    pimpinan X".
    """
    k = i - 1
    if k > 1 and ctx.norms[k] == "sebagai" and ctx.norms[k - 1] in NAMED_COUNTERS:
        k -= 2
    elif k > 0 and ctx.norms[k] in COUNTERS:
        k -= 1
    return k >= 0 and ctx.norms[k] in PLURAL_WORDS


def _cue_end(ctx: Context, e: int) -> int | None:
    """The token after the cue that introduces a list after a title ending at ``e``, or None.

    "yakni"/"yaitu" after a demonstrative and a comma ("pimpinan badan itu, yakni"); or the next
    sentence opened by "Mereka" and "adalah/ialah/yakni" ("... pimpinan Badan X periode 2027-2032.
    Mereka ialah A, B dan C"), with the title's term between.
    """
    j = e
    while j < ctx.size and (ctx.norms[j] in CUE_FILLERS or ctx.tok(j) == ","):
        j += 1
        if j - e > 2:
            return None
    if j < ctx.size and ctx.norms[j] in LIST_CUES:
        return j + 1
    j, _ = term_at(ctx, e)
    if j >= ctx.size or ctx.tok(j) != ".":
        return None
    k = j + 1
    while k < ctx.size and k - j <= MAX_TO_PRONOUN and not ctx.toks[k].is_word:
        k += 1
    if k + 1 < ctx.size and ctx.norms[k] in LIST_PRONOUNS and ctx.norms[k + 1] in PRONOUN_CUES:
        return k + 2
    return None


def _first_listed(ctx: Context, b: int) -> int | None:
    """Where the first listed name starting at token ``b`` ends: a PERSON span, else a run.

    The NER may miss the first name of a list it tags further on ("yakni Budi Santoso, Ani
    Lestari dan ..."): the capitalised-word fallback of :func:`name_forward` reads it, as the
    rest of the list must still be PERSON spans.
    """
    if ctx.inside_person(b):
        return None
    end = ctx.person_at(b)
    if end is not None:
        return end
    found = name_forward(ctx, b)
    return found[1] if found is not None and found[0] == b else None


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
    b = _cue_end(ctx, ph.end)
    if b is None:
        return [], ph.end
    first = _first_listed(ctx, b)
    if first is None:
        return [], ph.end
    head = make_candidate(ctx, ph, (b, first), gap=False)  # the head's needs are met
    if head is None:
        return [], ph.end
    rest, k, closed = listed_holders(ctx, ph, first, MAX_LISTED, closing=True)
    if not (rest and closed) or listed_name(ctx, k) or not name_ends_clause(ctx, k):
        return [], ph.end
    return [replace(c, listed=True) for c in (head, *rest)], k
