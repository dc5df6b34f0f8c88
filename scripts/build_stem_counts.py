"""Regenerate ``src/beritanlp/resources/stem_counts.tsv.gz`` from the CLICK-ID articles.

The improved stemming mode (:mod:`beritanlp.stemming.improved`) weighs candidate roots by how
common they are in Indonesian news. This script counts, over the 18,434 CLICK-ID articles
(William & Sari 2020, CC BY 4.0; ``../shared/data/topics/clickid_rubrik_trainval.jsonl.gz``):

* ``surface``: how often each lowercased word (letters and hyphens) occurs as a token, and
* ``stem``: how often a token's Sastrawi stem is that word (so ``beri`` counts ``memberikan``,
  ``diberi``, ...), and
* ``family``: how often the word is one of a token's candidate roots
  (:func:`beritanlp.stemming.candidates.analyses`), each token's count shared equally among
  its distinct dictionary roots (so ``kencang`` collects ``mengencangkan``, ``kencangnya``,
  ..., and ``encang`` only a share of the few ambiguous ones). Unlike ``stem`` it does not
  inherit Sastrawi's choices.

Only words seen at least ``--min-count`` times in one of the two columns are kept; no text
is copied, only counts. See ``resources/STEM_COUNTS_README.md``.

Usage::

    python scripts/build_stem_counts.py ../shared/data/topics/clickid_rubrik_trainval.jsonl.gz
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from importlib.resources import files
from pathlib import Path

from beritanlp.stemming.candidates import analyses
from beritanlp.stemming.confix import ConfixStemmer

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def count_words(path: str | Path) -> Counter[str]:
    """Lowercased word tokens of every article (title and text) in the JSONL.gz at ``path``."""
    counts: Counter[str] = Counter()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            text = f"{row.get('title') or ''}\n{row.get('text') or ''}".lower()
            counts.update(_WORD.findall(text))
    return counts


def stem_counts(surface: Counter[str]) -> Counter[str]:
    """Token counts per Sastrawi stem (each word type stemmed once)."""
    core = ConfixStemmer()
    stems: Counter[str] = Counter()
    for word, n in surface.items():
        stems[core.stem_word(word)] += n
    return stems


def family_counts(surface: Counter[str], dictionary: frozenset[str]) -> Counter[str]:
    """Token counts shared among each word type's candidate dictionary roots."""
    family: Counter[str] = Counter()
    for word, n in surface.items():
        roots = {a.root for a in analyses(word, dictionary) if a.root in dictionary}
        for root in roots:
            family[root] += n / len(roots)
    return Counter({w: round(c) for w, c in family.items()})


def main() -> None:
    """Count, filter and write the table (word, surface, stem, family counts), sorted."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("clickid", help="clickid_rubrik_trainval.jsonl.gz")
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--out", default=str(files("beritanlp.resources") / "stem_counts.tsv.gz"))
    args = parser.parse_args()
    surface = count_words(args.clickid)
    stems = stem_counts(surface)
    family = family_counts(surface, ConfixStemmer().dictionary)
    words = sorted(w for w in surface.keys() | stems.keys() | family.keys()
                   if max(surface[w], stems[w], family[w]) >= args.min_count)
    lines = ["word\tsurface\tstem\tfamily"] + [
        f"{w}\t{surface[w]}\t{stems[w]}\t{family[w]}" for w in words]
    # mtime=0: the same counts give the same bytes
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{len(words)} words -> {args.out}")


if __name__ == "__main__":
    main()
