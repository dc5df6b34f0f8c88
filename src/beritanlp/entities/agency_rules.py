"""Finding agency mentions and folding them into one record per agency (pure Python).

Inputs are character offsets into the article text, so this module never needs spaCy:

* knowledge-base hits (:class:`KBHit`, produced by the component's PhraseMatchers);
* generative patterns for bodies no list can hold: regional governments ("Pemerintah Kabupaten
  Bogor", "Pemkab Bogor"), regional legislatures ("DPRD Jawa Timur"), sub-units ("Biro Humas dan
  Protokol", "Direktorat Jenderal Pajak", "Dinas Pertanian Kabupaten Garut"), DPR commissions
  ("Komisi III DPR RI"), and region-qualified regional classes ("BPBD Jatim", "Polda Riau");
* acronym definitions in the text (:mod:`beritanlp.entities.acronyms`), so that an agency the
  knowledge base does not know is linked with its short form, and later bare mentions of the
  short form resolve to the same agency;
* optionally ORG spans from a statistical NER, kept only when they start with a public-institution
  head word ("Kementerian", "Badan", "Dinas" ...).

:func:`extract_agencies` returns the accepted mentions (non-overlapping, for ``doc.ents``) and the
records for ``doc._.agencies`` (GUIDELINE.md: the full name if the article gives it anywhere,
else the form used; the acronym if the article uses one, else ``None``).
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from beritanlp.entities.acronyms import find_definitions, find_short_mentions
from beritanlp.entities.kb import AgencyKB

#: Head words that make a name a public institution (generative patterns, definitions, NER ORGs).
INSTITUTION_HEADS: tuple[str, ...] = (
    "Kementerian", "Kemenko", "Badan", "Biro", "Bagian", "Balai", "Besar", "Pusat", "Dinas",
    "Direktorat Jenderal", "Direktorat", "Ditjen", "Sekretariat Jenderal", "Sekretariat Daerah",
    "Sekretariat", "Inspektorat Jenderal", "Inspektorat", "Kantor Wilayah", "Kanwil",
    "Kantor Pelayanan", "Kantor Pertanahan", "Lembaga", "Komisi", "Dewan", "Majelis", "Mahkamah",
    "Pengadilan", "Kejaksaan", "Kepolisian", "Komando", "Otoritas", "Otorita", "Deputi",
    "Kedeputian", "Unit Pelaksana Teknis", "Pemerintah", "Perum", "Satuan",
)
#: Words that disqualify a candidate: international bodies, parties, NGOs, universities, firms.
EXCLUDED_WORDS: frozenset[str] = frozenset(
    {
        "PBB", "United", "Nations", "Internasional", "International", "Universitas", "Institut",
        "Sekolah", "Politeknik", "Partai", "Fraksi", "Usaha", "Swadaya", "Hotel", "Yayasan",
        "Perhimpunan", "Persatuan", "Asosiasi", "Ikatan", "Himpunan", "Forum", "Global", "Center",
        "Centre", "Foundation", "Pemuda", "Mahasiswa", "Persero", "Tbk", "Asia", "ASEAN",
        "Dunia", "World",
    }
)
#: Capitalised words that end a region or name (titles, days, sentence openers).
STOP_WORDS: frozenset[str] = frozenset(
    {
        "Bupati", "Wakil", "Wali", "Walikota", "Gubernur", "Kepala", "Ketua", "Sekda", "Camat",
        "Lurah", "Pj", "Plt", "Plh", "Kapolda", "Kapolres", "Kapolsek", "Pangdam", "Dandim",
        "Kajati", "Kajari", "Menteri", "Presiden", "Direktur", "Anggota", "Senin", "Selasa",
        "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Ini", "Itu", "Dalam", "Pada", "Dan",
        "Yang", "Untuk", "Di", "Ke", "Dari", "Namun", "Sementara", "Selain", "Saat", "Tahun",
        "Bapak", "Ibu", "Pak", "Bu", "Dr", "Ir", "Drs", "Hj", "Prof", "Kabupaten", "Kota",
        "Provinsi", "Tim", "Program", "Gedung", "Jalan", "Jl", "Kompleks", "Award", "Awards",
        "Terbaik", "AKP", "AKBP", "Kompol", "Kombes", "Iptu", "Ipda", "Aiptu", "Aipda", "Bripka",
        "Brigadir", "Briptu", "Bripda", "Irjen", "Brigjen", "Mayjen", "Letjen", "Jenderal",
        "Kolonel", "Letkol", "Mayor", "Kapten", "Lettu", "Letda", "Serka", "Serma", "Sertu",
    }
)
#: Position words: a knowledge-base portfolio right after them is a title, not an agency mention
#: ("Menteri Keuangan", "Menteri LHK").
POSITION_BEFORE: frozenset[str] = frozenset(
    {"Menteri", "Menko", "Wamen", "Wakil Menteri", "Mendagri", "Menpan", "Kemen"}
)
#: Region abbreviations used after regional bodies (facts: province names).
REGION_ALIASES: dict[str, str] = {
    "jabar": "jawabarat", "jateng": "jawatengah", "jatim": "jawatimur", "dki": "dkijakarta",
    "jakarta": "dkijakarta", "diy": "daerahistimewayogyakarta", "babel": "kepulauanbangkabelitung",
    "bangkabelitung": "kepulauanbangkabelitung", "kalsel": "kalimantanselatan",
    "kalbar": "kalimantanbarat", "kalteng": "kalimantantengah", "kaltim": "kalimantantimur",
    "kaltara": "kalimantanutara", "sumut": "sumaterautara", "sumbar": "sumaterabarat",
    "sumsel": "sumateraselatan", "sulsel": "sulawesiselatan", "sulut": "sulawesiutara",
    "sulteng": "sulawesitengah", "sultra": "sulawesitenggara", "sulbar": "sulawesibarat",
    "ntt": "nusatenggaratimur", "ntb": "nusatenggarabarat", "kepri": "kepulauanriau",
    "malut": "malukuutara", "papbar": "papuabarat", "pabar": "papuabarat",
}
#: Generative regional-government forms: short form -> (kind, is_full).
_REGIONAL_GOV = {
    "Pemerintah Provinsi": "pemprov", "Pemerintah Kabupaten": "pemkab",
    "Pemerintah Kota": "pemkot", "Pemerintah Daerah Provinsi": "pemprov",
    "Pemerintah Daerah Kabupaten": "pemkab", "Pemerintah Daerah Kota": "pemkot",
    "Pemerintah Daerah": "pemda", "Pemerintah Kab.": "pemkab",
    "Pemprov": "pemprov", "Pemkab": "pemkab", "Pemkot": "pemkot", "Pemda": "pemda",
    "Pemdaprov": "pemprov", "Pemdakab": "pemkab", "Pemdakot": "pemkot",
}
_CAP = r"(?:[A-Z][A-Za-z'’.-]*[A-Za-z]|[A-Z]{1,2}|[0-9]{1,4}(?:/[A-Za-z0-9]+)?)"
_ROMAN = r"(?:XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
_REGION_PREFIX = r"(?:(?:Provinsi|Kabupaten|Kab\.|Kota|Kecamatan|Kec\.|Daerah\s+Istimewa)\s+)"


@dataclass(frozen=True)
class KBHit:
    """A knowledge-base term found in the text.

    Attributes
    ----------
    start, end
        Character offsets.
    kind
        ``"name"``, ``"alias"`` (full forms) or ``"acronym"`` (short form).
    ids
        Agency ids the term can name (more than one when it is ambiguous).
    """

    start: int
    end: int
    kind: str
    ids: tuple[str, ...]


@dataclass
class Mention:
    """One accepted agency mention."""

    start: int
    end: int
    key: str
    full: bool
    kb_id: str | None = None
    nested: bool = False  # inside another mention: a record mention, not a doc.ents span
    text: str = ""


@dataclass
class _Candidate:
    start: int
    end: int
    key: str
    full: bool
    kb_ids: tuple[str, ...] = ()
    priority: int = 0  # on equal length: KB (2) > definition (1) > pattern/NER (0)
    parents: list[_Candidate] = field(default_factory=list)
    copies: int = 1  # the same candidate made by this many definitions of one short form


def _norm(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def region_key(region: str) -> str:
    """Normalise a region phrase for grouping ("Kab. Bogor" and "Kabupaten Bogor" agree)."""
    words = region.replace(".", ". ").split()
    prefixes = {"provinsi", "kabupaten", "kab.", "kota", "kecamatan", "kec.", "prov."}
    while words and words[0].lower() in prefixes:
        words = words[1:]
    key = _norm(" ".join(words))
    if key.startswith("dki") and key != "dki":
        key = "dkijakarta"
    return REGION_ALIASES.get(key, key)


_PAREN_AFTER = re.compile(r"[ \t]+\([A-Z][A-Za-z0-9 -]{0,20}\)")
_REGION_AFTER = re.compile(
    r"[ \t]+(" + _REGION_PREFIX + r"?" + _CAP + r"(?:[ \t]+" + _CAP + r"){0,2})"
)


def _region_after(text: str, pos: int) -> tuple[int, str] | None:
    """Match a region phrase right after ``pos`` (one space); return (end, region text).

    A parenthesised short form in between is skipped: "Pemerintah Kota (Pemkot) Depok".
    """
    paren = _PAREN_AFTER.match(text, pos)
    if paren is not None:
        return _region_after(text, paren.end())
    match = _REGION_AFTER.match(text, pos)
    if not match:
        return None
    words = match.group(1).split()
    kept: list[str] = []
    for i, word in enumerate(words):
        bare = word.rstrip(".")
        if bare in STOP_WORDS and not (i == 0 and bare in ("Kabupaten", "Kota", "Provinsi")):
            break
        if bare in EXCLUDED_WORDS or bare in ("RI",):
            break
        kept.append(word)
    kept = _known_region_prefix(kept)
    # A bare prefix ("Kota") is not a region.
    if not kept or (len(kept) == 1 and kept[0].rstrip(".") in ("Kabupaten", "Kota", "Provinsi")):
        return None
    region = " ".join(kept)
    start = match.start(1)
    end = start + len(region)
    if text[start:end] != region:  # words separated by tabs or double spaces
        return None
    return end, region.rstrip(".") if region.endswith(".") and region.count(".") == 1 else region


@lru_cache(maxsize=4096)
def known_region(name: str) -> bool:
    """Tell whether ``name`` is a known province, regency, city or district.

    Looks in the packaged gazetteer and in :data:`REGION_ALIASES`.
    """
    if _norm(name) in REGION_ALIASES:
        return True
    try:
        from beritanlp.entities.gazetteer import default_gazetteer
    except ImportError:  # pragma: no cover - the gazetteer ships with the package
        return False
    gazetteer = default_gazetteer()
    return bool(gazetteer.lookup(name) or gazetteer.lookup(name, "kecamatan"))


def _known_region_prefix(words: list[str]) -> list[str]:
    """Trim region words to the longest prefix the gazetteer knows.

    "Grobogan" out of "Grobogan Endang Sulistyoningsih"; without a known prefix keep two words
    ("Metro Jaya", "Kota Baru").
    """
    for n in range(len(words), 0, -1):
        if known_region(" ".join(words[:n])):
            return words[:n]
    return words[:2]


_PARTY_AFTER = re.compile(
    r"[ \t]+(?:Partai|PDI-?P|PDIP|Golkar|Gerindra|PKS|PAN|PKB|Nasdem|NasDem|Demokrat|Hanura|PPP|"
    r"Perindo|PSI|PBB)\b"
)


def _party_branch(text: str, hit: KBHit) -> bool:
    """A party's regional board ("DPD Partai Golkar", "DPD PDI-P") shares the DPD acronym."""
    return text[hit.start : hit.end] == "DPD" and _PARTY_AFTER.match(text, hit.end) is not None


