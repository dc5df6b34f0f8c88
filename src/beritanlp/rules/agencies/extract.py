"""Finding agency mentions and folding them into one record per agency (pure Python).

Inputs are character offsets into the article text, so this module never needs spaCy:

* knowledge-base hits (:class:`~beritanlp.rules.agencies.candidates.KBHit`, produced by the
  component's PhraseMatchers);
* generative patterns for bodies no list can hold: regional governments ("Pemerintah Kabupaten
  Bogor", "Pemkab Bogor"), regional legislatures ("DPRD Jawa Timur"), sub-units ("Biro Humas dan
  Protokol", "Direktorat Jenderal Pajak", "Dinas Pertanian Kabupaten Garut"), DPR commissions
  ("Komisi III DPR RI"), and region-qualified regional classes ("BPBD Jatim", "Polda Riau");
* acronym definitions in the text (:mod:`beritanlp.text.acronyms`), so that an agency the
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
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from beritanlp.lexicons.agencies import AgencyKB
from beritanlp.lexicons.regions import COMPASS_WORDS
from beritanlp.rules.agencies.candidates import Candidate, KBHit, Mention, choose
from beritanlp.rules.agencies.care import CareWords, care_places, care_venue
from beritanlp.rules.agencies.continued import continued_names
from beritanlp.rules.agencies.filters import (
    SENTENCE_START,
    bracket_tail_start,
    cut_named_person,
    cut_person_tail,
    drop_headline_guesses,
    inside,
    is_generic,
    merge_pemda,
    person_for_region,
    person_words_of,
    police_word,
    position_cued,
    prosecution_word,
    school_level,
    secretariat_of_units,
    street_named,
    teaser_lines,
    venue_only,
)
from beritanlp.rules.agencies.index import AgencyIndex
from beritanlp.rules.agencies.listed import listed_centres
from beritanlp.rules.agencies.missions import mission_acronym
from beritanlp.rules.agencies.misspelt import join_misspelt, respell
from beritanlp.rules.agencies.patterns import (
    board_beside,
    cut_by_gap,
    is_excluded,
    listed_with_houses,
    party_board_text,
    party_branch,
    party_inside,
    party_organ_after,
    pattern_candidates,
    preceded_by_position,
    section_of_post,
    unit_key,
)
from beritanlp.rules.agencies.permuted import extend_permuted
from beritanlp.rules.agencies.ranks import RankTail
from beritanlp.rules.agencies.records import (
    build_records,
    merge_cut_units,
    merge_portfolio_commissions,
    merge_units,
)
from beritanlp.rules.agencies.regions import (
    COMPASS_SECOND,
    RegionNames,
    classed_place,
    norm,
    office_after,
    person_after_region,
    region_after,
)
from beritanlp.rules.agencies.vocab import (
    CITY_COMMANDS,
    DPR_COMMISSION_PORTFOLIOS,
    FACILITY_HEADS,
    GENERIC_PHRASES,
    HEAD_AT,
    REGIONAL_GOV,
    STOP_WORDS,
    UNIT_ABBREVIATIONS,
)
from beritanlp.text.acronyms import (
    AcronymDefinition,
    find_definitions,
    find_short_mentions,
)

_SUBNATIONAL = frozenset({"regional", "provincial", "regency", "district"})
#: Types of provincial bodies that are one body, not a class named by its region: a provincial
#: company or council takes only a known region after it ("Transjakarta Cetak Rekor" is a
#: headline).
_ONE_BODY = frozenset({"soe", "council"})

#: A group of short-form candidates: (short form, base key, agency ids).
_Group = tuple[str, str, tuple[str, ...]]


def extract_agencies(
    text: str,
    kb_hits: Iterable[KBHit],
    kb: AgencyKB,
    org_spans: Sequence[tuple[int, int]] = (),
    *,
    regions: RegionNames,
    index: AgencyIndex | None = None,
    persons: Sequence[tuple[int, int]] = (),
    non_public: frozenset[str] = frozenset(),
    ranks: RankTail | None = None,
    plain: Callable[[str], bool] | None = None,
    care: CareWords | None = None,
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
    regions
        Known region names (from the pipeline's gazetteer), for regional bodies.
    index
        ``AgencyIndex(kb)`` when the caller keeps one; built here otherwise.
    persons
        Character ranges of PERSON entities from a statistical NER (optional): their words
        are evidence of a person's name run into the end of an agency span, which is cut off.
    non_public
        Names and short forms of non-public bodies (the position lexicon's ``nongov`` forms):
        a body the text defines with one of them as its short form ("Komisi untuk Orang Hilang
        dan Tindak Kekerasan (KontraS)") is no agency, whatever its head word.
    ranks
        Police and military ranks (the pipeline's ranks table): one left at the end of an agency
        span once a person's name is cut is cut too ("Polres X Ajun Komisaris Besar"). None
        cuts no rank.
    plain
        Whether a lowercase word is an ordinary word of the language (the pipeline passes
        :func:`beritanlp.stemming.plain.plain_word`): a sub-unit whose name is another body's
        with its portfolio word misspelt (no ordinary word, where the other's is one, and no
        known place) joins that body
        (:func:`~beritanlp.rules.agencies.misspelt.join_misspelt`). None joins none.
    care
        Words of a patient's care (the pipeline passes ``lexicons/data/care_words.txt``, see
        :func:`~beritanlp.rules.agencies.care.care_words`): a health facility named only as
        where a patient was cared for is no agency. None drops none.

    Returns
    -------
    mentions
        Accepted mentions, sorted; ``nested`` ones lie inside another mention (a parent named
        in a sub-unit, "DPR RI" in "Komisi III DPR RI") and are not meant for ``doc.ents``.
    records
        ``{"name", "canonical", "acronym", "id", "mentions"}`` dicts, in order of first
        mention (``canonical``: the knowledge base's name when ``id`` is a KB id, else None).
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    boards = party_board_text(text, kb_hits)  # a bare "DPD" is a party's board
    hits = [
        h for h in kb_hits
        if not preceded_by_position(text, h.start) and not party_branch(text, h)
        and not ((boards and text[h.start : h.end] == "DPD" or board_beside(text, h))
                 and not listed_with_houses(text, h, kb_hits))  # "DPR dan DPD": the senate
    ]
    index = index if index is not None else AgencyIndex(kb)
    ranks = ranks if ranks is not None else RankTail()

    def name_word(word: str) -> bool:
        bare = word.strip(",.()")
        return bare.lower() in index.words or bare in index.short or regions.known(bare)

    person_starts = frozenset(p_start for p_start, _ in persons)
    candidates, kb_spans = _kb_candidates(
        text, hits, kb, regions, name_word, ranks, person_starts)
    candidates = listed_centres(
        text, hits, candidates, lambda h: _place_named(kb, h), regions.key, STOP_WORDS)
    redefined: set[str] = set()
    pending: list[tuple[int, int, str]] = []
    body_definitions = list(_body_definitions(text, regions))
    definitions = _definition_candidates(
        text, body_definitions, candidates, index, regions, redefined, pending)
    # "Komisi Nasional (Komnas) Perempuan": the words after the bracket complete the name
    candidates.extend(continued_names(text, body_definitions, index, candidates))
    if redefined:  # "LKPP (laporan keuangan pemerintah pusat)": not the agency LKPP here
        candidates = [c for c in candidates if text[c.start : c.end] not in redefined]

    kb_starts = {k_start for k_start, _, _ in kb_spans}
    candidates.extend(
        c for c in pattern_candidates(text, kb_spans, kb, regions, name_word, ranks)
        # a state company the knowledge base names from the same start ("PT PLN (Persero)")
        if not (c.key.startswith("soe|") and c.start in kb_starts)
    )
    if pending:
        _link_pending(candidates, pending)
    # Sub-unit keys see the article's own acronyms ("Humpro" for "Humas dan Protokol").
    for cand in candidates:
        if cand.key.startswith("unit|"):
            cand.key = "unit|" + unit_key(text[cand.start : cand.end], definitions)
    candidates.extend(_org_candidates(text, candidates, org_spans, name_word, ranks))
    if persons:
        _cut_persons(text, candidates, person_words_of(text, persons, name_word), name_word,
                     definitions, ranks)
    _cut_bracket_tails(text, candidates, persons, name_word, regions, definitions)
    _link_to_kb(text, candidates, index, definitions, kb)
    _link_regional_units(text, candidates, index, kb, regions)
    _take_ministry_head(text, candidates, kb)
    extend_permuted(text, candidates, index.permuted)
    candidates = _drop_non_agencies(text, candidates, regions, non_public)
    candidates = _drop_party_bodies(text, candidates)
    truncate_regions(text, candidates, regions.key,
                     lambda kind: regions.known if _district_kind(kind, kb) else regions.major)
    complete_cut_regions(text, candidates, regions.key,
                         lambda kind, region: regions.at_level(region, _kind_level(kind, kb)))
    kept, inner = choose(candidates)
    inner = absorb_head_short_form(text, kept, inner, kb)
    # A bare generic head ("Badan", "Dinas") without anything after it is not an agency.
    kept = [c for c in kept if not (c.key.startswith("unit|") and " " not in text[c.start:c.end])]
    # Nested national KB agencies inside a kept span are mentions of their own agency.
    # So are regional KB bodies with their region ("Bagian Operasi Polrestabes Makassar").
    nested = [
        c for c in inner
        if c.kb_ids and (any(kb[i].level == "national" for i in c.kb_ids) or c.key.count("|") == 2)
    ]
    nested = _drop_office_parents(text, kept, nested)
    nested = _drop_organ_parents(kept, nested, kb)
    # "Dinas PUPR Kabupaten Garut": the ministry's short form is the regional office's portfolio;
    # "Suku Dinas Kesehatan Jakarta Barat": the city branch, not the provincial office.
    nested = [c for c in nested if not text.endswith(_PORTFOLIO_HEADS, 0, c.start)]
    merge_units(text, kept, definitions)
    merge_cut_units(text, kept)
    slips = join_misspelt(text, kept, plain, regions.known) if plain is not None else {}
    merge_portfolio_commissions(text, kept, DPR_COMMISSION_PORTFOLIOS)
    merge_pemda(text, kept + nested)
    kept = [c for c in kept if c.key != "generic|"]
    nested = [c for c in nested if c.key != "generic|"]
    nested = nested + police_word(text, kb, kept + nested)
    nested = nested + prosecution_word(text, kb, kept + nested, regions)
    mentions, records = build_records(text, kept, nested, kb)
    respell(records, slips)
    _bracket_acronyms(text, records, definitions)
    return _drop_venues(text, mentions, records, kb, care)


def _drop_venues(
    text: str, mentions: list[Mention], records: list[dict[str, Any]], kb: AgencyKB,
    care: CareWords | None,
) -> tuple[list[Mention], list[dict[str, Any]]]:
    """Drop the records that only name venues.

    A body named only after a former building's word (:func:`venue_only`) or a regional
    secretariat named only as its units' parent (:func:`secretariat_of_units`) goes with its
    mentions. A health facility named only as where a patient was cared for
    (:func:`care_venue`, read with ``care``) is no agency either, but its mentions stay
    organisations' names for ``doc.ents`` (a place inside one, "RSUD Sukamaju", is still no
    place of the article).
    """
    venues = [r for r in records if venue_only(text, r["mentions"])
              or secretariat_of_units(text, r, kb)]
    if venues:
        gone = {tuple(m) for r in venues for m in r["mentions"]}
        records = [r for r in records if r not in venues]
        mentions = [m for m in mentions if (m.start, m.end) not in gone]
    facilities = [r for r in records if _health_facility(r, kb)] if care is not None else []
    if not facilities or care is None:
        return mentions, records
    places = care_places(text, [(m[0], m[1]) for r in facilities for m in r["mentions"]], care)
    cared = {id(r) for r in facilities if care_venue(r["mentions"], places)}
    return mentions, [r for r in records if id(r) not in cared]


#: The knowledge base's type of health facilities (RSUD, Puskesmas).
_HEALTH_TYPE = "regional_hospital"


def _health_facility(record: dict[str, Any], kb: AgencyKB) -> bool:
    """The record is a hospital or health centre of the knowledge base ("rsud:sukamaju")."""
    body = record["id"].partition(":")[0] if record["id"] else ""
    return body in kb and kb[body].type == _HEALTH_TYPE


def _drop_party_bodies(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Drop the unit names that the text shows, at one of their mentions, to be a party's body.

    "Ketua Badan Pemenangan Pemilu DPD Partai X ... Badan Pemenangan Pemilu akan ...": the
    bare later mention names the same party body (:func:`party_organ_after` at the end of
    any mention of the name), so it is no agency either. Only pattern and NER units (no
    knowledge-base body) are dropped.
    """
    verdicts: dict[str, bool] = {}

    def party_body(name: str) -> bool:
        if name not in verdicts:
            verdicts[name] = any(
                party_organ_after(text, m.end())
                for m in re.finditer(re.escape(name) + r"(?![\w-])", text))
        return verdicts[name]

    return [c for c in candidates
            if c.kb_ids or not c.key.startswith("unit|")
            or not party_body(text[c.start:c.end])]


