"""Agency names whose coordinated portfolio words are written in another order.

"Kementerian Perikanan dan Kelautan" is the knowledge base's "Kementerian Kelautan dan
Perikanan": :func:`portfolio_key` ignores the order of the members of a coordinated list after
the institution head, and :func:`extend_permuted` links a candidate (also one cut before its
"dan ..." tail: "Kementerian Kehutanan dan Lingkungan Hidup") to the one agency with that key.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from beritanlp.rules.agencies.candidates import Candidate
from beritanlp.rules.agencies.regions import norm
from beritanlp.rules.agencies.vocab import INSTITUTION_HEADS

#: An institution head at the start of a name, longest first ("Kementerian Koordinator").
_HEAD_START = re.compile(
    "(?:" + "|".join(re.escape(h) for h in sorted(INSTITUTION_HEADS, key=len, reverse=True))
    + r")(?![\w-])"
)
#: What separates the members of a coordinated portfolio: a comma (and "dan"/"serta" after
#: it), "dan", "serta", "&".
_MEMBER_SEPARATOR = re.compile(r"[ \t]*,[ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t]+(?:dan|serta|&)[ \t]+")


def portfolio_key(name: str) -> str | None:
    """A key of ``name`` that ignores the order of its coordinated portfolio words, or None.

    "Kementerian Kelautan dan Perikanan" and "Kementerian Perikanan dan Kelautan" share the
    key ``kementerian|kelautan|perikanan``: the institution head, then the members of the list
    after it, sorted. None for a name without a head or with fewer than two members.
    """
    head = _HEAD_START.match(name)
    if head is None:
        return None
    members = [norm(m) for m in _MEMBER_SEPARATOR.split(name[head.end() :].strip())]
    if len(members) < 2 or not all(members):
        return None
    return "|".join([norm(head.group(0)), *sorted(members)])


#: A coordinated tail after a name: ", X" members closed by "dan"/"serta"/"&" and the last
#: member (capitalised words).
_TAIL = re.compile(
    r"(?:[ \t]*,[ \t]*[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*)*"
    r"[ \t]*,?[ \t]+(?:dan|serta|&)[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*"
)
#: Most words a permuted name's tail may have.
MAX_TAIL_WORDS = 8
#: Characters after a name read for its tail (keeps a long capitalised run linear).
MAX_TAIL_CHARS = 160


def permuted_ids(
    permuted: Mapping[str, tuple[str, ...]], name: str
) -> tuple[str, ...] | None:
    """The one agency whose name has the words of ``name``'s portfolio in another order."""
    key = portfolio_key(name)
    ids = permuted.get(key) if key is not None else None
    return ids if ids is not None and len(ids) == 1 else None


def extend_permuted(
    text: str, candidates: Sequence[Candidate], permuted: Mapping[str, tuple[str, ...]]
) -> None:
    """Link full-name candidates whose name, or name and coordinated tail, is a permuted KB name.

    "Kementerian Perikanan dan Kelautan" (a candidate no KB name matched) links to KKP; a KB
    hit "Kementerian Kehutanan" followed by "dan Lingkungan Hidup" grows into the permuted name
    of the ministry of "Lingkungan Hidup dan Kehutanan". The longest tail that gives a key of
    exactly one agency wins; a tail member with an institution head of its own is a second
    body, whose key matches nothing.
    """
    for cand in candidates:
        if not cand.full:
            continue
        found = _longest_permuted(text, cand, permuted)
        if found is not None:
            cand.end, cand.kb_ids = found
            cand.key, cand.priority = "kb|" + found[1][0], 2


def _longest_permuted(
    text: str, cand: Candidate, permuted: Mapping[str, tuple[str, ...]]
) -> tuple[int, tuple[str, ...]] | None:
    """The end and ids of the longest permuted name from ``cand``'s start, or None."""
    ends = [cand.end]
    tail = _TAIL.match(text, cand.end, cand.end + MAX_TAIL_CHARS)
    if tail is not None:
        words = list(re.finditer(r"[\w-]+", text[cand.end : tail.end()]))
        ends += [cand.end + w.end() for w in words[:MAX_TAIL_WORDS]]
    for end in sorted(set(ends), reverse=True):
        if end == cand.end and cand.kb_ids:
            return None  # the candidate's own name is in the knowledge base
        ids = permuted_ids(permuted, text[cand.start : end])
        if ids is not None and (end > cand.end or not cand.kb_ids):
            return end, ids
    return None
