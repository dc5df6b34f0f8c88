"""Speed of the ``ner`` component alone, for one or more model folders, in one process.

Usage::

    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 python tests/benchmarks/ner_speed.py \
        [--n 300] [--rounds 3] [--chunk 20] [--batch-size 32] [MODEL ...]

Tokenizes the first ``--n`` CLICK-ID articles (title + "\\n\\n" + text) once with the news
tokenizer and loads every model. A round runs every model over all docs, interleaved chunk by
chunk (``--chunk`` articles: A B C on the first chunk, B C A on the second, ...), so that bursts of
load on a shared machine hit every model about equally; there are ``--rounds`` rounds. The first
model is the baseline (when no model is given: the shipped ``models/ner/model`` alone). For each
model it prints the median time, tokens/s and words/s (tokens
that are neither whitespace nor punctuation) and the speed-up over the baseline: the median over
rounds of (baseline seconds / model seconds) within the same round.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import time
from collections.abc import Sequence
from pathlib import Path

from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc

from beritanlp.ner.model import add_ner, default_model_path
from beritanlp.pipeline import blank

#: ``../shared/data`` beside the repository, or ``$BERITANLP_SHARED_DATA`` (as in conftest.py).
SHARED_DATA = Path(
    os.environ.get("BERITANLP_SHARED_DATA", Path(__file__).resolve().parents[2].parent / "shared"
                   / "data")
)
DATA = SHARED_DATA / "topics" / "clickid_rubrik_trainval.jsonl.gz"


def read_texts(n: int) -> list[str]:
    """Return the first ``n`` CLICK-ID articles as title + blank line + text."""
    texts: list[str] = []
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            texts.append((row.get("title") or "").strip() + "\n\n" + (row.get("text") or ""))
            if len(texts) >= n:
                break
    return texts


def time_ner(ner: TrainablePipe, docs: list[Doc], batch_size: int) -> float:
    """Seconds one ``ner.pipe`` pass over copies of ``docs`` takes."""
    fresh = [d.copy() for d in docs]  # no entities left over from an earlier pass
    start = time.perf_counter()
    for _ in ner.pipe(fresh, batch_size=batch_size):
        pass
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    """Time the models and print one line per model; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "models", nargs="*", metavar="MODEL", help="model folders; the first is the baseline"
    )
    parser.add_argument("--n", type=int, default=300, help="CLICK-ID articles (default 300)")
    parser.add_argument("--rounds", type=int, default=3, help="round-robin rounds (default 3)")
    parser.add_argument("--batch-size", type=int, default=32, help="ner.pipe batch size")
    parser.add_argument(
        "--chunk", type=int, default=20, help="articles per interleaved chunk (default 20)"
    )
    args = parser.parse_args(argv)

    models = list(args.models) or [str(default_model_path())]
    tokenizer = blank()
    docs = [tokenizer.make_doc(t) for t in read_texts(args.n)]
    n_tokens = sum(len(d) for d in docs)
    n_words = sum(1 for d in docs for t in d if not (t.is_space or t.is_punct))

    pipes: list[TrainablePipe] = []
    for model in models:
        nlp = blank()
        add_ner(nlp, model, cleanup=False)
        ner = nlp.get_pipe("ner")
        assert isinstance(ner, TrainablePipe)
        list(ner.pipe([d.copy() for d in docs[:10]]))  # warm-up
        pipes.append(ner)

    # Interleave finely: every chunk of docs is run by every model in turn (the order rotating
    # from chunk to chunk), so a burst of load from other jobs hits all models about equally.
    chunks = [docs[i : i + args.chunk] for i in range(0, len(docs), max(1, args.chunk))]
    seconds: list[list[float]] = [[] for _ in models]
    for _ in range(max(1, args.rounds)):
        totals = [0.0] * len(models)
        for c, chunk in enumerate(chunks):
            for k in range(len(pipes)):
                i = (c + k) % len(pipes)
                totals[i] += time_ner(pipes[i], chunk, args.batch_size)
        for i, total in enumerate(totals):
            seconds[i].append(total)

    print(
        f"{len(docs)} articles, {n_tokens:,} tokens, {n_words:,} words; "
        f"{args.rounds} round(s); speed-up = median of same-round baseline/model time"
    )
    for i, model in enumerate(models):
        med = statistics.median(seconds[i])
        speedup = statistics.median(b / s for b, s in zip(seconds[0], seconds[i], strict=True))
        rounds = " ".join(f"{s:.2f}" for s in seconds[i])
        print(
            f"{model}: median {med:.2f}s ({rounds}), {n_tokens / med:,.0f} tokens/s, "
            f"{n_words / med:,.0f} words/s, x{speedup:.2f} vs baseline"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
