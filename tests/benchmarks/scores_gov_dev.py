"""Run the pure scores core over a facts JSONL file and write predictions for score_facts.py.

Usage::

    python tests/benchmarks/scores_gov_dev.py [GOLD.jsonl] [PRED.jsonl]
    python /work/shared/tools/score_facts.py GOLD.jsonl PRED.jsonl

Defaults: ../shared/data/facts/gov_dev.jsonl -> /tmp/beritanlp_scores_pred.jsonl. Each article
is ``title + "\\n\\n" + text`` (the record convention). Only ``scores`` is predicted here; the
other lists stay empty (the full pipeline fills them). Also prints the seed's scores.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import MetricIndex, find_scores
from beritanlp.text.numbers import find_numbers

METRICS = MetricIndex(load_metric_rules())

ROOT = Path(__file__).resolve().parents[2]
#: ``$BERITANLP_SHARED_DATA`` (as in conftest.py), else ``../shared/data`` beside the repository.
SHARED = Path(os.environ.get("BERITANLP_SHARED_DATA", ROOT.parent / "shared" / "data"))


def main(argv: list[str]) -> int:
    gold = Path(argv[1]) if len(argv) > 1 else SHARED / "facts" / "gov_dev.jsonl"
    out = Path(argv[2]) if len(argv) > 2 else Path("/tmp/beritanlp_scores_pred.jsonl")
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line]
    t0 = time.perf_counter()
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            text = (row.get("title") or "").strip() + "\n\n" + (row.get("text") or "")
            scores = [s.to_dict() for s in find_scores(text, rules=METRICS)]
            fh.write(json.dumps({"id": row["id"], "scores": scores}, ensure_ascii=False) + "\n")
    dt = time.perf_counter() - t0
    print(f"{len(rows)} articles in {dt:.2f}s -> {out}")
    texts = [(r.get("title") or "").strip() + "\n\n" + (r.get("text") or "") for r in rows]
    chars = sum(map(len, texts))
    t0 = time.perf_counter()
    for t in texts:
        find_numbers(t)
    base = time.perf_counter() - t0
    t0 = time.perf_counter()
    for t in texts:
        find_scores(t, rules=METRICS)
    core = time.perf_counter() - t0
    print(f"throughput: find_numbers (baseline) {chars / base:,.0f} chars/s, find_scores "
          f"{chars / core:,.0f} chars/s, ratio scores/numbers time {core / base:.2f}x")
    seed = SHARED / "seed" / "spi_pangkalpinang_2024.txt"
    if seed.exists():
        for s in find_scores(seed.read_text(encoding="utf-8"), rules=METRICS):
            print("seed:", s.metric, s.value, s.kind, s.subject, s.year)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
