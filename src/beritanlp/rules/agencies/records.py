"""Folding chosen agency mentions into one record per agency (names, acronyms, ids)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any, NamedTuple

from beritanlp.lexicons.agencies import AgencyKB, AgencyRecord
from beritanlp.rules.agencies.candidates import Candidate, Mention
from beritanlp.rules.agencies.regions import norm, unit_spellings
from beritanlp.rules.agencies.vocab import (
    HEADQUARTERS_WORDS,
    POLICE_COMMAND,
    POLICE_UNIT_ABBREVIATIONS,
    REGION_ALIASES,
    UNIT_ABBREVIATIONS,
)
from beritanlp.text.mojibake import readable
from beritanlp.text.sentences import split_sentences
from beritanlp.text.words import shouted


def clean_name(text: str) -> str:
    """A mention as a name: parentheticals dropped, spaces and edge punctuation tidied."""
    text = re.sub(r"\s*\([^)]*\)", "", text)
    return readable(text).strip(" ,.;:")



def _alternation(forms: dict[str, str]) -> re.Pattern[str] | None:
    """One pattern of the whole words ``forms`` (longest first); None when there are none."""
    if not forms:
        return None
    return re.compile(
        r"\b(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")\b"
    )


def _read_out(written: str, forms: dict[str, str], pattern: re.Pattern[str] | None) -> str:
    """``written`` with each short form of ``pattern`` replaced by its long form in ``forms``."""
    return written if pattern is None else pattern.sub(lambda m: forms[m.group()], written)


#: Unit short forms read out (short -> long), and their pattern: the general ones and the
#: police's (read only in a name with a police command).
_LONG_FORMS = {short: long for long, short in UNIT_ABBREVIATIONS if short}
_LONG_FORM = _alternation(_LONG_FORMS)
#: A short form written several ways ("Satreskrim": "Satuan Reserse Kriminal", "Satuan Reskrim")
#: reads out as the table's first (full) long form.
_POLICE_LONG_FORMS = {short: long for long, short in reversed(POLICE_UNIT_ABBREVIATIONS)}
_POLICE_LONG_FORM = _alternation(_POLICE_LONG_FORMS)


class _UnitWords(NamedTuple):
    """A sub-unit's name as squashed words, three ways.

    As written, with short forms read out, and read out with the police's short forms too (only
    when the name has a police command, else None).
    """

    written: list[str]
    expanded: list[str]
    police: list[str] | None


def _unit_words(
    text: str, long_forms: dict[str, str], defined: re.Pattern[str] | None
) -> _UnitWords:
    """Words of a sub-unit name.

    ``long_forms`` (short -> long) are the article's definitions, ``defined`` their pattern.
    """
    written = re.sub(r"\s*\([^)]*\)", "", text)
    expanded = _read_out(_read_out(written, long_forms, defined), _LONG_FORMS, _LONG_FORM)
    police = None
    if POLICE_COMMAND.search(written):  # "Ditlantas Polda X"; a ministry's is no police unit
        police = [norm(w) for w in _read_out(expanded, _POLICE_LONG_FORMS, _POLICE_LONG_FORM)
                  .split()]
    return _UnitWords([norm(w) for w in written.split()], [norm(w) for w in expanded.split()],
                      police)


def _is_subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    return all(any(w == b or REGION_ALIASES.get(w) == b or REGION_ALIASES.get(b) == w
                   for b in it) for w in small)


def _forms(unit: _UnitWords, police: bool) -> list[list[str]]:
    """The word lists of ``unit`` compared (its police reading only when ``police``)."""
    forms = [unit.written, unit.expanded]
    return [*forms, unit.police] if police and unit.police is not None else forms


def _length(unit: _UnitWords) -> int:
    """How many words a unit's name has with every short form read out."""
    return len(unit.police or unit.expanded)


def _head(unit: _UnitWords) -> str:
    """The first word of a unit's name with every short form read out."""
    return (unit.police or unit.expanded)[0]


def _contains(small: _UnitWords, big: _UnitWords, whole: bool) -> bool:
    """Tell whether the words of ``small`` are in ``big`` in order (in one of their readings).

    The police readings of ``big`` are compared only when ``small`` has a police command too,
    or is ``whole``: a name with no capitalised word after it ("Direktorat Lalu Lintas,
    pastikan ..."). A name cut before more words ("Direktorat Lalu Lintas Jalan Kementerian
    Perhubungan", a ministry's) is no "Ditlantas Polda X".
    """
    police = big.police is not None and (small.police is not None or whole)
    return any(_is_subsequence(a, b) for a in _forms(small, police) for b in _forms(big, police))


#: A capitalised word right after a sub-unit's mention: its name was cut there.
_WORD_AFTER = re.compile(r"[ \t]+[A-Z]")


