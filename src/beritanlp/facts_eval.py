"""Score extracted facts against gold annotations (``beritanlp evaluate facts``).

The matching rules are the ones of the project's shared scorer (``tools/score_facts.py``), so
the numbers agree with it:

officials
    Same person when one name's tokens are a subset of the other's, after NFKC casefolding,
    replacing punctuation by spaces and dropping honorifics (H., Dr., Pak ...). Position and
    jurisdiction are then compared on matched pairs: positions after expanding ``Pj``/``Plt``/
    ``Plh``/``Walikota``/``Wagub``/``Wabup``/``Wawali``, equal or one containing the other;
    jurisdictions as place names, equal or one containing the other (a null gold jurisdiction
    needs a null prediction).
agencies
    Same agency when the normalised names are equal, the acronyms are equal, or one side's name
    equals the other's acronym; names and acronyms are compared without the legal-form words
    PT, Persero and Tbk and without a closing "RI" or "Republik Indonesia" ("PT Pertamina
    (Persero)" is "Pertamina", "DPR RI" is "DPR").
places
    Same place when the names are equal after normalisation, dropping a leading administrative
    word (Provinsi, Kabupaten, Kota, Kecamatan, Desa, Kelurahan, Negara, Pulau) and spaces.
scores
    Same score when the values are equal (numbers within 1e-6, ``"94,32"`` read as 94.32;
    grades compared case-insensitively) and the metrics are compatible (equal after
    normalisation, or one containing the other). Kind, subject (containment; a null gold subject
    accepts anything) and year are compared on matched pairs.

Each gold fact is matched greedily to the first unused prediction that is the same thing;
precision, recall and F1 are micro-averaged over articles. :func:`select_split` keeps the gold
articles of one ``split`` (``gov_dev.jsonl`` has ``tune`` and ``check``).

How much a number can move: :meth:`FactsReport.bootstrap` gives a percentile interval of each
list's F1 and of the macro F1 by article-level bootstrap. Each article is aligned once (its
counts are kept in :attr:`FactsReport.article_counts`); the gold articles are then drawn with
replacement, as many as there are, ``resamples`` times (a seeded :class:`numpy.random.Generator`),
the drawn articles' counts summed and the F1 recomputed. The interval shows the sampling noise of
a small gold set (another set of articles like these could have scored anywhere in it); it says
nothing about annotation noise (another annotator of the same articles) and assumes the articles
are independent draws from the archive the numbers are meant for. A list with neither gold nor
predictions in the set scores F1 0 (the shared scorer's convention) in every resample, so its
interval is [0, 0], and it pulls the macro F1 down as the point value does. The attribute
accuracies on matched pairs (position, jurisdiction, type, kind, subject, year) get intervals
from the same drawn articles: each article's matched pairs and agreeing pairs per attribute are
kept in :attr:`FactsReport.article_attributes`, summed over the draw, and divided; a resample
whose articles hold no matched pair of an attribute has no accuracy of it and is skipped for
that attribute (its interval counts only the resamples that have one).

Whether one version beats another on the same articles is a paired question the interval does
not answer: :meth:`FactsReport.compare` gives the candidate's F1s minus a baseline's and, with
resamples, draws the article indices once per resample and indexes both versions' counts with
them (:func:`paired_bootstrap_f1`), so each resampled difference compares the two versions on
the same articles. Its percentile interval is narrower than the two intervals side by side,
since the variation the versions share (hard articles are hard for both) cancels; the share of
resamples in which the candidate's F1 is strictly higher is given with it (ties are not better).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from beritanlp.lexicons.jsonl import iter_jsonl
from beritanlp.schema import SCORED_FACT_LISTS

Fact = Mapping[str, Any]

_HONORIFICS = frozenset(
    "h hj dr drs dra ir prof kh sh se mm msi mh st mt mpd spd skm mkes ak phd ma bapak ibu pak bu"
    .split())
_ADMIN_WORDS = ("provinsi", "prov", "kabupaten", "kab", "kota", "kecamatan", "kec", "desa",
                "kelurahan", "negara", "pulau")
_POSITION_SHORT = {"pj": "penjabat", "plt": "pelaksana tugas", "plh": "pelaksana harian",
                   "walikota": "wali kota", "wakil walikota": "wakil wali kota",
                   "wawali": "wakil wali kota", "wagub": "wakil gubernur",
                   "wabup": "wakil bupati"}
#: Words of a company's legal form, left out when agency names are compared.
_LEGAL_FORM = frozenset({"pt", "persero", "tbk"})
#: Closing words left out when agency names are compared (each once, in this order).
_COUNTRY_TAILS = ("republik indonesia", "ri")
_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


def normalise(text: object) -> str:
    """Casefold, turn punctuation into spaces and squeeze whitespace."""
    if text is None:
        return ""
    folded = unicodedata.normalize("NFKC", str(text)).casefold()
    return _SPACES.sub(" ", _NON_WORD.sub(" ", folded)).strip()


def _name_tokens(name: object) -> set[str]:
    return {t for t in normalise(name).split() if t not in _HONORIFICS}


def agency_key(name: object) -> str:
    """An agency name or acronym as compared: normalised, no legal form, no closing "RI"."""
    words = [w for w in normalise(name).split() if w not in _LEGAL_FORM]
    for tail in _COUNTRY_TAILS:
        n = len(tail.split())
        if len(words) > n and " ".join(words[-n:]) == tail:
            words = words[:-n]
    return " ".join(words)


def _place_key(name: object) -> str:
    words = normalise(name)
    for word in _ADMIN_WORDS:
        if words.startswith(word + " "):
            words = words[len(word) + 1:]
    return words.replace(" ", "")


def _position_key(position: object) -> str:
    words = normalise(position)
    for short, full in _POSITION_SHORT.items():
        words = re.sub(rf"\b{short}\b", full, words)
    return words


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        v = value.strip()
        if re.fullmatch(r"-?\d+(,\d+)?", v):
            return float(v.replace(",", "."))
        if re.fullmatch(r"-?\d+(\.\d+)?", v):
            return float(v)
    return None


def _overlaps(a: str, b: str) -> bool:
    return a == b or a in b or b in a


def same_official(gold: Fact, pred: Fact) -> bool:
    """Officials match when one name's tokens contain the other's."""
    a, b = _name_tokens(gold.get("name")), _name_tokens(pred.get("name"))
    return bool(a and b) and (a <= b or b <= a)


def same_agency(gold: Fact, pred: Fact) -> bool:
    """Agencies match on name, acronym, or name against acronym."""
    gn, pn = agency_key(gold.get("name")), agency_key(pred.get("name"))
    ga, pa = agency_key(gold.get("acronym")), agency_key(pred.get("acronym"))
    return bool((gn and gn == pn) or (ga and ga == pa) or (ga and ga == pn) or (pa and pa == gn))


def same_place(gold: Fact, pred: Fact) -> bool:
    """Places match on their normalised names without administrative prefixes."""
    a = _place_key(gold.get("name"))
    return bool(a) and a == _place_key(pred.get("name"))


def same_score(gold: Fact, pred: Fact) -> bool:
    """Scores match on value and a compatible metric."""
    gv, pv = _number(gold.get("value")), _number(pred.get("value"))
    if gv is not None and pv is not None:
        value_ok = abs(gv - pv) < 1e-6
    else:
        g = normalise(gold.get("value"))
        value_ok = bool(g) and g == normalise(pred.get("value"))
    gm, pm = normalise(gold.get("metric")), normalise(pred.get("metric"))
    return value_ok and bool(gm and pm) and _overlaps(gm, pm)


def attribute_matches(name: str, gold: Fact, pred: Fact) -> bool:
    """Whether attribute ``name`` of a matched pair agrees (rules in the module docstring)."""
    gv, pv = gold.get(name), pred.get(name)
    if name == "position":
        a, b = _position_key(gv), _position_key(pv)
        return bool(a) and _overlaps(a, b)
    if name == "jurisdiction":
        if gv is None:
            return pv in (None, "")
        a, b = _place_key(gv), _place_key(pv)
        return bool(b) and _overlaps(a, b)
    if name == "subject":
        if gv is None:
            return True
        a, b = normalise(gv), normalise(pv)
        return bool(b) and _overlaps(a, b)
    return bool(gv == pv or normalise(gv) == normalise(pv))


#: How each scored list is matched, and which attributes are compared on matched pairs.
_MATCHING: dict[str, tuple[Callable[[Fact, Fact], bool], tuple[str, ...]]] = {
    "officials": (same_official, ("position", "jurisdiction")),
    "agencies": (same_agency, ()),
    "places": (same_place, ("type",)),
    "scores": (same_score, ("kind", "subject", "year")),
}
#: The scored lists (:data:`beritanlp.schema.SCORED_FACT_LISTS`, in record order) and their rules.
KINDS: dict[str, tuple[Callable[[Fact, Fact], bool], tuple[str, ...]]] = {
    name: _MATCHING[name] for name in SCORED_FACT_LISTS
}


def attribute_key(kind: str, attribute: str) -> str:
    """The key of an attribute's interval in :meth:`FactsReport.bootstrap`: ``"scores.year"``."""
    return f"{kind}.{attribute}"


