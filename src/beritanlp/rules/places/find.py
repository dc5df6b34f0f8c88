"""Places in a text end to end: scan, block, resolve, group."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace

from beritanlp.lexicons.regions import CUE_FIRST, Gazetteer, Place
from beritanlp.rules.places.abroad import places_abroad
from beritanlp.rules.places.areas import named_areas
from beritanlp.rules.places.blocks import (
    block_defined_long_forms,
    block_defined_short_forms,
    block_designations,
    block_entities,
    block_epithets,
    block_hamlet_names,
    block_name_tails,
    block_nicknames,
    block_numbered_schools,
    block_operation_names,
    block_post_short_forms,
    block_speakers,
    block_street_tails,
    block_teasers,
    block_toll_roads,
)
from beritanlp.rules.places.features import LOWER_CUES, lettered_islands
from beritanlp.rules.places.kampung import kampung_areas, kampung_villages
from beritanlp.rules.places.local import Covering, local_districts
from beritanlp.rules.places.mention import PlaceMention
from beritanlp.rules.places.organisations import block_organisation_names
from beritanlp.rules.places.records import place_records
from beritanlp.rules.places.resolve import PAPUA_CODES, contradicted_by_parent, resolve
from beritanlp.rules.places.scan import parent_pattern, scan_at
from beritanlp.rules.places.shape import is_foreign
from beritanlp.rules.places.titles import free_title_places
from beritanlp.rules.places.urban import unsupported_villages, urban_villages
from beritanlp.rules.places.villages import (
    class_listed_places,
    listed_villages,
    shared_name_villages,
)
from beritanlp.text.words import Words, segment


def find_places(
    text: str,
    gazetteer: Gazetteer,
    blocked_spans: Sequence[tuple[int, int]] = (),
    loc_spans: Sequence[tuple[int, int]] = (),
    *,
    name_spans: Sequence[tuple[int, int]] = (),
    bureaus: frozenset[str] = frozenset(),
    titled_spans: Sequence[tuple[int, int]] = (),
    honorifics: frozenset[tuple[str, ...]] = frozenset(),
    person_spans: Sequence[tuple[int, int]] = (),
    plain_word: Callable[[str], bool] | None = None,
) -> list[PlaceMention]:
    """Find and resolve place mentions in a text.

    Parameters
    ----------
    text
        The article text (headline, blank line, body), unnormalised.
    gazetteer
        The lookup tables (:class:`~beritanlp.lexicons.regions.Gazetteer`).
    blocked_spans
        Character ranges (e.g. agency, person or venue entities) inside which places are not
        reported on their own; they still count as evidence for disambiguation.
    loc_spans
        Character ranges an entity recogniser tagged as locations: evidence that a bare name
        is a place (see :mod:`beritanlp.rules.places.local`).
    name_spans
        Those of ``blocked_spans`` that a recogniser found as names (not the rules' agency
        mentions): a region written after a name of capitals only in them is the place of a
        venue ("ICE BSD Tangerang Selatan") and is reported.
    bureaus
        Words that name a bureau after a post's short form ("Karo Penmas": Kepala Biro, no
        regency; :func:`~beritanlp.rules.places.blocks.bureau_words` of the positions table).
        Empty: only the bracketed form "Kepala Biro (Karo)" is read as the post.
    titled_spans
        Agency spans that are part of an official's title ("Kepala [Dinas Kesehatan Kota
        Bekasi]", :func:`~beritanlp.rules.places.titles.titled_agencies`): the place that
        ends one is reported although the agency holds it.
    honorifics
        Honorifics and ranks before a name (normalised word tuples, the ``honorifics`` of
        :func:`~beritanlp.rules.places.titles.title_words`): one may follow a district that a
        cue wants as a whole run ("Kapolsek Pondok Aren Kompol Y"). Empty: only a run that
        ends there.
    person_spans
        Those of ``name_spans`` a recogniser labelled persons: one hides no place after a
        lowercase word that is no name particle ("Anies Baswedan menjenguk Presiden RI"), and a
        name written inside one is no desa read by its regency alone
        (:func:`~beritanlp.rules.places.urban.urban_villages`).
    plain_word
        The dictionary test of an ordinary lowercase word
        (:func:`beritanlp.stemming.plain.plain_word`): a name of ordinary words after a
        lowercase "kota" in a text about places abroad is a nickname, no town
        (:func:`~beritanlp.rules.places.areas.named_areas`), and a desa read after a locative
        in a named regency without its district must not be one
        (:func:`~beritanlp.rules.places.urban.urban_villages`). None: no such test.

    Returns
    -------
    list of PlaceMention
        All mentions found, in text order, resolved; ``blocked`` is set on those that are
        evidence only.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_places expects str, got {type(text).__name__}")
    gaz = gazetteer
    words = segment(text).words  # the letter words of the one segmentation, shared
    mentions: list[PlaceMention] = []
    capitalised, lows = words.caps, words.lows
    i, n = 0, len(words)  # (Words.__len__ is a Python call: not once per word)
    while i < n:
        if not capitalised[i] and lows[i] not in _STARTS:
            i += 1  # a mention starts at a cue or a capitalised word (what scan_at needs)
            continue
        found = scan_at(gaz, text, words, i, honorifics)
        if found is None:
            i += 1
            continue
        mention, next_i = found
        mentions.append(mention)
        i = next_i
    parents = parent_pattern(gaz, text, words, mentions)
    # a village name swallows shorter names inside it ("Bidara Cina" holds "Cina")
    mentions = _swallowed(mentions, parents)
    mentions.extend(lettered_islands(text, mentions))
    local = local_districts(text, gaz, words, mentions, loc_spans)
    # a district name swallows shorter names inside it ("Gunung Pati" holds "Pati")
    mentions = _swallowed(mentions, local)
    # "Legokjawa, Cimerak, Pangandaran": a village right before a district found without its
    # cue (by the parent pattern or the district rules)
    mentions = _swallowed(mentions, _chained_parents(gaz, text, words, mentions,
                                                      [*parents, *local]))
    urban, region_only = urban_villages(text, gaz, words, mentions, plain_word, person_spans)
    # "warga Bidara Cina": the village swallows the names inside it
    mentions = _swallowed(mentions, urban)
    mentions = _kampung_places(text, gaz, words, mentions)
    listed = listed_villages(text, gaz, words, mentions)
    # "Kelurahan A, Tegal Alur": the listed village swallows the names inside it
    mentions = _swallowed(mentions, listed)
    # "delapan kelurahan, yaitu Gedong, Balekambang dan Cawang": the units a class noun lists
    mentions = _swallowed(mentions, class_listed_places(text, gaz, words, mentions))
    mentions.extend(shared_name_villages(text, gaz, mentions))
    mentions.extend(named_areas(text, gaz, words, mentions, plain_word))
    # "di Headington, Oxford, Inggris": unknown places before a foreign one
    mentions.extend(places_abroad(text, gaz, words, mentions, name_spans))
    mentions = _local_echoes(text, mentions)
    mentions.sort(key=lambda m: m.start)
    _features_named_as_districts(mentions)
    block_entities(mentions, blocked_spans, text, name_spans, person_spans)
    block_defined_long_forms(text, mentions, gaz)
    free_title_places(text, mentions, titled_spans)
    block_name_tails(text, words, mentions, blocked_spans)
    block_teasers(text, mentions)
    block_hamlet_names(text, mentions)
    block_designations(text, mentions)
    block_numbered_schools(text, mentions)
    block_operation_names(text, mentions)
    block_epithets(text, mentions)
    block_toll_roads(text, mentions)
    block_post_short_forms(text, mentions, bureaus)
    block_defined_short_forms(text, mentions, gaz)
    block_organisation_names(text, mentions)
    block_speakers(text, words, mentions)
    _papuan_districts(mentions)
    resolve(mentions, gaz)
    contradicted_by_parent(text, mentions)
    block_street_tails(text, mentions)
    _foreign_districts(mentions, gaz)
    mentions = _foreign_provinces(mentions)
    block_nicknames(mentions, gaz)
    unsupported_villages(text, mentions, region_only)
    return mentions


