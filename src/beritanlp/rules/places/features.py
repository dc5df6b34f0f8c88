"""Natural and geographic features named after a cue word: "Gunung Merbabu", "Pulau Komodo".

The cue words and how each keeps its name are the gazetteer's ``feature_cues`` (the table
``lexicons/data/feature_cues.txt``). The cue and the capitalised words after it are one
``wilayah`` mention, also when the gazetteer does not know the name:

* an "inner" cue whose name the gazetteer knows as a region or island is that region
  ("Pulau Sumatera" is Sumatera, named by its fullest mention);
* otherwise the whole phrase is the place ("Gunung Merbabu", "Pulau Komodo", "Taman Nasional
  Komodo").

The cue must start a capitalised run ("Angkatan Laut Republik Indonesia" has no sea in it),
unless the words before it are a cue themselves ("Taman Nasional Gunung Merbabu": the
mountain). A phrase the gazetteer knows whole ("Kepulauan Riau", "Sungai Penuh") is left to
the plain name lookup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from beritanlp.lexicons.agencies import OFFICE_CLASS_NUMERAL
from beritanlp.lexicons.regions import Gazetteer, Place
from beritanlp.rules.places.mention import PlaceMention
from beritanlp.rules.places.shape import (
    ADMIN_WORDS,
    AGENCY_WORDS,
    ORDINARY,
    STREET_WORDS,
    VENUE_WORDS,
    agency_head,
    confirmed_in_body,
    in_venue,
    joined,
    name_word,
    prev_word,
)
from beritanlp.text.headline import short_headline_end
from beritanlp.text.numbers import count_word
from beritanlp.text.words import Words

_MAX_NAME = 4
_MAX_CUE = 3
#: Words that describe rather than name what follows a cue ("Pulau Terluar", "Pulau Layak
#: Anak", "Gunung Api Aktif"): a capitalised phrase starting with one is no feature's name.
_NOT_NAMES = frozenset({
    "layak", "terluar", "terdepan", "terpencil", "terbesar", "terkecil", "tertinggi",
    "terpanjang", "terindah", "terdalam", "kecil", "besar", "api", "aktif", "buatan",
    "reklamasi", "terdampak", "sehat", "bersih", "wisata", "baru", "lain", "tersebut",
})


#: Words that end a feature's name: administrative cues and neighbourhood units ("Kali Maja
#: RT 07").
_NOT_NAME_WORDS = ADMIN_WORDS | {"rt", "rw"}


#: One-word cues news also writes in lowercase before a feature's own name ("teluk Kumai",
#: "sungai Siak", "selat Bengkalis"). Such a lowercase cue makes a feature only of a name the
#: gazetteer does not know as a region or island: "pulau Sumatera" stays Sumatera.
LOWER_CUES = frozenset({
    "pulau", "gunung", "sungai", "danau", "selat", "teluk", "tanjung", "semenanjung",
})


def _cue_length(
    gaz: Gazetteer, words: Words, i: int, lower: bool = False,
) -> tuple[int, str] | None:
    """Length and mode of the longest feature cue starting at word ``i``.

    With ``lower``, a one-word cue of :data:`LOWER_CUES` may be written in lowercase.
    """
    for n in range(min(_MAX_CUE, len(words) - i), 0, -1):
        mode = gaz.feature_cues.get(tuple(words.lows[i:i + n]))
        if mode is None:
            continue
        if all(words.caps[i:i + n]) or (lower and n == 1 and words.lows[i] in LOWER_CUES):
            return n, mode
    return None


#: An office's class after "kelas": a class numeral ("kelas II", "kelas IIA") or "Utama".
_CLASS = re.compile(rf"{OFFICE_CLASS_NUMERAL}|Utama")


def _after_class(text: str, words: Words, i: int) -> bool:
    """Tell whether word ``i`` follows an office's class ("KSOP kelas II Tanjung Buton").

    A port or harbour office is ranked by a class numeral; the place named after it is
    the office's, and the capitalised numeral does not join the feature's name.
    """
    return i >= 2 and words.lows[i - 2] == "kelas" \
        and _CLASS.fullmatch(words.texts[i - 1]) is not None and joined(text, words, i - 2, 3)


def _starts_run(gaz: Gazetteer, text: str, words: Words, i: int) -> bool:
    """No capitalised word joins the cue from the left, unless it ends another cue."""
    prev = prev_word(words, text, i)
    if prev is None or not prev.cap or _after_class(text, words, i):
        return True
    return any(gaz.feature_cues.get(tuple(words.lows[i - n:i])) == "whole"
               and words.lows[i - n] not in _SETTLEMENT_CUES
               for n in range(1, min(_MAX_CUE, i) + 1))


def feature_at(
    gaz: Gazetteer, text: str, words: Words, i: int,
) -> tuple[PlaceMention, int] | None:
    """The feature mention starting at word ``i`` and the index of the word after it, if any."""
    if not gaz.feature_cues or words.lows[i] not in gaz.wilayah_parts:
        return None
    cue = _cue_length(gaz, words, i, lower=True)
    if cue is not None and cue[1] == "common":
        # "Naik 2 Kali Lipat": the ordinary word, not the cue
        cue = (cue[0], "whole") if _reads_as_cue(text, words, i) else None
    if cue is None or not _starts_run(gaz, text, words, i):
        return None
    n_cue, mode = cue
    j = i + n_cue
    if j >= len(words) or not words.caps[j] or not joined(text, words, i, n_cue + 1):
        return None
    if mode == "whole" and words.lows[j] not in _SETTLEMENT_CUES \
            and _cue_length(gaz, words, j) is not None:
        return None  # "Taman Nasional Gunung Merbabu": the mountain is the place
    # "Pantai Tanjung Karang": a cape's name is the feature's, named whole
    n = 1
    if words.lows[j] in ORDINARY or _describes(text, words, i, j):
        return None
    if _plural(text, words, i + n_cue - 1, j):
        return None  # "Pulau-Pulau Kecil": a class of features, no one feature's name
    longest = 1 if words.lows[i] in _SETTLEMENT_CUES else _MAX_NAME
    while n < longest and j + n < len(words) and name_word(text, words, j + n) \
            and words.lows[j + n] not in ORDINARY and words.lows[j + n] not in _NOT_NAME_WORDS \
            and not _country(gaz, words, j + n) and not _region_starts(gaz, words, j + n) \
            and (words.caps[i] or not _institution(words, j + n)) \
            and joined(text, words, j, n + 1):
        n += 1
    n = confirmed_in_body(text, words, j, n)
    district = False
    if _read_elsewhere(gaz, words, i, j, n) or _starts_longer(text, words, i, j + n):
        return None  # "Kepulauan Riau", "Sungai Penuh", "Tanjung Perak", "pulau Sumatera"
    for whole in ("".join(words.lows[i:j + n]), "".join(words.lows[i:j + 1])):
        if whole in gaz.kecamatan:
            # also a district's name ("Pulau Hiri", "Gunung Agung"): the feature, unless the
            # district rules read the district in its own region's context
            district = True
    place = _inner_region(gaz, words, j, n) if mode == "inner" else None
    start, end = words.starts[i], words.ends[j + n - 1]
    if place is None:
        place = Place(name=text[start:end], type="wilayah")
    mention = PlaceMention(start, end, text[start:end], [place], cue_type="wilayah",
                           name_key="".join(words.lows[j:j + n]), place=place,
                           yields=district)
    prev = prev_word(words, text, i)
    if agency_head(prev, [place]):
        mention.blocked = "agency"
    elif in_venue(text, words, i, n_cue + n) or (prev is not None and prev.low in STREET_WORDS):
        # also a street named after a feature, its street word in any case: "jalan Kali Mati"
        mention.blocked = "venue"
    return mention, j + n


def _starts_longer(text: str, words: Words, i: int, end: int) -> bool:
    """Tell whether a lowercase cue's feature starts a longer capitalised one in the text.

    "sungai Kerta" where the text also writes "Sungai Kerta Raya": the lowercase mention is
    a shortened second mention of the longer feature, which names it.
    """
    if words.caps[i]:
        return False
    name = text[words.starts[i]:words.ends[end - 1]]
    name = name[:1].upper() + name[1:]
    if name not in text:
        return False
    return re.search(re.escape(name) + r"[ -][A-Z]", text) is not None


def _reads_as_cue(text: str, words: Words, i: int) -> bool:
    """A cue that is also an ordinary word ("kali": times) stands in the body, counting nothing.

    A headline capitalises every word ("Naik 2 Kali Lipat"); in the body "Kali Bekasi" is the
    river, but not after a number or count word ("3 Kali Seminggu", "dua Kali Lipat",
    "beberapa Kali") nor before a rank or number word ("Kali Kedua", "Kali Pertama"). A name
    word the text also writes in lowercase is no sign of a common word: rivers are named so
    ("Kali Putih", "Kali Baru").
    """
    start = words.starts[i]
    if start < short_headline_end(text):  # a bounded search: once per cue, never the whole text
        return False
    k = start
    while k and text[k - 1].isspace():
        k -= 1
    prev = prev_word(words, text, i)
    if text[k - 1:k].isdigit() or (prev is not None and count_word(prev.low)):
        return False
    return i + 1 >= len(words) or not count_word(words.lows[i + 1])


def _plural(text: str, words: Words, k: int, j: int) -> bool:
    """Tell whether word ``j`` repeats the cue's last word ``k`` after a hyphen ("Pulau-Pulau")."""
    return words.lows[j] == words.lows[k] and text[words.ends[k]:words.starts[j]] == "-"


