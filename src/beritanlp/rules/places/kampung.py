"""Villages named "Kampung X" right before their district: "Kampung Yalomo, Distrik Mabugi".

In Papua, in Siak and in other regencies the village (desa) is officially a *kampung*; elsewhere
"Kampung X" is often a hamlet or a neighbourhood. A "Kampung X" (or "Kp X") is read as a village
only where the address says so: it is written right before a district with its cue
("Kampung Paluh, Kecamatan Mempura"). A hamlet inside a village ("Kampung X, Desa Y")
is not taken. The village keeps its cue in its name, as written; it takes the gazetteer's code
when one village of that name lies in the district.

Elsewhere a "Kampung X" right after a locative or a word for its people ("sampai Kampung
Lio Jaya", "warga Kampung Pulo") is a neighbourhood, an area (``wilayah``) named as written: not
when its name is a village the gazetteer knows (the village rules read those in their
regions), an ordinary word, a class or programme of villages ("Kampung KB", "Kampung
Tangguh": ``village_classes.txt``; "Kampung Keluarga Berkualitas": :data:`PROGRAMME_WORDS`),
an acronym, a name cut off at :data:`_MAX_WORDS` words, or part of a place found already; a
place found inside its name is the neighbourhood's name ("warga Kampung Bali").
"""

from __future__ import annotations

from collections.abc import Sequence

from beritanlp.lexicons.regions import Gazetteer, Place
from beritanlp.lexicons.words import word_list
from beritanlp.rules.places.local import PLACE_LEADS
from beritanlp.rules.places.mention import PlaceMention
from beritanlp.rules.places.shape import ADMIN_WORDS, ORDINARY, joined
from beritanlp.text.words import Words

#: Words that name a village in the regions that call it a kampung.
_KAMPUNG = frozenset({"kampung", "kp"})
_MAX_WORDS = 3
#: Words of the names of government programmes for kampungs, each a class of villages and
#: none of them one ("Kampung Keluarga Berkualitas", the renamed "Kampung KB"; "Kampung
#: Pancasila", "Kampung Restorative Justice", "Kampung Moderasi Beragama", "Kampung Zakat",
#: "Kampung Literasi", "Kampung Bersinar" or "Kampung Bebas Narkoba", "Kampung Tertib Lalu
#: Lintas", "Kampung Statistik", "Kampung Nelayan": a fishermen's kampung, also a programme).
PROGRAMME_WORDS = frozenset({
    "keluarga", "berkualitas", "pancasila", "restorative", "restoratif", "moderasi", "zakat",
    "literasi", "bersinar", "narkoba", "bebas", "tertib", "toleransi", "kerukunan",
    "statistik", "tematik", "nelayan",
})
#: Words after "Kampung" that name a class or programme of villages, not one ("Kampung KB",
#: "Kampung Tangguh", ``lexicons/data/village_classes.txt``; :data:`PROGRAMME_WORDS`), an
#: ordinary word, or make the phrase for one's home ("ke Kampung Halaman").
_NOT_NAMES = (frozenset(word_list("village_classes")) | PROGRAMME_WORDS | ORDINARY
              | ADMIN_WORDS | {"halaman"})
#: Length of the word "Kampung" a neighbourhood's name begins with: a mention found inside
#: it holds the word ("Kampung" read as a place of its own) and leaves the name.
_KAMPUNG_LENGTH = len("Kampung")


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


def kampung_areas(
    text: str, gaz: Gazetteer, words: Words, mentions: Sequence[PlaceMention],
) -> list[PlaceMention]:
    """New "Kampung X" neighbourhoods right after a locative or a resident word (module doc).

    Parameters
    ----------
    text, gaz, words
        The text, the gazetteer and the text's letter words.
    mentions
        The mentions found so far: one holding the word "Kampung" or running on past the name
        leaves it, and so does a village read so elsewhere ("Kampung Olen, Distrik Mabugi ...
        ke Kampung Olen"); one inside its name is swallowed by it (the caller's).

    Returns
    -------
    list of PlaceMention
        The areas (type ``wilayah``, no code), named with their "Kampung".
    """
    if "Kampung" not in text:
        return []
    spans = [(m.start, m.end) for m in mentions]
    villages = {m.text.casefold() for m in mentions}  # "Kampung Olen, Distrik X" read before
    found = []
    for i, low in enumerate(words.lows):
        if low != "kampung" or not words.caps[i] or i == 0 or words.lows[i - 1] not in PLACE_LEADS \
                or words.caps[i - 1] or text[words.ends[i - 1]:words.starts[i]] != " ":
            continue
        n = _name_words(text, words, i + 1)
        if not n:
            continue
        start, end = words.starts[i], words.ends[i + n]
        if any(s < start + _KAMPUNG_LENGTH and start < e or s < end < e for s, e in spans) \
                or text[start:end].casefold() in villages \
                or gaz.desa_places("".join(words.lows[i + 1:i + 1 + n])):
            continue
        place = Place(name=text[start:end], type="wilayah")
        found.append(PlaceMention(start, end, text[start:end], [place], cue_type="wilayah",
                                  name_key="".join(words.lows[i:i + 1 + n]), place=place,
                                  cued=True))
    return found


def _name_words(text: str, words: Words, j: int) -> int:
    """How many capitalised words from ``j`` name a neighbourhood after "Kampung" (0: none).

    A run of capitalised words going on past :data:`_MAX_WORDS` is none: its name would be
    cut ("Kampung Cibeo Girang Hilir Kulon").
    """
    if j >= len(words) or text[words.ends[j - 1]:words.starts[j]] != " ":
        return 0
    n = 0
    while (j + n < len(words) and words.caps[j + n] and joined(text, words, j - 1, n + 2)):
        w = words.texts[j + n]
        if n == _MAX_WORDS or words.lows[j + n] in _NOT_NAMES or w.isupper() or len(w) == 1:
            return 0
        n += 1
    return n
