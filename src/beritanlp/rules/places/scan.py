"""Mentions found word by word: cued names, island groups, bare names, "X, <parent>" names."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from beritanlp.lexicons.regions import CUES, WHOLE_RUN_CUES, Gazetteer, Place, key
from beritanlp.lexicons.words import word_list
from beritanlp.rules.places.features import feature_at
from beritanlp.rules.places.local import PLACE_LEADS
from beritanlp.rules.places.mention import PlaceMention
from beritanlp.rules.places.shape import (
    ADMIN_WORDS,
    AGENCY_WORDS,
    INDONESIA,
    LANGUAGE_WORDS,
    ORDINARY,
    after_party_board,
    agency_head,
    confirmed_in_body,
    cue_at,
    headline_only,
    in_venue,
    is_foreign,
    joined,
    mid_sentence,
    name_shape_ok,
    name_word,
    prev_word,
)
from beritanlp.text.headline import headline_end, title_case_lines
from beritanlp.text.numbers import roman_to_int
from beritanlp.text.words import Word, Words

#: Places a district's name may be followed by in its police sector's name ("Sukarami
#: Palembang").
_PARENT_TYPES = frozenset({"kota", "kabupaten", "provinsi"})

def match_name(
    gaz: Gazetteer, text: str, words: Words, i: int, table: str,
    type_: str | None, glued: bool = False, variants: bool = False,
) -> tuple[int, list[Place]] | None:
    """Longest capitalised name at word i found in ``table`` (index/kecamatan/desa).

    The table is asked first (a dict lookup on the joined lowercase words); only a name it
    knows has its gaps checked (single spaces or hyphens) and, for a short alias kept in
    capitals, its spelling read. A foreign place listed in several words is matched by one
    glued word ("Danang", "Newyork") only when ``glued`` is set: the caller read a place's
    context around it (:func:`glued_place`). With ``variants`` set (the caller read a cue or a
    locative before the name), a name the table lacks may be a spelling variant of one it has
    (``Gazetteer.variant``: "Madinnah", "Kota Bukitinggi"), read only for the whole run of
    capitalised words (the first word of a person's or a body's name is no variant).
    """
    lows = words.lows
    run = 0
    while run < 6 and i + run < len(lows) and name_word(text, words, i + run):
        run += 1
    # the whole run's length, read only for variants (most names are looked up without them)
    whole = next((n for n in range(run, 0, -1) if joined(text, words, i, n)), 0) \
        if variants else 0
    for n in range(run, 0, -1):
        found = _found(gaz, text, words, (i, n), table, type_, glued)
        if not found and variants and n == whole:  # not "Kendall| Jenner": a name's first word
            spelled = gaz.variant("".join(lows[i:i + n]), table)
            found = _found(gaz, text, words, (i, n), table, type_, glued, spelled) \
                if spelled else []
        if found and joined(text, words, i, n):
            return n, found
    return None


def _found(
    gaz: Gazetteer, text: str, words: Words, span: tuple[int, int], table: str,
    type_: str | None, glued: bool, k: str | None = None,
) -> list[Place]:
    """The places of ``table`` under the key of words ``span`` (or under ``k``, a variant's)."""
    i, n = span
    written = "".join(words.lows[i:i + n])
    k = k or written
    if table == "index":
        found = [p for p in gaz.index.get(k, ()) if type_ is None or p.type == type_]
        # A short alias written in capitals (RI, AS, OKI) must be written in capitals.
        if found and k in gaz.caps_keys and not "".join(words.texts[i:i + n]).isupper():
            found = []
        if n == 1 and not glued and k in gaz.spaced_keys:
            # "Danang" is a given name; the Vietnamese city is written "Da Nang"
            found = [p for p in found if p.name not in gaz.spaced_keys[k]]
        return found
    if table == "kecamatan":
        return list(gaz.kecamatan.get(k, []))
    return gaz.desa_places(k)


def scan_at(
    gaz: Gazetteer, text: str, words: Words, i: int,
    honorifics: frozenset[tuple[str, ...]] = frozenset(),
) -> tuple[PlaceMention, int] | None:
    """The mention starting at word ``i`` and the index of the word after it, if any.

    ``honorifics`` may follow a name its cue wants whole (:data:`WHOLE_RUN_CUES`).
    """
    if _capital_phrase(text, words, i):
        return None
    cue = cue_at(text, words, i)
    if cue is not None:
        found = cued_mention(gaz, text, words, i, cue, honorifics)
        if found is not None or cue[2] == "agency":
            return found
    found = feature_at(gaz, text, words, i)
    if found is not None:
        return found
    return bare_mention(gaz, text, words, i)


def _capital_phrase(text: str, words: Words, i: int) -> bool:
    """Word ``i`` is the "Kota" of "Ibu Kota" (a capital): no cue of a city's name.

    "Ibu Kota Baru" is the new capital, not a town "Kota Baru"; the name after it
    ("Ibu Kota Jakarta") is still read on its own.
    """
    return (words.lows[i] == "kota" and i > 0 and words.lows[i - 1] == "ibu"
            and joined(text, words, i - 1, 2))


def cued_mention(
    gaz: Gazetteer, text: str, words: Words, i: int, cue: tuple[int, str, str],
    honorifics: frozenset[tuple[str, ...]] = frozenset(),
) -> tuple[PlaceMention, int] | None:
    """A name after a cue ("Kabupaten Bogor", "Wali Kota Bogor", "Pemkab Bogor").

    After a cue of :data:`WHOLE_RUN_CUES` ("Kapolsek"), the name is the whole capitalised
    run, an honorific or rank of ``honorifics`` may end it ("Kapolsek Tebet AKP Y").
    """
    n_cue, type_, role = cue
    j = i + n_cue
    hit = _cued_name(gaz, text, words, i, cue)
    if hit is None:
        return None
    n, cands = hit
    if tuple(words.lows[i:j]) in WHOLE_RUN_CUES and not _whole_run(gaz, text, words, j, n,
                                                                     honorifics):
        return None
    include_cue = role == "part" and words[i].cap and not _cue_of_other_level(type_, cands)
    start = words[i].start if include_cue else words[j].start
    end = words[j + n - 1].end
    blocked = "agency" if role == "agency" else None
    prev = prev_word(words, text, i)
    if blocked is None and agency_head(prev, cands):
        blocked = "agency"
    if blocked is None and in_venue(text, words, j, n):
        blocked = "venue"
    mention = PlaceMention(start, end, text[start:end], cands,
                           cue_type=cands[0].type if len({c.type for c in cands}) == 1
                           else type_, blocked=blocked,
                           name_key="".join(w.low for w in words[j:j + n]),
                           after_title=role == "title", cued=include_cue)
    return mention, j + n


#: Cues of a town's or regency's level: a province after one is no town of that name.
_TOWN_CUE_TYPES = frozenset({"kota", "kabupaten"})


def _cue_of_other_level(type_: str, cands: Sequence[Place]) -> bool:
    """Tell whether a town's cue stands before a name that only a province has.

    "Balai Kota DKI Jakarta" is the city hall of the province of Jakarta: "Kota" there is a
    word of the venue's name, not the cue of a town, and the place is written "DKI Jakarta"
    (GUIDELINE.md: the name as written). A town or regency of the name keeps its cue
    ("Balai Kota Bogor": Kota Bogor).
    """
    return type_ in _TOWN_CUE_TYPES and bool(cands) and all(c.type == "provinsi"
                                                            for c in cands)


def _whole_run(
    gaz: Gazetteer, text: str, words: Words, j: int, n: int,
    honorifics: frozenset[tuple[str, ...]],
) -> bool:
    """Words ``j .. j+n`` are a whole capitalised run and not a bare cue word ("Kota").

    An honorific or a rank may follow them ("Tebet AKP Budi": the officer's name), and so may
    the agency the sector belongs to ("Semarang Utara Polrestabes Semarang") or a city,
    regency or province ("Sukarami Palembang"); not another word of a longer name
    ("Tanjung Duren").
    """
    if n == 1 and (words.lows[j],) in CUES:
        return False
    k = j + n
    if k >= len(words) or not (words.caps[k] and text[words.ends[k - 1]:words.starts[k]]
                               in (" ", "-")):
        return True
    return words.lows[k] in AGENCY_WORDS \
        or any(tuple(words.lows[k:k + m]) in honorifics for m in (1, 2, 3)) \
        or any(p.type in _PARENT_TYPES for p in gaz.lookup(words.texts[k]))


def _cued_name(
    gaz: Gazetteer, text: str, words: Words, i: int, cue: tuple[int, str, str],
) -> tuple[int, list[Place]] | None:
    """The length and candidates of the name after the cue at word ``i``, if any.

    A title followed by a cue of its own ("Keuchik Gampong Lamteh", "Bupati Kabupaten X")
    leaves the name to that cue. A known village or district that is only the start of the
    capitalised name after its cue ("Desa Gunung Remuk": a village "Gunung" exists) gives way
    to the whole name, read as a place the gazetteer lacks.
    """
    n_cue, type_, role = cue
    j = i + n_cue
    if role == "title" and j < len(words) and _part_cue(text, words, j):
        return None
    table = {"kecamatan": "kecamatan", "desa": "desa"}.get(type_, "index")
    hit = match_name(gaz, text, words, j, table, type_ if table == "index" else None,
                     glued=True, variants=table == "index")
    if hit is None and table == "index":
        hit = match_name(gaz, text, words, j, "index", None, glued=True, variants=True)
    if role != "part" or not words.caps[i]:
        return hit
    if type_ in _LOCAL_TYPES and (hit is None or _cut_short(gaz, text, words, j, hit[0])) \
            and not _compound_before(words, i):
        unknown = _unknown_local(gaz, text, words, (i, j), type_)
        if unknown is not None and (hit is None or unknown[0] > hit[0]):
            hit = unknown
    if type_ == "kota" and (hit is None or _regions_only(hit[1])):
        hit = _district_town(gaz, text, words, i, j, hit)
    if type_ == "provinsi" and hit is None:
        hit = _misspelt_province(gaz, text, words, j) or _foreign_province(gaz, text, words,
                                                                           (i, j))
    return hit


#: The most words of a province's long name ("Daerah Khusus Ibukota Jakarta").
_MAX_PROVINCE_WORDS = 5


def _misspelt_province(
    gaz: Gazetteer, text: str, words: Words, j: int,
) -> tuple[int, list[Place]] | None:
    """A province's long name misspelt after its cue: "Provinsi Nangroe Aceh Darusalim".

    The whole run of capitalised words after the cue (joined, at most
    :data:`_MAX_PROVINCE_WORDS`) is one letter off one province's name or alias
    (:meth:`Gazetteer.misspelt_province`); a run that goes on is no such name.
    """
    n = 0
    while j + n < len(words) and words.caps[j + n] and (n == 0 or joined(text, words, j, n + 1)):
        n += 1
        if n > _MAX_PROVINCE_WORDS:
            return None
    if n < 2:
        return None
    places = gaz.misspelt_province("".join(words.lows[j:j + n]))
    return (n, places) if places else None


def _longer_district(gaz: Gazetteer, text: str, words: Words, i: int, n: int) -> bool:
    """Tell whether a district's name at word ``i`` is longer than the ``n`` words matched."""
    district = match_name(gaz, text, words, i, "kecamatan", None)
    return district is not None and district[0] > n


def _regions_only(cands: list[Place]) -> bool:
    """Tell whether every candidate is a region without a code (a town, an island, ...)."""
    return all(p.type == "wilayah" and not p.code for p in cands)


#: Generic words that begin many village and district names ("Gunung Remuk", "Batu Ampar",
#: "Sungai Limau"): a village known by the word alone is rarely the one meant when a
#: capitalised word follows it. The feature cue words ("gunung", "sungai" ...) count too.
_GENERIC_HEADS = frozenset({
    "batu", "bukit", "tanjung", "air", "pasir", "karang", "lubuk", "muara", "sumber", "ujung",
    "padang", "tanah", "rawa", "kuala", "kali", "tegal", "pematang", "labuhan", "lebak",
    "talang", "sei", "way", "kampung", "bandar", "koto", "tanjong", "pangkalan", "simpang",
})


def _cut_short(gaz: Gazetteer, text: str, words: Words, j: int, n: int) -> bool:
    """Tell whether the known name of ``n`` words at word ``j`` stops inside a longer name.

    It does when the word after it is the second half of a reduplicated word ("Kupu-kupu"),
    or when the name is one generic word ("Gunung", "Batu") and a capitalised word follows.
    """
    k = j + n
    if k >= len(words) or not name_word(text, words, k):
        return False
    if not words.caps[k]:
        return True  # "Kupu-kupu": the reduplication goes on
    low = words.lows[j]
    return n == 1 and (low in _GENERIC_HEADS or low in gaz.wilayah_parts)


def _part_cue(text: str, words: Words, j: int) -> bool:
    """Tell whether an administrative cue that belongs to its mention starts at word ``j``."""
    cue = cue_at(text, words, j)
    return cue is not None and cue[2] == "part"


def _district_town(
    gaz: Gazetteer, text: str, words: Words, i: int, j: int,
    region: tuple[int, list[Place]] | None = None,
) -> tuple[int, list[Place]] | None:
    """"Kota Rengat": no city, but a district's or a known town's name: that town.

    As :mod:`~beritanlp.rules.places.local` reads it in the district's own region, a ``kota``
    without a code; here the cue alone is the evidence, wherever the district lies. A town
    the gazetteer lists as a region (``region``: "Kota Wamena") is read the same way.
    """
    if words.lows[j] in ADMIN_WORDS or words.lows[j] in ORDINARY:
        return region  # "Wali Kota Kota Solo": a doubled cue, not the district "Kota"
    hits = [h for h in (match_name(gaz, text, words, j, "kecamatan", None), region) if h]
    if not hits:
        return None
    hit = max(hits, key=lambda h: h[0])  # "Kota Pangkalan Bun": the town, not "Pangkalan"
    n = hit[0]
    return n, [Place(name=text[words.starts[i]:words.ends[j + n - 1]], type="kota")]


#: Cue types whose places the gazetteer may lack (villages are renamed, split and misspelt).
_LOCAL_TYPES = frozenset({"desa", "kecamatan"})
#: Capitalised words after "Desa"/"Kelurahan" that describe a programme or a class of
#: villages, not a village's name ("Desa Wisata", "Desa Siaga", "Kelurahan Tangguh")
#: (``lexicons/data/village_classes.txt``, shared with the NER knowledge step).
_VILLAGE_CLASSES = frozenset(word_list("village_classes"))
_MAX_LOCAL_WORDS = 3
#: Words before "Desa"/"Kelurahan"/"Kecamatan" that make it part of a title or a compound
#: ("Kepala Desa", "Dana Desa", "Pemilihan Kepala Desa"): the capitalised words after it
#: are then a person's name or the compound's own words, not an unknown village
#: (``lexicons/data/unit_posts.txt``, shared with the NER knowledge step, and
#: ``unit_compounds.txt``).
_COMPOUND_BEFORE = frozenset(word_list("unit_posts") + word_list("unit_compounds"))


def _compound_before(words: Words, i: int) -> bool:
    """Whether the cue at word ``i`` follows a word that makes it a compound, or an acronym.

    "Kepala Desa Hendra Gunawan" names a person, "Dana Desa Tahap II" a fund, "KKN Desa
    Penari" a title: none is an unknown village. A hamlet's Roman number before it
    ("Dusun III Desa Talang Bulu") is no acronym.
    """
    if i == 0:
        return False
    prev = words.texts[i - 1]
    return words.lows[i - 1] in _COMPOUND_BEFORE or (
        len(prev) >= 2 and prev.isupper() and not _hamlet_number(prev))


def _hamlet_number(word: str) -> bool:
    """A Roman numeral of I, V and X ("Dusun III Desa X"): a unit's number, no acronym."""
    return set(word) <= {"I", "V", "X"} and roman_to_int(word) is not None


def _unknown_local(
    gaz: Gazetteer, text: str, words: Words, cue: tuple[int, int], type_: str,
) -> tuple[int, list[Place]] | None:
    """A village or district the gazetteer lacks, named after its capitalised cue.

    "Desa Brencong": up to three capitalised words, none an ordinary word or a word that
    names a class of villages rather than one ("Desa Wisata", "Desa Siaga"). A known region
    after the cue is no village ("belasan Desa Kulon Progo": villages of the regency).
    ``cue`` holds the word indexes of the cue and of the name after it.
    """
    i, j = cue
    n = 0
    while (n < _MAX_LOCAL_WORDS and j + n < len(words) and name_word(text, words, j + n)
           and words.lows[j + n] not in ORDINARY and words.lows[j + n] not in _VILLAGE_CLASSES
           and not words.texts[j + n].isupper() and joined(text, words, j - 1, n + 2)
           and not (n and _region_starts(gaz, words, j + n))):
        n += 1
    if n == 0 or "".join(words.lows[j:j + n]) in gaz.index:
        return None
    n = confirmed_in_body(text, words, j, n)
    if headline_only(text, words.starts[j], words.ends[j + n - 1]):
        return None  # "Desa Dikerahkan" in a title-case headline: no village the body names
    start, end = words.starts[i], words.ends[j + n - 1]
    return n, [Place(name=text[start:end], type=type_)]


#: Words that describe or point rather than name, first after "Provinsi" ("Provinsi Timur",
#: "Provinsi Tangguh"): the area nouns' words (``lexicons/data/not_area.txt``), the village
#: classes, and "Daerah" of a special region's long form ("Provinsi Daerah Khusus Ibu Kota
#: Negara ... Jakarta").
_NOT_PROVINCE_HEADS = (frozenset(w.casefold() for w in word_list("not_area"))
                       | _VILLAGE_CLASSES | {"daerah"})


def _foreign_province(
    gaz: Gazetteer, text: str, words: Words, cue: tuple[int, int],
) -> tuple[int, list[Place]] | None:
    """A province the gazetteer lacks after a capitalised "Provinsi": another country's.

    Indonesia's provinces are all known (with their short forms), so "Provinsi Nangarhar" or
    "Provinsi Khyber-Pakhtunkhwa" is a foreign province, read as an unknown village is
    (:func:`_unknown_local`: capitalised words, not an ordinary word or a class, confirmed
    in the body). A first word that describes or points ("Provinsi Timur", "Provinsi Sehat")
    or a title or compound before the cue ("Kepala Provinsi X") names none.
    """
    i, j = cue
    if j >= len(words) or words.lows[j] in _NOT_PROVINCE_HEADS or _compound_before(words, i):
        return None
    return _unknown_local(gaz, text, words, cue, "provinsi")


#: Types of the regions whose name ends a village's or district's name after it.
_PARENT_TYPES = frozenset({"negara", "provinsi", "kabupaten", "kota"})


def _region_starts(gaz: Gazetteer, words: Words, k: int) -> bool:
    """Tell whether a known region's name (not also an ordinary word) begins at word ``k``.

    It ends an unknown village's name: "Kelurahan Sukamaju Jakarta Timur" is the village
    in the city.
    """
    for m in (3, 2, 1):
        places = gaz.index.get("".join(words.lows[k:k + m]), ())
        if any(p.type in _PARENT_TYPES and not p.common for p in places):
            return True
    return False


def _island_cued(
    gaz: Gazetteer, text: str, words: Words, i: int, cands: Sequence[Place]
) -> bool:
    """A feature's name that is also a word, right after its own cue ("Warga Pulau Seram").

    A cue whose name is the place (mode "inner" of feature_cues.txt: "Pulau", "Gunung") makes
    a geographic feature's name (type "wilayah") no ordinary word, whatever word stands before
    the cue; a region's name after one is not read so ("Gunung Batu" is no city).
    """
    prev = prev_word(words, text, i)
    return (prev is not None and prev.cap and gaz.feature_cues.get((prev.low,)) == "inner"
            and all(c.type == "wilayah" for c in cands))


def bare_mention(
    gaz: Gazetteer, text: str, words: Words, i: int,
) -> tuple[PlaceMention, int] | None:
    """A capitalised name without a cue."""
    hit = match_name(gaz, text, words, i, "index", None)
    if hit is None and words.lows[i] in gaz.spaced_keys and glued_place(gaz, text, words, i):
        hit = match_name(gaz, text, words, i, "index", None, glued=True)
    if hit is None:
        hit = _variant_after_lead(gaz, text, words, i)
    if hit is None:
        return None
    n, cands = hit
    if _regions_only(cands) and _longer_district(gaz, text, words, i, n):
        return None  # "Ungaran Barat": the district rules read it in its region's context
    party = after_party_board(text, words, i)  # "DPC PDIP Solo Budi": the branch's region
    if all(c.common for c in cands):
        # A name that is also a word must stand alone after a lowercase word: "di Batu" yes;
        # "Batu Bata" (headline), "Puncak Bogor", "Kapolda Metro Jaya" no.
        if not (party or mid_sentence(text, words, i) or _island_cued(gaz, text, words, i, cands)):
            return None
        nxt = i + n
        if not party and nxt < len(words) and words[nxt].cap and joined(text, words, nxt - 1, 2):
            return None
    ws = words[i:i + n]
    if all(w.text.isupper() for w in ws) and any(c.common for c in cands):
        return None
    if _in_foreign_state_name(text, words, i, n, cands):
        return None
    n, cands, end = _name_extended(gaz, text, words, (i, n), cands)
    ws = words[i:i + n]
    start = ws[0].start
    name_key = "".join(w.low for w in ws)
    # a town also named as a district ("Sentani"): the district rules may read the district
    # in its own region's context and replace the town
    mention = PlaceMention(start, end, text[start:end], cands, name_key=name_key,
                           yields=_regions_only(cands) and name_key in gaz.kecamatan)
    prev = prev_word(words, text, i)
    if agency_head(prev, cands):
        mention.blocked = "agency"
    elif _language(text, words, i):
        mention.blocked = "language"
    elif in_venue(text, words, i, n) and not party:
        mention.blocked = "venue"  # not "DPD Partai Golkar Jawa Timur": a title's region
    elif _foreign_name_head(gaz, text, words, i, n, cands):
        mention.blocked = "venue"
    return mention, i + n


#: Lowercase words after which a name the gazetteer lacks is read as a spelling variant of a
#: region, country or foreign place it has: the locatives and resident words of the local
#: rules, country nouns and the cue words of regencies, cities and provinces ("asal
#: Malaisya", "di Madinnah").
_VARIANT_LEADS = PLACE_LEADS | {"negara", "negeri"} | {
    cue[0] for cue, (type_, role) in CUES.items()
    if len(cue) == 1 and role == "part" and type_ in _PARENT_TYPES}


def _variant_after_lead(
    gaz: Gazetteer, text: str, words: Words, i: int,
) -> tuple[int, list[Place]] | None:
    """A spelling variant of a place right after a locative or a place noun, if any.

    Only a place that is no ordinary word (not ``common``) and no village: "di Madinnah" is
    Madinah; "di Sela" (too short) and a variant of a common word are nothing.
    """
    # the word columns first: most capitalised words follow no lead (no Word object made)
    if i == 0 or words.caps[i - 1] or words.lows[i - 1] not in _VARIANT_LEADS \
            or prev_word(words, text, i) is None:
        return None
    hit = match_name(gaz, text, words, i, "index", None, variants=True)
    if hit is None or any(c.common or c.type == "desa" for c in hit[1]) \
            or _parent_elsewhere(gaz, text, words, i + hit[0], hit[1]):
        return None
    return hit


def _parent_elsewhere(
    gaz: Gazetteer, text: str, words: Words, nxt: int, places: Sequence[Place],
) -> bool:
    """The place comma-joined after a variant (word ``nxt``) cannot hold the variant's places.

    "di Kendall, Florida": a name written before a place abroad is no Indonesian region;
    "di Monterey, California": a foreign town is written before its country, not before a
    state or town abroad. A variant of an Indonesian region before an Indonesian place, and
    of a foreign one before a country, stays ("di Madinnah, Arab Saudi").
    """
    if nxt >= len(words) or text[words.ends[nxt - 1]:words.starts[nxt]] != ", ":
        return False
    hit = match_name(gaz, text, words, nxt, "index", None)
    if hit is None:
        return False
    parents = hit[1]
    if any(p.code for p in places):
        return any(is_foreign(p) for p in parents)
    return not any(p.type == "negara" for p in parents)


#: Words before a glued foreign name that make it the place ("di Newyork", "kota Newyork",
#: "KBRI PhnomPenh"): a locative "di" and place or mission nouns. "ke" and "dari" are not among
#: them: "minta maaf ke Danang", "terdiri dari Danang ..." name a person.
_GLUED_BEFORE = frozenset({
    "di", "kota", "ibukota", "negara", "negeri", "kbri", "kjri", "kdei", "konjen", "kedubes",
    "konsulat", "kedutaan",
})
#: What may stand between a glued foreign name and its country: "PhnomPenh, Kamboja",
#: "Newyork di Amerika Serikat", "Denhaag negeri Belanda".
_GLUED_TO_COUNTRY = frozenset({" ", ", ", " di ", " negeri ", " negara "})


def glued_place(gaz: Gazetteer, text: str, words: Words, i: int) -> bool:
    """Tell whether the glued foreign name at word ``i`` ("Newyork") stands as a place.

    A foreign place listed in several words ("Da Nang", "New York") is also a given name or a
    campus when written as one word ("Danang", "Georgetown"): the one word is the place only
    after a locative "di", a place or mission noun ("kota Newyork", "KBRI PhnomPenh") or
    before its country ("Denhaag negeri Belanda", "PhnomPenh, Kamboja").
    """
    prev = i - 1
    if prev >= 0 and words.lows[prev] in _GLUED_BEFORE \
            and text[words.ends[prev]:words.starts[i]].isspace():
        return True
    for k in (i + 1, i + 2):
        if k < len(words) and text[words.ends[i]:words.starts[k]] in _GLUED_TO_COUNTRY:
            country = match_name(gaz, text, words, k, "index", "negara")
            if country is not None:
                return True
    return False


def _foreign_name_head(
    gaz: Gazetteer, text: str, words: Words, i: int, n: int, cands: Sequence[Place],
) -> bool:
    """Tell whether a foreign city or state begins a longer capitalised name.

    "kompleks makam Astana Giribangun", "harian Washington Post": a capitalised word that is
    no ordinary word, no direction ("Ohio Selatan") and starts no place follows the name in
    the body (as :func:`_in_foreign_state_name` reads a state before a club's word).
    Indonesian places (with a code) and countries are left alone ("Jawa Barat", "Malaysia
    Mahathir"), and so is a title-case headline.
    """
    if not all(c.code is None and c.type in {"kota", "provinsi"} for c in cands):
        return False
    k = i + n
    if k >= len(words) or not words.caps[k] or text[words.ends[k - 1]:words.starts[k]] != " ":
        return False
    if words.lows[k] in ORDINARY or words.lows[k] in _DIRECTIONS or words.texts[k].isupper():
        return False
    if words.starts[i] < headline_end(text):
        return False
    return match_name(gaz, text, words, k, "index", None) is None


#: How many listed names a language list ("berbahasa Inggris, Arab dan Jepang") may hold.
_MAX_LANGUAGES = 8
_LIST_JOINS = frozenset({"dan", "atau", "serta"})


def _language(text: str, words: Words, i: int) -> bool:
    """Tell whether word ``i`` names a language ("bahasa Jawa", "berbahasa Arab dan Jepang").

    Read back from word ``i`` over a list of capitalised words joined by commas, "dan",
    "atau" or "serta" (at most :data:`_MAX_LANGUAGES`) to a language word right before the
    list.
    """
    k = i
    for _ in range(_MAX_LANGUAGES):
        prev = k - 1
        if prev < 0:
            return False
        gap = text[words.ends[prev]:words.starts[k]]
        if words.lows[prev] in LANGUAGE_WORDS:
            return k == i or gap == " "
        if words.lows[prev] in _LIST_JOINS and gap == " ":
            prev -= 1
            gap = text[words.ends[prev]:words.starts[prev + 1]] if prev >= 0 else ""
            if gap not in {" ", ", "}:
                return False
        elif gap != ", ":
            return False
        if prev < 0 or not words.caps[prev]:
            return False
        k = prev
    return False


#: Capitalised words after which a foreign state is named as one ("Negara Bagian Ohio").
_DIRECTIONS = frozenset({"utara", "selatan", "barat", "timur", "tengah", "raya"})


def _in_foreign_state_name(
    text: str, words: Words, i: int, n: int, cands: Sequence[Place],
) -> bool:
    """A foreign state followed by a capitalised word names a club or team, not the state.

    "Colorado AC" and "Utah Jazz" are no places; "Ohio Selatan" (a direction) is. The word
    before the state is not read: a capitalised word there is as often a sentence's first word
    or a title ("Di Ohio", "Warga Ohio", "Gubernur Ohio") as a brand.
    """
    if not all(c.type == "provinsi" and c.code is None for c in cands):
        return False
    nxt = i + n
    return (nxt < len(words) and words[nxt].cap and words[nxt].low not in _DIRECTIONS
            and joined(text, words, nxt - 1, 2))


#: Directions that name a part of a city or state abroad written after it ("Yerusalem Timur").
_QUARTERS = _DIRECTIONS - {"raya"}
#: Types of the places abroad whose part a direction after them names.
_QUARTERED = frozenset({"kota", "negara"})
#: Second words of a compass direction of two words ("Timur Laut", "Barat Daya", "Timur
#: Jauh"): the part of the place abroad is named by both ("Suriah Timur Laut").
_DIRECTION_TAILS = frozenset({"laut", "daya", "jauh"})


def _foreign_quarter(
    gaz: Gazetteer, text: str, words: Words, i: int, n: int, cands: Sequence[Place],
) -> int:
    """How many direction words after a city or country abroad name its part (0: none).

    "Yerusalem Timur", "Berlin Barat": a capitalised direction joined after a foreign city (no
    Kemendagri code) names a part of the city with a name of its own, reported as written
    with type ``wilayah``; so does one after a country the tables know without it ("Filipina
    Selatan", "Suriah Utara": a region of the country). A direction of two words is read whole
    ("Suriah Timur Laut", "Rusia Timur Jauh": 2). A country named with its direction is
    matched whole before this is asked ("Korea Selatan", "Sudan Selatan"). Not after
    Indonesia, an Indonesian region ("Jakarta Timur" is a region of its own), a state abroad
    ("Ohio Selatan" is the south of the state, which is reported) or a name ending in a
    direction already ("Korea Utara Tengah"). Nor a direction that starts another name with
    the word after it ("Kairo Timur Tengah": Kairo and Timur Tengah; "Timur Leste"), nor
    "Tengah" before another capitalised word ("Malaysia Tengah Selidiki ...": "tengah" is
    "currently" there), nor one in a title-case line (a headline capitalises every word:
    "Jepang Tengah Siapkan Evakuasi").
    """
    if not cands or not all(c.code is None and c.type in _QUARTERED
                            and key(c.name) not in INDONESIA for c in cands):
        return 0
    nxt = i + n
    if not (nxt < len(words) and words.caps[nxt] and words.lows[nxt] in _QUARTERS
            and not words.texts[nxt].isupper() and joined(text, words, nxt - 1, 2)
            and words.lows[nxt - 1] not in _DIRECTIONS):
        return 0
    follows = nxt + 1 < len(words) and words.caps[nxt + 1] and joined(text, words, nxt, 2)
    if follows and words.lows[nxt + 1] in _DIRECTION_TAILS and words.lows[nxt] != "tengah":
        width = 2  # "Suriah Timur Laut"
    elif follows and (words.lows[nxt] == "tengah"
                      or gaz.lookup(text[words.starts[nxt]:words.ends[nxt + 1]])):
        return 0
    else:
        width = 1
    start = words.starts[nxt]
    if any(s <= start < e for s, e in title_case_lines(text)):
        return 0
    return width


def _name_extended(
    gaz: Gazetteer, text: str, words: Words, span: tuple[int, int], cands: list[Place],
) -> tuple[int, list[Place], int]:
    """The bare name of ``span`` (word index, length) with what extends it, and its end.

    A direction naming a part of a place abroad ("Yerusalem Timur": an area of its own,
    :func:`_foreign_quarter`) or the initials written with stops after a listed name
    ("Washington D.C.": listed as "Washington DC", :func:`_dotted_initials`; the end takes
    the last stop). Returns the name's length in words, its candidates and its end offset.
    """
    i, n = span
    quarter = _foreign_quarter(gaz, text, words, i, n, cands)
    if quarter:
        n += quarter
        return n, [Place(name=text[words.starts[i]:words.ends[i + n - 1]], type="wilayah")], \
            words.ends[i + n - 1]
    dotted = _dotted_initials(gaz, text, words, i, n)
    if dotted is not None:
        n, cands = dotted
        return n, cands, words.ends[i + n - 1] + 1
    return n, cands, words.ends[i + n - 1]


#: The most initials written with full stops after a name ("Washington D.C.").
_MAX_INITIALS = 3


def _dotted_initials(
    gaz: Gazetteer, text: str, words: Words, i: int, n: int,
) -> tuple[int, list[Place]] | None:
    """The name of ``n`` words at word ``i`` with the initials written after it with stops.

    "Washington D.C.": single capitals each followed by a full stop, after one space, are
    the initials the tables list without stops ("Washington DC"). Returns the words of the
    whole name (initials included) and its places, or None when no such name is listed.
    """
    k = i + n
    if k + 1 >= len(words) or text[words.ends[k - 1]:words.starts[k]] != " ":
        return None  # the cheap test first: a space, then (below) one capital and a stop
    m = 0
    while (m < _MAX_INITIALS and k + m < len(words) and len(words.texts[k + m]) == 1
           and words.caps[k + m] and text[words.ends[k + m]:words.ends[k + m] + 1] == "."
           and (m == 0 or words.starts[k + m] == words.ends[k + m - 1] + 1)):
        m += 1
    if m < 2:
        return None
    places = gaz.index.get("".join(words.lows[i:k + m]), [])
    return (n + m, list(places)) if places else None


#: What stands between a name and its parent region: "Cikini, Jakarta Pusat", "Kalideres
#: Jakbar".
_PARENT_GAPS = frozenset({", ", " "})


def _shorter_inside(start: int, end: int, ws: Sequence[Word]) -> bool:
    """The span lies inside the words ``ws`` and is shorter than them."""
    return ws[0].start <= start and end <= ws[-1].end and end - start < ws[-1].end - ws[0].start


def parent_pattern(
    gaz: Gazetteer, text: str, words: Words, mentions: Sequence[PlaceMention],
) -> list[PlaceMention]:
    """Bare kecamatan/desa names written right before their parent: "Senayan, Jakarta".

    The parent may follow after a comma, or after a space when the name is a district that is
    not itself a region's name ("Lowokwaru Kota Malang", "Kalideres Jakbar" in a headline).

    The name may hold a shorter place name, which it swallows: "Bidara Cina, Jakarta Timur"
    is a kelurahan, not the country "Cina" (the caller drops the mentions inside).
    """
    taken = {(m.start, m.end) for m in mentions}
    occupied = sorted((m.start, m.end) for m in mentions)
    longest = max((e - s for s, e in occupied), default=0)
    by_start = dict(zip(words.starts, range(len(words)), strict=True))
    found: list[PlaceMention] = []
    for m in mentions:
        idx = by_start.get(m.start)
        codes = [c.code for c in m.candidates if c.code]
        if idx is None or idx == 0 or not codes:
            continue
        last = words[idx - 1]
        if text[last.end:m.start] not in _PARENT_GAPS:
            continue
        for n in (3, 2, 1):
            first = idx - n
            if first < 0:
                continue
            ws = words[first:idx]
            if not name_shape_ok(ws) or not joined(text, words, first, n):
                continue
            # spans ending after ws[0].start start at or after ws[0].start - longest
            lo = bisect_left(occupied, (ws[0].start - longest,))
            hi = bisect_left(occupied, (ws[-1].end,))
            if any(s < ws[-1].end and ws[0].start < e and not _shorter_inside(s, e, ws)
                   for s, e in occupied[lo:hi]):
                continue  # a shorter name inside is swallowed ("Cina" of "Bidara Cina")
            if first > 0 and words[first - 1].cap and joined(text, words, first - 1, 2):
                continue  # the tail of a longer name ("Bella Terra Kelapa Gading, Jakarta")
            k = "".join(w.low for w in ws)
            spaced = text[last.end:m.start] == " "
            if spaced and k in gaz.index:
                continue  # "Batu Jatim": a region's own name, not its district
            # without a comma only districts: too many villages are named like venues and
            # clubs ("Pakansari Bogor", "Badak Lampung")
            local = gaz.kecamatan.get(k, []) if spaced else _local_places(
                gaz, k, villages=first > 0 and _village_cue(words[first - 1]))
            cands = [p for p in local
                     if p.code and any(p.code.startswith(c + ".") for c in codes)]
            if not cands or (ws[0].start, ws[-1].end) in taken:
                continue
            start, end = ws[0].start, ws[-1].end
            mention = PlaceMention(start, end, text[start:end], cands, name_key=k)
            if in_venue(text, words, first, n):
                mention.blocked = "venue"
            found.append(mention)
            break
    return found


def _village_cue(word: Word) -> bool:
    """``word`` is a lowercase cue word of a village ("desa", "kelurahan", "nagari")."""
    cue = CUES.get((word.low,))
    return not word.cap and cue is not None and cue == ("desa", "part")


def _local_places(gaz: Gazetteer, k: str, villages: bool = False) -> list[Place]:
    """The districts and villages keyed ``k``, else those ``k`` is a spelling variant of.

    Read before a parent after a comma, which confirms a variant ("Pesanggerahan, Jakarta
    Selatan" is the district Pesanggrahan): the caller keeps only the parent's. An
    ordinary word (:data:`ORDINARY`) is no variant, and a village's variant is read only with
    ``villages`` set (a village's cue word before the name): villages are so many that
    ordinary words are variants of some ("di Tinggal, X" is no village "Tingal").
    """
    found = gaz.kecamatan.get(k, []) + gaz.desa_places(k)
    if found or k in ORDINARY:
        return found
    district = gaz.variant(k, "kecamatan")
    village = gaz.variant(k, "desa") if villages else None
    return ((gaz.kecamatan.get(district, []) if district else [])
            + (gaz.desa_places(village) if village else []))
