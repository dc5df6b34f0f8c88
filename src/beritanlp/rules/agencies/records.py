"""Folding chosen agency mentions into one record per agency (names, acronyms, ids)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from beritanlp.lexicons.agencies import AgencyKB, AgencyRecord
from beritanlp.rules.agencies.candidates import Candidate, Mention
from beritanlp.rules.agencies.regions import norm, unit_spellings
from beritanlp.rules.agencies.vocab import REGION_ALIASES, UNIT_ABBREVIATIONS
from beritanlp.text.mojibake import readable
from beritanlp.text.sentences import split_sentences


def clean_name(text: str) -> str:
    """A mention as a name: parentheticals dropped, spaces and edge punctuation tidied."""
    text = re.sub(r"\s*\([^)]*\)", "", text)
    return readable(text).strip(" ,.;:")



def _unit_words(text: str, definitions: dict[str, str]) -> tuple[list[str], list[str]]:
    """Words of a sub-unit name, as written and with short forms expanded."""
    written = re.sub(r"\s*\([^)]*\)", "", text)
    expanded = written
    for long, short in definitions.items():
        expanded = re.sub(r"\b" + re.escape(short) + r"\b", long, expanded)
    for long, short in UNIT_ABBREVIATIONS:
        if short:
            expanded = re.sub(r"\b" + re.escape(short) + r"\b", long, expanded)
    return [norm(w) for w in written.split()], [norm(w) for w in expanded.split()]


def _is_subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    return all(any(w == b or REGION_ALIASES.get(w) == b or REGION_ALIASES.get(b) == w
                   for b in it) for w in small)


def merge_units(text: str, kept: list[Candidate], definitions: dict[str, str]) -> None:
    """Give shortened references to a sub-unit the key of the sub-unit they abbreviate.

    "Biro Humas" and "Biro Humpro Kalsel" take the key of the longest sub-unit of the article
    whose words contain theirs, head word first.
    """
    units = [c for c in kept if c.key.startswith("unit|")]
    words = {id(c): _unit_words(text[c.start : c.end], definitions) for c in units}
    # Only a unit with the same first word, short forms read out ("Ditreskrimsus" is
    # "Direktorat Reserse Kriminal Khusus"), can be matched (in ``units`` order).
    by_head: dict[str, list[Candidate]] = {}
    for unit in units:
        by_head.setdefault(words[id(unit)][1][0], []).append(unit)
    for cand in sorted(units, key=lambda c: c.end - c.start):
        written, expanded = words[id(cand)]
        best = None
        for other in by_head[expanded[0]]:
            if other is cand or other.key == cand.key:
                continue
            o_written, o_expanded = words[id(other)]
            if len(o_expanded) <= len(expanded):
                continue
            if any(_is_subsequence(a, b) for a in (written, expanded)
                   for b in (o_written, o_expanded)):
                if best is None or len(o_expanded) > len(words[id(best)][1]):
                    best = other
        if best is not None:
            cand.key = best.key
    # A sub-unit written with short forms ("Biro Humpro Setda Kalsel") is a short form.
    defined = set(definitions.values())
    shorts = defined | {"Setda", "Setjen", "Ditjen", "Kanwil", "Kab"}
    for cand in units:
        plain = re.sub(r"\s*\([^)]*\)", "", text[cand.start : cand.end]).split()
        if any(w in shorts for w in plain[1:]) or (plain and plain[0] in defined):
            cand.full = False


def merge_cut_units(text: str, kept: list[Candidate]) -> None:
    """Give a sub-unit named by the first words of a known body's name that body's key.

    "Dinas Perumahan" beside "Dinas Perumahan Rakyat dan Kawasan Permukiman", "Komisi
    Informasi" beside "Komisi Informasi Pusat" (knowledge-base names): the shorter mention is
    the same body, cut. Only when exactly one body of the article starts with the unit's words
    (two or more of them).
    """
    bodies = [
        (c.key, [norm(w) for w in readable(text[c.start : c.end]).split()])
        for c in kept if c.key.startswith("kb|")
    ]
    if not bodies:
        return
    for cand in kept:
        if not cand.key.startswith("unit|"):
            continue
        words = [norm(w) for w in readable(text[cand.start : cand.end]).split()]
        if len(words) < 2:
            continue
        keys = {key for key, b_words in bodies
                if len(b_words) > len(words) and b_words[: len(words)] == words}
        if len(keys) == 1:
            cand.key = keys.pop()


def build_records(
    text: str, kept: list[Candidate], nested: list[Candidate], kb: AgencyKB
) -> tuple[list[Mention], list[dict[str, Any]]]:
    """Mentions for ``doc.ents`` and one record per agency, from the chosen candidates."""
    # Resolve ambiguous KB terms: prefer an id the article names unambiguously elsewhere.
    sure = {c.kb_ids[0] for c in kept + nested if len(c.kb_ids) == 1}
    for cand in kept + nested:
        if len(cand.kb_ids) > 1:
            chosen = next((i for i in cand.kb_ids if i in sure), cand.kb_ids[0])
            cand.key = cand.key.replace("kb|" + cand.kb_ids[0], "kb|" + chosen, 1)
            cand.kb_ids = (chosen,)
    # A bare regional body ("BPBD", "DPRD") in an article that names exactly one region for it
    # ("BPBD Garut") is that body.
    keys = {c.key for c in kept + nested}
    # Keys by each prefix that ends before a "|": the keys that start with "<prefix>|".
    extending: dict[str, list[str]] = {}
    for k in keys:
        for i, ch in enumerate(k):
            if ch == "|":
                extending.setdefault(k[:i], []).append(k)
    for cand in kept + nested:
        kind = cand.key.rstrip("|")
        regional = [k for k in extending.get(kind, ()) if k != cand.key]
        if len(regional) == 1 and (
            (not cand.kb_ids and not cand.key.startswith("unit|"))
            or (
                cand.key.count("|") <= 1
                and any(kb[i].level != "national" for i in cand.kb_ids if i in kb)
            )
        ):
            cand.key = regional[0]
    _national_into_office(text, kept + nested, extending, kb)
    _metro_commands(kept + nested)
    mentions: list[Mention] = []
    groups: dict[str, list[Mention]] = {}
    for cand, is_nested in [(c, False) for c in kept] + [(c, True) for c in nested]:
        kb_id = cand.kb_ids[0] if cand.kb_ids else None
        if kb_id is not None and cand.key.count("|") == 1:
            key = "kb|" + kb_id
        else:
            key = cand.key
        mention = Mention(
            cand.start, cand.end, key, cand.full, kb_id, is_nested, text[cand.start : cand.end]
        )
        mentions.append(mention)
        groups.setdefault(key, []).append(mention)
    # Definitions of known agencies: "def|X" groups whose short form is a KB acronym merge there.
    records: list[dict[str, Any]] = []
    for key, group in sorted(groups.items(), key=lambda kv: min(m.start for m in kv[1])):
        fulls = [clean_name(m.text) for m in group if m.full]
        shorts = [clean_name(m.text) for m in group if not m.full]
        name = max(fulls, key=len) if fulls else max(shorts, key=len)
        acronym = max(shorts, key=len) if shorts else None
        kb_id = next((m.kb_id for m in group if m.kb_id), None)
        record_id = kb_id if key == f"kb|{kb_id}" else _record_id(key)
        records.append(
            {
                "name": name,
                "canonical": canonical_name(kb, record_id if record_id == kb_id else None),
                "acronym": acronym,
                "id": record_id,
                "mentions": sorted([m.start, m.end] for m in group),
            }
        )
    mentions.sort(key=lambda m: (m.start, -m.end))
    return mentions, merge_same_names(records)


def merge_same_names(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per name: records whose names are one name written alike are one agency.

    A defined short form and a bare mention of the same unit ("Dewan Pengawas (Dewas)" and a
    later "Dewan Pengawas") can reach two keys; the record with a knowledge-base canonical name
    (else the first) keeps the id and takes the other's mentions and acronym.

    Parameters
    ----------
    records : list of dict
        Agency records in text order (``name``, ``canonical``, ``acronym``, ``id``,
        ``mentions``).

    Returns
    -------
    list of dict
        The records, each name once, in the order of their first record.
    """
    by_name: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_name.setdefault(norm(record["name"]), []).append(record)
    merged: list[dict[str, Any]] = []
    for record in records:
        group = by_name[norm(record["name"])]
        if record is not group[0]:
            continue
        keep = next((r for r in group if r["canonical"]), group[0])
        for other in group:
            if other is not keep:
                keep["mentions"] = sorted(keep["mentions"] + other["mentions"])
                if keep["acronym"] is None:
                    keep["acronym"] = other["acronym"]
        merged.append(keep)
    return merged