#: Every compared attribute as ``(list, attribute)``, in :data:`KINDS` order: the columns of
#: :attr:`FactsReport.article_attributes`.
ATTRIBUTES: tuple[tuple[str, str], ...] = tuple(
    (kind, attr) for kind, (_, attrs) in KINDS.items() for attr in attrs)


@dataclass
class KindScore:
    """Counts for one fact list."""

    tp: int = 0
    gold: int = 0
    pred: int = 0
    attributes: dict[str, list[int]] = field(default_factory=dict)  # name -> [agree, pairs]

    @property
    def precision(self) -> float:
        """Share of predictions that match a gold fact."""
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        """Share of gold facts matched by a prediction."""
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Interval:
    """A percentile bootstrap interval of an F1 (see the module docstring).

    Attributes
    ----------
    low, high
        The interval's ends: the ``(1 - level) / 2`` and ``(1 + level) / 2`` percentiles of the
        resampled F1 values.
    level
        The share of resampled values the interval holds (0.95).
    resamples
        How many resamples it was computed from.
    """

    low: float
    high: float
    level: float
    resamples: int

    def to_dict(self) -> dict[str, float | int]:
        """The interval as plain data, ends rounded to four decimals."""
        return {"low": round(self.low, 4), "high": round(self.high, 4), "level": self.level,
                "resamples": self.resamples}


