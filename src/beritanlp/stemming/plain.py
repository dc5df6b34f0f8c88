"""Whether a lowercase word is an ordinary word of the language (its stem is a dictionary root).

The agencies component reads a headline in capitals with it (a short form nobody writes in
lowercase, "DPRD", stays in capitals), the officials rules with it reject a name made of
ordinary words, and the places component passes it to the places rules. One stemmer, built on
first use, serves all three readers.
"""

from __future__ import annotations

from functools import lru_cache

from beritanlp.stemming.confix import ConfixStemmer


@lru_cache(maxsize=1)
def _root_stemmer() -> ConfixStemmer:
    return ConfixStemmer()


def plain_word(word: str) -> bool:
    """Whether a lowercase word is an ordinary word: its stem is a root of the dictionary.

    "membaik" (root "baik") is one; "dprd", "bumn" and "sukamaju" are not.
    """
    stemmer = _root_stemmer()
    return stemmer.stem_word(word) in stemmer.dictionary