#: Words that mark a mention as the national body itself ("Bawaslu RI", "BNPB Pusat").
_NATIONAL_MARK = re.compile(r"\b(?:RI|Republik\s+Indonesia|Pusat|Indonesia)\b")
#: Words before a bare name that make it the national body: its head's title ("Direktur Jenderal
#: Bea Cukai"), its regulations ("Peraturan KPU").
_NATIONAL_BEFORE = re.compile(
    r"(?:\b(?:Direktur|Direktorat)[ \t]+Jenderal|\bDirjen|\bPeraturan|\bKeputusan)[ \t]+$"
)
#: A level word right after a bare name that no region follows in the mention: the body's tiers
#: ("Bawaslu kabupaten/kota", "Bawaslu Provinsi"), the national system.
_LEVEL_AFTER = re.compile(r"[ \t]+(?:[Kk]abupaten|[Kk]ota|[Pp]rovinsi)\b")
#: Words of the bare name's sentence that speak of the whole country ("inflasi nasional",
#: "di seluruh Indonesia", "se-Indonesia", "kantor pusat"): the national body. Lowercase only,
#: so that a name ("Badan Narkotika Nasional", "Pusat Kesehatan") is no such word.
_NATIONAL_SCOPE = re.compile(
    r"\b(?:nasional|(?:seluruh|se-?)[ \t]*(?:Indonesia|[Nn]usantara|[Tt]anah[ \t]+[Aa]ir)"
    r"|(?:kantor|tingkat)[ \t]+pusat)\b"
)
#: Lowercase "pusat" right after the bare name ("BPS pusat").
_PUSAT_AFTER = re.compile(r"[ \t]+pusat\b")
#: How far the sentence of a bare mention is read on either side (a bounded window).
_SENTENCE_REACH = 200
#: Kinds of national bodies with regional offices of their own (agencies, ministries, their
#: directorates general, the auditor, the central bank, state companies with regional divisions).
#: Commissions have none (KPK, KPPU, KPAI ...: a place after their name is where they sit or
#: a person's name), except those listed in :data:`_COMMISSIONS_WITH_OFFICES`.
_KINDS_WITH_OFFICES = frozenset(
    {"agency", "ministry", "directorate_general", "auditor", "central_bank", "soe"}
)
#: Commissions with a tier in each province and regency (election bodies) or representative
#: offices in the provinces (Ombudsman).
_COMMISSIONS_WITH_OFFICES = frozenset({"bawaslu", "kpu", "ombudsman"})
#: The bare name is left the national body when it has more than this many mentions for each
#: mention of the office (an article about the company that names one regional unit once).
_MOST_BARE_PER_OFFICE = 3
#: Words of an office's mention that are no part of its place ("BPK RI Perwakilan Sulawesi
#: Tengah" is placed by "Sulawesi Tengah").
_OFFICE_WORDS = frozenset(
    {"ri", "perwakilan", "provinsi", "prov", "kabupaten", "kab", "kota", "kantor", "wilayah",
     "kanwil", "pt", "perum", "persero"}
)