def _preceded_by_position(text: str, start: int) -> bool:
    before = text[max(0, start - 20) : start].rstrip()
    return any(before.endswith(word) for word in POSITION_BEFORE)


def _name_words(text: str, pos: int, limit: int = 10) -> int | None:
    """Extend over a capitalised name from ``pos``; return its end offset.

    Accepts capitalised words, roman numerals, numbers, the connectors "dan"/"&"/"serta"/","/"/"
    between capitalised words, and a parenthesised short form inside the name ("Biro Humas dan
    Protokol (Humpro) Sekretariat Daerah"). Returns ``None`` when the name runs into a word that
    marks a non-agency (:data:`EXCLUDED_WORDS`).
    """
    token = re.compile(
        r"([ \t]*,?[ \t]+(?:dan|serta|&)[ \t]+|[ \t]*/[ \t]*|[ \t]*,[ \t]+|[ \t]+)"
        r"(\([A-Z][A-Za-z0-9-]{1,14}\)|" + _CAP + r")"
    )
    end = pos
    ends: list[tuple[int, str, bool]] = []  # (end, separator, is parenthetical)
    while len(ends) < limit:
        m = token.match(text, end)
        if not m:
            break
        word = m.group(2)
        bare = word.rstrip(".")
        if bare in EXCLUDED_WORDS:
            return None
        if bare in STOP_WORDS or bare.startswith(("Se-", "se-")):
            break
        if word.startswith("(") and m.group(1).strip() != "":
            break
        end = m.end()
        ends.append((end, m.group(1).strip(), word.startswith("(")))
    # A comma joins list items only when a "dan"/"serta" closes the list.
    for i, (_, sep, _) in enumerate(ends):
        if sep == "," and not any(later[1] in ("dan", "serta", "&", ", dan", ",dan")
                                  or later[1].endswith("dan") for later in ends[i + 1 :]):
            ends = ends[:i]
            break
    # The name does not end on a parenthetical or a connector.
    while ends and ends[-1][2]:
        ends.pop()
    return ends[-1][0] if ends else pos


