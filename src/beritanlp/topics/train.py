"""Training, grouped cross-validation and evaluation of topic classifiers.

Data files are JSONL (optionally ``.gz``): one article per line with a text field, an optional
title field (joined with a blank line between them, the way beritanlp builds an article) and a
label field holding one label (single-label) or a list of labels (multi-label).

Cross-validation is grouped so near-duplicate articles never straddle folds: two articles share a
group when their normalised titles are equal, or when MinHash LSH over 5-word shingles of their
bodies finds them and their shingle Jaccard similarity is at least 0.5
(:func:`near_duplicate_groups`).
"""

from __future__ import annotations

import gzip
import time
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.model_selection import GroupKFold, StratifiedGroupKFold

from beritanlp.lexicons.jsonl import iter_jsonl
from beritanlp.topics.classifier import (
    TopicClassifier,
    check_documents,
    document_words,
    hashing_vectorizer,
    load_classifier,
    tokenize,
)

#: Default training settings (chosen by grouped 5-fold CV on CLICK-ID rubrik). The shipped model
#: was trained with these plus ``min_df`` 3 and the publisher as domain (``--min-df 3
#: --domain-field source``; see ``models/topics-rubrik/MODEL_CARD.md``).
DEFAULT_SETTINGS: dict[str, Any] = {
    "n_features": 2**22,
    "ngram_max": 2,
    "min_df": 2,
    "alpha": 5e-5,
    "epochs": 20,
    "calibration_folds": 3,
    "seed": 0,
    # Used only when training with domains (``--domain-field``):
    "domain_min_df": 3,  # a domain's extra weights cover columns seen in >= N of its articles
    "domain_weight": 1.0,  # scale of the per-domain feature copies while training
    "domain_predictor_min_df": 5,  # the domain predictor reads columns seen in >= N articles
    # Prediction: domains' extra weights mixed by softmax(domain scores / T); 0 = top domain only
    # (format version 2's rule). 0.2 keeps the in-domain grouped-CV score and brings articles
    # of unseen publishers back to the publisher-blind model's level (MODEL_CARD.md).
    "domain_temperature": 0.2,
}


# -- data --------------------------------------------------------------------------------


@dataclass
class TopicData:
    """Articles and their labels read from a JSONL file.

    Attributes
    ----------
    texts
        Article texts (title, blank line, body when a title is present).
    titles
        Titles ("" when absent), used for near-duplicate grouping.
    labels
        One list of labels per article (one element for single-label data).
    domains
        The domain (e.g. publisher) of each article when a domain field was read, else None.
    """

    texts: list[str]
    titles: list[str]
    labels: list[list[str]]
    domains: list[str] | None = None


def _open_lines(path: str | Path) -> Iterator[str]:
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        yield from handle


def read_topic_data(
    path: str | Path,
    text_field: str = "text",
    label_field: str = "label",
    title_field: str | None = "title",
    multi_label: bool = False,
    domain_field: str | None = None,
) -> TopicData:
    """Read articles and labels from a JSONL file (``.gz`` allowed).

    Parameters
    ----------
    path
        The file.
    text_field, label_field
        Field names of the body text and the label(s).
    title_field
        Field with the headline, joined before the text with a blank line when present and
        non-empty; ``None`` to ignore titles.
    multi_label
        Accept a list of labels per article (a single string counts as a one-label list).
    domain_field
        Field with each article's domain (e.g. the publisher), a training-only target of
        domain-aware models; ``None`` to read no domains.

    Returns
    -------
    TopicData

    Raises
    ------
    ValueError
        On invalid JSON, a missing or non-string text, a missing/empty label, a list of labels
        in single-label mode, or a missing/empty domain; the message names the line.
    """
    texts: list[str] = []
    titles: list[str] = []
    labels: list[list[str]] = []
    domains: list[str] = []
    for number, row in iter_jsonl(_open_lines(path), path):
        where = f"{path}, line {number}"
        if not isinstance(row, dict):
            raise ValueError(f"{where}: expected a JSON object")
        text = row.get(text_field)
        if not isinstance(text, str):
            raise ValueError(f"{where}: field {text_field!r} is missing or not a string")
        title = row.get(title_field) if title_field else None
        title = title if isinstance(title, str) else ""
        value = row.get(label_field)
        if isinstance(value, str) and value:
            label_list = [value]
        elif multi_label and isinstance(value, list) and all(isinstance(v, str) for v in value):
            label_list = sorted(set(value))
        elif isinstance(value, list) and not multi_label:
            raise ValueError(
                f"{where}: field {label_field!r} is a list; pass multi_label=True "
                "(--multi-label) for multi-label data"
            )
        else:
            raise ValueError(f"{where}: field {label_field!r} is missing or not a label")
        if domain_field:
            domain = row.get(domain_field)
            if not isinstance(domain, str) or not domain:
                raise ValueError(f"{where}: field {domain_field!r} is missing or not a string")
            domains.append(domain)
        texts.append(f"{title}\n\n{text}" if title else text)
        titles.append(title)
        labels.append(label_list)
    if not texts:
        raise ValueError(f"{path}: no articles")
    return TopicData(texts, titles, labels, domains if domain_field else None)