#: Heads of a regional office named by a portfolio that is also a ministry's short form.
_PORTFOLIO_HEADS = ("Dinas ", "Suku ")

#: Heads of a ministry's regional office, whose name is the ministry's name and region.
_OFFICE_HEADS = ("Kanwil ", "Kantor Wilayah ", "Kantor Pelayanan ", "Kantor Pengawasan ")


def _drop_organ_parents(
    kept: list[Candidate], nested: list[Candidate], kb: AgencyKB
) -> list[Candidate]:
    """A legislature named only inside its own organs' names is no agency of its own.

    "Komisi II DPR", "Badan Legislasi DPR": the house names whose committee it is. It is an
    agency of the article where it is also written on its own ("... dikirim ke DPR").
    """
    houses = {
        c.kb_ids[0] for c in nested
        if c.kb_ids and c.kb_ids[0] in kb and kb[c.kb_ids[0]].type == "legislature"
    }
    if not houses:
        return nested
    alone = {c.kb_ids[0] for c in kept if c.kb_ids}
    dropped = houses - alone
    return [c for c in nested if not (c.kb_ids and c.kb_ids[0] in dropped)]


def _drop_office_parents(
    text: str, kept: list[Candidate], nested: list[Candidate]
) -> list[Candidate]:
    """A ministry-with-region nested in a regional office's name is that office, not another.

    "Kantor Wilayah Kementerian Agama Provinsi Jawa Tengah" holds "Kementerian Agama Provinsi
    Jawa Tengah" (the same office, read as the ministry with its region): no second record.
    """
    office_ends = {c.end for c in kept if text.startswith(_OFFICE_HEADS, c.start)}
    if not office_ends:
        return nested
    return [c for c in nested if not (c.end in office_ends and c.key.count("|") == 2)]


def absorb_head_short_form(
    text: str, kept: list[Candidate], inner: list[Candidate], kb: AgencyKB
) -> list[Candidate]:
    """A generic head written before a knowledge-base short form names that body.

    "Badan Kesbangpol DKI Jakarta" is the body "Kesbangpol DKI Jakarta" (Badan Kesatuan
    Bangsa dan Politik) with its head word spelt out: the unit takes the nested KB
    candidate's key and ids, and the nested candidate is no record of its own. Returns the
    inner candidates left.
    """
    units = {c.start: c for c in kept if c.key.startswith("unit|")}
    if not units:
        return inner
    left: list[Candidate] = []
    for cand in inner:
        # a short window before the candidate (slicing all the text before it was quadratic)
        head = text[max(0, cand.start - 60) : cand.start].rstrip(" \t").rsplit(" ", 1)[-1]
        unit = units.get(cand.start - len(head) - 1)
        if (unit is not None and cand.kb_ids and unit.end == cand.end
                and text[unit.start : cand.start] == head + " "
                and all(i in kb and kb[i].name.startswith(head + " ") for i in cand.kb_ids)):
            unit.key, unit.kb_ids, unit.priority = cand.key, cand.kb_ids, cand.priority
            continue
        left.append(cand)
    return left


