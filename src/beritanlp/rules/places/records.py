"""One record per place from its mentions."""

from __future__ import annotations

from collections.abc import Sequence

from beritanlp.lexicons.regions import Gazetteer
from beritanlp.rules.places.mention import PlaceMention
from beritanlp.text.words import LETTERS


def place_records(
    mentions: Sequence[PlaceMention], gazetteer: Gazetteer,
) -> list[dict]:
    """Group reported mentions into one record per place.

    Parameters
    ----------
    mentions
        Resolved mentions (blocked ones are skipped).
    gazetteer
        Used to find the province of each place.

    Returns
    -------
    list of dict
        ``{"name", "type", "code", "province", "mentions"}`` in order of first mention; ``name``
        is the fullest mention as written (most words, first on a tie).
    """
    gaz = gazetteer
    groups: dict[str, list[PlaceMention]] = {}
    for m in mentions:
        if m.blocked or m.place is None:
            continue
        groups.setdefault(m.place.kb_id, []).append(m)
    records = []
    for group in groups.values():
        best = max(group, key=lambda m: (len(LETTERS.findall(m.text)), len(m.text), -m.start))
        place = best.place
        assert place is not None
        records.append({
            "name": best.text,
            "type": place.type,
            "code": place.code,
            "province": gaz.province_of(place),
            "mentions": [[m.start, m.end] for m in group],
        })
    return records
