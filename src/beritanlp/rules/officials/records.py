"""The officials' records: one plain dict per official, in order of first mention."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from beritanlp.rules.officials.coreference import Official
from beritanlp.text.mojibake import readable


def to_records(groups: Sequence[Official]) -> list[dict[str, Any]]:
    """``name``, ``position``, ``jurisdiction`` and ``mentions`` of each official.

    ``mentions`` are ``[start, end]`` character offsets, sorted, with mentions nested in a
    longer one left out; records are sorted by their first mention.
    """
    records = []
    for g in groups:
        best = g.best()
        mentions = drop_nested(sorted(g.mentions))
        records.append(
            {
                "name": readable(g.name()),
                "position": best.position and readable(best.position),
                "jurisdiction": best.jurisdiction and readable(best.jurisdiction),
                "mentions": [list(m) for m in mentions],
            }
        )
    records.sort(key=lambda r: r["mentions"][0][0] if r["mentions"] else 0)
    return records


def drop_nested(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in order, without those that start inside an earlier (longer) one."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans, key=lambda x: (x[0], -x[1])):
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out
