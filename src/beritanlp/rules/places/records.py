"""One record per place from its mentions."""

from __future__ import annotations

from collections.abc import Sequence

from beritanlp.lexicons.regions import Gazetteer
from beritanlp.rules.places.mention import NAMING_BLOCKS, PlaceMention
from beritanlp.text.mojibake import readable
from beritanlp.text.words import LETTERS, shouted


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
        is the fullest mention as written: the longest name (a reported mention or one
        blocked inside an agency or entity name), then the one with its cue ("Kota Bogor"),
        then the first.
    """
    gaz = gazetteer
    groups: dict[str, list[PlaceMention]] = {}
    for m in mentions:
        if m.blocked or m.place is None:
            continue
        groups.setdefault(m.place.kb_id, []).append(m)
    # A place reported at least once is named by its fullest mention anywhere, also one inside
    # an agency or official's title ("Gubernur Sulsel" ... "Pemprov Sulawesi Selatan").
    namers: dict[str, list[PlaceMention]] = {}
    for m in mentions:
        if m.place is None or m.place.kb_id not in groups or m.blocked not in NAMING_BLOCKS:
            continue
        # "Republik Indonesia" inside a ministry's name does not name the country
        if m.blocked is None or m.place.type != "negara":
            namers.setdefault(m.place.kb_id, []).append(m)
    records = []
    for kb_id, group in groups.items():
        best = max(namers[kb_id], key=_fullness)
        place = best.place
        assert place is not None
        records.append({
            "name": readable(best.text),
            "type": place.type,
            "code": place.code,
            "province": gaz.province_of(place),
            "mentions": [[m.start, m.end] for m in group],
        })
    return records


def _fullness(m: PlaceMention) -> tuple[bool, int, int, int, bool, int]:
    """How well a mention names its place: the best first.

    A form not shouted in capitals ("MAKASSAR" in a headline), then the longer name ("Jawa
    Tengah" over "Provinsi Jateng"), then the cue, then a capitalised form over the same words
    with a lowercase cue ("Selat Bengkalis" over "selat Bengkalis"), then earlier.
    """
    return (not shouted(m.text), len(m.name_key), len(LETTERS.findall(m.text)), len(m.text),
            m.text[:1].isupper(), -m.start)