# -- near-duplicate groups ----------------------------------------------------------------

_MERSENNE = np.uint64((1 << 61) - 1)


def near_duplicate_groups(
    texts: Sequence[str],
    titles: Sequence[str] | None = None,
    shingle: int = 5,
    threshold: float = 0.5,
    n_hashes: int = 12,
    band: int = 2,
    seed: int = 0,
) -> np.ndarray:
    """Group id per article so that near-duplicates share a group.

    Two articles are joined (transitively) when their titles are equal after lowercasing and
    keeping only word tokens, or when MinHash LSH (``n_hashes`` hashes in bands of ``band``)
    proposes them and the Jaccard similarity of their ``shingle``-word shingle sets is at least
    ``threshold``. Texts with fewer than 20 words are grouped by title only.

    Parameters
    ----------
    texts
        Article texts.
    titles
        Their titles (optional).
    shingle, threshold, n_hashes, band, seed
        Shingle length in words, Jaccard threshold, MinHash size, LSH band width, random seed.

    Returns
    -------
    numpy.ndarray
        ``int64`` group id per article (the index of a representative article).
    """
    n = len(texts)
    parent = np.arange(n)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = int(parent[i])
        return i

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    if titles is not None:
        first: dict[str, int] = {}
        for i, title in enumerate(titles):
            key = " ".join(tokenize(title))
            if not key:
                continue
            if key in first:
                union(first[key], i)
            else:
                first[key] = i

    rng = np.random.default_rng(seed)
    mult = rng.integers(1, 1 << 31, size=n_hashes, dtype=np.uint64)
    add = rng.integers(0, 1 << 31, size=n_hashes, dtype=np.uint64)
    shingle_sets: list[frozenset[int]] = []
    buckets: dict[tuple[int, ...], int] = {}
    candidates: set[tuple[int, int]] = set()
    for i, text in enumerate(texts):
        words = tokenize(text)
        shingles = frozenset(
            zlib.crc32(" ".join(words[j : j + shingle]).encode("utf-8"))
            for j in range(len(words) - shingle + 1)
        )
        shingle_sets.append(shingles)
        if len(words) < 20:
            continue
        values = np.fromiter(shingles, dtype=np.uint64, count=len(shingles))
        signature = ((values[:, None] * mult + add) % _MERSENNE).min(axis=0)
        for b in range(0, n_hashes, band):
            bucket = (b, *(int(v) for v in signature[b : b + band]))
            if bucket in buckets:
                candidates.add((buckets[bucket], i))
            else:
                buckets[bucket] = i
    for a, b in candidates:
        sa, sb = shingle_sets[a], shingle_sets[b]
        if len(sa & sb) >= threshold * len(sa | sb):
            union(a, b)
    return np.array([find(i) for i in range(n)], dtype=np.int64)


# -- fitting ------------------------------------------------------------------------------


