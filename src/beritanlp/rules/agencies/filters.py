"""Candidates that are not agency mentions: teasers, headline guesses, generic phrases, venues.

Also person names run into an agency name (cut off), the bare police word standing for the
police (:func:`police_word`) and the bare "Kejaksaan" for the prosecution service
(:func:`prosecution_word`), a regional secretariat named only as its units' parent
(:func:`secretariat_of_units`) and the bare "Pemda" resolved or made generic
(:func:`merge_pemda`).

Each function takes character offsets into the article text and returns a verdict or a shorter
end; :mod:`~beritanlp.rules.agencies.extract` applies them to its candidates.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from typing import Any

from beritanlp.lexicons.agencies import AgencyKB
from beritanlp.rules.agencies.candidates import Candidate
from beritanlp.rules.agencies.ranks import RankTail
from beritanlp.rules.agencies.regions import RegionNames
from beritanlp.rules.agencies.vocab import (
    GENERIC_PHRASES,
    GENERIC_PREFIXES,
    NOT_BODY_BEFORE,
    ORGANISATION_BEFORE,
    POSITION_CUES,
    REGION_PREFIX,
    STOP_WORDS,
    VENUE_BEFORE,
)
from beritanlp.text.headline import headline_end, in_title_case_headline
from beritanlp.text.sentences import split_sentences
from beritanlp.text.words import ASCII_WORD, NAME_JOINS, written_lowercase

#: A line advertising other content ("Lihat juga video ...", "Baca juga: ..."): not the article
#: (GUIDELINE.md).
_TEASER_LINE = re.compile(
    r"[ \t]*(?:Lihat|Tonton|Baca|Simak|Saksikan)[ \t]+(?:juga|pula)\b[^\n]*", re.IGNORECASE
)
_WORD = re.compile(r"\S+")
_BRACKETED = re.compile(r"\([^()]*\)")


def teaser_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of the lines that advertise other content."""
    if "juga" not in text and "pula" not in text and "JUGA" not in text:
        return []
    ranges: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        m = _TEASER_LINE.match(line)
        if m is not None:
            ranges.append((start + m.start(), start + m.end()))
        start += len(line) + 1
    return ranges