def merge_units(text: str, kept: list[Candidate], definitions: dict[str, str]) -> None:
    """Give shortened references to a sub-unit the key of the sub-unit they abbreviate.

    "Biro Humas" and "Biro Humpro Kalsel" take the key of the longer sub-units of the article
    whose words contain theirs, head word first, when those sub-units are one (one key): a bare
    "Direktorat Reserse Kriminal Umum" beside the directorates of two police commands is left
    alone. Longer units are merged first, so that a chain of them is one key.
    """
    units = [c for c in kept if c.key.startswith("unit|")]
    defined = {short: long for long, short in definitions.items()}
    pattern = _alternation(defined)
    by_text: dict[str, _UnitWords] = {}  # one reading per name written alike
    for c in units:
        if text[c.start : c.end] not in by_text:
            by_text[text[c.start : c.end]] = _unit_words(text[c.start : c.end], defined, pattern)
    words = {id(c): by_text[text[c.start : c.end]] for c in units}
    # Units by each word (region abbreviations read out) of their names: only a unit with every
    # word of the shorter one can contain it, found from its least common word.
    having: dict[str, set[int]] = {}
    for n, unit in enumerate(units):
        for word in {_canonical(w) for f in _forms(words[id(unit)], True) for w in f}:
            having.setdefault(word, set()).add(n)
    for cand in sorted(units, key=lambda c: c.end - c.start, reverse=True):
        mine = words[id(cand)]
        whole = not _WORD_AFTER.match(text, cand.end)
        keys: set[str] = set()
        tried: set[tuple[int, str]] = set()  # a name written alike is read once per key
        for n in sorted(_sharing_words(mine, having)):
            other = units[n]
            theirs = words[id(other)]
            if other is cand or other.key in keys or (id(theirs), other.key) in tried:
                continue
            tried.add((id(theirs), other.key))
            if (_length(theirs) > _length(mine) and _head(theirs) == _head(mine)
                    and _contains(mine, theirs, whole)):
                keys.add(other.key)
        if len(keys) == 1 and cand.key not in keys:
            cand.key = keys.pop()
    # A sub-unit written with short forms ("Biro Humpro Setda Kalsel") is a short form.
    shorts = set(definitions.values()) | {"Setda", "Setjen", "Ditjen", "Kanwil", "Kab"}
    for cand in units:
        plain = re.sub(r"\s*\([^)]*\)", "", text[cand.start : cand.end]).split()
        if any(w in shorts for w in plain[1:]) or (plain and plain[0] in definitions.values()):
            cand.full = False


def _sharing_words(unit: _UnitWords, having: dict[str, set[int]]) -> set[int]:
    """The units that have every word of one of ``unit``'s readings.

    ``having`` gives the units (their positions) by word, region abbreviations read out.
    """
    found: set[int] = set()
    for form in _forms(unit, True):
        postings = sorted((having.get(_canonical(w), set()) for w in form), key=len)
        if postings:
            found |= postings[0].intersection(*postings[1:])
    return found


def _canonical(word: str) -> str:
    """A squashed word with a region abbreviation read out ("jabar" is "jawabarat")."""
    return REGION_ALIASES.get(word, word)


def merge_cut_units(text: str, kept: list[Candidate]) -> None:
    """Give a sub-unit named by the first words of a known body's name that body's key.

    "Dinas Perumahan" beside "Dinas Perumahan Rakyat dan Kawasan Permukiman", "Komisi
    Informasi" beside "Komisi Informasi Pusat" (knowledge-base names), "Komisi Hukum" beside
    "Komisi Hukum DPR" (a DPR commission by its portfolio): the shorter mention is the same
    body, cut. The body is a known one (a knowledge-base or other structured key), no unit.
    Only when exactly one body of the article starts with the unit's words
    (two or more of them), counting the sub-units too ("Komisi Informasi Provinsi Jawa Barat").
    """
    if all(c.key.startswith("unit|") for c in kept):
        return
    # Every body and unit of the article by its first two words: the ones a cut name can be.
    names = [[norm(w) for w in readable(text[c.start : c.end]).split()] for c in kept]
    by_start: dict[tuple[str, ...], list[tuple[str, list[str]]]] = {}
    for c, words in zip(kept, names, strict=True):
        by_start.setdefault(tuple(words[:2]), []).append((c.key, words))
    # The bodies written in full somewhere (once: a merged cut unit only ever gets such a key).
    written_full = {c.key for c in kept if c.full and not c.key.startswith("unit|")}
    for cand, words in zip(kept, names, strict=True):
        if not cand.key.startswith("unit|") or len(words) < 2:
            continue
        keys = {key for key, b_words in by_start.get(tuple(words[:2]), [])
                if len(b_words) > len(words) and b_words[: len(words)] == words}
        if len(keys) == 1 and keys != {cand.key} and not next(iter(keys)).startswith("unit|"):
            cand.key = keys.pop()
            # a cut form is no full name: it stays one only beside the body's own full name
            cand.full = cand.full and cand.key in written_full


