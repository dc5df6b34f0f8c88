"""Stemming accuracy: exact match against hand-corrected roots (NDETC dev pairs).

Prints the share of words of ``../shared/data/stemming/ndetc_dev_pairs.tsv`` whose beritanlp
stem equals the gold root, overall and for inflected words (root differs from the word), with
a few errors, then the same for each half of the pairs (split by ``sha1(word)``; the improved
mode's ranker was fitted on half ``dev``). Nothing is asserted (these are the numbers
``beritanlp evaluate stem [--mode MODE]`` prints).

Usage::

    python tests/benchmarks/stem_accuracy.py [PAIRS.tsv] [--mode sastrawi|improved]
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

#: ``$BERITANLP_SHARED_DATA`` (as in conftest.py), else ``../shared/data`` beside the repository.
SHARED = Path(os.environ.get("BERITANLP_SHARED_DATA",
                             Path(__file__).resolve().parents[2].parent / "shared" / "data"))
DATA = SHARED / "stemming" / "ndetc_dev_pairs.tsv"


def main(argv: list[str]) -> int:
    """Evaluate and print the report."""
    mode = "sastrawi"
    if "--mode" in argv:
        at = argv.index("--mode")
        mode = argv[at + 1]
        argv = argv[:at] + argv[at + 2:]
    path = Path(argv[0]) if argv else DATA
    if not path.exists():
        print(f"pairs file not found: {path}", file=sys.stderr)
        return 2
    from beritanlp.stemming.evaluate import evaluate_halves, format_halves, read_pairs

    pairs = read_pairs(path)
    t0 = time.perf_counter()
    reports = evaluate_halves(pairs, mode)
    seconds = time.perf_counter() - t0
    print(f"file       {path}  (mode {mode})")
    print(format_halves(reports))
    print(f"time       {seconds:.2f} s ({len(pairs) / seconds:,.0f} words/s, cold cache)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
