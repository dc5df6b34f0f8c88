"""Places named after a lowercase noun: "di kawasan Sentul", "wilayah Kemiri", "kota Abadeh".

News names neighbourhoods, resorts and local areas that no gazetteer lists right after the
common nouns ``wilayah``, ``kawasan``, ``daerah`` and ``kampung``. The capitalised words
after such a noun (at most :data:`_MAX_WORDS`, up to a comma or a word already found) are a
``wilayah`` when

* the noun is written lowercase and a single space joins it to the name;
* no word of the name is found as a place already, is an ordinary word (stop words, days,
  months, :data:`_NOT_AREA`: ``lexicons/data/not_area.txt``), a venue, street, agency,
  hamlet or administrative word, an acronym in capitals or a number;
* the gazetteer does not know the name as a region (the scan types those). A district or
  village name that no rule read as one in the text's regions is an area ("wilayah Kemiri"
  in a text about Jayapura);
* the name is not that of a people (:data:`_ETHNONYMS`: "daerah Minang"), nor after
  "kampung" begins with one (:data:`_QUARTER_PEOPLES`: "kampung Arab Pekojan" is the Arab
  quarter).

News abroad names towns, villages and provinces no table lists the same way, after the
lowercase class nouns ``kota``, ``desa`` and ``provinsi`` ("di dekat kota Varnholm,
Norwegia"). The same name test makes such a name a place of that class (:data:`CLASS_NOUNS`,
without a code) only where the evidence abroad is tied to it: a foreign place right after the
name (``, `` or `` di ``: "kota Varnholm, Norwegia", "desa Lumsa di Yordania"), a foreign
country or place in the same sentence and no Indonesian place there, or a text whose places
are all abroad (two or more foreign names found, no Indonesian place anywhere, Indonesia
included: one foreign name may be a nationality, "investor Jerman"). A name found already as
a place ("Provinsi Nangarhar" before "provinsi Nangarhar") is not found again. The gazetteer lists
every Indonesian city and village, so an unknown name after these nouns beside an Indonesian
place, or in a sentence naming nothing abroad of a text that names Indonesian places, is a
nickname or a description ("kota Santri", "kota Apel di Jawa Timur"), not a place, wherever
else the text goes abroad. In a text whose places are all abroad, a name not tied abroad in
its own sentence is read only when its words are no ordinary Indonesian words (the caller's
dictionary test ``plain_word``): "kota Abadi" or "kota Nabi" after two foreign cities is a
nickname.

A name inside an entity the caller blocks (a person, an organisation) is blocked there, as
every mention is.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType

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
    VENUE_WORDS,
    is_foreign,
)
from beritanlp.text.words import Words

#: Lowercase nouns after which a capitalised name is an area ("kampung Cilalang", a
#: neighbourhood: the noun is no part of its name, as it is of "Kampung Lio Jaya").
AREA_NOUNS = frozenset({"wilayah", "kawasan", "daerah", "kampung"})
_MAX_WORDS = 3
#: Capitalised words that describe or point rather than name ("wilayah Barat", "daerah
#: Terpencil", "kawasan Hutan Produksi", "kawasan Alun-alun"), and landmarks that are venues
#: (``lexicons/data/not_area.txt``, casefolded).
_NOT_AREA = frozenset(word.casefold() for word in word_list("not_area"))
#: Names after an area noun that stand for the whole country ("seluruh wilayah Tanah Air").
_COUNTRY_WORDS = frozenset({"tanahair", "nusantara", "ibukota", "ibupertiwi"})
#: Names of peoples that no region is named as ("berasal dari daerah Minang", "kawasan
#: Melayu"): the whole name must be one of them, so "kawasan Sunda Kelapa" stays an area;
#: peoples named like an island or province (Jawa, Bali, Madura, Aceh) are places.
_ETHNONYMS = frozenset({
    "minang", "minangkabau", "batak", "dayak", "bugis", "sunda", "melayu", "betawi", "sasak",
    "mandar", "tionghoa",
})
#: Peoples whose quarter a lowercase "kampung" names before any other name ("kampung Arab",
#: "kampung Arab Pekojan", "kampung Keling": the Arab or Indian quarter, no area's name):
#: :data:`_ETHNONYMS` and the peoples of the old town quarters.
_QUARTER_PEOPLES = _ETHNONYMS | {
    "arab", "keling", "koja", "benggali", "cina", "china", "india", "jawa", "bali", "madura",
    "makassar", "ambon", "banjar", "flores", "portugis", "belanda", "jepang",
}
#: Lowercase class nouns of places abroad and the type of the place they name.
CLASS_NOUNS: Mapping[str, str] = MappingProxyType({
    "kota": "kota", "desa": "desa", "provinsi": "provinsi"})
#: What joins a class noun's name to the foreign place that ties it abroad ("kota Varnholm,
#: Norwegia", "kota Varnholm di Norwegia").
_TIES = (", ", " di ")
_EXCLUDED = _NOT_AREA | VENUE_WORDS | LOCATOR_WORDS | AGENCY_WORDS | ADMIN_WORDS | ORDINARY


def named_areas(
    text: str, gaz: Gazetteer, words: Words, mentions: Sequence[PlaceMention],
    plain_word: Callable[[str], bool] | None = None,
) -> list[PlaceMention]:
    """Unknown areas named right after a lowercase area noun (see the module docstring).

    Parameters
    ----------
    text, gaz, words
        The text, the gazetteer and the text's letter words.
    mentions
        The mentions found so far: their words are not taken again.
    plain_word
        The dictionary test of an ordinary lowercase word. None: no name is read only
        because the text's places are all abroad (a tie abroad in its sentence is needed).

    Returns
    -------
    list of PlaceMention
        New mentions without a code: ``wilayah`` areas, and ``kota`` or ``desa`` places
        abroad after a class noun.
    """
    nouns = {noun: "wilayah" for noun in AREA_NOUNS}
    if not any(noun in text for noun in (*AREA_NOUNS, *CLASS_NOUNS)):
        return []
    live = [m for m in mentions if m.blocked is None and m.candidates]
    foreign = {m.start for m in live if all(is_foreign(c) for c in m.candidates)}
    if foreign:
        nouns.update(CLASS_NOUNS)
    if not any(noun in text for noun in nouns):
        return []
    home = [m.start for m in live if any(_home(c) for c in m.candidates)]
    abroad_only = not home and len({key(m.text) for m in live if m.start in foreign}) > 1
    named = {m.name_key for m in live} | {key(m.text) for m in live}
    breaks = [b.end() for b in SENTENCE_BREAK.finditer(text)]
    starts = {m.start for m in mentions}
    spans = [(m.start, m.end) for m in mentions]
    found: list[PlaceMention] = []
    for i, low in enumerate(words.lows[:-1]):
        if low not in nouns or words.caps[i] or text[words.ends[i]:words.starts[i + 1]] != " ":
            continue
        n = _name_length(text, words, i + 1, starts)
        if not n:
            continue
        start, end = words.starts[i + 1], words.ends[i + n]
        name = text[start:end]
        if any(s < end and start < e for s, e in spans) or _known(gaz, name) \
                or key(name) in _COUNTRY_WORDS or key(name) in _ETHNONYMS \
                or low == "kampung" and words.lows[i + 1] in _QUARTER_PEOPLES:
            continue
        if low in CLASS_NOUNS and (key(name) in named or not _tied_abroad(
                text, (start, end), breaks, foreign, home) and not (
                    abroad_only and _foreign_word(words, i + 1, i + 1 + n, plain_word))):
            continue
        place = Place(name=name, type=nouns[low])
        found.append(PlaceMention(start, end, name, [place], cue_type=nouns[low],
                                  name_key=key(name), place=place))
    return found


def _foreign_word(
    words: Words, first: int, end: int, plain_word: Callable[[str], bool] | None,
) -> bool:
    """Words ``first`` to ``end - 1`` are not all ordinary Indonesian words ("Abadi", "Nabi").

    False without a dictionary test: such a name needs its tie abroad.
    """
    return plain_word is not None and not all(plain_word(w) for w in words.lows[first:end])


def _home(c: Place) -> bool:
    """An Indonesian place: one with a gazetteer code, or Indonesia itself."""
    return c.code is not None or (c.type == "negara" and key(c.name) in INDONESIA)


def _tied_abroad(
    text: str, span: tuple[int, int], breaks: Sequence[int], foreign: set[int],
    home: Sequence[int],
) -> bool:
    """The name at ``span`` after a class noun lies abroad (see the module docstring).

    A foreign place right after it (:data:`_TIES`) ties it; else its sentence must name a
    foreign place (``foreign``: their starts) and no Indonesian one (``home``). ``breaks``:
    the ends of the text's sentence breaks, in order.
    """
    start, end = span
    if any(text.startswith(tie, end) and end + len(tie) in foreign for tie in _TIES):
        return True
    k = bisect_right(breaks, start)
    first = breaks[k - 1] if k else 0
    stop = SENTENCE_BREAK.search(text, end)
    last = stop.start() if stop else len(text)
    return any(first <= p < last for p in foreign) and not any(first <= p < last for p in home)


def _name_length(text: str, words: Words, j: int, starts: set[int]) -> int:
    """How many words from ``j`` name an area (0 when the words cannot be one).

    The name ends before a word already found or at a comma or other mark; a name running
    into an excluded word ("kawasan Grand Wisata", "kawasan Karang Tengah") or on past
    :data:`_MAX_WORDS` words, glued by a hyphen to more ("kawasan Sub-Sahara"), or one word
    written right before a found place that is not cued ("kawasan Patra Kuningan") is none.
    """
    n = 0
    while j + n < len(words) and words.caps[j + n] and words[j + n].start not in starts \
            and (not n or text[words.ends[j + n - 1]:words.starts[j + n]] == " "):
        if words.lows[j + n] in _EXCLUDED or n == _MAX_WORDS:
            return 0
        n += 1
    if not n or any(_acronym(w.text) for w in words[j:j + n]):
        return 0
    end = words.ends[j + n - 1]
    if text[end:end + 1] == "-" or text[end:end + 3].strip()[:1].isdigit():
        return 0  # "kawasan Alang-alang", "kawasan Blank 75": no name of its own
    if n == 1 and j + 1 < len(words) and words.starts[j + 1] in starts \
            and text[end:words.starts[j + 1]] == " " and words.lows[j + 1] not in ADMIN_WORDS:
        return 0  # "kawasan Patra Kuningan": one word running into a found place's name
    return n


def _acronym(word: str) -> bool:
    """A word in capitals ("KEK", "TNGR"), a single letter or with a digit: no area's name."""
    return word.isupper() or len(word) == 1 or any(ch.isdigit() for ch in word)


def _known(gaz: Gazetteer, name: str) -> bool:
    """The gazetteer knows the name as a region (a country, province, regency or city)."""
    return bool(gaz.index.get(key(name)))
