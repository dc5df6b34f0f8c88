#!/usr/bin/env python3
"""Pretrain the NER's inner tok2vec on raw news (characters objective); see the NER model card.

Usage::

    python scripts/ner_pretrain.py CONFIG TEXTS.jsonl OUT.bin [--max-words N] [--seed S]
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from beritanlp.ner.pretrain import pretrain_tok2vec


def main(argv: Sequence[str] | None = None) -> int:
    """``python scripts/ner_pretrain.py CONFIG TEXTS OUT [--max-words N] [--seed S]``."""
    parser = argparse.ArgumentParser(prog="python scripts/ner_pretrain.py")
    parser.add_argument("config", help="NER training config (models/ner/config.cfg)")
    parser.add_argument("texts", help='JSON lines with a "text" field')
    parser.add_argument("out", help="output file for the tok2vec weights")
    parser.add_argument("--max-words", type=int, default=0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    pretrain_tok2vec(args.config, args.texts, args.out, max_words=args.max_words, seed=args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
