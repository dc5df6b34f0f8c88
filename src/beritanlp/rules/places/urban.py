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
district, a desa after a locative is read in a regency or city the text names only when it
is the one village of that name there, its name is not made of ordinary words (the
dictionary test ``plain_word``) and the locative is not one as often written before a
person ("dari"): "ke Watuagung" in a text naming its regency, not "di Tipar" or "laporan
dari Sukomulyo". After a word for a place's people or their origin ("warga Botoputih",
"asal Botoputih": a resident of the village) a desa is read the same way as a kelurahan.
Kelurahan codes are told apart by their fourth part ("1xxx").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from beritanlp.lexicons.regions import Gazetteer
from beritanlp.rules.places.local import (
    HAMLET_WORDS,
    PLACE_LEADS,
    RESIDENT_WORDS,
    Covering,
    context_codes,
)
from beritanlp.rules.places.mention import PlaceMention
from beritanlp.rules.places.shape import ADMIN_WORDS, ORDINARY, in_venue, joined
from beritanlp.text.words import Words

_MAX_WORDS = 3
#: One-word names that are ordinary, unit or administrative words ("di Dukuh kowang").
_NOT_NAMES = ORDINARY | HAMLET_WORDS | ADMIN_WORDS
#: Locatives as often before a person as before a place ("laporan dari Sukomulyo", "antara
#: Budi dan Ani"): no desa is read after them without its district.
_PERSON_LEADS = frozenset({"dari", "antara", "dekat"})


def urban_villages(
    text: str, gaz: Gazetteer, words: Words, mentions: Sequence[PlaceMention],
    plain_word: Callable[[str], bool] | None = None,
) -> list[PlaceMention]:
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

    Returns
    -------
    list of PlaceMention
        The villages found, each with its one code.
    """
    taken = Covering((m.start, m.end) for m in mentions)  # indexed once: no scan per word
    after = [i for i in range(1, len(words))
             if words.caps[i] and words.lows[i - 1] in PLACE_LEADS
             and text[words.ends[i - 1]:words.starts[i]] == " "
             and not taken.covers(words.starts[i], words.starts[i] + 1)]
    if not after:
        return []
    regions = _city_codes(gaz, mentions)
    districts = _district_codes(mentions, set(regions))
    if not (regions or districts):
        return []
    found = []
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
        if hit is None and not rural and plain_word is not None \
                and words.lows[i - 1] not in _PERSON_LEADS:
            hit = _rural_in_regions(text, gaz, words, i, regions, plain_word)
        if hit is not None:
            found.append(hit)
    return found


def _rural_in_regions(
    text: str, gaz: Gazetteer, words: Words, i: int, regions: tuple[str, ...],
    plain_word: Callable[[str], bool],
) -> PlaceMention | None:
    """The one desa of a named regency or city the name at word ``i`` (after a locative) names.

    "kebakaran di Sukadamai" in a text naming the regency but not the district: the desa is
    read when it is the only village of that name in the text's regencies and cities, and its
    name is not made of ordinary words only ("di Tipar"), which are as often a hamlet, a
    venue or a common noun as the village.
    """
    hit = _kelurahan_at(text, gaz, words, i, regions, rural=True)
    if hit is None or all(plain_word(w) for w in hit.text.casefold().split()):
        return None
    return hit


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
