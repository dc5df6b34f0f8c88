"""Districts (kecamatan) written without a cue, accepted in the article's own region.

"Kebakaran terjadi di Cilincing" names a kecamatan without saying so. A bare capitalised name
is taken as a kecamatan only when

* the gazetteer knows a kecamatan of that name under a regency or city the text mentions (or,
  with the entity recogniser's word for it, under a mentioned province), and
* something in the text says it is a place: the entity recogniser tagged it as a location, a
  locative word comes right before it ("di", "ke", "wilayah", "daerah" ...) or a word for its
  people ("warga Cilincing"), or it stands in a list next to another place ("Pakis, Selo, dan
  Ampel").

A district written after a comma right after a village of its own ("Kelurahan Cipinang, Pulo
Gadung", "Desa Karangsari, Cikarang Timur") needs neither: the address pair is the
evidence, whatever regions the text names (:func:`village_districts`).

"Kota X" with X such a district is the town at the district's seat: a ``kota`` without a code
("Kota Rangkasbitung"). Names that are also ordinary words (stop words, day and month names)
and capitalised words at the start of a sentence without the recogniser's word are never
taken.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Iterable, Sequence
from itertools import accumulate

from beritanlp.lexicons.regions import Gazetteer, Place
from beritanlp.rules.places.mention import PlaceMention
from beritanlp.rules.places.shape import (
    AGENCY_WORDS,
    LIST_GAPS,
    ORDINARY,
    in_venue,
    joined,
    mid_sentence,
)
from beritanlp.text.words import Words

#: Words after which a capitalised name is a location ("di Tebet", "wilayah Rumbai").
LOCATIVES = frozenset({
    "di", "ke", "dari", "daerah", "wilayah", "kawasan", "sekitar", "arah", "menuju", "hingga",
    "sampai", "antara", "dekat", "seputar", "lokasi", "area",
})
#: Words naming the people of a place or where they come from: "warga Cilincing" is a resident
#: of the district and "asal Cilincing" comes from it, as "di Cilincing" is a location there.
RESIDENT_WORDS = frozenset({"warga", "asal"})
#: Words before a bare name that say it is a place: a locative or a word for its people.
PLACE_LEADS = LOCATIVES | RESIDENT_WORDS
#: The locatives after which a bare desa is read in a regency or city the text names without
#: its district (:mod:`~beritanlp.rules.places.urban`): not those as often written before a
#: person ("laporan dari Budi", "antara Budi dan Ani", "dekat Budi") or a street's stretch
#: ("hingga X", "sampai X", "menuju X").
REGION_DESA_LEADS = frozenset({"di", "ke", "kawasan", "wilayah", "daerah"})
#: Words for studying before "di": the name after is a campus, no village ("kuliah di X").
STUDY_WORDS = frozenset({"kuliah", "berkuliah", "kuliahnya"})
#: Words right after a name that make it a person's ("ke Budi selaku ketua", "Budi sebagai saksi").
PERSON_LINKS = frozenset({"selaku", "sebagai"})
#: Words naming a unit below the village: "Kampung Babakan" is not Kecamatan Babakan.
HAMLET_WORDS = frozenset({
    "kampung", "dusun", "dukuh", "lingkungan", "jorong", "banjar", "blok", "gang", "gg", "rt", "rw",
})
_NOT_BEFORE = AGENCY_WORDS | HAMLET_WORDS
_LIST_GAPS = LIST_GAPS | {" - ", "-", " atau "}
#: Gaps of lists written one item a paragraph, the paragraphs joined by commas ("A,B,C"),
#: numbered ("A,2. B", "A, 2) B") or with semicolons ("A; B").
_ITEM_GAP = re.compile(r"[,;] ?(?:\d{1,2}[.)] ?)?")
_MAX_WORDS = 3




def context_codes(mentions: Sequence[PlaceMention]) -> tuple[set[str], set[str]]:
    """Codes of the regencies/cities and of the provinces the mentions may refer to."""
    regencies: set[str] = set()
    provinces: set[str] = set()
    for m in mentions:
        for c in m.candidates:
            if not c.code:
                continue
            if c.type in {"kabupaten", "kota"}:
                regencies.add(c.code)
                provinces.add(c.code.split(".")[0])
            elif c.type == "provinsi":
                provinces.add(c.code)
    return regencies, provinces


class Covering:
    """Character ranges (an entity recogniser's locations) asked whether one covers a span.

    A range covers ``[start, end)`` when it starts at or before ``start`` and ends at or after
    ``end``; the ranges are sorted once and the furthest end reached so far is kept, so a
    question costs a bisection whatever the number of ranges (they may overlap).
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]
        self._reach = list(accumulate((e for _, e in self._spans), max))

    def covers(self, start: int, end: int) -> bool:
        """Some range holds the whole of ``[start, end)``."""
        k = bisect_right(self._starts, start)
        return k > 0 and self._reach[k - 1] >= end

    def only_inside(self, start: int, end: int) -> bool:
        """Some range lies inside ``[start, end)`` and none crosses its edges."""
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        if lo == hi or (lo > 0 and self._reach[lo - 1] > start):
            return False
        return max(e for _, e in self._spans[lo:hi]) <= end


