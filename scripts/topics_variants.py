"""Compare topic-model variants by grouped 5-fold cross-validation on the CLICK-ID rubrik file.

A quick screen used to choose the shipped settings (issue 7): every variant is scored on the
same near-duplicate groups and the same ``StratifiedGroupKFold`` folds (shuffled, seed 0) as
``beritanlp train topics --cv 5``. Per fold, feature selection (``min_df``), idf and the learner
are fitted on the four training folds only; the held-out fold is scored by the argmax of the raw
linear scores. The Platt calibration of the real command is skipped (it moves macro-F1 by about
0.002), so only compare these numbers with each other; the shipped model's calibrated scores
come from the training command in ``models/topics-rubrik/MODEL_CARD.md``.

Usage::

    OMP_NUM_THREADS=1 python scripts/topics_variants.py [VARIANT ...]

With no argument every variant runs (1-3 min each on one core; the count matrix is shared by
variants with the same features). ``--list`` prints the names.

``--leave-publisher-out`` instead measures how the publisher-aware model fares on a publisher
it never saw: for each publisher, the publisher-blind learner and ``domain-copies-min-df-3`` are
trained on the other eight publishers' articles and score this one's (accuracy; macro-F1 over
the labels this publisher uses). ``domain-copies*`` variants and this mode add the extra
weights of the top predicted publisher only (temperature 0, format version 2's rule).

``--prediction-rules`` screens prediction-time rules for the publisher-aware model's extra
weights (top publisher only, none, confidence gates, probability- or softmax-weighted mixes;
see ``RULES``) from ONE fit per split: the grouped 5-fold CV (``min_df`` 3) and the
leave-one-publisher-out splits, next to the publisher-blind learner on the same splits.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.naive_bayes import ComplementNB
from sklearn.svm import LinearSVC

from beritanlp.topics.classifier import WORD_PATTERN, ngrams, tokenize
from beritanlp.topics.train import (
    DEFAULT_SETTINGS,
    fit_domain_aware,
    near_duplicate_groups,
    read_topic_data,
)
from beritanlp.topics.train import domain_copies as domain_feature_copies

DATA = (
    Path(__file__).resolve().parents[1].parent
    / "shared" / "data" / "topics" / "clickid_rubrik_trainval.jsonl.gz"
)
N_FEATURES = 2**22
_WORD_RE = re.compile(WORD_PATTERN)
#: Options that change the hashed counts (variants sharing them share one count matrix).
FEATURE_KEYS = {"n_features", "ngram_max", "affixes", "affix_weight", "cap_chars"}


def sgd(alpha: float, loss: str = "modified_huber", **overrides: Any) -> Callable[[], Any]:
    """The shipped learner family: averaged SGD, balanced class weights, 20 epochs.

    ``overrides`` replace any of these ``SGDClassifier`` arguments (e.g. ``average=False``).
    """
    options: dict[str, Any] = {"loss": loss, "alpha": alpha, "class_weight": "balanced",
                               "max_iter": 20, "tol": None, "average": True, "random_state": 0,
                               **overrides}
    return lambda: SGDClassifier(**options)


class NBScaledSGD:
    """NB-SVM style: per label, features scaled by the naive-Bayes log-count ratio, then SGD."""

    def __init__(self, alpha: float = 2e-5) -> None:
        self.alpha = alpha

    def fit(self, x: sp.csr_matrix, y: np.ndarray) -> NBScaledSGD:
        """One binary scorer per label on ratio-scaled features, folded into one linear map."""
        present = x.copy()
        present.data[:] = 1.0
        coefs, intercepts = [], []
        for label in np.unique(y):
            positive = y == label
            p = 1.0 + np.asarray(present[positive].sum(axis=0)).ravel()
            q = 1.0 + np.asarray(present[~positive].sum(axis=0)).ravel()
            ratio = np.log((p / p.sum()) / (q / q.sum())).astype(np.float32)
            model = sgd(self.alpha)().fit(x @ sp.diags(ratio), positive)
            coefs.append(model.coef_[0] * ratio)
            intercepts.append(model.intercept_[0])
        self.coef_, self.intercept_ = np.vstack(coefs), np.array(intercepts)
        return self

    def decision_function(self, x: sp.csr_matrix) -> np.ndarray:
        """Linear score per label."""
        return np.asarray(x @ self.coef_.T) + self.intercept_


class SeedAverage:
    """Mean decision function of the shipped learner trained with several shuffling seeds."""

    def __init__(self, alpha: float = 5e-5, seeds: Sequence[int] = (0, 1, 2)) -> None:
        self.models = [sgd(alpha, random_state=seed)() for seed in seeds]

    def fit(self, x: sp.csr_matrix, y: np.ndarray) -> SeedAverage:
        """Fit one learner per seed."""
        for model in self.models:
            model.fit(x, y)
        return self

    def decision_function(self, x: sp.csr_matrix) -> np.ndarray:
        """Mean linear score per label (equal to one linear model with averaged weights)."""
        return np.mean([m.decision_function(x) for m in self.models], axis=0)


class ComplementNBScores:
    """Complement naive Bayes; its joint log-likelihoods serve as scores."""

    def __init__(self, alpha: float = 0.3) -> None:
        self.model = ComplementNB(alpha=alpha, norm=True)

    def fit(self, x: sp.csr_matrix, y: np.ndarray) -> ComplementNBScores:
        """Fit the naive Bayes model."""
        self.model.fit(x, y)
        return self

    def decision_function(self, x: sp.csr_matrix) -> np.ndarray:
        """Joint log-likelihood per label."""
        return np.asarray(self.model.predict_joint_log_proba(x))


def inner_folds(y: np.ndarray, groups: np.ndarray, k: int = 5) -> list[tuple[Any, Any]]:
    """Grouped, stratified inner folds of the training rows (shuffled, seed 0)."""
    splitter = StratifiedGroupKFold(n_splits=k, shuffle=True, random_state=0)
    return list(splitter.split(np.zeros(len(y)), y, groups))


class DomainCopies:
    """Publisher-aware learner of ``--domain-field`` (the shipped code, no calibration).

    Trained with the training articles' true publishers (``source``, a training target only);
    held-out articles are scored with the publisher the domain predictor picks from their words.
    ``train_on_predicted``: train with inner out-of-fold *predicted* publishers instead.
    ``oracle``: score held-out articles with their TRUE publisher (not a usable model: an upper
    bound on what a perfect publisher predictor would give).
    """

    needs_domains = True

    def __init__(self, train_on_predicted: bool = False, oracle: bool = False,
                 **settings: Any) -> None:
        self.settings = {**DEFAULT_SETTINGS, **settings}
        self.train_on_predicted, self.oracle = train_on_predicted, oracle

    def fit(self, x: sp.csr_matrix, y: np.ndarray, domains: np.ndarray,
            groups: np.ndarray) -> DomainCopies:
        """Fit the domain predictor and the shared + per-publisher label weights."""
        targets = np.eye(int(y.max()) + 1, dtype=bool)[y]
        n_domains = int(domains.max()) + 1
        train_domains = domains
        if self.train_on_predicted:
            train_domains = np.zeros_like(domains)
            for a, b in inner_folds(y, groups):
                inner = fit_domain_aware(x[a], targets[a], domains[a], n_domains, False,
                                          self.settings)
                self.parts = inner
                train_domains[b] = self.predicted_domains(x[b])
        self.parts = fit_domain_aware(x, targets, domains, n_domains, False, self.settings)
        if self.train_on_predicted:  # label weights from the predicted publishers
            predictor = {k: self.parts[k] for k in ("domain_index", "domain_coef",
                                                     "domain_intercept")}
            self.parts = {**fit_domain_aware(x, targets, train_domains, n_domains, False,
                                              self.settings), **predictor}
        return self

    def predicted_domains(self, x: sp.csr_matrix) -> np.ndarray:
        """The domain predictor's choice per row."""
        p = self.parts
        scores = np.asarray(x[:, p["domain_index"]] @ p["domain_coef"].T) + p["domain_intercept"]
        return np.asarray(scores.argmax(axis=1))

    def decision_function(self, x: sp.csr_matrix,
                          true_domains: np.ndarray | None = None) -> np.ndarray:
        """Shared scores plus the extra weights of each row's predicted (or true) publisher."""
        p = self.parts
        chosen = true_domains if self.oracle and true_domains is not None else (
            self.predicted_domains(x))
        copies = domain_feature_copies(x, chosen, p["block_index"], p["block_offsets"])
        return np.asarray(x @ p["coef"].T + copies @ p["block_coef"].T) + p["intercept"]


