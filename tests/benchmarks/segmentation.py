"""The place and officials rule cores with one shared segmentation against their own tokenizers.

Run: python tests/benchmarks/segmentation.py [--n 2000] [--rounds 6] [--old-commit 519c889]

Each timing is the CPU time (``time.process_time``) of the fastest of 3 runs.

"old" runs the cores as they were at ``--old-commit``: the officials tokenizer and the place
rules' ``Words`` are read from that commit with ``git show`` and put in place of the shared
segmentation (everything else in the cores is the same code). "new" runs the current code,
where both cores read ``text.words.segment``. Rounds alternate old/new in one process over the
first N CLICK-ID articles (title, blank line, body; shared data). Prints seconds per round and
the median ratio old/new (above 1: the new code is faster) and the ratio of the best rounds, for
the two cores together and for the segmentation alone (old: the letter words and the officials
tokens; new: the shared segmentation, its letter-word view and the officials tokens). Timings
are printed, never asserted.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import time
import timeit
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

from beritanlp.lexicons import Lexicons
from beritanlp.rules.officials import context as officials_context
from beritanlp.rules.officials import extract_officials, officials_tables
from beritanlp.rules.officials.tokens import tokenize
from beritanlp.rules.places import find as places_core
from beritanlp.rules.places import find_places
from beritanlp.text.words import segment

ROOT = Path(__file__).resolve().parents[2]
#: ``$BERITANLP_SHARED_DATA``, else the first ``shared/data`` beside a folder above this one.
SHARED = Path(os.environ.get("BERITANLP_SHARED_DATA") or next(
    (p / "shared" / "data" for p in ROOT.parents if (p / "shared" / "data").is_dir()),
    ROOT.parent / "shared" / "data"))


def old_module(commit: str, path: str, name: str) -> types.ModuleType:
    """The module at ``path`` as it was at ``commit`` (it must import nothing from beritanlp)."""
    source = subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:{path}"],
                            check=True, capture_output=True, text=True).stdout
    module = types.ModuleType(name)
    sys.modules[name] = module  # dataclass/NamedTuple creation looks the module up
    exec(compile(source, f"{commit}:{path}", "exec"), module.__dict__)  # noqa: S102
    return module


def read_texts(n: int) -> list[str]:
    """The first ``n`` CLICK-ID articles."""
    texts = []
    with gzip.open(SHARED / "topics" / "clickid_rubrik_trainval.jsonl.gz", "rt") as handle:
        for line in handle:
            row = json.loads(line)
            texts.append(f"{row['title']}\n\n{row['text']}")
            if len(texts) >= n:
                break
    return texts


def timed(run: Callable[[], Any], repeat: int = 3) -> float:
    """CPU seconds of the fastest of ``repeat`` calls of ``run``.

    Process CPU time, not wall time: on a shared machine the wall clock also counts the time
    other processes hold the CPU.
    """
    return min(timeit.repeat(run, timer=time.process_time, number=1, repeat=repeat))


def main() -> None:
    """Alternate old and new rounds; print per-round times and the median ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--old-commit", default="519c889")
    args = parser.parse_args()
    old_tokens = old_module(args.old_commit, "src/beritanlp/rules/officials/tokens.py",
                            "_old_officials_tokens")
    old_words = old_module(args.old_commit, "src/beritanlp/text/words.py", "_old_text_words")
    texts = read_texts(args.n)
    lexicons = Lexicons()
    tables, gazetteer = officials_tables(lexicons), lexicons.gazetteer
    new_tokenize, new_segment = officials_context.tokenize, places_core.segment

    def old_segment(text: str) -> Any:
        return types.SimpleNamespace(words=old_words.Words(text))

    def use(old: bool) -> None:
        officials_context.tokenize = old_tokens.tokenize if old else new_tokenize
        places_core.segment = old_segment if old else new_segment

    def cores() -> None:
        for text in texts:
            find_places(text, gazetteer)
            extract_officials(text, tables)

    def split_old() -> None:
        for text in texts:
            old_words.Words(text)
            old_tokens.tokenize(text)

    def split_new() -> None:
        for text in texts:
            segment(text).words  # noqa: B018
            tokenize(text)

    use(old=False)
    cores()  # warm up: tables, caches of the cores
    ratios, split_ratios = [], []
    best = {"cores old": 1e9, "cores new": 1e9, "split old": 1e9, "split new": 1e9}
    for r in range(args.rounds):
        times = {}
        for old in ((True, False) if r % 2 == 0 else (False, True)):  # alternate the order
            use(old=old)
            times[old] = timed(cores)
        use(old=False)
        t_old, t_new = times[True], times[False]
        if r % 2 == 0:
            s_old, s_new = timed(split_old), timed(split_new)
        else:
            s_new, s_old = timed(split_new), timed(split_old)
        for key, value in (("cores old", t_old), ("cores new", t_new), ("split old", s_old),
                           ("split new", s_new)):
            best[key] = min(best[key], value)
        ratios.append(t_old / t_new)
        split_ratios.append(s_old / s_new)
        print(f"round {r}: cores old {t_old:.2f}s new {t_new:.2f}s ({t_old / t_new:.3f}); "
              f"segmentation old {s_old:.2f}s new {s_new:.2f}s ({s_old / s_new:.3f})")
    use(old=False)
    print(f"{len(texts)} articles; median old/new: cores {statistics.median(ratios):.3f}, "
          f"segmentation alone {statistics.median(split_ratios):.3f}")
    print(f"best round old/new: cores {best['cores old'] / best['cores new']:.3f} "
          f"({best['cores old']:.2f}s / {best['cores new']:.2f}s), segmentation alone "
          f"{best['split old'] / best['split new']:.3f} "
          f"({best['split old']:.2f}s / {best['split new']:.2f}s)")


if __name__ == "__main__":
    main()
