"""Word shapes the place rules test: joins, sentence position, cues, venue and agency context."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from beritanlp.lexicons.parties import PARTY_POST_WORDS, party_board_start
from beritanlp.lexicons.regions import CUE_FIRST, CUES, MAX_CUE, Place, key
from beritanlp.lexicons.words import tagged_words, word_list
from beritanlp.text.headline import headline_end
from beritanlp.text.mojibake import MOJIBAKE
from beritanlp.text.words import Word, Words

SENTENCE_BREAK = re.compile(r"[.!?\n:;\"“”]")


JOIN_GAPS = {" ", "\xa0", "-", " - "}  # "\xa0": scrapers keep no-break spaces


#: Heads of offices named after a region only ("Kantor SAR Kendari"): a natural feature after
#: one is the area it searches ("operasi SAR Selat Sunda"), a place.
REGION_OFFICE_WORDS = frozenset(
    word.casefold() for word in tagged_words("institution_heads", "region_offices")
)
# Words after which a place is part of an agency name (type not implied).
AGENCY_WORDS = frozenset(
    word.casefold() for word in tagged_words("institution_heads", "places")
) | REGION_OFFICE_WORDS


# Capitalised words that make a capitalised run a venue or organisation name: venues and
# brands, clubs, power plants and watchdogs alike (a place only inside such a name is none);
# "venue" in the name and in PlaceMention.blocked covers them all. The ``venues`` rows of
# ``lexicons/data/thing_heads.txt`` (shared with the officials rules), and football clubs.
VENUE_WORDS = frozenset(tagged_words("thing_heads", "venues")) | frozenset({
    # Indonesian football clubs whose name is a short form + their home region ("Persebaya
    # Surabaya", "PSBS Biak"): the region is part of the club's name.
    "persib", "persija", "persebaya", "persipura", "persik", "persis", "persela", "persita",
    "persiraja", "persikabo", "perseru", "persiba", "persibo", "persijap", "persiku",
    "persikota", "persiwa", "persidafon", "persegres", "persekat", "persipa", "persiter",
    "persewar", "persiram", "persisam", "persikad", "persibat", "perserang", "persitara",
    "persikasi", "persipasi", "persibas", "psm", "psis", "pss", "psms", "psbs", "psps", "psim",
    "pscs", "pskc", "psgc", "psbi", "psmp", "psds", "psmi", "psgo",
    # Power plants by kind (Pembangkit Listrik Tenaga Uap, Air, Diesel, Gas, Gas dan Uap, Panas
    # Bumi, Surya, Bayu, Minihidro, Sampah, Nuklir): "PLTU Riau" names a plant (or its project),
    # not the province; so does the long form ("Pembangkit Listrik Tenaga Uap Jambi": the
    # first word, at most four words before the place).
    "pembangkit", "pltu", "plta", "pltd", "pltg", "pltgu", "pltp", "plts", "pltb", "pltm",
    "pltmh", "pltsa", "pltn",
    # Watchdog organisations named "<place> <subject> Watch" ("Indonesia Corruption Watch",
    # "Indonesia Police Watch"): the country starts the organisation's name.
    "watch",
})


def _ordinary_words() -> frozenset[str]:
    words: set[str] = set()
    for name in ("stopwords", "days", "months"):
        words.update(entry.split("|")[0].strip().casefold() for entry in word_list(name))
    return frozenset(words)


#: Ordinary words that end a name even when capitalised (stop words, days, months).
ORDINARY = _ordinary_words()
#: Days and months, and the prepositions of a time: a date after a place ends its address.
_DATE_WORDS = frozenset(
    entry.split("|")[0].strip().casefold() for name in ("days", "months")
    for entry in word_list(name)) | {"pada", "sejak"}


def ends_address(text: str, end: int) -> bool:
    """Tell whether the place ending at ``end`` ends an address.

    A comma, a full stop, a closing bracket, a line's or the text's end, a day, a month, a
    number, "pada" or "sejak" must follow; another lowercase word starts a new clause whose
    subject the place is ("Belajar dari Messi, Argentina akhirnya juara", "lahir di Garut,
    Jakarta menjadi ...").

    Parameters
    ----------
    text
        The article text.
    end
        Where the place's name ends.

    Returns
    -------
    bool
        True when the address ends there.
    """
    rest = text[end:end + 40]
    if not rest.strip() or rest[0] in ",.;:)\n":
        return True
    if rest[0] != " ":
        return False
    word = rest[1:].split(" ", 1)[0].strip(",.;:()")
    return bool(word) and (word[0].isdigit() or word.casefold() in _DATE_WORDS)
#: Venue words that locate rather than name: a place after "Jalan X" or "Kampus X" counts.
LOCATOR_WORDS = frozenset({
    "jalan", "jl", "kampus", "gedung", "stadion", "bandara", "pelabuhan", "terminal", "stasiun",
    "museum", "aula", "auditorium", "hall", "lapangan", "kompleks",
    "komplek", "perumahan", "ballroom", "arena", "sirkuit", "wisma", "graha",
})
#: Names of Indonesia as a country (keys): a text naming only it names no country abroad.
INDONESIA = frozenset({"indonesia", "republikindonesia", "ri", "nkri"})
#: Place types the foreign tables give a place abroad (a town, a state, a country).
FOREIGN_TYPES = frozenset({"negara", "provinsi", "kabupaten", "kota"})


def is_foreign(place: Place | None) -> bool:
    """Tell whether a place is outside Indonesia: a foreign country, state or town.

    Parameters
    ----------
    place : Place or None
        A resolved place; None (unresolved) is no foreign place.

    Returns
    -------
    bool
        True for a place with no gazetteer code of a type in :data:`FOREIGN_TYPES`, except
        Indonesia itself (:data:`INDONESIA`).
    """
    if place is None or place.code is not None or place.type not in FOREIGN_TYPES:
        return False
    return place.type != "negara" or key(place.name) not in INDONESIA
#: Street words ("Jalan", "Jl.", "Gang"), casefolded (``thing_heads.txt``: streets).
STREET_WORDS = frozenset(tagged_words("thing_heads", "streets"))
#: A street's name running up to a place: "Jalan Patra " before "Kuningan".
STREET_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(w.capitalize() for w in STREET_WORDS))
    + r")\.? (?:[A-Z][\w'-]* ){1,3}\Z"
)
#: A dash between the stops of a route or road ("Semarang-Pontianak", "Tol Jakarta-Cikampek"):
#: hyphen, en or em dash, or their garbled forms (a regex piece).
ROUTE_DASH = "(?:" + "|".join(
    ["-", "\u2013", "\u2014"] + [re.escape(g) for g, c in MOJIBAKE.items() if c in "\u2013\u2014"]
) + ")"
#: Text between two items of a plain list ("A, B dan C").
LIST_GAPS = frozenset({", ", " dan ", ", dan ", " serta ", ", serta "})
LANGUAGE_WORDS = frozenset({"bahasa", "berbahasa", "suku", "aksara", "logat", "dialek"})


CONNECTORS = frozenset({"&", "and", "of", "de", "the"})


def joined(text: str, words: Words, i: int, n: int) -> bool:
    """True when words[i:i+n] are separated only by single spaces or hyphens."""
    starts, ends = words.starts, words.ends
    return all(text[ends[j]:starts[j + 1]] in JOIN_GAPS for j in range(i, i + n - 1))


def name_word(text: str, words: Words, k: int) -> bool:
    """Tell whether word ``k`` may be a word of a capitalised name.

    A capitalised word, or the lowercase second half of a reduplicated word ("Alang-alang
    Lebar", "Biru-biru"): the same word again, right after a hyphen.
    """
    if words.caps[k]:
        return True
    return (k > 0 and words.caps[k - 1] and words.lows[k] == words.lows[k - 1]
            and text[words.ends[k - 1]:words.starts[k]] == "-")


def name_shape_ok(ws: Sequence[Word]) -> bool:
    """Every word of the name is capitalised."""
    return all(w.cap for w in ws)


def mid_sentence(text: str, words: Words, i: int) -> bool:
    """The word at i is preceded, in the same sentence, by a lowercase word."""
    if i == 0:
        return False
    prev = words[i - 1]
    gap = text[prev.end:words[i].start]
    return not SENTENCE_BREAK.search(gap) and prev.text[:1].islower()


def cue_at(text: str, words: Words, i: int) -> tuple[int, str, str] | None:
    """Return (length, type, role) of the longest cue starting at word i."""
    lows = words.lows
    if lows[i] not in CUE_FIRST:
        return None
    for n in range(min(MAX_CUE, len(lows) - i), 0, -1):
        found = CUES.get(tuple(lows[i:i + n]))
        if found and _joined_cue(text, words, i, n):
            return n, found[0], found[1]
    return None


def _joined_cue(text: str, words: Words, i: int, n: int) -> bool:
    # A cue may be followed by "." (Kab., Kec., Prov.) before the name.
    if i + n >= len(words):
        return False
    starts, ends = words.starts, words.ends
    for j in range(i, i + n):
        gap = text[ends[j]:starts[j + 1]]
        if gap not in JOIN_GAPS and gap not in {". ", "."}:
            return False
    return True


def in_venue(text: str, words: Words, i: int, n: int) -> bool:
    """The name words[i:i+n] sit in a capitalised run that holds a venue/organisation word.

    A place written after a venue's own name counts as a place ("Jalan Pahlawan Semarang",
    "Kampus Kementan Jakarta"): a locating venue word (:data:`LOCATOR_WORDS`) before the
    place, with a name word between them, does not hide it; brand-like words (hotel,
    universitas, bank ...) do, and so does any venue word after the place.
    """
    def run_words(step: int) -> Iterable[Word]:
        j = i - 1 if step < 0 else i + n
        edge = i if step < 0 else i + n - 1
        taken = 0
        while 0 <= j < len(words) and taken < 4:
            a, b = (words[j], words[edge]) if step < 0 else (words[edge], words[j])
            between = text[a.end:b.start]
            if "\n" in between or between.strip() not in {"", "&", "-"}:
                return
            w = words[j]
            if not (w.cap or w.low in CONNECTORS or w.text.isupper()):
                return
            yield w
            edge, j, taken = j, j + step, taken + 1

    if any(w.low in VENUE_WORDS for w in run_words(1)):
        return True
    before = list(run_words(-1))
    return any(w.low in VENUE_WORDS and (w.low not in LOCATOR_WORDS or k == 0)
               for k, w in enumerate(before))


#: A dash and a capitalised name right after a place: the next stop of a route or road
#: ("Semarang-Pontianak", "Tol Jakarta-Cikampek").
ROUTE_NEXT = re.compile(r" ?" + ROUTE_DASH + r" ?[A-Z]")


def agency_head(prev: Word | None, places: Sequence[Place]) -> bool:
    """Whether ``prev`` makes the place after it part of an agency's name ("Polres Bogor").

    After a head of :data:`REGION_OFFICE_WORDS` only a region is ("Kantor SAR Kendari"); a
    natural feature (every candidate an area, ``wilayah``) is the area searched ("operasi SAR
    Selat Sunda", "SAR Danau Toba").

    Parameters
    ----------
    prev : Word or None
        The word right before the place (:func:`prev_word`).
    places : sequence of Place
        The place's candidates.

    Returns
    -------
    bool
        True when the place is blocked as part of an agency's name.
    """
    if prev is None or prev.low not in AGENCY_WORDS:
        return False
    return prev.low not in REGION_OFFICE_WORDS or not all(p.type == "wilayah" for p in places)


def prev_word(words: Words, text: str, i: int) -> Word | None:
    """The word right before word ``i`` when only a space or hyphen separates them."""
    if i == 0:
        return None
    prev = words[i - 1]
    return prev if text[prev.end:words[i].start] in JOIN_GAPS else None


#: Capitalised words read back from a place for a party post's title: a post's words, a long
#: board with its short form and a party's long name with its own ("Ketua Dewan Pimpinan Anak
#: Cabang (DPAC) Partai Kebangkitan Bangsa (PKB)").
_PARTY_REACH = 12


def after_party_board(text: str, words: Words, i: int) -> bool:
    """Tell whether word ``i`` ends a party post's title: post, board, party, then the place.

    "Ketua DPC PDIP Solo", "Sekretaris DPD Partai Golkar Batu", "Ketua Dewan Pimpinan Cabang
    PDIP Batu", "Ketua DPC PDI Perjuangan (PDIP) Solo": the place is the branch's region, a
    place in an official's title (also where its name is an ordinary word). The words before it
    are read with :func:`~beritanlp.lexicons.parties.party_board_start`. Not the branch alone
    ("kantor DPC PDIP Solo"): a post's word stands right before the board.
    """
    if i == 0 or text[words[i - 1].end:words[i].start] not in {" ", ") "}:
        return False
    first = i - 1
    while (first > max(0, i - _PARTY_REACH) and words.caps[first - 1]
           and not SENTENCE_BREAK.search(text, words[first - 1].end, words[first].start)):
        first -= 1
    lows = words.lows[first:i]
    board = party_board_start(lows)
    return board is not None and board > 0 and lows[board - 1] in PARTY_POST_WORDS


#: Administrative cue words: they start a new place, so they end a feature's or village's name
#: ("Pulau Kabal Kecamatan X" is the island, then the district).
ADMIN_WORDS = frozenset({
    "kecamatan", "kec", "kabupaten", "kab", "kota", "provinsi", "prov", "desa", "kelurahan",
    "kel", "distrik", "dusun",
})


def headline_only(text: str, start: int, end: int) -> bool:
    """Tell whether ``text[start:end]`` is in the headline only.

    The headline is the text before the first blank line; the body never writes the words.
    """
    head_end = headline_end(text)
    if head_end < end:
        return False  # in the body, or a text without a blank line
    return text.find(text[start:end], head_end) < 0


def confirmed_in_body(text: str, words: Words, j: int, n: int) -> int:
    """How many of the ``n`` name words from word ``j`` a headline may keep.

    A title-case headline capitalises every word ("Pulau Komodo Batasi Jumlah Turis"): in the
    headline a name of several words keeps only as many as the body writes the same way, at
    least one. Outside the headline all ``n``.
    """
    while n > 1 and headline_only(text, words.starts[j], words.ends[j + n - 1]):
        n -= 1
    return n