class PublisherStacker:
    """Label scores + publisher probabilities + their products -> multinomial LR (a stacker).

    Inner grouped 5-fold out-of-fold scores of the shipped label learner (L, 9 columns) and of
    the same learner predicting the publisher (P, turned into probabilities by a multinomial LR
    on the out-of-fold publisher scores) train a multinomial logistic regression on
    ``[L, P, L * P]`` (99 columns); held-out rows get the scores of learners fitted on all
    training rows.
    """

    needs_domains = True

    def __init__(self, c: float = 0.1) -> None:
        self.c = c

    @staticmethod
    def stack(lab: np.ndarray, pub: np.ndarray) -> np.ndarray:
        """``[L, P, L * P]`` per row."""
        products = (lab[:, :, None] * pub[:, None, :]).reshape(len(lab), -1)
        return np.hstack([lab, pub, products])

    def fit(self, x: sp.csr_matrix, y: np.ndarray, domains: np.ndarray,
            groups: np.ndarray) -> PublisherStacker:
        """Inner out-of-fold scores, the stacker, then both learners on all rows."""
        lab = np.zeros((len(y), int(y.max()) + 1))
        pub = np.zeros((len(y), int(domains.max()) + 1))
        for a, b in inner_folds(y, groups):
            lab[b] = sgd(5e-5)().fit(x[a], y[a]).decision_function(x[b])
            pub[b] = sgd(5e-5)().fit(x[a], domains[a]).decision_function(x[b])
        self.pub_calib = LogisticRegression(C=1.0, max_iter=2000).fit(pub, domains)
        self.stacker = LogisticRegression(C=self.c, max_iter=5000).fit(
            self.stack(lab, self.pub_calib.predict_proba(pub)), y)
        self.lab_model = sgd(5e-5)().fit(x, y)
        self.pub_model = sgd(5e-5)().fit(x, domains)
        return self

    def decision_function(self, x: sp.csr_matrix) -> np.ndarray:
        """The stacker's class scores."""
        pub = self.pub_calib.predict_proba(self.pub_model.decision_function(x))
        return np.asarray(self.stacker.decision_function(
            self.stack(self.lab_model.decision_function(x), pub)))


