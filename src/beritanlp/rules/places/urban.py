"""Urban villages (kelurahan) written bare after a locative, in a city the text names.

"uji coba di antara Rawamangun dan Balai Kota" names a kelurahan without a cue. A bare
capitalised name is taken as a kelurahan only when

* a locative word comes right before it ("di", "ke", "kawasan", "antara" ...; see
  :data:`~beritanlp.rules.places.local.LOCATIVES`),
* the capitalised run is the whole name (it does not go on into a longer name) and is no
  ordinary, hamlet-unit or administrative word ("di Dukuh kowang"), and
* exactly one kelurahan of that name lies in a regency or city the text names, or in a
  province whose cities are all administrative ones (Kota/Kabupaten Administrasi: the
  province is the city-level government, as in Jakarta).

Rural villages (desa) are read this way after a locative in a district (kecamatan) the
text names: their names are far more numerous and often ordinary words, and "di X" is as
often a venue or a hamlet; one district narrows them to a few dozen names. Without a named
district, a desa is read in a regency or city the text names only after "di", "ke",
"kawasan", "wilayah" or "daerah" (:data:`~beritanlp.rules.places.local.REGION_DESA_LEADS`),
when it is the one village of that name there, its name is not made of ordinary words (the
dictionary test ``plain_word``), is no district's name anywhere ("ke Prambanan" in a text
about another regency), is not written as a person's (also in a recogniser's person, "ke Budi
selaku ...", "ke Budi, pelatih ...", "ke Budi dan istrinya") and follows no word for studying
("kuliah di X", a campus): "ke Watuagung" in a text naming its regency, not "di Tipar".
Such a desa stands only if its regency or city is itself reported in the end
(:func:`unsupported_villages`): one named only inside a club's, an agency's or a road's name
("Persikab X", "Jalan Raya X") allows none. After a word for a place's people or their
origin ("warga Botoputih", "asal Botoputih": a resident of the village) a desa is read the
same way as a kelurahan.
Kelurahan codes are told apart by their fourth part ("1xxx").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from beritanlp.lexicons.regions import Gazetteer
from beritanlp.lexicons.words import tagged_words
from beritanlp.rules.places.local import (
    HAMLET_WORDS,
    PERSON_LINKS,
    PLACE_LEADS,
    REGION_DESA_LEADS,
    RESIDENT_WORDS,
    STUDY_WORDS,
    Covering,
    context_codes,
)
from beritanlp.rules.places.mention import PlaceMention
from beritanlp.rules.places.shape import ADMIN_WORDS, ORDINARY, STREET_BEFORE, in_venue, joined
from beritanlp.text.words import Words

_MAX_WORDS = 3
#: One-word names that are ordinary, unit or administrative words ("di Dukuh kowang").
_NOT_NAMES = ORDINARY | HAMLET_WORDS | ADMIN_WORDS
#: Words that make the name before them a person's: ", pelatih ..." or "dan istrinya"
#: (the ``apposed`` rows of ``lexicons/data/person_roles.txt``).
_APPOSED = frozenset(tagged_words("person_roles", "apposed"))


def urban_villages(
    text: str, gaz: Gazetteer, words: Words, mentions: Sequence[PlaceMention],
    plain_word: Callable[[str], bool] | None = None,
    person_spans: Sequence[tuple[int, int]] = (),
) -> tuple[list[PlaceMention], list[PlaceMention]]:
    """New kelurahan mentions after a locative (see the module docstring).

    Parameters
    ----------
    text, gaz, words
        The text, the gazetteer and the text's letter words.
    mentions
        The mentions found so far: their regions are the context, their words are taken.
    plain_word
        The dictionary test of an ordinary lowercase word
        (:func:`beritanlp.stemming.plain.plain_word`); without it no desa is read in a named
        regency or city without its district.
    person_spans
        Character ranges a recogniser labelled persons: a name the text also writes inside
        one (elsewhere, or in a longer person) is no desa read by its regency alone.

    Returns
    -------
    tuple of (list of PlaceMention, list of PlaceMention)
        The villages found, each with its one code, and those of them read by a regency or
        city alone (for :func:`unsupported_villages`).
    """
    taken = Covering((m.start, m.end) for m in mentions)  # indexed once: no scan per word
    after = [i for i in range(1, len(words))
             if words.caps[i] and words.lows[i - 1] in PLACE_LEADS
             and text[words.ends[i - 1]:words.starts[i]] == " "
             and not taken.covers(words.starts[i], words.starts[i] + 1)]
    if not after:
        return [], []
    regions = _city_codes(gaz, mentions)
    districts = _district_codes(mentions, set(regions))
    if not (regions or districts):
        return [], []
    found, region_only = [], []
    for i in after:
        rural = words.lows[i - 1] in RESIDENT_WORDS
        hit = _kelurahan_at(text, gaz, words, i, regions, rural=rural)
        if hit is None and districts and not rural:
            # "di Sukamaju" in a text naming its district: a rural village of that district,
            # unless the district bears the name ("ke Borobudur": the district's own name)
            hit = _kelurahan_at(text, gaz, words, i, districts, rural=True)
            if hit is not None and any(c.code in districts
                                       for c in gaz.kecamatan.get(hit.name_key, ())):
                hit = None
        if hit is None and plain_word is not None and words.lows[i - 1] in REGION_DESA_LEADS:
            hit = _rural_in_regions(text, gaz, words, i, regions, (plain_word, person_spans))
            if hit is not None:
                region_only.append(hit)
        if hit is not None:
            found.append(hit)
    return found, region_only


def _rural_in_regions(
    text: str, gaz: Gazetteer, words: Words, i: int, regions: tuple[str, ...],
    tests: tuple[Callable[[str], bool], Sequence[tuple[int, int]]],
) -> PlaceMention | None:
    """The one desa of a named regency or city the name at word ``i`` (after a locative) names.

    "kebakaran di Sukadamai" in a text naming the regency but not the district: the desa is
    read when it is the only village of that name in the text's regencies and cities and none
    of the module docstring's refusals holds (ordinary words, a district's name, a person's
    name, a campus).

    Parameters
    ----------
    text, gaz, words
        The text, the gazetteer and the text's letter words.
    i
        The index of the name's first word (a word of ``REGION_DESA_LEADS`` before it).
    regions
        Codes of the regencies and cities the text names.
    tests
        The dictionary test of an ordinary lowercase word, and the spans a recogniser
        labelled persons (one that is exactly the name itself is no evidence: the recogniser
        often tags a bare village so).

    Returns
    -------
    PlaceMention or None
        The desa, or None when the name is refused.
    """
    plain_word, person_spans = tests
    if i > 1 and words.lows[i - 2] in STUDY_WORDS:
        return None  # "kuliah di X": a campus
    hit = _kelurahan_at(text, gaz, words, i, regions, rural=True)
    if hit is None or gaz.kecamatan.get(hit.name_key):
        return None  # "ke Prambanan": a district elsewhere, far better known than the desa
    low = hit.text.casefold().split()
    persons = _person_words(text, [s for s in person_spans if s != (hit.start, hit.end)])
    if all(plain_word(w) for w in low) or any(w in persons for w in low) \
            or _person_after(text, hit.end):
        return None
    return hit


def _person_words(text: str, person_spans: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The casefolded words the text writes inside persons."""
    return frozenset(w for s, e in person_spans for w in text[s:e].casefold().split())


