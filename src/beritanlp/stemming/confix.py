"""Enhanced Confix Stripping as PySastrawi runs it, without its per-word overheads.

PySastrawi (``PySastrawi>=1.2.1``) stems a word by building a ``Context`` object, walking ~45
visitor objects and calling ``re.match`` with pattern strings; one of its calls even uses the
stemmed word itself as a regular expression, so ``re``'s pattern cache is recompiled over and
over. :class:`ConfixStemmer` follows the same algorithm step for step — the same root
dictionary (read from the installed PySastrawi), the same suffix order (particle, possessive
pronoun, derivational suffix), the same prefix rules and their order, the same
prefix-before-suffix precedence test, the same recoding candidates, the same restoration loop
for removed suffixes and the same handling of reduplicated (hyphenated) words — with
precompiled patterns, plain tuples instead of removal objects, and only the prefix rules that
can apply to the word's first two letters tried.

The result equals ``Stemmer.stem_word`` for every word made of ``a-z``, digits and hyphens
(the only words PySastrawi's own normalisation lets through); ``tests/unit/test_confix.py`` checks
this on many thousands of words. For any other input :meth:`ConfixStemmer.stem_word` hands
the word to PySastrawi itself, so an unforeseen input can never get a different stem.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

_Rule = Callable[[str], "str | None"]
_Visitor = tuple[_Rule, ...]
_Removal = tuple[str, str, str, str]  # (word before, word after, removed part, kind)

_C = "bcdfghjklmnpqrstvwxyz"  # consonants as PySastrawi's rules spell them
_V = "aiueo"

_PARTICLE = re.compile(r"-*(lah|kah|tah|pun)$")
_POSSESSIVE = re.compile(r"-*(ku|mu|nya)$")
_DERIVATIONAL = re.compile(r"(is|isme|isasi|i|kan|an)$")
_PLAIN_PREFIX = re.compile(r"^(di|ke|se)")
_PRECEDENCE = re.compile(r"^(?:be.*lah|be.*an|me.*i|di.*i|pe.*i|ter.*i)$")
_PLURAL_CLITIC = re.compile(r"^(.*)-(ku|mu|nya|lah|kah|tah|pun)$")
_LAST_HYPHEN = re.compile(r"^(.*)-(.*)$")
_PLAIN_WORD = re.compile(r"[a-z0-9-]*")
# PySastrawi's text normalisation uses these flags; with IGNORECASE a few non-ASCII letters
# that case-fold to a-z (such as "ſ") survive it, and stem_word then sends them to PySastrawi.
_NON_WORD = re.compile(r"[^a-z0-9 -]", re.IGNORECASE | re.MULTILINE)
_SPACES = re.compile(r"( +)", re.IGNORECASE | re.MULTILINE)
_CLITICS = frozenset({"ku", "mu", "nya", "lah", "kah", "tah", "pun"})

_SUFFIX_KINDS = frozenset({"DS", "PP", "P"})


def _rule(pattern: str, build: Callable[[re.Match[str]], str | None]) -> _Rule:
    """A disambiguation rule: when ``pattern`` matches the word, ``build`` makes the candidate."""
    match = re.compile(pattern).match

    def apply(word: str) -> str | None:
        m = match(word)
        return build(m) if m else None

    return apply


def _exact(word: str, root: str) -> _Rule:
    """A rule for one irregular word."""
    return lambda w: root if w == word else None


def _joined(prefix: str = "") -> Callable[[re.Match[str]], str]:
    """Candidate = ``prefix`` + all groups of the match, in order."""
    return lambda m: prefix + "".join(m.groups())


def _unless_er(m: re.Match[str]) -> str | None:
    """Groups joined, unless the last group starts with ``er`` (rules 2, 23, 34)."""
    *head, rest = m.groups()
    return None if rest.startswith("er") else "".join(head) + rest


_Build = Callable[[re.Match[str]], "str | None"]


def _unless_r(build: _Build) -> _Build:
    """No candidate when the first group is ``r`` (rules 3, 7, 9)."""
    return lambda m: None if m.group(1) == "r" else build(m)


def _rule8(m: re.Match[str]) -> str | None:
    """Rule 8: ``terC...`` loses ``ter`` unless C is ``r`` or ``er`` follows."""
    first, rest = m.groups()
    return None if first == "r" or rest.startswith("er") else first + rest


def _rule32(word: str) -> str | None:
    """Rule 32: ``pelajar`` is ``ajar``; otherwise ``pelV...`` loses ``pe``."""
    if word == "pelajar":
        return "ajar"
    m = _PEL.match(word)
    return m.group(1) + m.group(2) if m else None


_PEL = re.compile(rf"^pe(l[{_V}])(.*)$")


def _cer(infix: str) -> _Visitor:
    """Rules 37-40: an infix (``er``, ``el``, ``em``, ``in``) kept, then removed."""
    return (_rule(rf"^([{_C}])({infix}[{_V}])(.*)$", _joined()),
            _rule(rf"^([{_C}]){infix}([{_V}])(.*)$", _joined()))


def _pair(pattern: str, first: str, second: str) -> _Visitor:
    """Two recodings of the same prefix (``first`` or ``second`` put before the groups)."""
    return (_rule(pattern, _joined(first)), _rule(pattern, _joined(second)))


_STARTS_E = tuple(c + "e" for c in _C)
_STARTS_I = tuple(c + "i" for c in _C)

# The prefix visitors in PySastrawi's order: (the first two letters a word needs for any of the
# rules to match, rules). Within a visitor the rules are tried in order until one gives a
# dictionary word; otherwise the last rule's answer (possibly "no candidate") is taken.
_PREFIX_VISITORS: list[tuple[tuple[str, ...], _Visitor]] = [
    (("be",), _pair(rf"^ber([{_V}].*)$", "", "r")),                                         # 1
    (("be",), (_rule(rf"^ber([{_C}])([a-z])(.*)", _unless_er),)),                           # 2
    (("be",), (_rule(rf"ber([{_C}])([a-z])er([{_V}])(.*)",
                 _unless_r(lambda m: m[1] + m[2] + "er" + m[3] + m[4])),)),                 # 3
    (("be",), (_exact("belajar", "ajar"),)),                                                # 4
    (("be",), (_rule(rf"be([bcdfghjklmnpqstvwxyz])(er[{_C}])(.*)$", _joined()),)),          # 5
    (("te",), _pair(rf"^ter([{_V}].*)$", "", "r")),                                         # 6
    (("te",), (_rule(rf"^ter([{_C}])er([{_V}].*)$",
                 _unless_r(lambda m: m[1] + "er" + m[2])),)),                               # 7
    (("te",), (_rule(rf"^ter([{_C}])(.*)$", _rule8),)),                                     # 8
    (("te",), (_rule(rf"^te([{_C}])er([{_C}])(.*)$",
                 _unless_r(lambda m: m[1] + "er" + m[2] + m[3])),)),                        # 9
    (("me",), (_rule(rf"^me([lrwy])([{_V}])(.*)$", _joined()),)),                           # 10
    (("me",), (_rule(r"^mem([bfv])(.*)$", _joined()),)),                                    # 11
    (("me",), (_rule(r"^mempe(.*)$", _joined("pe")),)),                                     # 12
    (("me",), _pair(rf"^mem([{_V}])(.*)$", "m", "p")),                                      # 13
    (("me",), (_rule(r"^men([cdjstz])(.*)$", _joined()),)),                                 # 14
    (("me",), _pair(rf"^men([{_V}])(.*)$", "n", "t")),                                      # 15
    (("me",), (_rule(r"^meng([ghqk])(.*)$", _joined()),)),                                  # 16
    (("me",), _pair(rf"^meng([{_V}])(.*)$", "", "k")
     + (_rule(r"^menge(.*)$", _joined()), _rule(rf"^meng([{_V}])(.*)$", _joined("ng")))),   # 17
    (("me",), _pair(rf"^meny([{_V}])(.*)$", "ny", "s")),                                    # 18
    (("me",), (_rule(r"^memp([abcdfghijklmopqrstuvwxyz])(.*)$", _joined("p")),)),           # 19
    (("pe",), (_rule(rf"^pe([wy])([{_V}])(.*)$", _joined()),)),                             # 20
    (("pe",), (_rule(rf"^per([{_V}])(.*)$", _joined()),
           _rule(rf"^pe(r[{_V}])(.*)$", _joined()))),                                       # 21
    (("pe",), (_rule(rf"^per([{_C}])([a-z])(.*)$", _unless_er),)),                          # 23
    (("pe",), (_rule(rf"^per([{_C}])([a-z])er([{_V}])(.*)$",
                 _unless_r(lambda m: m[1] + m[2] + "er" + m[3] + m[4])),)),                 # 24
    (("pe",), (_rule(r"^pem([bfv])(.*)$", _joined()),)),                                    # 25
    (("pe",), _pair(rf"^pem([{_V}])(.*)$", "m", "p")),                                      # 26
    (("pe",), (_rule(r"^pen([cdjstz])(.*)$", _joined()),)),                                 # 27
    (("pe",), _pair(rf"^pen([{_V}])(.*)$", "n", "t")),                                      # 28
    (("pe",), (_rule(rf"^peng([{_C}])(.*)$", _joined()),)),                                 # 29
    (("pe",), _pair(rf"^peng([{_V}])(.*)$", "", "k") + (_rule(r"^penge(.*)$", _joined()),)),  # 30
    (("pe",), _pair(rf"^peny([{_V}])(.*)$", "ny", "s")),                                    # 31
    (("pe",), (_rule32,)),                                                                  # 32
    (("pe",), (_rule(rf"^pe([{_C}])(.*)$", _unless_er),)),                                  # 34
    (("te",), (_rule(rf"^ter([bcdfghjkpqstvxz])(er[{_C}])(.*)$", _joined()),)),             # 35
    (("pe",), (_rule(rf"^pe([bcdfghjkpqstvxz])(er[{_C}])(.*)$", _joined()),)),              # 36
    (_STARTS_E, _cer("er")),                                                                # 37
    (_STARTS_E, _cer("el")),                                                                # 38
    (_STARTS_E, _cer("em")),                                                                # 39
    (_STARTS_I, _cer("in")),                                                                # 40
    (("ku",), (_rule(r"^ku(.*)$", _joined()),)),                                            # 41
    (("ka",), (_rule(r"^kau(.*)$", _joined()),)),                                           # 42
]

# For each two-letter start, the visitors that can apply to a word starting so (order kept);
# a visitor whose patterns cannot match does nothing, so skipping it changes nothing.
_VISITORS_BY_START: dict[str, tuple[_Visitor, ...]] = {
    start: tuple(rules for starts, rules in _PREFIX_VISITORS if start in starts)
    for start in {start for starts, _ in _PREFIX_VISITORS for start in starts}
}


def _load_dictionary() -> frozenset[str]:
    """PySastrawi's root words, read from its installed data the way its factory does."""
    return frozenset(w for w in StemmerFactory().get_words() if w and w.strip() != "")