#: Size and age words that also name islands ("Pulau Besar", "Pulau Baru").
_NAME_LIKE = frozenset({"besar", "kecil", "baru"})
#: Words after which a capitalised cue phrase is a destination or location ("ke Pulau Besar").
_LOCATIVES = frozenset({"di", "ke", "dari", "menuju", "sekitar", "kawasan", "perairan", "asal"})


def _known_whole(gaz: Gazetteer, words: Words, i: int, j: int, n: int) -> bool:
    """Tell whether the cue at ``i`` and the first words of its name are a known place.

    "Kepulauan Riau", "Sungai Penuh"; also the known part of a longer run: in "Kepulauan
    Bangka Belitung Sapta Qodriah" the province ends before a person's name, which is no part
    of an island's name.
    """
    return any("".join(words.lows[i:j + k]) in gaz.index for k in range(1, n + 1))


def _read_elsewhere(gaz: Gazetteer, words: Words, i: int, j: int, n: int) -> bool:
    """Tell whether the cue at ``i`` and its name ``j``..``j + n`` are left to other rules.

    A name the gazetteer knows whole ("Kepulauan Riau", "Sungai Penuh"), a cape that is a
    known settlement (:func:`_settlement`), or, after a lowercase cue, a region or island's
    own name ("pulau Sumatera" is Sumatera, read on its own).
    """
    if _known_whole(gaz, words, i, j, n) or _settlement(gaz, words, i, j, n):
        return True
    return not words.caps[i] and _inner_region(gaz, words, j, n) is not None


