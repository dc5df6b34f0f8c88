"""``beritanlp evaluate stem|facts|ner|topics``: scores against gold data."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from beritanlp.cli.train import add_topic_fields

if TYPE_CHECKING:
    from beritanlp.facts_eval import Difference, FactsReport, Interval


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register ``evaluate`` and what it scores on the subcommands ``sub``."""
    evaluate = sub.add_parser("evaluate", help="evaluate against gold data (ner, facts, ...)",
                              description="Evaluate beritanlp against gold data.")
    what = evaluate.add_subparsers(dest="what", metavar="WHAT")
    _add_stem(what)
    _add_facts(what)
    _add_ner(what)
    _add_topics(what)


def _add_stem(what: argparse._SubParsersAction) -> None:
    p = what.add_parser(
        "stem", help="stemming accuracy on word/root pairs",
        description="Exact-match stemming accuracy on a TSV with a header and columns "
                    "'word' and 'root' (or 'expected_stem'), e.g. ndetc_dev_pairs.tsv.")
    p.add_argument("file", help="TSV of word/root pairs")
    p.add_argument("--mode", choices=["sastrawi", "improved"], default="sastrawi",
                   help="stemming mode to measure (default sastrawi)")
    p.set_defaults(func=run_stem)


def run_stem(args: argparse.Namespace) -> int:
    """Print stemming accuracy on word/root pairs."""
    from beritanlp.stemming.evaluate import evaluate_file

    try:
        report = evaluate_file(args.file, args.mode)
    except (OSError, ValueError) as exc:
        raise SystemExit(f"beritanlp evaluate stem: {exc}") from None
    print(report)
    return 0


def _positive(text: str) -> int:
    """A positive whole number of an argument (argparse type)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, not {text!r}")
    return value


def _add_facts(what: argparse._SubParsersAction) -> None:
    p = what.add_parser(
        "facts", help="officials/agencies/places/scores P/R/F1 against gold JSONL",
        description="Run the pipeline over gold articles ({id, title, text, date, gold: "
                    "{officials, agencies, places, scores}} per line; the optional date is the "
                    "article's publication date, given to the pipeline as input metadata) and "
                    "print P/R/F1 per list with the matching rules of the shared scorer (see "
                    "beritanlp.facts_eval). With --pred, score an existing prediction file "
                    "instead of running the pipeline.")
    p.add_argument("gold", help="gold JSONL, e.g. ../shared/data/facts/gov_dev.jsonl")
    p.add_argument("--split", metavar="NAME",
                   help="only the gold articles whose 'split' field is NAME (gov_dev: tune, "
                        "check)")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--pred", metavar="PRED.jsonl",
                        help="score these prediction records (one per line with 'id' and the "
                             "fact lists, as --pred-out or 'beritanlp tag' write them) instead "
                             "of running the pipeline; gold ids without a record count as "
                             "missing predictions")
    source.add_argument("--pred-out", metavar="PRED.jsonl",
                        help="also write the predicted records here (for tools/score_facts.py)")
    p.add_argument("--bootstrap", type=_positive, metavar="N",
                   help="also print a 95%% percentile interval of each list's F1, the macro "
                        "F1 and each attribute accuracy on matched pairs from N article-level "
                        "bootstrap resamples (e.g. 1000): gold articles drawn with replacement, "
                        "the same draws for all. It shows how much the numbers move with the "
                        "sample of articles (sampling noise of a small gold set), not "
                        "annotation noise; a list with no gold and no predictions gets [0, 0]; "
                        "a resample with no matched pair of an attribute is skipped for it")
    p.add_argument("--baseline", metavar="PRED_A.jsonl",
                   help="also score these prediction records (another version's, read as "
                        "--pred reads them; gold ids without a record count as missing) and "
                        "print each list's and the macro F1's difference candidate - baseline, "
                        "the candidate being --pred's records or the pipeline's. With "
                        "--bootstrap, both are scored on the same resampled articles: each "
                        "difference gets a paired 95%% percentile interval and the share of "
                        "resamples in which the candidate is better (narrower than the two "
                        "intervals side by side, since the same articles are compared); "
                        "without, the point differences only")
    p.add_argument("--seed", type=int, default=0,
                   help="random seed of --bootstrap (default 0; the same seed, the same "
                        "intervals)")
    p.add_argument("--json", action="store_true",
                   help="print the scores as JSON (the shared scorer's --json shape; with "
                        "--bootstrap, an 'interval' and 'attribute_intervals' per list and a "
                        "'macro_f1_interval'; with "
                        "--baseline, a 'comparison' object)")
    p.set_defaults(func=run_facts)


def _fail(message: str) -> SystemExit:
    return SystemExit(f"beritanlp evaluate facts: {message}")


def _read(path: str, reader: Callable[[str], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """``reader(path)``, its errors turned into one-line exits."""
    try:
        return reader(path)
    except OSError as exc:
        raise _fail(f"cannot read {path}: {exc.strerror}") from None
    except ValueError as exc:
        raise _fail(str(exc)) from None


def _predict(gold: Sequence[Mapping[str, Any]], pred_out: str | None) -> list[dict[str, Any]]:
    """The pipeline's records of the gold articles, also written to ``pred_out`` when given."""
    from beritanlp.api import analyze_many
    from beritanlp.facts_eval import article_text

    try:  # opened before the pipeline runs: an unwritable path fails at once
        out = open(pred_out, "w", encoding="utf-8") if pred_out else None
    except OSError as exc:
        raise _fail(f"cannot write {pred_out}: {exc.strerror}") from None
    # the date is input metadata (the archive's publication date), never gold: the pipeline
    # reads it as any user's archive date (score years of "tahun ini", relative dates)
    items = [{"id": str(row.get("id")), "text": article_text(row), "date": row.get("date")}
             for row in gold]
    records = [a.to_dict() for a in analyze_many(items)]
    if out is not None:
        with out:
            out.writelines(json.dumps(r, ensure_ascii=False, allow_nan=False) + "\n"
                           for r in records)
    return records