def domain_copies(**settings: Any) -> Callable[[], Any]:
    """Factory of :class:`DomainCopies` with settings overrides."""
    return lambda: DomainCopies(**settings)


#: name -> (learner factory, feature options)
VARIANTS: dict[str, tuple[Callable[[], Any], dict[str, Any]]] = {
    **{f"sgd-alpha-{a:g}": (sgd(a), {}) for a in (1e-5, 2e-5, 3e-5, 4e-5, 5e-5, 7e-5)},
    "sgd-alpha-2e-05-min-df-1": (sgd(2e-5), {"min_df": 1}),
    "sgd-alpha-2e-05-raw-tf": (sgd(2e-5), {"sublinear": False}),
    "sgd-alpha-2e-05-title-block-0.5": (sgd(2e-5), {"title_weight": 0.5}),
    "sgd-alpha-2e-05-title-block-1": (sgd(2e-5), {"title_weight": 1.0}),
    "linear-svc-C-0.5": (lambda: LinearSVC(C=0.5, class_weight="balanced"), {}),
    "linear-svc-C-1": (lambda: LinearSVC(C=1.0, class_weight="balanced"), {}),
    "nb-scaled-sgd": (NBScaledSGD, {}),
    # Second screen (issue 7): the shipped learner (alpha 5e-5) with one setting changed.
    "sgd-5e-05-not-averaged": (sgd(5e-5, average=False), {}),
    "sgd-5e-05-unweighted": (sgd(5e-5, class_weight=None), {}),
    "sgd-5e-05-hinge": (sgd(5e-5, "hinge"), {}),
    "sgd-5e-05-log-loss": (sgd(5e-5, "log_loss"), {}),
    "sgd-5e-05-50-epochs": (sgd(5e-5, max_iter=50), {}),
    "sgd-5e-05-tol-1e-4": (sgd(5e-5, max_iter=200, tol=1e-4), {}),
    "sgd-5e-05-2^21": (sgd(5e-5), {"n_features": 2**21}),
    "sgd-5e-05-2^23": (sgd(5e-5), {"n_features": 2**23}),
    "sgd-5e-05-2^24": (sgd(5e-5), {"n_features": 2**24}),
    "sgd-5e-05-trigrams": (sgd(5e-5), {"ngram_max": 3}),
    "sgd-5e-05-affixes-4": (sgd(5e-5), {"affixes": 4}),
    "sgd-5e-05-affixes-4-block-0.5": (sgd(5e-5), {"affixes": 4, "affix_weight": 0.5}),
    "sgd-5e-05-cap-chars": (sgd(5e-5), {"cap_chars": True}),
    "sgd-5e-05-3-seeds": (SeedAverage, {}),
    "sgd-3e-05-affixes-4-block-0.5": (sgd(3e-5), {"affixes": 4, "affix_weight": 0.5}),
    "sgd-5e-05-affixes-4-block-0.3": (sgd(5e-5), {"affixes": 4, "affix_weight": 0.3}),
    "sgd-5e-05-affixes-4-block-0.5-cap-chars": (
        sgd(5e-5), {"affixes": 4, "affix_weight": 0.5, "cap_chars": True}),
    "sgd-5e-05-2^23-affixes-4-block-0.3-cap-chars": (
        sgd(5e-5), {"n_features": 2**23, "affixes": 4, "affix_weight": 0.3, "cap_chars": True}),
    "complement-nb": (ComplementNBScores, {}),
    # Third screen (issue 7): publisher-aware models (``source`` as a training target only).
    # Defaults: per-publisher copies of the columns seen in >= 3 of its articles, weight 1,
    # the publisher predictor on the columns seen in >= 5 training articles.
    "domain-copies-predictor-2": (domain_copies(domain_predictor_min_df=2), {}),
    "domain-copies": (domain_copies(), {}),
    "domain-copies-min-df-3": (domain_copies(), {"min_df": 3}),
    **{f"domain-copies-min-df-3-weight-{w:g}": (domain_copies(domain_weight=w), {"min_df": 3})
       for w in (0.7, 1.5)},
    "domain-copies-min-df-3-block-df-5": (domain_copies(domain_min_df=5), {"min_df": 3}),
    "domain-copies-min-df-3-trained-on-predicted": (
        domain_copies(train_on_predicted=True), {"min_df": 3}),
    "domain-copies-min-df-3-ORACLE-true-publisher": (domain_copies(oracle=True), {"min_df": 3}),
    "publisher-stacker": (PublisherStacker, {}),
    **{f"domain-copies-min-df-3-alpha-{a:g}": (domain_copies(alpha=a), {"min_df": 3})
       for a in (3e-5, 4e-5, 7e-5)},
    "domain-copies-min-df-3-predictor-10": (domain_copies(domain_predictor_min_df=10),
                                            {"min_df": 3}),
}