def _person_after(text: str, end: int) -> bool:
    """Whether what follows a name makes it a person's ("selaku", ", pelatih", "dan istrinya")."""
    after = text[end:end + 40].casefold()
    rest = [w.strip(",.") for w in after.lstrip(" ,").split(" ", 2)]
    if rest[0] in PERSON_LINKS:
        return True
    if after.startswith(", ") and rest[0] in _APPOSED:
        return True  # ", pelatih tim" (not ", anak-anak": a word of its own)
    return rest[0] == "dan" and len(rest) > 1 and rest[1].endswith("nya") \
        and rest[1][:-3] in _APPOSED


def unsupported_villages(text: str, mentions: Sequence[PlaceMention],
                         region_only: Sequence[PlaceMention]) -> None:
    """Block a desa read by its regency alone when no place it lies in is reported.

    Parameters
    ----------
    text
        The text.
    mentions
        All mentions, blocked and resolved.
    region_only
        The villages :func:`urban_villages` read in a named regency or city without its
        district. A regency named only inside a club's or an agency's name ("Persikab X")
        is blocked by then, and the desa it allowed is blocked with it; one that
        ends a street's name ("Jalan Raya Banyumas") allows none either.
    """
    only = {id(m) for m in region_only}
    reported = {m.place.code for m in mentions
                if m.blocked is None and m.place is not None and m.place.code
                and id(m) not in only
                and not STREET_BEFORE.search(text, max(0, m.start - 60), m.start)}
    for m in region_only:
        code = m.place.code if m.place is not None else None
        if m.blocked is None and code \
                and not any(code.startswith(r + ".") for r in reported):
            m.blocked = "unsupported"