def local_districts(
    text: str, gaz: Gazetteer, words: Words, mentions: Sequence[PlaceMention],
    loc_spans: Sequence[tuple[int, int]] = (),
) -> list[PlaceMention]:
    """Bare kecamatan names in the text's own regions (see the module docstring).

    Parameters
    ----------
    text, gaz, words
        The text, the gazetteer and the text's letter words.
    mentions
        The mentions found so far (their regions are the context; their words are taken).
    loc_spans
        Character ranges an entity recogniser tagged as locations.

    Returns
    -------
    list of PlaceMention
        New mentions, resolved to their kecamatan (no code when several fit).
    """
    taken = sorted((m.start, m.end) for m in mentions if not m.yields)
    # only capitalised words that can start a kecamatan name (a set lookup per word)
    firsts = gaz.kecamatan_first_words
    candidates = [i for i, (cap, low) in enumerate(zip(words.caps, words.lows, strict=True))
                  if cap and low in firsts]
    after_villages = village_districts(text, gaz, words, mentions, taken, candidates)
    taken = sorted(taken + [(m.start, m.end) for m in after_villages])
    context = context_codes(mentions)
    if not (context[0] or context[1] or after_villages
            or any(m.cue_type == "kecamatan" for m in mentions)):
        return after_villages
    kept: list[PlaceMention] = []
    if context[0] or context[1]:
        found = _scan(text, gaz, words, candidates, taken, context, Covering(loc_spans))
        kept = _supported(text, found, mentions)
    siblings = _siblings(text, gaz, words, candidates, taken, context,
                         [*mentions, *kept, *after_villages])
    return sorted(kept + siblings + after_villages, key=lambda m: m.start)


def village_districts(
    text: str, gaz: Gazetteer, words: Words, mentions: Sequence[PlaceMention],
    taken: list[tuple[int, int]], candidates: Sequence[int],
) -> list[PlaceMention]:
    """Bare districts written after a comma right after a village of their own.

    "di Kelurahan Cipinang, Pulo Gadung", "banjir di Desa Karangsari, Cikarang Timur": a village and
    the district holding it, written as an address, say of each other that they are places, whether
    or not the text names the district's regency. The village is a mention found so far (cued or
    not) or a bare capitalised name of a desa or kelurahan under the district; a bare one must not
    end a longer capitalised name ("Pasar Kalibaru, Medansatria": a market's name). The district is
    read as :func:`local_districts` reads one (not an ordinary word, not in a venue's name, not the
    head of a longer capitalised name, not after an agency word) and is resolved to the districts
    holding the village. The village itself is read by the parent pattern once its district is
    found. A bare "village" that is also a district of the same regency or city makes no pair:
    "Pangaribuan, Sipahutar, Sipoholon" is a list of districts, not an address.

    Parameters
    ----------
    text, gaz, words
        The text, the gazetteer and the text's letter words.
    mentions
        The mentions found so far: those not blocked may be the village before the comma.
    taken
        Sorted character ranges already read as places; no district starts inside one.
    candidates
        Indexes of the capitalised words that can start a kecamatan name, in text order.

    Returns
    -------
    list of PlaceMention
        The districts found, in text order, each resolved to its entry (a code-less kecamatan
        when several districts of that name hold the village).
    """
    ends = {m.end: m for m in mentions if m.blocked is None}
    found: list[PlaceMention] = []
    for i in candidates:
        if i == 0 or text[words.ends[i - 1]:words.starts[i]] != ", " \
                or _taken_end(taken, words.starts[i]) != -1:
            continue
        hit = _district_after_village(text, gaz, words, i, ends.get(words.ends[i - 1]))
        if hit is None:
            continue
        n, places = hit
        start, end = words.starts[i], words.ends[i + n - 1]
        place = places[0] if len(places) == 1 else Place(name=places[0].name, type="kecamatan")
        found.append(PlaceMention(start, end, text[start:end], places, cue_type="kecamatan",
                                  name_key="".join(words.lows[i:i + n]), place=place))
    return found