def hashed_counts(docs: Sequence[Sequence[str]], prefix: str = "", ngram_max: int = 2,
                  n_features: int = N_FEATURES) -> sp.csr_matrix:
    """Word n-gram counts hashed like the shipped model (optionally prefixed terms)."""
    vectorizer = HashingVectorizer(
        analyzer=lambda words: [prefix + t for t in ngrams(words, ngram_max)],
        n_features=n_features, alternate_sign=False, norm=None, dtype=np.float32,
    )
    return vectorizer.transform(docs).tocsr()


def affix_terms(words: Sequence[str], size: int) -> list[str]:
    """First and last ``size`` letters of each longer word, marked ``<abcd`` and ``wxyz>``."""
    return [t for w in words if len(w) > size for t in (f"<{w[:size]}", f"{w[-size:]}>")]


def capitalised_char_terms(text: str, size: int = 4) -> list[str]:
    """Character ``size``-grams (with ``^``/``$`` word edges) of the capitalised words of a text."""
    out: list[str] = []
    for word in _WORD_RE.findall(text):
        if word[0].isupper():
            padded = f"^{word.lower()}$"
            out.extend("c:" + padded[i : i + size] for i in range(len(padded) - size + 1))
    return out


def extra_counts(terms: Sequence[Sequence[str]], n_features: int = N_FEATURES) -> sp.csr_matrix:
    """Counts of ready-made term lists hashed into the same space."""
    vectorizer = HashingVectorizer(analyzer=lambda t: t, n_features=n_features,
                                   alternate_sign=False, norm=None, dtype=np.float32)
    return vectorizer.transform(terms).tocsr()


