"""Agency component: load time and throughput against a tokenizer-only baseline (same process).

Run: python tests/benchmarks/bench_agencies.py [N_DOCS]
Texts are synthetic news-style sentences written for this benchmark; timings are printed, never
asserted.
"""

from __future__ import annotations

import sys
import time

import beritanlp.components.agencies  # noqa: F401
from beritanlp.pipeline import blank

SENTENCES = [
    "Komisi Pemberantasan Korupsi (KPK) memeriksa pejabat Pemkab Sleman terkait pengadaan.",
    "Kepala Dinas Pertanian Kabupaten Blora membagikan bibit jagung kepada petani.",
    "Rapat Komisi IV DPR RI dengan Kementan berlangsung hingga malam di Senayan.",
    "BPBD Garut mengirim tenda, sementara Polres Garut menutup jalan yang longsor.",
    "Harga beras di pasar induk naik tipis menurut pedagang yang ditemui pagi ini.",
]


def main(n_docs: int = 400) -> None:
    """Print load time and docs/s for the agency component against tokenization alone."""
    texts = [" ".join(SENTENCES[i % 5 :] + SENTENCES[: i % 5]) for i in range(n_docs)]
    t0 = time.perf_counter()
    nlp = blank()
    t1 = time.perf_counter()
    nlp.add_pipe("beritanlp_agencies")
    t2 = time.perf_counter()
    print(f"blank pipeline {t1 - t0:.3f}s; agencies component init {t2 - t1:.3f}s")
    start = time.perf_counter()
    for text in texts:
        nlp.make_doc(text)
    base = time.perf_counter() - start
    start = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    full = time.perf_counter() - start
    print(f"tokenizer only: {n_docs / base:.0f} docs/s; with agencies: {n_docs / full:.0f} docs/s; "
          f"ratio {full / base:.1f}x the baseline time")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 400)
