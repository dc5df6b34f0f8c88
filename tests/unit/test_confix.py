"""The Confix Stripping core gives exactly PySastrawi's ``stem_word`` / ``stem`` results."""

from __future__ import annotations

import csv
import gzip
import json
import re

import pytest
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

from beritanlp.stemming.confix import ConfixStemmer

PREFIXES = ["", "me", "mem", "men", "meng", "menge", "meny", "mempe", "memper", "ber", "be",
            "bel", "ter", "te", "pe", "pem", "pen", "peng", "penge", "peny", "per", "pel", "di",
            "diper", "ke", "se", "ku", "kau", "keber", "seper", "memper", "diber"]
SUFFIXES = ["", "kan", "an", "i", "is", "isme", "isasi", "lah", "kah", "tah", "pun", "ku", "mu",
            "nya", "-nya", "-lah", "kannya", "annya", "inya", "kanlah", "nyalah", "-ku", "-pun"]


@pytest.fixture(scope="module")
def sastrawi():
    """PySastrawi's uncached stemmer (``Stemmer``), the reference."""
    return StemmerFactory().create_stemmer().delegatedStemmer


@pytest.fixture(scope="module")
def core():
    return ConfixStemmer()


def _mismatches(words, core, sastrawi):
    return [(w, core.stem_word(w), sastrawi.stem_word(w)) for w in sorted(set(words))
            if core.stem_word(w) != sastrawi.stem_word(w)]


def _generated_words(dictionary: frozenset[str]) -> set[str]:
    """Affix combinations, recodings, infixes and reduplications over a slice of the roots."""
    roots = sorted(w for w in dictionary if w.isalpha())[::100]  # ~300 roots, all initials
    words: set[str] = set()
    n = len(SUFFIXES)
    for i, root in enumerate(roots):
        # recoded initials: the nasal prefixes swallow p/t/k/s
        bodies = {root, root[1:]} if root[:1] in "ptks" else {root}
        for body in bodies:
            for j, prefix in enumerate(PREFIXES):
                # every prefix with no suffix and with two suffixes that rotate over the roots
                for suffix in ("", SUFFIXES[(i + j) % n], SUFFIXES[(3 * i + 7 * j + 1) % n]):
                    words.add(prefix + body + suffix)
        words.add(f"{root}-{root}")
        words.add(f"{root}-{root}nya")
        words.add(f"{root}-{root}-nya")
        words.add(f"ber{root}-{root}an")
        words.add(f"{root}-me{root}")
        if len(root) > 2 and root[0] in "bcdfghjklmnpqrstvwxyz":
            for infix in ("er", "el", "em", "in"):
                words.add(root[0] + infix + root[1:])
    return words


def test_generated_affix_combinations(core, sastrawi):
    words = _generated_words(core.dictionary)
    assert len(words) > 30_000
    assert _mismatches(words, core, sastrawi) == []


def test_edge_words(core, sastrawi):
    words = ["", "a", "-", "--", "a-", "-a", "a--b", "nya", "kan", "-nya", "mei", "belajar",
             "pelajar", "pelajaran", "mempelajari", "ketahui", "diketahui", "mengetahui",
             "kau", "kaulah", "kubawa", "menyapu", "penyanyi", "peng", "menge", "pengeboran",
             "berbalas-balasan", "meniru-nirukan", "malaikat-malaikat-nya", "nikmat-ku",
             "s-1", "covid-19", "2024", "x", "tt", "memp", "peluangnya", "ber-", "-ber"]
    assert _mismatches(words, core, sastrawi) == []


def test_inputs_outside_the_alphabet_go_to_pysastrawi(core, sastrawi):
    # stem_word on raw (non-normalised) input: handed to PySastrawi, so equal by construction
    for word in ["Meningkatkan", "ſedia", "menaikkan!", "a.b", "me(n)"]:
        assert core.stem_word(word) == sastrawi.stem_word(word)


def test_whole_string_stem_equals_pysastrawi(core, sastrawi):
    texts = ["Pemerintah kota meningkatkan pelayanan, 70,55 persen!",
             "  Berbalas-balasan  pesan  ", "", "ſedia KPK-nya mempermainkan", "é è 123"]
    for text in texts:
        assert core.stem(text) == sastrawi.stem(text)


def test_shared_stemming_files(shared_data, core, sastrawi):
    words = []
    for path in sorted((shared_data / "stemming").glob("*.tsv")):
        with open(path, encoding="utf-8", newline="") as fh:
            words += [row["word"].lower() for row in csv.DictReader(fh, delimiter="\t")]
    words = [w for w in words if re.fullmatch(r"[a-z0-9-]+", w)]
    assert len(words) > 1000
    assert _mismatches(words, core, sastrawi) == []


def test_clickid_words(shared_data, core, sastrawi):
    """All unique normalised words of the first 300 CLICK-ID articles."""
    path = shared_data / "topics" / "clickid_rubrik_trainval.jsonl.gz"
    if not path.exists():
        pytest.skip(f"{path} not found")
    words: set[str] = set()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i == 300:
                break
            row = json.loads(line)
            text = re.sub(r"[^a-z0-9 -]", " ", f"{row.get('title') or ''} {row['text']}".lower())
            words.update(text.split())
    assert len(words) > 5000
    assert _mismatches(words, core, sastrawi) == []
