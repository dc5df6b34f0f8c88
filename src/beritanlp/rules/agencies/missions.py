"""Diplomatic missions: embassies and consulates named with the place they serve.

Indonesia's missions abroad are public institutions of the foreign ministry ("KBRI Kuala
Lumpur", "KJRI Jeddah", "Kedutaan Besar RI untuk Korea Selatan"); a foreign state's embassy is a
body of that state ("Kedubes Jepang", "Kedutaan Besar Amerika Serikat"), as other foreign
government bodies are. A mission is one agency per place: the head alone ("KBRI") names no
particular one and is left out.
"""

from __future__ import annotations

import re

from beritanlp.lexicons.agencies import MISSION_SHORT_BRACKET
from beritanlp.rules.agencies.candidates import Candidate
from beritanlp.rules.agencies.regions import RegionNames, norm

#: Heads of Indonesia's own missions: short forms (the place follows directly) and full forms
#: (the place may follow "untuk" or "di": "Kedutaan Besar RI untuk Korea Selatan").
_OWN_HEAD = re.compile(
    r"\b(?:(KBRI|KJRI|KDEI|Kedubes[ \t]+(?:RI|Indonesia))"
    r"|((?:Kedutaan[ \t]+Besar|Konsulat(?:[ \t]+Jenderal)?)[ \t]+"
    r"(?:Republik[ \t]+Indonesia|RI|Indonesia)))(?![\w-])"
)
#: Heads of a foreign state's embassy, the country right after them ("Kedubes Jepang").
_FOREIGN_HEAD = re.compile(r"\b(Kedubes|Kedutaan[ \t]+Besar)(?=[ \t]+[A-Z])")
_LINK = re.compile(r"[ \t]+(?:untuk|di)(?=[ \t]+[A-Z])")
#: A mission's own short form in brackets after its full head: "Kedutaan Besar Republik
#: Indonesia (KBRI) di Kuala Lumpur", "Kedutaan Besar Amerika Serikat (Kedubes AS)". Only a
#: mission's short form: "(Selasa)" after a head is no part of its name.
_SHORT_BRACKET = re.compile(r"[ \t]*" + MISSION_SHORT_BRACKET)
#: A link word after a mission's short form at the start of an acronym ("KBRI di Kuala Lumpur").
_SHORT_LINK = re.compile(r"\A((?:KBRI|KJRI|KDEI|Kedubes|Konjen)\b[^ ]*)[ \t]+(?:di|untuk)[ \t]+")
_PLACE_WORDS = re.compile(r"[ \t]+([A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,2})")
_WORD = re.compile(r"[^ \t]+")
#: Literals one of which any mission name holds (a cheap guard before the patterns).
_GUARD = ("KBRI", "KJRI", "KDEI", "Kedubes", "Kedutaan", "Konsulat")


def _place_after(text: str, pos: int, regions: RegionNames, seen: dict[str, int]) -> int | None:
    """End of a known place (a city, region or country) written right after ``pos``.

    ``seen`` holds the answers of earlier calls (how many of the words name the place, 0 for
    none), so a long run of mission heads ("KBRI KBRI ...") looks each phrase up once.
    """
    match = _PLACE_WORDS.match(text, pos)
    if match is None:
        return None
    words = list(_WORD.finditer(text, match.start(1), match.end(1)))
    phrase = " ".join(w.group() for w in words)
    if phrase not in seen:
        seen[phrase] = _place_words(words, regions)
    n = seen[phrase]
    if not n:
        return None
    # The end is the nth word's own (the words may be apart by more than one space).
    last = words[n - 1]
    return last.start() + len(last.group().rstrip("."))


def _place_words(words: list[re.Match[str]], regions: RegionNames) -> int:
    """How many of the leading ``words`` name a known place, the longest first (0: none)."""
    for n in range(len(words), 0, -1):
        if regions.gazetteer.lookup(" ".join(w.group() for w in words[:n]).rstrip(".")):
            return n
    return 0


def mission_candidates(text: str, regions: RegionNames) -> list[Candidate]:
    """Embassies and consulates with their place: "KBRI Seoul", "Kedutaan Besar RI di Tokyo".

    The key is the kind of mission and the place, so "KBRI Kuala Lumpur" and "KBRI di Kuala
    Lumpur" are one agency. A short form takes its place directly after it; "di"/"untuk" before
    the place belong to full forms only ("KBRI di Kuala Lumpur": the office's location, and the
    city stays a place of its own). A foreign embassy is "Kedubes"/"Kedutaan Besar" and a
    foreign country.
    """
    if not any(word in text for word in _GUARD):
        return []
    found: list[Candidate] = []
    seen: dict[str, int] = {}
    for m in _OWN_HEAD.finditer(text):
        short = m.group(1) is not None
        bracket = None if short else _SHORT_BRACKET.match(text, m.end())
        pos = bracket.end() if bracket else m.end()
        link = None if short else _LINK.match(text, pos)
        end = _place_after(text, link.end() if link else pos, regions, seen)
        if end is None:
            continue
        kind = "kjri" if re.match(r"KJRI|Konsulat", m.group(0)) else "kbri"
        place = norm(text[(link.end() if link else pos) : end])
        found.append(Candidate(m.start(), end, f"mission|{kind}|{place}", not short))
    for m in _FOREIGN_HEAD.finditer(text):
        end = regions.country_after(text, m.end())
        if end is None:
            continue
        country = norm(text[m.end() : end])
        full = m.group(1) != "Kedubes"
        bracket = _SHORT_BRACKET.match(text, end) if full else None
        end = bracket.end() if bracket else end  # "Kedutaan Besar Jepang (Kedubes Jepang)"
        found.append(Candidate(m.start(), end, f"mission|{country}", full))
    return found


def mission_acronym(acronym: str) -> str:
    """A mission's acronym written as its short form and its place ("KBRI Kuala Lumpur").

    The acronym of "Kedutaan Besar Republik Indonesia (KBRI) di Kuala Lumpur" is the short form
    and the words after the bracket; a short form takes its place directly (as in "KBRI Kuala
    Lumpur" written out), so the "di"/"untuk" of the full name stays out. Other acronyms are
    returned as they are.
    """
    return _SHORT_LINK.sub(r"\1 ", acronym, count=1)
