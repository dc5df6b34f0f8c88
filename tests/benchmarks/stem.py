"""Stemming throughput: beritanlp vs PySastrawi's own ``stem()``, in one run.

Reads CLICK-ID articles (``../shared/data/topics/clickid_rubrik_trainval.jsonl.gz``), then

1. PySastrawi, fresh (cold) stemmer: ``stemmer.stem(text)`` per article (whole strings, no
   offsets, numbers mangled);
2. ``beritanlp.stem`` itself (fresh cache, root dictionary reloaded): a stem, character
   offsets and the protection flag for every token, as columns of a ``StemmedTokens``
   sequence whose token dicts (and stopword flags) are built on first use; the time to build
   every dict is measured too;
3. the spaCy stemming pipeline (news tokenizer + sentences + ``beritanlp_stemmer``, fresh cache)
   with ``nlp.pipe``, stems on ``token._.stem``;
4. spaCy's blank ``id`` tokenizer alone on the same texts (the floor any spaCy pipeline pays).

It checks that beritanlp's stems equal PySastrawi's on every unprotected word (both paths), and
prints words/s for each and the ratios (wall clock, and CPU time of the process for the main
ratio, which is steadier on a shared machine). Words are tokens with at least one letter; the
agreement check covers the tokens PySastrawi reads as one word with a Latin letter (it turns
"70,55" into two words and symbols such as mojibake into nothing, where beritanlp keeps the
token).

With ``--mode improved`` paths 2 and 3 use the improved stemming mode (its tables are loaded
inside the timed part, like the root dictionary); its stems differ from PySastrawi's by design,
so instead of checking agreement the benchmark prints how many unprotected words get a
different stem.

Usage::

    python tests/benchmarks/stem.py [--limit N] [--mode sastrawi|improved]
    # N articles (default 3000; 0 = all 18,434)
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
from pathlib import Path
from typing import Any

#: ``$BERITANLP_SHARED_DATA`` (as in conftest.py), else ``../shared/data`` beside the repository.
SHARED = Path(os.environ.get("BERITANLP_SHARED_DATA",
                             Path(__file__).resolve().parents[2].parent / "shared" / "data"))
DATA = SHARED / "topics" / "clickid_rubrik_trainval.jsonl.gz"


def read_texts(limit: int, path: Path = DATA) -> list[str]:
    """Article texts (headline, blank line, body)."""
    texts = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            texts.append(f"{row['title']}\n\n{row['text']}" if row.get("title") else row["text"])
            if limit and len(texts) >= limit:
                break
    return texts


def _comparable(token: str) -> bool:
    """PySastrawi reads the token as a single word containing a Latin letter."""
    normalised = re.sub(r"[^a-z0-9 -]", " ", token.lower()).split()
    return len(normalised) == 1 and re.search("[a-z]", normalised[0]) is not None


def _agreement(docs: list[list[tuple[str, str, int, bool]]], sastrawi: Any
               ) -> tuple[int, list[tuple[str, str, str]]]:
    """Unprotected words compared with PySastrawi, and the (word, ours, theirs) that differ."""
    checked = 0
    examples: list[tuple[str, str, str]] = []
    for rows in docs:
        for text, stem, _, is_protected in rows:
            if is_protected or not _comparable(text):
                continue
            checked += 1
            expected = sastrawi.stem(text)
            if stem != expected:
                examples.append((text, stem, expected))
    return checked, examples


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=3000, help="articles (0 = all)")
    parser.add_argument("--mode", choices=["sastrawi", "improved"], default="sastrawi",
                        help="stemming mode of beritanlp (default sastrawi)")
    parser.add_argument("--data", type=Path, default=DATA,
                        help="clickid_rubrik_trainval.jsonl.gz (default: ../shared/data/...)")
    return parser.parse_args()


def main() -> int:
    """Run the benchmark and print the numbers."""
    args = _arguments()
    if not args.data.exists():
        print(f"shared data not found: {args.data}", file=sys.stderr)
        return 2
    texts = read_texts(args.limit, args.data)

    import spacy
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    from beritanlp import api
    from beritanlp.pipeline import load_stemmer
    from beritanlp.stemming.stemmer import shared_core, shared_improved

    # 1. PySastrawi cold (wall clock, and CPU time of this process: the machine may be shared).
    t0, c0 = time.perf_counter(), time.process_time()
    sastrawi = StemmerFactory().create_stemmer()
    for text in texts:
        sastrawi.stem(text)
    t_sastrawi, c_sastrawi = time.perf_counter() - t0, time.process_time() - c0

    # 2. beritanlp.stem itself, cold: no stem cache, root dictionary read again. It returns
    # StemmedTokens whose dicts are built on first use; 2b builds every one of them.
    api.default_stem_table.cache_clear()
    shared_core.cache_clear()
    shared_improved.cache_clear()
    t0, c0 = time.perf_counter(), time.process_time()
    fast = [api.stem(text, mode=args.mode) for text in texts]
    t_fast, c_fast = time.perf_counter() - t0, time.process_time() - c0
    t0, c0 = time.perf_counter(), time.process_time()
    for tokens in fast:
        tokens.build()
    t_dicts, c_dicts = time.perf_counter() - t0, time.process_time() - c0
    fast_words = sum(1 for toks in fast for t in toks if any(c.isalpha() for c in t["text"]))

    # 3. the spaCy stemming pipeline, fresh cache.
    shared_core.cache_clear()
    shared_improved.cache_clear()
    t0 = time.perf_counter()
    nlp = load_stemmer(args.mode)
    docs = []
    n_words = 0
    for doc in nlp.pipe(texts, batch_size=64):
        rows = [(t.text, t._.stem, t.idx, t._.protected) for t in doc]
        n_words += sum(1 for text, _, _, _ in rows if any(c.isalpha() for c in text))
        docs.append(rows)
    t_ours = time.perf_counter() - t0

    # 4. spaCy's blank tokenizer alone.
    blank = spacy.blank("id")
    t0 = time.perf_counter()
    for _ in blank.pipe(texts, batch_size=64):
        pass
    t_tok = time.perf_counter() - t0

    # Agreement on unprotected words (PySastrawi's cache is warm now).
    rows_fast = [[(t["text"], t["stem"], t["start"], t["protected"]) for t in toks]
                 for toks in fast]
    checked, examples = _agreement(docs + rows_fast, sastrawi)
    disagree = len(examples)

    print(f"mode                      {args.mode}")
    print(f"articles                  {len(texts)}")
    print(f"words (tokens w/ letters) {n_words}")
    print(f"PySastrawi stem() cold    {n_words / t_sastrawi:>10.0f} words/s  ({t_sastrawi:.1f} s)")
    print(f"beritanlp.stem (offsets)  {fast_words / t_fast:>10.0f} words/s  ({t_fast:.1f} s)")
    print(f"spaCy stemming pipeline   {n_words / t_ours:>10.0f} words/s  ({t_ours:.1f} s,"
          " includes pipeline load)")
    print(f"spaCy blank id tokenizer  {n_words / t_tok:>10.0f} words/s  ({t_tok:.1f} s)")
    print(f"beritanlp.stem + all dicts{fast_words / (t_fast + t_dicts):>10.0f} words/s  "
          f"({t_fast + t_dicts:.1f} s)")
    target = 2 if args.mode == "sastrawi" else 1
    print(f"ratio beritanlp.stem / PySastrawi cold       {t_sastrawi / t_fast:.2f}  "
          f"(target >= {target}; CPU time {c_sastrawi / c_fast:.2f})")
    print(f"  ... with every token dict built            {t_sastrawi / (t_fast + t_dicts):.2f}"
          f"  (CPU time {c_sastrawi / (c_fast + c_dicts):.2f})")
    print(f"ratio stemming pipeline / bare tokenizer     {t_tok / t_ours:.3f}")
    print(f"ratio stemming pipeline / PySastrawi cold    {t_sastrawi / t_ours:.2f}")
    print(f"agreement on unprotected words (both paths)  {checked - disagree}/{checked}"
          f" ({disagree} disagree)")
    for text, ours, theirs in examples[:5]:
        print(f"  disagree: {text!r} beritanlp {ours!r} PySastrawi {theirs!r}")
    if args.mode != "sastrawi":
        print("  (the improved mode differs from PySastrawi by design)")
        return 0
    return 1 if disagree else 0


if __name__ == "__main__":
    sys.exit(main())