def _district_after_village(
    text: str, gaz: Gazetteer, words: Words, i: int, village: PlaceMention | None,
) -> tuple[int, list[Place]] | None:
    """The length of the district name at word ``i`` and its entries holding the village."""
    run = 0
    while run < _MAX_WORDS and i + run < len(words) and words.caps[i + run]:
        run += 1
    for n in range(run, 0, -1):
        cands = [c for c in gaz.kecamatan.get("".join(words.lows[i:i + n]), ()) if c.code]
        if not cands or not joined(text, words, i, n) or (n == 1 and words.lows[i] in ORDINARY):
            continue
        if in_venue(text, words, i, n) or _after_agency(words, text, i) or (
                i + n < len(words) and words.caps[i + n] and joined(text, words, i, n + 1)):
            return None
        if village is not None:
            villages = village.candidates
            districts = [] if village.cued else villages
        else:
            villages, districts = _bare_village_before(text, gaz, words, i)
        holding = [c for c in cands
                   if any(v.code and v.code.startswith(f"{c.code}.") for v in villages)]
        if _listed_districts(districts, holding):
            return None
        return (n, holding) if holding else None
    return None


def _listed_districts(districts: Sequence[Place], holding: Sequence[Place]) -> bool:
    """The "village" is also a district of the city holding the district after it.

    "Pangaribuan, Sipahutar, Sipoholon": Sipahutar is a desa of Sipoholon and a district of
    the same regency, so the pair is two items of a list of districts, not an address.
    """
    cities = {c.code.rsplit(".", 1)[0] for c in holding if c.code}
    return any(d.type == "kecamatan" and d.code and d.code.count(".") == 2
               and d.code.rsplit(".", 1)[0] in cities for d in districts)


def _bare_village_before(
    text: str, gaz: Gazetteer, words: Words, i: int,
) -> tuple[list[Place], list[Place]]:
    """The desa/kelurahan and the kecamatan entries of the capitalised name ending before ``i``.

    The name is the longest run of up to ``_MAX_WORDS`` capitalised words ending right before
    word ``i`` that names a desa or kelurahan; both lists are empty when none does.
    """
    for n in range(_MAX_WORDS, 0, -1):
        first = i - n
        if first < 0 or not all(words.caps[first:i]) or not joined(text, words, first, n):
            continue
        if first > 0 and words.caps[first - 1] and joined(text, words, first - 1, 2):
            continue  # the tail of a longer name ("Pasar Kalibaru")
        key = "".join(words.lows[first:i])
        places = gaz.desa_places(key)
        if places:
            return places, list(gaz.kecamatan.get(key, ()))
    return [], []


def _scan(
    text: str, gaz: Gazetteer, words: Words, candidates: Sequence[int],
    taken: list[tuple[int, int]], context: tuple[set[str], set[str]], tagged: Covering,
) -> list[tuple[PlaceMention, bool]]:
    """The districts starting at the candidate words, each with whether it is supported."""
    found: list[tuple[PlaceMention, bool]] = []
    lows, starts = words.lows, words.starts
    after = 0  # the first word index not yet inside a found district
    for i in candidates:
        if i < after:
            continue
        extends = _taken_end(taken, starts[i])
        if extends is None:
            continue
        hit = _district_at(text, gaz, words, i, context, tagged)
        if hit is None:
            continue
        n, place, supported = hit
        start, end = starts[i], words.ends[i + n - 1]
        if end <= extends:
            continue  # no longer than the region name found there ("Bogor" of "Bogor Utara")
        if _after_kota(text, words, i):
            # "Kota Rangkasbitung": the town at the district's seat, a kota without a code
            start = starts[i - 1]
            place = Place(name=text[start:end], type="kota")
        found.append((PlaceMention(start, end, text[start:end], [place], cue_type="kecamatan",
                                   name_key="".join(lows[i:i + n]), place=place),
                      supported))
        after = i + n
    return found


def _siblings(
    text: str, gaz: Gazetteer, words: Words, candidates: Sequence[int],
    taken: list[tuple[int, int]], context: tuple[set[str], set[str]],
    members: Sequence[PlaceMention],
) -> list[PlaceMention]:
    """Listed districts of the same regency as a district next to them in the list.

    "Pedamaran, Pampangan dan Cengal": when one item is a known district of a regency, a
    neighbour in the list ("A, B", "A dan B") that is a district of the same regency is one
    too, even when the text names neither the regency nor the neighbour otherwise.
    """
    anchors = [(m.start, m.end, p) for m in members if m.blocked is None
               for p in [_parent(m, context[0])] if p]
    if not anchors:
        return []
    parents = {p for _, _, p in anchors}
    spans = sorted(taken + [(m.start, m.end) for m in members])
    scanned = _scan(text, gaz, words, candidates, spans, (parents, set()), Covering(()))
    pending = [(m, p) for m, _ in scanned
               if m.place is not None and m.place.type == "kecamatan"
               for p in [_parent(m, parents)] if p]
    nodes = [(s, e) for s, e, _ in anchors] + [(m.start, m.end) for m, _ in pending]
    keys = [p for _, _, p in anchors] + [p for _, p in pending]
    reached = _reached(text, nodes, keys, range(len(anchors)))
    return [m for k, (m, _) in enumerate(pending, len(anchors)) if k in reached]


