"""Load time of the default pipeline, against spaCy's blank ``id`` pipeline in the same run.

Each measurement runs in a fresh Python process (so imports and file reads are cold for the
interpreter, warm for the OS page cache) and is repeated; the median is printed.

Usage::

    python tests/benchmarks/load.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

SNIPPET = """
import json, time
t0 = time.perf_counter()
{imports}
t1 = time.perf_counter()
nlp = {build}
nlp("Pj Wali Kota Pangkalpinang hadir di Jakarta, Kamis (16/5/2024).")
t2 = time.perf_counter()
print(json.dumps({{"import": t1 - t0, "load": t2 - t1}}))
"""

CASES = {
    "spacy.blank('id')": ("import spacy", "spacy.blank('id')"),
    "beritanlp.load()": ("import spacy, beritanlp", "beritanlp.load()"),
}


def measure(imports: str, build: str) -> dict[str, float]:
    """Time imports and pipeline construction (+ one small doc) in a fresh process."""
    code = SNIPPET.format(imports=imports, build=build)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> int:
    """Print median import and load times and the ratio to the blank pipeline."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    results: dict[str, dict[str, float]] = {}
    for name, (imports, build) in CASES.items():
        runs = [measure(imports, build) for _ in range(args.repeat)]
        results[name] = {k: statistics.median(r[k] for r in runs) for k in ("import", "load")}
        print(f"{name:20s} import {results[name]['import']:.2f} s   "
              f"build + first doc {results[name]['load']:.2f} s   (median of {args.repeat})")
    ours, blank = results["beritanlp.load()"], results["spacy.blank('id')"]
    print(f"beritanlp.load() after import: {ours['load']:.2f} s (target <= 1.5 s); "
          f"{ours['load'] / blank['load']:.1f}x spaCy's blank id pipeline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