_REGIONAL_GOV_RE = re.compile(
    r"\b(" + "|".join(sorted((re.escape(k) for k in _REGIONAL_GOV), key=len, reverse=True))
    + r")(?=[ \t])"
)
_DPRD_RE = re.compile(r"\b(DPRD|Dewan Perwakilan Rakyat Daerah)\b")
_KOMISI_RE = re.compile(r"\bKomisi[ \t]+(" + _ROMAN + r")\b")
_SUBUNIT_HEADS = (
    "Direktorat Jenderal", "Sekretariat Jenderal", "Inspektorat Jenderal", "Kantor Wilayah",
    "Unit Pelaksana Teknis", "Kantor Pelayanan", "Kantor Pertanahan", "Balai Besar",
    "Dinas", "Badan", "Biro", "Bagian", "Balai", "Pusat", "Direktorat", "Ditjen", "Kanwil",
    "Inspektorat", "Sekretariat", "Deputi", "Kedeputian", "Lembaga", "Pengadilan Negeri",
    "Pengadilan Tinggi", "Pengadilan Agama", "Kejaksaan Negeri", "Kejaksaan Tinggi",
    "Kepolisian Daerah", "Kepolisian Resor", "Kepolisian Sektor", "Komando Daerah Militer",
    "Komando Distrik Militer",
)
_REGION_PREFIX_AFTER = re.compile(r"[ \t]+" + _REGION_PREFIX)
_SUBUNIT_RE = re.compile(
    r"\b(" + "|".join(re.escape(h) for h in sorted(_SUBUNIT_HEADS, key=len, reverse=True))
    + r")(?=[ \t]+[A-Z0-9])"
)
#: Generic heads that need a specifier (name words, region or parent) to be an agency.
_NEEDS_SPECIFIER = frozenset(_SUBUNIT_HEADS)


