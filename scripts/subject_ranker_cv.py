"""Cross-validate a learned ranker of scores' subjects against the rules.

For every score the pipeline finds that matches a gold score (matched as the shared scorer
matches them) and whose gold subject is not null, the candidates are the article's subject
mentions (agencies, places and the core's fallback phrases, one per distinct text, nearest to
the value) plus the rules' own subject when no mention gives it. A pointwise logistic
regression scores each candidate from cheap features (the rules' pick, same sentence, distance
in sentences and characters, before or after the value, in the headline, mention type,
frequency in the article, the most frequent one, a verb after it, a source or locative word
before it, a government head word); the best-scored candidate is the score's subject. Folds
are grouped by article (GroupKFold, 5); the rules' accuracy is counted on the same scores.

It prints the rules' accuracy, the accuracy a perfect choice among the candidates would
reach (the ceiling of any ranker over them), and the ranker's accuracy with and without the
rules' pick as a feature, and when it may only override the rules by a margin. Nothing is
written: it is an experiment, and the model is shipped only if it beats the rules.

Usage::

    BERITANLP_SHARED_DATA=../shared/data python scripts/subject_ranker_cv.py \
        ../shared/tools/score_facts.py GOLD.jsonl:SPLIT [GOLD.jsonl:SPLIT ...]

e.g. ``../shared/data/facts/gov_dev.jsonl:tune``, plus any score sets of your own annotation
(same record format). gov_dev's ``check`` split is refused.
"""

from __future__ import annotations

import argparse
import bisect
import importlib.util
import json
import math
import re
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

import beritanlp
from beritanlp.components.scores import subjects_from_doc
from beritanlp.rules.scores.subjects import fallback_subjects, merge_subjects
from beritanlp.text.doc_text import doc_text
from beritanlp.text.sentences import split_sentences

_VERB_AFTER = re.compile(r"^\W*(?:meraih|memperoleh|mendapat|menerima|menempati|berada|masuk"
                         r"|mencapai|tercatat)\b", re.IGNORECASE)
_SOURCE_BEFORE = re.compile(r"\b(?:oleh|dari|versi|menurut|berdasarkan|survei|rilis)\W*$",
                            re.IGNORECASE)
_LOCATIVE_BEFORE = re.compile(r"\b(?:di|ke|se)\W*$", re.IGNORECASE)
_GOV_HEAD = re.compile(r"^(?:Pemerintah|Pemkot|Pemkab|Pemprov|Kementerian|Kemen|Dinas|Badan"
                       r"|DPRD)\b")
_N_FEATURES = 17


def _scorer(path: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_facts", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _features(article: dict[str, Any], value_start: int, mention: list[Any] | None,
              is_rule: bool, counts: Counter[str], main: str | None) -> list[float]:
    """One candidate's features (``mention`` ``None``: the rules' own phrase, no mention)."""
    if mention is None:
        return [1.0, 1.0] + [0.0] * (_N_FEATURES - 2)
    text, starts = article["text"], article["starts"]
    name, start, end, kind = mention
    gap = (bisect.bisect_right(starts, value_start) - bisect.bisect_right(starts, start))
    before = text[max(0, start - 25):start]
    return [float(is_rule), 0.0, float(gap == 0), min(abs(gap), 5) / 5,
            float(start < value_start), math.log1p(abs(value_start - start)) / 8,
            float(start < article["title_end"]), float(kind == "agency"), float(kind == "place"),
            float(kind == "pattern"), math.log1p(counts[name]) / 3, float(name == main),
            float(bool(_VERB_AFTER.match(text, end, end + 30))),
            float(bool(_SOURCE_BEFORE.search(before))),
            float(bool(_LOCATIVE_BEFORE.search(before))),
            float(bool(_GOV_HEAD.match(name))), float(gap > 0)]


def _articles(sf: ModuleType, specs: list[str]) -> list[dict[str, Any]]:
    """Each gold article with the pipeline's scores matched to gold ones, and its mentions."""
    nlp = beritanlp.load()
    out = []
    for spec in specs:
        path, _, split = spec.rpartition(":")
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            if row is None or row.get("split") != split:
                continue
            doc = nlp(f"{row['title']}\n\n{row['text']}")
            text = doc_text(doc)
            pred = {"scores": doc._.scores}
            pairs = sf.align(row["gold"].get("scores") or [], pred.get("scores") or [],
                             sf.same_score)
            if not pairs:
                continue
            title_end = text.find("\n\n") if "\n\n" in text[:400] else -1
            mentions = merge_subjects([*subjects_from_doc(doc, text=text),
                                       *fallback_subjects(text, max(title_end, 0))])
            out.append({"text": text, "title_end": title_end, "pairs": pairs,
                        "starts": [s[0] for s in split_sentences(text)],
                        "mentions": [[m.text, m.start, m.end, m.type] for m in mentions]})
    return out