def run_facts(args: argparse.Namespace) -> int:
    """Score the pipeline (or --pred's records) on gold articles: P/R/F1 per fact list."""
    from beritanlp.facts_eval import read_jsonl, read_predictions, score_facts, select_split

    rows = _read(args.gold, read_jsonl)
    try:
        gold = select_split(rows, args.split)
    except ValueError as exc:
        raise _fail(str(exc)) from None
    baseline = _read(args.baseline, read_predictions) if args.baseline else None
    records = (_read(args.pred, read_predictions) if args.pred
               else _predict(gold, args.pred_out))
    report = score_facts(gold, records)
    try:
        intervals = report.bootstrap(args.bootstrap, args.seed) if args.bootstrap else None
        differences = (report.compare(score_facts(gold, baseline), args.bootstrap, args.seed)
                       if baseline is not None else None)
    except ValueError as exc:
        raise _fail(str(exc)) from None
    print(_facts_json(report, intervals, differences, args.baseline) if args.json
          else _facts_text(report, intervals, differences, args.baseline))
    return 0


def _facts_json(report: FactsReport, intervals: Mapping[str, Interval] | None,
                differences: Mapping[str, Difference] | None, baseline: str | None) -> str:
    """The report as JSON; a ``"comparison"`` object only with ``differences``."""
    data = report.to_dict(intervals)
    if differences is not None:
        data["comparison"] = {"baseline": baseline,
                              **{name: d.to_dict() for name, d in differences.items()}}
    return json.dumps(data, ensure_ascii=False, indent=1)


def _facts_text(report: FactsReport, intervals: Mapping[str, Interval] | None,
                differences: Mapping[str, Difference] | None, baseline: str | None) -> str:
    """The report's lines, then the comparison with the baseline's when there is one."""
    from beritanlp.facts_eval import format_comparison

    text = report.format(intervals)
    if differences is None:
        return text
    return f"{text}\n\nbaseline {baseline}\n{format_comparison(differences)}"


def _add_ner(what: argparse._SubParsersAction) -> None:
    p = what.add_parser(
        "ner", help="NER precision/recall/F1 per label (exact span) on a CoNLL-style file",
        description="Exact-span precision, recall and F1 per label and overall of the shipped "
                    "NER (or --model DIR) on a CoNLL-style file (token ... IOB2 tag).")
    p.add_argument("file", metavar="FILE", help="CoNLL-style file (token ... IOB2 tag)")
    p.add_argument(
        "--model", default=None, metavar="DIR", help="model folder (default: the shipped model)"
    )
    p.add_argument(
        "--no-cleanup", action="store_true",
        help="score the bare ner component (without trimming titles from PERSON spans and "
             "without the knowledge step)",
    )
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.set_defaults(func=run_ner)


def run_ner(args: argparse.Namespace) -> int:
    """Print the NER's exact-span scores on a CoNLL-style file."""
    from beritanlp.ner.commands import run_evaluate

    return run_evaluate(args.file, model=args.model, cleanup=not args.no_cleanup,
                        as_json=args.json)


def _add_topics(what: argparse._SubParsersAction) -> None:
    p = what.add_parser(
        "topics", help="topic model per-label P/R/F1, macro-F1 and confusion matrix",
        description="Score a topic model folder ('default' = the shipped rubrik model) on "
                    "labelled JSONL articles.")
    p.add_argument("model", metavar="MODEL", help="model folder ('default' = shipped model)")
    p.add_argument("data", metavar="DATA.jsonl", help="labelled data, JSONL (.gz allowed)")
    add_topic_fields(p)
    p.add_argument(
        "--threshold", type=float, default=0.5, help="multi-label decision threshold"
    )
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.set_defaults(func=run_topics)


def run_topics(args: argparse.Namespace) -> int:
    """Print a topic model's scores on labelled data."""
    from beritanlp.topics.commands import run_evaluate

    return run_evaluate(args.model, args.data, text_field=args.text_field,
                        label_field=args.label_field, title_field=args.title_field or None,
                        threshold=args.threshold, as_json=args.json)
