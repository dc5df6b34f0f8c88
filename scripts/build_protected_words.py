"""Regenerate ``src/beritanlp/resources/protected_words.txt``.

The list holds the names of provinces, kabupaten and kota (Kemendagri codes list) that Sastrawi
would change when stemmed, e.g. Bekasi → bekas, Kediri → diri. Place names are facts from a
government regulation; the input is the shared gazetteer (cahyadsn/wilayah, MIT).

Usage::

    python scripts/build_protected_words.py \
        ../shared/data/gazetteers/wilayah_kepmendagri_2025.tsv
"""

from __future__ import annotations

import csv
import sys
from importlib.resources import files

from beritanlp.stemming.stemmer import WordStemmer

# Parts of region names that are also ordinary words ("Bagian", "Kepulauan Riau"): left out so
# the ordinary word is still stemmed at the start of a sentence.
COMMON_WORDS = {"bagian", "kepulauan", "pegunungan", "meriah"}
PREFIXES = ("Kabupaten ", "Kota ", "Provinsi ", "Kota Administrasi ", "Kabupaten Administrasi ")


def main(path: str) -> None:
    """Write the protected-words resource from the gazetteer at ``path``."""
    stemmer = WordStemmer()
    words: set[str] = set()
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["type"] not in ("provinsi", "kabupaten", "kota"):
                continue
            name = row["nama"]
            for prefix in sorted(PREFIXES, key=len, reverse=True):
                if name.startswith(prefix):
                    name = name[len(prefix):]
                    break
            for word in name.replace("-", " ").split():
                if (word.isalpha() and word.lower() not in COMMON_WORDS
                        and stemmer.stem(word) != word.lower()):
                    words.add(word.lower())
    out = files("beritanlp.resources").joinpath("protected_words.txt")
    header = (
        "# Capitalised words the stemmer never changes: names of provinces, kabupaten and\n"
        "# kota that Sastrawi would stem (Kemendagri regions list).\n"
        "# Regenerate with scripts/build_protected_words.py.\n"
    )
    with open(str(out), "w", encoding="utf-8") as fh:
        fh.write(header + "\n".join(sorted(words)) + "\n")
    print(f"wrote {len(words)} words to {out}")


if __name__ == "__main__":
    main(sys.argv[1])
