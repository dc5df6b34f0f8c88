"""The ``"improved"`` stemming mode: every candidate analysis, the likeliest one chosen.

Sastrawi's confix stripper takes the first analysis its rule order reaches whose root is in the
dictionary, which is how ``berikan`` becomes ``ikan`` and ``gerakan`` becomes ``gera``.
:class:`ImprovedStemmer` lists every analysis (:func:`beritanlp.stemming.candidates.analyses`,
Sastrawi's own answer included) and scores each with a linear model over a few facts:

* how common the root is in Indonesian news: how often it occurs as a word, and how often
  Sastrawi stems a word to it, in the CLICK-ID articles (``resources/stem_counts.tsv.gz``,
  built by ``scripts/build_stem_counts.py``);
* the affixes removed, alone and in combination (``se-…-i`` and a bare ``-is`` are rare,
  ``ke-…-an`` is common), whether a nasal prefix had its consonant restored, and how the root
  was reached (dictionary word, compound, reduplication, the word itself);
* whether the root is Sastrawi's answer and whether the word itself is a dictionary word.

The weights (``resources/stem_ranker.json``) are fitted by ``scripts/train_stem_ranker.py`` on
one half of the NDETC development pairs; the other half measures the result. A short list of
reviewed exceptions (``resources/stem_exceptions.tsv``) covers words the model still gets
wrong among those public issue reports name. Only words of ``a-z``, digits and hyphens are
analysed (up to 40 letters); anything else gets Sastrawi's answer, as in the default mode.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Collection, Iterable, Mapping
from importlib.resources import files

from beritanlp.stemming.candidates import Analysis, analyses, prefix_steps
from beritanlp.stemming.confix import ConfixStemmer

FORMAT_VERSION = 1
_PLAIN = re.compile(r"[a-z]+(?:-[a-z]+)*")
_NON_WORD = re.compile(r"[^a-z0-9 -]", re.IGNORECASE | re.MULTILINE)
_SPACES = re.compile(r"( +)", re.IGNORECASE | re.MULTILINE)

_ROOT_CACHE_SIZE = 200_000
# Longer tokens (URLs run together, encoded blobs) are not words to analyse: Sastrawi's answer.
_MAX_LENGTH = 40
_CLITIC_ENDINGS = ("nya", "lah", "kah", "pun", "ku", "mu")

Counts = Mapping[str, tuple[int, int, int]]
_NONE = (0, 0, 0)


def load_counts() -> dict[str, tuple[int, int, int]]:
    """The packaged CLICK-ID counts: word → (surface, stem, family) counts.

    Surface: times seen as a word; stem: times it is Sastrawi's stem of a word; family:
    times it is a candidate root of a word (shared among the word's candidate roots).
    """
    raw = files("beritanlp.resources").joinpath("stem_counts.tsv.gz").read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    counts: dict[str, tuple[int, int, int]] = {}
    for line in lines[1:]:
        word, surface, stem, family = line.split("\t")
        counts[word] = (int(surface), int(stem), int(family))
    return counts


def load_ranker() -> tuple[dict[str, float], float, float]:
    """The packaged weights, margin and lexical ratio (``resources/stem_ranker.json``)."""
    data = json.loads(files("beritanlp.resources").joinpath("stem_ranker.json").read_text("utf-8"))
    if data.get("format_version") != FORMAT_VERSION:
        raise ValueError(f"stem_ranker.json: format_version {data.get('format_version')!r}, "
                         f"expected {FORMAT_VERSION}")
    weights = {str(k): float(v) for k, v in data["weights"].items()}
    return weights, float(data.get("margin", 0.0)), float(data.get("lexical_ratio", 0.0))


def load_exceptions() -> dict[str, str]:
    """The reviewed exceptions (``resources/stem_exceptions.tsv``): word → root."""
    text = files("beritanlp.resources").joinpath("stem_exceptions.tsv").read_text("utf-8")
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, root = line.split("\t")[:2]
            out[word.strip()] = root.strip()
    return out


def _log(n: int) -> float:
    return math.log1p(n) / 3.0


def _clitic_class(clitics: str) -> str:
    if not clitics:
        return ""
    for possessive in ("nya", "ku", "mu"):
        if clitics.startswith(possessive):
            return possessive + ("+p" if len(clitics) > len(possessive) else "")
    return "p"


def shape_features(a: Analysis) -> list[tuple[str, float]]:
    """Features of the analysis's shape: its kind, affixes and root length."""
    first = a.prefixes[0] if a.prefixes else ""
    feats = [
        ("kind=" + a.kind, 1.0),
        ("len=" + str(min(max(len(a.root), 2), 7)), 1.0),
        ("prefixes=" + str(len(a.prefixes)), 1.0),
        ("p1=" + first, 1.0),
        ("sfx=" + a.suffix, 1.0),
        ("cl=" + _clitic_class(a.clitics), 1.0),
        ("p1|sfx=" + first + "|" + a.suffix, 1.0),
        ("recoded", float(a.recoded)),
    ]
    if len(a.prefixes) > 1:
        feats.append(("p2=" + a.prefixes[1], 1.0))
        feats.append(("p1p2=" + first + "|" + a.prefixes[1], 1.0))
    return feats


def root_features(root: str, dictionary: Collection[str], counts: Counts
                  ) -> list[tuple[str, float]]:
    """Features of the root alone: dictionary word or not, and its CLICK-ID counts."""
    surface, stem, family = counts.get(root, _NONE)
    feats = [
        ("in_dict", float(root in dictionary)),
        ("log_surface", _log(surface)),
        ("log_stem", _log(stem)),
        ("log_family", _log(family)),
        ("unseen", float(surface == 0 and stem == 0)),
    ]
    if root in dictionary:
        inner = [label for label, rest, _ in prefix_steps(root) if rest in dictionary]
        if inner:  # a dictionary word that itself looks prefixed (perhati, tertawa, sekira)
            feats.append(("root_prefixed=" + inner[0], 1.0))
    return feats


def context_features(word: str, a: Analysis, sastrawi: str, dictionary: Collection[str],
                     counts: Counts, top: tuple[int, int, int] = _NONE
                     ) -> list[tuple[str, float]]:
    """Features relating the analysis to the word and to the word's other analyses.

    ``top`` is the highest (surface, stem, family) count among the word's candidate roots.
    """
    surface, stem, family = counts.get(a.root, _NONE)
    is_sastrawi = float(a.root == sastrawi)
    feats = [
        ("sastrawi", is_sastrawi),
        ("sastrawi&kind=" + a.kind, is_sastrawi),
        ("top_surface", float(surface >= top[0] > 0)),
        ("top_stem", float(stem >= top[1] > 0)),
        ("top_family", float(family >= top[2] > 0)),
    ]
    if a.root == word:
        feats.append(("word_in_dict", float(word in dictionary)))
        feats.append(("word_log_surface", _log(counts.get(word, _NONE)[0])))
    else:
        first = a.prefixes[0] if a.prefixes else ""
        gap = _log(counts.get(word, _NONE)[0]) - _log(surface)
        feats.append(("dict&kind=" + a.kind, float(a.root in dictionary)))
        feats.append(("word_vs_root", gap))
        feats.append(("word_vs_root|p1=" + first, gap))
        feats.append(("word_is_dict_stripped", float(word in dictionary)))
        feats.append(("log_passive", _log(_passive_count(a.root, "", counts, word))))
        feats.append(("log_same_passive",
                      _log(_passive_count(a.root, a.suffix, counts, word))))
    return feats


def features(word: str, a: Analysis, sastrawi: str, dictionary: Collection[str],
             counts: Counts, top: tuple[int, int, int] = _NONE) -> list[tuple[str, float]]:
    """Every named feature value of analysis ``a`` of ``word`` (what the weights multiply)."""
    return (shape_features(a) + root_features(a.root, dictionary, counts)
            + context_features(word, a, sastrawi, dictionary, counts, top))


def _passive_count(root: str, suffix: str, counts: Counts, word: str = "") -> int:
    """How often the root's ``di-`` forms occur (``dikawal``, ``dipetakan``, ``disukai``).

    Evidence that it is a verb root whose prefixed forms the corpus writes. With a
    ``suffix``, only the form with that suffix (``diberikan`` for ``beri`` + ``kan``). The
    ``word`` being analysed is never its own evidence (``divisi`` is not a passive of ``visi``
    because it occurs).
    """
    get = counts.get
    forms = ["di" + root + suffix] if suffix else ["di" + root + end for end in ("", "kan", "i")]
    return sum(get(form, _NONE)[0] for form in forms if form != word)


class ImprovedStemmer:
    """Stem words by choosing the likeliest of all their analyses.

    Parameters
    ----------
    confix
        The Sastrawi stemmer whose dictionary and answers are used (a new one by default).
    counts
        Word → (surface count, stem count); defaults to the packaged CLICK-ID counts.
    weights
        Feature weights; defaults to the packaged ranker.
    margin
        How much better than Sastrawi's answer another root must score to be chosen (the
        packaged ranker's margin by default, else 0). A margin keeps Sastrawi's answer where
        the evidence against it is thin.
    lexical_ratio
        A dictionary word Sastrawi leaves whole stays whole when it occurs in CLICK-ID at least
        this many times as often as the chosen root (``kemudian`` 3,893 times, ``kemudi`` 32:
        a word of its own, not ``kemudi`` + ``-an``); 0 turns the check off. The packaged
        ranker's value by default.
    exceptions
        Word → root overrides; defaults to the packaged reviewed list.

    Examples
    --------
    >>> ImprovedStemmer().stem_word("berikan")
    'beri'
    """

    def __init__(
        self,
        confix: ConfixStemmer | None = None,
        counts: Counts | None = None,
        weights: Mapping[str, float] | None = None,
        exceptions: Mapping[str, str] | None = None,
        margin: float | None = None,
        lexical_ratio: float | None = None,
    ) -> None:
        self.confix = confix or ConfixStemmer()
        self.dictionary = self.confix.dictionary
        self.counts = load_counts() if counts is None else counts
        if weights is None:
            weights, packaged_margin, packaged_ratio = load_ranker()
            margin = packaged_margin if margin is None else margin
            lexical_ratio = packaged_ratio if lexical_ratio is None else lexical_ratio
        self.weights = weights
        self.margin = margin or 0.0
        self.lexical_ratio = lexical_ratio or 0.0
        self.exceptions = load_exceptions() if exceptions is None else exceptions
        self._shape_scores: dict[tuple[str, tuple[str, ...], str, str, int, int], float] = {}
        self._root_scores: dict[str, float] = {}

    @property
    def weights(self) -> Mapping[str, float]:
        """Feature weights (assigning new ones forgets the remembered partial scores)."""
        return self._weights

    @weights.setter
    def weights(self, weights: Mapping[str, float]) -> None:
        self._weights = weights
        self._shape_scores = {}
        self._root_scores = {}

    def candidates(self, word: str) -> tuple[list[Analysis], str]:
        """The analyses of a lowercase ``word`` and Sastrawi's answer (always among them)."""
        sastrawi = self.confix.stem_word(word)
        found = analyses(word, self.dictionary)
        if all(a.root != sastrawi for a in found):
            found.append(Analysis(sastrawi, kind="sastrawi"))
        return found, sastrawi

    def top_counts(self, found: list[Analysis]) -> tuple[int, int, int]:
        """The highest surface, stem and family counts among the roots of ``found``."""
        rows = [self.counts.get(a.root, _NONE) for a in found]
        return (max(r[0] for r in rows), max(r[1] for r in rows), max(r[2] for r in rows))

    def score(self, word: str, a: Analysis, sastrawi: str,
              top: tuple[int, int, int] = _NONE) -> float:
        """The model's score of analysis ``a`` (higher is likelier).

        Equal to the weighted sum of :func:`features`; the shape and root parts are
        remembered (there are few shapes, and roots are dictionary words).
        """
        key = (a.kind, a.prefixes, a.suffix, a.clitics, a.recoded, min(max(len(a.root), 2), 7))
        shape = self._shape_scores.get(key)
        if shape is None:
            shape = self._shape_scores[key] = self._weighted(shape_features(a))
        root = self._root_scores.get(a.root)
        if root is None:
            root = self._weighted(root_features(a.root, self.dictionary, self.counts))
            if len(self._root_scores) < _ROOT_CACHE_SIZE:
                self._root_scores[a.root] = root
        return shape + root + self._context_score(word, a, sastrawi, top)

    def _context_score(self, word: str, a: Analysis, sastrawi: str,
                       top: tuple[int, int, int]) -> float:
        """The weighted sum of :func:`context_features`, without building the list."""
        get = self.weights.get
        counts = self.counts
        surface, stem, family = counts.get(a.root, _NONE)
        total = 0.0
        if a.root == sastrawi:
            total += get("sastrawi", 0.0) + get("sastrawi&kind=" + a.kind, 0.0)
        if surface >= top[0] > 0:
            total += get("top_surface", 0.0)
        if stem >= top[1] > 0:
            total += get("top_stem", 0.0)
        if family >= top[2] > 0:
            total += get("top_family", 0.0)
        word_log = _log(counts.get(word, _NONE)[0])
        word_in_dict = word in self.dictionary
        if a.root == word:
            return (total + get("word_in_dict", 0.0) * word_in_dict
                    + get("word_log_surface", 0.0) * word_log)
        first = a.prefixes[0] if a.prefixes else ""
        gap = word_log - _log(surface)
        return (total + get("dict&kind=" + a.kind, 0.0) * (a.root in self.dictionary)
                + (get("word_vs_root", 0.0) + get("word_vs_root|p1=" + first, 0.0)) * gap
                + get("word_is_dict_stripped", 0.0) * word_in_dict
                + get("log_passive", 0.0) * _log(_passive_count(a.root, "", counts, word))
                + get("log_same_passive", 0.0)
                * _log(_passive_count(a.root, a.suffix, counts, word)))

    def _weighted(self, feats: list[tuple[str, float]]) -> float:
        get = self.weights.get
        return sum(get(name, 0.0) * value for name, value in feats)

    def exception(self, word: str) -> str | None:
        """The listed root of ``word``, or of ``word`` without a final clitic.

        ``relawannya`` finds ``relawan``'s entry; ``None`` when neither is listed.
        """
        known = self.exceptions.get(word)
        if known is None and word.endswith(_CLITIC_ENDINGS):
            for ending in _CLITIC_ENDINGS:
                if word.endswith(ending):
                    known = self.exceptions.get(word[: -len(ending)])
                    if known is not None:
                        break
        return known

    def stem_word(self, word: str) -> str:
        """The root of one lowercase word (Sastrawi's answer for anything but plain words)."""
        known = self.exception(word)
        if known is not None:
            return known
        if len(word) > _MAX_LENGTH or not _PLAIN.fullmatch(word):
            return self.confix.stem_word(word)
        found, sastrawi = self.candidates(word)
        roots = {a.root for a in found}
        if len(roots) == 1:
            return found[0].root
        top = self.top_counts(found)
        scores: dict[str, float] = {}
        for a in found:
            value = self.score(word, a, sastrawi, top)
            if value > scores.get(a.root, -math.inf):
                scores[a.root] = value
        best = max(scores, key=scores.__getitem__)
        if best != sastrawi and (scores[best] - scores[sastrawi] < self.margin
                                 or self._lexicalised(word, sastrawi, best)):
            return sastrawi
        return best

    def _lexicalised(self, word: str, sastrawi: str, root: str) -> bool:
        """``word`` is a dictionary word far more common than ``root`` (a word of its own)."""
        if not self.lexical_ratio or sastrawi != word:
            return False
        used = self.counts.get(word, _NONE)[0]
        return used >= self.lexical_ratio * (self.counts.get(root, _NONE)[0] + 1)

    def stem(self, text: str) -> str:
        """Normalise ``text`` as Sastrawi does and stem each word (words joined by spaces)."""
        normalised = _SPACES.sub(" ", _NON_WORD.sub(" ", text.lower())).strip()
        return " ".join(self.stem_word(word) for word in normalised.split(" "))


def feature_rows(stemmer: ImprovedStemmer, words: Iterable[str]
                 ) -> list[tuple[str, list[Analysis], list[list[tuple[str, float]]]]]:
    """For training: each word with its analyses and their features."""
    rows = []
    for word in words:
        found, sastrawi = stemmer.candidates(word)
        top = stemmer.top_counts(found)
        rows.append((word, found, [features(word, a, sastrawi, stemmer.dictionary,
                                            stemmer.counts, top) for a in found]))
    return rows
