"""What ``beritanlp train topics`` and ``beritanlp evaluate topics`` do, as plain functions.

The arguments are defined in :mod:`beritanlp.cli.train` and :mod:`beritanlp.cli.evaluate`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from typing import Any, TextIO


def run_train(
    data: str,
    out_dir: str,
    *,
    text_field: str = "text",
    label_field: str = "label",
    title_field: str | None = "title",
    multi_label: bool = False,
    cv: int = 0,
    settings: Mapping[str, Any] | None = None,
    domain_field: str | None = None,
    out: TextIO | None = None,
) -> int:
    """Train a topic model, print what was written (and cross-validated scores); exit code.

    Parameters
    ----------
    data
        Training data, JSONL (``.gz`` allowed).
    out_dir
        Output model folder.
    text_field, label_field, title_field
        Fields with the body, the label(s) and the headline (None: no headline).
    multi_label
        Labels are lists; independent probabilities.
    cv
        First run grouped ``cv``-fold cross-validation and store its scores in the model.
    settings
        Learner settings to override (``min_df``, ``alpha``, ``domain_temperature``).
    domain_field
        Field with each article's domain, for a domain-aware model (None: no domains).
    out
        Where to print (default: standard output at call time).
    """
    out = out or sys.stdout  # looked up at call time (tests and notebooks swap sys.stdout)
    from beritanlp.topics.train import format_scores, train_topics

    try:
        model, cv_scores = train_topics(
            data,
            text_field=text_field,
            label_field=label_field,
            out=out_dir,
            multi_label=multi_label,
            title_field=title_field or None,
            cv_folds=cv,
            settings=dict(settings or {}),
            domain_field=domain_field or None,
        )
    except (OSError, ValueError) as err:
        raise SystemExit(f"beritanlp train topics: {err}") from err
    print(f"model written to {out_dir} ({len(model.labels)} labels: {', '.join(model.labels)})",
          file=out)
    if cv_scores is not None:
        print(f"grouped {cv}-fold cross-validation:", file=out)
        print(format_scores(cv_scores), file=out)
        if "domain_accuracy" in cv_scores.extra:
            print(
                f"domain predicted correctly for {cv_scores.extra['domain_accuracy']:.3f} of "
                "the held-out articles",
                file=out,
            )
    return 0


def run_evaluate(
    model: str,
    data: str,
    *,
    text_field: str = "text",
    label_field: str = "label",
    title_field: str | None = "title",
    threshold: float = 0.5,
    as_json: bool = False,
    out: TextIO | None = None,
) -> int:
    """Print a topic model's scores on labelled data; return the exit code.

    Parameters
    ----------
    model
        Model folder, or ``default`` for the shipped model.
    data
        Labelled data, JSONL (``.gz`` allowed).
    text_field, label_field, title_field
        As for :func:`run_train`.
    threshold
        Multi-label decision threshold.
    as_json
        Print the scores as JSON.
    out
        Where to print (default: standard output at call time).
    """
    out = out or sys.stdout
    from beritanlp.topics.shipped import default_model_path
    from beritanlp.topics.train import evaluate_topics, format_scores

    folder = default_model_path() if model == "default" else model
    try:
        scores = evaluate_topics(
            folder,
            data,
            text_field=text_field,
            label_field=label_field,
            title_field=title_field or None,
            threshold=threshold,
        )
    except (OSError, ValueError) as err:
        raise SystemExit(f"beritanlp evaluate topics: {err}") from err
    if as_json:
        print(json.dumps(scores.to_dict(), indent=2), file=out)
    else:
        print(format_scores(scores), file=out)
    return 0