#: Cues whose features commonly name the settlement on them: a cape's port town or village
#: ("Tanjung Perak", "Tanjung Priok") is that village or district when the tables know it.
#: A cape's name is one word ("Tanjung Lesung"; a known longer name, "Tanjung Jabung Barat",
#: is the gazetteer's): the words after it are an event's ("Tanjung Lesung Tourism Forum"),
#: and another cue's word inside it holds no feature ("Tanjung Gunung, Bangka").
_SETTLEMENT_CUES = frozenset({"tanjung"})


def _settlement(gaz: Gazetteer, words: Words, i: int, j: int, n: int) -> bool:
    """Tell whether the cape at ``i`` (name ``j``..``j + n``) is a known district or village."""
    if words.lows[i] not in _SETTLEMENT_CUES:
        return False
    whole = "".join(words.lows[i:j + n])
    return whole in gaz.kecamatan or bool(gaz.desa_places(whole))


def _describes(text: str, words: Words, i: int, j: int) -> bool:
    """Tell whether the capitalised word ``j`` after the cue at ``i`` is no feature's name.

    A word of :data:`_NOT_NAMES` describes ("Pulau Terluar"), unless it names an island
    (:func:`_named`). After a lowercase cue, also an administrative word ("sungai Desa X":
    the river of a village), a size word always ("pulau Kecil") and an institution
    (:func:`_institution`: "danau UI", "danau Kampus Universitas X" is a campus's lake).
    """
    if not words.caps[i]:
        return words.lows[j] in _NOT_NAMES or words.lows[j] in _NOT_NAME_WORDS \
            or _institution(words, j)
    return words.lows[j] in _NOT_NAMES and not _named(text, words, i, j)


