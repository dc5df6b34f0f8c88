"""Places abroad the gazetteer lacks, written before their country: "di Kotte, Sri Lanka".

The gazetteer knows Indonesia's regions down to the village, but of other countries only
their capitals, larger cities and states. An address abroad is written like one at home, the
smaller place first and its country (or a state or city of it) after a comma: "sekolah di
Headington, Oxford, Inggris". Walking back from a foreign place over such ", "-joined
capitalised names, every name the gazetteer does not know is a ``wilayah`` named as
written, when

* the chain begins right after a locative (:data:`LEADS`: "di", "ke", "dari" ...; written
  "Di" only when it opens a sentence: "... itu. Di Harlow, Essex"), so a
  speaker ("kata Tanaka, Jepang"), a person's origin ("negara asal Zakir, India") or a list
  of names is no address;
* each name is one to :data:`_MAX_WORDS` capitalised words joined by single spaces or
  hyphens, none an ordinary word (stop words, days, months), a word that describes or points
  (``lexicons/data/not_area.txt``), a venue, street, agency or administrative word, or an
  acronym in capitals (:data:`_FOREIGN_VENUES` adds the English words of venues and streets
  abroad), and it is not the tail of a longer capitalised name;
* the chain ends in a country other than Indonesia or a state of the foreign tables (not a
  region of Indonesia; a known city may stand inside the chain but not end it), which is not
  itself blocked and which ends the address (``shape.ends_address``: a comma, a full stop,
  a day or a date follows, not a lowercase word of a new clause: "Belajar dari Messi,
  Argentina akhirnya juara");
* after "dari" or "ke" (:data:`_WEAK_LEADS`) a single name before the country is too weak
  (a club, a person: "dipinjam dari Urawa Reds, Jepang"): a second link is needed;
* the name is not a span the recogniser calls a person or an organisation.

A name already found as a place, or ending in a known name ("Negara Bagian Sarawak"), stays
as found and the chain goes on past it; a feature's cue alone ("di Teluk, UEA ...": the Gulf)
ends it.
"""

from __future__ import annotations

from collections.abc import Sequence

from beritanlp.lexicons.regions import Gazetteer, Place, key
from beritanlp.lexicons.words import word_list
from beritanlp.rules.places.mention import PlaceMention
from beritanlp.rules.places.shape import (
    ADMIN_WORDS,
    AGENCY_WORDS,
    INDONESIA,
    LOCATOR_WORDS,
    ORDINARY,
    SENTENCE_BREAK,
    STREET_WORDS,
    VENUE_WORDS,
    ends_address,
    joined,
)
from beritanlp.text.words import Words

#: Lowercase words after which an address begins.
LEADS = frozenset({"di", "ke", "dari", "menuju", "sekitar", "dekat"})
_MAX_WORDS = 3
_MAX_LINKS = 3
#: Words of venues, streets and events abroad, often named in English ("Nguyen Du Club",
#: "Azadi Sport Complex", "Avenue Foch"), beside the Indonesian venue words.
_FOREIGN_VENUES = frozenset({
    "club", "complex", "stadium", "avenue", "street", "road", "boulevard", "lane",
    "garden", "gardens", "building", "theatre", "theater", "church", "cathedral", "mosque",
    "palace", "station", "bridge", "market", "court", "house", "studio", "studios", "gallery",
    "zoo", "village", "campus", "dome", "pavilion", "circuit",
    "st", "rd", "ave", "motorland", "messe", "camp",
    # events held there ("Boys Elite, Myanmar")
    "open", "games", "championship", "championships", "elite", "boys",
    "girls", "league", "series", "tour", "summit", "forum", "week", "show",
    # Indonesian event words and venue words abroad in other languages
    "turnamen", "kejuaraan", "olimpiade", "kongres", "konferensi", "ktt", "pameran",
    "estadio", "stadio", "stade", "klinik", "universitet", "universidad", "universita",
})
_EXCLUDED = (frozenset(w.casefold() for w in word_list("not_area")) | VENUE_WORDS
             | STREET_WORDS | LOCATOR_WORDS | AGENCY_WORDS | ADMIN_WORDS | ORDINARY
             | _FOREIGN_VENUES)
#: Leads after which a single name before the country is weak evidence ("dukungan dari
#: Putin, Iran ...", "dipinjam dari Urawa Reds, Jepang"): a second link is needed.
_WEAK_LEADS = frozenset({"dari", "ke"})


