"""A deputy named right after the head of the same region takes the head's region.

"Bupati Sukamaju Budi Santoso dan Wakil Bupati Ani Lestari": the deputy's title names no
region, but the pair is the regency's head and deputy, so the deputy's jurisdiction is the
head's ("Sukamaju"). Only a deputy joined to the head's name by "dan", "serta" or a comma, and
only for the posts of a regional head (Gubernur, Bupati, Wali Kota), acting ones included
("Plt Bupati", "Pj Gubernur").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from beritanlp.rules.officials.candidates import Candidate

#: Regional heads (casefolded, spaces removed) whose deputy is "Wakil" + the head.
_REGIONAL_HEADS = frozenset({"gubernur", "bupati", "walikota"})
#: What may stand between the head's name and the deputy's title.
_JOIN = re.compile(r"[ \t]*(?:,[ \t]*)?(?:(?:dan|serta)[ \t]+)?(?:juga[ \t]+)?")


#: An acting head's prefix, once casefolded and unspaced ("Plt Bupati", "Pj. Gubernur").
_ACTING = re.compile(r"(?:plt\.?|pj\.?|penjabat|pelaksanatugas)(?=gubernur|bupati|walikota)")


def _head(position: str) -> str:
    """The post's key: casefolded, without spaces, hyphens or an acting prefix.

    "Wali Kota" and "Wali-Kota" both give "walikota"; "Plt Bupati", "Pj. Bupati" and
    "Penjabat Bupati" give "bupati", so an acting head's deputy shares the region too.
    """
    key = position.casefold().replace(" ", "").replace("-", "")
    return _ACTING.sub("", key, count=1) if key[:1] == "p" else key


def share_region(text: str, cands: Sequence[Candidate]) -> list[Candidate]:
    """Candidates with each deputy named right after its head given the head's jurisdiction.

    Parameters
    ----------
    text
        The article.
    cands
        The candidates in text order.

    Returns
    -------
    list of Candidate
        The same candidates, a deputy's replaced by one with the head's jurisdiction and key.
    """
    out = list(cands)
    by_name_end = {c.name_end: c for c in cands if c.jurisdiction}
    for k, cand in enumerate(out):
        if cand.jurisdiction is not None:
            continue
        head = _head(cand.position)
        if not head.startswith("wakil") or head[5:] not in _REGIONAL_HEADS:
            continue
        start = cand.title_span[0]
        prev = _head_before(text, start, by_name_end)
        if prev is None or prev.jurisdiction is None or _head(prev.position) != head[5:]:
            continue
        key = (cand.key[0], prev.jurisdiction.casefold().replace(" ", ""))
        out[k] = replace(cand, jurisdiction=prev.jurisdiction, key=key)
    return out


def _head_before(text: str, start: int, by_name_end: dict[int, Candidate]) -> Candidate | None:
    """The candidate whose name ends right before ``start``, past a join ("A dan Wakil ...")."""
    lo = max(0, start - 16)
    for end in range(start - 1, lo - 1, -1):
        cand = by_name_end.get(end)
        if cand is not None and _JOIN.fullmatch(text, end, start):
            return cand
    return None
