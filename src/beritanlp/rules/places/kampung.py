"""Villages named "Kampung X" right before their district: "Kampung Yalomo, Distrik Mabugi".

In Papua, in Siak and in other regencies the village (desa) is officially a *kampung*; elsewhere
"Kampung X" is often a hamlet or a neighbourhood. A "Kampung X" (or "Kp X") is read as a village
only where the address says so: it is written right before a district with its cue
("Kampung Paluh, Kecamatan Mempura"). A hamlet inside a village ("Kampung X, Desa Y")
is not taken. The village keeps its cue in its name, as written; it takes the gazetteer's code
when one village of that name lies in the district.
"""

from __future__ import annotations

from collections.abc import Sequence

from beritanlp.lexicons.regions import Gazetteer, Place
from beritanlp.rules.places.mention import PlaceMention
from beritanlp.rules.places.shape import ADMIN_WORDS, ORDINARY, joined
from beritanlp.text.words import Words

#: Words that name a village in the regions that call it a kampung.
_KAMPUNG = frozenset({"kampung", "kp"})
_MAX_WORDS = 3


def kampung_villages(
    text: str, gaz: Gazetteer, words: Words, mentions: Sequence[PlaceMention],
) -> list[PlaceMention]:
    """New "Kampung X" village mentions written before a cued district (module docstring).

    Parameters
    ----------
    text, gaz, words
        The text, the gazetteer and the text's letter words.
    mentions
        The mentions found so far: the cued districts that follow a village.

    Returns
    -------
    list of PlaceMention
        The villages, resolved (a code only when one village of the name lies in the district).
    """
    if "Kampung" not in text and "Kp" not in text:
        return []
    districts = {m.start: m for m in mentions if m.cued and m.cue_type == "kecamatan"}
    if not districts:
        return []
    found = []
    for i, low in enumerate(words.lows):
        if low not in _KAMPUNG or not words.caps[i]:
            continue
        hit = _village_at(text, gaz, words, i, districts)
        if hit is not None:
            found.append(hit)
    return found


def _village_at(
    text: str, gaz: Gazetteer, words: Words, i: int, districts: dict[int, PlaceMention],
) -> PlaceMention | None:
    """The village named from the cue at word ``i`` when a cued district follows it."""
    j = i + 1
    if j >= len(words) or text[words.ends[i]:words.starts[j]] not in {" ", ". "}:
        return None
    n = 0
    while (n < _MAX_WORDS and j + n < len(words) and words.caps[j + n]
           and words.lows[j + n] not in ORDINARY and words.lows[j + n] not in ADMIN_WORDS
           and joined(text, words, j, n + 1)):
        n += 1
    if n == 0 or j + n >= len(words):
        return None
    end = words.ends[j + n - 1]
    district = districts.get(words.starts[j + n])
    if district is None or text[end:district.start] != ", ":
        return None
    name_key = "".join(words.lows[j:j + n])
    codes = [c.code for c in district.candidates if c.code]
    known = [p for p in gaz.desa_places(name_key)
             if p.code and any(p.code.startswith(c + ".") for c in codes)]
    start = words.starts[i]
    place = known[0] if len(known) == 1 else Place(name=text[start:end], type="desa")
    return PlaceMention(start, end, text[start:end], [place], cue_type="desa",
                        name_key=name_key, place=place, cued=True)