#: The key of the macro F1's interval in :meth:`FactsReport.bootstrap`'s result.
MACRO = "macro_f1"
#: Resampled articles held in memory at once (bounded so large gold sets need no large arrays).
_DRAWS_AT_ONCE = 1_000_000


def _f1(counts: np.ndarray) -> np.ndarray:
    """F1 from ``(..., 3)`` counts of (tp, gold, pred), as :attr:`KindScore.f1` computes it."""
    tp, gold, pred = (counts[..., i].astype(float) for i in range(3))
    precision = np.divide(tp, pred, out=np.zeros_like(tp), where=pred > 0)
    recall = np.divide(tp, gold, out=np.zeros_like(tp), where=gold > 0)
    total = precision + recall
    return np.divide(2 * precision * recall, total, out=np.zeros_like(tp), where=total > 0)


def _draws(articles: int, resamples: int, seed: int) -> Iterator[np.ndarray]:
    """The resampled article indices, ``(chunk, articles)`` at a time, ``resamples`` rows in all.

    Raises
    ------
    ValueError
        When there are no articles or ``resamples`` is not positive.
    """
    if articles == 0:
        raise ValueError("no gold articles to resample")
    if resamples < 1:
        raise ValueError(f"resamples must be positive, not {resamples}")
    rng = np.random.default_rng(seed)
    step = max(1, _DRAWS_AT_ONCE // articles)
    for start in range(0, resamples, step):
        yield rng.integers(0, articles, size=(min(step, resamples - start), articles))


def _resampled_f1(counts: np.ndarray, drawn: np.ndarray) -> np.ndarray:
    """Each list's F1 and the macro F1 of the resamples ``drawn`` (rows of article indices)."""
    f1 = _f1(counts[drawn].sum(axis=1))
    return np.concatenate([f1, f1.mean(axis=1, keepdims=True)], axis=1)


def paired_bootstrap_f1(counts: Sequence[np.ndarray], resamples: int, seed: int = 0
                        ) -> list[np.ndarray]:
    """F1 values of several versions on the SAME article-level bootstrap resamples.

    The article indices are drawn once per resample and every version's counts are indexed
    with them, so resample ``i`` of each version is the same multiset of gold articles: the
    versions' differences resample by resample are paired differences.

    Parameters
    ----------
    counts
        Per-article counts of each version, each of shape ``(articles, lists, 3)`` (tp, gold,
        pred of each list), the articles in the same order in every version.
    resamples
        How many resamples to draw (each ``articles`` articles, with replacement).
    seed
        Seed of the :class:`numpy.random.Generator`; the same seed draws the same articles
        (for one version, the same values as :func:`bootstrap_f1`).

    Returns
    -------
    list of numpy.ndarray
        One per version, shape ``(resamples, lists + 1)``: each list's F1, then the macro F1.

    Raises
    ------
    ValueError
        When no version is given, the versions have different numbers of articles, there are
        no articles or ``resamples`` is not positive.
    """
    if not counts:
        raise ValueError("no counts to resample")
    articles = {c.shape[0] for c in counts}
    if len(articles) > 1:
        raise ValueError(f"the versions have different numbers of articles: {sorted(articles)}")
    values: list[list[np.ndarray]] = [[] for _ in counts]
    for drawn in _draws(articles.pop(), resamples, seed):
        for version, version_counts in zip(values, counts, strict=True):
            version.append(_resampled_f1(version_counts, drawn))
    return [np.concatenate(version) for version in values]


def bootstrap_f1(counts: np.ndarray, resamples: int, seed: int = 0) -> np.ndarray:
    """F1 values of article-level bootstrap resamples.

    Parameters
    ----------
    counts
        Per-article counts, shape ``(articles, lists, 3)``: tp, gold and pred of each list.
    resamples
        How many resamples to draw (each ``articles`` articles, with replacement).
    seed
        Seed of the :class:`numpy.random.Generator`; the same seed gives the same values.

    Returns
    -------
    numpy.ndarray
        Shape ``(resamples, lists + 1)``: each list's F1, then the macro F1 (their mean).

    Raises
    ------
    ValueError
        When there are no articles or ``resamples`` is not positive.
    """
    return paired_bootstrap_f1([counts], resamples, seed)[0]


def _resampled_accuracy(attributes: np.ndarray, drawn: np.ndarray) -> np.ndarray:
    """Each attribute's accuracy in the resamples ``drawn``; NaN where a resample has no pair."""
    summed = attributes[drawn].sum(axis=1).astype(float)
    agree, pairs = summed[..., 0], summed[..., 1]
    return np.divide(agree, pairs, out=np.full_like(agree, np.nan), where=pairs > 0)


def bootstrap_f1_and_accuracy(counts: np.ndarray, attributes: np.ndarray, resamples: int,
                              seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """F1 values and attribute accuracies of the same article-level bootstrap resamples.

    The article indices are drawn as :func:`bootstrap_f1` draws them (the same seed, the same
    articles, the same F1 values), and each resample's attribute accuracies are computed on the
    very articles its F1 values are.

    Parameters
    ----------
    counts
        Per-article counts, shape ``(articles, lists, 3)``: tp, gold and pred of each list.
    attributes
        Per-article attribute counts, shape ``(articles, attributes, 2)``: agreeing pairs and
        matched pairs of each attribute (:data:`ATTRIBUTES` order).
    resamples
        How many resamples to draw (each ``articles`` articles, with replacement).
    seed
        Seed of the :class:`numpy.random.Generator`.

    Returns
    -------
    tuple of numpy.ndarray
        The F1 values, shape ``(resamples, lists + 1)`` (each list's, then the macro F1), and
        the accuracies, shape ``(resamples, attributes)``: NaN where the resample's articles hold
        no matched pair of the attribute.

    Raises
    ------
    ValueError
        When there are no articles, the two arrays' articles differ in number, or
        ``resamples`` is not positive.
    """
    if counts.shape[0] != attributes.shape[0]:
        raise ValueError(f"{counts.shape[0]} articles of list counts but "
                         f"{attributes.shape[0]} of attribute counts")
    f1: list[np.ndarray] = []
    accuracy: list[np.ndarray] = []
    for drawn in _draws(counts.shape[0], resamples, seed):
        f1.append(_resampled_f1(counts, drawn))
        accuracy.append(_resampled_accuracy(attributes, drawn))
    return np.concatenate(f1), np.concatenate(accuracy)


@dataclass(frozen=True)
class Difference:
    """One F1 of a candidate against a baseline's on the same gold articles.

    Attributes
    ----------
    baseline
        The baseline's F1.
    point
        The candidate's F1 minus the baseline's.
    interval
        The percentile interval of the paired differences (None without resamples).
    better
        The share of resamples in which the candidate's F1 is strictly higher than the
        baseline's (None without resamples); a tie is not better.
    """

    baseline: float
    point: float
    interval: Interval | None = None
    better: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """The difference as plain data, rounded to four decimals; no interval without one."""
        out: dict[str, Any] = {"baseline_f1": round(self.baseline, 4),
                               "difference": round(self.point, 4)}
        if self.interval is not None:
            out["interval"] = self.interval.to_dict()
        if self.better is not None:
            out["better"] = round(self.better, 4)
        return out

    def format(self) -> str:
        """``"+0.034  [-0.05, +0.12]  better in 71% of resamples"`` (the point alone without)."""
        text = f"{self.point + 0.0:+.3f}"
        if self.interval is not None:
            text += f"  [{self.interval.low + 0.0:+.2f}, {self.interval.high + 0.0:+.2f}]"
        if self.better is not None:
            text += f"  better in {self.better:.0%} of resamples"
        return text


@dataclass
class FactsReport:
    """Per-list scores over a set of articles.

    ``article_counts`` holds each article's ``(tp, gold, pred)`` per list (lists in
    :data:`KINDS` order) and ``article_attributes`` its ``(agree, pairs)`` per attribute
    (:data:`ATTRIBUTES` order), for :meth:`bootstrap`; ``article_ids`` the gold articles' ids
    in scoring order, for :meth:`compare`.
    """

    articles: int = 0
    missing: int = 0
    kinds: dict[str, KindScore] = field(default_factory=lambda: {k: KindScore() for k in KINDS})
    article_counts: list[tuple[tuple[int, int, int], ...]] = field(
        default_factory=list, repr=False, compare=False)
    article_attributes: list[tuple[tuple[int, int], ...]] = field(
        default_factory=list, repr=False, compare=False)
    article_ids: list[str] = field(default_factory=list, repr=False, compare=False)

    @property
    def macro_f1(self) -> float:
        """Mean F1 over the four lists."""
        return sum(k.f1 for k in self.kinds.values()) / len(self.kinds)

    def bootstrap(self, resamples: int, seed: int = 0, level: float = 0.95
                  ) -> dict[str, Interval]:
        """Percentile intervals of the F1s and attribute accuracies (article-level bootstrap).

        Each list's F1, the macro F1 and each attribute's accuracy on matched pairs are
        computed on the same drawn articles (:func:`bootstrap_f1_and_accuracy`). A resample whose
        articles hold no matched pair of an attribute is skipped for that attribute: its
        interval is the percentiles of the other resamples, and its ``resamples`` says how many
        there were; an attribute with no matched pair in any resample gets no interval.

        Parameters
        ----------
        resamples
            How many resamples of the gold articles to draw (e.g. 1000).
        seed
            Seed of the random generator: the same seed gives the same intervals.
        level
            The share of resampled values each interval holds.

        Returns
        -------
        dict of str to Interval
            One per list (keys of :data:`KINDS`), one under :data:`MACRO`, and one per
            attribute with matched pairs under :func:`attribute_key` (``"scores.subject"``).

        Raises
        ------
        ValueError
            When the report has no articles or ``resamples`` is not positive.
        """
        values, accuracy = bootstrap_f1_and_accuracy(self.counts(), self.attribute_counts(),
                                                     resamples, seed)
        low, high = _percentiles(values, level)
        intervals = {name: Interval(float(low[i]), float(high[i]), level, resamples)
                     for i, name in enumerate([*self.kinds, MACRO])}
        for i, (kind, attr) in enumerate(ATTRIBUTES):
            held = accuracy[:, i][~np.isnan(accuracy[:, i])]
            if held.size:
                a_low, a_high = _percentiles(held, level)
                intervals[attribute_key(kind, attr)] = Interval(
                    float(a_low), float(a_high), level, int(held.size))
        return intervals

    def counts(self) -> np.ndarray:
        """:attr:`article_counts` as an array of shape ``(articles, lists, 3)``."""
        return np.array(self.article_counts, dtype=np.int64).reshape(-1, len(self.kinds), 3)

    def attribute_counts(self) -> np.ndarray:
        """:attr:`article_attributes` as an array of shape ``(articles, attributes, 2)``."""
        return np.array(self.article_attributes, dtype=np.int64).reshape(-1, len(ATTRIBUTES), 2)

    def compare(self, baseline: FactsReport, resamples: int | None = None, seed: int = 0,
                level: float = 0.95) -> dict[str, Difference]:
        """The F1s of this report (the candidate) minus ``baseline``'s, paired by article.

        Both reports must score the same gold articles in the same order (``score_facts`` of
        the same gold rows). With ``resamples``, the gold articles are drawn once per resample
        and both versions' counts are summed over the same draw
        (:func:`paired_bootstrap_f1`): each difference gets the percentile interval of the
        paired differences and the share of resamples in which the candidate is better. A
        paired interval is narrower than the two versions' own intervals side by side: an
        article that is hard for one version is hard for the other, and the pairing cancels
        that shared variation instead of counting it twice.

        Parameters
        ----------
        baseline
            The report of the version compared against.
        resamples
            How many paired resamples to draw; None gives the point differences only.
        seed
            Seed of the random generator (the same draws as :meth:`bootstrap` with this seed).
        level
            The share of resampled differences each interval holds.

        Returns
        -------
        dict of str to Difference
            One per list (keys of :data:`KINDS`) and one under :data:`MACRO`.

        Raises
        ------
        ValueError
            When the reports have different numbers of articles or not the same article ids in
            the same order (the message names the first that differs), or (with
            ``resamples``) there are no articles or ``resamples`` is not positive.
        """
        self._check_same_articles(baseline)
        names = [*self.kinds, MACRO]
        mine = [k.f1 for k in self.kinds.values()] + [self.macro_f1]
        theirs = [k.f1 for k in baseline.kinds.values()] + [baseline.macro_f1]
        if resamples is None:
            return {name: Difference(theirs[i], mine[i] - theirs[i])
                    for i, name in enumerate(names)}
        candidate, base = paired_bootstrap_f1([self.counts(), baseline.counts()], resamples, seed)
        differences = candidate - base
        low, high = _percentiles(differences, level)
        better = (differences > 0).mean(axis=0)
        return {name: Difference(theirs[i], mine[i] - theirs[i],
                                 Interval(float(low[i]), float(high[i]), level, resamples),
                                 float(better[i]))
                for i, name in enumerate(names)}

    def _check_same_articles(self, baseline: FactsReport) -> None:
        """Raise ValueError unless ``baseline`` scores the same article ids in the same order."""
        if baseline.articles != self.articles:
            raise ValueError(f"the baseline scores {baseline.articles} articles, the candidate "
                             f"{self.articles}: compare reports of the same gold articles")
        for number, (mine, theirs) in enumerate(
                zip(self.article_ids, baseline.article_ids, strict=False), start=1):
            if mine != theirs:
                raise ValueError(f"article {number} is {mine!r} in the candidate but "
                                 f"{theirs!r} in the baseline: compare reports of the same gold "
                                 "articles in the same order")

    def to_dict(self, intervals: Mapping[str, Interval] | None = None) -> dict[str, Any]:
        """The report as plain data, in the shape of the shared scorer's ``--json`` output.

        Rates are rounded to four decimals; an attribute without matched pairs is None. With
        ``intervals`` (from :meth:`bootstrap`), each list gets an ``"interval"`` and an
        ``"attribute_intervals"`` object (one interval per attribute, None for one without any),
        and the macro F1 a ``"macro_f1_interval"``; without, the shape is exactly the shared
        scorer's.
        """
        out: dict[str, Any] = {"articles": self.articles, "missing_predictions": self.missing}
        for name, k in self.kinds.items():
            out[name] = {
                "precision": round(k.precision, 4), "recall": round(k.recall, 4),
                "f1": round(k.f1, 4), "gold": k.gold, "pred": k.pred, "tp": k.tp,
                "attribute_accuracy": {a: round(ok / n, 4) if n else None
                                       for a, (ok, n) in k.attributes.items()},
            }
            if intervals is not None:
                out[name]["interval"] = intervals[name].to_dict()
                out[name]["attribute_intervals"] = _attribute_intervals(intervals, name, k)
        out["macro_f1"] = round(self.macro_f1, 4)
        if intervals is not None:
            out["macro_f1_interval"] = intervals[MACRO].to_dict()
        return out

    def format(self, intervals: Mapping[str, Interval] | None = None) -> str:
        """The report as lines like the shared scorer prints.

        With ``intervals`` (from :meth:`bootstrap`), each F1 and each attribute accuracy is
        followed by its interval (``F1 0.667  [0.38, 0.91]``, ``subject 0.8889 [0.67, 1.00]``)
        and a last line says how they were computed.
        """
        data = self.to_dict()
        lines = []
        for name in self.kinds:
            k = data[name]
            attrs = ", ".join(f"{a} {v}{_attribute_bracket(intervals, name, a)}"
                              for a, v in k["attribute_accuracy"].items())
            tail = f"  attrs: {attrs}" if attrs else ""
            lines.append(f"{name:10s} P {k['precision']:.3f}  R {k['recall']:.3f}"
                         f"  F1 {k['f1']:.3f}{_bracket(intervals, name)}"
                         f"  (gold {k['gold']}, pred {k['pred']}){tail}")
        lines.append(f"articles {self.articles}, missing predictions {self.missing}")
        lines.append(f"macro F1 {data['macro_f1']:.3f}{_bracket(intervals, MACRO)}")
        if intervals:
            first = next(iter(intervals.values()))
            lines.append(f"intervals: {first.level:.0%} percentile, {first.resamples} "
                         "article-level bootstrap resamples (sampling noise of the gold set, "
                         "not annotation noise; an attribute's over the resamples holding a "
                         "matched pair of it)")
        return "\n".join(lines)


def format_comparison(differences: Mapping[str, Difference]) -> str:
    """Lines of :meth:`FactsReport.compare`'s differences, one per list and the macro F1.

    Each line gives the baseline's F1 and the difference candidate - baseline
    (``scores     baseline 0.633  +0.034  [-0.05, +0.12]  better in 71% of resamples``); with
    intervals, a last line says how they were computed.
    """
    lines = ["F1 difference, candidate - baseline (the same gold articles):"]
    for name, difference in differences.items():
        label = "macro F1" if name == MACRO else name
        # the baseline's F1 rounded as the report's own lines round it (to_dict, then .3f)
        lines.append(f"{label:10s} baseline {round(difference.baseline, 4):.3f}  "
                     f"{difference.format()}")
    first = next(iter(differences.values()), None)
    if first is not None and first.interval is not None:
        lines.append(f"differences: {first.interval.level:.0%} percentile, "
                     f"{first.interval.resamples} paired article-level bootstrap resamples "
                     "(both versions scored on the same drawn articles)")
    return "\n".join(lines)


def _percentiles(values: np.ndarray, level: float) -> tuple[np.ndarray, np.ndarray]:
    """The low and high percentiles of ``values`` per column holding ``level`` of them."""
    tail = 100 * (1 - level) / 2
    low, high = np.percentile(values, [tail, 100 - tail], axis=0)
    return low, high


def _bracket(intervals: Mapping[str, Interval] | None, name: str) -> str:
    """``"  [low, high]"`` of ``name``'s interval, or nothing without intervals."""
    if not intervals:
        return ""
    interval = intervals[name]
    return f"  [{interval.low:.2f}, {interval.high:.2f}]"


def _attribute_intervals(intervals: Mapping[str, Interval], kind: str, score: KindScore
                         ) -> dict[str, dict[str, float | int] | None]:
    """Each attribute of list ``kind``: its interval as plain data, None without one."""
    found = {attr: intervals.get(attribute_key(kind, attr)) for attr in score.attributes}
    return {attr: None if interval is None else interval.to_dict()
            for attr, interval in found.items()}


def _attribute_bracket(intervals: Mapping[str, Interval] | None, kind: str, attr: str) -> str:
    """``" [low, high]"`` of an attribute's interval, or nothing without one."""
    interval = intervals.get(attribute_key(kind, attr)) if intervals else None
    if interval is None:
        return ""
    return f" [{interval.low:.2f}, {interval.high:.2f}]"


def align(gold: Sequence[Fact], pred: Sequence[Fact], same: Callable[[Fact, Fact], bool]
          ) -> list[tuple[Fact, Fact]]:
    """Greedy one-to-one matching, the shared scorer's: the matched ``(gold, pred)`` pairs.

    Each gold fact, in order, takes the first unused prediction that ``same`` accepts.
    """
    pairs: list[tuple[Fact, Fact]] = []
    used: set[int] = set()
    for g in gold:
        for j, p in enumerate(pred):
            if j not in used and same(g, p):
                pairs.append((g, p))
                used.add(j)
                break
    return pairs


def score_facts(gold_rows: Iterable[Mapping[str, Any]], pred_rows: Iterable[Mapping[str, Any]]
                ) -> FactsReport:
    """Score predicted records against gold rows (``{"id", "gold": {...}}``)."""
    preds = {str(r.get("id")): r for r in pred_rows}
    report = FactsReport()
    for row in gold_rows:
        report.articles += 1
        report.article_ids.append(str(row.get("id")))
        pred = preds.get(str(row.get("id")))
        if pred is None:
            report.missing += 1
            pred = {}
        counts = []
        agreement: list[tuple[int, int]] = []
        for kind, (same, attrs) in KINDS.items():
            g_list = row.get("gold", {}).get(kind) or []
            p_list = pred.get(kind) or []
            pairs = align(g_list, p_list, same)
            k = report.kinds[kind]
            k.tp += len(pairs)
            k.gold += len(g_list)
            k.pred += len(p_list)
            counts.append((len(pairs), len(g_list), len(p_list)))
            for attr in attrs:
                agree = k.attributes.setdefault(attr, [0, 0])
                right = sum(attribute_matches(attr, g, p) for g, p in pairs)
                agree[0] += right
                agree[1] += len(pairs)
                agreement.append((right, len(pairs)))
        report.article_counts.append(tuple(counts))
        report.article_attributes.append(tuple(agreement))
    return report


def select_split(gold_rows: Iterable[Mapping[str, Any]], split: str | None
                 ) -> list[Mapping[str, Any]]:
    """The gold rows whose ``split`` field is ``split`` (every row when ``split`` is None).

    Raises
    ------
    ValueError
        When no row has that split; the message names the splits the rows have.
    """
    rows = list(gold_rows)
    if split is None:
        return rows
    chosen = [row for row in rows if row.get("split") == split]
    if not chosen:
        found = sorted({str(row.get("split")) for row in rows if row.get("split") is not None})
        raise ValueError(f"no gold article has split {split!r} "
                         f"(splits found: {', '.join(found) or 'none'})")
    return chosen


def _numbered_rows(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """The JSON objects of a JSONL file with their line numbers (blank lines skipped)."""
    with open(path, encoding="utf-8") as fh:
        for number, row in iter_jsonl(fh, path):
            if not isinstance(row, dict):
                raise ValueError(f"{path}, line {number}: expected a JSON object")
            yield number, row


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Read a JSONL file (blank lines skipped).

    Raises
    ------
    OSError
        When the file cannot be read.
    ValueError
        For a line that is not a JSON object (the message names file and line).
    """
    return [row for _, row in _numbered_rows(path)]


def read_predictions(path: str | Path) -> list[dict[str, Any]]:
    """Read prediction records to score: one JSON object per line with ``"id"`` and fact lists.

    Records written by ``beritanlp evaluate facts --pred-out`` or ``beritanlp tag`` qualify; a
    fact list a record leaves out (or gives as null) counts as empty, as in the shared scorer.

    Raises
    ------
    OSError
        When the file cannot be read.
    ValueError
        For a line that is not a JSON object, has no ``"id"``, or gives a scored fact list that
        is not a list of objects (the message names file and line).
    """
    rows = []
    for number, row in _numbered_rows(path):
        if row.get("id") is None:
            raise ValueError(f"{path}, line {number}: a prediction record needs an \"id\"")
        for kind in KINDS:
            facts = row.get(kind)
            if facts is not None and not (isinstance(facts, list)
                                          and all(isinstance(f, dict) for f in facts)):
                raise ValueError(f"{path}, line {number}: {kind!r} is not a list of objects")
        rows.append(row)
    return rows


def article_text(row: Mapping[str, Any]) -> str:
    """A gold row's article text: title, blank line, body (the article format)."""
    title, body = row.get("title"), row.get("text") or ""
    return f"{title}\n\n{body}" if title else str(body)
