"""Scores in Indonesian government news: metric, value, kind, subject and year.

Pure (no spaCy); the table of metrics is passed in. :func:`find_scores` reads a text (headline,
blank line, body) and returns the scores it states, as defined in GUIDELINE.md: a number or
grade that measures or ranks a subject on an index, survey, audit, rating or evaluation, plus
changes, averages and targets of such numbers. Money, budgets, counts, dates, times and growth
percentages are not scores.

How it works
------------
1. Metrics are found from the metric table (:mod:`beritanlp.lexicons.metrics`: acronyms, long
   names, issuing bodies, grades), from acronyms the text defines for "Indeks ..."/"Survei ..."
   long forms, from capitalised "Indeks X"/"Survei X" names, from award names ("X Award",
   "Anugerah X"), and from what a ranking ranks by ("dengan kualitas infrastruktur terbaik",
   "klasemen sementara Liga 1"; such measures take ranks and list items only). A named index
   written again loosely in lower case ("indeks perilaku korupsi ...") is that index
   (:mod:`~beritanlp.rules.scores.variants`).
2. Values come from :func:`beritanlp.text.numbers.find_numbers` (decimal comma and dot, "poin",
   ranks "II", "peringkat ke-3", "posisi ke lima", "terbaik ketiga", readings "33 hingga 50")
   and from grades: codes (WTP, "predikat A"), their long forms, grade words in any case
   ("tidak sehat", "Nindya", "zona hijau"), award tiers ("Silver Winner Anugerah X") and
   predicate words ("predikat sangat baik"). A number is a score only when a metric is named in
   its sentence, or when a score word ("nilai", "skor", "angka", "rata-rata", "target" ...)
   precedes it and a metric was named shortly before. Ranked lists
   (:mod:`~beritanlp.rules.scores.ranked`) give each listed subject its value and rank;
   contest results listed rank by rank after the contest ("Juara I Lomba X SDN 3 A, Juara II
   B") give each winner its rank in that contest (:mod:`~beritanlp.rules.scores.contests`).
   Events named by their short names ("Porprov X", "MTQ ke-40 ...", "SEA Games") are the
   contests of an overall win or a rank aimed at in their sentence
   (:mod:`~beritanlp.rules.scores.events`); a rank aimed at ("menargetkan juara umum",
   "ditargetkan masuk lima besar") is a target (:mod:`~beritanlp.rules.scores.aimed`).
   Scale definitions ("bila ...", bands "0-50") and levels compared with give nothing.
   Air-quality readings as news writes them beyond "ISPU di X mencapai N" (a reading's level,
   "masing-masing" readings, a reading carried to the next sentence, a particle's
   concentration, the air's level named by its index) come from
   :mod:`~beritanlp.rules.scores.air`.
   A rank that starts a ranking's band ("peringkat 601-800", "1001+") is that band as a rank
   string, a top-N placement ("masuk 10 besar") a grade string
   (:mod:`~beritanlp.rules.scores.bands`).
   Statistical indicators and survey results ("prevalensi stunting 21,6 persen", "menurut
   Riskesdas ... 48,9 persen") come from :mod:`~beritanlp.rules.scores.indicators`, with the
   pairs a group carries on after an indicator (:mod:`~beritanlp.rules.scores.carried`) and
   the shares a survey-citing sentence gives as "dari X% menjadi Y%"
   (:mod:`~beritanlp.rules.scores.surveyed`).
   A poll measure's named subjects ("elektabilitas A 45,2 persen, sementara B 28,1 persen",
   "tingkat kepuasan publik terhadap kinerja pemerintah 71,8 persen") take their shares with
   the measure as the metric, over the survey's name other rules gave them
   (:mod:`~beritanlp.rules.scores.pollmeasures`).
3. The kind comes from the words between the value and the previous number of the sentence:
   "naik/meningkat/peningkatan ... X poin" is a change, "rata-rata" an average, "target" or a
   value aimed at ("diharapkan turun menjadi") a target, rank cues a rank, grades a grade,
   anything else a value.
4. The subject: the subjects listed or counted with a grade ("yaitu A dan B", "WTP diraih 20
   kabupaten", "32 provinsi sudah WTP", "opini WTP atas laporan keuangan 2023 diraih A, B dan
   C"), or each with its own clause in a list of holders and grades ("A meraih predikat
   Madya, B predikat Pratama"); the place an air-quality reading is of; the group of
   people an index breakdown names (:mod:`~beritanlp.rules.scores.groups`: "IPAK untuk
   kelompok usia X", "dibanding warga desa (3,52)"); a name or a country right after the
   metric ("skor EoDB Indonesia"); else the agency (places only when there is none) or the
   name before an achievement verb nearest before the value in its sentence (agencies and
   places passed in by the spaCy component, or found by a fallback pattern for "Pemerintah Kota
   X", "Pemkab X", "Kementerian X" ...), never the body that issues the metric nor a name
   inside a metric's name; names before a relative "yang" and a standing ("Klub Y yang
   memuncaki klasemen") and groups of people opening a clause before an achievement verb
   count as names before a verb; a work between a score word and its rating ("Rating Film X
   di Rotten Tomatoes") and a list item's name before its country and a bracketed note are
   the subject; else the agencies introducing a bullet list; else the name a
   sentence-opening "Mereka"/"Ia" stands for (:mod:`~beritanlp.rules.scores.antecedents`);
   else the place the metric is said to be measured in ("IPAK di Indonesia"); else the
   programme evaluated just before (:mod:`~beritanlp.rules.scores.programmes`); else the
   article's main agency. Never a holder: a country named by a currency ("dolar AS"), the
   body closing a contest's name ("Alfa Robotic Competition Kementerian Beta": its
   organiser). An average's subject is the phrase after "rata-rata" ("kota di Indonesia");
   a grade given "seperti" (like) listed holders is its clause's holder's too.
5. The year is the one stated in the sentence, else a relative one ("tahun lalu") against the
   article date, else the nearest year stated shortly before, else the article's year (targets
   never inherit a year; "naik dari X menjadi Y" puts X a year before Y, and X has no year when
   the text states none, or after a span counted back, "dalam 3 tahun terakhir"; a streak, "lima
   kali berturut-turut", has none either; a year to come closing an election's name, "Pilkada X
   2020", dates no poll; "tahun ini" of a ranking named by the next year is that edition; "Setahun
   sebelumnya" a year before the year the text spoke of; "tahun lalu peringkat N" the year
   before; a placing in a list takes the year closing its item; a period of months running
   over two years gives none).
"""


