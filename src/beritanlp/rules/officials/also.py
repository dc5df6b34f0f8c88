"""A title whose holder is named only after "yang juga" and a second post.

"Wali Kota Solo yang juga Ketua DPC Partai X Budi Santoso", "Ketua Komisi Hukum DPR yang juga
politikus Partai X Budi Santoso": the first title has no name of its own; the person named after
the second post (or after "politikus"/"kader" and a party) holds both. Reporting picks the
government post over the party one (:meth:`~beritanlp.rules.officials.coreference.Official.best`).
"""

from __future__ import annotations

from beritanlp.rules.officials.candidates import Candidate, make_candidate
from beritanlp.rules.officials.context import Context, token_range
from beritanlp.rules.officials.lookups import known_party, unit_at
from beritanlp.rules.officials.patterns import pair_phrase
from beritanlp.rules.officials.phrases import Phrase, phrase_at
from beritanlp.rules.officials.tokens import is_acronym
from beritanlp.rules.officials.vocab import PARTIES

#: Words that say the words after them name a second role of the same person.
ALSO_CUE: tuple[str, str] = ("yang", "juga")
#: Words for a party's member before the party's name ("politikus Partai X Budi").
MEMBER_WORDS: frozenset[str] = frozenset({"politikus", "politisi", "kader"})
#: Tokens of a party's name read at most after a member word.
MAX_PARTY_TOKENS = 4


def member_party_word(ctx: Context, k: int) -> bool:
    """Tell whether token ``k`` may be a word of the party named after a member word.

    A unit word of the position lexicon (a party's board or "Partai": "kader DPC Partai X",
    "politikus Dewan Pimpinan Cabang X"), an acronym or a known party ("Gerindra", "F-PKS").
    Not :func:`~beritanlp.rules.officials.lookups.party_token`, which reads a faction's party
    after "Fraksi" or "dari": that one takes the words of parties' full names
    (:data:`~beritanlp.rules.officials.lookups.PARTY_NAME_WORDS`: "Amanat") but no board
    words ("Dewan", "Pimpinan", "Cabang"), so the two accept different words; this one keeps
    what the "yang juga" reading has always accepted.
    """
    return bool(unit_at(ctx, k)) or is_acronym(ctx.tok(k)) or known_party(ctx.norms[k], PARTIES)


def also_holder(ctx: Context, ph: Phrase) -> Candidate | None:
    """The holder of ``ph`` named after "yang juga" and a second post, or None.

    The name must be a PERSON span the NER found, right after the second post (a title the
    patterns pair with it, or a member word and a party's name).
    """
    k = ph.end
    if k + 2 >= ctx.size or tuple(ctx.norms[k : k + 2]) != ALSO_CUE:
        return None
    k += 2
    if ctx.norms[k] in MEMBER_WORDS:
        q, last = k + 1, min(ctx.size, k + 1 + MAX_PARTY_TOKENS)
        while q < last and ctx.cap(q) and member_party_word(ctx, q):
            if ctx.person_at(q) is not None:
                break
            q += 1
        end = ctx.person_at(q) if q > k + 1 else None
        if end is None or ctx.inside_person(q):
            return None
        return make_candidate(ctx, ph, (q, end), gap=False)
    second = phrase_at(ctx, k, allow_lower=False)
    if second is None:
        return None
    cand, _ = pair_phrase(ctx, second, False)
    if cand is None or not ctx.person_overlaps(cand.name_start, cand.name_end):
        return None
    name = token_range(ctx.tok_starts, ctx.tok_ends, (cand.name_start, cand.name_end))
    return make_candidate(ctx, ph, name, gap=False)