def build_counts(texts: Sequence[str], words: Sequence[Sequence[str]],
                 options: dict[str, Any]) -> tuple[sp.csr_matrix, sp.csr_matrix | None]:
    """Counts of a variant's features: (main matrix, separately weighted block or None)."""
    n_features = options.get("n_features", N_FEATURES)
    counts = hashed_counts(words, ngram_max=options.get("ngram_max", 2), n_features=n_features)
    block = None
    if options.get("affixes"):
        affixes = extra_counts([affix_terms(w, options["affixes"]) for w in words], n_features)
        if "affix_weight" in options:
            block = affixes
        else:
            counts = (counts + affixes).tocsr()
    if options.get("cap_chars"):
        counts = (counts + extra_counts([capitalised_char_terms(t) for t in texts],
                                        n_features)).tocsr()
    return counts, block


def tfidf(counts: sp.csr_matrix, train: np.ndarray, test: np.ndarray, min_df: int,
          sublinear: bool) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """Training/held-out rows weighted as the shipped model does, fitted on ``train`` only."""
    df = np.bincount(counts[train].indices, minlength=counts.shape[1])
    columns = np.flatnonzero(df >= min_df)
    idf = (np.log((1.0 + len(train)) / (1.0 + df[columns])) + 1.0).astype(np.float32)

    def weight(rows: np.ndarray) -> sp.csr_matrix:
        m = counts[rows][:, columns].tocsr().astype(np.float32)
        if sublinear:
            m.data = 1.0 + np.log(m.data)
        m = (m @ sp.diags(idf)).tocsr()
        norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1))).ravel()
        norms[norms == 0] = 1.0
        return sp.csr_matrix(sp.diags(1.0 / norms) @ m)

    return weight(train), weight(test)


def _publisher_data() -> tuple[Any, list[str], np.ndarray, list[str], np.ndarray, np.ndarray]:
    """The file with publishers: data, label names, label ids, publishers, publisher ids, groups."""
    data = read_topic_data(DATA, label_field="rubrik", domain_field="source")
    names = sorted({row[0] for row in data.labels})
    y = np.array([names.index(row[0]) for row in data.labels])
    sources = sorted(set(data.domains or []))
    domains = np.array([sources.index(d) for d in data.domains or []])
    groups = near_duplicate_groups(data.texts, data.titles)
    return data, names, y, sources, domains, groups