def _parent(m: PlaceMention, regencies: set[str]) -> str | None:
    """The one regency or city of a district mention (narrowed to ``regencies`` when several)."""
    codes = {c.code.rsplit(".", 1)[0] for c in m.candidates
             if c.type == "kecamatan" and c.code and c.code.count(".") == 2}
    if len(codes) > 1:
        codes &= regencies
    return next(iter(codes)) if len(codes) == 1 else None


def _taken_end(spans: list[tuple[int, int]], pos: int) -> int | None:
    """Where a district starting at ``pos`` must end to be new, or None if it cannot be.

    A word outside the ``spans`` may start a district anywhere (-1); the first word of a found
    region may start a longer district ("Bogor Utara" after the city "Bogor"): the region's
    end; a word inside a found name cannot (None).
    """
    k = bisect_right(spans, (pos, float("inf")))
    if k == 0 or not spans[k - 1][0] <= pos < spans[k - 1][1]:
        return -1
    return spans[k - 1][1] if spans[k - 1][0] == pos else None


def _district_at(
    text: str, gaz: Gazetteer, words: Words, i: int,
    context: tuple[set[str], set[str]], loc_spans: Covering,
) -> tuple[int, Place, bool] | None:
    """The longest kecamatan name at word ``i`` under the context, and whether it is supported."""
    regencies, provinces = context
    run = 0
    while run < _MAX_WORDS and i + run < len(words) and words.caps[i + run]:
        run += 1
    for n in range(run, 0, -1):
        if not joined(text, words, i, n):
            continue
        cands = gaz.kecamatan.get("".join(words.lows[i:i + n]))
        if not cands or (n == 1 and words.lows[i] in ORDINARY):
            continue
        start, end = words.starts[i], words.ends[i + n - 1]
        tagged = loc_spans.covers(start, end)
        under = [c for c in cands if c.code and c.code.rsplit(".", 1)[0] in regencies]
        if not under and tagged:
            under = [c for c in cands if c.code and c.code.split(".")[0] in provinces]
        if not under or in_venue(text, words, i, n) or _after_agency(words, text, i):
            continue
        if i + n < len(words) and words.caps[i + n] and joined(text, words, i, n + 1):
            continue  # the head of a longer capitalised name ("Taman Nasional ...")
        if i > 0 and words.caps[i - 1] and joined(text, words, i - 1, 2) \
                and words.lows[i - 1] not in ORDINARY and not _after_kota(text, words, i):
            continue  # the tail of a longer capitalised name ("Jalan Medan Merdeka"), not
            # after a sentence's first function word ("Di Kelapa Gading ...")
        first = i - 1 if _after_kota(text, words, i) else i
        supported = tagged or _after_locative(text, words, first) \
            or _after_address(text, words.starts[first])
        listed = (first > 0 and _list_gap(text[words.ends[first - 1]:words.starts[first]])) \
            or (i + n < len(words) and words.caps[i + n]
                and _list_gap(text[words.ends[i + n - 1]:words.starts[i + n]]))
        if not (supported or listed or mid_sentence(text, words, first)):
            continue
        if len({c.code for c in under}) == 1:
            return n, under[0], supported
        return n, Place(name=under[0].name, type="kecamatan"), supported
    return None


def _after_kota(text: str, words: Words, i: int) -> bool:
    return i > 0 and words.lows[i - 1] == "kota" and words.caps[i - 1] \
        and joined(text, words, i - 1, 2)


#: An address part right before a district: "Jalan Raya Tagog, Padalarang", "Perumahan Kemang
#: Pratama, Rawalumbu", "desa Mura Medak, Bayung Lencir" (a street, estate, building or
#: hamlet and its capitalised name or number, then a comma). The pieces of the name are
#: separated by one space each, so a failing long run of capitals or digits is read in one way
#: only (optional spaces between pieces made the search try every way of cutting the run).
_ADDRESS_BEFORE = re.compile(
    r"\b(?:Jalan|Jl|Jln|Gang|Gg|Kompleks|Komplek|Perumahan|Perum|Gedung|Kampung|[Kk]p|"
    r"[Dd]usun|[Dd]esa|[Kk]elurahan|[Kk]el|RT|RW|Blok|[Pp]erkampungan|Pesantren|Villa|Griya)"
    r"\.? ?[A-Z0-9][\w./-]*(?: [A-Z0-9][\w./-]*){0,5} ?, \Z")
