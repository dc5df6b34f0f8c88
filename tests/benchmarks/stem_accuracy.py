"""Stemming accuracy: exact match against hand-corrected roots (NDETC dev pairs).

Prints the share of words of ``../shared/data/stemming/ndetc_dev_pairs.tsv`` whose beritanlp
stem equals the gold root, overall and for inflected words (root differs from the word), with
a few errors. Sastrawi's algorithm is a rule set with a root dictionary, so this measures the
algorithm, not a model trained here; nothing is asserted (it is the same number
``beritanlp evaluate stem`` prints).

Usage::

    python tests/benchmarks/stem_accuracy.py [PAIRS.tsv]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "stemming" / (
    "ndetc_dev_pairs.tsv")


def main(argv: list[str]) -> int:
    """Evaluate and print the report."""
    path = Path(argv[0]) if argv else DATA
    if not path.exists():
        print(f"pairs file not found: {path}", file=sys.stderr)
        return 2
    from beritanlp.stemming.evaluate import evaluate_pairs, read_pairs

    pairs = read_pairs(path)
    t0 = time.perf_counter()
    report = evaluate_pairs(pairs)
    seconds = time.perf_counter() - t0
    print(f"file       {path}")
    print(report.format())
    print(f"time       {seconds:.2f} s ({len(pairs) / seconds:,.0f} words/s, cold cache)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