def _cut_persons(
    text: str,
    candidates: list[Candidate],
    person_words: frozenset[str],
    name_word: Callable[[str], bool],
    definitions: dict[str, str],
    ranks: RankTail,
) -> None:
    """Cut the NER's persons off the end of generative candidates (sub-units, definitions)."""
    for cand in candidates:
        if cand.kb_ids or not cand.key.startswith(("unit|", "def|")):
            continue
        if is_generic(text, cand.start, cand.end):
            continue  # "Pemerintah Daerah Kabupaten Terbaik": a class, dropped whole later
        end = cut_named_person(text, cand.start, cand.end, person_words, name_word, ranks)
        if end < cand.end:
            cand.end = end
            if cand.key.startswith("unit|"):
                cand.key = "unit|" + unit_key(text[cand.start : end], definitions)


def _cut_bracket_tails(
    text: str,
    candidates: list[Candidate],
    persons: Sequence[tuple[int, int]],
    name_word: Callable[[str], bool],
    regions: RegionNames,
    definitions: dict[str, str],
) -> None:
    """Cut a holder's name swallowed after a bracketed acronym ("(BKP) [Rendra] Kusumo").

    See :func:`~beritanlp.rules.agencies.filters.bracket_tail_start`. A region the key took
    from the cut words goes with them ("kb|bpbd|sentani" becomes "kb|bpbd").
    """
    for cand in candidates:
        if ") " not in text[cand.start : cand.end]:
            continue
        cut = bracket_tail_start(text, cand.start, cand.end, persons, name_word, regions.major)
        if cut is None:
            continue
        tail = text[cut : cand.end]
        cand.end = cand.start + len(text[cand.start : cut].rstrip())
        kind, _, region = cand.key.rpartition("|")
        if cand.key.startswith("unit|"):
            cand.key = "unit|" + unit_key(text[cand.start : cand.end], definitions)
        elif kind and kind != "kb" and region and region == regions.key(tail):
            cand.key = kind


def _bracket_acronyms(
    text: str, records: list[dict[str, Any]], definitions: dict[str, str]
) -> None:
    """The short form of a name with a bracketed short form inside (GUIDELINE.md).

    "Pemerintah Provinsi (Pemprov) Jawa Barat" has the acronym "Pemprov Jawa Barat", also when
    the article writes the bare "Pemprov" for it elsewhere (the bare form is its start).
    """
    if not definitions:
        return
    for record in records:
        current = record["acronym"]
        if current is not None and " " in current:
            continue  # only a bare one-word short form gives way
        found = _bracket_acronym(text, record["mentions"], definitions)
        if found is not None and (current is None or found.startswith(current + " ")):
            record["acronym"] = mission_acronym(found)


def _bracket_acronym(
    text: str, mentions: list[list[int]], definitions: dict[str, str]
) -> str | None:
    """The acronym a mention with a bracketed short form inside gives, if any."""
    for start, end in mentions:
        mention = text[start:end]
        for long, short in definitions.items():
            written = f"{long} ({short})"
            if mention.endswith(written) and mention.startswith(long):
                return short  # "Badan X (BX)" kept whole: its short form
            if written in mention and not mention.endswith(written):
                # other brackets stay out, as in the name ("PT Pertamina (Persero) MOR III")
                whole = _initials_long(mention[: mention.index(written)], long, short)
                written = f"{whole} ({short})"
                return " ".join(_BRACKET.sub("", mention.replace(written, short)).split())
    return None


def _initials_long(before: str, long: str, short: str) -> str:
    """The long form of ``short`` whose capitalised words' initials spell it.

    A definition may read a short form's letters inside a word ("Unit Perlindungan Perempuan
    dan Anak (PPA)": "PPA" in "Perempuan dan Anak"): when ``long`` does not spell ``short`` by
    its initials and one or two words of ``before`` (the mention up to ``long``) with it do,
    they are part of it ("Perlindungan Perempuan dan Anak").
    """
    words = before.split()
    if _initials(long) == short:
        return long
    for size in (1, 2):
        longer = " ".join([*words[-size:], long])
        if len(words) >= size and _initials(longer) == short:
            return longer
    return long


