"""``beritanlp train ner|topics``: the arguments; the work is in ``beritanlp.<what>.commands``."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import Any


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register ``train`` and its models on the subcommands ``sub``."""
    train = sub.add_parser("train", help="train a model (ner, topics)",
                           description="Train a model from data files.")
    what = train.add_subparsers(dest="what", metavar="WHAT")
    add_ner_arguments(what.add_parser(
        "ner", help="train the statistical NER (PERSON, ORG, LOC) on CoNLL-style files",
        description="Convert CoNLL-style files (token ... IOB2 tag) and train the NER with the "
                    "spaCy config in models/ner/config.cfg; prints dev scores at the end."))
    add_topics_arguments(what.add_parser(
        "topics", help="train a topic classifier on your own labels (JSONL)",
        description="Train a topic classifier (hashed words + bigrams, calibrated linear model, "
                    "saved as JSON + .npz) on JSONL articles; --cv K first prints grouped "
                    "K-fold cross-validated scores."))


def add_ner_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the arguments of ``train ner`` to ``parser`` and return it."""
    parser.add_argument(
        "--train", nargs="+", required=True, metavar="FILE", help="CoNLL-style training file(s)"
    )
    parser.add_argument("--dev", required=True, metavar="FILE", help="CoNLL-style dev file")
    parser.add_argument(
        "--out", required=True, metavar="DIR", help="output folder (DIR/model is the model)"
    )
    parser.add_argument(
        "--config", default=None, metavar="CFG",
        help="spaCy config (default: models/ner/config.cfg)",
    )
    parser.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE",
        help="config override, e.g. training.max_epochs=20 (JSON values; repeatable)",
    )
    parser.add_argument(
        "--acronym-variants", action="store_true",
        help="also train on copies of sentences with '( ACR )' inserted after a long ORG",
    )
    parser.add_argument(
        "--partial", nargs=2, action="append", default=[], metavar=("FILE", "LABELS"),
        help="extra training file trusted only for LABELS (comma-separated, e.g. PERSON); "
        "its other entities count as unannotated (repeatable)",
    )
    parser.add_argument("--threads", type=int, default=1, help="BLAS threads (default 1)")
    parser.set_defaults(func=run_ner)
    return parser


def parse_overrides(items: Sequence[str]) -> dict[str, Any]:
    """``KEY=VALUE`` strings as a dict (values read as JSON when they are JSON)."""
    overrides: dict[str, Any] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise SystemExit(f"--set wants KEY=VALUE, got {item!r}")
        try:
            overrides[key] = json.loads(value)
        except json.JSONDecodeError:
            overrides[key] = value
    return overrides


def run_ner(args: argparse.Namespace) -> int:
    """Run ``train ner`` from parsed arguments."""
    from beritanlp.ner.commands import run_train

    return run_train(
        args.train, args.dev, args.out, config=args.config,
        overrides=parse_overrides(args.set), threads=args.threads,
        acronym_variants=args.acronym_variants,
        partial={f: labels.split(",") for f, labels in args.partial})


def add_topic_fields(parser: argparse.ArgumentParser) -> None:
    """The field options ``train topics`` and ``evaluate topics`` share."""
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


def add_topics_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the arguments of ``train topics`` to ``parser`` and return it."""
    parser.add_argument("data", metavar="DATA.jsonl", help="training data, JSONL (.gz allowed)")
    add_topic_fields(parser)
    parser.add_argument("--out", required=True, metavar="DIR", help="output model folder")
    parser.add_argument(
        "--multi-label", action="store_true", help="labels are lists; independent probabilities"
    )
    parser.add_argument(
        "--cv", type=int, default=0, metavar="K",
        help="first run grouped K-fold cross-validation and store its scores in the model",
    )
    parser.add_argument(
        "--min-df", type=int, default=None, help="keep features seen in >= N articles (default 2)"
    )
    parser.add_argument(
        "--alpha", type=float, default=None,
        help="L2 regularisation strength of the linear learner (default 5e-5)",
    )
    parser.add_argument(
        "--domain-field", default=None, metavar="FIELD",
        help="field with each article's domain (e.g. source = publisher): train a domain-aware "
        "model that predicts the domain from the words and keeps extra weights per domain; the "
        "domain is needed for training only, never for prediction (default: no domains)",
    )
    parser.add_argument(
        "--domain-temperature", type=float, default=None, metavar="T",
        help="with --domain-field: at prediction time add every domain's extra weights, "
        "weighted by a softmax of the domain predictor's scores at temperature T; 0 adds only "
        "the top domain's (default 0.2, which keeps articles of unseen domains close to a "
        "domain-blind model)",
    )
    parser.set_defaults(func=run_topics)
    return parser


def run_topics(args: argparse.Namespace) -> int:
    """Run ``train topics`` from parsed arguments."""
    from beritanlp.topics.commands import run_train

    settings = {name: value for name, value in (
        ("min_df", args.min_df), ("alpha", args.alpha),
        ("domain_temperature", args.domain_temperature)) if value is not None}
    return run_train(
        args.data, args.out, text_field=args.text_field, label_field=args.label_field,
        title_field=args.title_field or None, multi_label=args.multi_label, cv=args.cv,
        settings=settings, domain_field=args.domain_field or None)