def inside(ranges: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    """``start:end`` lies within one of ``ranges``."""
    return any(s <= start and end <= e for s, e in ranges)


def is_generic(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` names a class of institutions or is a generic phrase, not one agency.

    "pemerintah pusat", "Kementerian/Lembaga Terbaik", "Dewan Pimpinan Cabang", and a bare
    regional-government form listed with another ("Pemerintah Kota dan Kabupaten",
    "Pemerintah Kabupaten/Kota").
    """
    words = _BRACKETED.sub(" ", text[start:end]).split()
    if not words:
        return False
    low = " ".join(words).lower()
    if low in GENERIC_PHRASES or low.startswith(GENERIC_PREFIXES) or "/" in words[0]:
        return True
    if text[start - 1 : start] == "/" or words[-1].endswith("/"):  # "Kementerian/Lembaga"
        return True
    before = text[max(0, start - 12) : start].split()
    if before and before[-1] in ORGANISATION_BEFORE:
        return True  # "Asosiasi Dinas Kesehatan ...": an association's name
    if street_named(text, start):
        return True  # "Jalan Balai Pustaka Baru": a street named after a body
    if before and before[-1] in NOT_BODY_BEFORE and (
        words[0] == "Dinas" or (words[0] == "Pemerintah" and before[-1] == "Peraturan"
                                and words[1:2] != ["Provinsi"] and words[1:2] != ["Kabupaten"]
                                and words[1:2] != ["Kota"] and words[1:2] != ["Daerah"])
    ):
        return True  # "Rumah Dinas Lodji Gandrung", "Peraturan Pemerintah Pengganti ..."
    return low in _BARE_REGIONAL and _CLASS_AFTER.match(text, end) is not None


_STREET_BEFORE = frozenset({"Jalan", "jalan", "Jl.", "Jl", "jl."})


def street_named(text: str, start: int) -> bool:
    """A street word right before ``start`` ("Jalan Pemuda-Jalan Balai Pustaka"): a street."""
    before = text[max(0, start - 16) : start].split()
    return bool(before) and before[-1].rsplit("-", 1)[-1] in _STREET_BEFORE
_BARE_REGIONAL = frozenset(
    {"pemerintah kota", "pemerintah kabupaten", "pemerintah provinsi", "pemerintah daerah"}
)
_CLASS_AFTER = re.compile(
    r"[ \t]*(?:/|,|dan[ \t]|serta[ \t])[ \t]*"
    r"(?:Kabupaten|Kota|Provinsi|Pemerintah|kabupaten|kota|provinsi)"
)


#: School levels written in slash lists ("SMA/SMK/MA", "SD/MI"): a short form among them is a
#: level ("MA" is Madrasah Aliyah there, not Mahkamah Agung). "MA" itself is no evidence ("MA/MK").
_SCHOOL_LEVEL = r"(?:SD|SDLB|MI|SMP|SMPLB|MTs|SMA|SMALB|SMK|MAK|TK|RA|PAUD)"
_LEVEL_BEFORE = re.compile(_SCHOOL_LEVEL + r"[ \t]*/[ \t]*$")
_LEVEL_AFTER = re.compile(r"[ \t]*/[ \t]*" + _SCHOOL_LEVEL + r"(?![\w-])")


def school_level(text: str, start: int, end: int) -> bool:
    """The short form at ``start:end`` is one of a slash list of school levels."""
    return (_LEVEL_BEFORE.search(text, max(0, start - 8), start) is not None
            or _LEVEL_AFTER.match(text, end) is not None)


#: A hospital's name up to a mention inside it: "Rumah Sakit" (or "RS", "RSU") and at most four
#: capitalised words ("Rumah Sakit Dr Wira Kencana TNI Angkatan Udara", "RS Bhayangkara Polda").
_HOSPITAL_BEFORE = re.compile(
    r"(?<![\w-])(?:Rumah[ \t]+[Ss]akit|RSU?)(?:[ \t]+(?:[A-Z][\w.'-]*|dr\.?)){0,4}[ \t]+$"
)


def in_hospital_name(text: str, start: int) -> bool:
    """The mention at ``start`` is a word of a hospital's name ("RS Polri Kramat Jati").

    Hospitals are venues in the gold files (GUIDELINE.md: agencies, "Not: ... venues"); the body
    a hospital is named after ("Polri", "Pelni", "TNI Angkatan Laut") is not thereby mentioned.
    """
    window = text[max(0, start - 72) : start]
    return ("R" in window) and _HOSPITAL_BEFORE.search(window) is not None


def venue_only(text: str, mentions: Iterable[tuple[int, int]]) -> bool:
    """Every mention is part of a venue's name.

    Written after a former-building word ("Gedung Eks DPRD") or inside a hospital's name ("RS
    Polri", :func:`in_hospital_name`).
    """
    found = False
    for start, _ in mentions:
        before = text[max(0, start - 12) : start].split()
        if not (before and before[-1] in VENUE_BEFORE) and not in_hospital_name(text, start):
            return False
        found = True
    return found


def position_cued(text: str, start: int) -> bool:
    """A position word (:data:`POSITION_CUES`) and one space right before ``start``.

    "Kepala Dinas LH ...", "Plt Kepala Bagian Umum ...": the name at ``start`` is written as a
    post's body or section, and a person's name may follow it.
    """
    before = ASCII_WORD.findall(text, max(0, start - 30), start)
    return (bool(before) and before[-1] in POSITION_CUES
            and text.endswith(before[-1] + " ", 0, start))


def cut_person_tail(
    text: str, start: int, end: int, is_name_word: Callable[[str], bool], ranks: RankTail
) -> int:
    """Cut a person's name (and rank) run into the end of an agency span after a position word.

    "Kepala Dinas LH Andono Warih" -> "Dinas LH": after a position cue ("Kepala", "Ketua" ...),
    trailing capitalised words that ``is_name_word`` does not know as agency-name words are cut
    when the rest ends on an anchor (an agency-name word, an acronym, a number or a bracket).
    A rank of ``ranks`` left before the name is cut too.

    Returns
    -------
    int
        The new end (``end`` when nothing is cut).
    """
    cued = position_cued(text, start)
    # A head that is itself a position ("Deputi Penindakan KPK Budi Laksana") is its own cue.
    head = ASCII_WORD.match(text, start)
    if not cued and (head is None or head.group() not in _POSITION_HEADS):
        return end
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]
    n = len(words)
    while n > 1 and _person_like(words[n - 1][2]) and not is_name_word(words[n - 1][2]):
        n -= 1
    if 1 < n < len(words) and words[n - 1][2] in _BALINESE_ARTICLES \
            and words[n][2] in _BALINESE_NAMES:
        n -= 1  # "I Nyoman Wara", "Ni Luh Putu": the article opens the person's name
    tail = len(words) - n
    abbreviated = tail == 1 and words[-1][2] in _NAME_ABBREVIATIONS and text[end:end + 1] == "."
    if not (2 <= tail <= 4 or abbreviated) or n < 1:  # a name: two to four words, or "Muh."
        return end
    last = words[n - 1][2]
    if not ((last[:1].isupper() and is_name_word(last)) or _anchor(last)):
        return end
    return ranks.cut(text, start, words[n - 1][1])


_REGION_PREFIX = re.compile(REGION_PREFIX)


def person_for_region(text: str, start: int, region: str, known: Callable[[str], bool]) -> bool:
    """The "region" after a regional body is a person's name after a position word.

    "Ketua DPRD Rahmat Sulistyo", "Kepala Dinas Sumber Daya Air Wardoyo": after a position cue
    ("Ketua", "Kepala" ...) a phrase of name-like words that is no known region as a whole and
    has no region prefix ("Kabupaten", "Kota" ...) names the office holder, not the body's
    region.
    """
    if known(region) or _REGION_PREFIX.match(region + " "):
        return False
    if not all(_person_like(w) for w in region.split()):
        return False
    return position_cued(text, start)


#: Agency heads that are also positions held by one person ("Deputi X" heads the Kedeputian X).
_POSITION_HEADS = frozenset({"Deputi", "Inspektur"})


def cut_named_person(
    text: str,
    start: int,
    end: int,
    person_words: frozenset[str],
    is_name_word: Callable[[str], bool],
    ranks: RankTail,
) -> int:
    """Cut a person's name run into the end of an agency span, on the evidence of the NER.

    "Dinas Perhubungan Jakarta Timur Andreas Eman" -> "Dinas Perhubungan Jakarta Timur" when
    "Andreas" or "Eman" is a word of a PERSON entity somewhere in the article: trailing
    capitalised words (and initials) that ``is_name_word`` does not know as agency-name words
    are cut when one of them is in ``person_words``. At least two words of the span stay, and at
    most four words are cut; a rank of ``ranks`` left before the name is cut too.

    Returns
    -------
    int
        The new end (``end`` when nothing is cut).
    """
    if not person_words:
        return end
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]
    n = len(words)
    while n > 2 and _name_token(words[n - 1][2]) and not is_name_word(words[n - 1][2]):
        n -= 1
    tail = [w.rstrip(".,") for _, _, w in words[n:]]
    if not tail or len(tail) > 4 or not any(
        w in person_words and not written_lowercase(text, w) for w in tail
    ):
        return end
    new_end = ranks.cut(text, start, words[n - 1][1])
    return start + len(text[start:new_end].rstrip(" ,."))


def person_words_of(
    text: str, persons: Iterable[tuple[int, int]], is_name_word: Callable[[str], bool]
) -> frozenset[str]:
    """Capitalised words of PERSON entities that are no agency-name words ("Andreas", "Eman")."""
    return frozenset(
        word
        for start, end in persons
        for word in ASCII_WORD.findall(text, start, end)
        if len(word) > 2 and _person_like(word) and not is_name_word(word)
    )


def _name_token(word: str) -> bool:
    """A word of a person's name: a capitalised word or an initial ("M", "K.")."""
    bare = word.rstrip(",")
    return _person_like(bare) or re.fullmatch(r"[A-Z]\.?", bare) is not None


#: Balinese names open with "I" (men) or "Ni" (women) and a birth-order or caste name.
_BALINESE_ARTICLES = frozenset({"I", "Ni"})
_BALINESE_NAMES = frozenset({
    "Made", "Wayan", "Nyoman", "Ketut", "Putu", "Kadek", "Komang", "Gede", "Gde", "Gusti",
    "Nengah", "Luh",
})


#: Abbreviated first names written with a point ("Muh. Subhan"): the name runs on after it.
_NAME_ABBREVIATIONS = frozenset({"Muh", "Moh", "Moch", "Mochd", "Mohd", "Muhd", "Abd", "Ach"})


def _person_like(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and word.isalpha()


def _anchor(word: str) -> bool:
    return (
        word.endswith(")")
        or sum(c.isupper() for c in word) >= 2
        or word.isdigit()
    )


def drop_headline_guesses(
    text: str, candidates: list[Candidate], known_region: Callable[[str], bool]
) -> list[Candidate]:
    """Generative candidates in a title-case headline that the body does not confirm.

    Headlines capitalise every word, so "Dinas Capai Rp 25 Miliar" or "DPRD Didalami" look like
    names. A pattern or NER candidate (no knowledge-base link) in the headline is kept only when
    the body yields the same key or the same text, or when its region is a known one. A
    commission written with its house ("Komisi Hukum DPR Sahkan ...", key "komisi|III|dpr") is
    no guess: its words are a closed list's and the house's.
    """
    end = headline_end(text)
    if end == 0:
        return candidates
    body_keys = {c.key for c in candidates if c.start >= end}
    kept: list[Candidate] = []
    for cand in candidates:
        if cand.start >= end or cand.kb_ids or cand.key in body_keys:
            kept.append(cand)
            continue
        span = text[cand.start : cand.end]
        if text.find(span, end) >= 0:
            kept.append(cand)
            continue
        kind, _, region = cand.key.partition("|")
        if kind == "komisi" and "|" in region:
            kept.append(cand)
        elif kind != "unit" and (not region or known_region(region)):
            kept.append(cand)
    return kept


def cut_headline_tail(
    text: str, start: int, end: int, is_name_word: Callable[[str], bool]
) -> int:
    """Cut the words a title-case line runs into a generic unit's name.

    "Dinas Peternakan Gelar Vaksinasi Hewan": in a line where nearly every word is
    capitalised, capitals say nothing, so the name keeps only the words ``is_name_word`` knows
    as agency-name words (or acronyms, numbers and connectors) after its head word.

    Returns
    -------
    int
        The new end (``end`` when the line is no title-case line or nothing is cut).
    """
    if not in_title_case_headline(text, start):
        return end
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]
    keep = 1
    for k in range(1, len(words)):
        word = words[k][2].strip(",()")
        if not (is_name_word(word) or _anchor(word) or word in NAME_JOINS):
            break
        keep = k + 1
    while keep > 1 and words[keep - 1][2] in NAME_JOINS:
        keep -= 1
    return words[keep - 1][1]



#: A bracketed short form inside an agency span, and the words after it up to the span's end.
_BRACKET_TAIL = re.compile(r"\)[ \t]+([A-Z][A-Za-z'-]*(?:[ \t]+[A-Z][A-Za-z'-]*)?)$")
#: The capitalised word right after an agency span ("... (BPBD) Sentani| Wiratama").
_NAME_RUNS_ON = re.compile(r"[ \t]+([A-Z][a-z'-]+)\b")


def bracket_tail_start(
    text: str,
    start: int,
    end: int,
    persons: Iterable[tuple[int, int]],
    is_name_word: Callable[[str], bool],
    is_region: Callable[[str], bool],
) -> int | None:
    """Where a person's name begins that an agency span swallowed after its bracketed acronym.

    "Kepala Badan X (BX) [Budi] Santoso": the span runs one or two words past ")" into the
    holder's name. They are cut from the start of a PERSON entity that begins among them and
    runs past the span's end, unless a known region (``is_region``) would go ("(BPBD)
    Kabupaten [Garut Satria Budi]" stays). Without such a PERSON they are cut after a position
    cue ("Kepala", "Ketua" ...) when they are no agency-name word or known region
    (``is_name_word``) and another capitalised word that is none either follows the span (the
    name runs on). Returns the start of the cut words, or ``None`` when nothing is cut
    ("(BPBD) Kabupaten Garut", "(BPS) Jabar" stay).
    """
    m = _BRACKET_TAIL.search(text, start, end)
    if m is None or m.start() <= start:
        return None
    tail = m.start(1)
    for p_start, p_end in persons:
        if tail <= p_start < end < p_end:
            cut = text[p_start:end].split()
            if any(is_region(w) for w in cut) or not _person_like(cut[0]):
                return None  # a region, or an acronym ("(PP IPTEK) TMII"): the body's words
            return p_start
    words = m.group(1).split()
    nxt = _NAME_RUNS_ON.match(text, end)
    if nxt is None or is_name_word(nxt.group(1)) or any(is_name_word(w) for w in words):
        return None
    if not all(_person_like(w) for w in [*words, nxt.group(1)]):
        return None
    cued = position_cued(text, start)
    return tail if cued else None


#: The text before a sentence's first word (an article's start, a stop, a colon or a line break).
SENTENCE_START = re.compile(r"(?:^|[.!?:\n][\"'”’)]?,?[ \t]*|\n[ \t]*)$")


#: A capitalised word right before a mention: the mention ends a longer unit's or title's name.
_NAME_WORD_BEFORE = re.compile(r"\b([A-Z][\w()-]*)[ \t]+$")


def secretariat_of_units(text: str, record: dict[str, Any], kb: AgencyKB) -> bool:
    """A regional secretariat named only as the parent of its units and officials' posts.

    "Biro Humpro Setda Kalsel", "Humas Setda Kalsel", "Asisten III Bidang Administrasi Umum
    Setda Kalbar": every mention follows a capitalised word of the unit or title, and the
    secretariat is no agency of its own (gov_dev). Bare mentions without the region ("Kementerian
    dan Sekretariat Daerah": the class, merged here) say nothing.
    """
    agency = kb.get(record["id"].split(":", 1)[0])
    if agency is None or agency.type != "secretariat" or agency.level == "national":
        return False
    bare = {agency.name, *agency.acronyms}
    regional = [start for start, end in record["mentions"] if text[start:end] not in bare]
    return bool(regional) and all(_after_title_word(text, start) for start in regional)


def _after_title_word(text: str, start: int) -> bool:
    """A capitalised word of a unit's or title's name ends right before ``start``.

    Not a stop word, nor a sentence's first word ("Pegawai Setda Kalsel ...").
    """
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1) not in STOP_WORDS and not SENTENCE_START.search(
        text, max(0, before.start(1) - 4), before.start(1))


_POLICE_WORD = re.compile(r"(?<![\w-])([Pp]olisi|Kepolisian)(?![\w-])")
_RANK_BEFORE = re.compile(
    r"(?:Jenderal|Brigadir|Komisaris|Inspektur|Ajun|[Ii]lmu|Bintara|Perwira)[ \t]+$"
)
#: Words before "polisi" that make it part of a thing's or a person's name, not the force:
#: "garis polisi" (police line), "anggota polisi" (an officer), "mobil polisi".
_POLICE_THING_BEFORE = re.compile(
    r"(?:garis|mobil|seragam|anggota|oknum|seorang|rompi|pakaian|motor)[ \t]+$", re.IGNORECASE
)
#: Words after "polisi" that name another force or a thing ("polisi tidur": a speed bump).
_POLICE_THING_AFTER = re.compile(r"[ \t]+(?:tidur|militer|hutan|pamong|wanita|syariah)\b")


def police_word(text: str, kb: AgencyKB, chosen: list[Candidate]) -> list[Candidate]:
    """"polisi" or "Kepolisian" standing for the police as an institution.

    Ranks ("Jenderal Polisi"), words before a name ("Polisi Militer") and compounds ("garis
    polisi", "anggota polisi", "polisi tidur") do not count. In an article that names a police
    body, only a capitalised word inside a body sentence does ("menyerahkan kasus itu ke
    Polisi"): a lowercase one is that body's officers. The candidates are record mentions only
    (``nested``), not ``doc.ents`` spans.
    """
    if "olisi" not in text or "polri" not in kb:
        return []
    police = {"polri"} | {r.id for r in kb if r.parent == "polri"}
    named = any(i in police for c in chosen for i in c.kb_ids)
    taken = [(c.start, c.end) for c in chosen]
    return [
        Candidate(m.start(), m.end(), "kb|polri", True, ("polri",), priority=2)
        for m in _POLICE_WORD.finditer(text)
        if not _RANK_BEFORE.search(text, max(0, m.start() - 20), m.start())
        and not re.match(r"[ \t]+[A-Z]", text[m.end() : m.end() + 2])
        and not _POLICE_THING_BEFORE.search(text, max(0, m.start() - 12), m.start())
        and not _POLICE_THING_AFTER.match(text, m.end())
        and not inside(taken, m.start(), m.end())
        and (not named or _proper_mid_sentence(text, m.start()))
    ]


_PROSECUTION_WORD = re.compile(r"(?<![\w-])Kejaksaan(?![\w-])(?![ \t]+[A-Z0-9])")
#: Words before "Kejaksaan" that make it a law's, a regulation's or a building's name ("UU
#: Kejaksaan", "undang-undang Kejaksaan", "Peraturan Kejaksaan", "Gedung Kejaksaan"). Another
#: body's name ("Komisi Kejaksaan") is a chosen mention already.
_PROSECUTION_NAME_BEFORE = re.compile(
    r"(?i:\b(?:UU|RUU|Undang|Undang-undang|tentang|Peraturan|Perja|Gedung))[ \t]+$"
)
#: A law's name that lists bodies before "Kejaksaan": "Undang-Undang Kepolisian atau Kejaksaan".
_PROSECUTION_LAW_LIST = re.compile(
    r"(?i:\b(?:UU|RUU|Undang-undang|Peraturan))[ \t]+[A-Z][\w-]*(?:,[ \t]+[A-Z][\w-]*)*,?"
    r"[ \t]+(?:atau|dan|serta)[ \t]+$"
)
#: Lowercase words after "Kejaksaan" that make it a local or foreign office written loosely
#: ("Kejaksaan setempat", "Kejaksaan federal", "Kejaksaan negeri"), not the national service.
_PROSECUTION_OFFICE_AFTER = re.compile(r"[ \t]+(?:setempat|federal|negeri|tinggi|distrik)\b")


def prosecution_word(
    text: str, kb: AgencyKB, chosen: list[Candidate], regions: RegionNames
) -> list[Candidate]:
    """A bare "Kejaksaan" standing for the prosecution service as an institution.

    "... berkoordinasi dengan Polri dan Kejaksaan": the service, the Attorney General's Office
    (``kejagung``), as written. Not a law's, a regulation's or a building's name ("UU
    Kejaksaan", "Undang-Undang Kepolisian atau Kejaksaan", "Peraturan Kejaksaan", "Gedung
    Kejaksaan"), not a local office written loosely ("Kejaksaan setempat"), not a word of a
    longer name ("Kejaksaan Negeri Bogor", "Komisi Kejaksaan"), and not in an article that names a
    prosecutor's office below it (a Kejati or Kejari): there the word is that office. Nor
    another country's service: not in an article that names a foreign one ("Kejaksaan
    Malaysia", "Kejaksaan Agung AS"), nor in a story whose places are all foreign, nor after a
    foreign country in its clause ("Jaksa Agung Singapura dan Kejaksaan di negara itu"; not
    "... New Zealand, Kolombia, TNI AL, Kejaksaan": a list).
    """
    if "Kejaksaan" not in text or "kejagung" not in kb:
        return []
    if any(i in kb and kb[i].parent == "kejagung" for c in chosen for i in c.kb_ids):
        return []
    taken = [(c.start, c.end) for c in chosen]
    found = [
        m for m in _PROSECUTION_WORD.finditer(text)
        if not _PROSECUTION_NAME_BEFORE.search(text, max(0, m.start() - 16), m.start())
        and not _PROSECUTION_LAW_LIST.search(text, max(0, m.start() - 80), m.start())
        and not _PROSECUTION_OFFICE_AFTER.match(text, m.end())
        and not inside(taken, m.start(), m.end())
    ]
    if not found or _foreign_prosecution(text, regions) or _foreign_story(text, regions):
        return []
    starts = [s for s, _ in split_sentences(text)]
    return [
        Candidate(m.start(), m.end(), "kb|kejagung", True, ("kejagung",), priority=2)
        for m in found
        if not _names_country(text, _clause_start(text, starts, m.start()), m.start(), regions)
    ]


def _clause_start(text: str, starts: list[int], pos: int) -> int:
    """Start of the clause around ``pos``: after its sentence's start and the last "," or ";"."""
    sentence = starts[max(0, bisect_right(starts, pos) - 1)] if starts else 0
    return max(sentence, text.rfind(",", sentence, pos) + 1, text.rfind(";", sentence, pos) + 1)


#: A prosecution service's name up to where a country would follow ("Kejaksaan Agung Malaysia").
_PROSECUTION_HEAD = re.compile(
    r"(?<![\w-])Kejaksaan(?:[ \t]+(?:Agung|Tinggi|Umum|Distrik|Federal))?"
)
#: A run of up to three capitalised words: a place's name may be any part of it.
_CAPITALISED_RUN = re.compile(r"(?<![\w-])[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+){0,2}")


def _foreign_prosecution(text: str, regions: RegionNames) -> bool:
    """The article names a foreign prosecution service ("Kejaksaan Malaysia")."""
    return any(regions.country_after(text, m.end()) is not None
               for m in _PROSECUTION_HEAD.finditer(text))


def _places_of(run: str) -> Iterable[str]:
    """Every run of adjacent words of ``run`` (a place may be any of them)."""
    words = run.split()
    return (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def _names_country(text: str, start: int, end: int, regions: RegionNames) -> bool:
    """``text[start:end]`` names a foreign country."""
    return any(regions.country(name) for m in _CAPITALISED_RUN.finditer(text, start, end)
               for name in _places_of(m.group()))


#: Indonesia's own names, which the gazetteer knows as a country without a region code.
_HOME_COUNTRY = frozenset({"Indonesia", "RI", "NKRI"})


def _foreign_story(text: str, regions: RegionNames) -> bool:
    """The article names a foreign country or city and no Indonesian place ("Seoul", "Korea")."""
    foreign = False
    for m in _CAPITALISED_RUN.finditer(text):
        for name in _places_of(m.group()):
            if name in _HOME_COUNTRY or regions.home_major(name):
                return False
            foreign = foreign or regions.major(name)
    return foreign


def _proper_mid_sentence(text: str, start: int) -> bool:
    """A capitalised word of the body that opens no sentence (headlines capitalise anything)."""
    return (text[start].isupper() and start >= headline_end(text)
            and SENTENCE_START.search(text, max(0, start - 4), start) is None)


def merge_pemda(text: str, candidates: list[Candidate]) -> None:
    """"Pemda DKI" is the provincial, regency or city government of that region named too.

    A bare "Pemda" or "Pemerintah Daerah" is the article's one government. Without one, the
    capitalised full form inside a sentence stands for regional governments as a class and is
    kept as written (GUIDELINE.md: generic capitalised classes); the short form is dropped.
    """
    governments = {c.key.partition("|")[2]: c.key for c in candidates
                   if c.key.startswith(("pemprov|", "pemkab|", "pemkot|"))}
    keys = set(governments.values())
    for cand in candidates:
        kind, _, region = cand.key.partition("|")
        if kind == "pemda" and region in governments:
            cand.key = governments[region]
        elif kind == "pemda" and not region and len(keys) == 1:
            cand.key = next(iter(keys))
        elif kind == "pemda" and not region and not (
            not keys and text.startswith("Pemerintah Daerah", cand.start)
            and SENTENCE_START.search(text, max(0, cand.start - 4), cand.start) is None
        ):
            cand.key = "generic|"
