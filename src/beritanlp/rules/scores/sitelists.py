"""An air level said of a listed group of sites: one grade per site.

"Indeks udara berstatus "tidak sehat" di dua kecamatan, yakni Mawar dan Melati": the level
is each listed site's, never the region named before the list. Every listed
name must be a place mention the caller knows; weekdays, months and data sources never are.
Pure (no spaCy).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from beritanlp.rules.scores.cues import CAP, DAY_WORDS, MONTH_NAMES
from beritanlp.rules.scores.model import SubjectMention
from beritanlp.text.numbers import UNITS
from beritanlp.text.ordinals import alternation

#: How many sites a group counts: a digit, a number word or an indefinite count.
_COUNT = alternation([*(w for w, n in UNITS.items() if n >= 2), "beberapa", "sejumlah"])
#: What a counted group of sites is: "tiga distrik", "beberapa kota", "dua negara bagian".
_SITES = (r"(?:distrik|kota|kabupaten|daerah|wilayah|lokasi|stasiun|titik|kecamatan|provinsi"
          r"|negara[ \t]+bagian)")
#: One listed site's name: up to three capitalised words.
_NAME = rf"{CAP}(?:[ \t]+{CAP}){{0,2}}"
_NAME_RE = re.compile(_NAME)
#: Right after the level: "di" (a counted group of sites and a comma or a listing word), then the
#: names, the last joined by "dan"/"serta".
_LISTED_AFTER = re.compile(
    r"[\"”']?[ \t]*di[ \t]+"
    rf"(?:(?P<count>\d+|{_COUNT})[ \t]+{_SITES}[ \t]*(?:,|:)?[ \t]*(?:(?:yaitu|yakni"
    r"|antara[ \t]+lain)[ \t]*,?[ \t]*)?)?"
    rf"(?P<list>{_NAME}(?:[ \t]*,[ \t]*{_NAME})*[ \t]*,?[ \t]+(?:dan|serta)[ \t]+{_NAME})"
    r"(?=[ \t]*(?:[.,;)]|$))")
#: Words no site's name starts with: days and months.
_TIME_WORDS = frozenset({*(w.casefold() for w in DAY_WORDS),
                         *(w.casefold() for w in MONTH_NAMES)})


def listed_sites(text: str, end: int, stop: int, places: Sequence[SubjectMention],
                 entities: Collection[tuple[int, int]] = ()) -> list[str] | None:
    """The sites listed right after an air level ending at ``end``; ``None`` if no list follows.

    Parameters
    ----------
    text : str
        The article text.
    end : int
        Where the level (the grade's words) ends.
    stop : int
        The end of the level's sentence: the list lies before it.
    places : Sequence[SubjectMention]
        The place mentions of the sentence: every listed name must be (or hold) one, or be one
        of ``entities``.
    entities : Collection[tuple[int, int]]
        Offsets of the text's GPE/LOC entities (places abroad no gazetteer lists).

    Returns
    -------
    list[str] | None
        Each listed site as written, in order (at least two); ``None`` when the level is not
        followed by "di" and a list of known places ("di tiga distrik, A, B, dan C", "di A dan
        B"), when a name is a day or month or no place mention, or when a list with commas
        has no count its names match ("di Kota A, Provinsi P dan Kota B" may be a town and its
        province: left to the caller's reading).
    """
    if "di" not in text[end:min(stop, end + 40)]:
        return None
    m = _LISTED_AFTER.match(text, end, stop)
    if m is None:
        return None
    names = [(n.start(), n.end()) for n in _NAME_RE.finditer(text, m.start("list"), m.end("list"))]
    if len(names) < 2 or not _counted(m.group("count"), len(names), "," in m.group("list")):
        return None
    for start, stop_ in names:
        if text[start:stop_].split()[0].casefold() in _TIME_WORDS:
            return None
        if (start, stop_) not in entities and not any(
                start <= s.start and s.end <= stop_ or s.start <= start and stop_ <= s.end
                for s in places):
            return None  # "di AirVisual dan IQAir": no place the text knows
    return [text[a:b] for a, b in names]


def _counted(count: str | None, n: int, commas: bool) -> bool:
    """Whether a list of ``n`` names fits its count ("tiga distrik, A, B, dan C")."""
    if count is None:
        return not commas  # "di A dan B"; "di A, P dan B" may be a town and its province
    value = int(count) if count.isdigit() else UNITS.get(count.casefold())
    return value is None or value == n  # "beberapa"/"sejumlah": any number