#: Lowercase words a mention may start at: cues, and feature cues written lowercase ("teluk").
_STARTS = CUE_FIRST | LOWER_CUES

#: What a place name loses to become a lookup key ("Kota Rengat" -> "kotarengat").
_NON_KEY = re.compile(r"[^0-9a-z]")


#: How near (in characters) a Papuan place must be to an unknown "Distrik X" when the text
#: also names foreign places.
_DISTRICT_WINDOW = 300


def _papuan_districts(mentions: Sequence[PlaceMention]) -> None:
    """A "Distrik X" whose name is also a district outside Papua means the Papuan one(s)."""
    for m in mentions:
        if m.cue_type != "kecamatan" or m.text[:8].casefold() != "distrik ":
            continue
        papuan = [c for c in m.candidates if _papuan(c)]
        if papuan and len(papuan) < len(m.candidates):
            m.candidates = papuan


def _foreign_districts(mentions: Sequence[PlaceMention], gaz: Gazetteer) -> None:
    """An unknown "Distrik X" is a Papuan district only where the text says so.

    Indonesian districts are called "distrik" only in Papua; "Distrik Shibuya" of Tokyo or a
    district of another country is a ``wilayah``, not a kecamatan. An unknown district is
    Papuan in a text that names a Papuan place and no foreign one; in a text that names
    both, when the nearest of them (within :data:`_DISTRICT_WINDOW` characters) is Papuan.
    A Papuan district name with several codes is no unknown one, and a town written "Kota X"
    after a Papuan district ("Kota Wamena") is a Papuan place, not a foreign city.
    """
    unknown = [m for m in mentions if m.place is not None and m.place.code is None
               and m.place.type == "kecamatan" and m.text[:8].casefold() == "distrik "
               and not (m.candidates and all(_papuan(c) for c in m.candidates))]
    if not unknown:
        return
    # the places that tell: (start, Papuan?) in text order
    skip = {id(m) for m in unknown}
    telling = []
    for m in mentions:
        if id(m) in skip:
            continue
        papuan = _papuan(m.place) or _papuan_town(m.place, gaz)
        if papuan or is_foreign(m.place):
            telling.append((m.start, papuan))
    papuan_only = bool(telling) and all(p for _, p in telling)
    for m in unknown:
        if papuan_only or _nearest_papuan(telling, m.start):
            continue
        if m.place is not None:
            m.place = replace(m.place, type="wilayah")
            m.candidates = [m.place]
            m.cue_type = "wilayah"