from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, NamedTuple

from beritanlp.lexicons.metrics import MetricRule
from beritanlp.rules.scores.aimed import aimed_ranks
from beritanlp.rules.scores.air import (
    continued_readings,
    earlier_readings,
    index_levels,
    level_readings,
    listed_places,
    may_read_particles,
    particle_metrics,
    particle_readings,
    placeless_reading,
    reading_levels,
    respective_readings,
    restated_levels,
    unit_readings,
)
from beritanlp.rules.scores.announced import announced_grades
from beritanlp.rules.scores.bands import band_start, with_bands
from beritanlp.rules.scores.bracketranks import bracket_rank_candidates, may_list_bracket_ranks
from beritanlp.rules.scores.clauses import with_clause_groups
from beritanlp.rules.scores.contests import contest_results
from beritanlp.rules.scores.context import SentenceMemo
from beritanlp.rules.scores.dedupe import (
    PlaceMetrics,
    dedupe,
    norm,
    restatements,
    without_air_restatements,
)
from beritanlp.rules.scores.economic import default_economic_indices, without_economic
from beritanlp.rules.scores.events import event_metrics
from beritanlp.rules.scores.fullnames import long_forms
from beritanlp.rules.scores.grades import bracketed_grades, grade_candidates
from beritanlp.rules.scores.holders import with_named_holders
from beritanlp.rules.scores.indicators import (
    default_indicator_table,
    may_hold_indicator_values,
    may_state_indicators,
    with_indicators,
)
from beritanlp.rules.scores.judged import category_tiers, judged_metrics
from beritanlp.rules.scores.leaders import may_name_leaders, with_leaders
from beritanlp.rules.scores.levels import level_candidates
from beritanlp.rules.scores.mainheld import main_holds
from beritanlp.rules.scores.metrics import MetricIndex, find_metrics
from beritanlp.rules.scores.model import ByStart, Candidate, Metric, SubjectMention
from beritanlp.rules.scores.pillars import (
    default_pillar_table,
    is_university_ranking,
    with_pillars,
)
from beritanlp.rules.scores.placings import with_placing_holders
from beritanlp.rules.scores.polled import polled_candidates
from beritanlp.rules.scores.pollmeasures import (
    default_poll_measures,
    default_poll_not_subjects,
    may_state_poll_measures,
    with_poll_measures,
)
from beritanlp.rules.scores.pollnames import may_name_polls
from beritanlp.rules.scores.programmes import evaluated_programmes, programme_before
from beritanlp.rules.scores.ranges import range_candidates
from beritanlp.rules.scores.ranked import (
    category_winner_candidates,
    list_candidates,
    without_intro_ranks,
)
from beritanlp.rules.scores.ranks import ArticleMetrics, article_metrics, champion_candidates
from beritanlp.rules.scores.relations import named_related
from beritanlp.rules.scores.scopes import asia_name, asia_ranks, asia_table
from beritanlp.rules.scores.seeds import seed_candidates
from beritanlp.rules.scores.shared import with_shared_values
from beritanlp.rules.scores.speakers import without_officials
from beritanlp.rules.scores.stars import star_candidates
from beritanlp.rules.scores.subjects import (
    READING_METRICS,
    counted_by_year,
    counted_group,
    fallback_subjects,
    institution_grade,
    main_subject,
    merge_subjects,
    outside_currencies,
    outside_metrics,
    player_rank,
    reading_places,
    subject_for,
)
from beritanlp.rules.scores.values import numeric_candidate
from beritanlp.rules.scores.years import (
    Years,
    against_target,
    article_year,
    coordinated_years,
    metric_editions,
    reading,
    year_mentions,
)
from beritanlp.schema import Score
from beritanlp.text.acronyms import AcronymDefinition, find_definitions, find_or_definitions
from beritanlp.text.headline import short_headline_end
from beritanlp.text.mojibake import readable, repair
from beritanlp.text.numbers import NumberMention, find_numbers
from beritanlp.text.sentences import split_sentences