def _label_matrix(labels: Sequence[Sequence[str]], names: Sequence[str]) -> np.ndarray:
    index = {name: j for j, name in enumerate(names)}
    matrix = np.zeros((len(labels), len(names)), dtype=bool)
    for i, row in enumerate(labels):
        for label in row:
            matrix[i, index[label]] = True
    return matrix



def _sgd(settings: dict[str, Any]) -> SGDClassifier:
    """The linear learner of every topic model (labels and domains): averaged SGD, balanced."""
    return SGDClassifier(
        loss="modified_huber",
        alpha=settings["alpha"],
        class_weight="balanced",
        max_iter=settings["epochs"],
        tol=None,
        average=True,
        random_state=settings["seed"],
    )

def _fit_linear(
    features: sp.csr_matrix, targets: np.ndarray, multi_label: bool, settings: dict[str, Any]
) -> tuple[np.ndarray, np.ndarray]:
    """Linear scorer per label: ``coef (n_labels, n_kept)``, ``intercept (n_labels,)``."""
    n_labels = targets.shape[1]
    if multi_label or n_labels == 2:
        coefs, intercepts = [], []
        for j in range(n_labels):
            column = targets[:, j]
            if column.all() or not column.any():
                raise ValueError("every label needs positive and negative training articles")
            model = _sgd(settings).fit(features, column)
            coefs.append(model.coef_[0])
            intercepts.append(model.intercept_[0])
        return np.vstack(coefs), np.asarray(intercepts)
    model = _sgd(settings).fit(features, targets.argmax(axis=1))
    return np.asarray(model.coef_), np.asarray(model.intercept_)


def fit_domain_aware(
    features: sp.csr_matrix,
    targets: np.ndarray,
    domains: np.ndarray,
    n_domains: int,
    multi_label: bool,
    settings: dict[str, Any],
) -> dict[str, np.ndarray]:
    """Fit the domain predictor and the shared + per-domain label weights of a domain model.

    The label scorer is trained on ``[x, w * x restricted to the columns of the article's own
    domain]`` with the articles' true domains; the domain predictor, a linear multi-class model
    on the same features, chooses the copy at prediction time. No calibration is done here.

    Parameters
    ----------
    features
        Hashed, weighted features ``(n_docs, n_kept)``.
    targets
        Label indicator matrix ``(n_docs, n_labels)``.
    domains
        Domain index of every article, in ``range(n_domains)``.
    n_domains
        Number of domains.
    multi_label
        Fit one binary scorer per label instead of one multi-class scorer.
    settings
        Training settings (see ``DEFAULT_SETTINGS``): ``domain_predictor_min_df``,
        ``domain_min_df``, ``domain_weight`` and the SGD settings.

    Returns
    -------
    dict of str to numpy.ndarray
        The arrays of a domain model: ``coef``, ``intercept``, ``domain_index``, ``domain_coef``,
        ``domain_intercept``, ``block_index``, ``block_offsets``, ``block_coef``.
    """
    n_docs, n_kept = features.shape
    present = features.copy()
    present.data[:] = 1.0
    df = np.bincount(present.indices, minlength=n_kept)
    domain_index = np.flatnonzero(df >= settings["domain_predictor_min_df"]).astype(np.int32)
    if not len(domain_index):  # a tiny data set: no column is that frequent, so read them all
        domain_index = np.arange(n_kept, dtype=np.int32)
    predictor = _sgd(settings).fit(features[:, domain_index], domains)
    domain_coef = np.zeros((n_domains, len(domain_index)), dtype=np.float32)
    domain_intercept = np.full(n_domains, -1e4, dtype=np.float32)  # domains absent here: never
    seen = predictor.classes_
    if len(seen) == 2:  # a binary SGDClassifier keeps one row: the second class's score
        domain_coef[seen[1]] = predictor.coef_[0]
        domain_intercept[seen[1]] = predictor.intercept_[0]
        domain_coef[seen[0]] = 0.0
        domain_intercept[seen[0]] = 0.0
    else:
        domain_coef[seen] = predictor.coef_
        domain_intercept[seen] = predictor.intercept_
    blocks = []
    for d in range(n_domains):
        rows = domains == d
        df_d = np.bincount(present[rows].indices, minlength=n_kept)
        blocks.append(np.flatnonzero(df_d >= settings["domain_min_df"]))
    block_offsets = np.concatenate(([0], np.cumsum([len(b) for b in blocks]))).astype(np.int64)
    block_index = np.concatenate(blocks).astype(np.int32)
    copies = domain_copies(features, domains, block_index, block_offsets)
    weight = settings["domain_weight"]
    augmented = sp.hstack([features, copies * weight]).tocsr()
    coef, intercept = _fit_linear(augmented, targets, multi_label, settings)
    return {
        "coef": coef[:, :n_kept],
        "intercept": intercept,
        "domain_index": domain_index,
        "domain_coef": domain_coef.astype(np.float16).astype(np.float32),
        "domain_intercept": domain_intercept,
        "block_index": block_index,
        "block_offsets": block_offsets,
        "block_coef": (coef[:, n_kept:] * weight).astype(np.float16).astype(np.float32),
    }