def _district_codes(mentions: Sequence[PlaceMention], regions: set[str]) -> tuple[str, ...]:
    """Codes of the districts the text names: each district mention's one code in its regions."""
    codes = set()
    for m in mentions:
        if m.cue_type != "kecamatan":
            continue
        own = {c.code for c in m.candidates if c.type == "kecamatan" and c.code}
        if len(own) > 1:
            own = {c for c in own if c.rsplit(".", 1)[0] in regions}
        if len(own) == 1:
            codes |= own
    return tuple(sorted(codes))


def _city_codes(gaz: Gazetteer, mentions: Sequence[PlaceMention]) -> tuple[str, ...]:
    """Codes of the named regencies and cities, and of named provinces of administrative cities."""
    regencies, provinces = context_codes(mentions)
    named_provinces = {c.code for m in mentions for c in m.candidates
                       if c.code and c.type == "provinsi"}
    codes = set(regencies)
    for code in named_provinces & provinces:
        cities = [gaz.by_code.get(f"{code}.{k:02d}") for k in range(1, 100)]
        names = [p.name for p in cities if p is not None]
        if names and all("Administrasi" in name for name in names):
            codes.add(code)
    return tuple(sorted(codes))


def _kelurahan_at(
    text: str, gaz: Gazetteer, words: Words, i: int, regions: tuple[str, ...],
    *, rural: bool = False,
) -> PlaceMention | None:
    """The kelurahan (with ``rural`` any village) the capitalised run at word ``i`` names."""
    n = 1
    while n < _MAX_WORDS + 1 and i + n < len(words) and words.caps[i + n] \
            and joined(text, words, i, n + 1):
        n += 1
    if n > _MAX_WORDS or (n == 1 and words.lows[i] in _NOT_NAMES) or in_venue(text, words, i, n):
        return None  # "di Dukuh kowang": a hamlet's unit word, not the kelurahan Dukuh
    name_key = "".join(words.lows[i:i + n])
    cands = [p for p in gaz.desa_places(name_key)
             if p.code and (rural or p.code.rsplit(".", 1)[-1].startswith("1"))
             and p.code.startswith(tuple(r + "." for r in regions))]
    if len(cands) != 1:
        return None
    if rural and any(c.code and c.code.startswith(tuple(r + "." for r in regions))
                     for c in gaz.kecamatan.get(name_key, ())):
        return None  # "warga Gunung Putri": the district of the name, left to its own rules
    start, end = words.starts[i], words.ends[i + n - 1]
    return PlaceMention(start, end, text[start:end], cands, cue_type="desa",
                        name_key=name_key, place=cands[0])
