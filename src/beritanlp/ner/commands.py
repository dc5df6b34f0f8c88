"""What ``beritanlp train ner`` and ``beritanlp evaluate ner`` do, as plain functions.

The arguments are defined in :mod:`beritanlp.cli.train` and :mod:`beritanlp.cli.evaluate`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from typing import Any, TextIO


def run_train(
    train: Sequence[str],
    dev: str,
    out_dir: str,
    *,
    config: str | None = None,
    overrides: Mapping[str, Any] | None = None,
    threads: int = 1,
    acronym_variants: bool = False,
    partial: Mapping[str, Sequence[str]] | None = None,
    out: TextIO | None = None,
) -> int:
    """Train the NER, print where it went and its dev scores; return the exit code.

    Parameters
    ----------
    train, dev
        CoNLL-style training file(s) and dev file.
    out_dir
        Output folder (``out_dir/model`` is the model).
    config, overrides
        spaCy config (default ``models/ner/config.cfg``) and config values to override.
    threads
        BLAS threads.
    acronym_variants
        Also train on copies of sentences with ``( ACR )`` inserted after a long ORG.
    partial
        Extra training files, each trusted only for the labels given.
    out
        Where to print (default: standard output at call time).
    """
    out = out or sys.stdout  # looked up at call time (captured output swaps it)
    from beritanlp.ner.evaluate import evaluate_ner, format_scores
    from beritanlp.ner.train import train_ner

    try:
        result = train_ner(
            train,
            dev,
            out_dir,
            config_path=config,
            overrides=dict(overrides or {}),
            threads=threads,
            acronym_variants=acronym_variants,
            partial_train={f: list(labels) for f, labels in (partial or {}).items()},
        )
    except (OSError, ValueError) as err:
        raise SystemExit(f"beritanlp train ner: {err}") from err
    print(f"model written to {result.model_dir}", file=out)
    scores = evaluate_ner(dev, model=result.model_dir)
    print(f"dev ({dev}), exact span match:", file=out)
    print(format_scores(scores), file=out)
    return 0


def run_evaluate(
    file: str,
    *,
    model: str | None = None,
    cleanup: bool = True,
    as_json: bool = False,
    out: TextIO | None = None,
) -> int:
    """Print exact-span P/R/F1 of the NER on a CoNLL-style file; return the exit code.

    Parameters
    ----------
    file
        CoNLL-style file (token ... IOB2 tag).
    model
        Model folder (default: the shipped model).
    cleanup
        Run the cleanup steps after the model, as the pipeline does: titles trimmed from
        PERSON spans (``beritanlp_ner_cleanup``), then known places and agencies
        (``beritanlp_ner_knowledge``).
    as_json
        Print the scores as JSON.
    out
        Where to print (default: standard output at call time).
    """
    out = out or sys.stdout  # looked up at call time (captured output swaps it)
    from beritanlp.ner.evaluate import evaluate_ner, format_scores
    from beritanlp.ner.model import load_ner

    try:
        nlp = load_ner(model, cleanup=cleanup)
        scores = evaluate_ner(file, nlp=nlp)
    except (OSError, ValueError) as err:
        raise SystemExit(f"beritanlp evaluate ner: {err}") from err
    if as_json:
        print(json.dumps(scores.to_dict(), indent=2), file=out)
    else:
        print(format_scores(scores), file=out)
    return 0
