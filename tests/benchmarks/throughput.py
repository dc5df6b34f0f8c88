"""Throughput of the full default pipeline against spaCy's blank ``id`` tokenizer alone.

Usage::

    python tests/benchmarks/throughput.py [--n 2000] [--batch-size 32] [--chunk 100]

Both run in this one process over the same articles (the first ``--n`` of CLICK-ID
``topics/clickid_rubrik_trainval.jsonl.gz``, text = title + "\\n\\n" + text), with ``nlp.pipe``
and ``n_process=1``, taking turns every ``--chunk`` articles so that load from other jobs on a
shared machine falls on both alike (``--chunk 0``: all baseline, then all full). Prints
articles/s for each, the ratio (full / tokenizer; the target in issue 4 is >= 0.15), and the
share of the full pipeline's time each component takes. Works with whatever components
``beritanlp.load()`` has when it runs. Keep BLAS to one thread
(``OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1``) for numbers comparable across machines.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import os
import time
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[2]
#: ``$BERITANLP_SHARED_DATA`` (as in conftest.py), else ``../shared/data`` beside the repository.
SHARED = Path(os.environ.get("BERITANLP_SHARED_DATA", ROOT.parent / "shared" / "data"))
DEFAULT_DATA = SHARED / "topics" / "clickid_rubrik_trainval.jsonl.gz"


def read_articles(path: Path, n: int) -> list[str]:
    """The first ``n`` articles of a (gzipped) JSONL file as ``title + "\\n\\n" + text``."""
    opener = gzip.open if path.suffix == ".gz" else open
    texts: list[str] = []
    with opener(path, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
        for line in fh:
            if len(texts) >= n:
                break
            row = json.loads(line)
            title = (row.get("title") or "").strip()
            body = row.get("text") or ""
            texts.append(f"{title}\n\n{body}" if title else body)
    return texts


def rate(nlp: spacy.language.Language, texts: list[str], batch_size: int) -> tuple[float, float]:
    """Run ``nlp.pipe`` over ``texts``; return (seconds, articles per second)."""
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    seconds = time.perf_counter() - start
    return seconds, len(texts) / seconds


def interleaved_rates(
    baseline: spacy.language.Language, full: spacy.language.Language, texts: list[str],
    batch_size: int, chunk: int,
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Time both pipelines over the same texts, taking turns chunk by chunk.

    A burst of load from other jobs on a shared machine then slows both alike, instead of
    whichever one happened to be running. The order alternates from chunk to chunk. Returns
    (seconds, articles per second) for the baseline and for the full pipeline.
    """
    spent = [0.0, 0.0]
    pair = (baseline, full)
    for k, at in enumerate(range(0, len(texts), chunk)):
        part = texts[at:at + chunk]
        for which in ((0, 1) if k % 2 == 0 else (1, 0)):
            gc.collect()  # garbage one pipeline left must not be collected on the other's time
            spent[which] += rate(pair[which], part, batch_size)[0]
    return ((spent[0], len(texts) / spent[0]), (spent[1], len(texts) / spent[1]))


def component_times(
    nlp: spacy.language.Language, texts: list[str], batch_size: int
) -> list[tuple[str, float]]:
    """Seconds spent in the tokenizer and in each component, run stage by stage."""
    start = time.perf_counter()
    docs = [nlp.make_doc(t) for t in texts]
    out = [("tokenizer", time.perf_counter() - start)]
    for name, proc in nlp.pipeline:
        start = time.perf_counter()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=batch_size))
        else:
            docs = [proc(d) for d in docs]
        out.append((name, time.perf_counter() - start))
    return out


def main() -> int:
    """Run the benchmark and print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="number of articles (2000)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--no-breakdown", action="store_true", help="skip per-component times")
    parser.add_argument("--chunk", type=int, default=100,
                        help="take turns every CHUNK articles (0: all baseline, then all full)")
    args = parser.parse_args()
    if not args.data.is_file():
        raise SystemExit(f"benchmark data not found: {args.data}")

    import beritanlp
    from beritanlp.batch import warm_up

    texts = read_articles(args.data, args.n)
    chars = sum(len(t) for t in texts)
    print(f"{len(texts)} articles, {chars:,} characters from {args.data.name}")

    t0 = time.perf_counter()
    full = beritanlp.load()
    print(f"beritanlp.load(): {time.perf_counter() - t0:.2f}s; components: {full.pipe_names}")
    baseline = spacy.blank("id")

    # Warm-up on a few articles so lazy initialisation is not timed (tables that load on first
    # use, such as the places component's desa index, through the components' warm_up hooks,
    # as the batch tagger does).
    for nlp in (baseline, full):
        for _ in nlp.pipe(texts[:20]):
            pass
    warm_up(full)

    if args.chunk > 0:
        (base_s, base_rate), (full_s, full_rate) = interleaved_rates(
            baseline, full, texts, args.batch_size, args.chunk)
    else:
        gc.collect()
        base_s, base_rate = rate(baseline, texts, args.batch_size)
        gc.collect()
        full_s, full_rate = rate(full, texts, args.batch_size)
    n_tokens = sum(len(d) for d in baseline.pipe(texts))
    print(f"baseline spacy.blank('id') tokenizer: {base_s:8.2f}s {base_rate:10.1f} articles/s")
    print(f"beritanlp.load() full pipeline:       {full_s:8.2f}s {full_rate:10.1f} articles/s"
          f"  ({n_tokens / full_s:,.0f} tokens/s)")
    ratio = full_rate / base_rate
    verdict = "met" if ratio >= 0.15 else "NOT met"
    print(f"ratio full/baseline: {ratio:.3f} (target >= 0.15: {verdict})")

    if not args.no_breakdown:
        times = component_times(full, texts, args.batch_size)
        total = sum(s for _, s in times)
        print("time per stage (run stage by stage):")
        for name, seconds in times:
            print(f"  {name:<24} {seconds:8.2f}s {100 * seconds / total:5.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
