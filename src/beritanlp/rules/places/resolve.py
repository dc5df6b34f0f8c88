"""One gazetteer entry per mention: cues, evidence from the same text, local context."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

from beritanlp.lexicons.regions import TYPE_PRIORITY, Gazetteer, Place
from beritanlp.rules.places.mention import PlaceMention
from beritanlp.rules.places.shape import ROUTE_DASH, ROUTE_NEXT, ends_address


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
    tiers = _local_tiers(mentioned_codes)
    for m in mentions:
        if m.place is not None:
            continue
        cands = m.candidates
        if m.cue_type:
            cands = [c for c in cands if c.type == m.cue_type] or cands
        chosen = _from_evidence(m, cands, fixed.get(m.name_key, []), positions)
        if chosen is None and cands and cands[0].type in {"kecamatan", "desa"}:
            chosen = _local_place(cands, tiers)
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


#: Province codes of Tanah Papua (Papua, Papua Barat, Selatan, Tengah, Pegunungan, Barat
#: Daya), the only Indonesian region whose districts are "distrik"; there a district beside a
#: sibling is the sibling's regency's.
PAPUA_CODES = frozenset({"91", "92", "93", "94", "95", "96", "97"})


def _local_tiers(mentioned_codes: set[str]) -> tuple[set[str], ...]:
    """The regions that decide an ambiguous kecamatan or desa, strongest first (once per text).

    A regency two or more of whose districts the text names comes first (a Papuan "Distrik
    Mugi" listed with districts of Nduga is Nduga's, though the text also names Yahukimo,
    which has a Mugi too); then the regions the text mentions; then, in Papua only, the
    region one level above a mentioned one (a district beside its sibling, or a district of
    the province of a mentioned regency: Papuan district names are "Distrik" ones). Outside
    Papua a region one level up is too broad: "Kecamatan Cibeber" beside "Kabupaten Bogor"
    is not thereby Cianjur's Cibeber.
    """
    parents = Counter(_parent(c) for c in mentioned_codes if "." in c)
    listed = {p for p, n in parents.items() if n >= 2 and p.count(".") == 1}
    papuan = {p for p in parents if p[:2] in PAPUA_CODES}
    return listed, mentioned_codes, papuan


def _local_place(cands: list[Place], tiers: tuple[set[str], ...]) -> Place | None:
    """A kecamatan or desa under a region of the first tier that decides; several: no code.

    ``tiers`` comes from :func:`_local_tiers`. Among several under one region, a kecamatan
    outranks a desa of its name (the district's capital).
    """
    for codes in tiers:
        under = _under(cands, codes) if codes else []
        if len({c.code for c in under}) == 1:
            return under[0]
        if under:
            break  # several under the same evidence: no code
    if len(cands) > 1:
        return Place(name=cands[0].name, type=cands[0].type, code=None)
    return None


def _parent(code: str) -> str:
    """The code one level up ("95.08.02" -> "95.08")."""
    return code.rsplit(".", 1)[0]


def _under(cands: list[Place], codes: set[str]) -> list[Place]:
    """The candidates under a region of ``codes`` (only the kecamatan if some are)."""
    # "code + '.'" starts c.code exactly when code is c.code cut at one of its dots
    under = [c for c in cands if c.code and any(
        c.code[:i] in codes for i, ch in enumerate(c.code) if ch == ".")]
    if len({c.code for c in under}) > 1:
        under = [c for c in under if c.type == "kecamatan"] or under
    return under


def _city_or_regency(place: Place) -> bool:
    """A kabupaten or kota: a code with a dot, or the city Jakarta (its province's code)."""
    if not place.code:
        return False
    return "." in place.code or place.type in {"kota", "kabupaten"}


_LIST_SEPARATORS = (", ", ", dan ", " dan ", " serta ", " atau ", ", hingga ", ", sampai ",
                    " hingga ", " sampai ")


def _peers(text: str, a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """``a`` and ``b`` are neighbours in a list of places ("Kampar, Bengkalis")."""
    if a is None or b is None:
        return False
    return text[a.end:b.start] in _LIST_SEPARATORS


def _inside_next(text: str, a: PlaceMention, b: PlaceMention | None) -> bool:
    """``b`` follows ``a`` after a space and contains it ("Cikidang Jabar")."""
    if b is None or a.place is None or b.place is None or not a.place.code or not b.place.code:
        return False
    return text[a.end:b.start] == " " and a.place.code.startswith(b.place.code + ".")


#: A place's name ending a dash that joins it to the stop before it ("Semarang-Pontianak").
_ROUTE_BEFORE = re.compile(r"\w ?" + ROUTE_DASH + r" ?\Z")


def _route_stop(text: str, m: PlaceMention) -> bool:
    """``m`` is joined by a dash to a stop before or after it: a route, not an address."""
    return bool(_ROUTE_BEFORE.search(text, max(0, m.start - 8), m.start)
                or ROUTE_NEXT.match(text, m.end))


def contradicted_by_parent(text: str, mentions: Sequence[PlaceMention]) -> None:
    """"X, Y" with Y a kabupaten/kota that does not contain X: X is a local area of Y.

    "Kuningan, Jakarta Selatan" (or "Kuningan, Jakarta": the city Jakarta has its province's
    code) is the Jakarta neighbourhood, not Kabupaten Kuningan: the mention becomes a
    ``wilayah`` without a code (at the end of a street's name, "Jalan Patra
    Kuningan, Jakarta Selatan", :func:`~beritanlp.rules.places.blocks.block_street_tails` then
    blocks it as the street's). Not in a list of peers ("Kampar, Bengkalis, Siak dan Dumai"),
    nor for two regencies/cities of one province, nor in a list of routes ("rute Semarang-
    Pontianak, Semarang-Ketapang": a stop joined by a dash is no local area). A parent
    without a dotted code (bare "Jakarta") must end the address
    (:func:`~beritanlp.rules.places.shape.ends_address`): "lahir di Garut, Jakarta menjadi
    ..." starts a new clause.
    """
    for k, (m, nxt) in enumerate(zip(mentions, mentions[1:], strict=False)):
        if m.cue_type or m.place is None or not m.place.code or nxt.place is None:
            continue
        parent = nxt.place.code
        if not parent or not _city_or_regency(nxt.place) or text[m.end:nxt.start] != ", ":
            continue
        code = m.place.code
        if code.startswith(parent) or parent.startswith(code):
            continue
        if "." not in parent and not ends_address(text, nxt.end):
            continue  # "lahir di Garut, Jakarta menjadi ...": bare Jakarta starts a clause
        if code.count(".") == parent.count(".") == 1 and code[:3] == parent[:3]:
            continue  # two regencies of one province side by side are peers
        before = mentions[k - 1] if k > 0 else None
        after = mentions[k + 2] if k + 2 < len(mentions) else None
        if _peers(text, before, m) or _peers(text, nxt, after):
            continue  # "A, B, dan C": a list of peers, not a place and its parent
        if _inside_next(text, nxt, after):
            continue  # "Bangka, Cikidang Jabar": the next place comes with its own parent
        if _route_stop(text, m) or _route_stop(text, nxt):
            continue  # "Semarang-Pontianak, Semarang-Ketapang": routes, not an address
        m.place = Place(name=m.text, type="wilayah")
        m.candidates = [m.place]
