#!/usr/bin/env python3
"""Learn the place contexts of the NER knowledge step, or measure the step on its own.

Usage::

    python scripts/ner_knowledge.py learn ../shared/data/ner/idner-news-2k/train.txt \
        > src/beritanlp/ner/place_contexts.txt
    python scripts/ner_knowledge.py learn-types ../shared/data/ner/idner-news-2k/train.txt \
        > src/beritanlp/ner/bound_place_types.txt
    python scripts/ner_knowledge.py count-title-names ../shared/data/ner/idner-news-2k/train.txt
    python scripts/ner_knowledge.py count-features ../shared/data/ner/idner-news-2k/train.txt
    python scripts/ner_knowledge.py evaluate ../shared/data/ner/idner-news-2k/dev.txt \
        [--case lower|upper] [--model DIR]
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path


def _names():  # type: ignore[no-untyped-def]
    from beritanlp.components.ner_knowledge import NerKnowledge

    return NerKnowledge(None).names


def learn(files: Sequence[str], min_count: int, min_share: float) -> None:
    """Print the place contexts learned from annotated files (``place_contexts.txt``)."""
    from beritanlp.ner.conll import read_conll
    from beritanlp.ner.knowledge import learn_place_contexts

    data = [(s.tokens, s.spans()) for f in files for s in read_conll(f)]
    names = replace(_names(), place_contexts=None)
    learned = learn_place_contexts(data, names, min_count, min_share)
    print("# Contexts after which a known place name is tagged LOC (beritanlp.ner.knowledge): the")
    print('# casefolded token before the name; "LOC x" when a place ends right before that token.')
    print("# Learned with: python scripts/ner_knowledge.py learn " + " ".join(
        f"{Path(f).parent.name}/{Path(f).name}" for f in files))
    print(f"# --min-count {min_count} --min-share {min_share}")
    print("\n".join(learned))


def learn_types(files: Sequence[str], min_count: int, min_share: float) -> None:
    """Print the bound place types learned from annotated files (``bound_place_types.txt``).

    The packaged place contexts are the contexts (learn them first).
    """
    from beritanlp.ner.conll import read_conll
    from beritanlp.ner.knowledge import learn_bound_types

    data = [(s.tokens, s.spans()) for f in files for s in read_conll(f)]
    learned = learn_bound_types(data, _names(), min_count, min_share)
    print("# Place types whose known names are LOC only after a learned place context")
    print("# (beritanlp.ner.knowledge, rule 3). Learned with: python scripts/ner_knowledge.py")
    print("# learn-types " + " ".join(f"{Path(f).parent.name}/{Path(f).name}" for f in files))
    print(f"# --min-count {min_count} --min-share {min_share}")
    print("\n".join(learned))


def count_title_names(files: Sequence[str]) -> None:
    """Print how often annotated text tags rule 4's "title + place + name" names PERSON."""
    from collections import Counter

    from beritanlp.lexicons import Lexicons
    from beritanlp.ner.conll import read_conll
    from beritanlp.ner.knowledge import capitalised_runs, title_place_name

    names = replace(_names(), titles=Lexicons().titles)
    for path in files:
        labels: Counter[str] = Counter()
        for s in read_conll(path):
            gold = {(a, b): label for a, b, label in s.spans()}
            for start, end in capitalised_runs(s.tokens):
                found = title_place_name(s.tokens, start, end, names)
                if found is not None:
                    labels[gold.get(found, "none (or other bounds)")] += 1
        print(path, dict(labels.most_common()))


