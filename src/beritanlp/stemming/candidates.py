"""Every way a word can be split into affixes and a root (candidate analyses).

Sastrawi's confix stripper commits to the first analysis its rule order finds
(``berikan`` → ``ber-ikan``, never ``beri-kan``). :func:`analyses` instead lists every split
the affix rules allow whose root is a dictionary word, plus a few kinds of root that Sastrawi
cannot reach: a compound of two dictionary words (``ketidakpastian`` → ``tidakpasti``), a word
outside the dictionary with only clitics attached (``amarahnya`` → ``amarah``), nasal prefixes
before consonant clusters (``pemrosesan`` → ``proses``) and reduplications
(``berwarna-warni`` → ``warna``). Choosing among them is :mod:`beritanlp.stemming.improved`'s
job; this module only describes them.

An :class:`Analysis` names its root, the prefixes removed (outermost first), the suffixes
removed (derivational, possessive, particle) and how the root was reached (``kind``).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import NamedTuple

_VOWELS = frozenset("aiueo")
_PARTICLES = ("lah", "kah", "tah", "pun")
_POSSESSIVES = ("ku", "mu", "nya")
_DERIVATIONAL = ("i", "kan", "an", "is", "isme", "isasi")
_CLITICS = frozenset(_PARTICLES + _POSSESSIVES)
_ARABIC_ARTICLES = frozenset({"al", "ar", "as", "an", "at", "ad", "asy", "az", "ash", "el"})
_MIN_ROOT = 2
_MAX_PREFIXES = 3
# prefixes that only stand outermost
_OUTER_ONLY = frozenset({"di", "ke", "se", "ku", "kau", "ng"})


class Analysis(NamedTuple):
    """One way to read a word.

    Attributes
    ----------
    root
        The root this analysis gives.
    prefixes
        Prefix labels removed, outermost first: ``di``, ``ke``, ``se``, ``ku``, ``kau``,
        ``ber``, ``ter``, ``meN``, ``peN``, ``per``, ``pe``, ``ng`` (colloquial nasal),
        ``infix``.
    suffix
        Derivational suffix removed (``""``, ``i``, ``kan``, ``an``, ``is``, ``isme``,
        ``isasi``).
    clitics
        Possessive and particle removed, joined (``""``, ``nya``, ``ku``, ``lah``, ``nyalah``).
    kind
        How the root was reached: ``dict`` (a dictionary word), ``word`` (the word itself,
        unanalysed), ``compound`` (two dictionary words written together), ``oov`` (a word
        outside the dictionary with only clitics removed), ``redup`` (a reduplication whose
        halves have the same root), ``rhyme`` (a reduplication with a changed second half),
        ``first`` (the first part of a hyphenated word), ``stammer`` (the last part of
        ``b-b-bapak``), ``hyphen_clitic`` (a word outside the
        dictionary before a hyphenated clitic, ``otsu-lah``), ``whole`` (a hyphenated root kept
        whole), ``sastrawi`` (Sastrawi's own answer when no other analysis gives it).
    recoded
        Number of prefix steps that restored a consonant the nasal prefix replaced
        (``menulis`` → ``tulis``).
    """

    root: str
    prefixes: tuple[str, ...] = ()
    suffix: str = ""
    clitics: str = ""
    kind: str = "dict"
    recoded: int = 0


def suffix_splits(word: str) -> list[tuple[str, str, str]]:
    """Every ``(base, derivational suffix, clitics)`` with ``word == base + suffix + clitics``.

    Clitics are a possessive, a particle, or a possessive followed by a particle.
    """
    out = []
    for particle in ("", *_PARTICLES):
        if particle and not word.endswith(particle):
            continue
        w1 = word[: len(word) - len(particle)]
        for possessive in ("", *_POSSESSIVES):
            if possessive and not w1.endswith(possessive):
                continue
            w2 = w1[: len(w1) - len(possessive)]
            for suffix in ("", *_DERIVATIONAL):
                if suffix and not w2.endswith(suffix):
                    continue
                base = w2[: len(w2) - len(suffix)]
                if len(base) >= _MIN_ROOT:
                    out.append((base, suffix, possessive + particle))
    return out


def _nasal_steps(label: str, rest: str) -> list[tuple[str, str, int]]:
    """The roots behind ``meN-``/``peN-``; ``rest`` is the word after ``me``/``pe``."""
    out: list[tuple[str, str, int]] = []
    if rest.startswith("ng"):
        r = rest[2:]
        if r[:1] in _VOWELS:
            out += [(label, r, 0), (label, "k" + r, 1)]
            if r.startswith("e") and len(r) > 3 and r[1:2] not in _VOWELS:
                out.append((label, r[1:], 0))  # menge-bom, penge-cat
        elif r[:1] in ("g", "h", "k", "q", "r", "l"):
            out.append((label, r, 0))
    elif rest.startswith("ny"):
        r = rest[2:]
        if r[:1] in _VOWELS:
            out += [(label, "s" + r, 1), (label, "ny" + r, 0), (label, "c" + r, 1)]
    elif rest.startswith("n"):
        r = rest[1:]
        if r[:1] in _VOWELS:
            out += [(label, "t" + r, 1), (label, "n" + r, 0)]
        elif r[:1] in ("c", "d", "j", "s", "t", "z"):
            out.append((label, r, 0))
    elif rest.startswith("m"):
        r = rest[1:]
        if r[:1] in _VOWELS:
            out += [(label, "p" + r, 1), (label, "m" + r, 0)]
        elif r[:1] in ("b", "f", "v", "p"):
            out.append((label, r, 0))
        elif r[:1] in ("r", "l"):
            out.append((label, "p" + r, 1))  # pemrosesan, memrotes: loans starting "pr", "pl"
    return out


def _ber_ter(label: str, word: str) -> list[tuple[str, str, int]]:
    """``ber-``/``ter-`` (``be-``/``te-`` before ``r`` and before C+er)."""
    stem = label[:2]  # "be" or "te"
    if not word.startswith(stem) or len(word) < 5:
        return []
    out: list[tuple[str, str, int]] = []
    if word[2] == "r":
        rest = word[3:]
        out.append((label, rest, 0))
        if rest[:1] in _VOWELS:
            out.append((label, "r" + rest, 0))  # be-rantai, te-rawat
    elif word[2] not in _VOWELS and word[3:5] == "er":
        out.append((label, word[2:], 0))  # be-kerja, te-percaya
    if label == "ber" and word.startswith("belajar"):
        out.append((label, word[3:], 0))
    return out


def _pe(word: str) -> list[tuple[str, str, int]]:
    """``pe-``, ``per-`` and ``peN-``."""
    out: list[tuple[str, str, int]] = []
    rest = word[2:]
    first = rest[:1]
    if first in ("m", "n"):
        out += _nasal_steps("peN", rest)
    if first == "r":
        out.append(("per", rest[1:], 0))
        if rest[1:2] in _VOWELS:
            out.append(("pe", rest, 0))  # pe-rampok
    elif first == "l" and rest.startswith("lajar"):
        out.append(("pe", rest[1:], 0))  # pelajar
    elif first and first not in _VOWELS and first not in ("m", "n"):
        out.append(("pe", rest, 0))  # pe-tani, pe-lukis, pe-kerja
    return out


def prefix_steps(word: str) -> list[tuple[str, str, int]]:
    """Every single prefix (or infix) removal: ``(label, remainder, recoded)``."""
    out: list[tuple[str, str, int]] = []
    head = word[:2]
    if head in ("di", "ke", "se"):
        out.append((head, word[2:], 0))
    if head == "ku":
        out.append(("ku", word[2:], 0))
    if word.startswith("kau"):
        out.append(("kau", word[3:], 0))
    if head == "be":
        out += _ber_ter("ber", word)
    elif head == "te":
        out += _ber_ter("ter", word)
    elif head == "me":
        rest = word[2:]
        if rest[:1] in ("l", "r", "w", "y") and rest[1:2] in _VOWELS:
            out.append(("meN", rest, 0))
        else:
            out += _nasal_steps("meN", rest)
    elif head == "pe":
        out += _pe(word)
    elif head == "ng" and word[2:3] in _VOWELS:
        out += [("ng", word[2:], 0), ("ng", "k" + word[2:], 1)]
    elif head == "ny" and word[2:3] in _VOWELS:
        out += [("ng", "s" + word[2:], 1), ("ng", "c" + word[2:], 1)]
    if (len(word) > 5 and word[0] not in _VOWELS and word[1:3] in ("el", "er", "em", "in")
            and word[3] in _VOWELS):
        out.append(("infix", word[0] + word[3:], 0))
    return [step for step in out if len(step[1]) >= _MIN_ROOT]


def prefix_paths(base: str) -> list[tuple[str, tuple[str, ...], int]]:
    """Every remainder reachable by removing up to three prefixes: ``(rest, labels, recoded)``.

    The base itself comes first (no prefix removed).
    """
    found: list[tuple[str, tuple[str, ...], int]] = [(base, (), 0)]
    frontier = list(found)
    for _ in range(_MAX_PREFIXES):
        nxt = []
        for word, labels, recoded in frontier:
            for label, rest, rec in prefix_steps(word):
                if label in labels or (labels and label in _OUTER_ONLY):
                    continue
                if labels and labels[-1] == "infix":
                    continue
                item = (rest, (*labels, label), recoded + rec)
                nxt.append(item)
        found += nxt
        frontier = nxt
    return found


def _compound(word: str, dictionary: Collection[str]) -> bool:
    """``word`` is two dictionary words of three or more letters each written together."""
    return any(word[:i] in dictionary and word[i:] in dictionary
               for i in range(3, len(word) - 2))


def plain_analyses(word: str, dictionary: Collection[str]) -> list[Analysis]:
    """Analyses of a word without hyphens (the word itself first)."""
    out = [Analysis(word, kind="word")]
    for base, suffix, clitics in suffix_splits(word):
        for rest, labels, recoded in prefix_paths(base):
            if rest in dictionary:
                out.append(Analysis(rest, labels, suffix, clitics, "dict", recoded))
            elif not labels and not suffix:
                if clitics and len(rest) >= 3:
                    out.append(Analysis(rest, (), "", clitics, "oov"))
            elif len(rest) >= 6 and _compound(rest, dictionary):
                out.append(Analysis(rest, labels, suffix, clitics, "compound", recoded))
    return out


def _similar(first: str, second: str) -> bool:
    """``second`` repeats ``first`` with a changed sound (``warna-warni``, ``bahu-membahu``)."""
    if first in second:
        return True
    shared_end = len(first) >= 3 and len(second) >= 3 and first[-3:] == second[-3:]
    shared_start = first[:3] == second[:3] and abs(len(first) - len(second)) <= 1
    return shared_end or shared_start


def _before_clitic(rest: str, clitics: str, dictionary: Collection[str]) -> list[Analysis]:
    """Analyses of ``rest`` in ``rest-nya``, ``otsu-lah`` (one word before a clitic)."""
    out = []
    if rest in dictionary:
        out.append(Analysis(rest, clitics=clitics, kind="dict"))
    elif len(rest) >= 2:
        out.append(Analysis(rest, clitics=clitics, kind="hyphen_clitic"))
    return out + [a._replace(clitics=clitics) for a in plain_analyses(rest, dictionary)[1:]]


def _pair(first: str, second: str, clitics: str, dictionary: Collection[str]
          ) -> list[Analysis]:
    """Analyses of ``first-second``: kept whole, a reduplication, or a compound."""
    out = []
    # the whole reduplicated form: affixes on the outer edges only (ke-sia-sia-an)
    for rest, labels, recoded in prefix_paths(first):
        for base, suffix, more in suffix_splits(second):
            whole = f"{rest}-{base}"
            if whole in dictionary or (rest == base and (labels or suffix or more or clitics)):
                out.append(Analysis(whole, labels, suffix, more + clitics, "whole", recoded))
    if first in ("ber", "di", "ter", "me", "se", "ke"):  # ber-make
        return [*out, Analysis(second, (first,), "", clitics, "first")]
    second_roots = {a.root for a in plain_analyses(second, dictionary)}
    for a in plain_analyses(first, dictionary):
        if a.kind == "oov":
            continue
        if second == first or a.root in second_roots:
            kind = "redup"
        elif _similar(a.root, second) or _similar(first, second):
            kind = "rhyme"
        else:
            kind = "first"
        out.append(a._replace(kind=kind if a.kind != "word" else f"{kind}_word",
                              clitics=a.clitics + clitics))
    return out


def hyphen_analyses(word: str, dictionary: Collection[str]) -> list[Analysis]:
    """Analyses of a hyphenated word (the word itself first)."""
    out = [Analysis(word, kind="word")]
    parts = word.split("-")
    if any(not p for p in parts):
        return out
    clitics = ""
    if len(parts) > 1 and parts[-1] in _CLITICS:
        clitics = parts.pop()
        if len(parts) == 1:
            return out + _before_clitic(parts[0], clitics, dictionary)
    last = parts[-1]
    if all(len(p) <= 3 and last.startswith(p) and len(p) < len(last) for p in parts[:-1]):
        # a stammer written out: "b-b-bapak", "s-saya"
        return out + [a._replace(kind="stammer", clitics=a.clitics + clitics)
                      for a in plain_analyses(last, dictionary)]
    if len(parts) != 2 or parts[0] in _ARABIC_ARTICLES:
        return out
    return out + _pair(parts[0], parts[1], clitics, dictionary)


def analyses(word: str, dictionary: Collection[str]) -> list[Analysis]:
    """Every candidate analysis of a lowercase word (the word itself first)."""
    if "-" in word:
        return hyphen_analyses(word, dictionary)
    return plain_analyses(word, dictionary)
