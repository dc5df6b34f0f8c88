"""Pathological inputs through the full pipeline: seconds per 100 k characters at 50 k/100 k/200 k.

Run: OMP_NUM_THREADS=1 python tests/benchmarks/pathological.py [--sizes 50000 100000 200000]
[--rounds 3]

Each pattern is built to exactly N characters and analysed once per size and round in this
process (after one warm-up article), all patterns and sizes taking turns within a round; the
fastest round counts, so that the ratios are comparable on a loaded machine. A linear pattern
has about the same seconds per 100 k characters at every size.
Patterns: the README's limitations (long runs without a space: separator lines and data blobs;
a "sentence" without any break) and the inputs of issue 18 (one 501-character run inside an
ordinary text; score sentences with numbers beyond 2**64), and runs of "." that end no sentence
(split_sentences was quadratic on them). The ordinary text is an invented
news paragraph (written for this script), repeated. Timings are printed, never asserted.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import beritanlp

PARAGRAPH = (
    "Pemerintah Kota Bandung menerima hasil Survei Penilaian Integritas (SPI) dari Komisi "
    "Pemberantasan Korupsi (KPK) dengan nilai 72,4 pada Senin (3/6/2024). Wali Kota Bandung "
    "mengatakan nilai itu menjadi bahan evaluasi bagi seluruh dinas. Menurut dia, pelayanan "
    "perizinan dan pengadaan barang masih perlu dibenahi agar warga merasakan perubahan.\n\n"
)
OVERFLOW = ("Nilai SPI Kota Bandung 99999999999999999999. "
            "Nilai MCP Kota Bandung 1.000.000.000.000.000.000.000. ")


def _fill(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _with_run(n: int) -> str:
    half = _fill(PARAGRAPH, n)[: n // 2]
    run = "=" * 501
    return half + "\n" + run + "\n" + _fill(PARAGRAPH, n - len(half) - len(run) - 2)


PATTERNS: dict[str, Callable[[int], str]] = {
    "ordinary text": lambda n: _fill(PARAGRAPH, n),
    "ordinary text + one 501-char run": _with_run,
    "separator lines (8,000 '=' each)": lambda n: _fill("=" * 8_000 + "\n", n),
    "data blob (one run, letters and digits)": lambda n: _fill("aGVsbG8xMjM0NTY3ODkw", n),
    "no sentence break (words, no period)": lambda n: _fill("nilai indeks kota naik ", n),
    "score sentences, numbers > 2**64": lambda n: _fill(OVERFLOW, n),
    "runs of 20,000 '.' ending no sentence": lambda n: _fill("nilai" + "." * 20_000 + " naik\n", n),
    "'Index' then capitalised words": lambda n: ("Index naik. " + _fill("Warga Desa ", n))[:n],
    "one metric definition repeated": lambda n: _fill("Indeks Pembangunan (IPMN) naik. ", n),
    "'nilai X 75,' repeated (long sentences of values)": lambda n: _fill("nilai X 75, ", n),
    "a defined index, then lower-case variants": lambda n: (
        "Indeks Kepuasan Warga (IKW) naik. " + _fill("indeks kepuasan warga desa 3,9 ", n))[:n],
    "stop and comma runs ('.,,,') before lowercase": lambda n: _fill("naik." + ",," * 500 + "x ",
                                                                      n),
    "survey cited, then 'dari 1% menjadi 2%' pairs": lambda n: (
        "Berdasarkan survei warga, " + _fill("menekan kasus dari 1% menjadi 2%, ", n))[:n],
    "a rate's group pairs after an indicator": lambda n: (
        "Prevalensi perokok naik dari 3% menjadi 4%. " + _fill("perokok muda dari 1% menjadi 2%, ",
                                                               n))[:n],
    "'Name atau ACR' definitions repeated": lambda n: _fill(
        "Indeks Mutu Warga atau IMW naik 3,5 dan ", n),
    "standings ('urutan ke-7 dengan 31 poin') in one sentence": lambda n: _fill(
        "di urutan ke-7 dengan 31 poin, ", n),
    "a poll's respondents' and answer shares, no sentence break": lambda n: (
        "Survei Lembaga Cakrawala dirilis. " + _fill(
            "sebanyak 64 persen responden setuju dan 30 persen tidak setuju, ", n))[:n],
    "events and finishing places, no sentence break": lambda n: _fill(
        "MotoGP Lembah Raya dan Piala Nusa lalu finis di urutan ke-8 dan ", n),
    "a per-group list in one long sentence": lambda n: (
        "Indeks Kepuasan Warga (IKW) naik. IKW " + _fill("warga desa sebesar 3,61; ", n))[:n],
    "many indicators, each with a pair": lambda n: _fill(
        "prevalensi perokok dari 1% menjadi 2%, ", n),
    "a ranking intro, then a long rank-only glued list": lambda n: (
        "Berikut daftar kota terbaik versi Indeks Kota Hijau (IKH) 2024:," + _fill(
            "1. Kota Alfa,2. Kota Beta,3. Kota Gama,", n))[:n],
}


def main() -> None:
    """Print seconds per 100 k characters per pattern and size, then the issue's ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50_000, 100_000, 200_000])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    nlp = beritanlp.load()
    beritanlp.analyze(PARAGRAPH, nlp=nlp)  # warm-up
    seconds: dict[tuple[str, int], float] = {}
    for _ in range(args.rounds):
        for name, make in PATTERNS.items():
            for n in args.sizes:
                text = make(n)
                assert len(text) == n
                start = time.perf_counter()
                record = beritanlp.analyze(text, nlp=nlp)
                took = time.perf_counter() - start
                assert record.error is None, record.error
                seconds[name, n] = min(took, seconds.get((name, n), took))
    print(f"{'pattern':42s}" + "".join(f"{n // 1000:>9d}k" for n in args.sizes)
          + f"   (seconds per 100k characters, fastest of {args.rounds} rounds)")
    for name in PATTERNS:
        print(f"{name:42s}" + "".join(f"{seconds[name, n] / n * 100_000:10.2f}"
                                      for n in args.sizes))
    big = max(args.sizes)
    ratio = seconds["ordinary text + one 501-char run", big] / seconds["ordinary text", big]
    print(f"\n{big // 1000}k characters with one 501-character run / without: {ratio:.2f}")
    for name in PATTERNS:
        small, large = min(args.sizes), max(args.sizes)
        growth = (seconds[name, large] / large) / (seconds[name, small] / small)
        print(f"per-character time at {large // 1000}k / at {small // 1000}k, {name}: {growth:.2f}")


if __name__ == "__main__":
    main()