def evaluate(path: str, model: str | None, case: str | None) -> None:
    """Print exact-span scores of the model + cleanup, then with the knowledge step."""
    from beritanlp.ner.conll import read_conll
    from beritanlp.ner.corpora import case_variant
    from beritanlp.ner.evaluate import format_scores, predict_spans, score_spans
    from beritanlp.ner.knowledge import apply_knowledge
    from beritanlp.ner.model import load_ner

    sentences = read_conll(path)
    if case is not None:
        sentences = [case_variant(s, case) for s in sentences]
    gold = [s.spans() for s in sentences]
    nlp = load_ner(model)
    nlp.remove_pipe("beritanlp_ner_knowledge")
    predicted = predict_spans(nlp, sentences)
    names = _names()
    print(f"model + cleanup:\n{format_scores(score_spans(gold, predicted))}\n")
    steps = (("rule 1 (tag)", False, False, False, False),
             ("rules 1 + 2 (tag, relabel)", True, False, False, False),
             ("rules 1 + 2 + 3 (tag, relabel, drop bound)", True, True, False, False),
             ("rules 1 + 2 + 3 + 4 (..., title + place + name)", True, True, True, False),
             ("rules 1 + 2 + 4 (the seventh pass's defaults)", True, False, True, False),
             ("rules 1 + 2 + 4 + 5 (the component's defaults)", True, False, True, True),
             ("rules 1-5 (..., natural features and units)", True, True, True, True))
    for title, relabel, drop, title_names, features in steps:
        new = [apply_knowledge(s.tokens, p, names, relabel, drop_bound=drop,
                               title_names=title_names, features=features)
               for s, p in zip(sentences, predicted, strict=True)]
        print(f"+ knowledge, {title}:\n{format_scores(score_spans(gold, new))}\n")


def count_features(files: Sequence[str]) -> None:
    """Print how annotated text tags rule 5's runs (a feature cue and a name), by context.

    Each name the rule finds in a maximal capitalised run
    (:func:`~beritanlp.ner.knowledge.feature_start`) is counted under the gold label of a span
    with exactly its bounds ("none": no such span), and under whether it follows a learned
    place context. Then the spans :func:`~beritanlp.ner.knowledge.tag_feature_names` makes on
    the gold tokens with no model spans (its stops and exceptions applied) are counted right
    (a gold span) or wrong.
    """
    from collections import Counter

    from beritanlp.ner.conll import read_conll
    from beritanlp.ner.knowledge import (
        capitalised_runs,
        feature_start,
        in_place_context,
        tag_feature_names,
    )

    names = _names()
    contexts = names.place_contexts or ()
    for path in files:
        labels: Counter[str] = Counter()
        tagged: Counter[str] = Counter()
        for s in read_conll(path):
            spans = s.spans()
            tagged.update("right" if t in spans else "wrong"
                          for t in tag_feature_names(s.tokens, [], names))
            gold = {(a, b): label for a, b, label in spans}
            ends = {b for _, b, label in spans if label == "LOC"}
            for run_start, end in capitalised_runs(s.tokens):
                start = feature_start(s.tokens, run_start, end, names)
                if start is not None:
                    where = "in" if in_place_context(s.tokens, start, contexts, ends) else "out"
                    labels[f"{gold.get((start, end), 'none')} ({where} context)"] += 1
        print(path, dict(labels.most_common()), "rule 5 alone:", dict(tagged))


def main(argv: Sequence[str] | None = None) -> int:
    """``python scripts/ner_knowledge.py learn|evaluate ...``."""
    parser = argparse.ArgumentParser(prog="python scripts/ner_knowledge.py")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, what in (("learn", "the place contexts"), ("learn-types", "the bound place types")):
        p_learn = sub.add_parser(name, help=f"learn {what}")
        p_learn.add_argument("files", nargs="+", help="annotated CoNLL-style training files")
        p_learn.add_argument("--min-count", type=int, default=3)
        p_learn.add_argument("--min-share", type=float, default=0.8)
    p_count = sub.add_parser("count-title-names", help="rule 4's names in annotated files")
    p_count.add_argument("files", nargs="+", help="annotated CoNLL-style files")
    p_feat = sub.add_parser("count-features", help="rule 5's runs in annotated files")
    p_feat.add_argument("files", nargs="+", help="annotated CoNLL-style files")
    p_eval = sub.add_parser("evaluate", help="scores without and with the step")
    p_eval.add_argument("file", help="CoNLL-style file")
    p_eval.add_argument("--model", default=None, help="model folder (default: shipped)")
    p_eval.add_argument("--case", choices=["lower", "upper"], default=None,
                        help="score a lower- or upper-cased copy of the file")
    args = parser.parse_args(argv)
    if args.command == "learn":
        learn(args.files, args.min_count, args.min_share)
    elif args.command == "count-title-names":
        count_title_names(args.files)
    elif args.command == "count-features":
        count_features(args.files)
    elif args.command == "learn-types":
        learn_types(args.files, args.min_count, args.min_share)
    else:
        evaluate(args.file, args.model, args.case)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
