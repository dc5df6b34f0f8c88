"""Merging rule-based spans with what is already in ``doc.ents``.

The rule: a span linked to a knowledge base (``kb_id_`` set) beats any overlapping span that is
not linked; between two linked spans (or two unlinked ones) the longer wins, and on a tie the one
already in ``doc.ents`` stays. Spans that overlap nothing are simply added.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span


def _rank(span: Span) -> tuple[int, int]:
    return (1 if span.kb_id_ else 0, len(span))


def merge_spans(existing: Iterable[Span], new: Iterable[Span]) -> list[Span]:
    """Resolve overlaps between ``existing`` and ``new`` spans by the module's rule.

    Parameters
    ----------
    existing
        Spans already accepted (usually ``doc.ents``); they win ties.
    new
        Candidate spans from a rule or knowledge-base component.

    Returns
    -------
    list of Span
        Non-overlapping spans sorted by start.
    """
    # Order: better rank first; on equal rank, existing before new, then earlier start.
    candidates = [(_rank(s), 0, s) for s in existing] + [(_rank(s), 1, s) for s in new]
    candidates.sort(key=lambda item: (-item[0][0], -item[0][1], item[1], item[2].start))
    taken: set[int] = set()
    kept: list[Span] = []
    for _, _, span in candidates:
        tokens = range(span.start, span.end)
        if any(i in taken for i in tokens):
            continue
        taken.update(tokens)
        kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def merge_into_ents(doc: Doc, spans: Iterable[Span]) -> None:
    """Merge ``spans`` into ``doc.ents`` in place (see :func:`merge_spans`)."""
    doc.ents = merge_spans(doc.ents, spans)