def _initials(name: str) -> str:
    """The initials of ``name``'s capitalised words ("Perempuan dan Anak": "PA")."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _drop_non_agencies(
    text: str, candidates: list[Candidate], regions: RegionNames,
    non_public: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """Drop candidates in teaser lines, generic phrases and unconfirmed headline guesses.

    A generic phrase takes the short forms defined for it along ("Dewan Pimpinan Pusat (DPP)");
    so does a body defined with a non-public body's short form (``non_public``: "KontraS").
    """
    teasers = teaser_lines(text)
    generic = {
        c.key for c in candidates if not c.kb_ids and (
            is_generic(text, c.start, c.end)
            or (c.key.startswith("def|") and c.key[4:] in non_public)
        )
    }
    kept = [
        c for c in candidates
        if not (teasers and inside(teasers, c.start, c.end)) and c.key not in generic
    ]
    return drop_headline_guesses(text, kept, regions.known)


_BRACKET = re.compile(r"\(([^()]{1,20})\)")
#: Short heads of sub-unit names and their full forms, for linking to the knowledge base.
_LONG_HEADS = {
    **{short: long for long, short in UNIT_ABBREVIATIONS
       if short in {"Ditjen", "Setjen", "Itjen", "Kanwil", "Balitbang"}},
    "Kemen": "Kementerian",
}
_SHORT_HEAD = re.compile("(" + "|".join(_LONG_HEADS) + r")[ \t]+")
#: The legal-form words around a state company's name ("PT", "(Persero)", "Tbk").
_STATE_FORM = re.compile(r"^PT\.?[ \t]+|[ \t]*\(?Persero(?:da)?\)?|[ \t]+Tbk\.?$")
#: Words after a national name that still name the national body ("BNPB Pusat", "Badan
#: Ekonomi Kreatif (Bekraf) Indonesia").
_CENTRAL_WORDS = re.compile(r"[ \t]+(?:Pusat|Republik[ \t]+Indonesia|Indonesia|RI)$")
#: One lowercase word right after a name ("Ditjen Mineral dan Batu bara").
_LOWER_TAIL = re.compile(r" ([a-z]{2,})(?![\w-])")


_MINISTRY_TYPES = frozenset({"ministry", "coordinating_ministry"})
_MINISTRY_HEAD = "Kementerian "


def _take_ministry_head(text: str, candidates: list[Candidate], kb: AgencyKB) -> None:
    """A ministry's portfolio written after "Kementerian" includes the word.

    ",,Kementerian Pekerjaan Umum dan Perumahan Rakyat (PUPR)" (the matcher missed the glued
    name; the definition found the portfolio): the mention starts at "Kementerian", or the
    name would be cut. Short forms ("Kementerian KKP") are left as they are.
    """
    for cand in candidates:
        if (cand.kb_ids and cand.full and text.endswith(_MINISTRY_HEAD, 0, cand.start)
                and not text.startswith(("Kemen", "Kementerian"), cand.start)
                and all(i in kb and (kb[i].type in _MINISTRY_TYPES
                                     or kb[i].name.startswith(_MINISTRY_HEAD))
                        for i in cand.kb_ids)):
            cand.start -= len(_MINISTRY_HEAD)


_WORD_END = re.compile(r"\S+")


def _link_regional_units(
    text: str,
    candidates: list[Candidate],
    index: AgencyIndex,
    kb: AgencyKB,
    regions: RegionNames,
) -> None:
    """A sub-unit that is a regional KB body's name and a region is that body of the region.

    "Dinas Kesehatan Kota Makassar" found by the sub-unit pattern (the knowledge base's
    matcher missed it, e.g. glued to the text before: "2019.,Dinas ...") is the health
    office of Makassar, as the matched mentions are. Up to six words are tried as the name.
    """
    for cand in candidates:
        if cand.kb_ids or not cand.key.startswith("unit|") or not cand.full:
            continue
        ends = [m.end() for m in _WORD_END.finditer(text, cand.start, cand.end)][:6]
        for name_end in reversed(ends[:-1]):
            ids = index.full.get(norm(text[cand.start : name_end]))
            if not ids or not all(i in kb and kb[i].level in _SUBNATIONAL for i in ids):
                continue
            region = region_after(text, name_end, regions)
            if region is not None and region[0] == cand.end and regions.known(region[1]):
                cand.kb_ids, cand.priority = ids, 2
                cand.key = f"kb|{ids[0]}|{regions.key(region[1])}"
            break


def _link_to_kb(
    text: str,
    candidates: list[Candidate],
    index: AgencyIndex,
    definitions: dict[str, str],
    kb: AgencyKB | None = None,
) -> None:
    """Link pattern, definition and NER candidates whose name is a knowledge-base name.

    A bracketed short form inside a name is dropped first ("Badan Penyelenggara Jaminan Sosial
    (BPJS) Kesehatan" is BPJS Kesehatan), and the short form defined by that bracket then names
    the same agency ("bubarkan saja BPJS").
    """
    rekey: dict[str, tuple[str, tuple[str, ...]]] = {}
    shorts = set(definitions.values())
    for cand in candidates:
        if cand.kb_ids or not cand.full:
            continue
        span = text[cand.start : cand.end]
        bare = norm(_BRACKET.sub(" ", span))
        ids = index.full.get(bare)
        head = _SHORT_HEAD.match(span)
        if not ids and head is not None:  # "Ditjen Perhubungan Laut": Direktorat Jenderal ...
            ids = index.full.get(norm(_LONG_HEADS[head.group(1)] + _BRACKET.sub(" ", span[
                head.end() :])))
            cand.full = not ids  # a short form of the name (GUIDELINE.md: "Ditjen Imigrasi")
        if not ids and cand.key.startswith("soe|"):  # "PT Jasa Marga (Persero) Tbk"
            name = _STATE_FORM.sub("", span).strip()
            ids = (index.full.get(cand.key[4:]) or index.full.get("pt" + cand.key[4:])
                   or index.short.get(name))
            if ids and name in span:  # "PT PLN (Persero)": the name without the legal form, so
                cand.end = cand.start + span.index(name) + len(name)  # "PLN" nests inside it
        central = _CENTRAL_WORDS.search(span) if not ids else None
        if central is not None:  # the national body itself: the words are left out
            ids = index.full.get(norm(_BRACKET.sub(" ", span[: central.start()])))
            if ids:
                cand.end = cand.start + central.start()
        if not ids and kb is not None:  # "Badan Legislasi DPR": a unit and its parent
            ids = _unit_of_parent(_BRACKET.sub(" ", span), index, kb)
        if not ids and kb is not None:  # "Badan Legislastif (Baleg) DPR": a misspelt name,
            # "Ditjen Mineral dan Batu bara": a name going on in lowercase
            ids = _misspelt_definition(span, index, kb) or _lowercase_tail(text, cand, index)
        if not ids:
            continue
        cand.kb_ids, cand.key, cand.priority = ids, "kb|" + ids[0], 2
        for m in _BRACKET.finditer(span):
            if m.group(1) in shorts and m.end() < len(span):
                rekey["def|" + m.group(1)] = (cand.key, ids)
    for cand in candidates:
        if cand.key in rekey:
            cand.key, cand.kb_ids = rekey[cand.key]


def _lowercase_tail(text: str, cand: Candidate, index: AgencyIndex) -> tuple[str, ...]:
    """A knowledge-base name going on past ``cand`` by one word written lowercase.

    "Ditjen Mineral dan Batu bara" (the name's "Batubara" split, its second half lowercase):
    the capitalised run ends at "Batu", the name with the next word is the knowledge base's
    (by its full form, or its short head's: "Ditjen" for "Direktorat Jenderal", then a short
    form). ``cand`` is extended to that word; its ids are returned (none: ``cand`` unchanged).
    """
    tail = _LOWER_TAIL.match(text, cand.end)
    if tail is None:
        return ()
    span = text[cand.start : tail.end()]
    ids = index.full.get(norm(span), ())
    head = _SHORT_HEAD.match(span)
    if not ids and head is not None:
        ids = index.full.get(norm(_LONG_HEADS[head.group(1)] + span[head.end() :]), ())
        cand.full = cand.full and not ids
    if ids:
        cand.end = tail.end()
    return ids


def _misspelt_definition(span: str, index: AgencyIndex, kb: AgencyKB) -> tuple[str, ...]:
    """The knowledge-base body a name with a misspelt long form and its own short form names.

    "Badan Legislastif (Baleg) DPR RI": the bracket holds the short form of exactly one body,
    and the words before it are that body's name or an alias with one or two letters wrong.
    The name spelt right, with the words after the bracket, must then name a body as
    :func:`_link_to_kb` reads names ("Badan Legislasi DPR RI"); a region after the bracket
    ("... (BPBD) Kota Bogor") is no such name, and the unit keeps its own key.
    """
    bracket = _BRACKET.search(span)
    ids = index.short.get(bracket.group(1), ()) if bracket is not None else ()
    if bracket is None or len(ids) != 1 or ids[0] not in kb:
        return ()
    long_form = norm(span[: bracket.start()])
    if len(long_form) < _MIN_MISSPELT:
        return ()
    record = kb[ids[0]]
    for form in (record.name, *record.aliases):
        if long_form != norm(form) and within_two_edits(long_form, norm(form)):
            right = form + " " + span[bracket.end() :].strip()
            found = index.full.get(norm(right)) or _unit_of_parent(right, index, kb)
            if found == ids:
                return ids
    return ()


#: Letters of a long form at least, for a misspelling of a known name to count.
_MIN_MISSPELT = 10


def within_two_edits(a: str, b: str) -> bool:
    """``a`` becomes ``b`` by at most two insertions, deletions or substitutions of letters."""
    if abs(len(a) - len(b)) > 2:
        return False
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (char != other)))
        if min(current) > 2:
            return False
        previous = current
    return previous[-1] <= 2


#: Words of a parent's name after a unit's name at most ("Dewan Perwakilan Rakyat RI").
_MAX_PARENT_WORDS = 4


def _unit_of_parent(span: str, index: AgencyIndex, kb: AgencyKB) -> tuple[str, ...]:
    """The knowledge-base unit a span names as the unit's name and its parent's.

    "Badan Legislasi DPR", "Badan Anggaran Dewan Perwakilan Rakyat": the words before the
    parent's short or full name are the name of a unit whose parent it is.
    """
    words = span.split()
    for n in range(1, min(_MAX_PARENT_WORDS, len(words) - 1) + 1):
        tail = " ".join(words[-n:])
        parents = index.short.get(tail) or index.full.get(norm(tail))
        if not parents:
            continue
        ids = index.full.get(norm(" ".join(words[:-n])))
        if ids and all(i in kb and kb[i].parent in parents for i in ids):
            return tuple(ids)
    return ()


def _place_named(kb: AgencyKB, hit: KBHit) -> bool:
    """The hit names local units that are only agencies with a known place (health centres)."""
    return all(kb[i].type == "regional_hospital" and kb[i].level == "district"
               for i in hit.ids if i in kb)


#: Levels of regional government joined by slashes after a regional body: the class of those
#: bodies at every such level ("Dinas Perhubungan Kabupaten/Kota").
_LEVEL = r"(?:Provinsi|Kabupaten|Kab\.?|Kota)"
_LEVELS_AFTER = re.compile(r"[ \t]+(" + _LEVEL + r"(?:[ \t]*/[ \t]*" + _LEVEL + r")+)(?![\w/-])")
#: A legislature's short form after one of its organs, a bracketed short form between.
_HOUSE_AFTER = re.compile(r"(?:[ \t]+\([^()\n]{1,20}\))?[ \t]+(DPR|DPD|MPR)(?:[ \t]+RI)?(?![\w-])")


def _house_after(text: str, end: int, hit: KBHit, kb: AgencyKB) -> int | None:
    """End of the house written after an organ of it ("Badan Anggaran (Banggar) DPR RI").

    The organ's name is the knowledge base's (its parent a legislature); the house is written
    in its short form, as commissions are ("Komisi III DPR RI").
    """
    house = _HOUSE_AFTER.match(text, end)
    if house is None:
        return None
    parents = {kb[i].parent for i in hit.ids if i in kb}
    if parents != {house.group(1).lower()}:
        return None
    return house.end()


_PREFIXED_REGION = re.compile(r"(?:Provinsi|Kabupaten|Kab\.?|Kota|Prov\.?)[ \t]")
#: The city's tier after a regency-level police command's region ("Polres Metro Bekasi Kota",
#: "Polresta Bogor Kota"): the police name a city's command so, beside the regency's ("Polres
#: Metro Bekasi"). Not the prefix of a region ("Polres Sukamaju Kota Baru ..."): the word after
#: it is kept to tell.
_CITY_TIER = re.compile(r"[ \t]+Kota\b(?:[ \t]+([A-Z][\w-]*))?")
#: Regency-level police commands (knowledge-base ids) that name a city's command by its tier.
_TIERED_COMMANDS = frozenset({"polres"})
_COUNTRY_AFTER = re.compile(r"[ \t]+Republik[ \t]+Indonesia\b")



#: A compass point written after a district-level body's place ("Polsek Sukamaju Timur", "...
#: Barat Laut"): the police split a district into sectors named by its parts.
_COMPASS_ALTS = "|".join(sorted((w.capitalize() for w in COMPASS_WORDS), key=len, reverse=True))
_SECOND_ALTS = "|".join(sorted((w.capitalize() for w in COMPASS_SECOND), key=len, reverse=True))
_SECTOR_PART = re.compile(
    rf"[ \t]+(?:{_COMPASS_ALTS})(?:[ \t]+(?:{_SECOND_ALTS}))?\b(?![\w-])"
)
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w-]*)")


def _sector_part(text: str, end: int, levels: set[str], person_starts: frozenset[int]) -> int:
    """The end of a district-level body's place with a compass point after it, else ``end``.

    "Polsek Sukamaju Timur" beside "Polsek Sukamaju Barat": two sectors of one district; a
    compass point may have two words ("Barat Laut"). A capitalised word after it that is no
    stop word (a rank is one) leaves it alone ("Polsek Sukamaju Timur Raya" is another name)
    unless a PERSON of the NER starts there (``person_starts``): a holder's name after the
    sector's.
    """
    if levels != {"district"}:
        return end
    part = _SECTOR_PART.match(text, end)
    if part is None:
        return end
    after = _NEXT_WORD.match(text, part.end())
    if (after is not None and after.group(1) not in STOP_WORDS
            and after.start(1) not in person_starts):
        return end
    return part.end()


def _written_lowercase(text: str, start: int, end: int) -> bool:
    """A name written in lowercase, or with only a sentence's first capital ("Pemerintah pusat").

    The capital a sentence opens with says nothing of a proper name; the words after it do.
    """
    span = text[start:end]
    if span.islower():
        return True
    return (" " in span and span[1:].islower()
            and SENTENCE_START.search(text, max(0, start - 4), start) is not None)


def _no_body(text: str, hit: KBHit) -> bool:
    """A knowledge-base term that names no body here.

    A short form in a slash list of school levels ("SMA/SMK/MA"); a full name in lowercase
    ("pemerintah pusat") or after a street word ("Jalan Balai Pustaka").
    """
    if hit.kind == "acronym":
        return school_level(text, hit.start, hit.end)
    return _written_lowercase(text, hit.start, hit.end) or street_named(text, hit.start)


def _without_rank(
    text: str, region: tuple[int, str] | None, ranks: RankTail
) -> tuple[int, str] | None:
    """A region phrase (its end and text) without a police or military rank it ends with.

    "Kodam XVII/Cenderawasih Letnan [Kolonel Budi]": the words read as the command's region
    run into the rank of the person named after it (:meth:`RankTail.cut`); None when nothing
    but the rank is left.
    """
    if region is None:
        return None
    end, words = region
    start = end - len(words)
    if text[start:end] != words:
        return region  # a region rewritten when read ("Jakarta utara"): left as it is
    cut = ranks.cut(text, start, end)
    if cut >= end:
        return region
    kept = text[start:cut].rstrip(" ,")
    return (start + len(kept), kept) if kept else None


def _longest_forms(hits: list[KBHit]) -> list[KBHit]:
    """Drop a full-form hit that a longer form of the same name starts with.

    "Kepolisian Resor Kota Besar X" is not "Kepolisian Resor Kota" with the region "Besar X".
    """
    longest: dict[tuple[int, tuple[str, ...]], int] = {}
    for hit in hits:
        if hit.kind != "acronym":
            longest[hit.start, hit.ids] = max(hit.end, longest.get((hit.start, hit.ids), 0))
    return [h for h in hits if h.kind == "acronym" or longest[h.start, h.ids] == h.end]


def _kb_candidates(
    text: str,
    hits: list[KBHit],
    kb: AgencyKB,
    regions: RegionNames,
    name_word: Callable[[str], bool],
    ranks: RankTail,
    person_starts: frozenset[int] = frozenset(),
) -> tuple[list[Candidate], list[tuple[int, int, KBHit]]]:
    """One candidate per knowledge-base hit; regional bodies take the region written after.

    A "region" that is a person's name after a position word is not taken ("Kepala Dinas LH
    Andono Warih"); ``person_starts``: where the NER's PERSON entities start.
    """
    candidates: list[Candidate] = []
    kb_spans: list[tuple[int, int, KBHit]] = []
    for hit in _longest_forms(hits):
        start, end = hit.start, hit.end
        if _no_body(text, hit):
            continue  # "pemerintah pusat", "MA" in "SMA/SMK/MA", "Jalan Balai Pustaka"
        if text.endswith("Suku ", 0, start):
            continue  # "Suku Dinas Kesehatan X": a city branch, found as a sub-unit
        levels = {kb[i].level for i in hit.ids if i in kb}
        key = "kb|" + hit.ids[0]
        types = {kb[i].type for i in hit.ids if i in kb}
        one_body = levels == {"provincial"} and types <= _ONE_BODY
        # a regional government's office, named by a region of the gazetteer (a port or a
        # river basin may follow a national office's local unit: "KSOP Marunda")
        offices = types == {"regional_office"} and all(
            kb[i].name.startswith(("Dinas ", "Badan ")) for i in hit.ids if i in kb)
        if levels & _SUBNATIONAL:
            region = _without_rank(text, region_after(text, end, regions, person_starts), ranks)
            # a port or an airport is no person's name ("Anggota Polsek Bandara X")
            facility = region is not None and (region[1].startswith(FACILITY_HEADS)
                                               or classed_place(text, end, region, regions))
            if region is not None and (
                ((one_body or offices) and not regions.known(region[1])
                 and not _PREFIXED_REGION.match(region[1]))
                or (not facility and person_for_region(text, start, region[1], regions.known))
                or (one_body and person_after_region(text, region[0], region[1], regions))
            ):
                region = None  # "Dinas Kebudayaan Pariwisata ...": a longer office's name
            if _place_named(kb, hit) and (region is None or not regions.known(region[1])):
                continue  # "Puskesmas Ramah Anak": a programme, not the health centre of a place
            if region is not None and (facility or cut_person_tail(
                text, start, region[0], name_word, ranks
            ) > end):
                end = _sector_part(text, region[0], levels, person_starts)
                key = f"kb|{hit.ids[0]}|{regions.key(region[1])}{norm(text[region[0]:end])}"
                tier = _CITY_TIER.match(text, end) if hit.ids[0] in _TIERED_COMMANDS else None
                if tier is not None and not (tier.group(1)
                                             and regions.known("Kota " + tier.group(1))):
                    end = tier.start() + tier.group(0).index("Kota") + 4
                    # a city's command ("Polresta X Kota") is one with or without the tier
                    key += "" if text.startswith(CITY_COMMANDS, start) else "kota"
            elif region is None and (levels_after := _LEVELS_AFTER.match(text, end)):
                end = levels_after.end()  # "Dinas Perhubungan Kabupaten/Kota": the class
                key = f"kb|{hit.ids[0]}|{norm(levels_after.group(1))}"
        else:
            office = office_after(text, end, regions, {kb[i].type for i in hit.ids if i in kb},
                                  cued=position_cued(text, start))
            if office is not None:
                end, suffix = office
                key = f"kb|{hit.ids[0]}|{suffix}"
            elif (house := _house_after(text, end, hit, kb)) is not None:
                end = house  # "Badan legislatif (Baleg) DPR RI": the organ and its house
            elif hit.kind != "acronym":
                country = _COUNTRY_AFTER.match(text, end)
                end = country.end() if country else end  # the fullest mention
                foreign = regions.country_after(text, end)
                if foreign is not None:  # "Kementerian Pertahanan Arab Saudi"
                    candidates.append(Candidate(start, foreign, "foreign|" + norm(
                        text[start:foreign]), True))
                    continue
        kb_spans.append((start, end, hit))
        candidates.append(
            Candidate(start, end, key, hit.kind != "acronym", hit.ids, priority=2)
        )
    return candidates, kb_spans


def _definition_candidates(
    text: str,
    body_definitions: Sequence[AcronymDefinition],
    candidates: list[Candidate],
    index: AgencyIndex,
    regions: RegionNames,
    redefined: set[str],
    pending: list[tuple[int, int, str]],
) -> dict[str, str]:
    """Acronym definitions: link short forms to KB agencies or to new agencies.

    ``body_definitions`` are the text's definitions of bodies (:func:`_body_definitions`, made
    once per text). Adds the long forms and every mention of their short forms to
    ``candidates``; returns the definitions (long form -> short form). Knowledge-base short
    forms the text defines as something else (a lowercase or generic long form: a party's
    "Dewan Pimpinan Daerah (DPD)") are added to ``redefined``. A knowledge-base short form
    the text defines for another body ("Dinas Pekerjaan Umum dan Penataan Ruang (PUPR)")
    loses its knowledge-base hits to the definition's mentions. Definitions of bodies no
    candidate names yet (``def|`` keys) are appended to ``pending`` (long start, long end, key)
    for :func:`_link_pending`.
    """
    definitions: dict[str, str] = {}
    # Candidates by start offset (in list order), so that each definition finds the candidate
    # it extends without rescanning them all.
    starting_at: dict[int, list[Candidate]] = {}
    kb_ending_at: dict[int, Candidate] = {}  # "Kementerian Perumahan ... Permukiman" (PKP)
    for cand in candidates:
        starting_at.setdefault(cand.start, []).append(cand)
        if cand.kb_ids:
            kb_ending_at.setdefault(cand.end, cand)
    # A short form defined again the same way yields the same short-mention candidates: make
    # them once and count the definitions (otherwise a long text costs definitions x mentions).
    made: dict[_Group, list[Candidate]] = {}
    repeats: dict[_Group, int] = {}
    own: set[str] = set()
    kb_words = index.id_words
    for d in body_definitions:
        definitions[d.long] = d.short
        if d.short in index.short and (
            d.long[:1].islower() or _other_name(d.long, index.short[d.short], kb_words)
            or is_generic(text, d.long_start, d.long_end)  # "Dewan Pimpinan Daerah (DPD)"
        ):
            redefined.add(d.short)
            continue
        outer = kb_ending_at.get(d.long_end)
        if outer is not None and outer.start < d.long_start:
            base: tuple[str, tuple[str, ...], Candidate | None] | None = (
                outer.key, outer.kb_ids, None  # the short form of a KB name's portfolio
            )
        else:
            base = _definition_base(d, starting_at, index, text)
        if _owned_short(text, d, base, index):
            own.add(d.short)
        if base is None:
            continue
        base_key, ids, long_cand = base
        if base_key.startswith("def|"):
            pending.append((d.long_start, d.long_end, base_key))
        if long_cand is not None:
            candidates.append(long_cand)
            starting_at.setdefault(long_cand.start, []).append(long_cand)
        group = (d.short, base_key, ids)
        if group in repeats:
            repeats[group] += 1
            continue
        repeats[group] = 1
        made[group] = _short_candidates(text, d.short, base_key, ids, regions)
        for cand in made[group]:
            candidates.append(cand)
            starting_at.setdefault(cand.start, []).append(cand)
    for group, cands in made.items():
        for cand in cands:
            cand.copies = repeats[group]
    if own:  # the article's own meaning of a short form outranks the knowledge base's
        candidates[:] = [c for c in candidates if not (
            c.priority == 2 and not c.full and text[c.start : c.end] in own)]
    return definitions


#: Words every kind of body shares: no evidence that a long form names a given agency.
_SHARED_NAME_WORDS = frozenset(
    {"indonesia", "nasional", "republik", "negara", "dan", "badan", "lembaga", "dinas",
     "kementerian", "komisi", "pt", "persero", "tbk", "daerah", "pusat", "umum", "ri"}
)


def _other_name(
    long: str, ids: tuple[str, ...], kb_words: Mapping[str, frozenset[str]]
) -> bool:
    """A capitalised long form that shares no distinctive word with the agencies' names.

    Words match loosely (:func:`_loose_match`): "Polisi Republik Indonesia (Polri)" is the
    police ("Kepolisian Negara Republik Indonesia"), not a redefinition.

    "Indonesia Budget Center (IBC)" and "Balikpapan, Kalimantan Timur (BPN)" define a known
    short form for something else: the knowledge base's agency is not meant in the article.
    """
    words = re.findall(r"[A-Za-z]+", long)
    if not words or not all(w[:1].isupper() or w in ("dan", "dari", "untuk") for w in words):
        return False
    own = {w.lower() for w in words} - _SHARED_NAME_WORDS
    return bool(own) and not any(
        _loose_match(w, k) for i in ids for k in kb_words.get(i, frozenset()) for w in own)


def _loose_match(word: str, kb_word: str) -> bool:
    """Two name words that are one stem's variants ("polisi" / "kepolisian").

    Equal words, a word of five or more letters inside the other (Indonesian affixes wrap a
    stem: ke-...-an, pe-...-an), or a shared beginning of six letters.
    """
    if word == kb_word:
        return True
    short, long = sorted((word, kb_word), key=len)
    return (len(short) >= 5 and short in long) or (
        len(short) >= 6 and short[:6] == long[:6])


def _link_pending(candidates: list[Candidate], pending: list[tuple[int, int, str]]) -> None:
    """A short form defined for a body a pattern names takes the pattern's key.

    "Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Sukamaju" defines "DPRD" inside the
    regional legislature's name, which only the generative patterns find (after the
    definitions): the bare "DPRD" elsewhere is that legislature, not a body of its own. A
    sub-unit that runs past the long form ("Balai X (BX) Kota Sukamaju") takes the
    definition's key instead, so that the short form's mentions join it.
    """
    # Pattern candidates by start; the longest one covering the long form wins.
    covering: dict[int, Candidate] = {}
    units: dict[int, Candidate] = {}
    for cand in candidates:
        if cand.key.startswith("def|") or cand.kb_ids:
            continue
        # a sub-unit takes the definition's key instead (its short form is no unit)
        at = units if cand.key.startswith("unit|") else covering
        best = at.get(cand.start)
        if best is None or cand.end > best.end:
            at[cand.start] = cand
    rekey: dict[str, str] = {}
    for long_start, long_end, key in pending:
        cover = covering.get(long_start)
        unit = units.get(long_start)
        if cover is not None and cover.end >= long_end:
            rekey[key] = cover.key
        elif (unit is not None and unit.end > long_end  # "... (BKIPM) Kota Sorong"
              and key[4:].lower() not in GENERIC_PHRASES):  # not "Satuan Tugas (Satgas) X"
            unit.key = key
    for cand in candidates:
        if cand.key in rekey:
            cand.key = rekey[cand.key]


def _body_definitions(text: str, regions: RegionNames) -> Iterator[AcronymDefinition]:
    """The text's acronym definitions, without short forms of regions.

    "Polda Jawa Timur (Jatim)" defines the region's short form, not the body's.
    """
    for d in find_definitions(text):
        if not (regions.known(d.short) and not d.long.startswith(tuple(REGIONAL_GOV))):
            yield d


def _owned_short(
    text: str,
    d: AcronymDefinition,
    base: tuple[str, tuple[str, ...], Candidate | None] | None,
    index: AgencyIndex,
) -> bool:
    """The article defines a knowledge-base short form for another body than the KB's.

    "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR)": the regional office's "PUPR", not the
    ministry's (the definition links elsewhere, or an office's head word comes first).
    """
    known = index.short.get(d.short)
    if not known:
        return False
    if base is None:
        return _OFFICE_BEFORE.search(text, max(0, d.long_start - 12), d.long_start) is not None
    return not set(base[1]) & set(known)


#: An office's head word right before a defined long form: the short form is the office's.
_OFFICE_BEFORE = re.compile(r"(?<![\w-])(?:Dinas|Badan|Kantor|Balai|Biro)[ \t]+$")

#: A position or institution head word right before a defined long form.
_HEAD_BEFORE = re.compile(
    r"(?<![\w-])(?:Menteri|Wakil[ \t]+Menteri|Wamen|Dinas|Kepala|Kadis|Badan|Kantor|Balai|Biro)"
    r"[ \t]+$"
)


def _definition_base(
    d: AcronymDefinition,
    starting_at: dict[int, list[Candidate]],
    index: AgencyIndex,
    text: str,
) -> tuple[str, tuple[str, ...], Candidate | None] | None:
    """Key and ids a definition links its short form to, and a candidate for its long form.

    ``None`` when the long form is no public institution the rules accept.
    """
    linked = next((c for c in starting_at.get(d.long_start, ()) if c.end >= d.long_end), None)
    if linked is not None:
        return linked.key, linked.kb_ids, None
    known = index.full.get(norm(d.long)) or index.short.get(d.short)
    if known and _HEAD_BEFORE.search(text, max(0, d.long_start - 20), d.long_start):
        # "Menteri Pekerjaan Umum ... (PUPR)" is a title; "Dinas Pekerjaan Umum ... (PUPR)" a
        # regional office: the defined words are the tail of a longer name, not the KB agency.
        return None
    if known:
        base_key = "kb|" + known[0]
        return base_key, known, Candidate(d.long_start, d.long_end, base_key, True, known, 2)
    # whole head words: "Perum X" is a company, "Perumahan ..." no head
    head_ok = bool(HEAD_AT.match(d.long)) or d.long.startswith(tuple(REGIONAL_GOV))
    if not head_ok or is_excluded(d.long) or d.long.startswith("Badan Usaha"):
        return None
    if _excluded_after(text, d.long_end):  # "Dewan Keamanan (DK) PBB": an international body
        return None
    base_key = _regional_bare_key(d) or "def|" + d.short
    return base_key, (), Candidate(d.long_start, d.long_end, base_key, True, priority=1)


def _regional_bare_key(d: AcronymDefinition) -> str | None:
    """The key of a regional government's bare short form defined inside its name.

    "Pemerintah Kota (Pemkot) Bandung" defines "Pemkot" for the words before the bracket: a
    bare "Pemkot" elsewhere (a headline's "Pemkot Bersih-bersih ...") is keyed as any bare
    "Pemkot" is, so that it joins the article's one city government as an undefined one does.
    """
    kind = REGIONAL_GOV.get(d.long)
    if kind is None or REGIONAL_GOV.get(d.short) != kind:
        return None
    return f"{kind}|"


def _short_candidates(
    text: str, short: str, base_key: str, ids: tuple[str, ...], regions: RegionNames
) -> list[Candidate]:
    """Every mention of a defined short form; "Pemkab" takes the region written after it."""
    out: list[Candidate] = []
    for s_start, s_end in find_short_mentions(text, short):
        key = base_key
        end = s_end
        region = region_after(text, s_end, regions) if short in REGIONAL_GOV else None
        if region is not None:
            end = region[0]
            key = f"{REGIONAL_GOV[short]}|{regions.key(region[1])}"
        out.append(Candidate(s_start, end, key, False, ids, priority=1))
    return out


def _org_candidates(
    text: str,
    candidates: list[Candidate],
    org_spans: Sequence[tuple[int, int]],
    name_word: Callable[[str], bool],
    ranks: RankTail,
) -> list[Candidate]:
    """Model ORG spans the rules did not find that name a public institution.

    One overlapping a knowledge-base, definition or pattern mention is left out (it would
    outrank the linked mention by length, e.g. "Kementerian Dalam Negeri (Kemendagri" read as
    one organisation).
    """
    covered = bytearray(len(text) + 1)
    for cand in candidates:
        covered[cand.start:cand.end] = b"\x01" * max(0, cand.end - cand.start)
    out: list[Candidate] = []
    for start, org_end in org_spans:
        end = _trim_org_end(text, start, org_end)
        end = cut_person_tail(text, start, end, name_word, ranks)
        span_text = text[start:end]
        if any(covered[start:end]) or section_of_post(text, start, end):
            continue  # "Kepala Bagian Pemberitaan dan Publikasi KPK": the post's section
        if (HEAD_AT.match(span_text) and not is_excluded(span_text)
                and not _excluded_after(text, end) and not party_organ_after(text, end)
                and not party_inside(text, start, end) and not cut_by_gap(text, start, end)):
            if len(span_text.split()) >= 2:
                out.append(Candidate(start, end, "unit|" + unit_key(span_text), True))
    return out


_WORD_AFTER = re.compile(r"(?:[ \t]+\([^()\n]{1,20}\))?[ \t]+([A-Za-z]+)")


def _excluded_after(text: str, end: int) -> bool:
    """The word after ``end`` (past a bracketed short form) marks a non-public body.

    "Dewan Keamanan PBB" is an international body, not an Indonesian council.
    """
    m = _WORD_AFTER.match(text, end)
    return m is not None and is_excluded(m.group(1))


_QUOTE = re.compile(r"[\"“”‚]")
_CAPITALISED_WORD = re.compile(r"[A-Z0-9(][^\s]*")


def _trim_org_end(text: str, start: int, end: int) -> int:
    """End of a model ORG span without quote debris and trailing lowercase words.

    "Kementerian Pertanian,” kata" ends at "Pertanian"; "Kementerian Lingkungan di" at
    "Lingkungan".
    """
    quote = _QUOTE.search(text, start, end)
    if quote is not None and quote.start() > start:
        end = quote.start()
    glued = text.find(".,", start, end)  # "Kementerian ESDM.,Dito": a scraper's joined lines
    if glued > start:
        end = glued
    last = None
    for m in _CAPITALISED_WORD.finditer(text, start, end):
        if m.start() == start or text[m.start() - 1].isspace():
            last = m
    if last is None:
        return end
    return start + len(text[start : last.end()].rstrip(" ,.;:"))


def truncate_regions(
    text: str, candidates: list[Candidate], key: Callable[[str], str],
    known: Callable[[str], Callable[[str], bool]],
) -> None:
    """Cut regions that run on to a shorter region the article uses with the same body.

    "Pemkab Sukamaju Raih Adiwarna" in a title-case headline becomes "Pemkab Sukamaju" when the body
    writes "Pemkab Sukamaju". A region that is known as a whole stays ("Polda Metro Jaya" beside
    "Polda Metro", "Pemkab Bandung Barat" beside "Pemkab Bandung"). ``key`` normalises a region
    phrase (:meth:`RegionNames.key`); ``known(kind)`` tells a known region for bodies of that
    key kind: a district ("Bekasi Utara") only for district-level bodies ("Polsek Bekasi Utara"
    beside "Polsek Bekasi"); for the others a district's name is the tier or part of the city
    ("Polresta Pontianak Kota" is "Polresta Pontianak", :meth:`RegionNames.major`). A
    region that only a tier word lengthens names another police command ("Polres Sukamaju
    Kota", the city's, beside "Polres Sukamaju", the regency's) and stays; beside a city's
    command by its own name ("Polresta Sukamaju") it is that command, its mention kept whole.
    A compass word that lengthens a region names another place ("Polsek Sukamaju Timur"
    beside "Polsek Sukamaju") and stays too.
    """
    # A knowledge-base key has a region only after its id ("kb|polres|bogor"): "kb|ptpn" is
    # no shorter region of "kb|ptpn-3".
    regional = [
        c for c in candidates
        if c.key.count("|") > c.key.startswith("kb|") and not c.key.startswith("unit|")
    ]
    by_kind: dict[str, list[Candidate]] = {}
    for cand in regional:
        kind, _, region = cand.key.rpartition("|")
        if region:
            by_kind.setdefault(kind, []).append(cand)
    for group in by_kind.values():
        regions = {c.key.rpartition("|")[2] for c in group}
        # regions of commands the article names as a city's ("Polresta Sukamaju")
        cities = {c.key.rpartition("|")[2] for c in group
                  if text.startswith(CITY_COMMANDS, c.start)}
        for cand in group:
            kind, _, region = cand.key.rpartition("|")
            shorter = [r for r in regions if r != region and region.startswith(r)]
            if not shorter:
                continue
            best = max(shorter, key=len)
            if region[len(best):] in _SECTOR_KEYS:
                continue  # "Polsek Sukamaju Timur" beside "Polsek Sukamaju": two places
            if kind.partition("|")[2] in _TIERED_COMMANDS and region[len(best):] in _TIER_KEYS:
                if best in cities or text.startswith(CITY_COMMANDS, cand.start):
                    # "Polres Sukamaju Kota" beside "Polresta Sukamaju": one command, the
                    # mention kept whole
                    cand.key = f"{kind}|{best}"
                continue  # "Polres Sukamaju Kota" beside "Polres Sukamaju": two commands
            # Find the end of the shorter region inside this mention's text.
            span = text[cand.start : cand.end]
            words = span.split()
            if _known_tail(words, region, key, known(kind)):
                continue
            for n in range(len(words) - 1, 0, -1):
                head = " ".join(words[:n])
                if key(" ".join(words[1:n])) == best or norm(head).endswith(best):
                    cand.end = cand.start + span.index(words[n - 1]) + len(words[n - 1])
                    cand.key = f"{kind}|{best}"
                    break


#: Levels of the generative regional governments (key kinds without a knowledge-base body).
_KIND_LEVELS = {"pemprov": "provincial", "pemkab": "regency", "pemkot": "regency"}
#: A tier word: a longer region that only adds one names another command ("Polres Sukamaju"
#: and "Polres Sukamaju Kota", the regency's and the city's).
_TIER_WORDS = frozenset({"Kota", "Kabupaten", "Kab", "Kab."})
_TIER_KEYS = frozenset(norm(word) for word in _TIER_WORDS)
#: Keys of the compass points that name a district's police sectors (:data:`_SECTOR_PART`).
_SECTOR_KEYS = frozenset(
    first + second for first in COMPASS_WORDS for second in COMPASS_SECOND | {""}
)


def complete_cut_regions(
    text: str,
    candidates: list[Candidate],
    key: Callable[[str], str],
    names_body: Callable[[str, str], bool],
) -> None:
    """A body's region cut short is the one longer region the article writes with that body.

    "Polda Metro" beside "Polda Metro Jaya": "Metro" names no province, the level of a
    regional police command, and it is the first word of the one longer region of a "Polda" in
    the article, so "Polda Metro" is "Polda Metro Jaya". A region the body can be named after
    stays ("Pemkab Bandung" beside "Pemkab Bandung Barat", "Polsek Pancoran" beside "Polsek
    Pancoran Mas"), and so does a region that a tier word lengthens ("Polres Sukamaju" beside
    "Polres Sukamaju Kota"). The inverse of :func:`truncate_regions`.

    Parameters
    ----------
    key
        Normalises a region phrase (:meth:`RegionNames.key`).
    names_body
        ``names_body(kind, region)``: a body of key kind ``kind`` ("kb|polda", "pemkab") can be
        named after the region key ``region`` (a region of the body's level).
    """
    by_kind: dict[str, list[Candidate]] = {}
    for cand in candidates:
        if cand.key.count("|") > cand.key.startswith("kb|") and not cand.key.startswith("unit|"):
            kind, _, region = cand.key.rpartition("|")
            if region:
                by_kind.setdefault(kind, []).append(cand)
    for kind, group in by_kind.items():
        regions = {c.key.rpartition("|")[2] for c in group}
        for cand in group:
            region = cand.key.rpartition("|")[2]
            longer = [r for r in regions if r != region and r.startswith(region)]
            if len(longer) != 1 or names_body(kind, region):
                continue
            full = f"{kind}|{longer[0]}"
            if any(_cut_at_word(text[c.start : c.end].split(), region, longer[0], key)
                   for c in group if c.key == full):
                cand.key = full


def _cut_at_word(words: list[str], region: str, full: str, key: Callable[[str], str]) -> bool:
    """The written region ``full`` in ``words`` (a mention) starts with the words of ``region``.

    The rest is more than a tier word ("Kota").
    """
    for i in range(1, len(words) - 1):
        if key(" ".join(words[i:])) != full:
            continue
        return any(
            key(" ".join(words[i:n])) == region and not set(words[n:]) <= _TIER_WORDS
            for n in range(i + 1, len(words))
        )
    return False


def _kind_level(kind: str, kb: AgencyKB) -> str | None:
    """The level of the bodies of key kind ``kind`` ("kb|polda": provincial), None if unknown."""
    body = kind.partition("|")[2] if kind.startswith("kb|") else ""
    if body:
        return kb[body].level if body in kb else None
    return _KIND_LEVELS.get(kind)


def _district_kind(kind: str, kb: AgencyKB) -> bool:
    """``kind`` (a key without its region, "kb|polsek") is a district-level body's."""
    body = kind.partition("|")[2]
    return kind.startswith("kb|") and body in kb and kb[body].level == "district"


def _known_tail(
    words: list[str], region: str, key: Callable[[str], str], known: Callable[[str], bool]
) -> bool:
    """The last words of a mention are a known region whose key is ``region``."""
    return any(
        key(tail) == region and known(tail)
        for tail in (" ".join(words[i:]) for i in range(1, len(words)))
    )