#: Cue words of a town written like a regency or city ("Kota Wamena").
_TOWN_CUES = ("Kota ", "Kabupaten ")


def _papuan_town(place: Place | None, gaz: Gazetteer) -> bool:
    """A "Kota X" without a code whose X is a Papuan district: a Papuan town ("Kota Agats")."""
    if place is None or place.code is not None or not place.name.startswith(_TOWN_CUES):
        return False
    bare = place.name.split(" ", 1)[1]
    return any(_papuan(c) for c in gaz.lookup(bare, "kecamatan"))


def _nearest_papuan(telling: Sequence[tuple[int, bool]], pos: int) -> bool:
    """Tell whether the telling place nearest to ``pos`` (within the window) is Papuan."""
    k = bisect_left(telling, (pos,))
    near = [t for t in telling[max(k - 1, 0):k + 1] if abs(t[0] - pos) <= _DISTRICT_WINDOW]
    if not near:
        return False
    return min(near, key=lambda t: abs(t[0] - pos))[1]


def _papuan(place: Place | None) -> bool:
    """Tell whether a place lies in Tanah Papua (or is the region itself)."""
    if place is None:
        return False
    return bool(place.code and place.code[:2] in PAPUA_CODES) or place.name == "Papua"


#: How the name of a province the gazetteer lacks begins: its cue, kept in the name.
_PROVINCE_CUES = ("provinsi ", "prov ", "prov. ")


