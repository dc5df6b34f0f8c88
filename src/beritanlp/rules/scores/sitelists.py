"""An air level said of a listed group of sites: one grade per site.

"kabut asap mencapai tingkat "sangat tidak sehat" di tiga distrik, Alfa, Beta, dan Gama": the
level is each listed site's, never the state or country named before the list. Pure (no spaCy).
"""

from __future__ import annotations

import re

from beritanlp.rules.scores.cues import CAP
from beritanlp.text.numbers import UNITS
from beritanlp.text.ordinals import alternation

#: How many sites a group counts: a digit, a number word or an indefinite count.
_COUNT = alternation([*(w for w, n in UNITS.items() if n >= 2), "beberapa", "sejumlah"])
#: What a counted group of sites is: "tiga distrik", "beberapa kota", "dua negara bagian".
_SITES = (r"(?:distrik|kota|kabupaten|daerah|wilayah|lokasi|stasiun|titik|kecamatan|provinsi"
          r"|negara[ \t]+bagian)")
#: One listed site's name: up to three capitalised words.
_NAME = rf"{CAP}(?:[ \t]+{CAP}){{0,2}}"
#: Right after the level: "di" (a counted group of sites and a comma or a listing word), then the
#: names, the last joined by "dan"/"serta".
_LISTED_AFTER = re.compile(
    r"[\"”']?[ \t]*di[ \t]+"
    rf"(?:(?:\d+|{_COUNT})[ \t]+{_SITES}[ \t]*(?:,|:)?[ \t]*(?:(?:yaitu|yakni|antara[ \t]+lain)"
    r"[ \t]*,?[ \t]*)?)?"
    rf"(?P<list>{_NAME}(?:[ \t]*,[ \t]*{_NAME})*[ \t]*,?[ \t]+(?:dan|serta)[ \t]+{_NAME})"
    r"(?=[ \t]*(?:[.,;)]|$))")
#: The separators between the listed names.
_SEPARATOR = re.compile(r"[ \t]*,[ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+")


def listed_sites(text: str, end: int, stop: int) -> list[str] | None:
    """The sites listed right after an air level ending at ``end``; ``None`` if no list follows.

    Parameters
    ----------
    text : str
        The article text.
    end : int
        Where the level (the grade's words) ends.
    stop : int
        The end of the level's sentence: the list lies before it.

    Returns
    -------
    list[str] | None
        Each listed site as written, in order (at least two); ``None`` when the level is not
        followed by "di" and a list of names ("di tiga distrik, A, B, dan C", "di A dan B").
    """
    if "di" not in text[end:min(stop, end + 40)]:
        return None
    m = _LISTED_AFTER.match(text, end, stop)
    if m is None:
        return None
    names = [n for n in _SEPARATOR.split(m.group("list")) if n]
    return names if len(names) > 1 else None