def leave_publisher_out() -> int:
    """Publisher-blind vs publisher-aware model on each publisher left out of training."""
    data, names, y, sources, domains, groups = _publisher_data()
    counts = build_counts(data.texts, [tokenize(t) for t in data.texts], {})[0]
    print(f"{'left-out publisher':<20} {'n':>5}  blind acc / F1   aware acc / F1   "
          "(aware, by predicted training publisher)")
    for d, source in enumerate(sources):
        train, test = np.flatnonzero(domains != d), np.flatnonzero(domains == d)
        x_train, x_test = tfidf(counts, train, test, 3, True)
        blind = sgd(5e-5)().fit(x_train, y[train]).decision_function(x_test).argmax(axis=1)
        kept = np.array([i for i in range(len(sources)) if i != d])
        learner = DomainCopies().fit(x_train, y[train], np.searchsorted(kept, domains[train]),
                                     groups[train])
        aware = learner.decision_function(x_test).argmax(axis=1)
        chosen = np.bincount(learner.predicted_domains(x_test), minlength=len(kept))
        share = ", ".join(f"{sources[kept[i]]} {c / len(test):.0%}"
                          for i, c in sorted(enumerate(chosen), key=lambda t: -t[1])[:3])
        gold = y[test]
        f1_blind, f1_aware = (float(f1_score(gold, p, labels=np.unique(gold), average="macro"))
                              for p in (blind, aware))
        print(f"{source:<20} {len(test):5d}  {np.mean(blind == gold):.3f} / {f1_blind:.3f}"
              f"    {np.mean(aware == gold):.3f} / {f1_aware:.3f}    ({share})", flush=True)
    return 0


def _mh_proba(z: np.ndarray) -> np.ndarray:
    """Publisher probabilities of modified-Huber scores, as ``SGDClassifier.predict_proba``."""
    p = (np.clip(z, -1.0, 1.0) + 1.0) / 2.0
    totals = p.sum(axis=1, keepdims=True)
    uniform = totals[:, 0] == 0
    p[uniform] = 1.0 / p.shape[1]
    totals[uniform] = 1.0
    return np.asarray(p / totals)


def _softmax(z: np.ndarray, temperature: float) -> np.ndarray:
    e = np.exp((z - z.max(axis=1, keepdims=True)) / temperature)
    return np.asarray(e / e.sum(axis=1, keepdims=True))


def _sharpen(p: np.ndarray, power: float, floor: float = 0.0) -> np.ndarray:
    q = np.where(p >= floor, p, 0.0) ** power
    totals = q.sum(axis=1, keepdims=True)
    totals[totals == 0] = 1.0
    return np.asarray(q / totals)


def rule_parts(learner: DomainCopies, x: sp.csr_matrix) -> tuple[np.ndarray, ...]:
    """Shared scores ``(n, L)``, every publisher's extra scores ``(n, D, L)``, publisher scores."""
    p = learner.parts
    shared = np.asarray(x @ p["coef"].T) + p["intercept"]
    z = np.asarray(x[:, p["domain_index"]] @ p["domain_coef"].T) + p["domain_intercept"]
    n_domains = len(p["block_offsets"]) - 1
    extra = np.stack([
        np.asarray(domain_feature_copies(x, np.full(x.shape[0], d), p["block_index"],
                                  p["block_offsets"]) @ p["block_coef"].T)
        for d in range(n_domains)], axis=1)
    return shared, extra, z


def _gate(z: np.ndarray, tau: float, soft: bool = False) -> np.ndarray:
    """Publisher weights of a confidence gate.

    The top publisher (argmax of ``z``) gets weight 1 (its probability when ``soft``) where its
    probability reaches ``tau``; below it, no publisher (shared weights only).
    """
    p = _mh_proba(z)
    w = np.zeros_like(z)
    top = z.argmax(axis=1)
    ok = np.flatnonzero(p[np.arange(len(z)), top] >= tau)
    w[ok, top[ok]] = p[ok, top[ok]] if soft else 1.0
    return w


