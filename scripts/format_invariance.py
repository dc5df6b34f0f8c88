#!/usr/bin/env python3
r"""Do the facts depend on how an archive writes its text? A metamorphic check on a gold file.

CLICK-ID's scraper read UTF-8 as Mac Roman (curly quotes as ``"‚Äú"``) and joined paragraphs
with commas (``"kata dia.,Andi"``); other newsrooms (detik) write straight quotes and one
paragraph per line. This script rewrites every gold article (and the names in its gold facts)
in those forms, runs the pipeline on each form, and prints the fact scores per form and how
many articles' facts differ from the text as given. A rule keyed to one form shows up here as
a lower score or changed articles in another.

Forms: ``given`` (as in the file), ``unicode`` (garbled sequences back to the characters
they stand for), ``ascii`` (unicode, then curly quotes, dashes and no-break spaces as ASCII),
``lines`` (paragraph joints as line breaks), ``detik`` (ascii and lines), ``windows``
(``"\r\n"`` line ends).

Usage::

    python scripts/format_invariance.py ../shared/data/facts/gov_dev.jsonl --split tune
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Mapping
from typing import Any

import beritanlp
from beritanlp.facts_eval import article_text, read_jsonl, score_facts, select_split
from beritanlp.text.mojibake import MOJIBAKE, MOJIBAKE_RE

LISTS = ("officials", "agencies", "places", "scores")
_ASCII = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
                        "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\u2026": "..."})
#: A paragraph joint: a sentence's closing mark, then commas glued to the next paragraph.
_JOINT = re.compile(r"([.!?\"\u201d\u2019)\]]|\u201a\u00c4\u00f9)(,+)(?=[^\s\d,])")


def unicode(text: str) -> str:
    """Garbled sequences back to the characters they stand for."""
    return MOJIBAKE_RE.sub(lambda m: MOJIBAKE[m.group()], text)


def ascii_quotes(text: str) -> str:
    """:func:`unicode`, then curly quotes, dashes and no-break spaces as ASCII."""
    return unicode(text).translate(_ASCII)


def lines(text: str) -> str:
    """Paragraph joints (``".,Word"``) as line breaks."""
    return _JOINT.sub(lambda m: m.group(1) + "\n", text)


FORMS: dict[str, Callable[[str], str]] = {
    "given": lambda t: t, "unicode": unicode, "ascii": ascii_quotes, "lines": lines,
    "detik": lambda t: lines(ascii_quotes(t)),
    "windows": lambda t: t.replace("\n", "\r\n"),
}


def rewritten(row: Mapping[str, Any], form: Callable[[str], str]) -> dict[str, Any]:
    """A gold row with its title, text and every string of its gold facts in ``form``."""
    def walk(x: Any) -> Any:
        if isinstance(x, str):
            return form(x)
        if isinstance(x, list):
            return [walk(v) for v in x]
        if isinstance(x, dict):
            return {k: walk(v) for k, v in x.items()}
        return x
    out = dict(row)
    out["title"] = form(row["title"]) if row.get("title") else row.get("title")
    out["text"] = form(row.get("text") or "")
    out["gold"] = walk(row.get("gold") or {})
    return out


def _keys(record: Mapping[str, Any]) -> tuple[Any, ...]:
    """The facts of a record without offsets, for comparing forms."""
    return tuple(tuple(sorted(str({k: v for k, v in f.items()
                                   if k not in ("mentions", "start", "end", "text")})
                              for f in record.get(name) or []))
                 for name in LISTS)


def main(argv: list[str] | None = None) -> int:
    """Print the fact scores of each form of the gold articles; 0 on success."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", help="gold JSONL (gov_dev.jsonl or a file like it)")
    parser.add_argument("--split", help="only rows whose 'split' is this (tune, check)")
    parser.add_argument("--forms", default=",".join(FORMS),
                        help=f"comma-separated forms to run, 'given' always first "
                             f"(default: {','.join(FORMS)})")
    args = parser.parse_args(argv)
    rows = select_split(read_jsonl(args.gold), args.split)
    forms = args.forms.split(",")
    unknown = [f for f in forms if f not in FORMS]
    if unknown:
        parser.error(f"unknown form(s) {unknown}; known: {', '.join(FORMS)}")
    forms = ["given", *(f for f in forms if f != "given")]  # "changed" counts against it
    nlp = beritanlp.load()
    first: dict[str, tuple[Any, ...]] = {}
    print(f"{'form':8s} " + " ".join(f"{n:>9s}" for n in LISTS) + "    macro  changed")
    for name in forms:
        gold = [rewritten(r, FORMS[name]) for r in rows]
        inputs = [{"id": r["id"], "text": article_text(r), "date": r.get("date")} for r in gold]
        records = [a.to_dict() for a in beritanlp.analyze_many(inputs, nlp=nlp)]
        report = score_facts(gold, records)
        keys = {r["id"]: _keys(r) for r in records}
        first = first or keys
        changed = sum(keys[i] != first.get(i) for i in keys)
        print(f"{name:8s} " + " ".join(f"{report.kinds[n].f1:9.3f}" for n in LISTS)
              + f"  {report.macro_f1:7.3f}  {changed:7d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