def _is_excluded(span_text: str) -> bool:
    return any(w.strip("(),.") in EXCLUDED_WORDS for w in span_text.split())


def _pattern_candidates(
    text: str, kb_spans: list[tuple[int, int, KBHit]], kb: AgencyKB
) -> list[_Candidate]:
    """Regional governments, DPRD, DPR commissions and sub-units."""
    found: list[_Candidate] = []
    for m in _REGIONAL_GOV_RE.finditer(text):
        form = m.group(1)
        kind = _REGIONAL_GOV[form]
        region = _region_after(text, m.end())
        if region is None:
            continue
        end, region_text = region
        full = form.startswith("Pemerintah")
        found.append(_Candidate(m.start(), end, f"{kind}|{region_key(region_text)}", full))
    for m in _DPRD_RE.finditer(text):
        region = _region_after(text, m.end())
        full = m.group(1) != "DPRD"
        if region is None:
            found.append(_Candidate(m.start(), m.end(), "dprd|", full))
        else:
            end, region_text = region
            found.append(_Candidate(m.start(), end, f"dprd|{region_key(region_text)}", full))
    for m in _KOMISI_RE.finditer(text):
        end = m.end()
        parent = re.compile(r"[ \t]+(DPR(?:D)?(?:[ \t]+RI)?)\b").match(text, end)
        key = f"komisi|{m.group(1)}"
        if parent:
            end = parent.end()
            region = _region_after(text, end) if parent.group(1).startswith("DPRD") else None
            if region:
                end = region[0]
            key += "|" + _norm(text[parent.start(1) : end])
        found.append(_Candidate(m.start(), end, key, True))
    # Starts of national KB full names -> their first position in ``kb_spans``.
    national_at: dict[int, int] = {}
    for n, (k_start, _, hit) in enumerate(kb_spans):
        if hit.kind != "acronym" and any(kb[i].level == "national" for i in hit.ids if i in kb):
            national_at.setdefault(k_start, n)
    for m in _SUBUNIT_RE.finditer(text):
        name_end = _name_words(text, m.end())
        if name_end is None or name_end <= m.end():
            continue
        end = name_end
        region = _region_after(text, end)
        if region is not None and _REGION_PREFIX_AFTER.match(text, end):
            end = region[0]
        # Stop before a national KB full name ("... Kementerian Komunikasi dan Informatika"):
        # the parent ministry is its own agency, written in apposition. The first such name in
        # ``kb_spans`` order wins.
        inside = [(national_at[p], p) for p in range(m.end() + 1, end) if p in national_at]
        if inside:
            end = min(inside)[1]
        span_text = text[m.start() : end].rstrip(" ,")
        end = m.start() + len(span_text)
        if _is_excluded(span_text) or end <= m.end():
            continue
        found.append(_Candidate(m.start(), end, "unit|" + _unit_key(span_text), True))
    return found


