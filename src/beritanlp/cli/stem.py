"""``beritanlp stem``: each token with its offsets and Sastrawi stem."""

from __future__ import annotations

import argparse
import json
import sys

from beritanlp.cli.terminal import printable, printable_json


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register ``stem`` on the subcommands ``sub``."""
    p = sub.add_parser(
        "stem", help="stem Indonesian text token by token (Sastrawi, names kept)",
        description="Print each token with its offsets and Sastrawi stem. Names, acronyms and "
                    "protected words are kept as written. Reads standard input without TEXT.")
    p.add_argument("text", nargs="*", help="text to stem")
    p.add_argument("--json", action="store_true", help="print tokens as a JSON list")
    p.add_argument("--mode", choices=["sastrawi", "improved"], default="sastrawi",
                   help="sastrawi: PySastrawi's stems (default); improved: fixes many of "
                        "Sastrawi's mistakes")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the tokens of the text (or of standard input)."""
    from beritanlp.api import stem

    text = " ".join(args.text) if args.text else sys.stdin.read()
    tokens = stem(text, mode=args.mode)
    if args.json:
        print(printable_json(json.dumps(tokens.to_list(), ensure_ascii=False)))
    else:
        for t in tokens:
            mark = "  (kept)" if t["protected"] else ""
            line = f"{t['start']:>6}-{t['end']:<6} {t['text']:<24} {t['stem']}{mark}"
            print(printable(line))
    return 0
