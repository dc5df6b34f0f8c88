"""Knowledge-backed entities: known places and agencies the statistical NER left untagged.

The NER has seen about 1,500 annotated sentences; the project's own lexicons list every
Indonesian province, regency and city (the Kemendagri gazetteer), the countries, regions and
foreign places of :mod:`beritanlp.lexicons.regions`, and the agencies of the agency knowledge
base with their acronyms. Five rules use them, after the title cleanup:

1. **Untagged known names** (:func:`tag_known_names`). A maximal run of capitalised words that
   no entity touches becomes LOC when the whole run is a known place name ("Jawa Barat",
   "Malaysia", "Kabupaten Bogor": a provinsi/kabupaten/kota cue word at the start stays inside
   the span) and ORG when it is a known agency name or acronym ("Badan Pusat Statistik",
   "KPK"; two runs joined by "dan" when the joined text is an agency). A run that is both, or
   neither, is left alone; so is a run inside a longer capitalised run (the run is maximal:
   "Bogor" in "Institut Pertanian Bogor" is never looked up), a run right after a number
   ("SMAN 3 Malang"), a place flagged as a common word ("Batu", "Metro") at the start of a
   sentence, a short capitals-only alias ("AS", "RI") written otherwise, and a place outside
   the **place contexts** learned from annotated news (:func:`learn_place_contexts`; packaged
   as ``place_contexts.txt``): idner-news-2k tags "di Jepang" but not "warga Jepang" or a
   country opening a sentence. A known run holding only model entities that lie inside it is
   tagged whole instead of them ("[Kutai Barat]" in "Kabupaten Kutai Barat").
2. **Relabelling** (:func:`relabel_known_names`, setting ``relabel``). A model span whose text
   is exactly a known name of one kind only gets that kind's label, in the same contexts; a LOC
   is never made ORG ("di DPR" names a site).
3. **Countries outside the contexts** (:func:`drop_bound_places`, setting ``drop_bound``). A
   capitalised model LOC/ORG span that is exactly a place of a learned bound type (countries:
   :func:`learn_bound_types`) and follows no place context is dropped ("warga Jepang"). Off
   in the component by default: it fits idner-news-2k's annotation, not other newsrooms'.
4. **Title + place + name** (:func:`tag_title_place_names`, setting ``title_names``). In a
   capitalised run opening with a title and holding a known place, the two or three name words
   after the last place are a PERSON ("Presiden Perancis Jaques Chirac").
5. **Named natural features and units** (:func:`tag_feature_names`, setting ``features``). A
   capitalised run that opens with a feature cue word, or the cue of a unit below a regency
   (:data:`UNIT_CUES`), and goes on with one to three name words ("Gunung Lokon", "Selat
   Sunda", "Taman Nasional Lorentz", "Kecamatan Tanjung Mas") is LOC, in any context, whether
   or not the gazetteer knows the name. A word in capitals, a known country or a model PERSON
   ends the name ("[Pulau Pinang] Malaysia"); a unit cue before a village class word is no
   name ("Desa Wisata"); after a title or post word ("Sekretaris Desa ...") the words after
   the cue are taken only when a model PERSON follows them (they may be the holder's name).

All five are pure functions over token strings and ``(start, end, label)`` spans with the tables
passed in as :class:`KnownNames`; the component ``beritanlp_ner_knowledge``
(:mod:`beritanlp.components.ner_knowledge`) builds the tables from the pipeline's
:class:`~beritanlp.lexicons.Lexicons` (no table is loaded twice). Entities made by other
components are never changed. Measured in ``models/ner/MODEL_CARD.md`` ("Knowledge step").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib.resources import files
from pathlib import Path
from typing import Any

from beritanlp.lexicons.regions import COMPASS_WORDS, NAME_WORD, key
from beritanlp.lexicons.titles import TitleList
from beritanlp.ner.cleanup import is_title_word, trim_title_tokens
from beritanlp.text.headline import LINE_SHARE, mostly_capitalised
from beritanlp.text.numbers import count_word
from beritanlp.text.sentences import after_paragraph_joint

SpanT = tuple[int, int, str]

PLACE_LABEL = "LOC"
AGENCY_LABEL = "ORG"
PERSON_LABEL = "PERSON"

#: Tokens after which a capitalised word may just be starting a sentence.
SENTENCE_END = frozenset({".", "!", "?", ":", ";", '"', "\u201c", "\u201d", "'", "(", "-"})

#: Cue words a known place may start with (kept inside the span): ``cue name`` is looked up as
#: ``name`` with the cue's place types. Kecamatan and desa are left out (their table is large
#: and their names are ordinary words far more often than provinces and regencies).
PLACE_CUES: dict[str, frozenset[str]] = {
    "provinsi": frozenset({"provinsi"}),
    "kabupaten": frozenset({"kabupaten"}),
    "kota": frozenset({"kota"}),
}

#: Lower-case words inside agency names between two capitalised parts.
CONNECTORS = frozenset({"dan", "&"})

#: ``(model label, known label)`` pairs :func:`relabel_known_names` leaves alone: idner-news-2k
#: train tags an agency as LOC where it names the site ("di DPR", "di Pengadilan Tipikor").
KEPT_LABELS: frozenset[tuple[str, str]] = frozenset({(PLACE_LABEL, AGENCY_LABEL)})

#: The learned place contexts, next to this module (see :func:`learn_place_contexts`).
PLACE_CONTEXTS_RESOURCE = "place_contexts.txt"

#: The learned context-bound place types, next to this module (see :func:`learn_bound_types`).
BOUND_TYPES_RESOURCE = "bound_place_types.txt"

#: The context of a run at the start of a sentence (in :func:`learn_place_contexts`' output).
SENTENCE_START = "<s>"


@dataclass(frozen=True)
class KnownNames:
    """The tables the rules read (built by the component from the pipeline's lexicons).

    Attributes
    ----------
    places
        Place key (:func:`beritanlp.lexicons.regions.key`) -> places with that name or alias
        (the gazetteer's ``index``: provinces, regencies, cities, countries, regions, foreign
        places); each place has ``type`` and ``common``.
    caps_keys
        Keys of short names matched only when written in capitals ("AS", "RI").
    agency_full
        Normalised full agency names and aliases (``agency_key``) -> ids.
    agency_short
        Agency acronyms as written -> ids.
    agency_key
        The normalisation of ``agency_full``'s keys.
    place_contexts
        Casefolded tokens after which a known place is tagged (:func:`learn_place_contexts`);
        None tags places after any token.
    bound_types
        Place types whose names are entities only in the place contexts
        (:func:`learn_bound_types`; rule 3 drops model spans of them found elsewhere).
    titles
        Position titles and honorifics (the pipeline's ``titles`` table), for rule 4; None
        turns rule 4 off.
    feature_cues
        Casefolded words that open the name of a natural feature (the gazetteer's
        ``feature_cues``: ``("gunung",)``, ``("taman", "nasional")``) or of a unit
        (:data:`UNIT_CUES`), for rule 5; empty turns rule 5 off.
    common_cues
        The ``feature_cues`` that are also ordinary words (the gazetteer's ``common`` mode:
        "kali", times): rule 5 takes one only when it counts nothing (:func:`counts_here`).
    unit_posts
        Casefolded post and staff words that make a unit cue after them part of a post
        ("Sekretaris Desa", "Pendamping Desa"; the word list ``unit_posts``), for rule 5.
    village_classes
        Casefolded words that, right after a unit cue, name a class of villages or a programme,
        not a village ("Desa Wisata", "Kelurahan Tangguh"; the word list ``village_classes``),
        for rule 5.
    """

    places: Mapping[str, Sequence[Any]]
    caps_keys: Collection[str]
    agency_full: Mapping[str, Any]
    agency_short: Mapping[str, Any]
    agency_key: Callable[[str], str]
    place_contexts: Collection[str] | None = None
    bound_types: Collection[str] = frozenset()
    titles: TitleList | None = None
    feature_cues: Collection[tuple[str, ...]] = frozenset()
    common_cues: Collection[tuple[str, ...]] = frozenset()
    unit_posts: Collection[str] = frozenset()
    village_classes: Collection[str] = frozenset()

    @cached_property
    def longest_feature_cue(self) -> int:
        """Words of the longest of ``feature_cues`` (0: none); derived once per table."""
        return max((len(c) for c in self.feature_cues), default=0)

    @cached_property
    def feature_cue_heads(self) -> frozenset[str]:
        """The first words of ``feature_cues``; derived once per table."""
        return frozenset(c[0] for c in self.feature_cues if c)


def is_capitalised(word: str) -> bool:
    """A word that starts with an upper-case letter."""
    return word[:1].isupper()


def is_sentence_initial(words: Sequence[str], i: int) -> bool:
    """Whether ``words[i]`` starts a sentence (capitalised for that reason alone)."""
    return (i == 0 or words[i - 1] in SENTENCE_END or not words[i - 1].strip()
            or after_paragraph_joint(words, i))


def capitalised_runs(words: Sequence[str]) -> list[tuple[int, int]]:
    """``(start, end)`` of every maximal run of capitalised words, left to right.

    A run starts at a capitalised word (:func:`is_capitalised`) after one that is not (or at
    the first word) and ends after a capitalised word before one that is not (or at the last).
    Every rule of the module reads the runs of a document, so they are found once per document
    and passed to the rules (their ``runs`` parameter).
    """
    runs: list[tuple[int, int]] = []
    i, n = 0, len(words)
    while i < n:
        if not is_capitalised(words[i]):
            i += 1
            continue
        j = i + 1
        while j < n and is_capitalised(words[j]):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def candidate_runs(
    words: Sequence[str], names: KnownNames, runs: Sequence[tuple[int, int]] | None = None,
) -> Iterable[tuple[int, int]]:
    """The runs to look up: the maximal capitalised runs, with two changes.

    Two runs joined by a connector ("Kementerian Hukum dan HAM", :data:`CONNECTORS`) are one
    when the joined text is a known agency name; a run that starts a sentence with a place
    context ("Di Kendari") loses its first word. ``runs`` are ``capitalised_runs(words)`` when
    the caller has them.
    """
    if runs is None:
        runs = capitalised_runs(words)
    runs = [_without_opening_context(words, s, e, names) for s, e in runs]
    i = 0
    while i < len(runs):
        start, end = runs[i]
        if (
            i + 1 < len(runs)
            and end < len(words)
            and words[end] in CONNECTORS
            and runs[i + 1][0] == end + 1
            and is_agency(words[start : runs[i + 1][1]], names)
        ):
            yield start, runs[i + 1][1]
            i += 2
            continue
        yield start, end
        i += 1


def _without_opening_context(
    words: Sequence[str], start: int, end: int, names: KnownNames
) -> tuple[int, int]:
    """The run without its first word when that word opens a sentence and is a place context.

    "Di Kendari" and "Dari Bogor" at the start of a sentence give ``(start + 1, end)``; any
    other run is returned as it is.
    """
    contexts = names.place_contexts
    if (
        end - start > 1
        and contexts is not None
        and is_sentence_initial(words, start)
        and words[start].casefold() in contexts
    ):
        return start + 1, end
    return start, end


def _is_name_text(run: Sequence[str]) -> bool:
    """Every token is a word of letters (hyphens and apostrophes inside): no digits, no marks."""
    return all(NAME_WORD.fullmatch(w.replace("-", "")) for w in run)


def place_types(run: Sequence[str], names: KnownNames, initial: bool) -> frozenset[str]:
    """Types of the known places the whole ``run`` names (empty when none).

    A leading ``Provinsi``/``Kabupaten``/``Kota`` restricts the types. A common-word place at
    the start of a sentence, and a capitals-only alias written otherwise, do not count.
    """
    if not _is_name_text(run):
        return frozenset()
    wanted: frozenset[str] | None = None
    body = run
    if len(run) > 1 and run[0].casefold() in PLACE_CUES:
        wanted, body = PLACE_CUES[run[0].casefold()], run[1:]
    k = key(" ".join(body))
    places = names.places.get(k, ())
    if wanted is not None:
        places = [p for p in places if p.type in wanted]
    if not places:
        return frozenset()
    text = "".join(body)
    if k in names.caps_keys and not text.isupper():
        return frozenset()
    if wanted is None and initial and any(p.common for p in places):
        return frozenset()
    return frozenset(p.type for p in places)


def is_agency(run: Sequence[str], names: KnownNames) -> bool:
    """Whether the whole ``run`` is a known agency acronym (as written) or full name."""
    text = " ".join(run)
    if text in names.agency_short:
        return True
    return len(run) > 1 and names.agency_key(text) in names.agency_full


def known_label(words: Sequence[str], start: int, end: int, names: KnownNames) -> str | None:
    """The label the lexicons give ``words[start:end]``: LOC, ORG, or None (unknown or both)."""
    run = words[start:end]
    place = bool(place_types(run, names, is_sentence_initial(words, start)))
    agency = is_agency(run, names)
    if place == agency:
        return None
    return PLACE_LABEL if place else AGENCY_LABEL


def _owners(n_words: int, spans: Sequence[SpanT]) -> list[int]:
    """For every token, the index of the span that holds it (-1 for none)."""
    owner = [-1] * n_words
    for index, (start, end, _) in enumerate(spans):
        owner[start:end] = [index] * (end - start)
    return owner


def context_of(
    words: Sequence[str], start: int, place_ends: Collection[int] = ()
) -> str:
    """The context of a run starting at ``start``.

    The casefolded token before it, ``<s>`` at the start of a sentence; prefixed by ``LOC``
    when a place ends right before that token ("di Bogor dan [Depok]": ``"LOC dan"``).
    ``place_ends`` holds the ends of the LOC spans.
    """
    if is_sentence_initial(words, start):
        return SENTENCE_START
    before = words[start - 1].casefold()
    return f"{PLACE_LABEL} {before}" if start - 1 in place_ends else before


def _blocked(
    words: Sequence[str], start: int, label: str, names: KnownNames, place_ends: Collection[int]
) -> bool:
    """Whether the context keeps a known name untagged.

    It does after a number, and, for a place, in a context that is not one of the learned
    place contexts (``"LOC x"`` counts as ``"x"`` too).
    """
    if start > 0 and any(c.isdigit() for c in words[start - 1]):
        return True
    if label != PLACE_LABEL or names.place_contexts is None:
        return False
    return not in_place_context(words, start, names.place_contexts, place_ends)


def in_place_context(
    words: Sequence[str], start: int, contexts: Collection[str], place_ends: Collection[int]
) -> bool:
    """Whether the run at ``start`` follows one of the learned place ``contexts``.

    ``"LOC x"`` counts as ``"x"`` too: a learned "di" holds after a place ("LOC di").
    """
    context = context_of(words, start, place_ends)
    return context in contexts or context.removeprefix(PLACE_LABEL + " ") in contexts


def tag_known_names(
    words: Sequence[str], spans: Sequence[SpanT], names: KnownNames,
    frozen: Collection[tuple[int, int]] = (), runs: Sequence[tuple[int, int]] | None = None,
) -> list[SpanT]:
    """Rule 1 of the module docstring: known place and agency names become entities.

    A known run that no entity touches is added; a known run that holds only entities lying
    wholly inside it ("[Kutai Barat]" in "Kabupaten Kutai Barat", "[TNI] [AU]") is tagged whole
    instead of them, unless one of them is ``frozen``.

    Parameters
    ----------
    words
        The doc's token strings.
    spans
        Its entities, ``(start, end, label)``, not overlapping.
    names
        The tables.
    frozen
        ``(start, end)`` of entities that must stay as they are (linked ones).
    runs
        ``capitalised_runs(words)``, when the caller has them (:func:`apply_knowledge` reads
        them once for all its rules).

    Returns
    -------
    list of tuple
        The new entity list, sorted by start.
    """
    owner = _owners(len(words), spans)
    place_ends = {e for _, e, label in spans if label == PLACE_LABEL}
    dropped: set[int] = set()
    added: list[SpanT] = []
    for start, end in candidate_runs(words, names, runs):
        inside = {o for o in owner[start:end] if o >= 0}
        if not _replaceable(spans, inside, start, end, frozen):
            continue
        label = known_label(words, start, end, names)
        if label is None or _blocked(words, start, label, names, place_ends):
            continue
        dropped |= inside
        added.append((start, end, label))
        if label == PLACE_LABEL:
            place_ends.add(end)  # left to right: "di Bogor, [Depok] dan [Cianjur]"
    if not added:
        return list(spans)
    return sorted([s for i, s in enumerate(spans) if i not in dropped] + added)


def _replaceable(
    spans: Sequence[SpanT], inside: Collection[int], start: int, end: int,
    frozen: Collection[tuple[int, int]],
) -> bool:
    """Whether the run ``start:end`` may be tagged whole.

    Its entities (``inside``, indexes into ``spans``) must all lie within it, none frozen,
    none the whole run already.
    """
    for index in inside:
        s, e, _ = spans[index]
        if s < start or e > end or (s, e) == (start, end) or (s, e) in frozen:
            return False
    return True


def relabel_known_names(
    words: Sequence[str], spans: Sequence[SpanT], names: KnownNames,
    frozen: Collection[tuple[int, int]] = (),
) -> list[SpanT]:
    """Rule 2: a span whose text is a known name of one kind only takes that kind's label.

    The same contexts as rule 1 hold (a place only after a learned place context, nothing right
    after a number); a LOC stays LOC (:data:`KEPT_LABELS`); ``frozen`` holds the
    ``(start, end)`` of spans that must keep their label (linked ones).
    """
    place_ends = {e for _, e, label in spans if label == PLACE_LABEL}
    out: list[SpanT] = []
    for start, end, label in spans:
        wanted = None if (start, end) in frozen else known_label(words, start, end, names)
        if (
            wanted is None
            or (label, wanted) in KEPT_LABELS
            or _blocked(words, start, wanted, names, place_ends)
        ):
            wanted = label
        out.append((start, end, wanted))
    return out


#: Words that qualify a post between its place and its holder ("Bupati X Nonaktif Y").
POST_QUALIFIERS: frozenset[str] = frozenset(
    {"terpilih", "nonaktif", "definitif", "demisioner", "sementara", "periode", "lama", "baru"}
)


def title_place_name(
    words: Sequence[str], start: int, end: int, names: KnownNames
) -> tuple[int, int] | None:
    """The name at the end of a "title + place + name" run, as ``(start, end)``, or None.

    The capitalised run ``words[start:end]`` must open with a title ("Presiden", "Gubernur",
    "Perdana Menteri") and hold a known place; the two or three words after its last known
    place, up to the run's end, are the name ("Presiden Perancis [Jaques Chirac]",
    "Gubernur Jawa Tengah [Sari Wulandari]"; a qualifier of the post after the place,
    :data:`POST_QUALIFIERS`, is no part of them). They must be name words of two letters or more,
    none a title, not ending in a compass word ("Jawa Bagian Timur"), and not themselves a known
    place or agency. A run that opens a sentence
    may start with one more capitalised word ("Kemarin Presiden ...").
    """
    if names.titles is None:
        return None
    if is_sentence_initial(words, start) and not is_title_word(words[start], names.titles):
        start += 1  # "Kemarin Presiden ...": the first word is capitalised for the sentence
    if start >= end or trim_title_tokens(words[start:end], names.titles) == 0:
        return None
    place_end = _last_place_end(words, start + 1, end, names)
    if place_end is not None and place_end < end and words[place_end].casefold() in POST_QUALIFIERS:
        place_end += 1  # "Gubernur Jawa Barat Terpilih [Ridwan Kamil]"
    if place_end is None or not 2 <= end - place_end <= 3:
        return None
    tail = words[place_end:end]
    if (
        not _is_name_text(tail)
        or any(len(w) < 2 or w.isupper() or is_title_word(w, names.titles) for w in tail)
        or tail[-1].casefold() in COMPASS_WORDS  # "PLN Regional Jawa [Bagian Timur]"
        or known_label(words, place_end, end, names) is not None
        or is_agency(tail, names)
        or in_title_case_line(words, start, end)
    ):
        return None
    return place_end, end


#: Words on either side of a run that :func:`in_title_case_line` reads.
LINE_REACH = 12


def in_title_case_line(words: Sequence[str], start: int, end: int) -> bool:
    """Tell whether the run ``words[start:end]`` stands in a line written in title case.

    A headline capitalises its verbs too ("Bupati Sleman Resmikan Pasar"), so a run there says
    nothing about where a name begins. The run's line is read up to :data:`LINE_REACH` words on
    either side (a line break ends it). A stop after the run makes it a sentence; otherwise it
    is in title case when no token follows the run on its line, or when
    :data:`~beritanlp.text.headline.LINE_SHARE` of the line's words are capitalised.
    """
    after = _line_tokens(words, range(end, min(end + LINE_REACH, len(words))))
    if any(t in SENTENCE_STOPS for t in after):
        return False  # a sentence of the body (headlines take no stop)
    if not after:
        return True  # nothing follows on its line: a headline or a caption
    before = _line_tokens(words, range(start - 1, max(start - LINE_REACH, 0) - 1, -1))
    line = [w for w in (*before, *words[start:end], *after) if w[:1].isalpha()]
    return mostly_capitalised(line, LINE_SHARE, 4)


#: Tokens that end a sentence.
SENTENCE_STOPS = frozenset({".", "!", "?"})


def _line_tokens(words: Sequence[str], indexes: Iterable[int]) -> list[str]:
    """The tokens at ``indexes`` (walked in order) up to the first line break."""
    out: list[str] = []
    for i in indexes:
        if "\n" in words[i]:
            break
        out.append(words[i])
    return out


def _last_place_end(words: Sequence[str], start: int, end: int, names: KnownNames) -> int | None:
    """The end of the last known place (of up to four words) inside ``words[start:end]``.

    Only the last :data:`PLACE_END_REACH` stops are looked at: :func:`title_place_name`
    rejects a place that ends further from the run's end (the name is two or three words, after
    at most one post qualifier), so an earlier stop cannot change its answer.
    """
    for stop in range(end, max(start, end - PLACE_END_REACH), -1):
        if _place_start(words, start, stop, names) is not None:
            return stop
    return None


#: How many stops before a run's end :func:`_last_place_end` tries (a name of three words
#: after a post qualifier: the place ends four words before the run's end).
PLACE_END_REACH = 5


def _place_start(words: Sequence[str], start: int, stop: int, names: KnownNames) -> int | None:
    """The start of the longest known place (of up to four words) ending at ``stop``, or None.

    The place lies within ``words[start:stop]``.
    """
    for first in range(max(start, stop - 4), stop):
        if place_types(words[first:stop], names, initial=False):
            return first
    return None


def tag_title_place_names(
    words: Sequence[str], spans: Sequence[SpanT], names: KnownNames,
    frozen: Collection[tuple[int, int]] = (), runs: Sequence[tuple[int, int]] | None = None,
) -> list[SpanT]:
    """Rule 4: the name after a title and a place in one capitalised run is a PERSON.

    See :func:`title_place_name`. A model PERSON inside the name's words is kept as it is
    (the words before it may be a qualifier: "Nonaktif", "Terpilih"). Model spans that overlap
    the name must lie within the run and not be ``frozen``, or the run is left alone. Those
    inside the name ("Gubernur Jawa Tengah [Sari Wulandari]" tagged ORG) are replaced by it;
    one that starts before it and reaches into it ("Presiden [Perancis Emmanuel Macron]") is
    cut at the name's start (:func:`cut_remainder`): an ORG keeps the words before it ("[Dinas
    Pendidikan Jawa Timur] [Dewi Anggraini]") unless they open with a title or are just a known
    place; otherwise only the place before the name stays, as LOC ("Presiden [Perancis]
    [Emmanuel Macron]"; rule 3, when on, runs after this rule and judges it like any LOC).
    ``runs`` as in :func:`tag_known_names`.
    """
    owner = _owners(len(words), spans)
    dropped: set[int] = set()
    added: list[SpanT] = []
    for run_start, run_end in capitalised_runs(words) if runs is None else runs:
        found = title_place_name(words, run_start, run_end, names)
        if found is None:
            continue
        start, end = found
        inside = {o for o in owner[start:end] if o >= 0}
        if any(spans[o][2] == PERSON_LABEL and start <= spans[o][0] and spans[o][1] <= end
               for o in inside):
            continue  # the model has a person there already ("Bupati X Nonaktif [Ade Yasin]")
        if not _within(spans, inside, run_start, run_end, frozen):
            continue
        dropped |= inside
        added.append((start, end, PERSON_LABEL))
        added.extend(_cut_before(words, spans, inside, start, names))
    if not added:
        return list(spans)
    return sorted([s for i, s in enumerate(spans) if i not in dropped] + added)


def _cut_before(
    words: Sequence[str], spans: Sequence[SpanT], inside: Collection[int], name_start: int,
    names: KnownNames,
) -> list[SpanT]:
    """What is kept before ``name_start`` of the spans ``inside`` that reach into the name.

    See :func:`cut_remainder`; spans that start at or after ``name_start`` give nothing.
    """
    out: list[SpanT] = []
    for index in inside:
        s, _, label = spans[index]
        if s < name_start:
            out.extend(cut_remainder(words, s, name_start, label, names))
    return out


def cut_remainder(
    words: Sequence[str], start: int, name_start: int, label: str, names: KnownNames
) -> list[SpanT]:
    """The entity left of a model span ``words[start:]`` once rule 4 cut it at ``name_start``.

    An ORG that does not open with a title and is not just a known place keeps its words
    ("[Bank Jawa Tengah] [Sari Wulandari]"); one that opens with a title keeps the words after
    the title when they are a known agency ("Kepala [Dinas Pendidikan Jawa Timur] ..."). Anything
    else ("Presiden Jepang ..." tagged ORG, "Jepang Hiro Tanakawa" tagged PERSON or LOC) names a
    post, not an organisation: only the known place that ends right before the name (or before
    a post qualifier) is kept, as LOC, as a model LOC span there would be ("Presiden [Jepang]
    [Hiro Tanakawa]"); the title and any other word are dropped.
    """
    lead = 0 if names.titles is None else trim_title_tokens(words[start:name_start], names.titles)
    if label == AGENCY_LABEL:
        if lead == 0 and known_label(words, start, name_start, names) != PLACE_LABEL:
            return [(start, name_start, label)]
        if 0 < lead < name_start - start and is_agency(words[start + lead : name_start], names):
            return [(start + lead, name_start, label)]
    stop = name_start
    if stop - 1 > start and words[stop - 1].casefold() in POST_QUALIFIERS:
        stop -= 1  # "Gubernur [Jawa Tengah] Terpilih [Sari Wulandari]"
    first = _place_start(words, start + lead, stop, names)
    return [] if first is None else [(first, stop, PLACE_LABEL)]


def _within(
    spans: Sequence[SpanT], inside: Collection[int], start: int, end: int,
    frozen: Collection[tuple[int, int]],
) -> bool:
    """Whether the spans ``inside`` (indexes) all lie within ``start:end``, none frozen."""
    return all(
        spans[i][0] >= start and spans[i][1] <= end and spans[i][:2] not in frozen
        for i in inside
    )


#: Cue words of the administrative units below a regency, added to the gazetteer's natural
#: feature cues for rule 5 ("Kecamatan Tanjung Mas", "Desa Sukamaju"): their bare names are
#: often ordinary words (hence not looked up), with the cue they are places. Counted on NERGRIT
#: train (gold LOC with the run's bounds): desa 96 of 116 runs, kecamatan 63 of 64, kelurahan
#: 23 of 28, dusun 38 of 42; idner-news-2k train has none.
UNIT_CUES: frozenset[tuple[str, ...]] = frozenset(
    {("desa",), ("kelurahan",), ("kecamatan",), ("dusun",)}
)

#: Most name words after a feature cue that :func:`feature_name` takes ("Gunung Poco Leok").
MAX_FEATURE_NAME = 3


def feature_cue_length(words: Sequence[str], start: int, end: int, names: KnownNames) -> int:
    """How many words of ``words[start:end]`` form a feature cue at its start (0: none).

    The longest cue wins ("Taman Nasional" over a cue "Taman", were both listed). A run whose
    first word opens no cue is answered by one set lookup (``names.feature_cue_heads``).
    """
    cues = names.feature_cues
    longest = min(names.longest_feature_cue, end - start)
    if longest <= 0 or words[start].casefold() not in names.feature_cue_heads:
        return 0
    for n in range(longest, 0, -1):
        if tuple(w.casefold() for w in words[start : start + n]) in cues:
            return n
    return 0


def feature_name(words: Sequence[str], start: int, end: int, names: KnownNames) -> bool:
    """Whether the capitalised run ``words[start:end]`` names a natural feature or a unit.

    It opens with a feature or unit cue ("Gunung", "Selat", "Taman Nasional", "Desa";
    ``names.feature_cues``) followed by one to :data:`MAX_FEATURE_NAME` words; all are words
    of letters, the run is no known agency, it does not stand in a title-case line
    (:func:`in_title_case_line`: a headline capitalises the verb after a name, "Gunung Lokon
    Meletus"), and a unit cue is not followed by a word of ``names.village_classes`` ("Desa
    Wisata Unggulan" is a class of villages), and a cue that is also an ordinary word counts
    nothing (:func:`counts_here`).
    """
    cue = feature_cue_length(words, start, end, names)
    return (
        cue > 0
        and 1 <= end - start - cue <= MAX_FEATURE_NAME
        and not _village_class(words, start, cue, names)
        and not counts_here(words, start, cue, names)
        and _is_name_text(words[start:end])
        and not is_agency(words[start:end], names)
        and not in_title_case_line(words, start, end)
    )


def counts_here(words: Sequence[str], start: int, cue: int, names: KnownNames) -> bool:
    """Whether the cue ``words[start:start + cue]``, also an ordinary word, counts here.

    The same test as the place rules' for a ``common`` cue ("kali": times): a count word
    before it ("dua Kali Lipat", "2 Kali Gagal") or a rank or number word after it ("Kali
    Kedua", "Kali Pertama"). Other cues never count.
    """
    if tuple(w.casefold() for w in words[start : start + cue]) not in names.common_cues:
        return False
    return (start > 0 and count_word(words[start - 1])) or count_word(words[start + cue])


def _village_class(words: Sequence[str], start: int, cue: int, names: KnownNames) -> bool:
    """Whether the unit cue ``words[start:start + cue]`` is followed by a village class word."""
    return (
        tuple(w.casefold() for w in words[start : start + cue]) in UNIT_CUES
        and words[start + cue].casefold() in names.village_classes
    )


def feature_start(words: Sequence[str], start: int, end: int, names: KnownNames) -> int | None:
    """Where the feature name in the capitalised run ``words[start:end]`` starts, or None.

    At the run's start, or one word later when the run opens a sentence ("Warga [Desa
    Sukamaju] ...": the first word is capitalised for the sentence).
    """
    if feature_name(words, start, end, names):
        return start
    if is_sentence_initial(words, start) and feature_name(words, start + 1, end, names):
        return start + 1
    return None


def after_post(words: Sequence[str], start: int, names: KnownNames) -> bool:
    """Whether the cue at ``words[start]`` follows a word that makes it part of a post.

    A title before any cue ("Bupati Kepulauan ...", "Kepala Desa ..."), or a post or staff
    word before a unit cue ("Pendamping Desa", "kaur Desa"; ``names.unit_posts``), in any
    case, inside the run or not ("kata kepala Desa ..."). The capitalised words after such a
    cue may be the holder's name ("Sekretaris Desa Agus Salim"), not a place's.
    """
    if start == 0:
        return False
    before = words[start - 1]
    if names.titles is not None and is_title_word(before, names.titles):
        return True
    return (words[start].casefold(),) in UNIT_CUES and before.casefold() in names.unit_posts


def tag_feature_names(
    words: Sequence[str], spans: Sequence[SpanT], names: KnownNames,
    frozen: Collection[tuple[int, int]] = (), runs: Sequence[tuple[int, int]] | None = None,
) -> list[SpanT]:
    """Rule 5: a capitalised run naming a natural feature or unit (:func:`feature_name`) is LOC.

    Unlike a known place name (rule 1), a cue word and a name are a place in any context: a
    mountain, a strait or a village does not stand for a government, so the learned place
    contexts are not asked. A run that opens a sentence may start with one more word
    (:func:`feature_start`). The name is tagged when no entity touches it or when the entities
    inside it lie wholly within it ("Pulau [Kherkof]" tagged PERSON), and relabelled when the
    model gave exactly the run another label ("[Gunung Lokon]" tagged ORG); a ``frozen`` span
    in it, or one reaching outside it, leaves it alone. A model PERSON that starts after the
    name's first word ends the name ("Kepala [Desa Sukamaju] [Budi Santoso]"), and so does a
    word in capitals ("[Desa Sukamaju] RT 04") or a known country ("[Pulau Pinang] Malaysia").
    After a title or post word (:func:`after_post`) the name is tagged only when such a model
    PERSON ends it: otherwise the words after the cue may be the holder's name ("Sekretaris
    Desa [Agus Salim]").
    ``runs`` as in :func:`tag_known_names`.
    """
    if not names.feature_cues:
        return list(spans)
    owner = _owners(len(words), spans)
    dropped: set[int] = set()
    added: list[SpanT] = []
    for run_start, run_end in capitalised_runs(words) if runs is None else runs:
        start = feature_start(words, run_start, run_end, names)
        if start is None:
            continue
        name = start + feature_cue_length(words, start, run_end, names)
        stop = _before_country(words, name, _before_capitals(words, name, run_end), names)
        end = _before_person(spans, owner, name, stop)
        if end <= name or (end == stop and after_post(words, start, names)):
            continue
        inside = {o for o in owner[start:end] if o >= 0}
        if not _within(spans, inside, start, end, frozen) or any(
            spans[o] == (start, end, PLACE_LABEL) for o in inside
        ):
            continue
        dropped |= inside
        added.append((start, end, PLACE_LABEL))
    if not added:
        return list(spans)
    return sorted([s for i, s in enumerate(spans) if i not in dropped] + added)


def _before_capitals(words: Sequence[str], name: int, end: int) -> int:
    """Where a name whose first word is ``name`` ends.

    At ``end``, or before a word in capitals ("Desa Sukamaju RT 04": "RT" is a neighbourhood,
    not part of the village's name); at ``name`` itself when that word is in capitals.
    """
    for i in range(name, end):
        if len(words[i]) > 1 and words[i].isupper():
            return i
    return end


#: The place type of a country in the gazetteer.
COUNTRY_TYPE = "negara"

# Compass words (lexicons.regions.COMPASS_WORDS): a name of only these is not complete
# before a country ("Pantai Barat Amerika Serikat" is the country's west coast).


def _before_country(words: Sequence[str], name: int, end: int, names: KnownNames) -> int:
    """Where a name whose first word is ``name`` ends: at ``end``, or before a known country.

    "[Pulau Pinang] Malaysia": a country after a complete name says where the feature lies and
    is no part of its name; after compass words only it is ("[Pantai Barat Amerika Serikat]").
    """
    for i in range(name + 1, end):
        if all(w.casefold() in COMPASS_WORDS for w in words[name:i]):
            continue
        for j in range(i + 1, end + 1):
            if COUNTRY_TYPE in place_types(words[i:j], names, initial=False):
                return i
    return end


def _before_person(spans: Sequence[SpanT], owner: Sequence[int], name: int, end: int) -> int:
    """Where a feature name whose first word is ``name`` ends.

    At ``end``, or at the start of a model PERSON span that begins after the name's first word.
    """
    for i in range(name + 1, end):
        o = owner[i]
        if o >= 0 and spans[o][0] == i and spans[o][2] == PERSON_LABEL:
            return i
    return end


def learn_place_contexts(
    sentences: Iterable[tuple[Sequence[str], Iterable[SpanT]]],
    names: KnownNames,
    min_count: int = 3,
    min_share: float = 0.8,
) -> list[str]:
    """The contexts after which annotated text tags a known place name as LOC.

    Every maximal capitalised run of the text that names a known place (and no agency) is
    counted under its context (:func:`context_of`); a context is kept when the run is a LOC
    span with exactly the run's bounds in at least ``min_share`` of at least ``min_count``
    cases. idner-news-2k leaves a country name untagged where it qualifies a noun ("warga
    Jepang", "militer Israel") and tags it after a preposition ("di Jepang").

    Parameters
    ----------
    sentences
        ``(words, spans)`` pairs of annotated training text.
    names
        The tables (their ``place_contexts`` are ignored).
    min_count, min_share
        Thresholds as above.

    Returns
    -------
    list of str
        The kept contexts, most frequent first.
    """
    seen: Counter[str] = Counter()
    tagged: Counter[str] = Counter()
    for run in known_place_runs(sentences, names):
        context = context_of(run.words, run.start, run.place_ends)
        seen[context] += 1
        tagged[context] += run.tagged
    return [c for c, n in seen.most_common() if n >= min_count and tagged[c] >= min_share * n]


@dataclass(frozen=True)
class PlaceRun:
    """A maximal capitalised run of annotated text that names a known place (and no agency)."""

    words: Sequence[str]
    start: int
    end: int
    #: Where the text's gold LOC spans end (the ``"LOC x"`` contexts of :func:`context_of`).
    place_ends: frozenset[int]
    #: Whether a gold LOC span has exactly the run's bounds.
    tagged: bool


def known_place_runs(
    sentences: Iterable[tuple[Sequence[str], Iterable[SpanT]]], names: KnownNames
) -> Iterator[PlaceRun]:
    """The runs that name a known place in annotated text, what both learners count."""
    for words, spans in sentences:
        gold = {(s, e) for s, e, label in spans if label == PLACE_LABEL}
        place_ends = frozenset(e for _, e in gold)
        for start, end in capitalised_runs(words):
            if known_label(words, start, end, names) == PLACE_LABEL:
                yield PlaceRun(words, start, end, place_ends, (start, end) in gold)


def learn_bound_types(
    sentences: Iterable[tuple[Sequence[str], Iterable[SpanT]]],
    names: KnownNames,
    min_count: int = 3,
    min_share: float = 0.8,
) -> list[str]:
    """The place types whose names annotated text leaves untagged outside the place contexts.

    Every maximal capitalised run of the text that names a known place (and no agency) and
    does not follow one of ``names.place_contexts`` counts once for each of its types; a type
    is kept when such runs are a LOC span with exactly the run's bounds in at most
    ``1 - min_share`` of at least ``min_count`` cases. idner-news-2k tags a country after "di"
    or "ke" but not where it acts or qualifies a noun ("Jepang mengirim ...", "warga Jepang").

    Parameters
    ----------
    sentences
        ``(words, spans)`` pairs of annotated training text.
    names
        The tables, with the learned ``place_contexts``.
    min_count, min_share
        Thresholds as above.

    Returns
    -------
    list of str
        The kept types, most frequent first.
    """
    contexts = names.place_contexts or ()
    seen: Counter[str] = Counter()
    tagged: Counter[str] = Counter()
    for run in known_place_runs(sentences, names):
        words, start = run.words, run.start
        if in_place_context(words, start, contexts, run.place_ends):
            continue
        for kind in place_types(words[start:run.end], names, is_sentence_initial(words, start)):
            seen[kind] += 1
            tagged[kind] += run.tagged
    return [t for t, n in seen.most_common()
            if n >= min_count and tagged[t] <= (1 - min_share) * n]


def drop_bound_places(
    words: Sequence[str], spans: Sequence[SpanT], names: KnownNames,
    frozen: Collection[tuple[int, int]] = (),
) -> list[SpanT]:
    """Rule 3: drop LOC and ORG spans that name a place of bound types outside the contexts.

    A span is dropped when its text is exactly a known place (and no agency) all of whose
    types are in ``names.bound_types`` (:func:`learn_bound_types`), and it does not follow
    one of the learned place contexts ("di Jepang" stays, "warga Jepang" and "Jepang
    mengirim ..." lose the entity). Only capitalised spans are dropped: the convention was
    counted on capitalised runs, and lower-cased news (NER-P) tags countries anywhere.
    ``frozen`` spans (linked ones) are kept.
    """
    contexts = names.place_contexts
    if not names.bound_types or contexts is None:
        return list(spans)
    place_ends = {e for _, e, label in spans if label == PLACE_LABEL}
    out: list[SpanT] = []
    for start, end, label in spans:
        if (
            label in (PLACE_LABEL, AGENCY_LABEL)
            and (start, end) not in frozen
            and all(is_capitalised(w) for w in words[start:end])
            and known_label(words, start, end, names) == PLACE_LABEL
            and _only_bound(words, start, end, names)
            and not in_place_context(words, start, contexts, place_ends)
        ):
            continue
        out.append((start, end, label))
    return out


def _only_bound(words: Sequence[str], start: int, end: int, names: KnownNames) -> bool:
    """Whether every type of the known place ``words[start:end]`` is a bound type."""
    kinds = place_types(words[start:end], names, is_sentence_initial(words, start))
    return bool(kinds) and kinds <= frozenset(names.bound_types)


def load_place_contexts(path: str | Path | None = None) -> frozenset[str]:
    """Load the place contexts: the packaged ``place_contexts.txt`` unless ``path``.

    One context per line; ``#`` starts a comment line.
    """
    return _load_lines(PLACE_CONTEXTS_RESOURCE, path)


def load_bound_types(path: str | Path | None = None) -> frozenset[str]:
    """Load the bound place types: the packaged ``bound_place_types.txt`` unless ``path``.

    One type per line; ``#`` starts a comment line.
    """
    return _load_lines(BOUND_TYPES_RESOURCE, path)


def _load_lines(resource: str, path: str | Path | None) -> frozenset[str]:
    """The non-comment lines of ``path``, or of the packaged ``resource`` when it is None."""
    source = files("beritanlp.ner").joinpath(resource) if path is None else path
    readable = Path(source) if isinstance(source, str) else source
    text = readable.read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def apply_knowledge(
    words: Sequence[str], spans: Sequence[SpanT], names: KnownNames, relabel: bool = False,
    frozen: Collection[tuple[int, int]] = (), drop_bound: bool = False,
    title_names: bool = False, features: bool = False,
) -> list[SpanT]:
    """Rules 2 (``relabel``), 1, 5 (``features``), 4 (``title_names``) and 3 (``drop_bound``).

    In that order, over the capitalised runs read once (:func:`capitalised_runs`: the words
    do not change from rule to rule). Returns the new entity list, sorted. Rule 3
    (:func:`drop_bound_places`) does nothing when ``names.bound_types`` is empty, rule 4
    (:func:`tag_title_place_names`) when ``names.titles`` is None, rule 5
    (:func:`tag_feature_names`) when ``names.feature_cues`` is empty.
    """
    if relabel:
        spans = relabel_known_names(words, spans, names, frozen)
    runs = capitalised_runs(words)
    spans = tag_known_names(words, spans, names, frozen, runs)
    if features:
        spans = tag_feature_names(words, spans, names, frozen, runs)
    if title_names:
        spans = tag_title_place_names(words, spans, names, frozen, runs)
    if drop_bound:  # after rule 4: a place its cut keeps is judged like a model LOC span
        spans = drop_bound_places(words, spans, names, frozen)
    return list(spans)