def _design(sf: ModuleType, articles: list[dict[str, Any]]) -> dict[str, np.ndarray]:
    rows, labels, groups, pair_ids, rule_flags, rule_ok = [], [], [], [], [], []
    for a_id, article in enumerate(articles):
        counts = Counter(m[0] for m in article["mentions"])
        main = counts.most_common(1)[0][0] if counts else None
        for gold, pred in article["pairs"]:
            if gold.get("subject") is None:
                continue
            rule = pred.get("subject")
            nearest: dict[str, tuple[int, list[Any]]] = {}
            for m in article["mentions"]:
                d = abs(m[1] - pred["start"]) + (0 if m[1] < pred["start"] else 50)
                if m[0] not in nearest or d < nearest[m[0]][0]:
                    nearest[m[0]] = (d, m)
            cands: list[tuple[str, list[Any] | None]] = [(n, m) for n, (_, m) in nearest.items()]
            if rule is not None and rule not in nearest:
                cands.append((rule, None))
            pid = len(rule_ok)
            rule_ok.append(bool(sf.attr_match("subject", gold, pred)))
            for name, mention in cands:
                is_rule = rule is not None and sf.norm(name) == sf.norm(rule)
                rows.append(_features(article, pred["start"], mention, is_rule, counts, main))
                labels.append(int(sf.attr_match("subject", gold, {"subject": name})))
                groups.append(a_id)
                pair_ids.append(pid)
                rule_flags.append(is_rule)
    return {"X": np.array(rows), "y": np.array(labels), "groups": np.array(groups),
            "pid": np.array(pair_ids), "rule": np.array(rule_flags), "rule_ok": np.array(rule_ok)}


def _cv(d: dict[str, np.ndarray], use_rule: bool, margin: float | None, c: float = 1.0
        ) -> float:
    """Accuracy of the ranker's choice over all scores, out of fold."""
    x = d["X"].copy()
    if not use_rule:
        x[:, 0] = 0.0
    right = []
    for train, test in GroupKFold(n_splits=5).split(x, d["y"], d["groups"]):
        model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
        model.fit(x[train], d["y"][train])
        scores = model.decision_function(x[test])
        pid, y, rule = d["pid"][test], d["y"][test], d["rule"][test]
        for p in np.unique(pid):
            idx = np.where(pid == p)[0]
            best = idx[np.argmax(scores[idx])]
            ruled = idx[rule[idx]]
            if margin is not None and len(ruled) and scores[best] - scores[ruled[0]] <= margin:
                best = ruled[0]
            right.append(y[best])
    return float(np.mean(right))


#: Held-out splits no training or model choice may read: gov_dev's ``check`` split.
_HELD_OUT_SPLITS = frozenset({"check"})


def held_out_error(spec: str) -> str | None:
    """Why ``spec`` (``GOLD.jsonl:SPLIT``) may not be read, or ``None`` when it may."""
    path, sep, split = spec.rpartition(":")
    if not sep or not path or not split:
        return f"{spec!r}: expected GOLD.jsonl:SPLIT"
    if split in _HELD_OUT_SPLITS:
        return (f"{spec!r}: the {split!r} split is held out (gov_dev's check split is for "
                "overall numbers only); use tune (and the spent score sets A/B)")
    return None


def main() -> None:
    """Print the rules' and the ranker's out-of-fold subject accuracy."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("scorer", help="path to score_facts.py")
    parser.add_argument("gold", nargs="+", help="GOLD.jsonl:SPLIT")
    args = parser.parse_args()
    for spec in args.gold:
        error = held_out_error(spec)
        if error is not None:
            parser.error(error)
    sf = _scorer(args.scorer)
    d = _design(sf, _articles(sf, args.gold))
    ceiling = np.mean([d["y"][d["pid"] == p].max() for p in range(len(d["rule_ok"]))])
    print(f"scores with a gold subject: {len(d['rule_ok'])}, candidates: {len(d['y'])}")
    print(f"rules {d['rule_ok'].mean():.3f}  ceiling of any choice among candidates "
          f"{ceiling:.3f}")
    print(f"ranker with the rules' pick as a feature {_cv(d, True, None):.3f}")
    print(f"ranker on mentions alone                 {_cv(d, False, None):.3f}")
    for margin in (1.0, 2.0):
        print(f"ranker overriding the rules by > {margin}      {_cv(d, False, margin):.3f}")


if __name__ == "__main__":
    main()