_UNIT_ABBREVIATIONS = (
    ("Sekretariat Daerah", "Setda"), ("Sekretariat Jenderal", "Setjen"),
    ("Direktorat Jenderal", "Ditjen"), ("Kantor Wilayah", "Kanwil"),
    ("Hubungan Masyarakat", "Humas"), ("Provinsi", ""), ("Kabupaten", "Kab"),
)


def _unit_key(span_text: str, definitions: dict[str, str] | None = None) -> str:
    """Grouping key of a sub-unit.

    Parentheticals dropped, defined long forms and common expansions replaced by their short
    forms, then normalised.
    """
    text = re.sub(r"\s*\([^)]*\)", "", span_text)
    for long, short in (definitions or {}).items():
        text = text.replace(long, short)
    for long, short in _UNIT_ABBREVIATIONS:
        text = text.replace(long, short)
    words = text.split()
    if words:
        words[-1] = REGION_ALIASES.get(_norm(words[-1]), words[-1])
    return _norm(" ".join(words))


def _clean_name(text: str) -> str:
    text = re.sub(r"\s*\([^)]*\)", "", text)
    return " ".join(text.split()).strip(" ,.;:")


_INDEX_CACHE: weakref.WeakKeyDictionary[
    AgencyKB, tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]
] = weakref.WeakKeyDictionary()


