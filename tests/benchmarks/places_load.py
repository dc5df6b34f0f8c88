"""Load-time and throughput benchmark for the places and dates components.

Usage::

    python tests/benchmarks/places_load.py [N_DOCS]

Prints, in one process: the baseline (a blank beritanlp pipeline: spaCy + tokenizer), the
full ``beritanlp.load()``, the gazetteer build (first use) and per-document times of the places
and dates components against the tokenizer alone on the seed article, as ratios. Nothing is
asserted: timings depend on the machine.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("BERITANLP_SHARED_DATA", ROOT.parent / "shared" / "data"))
SEED = SHARED / "seed" / "spi_pangkalpinang_2024.txt"
TEXT = SEED.read_text("utf-8") if SEED.exists() else (
    "Wali Kota Bogor meninjau banjir di Kabupaten Bogor, Jawa Barat, Kamis (16/5/2024). "
    "Pemerintah Indonesia menyiapkan bantuan bersama Pemprov Jabar. " * 10)


def main(argv: list[str]) -> None:
    n = int(argv[1]) if len(argv) > 1 else 50
    t0 = time.perf_counter()
    import spacy  # noqa: F401

    t_spacy = time.perf_counter() - t0
    from beritanlp.pipeline import blank, load

    t0 = time.perf_counter()
    base = blank()
    t_blank = time.perf_counter() - t0
    t0 = time.perf_counter()
    nlp = load()
    t_load = time.perf_counter() - t0
    print(f"import spacy {t_spacy:.3f}s (not counted below)")
    print(f"baseline blank pipeline {t_blank:.3f}s; beritanlp.load() {t_load:.3f}s "
          f"({t_load / t_blank:.1f}x baseline), components {nlp.pipe_names}")

    from beritanlp.lexicons.regions import default_gazetteer
    from beritanlp.rules.places import extract_places

    t0 = time.perf_counter()
    gaz = default_gazetteer()
    t_gaz = time.perf_counter() - t0
    t0 = time.perf_counter()
    _ = gaz.desa  # builds the desa index
    t_desa = time.perf_counter() - t0
    print(f"gazetteer first use {t_gaz:.3f}s ({t_gaz / t_blank:.2f}x baseline); "
          f"desa index on first desa cue {t_desa:.3f}s")

    docs = [base.make_doc(TEXT) for _ in range(n)]
    t0 = time.perf_counter()
    for _ in range(n):
        base.make_doc(TEXT)
    t_tok = (time.perf_counter() - t0) / n
    results = {}
    for name in ("beritanlp_places", "beritanlp_dates"):
        if name not in nlp.pipe_names:
            continue
        comp = nlp.get_pipe(name)
        t0 = time.perf_counter()
        for doc in docs:
            comp(doc)
        results[name] = (time.perf_counter() - t0) / n
    for name, per_doc in results.items():
        print(f"{name}: {per_doc * 1000:.2f} ms/doc ({per_doc / t_tok:.1f}x the tokenizer, "
              f"{t_tok * 1000:.2f} ms/doc)")
    t0 = time.perf_counter()
    for _ in range(n):
        extract_places(TEXT, gaz)
    print(f"pure extract_places: {(time.perf_counter() - t0) / n * 1000:.2f} ms/doc")


if __name__ == "__main__":
    main(sys.argv)
