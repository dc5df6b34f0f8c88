"""Command-line front ends: ``beritanlp train topics`` and ``beritanlp evaluate topics``.

Also runnable as ``python -m beritanlp.topics train|evaluate ...``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO


def _add_fields(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--text-field", default="text", help="field with the body (default text)")
    parser.add_argument(
        "--label-field", default="label", help="field with the label(s) (default label)"
    )
    parser.add_argument(
        "--title-field",
        default="title",
        help="field with the headline, joined before the text when present (default title; "
        "'' to ignore)",
    )


def add_train_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the arguments of ``train topics`` to ``parser`` and return it."""
    parser.add_argument("data", metavar="DATA.jsonl", help="training data, JSONL (.gz allowed)")
    _add_fields(parser)
    parser.add_argument("--out", required=True, metavar="DIR", help="output model folder")
    parser.add_argument(
        "--multi-label", action="store_true", help="labels are lists; independent probabilities"
    )
    parser.add_argument(
        "--cv",
        type=int,
        default=0,
        metavar="K",
        help="first run grouped K-fold cross-validation and store its scores in the model",
    )
    parser.add_argument(
        "--min-df", type=int, default=None, help="keep features seen in >= N articles (default 2)"
    )
    parser.add_argument(
        "--alpha",
        type=float,
        default=None,
        help="L2 regularisation strength of the linear learner (default 5e-5)",
    )
    parser.add_argument(
        "--domain-field",
        default=None,
        metavar="FIELD",
        help="field with each article's domain (e.g. source = publisher): train a domain-aware "
        "model that predicts the domain from the words and keeps extra weights per domain; the "
        "domain is needed for training only, never for prediction (default: no domains)",
    )
    parser.add_argument(
        "--domain-temperature",
        type=float,
        default=None,
        metavar="T",
        help="with --domain-field: at prediction time add every domain's extra weights, "
        "weighted by a softmax of the domain predictor's scores at temperature T; 0 adds only "
        "the top domain's (default 0.2, which keeps articles of unseen domains close to a "
        "domain-blind model)",
    )
    parser.set_defaults(func=run_train)
    return parser


def add_evaluate_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the arguments of ``evaluate topics`` to ``parser`` and return it."""
    parser.add_argument("model", metavar="MODEL", help="model folder ('default' = shipped model)")
    parser.add_argument("data", metavar="DATA.jsonl", help="labelled data, JSONL (.gz allowed)")
    _add_fields(parser)
    parser.add_argument(
        "--threshold", type=float, default=0.5, help="multi-label decision threshold"
    )
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.set_defaults(func=run_evaluate)
    return parser


def run_train(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run ``train topics`` from parsed arguments; return the exit code."""
    out = out or sys.stdout  # looked up at call time (tests and notebooks swap sys.stdout)
    from beritanlp.topics.train import format_scores, train_topics

    settings = {
        name: value
        for name, value in (
            ("min_df", args.min_df),
            ("alpha", args.alpha),
            ("domain_temperature", args.domain_temperature),
        )
        if value is not None
    }
    try:
        model, cv_scores = train_topics(
            args.data,
            text_field=args.text_field,
            label_field=args.label_field,
            out=args.out,
            multi_label=args.multi_label,
            title_field=args.title_field or None,
            cv_folds=args.cv,
            settings=settings,
            domain_field=args.domain_field or None,
        )
    except (OSError, ValueError) as err:
        raise SystemExit(f"beritanlp train topics: {err}") from err
    print(f"model written to {args.out} ({len(model.labels)} labels: {', '.join(model.labels)})",
          file=out)
    if cv_scores is not None:
        print(f"grouped {args.cv}-fold cross-validation:", file=out)
        print(format_scores(cv_scores), file=out)
        if "domain_accuracy" in cv_scores.extra:
            print(
                f"domain predicted correctly for {cv_scores.extra['domain_accuracy']:.3f} of "
                "the held-out articles",
                file=out,
            )
    return 0


def run_evaluate(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run ``evaluate topics`` from parsed arguments; return the exit code."""
    out = out or sys.stdout
    from beritanlp.topics.component import default_model_path
    from beritanlp.topics.train import evaluate_topics, format_scores

    model = default_model_path() if args.model == "default" else args.model
    try:
        scores = evaluate_topics(
            model,
            args.data,
            text_field=args.text_field,
            label_field=args.label_field,
            title_field=args.title_field or None,
            threshold=args.threshold,
        )
    except (OSError, ValueError) as err:
        raise SystemExit(f"beritanlp evaluate topics: {err}") from err
    if args.json:
        print(json.dumps(scores.to_dict(), indent=2), file=out)
    else:
        print(format_scores(scores), file=out)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m beritanlp.topics``: ``train`` or ``evaluate``."""
    parser = argparse.ArgumentParser(prog="python -m beritanlp.topics", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    add_train_arguments(sub.add_parser("train", help="train a topic model"))
    add_evaluate_arguments(sub.add_parser("evaluate", help="score a topic model"))
    args = parser.parse_args(argv)
    return int(args.func(args))
