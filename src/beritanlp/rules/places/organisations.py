"""Places inside the names of clubs and supranational bodies ("AS Roma", "Uni Eropa").

GUIDELINE.md: a place only inside an organisation's or an event's name is no place mention. A
recogniser often misses these names (or tags their place alone), so they are read from how
such names are formed (public naming conventions):

* a European football club's form before its city: "AC Milan", "FC Barcelona", "Real Madrid",
  "Inter Milan", "SSC Napoli"; "AS" is also Amerika Serikat (and "US" the United States), so
  such a form names a club only before a foreign city ("AS Roma"; not "AS China": two
  countries; not "Kedutaan Besar AS Jakarta": an Indonesian city) and then is no country
  either;
* a city before "United" ("Manchester United");
* a union, parliament, commission, council, court, central bank, league or cup of a continent
  ("Uni Eropa", "Parlemen Eropa", "Bank Sentral Eropa", "Piala Asia");
* a cartel named after its home place, the place right after the capitalised head ("Kartel
  Medellin"; not after a cue). Treaties named after a place are read as its mention;
* a students' dormitory named after its residents' home region, where the place it stands
  in follows in the sentence or a short form defines the name ("di Asrama Mahasiswa Maluku,
  Semarang", "Asrama Mahasiswa Maluku (AMM)"); without either the name may be where the
  dormitory stands ("di Asrama Mahasiswa Semarang");
* a state's mission abroad before the state it represents ("Kedutaan Besar Republik
  Indonesia", "Kedubes Australia", "Konsulat Jenderal RI"; the city after it stays: "KBRI
  Kuala Lumpur"). A title of an envoy is no mission: "Duta Besar Malaysia" names the country.

The mentions are blocked as ``organisation`` (they name no place, also not when the place is
reported elsewhere: :data:`~beritanlp.rules.places.mention.NAMING_BLOCKS`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from beritanlp.rules.places.mention import PlaceMention

#: Forms of a club written before its city's name.
CLUB_PREFIXES: tuple[str, ...] = (
    "AC", "FC", "SSC", "CF", "Real", "Atletico", "Atlético", "Inter", "Olympique", "Sporting",
    "Dinamo", "Dynamo", "Borussia", "Stade",
)
#: A club's form that is also a country's short form or another word ("AS": Amerika Serikat):
#: a club only before a foreign city (no Kemendagri code: "AS Roma", not "AS Jakarta").
CITY_ONLY_PREFIXES: tuple[str, ...] = ("AS", "US", "SS", "Racing")
#: Words after a city's name that make it a club's name.
CLUB_SUFFIXES: tuple[str, ...] = ("United",)
#: Heads of supranational bodies and competitions named after a continent.
CONTINENT_HEADS: tuple[str, ...] = (
    "Uni", "Parlemen", "Komisi", "Dewan", "Mahkamah", "Bank Sentral", "Bank Investasi", "Liga",
    "Piala",
)
#: Capitalised heads of crime organisations named after their home place ("Kartel Medellin").
#: Not treaties ("Konvensi Wina", "Perjanjian Paris", "Protokol Kyoto"): the gold of gov_dev
#: tune reads the place a treaty is named after as a mention of the place.
NAMED_AFTER_PLACE_HEADS: tuple[str, ...] = ("Kartel",)
#: Capitalised heads of students' dormitories, named after their residents' home region
#: ("Asrama Mahasiswa Maluku"); not "Asrama Haji": a hajj dormitory is named after where it
#: stands ("Asrama Haji Sudiang").
DORMITORY_HEADS: tuple[str, ...] = (
    "Asrama", "Asrama Mahasiswa", "Asrama Pelajar", "Asrama Putra", "Asrama Putri",
)
#: Heads of a state's missions abroad, written before the state they represent ("Kedutaan
#: Besar Republik Indonesia", "Kedubes AS", "Konsulat Jenderal RI").
MISSION_HEADS: tuple[str, ...] = (
    "Kedutaan Besar", "Kedutaan besar", "Kedutaan", "Kedubes", "Konsulat Jenderal",
    "Konsulat Jendral", "Konsulat", "Konjen",
)
#: Continents (casefolded) such bodies are named after.
CONTINENTS: frozenset[str] = frozenset({"eropa", "asia", "afrika", "amerika"})
#: Place types of a club's city.
_CITY_TYPES = frozenset({"kota"})
#: How far after a dormitory's name the place where it stands may be named ("Asrama
#: Mahasiswa Maluku, Jalan Melati 4, Semarang").
_LOCATION_REACH = 60
#: What ends the stretch in which a dormitory's location is read: a sentence's end.
_STRETCH_END = re.compile(r"[.!?;\n]")
#: Characters before a mention searched for a prefix or a head.
_REACH = 20


def _before(words: Sequence[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})[ \t]+$")


_CLUB_BEFORE = _before(CLUB_PREFIXES)
_CITY_CLUB_BEFORE = _before(CITY_ONLY_PREFIXES)
_CONTINENT_BEFORE = _before(CONTINENT_HEADS)
_NAMED_AFTER_BEFORE = _before(NAMED_AFTER_PLACE_HEADS)
_DORMITORY_BEFORE = _before(DORMITORY_HEADS)
_MISSION_BEFORE = _before(MISSION_HEADS)
_CLUB_AFTER = re.compile(
    r"[ \t]+(?:" + "|".join(re.escape(w) for w in CLUB_SUFFIXES) + r")(?![\w-])"
)


def _located_after(text: str, m: PlaceMention, nxt: PlaceMention | None) -> bool:
    """The name ``m`` ends a dormitory's name that a location or a short form follows.

    "Asrama Mahasiswa Maluku, Semarang", "Asrama Mahasiswa Maluku di Jalan Melati 4
    Semarang", "Asrama Mahasiswa Maluku (AMM)": the dormitory of students from Maluku,
    standing in Semarang; the place named after it in the same sentence is another one.
    Without such a place the name may be the dormitory's own location ("di Asrama Mahasiswa
    Semarang"), a place.
    """
    if text.startswith(" (", m.end):
        return True
    if nxt is None or nxt.start - m.end > _LOCATION_REACH or nxt.text == m.text:
        return False
    return _STRETCH_END.search(text, m.end, nxt.start) is None


def _country(m: PlaceMention) -> bool:
    """Every candidate of ``m`` is a country (a mission's state, not its city)."""
    return not m.cue_type and bool(m.candidates) and all(
        c.type == "negara" for c in m.candidates)


def block_organisation_names(text: str, mentions: Sequence[PlaceMention]) -> None:
    """Block the place mentions that are part of a club's or a supranational body's name.

    ``mentions`` are in text order; a country's short form that is the club's form ("AS" of
    "AS Roma") is blocked with the city after it.
    """
    for k, m in enumerate(mentions):
        lo = max(0, m.start - _REACH)
        if _CLUB_BEFORE.search(text, lo, m.start) or _CLUB_AFTER.match(text, m.end):
            m.blocked = "organisation"
            continue
        if m.text.casefold() in CONTINENTS and _CONTINENT_BEFORE.search(text, lo, m.start):
            m.blocked = "organisation"
            continue
        if not m.cue_type and _NAMED_AFTER_BEFORE.search(text, lo, m.start):
            m.blocked = "organisation"  # "Kartel Medellin": an organisation's name
            continue
        if _country(m) and _MISSION_BEFORE.search(text, lo, m.start):
            m.blocked = "organisation"  # "Kedutaan Besar Republik Indonesia": a mission
            continue
        if not m.cue_type and _DORMITORY_BEFORE.search(text, lo, m.start) \
                and _located_after(text, m, mentions[k + 1] if k + 1 < len(mentions) else None):
            m.blocked = "organisation"  # "Asrama Mahasiswa Maluku, Semarang": a dormitory
            continue
        city = bool(m.candidates) and all(
            c.type in _CITY_TYPES and c.code is None for c in m.candidates
        )  # a foreign city: "AS Jakarta" is the United States and Jakarta
        prefix = _CITY_CLUB_BEFORE.search(text, lo, m.start) if city else None
        if prefix is None:
            continue
        m.blocked = "organisation"
        if k > 0 and mentions[k - 1].start == prefix.start():
            mentions[k - 1].blocked = "organisation"  # "AS" is the club's form, no country