_ADDRESS_WINDOW = 80


def _after_address(text: str, start: int) -> bool:
    """A street, estate, building or hamlet and its name end right before ``start``."""
    return text[start - 2:start] == ", " and \
        _ADDRESS_BEFORE.search(text, max(0, start - _ADDRESS_WINDOW), start) is not None


def _after_locative(text: str, words: Words, i: int) -> bool:
    if i == 0:
        return False
    prev = words[i - 1]
    return prev.low in PLACE_LEADS and text[prev.end:words[i].start] == " "


def _after_agency(words: Words, text: str, i: int) -> bool:
    if i == 0:
        return False
    prev = words[i - 1]
    return prev.low in _NOT_BEFORE and text[prev.end:words[i].start] in {" ", "-"}


def _list_gap(gap: str) -> bool:
    """The text between two names separates items of a list."""
    return gap in _LIST_GAPS or _ITEM_GAP.fullmatch(gap) is not None


def _supported(
    text: str, found: list[tuple[PlaceMention, bool]], mentions: Sequence[PlaceMention],
) -> list[PlaceMention]:
    """Unsupported districts are kept only in a list next to a kept place ("A, B, dan C").

    Two unsupported districts of one regency next to each other in a list support each other
    ("yakni Rawalumbu, Jatiasih dan Bantargebang" in a text about Kota Bekasi).
    """
    anchors = [(m.start, m.end) for m in mentions if m.blocked is None]
    anchors += [(m.start, m.end) for m, ok in found if ok]
    kept = [m for m, ok in found if ok]
    pending = [m for m, ok in found if not ok]
    paired = {id(m) for a, b in zip(pending, pending[1:], strict=False)
              if _list_gap(text[a.end:b.start]) and _same_regency(a, b) for m in (a, b)}
    nodes = anchors + [(m.start, m.end) for m in pending]
    seeds = [*range(len(anchors)),
             *(k for k, m in enumerate(pending, len(anchors)) if id(m) in paired)]
    reached = _reached(text, nodes, [None] * len(nodes), seeds)
    kept += [m for k, m in enumerate(pending, len(anchors)) if k in reached]
    return sorted(kept, key=lambda m: m.start)


#: The longest gap between two list items: the longest of ``_LIST_GAPS`` and of ``_ITEM_GAP``
#: (", 12. ").
_GAP_MAX = max(*map(len, _LIST_GAPS), len(", 12. "))


def _reached(
    text: str, spans: Sequence[tuple[int, int]], keys: Sequence[str | None], seeds: Iterable[int],
) -> set[int]:
    """The spans joined to a seed span by a chain of list items of one key.

    Two spans are neighbours in a list when the text between them is a list gap
    (:func:`_list_gap`) and their keys are equal. The spans are sorted by start once; the
    neighbours after a span start within ``_GAP_MAX`` characters of its end, found by bisection,
    and the seeds spread to their neighbours through a queue: each span is visited once.

    Parameters
    ----------
    text
        The text of the spans.
    spans, keys
        Character ranges and, for each, the key (a parent code; None for any) a neighbour shares.
    seeds
        Indexes into ``spans`` where the spreading starts.

    Returns
    -------
    set of int
        The indexes reached, the seeds included.
    """
    order = sorted(range(len(spans)), key=lambda k: spans[k][0])
    starts = [spans[k][0] for k in order]
    links: dict[int, list[int]] = {}
    for a, (_, end) in enumerate(spans):
        lo, hi = bisect_right(starts, end), bisect_right(starts, end + _GAP_MAX)
        for b in order[lo:hi]:
            if keys[a] == keys[b] and _list_gap(text[end:spans[b][0]]):
                links.setdefault(a, []).append(b)
                links.setdefault(b, []).append(a)
    reached = set(seeds)
    queue = deque(reached)
    while queue:
        for b in links.get(queue.popleft(), ()):
            if b not in reached:
                reached.add(b)
                queue.append(b)
    return reached


def _same_regency(a: PlaceMention, b: PlaceMention) -> bool:
    """Both districts have a code, under one regency or city."""
    if a.place is None or b.place is None or not a.place.code or not b.place.code:
        return False
    return a.place.code.count(".") == 2 and a.place.code[:5] == b.place.code[:5]
