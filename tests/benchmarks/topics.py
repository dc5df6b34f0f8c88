"""Topic model benchmark: prediction rate, load time and size on disk of the shipped model.

Measured on one core (BLAS threads pinned to 1) on the first N CLICK-ID articles (default 5,000;
text = title + blank line + text) from ``../shared/data``:

* predictions/s of the vectorised ``predict_proba`` on already tokenised articles (features,
  hashing, TF-IDF, scores, calibration; tokenisation excluded). Target >= 2,000/s.
  Baseline in the same process: the same articles predicted one call per article; the ratio
  batch / one-by-one is printed. The rate including tokenisation is printed for information.
* load time of ``models/topics-rubrik`` (first load, and the median of 5 further loads).
  Target <= 0.5 s.
* model size on disk (all files in the folder). Target <= 25 MB.
* for information, the cost per article of what the spaCy component does: ``predict_proba`` on
  raw texts in batches of 32 (tokenisation included).

Usage::

    python tests/benchmarks/topics.py [--n 5000] [--model DIR]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from importlib.resources import as_file  # noqa: E402
from pathlib import Path  # noqa: E402

from beritanlp.topics.classifier import load_classifier, tokenize  # noqa: E402
from beritanlp.topics.shipped import default_model_path  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(os.environ.get("BERITANLP_SHARED_DATA", ROOT.parent / "shared" / "data"))
CLICKID = DATA / "topics" / "clickid_rubrik_trainval.jsonl.gz"

TARGET_RATE = 2000.0
TARGET_LOAD = 0.5
TARGET_SIZE_MB = 25.0


def read_articles(n: int) -> list[str]:
    """The first ``n`` CLICK-ID articles as title + blank line + text."""
    texts: list[str] = []
    with gzip.open(CLICKID, "rt", encoding="utf-8") as handle:
        for line in handle:
            if len(texts) >= n:
                break
            rec = json.loads(line)
            title, text = rec.get("title") or "", rec.get("text") or ""
            texts.append(f"{title}\n\n{text}" if title else text)
    return texts


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=5000, help="articles (default 5000)")
    parser.add_argument("--model", default=None, help="model folder (default: shipped model)")
    args = parser.parse_args()
    if not CLICKID.is_file():
        print(f"shared data not found at {CLICKID}; nothing to measure", file=sys.stderr)
        return 1

    with as_file(default_model_path()) as shipped:
        folder = Path(args.model) if args.model else Path(shipped)
        size = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
        started = time.perf_counter()
        model = load_classifier(folder)
        first_load = time.perf_counter() - started
        loads = []
        for _ in range(5):
            started = time.perf_counter()
            load_classifier(folder)
            loads.append(time.perf_counter() - started)

    texts = read_articles(args.n)
    started = time.perf_counter()
    words = [tokenize(t) for t in texts]
    tokenise_s = time.perf_counter() - started

    model.proba_from_features(model.transform_words(words[:50]))  # warm-up
    started = time.perf_counter()
    batch = model.proba_from_features(model.transform_words(words))
    batch_s = time.perf_counter() - started

    started = time.perf_counter()
    single = [model.proba_from_features(model.transform_words([w]))[0] for w in words]
    single_s = time.perf_counter() - started
    assert all((row == batch[i]).all() for i, row in enumerate(single)), "batch != one-by-one"

    # What the pipeline component does per batch of 32 docs: tokenise doc.text, then predict.
    started = time.perf_counter()
    for start in range(0, len(texts), 32):
        model.predict_proba(texts[start : start + 32])
    component_s = time.perf_counter() - started

    n = len(texts)
    rate, single_rate = n / batch_s, n / single_s
    with_tok = n / (batch_s + tokenise_s)
    aware = f", {len(model.domains)} training domains (predicted)" if model.domains else ""
    print(f"model: {folder} ({len(model.labels)} labels, {len(model.columns):,} features{aware})")
    print(f"articles: {n} (mean {sum(map(len, texts)) / n:,.0f} characters)")
    print(f"predict (vectorised, excl. tokenisation): {rate:,.0f} articles/s "
          f"[target >= {TARGET_RATE:,.0f}: {verdict(rate >= TARGET_RATE)}]")
    print(f"  baseline one call per article:        {single_rate:,.0f} articles/s; "
          f"ratio vectorised / baseline = {rate / single_rate:.1f}x")
    print(f"  incl. tokenisation (tokenize):         {with_tok:,.0f} articles/s "
          f"(tokenisation alone {n / tokenise_s:,.0f}/s)")
    print(f"  component-sized batches of 32 texts, incl. tokenisation: "
          f"{n / component_s:,.0f} articles/s ({component_s / n * 1e3:.2f} ms/article)")
    print(f"load time: first {first_load:.3f} s, median of 5 {statistics.median(loads):.3f} s "
          f"[target <= {TARGET_LOAD} s: {verdict(max(first_load, *loads) <= TARGET_LOAD)}; "
          f"ratio to target {statistics.median(loads) / TARGET_LOAD:.2f}]")
    print(f"size on disk: {size / 2**20:.1f} MB [target <= {TARGET_SIZE_MB:.0f} MB: "
          f"{verdict(size / 2**20 <= TARGET_SIZE_MB)}; ratio to target "
          f"{size / 2**20 / TARGET_SIZE_MB:.2f}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