def _kb_indexes(
    kb: AgencyKB,
) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Full forms (normalised: letters and digits only) and short forms -> agency ids."""
    cached = _INDEX_CACHE.get(kb)
    if cached is not None:
        return cached
    full: dict[str, tuple[str, ...]] = {}
    short: dict[str, tuple[str, ...]] = {}
    for term, kind, agency_id in kb.terms():
        index, key = (short, term) if kind == "acronym" else (full, _norm(term))
        if agency_id not in index.get(key, ()):
            index[key] = index.get(key, ()) + (agency_id,)
    _INDEX_CACHE[kb] = (full, short)
    return full, short


def find_acronym_hits(text: str, kb: AgencyKB) -> list[KBHit]:
    """Case-sensitive whole-word search for the knowledge base's short forms.

    A fallback for text where punctuation is glued to a short form ("DPR RI.,Penilaian") and a
    tokenizer-based matcher cannot see it.
    """
    _, short = _kb_indexes(kb)
    pattern = _ACRONYM_RE_CACHE.get(kb)
    if pattern is None:
        alternatives = sorted((a for a in short if a), key=len, reverse=True)
        if not alternatives:
            return []  # a knowledge base without short forms
        # the class of first characters lets the scan skip most positions without trying
        # every alternative there
        first = re.escape("".join(sorted({a[0] for a in alternatives})))
        pattern = re.compile(
            rf"(?<![\w-])(?=[{first}])("
            + "|".join(re.escape(a) for a in alternatives) + r")(?![\w-])"
        )
        _ACRONYM_RE_CACHE[kb] = pattern
    return [KBHit(m.start(), m.end(), "acronym", short[m.group(1)]) for m in pattern.finditer(text)]


_ACRONYM_RE_CACHE: weakref.WeakKeyDictionary[AgencyKB, re.Pattern[str]] = (
    weakref.WeakKeyDictionary()
)


def _choose(candidates: list[_Candidate]) -> tuple[list[_Candidate], list[_Candidate]]:
    """Longest-first, non-overlapping selection; returns (kept, contained-in-kept)."""
    order = sorted(candidates, key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    kept: list[_Candidate] = []
    inner: list[_Candidate] = []
    # Kept spans never overlap, so sorted by start their ends are sorted too: the only kept
    # span that can overlap a candidate on its right is the last one starting before its end.
    # A span containing the candidate (the "inner" case) is then the only overlapping one.
    starts: list[int] = []
    by_start: list[_Candidate] = []
    for cand in order:
        if cand.end <= cand.start:  # degenerate: compare with every kept span
            clash = next((k for k in kept if cand.start < k.end and k.start < cand.end), None)
        else:
            i = bisect_left(starts, cand.end) - 1
            clash = by_start[i] if i >= 0 and by_start[i].end > cand.start else None
        if clash is None:
            kept.append(cand)
            if cand.end > cand.start:
                j = bisect_left(starts, cand.start)
                starts.insert(j, cand.start)
                by_start.insert(j, cand)
        elif clash.start < cand.start and cand.end == clash.end:
            # A parent written at the end of a longer name ("Komisi III DPR RI").
            inner.append(cand)
            inner.extend(replace(cand, copies=1) for _ in range(cand.copies - 1))
    kept.sort(key=lambda c: c.start)
    return kept, inner


def extract_agencies(
    text: str,
    kb_hits: Iterable[KBHit],
    kb: AgencyKB,
    org_spans: Sequence[tuple[int, int]] = (),
) -> tuple[list[Mention], list[dict[str, Any]]]:
    """Find agency mentions and build one record per agency.

    Parameters
    ----------
    text
        The article text (headline, blank line, body).
    kb_hits
        Knowledge-base terms found in ``text``.
    kb
        The knowledge base the hits refer to.
    org_spans
        Character ranges of ORG entities from a statistical NER (optional). Those that start
        with an institution head word and overlap no other mention become agencies.

    Returns
    -------
    mentions
        Accepted mentions, sorted; ``nested`` ones lie inside another mention (a parent named
        in a sub-unit, "DPR RI" in "Komisi III DPR RI") and are not meant for ``doc.ents``.
    records
        ``{"name", "acronym", "id", "mentions"}`` dicts, in order of first mention.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    hits = [
        h for h in kb_hits
        if not _preceded_by_position(text, h.start) and not _party_branch(text, h)
    ]
    candidates: list[_Candidate] = []
    kb_spans: list[tuple[int, int, KBHit]] = []
    for hit in hits:
        start, end = hit.start, hit.end
        levels = {kb[i].level for i in hit.ids if i in kb}
        key = "kb|" + hit.ids[0]
        if levels & {"regional", "provincial", "regency", "district"}:
            region = _region_after(text, end)
            if region is not None:
                end = region[0]
                key = f"kb|{hit.ids[0]}|{region_key(region[1])}"
        kb_spans.append((start, end, hit))
        candidates.append(
            _Candidate(start, end, key, hit.kind != "acronym", hit.ids, priority=2)
        )

    # Acronym definitions: link short forms to KB agencies or to new agencies.
    full_index, short_index = _kb_indexes(kb)
    definitions: dict[str, str] = {}
    # Candidates by start offset (in list order), so that each definition finds the candidate
    # it extends without rescanning them all.
    starting_at: dict[int, list[_Candidate]] = {}
    for cand in candidates:
        starting_at.setdefault(cand.start, []).append(cand)
    # A short form defined again the same way yields the same short-mention candidates: make
    # them once and count the definitions (otherwise a long text costs definitions x mentions).
    made: dict[tuple[str, str, tuple[str, ...]], list[_Candidate]] = {}
    repeats: dict[tuple[str, str, tuple[str, ...]], int] = {}
    for d in find_definitions(text):
        definitions[d.long] = d.short
        linked = next(
            (c for c in starting_at.get(d.long_start, ()) if c.end >= d.long_end), None
        )
        known = full_index.get(_norm(d.long)) or short_index.get(d.short)
        if linked is not None:
            base_key, ids, region_ok = linked.key, linked.kb_ids, True
        elif known:
            base_key, ids, region_ok = "kb|" + known[0], known, True
            cand = _Candidate(d.long_start, d.long_end, base_key, True, known, 2)
            candidates.append(cand)
            starting_at.setdefault(cand.start, []).append(cand)
        else:
            head_ok = d.long.startswith(INSTITUTION_HEADS) or d.long.startswith(
                tuple(_REGIONAL_GOV)
            )
            if not head_ok or _is_excluded(d.long) or d.long.startswith("Badan Usaha"):
                continue
            base_key, ids, region_ok = "def|" + d.short, (), True
            cand = _Candidate(d.long_start, d.long_end, base_key, True, priority=1)
            candidates.append(cand)
            starting_at.setdefault(cand.start, []).append(cand)
        group = (d.short, base_key, ids)
        if group in repeats:
            repeats[group] += 1
            continue
        repeats[group] = 1
        made[group] = []
        for s_start, s_end in find_short_mentions(text, d.short):
            key = base_key
            end = s_end
            region = _region_after(text, s_end) if region_ok else None
            if region is not None and d.short in _REGIONAL_GOV:
                end = region[0]
                key = f"{_REGIONAL_GOV[d.short]}|{region_key(region[1])}"
            cand = _Candidate(s_start, end, key, False, ids, priority=1)
            candidates.append(cand)
            starting_at.setdefault(cand.start, []).append(cand)
            made[group].append(cand)
    for group, cands in made.items():
        for cand in cands:
            cand.copies = repeats[group]

    candidates.extend(_pattern_candidates(text, kb_spans, kb))
    # Sub-unit keys see the article's own acronyms ("Humpro" for "Humas dan Protokol").
    for cand in candidates:
        if cand.key.startswith("unit|"):
            cand.key = "unit|" + _unit_key(text[cand.start : cand.end], definitions)

    # Model ORG spans only add agencies the rules did not find: one overlapping a knowledge-base,
    # definition or pattern mention is left out (it would outrank the linked mention by length,
    # e.g. "Kementerian Dalam Negeri (Kemendagri" read as one organisation).
    covered = bytearray(len(text) + 1)
    for cand in candidates:
        covered[cand.start:cand.end] = b"\x01" * max(0, cand.end - cand.start)
    for start, end in org_spans:
        span_text = text[start:end]
        if any(covered[start:end]):
            continue
        if span_text.startswith(INSTITUTION_HEADS) and not _is_excluded(span_text):
            if len(span_text.split()) >= 2:
                candidates.append(_Candidate(start, end, "unit|" + _unit_key(span_text), True))

    _truncate_regions(text, candidates)
    kept, inner = _choose(candidates)
    # A bare generic head ("Badan", "Dinas") without anything after it is not an agency.
    kept = [c for c in kept if not (c.key.startswith("unit|") and " " not in text[c.start:c.end])]
    # Nested national KB agencies inside a kept span are mentions of their own agency.
    nested = [
        c for c in inner if c.kb_ids and any(kb[i].level == "national" for i in c.kb_ids)
    ]
    _merge_units(text, kept, definitions)
    return _records(text, kept, nested, kb)