def _sentence(
    sents: Sequence[tuple[int, int]], starts: Sequence[int], start: int, end: int
) -> tuple[int, int]:
    """The bounds of the sentence around ``start:end`` (at most :data:`_SENTENCE_REACH` away).

    ``sents`` are the text's sentences (:func:`~beritanlp.text.sentences.split_sentences`: no
    break after an abbreviation's dot) and ``starts`` their start offsets.
    """
    i = max(0, bisect_right(starts, start) - 1)
    left, right = sents[i] if sents else (start, end)
    return max(left, start - _SENTENCE_REACH), min(max(right, end), end + _SENTENCE_REACH)


def _names_national(
    text: str,
    cand: Candidate,
    agency: AgencyRecord,
    sents: Sequence[tuple[int, int]],
    starts: Sequence[int],
) -> bool:
    """The bare mention ``cand`` names the national body itself, not one of its offices."""
    written = readable(text[cand.start : cand.end])
    words, kb_words = written.split(), agency.name.split()
    if re.sub(r"\W+", "", written.lower()) == re.sub(r"\W+", "", agency.name.lower()):
        return True
    if len(words) >= 3 and words[0] == kb_words[0]:  # "Direktorat Jenderal Bea Cukai"
        return True
    if (
        _NATIONAL_MARK.search(written)
        or _NATIONAL_BEFORE.search(text, max(0, cand.start - 30), cand.start)
        or _LEVEL_AFTER.match(text, cand.end)
        or _PUSAT_AFTER.match(text, cand.end)
    ):
        return True
    left, right = _sentence(sents, starts, cand.start, cand.end)
    return bool(_NATIONAL_SCOPE.search(text, left, right))


def _has_offices(agency: AgencyRecord) -> bool:
    """Tell whether the national body ``agency`` has regional offices (by its kind)."""
    return agency.type in _KINDS_WITH_OFFICES or agency.id in _COMMISSIONS_WITH_OFFICES