def domain_copies(
    features: sp.csr_matrix, domains: np.ndarray, block_index: np.ndarray, offsets: np.ndarray
) -> sp.csr_matrix:
    """Build the per-domain feature copies: row ``i`` fills only its own domain's block.

    Parameters
    ----------
    features
        Features ``(n_docs, n_kept)``.
    domains
        Domain index of every row.
    block_index
        The kept columns of every domain, one block after another.
    offsets
        Start of every domain's block in ``block_index`` (``n_domains + 1`` values).

    Returns
    -------
    scipy.sparse.csr_matrix
        ``(n_docs, len(block_index))``; a row's values sit in its domain's block, the columns of
        other domains are empty.
    """
    n_docs, n_kept = features.shape
    n_domains = len(offsets) - 1
    lookup = np.full((n_domains, n_kept), -1, dtype=np.int64)
    for d in range(n_domains):
        lookup[d, block_index[offsets[d] : offsets[d + 1]]] = np.arange(offsets[d], offsets[d + 1])
    row_of = np.repeat(np.arange(n_docs), np.diff(features.indptr))
    cols = lookup[domains[row_of], features.indices]
    keep = cols >= 0
    return sp.csr_matrix(
        (features.data[keep], (row_of[keep], cols[keep])), shape=(n_docs, len(block_index))
    )


def _platt(scores: np.ndarray, positive: np.ndarray) -> tuple[float, float]:
    """Sigmoid ``1 / (1 + exp(-(a s + b)))`` fitted to out-of-fold scores of one label."""
    if positive.all() or not positive.any():
        return 1.0, 0.0
    model = LogisticRegression(C=1e4, max_iter=1000).fit(scores[:, None], positive)
    return float(model.coef_[0, 0]), float(model.intercept_[0])


def _splitter(
    folds: int, targets: np.ndarray, multi_label: bool, seed: int
) -> GroupKFold | StratifiedGroupKFold:
    if multi_label:
        return GroupKFold(n_splits=folds)
    return StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=seed)