def _margin_gate(z: np.ndarray, margin: float) -> np.ndarray:
    """The top publisher where its score beats the second one's by ``margin``."""
    w = np.zeros_like(z)
    order = np.sort(z, axis=1)
    ok = np.flatnonzero(order[:, -1] - order[:, -2] >= margin)
    w[ok, z.argmax(axis=1)[ok]] = 1.0
    return w


def _scaled(z: np.ndarray, scale: float) -> np.ndarray:
    return scale * _gate(z, 0.0)


def _soft(z: np.ndarray, power: float = 1.0, floor: float = 0.0) -> np.ndarray:
    return _sharpen(_mh_proba(z), power, floor)


#: Prediction-time rules for a publisher-aware model: name -> publisher weights (n, D) from the
#: publisher scores z; the label scores are shared + sum_d w[:, d] * extra[:, d].
RULES: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "argmax (shipped)": partial(_gate, tau=0.0),
    "shared only": np.zeros_like,
    **{f"gate p>={t:g}": partial(_gate, tau=t) for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)},
    **{f"gate margin>={m:g}": partial(_margin_gate, margin=m) for m in (0.25, 0.5, 0.75, 1.0)},
    **{f"soft p^{k:g}": partial(_soft, power=k) for k in (0.5, 1, 2, 4)},
    **{f"soft p, floor {f:g}": partial(_soft, floor=f) for f in (0.2, 0.4)},
    **{f"soft softmax T={t:g}": partial(_softmax, temperature=t)
       for t in (0.1, 0.15, 0.2, 0.25, 0.3, 0.4)},
    **{f"argmax x {s:g}": partial(_scaled, scale=s) for s in (0.5, 0.75)},
    **{f"gate p>={t:g} x p": partial(_gate, tau=t, soft=True) for t in (0.0, 0.5)},
}


def apply_rule(rule: Callable[[np.ndarray], np.ndarray], parts: tuple[np.ndarray, ...]
               ) -> np.ndarray:
    """Label predictions of one prediction-time rule."""
    shared, extra, z = parts
    w = rule(z)
    return np.asarray((shared + np.einsum("nd,ndl->nl", w, extra)).argmax(axis=1))


