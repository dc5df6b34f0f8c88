"""``beritanlp evaluate stem|facts|ner|topics``: scores against gold data."""

from __future__ import annotations

import argparse
import json

from beritanlp.cli.train import add_topic_fields


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


def _add_facts(what: argparse._SubParsersAction) -> None:
    p = what.add_parser(
        "facts", help="officials/agencies/places/scores P/R/F1 against gold JSONL",
        description="Run the pipeline over gold articles ({id, title, text, date, gold: "
                    "{officials, agencies, places, scores}} per line; the optional date is the "
                    "article's publication date, given to the pipeline as input metadata) and "
                    "print P/R/F1 per list with the matching rules of the shared scorer (see "
                    "beritanlp.facts_eval).")
    p.add_argument("gold", help="gold JSONL, e.g. ../shared/data/facts/gov_dev.jsonl")
    p.add_argument("--split", metavar="NAME",
                   help="only the gold articles whose 'split' field is NAME (gov_dev: tune, "
                        "check)")
    p.add_argument("--pred-out", metavar="PRED.jsonl",
                   help="also write the predicted records here (for tools/score_facts.py)")
    p.add_argument("--json", action="store_true",
                   help="print the scores as JSON (the shared scorer's --json shape)")
    p.set_defaults(func=run_facts)


def run_facts(args: argparse.Namespace) -> int:
    """Run the pipeline over gold articles and print P/R/F1 per fact list."""
    from beritanlp.api import analyze_many
    from beritanlp.facts_eval import article_text, read_jsonl, score_facts, select_split

    try:
        gold = select_split(read_jsonl(args.gold), args.split)
    except OSError as exc:
        raise SystemExit(f"beritanlp evaluate facts: cannot read {args.gold}: "
                         f"{exc.strerror}") from None
    except ValueError as exc:
        raise SystemExit(f"beritanlp evaluate facts: {exc}") from None
    try:  # opened before the pipeline runs: an unwritable path fails at once
        pred_out = open(args.pred_out, "w", encoding="utf-8") if args.pred_out else None
    except OSError as exc:
        raise SystemExit(f"beritanlp evaluate facts: cannot write {args.pred_out}: "
                         f"{exc.strerror}") from None
    # the date is input metadata (the archive's publication date), never gold: the pipeline
    # reads it as any user's archive date (score years of "tahun ini", relative dates)
    items = [{"id": str(row.get("id")), "text": article_text(row), "date": row.get("date")}
             for row in gold]
    records = [a.to_dict() for a in analyze_many(items)]
    if pred_out is not None:
        with pred_out:
            pred_out.writelines(json.dumps(r, ensure_ascii=False, allow_nan=False) + "\n"
                                for r in records)
    report = score_facts(gold, records)
    print(json.dumps(report.to_dict(), ensure_ascii=False, indent=1) if args.json
          else report.format())
    return 0


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