def _truncate_regions(text: str, candidates: list[_Candidate]) -> None:
    """Cut regions that run on to a shorter region the article uses with the same body.

    "Pemkab Bogor Raih Mandaya" in a title-case headline becomes "Pemkab Bogor" when the body
    writes "Pemkab Bogor".
    """
    regional = [c for c in candidates if "|" in c.key and not c.key.startswith("unit|")]
    by_kind: dict[str, list[_Candidate]] = {}
    for cand in regional:
        kind, _, region = cand.key.rpartition("|")
        if region:
            by_kind.setdefault(kind, []).append(cand)
    for group in by_kind.values():
        regions = {c.key.rpartition("|")[2] for c in group}
        for cand in group:
            kind, _, region = cand.key.rpartition("|")
            shorter = [r for r in regions if r != region and region.startswith(r)]
            if not shorter:
                continue
            best = max(shorter, key=len)
            # Find the end of the shorter region inside this mention's text.
            span = text[cand.start : cand.end]
            words = span.split()
            for n in range(len(words) - 1, 0, -1):
                head = " ".join(words[:n])
                if region_key(" ".join(words[1:n])) == best or _norm(head).endswith(best):
                    cand.end = cand.start + span.index(words[n - 1]) + len(words[n - 1])
                    cand.key = f"{kind}|{best}"
                    break