def places_abroad(
    text: str, gaz: Gazetteer, words: Words, mentions: Sequence[PlaceMention],
    name_spans: Sequence[tuple[int, int]] = (),
) -> list[PlaceMention]:
    """Unknown places written before a foreign place after a comma (see the module docstring).

    Parameters
    ----------
    text
        The article text.
    gaz
        The lookup tables.
    words
        The text's letter words.
    mentions
        The mentions found so far (their candidates, not yet resolved).
    name_spans
        Spans the recogniser calls a person or organisation: a name equal to one is no place
        ("bekerja di Samsung Electronics, Korea Selatan").

    Returns
    -------
    list of PlaceMention
        New ``wilayah`` mentions, in no particular order.
    """
    ends = [m for m in mentions if m.blocked is None and _abroad(gaz, m.candidates)
            and ends_address(text, m.end)]
    if not ends:
        return []
    by_start = dict(zip(words.starts, range(len(words)), strict=True))
    starts = {m.start for m in mentions}
    names = set(name_spans)
    found: dict[int, PlaceMention] = {}
    for m in ends:
        idx = by_start.get(m.start)
        if idx is None:
            continue
        for mention in _chain(text, gaz, words, idx, starts):
            if (mention.start, mention.end) not in names:
                found.setdefault(mention.start, mention)
    return list(found.values())


def _abroad(gaz: Gazetteer, cands: Sequence[Place]) -> bool:
    """Every candidate is a foreign country, or a state of the foreign tables.

    Not a city: a city ends more than addresses ("kalah dari Udinese, Milan menang ...": a
    club, and the city's club); an address's city stands inside the chain, before its
    country or state ("di Headington, Oxford, Inggris").
    """
    if not cands:
        return False
    for c in cands:
        if c.type == "negara" and key(c.name) not in INDONESIA:
            continue
        if c.type == "provinsi" and c.code is None and c in gaz.index.get(key(c.name), ()):
            continue
        return False
    return True


def _chain(
    text: str, gaz: Gazetteer, words: Words, idx: int, starts: set[int],
) -> list[PlaceMention]:
    """The unknown names of the address that ends before word ``idx``, if it is one."""
    new: list[PlaceMention] = []
    for link in range(_MAX_LINKS):
        if idx == 0 or text[words.ends[idx - 1]:words.starts[idx]] != ", ":
            return []
        first = _name_before(text, words, idx)
        if first is None:
            return []
        if idx - first == 1 and (words.lows[first],) in gaz.feature_cues:
            return []  # "di Teluk, UEA juga ...": a feature's cue alone (the Gulf), no address
        start, end = words.starts[first], words.ends[idx - 1]
        k = "".join(words.lows[first:idx])
        if start not in starts and not _known_tail(gaz, words, first, idx):
            place = Place(name=text[start:end], type="wilayah")
            new.append(PlaceMention(start, end, text[start:end], [place], name_key=k,
                                    cue_type="wilayah", place=place))
        if first > 0 and _lead(text, words, first - 1) \
                and text[words.ends[first - 1]:start] == " ":
            if link == 0 and words.lows[first - 1] in _WEAK_LEADS:
                return []  # "dari Putin, Iran ...": one name after dari/ke is too weak
            return new
        idx = first
    return []


def _lead(text: str, words: Words, k: int) -> bool:
    """Word ``k`` is a locative of :data:`LEADS`, in lower case or opening a sentence ("Di")."""
    if words.lows[k] not in LEADS:
        return False
    return not words.caps[k] or k == 0 or bool(
        SENTENCE_BREAK.search(text[words.ends[k - 1]:words.starts[k]]))


def _known_tail(gaz: Gazetteer, words: Words, first: int, idx: int) -> bool:
    """Words ``first`` to ``idx - 1`` end in a known name ("Negara Bagian Sarawak")."""
    return any("".join(words.lows[s:idx]) in gaz.index for s in range(first, idx))


def _name_before(text: str, words: Words, idx: int) -> int | None:
    """Index of the first word of the capitalised name ending at word ``idx - 1``, if any.

    The name is the longest run of at most :data:`_MAX_WORDS` capitalised words, joined, none
    excluded; a capitalised word joined before it makes it the tail of a longer name.
    """
    first = idx
    while first > 0 and idx - first < _MAX_WORDS:
        k = first - 1
        w = words[k]
        if not w.cap or w.text.isupper() or w.low in _EXCLUDED:
            break
        if k < idx - 1 and not joined(text, words, k, 2):
            break
        first = k
    if first == idx:
        return None
    before = first - 1
    if before >= 0 and words.caps[before] and joined(text, words, before, 2) \
            and not _lead(text, words, before):
        return None  # the tail of a longer name ("Sirkuit Aragon", "Stadion San Paolo")
    return first
