"""The officials rules' gate for monarchs' heads ("Raja", "Ratu", "Emir", "Putra Mahkota").

These heads (records gated ``"monarch"`` in the position lexicon) also begin Indonesian and Malay
names ("Raja Juli") and things' names ("Kapal Ratu Rosari II"), so they are a position only
before a country, a regnal name or a royal name (:func:`monarch_gate`, read by
:meth:`~beritanlp.rules.officials.context.Context.lexicon_at`).
"""

from __future__ import annotations

from collections.abc import Sequence

from beritanlp.rules.officials.tables import PlaceLookup
from beritanlp.rules.officials.tokens import ROMAN, Tok
from beritanlp.rules.officials.vocab import KINGDOM_WORDS, NAMED_THING_WORDS, PATRONYMICS


def monarch_gate(
    toks: Sequence[Tok], norms: Sequence[str], gazetteer: PlaceLookup, head: int, i: int
) -> bool:
    """Tell whether the monarch's head at token ``head`` (its words ending before ``i``) holds.

    Not after a thing's word ("Kapal Ratu Rosari II", "Jalan Raja Ali Haji"); else where
    :func:`monarch_follows` says so.
    """
    if head > 0 and norms[head - 1] in NAMED_THING_WORDS:
        return False  # "Kapal Ratu Rosari II", "Jalan Raja Ali Haji": a thing's name
    return monarch_follows(toks, norms, gazetteer, head, i)


def monarch_follows(
    toks: Sequence[Tok], norms: Sequence[str], gazetteer: PlaceLookup, head: int, i: int
) -> bool:
    """Tell whether a monarch's country or royal name begins at token ``i``.

    ``head`` is the monarch's head word before it. A country, maybe after "Kerajaan"
    ("Raja Yordania", "Putra Mahkota Kerajaan Yordania"), a regnal name ending in a numeral
    past "I" ("Ratu Elizabeth II"), or a royal name with a patronymic ("Putra Mahkota Faisal
    Bin Musa"). After "Raja", "Ratu", "Emir" or "Kaisar", which also begin Indonesian and
    Malay names ("terdakwa Raja Amir bin Usman"), a patronymic is royal only in a sentence
    naming a foreign country or a kingdom (:func:`royal_sentence`).
    """
    size = len(toks)
    if country_at(toks, gazetteer, i + 1 if i < size and norms[i] in KINGDOM_WORDS else i):
        return True
    for k in range(i, min(i + 5, size)):
        t = toks[k]
        if k > i and t.text != "I" and ROMAN.fullmatch(t.text):
            return True
        if k > i and t.norm in PATRONYMICS:
            return norms[head] == "putra" or royal_sentence(toks, norms, gazetteer, head)
        if not (t.is_word and t.cap) or ROMAN.fullmatch(t.text):
            return False
    return False


def country_at(
    toks: Sequence[Tok], gazetteer: PlaceLookup, start: int, foreign: bool = False
) -> bool:
    """Tell whether one to three capitalised words at ``start`` name a country.

    With ``foreign``, Indonesia ("RI", "Republik Indonesia") does not count.
    """
    for n in range(min(3, len(toks) - start), 0, -1):
        words = toks[start : start + n]
        if all(t.is_word and t.cap for t in words):
            name = " ".join(t.text for t in words)
            if any(
                e.type == "negara" and not (foreign and e.name == "Indonesia")
                for e in gazetteer.lookup(name)
            ):
                return True
    return False


def royal_sentence(
    toks: Sequence[Tok], norms: Sequence[str], gazetteer: PlaceLookup, i: int
) -> bool:
    """Tell whether the sentence of token ``i`` names a foreign country or a kingdom word."""
    size = len(toks)
    a = i
    while a > 0 and not toks[a].sent_start:
        a -= 1
    b = i + 1
    while b < size and not toks[b].sent_start:
        b += 1
    return any(
        norms[k] in KINGDOM_WORDS or (toks[k].cap and country_at(toks, gazetteer, k, True))
        for k in range(a, b)
    )
