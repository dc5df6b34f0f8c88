"""Mentions found but not reported: inside entities, at the tail of a name, in teaser lines.

Also a region ending a street's name (street tails), one glued to a number by a hyphen (a
designation), one ending a numbered school's name ("SDN 19 Tugu Utara"), one inside a toll
road's name joined by dashes ("Tol Jakarta-Cikampek"), a post's
short form ("Karo Penmas"), a nickname region beside its place and a
place name naming a quote's speaker ("kata Bima").

A blocked mention stays evidence for disambiguation (and, for some reasons, for naming the
place, see :data:`~beritanlp.rules.places.mention.NAMING_BLOCKS`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence

from beritanlp.lexicons.agencies import MISSION_SHORT_BRACKET
from beritanlp.lexicons.positions import PositionLexicon
from beritanlp.lexicons.regions import COMPASS_WORDS, CUE_FIRST, Gazetteer, key
from beritanlp.lexicons.speech import speech_words
from beritanlp.lexicons.words import tagged_words, word_table
from beritanlp.rules.places.local import HAMLET_WORDS, PLACE_LEADS
from beritanlp.rules.places.mention import PlaceMention
from beritanlp.rules.places.shape import (
    ADMIN_WORDS,
    AGENCY_WORDS,
    LOCATOR_WORDS,
    ORDINARY,
    ROUTE_DASH,
    ROUTE_NEXT,
    STREET_BEFORE,
    STREET_WORDS,
    VENUE_WORDS,
    prev_word,
)
from beritanlp.text.acronyms import find_definitions
from beritanlp.text.headline import headline_end
from beritanlp.text.words import NAME_JOINS, NAME_PARTICLES, Word, Words

#: Lines advertising other content ("Baca juga: ...", "Lihat juga video ...") are not the article.
TEASER_LINE = re.compile(
    r"^[ \t\-–•*>]*(?:baca|lihat|tonton|simak|saksikan)\s+(?:juga|pula)\b[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)
#: Capitalised words after which a country name is the jurisdiction of a title, not the tail
#: of a name ("Duta Besar Malaysia", "Menteri Luar Negeri Indonesia", "Presiden RI", a crown
#: prince's "Putra Mahkota Kerajaan Arab Saudi").
_TITLE_TAILS = frozenset({
    "presiden", "wapres", "menteri", "menlu", "negeri", "besar", "dubes", "konsul", "jenderal",
    "raja", "ratu", "perdana", "kaisar", "pangeran", "sultan", "warga", "rakyat", "bangsa",
    "seluruh", "mahkota", "emir",
})


_NUMBER_GAP = re.compile(r" \d+ ")
_ABBREVIATION = re.compile(r"(?:^|[\s(])[A-Z]{1,3}\.$")


def block_entities(
    mentions: Sequence[PlaceMention], spans: Sequence[tuple[int, int]], text: str = "",
    name_spans: Sequence[tuple[int, int]] = (), person_spans: Sequence[tuple[int, int]] = (),
) -> None:
    """Block mentions that lie inside a longer span (an agency, person or venue entity).

    A region right after an official's title is not hidden by a span that starts on it: in
    "Wakil Wali Kota Bekasi Hendra Wiratama" a recogniser's person span glued the title's
    region to the name after it, and a recogniser's name span that holds the title too ("OTT
    Gubernur Kepri") hides it neither. An Indonesian region ending one of ``name_spans`` after a
    name of capitals only is the venue's place, not part of its name ("ICE BSD Tangerang
    Selatan", GUIDELINE.md: place words after a venue name count), and so is a place with its
    own cue after locating venue words only ("Alun-Alun Kota Rangkasbitung"). One of
    ``person_spans`` (a recogniser's persons) hides no place after a lowercase word that is no
    name particle: "Anies Baswedan menjenguk Presiden RI" ran a name on past its verb.
    """
    # A span containing a mention starts at most ``longest`` characters before the mention's
    # end: compare only those (a scan of all spans per mention is quadratic on long texts).
    blocked = sorted((s, e) for s, e in spans)
    longest = max((e - s for s, e in blocked), default=0)
    ends = _chain_ends(text, mentions)
    names = frozenset(name_spans)
    persons = frozenset(person_spans)
    for m in mentions:
        lo = bisect_left(blocked, (m.end - longest,))
        hi = bisect_right(blocked, (m.start, float("inf")))
        if m.blocked is None and any(s <= m.start and m.end <= e and (e - s) > (m.end - m.start)
                                     and not (m.after_title
                                              and (s == m.start or (s, e) in names))
                                     and not (m.cued and _in_chain(text, ends, m, s))
                                     and not ((s, e) in names and m.end == e
                                              and (_after_acronyms(text, s, m)
                                                   or _after_locator(text, s, m)))
                                     and not ((s, e) in persons and _past_name(text, s, m))
                                     and not _after_mission_short_form(text, s, m)
                                     for s, e in blocked[lo:hi]):
            m.blocked = "entity"


_ACRONYMS = re.compile(r"(?:[A-Z]{2,6}[ \t]+)+")
#: A mission's bracketed short form and the link word before its place, at a place's start.
_MISSION_SHORT_BEFORE = re.compile(
    MISSION_SHORT_BRACKET + r"(?:[ \t]+(?:di|untuk))?[ \t]+\Z")


def _after_mission_short_form(text: str, s: int, m: PlaceMention) -> bool:
    """``m`` follows a mission's bracketed short form inside the span from ``s``.

    "Kedutaan Besar Republik Indonesia (KBRI) di Kuala Lumpur": the mission is named with its
    place, and the place after the short form is a place of its own, as it is where no agency
    span holds it (a place after a bracketed short form is written as the place itself).
    """
    if ")" not in text[s : m.start]:  # the literal first
        return False
    return _MISSION_SHORT_BEFORE.search(text, s, m.start) is not None

#: Types of Indonesian regions a venue's place may be.
_VENUE_PLACE_TYPES = frozenset({"provinsi", "kabupaten", "kota"})


#: Venue words that locate what follows them ("Alun-Alun Kota Rangkasbitung").
_LOCATING = LOCATOR_WORDS | {"alun"}
_WORD = re.compile(r"\w+")


def _after_locator(text: str, s: int, m: PlaceMention) -> bool:
    """``m`` has its own cue and ends the span from ``s`` after locating venue words only.

    "di Alun-Alun Kota Rangkasbitung": the town square of the town, a place after a venue's
    name (GUIDELINE.md), however a recogniser spans it.
    """
    between = _WORD.findall(text, s, m.start)
    return m.cued and bool(between) and all(w.casefold() in _LOCATING for w in between)


#: Lowercase words inside one person's name ("Ahmad bin Yusuf") or joining two ("A dan B").
_IN_NAME = NAME_PARTICLES | NAME_JOINS


def _past_name(text: str, s: int, m: PlaceMention) -> bool:
    """A lowercase word that is no name particle stands between ``s`` and ``m``.

    In cased news a person's name holds no verb or common noun: "Anies Baswedan menjenguk
    Presiden RI" is a name, a verb and a title with its country.
    """
    return any(w.islower() and w not in _IN_NAME for w in _WORD.findall(text, s, m.start))


def _after_acronyms(text: str, s: int, m: PlaceMention) -> bool:
    """``m`` ends the span from ``s`` and follows only upper-case short names ("ICE BSD")."""
    return (bool(m.candidates) and all(c.code and c.type in _VENUE_PLACE_TYPES
                                       for c in m.candidates)
            and _ACRONYMS.fullmatch(text, s, m.start) is not None)


#: What may stand between the places of an address chain ("58A Desa X Kecamatan Y"). A run of
#: digits is taken whole (``(?!\d)``): split between repetitions, a long run that fails to match
#: would be tried in exponentially many ways.
_CHAIN_GAP = re.compile(r"(?:[\s,/]|\d+(?!\d)[A-Z]?)*")


def _in_chain(text: str, starts: dict[int, int], m: PlaceMention, s: int) -> bool:
    """Tell whether a span from ``s`` holds only the address chain up to ``m`` (and numbers)."""
    chain_start = starts.get(m.start, m.start)
    return s <= chain_start and _CHAIN_GAP.fullmatch(text, s, chain_start) is not None


def _chain_ends(text: str, mentions: Sequence[PlaceMention]) -> dict[int, int]:
    """For each cued mention, where the chain of cued places running up to it begins.

    "Desa Sukamaju Kecamatan Talang Kelapa Kabupaten Banyuasin" is an address, not an
    organisation, however a recogniser labels it: a span that begins where the chain begins
    (or later) hides none of its places.
    """
    starts: dict[int, int] = {}
    chain_start, last_end = -1, -1
    for m in mentions:
        if not m.cued:
            chain_start = -1
            continue
        if chain_start < 0 or not _CHAIN_GAP.fullmatch(text, last_end, m.start):
            chain_start = m.start
        starts[m.start] = chain_start
        last_end = m.end
    return starts


def block_name_tails(
    text: str, words: Words, mentions: Sequence[PlaceMention],
    spans: Sequence[tuple[int, int]],
) -> None:
    """Block a bare country that ends a longer name ("Anugerah Humas Indonesia").

    "perwakilan RI" names the state's missions abroad (an institution), not the state.

    "Kementerian X Republik Indonesia", "CNN Indonesia": the country follows an entity span
    directly, or a capitalised word that is not a title or a place
    ("Duta Besar Malaysia" stays a place). A title in a regulation's name is no official's
    ("Keputusan Menteri Pertanian RI Nomor 15": a document's name).
    """
    countries = [m for m in mentions if m.blocked is None and not m.cue_type and m.candidates
                 and all(c.type == "negara" for c in m.candidates)]
    if not countries:
        return
    ends = {e for _, e in spans}
    place_ends = {m.end for m in mentions}
    by_start = dict(zip(words.starts, range(len(words)), strict=True))
    for m in countries:
        if m.start - 1 in ends and text[m.start - 1] == " " or _after_short_form(text, m, ends):
            m.blocked = "name_tail"
            continue
        i = by_start.get(m.start)
        prev = _name_word_before(text, words, i) if i else None
        if prev is not None and prev.low == "perwakilan":
            m.blocked = "name_tail"  # "perwakilan RI di luar negeri": the state's missions
            continue
        if prev is not None and prev.cap and prev.end not in place_ends \
                and not _sentence_first(text, prev.start):
            title = _title_before(text, words, i or 0)
            if title is None or _regulation_of(text, words, title):
                m.blocked = "name_tail"  # "Keputusan Menteri Pertanian RI": a regulation's


#: A bracketed short form right before a country: "(Kemendagri) " in "Kementerian Dalam Negeri
#: (Kemendagri) Republik Indonesia".
_SHORT_FORM_BEFORE = re.compile(r" \([A-Z][A-Za-z]{1,14}\) \Z")


def _after_short_form(text: str, m: PlaceMention, ends: set[int]) -> bool:
    """The country follows an entity's bracketed short form: it ends the entity's name."""
    found = _SHORT_FORM_BEFORE.search(text, max(0, m.start - 20), m.start)
    return found is not None and found.start() in ends


def _title_before(text: str, words: Words, i: int) -> int | None:
    """The title word starting the capitalised run before word ``i``, if any.

    "Menteri Sumber Daya Air Indonesia": the index of "Menteri".
    """
    j = i - 1
    while j >= 0 and i - j <= 8:
        w = words[j]
        if w.low in _TITLE_TAILS:
            return j
        if not (w.cap or w.low in {"dan", "&"}) or text[w.end:words[j + 1].start] not in {" ", "-"}:
            return None
        j -= 1
    return None


#: Capitalised words that make the title after them a regulation's name ("Keputusan Menteri
#: Pertanian RI Nomor 15"): a document, no official's title, so the country ending it is no
#: place mention.
_REGULATION_WORDS = frozenset({"peraturan", "keputusan", "instruksi", "edaran"})


def _regulation_of(text: str, words: Words, title: int) -> bool:
    """A capitalised regulation word comes right before the title word ``title``."""
    prev = prev_word(words, text, title)
    return prev is not None and prev.cap and prev.low in _REGULATION_WORDS


def _name_word_before(text: str, words: Words, i: int) -> Word | None:
    """The word before word ``i`` in one name: joined by a space, or by a number ("Liga 1")."""
    prev = prev_word(words, text, i)
    if prev is None and _NUMBER_GAP.fullmatch(text[words.ends[i - 1]:words.starts[i]]):
        prev = words[i - 1]
    return prev


def _sentence_first(text: str, start: int) -> bool:
    before = text[max(0, start - 6):start].rstrip()
    if start == 0 or not before:
        return True
    if before.endswith(".") and _ABBREVIATION.search(before):
        return False  # "PT. Meiji": an abbreviation's point ends no sentence
    return before[-1:] in {".", "!", "?", ":", '"'}


def block_teasers(text: str, mentions: Sequence[PlaceMention]) -> None:
    """Block mentions inside "Baca juga ..." / "Lihat juga ..." lines (not the article)."""
    if "juga" not in text and "Juga" not in text and "JUGA" not in text:
        return
    lines = [(t.start(), t.end()) for t in TEASER_LINE.finditer(text)]
    for m in mentions:
        if m.blocked is None and any(s <= m.start < e for s, e in lines):
            m.blocked = "teaser"


#: A hyphen and a number glued to a name: a numbered designation ("PLTU Riau-1", "KRI Teluk
#: Cirebon-543", plate "RI-49").
_DESIGNATION_NUMBER = re.compile(r"-\d")


def block_designations(text: str, mentions: Sequence[PlaceMention]) -> None:
    """Block a place glued by a hyphen to a number: it names a project, ship or plate.

    "proyek PLTU Riau-1" names a power plant, not Riau; "KRI Teluk Cirebon-543" a warship.
    A range or pair of places ("Jakarta-Bandung") has no number and is kept.
    """
    for m in mentions:
        if m.blocked is None and _DESIGNATION_NUMBER.match(text, m.end):
            m.blocked = "venue"


#: A numbered school's short form and number right before a place: "SDN 19 ", "SD Negeri 19 ",
#: "SMAN 1 ", "MTs Negeri 2 ", "SLB 3 " (state schools are numbered within their region).
_SCHOOL_BEFORE = re.compile(
    r"(?<![\w-])(?:SD|SMP|SMA|SMK|SLB|MI|MTs|MA|TK)N?(?: Negeri)? \d{1,3} \Z")


def block_numbered_schools(text: str, mentions: Sequence[PlaceMention]) -> None:
    """Block a place ending a numbered school's name: the school's, as a venue's name.

    "siswa SDN 19 Tugu Utara", "SMA Negeri 1 Bandung": the region names the school
    (GUIDELINE.md: a place only inside a venue's name is none); the school's location written
    after it stays ("SDN 19 Tugu Utara, Kecamatan Koja"), and so does the same place written
    anywhere else in the text.
    """
    for m in mentions:
        if m.blocked is None and not m.after_title \
                and _SCHOOL_BEFORE.search(text, max(0, m.start - 16), m.start):
            m.blocked = "venue"


#: A named operation's word and code name right before a place: "Operasi Patuh ", "Operasi
#: Zebra " (police and military operations are named by a code word and the command's region).
_OPERATION_BEFORE = re.compile(r"(?<![\w-])Operasi ([A-Z][a-z]+) \Z")
#: A capitalised word right before "Operasi": unless a function word opening a sentence
#: ("Selama Operasi Zebra X"), the word is part of a title or unit ("Kepala Biro Operasi Polda
#: Riau", "Direktur Operasi Pelindo Makassar") and the place is the title's.
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w-]*) \Z")
#: Function words (the officials' column of ``stopwords.txt``), lowercased.
_FUNCTION_WORDS = frozenset(w.casefold() for w in tagged_words("stopwords", "officials"))


def block_operation_names(text: str, mentions: Sequence[PlaceMention]) -> None:
    """Block a place ending a named operation's name ("Operasi Patuh Semeru" in Jawa Timur).

    A police or military operation is named by a code word and the region of the command
    that runs it, often a mountain or river ("Semeru", "Kapuas"): the place names the
    operation, as an event's name (GUIDELINE.md), not where it is. Only a name that
    "Operasi" starts: inside a title or a unit ("Biro Operasi Polda Riau", "Direktur Operasi
    Pelindo Makassar") the place is the title's (:func:`_starts_operation`). A cued place
    ("Operasi Patuh di Kabupaten X" has no code word right before it anyway) and the same
    place written anywhere else in the text stay. A cheap literal check first.
    """
    if "Operasi " not in text:
        return
    for m in mentions:
        if m.blocked is None and not m.cue_type and not m.after_title \
                and _starts_operation(text, m.start):
            m.blocked = "venue"


def _starts_operation(text: str, start: int) -> bool:
    """Tell whether "Operasi" and a code word (no agency's head) start a name before ``start``."""
    op = _OPERATION_BEFORE.search(text, max(0, start - 24), start)
    if op is None or op.group(1).casefold() in AGENCY_WORDS:
        return False
    word = _WORD_BEFORE.search(text, max(0, op.start() - 30), op.start())
    return word is None or word.group(1).casefold() in _FUNCTION_WORDS


#: A toll road's name up to a place: "Tol ", "tol Layang ", "Tol Trans-", "Tol Trans ",
#: "Tol Jakarta-", "Tol Cikampek-Purwakarta-" (capitalised names joined by dashes after "Tol";
#: a street is no stop of the road's name: "Exit Tol Cibubur-Jalan Transyogi-Cileungsi" is a
#: route).
_TOLL_BEFORE = re.compile(
    r"\b[Tt]ol (?:Layang )?(?:Trans(?: ?" + ROUTE_DASH + r" ?| ))?"
    r"(?:(?!(?:" + "|".join(sorted(w.capitalize() for w in STREET_WORDS)) + r")\b)"
    r"[A-Z][\w]*(?: [A-Z][\w]*)? ?" + ROUTE_DASH + r" ?)*\Z"
)


def block_toll_roads(text: str, mentions: Sequence[PlaceMention]) -> None:
    """Block a place that is one of the dash-joined names of a toll road.

    "Tol Jakarta-Cikampek", "tol Layang Jakarta-Cikampek II", "Tol Cikampek-Purwakarta-
    Padalarang", "Tol Trans-Jawa" (or "Tol Trans Jawa", the island the road crosses): the
    road's name, as a venue's (the gold files leave the
    places of "tol Jakarta-Cikampek" out). The place must follow "Tol" with dashes before or
    after it, so a place that locates the road ("Tol Cipali, Subang"; "tol di Bekasi") and a
    route without "Tol" ("rute Semarang-Pontianak") are kept. A cheap literal check first.

    Parameters
    ----------
    text : str
        The article.
    mentions : sequence of PlaceMention
        Its place mentions; those inside a toll road's name get ``blocked = "venue"`` (in
        place).

    Returns
    -------
    None
    """
    if "Tol " not in text and "tol " not in text:
        return
    for m in mentions:
        if m.blocked is not None:
            continue
        before = _TOLL_BEFORE.search(text, max(0, m.start - 80), m.start)
        if before is None:
            continue
        if before.group().rstrip().endswith(("ol", "Layang")) and not ROUTE_NEXT.match(
                text, m.end):
            continue  # "Tol Jakarta Outer Ring Road", "tol Bekasi": no route of places
        m.blocked = "venue"


#: Region names that are also the short form of a post: "Karo" is "Kepala Biro" ("Karo
#: Penmas Divisi Humas Polri", "Karo Ops Polda Kalsel", "Kepala Biro (Karo) Humas").
POST_SHORT_FORMS = frozenset({"Karo"})
#: Short names of police and ministry bureaus that the positions lexicon's unit words lack
#: ("Karo Ops", "Karo SDM", "Karo Log", "Karo Provos").
_BUREAU_NAMES = frozenset({
    "Ops", "Rena", "Renmin", "SDM", "Log", "Sarpras", "Provos", "Provost", "Paminal", "Wabprof",
    "Dalpers", "Binkar", "Psikologi", "Watpers", "Bankum", "Binops", "Dalops", "Kerma",
    "Lemtala", "Jianstra", "Mulmed", "Multimedia", "PID", "Misinter", "Setum",
})
#: Unit words of the positions lexicon that also follow a region's name in plain prose or a
#: headline ("Karo Darurat Bencana", "Karo Kota ..."): no bureau's name after "Karo".
_NOT_BUREAU = frozenset({
    "Provinsi", "Kabupaten", "Kota", "Daerah", "Wilayah", "Desa", "Kelurahan", "Kecamatan",
    "Distrik", "Nasional", "Regional", "Metro", "Jaya", "Negara", "Negeri", "Republik", "Pusat",
    "Besar", "Tinggi", "Khusus", "Dasar", "Menengah", "Sama", "Satu", "Milik", "Tertib",
    "Darurat", "Lalu", "Dalam", "Luar", "Jalan", "Laut", "Darat", "Udara", "Hutan", "Lahan",
    "Air", "Sungai", "Bandara", "Terminal", "Stasiun", "Pelabuhan", "Pemerintah", "Masyarakat",
    "Rakyat", "Penduduk", "Pekerja", "Budaya", "Kesenian", "Bencana", "Cuaca", "Pangan",
})
#: Words after which the short form is the region before a bureau's name too: the locative
#: "di", the region's own old name ("Tanah Karo"). Not "ke" or "dari": "usulkan ke Karo SDM",
#: "dari Karo Persidangan ... menjadi ..." name the post (a transfer, a request).
_REGION_BEFORE = frozenset({"di", "tanah", "asal", "kabupaten"})
_POST_BEFORE = re.compile(r"\bBiro \($")
#: Ranks written like a region, with the names that follow the rank and not the region:
#: "Pati" (perwira tinggi, a general or admiral) before a force's or its headquarters' name
#: ("enam Pati TNI", "seorang Pati Mabes", "Pati Sahli"); "Kapolres Pati" is the regency.
RANK_SHORT_FORMS: dict[str, frozenset[str]] = {
    "Pati": frozenset({"TNI", "Polri", "Mabes", "Sahli"}),
}
#: Locatives after which a defined short form is still the place ("ditahan di DIY").
_PLACE_BEFORE = frozenset({"di", "ke"})
_NEXT_WORD = re.compile(r" ([A-Z][A-Za-z]*)\b")
_LAST_WORD = re.compile(r"(\w+)[ \t]+\Z")


def bureau_words(positions: PositionLexicon) -> frozenset[str]:
    """Capitalised words that name a bureau after "Karo" ("Penmas", "Humas", "Ops", "SDM").

    The one-word unit words of the positions lexicon (the pipeline's ``positions`` table;
    built once per table by ``Lexicons.derived``) without the place, nature and ordinary words
    of :data:`_NOT_BUREAU` and the stop words, days and months of
    :data:`~beritanlp.rules.places.shape.ORDINARY`, with the bureaus' short names of
    :data:`_BUREAU_NAMES`.
    """
    units = {e.text for e in positions.entries if e.kind == "unit" and " " not in e.text}
    return frozenset(w for w in units - _NOT_BUREAU if w.casefold() not in ORDINARY) \
        | _BUREAU_NAMES


def block_post_short_forms(
    text: str, mentions: Sequence[PlaceMention], bureaus: frozenset[str]
) -> None:
    """Block a region named like a post's short form where it is the post ("Karo Penmas").

    The short form is the post when a bureau's name follows it (``bureaus``, from
    :func:`bureau_words`: "Karo SDM Polda Banten", "Karo Humas Kemnaker") or when it stands in
    brackets after the post in full ("Kepala Biro (Karo) Humas"). Before any other capitalised
    word (a day, a month, a rank, a direction, a headline's next word: "di Karo Senin", "ke Karo
    Rabu", "Karo AKBP", "Karo Utara", "Masyarakat Karo Menolak Tambang") it stays the region,
    and so it does after "di" or "Tanah" (:data:`_REGION_BEFORE`), after an official's title or
    a cue ("Bupati Karo ...", "Kabupaten Karo") and in a list ("Deliserdang, Karo, Simalungun").
    A rank written like a region (:data:`RANK_SHORT_FORMS`) is blocked before a name that
    follows the rank ("Pati TNI").
    """
    for m in mentions:
        if m.blocked or m.cue_type or m.after_title:
            continue
        if m.text in RANK_SHORT_FORMS:
            if _before_rank_follower(text, m):
                m.blocked = "venue"
            continue
        if m.text not in POST_SHORT_FORMS:
            continue
        if _POST_BEFORE.search(text, max(0, m.start - 8), m.start) \
                or _before_bureau(text, m, bureaus):
            m.blocked = "venue"


def block_defined_short_forms(
    text: str, mentions: Sequence[PlaceMention], gaz: Gazetteer,
) -> None:
    """Block a region's name the text defines as the short form of a phrase naming no place.

    "para perwira tinggi (Pati) dari tiga matra": a phrase of lowercase words that names no
    place in the gazetteer ``gaz`` is the short form's meaning, so the short form written bare
    ("jenjang Pati") is that phrase, not the regency. A long form with a capitalised word or
    one the gazetteer knows is a place written in lowercase ("kepulauan Riau (Kepri)",
    "daerah istimewa Yogyakarta (DIY)") and defines nothing here. Mentions after a cue, an
    official's title or a locative ("Kabupaten Pati", "Bupati Pati", "di Pati",
    :data:`_PLACE_BEFORE`) stay places. A literal "(X)" must be in the text before
    definitions are read. A region's short form in capitals is so blocked also when its long
    form is capitalised but names no place ("Organisasi Kerja Sama Islam (OKI)" is no
    regency; "Ogan Komering Ilir (OKI)" is the regency's name and stays, and so does a long
    form inside the place's name: "Daerah Khusus Ibukota (DKI)"; a country's short form is
    not read so: :func:`_region_not_named`).
    """
    names = {m.text for m in mentions
             if not m.blocked and not m.cue_type and not m.after_title}
    bracketed = {n for n in names if f"({n})" in text}
    if not bracketed:
        return
    defs = [d for d in find_definitions(text) if d.short in bracketed and not gaz.lookup(d.long)]
    lowercase = {d.short for d in defs if d.long.islower()}
    capitals = {d.short: d.long for d in defs if d.short.isupper() and not d.long.islower()}
    for m in mentions:
        if m.blocked or m.cue_type or m.after_title or _after_word(text, m, _PLACE_BEFORE):
            continue
        if m.text in lowercase or (m.text in capitals
                                   and _region_not_named(gaz, m, capitals[m.text])):
            m.blocked = "venue"


#: Lowercase words a capitalised name may hold ("Komite Mahasiswa untuk Keadilan Indonesia",
#: "Front Pembebasan Yaman dan Oman").
_NAME_JOINS = frozenset({"dan", "untuk", "dari", "&", "and", "of", "for", "the", "de"})
#: Capitalised words of a place's own long name around its mention ("Daerah Istimewa
#: Yogyakarta", "Kepulauan Riau", "Republik Indonesia") or of the area a natural feature
#: drains or bounds ("Daerah Aliran Sungai Ciliwung (DAS Ciliwung)", a river basin; "Hulu
#: Sungai"): a long form of only these and places is a place's name, no other thing's.
_PLACE_NAME_WORDS = ADMIN_WORDS | COMPASS_WORDS | {
    "daerah", "istimewa", "khusus", "ibukota", "ibu", "republik", "negara", "kepulauan",
    "pulau", "raya", "kesatuan", "aliran", "hulu", "hilir",
}


def block_defined_long_forms(
    text: str, mentions: Sequence[PlaceMention], gaz: Gazetteer,
) -> None:
    """Block the places inside a capitalised name that a bracketed short form defines.

    "Front Pembebasan Yaman dan Oman (FPYO)", "Forum Komunikasi Mahasiswa Jambi (FKMJ)",
    "Bank Pembangunan Daerah Jawa Barat (BJB)": the long form (:func:`find_definitions`) is
    an organisation's, a venue's or an event's name, and a place only inside it is none
    (GUIDELINE.md); it is blocked as inside an entity, so the same place written elsewhere
    is still reported. Not a long form that is the place's own name ("Daerah Istimewa
    Yogyakarta (DIY)") or a feature's area ("Daerah Aliran Sungai Ciliwung (DAS Ciliwung)":
    the river basin), a list ("Arafah, Muzdalifah, dan Mina (Armuzna)"), one with a
    lowercase word of its own ("orang asli Papua (OAP)": no name), one that begins with a
    word that locates a venue, with a title or with a natural feature's cue of ``gaz``
    ("Bandara Internasional Lombok (BIL)", "Menteri Luar Negeri RI (Menlu)", "Taman Nasional
    Gunung Rinjani (TNGR)": a place after a venue's name, a title's place and an area count),
    nor a place after an official's title. A literal " (" must be in the text.
    """
    if " (" not in text:
        return
    live = [m for m in mentions if m.blocked is None and not m.after_title]
    if not live:
        return
    for d in find_definitions(text):
        inside = [m for m in live if d.long_start <= m.start and m.end <= d.long_end]
        if inside and "," not in d.long \
                and _names_other_thing(text, (d.long_start, d.long_end), inside, gaz):
            for m in inside:
                m.blocked = "entity"


def _names_other_thing(
    text: str, span: tuple[int, int], inside: Sequence[PlaceMention], gaz: Gazetteer,
) -> bool:
    """The capitalised long form at ``span`` names more than the places ``inside`` it."""
    found = list(_WORD.finditer(text, *span))
    lows = tuple(w.group().casefold() for w in found[:3])
    if not found or lows[0] in LOCATOR_WORDS | _TITLE_TAILS \
            or any(lows[:n] in gaz.feature_cues for n in (1, 2, 3)):
        return False
    other = False
    for w in found:
        if any(m.start <= w.start() < m.end for m in inside):
            continue
        low = w.group().casefold()
        if w.group()[:1].islower() and low not in _NAME_JOINS:
            return False  # "orang asli Papua": a lowercase phrase, no name
        other = other or (w.group()[:1].isupper() and low not in _PLACE_NAME_WORDS)
    return other


def _region_not_named(gaz: Gazetteer, m: PlaceMention, long: str) -> bool:
    """Every candidate of ``m`` is an Indonesian region the long form ``long`` does not name.

    Only regions' short forms (with a Kemendagri code) are read: a country's ("NKRI") is
    defined by a scraper-cut long form as often ("Negara Kesatuan Republik (NKRI)"). A long
    form names a region when it is or lies inside the region's name, or is a spelling variant
    of it (:meth:`Gazetteer.variant`), or is a misspelt name: its initials are the short form
    and most of its words are words of the region's name ("Ogan Komring Ilir (OKI)").
    """
    long_key = key(long)
    variant = gaz.variant(long_key)
    words = [w.casefold() for w in _WORD.findall(long)]
    initials = "".join(w[0] for w in words)
    return bool(m.candidates) and all(
        c.code and long_key not in key(c.name) and variant != key(c.name)
        and not _misspelt_name(words, initials, m.text, c.name)
        for c in m.candidates
    )


def _misspelt_name(words: Sequence[str], initials: str, short: str, name: str) -> bool:
    """A long form of ``words`` is the region ``name`` misspelt: initials and most words agree."""
    if initials != short.casefold():
        return False
    name_words = {w.casefold() for w in _WORD.findall(name)}
    return 2 * sum(w in name_words for w in words) > len(words)


#: Animals (species, breeds) whose place name right after them is their epithet ("harimau
#: Sumatera", "husky Siberia"): the ``epithets`` rows of ``lexicons/data/thing_heads.txt``.
EPITHET_HEADS = frozenset(tagged_words("thing_heads", "epithets"))


def block_epithets(text: str, mentions: Sequence[PlaceMention]) -> None:
    """Block a bare place name written as an animal's epithet ("dua ekor harimau Siberia").

    The animal word, in lowercase, comes right before the name (:data:`EPITHET_HEADS`); a
    capitalised one starts a name ("Badak Lampung", a club) and a cued name stays.
    """
    for m in mentions:
        if m.blocked is not None or m.cue_type:
            continue
        last = _LAST_WORD.search(text, max(0, m.start - 20), m.start)
        if last is not None and last.group(1) in EPITHET_HEADS:
            m.blocked = "venue"


def _after_word(text: str, m: PlaceMention, before: frozenset[str]) -> bool:
    """One of the lowercase words ``before`` comes right before ``m``."""
    last = _LAST_WORD.search(text, max(0, m.start - 20), m.start)
    return last is not None and last.group(1).casefold() in before


def _before_rank_follower(text: str, m: PlaceMention) -> bool:
    """A name that follows the rank ``m`` comes next and no "di" or "asal" comes before it."""
    nxt = _NEXT_WORD.match(text, m.end)
    if nxt is None or nxt.group(1) not in RANK_SHORT_FORMS[m.text]:
        return False
    return not _after_word(text, m, _REGION_BEFORE)


def _before_bureau(text: str, m: PlaceMention, bureaus: frozenset[str]) -> bool:
    """A bureau's name follows ``m`` and no "di" or "Tanah" comes before it."""
    nxt = _NEXT_WORD.match(text, m.end)
    if nxt is None or nxt.group(1) not in bureaus:
        return False
    return not _after_word(text, m, _REGION_BEFORE)


#: What may stand between a street's last name word and the place that locates the street:
#: the street's block number ("Jalan Patra Kuningan XIII, Jakarta Selatan"), a comma, a space,
#: or a space and a bracket ("Jalan Cikao Bandung (Kecamatan Jatiluhur)").
_STREET_GAP = re.compile(r"(?: [IVX]+)?(?:,? | \()")

#: A block number right after a place ending a street's name ("Jalan Patra Kuningan XIII").
_BLOCK_NUMBER = re.compile(r" [IVX]+\b(?![-/'])")

#: A block number followed by the rest of an address ("Patra Kuningan XIII Blok L", "Kampung
#: Malaka I, RT 07"): the region's name is an estate's or a hamlet's, with or without "Jalan".
_ADDRESS_NUMBER = re.compile(r" [IVX]+,? (?:Blok|Blk|No|Nomor|Kav|Kavling|RT|RW)\b")

#: A capitalised word right before a mention: the mention ends a longer name.
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+ \Z")


def block_street_tails(text: str, mentions: Sequence[PlaceMention]) -> None:
    """A region ending a street's or estate's name is the street's, not a place (in place).

    "Jalan Patra Kuningan, Jakarta", "Jalan Raya Jombang, Ciputat", "Jl. Patra Kuningan XIII":
    the bare region after "Jalan X" is part of the street's name (blocked as a venue) when a
    place that does not contain it follows (the street's own location), or when a block number
    follows it; without "Jalan", when a block number and the rest of an address follow a
    capitalised name word ("di Patra Kuningan XIII Blok L"). A region that locates the street
    ("Jalan Pahlawan Surabaya.", "Jl. Kapten Tendean Jakarta Selatan") is kept, and so is a
    district or city written before its own region ("Jalan Kenanga Surabaya, Jawa Timur").
    """
    for k, m in enumerate(mentions):
        if m.blocked or m.cue_type or m.after_title or m.place is None:
            continue
        if _ADDRESS_NUMBER.match(text, m.end) and _NAME_WORD_BEFORE.search(
                text, max(0, m.start - 40), m.start):
            m.blocked = "venue"  # "di Patra Kuningan XIII Blok L": a street's or estate's block
            continue
        if not STREET_BEFORE.search(text, max(0, m.start - 60), m.start):
            continue
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if _BLOCK_NUMBER.match(text, m.end) or _locates_street(text, m, nxt):
            m.blocked = "venue"


def _locates_street(text: str, m: PlaceMention, nxt: PlaceMention | None) -> bool:
    """``nxt`` follows ``m`` as the street's location and is not ``m``'s region or inside it."""
    if nxt is None or nxt.place is None or not _STREET_GAP.fullmatch(text, m.end, nxt.start):
        return False
    code, parent = (m.place.code if m.place else None) or "", nxt.place.code or ""
    if code and parent and (code.startswith(parent + ".") or parent.startswith(code + ".")):
        return False  # "Jalan Margonda, Beji, Depok": a district before its own city
    return m.text != nxt.text


def block_hamlet_names(text: str, mentions: Sequence[PlaceMention]) -> None:
    """Block a bare region named right after a hamlet's unit word (in place).

    "di Dusun Bandung, Desa Sukamulya": the hamlet Bandung, not the city. Only a bare name (no
    cue of its own, no title before it) right after a capitalised unit word below the village
    (:data:`~beritanlp.rules.places.local.HAMLET_WORDS`) and one space.

    Parameters
    ----------
    text
        The text.
    mentions
        The mentions found; a hamlet's is blocked as a venue.
    """
    for m in mentions:
        if m.blocked or m.cue_type or m.after_title:
            continue
        before = _NAME_WORD_BEFORE.search(text, max(0, m.start - 12), m.start)
        if before is not None and before.group().rstrip().casefold() in HAMLET_WORDS:
            m.blocked = "venue"


def block_nicknames(mentions: Sequence[PlaceMention], gaz: Gazetteer) -> None:
    """Block a nickname region where the text also reports the place it stands for.

    "para tokoh Bumi Cenderawasih ... masyarakat Papua": the region "Tanah Papua" (named
    "Bumi Cenderawasih" here) is Papua, reported once. Run after resolving. Written without
    the place, the nickname stays a region. The nicknames are the gazetteer's
    (``Gazetteer.nicknames``, from ``lexicons/data/region_nicknames.txt``).
    """
    nicknames = [m for m in mentions if m.blocked is None and m.place is not None
                 and m.place.code is None and key(m.place.name) in gaz.nicknames]
    if not nicknames:
        return
    reported = {m.place.kb_id for m in mentions if m.blocked is None and m.place is not None}
    for m in nicknames:
        assert m.place is not None
        meant = {p.kb_id for p in gaz.lookup(gaz.nicknames[key(m.place.name)])}
        if meant & reported:
            m.blocked = "nickname"


#: Speech verbs before a quote's speaker ("..., kata Bima."): the ``places`` rows of
#: ``lexicons/data/speech_verbs.txt``, the officials' words without those that also stand before
#: a place as an adverb or a noun ("jelas Indonesia" is clearly Indonesia, "menurut Indonesia"
#: the state's view, "versi Indonesia" a version; "terang", "pesan"), with more verbs of the
#: same use ("tambah", "pungkas", "tandas", "papar", "lanjut").
SPEAKER_VERBS: frozenset[str] = speech_words("places")
#: A lowercase speech verb and one space right before a mention.
_SPEAKER_BEFORE = re.compile(r"(?<![\w-])(\w+) \Z")
#: A preposition before "kata" that makes it the noun "word": "dari kata Jepang" names a
#: language, so the name is blocked there but means no person elsewhere in the text.
_WORD_NOUN = re.compile(r"(?<![\w-])(?:dari|dalam) \Z")


def block_speakers(text: str, words: Words, mentions: Sequence[PlaceMention]) -> None:
    """Block a bare place name right after a speech verb: it names the speaker.

    "..., kata Bima." quotes a person called Bima (a coach, a spokesman), not the city; so
    does "ujar Arafah" or "tutur Osaka". When the text also writes the name inside a person's
    name ("Bima Sakti", "Muhammad Arafah"; a headline "Bima Sakti: ...") or quotes it twice,
    the name means the person in the whole text: its other bare mentions ("Menurut Bima")
    are blocked too, except after a word that makes it a place ("di Bima", "warga Bima") or
    before its own parent region ("Bima, Nusa Tenggara Barat"); a name that a title or an
    agency also names ("Bupati Bima", "Pemkab Bima") stays the place in its other mentions.
    Otherwise only the mention after the verb is blocked: a state quoted as a speaker
    ("tegas Iran") is still the place elsewhere ("Iran mengancam menutup Selat Hormuz").
    After "dari kata" the name is a language ("berasal dari kata Jepang"), blocked there
    only. A place with its own cue or after a title ("kata Bupati Bima") is not touched, nor
    one after a verb written in capitals (a headline's "Ini Kata Jakarta"). The verb's word
    is read in a short window before each mention, once per mention.
    """
    bare = [m for m in mentions if m.blocked is None and not m.cued and not m.after_title]
    quoted = _quoted_speakers(text, bare)
    # "Bupati Bima", "Pemkab Bima": the text names the place too
    names = set(quoted) - {m.text for m in mentions if m.after_title or m.blocked == "agency"}
    if not names:
        return
    persons = ({n for n in names if quoted[n] > 1} | _headline_speakers(text, names)
               | _person_names(text, words, mentions, names))
    by_start = {m.start: m for m in mentions}
    for m in bare:
        if m.blocked is None and m.text in persons and not _after_lead(text, m) \
                and not _before_parent(text, m, by_start):
            m.blocked = "speaker"


def _quoted_speakers(text: str, bare: Sequence[PlaceMention]) -> Counter[str]:
    """Block each of ``bare`` right after a speech verb; count the times each name is quoted.

    After "dari kata" the name is a language ("berasal dari kata Jepang"): blocked, not counted.
    """
    quoted: Counter[str] = Counter()
    for m in bare:
        found = _SPEAKER_BEFORE.search(text, max(0, m.start - 12), m.start)
        if found is not None and found.group(1) in SPEAKER_VERBS:
            m.blocked = "speaker"
            if _WORD_NOUN.search(text, max(0, found.start() - 8), found.start()) is None:
                quoted[m.text] += 1
    return quoted


#: A headline that begins with its speaker's name and a colon ("Bima Sakti: ...").
_HEADLINE_SPEAKER = re.compile(r"[ \t]*((?:[A-Z][\w'-]* ){1,3}[A-Z][\w'-]*):")


def _headline_speakers(text: str, names: set[str]) -> set[str]:
    """Those of ``names`` in the person's name a headline begins with ("Bima Sakti: ...")."""
    found = _HEADLINE_SPEAKER.match(text, 0, headline_end(text))
    if found is None:
        return set()
    run = found.group(1).split(" ")
    return {n for n in names if n in run
            and all(w[:1].isupper() and not w.isupper() and w.casefold() not in _NOT_GIVEN_NAMES
                    for w in run if w != n)}


#: Capitalised words that begin no person's name before a place name ("Presiden Iran", "Kota
#: Bima", "Pemerintah China", "Kementerian Jepang", "Timnas Jepang", "warga Bima", "Kedutaan
#: China"): the one-word heads of institutions (every reader's row) and the place rules' words.
_NOT_GIVEN_NAMES = (ORDINARY | _TITLE_TAILS | PLACE_LEADS | AGENCY_WORDS | HAMLET_WORDS
                    | LOCATOR_WORDS | VENUE_WORDS | CUE_FIRST
                    | {row[0].casefold() for row in word_table("institution_heads")
                       if " " not in row[0]}
                    | {"kedutaan", "kedubes", "konsulat", "perwakilan"})


def _person_names(
    text: str, words: Words, mentions: Sequence[PlaceMention], names: set[str],
) -> set[str]:
    """Those of ``names`` that the body also writes inside a person's name.

    A mention of the name joined by one space to a capitalised word that is no place, no
    title, cue or organisation word and does not start a sentence: "Bima Sakti", "Milan
    Petrovic", "Darwin P Sinaga", "Muhammad Arafah", "Ryan Babel". A headline (title case)
    is not read.
    """
    body = headline_end(text)
    starts, ends = {m.start for m in mentions}, {m.end for m in mentions}
    found = set()
    for m in mentions:
        if m.text not in names or m.start < body or m.text in found:
            continue
        i, j = bisect_left(words.starts, m.start), bisect_left(words.starts, m.end)
        if i == len(words) or words.starts[i] != m.start:
            continue
        if j < len(words) and text[m.end:words.starts[j]] == " " \
                and words.starts[j] not in starts and _given_name(words[j]):
            found.add(m.text)  # "Bima Sakti"
        elif i > 0 and text[words.ends[i - 1]:m.start] == " " and words.ends[i - 1] not in ends \
                and _given_name(words[i - 1]) and not _sentence_first(text, words.starts[i - 1]):
            found.add(m.text)  # "Muhammad Arafah"
    return found


def _given_name(w: Word) -> bool:
    """``w`` may be part of a person's name: capitalised, not in capitals only, no known word."""
    return w.cap and not (len(w.text) > 1 and w.text.isupper()) and w.low not in _NOT_GIVEN_NAMES


def _before_parent(text: str, m: PlaceMention, by_start: dict[int, PlaceMention]) -> bool:
    """``m`` is followed by ", " and a region holding one of its candidates ("Bima, NTB")."""
    nxt = by_start.get(m.end + 2)
    if nxt is None or text[m.end:m.end + 2] != ", ":
        return False
    parents = {p.code for p in nxt.candidates if p.code}
    return any(c.code.startswith(p + ".") for c in m.candidates if c.code for p in parents)


def _after_lead(text: str, m: PlaceMention) -> bool:
    """A locative or a word for a place's people comes right before ``m`` ("di Bima")."""
    found = _SPEAKER_BEFORE.search(text, max(0, m.start - 12), m.start)
    return found is not None and found.group(1).casefold() in PLACE_LEADS
