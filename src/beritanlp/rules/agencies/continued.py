"""Names that go on past their bracketed short form ("Komisi Nasional (Komnas) Perempuan").

A definition whose long form stops at the bracket ("Komisi Nasional (Komnas)") is often only
the first part of a name the words after the bracket complete: "Komisi Nasional (Komnas)
Perempuan" is the commission "Komnas Perempuan", not a "Komisi Nasional". The words after
the bracket belong to the name when the short form with them, or the long form with them, is
a name the knowledge base knows ("Komnas Perempuan", "Hubinter Polri", "Divisi Hubungan
Internasional Polri"); the mention then runs from the long form to the last such word, and
the record's name and acronym leave the bracket out (GUIDELINE.md).
"""

from __future__ import annotations

import re

from beritanlp.rules.agencies.candidates import Candidate
from beritanlp.rules.agencies.index import AgencyIndex
from beritanlp.rules.agencies.regions import norm
from beritanlp.text.acronyms import AcronymDefinition

#: The closing bracket after a short form and the name words after it: capitalised words
#: ("Perempuan", "Polri", "UMKM") and "dan" between them ("(Kemenkop) dan UMKM").
_TAIL_WORD = re.compile(r"[ \t]+(?:dan[ \t]+)?[A-Z][A-Za-z0-9-]*")
_CLOSE = re.compile(r"[ \t]*\)")

#: Words after the bracket at most.
_MAX_TAIL = 3


def continued_names(
    text: str,
    definitions: list[AcronymDefinition],
    index: AgencyIndex,
    candidates: list[Candidate],
) -> list[Candidate]:
    """One knowledge-base candidate per definition whose name goes on past its bracket.

    Parameters
    ----------
    text
        The article.
    definitions
        The article's acronym definitions (long form before the bracketed short form).
    index
        The knowledge base's short and full forms.
    candidates
        The candidates so far: one ending where a long form ends and starting before it
        gives the name's start ("Divisi Hubungan Internasional (Hubinter) Polri", whose
        short form spells only "Hubungan Internasional").

    Returns
    -------
    list of Candidate
        Full-name candidates from the long form's start to the last word of the name after
        the bracket, linked to the one knowledge-base body the completed name names.
    """
    out: list[Candidate] = []
    starts: dict[int, int] = {}
    for cand in candidates:
        starts[cand.end] = min(starts.get(cand.end, cand.start), cand.start)
    for d in definitions:
        if d.short_start < d.long_end:
            continue  # "KPK (Komisi ...)": the long form is the bracketed one
        close = _CLOSE.match(text, d.short_end)
        if close is None:
            continue
        ends = _tail_ends(text, close.end())
        for end in reversed(ends):
            tail = " " + " ".join(text[close.end() : end].split())
            start = min(d.long_start, starts.get(d.long_end, d.long_start))
            ids = index.short.get(d.short + tail) or index.full.get(
                norm(text[start : d.long_end] + tail))
            if ids is not None and len(ids) == 1:
                out.append(Candidate(start, end, "kb|" + ids[0], True, ids, priority=2))
                break
    return out


def _tail_ends(text: str, pos: int) -> list[int]:
    """End offsets of the first one, two ... :data:`_MAX_TAIL` name words from ``pos``."""
    ends: list[int] = []
    while len(ends) < _MAX_TAIL:
        m = _TAIL_WORD.match(text, pos)
        if m is None:
            break
        pos = m.end()
        ends.append(pos)
    return ends
