"""Tourism destinations listed after their class: "destinasi super prioritas yaitu A, B dan C".

National tourism policy names its priority destinations by the area's name ("Mandalika",
"Likupang", "Bromo-Tengger-Semeru"); the gold files count each listed destination as a place
(type ``wilayah``). A bare name such as "Borobudur" is also a temple, a hotel or a ship, so a
name is read as a destination only inside a list that a destination class and a listing word
open (:data:`_LEAD`): "destinasi (wisata|pariwisata) (super) prioritas|unggulan" and "yaitu",
"yakni", "adalah" or "antara lain", with an optional "di". Each item is a capitalised run of
at most :data:`_MAX_WORDS` words (hyphens join words: "Bromo-Tengger-Semeru"), after an
optional "Destinasi"; what follows an item up to the next list comma or "dan" is its
description ("sebesar Rp5 miliar", "di Jawa Tengah") and is skipped. The list ends at a
sentence's end or after :data:`_MAX_ITEMS` items.

Names already found whole are left as they are; a destination holding shorter names swallows
them (the caller's ``_swallowed``): "Bromo-Tengger-Semeru" is one place, not Bromo and Semeru.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from beritanlp.lexicons.regions import Place, key
from beritanlp.rules.places.mention import PlaceMention

#: A destination class and a listing word: the list starts after it.
_LEAD = re.compile(
    r"\b[Dd]estinasi (?:wisata |pariwisata )?(?:super )?(?:prioritas|unggulan)"
    r"(?: nasional)?,? (?:yaitu|yakni|adalah|antara lain)[:,]? (?:di )?"
)
#: One item: an optional "Destinasi", then a capitalised run (words joined by spaces or hyphens).
_ITEM = re.compile(
    r"(?:Destinasi )?([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3})(?![\w-])"
)
#: What separates two items: a comma and a space (not a decimal comma), or "dan"/"serta".
_SEPARATOR = re.compile(r",(?: dan| serta)? | dan | serta ")
#: Where a list stops: a sentence's end (a stop before a space, a comma-joined paragraph or
#: the text's end) or a quote.
_STOP = re.compile(r"\.(?:\s|,|\Z)|[\"“”]")
_MAX_ITEMS = 12
_MAX_WORDS = 4
#: Capitalised words that start no destination's name.
_NOT_NAMES = frozenset({"rp", "program", "kawasan", "pemerintah", "kementerian", "tahun"})


def destination_places(text: str, mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """Destinations listed after a destination class that no mention already names whole.

    Parameters
    ----------
    text
        The article text.
    mentions
        The mentions found so far (an item with exactly their span is left to them).

    Returns
    -------
    list of PlaceMention
        One ``wilayah`` mention per new listed name, in text order.
    """
    if "estinasi " not in text:
        return []
    taken = {(m.start, m.end) for m in mentions}
    found = []
    for lead in _LEAD.finditer(text):
        for start, end in _items(text, lead.end()):
            if (start, end) in taken:
                continue
            name = text[start:end]
            place = Place(name=name, type="wilayah")
            found.append(PlaceMention(start, end, name, [place], cue_type="wilayah",
                                      name_key=key(name), place=place))
            taken.add((start, end))
    return found


def _items(text: str, pos: int) -> list[tuple[int, int]]:
    """The spans of the listed names from ``pos`` to the list's end."""
    stop = _STOP.search(text, pos)
    end = stop.start() if stop else len(text)
    spans: list[tuple[int, int]] = []
    while pos < end and len(spans) < _MAX_ITEMS:
        item = _ITEM.match(text, pos)
        if item is None or item.end() > end or item.group(1).split()[0].casefold() in _NOT_NAMES:
            break
        spans.append(item.span(1))
        sep = _SEPARATOR.search(text, item.end(), end)
        if sep is None:
            break
        pos = sep.end()
    return spans