def _institution(words: Words, k: int) -> bool:
    """Tell whether word ``k`` is an institution's, no feature's name.

    A short form in capitals ("UI", "ITB"), a venue's or campus's head ("Kampus",
    "Universitas") or an agency's ("Polres").
    """
    word = words.texts[k]
    return (len(word) > 1 and word.isupper()) or words.lows[k] in VENUE_WORDS \
        or words.lows[k] in AGENCY_WORDS


def _named(text: str, words: Words, i: int, j: int) -> bool:
    """Tell whether a size word after the cue at ``i`` is the feature's name.

    "ke Pulau Besar" names an island; "Pulau Besar" in a title-case headline or after a
    capitalised word ("Program Pulau Kecil") describes one, and so does any other word of
    :data:`_NOT_NAMES` ("Pulau Terluar").
    """
    if words.lows[j] not in _NAME_LIKE or not _after_locative(text, words, i):
        return False
    return not (j + 1 < len(words) and words.caps[j + 1] and joined(text, words, j, 2))


def _after_locative(text: str, words: Words, i: int) -> bool:
    """Tell whether a lowercase locative ("di", "ke" ...) comes right before word ``i``."""
    prev = prev_word(words, text, i)
    return prev is not None and prev.low in _LOCATIVES and not prev.cap


def _region_starts(gaz: Gazetteer, words: Words, k: int) -> bool:
    """Tell whether a province of one to three words begins at word ``k``.

    It ends a feature's name: "Pulau Punjung Sumatera Barat" is the island in the province.
    Cities and regencies do not ("Sungai Bengawan Solo" is one river).
    """
    for m in (3, 2, 1):
        key = "".join(words.lows[k:k + m])
        if any(p.code and p.type == "provinsi" for p in gaz.index.get(key, ())):
            return True
    return False


def _country(gaz: Gazetteer, words: Words, k: int) -> bool:
    """Word ``k`` is a one-word country: it ends a feature's name.

    "Dataran Tinggi Golan Suriah" is the Golan Heights of Syria.
    """
    return any(p.type == "negara" for p in gaz.index.get(words.lows[k], ()))


def _inner_region(gaz: Gazetteer, words: Words, j: int, n: int) -> Place | None:
    """The region or island the gazetteer knows by the words after an "inner" cue."""
    k = "".join(words.lows[j:j + n])
    regions = [p for p in gaz.index.get(k, []) if p.type == "wilayah" and not p.code]
    return regions[0] if regions else None


#: An island named by a capital letter: "pulau M", "Pulau C" (the lettered reclamation islands).
_LETTERED_ISLAND = re.compile(r"(?<![\w-])[Pp]ulau ([A-Z])(?![\w'’-])(?!\.\w)")


def lettered_islands(text: str, mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """Islands named by one capital letter, with their cue as written ("pulau L", "Pulau M").

    Land reclaimed in a bay is planned as islands with letters for names; the cue may be
    lowercase, as news writes it ("reklamasi pulau M"). Words already found are left alone.
    """
    if "ulau " not in text:
        return []
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for hit in _LETTERED_ISLAND.finditer(text):
        start, end = hit.span()
        if any(s < end and start < e for s, e in taken):
            continue
        place = Place(name=hit.group(0), type="wilayah")
        found.append(PlaceMention(start, end, hit.group(0), [place], cue_type="wilayah",
                                  name_key=hit.group(1).casefold(), place=place))
    return found