def merge_portfolio_commissions(
    text: str, kept: list[Candidate], portfolios: dict[str, str]
) -> None:
    """A DPR commission named by its portfolio alone joins the article's commission of its number.

    "Komisi Agama" beside "Komisi VIII", "Komisi Hukum" beside "Komisi III DPR RI"
    (``portfolios``: portfolio word -> the commission's number): one commission, written two
    ways. Only when the article has exactly one commission of that number with its house
    (or only the bare number) and that house is the DPR, and no regional house's commission
    of that number ("Komisi III DPRD ..."; its later bare "Komisi III" is the regional one).
    """
    by_number: dict[str, set[str]] = {}
    regional: set[str] = set()  # numbers of a regional house's commission ("Komisi III DPRD")
    for cand in kept:
        kind, _, rest = cand.key.partition("|")
        number, _, house = rest.partition("|")
        if kind != "komisi":
            continue
        if house.startswith("dprd"):
            regional.add(number)
        elif not house or house.startswith("dpr"):
            by_number.setdefault(number, set()).add(cand.key)
    for number in regional:  # a bare "Komisi III" there may be the regional one: no join
        by_number.pop(number, None)
    if not by_number:
        return
    for cand in kept:
        if not cand.key.startswith("unit|"):
            continue
        words = readable(text[cand.start : cand.end]).strip("() ,.").split()
        if len(words) != 2 or words[0] != "Komisi" or words[1] not in portfolios:
            continue
        keys = by_number.get(portfolios[words[1]], set())
        housed = {k for k in keys if k.count("|") == 2}  # a bare "Komisi III" joins its house
        if len(housed or keys) == 1:
            cand.key = next(iter(housed or keys))
            cand.full = False


#: Words after a bare body that point back to one named before ("Polda setempat", "BPBD itu").
_POINTER_AFTER = re.compile(r"[ \t]+(?:setempat|tersebut|itu)\b")
#: Words before a bare body that point back to one named before ("jajaran Polda").
_POINTER_BEFORE = re.compile(r"\bjajaran[ \t]+$")


def _points_back(
    text: str, cand: Candidate, cands: list[Candidate], named_keys: set[str]
) -> bool:
    """Tell whether a bare body's mention points back to a named one of its kind before it.

    "Polda setempat", "Polda tersebut", "Polda itu", "jajaran Polda" after "Polda Riau": the
    mention is that body. A bare body used as a class or of another region is no pointer.
    """
    if not (_POINTER_AFTER.match(text, cand.end)
            or _POINTER_BEFORE.search(text, max(0, cand.start - 12), cand.start)):
        return False
    return any(c.key in named_keys and c.start < cand.start for c in cands)


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
    # ("BPBD Garut") is that body ...
    keys = {c.key for c in kept + nested}
    # Keys by each prefix that ends before a "|": the keys that start with "<prefix>|".
    extending: dict[str, list[str]] = {}
    for k in keys:
        for i, ch in enumerate(k):
            if ch == "|":
                extending.setdefault(k[:i], []).append(k)
    among: set[int] = set()  # bare regional bodies among several of theirs named
    for cand in kept + nested:
        kind = cand.key.rstrip("|")
        regional = [k for k in extending.get(kind, ()) if k != cand.key]
        regional_kb = cand.key.count("|") <= 1 and any(
            kb[i].level != "national" for i in cand.kb_ids if i in kb)
        if len(regional) == 1 and (
            (not cand.kb_ids and not cand.key.startswith("unit|")) or regional_kb
        ):
            cand.key = regional[0]
        elif len(regional) > 1 and regional_kb and _points_back(text, cand, kept + nested,
                                                               set(regional)):
            among.add(id(cand))
    # ... and in one naming several ("Polda Riau", "Polda Jambi" ... "Polda setempat", "jajaran
    # Polda itu") one pointing back to them is one of them: no agency of its own. A bare body
    # used as a class ("seluruh Polda", "BPBD di setiap daerah") is an agency (GUIDELINE).
    kept = [c for c in kept if id(c) not in among]
    nested = [c for c in nested if id(c) not in among]
    _national_into_office(text, kept + nested, extending, kb)
    _metro_commands(text, kept + nested)
    nested = nested + _branch_parents(text, kept, nested)
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
        shorts = _without_seats([m for m in group if not m.full])
        name = max(fulls or shorts, key=_naming)
        acronym = max(shorts, key=_naming) if shorts else None
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


