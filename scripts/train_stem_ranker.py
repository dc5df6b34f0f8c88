"""Fit ``src/beritanlp/resources/stem_ranker.json``, the improved stemming mode's weights.

The NDETC development pairs (``../shared/data/stemming/ndetc_dev_pairs.tsv``) are split in two
by ``sha1(word)`` (:func:`beritanlp.stemming.evaluate.pair_half`): the weights are fitted on
half ``"dev"`` only, and the script prints the accuracy on both halves. The model is a
conditional logit over each word's candidate analyses (the probability of an analysis is the
softmax of its score among the word's analyses; every analysis giving a gold root counts as
right), fitted with L-BFGS and an L2 penalty. Features seen fewer than ``--min-count`` times
in the training half are dropped. The packaged exceptions are not used while fitting.

Usage::

    python scripts/train_stem_ranker.py ../shared/data/stemming/ndetc_dev_pairs.tsv
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter, defaultdict
from importlib.resources import files

import numpy as np
from scipy.optimize import minimize

from beritanlp.stemming.evaluate import evaluate_pairs, pair_half, read_pairs
from beritanlp.stemming.improved import FORMAT_VERSION, ImprovedStemmer, feature_rows
from beritanlp.stemming.stemmer import WordStemmer


def _design(rows: list, index: dict[str, int], gold: dict[str, set[str]]
            ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Feature matrix, positive flags and group bounds of the words worth learning from.

    Those are the words with two or more distinct candidate roots, one of them gold.
    """
    feats, positive, bounds = [], [], [0]
    for word, found, values in rows:
        roots = {a.root for a in found}
        if len(roots) < 2 or not roots & gold[word]:
            continue
        for a, fv in zip(found, values, strict=True):
            x = np.zeros(len(index))
            for name, v in fv:
                if name in index:
                    x[index[name]] += v
            feats.append(x)
            positive.append(a.root in gold[word])
        bounds.append(len(feats))
    return np.array(feats), np.array(positive), np.array(bounds)


def fit(x: np.ndarray, positive: np.ndarray, bounds: np.ndarray, l2: float) -> np.ndarray:
    """Weights maximising the conditional log-likelihood minus ``l2 * |w|^2``."""
    starts, ends = bounds[:-1], bounds[1:]
    group = np.repeat(np.arange(len(starts)), ends - starts)

    def group_logsumexp(s: np.ndarray) -> np.ndarray:
        top = np.maximum.reduceat(s, starts)
        return top + np.log(np.add.reduceat(np.exp(s - top[group]), starts))

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        s = x @ w
        total = group_logsumexp(s)
        good = group_logsumexp(np.where(positive, s, -np.inf))
        p_all = np.exp(s - total[group])
        p_good = np.where(positive, np.exp(s - good[group]), 0.0)
        value = -(good - total).sum() + l2 * (w @ w)
        grad = -(x.T @ (p_good - p_all)) + 2 * l2 * w
        return float(value), grad

    result = minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B",
                      options={"maxiter": 500})
    return np.asarray(result.x)


def _train(rows: list, gold: dict[str, set[str]], l2: float, min_count: int
           ) -> dict[str, float]:
    """Fitted weights by feature name."""
    seen = Counter(name for _, _, values in rows for fv in values for name, _ in fv)
    names = sorted(n for n, c in seen.items() if c >= min_count)
    index = {n: i for i, n in enumerate(names)}
    x, positive, bounds = _design(rows, index, gold)
    w = fit(x, positive, bounds, l2)
    return {n: round(float(v), 5) for n, v in zip(names, w, strict=True) if abs(v) > 1e-5}


def _fold(word: str) -> int:
    return hashlib.sha1(word.encode("utf-8")).digest()[1] % 2


def cross_validate(stemmer: ImprovedStemmer, train: list[tuple[str, str]],
                   gold: dict[str, set[str]], l2: float, min_count: int,
                   margins: tuple[float, ...]) -> list[float]:
    """Accuracy of two-fold cross-validation inside the training half, for each margin."""
    correct = [0] * len(margins)
    for k in (0, 1):
        fit_words = sorted(w for w in gold if _fold(w) != k)
        stemmer.weights = _train(feature_rows(stemmer, fit_words), gold, l2, min_count)
        for i, margin in enumerate(margins):
            stemmer.margin = margin
            correct[i] += sum(stemmer.stem_word(w) == r for w, r in train if _fold(w) == k)
    stemmer.weights, stemmer.margin = {}, 0.0
    return [c / len(train) for c in correct]


def main() -> None:
    """Fit on half "dev", report both halves, write the weights."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pairs", help="ndetc_dev_pairs.tsv")
    parser.add_argument("--l2", type=float, default=0.3)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--margin", type=float, default=0.5,
                        help="score advantage over Sastrawi's answer needed to depart from it")
    parser.add_argument("--lexical-ratio", type=float, default=10.0,
                        help="keep a dictionary word Sastrawi keeps when it is this many times "
                             "as common in CLICK-ID as the chosen root (0: off)")
    parser.add_argument("--cv", action="store_true",
                        help="only print two-fold cross-validation accuracy inside the "
                             "training half for a grid of settings")
    parser.add_argument("--out", default=str(files("beritanlp.resources") / "stem_ranker.json"))
    args = parser.parse_args()
    pairs = read_pairs(args.pairs)
    train = [(w.lower(), r.lower()) for w, r in pairs if pair_half(w) == "dev"]
    gold: dict[str, set[str]] = defaultdict(set)
    for w, r in train:
        gold[w].add(r)
    stemmer = ImprovedStemmer(weights={}, exceptions={})
    if args.cv:
        margins = (0.0, 0.25, 0.5, 0.75, 1.0)
        for l2 in (0.1, 0.3, 1.0):
            accs = cross_validate(stemmer, train, gold, l2, args.min_count, margins)
            print(f"cv l2={l2} min_count={args.min_count}: " + "  ".join(
                f"margin {m}: {a:.4f}" for m, a in zip(margins, accs, strict=True)))
        return
    rows = feature_rows(stemmer, sorted(gold))
    weights = _train(rows, gold, args.l2, args.min_count)
    data = {"format_version": FORMAT_VERSION,
            "trained_on": "NDETC dev pairs, half 'dev' by sha1(word)",
            "l2": args.l2, "min_count": args.min_count, "margin": args.margin,
            "lexical_ratio": args.lexical_ratio,
            "weights": weights}
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=1, sort_keys=True)
        fh.write("\n")
    print(f"{len(weights)} weights -> {args.out}")
    for half in ("dev", "held"):
        report = evaluate_pairs([p for p in pairs if pair_half(p[0]) == half],
                                WordStemmer(mode="improved", cache_size=0))
        print(f"half {half}: accuracy {report.accuracy:.4f}  inflected "
              f"{report.changed_accuracy:.4f}  ({report.total} pairs)")


if __name__ == "__main__":
    main()