def _fit_on_counts(
    counts: sp.csr_matrix,
    targets: np.ndarray,
    groups: np.ndarray,
    labels: list[str],
    multi_label: bool,
    settings: dict[str, Any],
    domains: np.ndarray | None = None,
    domain_names: Sequence[str] = (),
) -> TopicClassifier:
    n_docs = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    columns = np.flatnonzero(df >= settings["min_df"]).astype(np.int64)
    idf = (np.log((1.0 + n_docs) / (1.0 + df[columns])) + 1.0).astype(np.float32)
    n_labels = len(labels)
    # A provisional model (identity calibration) only to weight features the stored way.
    shell = TopicClassifier(
        labels=labels,
        multi_label=multi_label,
        n_features=counts.shape[1],
        ngram_max=settings["ngram_max"],
        columns=columns,
        idf=idf,
        coef=np.zeros((n_labels, len(columns)), dtype=np.float32),
        intercept=np.zeros(n_labels, dtype=np.float32),
        calib_a=np.ones(n_labels),
        calib_b=np.zeros(n_labels),
    )
    features = shell._weight(counts).to_scipy()

    def fit(rows: np.ndarray, calib_a: np.ndarray, calib_b: np.ndarray) -> TopicClassifier:
        """The model fitted on ``rows`` (stored precision), with the given calibration."""
        if domains is None:
            coef, intercept = _fit_linear(features[rows], targets[rows], multi_label, settings)
            parts: dict[str, Any] = {"coef": coef, "intercept": intercept}
        else:
            parts = fit_domain_aware(
                features[rows], targets[rows], domains[rows], len(domain_names), multi_label,
                settings,
            )
        parts["coef"] = parts["coef"].astype(np.float16).astype(np.float32)
        parts["intercept"] = parts["intercept"].astype(np.float32)
        return replace(
            shell,
            calib_a=calib_a,
            calib_b=calib_b,
            domains=list(domain_names) if domains is not None else [],
            domain_temperature=settings["domain_temperature"] if domains is not None else 0.0,
            **parts,
        )

    # Out-of-fold scores for the calibration sigmoids (a domain-aware model's held-out articles
    # are scored with their predicted domains, as at prediction time).
    oof = np.zeros((n_docs, n_labels))
    splitter = _splitter(settings["calibration_folds"], targets, multi_label, settings["seed"])
    strata = targets.argmax(axis=1)
    for train_idx, held_idx in splitter.split(features, strata, groups):
        inner = fit(train_idx, np.ones(n_labels), np.zeros(n_labels))
        oof[held_idx] = inner.decision_function(features[held_idx])
    calib = [_platt(oof[:, j], targets[:, j]) for j in range(n_labels)]
    return fit(
        np.arange(n_docs),
        np.array([a for a, _ in calib]),
        np.array([b for _, b in calib]),
    )


def fit_topics(
    texts: Sequence[str | Sequence[str]],
    labels: Sequence[Sequence[str]],
    multi_label: bool = False,
    groups: np.ndarray | None = None,
    settings: dict[str, Any] | None = None,
    domains: Sequence[str] | None = None,
) -> TopicClassifier:
    """Train a classifier on texts (or token lists) and their labels.

    Parameters
    ----------
    texts
        Raw texts or token lists.
    labels
        A list of labels per article (exactly one each unless ``multi_label``).
    multi_label
        Independent per-label probabilities instead of one distribution.
    groups
        Group id per article for the calibration folds (default: every article its own group).
    settings
        Overrides of :data:`DEFAULT_SETTINGS`.
    domains
        Optional domain (e.g. publisher) per article, a training-only target: the model learns
        to predict the domain from the words and keeps extra label weights per domain (see
        :class:`~beritanlp.topics.classifier.TopicClassifier`). Prediction never needs it.

    Returns
    -------
    TopicClassifier

    Raises
    ------
    ValueError
        With fewer than two labels, too few articles for the calibration folds, a single-label
        article with several labels, or domains that are not one per article or fewer than two.
    """
    opts = {**DEFAULT_SETTINGS, **(settings or {})}
    if len(texts) != len(labels):
        raise ValueError(f"{len(texts)} texts but {len(labels)} label lists")
    if not multi_label and any(len(row) != 1 for row in labels):
        raise ValueError("single-label training needs exactly one label per article")
    names = sorted({label for row in labels for label in row})
    if len(names) < 2:
        raise ValueError(f"need at least two labels, found {names}")
    targets = _label_matrix(labels, names)
    counts_per_label = targets.sum(axis=0)
    need = opts["calibration_folds"]
    if counts_per_label.min() < need:
        rare = [n for n, c in zip(names, counts_per_label, strict=True) if c < need]
        raise ValueError(
            f"labels {rare} have fewer than {opts['calibration_folds']} articles "
            "(needed for the calibration folds)"
        )
    group_ids = np.arange(len(texts)) if groups is None else np.asarray(groups)
    domain_names, domain_codes = _domain_codes(domains, len(texts))
    check_documents(texts)
    vectorizer = hashing_vectorizer(opts["n_features"], opts["ngram_max"])
    counts = vectorizer.transform([document_words(t) for t in texts]).tocsr()
    model = _fit_on_counts(
        counts, targets, group_ids, names, multi_label, opts, domain_codes, domain_names
    )
    model.info["settings"] = opts
    return model