def find_scores(
    text: str,
    *,
    rules: Iterable[MetricRule] | MetricIndex,
    date: str | None = None,
    subjects: Iterable[SubjectMention] | None = None,
    sentences: Sequence[tuple[int, int]] | None = None,
    context_window: int = 900,
    officials: Iterable[str] | None = None,
    sites: Iterable[tuple[int, int]] | None = None,
) -> list[Score]:
    """Find the scores an article states.

    Parameters
    ----------
    text : str
        The article (headline, blank line, body); offsets refer to it.
    rules : iterable of MetricRule, or MetricIndex
        The metric table (:func:`beritanlp.lexicons.metrics.load_metric_rules` for the packaged
        one), or its :class:`~beritanlp.rules.scores.metrics.MetricIndex` when the caller keeps
        one (building it compiles the lexicon's patterns).
    date : str | None
        The article date, ISO ("2024-05-16"), for "tahun lalu"; when ``None`` the first full
        date in the text is used.
    subjects : iterable of SubjectMention, optional
        Agency and place mentions found by other components; a fallback pattern
        ("Pemerintah Kota X", "Pemkab X", "Kementerian X", ...) is always added.
    sentences : sequence of (start, end), optional
        Sentence spans; :func:`beritanlp.text.sentences.split_sentences` by default.
    context_window : int
        How far back (characters) a metric or year named earlier still applies.
    officials : iterable of str, optional
        The names of the text's officials: a subject mention running into one ends before it
        ("Dinas X Budi Santoso mengatakan": "Dinas X"; :mod:`~beritanlp.rules.scores.speakers`).
    sites : iterable of (int, int), optional
        Offsets of the places the entity recognizer found (GPE/LOC): a site listed after an air
        level (:mod:`~beritanlp.rules.scores.sitelists`) may be one of them instead of a place
        mention.

    Returns
    -------
    list[Score]
        One :class:`beritanlp.schema.Score` per distinct (metric, value, kind, subject), in text
        order.

    Raises
    ------
    TypeError
        If ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_scores expects a str, got {type(text).__name__}")
    if not text.strip():
        return []
    original, text = text, repair(text)
    lex = rules if isinstance(rules, MetricIndex) else MetricIndex(rules)
    # the sentences are split only when a rule first asks (most texts name no metric at all)
    subjects = list(subjects or [])
    found = _candidates(text, lex, _SentenceFinder(text, sentences), context_window, subjects)
    if found is None:
        return []
    return _scores(text, original, found, subjects, date, context_window, lex.place_nesting,
                   officials, sites)


class _Found(NamedTuple):
    """The candidates of a text, with the metrics, grades and numbers they were read from."""

    candidates: list[Candidate]
    metrics: ByStart[Metric]
    grades: list[Candidate]
    numbers: ByStart[NumberMention]
    levels: dict[int, list[int]]  # an air level's start -> the starts of the readings it is of
    # starts of world-ranking ranks of its Asia table -> the Asia phrase their sentence writes
    asia: Mapping[int, str | None] = MappingProxyType({})
    definitions: tuple[AcronymDefinition, ...] = ()  # short forms the text defines in brackets


def _candidates(text: str, lex: MetricIndex, sent_of: _SentenceFinder,
                window: int, subjects: Sequence[SubjectMention] = ()) -> _Found | None:
    """Every value, rank and grade the rules accept, in text order (``None``: none can be).

    List items win over the numbers they hold; a letter in brackets beside a value is a grade
    of its metric. ``subjects`` (agencies and places) and the core's government phrases are
    the names leaders are read whole by.
    """
    # read once: the metrics and the grades use them ("X atau XA" too, in text order)
    bracketed = find_definitions(text)
    definitions = sorted([*bracketed, *find_or_definitions(text)], key=lambda d: d.long_start)
    metrics = ByStart(find_metrics(text, lex, sent_of, definitions))
    kept = without_economic(text, metrics, definitions, default_economic_indices())
    if kept is not None:  # "Indeks Ekspektasi Harga (IEH)": an economy's statistic, no score
        metrics = ByStart(kept)
    judged = judged_metrics(text, metrics)  # contests named with a rank
    judged += event_metrics(text, metrics, sent_of)  # "juara umum Porprov X", "menargetkan ..."
    if judged:
        metrics = ByStart(sorted([*metrics, *judged], key=lambda m: (m.start, -m.end)))
    grades = grade_candidates(text, metrics, lex, sent_of, window, definitions)
    grades += category_tiers(text, grades, sent_of)
    counted = level_candidates(text, metrics, sent_of) + star_candidates(text, metrics, sent_of)
    grades += counted
    indicators = default_indicator_table()
    winners = category_winner_candidates(text, sent_of)  # "Kategori X: A (Juara I)"
    winners += contest_results(text, sent_of)  # "Juara I Lomba X SDN 3 A, Juara II B"
    winners += seed_candidates(text, sent_of)  # "B yang menjadi unggulan kedua"
    # "daftar 50 kampus terbaik ...: A (4), B (9)": the ranking is named by the list's words
    bracketed_ranks = bracket_rank_candidates(text, sent_of.sentences(), metrics) \
        if may_list_bracket_ranks(text) else []
    if not metrics and not grades and not winners and not bracketed_ranks \
            and not may_read_particles(text) and not (
            may_hold_indicator_values(text) and (
                may_state_indicators(text, indicators) or may_name_polls(text)
                or may_state_poll_measures(text, default_poll_measures()))):
        return None  # every numeric value needs a metric (or an indicator): no number scan
    sents = sent_of.sentences()
    if not sents:
        return None
    numbers = ByStart(find_numbers(text))
    # a rank far from any metric takes the text's one named metric: one a grade word alone
    # stands for ("opini WTP") is never what a rank ranks
    article = article_metrics(metrics)
    metrics = _with_grade_metrics(metrics, grades)
    won = {(c.start, c.end) for c in winners}  # a winner's rank is read once
    listed = [c for c in list_candidates(text, sents, metrics, sent_of)
              if (c.start, c.end) not in won] + winners
    listed += [c for c in bracketed_ranks if not any(  # a list another rule read stays its
        x.start < c.end and c.start < x.end for x in listed)]
    # list items, and the numbers of levels and stars ("nilai bintang 4": one grade, no value)
    taken = {i for c in [*listed, *counted] for i in range(c.start, c.end)}
    numeric = [c for c in _numeric_candidates(text, numbers, metrics, sent_of, window, article)
               if c.start not in taken and c.end - 1 not in taken]
    numeric = without_intro_ranks(text, numeric, listed)  # "peringkat teratas: 1. A 2. B"
    numeric += _air_readings(text, numbers, metrics, [*numeric, *listed], sent_of)
    numeric += _particles(text, numbers, metrics, lex, sent_of, {c.start for c in numeric})
    levels = reading_levels(text, numeric, grades)
    # a list item's value may carry its grade in brackets ("1. Kab. A 72,15 (BB)"), as a value does
    candidates = numeric + grades + listed + bracketed_grades(text, [*numeric, *listed], grades)
    candidates += champion_candidates(text, metrics, sent_of)
    candidates += aimed_ranks(text, metrics, sent_of)  # "menargetkan juara umum Porprov X"
    candidates = with_indicators(text, candidates, numbers, sent_of, indicators)
    candidates = with_pillars(text, candidates, numbers, sents, default_pillar_table())
    candidates += polled_candidates(text, metrics, sent_of, {c.start for c in candidates})
    # "elektabilitas A 45,2 persen, B 28,1 persen": each subject's share on the measure
    candidates = with_poll_measures(text, candidates, sent_of, default_poll_measures(),
                                    default_poll_not_subjects())
    candidates.sort(key=lambda c: c.start)
    candidates = with_clause_groups(text, with_bands(text, candidates))
    candidates = with_named_holders(text, candidates, lambda c: is_university_ranking(c.metric))
    candidates = with_placing_holders(text, candidates)  # "Rudi finis di posisi ke-8"
    # "terbesar ketiga setelah A dan B": A 1, B 2; the names leaders are read whole by
    # ("setelah Kementerian Hukum dan HAM": one name), only when a leader word and a rank are
    if may_name_leaders(text) and any(c.kind == "rank" for c in candidates):
        mentions = [*subjects, *fallback_subjects(text)]
        candidates = with_leaders(text, candidates, mentions, lex.position_heads())
    # "A dan B ... Ketiganya naik 2 peringkat"
    candidates = with_shared_values(text, candidates, lex.position_heads())
    candidates = particle_metrics(text, candidates)  # "AQI 120 dengan PM 2,5 52,3 µg": PM 2,5's
    candidates = listed_places(text, candidates)  # "; B 141; C 136 dan D 126": each its place's
    head_end = short_headline_end(text)
    return _Found(candidates, metrics, grades, numbers, levels,
                  asia_ranks(text, candidates, sents, head_end),
                  tuple(bracketed))


def _particles(text: str, numbers: ByStart[NumberMention], metrics: ByStart[Metric],
               lex: MetricIndex, sent_of: Any, taken: set[int]) -> list[Candidate]:
    """Concentrations of a particle read ("konsentrasi PM 10 ... 301 mikrogram")."""
    if "PM" not in text:
        return []
    air = next((r for r in lex.rules if r.id in READING_METRICS), None)
    return [c for c in particle_readings(text, numbers, metrics, air, sent_of)
            if c.start not in taken]


def _air_readings(text: str, numbers: ByStart[NumberMention], metrics: ByStart[Metric],
                  found: list[Candidate], sent_of: Any) -> list[Candidate]:
    """Air readings given to coordinated places, or carried to the next sentence."""
    if not any(reading(c) for c in found) and not any(
            m.rule is not None and m.rule.id in READING_METRICS for m in metrics):
        return []
    taken = {c.start for c in found}
    extra = [c for c in respective_readings(text, metrics, numbers, sent_of)
             if c.start not in taken]
    extra += continued_readings(text, numbers, metrics, [*found, *extra], sent_of)
    extra += earlier_readings(text, numbers, metrics, [*found, *extra], sent_of)
    taken |= {c.start for c in extra}
    extra += [c for c in unit_readings(text, numbers, metrics, sent_of) if c.start not in taken]
    extra += [c for c in level_readings(text, numbers, metrics, sent_of) if c.start not in taken]
    return sorted(extra, key=lambda c: c.start)


@dataclass
class _Holders:
    """What the scores of one text remember while their subjects are chosen, in text order."""

    in_text: dict[str, bool] = field(default_factory=dict)  # phrase -> written in the text
    achievers: dict[object, Any] = field(default_factory=dict)  # per-sentence achiever names
    stated: set[tuple[str, object]] = field(default_factory=set)  # grades of a clause's subject
    fallback: set[int] = field(default_factory=set)  # grades left to the main subject
    # metric -> its latest subject (None: the latest score was a group's, no one holder)
    last_subject: dict[str, str | None] = field(default_factory=dict)
    given: dict[tuple[str, str], set[str | None]] = field(default_factory=dict)  # body grades
    # body targets: (metric, grade) -> the years they aim at
    aimed: dict[tuple[str, str], set[int | None]] = field(default_factory=dict)
    programmes: list[tuple[int, int, str]] | None = None  # evaluated programmes, read once
    group_at: dict[str, int] = field(default_factory=dict)  # metric -> its group score sentence end
    sites: frozenset[tuple[int, int]] = frozenset()  # GPE/LOC entities' offsets (sitelists)


#: A value pointed back at ("peringkat 4 itu ... pada 2022"): a repeat of an earlier mention,
#: whatever year its sentence states (the year it was handed over, not the score's).
_POINTED_BACK = re.compile(r"[ \t]+(?:itu|tersebut|ini)\b")


def _scores(text: str, original: str, found: _Found, subjects: Iterable[SubjectMention] | None,
            date: str | None, window: int,
            nesting: Callable[[], Callable[[str, str], bool]],
            officials: Iterable[str] | None = None,
            sites: Iterable[tuple[int, int]] | None = None) -> list[Score]:
    """The scores of the candidates: each with its subjects and year, repeats dropped.

    ``nesting()`` gives the test of one place lying in another (read only when two places
    share an air reading); ``officials`` end the subject mentions running into their names.
    """
    title_end = short_headline_end(text, default=-1)
    subj_list = ByStart(outside_metrics(outside_currencies(text, merge_subjects(without_officials(
        text, [*(subjects or []), *fallback_subjects(text, max(title_end, 0))], officials))),
        found.metrics))
    held = _Holders(sites=frozenset(sites or ()))
    # issuers of the grades' metrics too: "Opini WDP" names no metric the table lists
    main = main_subject(subj_list, [*found.metrics, *(c.metric for c in found.grades)], text,
                        held.in_text)
    year_now = article_year(date, found.numbers)
    years = Years(text, ByStart(year_mentions(found.numbers, text)), year_now, window,
                  metric_editions(text, found.metrics, year_now))
    scores: list[tuple[bool, Score]] = []
    asia_written = asia_table(text) if found.asia else None
    read: dict[int, list[str | None]] = {}  # a reading's start -> its subjects
    scale_sentences: set[tuple[int, int]] = set()  # placeless numbers of the scale in them
    restated = restated_levels(found.candidates, subj_list) \
        | announced_grades(text, found.candidates)  # "beberapa kota ... meraih X. Yakni A, B"
    dated: set[int] = set()  # starts of the values whose year the text states
    reached: dict[tuple[str, tuple[int, int]], tuple[int, int | None]] = {}
    for c in found.candidates:
        if c.start in restated:
            continue
        in_title = 0 <= c.start < title_end
        year, stated_year = years.dated(c, in_title)
        year = _against_reached(text, c, year, reached)
        pairs = _yearly_holders(text, c)
        if (pairs is not None or stated_year) and not _POINTED_BACK.match(text, c.end):
            dated.add(c.start)  # years counted holder by holder are stated too
        if pairs is None:
            names = _holders_of(text, c, in_title, subj_list, main, held, year)
            if any(read.get(r, [None]) != [None] for r in found.levels.get(c.start, ())):
                # the level of the readings before it: theirs
                names = list(dict.fromkeys(n for r in found.levels[c.start]
                                           for n in read.get(r, ())))
            if names is None or placeless_reading(text, c, names, scale_sentences):
                continue
            if reading(c):
                read[c.start] = names
            each_year = coordinated_years(text, c)
            if each_year:
                dated.add(c.start)  # "WTP pada 2016 dan 2017"
            stated: list[int | None] = list(each_year) if each_year else [year]
            pairs = [(subject, each) for each in stated for subject in names]
        metric = asia_name(c.metric.name, asia_written, found.asia[c.start]) \
            if c.start in found.asia \
            else c.metric.name
        # names as a reader writes them ("Pemerintah¬†Kota Bogor": a plain space); ``text``
        # stays the slice its offsets point at
        scores += [(in_title, Score(
            metric=readable(metric), value=c.value, kind=c.kind, unit=c.unit,
            subject=subject and readable(subject), year=each,
            text=original[c.start:c.end], start=c.start, end=c.end))
            for subject, each in pairs]
    # a grade left to the article's main subject repeats one the article gives to a subject
    scores = [(t, s) for t, s in scores
              if not (s.start in held.fallback and (s.metric, s.value) in held.stated)]
    indices = {c.metric.name for c in found.candidates if reading(c)
               and not isinstance(c.value, str)}
    flags = [t for t, _ in scores]
    scores = list(zip(flags, index_levels([s for _, s in scores], indices), strict=True))
    # "Kementerian X (KX)": a score of KX repeats the same score of Kementerian X
    aliases = long_forms(found.definitions, subj_list)
    place_metrics = PlaceMetrics({readable(name) for name in indices},
                                 restatements(text, [s for _, s in scores]),
                                 lambda a, b: nesting()(a, b))
    return without_air_restatements(dedupe(_without_headline_repeats(scores), dated, aliases,
                                           place_metrics))


def _against_reached(text: str, c: Candidate, year: int | None,
                     reached: dict[tuple[str, tuple[int, int]], tuple[int, int | None]],
                     ) -> int | None:
    """The year of ``c``; a target given against a value reached takes the value's year.

    ``reached`` maps (metric, sentence) to the end and year of the last value of the metric
    there, and is updated with ``c`` when ``c`` is no target. "Cakupan X mencapai 92,4% dari
    target 90%" (the year stated before the sentence): the target is of that year too.
    """
    key = (c.metric.name, c.sentence)
    if c.kind != "target":
        reached[key] = (c.end, year)
        return year
    if year is None and key in reached and against_target(text, reached[key][0], c.start):
        return reached[key][1]
    return year


def _yearly_holders(text: str, c: Candidate) -> list[tuple[str | None, int | None]] | None:
    """A held grade's holders counted year by year, each with its year; else ``None``.

    "Jumlah LKKL beropini WTP bertambah dari 61 LKKL pada 2016 menjadi 79 LKKL pada 2019".
    """
    if c.kind != "grade" or not isinstance(c.value, str) or "umlah" not in text[
            max(c.sentence[0], c.start - 80):c.start]:
        return None
    found = counted_by_year(text, c.start, c.end, c.sentence)
    return list(found) if found else None


def _holders_of(text: str, c: Candidate, in_title: bool, subjects: ByStart[SubjectMention],
                main: str | None, held: _Holders, year: int | None) -> list[str | None] | None:
    """The subjects of candidate ``c`` of ``year`` (``None``: a grade restated, no fact)."""
    key = _body_grade(c, in_title)
    names: list[str | None] | None = _subjects_of(  # type: ignore[assignment]
        text, c, subjects, main, held.in_text, held.last_subject, held.achievers, held.sites)
    if key is not None and _restated(text, c, names, held.given.get(key)):  # type: ignore[arg-type]
        return None
    if names is not None and len(set(names)) > 1:
        held.group_at[c.metric.name] = c.sentence[1]
    aim = _body_target(c, in_title)
    if names is None and player_rank(text, c):
        names = [None]  # a player's rank: no other holder stands in for the unnamed player
    if names is None:
        if aim is not None and aim in held.aimed and (year is None or year in held.aimed[aim]) \
                and not _SPEAKER_START.match(text, c.sentence[0], c.start):
            # "... supaya kelak meraih WTP": the article's target said again (a target of
            # another year, "menargetkan tahun depan meraih WTP", or one a speaker sets,
            # "Pihaknya menargetkan ...", is a new one)
            return None
        # no subject of its own: the one of the metric's previous score, else the programme
        # evaluated just before, else the main one (never for a reading: the air of a place is
        # no agency's score; never for an accreditation: an institution's, no place's or
        # government's)
        names = [_unnamed_holder(text, c, main, held, subjects)]
        if isinstance(c.value, str) and c.kind == "grade" and main is not None:
            held.fallback.add(c.start)
    elif isinstance(c.value, str) and c.kind == "grade":
        held.stated.add((c.metric.name, c.value))
    if key is not None:
        held.given.setdefault(key, set()).update(names)
    if aim is not None:
        held.aimed.setdefault(aim, set()).add(year)
    return names


#: A sentence opening with a speaker's pronoun: what it aims at is the speaker's own target.
_SPEAKER_START = re.compile(r"\W*(?:pihaknya|kami|ia|dia|beliau)\b", re.IGNORECASE)


def _unnamed_holder(text: str, c: Candidate, main: str | None, held: _Holders,
                    subjects: ByStart[SubjectMention]) -> str | None:
    """The holder of ``c``, a value whose sentence names none.

    After a score of the metric said of several holders ("A dan B meraih akreditasi Unggul"),
    none of them, unless the main subject is named again since (and no other holder after
    it). Else the subject of the metric's previous score, or :func:`_fallback`'s.
    """
    if _group_held(held.last_subject, c):
        since = held.group_at.get(c.metric.name, len(text))
        return main if main_holds(text, c, subjects, main, held.in_text, since) else None
    return held.last_subject.get(c.metric.name) or (
        None if institution_grade(c) else _fallback(text, c, main, held, subjects))


def _body_target(c: Candidate, in_title: bool) -> tuple[str, str] | None:
    """The (metric, grade) key of a grade the body aims at; ``None`` for anything else."""
    if c.kind != "target" or not isinstance(c.value, str) or in_title:
        return None
    return (norm(c.metric.name), norm(c.value))


def _fallback(text: str, c: Candidate, main: str | None, held: _Holders,
              subjects: ByStart[SubjectMention]) -> str | None:
    """The subject of a value naming none: the programme evaluated before it, else ``main``.

    ``main`` only when no other possible holder is named between its last mention and the
    value (:func:`~beritanlp.rules.scores.mainheld.main_holds`): else nobody.

    Only an indicator the lexicon does not know goes to a programme: an index of the lexicon
    (IPM, SPI ...) is a region's or a body's, never a programme's. A rank by amount or size
    (:attr:`~beritanlp.rules.scores.model.Metric.amount`: "kota terpadat kedelapan") is the
    place's or the body's its sentence names, never the article's main agency by default (a
    planning board that reports a city's density holds no rank).
    """
    if reading(c) or c.metric.amount:
        return None
    near = main if main_holds(text, c, subjects, main, held.in_text) \
        and not named_related(text, c.sentence[0], c.start, main) else None  # "binaan Dinas X"
    if c.metric.rule is not None:
        return near
    if held.programmes is None:
        held.programmes = evaluated_programmes(text)
    return programme_before(held.programmes, c) or near


def _with_grade_metrics(metrics: ByStart[Metric], grades: Sequence[Candidate]) -> ByStart[Metric]:
    """The metrics, plus those only a grade names (an issuer's grade with its metric unnamed).

    "Ombudsman menyebut Kabupaten X masuk zona merah dengan nilai 45,2": the value is of the
    metric the grade is of.
    """
    extra = [g.metric for g in grades if g.metric.start == g.start and g.metric.rule is not None]
    if not extra:
        return metrics
    return ByStart(sorted([*metrics, *extra], key=lambda m: (m.start, -m.end)))


#: A verb that gives a grade to a holder: its clause states who holds it.
_GIVEN_BY = re.compile(
    r"\b(?:meraih|memperoleh|mendapat(?:kan)?|menerima|meraup|menyandang|menyabet|raih|dapat"
    r"|beropini|berpredikat|berstatus|diraih|diperoleh|disandang|diberikan|dianugerahi"
    r"|mempertahankan|masuk|berada|tetap|kembali|memberikan|memberi)\b",
    re.IGNORECASE)


def _body_grade(c: Candidate, in_title: bool) -> tuple[str, str] | None:
    """The (metric, grade) key of a grade the body gives; ``None`` for anything else.

    A reading's level is each place's own: never a restatement.
    """
    if not (isinstance(c.value, str) and c.kind == "grade") or in_title or reading(c):
        return None
    return (norm(c.metric.name), norm(c.value))


def _restated(text: str, c: Candidate, names: list[str] | None,
              holders: set[str | None] | None) -> bool:
    """A grade the body gave before to the same holder, named again with no verb giving it.

    "Predikat WBK itu menjadi bukti kerja keras ...": the same fact, not one of the names
    around it. A grade the clause gives to another holder ("Kabupaten Lembah pun opini WTP")
    is a fact of its own.
    """
    if holders is None or c.subjects or _GIVEN_BY.search(
            text, max(c.sentence[0], c.start - 80), c.start):
        return False
    return names is None or set(names) <= holders


def _grade_key(s: Score) -> tuple[str, str, str | None]:
    return (norm(s.metric), norm(str(s.value)), s.kind)


def _without_headline_repeats(scores: list[tuple[bool, Score]]) -> list[tuple[bool, Score]]:
    """Headline scores the body states again, whoever the body gives them to.

    A headline names its subject in short ("Kemenkumham Jateng Targetkan WBK") or in capitals
    ("PEMKAB X RAIH NILAI MCP 92,4"); the body's statement of the same value says who holds it.
    """
    body = {_grade_key(s) for t, s in scores if not t}
    return [(t, s) for t, s in scores if not (t and _grade_key(s) in body)]


def _subjects_of(text: str, c: Candidate, subjects: ByStart[SubjectMention], main: str | None,
                 in_text: dict[str, bool], last_subject: dict[str, str | None],
                 memo: dict[object, Any] | None = None,
                 sites: frozenset[tuple[int, int]] = frozenset()) -> list[str] | None:
    """The subjects ``c`` names itself (listed, read, in its sentence); ``None`` if none.

    Remembers them as the latest subject of the metric (an average's group excepted).
    """
    names = c.subjects or reading_places(text, c, subjects, sites)
    if c.subjects and _LIKE.match(text, c.end, c.sentence[1]) \
            and not _CLASS_WITH.search(text, max(c.sentence[0], c.start - 40), c.start):
        # "X memperoleh WDP seperti Y dan Z": X holds the grade too, before them
        own = subject_for(text, c, subjects, None, in_text, memo)
        if own is not None and own not in c.subjects:
            names = [own, *c.subjects]
    if not names:
        own = subject_for(text, c, subjects, None, in_text, memo)
        if own is None:
            return None
        names = [subject_for(text, c, subjects, main, in_text, memo) or own]
    if c.kind != "average":  # "rata-rata kota di Indonesia" earns nothing itself
        # a score said of several holders ("A, B dan C meraih nilai BB") leaves no one holder
        # for a later score of the metric that names none ("Sebelumnya nilainya masih B"):
        # not the last listed name, nor the article's main subject
        # nor a counted group ("1 LKKL mendapat opini TMP. ... target opini WTP"): a group
        # holds its one score
        last_subject[c.metric.name] = names[-1] \
            if len(set(names)) == 1 and not counted_group(names[-1]) else None
    return names


def _group_held(last_subject: dict[str, str | None], c: Candidate) -> bool:
    """Whether the latest score of ``c``'s metric was said of several holders (``None``)."""
    return last_subject.get(c.metric.name, "") is None


#: A grade compared with the holders listed after it: "(WDP) seperti Y, Z".
_LIKE = re.compile(r"[\s\"”']*(?:\([^)]*\)\s*)?,?\s*(?:sama\s+)?seperti\s")
#: A grade describing a class whose examples follow: "banyak kota dengan kondisi udara tidak
#: sehat seperti A, B" (nobody named before the grade holds it, only the examples).
_CLASS_WITH = re.compile(r"\bdengan(?:[ \t]+[a-z]+){0,3}[ \t]+[\"“']?$")


class _SentenceFinder:
    """``sent_of(pos)``: the sentence holding ``pos`` (a one-character span outside them).

    The text is split (:func:`~beritanlp.text.sentences.split_sentences`, unless sentences are
    given) on the first call: a text in which no rule finds anything is never split.
    """

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]] | None) -> None:
        self.text = text
        self.sents: list[tuple[int, int]] | None = (
            list(sentences) if sentences is not None else None)
        self.starts: list[int] = []

    def sentences(self) -> list[tuple[int, int]]:
        """The sentence spans (split now if not yet)."""
        if self.sents is None:
            self.sents = split_sentences(self.text)
            self.starts = []
        if not self.starts and self.sents:
            self.starts = [s[0] for s in self.sents]
        return self.sents

    def __call__(self, pos: int) -> tuple[int, int]:
        sents = self.sentences()
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and sents[i][0] <= pos < sents[i][1]:
            return sents[i]
        return (pos, pos + 1)


def _numeric_candidates(text: str, numbers: ByStart[NumberMention], metrics: ByStart[Metric],
                        sent_of: Any, window: int, article: ArticleMetrics) -> list[Candidate]:
    """Numeric values and ranks, in number order.

    ``article`` is what a rank far from any metric may take
    (:func:`~beritanlp.rules.scores.ranks.article_metrics`).
    """
    growth: dict[tuple[int, int], bool] = {}  # sentence -> it talks about growth
    memo = SentenceMemo(text)  # per-sentence scans, shared by the sentence's numbers
    candidates: list[Candidate] = []
    for i, n in enumerate(numbers):
        sent = sent_of(n.start)
        n = band_start(text, n) or n  # "peringkat 1001-1200": a band's first rank
        if n.kind == "range":
            candidates += range_candidates(text, n, i, numbers, sent, metrics, window, growth,
                                           article)
            continue
        last = candidates[-1] if candidates else None
        chained = last is not None and last.sentence == sent and 0 <= n.start - last.end <= 60
        cand = numeric_candidate(text, n, i, numbers, sent, metrics, window, growth, chained,
                                 memo, article)
        if cand is not None:
            candidates.append(cand)
    return candidates


