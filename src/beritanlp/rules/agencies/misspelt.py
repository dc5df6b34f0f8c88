"""A sub-unit's name written with one letter wrong is the article's body spelt right.

"Sekretaris Dinas Lingkunga Hidup" in an article that writes "Dinas Lingkungan Hidup"
elsewhere: a typing slip (a letter dropped, added or changed in its portfolio word, an
ordinary word of the language) makes a generated sub-unit of its own, a second record of the
one office. The slip's mentions take the key of the body spelt right (:func:`join_misspelt`).
Place names are never read as slips: two bodies of places one letter apart stay two.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from beritanlp.rules.agencies.candidates import Candidate

#: Letters of the word a slip is in at least: short words differ by one letter and mean
#: other things ("Komisi I" and "Komisi II", "Kota" and "Koja").
MIN_SLIP_WORD = 6
_LETTERS = re.compile(r"[A-Za-z]+")


def one_edit(a: str, b: str) -> bool:
    """``a`` becomes ``b`` by exactly one insertion, deletion or substitution of a letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    i = next((k for k, (x, y) in enumerate(zip(short, long, strict=False)) if x != y),
             len(short))
    return short[i:] == long[i + 1 :]


def slip_of(
    name: str, other: str, plain: Callable[[str], bool],
    place: Callable[[str], bool] = lambda _: False,
) -> bool:
    """``name`` is ``other`` with one letter wrong in its portfolio word.

    The names have the same words but one, compared case-insensitively; that word is letters
    only, has :data:`MIN_SLIP_WORD` letters or more in both spellings and differs by one edit
    (:func:`one_edit`). Only a unit's own portfolio word may be misspelt: the right spelling
    is an ordinary word of the language and the slip is none (``plain``, the lowercase word:
    "Lingkunga" beside "Lingkungan"; "Pertamanan" beside "Pertanahan" is another office, spelt
    right), and neither spelling is a place (``place``, the word as written: the
    gazetteer's regions, "Garut" is also an ordinary word). Place names, whose letters no
    dictionary checks, are left alone: "Setda Sidomulyo" and "Setda Sidomulya" may be two
    villages' bodies. Numbers and Roman numerals are no slips ("Subdit II", "Subdit III").
    """
    words, others = name.split(), other.split()
    if len(words) != len(others) or len(words) < 2:
        return False
    differ = [(w, o) for w, o in zip(words, others, strict=True) if w.casefold() != o.casefold()]
    if len(differ) != 1:
        return False
    word, theirs = differ[0]
    low, right = word.casefold(), theirs.casefold()
    return (min(len(low), len(right)) >= MIN_SLIP_WORD
            and _LETTERS.fullmatch(low) is not None and _LETTERS.fullmatch(right) is not None
            and one_edit(low, right) and plain(right) and not plain(low)
            and not place(word) and not place(theirs))


def join_misspelt(
    text: str, kept: list[Candidate], plain: Callable[[str], bool],
    place: Callable[[str], bool] = lambda _: False,
) -> dict[str, str]:
    """Give a sub-unit written with a slip the key of the article's body spelt right.

    A sub-unit (``unit|`` key, no knowledge-base link) whose name is another kept mention's
    name with one slip in its portfolio word (:func:`slip_of`, ``plain`` telling ordinary
    words, ``place`` known places) joins that mention's key. Only one such body may be in
    question.

    Returns
    -------
    dict
        Each slip's name (blanks squeezed) and the name spelt right, for :func:`respell`.
    """
    units = [c for c in kept if c.key.startswith("unit|") and not c.kb_ids]
    if not units or len(kept) < 2:
        return {}
    names = {id(c): " ".join(text[c.start : c.end].split()) for c in kept}
    fixes: dict[str, str] = {}
    for cand in units:
        mine = names[id(cand)]
        others = {c.key: c for c in kept
                  if c.key != cand.key and slip_of(mine, names[id(c)], plain, place)}
        if len(others) != 1:
            continue
        key, other = next(iter(others.items()))
        wrong = cand.key
        for same in kept:
            if same.key == wrong:
                same.key = key
                fixes[names[id(same)]] = names[id(other)]
    return fixes


def respell(records: list[dict[str, Any]], fixes: dict[str, str]) -> None:
    """A record named by a slip (the longest mention may be one) takes the right spelling."""
    if not fixes:
        return
    for record in records:
        right = fixes.get(" ".join(record["name"].split()))
        if right is not None:
            record["name"] = right
