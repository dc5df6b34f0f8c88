"""Agency mention candidates and the longest-first choice between overlapping ones."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class KBHit:
    """A knowledge-base term found in the text.

    Attributes
    ----------
    start, end
        Character offsets.
    kind
        ``"name"``, ``"alias"`` (full forms) or ``"acronym"`` (short form).
    ids
        Agency ids the term can name (more than one when it is ambiguous).
    """

    start: int
    end: int
    kind: str
    ids: tuple[str, ...]


@dataclass
class Mention:
    """One accepted agency mention."""

    start: int
    end: int
    key: str
    full: bool
    kb_id: str | None = None
    nested: bool = False  # inside another mention: a record mention, not a doc.ents span
    text: str = ""


@dataclass
class Candidate:
    """A possible agency mention (knowledge base, definition, pattern or NER) with its key."""

    start: int
    end: int
    key: str
    full: bool
    kb_ids: tuple[str, ...] = ()
    priority: int = 0  # on equal length: KB (2) > definition (1) > pattern/NER (0)
    parents: list[Candidate] = field(default_factory=list)
    copies: int = 1  # the same candidate made by this many definitions of one short form



def choose(candidates: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """Longest-first, non-overlapping selection; returns (kept, contained-in-kept)."""
    order = sorted(candidates, key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    kept: list[Candidate] = []
    inner: list[Candidate] = []
    # Kept spans never overlap, so sorted by start their ends are sorted too: the only kept
    # span that can overlap a candidate on its right is the last one starting before its end.
    # A span containing the candidate (the "inner" case) is then the only overlapping one.
    starts: list[int] = []
    by_start: list[Candidate] = []
    for cand in order:
        if cand.end <= cand.start:  # degenerate: compare with every kept span
            clash = next((k for k in kept if cand.start < k.end and k.start < cand.end), None)
        else:
            i = bisect_left(starts, cand.end) - 1
            clash = by_start[i] if i >= 0 and by_start[i].end > cand.start else None
        if clash is None:
            kept.append(cand)
            if cand.end > cand.start:
                j = bisect_left(starts, cand.start)
                starts.insert(j, cand.start)
                by_start.insert(j, cand)
        elif clash.start < cand.start and cand.end == clash.end:
            # A parent written at the end of a longer name ("Komisi III DPR RI").
            inner.append(cand)
            inner.extend(replace(cand, copies=1) for _ in range(cand.copies - 1))
    kept.sort(key=lambda c: c.start)
    return kept, inner

