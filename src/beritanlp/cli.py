"""The ``beritanlp`` command line.

Each subcommand is an ``_add_<name>(subparsers)`` function that registers its parser and sets
``func``; the work itself lives in the library (the CLI only reads arguments and prints).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from importlib.resources import files
from typing import Any

from beritanlp._version import __version__


def _read_text_arg(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    except UnicodeDecodeError as exc:
        raise SystemExit(f"beritanlp: {path} is not UTF-8 text ({exc.reason})") from exc
    except OSError as exc:
        raise SystemExit(f"beritanlp: cannot read {path}: {exc.strerror}") from exc


def example_text() -> str:
    """The example article shipped with the package (written for beritanlp)."""
    return files("beritanlp.resources").joinpath("example_article.txt").read_text("utf-8")


def format_summary(record: dict[str, Any]) -> str:
    """A readable, plain-text summary of an article record."""
    lines = [f"Title:   {record.get('title') or '-'}", f"Date:    {record.get('date') or '-'}"]
    if record.get("error"):
        lines.append(f"Error:   {record['error']}")

    def section(name: str, rows: list[str]) -> None:
        lines.append("")
        lines.append(f"{name} ({len(rows)})")
        lines.extend(f"  - {row}" for row in rows) if rows else lines.append("  (none)")

    section("Officials", [
        f"{o.get('name')} | {o.get('position') or '-'} | {o.get('jurisdiction') or '-'}"
        f" ({len(o.get('mentions') or [])} mentions)" for o in record.get("officials", [])])
    section("Agencies", [
        f"{a.get('name')}" + (f" ({a['acronym']})" if a.get("acronym") else "")
        + f" [{len(a.get('mentions') or [])} mentions]" for a in record.get("agencies", [])])
    section("Places", [
        f"{p.get('name')} | {p.get('type') or '-'} | {p.get('code') or '-'}"
        + (f" | {p['province']}" if p.get("province") else "") for p in record.get("places", [])])
    section("Scores", [
        f"{s.get('metric')} = {s.get('value')} ({s.get('kind')})"
        f" subject: {s.get('subject') or '-'}, year: {s.get('year') or '-'}"
        for s in record.get("scores", [])])
    section("Dates", [f"{d.get('text')} -> {d.get('value')}" for d in record.get("dates", [])])
    topics = sorted((record.get("topics") or {}).items(), key=lambda kv: -kv[1])[:3]
    section("Topics", [f"{label}: {p:.2f}" for label, p in topics])
    lines.append("")
    lines.append(f"Entities: {len(record.get('entities', []))} (use --json for the full record)")
    return "\n".join(lines)


def _cmd_analyze(args: argparse.Namespace) -> int:
    from beritanlp.api import analyze

    if args.example:
        text = example_text()
    elif args.file is None:
        raise SystemExit("beritanlp analyze: give a FILE, '-' for standard input, or --example")
    else:
        text = _read_text_arg(args.file)
    record = analyze(text).to_dict()
    if args.json:
        print(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        print(format_summary(record))
    return 0 if record["error"] is None else 1


def _add_analyze(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "analyze", help="analyse one article and print its facts",
        description="Analyse one article (headline, blank line, body) and print a readable "
                    "summary of its facts, or the full record with --json.")
    p.add_argument("file", nargs="?", help="UTF-8 text file, or '-' for standard input")
    p.add_argument("--example", action="store_true",
                   help="analyse the example article shipped with beritanlp")
    p.add_argument("--json", action="store_true", help="print the article record as JSON")
    p.set_defaults(func=_cmd_analyze)


def _cmd_stem(args: argparse.Namespace) -> int:
    from beritanlp.api import stem

    text = " ".join(args.text) if args.text else sys.stdin.read()
    tokens = stem(text, mode=args.mode)
    if args.json:
        print(json.dumps(tokens.to_list(), ensure_ascii=False))
    else:
        for t in tokens:
            mark = "  (kept)" if t["protected"] else ""
            print(f"{t['start']:>6}-{t['end']:<6} {t['text']:<24} {t['stem']}{mark}")
    return 0


def _add_stem(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "stem", help="stem Indonesian text token by token (Sastrawi, names kept)",
        description="Print each token with its offsets and Sastrawi stem. Names, acronyms and "
                    "protected words are kept as written. Reads standard input without TEXT.")
    p.add_argument("text", nargs="*", help="text to stem")
    p.add_argument("--json", action="store_true", help="print tokens as a JSON list")
    p.add_argument("--mode", choices=["sastrawi", "improved"], default="sastrawi",
                   help="sastrawi: PySastrawi's stems (default); improved: fixes many of "
                        "Sastrawi's mistakes")
    p.set_defaults(func=_cmd_stem)


def _cmd_evaluate_stem(args: argparse.Namespace) -> int:
    from beritanlp.stemming.evaluate import evaluate_file

    print(evaluate_file(args.file, args.mode))
    return 0


def _add_evaluate_stem(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "stem", help="stemming accuracy on word/root pairs",
        description="Exact-match stemming accuracy on a TSV with a header and columns "
                    "'word' and 'root' (or 'expected_stem'), e.g. ndetc_dev_pairs.tsv.")
    p.add_argument("file", help="TSV of word/root pairs")
    p.add_argument("--mode", choices=["sastrawi", "improved"], default="sastrawi",
                   help="stemming mode to measure (default sastrawi)")
    p.set_defaults(func=_cmd_evaluate_stem)


def _add_tag(sub: argparse._SubParsersAction) -> None:
    from beritanlp.batch import add_tag_arguments

    add_tag_arguments(sub.add_parser(
        "tag", help="tag an archive (JSONL, CSV, Parquet): streaming, resumable, Dask",
        description="Tag every article of an archive and append one JSON record per article "
                    "to OUTPUT; lines that cannot be processed go to OUTPUT's .errors.jsonl "
                    "with the reason. --resume continues a killed run without duplicates."))


def _add_train_ner(sub: argparse._SubParsersAction) -> None:
    from beritanlp.ner.commands import add_train_arguments

    add_train_arguments(sub.add_parser(
        "ner", help="train the statistical NER (PERSON, ORG, LOC) on CoNLL-style files",
        description="Convert CoNLL-style files (token ... IOB2 tag) and train the NER with the "
                    "spaCy config in models/ner/config.cfg; prints dev scores at the end."))


def _add_evaluate_ner(sub: argparse._SubParsersAction) -> None:
    from beritanlp.ner.commands import add_evaluate_arguments

    add_evaluate_arguments(sub.add_parser(
        "ner", help="NER precision/recall/F1 per label (exact span) on a CoNLL-style file",
        description="Exact-span precision, recall and F1 per label and overall of the shipped "
                    "NER (or --model DIR) on a CoNLL-style file (token ... IOB2 tag)."))


def _add_train_topics(sub: argparse._SubParsersAction) -> None:
    from beritanlp.topics.commands import add_train_arguments

    add_train_arguments(sub.add_parser(
        "topics", help="train a topic classifier on your own labels (JSONL)",
        description="Train a topic classifier (hashed words + bigrams, calibrated linear model, "
                    "saved as JSON + .npz) on JSONL articles; --cv K first prints grouped "
                    "K-fold cross-validated scores."))


def _add_evaluate_topics(sub: argparse._SubParsersAction) -> None:
    from beritanlp.topics.commands import add_evaluate_arguments

    add_evaluate_arguments(sub.add_parser(
        "topics", help="topic model per-label P/R/F1, macro-F1 and confusion matrix",
        description="Score a topic model folder ('default' = the shipped rubrik model) on "
                    "labelled JSONL articles."))


def _cmd_evaluate_facts(args: argparse.Namespace) -> int:
    from beritanlp.api import analyze_many
    from beritanlp.facts_eval import article_text, read_jsonl, score_facts

    gold = read_jsonl(args.gold)
    items = [{"id": str(row.get("id")), "text": article_text(row)} for row in gold]
    records = [a.to_dict() for a in analyze_many(items)]
    if args.pred_out:
        with open(args.pred_out, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    print(score_facts(gold, records).format())
    return 0


def _add_evaluate_facts(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "facts", help="officials/agencies/places/scores P/R/F1 against gold JSONL",
        description="Run the pipeline over gold articles ({id, title, text, gold: {officials, "
                    "agencies, places, scores}} per line) and print P/R/F1 per list with the "
                    "matching rules of the shared scorer (see beritanlp.facts_eval).")
    p.add_argument("gold", help="gold JSONL, e.g. ../shared/data/facts/gov_dev.jsonl")
    p.add_argument("--pred-out", metavar="PRED.jsonl",
                   help="also write the predicted records here (for tools/score_facts.py)")
    p.set_defaults(func=_cmd_evaluate_facts)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="beritanlp",
        description="Structured facts from Indonesian news: officials, agencies, places, "
                    "scores, dates, topics and Sastrawi stems.")
    parser.add_argument("--version", action="version", version=f"beritanlp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_analyze(sub)
    _add_stem(sub)
    _add_tag(sub)
    # Add new commands here: `_add_<name>(sub)`, `_add_train_<what>(train_sub)`,
    # `_add_evaluate_<what>(evaluate_sub)`, each defined above in this module.
    train = sub.add_parser("train", help="train a model (ner, topics)",
                           description="Train a model from data files.")
    train_sub = train.add_subparsers(dest="what", metavar="WHAT")
    evaluate = sub.add_parser("evaluate", help="evaluate against gold data (ner, facts, ...)",
                              description="Evaluate beritanlp against gold data.")
    evaluate_sub = evaluate.add_subparsers(dest="what", metavar="WHAT")
    _add_evaluate_stem(evaluate_sub)
    _add_evaluate_facts(evaluate_sub)
    _add_train_ner(train_sub)
    _add_evaluate_ner(evaluate_sub)
    _add_train_topics(train_sub)
    _add_evaluate_topics(evaluate_sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``beritanlp`` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        # `beritanlp`, `beritanlp train` or `beritanlp evaluate` alone: explain what exists.
        target = parser
        for action in parser._subparsers._group_actions if parser._subparsers else []:
            choices = getattr(action, "choices", None) or {}
            if args.command in choices:
                target = choices[args.command]
        target.print_help()
        return 2
    try:
        return int(func(args) or 0)
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