def prediction_rules() -> int:
    """Screen prediction-time rules of ONE publisher-aware fit per split (CV and unseen)."""
    data, names, y, sources, domains, groups = _publisher_data()
    counts = build_counts(data.texts, [tokenize(t) for t in data.texts], {})[0]
    folds = list(StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=0)
                 .split(np.zeros(len(y)), y, groups))
    cv = {name: np.zeros(len(y), dtype=np.int64) for name in RULES}
    blind_cv = np.zeros(len(y), dtype=np.int64)
    for train, test in folds:
        x_train, x_test = tfidf(counts, train, test, 3, True)
        learner = DomainCopies().fit(x_train, y[train], domains[train], groups[train])
        parts = rule_parts(learner, x_test)
        for name, rule in RULES.items():
            cv[name][test] = apply_rule(rule, parts)
        blind_cv[test] = sgd(5e-5)().fit(x_train, y[train]).decision_function(x_test).argmax(1)
    unseen: dict[str, list[float]] = {name: [] for name in RULES}
    blind_unseen: list[float] = []
    for d in range(len(sources)):
        train, test = np.flatnonzero(domains != d), np.flatnonzero(domains == d)
        x_train, x_test = tfidf(counts, train, test, 3, True)
        gold = y[test]

        def f1(p: np.ndarray, gold: np.ndarray = gold) -> float:
            return float(f1_score(gold, p, labels=np.unique(gold), average="macro"))

        blind_unseen.append(f1(sgd(5e-5)().fit(x_train, y[train]).decision_function(x_test)
                               .argmax(axis=1)))
        kept = np.array([i for i in range(len(sources)) if i != d])
        learner = DomainCopies().fit(x_train, y[train], np.searchsorted(kept, domains[train]),
                                     groups[train])
        parts = rule_parts(learner, x_test)
        for name, rule in RULES.items():
            unseen[name].append(f1(apply_rule(rule, parts)))
        print(f"  left out {sources[d]} done", file=sys.stderr, flush=True)
    short = [s.split(".")[0][:6] for s in sources]
    print(f"{'rule':<22} {'CV F1':>6}  " + " ".join(f"{s:>6}" for s in short)
          + "   mean  gap")
    blind_mean = float(np.mean(blind_unseen))
    print(f"{'BLIND model':<22} {f1_score(y, blind_cv, average='macro'):6.4f}  "
          + " ".join(f"{v:6.3f}" for v in blind_unseen) + f"  {blind_mean:.4f}  0")
    for name in RULES:
        mean = float(np.mean(unseen[name]))
        print(f"{name:<22} {f1_score(y, cv[name], average='macro'):6.4f}  "
              + " ".join(f"{v:6.3f}" for v in unseen[name])
              + f"  {mean:.4f} {mean - blind_mean:+.4f}", flush=True)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the named variants (all by default) and print their macro-F1."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variants", nargs="*", help="variant names (default: all)")
    parser.add_argument("--list", action="store_true", help="print the variant names")
    parser.add_argument("--leave-publisher-out", action="store_true",
                        help="score each publisher with models trained on the other publishers")
    parser.add_argument("--prediction-rules", action="store_true",
                        help="screen prediction-time publisher rules (CV and unseen publishers)")
    args = parser.parse_args(argv)
    if args.prediction_rules:
        return prediction_rules()
    if args.list:
        print("\n".join(VARIANTS))
        return 0
    if args.leave_publisher_out:
        return leave_publisher_out()
    unknown = sorted(set(args.variants) - set(VARIANTS))
    if unknown:
        parser.error(f"unknown variants {unknown}; see --list")
    data, names, y, sources, domains, groups = _publisher_data()
    folds = list(StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=0)
                 .split(np.zeros(len(y)), y, groups))
    words = [tokenize(t) for t in data.texts]
    cache: dict[str, tuple[sp.csr_matrix, sp.csr_matrix | None]] = {}
    titles: sp.csr_matrix | None = None
    for name in args.variants or list(VARIANTS):
        factory, options = VARIANTS[name]
        started = time.perf_counter()
        key = repr(sorted((k, v) for k, v in options.items() if k in FEATURE_KEYS))
        if key not in cache:
            cache[key] = build_counts(data.texts, words, options)
        body, block = cache[key]
        scores = np.zeros((len(y), len(names)))
        for train, test in folds:
            x_train, x_test = tfidf(body, train, test, options.get("min_df", 2),
                                    options.get("sublinear", True))
            if block is not None:
                b_train, b_test = tfidf(block, train, test, options.get("min_df", 2), True)
                w = options["affix_weight"]
                x_train = sp.hstack([x_train, w * b_train]).tocsr()
                x_test = sp.hstack([x_test, w * b_test]).tocsr()
            if "title_weight" in options:
                if titles is None:
                    titles = hashed_counts([tokenize(t) for t in data.titles], prefix="t:")
                t_train, t_test = tfidf(titles, train, test, 2, True)
                w = options["title_weight"]
                x_train = sp.hstack([x_train, w * t_train]).tocsr()
                x_test = sp.hstack([x_test, w * t_test]).tocsr()
            learner = factory()
            if getattr(learner, "needs_domains", False):
                learner.fit(x_train, y[train], domains[train], groups[train])
            else:
                learner.fit(x_train, y[train])
            if getattr(learner, "oracle", False):
                scores[test] = learner.decision_function(x_test, domains[test])
            else:
                scores[test] = learner.decision_function(x_test)
        predicted = scores.argmax(axis=1)
        print(f"{name:<34} macro-F1 {f1_score(y, predicted, average='macro'):.4f}  "
              f"accuracy {np.mean(predicted == y):.4f}  ({time.perf_counter() - started:.0f} s)",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
