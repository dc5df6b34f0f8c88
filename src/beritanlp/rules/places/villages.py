"""Villages without a cue of their own: listed after a cued village, or "Desa/Kecamatan X".

A village and its district may share one name: "Desa/Kecamatan Sruweng" names both, the village
being the district's seat (:func:`shared_name_villages`: the village is read on the name's words
inside the district's mention, with the village of that name in the district).

A list of villages often gives its cue once (:func:`listed_villages`): "Kelurahan Pegadungan,
Kamal dan Tegal Alur". An item after the cued village (or after an item already taken) is read
as a village when

* a list gap separates it from the one before (", ", " dan ", ", dan ", " serta " ...),
* it is a capitalised run of at most three joined words that starts with no administrative,
  hamlet or ordinary word (the list ends at "Kecamatan X", "Dusun X", "Sabtu"), and
* the gazetteer knows a village of that name in the head's district (kecamatan), or exactly
  one in the head's regency or city (a list may cross districts: "Kelurahan Empang, ...,
  dan Gudang" in two districts of Bogor). The head's districts are its one candidate's, or
  those of its candidates in a region the text names.

The run stops before a cue word, so "Pulau Kabal Kecamatan X" gives "Pulau Kabal". One item
that is no such village is passed over when a village follows it in the list ("Kamal, Kamal
Muara dan Tegal Alur": Kamal Muara lies in another city); a second one ends the list, as does
an item an earlier mention covers ("Desa X, Bandung Barat"), except a shorter name inside it
("Tegal" inside "Tegal Alur"), and a village named like its own district: "Desa Pempatan,
Rendang" names the district Rendang, not its seat village. Items keep no cue of their own;
the village takes its code when one village of the name is left.

A list may also go on from a district found before (cued, or read by the district rules) to
villages of the district's regency when the text names that regency: "Plaosan, Poncol dan
Sidomukti" in a text on Magetan. Then only the one village of a name in the regency is read,
not one followed in the list by another district ("Kecamatan A, B, C dan D": B is a district
the gazetteer may no longer know, not the village of that name). A list with no such head is
read when at least three bare names in a row are each the one village of its name in one
regency the text names (two may be people named like villages). A listed name followed by a
number heads a longer name ("Bukit 12") and is no village.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from beritanlp.lexicons.regions import Gazetteer, Place, key
from beritanlp.rules.places.local import HAMLET_WORDS, context_codes
from beritanlp.rules.places.mention import PlaceMention
from beritanlp.rules.places.shape import ADMIN_WORDS, LIST_GAPS, ORDINARY, joined
from beritanlp.text.numbers import count_word
from beritanlp.text.words import Words

_CONJUNCTIONS = frozenset({"dan", "serta"})
#: Words that cannot start a village's name in a list (the list has ended).
_STOP = ORDINARY | HAMLET_WORDS | ADMIN_WORDS
_MAX_WORDS = 3
#: The fewest villages a list without a cued or district head must name: two bare names may
#: be people named like villages ("aparat desa, yakni A dan B"), three of one regency are not.
_BARE_LIST_MIN = 3
#: A number right after a capitalised run: the run heads a longer name ("Sungai 7").
_NUMBERED = re.compile(r" ?\d")
#: How each of :data:`LIST_GAPS` starts.
_GAP_START = re.compile(r", | dan | serta ")
#: :data:`LIST_GAPS`, longest first (", dan " before ", ").
_GAPS_LONGEST_FIRST = tuple(sorted(LIST_GAPS, key=len, reverse=True))


def listed_villages(
    text: str, gaz: Gazetteer, words: Words, mentions: Sequence[PlaceMention],
) -> list[PlaceMention]:
    """New village mentions for the bare items of a list after a cued village.

    Parameters
    ----------
    text, gaz, words
        The text, the gazetteer and the text's letter words.
    mentions
        The mentions found so far: the cued villages that head lists, the regions that place
        them, and the words taken.

    Returns
    -------
    list of PlaceMention
        The listed villages, each with its candidates in the head's district or regency.
    """
    heads = [m for m in mentions if m.cue_type == "desa" and m.candidates]
    district_heads = [(m, r) for m in mentions for r in [_district_regency(m)] if r]
    regencies, _ = context_codes(mentions)
    if not heads and not regencies:
        return []
    # a bare village heads a list only where it lies in one district ("kawasan A, B")
    cued = [m for m in heads if m.cued or len(_districts(m, regencies)) == 1]
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in taken]
    found: list[PlaceMention] = []
    for head in cued:
        districts = _districts(head, regencies)
        if districts:
            where = (districts, {d.rsplit(".", 1)[0] for d in districts})
            found.extend(_list_after(text, gaz, words, head, where, (taken, starts)))
    districts_at = {m.start: r for m, r in district_heads}
    for head, regency in district_heads:
        if regency in regencies:
            items = _list_after(text, gaz, words, head, (set(), {regency}), (taken, starts))
            found.extend(m for m in items if not _before_district(text, m, districts_at))
    for head, regency in _bare_heads(text, gaz, words, regencies, (taken, starts)):
        items = _list_after(text, gaz, words, head, (set(), {regency}), (taken, starts))
        items = [m for m in items if not _before_district(text, m, districts_at)]
        if len(items) >= _BARE_LIST_MIN - 1:
            found.extend([head, *items])
    unique = {(m.start, m.end): m for m in found}  # the heads of one list each read its tail
    return sorted(unique.values(), key=lambda m: m.start)


def _bare_heads(
    text: str, gaz: Gazetteer, words: Words, regencies: set[str],
    taken: tuple[list[tuple[int, int]], list[int]],
) -> list[tuple[PlaceMention, str]]:
    """Bare villages heading a list whose next item is a village of the same named regency.

    "yakni Sukamaju, Cibodas dan Mekarwangi" in a text naming their regency: villages side
    by side in a list, each the one village of its name in that regency, say of each other
    that they are villages (the caller keeps lists of at least ``_BARE_LIST_MIN`` names).
    The head is returned with its regency's code; the list after it is read by
    :func:`_list_after`.
    """
    heads: list[tuple[PlaceMention, str]] = []
    # where a list gap may start: only a run ending at one is read (most capitalised words of
    # an article stand in no list)
    gap_starts = {m.start() for m in _GAP_START.finditer(text)}
    j = 0
    while j < len(words):
        ends = words.ends[j:j + _MAX_WORDS]
        item = _item_at(text, gaz, words, j, (set(), regencies)) \
            if words.caps[j] and any(e in gap_starts for e in ends) else None
        if item is None or item.place is None or not item.place.code or _overlaps(item, taken) \
                or (j > 0 and words.caps[j - 1] and joined(text, words, j - 1, 2)):
            j += 1
            continue
        regency = item.place.code[:5]
        k = _next_item(words, item.end)
        if k < len(words) and text[item.end:words.starts[k]] in LIST_GAPS:
            second = _item_at(text, gaz, words, k, (set(), {regency}))
            if second is not None and not _overlaps(second, taken):
                heads.append((item, regency))
        j = bisect_left(words.starts, item.end)
    return heads


def _name_size(text: str, words: Words, j: int) -> int | None:
    """Words in the capitalised run at word ``j``; None when too long or heading a numbered name.

    "Bukit 12", "Blok 3": a run followed by a number is the head of a longer name, no place.
    """
    size = _run(text, words, j)
    if size > _MAX_WORDS or _NUMBERED.match(text, words.ends[j + size - 1]):
        return None
    return size


def _before_district(text: str, item: PlaceMention, districts_at: dict[int, str]) -> bool:
    """A district follows the item in its list: the list is one of districts.

    "A, B, C dan D" where A and C are districts: B between them is a district the gazetteer
    may not know any more, not the village of that name.
    """
    end = item.end
    for gap in _GAPS_LONGEST_FIRST:
        if text.startswith(gap, end) and end + len(gap) in districts_at:
            return True
    return False


def _district_regency(mention: PlaceMention) -> str | None:
    """The regency or city of a mention resolved to one district (kecamatan), else None.

    A list that goes on from a district may name villages of the district's regency:
    "Cimanggu, Tegalwaru dan Sukamulya" with Tegalwaru a district and Sukamulya one of
    its regency's villages.
    """
    place = mention.place if mention.place is not None else (
        mention.candidates[0] if len(mention.candidates) == 1 else None)
    if mention.blocked is not None or place is None or place.type != "kecamatan" \
            or not place.code or place.code.count(".") != 2:
        return None
    return place.code.rsplit(".", 1)[0]


def _districts(mention: PlaceMention, regencies: set[str]) -> set[str]:
    """Codes of the districts the village may lie in.

    Its one candidate's district, or those of its candidates in a region the text names.
    """
    codes = {c.code.rsplit(".", 1)[0] for c in mention.candidates
             if c.code and c.code.count(".") == 3}
    if len(codes) <= 1:
        return codes
    return {c for c in codes if c.rsplit(".", 1)[0] in regencies}


def _list_after(
    text: str, gaz: Gazetteer, words: Words, head: PlaceMention,
    where: tuple[set[str], set[str]], taken: tuple[list[tuple[int, int]], list[int]],
) -> list[PlaceMention]:
    """The villages listed after ``head``, in order, until the list ends.

    ``where`` holds the districts and the regencies whose villages the list may name (no
    district after a district head: only the one village of a name in its regency). One
    item that is no such village is passed over when the list goes on after it with one
    that is ("A, Kamal Muara dan Tegal Alur").
    """
    districts, regencies = where
    j = _next_item(words, head.end)
    prev_end = head.end
    found: list[PlaceMention] = []
    skipped = False
    while j < len(words) and text[prev_end:words.starts[j]] in LIST_GAPS:
        item = _item_at(text, gaz, words, j, (districts, regencies))
        if item is None and not skipped and words.caps[j] and words.lows[j] not in _STOP:
            skipped = True  # a bare name, not an earlier mention: passed over once
            prev_end = words.ends[j + _run(text, words, j) - 1]
            if _overlaps(PlaceMention(words.starts[j], prev_end, "", []), taken):
                break
            j = _next_item(words, prev_end)
            continue
        if item is None or _overlaps(item, taken):
            break
        found.append(item)
        prev_end = item.end
        j = _next_item(words, item.end)
    return found


def _next_item(words: Words, pos: int) -> int:
    """The first word after ``pos`` that is not the conjunction of a list ("dan", "serta")."""
    j = bisect_left(words.starts, pos)
    return j + 1 if j < len(words) and words.lows[j] in _CONJUNCTIONS else j


def _overlaps(item: PlaceMention, taken: tuple[list[tuple[int, int]], list[int]]) -> bool:
    """A mention found earlier overlaps ``item`` other than as a shorter name inside it.

    "Tegal Alur" swallows the city "Tegal" read inside it; an item that is itself an earlier
    mention ("Desa X, Bandung Barat") or cut by one ends the list.
    """
    spans, starts = taken
    size = item.end - item.start
    k = max(bisect_left(starts, item.start) - 1, 0)
    while k < len(spans) and spans[k][0] < item.end:
        s, e = spans[k]
        if e > item.start and not (item.start <= s and e <= item.end and e - s < size):
            return True
        k += 1
    return False


def _run(text: str, words: Words, j: int) -> int:
    """How many joined capitalised words start at word ``j``, up to a cue ("Kecamatan")."""
    n = 1
    while n < _MAX_WORDS + 1 and j + n < len(words) and words.caps[j + n] \
            and words.lows[j + n] not in _STOP and joined(text, words, j, n + 1):
        n += 1
    return n


def _item_at(
    text: str, gaz: Gazetteer, words: Words, j: int, where: tuple[set[str], set[str]],
) -> PlaceMention | None:
    """The village named by the capitalised run at word ``j``, if one fits.

    A village of that name in one of the head's districts, else the one in its regency.
    """
    if not words.caps[j] or words.lows[j] in _STOP:
        return None
    districts, regencies = where
    size = _name_size(text, words, j)
    if size is None:
        return None
    name_key = "".join(words.lows[j:j + size])
    places = [(p, p.code) for p in gaz.desa_places(name_key) if p.code]
    cands = [p for p, code in places if code.rsplit(".", 1)[0] in districts]
    if not cands:
        cands = [p for p, code in places if code[:5] in regencies]
        cands = cands if len(cands) == 1 else []
    if any(_names_district(gaz, p, name_key) for p in cands):
        return None  # "Desa Pempatan, Rendang": the address's district, not its seat village
    return _mention(text, words, j, size, name_key, cands) if cands else None


def _names_district(gaz: Gazetteer, village: Place, name_key: str) -> bool:
    """The village bears the name of its own district (the district's seat)."""
    district = gaz.by_code.get(village.code.rsplit(".", 1)[0]) if village.code else None
    return district is not None and key(district.name) == name_key


def _mention(
    text: str, words: Words, j: int, size: int, name_key: str, cands: list[Place],
) -> PlaceMention:
    """A listed village's mention on its name's words.

    Parameters
    ----------
    text, words
        The text and its words.
    j, size
        The name's first word and its number of words.
    name_key
        The name's gazetteer key.
    cands
        The villages of that name in the list's district, or the one in its regency (at
        least one).

    Returns
    -------
    PlaceMention
        A ``desa`` mention, resolved when only one village fits.
    """
    start, end = words.starts[j], words.ends[j + size - 1]
    place = cands[0] if len(cands) == 1 else None
    return PlaceMention(start, end, text[start:end], cands, cue_type="desa",
                        name_key=name_key, place=place)


#: A counted class noun that announces a list of villages or districts: "di delapan kelurahan,
#: yaitu A, B dan C", "enam desa yakni ...", "tiga kecamatan, antara lain ...". Lowercase: the
#: noun names the class, not one unit ("Kelurahan Gedong"); the count (checked with
#: :func:`count_word`) makes it plural ("perangkat desa, yakni Rahmat ..." lists people).
_CLASS_LIST = re.compile(
    r"\b(kelurahan|desa|kecamatan),? (?:yaitu|yakni|antara lain|meliputi|di antaranya"
    r"|diantaranya)[ :]+(?=[A-Z])"
)
#: The word before the class noun (its count).
_COUNT_BEFORE = re.compile(r"(?<![\w-])([\w-]+) \Z")
#: The gazetteer type each class noun announces.
_CLASS_TYPES = {"kelurahan": "desa", "desa": "desa", "kecamatan": "kecamatan"}
#: Words that cannot start an item of such a list (a cue or an ordinary word ends it).
_CLASS_STOP = ORDINARY | ADMIN_WORDS


def class_listed_places(
    text: str, gaz: Gazetteer, words: Words, mentions: Sequence[PlaceMention],
) -> list[PlaceMention]:
    """New mentions for the bare items of a list a class noun announces.

    "Lahan sudah dibebaskan di delapan kelurahan, yaitu Gedong, Balekambang, ... dan Bukit
    Duri" (a number or count word before the noun): each item is a village (a district after
    "kecamatan") of that name in a regency or city the text names, or else the only one of the
    name in a province the text names. The list runs on through list gaps (", ", " dan " ...)
    and ends at the first item that is no such unit, or at one an earlier mention cuts; an item
    an earlier mention already is stays that mention and the list goes on.

    Parameters
    ----------
    text, gaz, words
        The text, the gazetteer and the text's letter words.
    mentions
        The mentions found so far (the regions that place the list, the words taken).

    Returns
    -------
    list of PlaceMention
        The listed units, each with its candidates, resolved when one fits.
    """
    if "kelurahan" not in text and "desa" not in text and "kecamatan" not in text:
        return []
    regions = context_codes(mentions)
    if not regions[0] and not regions[1]:
        return []
    spans = sorted((m.start, m.end) for m in mentions)
    taken = (spans, [s for s, _ in spans])
    exact = set(spans)
    found: list[PlaceMention] = []
    for head in _CLASS_LIST.finditer(text):
        count = _COUNT_BEFORE.search(text, max(0, head.start() - 30), head.start())
        if count is None or not count_word(count.group(1)):
            continue
        type_ = _CLASS_TYPES[head.group(1)]
        j = bisect_left(words.starts, head.end())
        prev_end = head.end()
        while j < len(words) and (prev_end == head.end() or text[prev_end:words.starts[j]]
                                  in LIST_GAPS):
            item = _class_item(text, gaz, words, j, type_, regions)
            if item is None or ((item.start, item.end) not in exact and _overlaps(item, taken)):
                break
            if (item.start, item.end) not in exact:
                found.append(item)
            prev_end = item.end
            j = _next_item(words, item.end)
    return found


def _class_item(
    text: str, gaz: Gazetteer, words: Words, j: int, type_: str,
    regions: tuple[set[str], set[str]],
) -> PlaceMention | None:
    """The unit of ``type_`` named by the capitalised run at word ``j``, if one fits.

    The one of that name in a regency the text names, else the one in a province it names.
    """
    if not words.caps[j] or words.lows[j] in _CLASS_STOP:
        return None
    size = _name_size(text, words, j)
    if size is None:
        return None
    name_key = "".join(words.lows[j:j + size])
    table = gaz.desa_places(name_key) if type_ == "desa" else gaz.kecamatan.get(name_key, [])
    places = [(p, p.code) for p in table if p.code and p.type == type_]
    regencies, provinces = regions
    cands = [p for p, code in places if code[:5] in regencies]
    if len(cands) != 1:
        cands = [p for p, code in places if code[:2] in provinces]
    if len(cands) != 1:
        return None
    start, end = words.starts[j], words.ends[j + size - 1]
    return PlaceMention(start, end, text[start:end], cands, cue_type=type_,
                        name_key=name_key, place=cands[0])


#: A village's cue written before a district's cue, joined by a slash: "Desa/Kecamatan X" names
#: the village X and the district X it is the seat of.
_SHARED_NAME = re.compile(r"(?:Desa|Kelurahan|Kel\.?) ?/ ?$")


def shared_name_villages(
    text: str, gaz: Gazetteer, mentions: Sequence[PlaceMention],
) -> list[PlaceMention]:
    """Villages named with their district in one "Desa/Kecamatan X" (the village is the seat).

    Parameters
    ----------
    text, gaz
        The text and the gazetteer.
    mentions
        The mentions found so far: the cued districts.

    Returns
    -------
    list of PlaceMention
        One village per such district whose name the gazetteer knows as a village of that
        district, on the name's words (inside the district's mention); none for a district
        without such a village (no village is made up).
    """
    if "/" not in text:
        return []
    found = []
    for m in mentions:
        if not (m.cued and m.cue_type == "kecamatan" and m.name_key) \
                or not _SHARED_NAME.search(text, max(0, m.start - 12), m.start):
            continue
        codes = {c.code for c in m.candidates if c.code}
        cands = [p for p in gaz.desa_places(m.name_key)
                 if p.code and p.code.rsplit(".", 1)[0] in codes]
        if not cands:
            continue  # "Kelurahan/Kecamatan Cicendo": no such village, a writer's shorthand
        start = m.end - len(m.text.split(None, 1)[-1]) if " " in m.text else m.start
        name = text[start:m.end]
        found.append(PlaceMention(start, m.end, name, cands, cue_type="desa",
                                  name_key=m.name_key,
                                  place=cands[0] if len(cands) == 1 else None))
    return found

