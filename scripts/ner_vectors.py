#!/usr/bin/env python3
"""Static word vectors for the NER from raw news (floret, then spaCy's init vectors).

Usage::

    python scripts/ner_vectors.py ARTICLES.jsonl.gz OUT_DIR [--dim 100] [--pretrain-jsonl]
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from beritanlp.ner.vectors import (
    init_spacy_vectors,
    train_floret,
    write_pretrain_jsonl,
    write_token_corpus,
)


def main(argv: Sequence[str] | None = None) -> int:
    """``python scripts/ner_vectors.py ARTICLES OUT_DIR``: the three steps above."""
    parser = argparse.ArgumentParser(prog="python scripts/ner_vectors.py",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", help="JSON-lines articles (title, text), .gz allowed")
    parser.add_argument("out", help="output folder (OUT/vectors is the spaCy vectors folder)")
    parser.add_argument("--dim", type=int, default=100)
    parser.add_argument("--epoch", type=int, default=5)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--rows", type=int, default=40000, help="most frequent words kept")
    parser.add_argument(
        "--pretrain-jsonl", action="store_true",
        help="only write OUT/pretrain.jsonl (text chunks for spacy pretrain) and stop",
    )
    args = parser.parse_args(argv)
    out = Path(args.out)
    if args.pretrain_jsonl:
        n_chunks = write_pretrain_jsonl(args.articles, out / "pretrain.jsonl")
        print(f"{out / 'pretrain.jsonl'}: {n_chunks:,} chunks")
        return 0
    corpus = out / "corpus.txt"
    n_tokens = write_token_corpus(args.articles, corpus)
    print(f"{corpus}: {n_tokens:,} tokens")
    vec = train_floret(
        corpus, out / "vectors.vec", dim=args.dim, epoch=args.epoch,
        min_count=args.min_count,
    )
    init_spacy_vectors(vec, out / "vectors", rows=args.rows)
    print(f"vectors written to {out / 'vectors'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
