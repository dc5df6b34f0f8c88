#!/usr/bin/env python3
"""Learn the name-introducing titles of the NER consistency rules, or measure the rules.

Usage::

    python scripts/ner_consistency.py learn ../shared/data/ner/idner-news-2k/train.txt \
        ../shared/data/ner/nergrit/train.txt > src/beritanlp/ner/name_titles.txt
    python scripts/ner_consistency.py evaluate ../shared/data/ner/idner-news-2k/dev.txt
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from beritanlp.lexicons.titles import load_titles
from beritanlp.ner.consistency import evaluate_consistency, learn_name_titles


def main(argv: Sequence[str] | None = None) -> int:
    """``python scripts/ner_consistency.py learn|evaluate ...``.

    ``learn FILE...`` prints the name-introducing titles (the packaged ``name_titles.txt`` when
    run on the NER's training files); ``evaluate FILE [--model DIR]`` prints the scores of
    :func:`evaluate_consistency`.
    """
    from beritanlp.ner.conll import read_conll
    from beritanlp.ner.evaluate import format_scores

    parser = argparse.ArgumentParser(prog="python scripts/ner_consistency.py")
    sub = parser.add_subparsers(dest="command", required=True)
    learn = sub.add_parser("learn", help="learn the name-introducing titles")
    learn.add_argument("files", nargs="+", help="annotated CoNLL-style training files")
    learn.add_argument("--min-count", type=int, default=3)
    learn.add_argument("--min-share", type=float, default=0.75)
    evaluate = sub.add_parser("evaluate", help="scores without and with the rules")
    evaluate.add_argument("file", help="CoNLL-style file")
    evaluate.add_argument("--model", default=None, help="model folder (default: shipped)")
    args = parser.parse_args(argv)
    if args.command == "evaluate":
        for name, scores in evaluate_consistency(args.file, args.model).items():
            print(f"{name}:\n{format_scores(scores)}\n")
        return 0
    data = [(s.tokens, s.spans()) for f in args.files for s in read_conll(f)]
    learned = learn_name_titles(data, load_titles(), args.min_count, args.min_share)
    print("# Titles after which a capitalised word starts a PERSON (beritanlp.ner.consistency).")
    print("# Learned with: python scripts/ner_consistency.py learn " + " ".join(
        f"{Path(f).parent.name}/{Path(f).name}" for f in args.files))
    print(f"# --min-count {args.min_count} --min-share {args.min_share}; same format as "
          "resources/person_titles.txt.")
    print("\n".join(learned.to_lines()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