def _office_places(text: str, office: str, cands: list[Candidate]) -> set[str]:
    """How the office's place is written, squashed (:func:`norm`): from its key and mentions.

    ``"kb|bpk|sulawesitengah"`` and "BPK RI Perwakilan Sulawesi Tengah" give
    ``"sulawesitengah"``; "Bawaslu Kabupaten Tapsel" gives ``"tapsel"`` too.
    """
    places = unit_spellings(office.rsplit("|", 1)[-1])  # "Divre III" or "Divisi Regional III"
    for cand in cands:
        if cand.key == office:
            words = readable(text[cand.start : cand.end]).split()[1:]
            place = norm("".join(w for w in words if norm(w) not in _OFFICE_WORDS))
            if place:
                places.add(place)
    return places


def _title_end(text: str) -> int:
    """Where the title line ends (0 when the text does not start with a short line)."""
    stop = text.find("\n", 0, 300)
    return stop if stop > 0 and text[stop:].strip() else 0


def _placed_first(
    text: str,
    group: list[Candidate],
    places: set[str],
    sents: Sequence[tuple[int, int]],
    starts: Sequence[int],
) -> bool:
    """Tell whether the office or its place is named before the bare body is spoken of.

    Before the first bare mention after the title line (a headline drops the place: "Tanggapan
    OJK"), or in that mention's sentence. The text up to the end of that sentence is squashed
    once (:func:`norm`) and searched for the place.
    """
    title = _title_end(text)
    body = [c for c in group if c.start >= title]
    if not body:
        return True
    first = min(body, key=lambda c: c.start)
    _, right = _sentence(sents, starts, first.start, first.end)
    before = norm(text[:right])
    return any(place in before for place in places)


def _national_into_office(
    text: str, cands: list[Candidate], extending: dict[str, list[str]], kb: AgencyKB
) -> None:
    """A bare national name in an article about exactly one of its offices is that office.

    "Bea Cukai" beside "Bea Cukai Sorong": the bare mentions take the office's key (and are
    short forms when the office has no full name). The national body is kept apart when it has
    no regional offices (:func:`_has_offices`: "KPK Jakarta" is where the commission sits), when
    the article names two of its offices, when one bare mention names the national body itself
    (:func:`_names_national`: its full name, "RI", its head's title, "nasional", "seluruh
    Indonesia" in the sentence ...), when the bare mentions far outnumber the office's
    (:data:`_MOST_BARE_PER_OFFICE`), or when the article speaks of the bare body before it names
    the office or its place (:func:`_placed_first`).
    """
    bare: dict[str, list[Candidate]] = {}
    for cand in cands:
        if cand.key.count("|") == 1 and len(cand.kb_ids) == 1:
            bare.setdefault(cand.key, []).append(cand)
    sents: list[tuple[int, int]] = []  # split once, when a body with one office needs it
    starts: list[int] = []
    for kind, group in bare.items():
        agency = kb.get(group[0].kb_ids[0])
        if agency is None or agency.level != "national" or not _has_offices(agency):
            continue
        offices = [k for k in extending.get(kind, ()) if k.count("|") == 2]
        if len(offices) != 1:
            continue
        if not sents:
            sents = split_sentences(text)
            starts = [s_start for s_start, _ in sents]
        if any(_names_national(text, c, agency, sents, starts) for c in group):
            continue
        office = [c for c in cands if c.key == offices[0]]
        if len(group) > _MOST_BARE_PER_OFFICE * len(office) or not _placed_first(
            text, group, _office_places(text, offices[0], office), sents, starts
        ):
            continue
        office_full = any(c.full for c in office)
        for cand in group:
            cand.key = offices[0]
            cand.full = cand.full and office_full


#: Keys of police commands whose Jakarta-area units carry "Metro" in their names.
_METRO_KINDS = ("kb|polres|", "kb|polsek|")


def _metro_commands(cands: list[Candidate]) -> None:
    """A police command written without "Metro" beside its "Metro" name is that command.

    "Polres Jakut" (or "Polres Jakarta Utara") beside "Polres Metro Jakarta Utara" takes the
    latter's key; without the "Metro" name in the article the key is left alone.
    """
    keys = {c.key for c in cands}
    for cand in cands:
        for kind in _METRO_KINDS:
            place = cand.key[len(kind) :] if cand.key.startswith(kind) else ""
            if place and not place.startswith("metro") and f"{kind}metro{place}" in keys:
                cand.key = f"{kind}metro{place}"


def canonical_name(kb: AgencyKB, agency_id: str | None) -> str | None:
    """The knowledge base's name of ``agency_id``; None when it is None or not in ``kb``."""
    record = kb.get(agency_id) if agency_id is not None else None
    return record.name if record is not None else None


def _record_id(key: str) -> str:
    """A readable id for an agency that is not a plain KB record ("pemkab:bogor")."""
    kind, _, rest = key.partition("|")
    if kind == "kb":
        return rest.replace("|", ":")
    return f"{kind}:{rest.replace('|', ':')}" if rest else kind

