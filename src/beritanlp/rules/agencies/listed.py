"""Health centres named together in a list: one known place names them all.

A health centre ("Puskesmas X") is an agency only with a place's name after it: "Puskesmas
Ramah Anak" is a programme. Centres are often named after a neighbourhood the gazetteer does
not know ("Puskesmas Gang Sehat", "Puskesmas Perumnas I"). Where several are listed with the
same word ("Puskesmas A, Puskesmas B dan Puskesmas C") and one of them is named by a known
place, the list names centres, and each takes the capitalised words after its head as its
name (also a Roman numeral or a number: "Perumnas I"), up to a stop word or a day's name
("Puskesmas A Senin; Puskesmas B Selasa": a schedule, the days no part of the names).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from beritanlp.rules.agencies.candidates import Candidate, KBHit

#: The capitalised words (or a numeral) after a centre's head, up to a comma, "dan" or a stop.
_NAME_RUN = re.compile(r"(?:[ \t]+(?:[A-Z][\w'-]*|[IVX]+\b|\d+\b))+")
#: One word of a name run.
_RUN_WORD = re.compile(r"\S+")
#: What joins two items of a list: a comma or a semicolon ("Puskesmas A; Puskesmas B; dan
#: Puskesmas C"), or "dan"/"serta".
_LIST_JOIN = re.compile(r"(?:[ \t]*[,;][ \t]*(?:dan[ \t]+|serta[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+)")
#: Items of a list at least.
MIN_LIST = 2


def listed_centres(
    text: str,
    hits: Sequence[KBHit],
    candidates: list[Candidate],
    place_named: Callable[[KBHit], bool],
    key: Callable[[str], str],
    stops: Collection[str],
) -> list[Candidate]:
    """The candidates with every health centre of a list that one known place names.

    Parameters
    ----------
    text
        The article.
    hits
        The knowledge-base hits; ``place_named`` tells those of place-named units.
    candidates
        The knowledge-base candidates (a centre named by a known place is among them, keyed
        ``kb|<id>|<region>``).
    place_named
        Tells whether a hit names units that are agencies only with a place.
    key
        Normalises a centre's name (a region phrase) for its key
        (:meth:`~beritanlp.rules.agencies.regions.RegionNames.key`).
    stops
        Capitalised words that end a name (stop words, days: :data:`~beritanlp.rules.agencies.
        vocab.STOP_WORDS`).

    Returns
    -------
    list of Candidate
        ``candidates`` without the centres of such a list, and each listed centre once with
        its whole name.
    """
    centres = sorted((h for h in hits if place_named(h)), key=lambda h: h.start)
    if len(centres) < MIN_LIST:
        return candidates
    by_start = {c.start: c for c in candidates if c.kb_ids and c.key.count("|") == 2}
    added: list[Candidate] = []
    for chain in _chains(text, centres, stops):
        if len(chain) < MIN_LIST or not any(h.start in by_start for h, _ in chain):
            continue
        for hit, end in chain:
            name = text[hit.end : end].strip()
            added.append(Candidate(hit.start, end, f"kb|{hit.ids[0]}|{key(name)}", True,
                                   hit.ids, priority=2))
    if not added:
        return candidates
    taken = {c.start for c in added}
    return [c for c in candidates if c.start not in taken] + added


def _chains(
    text: str, centres: Sequence[KBHit], stops: Collection[str]
) -> list[list[tuple[KBHit, int]]]:
    """The centres grouped into lists: each with the end of its name (the head alone: none)."""
    chains: list[list[tuple[KBHit, int]]] = []
    last_end = -1
    for hit in centres:
        end = _name_end(text, hit.end, stops)
        if end is None:
            last_end = -1
            continue
        joined = last_end >= 0 and _LIST_JOIN.fullmatch(text, last_end, hit.start) is not None
        if joined:
            chains[-1].append((hit, end))
        else:
            chains.append([(hit, end)])
        last_end = end
    return chains


def _name_end(text: str, start: int, stops: Collection[str]) -> int | None:
    """End of the name run after a centre's head at ``start``, before a stop word; None if none.

    "Puskesmas A Senin; Puskesmas B Selasa": the run ends before the day, and a day between
    two centres is no join of a list, so such centres are not read as one list.
    """
    run = _NAME_RUN.match(text, start)
    if run is None:
        return None
    end = start
    for word in _RUN_WORD.finditer(text, start, run.end()):
        if word.group() in stops:
            break
        end = word.end()
    return end if end > start else None
