"""The one word segmentation of the rule cores, with character offsets, kept as columns.

:func:`segment` splits a text once into :class:`Tokens`: words (runs of word characters joined
by ``-``, ``/`` or an apostrophe, also one a scraper garbled: "Jum'at", "covid-19", "I/2024",
"Ma‚Äôruf") and single symbols (a garbled sequence holding letters, "‚Äú", is one), with their
offsets, the whitespace between them and a word/symbol flag. The officials rules read these
tokens directly; the place rules read :attr:`Tokens.words`, a view of the same segmentation
that keeps only letters (:class:`Words`). Each rule core that runs on a document asks
:func:`segment` for its text and gets the same object: the split is made once per text (a
small bounded cache keyed by the text; the pipeline's rule components run one document after
the other, so they meet the text while it is still there).

:class:`Words` keeps the words' texts, start and end offsets, casefolded forms and
capitalisation as parallel lists (columns). Rule cores scan the columns (cheap) and index the
sequence for a :class:`Word` object only where they look closer. Its words are the letter runs
of :data:`LETTERS` inside the word tokens: every such run lies inside one token (a token ends
where no word character or joined word character follows), so the view is what a search of the
whole text for :data:`LETTERS` gives once the garbled symbols are taken out (``"dia,‚ÄúBupati"``:
"dia", "Bupati", where the search alone reads "ÄúBupati"); tests check this on random texts.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from itertools import accumulate, compress, repeat
from operator import add, eq, gt, itemgetter, or_
from typing import Any, overload

from beritanlp.text.mojibake import GARBLED_APOSTROPHES, MOJIBAKE

#: An apostrophe inside a word: as written, or garbled by a scraper ("Ma‚Äôruf", like the news
#: tokenizer, which keeps such a word whole).
_APOSTROPHE = "(?:['’]|" + "|".join(map(re.escape, GARBLED_APOSTROPHES)) + ")"
#: Garbled sequences holding a letter ("‚Äú" for "“"): one symbol each, never the start of the
#: word they are glued to ("‚ÄúBupati" is a quote and "Bupati"). Inside a word, the apostrophe's
#: comes first (the word pattern reads it).
_GARBLED_SYMBOL = "|".join(re.escape(g) for g in sorted(MOJIBAKE, key=len, reverse=True)
                           if re.search(r"\w", g))
#: A token of the one segmentation: a word (joined by ``-``, ``/`` or an apostrophe) or one symbol.
TOKEN = re.compile(rf"{_GARBLED_SYMBOL}|\w+(?:(?:[-/]|{_APOSTROPHE})\w+)*|[^\w\s]")
_TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")
#: Letters, optionally joined by an apostrophe ("Jum'at", "Ma’ruf"): the words of :class:`Words`.
LETTERS = re.compile(rf"[^\W\d_]+(?:{_APOSTROPHE}[^\W\d_]+)*")

#: A run of ASCII letters: a word as the agency and headline rules count them.
ASCII_WORD = re.compile(r"[A-Za-z]+")
#: Lowercase words and symbols that join the parts of one name ("Hukum dan HAM", "Pekerjaan
#: Umum & Perumahan Rakyat", "Kabupaten/Kota").
NAME_JOINS: frozenset[str] = frozenset({"dan", "&", "/", "serta"})
#: Lowercase words inside a person's name ("Ahmad bin Yusuf", Batak "Rina br Sitepu").
NAME_PARTICLES: frozenset[str] = frozenset(
    {"bin", "binti", "van", "de", "der", "al", "el", "von", "da", "br", "boru"}
)

#: How many texts :func:`segment` keeps (the last ones asked for). The pipeline's rule
#: components see one document after the other, so two are enough; keeping more keeps the
#: segmentations (and the word objects the cores made from them) alive longer, which the
#: garbage collector pays for (measured with tests/benchmarks/segmentation.py).
CACHE_SIZE = 2


class Word:
    """One word of a :class:`Words` sequence.

    Attributes
    ----------
    text
        The word as written.
    start, end
        Character offsets (half-open).
    low
        ``text.casefold()``.
    cap
        ``text[:1].isupper()``.
    """

    __slots__ = ("cap", "end", "low", "start", "text")

    def __init__(self, text: str, start: int, end: int, low: str, cap: bool) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.low = low
        self.cap = cap

    def __repr__(self) -> str:
        return f"Word({self.text!r}, {self.start}, {self.end})"


class Words(Sequence[Word]):
    """The letter words of a text, as columns ``texts``, ``starts``, ``ends``, ``lows``, ``caps``.

    ``Words(text)`` is the :attr:`Tokens.words` view of :func:`segment` (a new object sharing
    its columns, which are read-only). Another ``pattern`` splits the text on that pattern
    instead (a general tool; the rule cores do not use it).

    Parameters
    ----------
    text
        The text.
    pattern
        What a word is (:data:`LETTERS` by default); it must not contain capturing groups.
    """

    def __init__(self, text: str, pattern: re.Pattern[str] = LETTERS) -> None:
        if pattern is LETTERS:
            view = segment(text).words
            self._columns(view.texts, view.starts, view.ends, view.lows, view.caps)
            return
        # Splitting on the word pattern gives [gap, word, gap, word, ..., gap], and running sums
        # of the pieces' lengths give the offsets.
        parts = re.compile(f"({pattern.pattern})", pattern.flags).split(text)
        texts = parts[1::2]
        offsets = list(accumulate(map(len, parts)))
        self._columns(texts, offsets[0::2][: len(texts)], offsets[1::2])

    @classmethod
    def from_columns(
        cls, texts: list[str], starts: list[int], ends: list[int],
        lows: list[str] | None = None, caps: list[bool] | None = None,
    ) -> Words:
        """Words with the given columns (``lows`` and ``caps`` derived when not given)."""
        words = cls.__new__(cls)
        words._columns(texts, starts, ends, lows, caps)
        return words

    def _columns(
        self, texts: list[str], starts: list[int], ends: list[int],
        lows: list[str] | None = None, caps: list[bool] | None = None,
    ) -> None:
        self.texts: list[str] = texts
        self.starts: list[int] = starts
        self.ends: list[int] = ends
        self.lows: list[str] = list(map(str.casefold, texts)) if lows is None else lows
        self.caps: list[bool] = [w[:1].isupper() for w in texts] if caps is None else caps
        self._made: list[Word | None] = [None] * len(texts)

    def __len__(self) -> int:
        return len(self.texts)

    @overload
    def __getitem__(self, index: int) -> Word: ...

    @overload
    def __getitem__(self, index: slice) -> list[Word]: ...

    def __getitem__(self, index: int | slice) -> Word | list[Word]:
        if isinstance(index, slice):
            return [self._word(i) for i in range(*index.indices(len(self.texts)))]
        n = len(self.texts)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("word index out of range")
        return self._word(index)

    def _word(self, i: int) -> Word:
        word = self._made[i]
        if word is None:
            word = Word(self.texts[i], self.starts[i], self.ends[i], self.lows[i], self.caps[i])
            self._made[i] = word
        return word





class Tokens:
    """The one segmentation of a text: word and symbol tokens as columns (read-only).

    Attributes
    ----------
    text
        The text.
    texts
        Every token as written, in text order.
    starts, ends
        Character offsets (half-open).
    gaps
        The whitespace before each token, and after the last one (``len(texts) + 1`` strings).
    is_word
        The token begins with a letter, digit or underscore (else it is one symbol).
    lows
        ``text.casefold()`` of every token.
    uppers
        The token begins with an uppercase character.
    """

    __slots__ = (
        "_words", "ends", "gaps", "is_word", "lows", "starts", "text", "texts", "uppers",
    )

    def __init__(self, text: str) -> None:
        # Column by column with C-level primitives: splitting on the token pattern gives
        # [gap, token, gap, token, ..., gap], and running sums of their lengths give the offsets.
        parts = _TOKEN_SPLIT.split(text)
        self.text = text
        self.texts: list[str] = parts[1::2]
        self.gaps: list[str] = parts[0::2]
        offsets = list(accumulate(map(len, parts)))
        self.starts: list[int] = offsets[0::2][: len(self.texts)]
        self.ends: list[int] = offsets[1::2]
        firsts = list(map(itemgetter(0), self.texts))  # a token's first character
        self.is_word: list[bool] = list(
            map(or_, map(str.isalnum, firsts), map(eq, firsts, repeat("_")))
        )
        self.lows: list[str] = list(map(str.casefold, self.texts))
        self.uppers: list[bool] = list(map(str.isupper, firsts))
        self._words: Words | None = None

    def __len__(self) -> int:
        return len(self.texts)

    @property
    def words(self) -> Words:
        """The letter words (:class:`Words`), derived from the tokens once."""
        if self._words is None:
            self._words = Words.from_columns(*_letter_columns(self))
        return self._words


def _letter_columns(
    tokens: Tokens,
) -> tuple[list[str], list[int], list[int], list[str], list[bool]]:
    r"""Texts, starts, ends, lows and caps of the :data:`LETTERS` runs inside the word tokens.

    An all-letter token is one word (the common case, taken column-wise with its ``lows`` and
    ``uppers``), an all-digit token none (``\d`` is no letter); the few word tokens with
    letters and digits, underscores or joiners are searched for their letter runs.
    """
    columns: tuple[list[Any], ...] = (tokens.texts, tokens.starts, tokens.lows, tokens.uppers)
    texts = tokens.texts
    alpha = list(map(str.isalpha, texts))
    # word tokens with letters and something else: neither all letters nor all digits (the
    # flags compared as bools: is_word > other is True only for True, False)
    plain = map(or_, alpha, map(str.isdecimal, texts))
    odd = compress(range(len(texts)), map(gt, tokens.is_word, plain))
    out: tuple[list[Any], ...] = ([], [], [], [])
    done = 0
    for i in odd:
        for column, kept in zip(columns, out, strict=True):
            kept += compress(column[done:i], alpha[done:i])
        start = tokens.starts[i]
        for m in LETTERS.finditer(texts[i]):
            word = m.group()
            out[0].append(word)
            out[1].append(start + m.start())
            out[2].append(word.casefold())
            out[3].append(word[0].isupper())
        done = i + 1
    for column, kept in zip(columns, out, strict=True):
        kept += compress(column[done:], alpha[done:])
    out_texts, out_starts, lows, caps = out
    return out_texts, out_starts, list(map(add, out_starts, map(len, out_texts))), lows, caps


_CACHE: OrderedDict[str, Tokens] = OrderedDict()
_LOCK = threading.Lock()


def segment(text: str) -> Tokens:
    """The :class:`Tokens` of ``text``, split once and kept for the next core that asks.

    The last :data:`CACHE_SIZE` texts are kept (a text's hash is computed once per string
    object, and the pipeline hands every component the same string, see
    :func:`beritanlp.text.doc_text.doc_text`).
    """
    with _LOCK:
        found = _CACHE.get(text)
        if found is not None:
            _CACHE.move_to_end(text)
            return found
    tokens = Tokens(text)
    with _LOCK:
        _CACHE[text] = tokens
        while len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
    return tokens


def written_lowercase(text: str, word: str) -> bool:
    """``word`` is also written in lowercase in ``text``: a common word ("terbaik"), no name."""
    return re.search(r"(?<![\w-])" + re.escape(word.lower()) + r"(?![\w-])", text) is not None


#: Letters of a word in capitals at least for it to be shouted rather than an acronym ("BPJS").
SHOUTED_LETTERS = 5


def shouted(name: str) -> bool:
    """``name`` is written in capitals only, with a word longer than an acronym ("MAKASSAR").

    Some newsrooms write headlines in capitals ("PEMKAB BANGKA TENGAH RAIH ..."): a fact
    named from such a mention reads "BANGKA TENGAH" where the body writes "Bangka Tengah".
    Record names prefer a mention that is not shouted. Names of short forms only ("DPR RI",
    "DPRD DKI") are not shouted.
    """
    return not any(c.islower() for c in name) and any(
        len(word) >= SHOUTED_LETTERS for word in LETTERS.findall(name))


__all__ = [
    "ASCII_WORD", "CACHE_SIZE", "LETTERS", "NAME_JOINS", "NAME_PARTICLES", "SHOUTED_LETTERS",
    "TOKEN", "Tokens", "Word", "Words", "segment", "shouted", "written_lowercase",
]