class ConfixStemmer:
    """PySastrawi's ``stem_word`` / ``stem`` results, computed without its object machinery.

    Parameters
    ----------
    dictionary
        Root words; defaults to PySastrawi's own ``kata-dasar.txt``.

    Examples
    --------
    >>> ConfixStemmer().stem_word("mempermainkan")
    'main'
    """

    def __init__(self, dictionary: Iterable[str] | None = None) -> None:
        self.dictionary = _load_dictionary() if dictionary is None else frozenset(dictionary)
        self._fallback: Any = None

    # -- public ---------------------------------------------------------------------------

    def stem_word(self, word: str) -> str:
        """The stem PySastrawi's ``Stemmer.stem_word`` gives for ``word``."""
        if not _PLAIN_WORD.fullmatch(word):
            return self._sastrawi_stem_word(word)
        if self._is_plural(word):
            return self._stem_plural(word)
        return self._stem_singular(word)

    def stem(self, text: str) -> str:
        """The result of PySastrawi's ``Stemmer.stem`` (normalise, stem each word, join)."""
        normalised = _SPACES.sub(" ", _NON_WORD.sub(" ", text.lower())).strip()
        return " ".join(self.stem_word(word) for word in normalised.split(" "))

    # -- PySastrawi itself, for inputs outside a-z0-9- ---------------------------------------

    def _sastrawi_stem_word(self, word: str) -> str:
        if self._fallback is None:
            from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
            from Sastrawi.Stemmer.Stemmer import Stemmer

            self._fallback = Stemmer(ArrayDictionary(sorted(self.dictionary)))
        return str(self._fallback.stem_word(word))

    # -- reduplication -------------------------------------------------------------------

    @staticmethod
    def _is_plural(word: str) -> bool:
        m = _PLURAL_CLITIC.match(word)
        if m:
            return "-" in m.group(1)
        return "-" in word

    def _stem_plural(self, plural: str) -> str:
        m = _LAST_HYPHEN.match(plural)
        if not m:
            return plural
        first, second = m.group(1), m.group(2)
        inner = _LAST_HYPHEN.match(first)
        if second in _CLITICS and inner:
            first, second = inner.group(1), inner.group(2) + "-" + second
        root1 = self._stem_singular(first)
        root2 = self._stem_singular(second)
        if second not in self.dictionary and root2 == second:
            root2 = self._stem_singular("me" + second)
        return root1 if root1 == root2 else plural

    # -- one word ---------------------------------------------------------------------------

    def _stem_singular(self, word: str) -> str:
        if word in self.dictionary:
            return word
        run = _Run(word, self.dictionary)
        run.execute()
        return run.current if run.current in self.dictionary else word