def _domain_codes(
    domains: Sequence[str] | None, n_docs: int
) -> tuple[list[str], np.ndarray | None]:
    """Sorted domain names and each article's index into them (``[], None`` without domains)."""
    if domains is None:
        return [], None
    if len(domains) != n_docs:
        raise ValueError(f"{n_docs} texts but {len(domains)} domains")
    names = sorted(set(domains))
    if len(names) < 2:
        raise ValueError(f"need at least two domains, found {names}")
    index = {name: i for i, name in enumerate(names)}
    return names, np.array([index[d] for d in domains], dtype=np.int64)


# -- scores -------------------------------------------------------------------------------


@dataclass
class TopicScores:
    """Per-label and overall scores of topic predictions.

    Attributes
    ----------
    labels
        Label names (rows/columns of the confusion matrix).
    per_label
        ``{label: {"precision", "recall", "f1", "support"}}``.
    macro_f1
        Unweighted mean F1 over the labels that occur in the gold data or the predictions.
    accuracy
        Share of articles whose predicted label set equals the gold set.
    confusion
        Single-label: ``confusion[gold][predicted]`` counts; multi-label: per-label
        ``[[tn, fp], [fn, tp]]``.
    multi_label
        Whether the scores are for multi-label predictions.
    n
        Number of articles.
    extra
        Free-form notes (how the predictions were made).
    """

    labels: list[str]
    per_label: dict[str, dict[str, float]]
    macro_f1: float
    accuracy: float
    confusion: Any
    multi_label: bool
    n: int
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict."""
        return asdict(self)


def score_predictions(
    gold: np.ndarray, predicted: np.ndarray, labels: Sequence[str], multi_label: bool
) -> TopicScores:
    """Score boolean label matrices ``(n_docs, n_labels)`` of gold and predicted labels.

    Parameters
    ----------
    gold, predicted
        Boolean matrices; single-label rows have exactly one True.
    labels
        Label names of the columns.
    multi_label
        Report per-label binary confusion instead of a label-by-label matrix.

    Returns
    -------
    TopicScores
    """
    per_label: dict[str, dict[str, float]] = {}
    f1s = []
    for j, label in enumerate(labels):
        tp = int(np.sum(gold[:, j] & predicted[:, j]))
        fp = int(np.sum(~gold[:, j] & predicted[:, j]))
        fn = int(np.sum(gold[:, j] & ~predicted[:, j]))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label[label] = {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "support": int(gold[:, j].sum()),
        }
        if tp + fp + fn:  # labels absent from both gold and predictions do not count
            f1s.append(f1)
    accuracy = float(np.mean(np.all(gold == predicted, axis=1))) if len(gold) else 0.0
    confusion: Any
    if multi_label:
        confusion = {}
        for j, label in enumerate(labels):
            g, p = gold[:, j], predicted[:, j]
            confusion[label] = [
                [int(np.sum(~g & ~p)), int(np.sum(~g & p))],
                [int(np.sum(g & ~p)), int(np.sum(g & p))],
            ]
    else:
        g, p = gold.argmax(axis=1), predicted.argmax(axis=1)
        matrix = np.zeros((len(labels), len(labels)), dtype=int)
        np.add.at(matrix, (g, p), 1)
        confusion = matrix.tolist()
    return TopicScores(
        labels=list(labels),
        per_label=per_label,
        macro_f1=float(np.mean(f1s)) if f1s else 0.0,
        accuracy=accuracy,
        confusion=confusion,
        multi_label=multi_label,
        n=len(gold),
    )


def _decide(proba: np.ndarray, multi_label: bool, threshold: float) -> np.ndarray:
    if multi_label:
        return proba >= threshold
    out = np.zeros_like(proba, dtype=bool)
    out[np.arange(len(proba)), proba.argmax(axis=1)] = True
    return out


def cross_validate(
    data: TopicData,
    multi_label: bool = False,
    folds: int = 5,
    settings: dict[str, Any] | None = None,
    threshold: float = 0.5,
) -> TopicScores:
    """Grouped k-fold cross-validation (near-duplicates kept within one fold).

    Parameters
    ----------
    data
        Articles and labels (see :func:`read_topic_data`).
    multi_label
        Train and score multi-label models.
    folds
        Number of folds.
    settings
        Overrides of :data:`DEFAULT_SETTINGS`.
    threshold
        Multi-label decision threshold.

    Returns
    -------
    TopicScores
        Scores of the out-of-fold predictions; ``extra`` records folds, grouping and timings.
    """
    opts = {**DEFAULT_SETTINGS, **(settings or {})}
    started = time.perf_counter()
    names = sorted({label for row in data.labels for label in row})
    targets = _label_matrix(data.labels, names)
    groups = near_duplicate_groups(data.texts, data.titles)
    domain_names, domain_codes = _domain_codes(data.domains, len(data.texts))
    vectorizer = hashing_vectorizer(opts["n_features"], opts["ngram_max"])
    counts = vectorizer.transform([tokenize(t) for t in data.texts]).tocsr()
    proba = np.zeros(targets.shape)
    domain_hits = 0
    splitter = _splitter(folds, targets, multi_label, opts["seed"])
    for train_idx, test_idx in splitter.split(counts, targets.argmax(axis=1), groups):
        model = _fit_on_counts(
            counts[train_idx],
            targets[train_idx],
            groups[train_idx],
            names,
            multi_label,
            opts,
            None if domain_codes is None else domain_codes[train_idx],
            domain_names,
        )
        held = model._weight(counts[test_idx])
        proba[test_idx] = model.proba_from_features(held)
        if domain_codes is not None:
            predicted_domains = model._scores_and_domains(held)[1]
            domain_hits += int(np.sum(predicted_domains == domain_codes[test_idx]))
    scores = score_predictions(targets, _decide(proba, multi_label, threshold), names, multi_label)
    gold_p = np.where(targets, proba, 0.0).sum(axis=1) if not multi_label else None
    scores.extra = {
        "folds": folds,
        "grouping": "near_duplicate_groups: equal normalised titles, or MinHash-LSH candidates "
        "with 5-word-shingle Jaccard >= 0.5",
        "n_groups": int(len(np.unique(groups))),
        "n_grouped_articles": int(len(groups) - len(np.unique(groups))),
        "brier": float(np.mean(np.sum((proba - targets) ** 2, axis=1))),
        "log_loss": float(-np.mean(np.log(np.clip(gold_p, 1e-12, 1.0))))
        if gold_p is not None
        else None,
        "seconds": round(time.perf_counter() - started, 1),
    }
    if domain_codes is not None:
        scores.extra["domain_accuracy"] = domain_hits / len(domain_codes)
    return scores


def train_topics(
    path: str | Path,
    text_field: str = "text",
    label_field: str = "label",
    out: str | Path = "topics-model",
    multi_label: bool = False,
    title_field: str | None = "title",
    cv_folds: int = 0,
    settings: dict[str, Any] | None = None,
    domain_field: str | None = None,
) -> tuple[TopicClassifier, TopicScores | None]:
    """Train a topic model on a JSONL file and save it to ``out``.

    Parameters
    ----------
    path
        JSONL(.gz) training data.
    text_field, label_field, title_field
        Field names (see :func:`read_topic_data`).
    out
        Output folder (``model.json`` + ``arrays.npz``).
    multi_label
        Labels are lists; probabilities are independent per label.
    cv_folds
        When >= 2, first run grouped cross-validation with this many folds and store its scores
        in the model's ``info["cross_validation"]``.
    settings
        Overrides of :data:`DEFAULT_SETTINGS`.
    domain_field
        Field with each article's domain (e.g. ``source``, the publisher): train a domain-aware
        model (see :func:`fit_topics`). The domain is a training target only; ``None`` (the
        default) trains the plain model.

    Returns
    -------
    tuple
        The trained :class:`TopicClassifier` and the cross-validation scores (or None).
    """
    opts = {**DEFAULT_SETTINGS, **(settings or {})}
    data = read_topic_data(path, text_field, label_field, title_field, multi_label, domain_field)
    cv_scores = cross_validate(data, multi_label, cv_folds, opts) if cv_folds >= 2 else None
    started = time.perf_counter()
    groups = near_duplicate_groups(data.texts, data.titles)
    model = fit_topics(data.texts, data.labels, multi_label, groups, opts, data.domains)
    model.info.update(
        {
            "data": {
                "file": Path(path).name,
                "text_field": text_field,
                "label_field": label_field,
                "title_field": title_field,
                "domain_field": domain_field,
                "n_articles": len(data.texts),
                "label_counts": {
                    name: int(sum(name in row for row in data.labels)) for name in model.labels
                },
            },
            "train_seconds": round(time.perf_counter() - started, 1),
        }
    )
    if cv_scores is not None:
        model.info["cross_validation"] = cv_scores.to_dict()
    model.save(out)
    return model, cv_scores


def evaluate_topics(
    model_dir: str | Path | Traversable,
    path: str | Path,
    text_field: str = "text",
    label_field: str = "label",
    title_field: str | None = "title",
    threshold: float = 0.5,
    batch_size: int = 2000,
) -> TopicScores:
    """Score a saved model on a labelled JSONL file.

    Parameters
    ----------
    model_dir
        Folder written by :func:`train_topics` (or :meth:`TopicClassifier.save`).
    path
        JSONL(.gz) evaluation data; labels the model does not know are counted as misses.
    text_field, label_field, title_field
        Field names (see :func:`read_topic_data`).
    threshold
        Multi-label decision threshold.
    batch_size
        Articles per vectorised prediction.

    Returns
    -------
    TopicScores
        Per-label precision/recall/F1, macro-F1, accuracy and confusion matrix.
    """
    model = load_classifier(model_dir)
    data = read_topic_data(path, text_field, label_field, title_field, model.multi_label)
    names = list(model.labels) + sorted(
        {label for row in data.labels for label in row} - set(model.labels)
    )
    gold = _label_matrix(data.labels, names)
    predicted = np.zeros_like(gold)
    for start in range(0, len(data.texts), batch_size):
        proba = model.predict_proba(data.texts[start : start + batch_size])
        decided = _decide(proba, model.multi_label, threshold)
        predicted[start : start + len(decided), : len(model.labels)] = decided
    scores = score_predictions(gold, predicted, names, model.multi_label)
    scores.extra = {"model": str(model_dir), "data": str(path)}
    return scores


def format_scores(scores: TopicScores) -> str:
    """Readable table: per-label P/R/F1/support, macro-F1, accuracy and the confusion matrix."""
    width = max(12, *(len(label) for label in scores.labels))
    lines = [f"{'label':<{width}}  {'P':>6} {'R':>6} {'F1':>6} {'support':>8}"]
    for label in scores.labels:
        s = scores.per_label[label]
        lines.append(
            f"{label:<{width}}  {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
            f"{int(s['support']):8d}"
        )
    lines.append(f"{'macro-F1':<{width}}  {'':>6} {'':>6} {scores.macro_f1:6.3f} {scores.n:8d}")
    lines.append(f"{'accuracy':<{width}}  {scores.accuracy:6.3f}")
    lines.append("")
    if scores.multi_label:
        lines.append(f"{'label':<{width}}  {'TN':>7} {'FP':>7} {'FN':>7} {'TP':>7}")
        for label in scores.labels:
            (tn, fp), (fn, tp) = scores.confusion[label]
            lines.append(f"{label:<{width}}  {tn:7d} {fp:7d} {fn:7d} {tp:7d}")
    else:
        short = [label[:7] for label in scores.labels]
        lines.append("confusion (rows: gold, columns: predicted)")
        lines.append(f"{'':<{width}}  " + " ".join(f"{s:>7}" for s in short))
        for label, row in zip(scores.labels, scores.confusion, strict=True):
            lines.append(f"{label:<{width}}  " + " ".join(f"{v:7d}" for v in row))
    return "\n".join(lines)
