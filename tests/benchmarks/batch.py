"""Batch tagging throughput and memory: 1 vs 2 worker processes on the same CLICK-ID articles.

Runs ``beritanlp.batch.tag_file`` twice in one process on the first N articles (default 4,000)
of ``../shared/data/topics/clickid_rubrik_trainval.jsonl.gz`` (text = title + blank line + text),
first with ``n_process=1`` (the baseline), then with ``n_process=2``, and prints

* articles/s overall and after the first batch ("steady": pipeline loading left out),
* the ratio 2 processes / 1 process (target >= 1.8),
* per worker: resident memory after its first batch, at the end, peak, and the growth between
  the first batch and the end (target <= 10 %),
* whether both runs wrote identical output.

The articles are copied to a temporary JSONL (deleted afterwards; nothing is kept).

Usage::

    python tests/benchmarks/batch.py [--n 4000] [--batch-size 64] [--exclude COMPONENT ...]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import tempfile
from pathlib import Path

from beritanlp.batch import PipelineSpec, TagSummary, tag_file
from beritanlp.pipeline import component_names

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(os.environ.get("BERITANLP_SHARED_DATA", ROOT.parent / "shared" / "data"))
CLICKID = DATA / "topics" / "clickid_rubrik_trainval.jsonl.gz"


def write_input(path: Path, n: int) -> int:
    """Copy the first ``n`` CLICK-ID articles as {id, title, text}; returns the count."""
    count = 0
    with gzip.open(CLICKID, "rt", encoding="utf-8") as src, open(path, "w",
                                                                    encoding="utf-8") as dst:
        for line in src:
            if count >= n:
                break
            rec = json.loads(line)
            dst.write(json.dumps({"id": rec["id"], "title": rec.get("title") or "",
                                  "text": rec.get("text") or ""}, ensure_ascii=False) + "\n")
            count += 1
    return count


def mb(n: int) -> str:
    return f"{n / 2**20:.0f} MB"


def report(label: str, s: TagSummary) -> None:
    print(f"{label}: {s.written} records, {s.errors} errors in {s.seconds:.1f} s: "
          f"{s.articles_per_second:.2f} articles/s overall, "
          f"{s.steady_articles_per_second:.2f} articles/s after the first batch "
          f"(first batch at {s.first_batch_seconds:.1f} s)")
    for pid, mem in sorted(s.workers.items()):
        print(f"  worker {pid}: {mem.batches} batches, RSS after first batch {mb(mem.first)}, "
              f"at end {mb(mem.last)}, peak {mb(mem.peak)}, growth {100 * mem.growth:+.1f} %; "
              f"{1000 * mem.cpu_per_article:.1f} CPU ms/article")
    busy = sum(m.cpu_last - m.cpu_first for m in s.workers.values())
    span = s.seconds - s.first_batch_seconds
    if span > 0:
        print(f"  CPU after the first batch: {busy:.1f} s in {span:.1f} s wall "
              f"= {busy / span:.2f} cores busy")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=4_000, help="articles (default 4000)")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--exclude", action="append", default=[],
                        help="pipeline component to leave out (repeatable)")
    args = parser.parse_args()
    if not CLICKID.exists():
        print(f"shared data not found: {CLICKID}", file=sys.stderr)
        return 2
    spec = PipelineSpec(exclude=tuple(args.exclude))
    print(f"pipeline: {[c for c in component_names() if c not in args.exclude]}")
    print(f"cpus: {os.cpu_count()}, load average before: {os.getloadavg()}")
    with tempfile.TemporaryDirectory() as tmp:
        inp = Path(tmp) / "clickid.jsonl"
        n = write_input(inp, args.n)
        print(f"{n} CLICK-ID articles, {inp.stat().st_size / 2**20:.1f} MB of JSONL, "
              f"batch size {args.batch_size}")
        runs = {}
        for n_process in (1, 2):
            out = Path(tmp) / f"out{n_process}.jsonl"
            before = os.times()
            runs[n_process] = tag_file(inp, out, spec=spec, n_process=n_process,
                                       batch_size=args.batch_size, progress=False)
            after = os.times()
            report(f"n_process={n_process}", runs[n_process])
            if n_process > 1:  # reading, validating, ordering and writing in the parent
                parent = (after.user - before.user) + (after.system - before.system)
                print(f"  parent process: {parent:.1f} CPU s "
                      f"({1000 * parent / max(1, runs[n_process].written):.2f} ms/article)")
        same = (Path(tmp) / "out1.jsonl").read_bytes() == (Path(tmp) / "out2.jsonl").read_bytes()
    one, two = runs[1], runs[2]
    print(f"ratio 2/1 overall: {two.articles_per_second / one.articles_per_second:.2f}, "
          f"after the first batch: "
          f"{two.steady_articles_per_second / one.steady_articles_per_second:.2f} "
          f"(target >= 1.8)")
    growth = max(m.growth for s in runs.values() for m in s.workers.values())
    print(f"largest RSS growth of a worker: {100 * growth:+.1f} % (target <= 10 %)")
    print(f"outputs identical: {same}")
    print(f"load average after: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