class _Run:
    """The state of stemming one word (PySastrawi's ``Context``), with the same steps."""

    __slots__ = ("dictionary", "original", "current", "stopped", "removals")

    def __init__(self, word: str, dictionary: frozenset[str]) -> None:
        self.dictionary = dictionary
        self.original = word
        self.current = word
        self.stopped = False
        self.removals: list[_Removal] = []

    def execute(self) -> None:
        words = self.dictionary
        if self.current in words:
            return
        if len(self.current) <= 3:
            self.stopped = True
        if _PRECEDENCE.match(self.original):
            self.remove_prefixes()
            if self.current in words:
                return
            self.remove_suffixes()
            if self.current in words:
                return
            self.current = self.original
            self.removals = []
        self.remove_suffixes()
        if self.current in words:
            return
        self.remove_prefixes()
        if self.current in words:
            return
        self.restore_suffixes()

    # suffixes ------------------------------------------------------------------------------

    def remove_suffixes(self) -> None:
        for pattern, kind in _SUFFIX_STEPS:
            word = self.current
            result = pattern.sub("", word, count=1)
            if result != word:
                # PySastrawi records the removed part by deleting the first occurrence of the
                # result from the word; the result is a prefix of the word (or empty).
                removed = word[len(result):] if result else word
                self.removals.append((word, result, removed, kind))
                self.current = result
            if self.current in self.dictionary or self.stopped:
                return

    # prefixes ------------------------------------------------------------------------------

    def remove_prefixes(self) -> None:
        for _ in range(3):
            self.prefix_round()
            if self.current in self.dictionary:
                return

    def prefix_round(self) -> None:
        """One pass over the prefix visitors, ending at the first one that removes a prefix."""
        words = self.dictionary
        word = self.current
        result = _PLAIN_PREFIX.sub("", word, count=1)
        if result != word:
            self.removals.append((word, result, "", "DP"))
            self.current = result
            return
        if word in words or self.stopped:
            return
        for rules in _VISITORS_BY_START.get(word[:2], ()):
            candidate = None
            for rule in rules:
                candidate = rule(word)
                if candidate in words:
                    break
            if candidate is not None:
                self.removals.append((word, candidate, "", "DP"))
                self.current = candidate
                return

    # ECS: put removed suffixes back and try the prefixes again ------------------------------

    def restore_suffixes(self) -> None:
        removals = self.removals
        if removals:
            self.current = removals[0][0]
        suffixes = [r for r in removals if r[3] != "DP"]
        self.removals = suffixes
        before = self.current
        words = self.dictionary
        for subject, result, removed, kind in reversed(suffixes):
            if kind not in _SUFFIX_KINDS:
                continue
            if removed == "kan":
                self.current = result + "k"
                self.remove_prefixes()
                if self.current in words:
                    return
                self.current = result + "kan"
            else:
                self.current = subject
            self.remove_prefixes()
            if self.current in words:
                return
            self.current = before


_SUFFIX_STEPS = ((_PARTICLE, "P"), (_POSSESSIVE, "PP"), (_DERIVATIONAL, "DS"))
