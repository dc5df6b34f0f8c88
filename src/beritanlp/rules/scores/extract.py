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
   "klasemen sementara Liga 1"; such measures take ranks and list items only).
2. Values come from :func:`beritanlp.text.numbers.find_numbers` (decimal comma and dot, "poin",
   ranks "II", "peringkat ke-3", "posisi ke lima", "terbaik ketiga", readings "33 hingga 50")
   and from grades: codes (WTP, "predikat A"), their long forms, grade words in any case
   ("tidak sehat", "Nindya", "zona hijau"), award tiers ("Silver Winner Anugerah X") and
   predicate words ("predikat sangat baik"). A number is a score only when a metric is named in
   its sentence, or when a score word ("nilai", "skor", "angka", "rata-rata", "target" ...)
   precedes it and a metric was named shortly before. Ranked lists
   (:mod:`~beritanlp.rules.scores.ranked`) give each listed subject its value and rank.
   Scale definitions ("bila ...", bands "0-50") and levels compared with give nothing.
   Statistical indicators and survey results ("prevalensi stunting 21,6 persen", "menurut
   Riskesdas ... 48,9 persen") come from :mod:`~beritanlp.rules.scores.indicators`.
3. The kind comes from the words between the value and the previous number of the sentence:
   "naik/meningkat/peningkatan ... X poin" is a change, "rata-rata" an average, "target" or a
   value aimed at ("diharapkan turun menjadi") a target, rank cues a rank, grades a grade,
   anything else a value.
4. The subject: the subjects listed or counted with a grade ("yaitu A dan B", "WTP diraih 20
   kabupaten", "32 provinsi sudah WTP"); the place an air-quality reading is of; a name right
   after the metric ("skor EoDB Indonesia"); else the agency (places only when there is none)
   or the name before an achievement verb nearest before the value in its sentence (agencies and
   places passed in by the spaCy component, or found by a fallback pattern for "Pemerintah Kota
   X", "Pemkab X", "Kementerian X" ...), never the body that issues the metric; else the
   agencies introducing a bullet list; else the article's main agency. An average's subject is
   the phrase after "rata-rata" ("kota di Indonesia").
5. The year is the one stated in the sentence, else a relative one ("tahun lalu") against the
   article date, else the nearest year stated shortly before, else the article's year (targets
   never inherit a year; "naik dari X menjadi Y" puts X a year before Y).
"""


from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any, cast

from beritanlp.lexicons.metrics import MetricRule
from beritanlp.rules.scores.indicators import (
    default_indicator_table,
    may_state_indicators,
    with_indicators,
)
from beritanlp.rules.scores.metrics import MetricIndex, find_metrics
from beritanlp.rules.scores.model import ByStart, Candidate, Metric, SubjectMention, between
from beritanlp.rules.scores.ranked import ListItem, find_list_items
from beritanlp.rules.scores.subjects import (
    fallback_subjects,
    main_subject,
    merge_subjects,
    reading_places,
    subject_for,
)
from beritanlp.rules.scores.values import (
    SentenceMemo,
    champion_candidates,
    grade_candidates,
    numeric_candidate,
    time_not_unit,
)
from beritanlp.rules.scores.years import (
    Years,
    article_year,
    metric_editions,
    reading,
    year_mentions,
)
from beritanlp.schema import Score
from beritanlp.text.acronyms import find_definitions
from beritanlp.text.mojibake import repair
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
    sent_of = _SentenceFinder(text, sentences)
    definitions = find_definitions(text)  # read once: the metrics and the grades use them
    metrics = ByStart(find_metrics(text, lex, sent_of, definitions))
    grades = grade_candidates(text, metrics, lex, sent_of, context_window, definitions)
    indicators = default_indicator_table()
    if not metrics and not grades and not may_state_indicators(text, indicators):
        return []  # every numeric value needs a metric: no number scan is needed
    sents = sent_of.sentences()
    if not sents:
        return []
    numbers = ByStart(find_numbers(text))
    listed = list_candidates(text, sents, metrics, sent_of)
    taken = {i for c in listed for i in range(c.start, c.end)}
    candidates = [c for c in _numeric_candidates(text, numbers, metrics, sent_of, context_window)
                  if c.start not in taken and c.end - 1 not in taken] + grades + listed
    candidates += champion_candidates(text, metrics, sent_of)
    candidates = with_indicators(text, candidates, numbers, sent_of, indicators)
    candidates.sort(key=lambda c: c.start)
    title_end = text.find("\n\n") if "\n\n" in text[:400] else -1
    subj_list = ByStart(
        merge_subjects([*(subjects or []), *fallback_subjects(text, max(title_end, 0))])
    )
    in_text: dict[str, bool] = {}  # phrase -> written in the text (see subjects.fullest)
    achievers: dict[object, Any] = {}  # per-sentence names before achievement verbs
    # issuers of the grades' metrics too: "Opini WDP" names no metric the table lists
    main = main_subject(subj_list, [*metrics, *(c.metric for c in grades)], text, in_text)
    years = Years(text, ByStart(year_mentions(numbers)), article_year(date, numbers),
                  context_window, metric_editions(text, metrics))
    scores: list[tuple[bool, Score]] = []
    stated: set[tuple[str, object]] = set()  # grades given to a subject of their own clause
    fallback: set[int] = set()  # grades left to the article's main subject
    last_subject: dict[str, str] = {}  # metric -> subject of its latest score with one
    given: dict[tuple[str, str], set[str | None]] = {}  # body grades -> their holders
    for c in candidates:
        in_title = 0 <= c.start < title_end
        key = _body_grade(c, in_title)
        subject_names = _subjects_of(text, c, subj_list, main, in_text, last_subject,
                                     achievers)
        if key is not None and _restated(text, c, subject_names, given.get(key)):
            continue
        if subject_names is None:
            # no subject of its own: the one of the metric's previous score, else the main one
            # (never for a reading: the air of a place is no agency's score)
            subject_names = [last_subject.get(  # type: ignore[list-item]
                c.metric.name, None if reading(c) else main)]
            if isinstance(c.value, str) and c.kind == "grade" and main is not None:
                fallback.add(c.start)
        elif isinstance(c.value, str) and c.kind == "grade":
            stated.add((c.metric.name, c.value))
        if key is not None:
            given.setdefault(key, set()).update(subject_names)
        year = years.of(c, in_title)
        for subject in subject_names:
            scores.append((in_title, Score(
                metric=c.metric.name, value=c.value, kind=c.kind, unit=c.unit, subject=subject,
                year=year, text=original[c.start:c.end], start=c.start, end=c.end)))
    # a grade left to the article's main subject repeats one the article gives to a subject
    scores = [(t, s) for t, s in scores
              if not (s.start in fallback and (s.metric, s.value) in stated)]
    return dedupe(_without_headline_repeats(scores))


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
    return (_norm(c.metric.name), _norm(c.value))


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
    return (_norm(s.metric), _norm(str(s.value)), s.kind)


def _without_headline_repeats(scores: list[tuple[bool, Score]]) -> list[tuple[bool, Score]]:
    """Headline grades and ranks the body states again, whoever the body gives them to.

    A headline names its subject in short ("Kemenkumham Jateng Targetkan WBK"); the body's
    statement of the same grade says who holds it.
    """
    body = {_grade_key(s) for t, s in scores if not t}
    return [(t, s) for t, s in scores
            if not (t and (isinstance(s.value, str) or s.kind == "rank")
                    and _grade_key(s) in body)]


def _subjects_of(text: str, c: Candidate, subjects: ByStart[SubjectMention], main: str | None,
                 in_text: dict[str, bool], last_subject: dict[str, str],
                 memo: dict[object, Any] | None = None) -> list[str] | None:
    """The subjects ``c`` names itself (listed, read, in its sentence); ``None`` if none.

    Remembers them as the latest subject of the metric (an average's group excepted).
    """
    names = c.subjects or reading_places(text, c, subjects)
    if not names:
        own = subject_for(text, c, subjects, None, in_text, memo)
        if own is None:
            return None
        names = [subject_for(text, c, subjects, main, in_text, memo) or own]
    if c.kind != "average":  # "rata-rata kota di Indonesia" earns nothing itself
        last_subject[c.metric.name] = names[-1]
    return names


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


#: How far before a list (characters) its metric may be named.
LIST_METRIC_WINDOW = 400


def list_candidates(text: str, sents: list[tuple[int, int]], metrics: ByStart[Metric],
                    sent_of: Any) -> list[Candidate]:
    """Values and ranks of the ranked lists of ``text``, each with its listed subject.

    A list needs a metric named in its first sentence or shortly before it; a list of whole
    numbers in brackets ("Budi (45), Ani (30)") also needs a rank phrase in an item.
    """
    by_list: dict[int, list[ListItem]] = {}
    for start, item in find_list_items(text, sents):
        by_list.setdefault(start, []).append(item)
    out: list[Candidate] = []
    for start, items in by_list.items():
        first = sent_of(start)
        named = between(metrics, start - LIST_METRIC_WINDOW, first[1])
        if not named:
            continue
        metric = named[-1]
        if not items[0].numbered and not any(i.rank is not None for i in items) and all(
                isinstance(i.value, int) for i in items):
            continue
        for item in items:
            sent = sent_of(item.value_span[0]) if item.value_span else first
            if item.value_span:
                vs, ve = item.value_span
                out.append(Candidate(metric, item.value, "value", None, text[vs:ve], vs, ve,
                                     sent, [item.name]))
            if item.rank is not None and item.rank_span:
                rs, re_ = item.rank_span
                out.append(Candidate(metric, item.rank, "rank", None, text[rs:re_], rs, re_,
                                     sent_of(rs), [item.name]))
    return out


def _numeric_candidates(text: str, numbers: ByStart[NumberMention], metrics: ByStart[Metric],
                        sent_of: Any, window: int) -> list[Candidate]:
    """Numeric values and ranks, in number order."""
    growth: dict[tuple[int, int], bool] = {}  # sentence -> it talks about growth
    memo = SentenceMemo(text)  # per-sentence scans, shared by the sentence's numbers
    candidates: list[Candidate] = []
    for i, n in enumerate(numbers):
        sent = sent_of(n.start)
        if n.kind == "range":
            candidates += _range_candidates(text, n, i, numbers, sent, metrics, window, growth)
            continue
        last = candidates[-1] if candidates else None
        chained = last is not None and last.sentence == sent and 0 <= n.start - last.end <= 60
        cand = numeric_candidate(text, n, i, numbers, sent, metrics, window, growth, chained,
                                 memo)
        if cand is not None:
            candidates.append(cand)
    return candidates


_SCALE_AFTER = re.compile(r"\s*(?:\)|,)?\s*(?:kategori|berarti|artinya|termasuk|adalah|=|:)",
                          re.IGNORECASE)


#: A range's upper end above this is no reading (and no absurd number reaches a Score).
_MAX_READING = 1_000_000
#: What a reading's range follows: the metric's name or a reading word.
_RANGE_LEAD = re.compile(r"(?:\b(?:[A-Z]{3,5}|angka|nilai|skor|indeks|kisaran|berkisar|antara)"
                         r"|\b[A-Z][a-z]+[ \t]+Udara)[ \t]+(?:di[ \t]+angka[ \t]+)?$")


#: A reading said to spread over a range: "berada di rentang 84-91", "berkisar 97 – 110".
_SPREAD = re.compile(r"\b(?:rentang|kisaran|berkisar(?:[ \t]+antara)?)\b[^\d.;]{0,30}$",
                     re.IGNORECASE)


#: "menunjukkan skor 111 – 126": a reading verb before a score word (else "untuk skor 51 – 100"
#: is a band of the scale).
_READ_LEAD = re.compile(r"\b(?:menunjukkan|mencapai|tercatat|berada|menyentuh|mencatat(?:kan)?)"
                        r"[ \t]+(?:di[ \t]+|pada[ \t]+)?(?:angka|skor|nilai|level|indeks)[ \t]+$",
                        re.IGNORECASE)


def _range_candidates(text: str, n: NumberMention, i: int, numbers: ByStart[NumberMention],
                      sent: tuple[int, int], metrics: ByStart[Metric], window: int,
                      growth: dict[tuple[int, int], bool]) -> list[Candidate]:
    """A reading given as a range ("ISPU 33 hingga 50"): its two ends, each a value.

    Only a range in words ("hingga", "sampai") right after the metric or a reading word
    counts: one written with a dash ("300-500"), followed by its meaning ("51 sampai 100
    kategori sedang") or next to other ranges is a band of the scale.
    """
    n = time_not_unit(text, n)  # "berkisar 97 hingga 110 hari ini": the day's readings
    if n.unit not in (None, "poin") or not isinstance(n.high, int | float) \
            or not 0 <= n.high <= _MAX_READING or _SCALE_AFTER.match(text, n.end):
        return []
    spread = _SPREAD.search(text, max(sent[0], n.start - 40), n.start) or (
        _READ_LEAD.search(text, max(sent[0], n.start - 40), n.start))
    if not re.search(r"\s(?:hingga|sampai)\s", n.text) and not spread:
        return []  # "untuk skor 51-100", "(300-500)": bands of a scale
    if sum(1 for o in between(numbers, sent[0], sent[1]) if o.kind == "range") > 1 \
            or _SCALE_WORD.search(text, max(sent[0], n.start - 30), n.start):
        return []  # bands of a scale; "skala IPAK 0 sampai 5": the scale itself
    if not spread and not _RANGE_LEAD.search(text, max(sent[0], n.start - 24), n.start):
        return []  # "berbahaya (300-500)": a band of the scale
    cand = numeric_candidate(text, replace(n, kind="number"), i, numbers, sent, metrics, window,
                             growth)
    if cand is None:
        return []
    if _RANK_BAND.search(text, max(sent[0], n.start - 40), n.start) and isinstance(n.high, int) \
            and isinstance(cand.value, int):
        cand = replace(cand, kind="rank")  # "peringkat global dalam rentang 751-800": ranks
    return [cand, replace(cand, value=n.high)]


_SCALE_WORD = re.compile(r"\bskala\b", re.IGNORECASE)
#: A rank word shortly before a range: the range is a band of ranks.
_RANK_BAND = re.compile(r"\b(?:peringkat|ranking|rangking|posisi|urutan)\b[^.;,\d]{0,30}$",
                        re.IGNORECASE)


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", (s or "").casefold())).strip()


#: An index key of a kept score: (kind, value or value bucket).
_Key = tuple[str | None, object]


def _buckets(sc: Score) -> list[_Key]:
    """Index keys of a score: a text value itself, a number's bucket floor(value * 1e8) +-1.

    Two numbers within 1e-9 share a bucket; non-finite numbers never equal anything and get no
    key.
    """
    if isinstance(sc.value, str):
        return [(sc.kind, sc.value)]
    number = float(cast(float, sc.value))
    if not math.isfinite(number):
        return []
    scaled = number * 1e8
    if not math.isfinite(scaled):  # huge: only an equal number is within 1e-9
        return [(sc.kind, ("huge", number))]
    b = math.floor(scaled)
    return [(sc.kind, b - 1), (sc.kind, b), (sc.kind, b + 1)]


def _same_score(k: Score, s: Score) -> bool:
    """``s`` repeats kept score ``k`` (same value, kind and metric; subject for grades)."""
    if isinstance(k.value, str) or isinstance(s.value, str):
        same_value = k.value == s.value
    else:
        same_value = abs(float(cast(float, k.value)) - float(cast(float, s.value))) < 1e-9
    km, sm = _norm(k.metric), _norm(s.metric)
    # grades and ranks are per subject ("rank 2" of two provinces is two facts)
    per_subject = isinstance(s.value, str) or s.kind == "rank"
    return same_value and k.kind == s.kind and (km in sm or sm in km) and (
        _same_place(k.subject, s.subject) or not per_subject or k.subject is None
        or s.subject is None
    )


_PLACE_PREFIX = re.compile(r"^(?:Kota|Kabupaten|Kab\.|Provinsi|Prov\.)\s+")


def _same_place(a: str | None, b: str | None) -> bool:
    """One subject, with or without a place's administrative prefix ("Kota Lembah" = "Lembah").

    Two different prefixes name two regions ("Kota Lembah" and "Kabupaten Lembah").
    """
    if a == b:
        return True
    if a is None or b is None or (_PLACE_PREFIX.match(a) and _PLACE_PREFIX.match(b)):
        return False
    return _PLACE_PREFIX.sub("", a) == _PLACE_PREFIX.sub("", b)


def dedupe(items: Sequence[tuple[bool, Score]]) -> list[Score]:
    """Keep one score per (metric, value, kind, subject); body mentions beat the headline."""
    kept: list[Score] = []
    by_value: dict[_Key, list[Score]] = {}  # kept scores by their middle bucket
    for _, s in sorted(items, key=lambda x: (x[0], x[1].start or 0)):
        if any(_same_score(k, s) for key in _buckets(s) for k in by_value.get(key, ())):
            continue
        kept.append(s)
        own = _buckets(s)
        if own:
            by_value.setdefault(own[len(own) // 2], []).append(s)
    return sorted(kept, key=lambda s: s.start or 0)