def _foreign_provinces(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Drop the unknown "Provinsi X" of a text that names no foreign country.

    The scanner reads an unknown name after "Provinsi" as another country's province
    ("Provinsi Nangarhar", :func:`~beritanlp.rules.places.scan.cued_mention`); a text that
    names no country but Indonesia has no foreign province, and the words after its
    "Provinsi" are something else ("Provinsi Kategori Siaran Pers": an award's category).
    """
    unknown = [m for m in mentions if m.place is not None and m.place.code is None
               and m.place.type == "provinsi"
               and m.place.name.casefold().startswith(_PROVINCE_CUES)]
    if not unknown:
        return mentions
    if any(m.place is not None and m.place.type == "negara" and is_foreign(m.place)
           for m in mentions):
        return mentions
    drop = {id(m) for m in unknown}
    return [m for m in mentions if id(m) not in drop]


#: What may come right before a village read before a district found without a cue: a
#: comma, a lowercase word, or a neighbourhood unit's number ("RW 12 Rorotan"); not a
#: capitalised word or a number of a venue's name ("SDN 19 Tugu Utara", "(TMP) Kalibata").
_CHAIN_LEAD = re.compile(
    r"(?:,|(?<![\w-])[a-z]+|\b(?:RT|RW|Rt|Rw)\.? ?\d+(?:/ ?(?:RW|Rw)\.? ?\d+)?) \Z")
_CHAIN_WINDOW = 24


def _chained_parents(
    gaz: Gazetteer, text: str, words: Words, mentions: list[PlaceMention],
    new: list[PlaceMention],
) -> list[PlaceMention]:
    """Bare villages right before a district that was itself found bare ("A, B, <regency>").

    :func:`~beritanlp.rules.places.scan.parent_pattern` reads a name before a parent found
    so far; a district it (or the district rules) found becomes the parent of the village
    before it. Such a village needs a plain lead (:data:`_CHAIN_LEAD`) and must not be named
    like a district of the same regency, or like one the text writes with its cue (an item of
    a list of districts: "Sail, Tampan, Payung Sekaki" beside "Kecamatan Tampan").
    """
    found: list[PlaceMention] = []
    districts = {m.name_key for m in mentions if m.cue_type == "kecamatan"}
    while new:
        hits = [m for m in parent_pattern(gaz, text, words, [*mentions, *found])
                if _chain_lead(text, m) and m.name_key not in districts
                and not _named_as_district(gaz, m)]
        found.extend(hits)
        new = hits
    return found


def _chain_lead(text: str, m: PlaceMention) -> bool:
    """A comma, a lowercase word or a unit's number comes right before ``m``."""
    return _CHAIN_LEAD.search(text, max(0, m.start - _CHAIN_WINDOW), m.start) is not None


def _named_as_district(gaz: Gazetteer, m: PlaceMention) -> bool:
    """``m`` is also a district's name in the regency of one of its candidates."""
    regencies = {c.code[:5] for c in m.candidates if c.code}
    return any(c.code and c.code[:5] in regencies for c in gaz.kecamatan.get(m.name_key, ()))


def _kampung_places(
    text: str, gaz: Gazetteer, words: Words, mentions: list[PlaceMention],
) -> list[PlaceMention]:
    """The mentions with the kampung villages and neighbourhoods (:mod:`.kampung`).

    "Kampung Bali, Kecamatan X" (a village) and "warga Kampung Bali" (a neighbourhood) each
    swallow the names inside them; the villages are read first.
    """
    mentions = _swallowed(mentions, kampung_villages(text, gaz, words, mentions))
    return _swallowed(mentions, kampung_areas(text, gaz, words, mentions))


def _swallowed(
    mentions: list[PlaceMention], found: list[PlaceMention],
) -> list[PlaceMention]:
    """The ``mentions`` that no span of ``found`` holds whole, then ``found``.

    A longer name found later swallows the shorter names inside it; the spans are indexed once
    (a scan of ``found`` per mention is quadratic on long texts).
    """
    if not found:
        return mentions
    covers = Covering([(f.start, f.end) for f in found])
    return [m for m in mentions if not covers.covers(m.start, m.end)] + found


def _local_echoes(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A district or village of several words found once is that place where written again.

    "lahan di Bidara Cina ... warga Bidara Cina": the second time the words hold a shorter
    name ("Cina") that would be read alone; the village's mention replaces it. The mentions
    inside or across a hit, and the echoes holding a mention, are found by bisection.
    """
    local = {m.text: m for m in mentions if " " in m.text and m.candidates and not m.cued
             and all(c.type in {"kecamatan", "desa"} and c.code for c in m.candidates)}
    if not local:
        return mentions
    spans = Covering([(m.start, m.end) for m in mentions])
    taken = {(m.start, m.end) for m in mentions}
    echoes: list[PlaceMention] = []
    for name, m in local.items():
        for hit in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            start, end = hit.span()
            if (start, end) not in taken and spans.only_inside(start, end):
                echoes.append(replace(m, start=start, end=end))
    if not echoes:
        return mentions
    covers = Covering([(e.start, e.end) for e in echoes])
    return [m for m in mentions if not covers.covers(m.start, m.end)] + echoes


def _features_named_as_districts(mentions: Sequence[PlaceMention]) -> None:
    """A feature named like a district the text names with its cue is that district.

    "Kecamatan Pulau Hiri ... warga Pulau Hiri": the island's mentions join the district's.
    """
    districts = {m.name_key: m for m in mentions
                 if not m.yields and m.cue_type == "kecamatan" and m.candidates}
    if not districts:
        return
    for m in mentions:
        if not m.yields:
            continue
        cued = districts.get(_NON_KEY.sub("", m.text.casefold()))
        if cued is not None:
            m.candidates, m.cue_type, m.place = cued.candidates, "kecamatan", None
            m.name_key, m.yields = cued.name_key, False


def extract_places(
    text: str,
    gazetteer: Gazetteer,
    blocked_spans: Sequence[tuple[int, int]] = (),
    loc_spans: Sequence[tuple[int, int]] = (),
    *,
    bureaus: frozenset[str] = frozenset(),
    plain_word: Callable[[str], bool] | None = None,
) -> list[dict]:
    """Return the place records of a text (``find_places`` + ``place_records``).

    Parameters
    ----------
    text
        The article text.
    gazetteer
        The lookup tables (:class:`~beritanlp.lexicons.regions.Gazetteer`).
    blocked_spans
        Character ranges inside which places are not reported on their own.
    loc_spans
        Character ranges an entity recogniser tagged as locations.
    bureaus
        Bureau words after a post's short form (see :func:`find_places`).
    plain_word
        The dictionary test of an ordinary word (see :func:`find_places`).

    Returns
    -------
    list of dict
        One record per place (see :func:`place_records`).
    """
    gaz = gazetteer
    mentions = find_places(text, gaz, blocked_spans, loc_spans, bureaus=bureaus,
                           plain_word=plain_word)
    return place_records(mentions, gaz)
