"""``beritanlp analyze``: one article in, a readable summary (or the record as JSON) out."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from importlib.resources import files
from typing import Any

from beritanlp import schema
from beritanlp.cli.terminal import printable, printable_json


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register ``analyze`` on the subcommands ``sub``."""
    p = sub.add_parser(
        "analyze", help="analyse one article and print its facts",
        description="Analyse one article (headline, blank line, body) and print a readable "
                    "summary of its facts, or the full record with --json.")
    p.add_argument("file", nargs="?", help="UTF-8 text file, or '-' for standard input")
    p.add_argument("--example", action="store_true",
                   help="analyse the example article shipped with beritanlp")
    p.add_argument("--json", action="store_true", help="print the article record as JSON")
    p.add_argument("--date", metavar="DATE",
                   help="the article's publication date (2019-09-19, '19 September 2019', "
                        "19/09/2019, ...): the record's date and the anchor of 'tahun ini', "
                        "'kemarin' and score years (default: the date the text states)")
    p.add_argument("--date-order", choices=["dmy", "mdy"],
                   help="how to read a numeric --date whose day and month are both 12 or less")
    p.set_defaults(func=run)


def read_text_arg(path: str) -> str:
    """The text of ``path`` (``-``: standard input); exits with a message when unreadable."""
    if path == "-":
        try:  # strictly: the text stream would let bad bytes through as lone surrogates
            return sys.stdin.buffer.read().decode("utf-8")
        except UnicodeDecodeError as exc:
            raise SystemExit(f"beritanlp: standard input is not UTF-8 text ({exc.reason})") from exc
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


def _official(o: dict[str, Any]) -> str:
    return (f"{o.get('name')} | {o.get('position') or '-'} | {o.get('jurisdiction') or '-'}"
            f" ({len(o.get('mentions') or [])} mentions)")


def _agency(a: dict[str, Any]) -> str:
    canonical = a.get("canonical")
    return (f"{a.get('name')}" + (f" ({a['acronym']})" if a.get("acronym") else "")
            + (f" = {canonical}" if canonical and canonical != a.get("name") else "")
            + f" [{len(a.get('mentions') or [])} mentions]")


def _place(p: dict[str, Any]) -> str:
    return (f"{p.get('name')} | {p.get('type') or '-'} | {p.get('code') or '-'}"
            + (f" | {p['province']}" if p.get("province") else ""))


def _score(s: dict[str, Any]) -> str:
    return (f"{s.get('metric')} = {s.get('value')} ({s.get('kind')})"
            f" subject: {s.get('subject') or '-'}, year: {s.get('year') or '-'}")


def _date(d: dict[str, Any]) -> str:
    return f"{d.get('text')} -> {d.get('value')}"


#: How one fact of a list is shown. A list of :data:`beritanlp.schema.FACT_LISTS` without an
#: entry here shows the values of its columns joined by " | ".
ROW_FORMATS: dict[str, Callable[[dict[str, Any]], str]] = {
    "officials": _official, "agencies": _agency, "places": _place, "scores": _score,
    "dates": _date}


def _row(fact_list: schema.FactList, fact: dict[str, Any]) -> str:
    show = ROW_FORMATS.get(fact_list.name)
    if show is not None:
        return show(fact)
    return " | ".join(str(fact.get(name) or "-") for name in fact_list.columns)


def _section(lines: list[str], title: str, rows: list[str]) -> None:
    lines.append("")
    lines.append(f"{title} ({len(rows)})")
    lines.extend(f"  - {row}" for row in rows) if rows else lines.append("  (none)")


def format_summary(record: dict[str, Any]) -> str:
    """A readable, plain-text summary of an article record.

    One section per fact list a component writes (:data:`beritanlp.schema.FACT_LISTS`, in
    record order), the top three topics, then a count of each other list (the entities).
    Control characters of the article's text are shown escaped
    (:func:`beritanlp.cli.terminal.printable`), so each line of the summary is one line on a
    terminal and no escape sequence from an article reaches it.
    """
    lines = [f"Title:   {record.get('title') or '-'}", f"Date:    {record.get('date') or '-'}"]
    if record.get("error"):
        lines.append(f"Error:   {record['error']}")
    lines.extend(f"Warning: {warning}" for warning in record.get("warnings") or [])
    for fact_list in schema.FACT_LISTS:
        if fact_list.on_doc:
            _section(lines, fact_list.title,
                     [_row(fact_list, fact) for fact in record.get(fact_list.name, [])])
    topics = sorted((record.get("topics") or {}).items(), key=lambda kv: -kv[1])[:3]
    _section(lines, "Topics", [f"{label}: {p:.2f}" for label, p in topics])
    for fact_list in schema.FACT_LISTS:
        if not fact_list.on_doc:
            lines.append("")
            lines.append(f"{fact_list.title}: {len(record.get(fact_list.name, []))} "
                         f"(use --json for the full record)")
    return "\n".join(printable(line) for line in lines)


def run(args: argparse.Namespace) -> int:
    """Analyse the article; exit code 1 when its record is an error record."""
    from beritanlp.api import analyze
    from beritanlp.text.input_dates import parse_input_date

    if args.example:
        text = example_text()
    elif args.file is None:
        raise SystemExit("beritanlp analyze: give a FILE, '-' for standard input, or --example")
    else:
        text = read_text_arg(args.file)
    date = getattr(args, "date", None)
    if date is not None:  # typed by the user: a date that cannot be read is refused at once
        try:
            date = parse_input_date(date, getattr(args, "date_order", None))
        except ValueError as exc:
            raise SystemExit(f"beritanlp analyze: --date {date!r}: {exc}") from None
    record = analyze(text, date=date).to_dict()
    if args.json:
        print(printable_json(json.dumps(record, ensure_ascii=False, indent=2, allow_nan=False)))
    else:
        print(format_summary(record))
    return 0 if record["error"] is None else 1
