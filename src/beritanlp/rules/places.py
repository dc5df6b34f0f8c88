"""Places in raw text: gazetteer names found, disambiguated and grouped (pure, no spaCy).

The tables (:class:`~beritanlp.lexicons.regions.Gazetteer`) are passed in; desa and kelurahan
are read from them only when a text has a desa cue or a "X, <region>" pattern.

How text is matched
-------------------
* Names are compared by a key that ignores case, spaces and hyphens ("Pangkal Pinang",
  "Pangkalpinang" and "Pangkal-Pinang" are one key).
* Every word of a bare name must be capitalised (or the whole word upper case): lowercase text
  never fires. Names flagged *common* (a name that is also an ordinary word, e.g. "Batu",
  "Serang") need a cue or a capitalised word in mid-sentence (after a lowercase word).
* Cues before a name fix its type: "Kabupaten/Kab./Bupati/Pemkab" -> kabupaten, "Kota/Wali Kota/
  Pemkot" -> kota, "Provinsi/Gubernur/Pemprov" -> provinsi, "Kecamatan/Kec./Camat" -> kecamatan,
  "Desa/Kelurahan/Lurah/Kades" -> desa, "Pulau/Selat/..." -> wilayah. Administrative cues
  ("Kabupaten", "Kota") become part of the mention; titles ("Wali Kota", "Bupati") do not.
* Kecamatan, desa and kelurahan are matched only with a cue, or bare when written right before
  their own parent region ("Senayan, Jakarta").
* A mention is *blocked* (kept as evidence but not reported) when it follows an agency word
  ("Pemerintah Kota X", "Pemkab X", "DPRD X", "Polda X"), sits inside a capitalised venue or
  organisation name ("Hotel Novotel Pangkalpinang", "Institut Pertanian Bogor"), names a language
  ("bahasa Jawa"), or lies inside a span the caller blocks (e.g. an agency or person entity).

Disambiguation
--------------
A bare name with several candidates (Bogor: Kota 32.71 and Kabupaten 32.01; Jambi: province and
city) takes the candidate fixed by a cued mention of the same name in the same text (the nearest
one before it, else the first after it). With no such evidence the default order is
provinsi > kota > kabupaten > wilayah > negara: a bare "Bogor" is the city, a bare "Jambi" the
province, a bare "Papua" the province. Kecamatan and desa candidates are narrowed to those
under a region mentioned in the text; if still several, the code is left null.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from beritanlp.lexicons.regions import CUE_FIRST, CUES, MAX_CUE, TYPE_PRIORITY, Gazetteer, Place
from beritanlp.lexicons.words import tagged_words
from beritanlp.text.words import LETTERS, Word, Words, segment

_SENTENCE_BREAK = re.compile(r"[.!?\n:;\"“”]")
_JOIN_GAPS = {" ", "-", " - "}
# Words after which a place is part of an agency name (type not implied).
_AGENCY_WORDS = frozenset(
    word.casefold() for word in tagged_words("institution_heads", "places")
)
# Capitalised words that make a capitalised run a venue or organisation name.
_VENUE_WORDS = frozenset({
    "hotel", "hotels", "novotel", "resort", "residence", "convention", "center", "centre",
    "ballroom", "universitas", "institut", "politeknik", "sekolah", "akademi", "bank", "stadion",
    "bandara", "pelabuhan", "terminal", "stasiun", "gedung", "wisma", "graha", "rumah", "rs",
    "rsud", "rsu", "mall", "mal", "plaza", "masjid", "gereja", "kampus", "jalan", "jl", "museum",
    "apartemen", "restoran", "aula", "auditorium", "hall", "arena", "sirkuit", "lapangan",
    "piala", "liga", "festival", "expo", "award", "awards", "timnas", "pt", "cv", "yayasan",
    "koperasi", "harian", "radio", "tv", "televisi", "post", "pos", "times", "tribun", "fc",
    "persatuan", "perkumpulan", "partai", "cinemas", "cinema", "square", "tower", "park",
    "kompleks", "komplek", "perumahan", "sman", "smpn", "sdn", "smkn", "uin", "iain", "istana",
})
_LANGUAGE_WORDS = frozenset({"bahasa", "suku", "aksara", "logat", "dialek"})
_CONNECTORS = frozenset({"&", "and", "of", "de", "the"})



@dataclass
class PlaceMention:
    """A place found in a text, with the candidates it may refer to.

    Attributes
    ----------
    start, end
        Character offsets of the mention (half-open), cue words included for "part" cues.
    text
        The mention as written.
    place
        The resolved entry (None until :func:`resolve` has run, or when unresolvable).
    candidates
        Every entry the name may refer to, after any cue narrowed them.
    cue_type
        The type fixed by a cue, if any.
    blocked
        Why the mention is evidence only and not a reported place (None when reported).
    """

    start: int
    end: int
    text: str
    candidates: list[Place]
    cue_type: str | None = None
    blocked: str | None = None
    place: Place | None = None
    name_key: str = field(default="")



def _joined(text: str, words: Words, i: int, n: int) -> bool:
    """True when words[i:i+n] are separated only by single spaces or hyphens."""
    starts, ends = words.starts, words.ends
    return all(text[ends[j]:starts[j + 1]] in _JOIN_GAPS for j in range(i, i + n - 1))


def _name_shape_ok(ws: Sequence[Word]) -> bool:
    return all(w.cap for w in ws)


def _mid_sentence(text: str, words: Words, i: int) -> bool:
    """The word at i is preceded, in the same sentence, by a lowercase word."""
    if i == 0:
        return False
    prev = words[i - 1]
    gap = text[prev.end:words[i].start]
    return not _SENTENCE_BREAK.search(gap) and prev.text[:1].islower()


def _cue_at(text: str, words: Words, i: int) -> tuple[int, str, str] | None:
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
        if gap not in _JOIN_GAPS and gap not in {". ", "."}:
            return False
    return True


def _in_venue(text: str, words: Words, i: int, n: int) -> bool:
    """The name words[i:i+n] sit in a capitalised run that holds a venue/organisation word."""
    def run_words(step: int) -> Iterable[Word]:
        j = i - 1 if step < 0 else i + n
        edge = i if step < 0 else i + n - 1
        taken = 0
        while 0 <= j < len(words) and taken < 4:
            a, b = (words[j], words[edge]) if step < 0 else (words[edge], words[j])
            gap = text[a.end:b.start].strip()
            if gap not in {"", "&", "-"}:
                return
            w = words[j]
            if not (w.cap or w.low in _CONNECTORS or w.text.isupper()):
                return
            yield w
            edge, j, taken = j, j + step, taken + 1

    return any(w.low in _VENUE_WORDS for side in (-1, 1) for w in run_words(side))


def _prev_word(words: Words, text: str, i: int) -> Word | None:
    if i == 0:
        return None
    prev = words[i - 1]
    return prev if text[prev.end:words[i].start] in _JOIN_GAPS else None


def _match_name(
    gaz: Gazetteer, text: str, words: Words, i: int, table: str,
    type_: str | None,
) -> tuple[int, list[Place]] | None:
    """Longest capitalised name at word i found in ``table`` (index/kecamatan/desa)."""
    capitalised, lows = words.caps, words.lows
    run = 0
    while run < 6 and i + run < len(lows) and capitalised[i + run]:
        run += 1
    for n in range(run, 0, -1):
        if not _joined(text, words, i, n):
            continue
        ws = words[i:i + n]
        k = "".join(lows[i:i + n])
        if table == "index":
            found = [p for p in gaz.index.get(k, []) if type_ is None or p.type == type_]
            # An all-caps alias (DKI, NTB, RI, AS) must be written in capitals.
            found = [p for p in found if not _needs_caps(p, ws)]
        elif table == "kecamatan":
            found = list(gaz.kecamatan.get(k, []))
        else:
            found = gaz.desa_places(k)
        if found:
            return n, found
    return None


def _needs_caps(place: Place, ws: Sequence[Word]) -> bool:
    written = "".join(w.text for w in ws)
    return len(written) <= 4 and not written.isupper() and not place.code


def find_places(
    text: str,
    gazetteer: Gazetteer,
    blocked_spans: Sequence[tuple[int, int]] = (),
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
    i = 0
    while i < len(words):
        if not capitalised[i] and lows[i] not in CUE_FIRST:
            i += 1  # a mention starts at a cue or a capitalised word (what _scan_at needs)
            continue
        found = _scan_at(gaz, text, words, i)
        if found is None:
            i += 1
            continue
        mention, next_i = found
        mentions.append(mention)
        i = next_i
    mentions.extend(_parent_pattern(gaz, text, words, mentions))
    mentions.sort(key=lambda m: m.start)
    # A span containing a mention starts at most ``longest`` characters before the mention's
    # end: compare only those (a scan of all spans per mention is quadratic on long texts).
    blocked = sorted((s, e) for s, e in blocked_spans)
    longest = max((e - s for s, e in blocked), default=0)
    for m in mentions:
        lo = bisect_left(blocked, (m.end - longest,))
        hi = bisect_right(blocked, (m.start, float("inf")))
        if m.blocked is None and any(s <= m.start and m.end <= e and (e - s) > (m.end - m.start)
                                     for s, e in blocked[lo:hi]):
            m.blocked = "entity"
    resolve(mentions, gaz)
    _contradicted_by_parent(text, mentions)
    return mentions


def _contradicted_by_parent(text: str, mentions: Sequence[PlaceMention]) -> None:
    """"X, Y" with Y a kabupaten/kota that does not contain X: X is a local area of Y.

    "Kuningan, Jakarta Selatan" is the Jakarta neighbourhood, not Kabupaten Kuningan: the
    mention becomes a ``wilayah`` without a code.
    """
    for m, nxt in zip(mentions, mentions[1:], strict=False):
        if m.cue_type or m.place is None or not m.place.code or nxt.place is None:
            continue
        parent = nxt.place.code
        if not parent or "." not in parent or text[m.end:nxt.start] != ", ":
            continue
        code = m.place.code
        if code.startswith(parent) or parent.startswith(code):
            continue
        m.place = Place(name=m.text, type="wilayah")
        m.candidates = [m.place]


def _scan_at(
    gaz: Gazetteer, text: str, words: Words, i: int,
) -> tuple[PlaceMention, int] | None:
    """The mention starting at word ``i`` and the index of the word after it, if any."""
    cue = _cue_at(text, words, i)
    if cue is not None:
        found = _cued_mention(gaz, text, words, i, cue)
        if found is not None or cue[2] == "agency":
            return found
    found = _island_group(gaz, text, words, i)
    if found is not None:
        return found
    return _bare_mention(gaz, text, words, i)


def _cued_mention(
    gaz: Gazetteer, text: str, words: Words, i: int, cue: tuple[int, str, str],
) -> tuple[PlaceMention, int] | None:
    """A name after a cue ("Kabupaten Bogor", "Wali Kota Bogor", "Pemkab Bogor")."""
    n_cue, type_, role = cue
    j = i + n_cue
    table = {"kecamatan": "kecamatan", "desa": "desa"}.get(type_, "index")
    hit = _match_name(gaz, text, words, j, table, type_ if table == "index" else None)
    if hit is None and table == "index":
        hit = _match_name(gaz, text, words, j, "index", None)
    if hit is None:
        return None
    n, cands = hit
    include_cue = role == "part" and words[i].cap
    start = words[i].start if include_cue else words[j].start
    end = words[j + n - 1].end
    blocked = "agency" if role == "agency" else None
    prev = _prev_word(words, text, i)
    if blocked is None and prev is not None and prev.low in _AGENCY_WORDS:
        blocked = "agency"
    if blocked is None and _in_venue(text, words, j, n):
        blocked = "venue"
    mention = PlaceMention(start, end, text[start:end], cands,
                           cue_type=cands[0].type if len({c.type for c in cands}) == 1
                           else type_, blocked=blocked,
                           name_key="".join(w.low for w in words[j:j + n]))
    return mention, j + n


def _island_group(
    gaz: Gazetteer, text: str, words: Words, i: int,
) -> tuple[PlaceMention, int] | None:
    """A region word before a place name ("Kepulauan Seribu" aside): an unnamed ``wilayah``."""
    if not (words[i].low in gaz.wilayah_parts and words[i].cap):
        return None
    # A region whose own name starts with the part word ("Kepulauan Riau", "Kepulauan
    # Bangka Belitung", "Kepulauan Seribu") is that region, not an unnamed island group.
    if _match_name(gaz, text, words, i, "index", None) is not None:
        return None
    if not (i + 1 < len(words) and _joined(text, words, i, 2)):
        return None
    hit = _match_name(gaz, text, words, i + 1, "index", None)
    if hit is None:
        return None
    n, _ = hit
    end = words[i + n].end
    region = Place(name=text[words[i].start:end], type="wilayah")
    mention = PlaceMention(words[i].start, end, text[words[i].start:end], [region],
                           cue_type="wilayah",
                           name_key="".join(w.low for w in words[i + 1:i + 1 + n]))
    if _in_venue(text, words, i, n + 1):
        mention.blocked = "venue"
    return mention, i + 1 + n


def _bare_mention(
    gaz: Gazetteer, text: str, words: Words, i: int,
) -> tuple[PlaceMention, int] | None:
    """A capitalised name without a cue."""
    hit = _match_name(gaz, text, words, i, "index", None)
    if hit is None:
        return None
    n, cands = hit
    if all(c.common for c in cands):
        # A name that is also a word must stand alone after a lowercase word: "di Batu" yes;
        # "Batu Bata" (headline), "Puncak Bogor", "Kapolda Metro Jaya" no.
        if not _mid_sentence(text, words, i):
            return None
        nxt = i + n
        if nxt < len(words) and words[nxt].cap and _joined(text, words, nxt - 1, 2):
            return None
    ws = words[i:i + n]
    if all(w.text.isupper() for w in ws) and any(c.common for c in cands):
        return None
    start, end = ws[0].start, ws[-1].end
    mention = PlaceMention(start, end, text[start:end], cands,
                           name_key="".join(w.low for w in ws))
    prev = _prev_word(words, text, i)
    if prev is not None and prev.low in _AGENCY_WORDS:
        mention.blocked = "agency"
    elif i > 0 and words[i - 1].low in _LANGUAGE_WORDS:
        mention.blocked = "language"
    elif _in_venue(text, words, i, n):
        mention.blocked = "venue"
    return mention, i + n


def _parent_pattern(
    gaz: Gazetteer, text: str, words: Words, mentions: Sequence[PlaceMention],
) -> list[PlaceMention]:
    """Bare kecamatan/desa names written right before their parent: "Senayan, Jakarta"."""
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
        if text[last.end:m.start] != ", ":
            continue
        for n in (3, 2, 1):
            first = idx - n
            if first < 0:
                continue
            ws = words[first:idx]
            if not _name_shape_ok(ws) or not _joined(text, words, first, n):
                continue
            # spans ending after ws[0].start start at or after ws[0].start - longest
            lo = bisect_left(occupied, (ws[0].start - longest,))
            hi = bisect_left(occupied, (ws[-1].end,))
            if any(s < ws[-1].end and ws[0].start < e for s, e in occupied[lo:hi]):
                continue
            if first > 0 and words[first - 1].cap and _joined(text, words, first - 1, 2):
                continue  # the tail of a longer name ("Bella Terra Kelapa Gading, Jakarta")
            k = "".join(w.low for w in ws)
            cands = [p for p in gaz.kecamatan.get(k, []) + gaz.desa_places(k)
                     if p.code and any(p.code.startswith(c + ".") for c in codes)]
            if not cands or (ws[0].start, ws[-1].end) in taken:
                continue
            start, end = ws[0].start, ws[-1].end
            mention = PlaceMention(start, end, text[start:end], cands, name_key=k)
            if _in_venue(text, words, first, n):
                mention.blocked = "venue"
            found.append(mention)
            break
    return found


def resolve(mentions: Sequence[PlaceMention], gazetteer: Gazetteer | None = None) -> None:
    """Pick one entry per mention, in place (see the module docstring for the rules).

    Parameters
    ----------
    mentions
        Mentions in text order, as produced by the scanner.
    gazetteer
        Unused today; kept so callers can pass the tables they built the mentions with.
    """
    del gazetteer
    fixed = _fix_unambiguous(mentions)
    mentioned_codes = {m.place.code for m in mentions if m.place and m.place.code}
    positions = _evidence_positions(fixed)
    for m in mentions:
        if m.place is not None:
            continue
        cands = m.candidates
        if m.cue_type:
            cands = [c for c in cands if c.type == m.cue_type] or cands
        chosen = _from_evidence(m, cands, fixed.get(m.name_key, []), positions)
        if chosen is None and cands and cands[0].type in {"kecamatan", "desa"}:
            chosen = _local_place(cands, mentioned_codes)
        if chosen is None and cands:
            chosen = sorted(cands, key=lambda p: TYPE_PRIORITY[p.type])[0]
        m.place = chosen


#: Cued or unambiguous places by name key: (start, place) in text order.
_Evidence = dict[str, list[tuple[int, Place]]]
#: Per name key: evidence starts, and evidence indexes by place (for bisection).
_Positions = dict[str, tuple[list[int], dict[Place, list[int]]]]


def _fix_unambiguous(mentions: Sequence[PlaceMention]) -> _Evidence:
    """Resolve mentions with one candidate (of the cue's type); they are evidence for others."""
    fixed: _Evidence = {}
    for m in mentions:
        if len(m.candidates) == 1 or m.cue_type:
            typed = [c for c in m.candidates if m.cue_type is None or c.type == m.cue_type]
            if len(typed) == 1:
                m.place = typed[0]
                fixed.setdefault(m.name_key, []).append((m.start, typed[0]))
    return fixed


def _evidence_positions(fixed: _Evidence) -> _Positions:
    """Long texts repeat names: find the evidence nearest a mention by bisection, per place."""
    positions: _Positions = {}
    for name_key, evidence in fixed.items():
        starts = [s for s, _ in evidence]
        if all(a <= b for a, b in zip(starts, starts[1:], strict=False)):
            by_place: dict[Place, list[int]] = {}
            for n, (_, p) in enumerate(evidence):
                by_place.setdefault(p, []).append(n)
            positions[name_key] = (starts, by_place)
    return positions


def _from_evidence(m: PlaceMention, cands: list[Place], evidence: list[tuple[int, Place]],
                   positions: _Positions) -> Place | None:
    """The candidate of the last evidence before the mention, else of the first after it."""
    if not evidence:
        return None
    if m.name_key not in positions:
        before = [p for s, p in evidence if s < m.start and p in cands]
        after = [p for s, p in evidence if s >= m.start and p in cands]
        return before[-1] if before else after[0] if after else None
    starts, by_place = positions[m.name_key]
    k = bisect_left(starts, m.start)
    last_before, first_after = -1, len(evidence)
    for c in set(cands):
        idx = by_place.get(c, [])
        i = bisect_left(idx, k)
        if i > 0:
            last_before = max(last_before, idx[i - 1])
        if i < len(idx):
            first_after = min(first_after, idx[i])
    if last_before >= 0:
        return evidence[last_before][1]
    if first_after < len(evidence):
        return evidence[first_after][1]
    return None


def _local_place(cands: list[Place], mentioned_codes: set[str]) -> Place | None:
    """A kecamatan or desa under a region the text mentions; several: the name, no code."""
    # "code + '.'" starts c.code exactly when code is c.code cut at one of its dots
    under = [c for c in cands if c.code and any(
        c.code[:i] in mentioned_codes for i, ch in enumerate(c.code) if ch == ".")]
    if len(under) == 1 or (under and len({c.code for c in under}) == 1):
        return under[0]
    if len(cands) > 1:
        return Place(name=cands[0].name, type=cands[0].type, code=None)
    return None


def place_records(
    mentions: Sequence[PlaceMention], gazetteer: Gazetteer,
) -> list[dict]:
    """Group reported mentions into one record per place.

    Parameters
    ----------
    mentions
        Resolved mentions (blocked ones are skipped).
    gazetteer
        Used to find the province of each place.

    Returns
    -------
    list of dict
        ``{"name", "type", "code", "province", "mentions"}`` in order of first mention; ``name``
        is the fullest mention as written (most words, first on a tie).
    """
    gaz = gazetteer
    groups: dict[str, list[PlaceMention]] = {}
    for m in mentions:
        if m.blocked or m.place is None:
            continue
        groups.setdefault(m.place.kb_id, []).append(m)
    records = []
    for group in groups.values():
        best = max(group, key=lambda m: (len(LETTERS.findall(m.text)), len(m.text), -m.start))
        place = best.place
        assert place is not None
        records.append({
            "name": best.text,
            "type": place.type,
            "code": place.code,
            "province": gaz.province_of(place),
            "mentions": [[m.start, m.end] for m in group],
        })
    return records


def extract_places(
    text: str,
    gazetteer: Gazetteer,
    blocked_spans: Sequence[tuple[int, int]] = (),
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

    Returns
    -------
    list of dict
        One record per place (see :func:`place_records`).
    """
    gaz = gazetteer
    return place_records(find_places(text, gaz, blocked_spans), gaz)
