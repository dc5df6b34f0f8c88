"""Command-line front ends for NER training and evaluation.

``beritanlp train ner`` and ``beritanlp evaluate ner`` are built from these functions; until the
main CLI wires them in they also run as ``python -m beritanlp.ner train|evaluate ...``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO


def add_train_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the arguments of ``train ner`` to ``parser`` and return it."""
    parser.add_argument(
        "--train", nargs="+", required=True, metavar="FILE", help="CoNLL-style training file(s)"
    )
    parser.add_argument("--dev", required=True, metavar="FILE", help="CoNLL-style dev file")
    parser.add_argument(
        "--out", required=True, metavar="DIR", help="output folder (DIR/model is the model)"
    )
    parser.add_argument(
        "--config",
        default=None,
        metavar="CFG",
        help="spaCy config (default: models/ner/config.cfg)",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="config override, e.g. training.max_epochs=20 (JSON values; repeatable)",
    )
    parser.add_argument(
        "--acronym-variants",
        action="store_true",
        help="also train on copies of sentences with '( ACR )' inserted after a long ORG",
    )
    parser.add_argument(
        "--partial",
        nargs=2,
        action="append",
        default=[],
        metavar=("FILE", "LABELS"),
        help="extra training file trusted only for LABELS (comma-separated, e.g. PERSON); "
        "its other entities count as unannotated (repeatable)",
    )
    parser.add_argument("--threads", type=int, default=1, help="BLAS threads (default 1)")
    parser.set_defaults(func=run_train)
    return parser


def add_evaluate_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the arguments of ``evaluate ner`` to ``parser`` and return it."""
    parser.add_argument("file", metavar="FILE", help="CoNLL-style file (token ... IOB2 tag)")
    parser.add_argument(
        "--model", default=None, metavar="DIR", help="model folder (default: the shipped model)"
    )
    parser.add_argument(
        "--no-cleanup",
        action="store_true",
        help="score the bare ner component (without trimming titles from PERSON spans)",
    )
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.set_defaults(func=run_evaluate)
    return parser


def _parse_overrides(items: Sequence[str]) -> dict[str, Any]:
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


def run_train(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run ``train ner`` from parsed arguments; return the exit code."""
    out = out or sys.stdout  # looked up at call time (captured output swaps it)
    from beritanlp.ner.evaluate import evaluate_ner, format_scores
    from beritanlp.ner.train import train_ner

    try:
        result = train_ner(
            args.train,
            args.dev,
            args.out,
            config_path=args.config,
            overrides=_parse_overrides(args.set),
            threads=args.threads,
            acronym_variants=args.acronym_variants,
            partial_train={f: labels.split(",") for f, labels in args.partial},
        )
    except (OSError, ValueError) as err:
        raise SystemExit(f"beritanlp train ner: {err}") from err
    print(f"model written to {result.model_dir}", file=out)
    scores = evaluate_ner(args.dev, model=result.model_dir)
    print(f"dev ({args.dev}), exact span match:", file=out)
    print(format_scores(scores), file=out)
    return 0


def run_evaluate(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run ``evaluate ner`` from parsed arguments; return the exit code."""
    out = out or sys.stdout  # looked up at call time (captured output swaps it)
    from beritanlp.ner.evaluate import evaluate_ner, format_scores
    from beritanlp.ner.model import load_ner

    try:
        nlp = load_ner(args.model, cleanup=not args.no_cleanup)
        scores = evaluate_ner(args.file, nlp=nlp)
    except (OSError, ValueError) as err:
        raise SystemExit(f"beritanlp evaluate ner: {err}") from err
    if args.json:
        print(json.dumps(scores.to_dict(), indent=2), file=out)
    else:
        print(format_scores(scores), file=out)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m beritanlp.ner``: ``train`` or ``evaluate``."""
    parser = argparse.ArgumentParser(prog="python -m beritanlp.ner", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    add_train_arguments(sub.add_parser("train", help="train the NER on CoNLL-style files"))
    add_evaluate_arguments(sub.add_parser("evaluate", help="exact-span P/R/F1 on a CoNLL file"))
    args = parser.parse_args(argv)
    code: int = args.func(args)
    return code