def _unit_words(text: str, definitions: dict[str, str]) -> tuple[list[str], list[str]]:
    """Words of a sub-unit name, as written and with short forms expanded."""
    written = re.sub(r"\s*\([^)]*\)", "", text)
    expanded = written
    for long, short in definitions.items():
        expanded = re.sub(r"\b" + re.escape(short) + r"\b", long, expanded)
    for long, short in _UNIT_ABBREVIATIONS:
        if short:
            expanded = re.sub(r"\b" + re.escape(short) + r"\b", long, expanded)
    return [_norm(w) for w in written.split()], [_norm(w) for w in expanded.split()]


def _is_subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    return all(any(w == b or REGION_ALIASES.get(w) == b or REGION_ALIASES.get(b) == w
                   for b in it) for w in small)


def _merge_units(text: str, kept: list[_Candidate], definitions: dict[str, str]) -> None:
    """Give shortened references to a sub-unit the key of the sub-unit they abbreviate.

    "Biro Humas" and "Biro Humpro Kalsel" take the key of the longest sub-unit of the article
    whose words contain theirs, head word first.
    """
    units = [c for c in kept if c.key.startswith("unit|")]
    words = {id(c): _unit_words(text[c.start : c.end], definitions) for c in units}
    # Only a unit with the same first word can be matched (in ``units`` order).
    by_head: dict[str, list[_Candidate]] = {}
    for unit in units:
        by_head.setdefault(words[id(unit)][0][0], []).append(unit)
    for cand in sorted(units, key=lambda c: c.end - c.start):
        written, expanded = words[id(cand)]
        best = None
        for other in by_head[written[0]]:
            if other is cand or other.key == cand.key:
                continue
            o_written, o_expanded = words[id(other)]
            if len(o_expanded) <= len(expanded) or o_written[0] != written[0]:
                continue
            if any(_is_subsequence(a, b) for a in (written, expanded)
                   for b in (o_written, o_expanded)):
                if best is None or len(o_expanded) > len(words[id(best)][1]):
                    best = other
        if best is not None:
            cand.key = best.key
    # A sub-unit written with short forms ("Biro Humpro Setda Kalsel") is a short form.
    shorts = set(definitions.values()) | {"Setda", "Setjen", "Ditjen", "Kanwil", "Kab"}
    for cand in units:
        plain = re.sub(r"\s*\([^)]*\)", "", text[cand.start : cand.end])
        if any(w in shorts for w in plain.split()[1:]):
            cand.full = False


def _records(
    text: str, kept: list[_Candidate], nested: list[_Candidate], kb: AgencyKB
) -> tuple[list[Mention], list[dict[str, Any]]]:
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
        fulls = [_clean_name(m.text) for m in group if m.full]
        shorts = [_clean_name(m.text) for m in group if not m.full]
        name = max(fulls, key=len) if fulls else max(shorts, key=len)
        acronym = max(shorts, key=len) if shorts else None
        kb_id = next((m.kb_id for m in group if m.kb_id), None)
        record_id = kb_id if key == f"kb|{kb_id}" else _record_id(key)
        records.append(
            {
                "name": name,
                "acronym": acronym,
                "id": record_id,
                "mentions": sorted([m.start, m.end] for m in group),
            }
        )
    mentions.sort(key=lambda m: (m.start, -m.end))
    return mentions, records


def _record_id(key: str) -> str:
    """A readable id for an agency that is not a plain KB record ("pemkab:bogor")."""
    kind, _, rest = key.partition("|")
    if kind == "kb":
        return rest.replace("|", ":")
    return f"{kind}:{rest.replace('|', ':')}" if rest else kind
