"""Speed of the ``ner`` component alone, for one or more model folders.

Usage::

    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 python tests/benchmarks/ner_speed.py [MODEL ...]

Tokenizes the first 300 CLICK-ID articles (title + "\\n\\n" + text) once with the news tokenizer,
then times ``ner.pipe`` over them for each model (default: the shipped ``models/ner/model``) and
prints tokens/s. Models are timed one after the other in this process; list one twice to see the
noise of a shared machine.
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

from beritanlp.ner.model import add_ner, default_model_path
from beritanlp.pipeline import blank

DATA = (
    Path(__file__).resolve().parents[2].parent
    / "shared" / "data" / "topics" / "clickid_rubrik_trainval.jsonl.gz"
)


def main(models: list[str]) -> int:
    texts: list[str] = []
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            texts.append((row.get("title") or "").strip() + "\n\n" + (row.get("text") or ""))
            if len(texts) >= 300:
                break
    for model in models or [str(default_model_path())]:
        nlp = blank()
        add_ner(nlp, model, cleanup=False)
        docs = [nlp.make_doc(t) for t in texts]
        ner = nlp.get_pipe("ner")
        list(ner.pipe(docs[:10]))  # warm-up
        start = time.perf_counter()
        list(ner.pipe(docs, batch_size=32))
        seconds = time.perf_counter() - start
        n_tokens = sum(len(d) for d in docs)
        print(f"{model}: {seconds:.2f}s, {n_tokens / seconds:,.0f} tokens/s ({len(docs)} articles)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