def _branch_parents(
    text: str, kept: list[Candidate], nested: list[Candidate]
) -> list[Candidate]:
    """The parent's own name inside a branch's mention, where the text names the parent too.

    "Jasa Marga ... PT Jasa Marga (Persero) Tbk Cabang X": the words before "Cabang" are a
    mention of the parent's record, so that it keeps its fullest name; a parent the text does
    not name on its own (or only by a bare mention read as the branch) gets none: the branch
    alone is the agency.
    """
    named = {c.key for c in kept + nested if c.kb_ids}
    out: list[Candidate] = []
    for cand in kept:
        parent = "kb|" + cand.kb_ids[0] if cand.kb_ids else ""
        if not cand.key.startswith(parent + "|cabang") or parent not in named:
            continue
        branch = text.rfind(" Cabang ", cand.start, cand.end)
        if branch > cand.start:
            end = cand.start + len(text[cand.start : branch].rstrip(" ,"))
            out.append(Candidate(cand.start, end, parent, True, cand.kb_ids, priority=2))
    return out


def _without_seats(shorts: list[Mention]) -> list[str]:
    """A record's short forms, without its headquarters' ("Mabes Polri") where it has its own.

    "Mabes Polri" names the seat of the body "Polri": a text also writing "Polri" on its own
    (not the "Polri" inside "Mabes Polri") names the body by it; one writing only "Mabes
    Polri" keeps that form.
    """
    names = [clean_name(m.text) for m in shorts]
    seats = [(m, name.split(" ", 1)[1]) for m, name in zip(shorts, names, strict=True)
             if " " in name and name.split(" ", 1)[0] in HEADQUARTERS_WORDS]
    if not seats:
        return names
    own = {name for m, name in zip(shorts, names, strict=True)
           if not any(s.start <= m.start and m.end <= s.end and s is not m for s, _ in seats)}
    return [name for m, name in zip(shorts, names, strict=True)
            if not any(m is s and body in own for s, body in seats)]


def _naming(name: str) -> tuple[bool, int, bool]:
    """How well a mention names its record (the greatest names it).

    Not a shouted headline's form first, then the longest (the fullest: "pemerintah Republik
    Indonesia" before "Pemerintah RI"), then, of two as long, the one written as a name (not
    opening in lowercase: "Pemerintah Kabupaten X" before "pemerintah Kabupaten X").
    """
    return not shouted(name), len(name), not name[:1].islower()


def names_as_given(records: list[dict[str, Any]], read: str, given: str) -> None:
    """Spell each record's ``name`` and ``acronym`` as ``given`` writes them, in place.

    The rules may read a text recased letter for letter (a headline in capitals, see
    :func:`beritanlp.text.shouted.recased_headline`; same length, same offsets) and take names
    from it. A name is the text as written (DESIGN, the article record): the mentions whose
    ``read`` text gives the name give it again from ``given``, the one not shouted first. A name
    no mention gives (built from a bracketed short form) is left as it is.
    """
    if read == given:
        return
    for record in records:
        for field in ("name", "acronym"):
            value = record[field]
            if value is None:
                continue
            written = [clean_name(given[s:e]) for s, e in record["mentions"]
                       if clean_name(read[s:e]) == value]
            if written:
                record[field] = max(written, key=_naming)


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
#: The tier word after a command's place ("Polres Metro Bekasi Kota", the city's; "Polres Metro
#: Bekasi", the regency's): the place's key leaves it out.
_TIER_AFTER = re.compile(r"[ \t]+(Kota|Kabupaten|Kab)\b")


def _tier(text: str, cand: Candidate) -> str:
    """The tier written right after a police command: "kota", "kabupaten" or ""."""
    match = _TIER_AFTER.match(text, cand.end)
    if match is None:
        return ""
    return "kota" if match.group(1) == "Kota" else "kabupaten"


def _metro_commands(text: str, cands: list[Candidate]) -> None:
    """A police command written without "Metro" beside its "Metro" name is that command.

    "Polres Jakut" (or "Polres Jakarta Utara") beside "Polres Metro Jakarta Utara" takes the
    latter's key; without the "Metro" name in the article the key is left alone. The tier after
    the place must agree: "Polres Bekasi" is not "Polres Metro Bekasi Kota" (the city's), and a
    "Polresta" is never a "Metro" command ("Polresta Tangerang" is the regency's, in Banten).
    ("Polda Metro" beside "Polda Metro Jaya" is the latter by
    :func:`~beritanlp.rules.agencies.extract.complete_cut_regions`.)
    """
    metro = {(c.key, _tier(text, c)) for c in cands if c.key.startswith(_METRO_KINDS)
             and "|metro" in c.key}
    if not metro:
        return
    for cand in cands:
        for kind in _METRO_KINDS:
            place = cand.key[len(kind) :] if cand.key.startswith(kind) else ""
            if (
                place and not place.startswith("metro")
                and (f"{kind}metro{place}", _tier(text, cand)) in metro
                and not text.startswith("Polresta", cand.start)
            ):
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

