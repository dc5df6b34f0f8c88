"""Stemming without spaCy: a light regex tokenizer plus the same protection and stemmer.

``beritanlp.stem(text)`` uses this path: it needs tokens, offsets and stems, not a ``Doc``, and
is several times faster than running the spaCy pipeline. Tokens are words (hyphenated and
apostrophe words kept whole), numbers (``70,55``, ``1.234.567``, ``16/5/2024``, ``14.30``), the
news abbreviations of :mod:`beritanlp.text.tokenizer` (``Jl.``, ``S.H.``), and single
punctuation characters. Sentence starts follow :func:`beritanlp.text.sentences.sentence_starts`
and protection follows :func:`beritanlp.stemming.protect.protected_mask`, so a word gets the
same stem here as in the pipeline whenever both see the same sentence.

The work is done column by column with C-level primitives (``re.split``, ``map``,
``itertools``) rather than token by token: offsets are running sums of the split pieces'
lengths, stems come from one dict lookup per token, and Python code only visits the few tokens
that matter for sentence starts and names (punctuation, quotes, line breaks, capitalised words).
"""

from __future__ import annotations

import re
import sys
import threading
from bisect import bisect_left
from collections import deque
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from itertools import accumulate, compress, repeat
from operator import is_, itemgetter
from typing import Any

from beritanlp.stemming.protect import OPENING_QUOTES, protected_positions
from beritanlp.stemming.stemmer import DEFAULT_CACHE_SIZE, WordStemmer, remember_bounded
from beritanlp.stemming.tokens import end_offsets, protected_flags
from beritanlp.text.sentences import CLOSE_QUOTES, CLOSERS, FINAL_PUNCT, OPEN_QUOTES
from beritanlp.text.tokenizer import ABBREVIATIONS, special_cases


def _trie_pattern(words: list[str]) -> str:
    """A regular expression matching exactly ``words``, longest alternative first, as a trie.

    A trie rejects a position after one character test instead of trying every word.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alternatives = [re.escape(char) + build(child)
                        for char, child in sorted(node.items()) if char]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


_ABBREVIATIONS = sorted(special_cases(ABBREVIATIONS), key=len, reverse=True)
_WORD = r"[^\W\d_]+(?:['’-][^\W_]+)*"           # words, hyphenated and apostrophe words
# A plain word with nothing attached (most tokens). Lowercase ASCII words are tried first with
# a one-range class (cheaper than the Unicode letter class); the lookahead then also refuses a
# following non-ASCII letter, which the general case picks up. Python 3.11+ has possessive
# quantifiers: the letter run is never given back, so the general case's lookahead need not
# re-test for a letter. Same matches, about a tenth faster.
_PLAIN_WORD = (r"[a-z]++(?![.'’\-]|[^\W\d_])|[^\W\d_]++(?![.'’\-])" if sys.version_info >= (3, 11)
               else r"[^\W\d_]+(?![.'’\-]|[^\W\d_])")
_TOKEN_PATTERN = (
    r"(?=\S)(?:"                             # never try the alternatives on whitespace
    rf"{_PLAIN_WORD}"
    rf"|(?:{_trie_pattern(_ABBREVIATIONS)})(?![^\W_])"  # abbreviations that keep their period
    r"|\d+(?:[.,:/]\d+)*"                   # numbers, decimals, dates, times
    rf"|{_WORD}"                             # words, hyphenated and apostrophe words
    r"|\S)"                                 # any other character on its own
)
# Every abbreviation starts with letters and a period, so where one matches the first
# alternative cannot, and where the first matches, "abbreviation | number | word | other"
# tried in that order would give the same plain word: the tokens are those of that order.
_TOKEN = re.compile(_TOKEN_PATTERN)
# The same pattern as one capturing group: split() then alternates gap, token, gap, ...
_SPLIT = re.compile(f"({_TOKEN_PATTERN})")

# Tokens that change the state of sentence splitting, or open a quotation.
_SENTENCE_MARKS = FINAL_PUNCT | CLOSERS | OPEN_QUOTES | CLOSE_QUOTES | {'"'}
_MARKS = _SENTENCE_MARKS | OPENING_QUOTES
_first_char = itemgetter(0)
# runs an iterator for its side effects at C speed
_exhaust: Callable[[Iterable[object]], None] = deque[object](maxlen=0).extend


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Split ``text`` into ``(token, start, end)`` triples (character offsets, half-open)."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@dataclass
class StemColumns:
    """Tokens of one text as parallel columns (tuples with one item per token).

    Tuples rather than lists: once the garbage collector has seen a tuple of strings and
    numbers it stops tracking it, so keeping many results alive stays cheap.
    """

    texts: tuple[str, ...] = ()
    stems: tuple[str, ...] = ()
    starts: tuple[int, ...] = ()
    kept: tuple[int, ...] = ()  # increasing positions of the protected tokens
    is_stop: tuple[bool, ...] = ()

    def __len__(self) -> int:
        return len(self.texts)

    @property
    def ends(self) -> tuple[int, ...]:
        """End offsets (start plus length)."""
        return end_offsets(self.texts, self.starts)

    @property
    def protected(self) -> tuple[bool, ...]:
        """One flag per token: kept as written."""
        return protected_flags(len(self.texts), self.kept)

    def as_dicts(self) -> list[dict[str, Any]]:
        """One dict per token: ``text``, ``stem``, ``start``, ``end``, ``protected``."""
        return [
            {"text": t, "stem": s, "start": a, "end": b, "protected": p}
            for t, s, a, b, p in zip(self.texts, self.stems, self.starts, self.ends,
                                     self.protected, strict=True)
        ]


def split_tokens(text: str) -> tuple[list[str], list[int], list[int], list[int]]:
    """Tokens, their start and end offsets, and the positions preceded by a line break.

    The same tokens as :func:`tokenize`, found with one ``re.split`` instead of a match object
    per token; offsets are running sums of the pieces' lengths.
    """
    parts = _SPLIT.split(text)
    tokens = parts[1::2]
    bounds = list(accumulate(map(len, parts)))
    starts = bounds[0:-1:2]
    after_newline: list[int] = []
    newline = text.find("\n")
    while newline >= 0:
        # a newline lies in a gap; the token after it is the first one starting later
        k = bisect_left(starts, newline)
        if k == len(tokens):
            break
        if not after_newline or after_newline[-1] != k:
            after_newline.append(k)
        newline = text.find("\n", starts[k])
    return tokens, starts, bounds[1::2], after_newline


def sentence_start_positions(tokens: list[str], after_newline: list[int],
                             marks: list[int] | None = None) -> list[int]:
    """The tokens that start a sentence, as the reference ``sentence_starts`` decides.

    :func:`beritanlp.text.sentences.sentence_starts` is given the tokens with a line-break
    marker wherever a gap holds a newline; this gives the same answer from sparse inputs.

    Parameters
    ----------
    tokens
        Token texts (no whitespace tokens).
    after_newline
        Increasing positions of the tokens preceded by whitespace containing a newline.
    marks
        Positions of the tokens in the sentence-splitting sets (computed when omitted).

    Returns
    -------
    list of int
        Increasing positions of the sentence-initial tokens.
    """
    n = len(tokens)
    if not n:
        return []
    if marks is None:
        marks = list(compress(range(n), map(_MARKS.__contains__, tokens)))
    newline = set(after_newline)
    events = sorted(newline.union(i for i in marks if tokens[i] in _SENTENCE_MARKS))
    starts = [] if 0 in newline else [0]
    in_quote = pending = False
    following = 0  # the first token not handled yet
    for k in events:
        if pending and following < k:
            # an ordinary token on the same line follows the end of a sentence
            if not tokens[following][:1].islower():
                starts.append(following)
            pending = False
        following = k + 1
        word = tokens[k]
        line_break = k in newline
        if line_break:
            in_quote = False
            pending = True
        if pending:
            if word in CLOSERS and not (word == '"' and not in_quote):
                if word in CLOSE_QUOTES or word == '"':
                    in_quote = False
                continue
            if line_break or not word[:1].islower():
                starts.append(k)
            pending = False
        in_quote = _quote_state(word, in_quote)
        if word in FINAL_PUNCT:  # pending is False here
            pending = _ends_sentence(tokens, k, newline, in_quote)
    if pending and following < n and not tokens[following][:1].islower():
        starts.append(following)
    return starts


def _quote_state(word: str, in_quote: bool) -> bool:
    """Whether a quotation is open after ``word``."""
    if word in OPEN_QUOTES:
        return True
    if word in CLOSE_QUOTES:
        return False
    if word == '"':
        return not in_quote
    return in_quote


def _ends_sentence(tokens: list[str], k: int, newline: set[int], in_quote: bool) -> bool:
    """Whether the final punctuation ``tokens[k]`` ends a sentence.

    Outside a quotation it does; inside one, only when a closing quote follows on the same line.
    """
    if not in_quote:
        return True
    nxt = k + 1
    return nxt < len(tokens) and nxt not in newline and (
        tokens[nxt] in CLOSE_QUOTES or tokens[nxt] == '"')


# A flagged token (capitalised, or not starting with a letter): (stem once needed, capitalised,
# sentence or quotation mark, starts with a letter). Any other token, a word starting with a
# lowercase letter, can never be protected and is remembered by its stem alone.
_Flagged = tuple["str | None", bool, bool, bool]


class TokenTable:
    """What the fast path needs to know about each distinct token text, in one bounded cache.

    A token starting with a lowercase letter (never protected) maps to its stem. Any other
    token (capitalised, or starting with a digit, punctuation or another non-letter) maps to
    a 4-tuple ``(stem, is capitalised, is a mark, starts with a letter)``: "is a mark" means
    punctuation that matters to sentence splitting or quotations, and the stem is ``None``
    until the token first occurs unprotected, so names are never stemmed. One dict lookup
    per token gives everything.

    Safe to share between threads: lookups read the dict without a lock, and entries are
    added, updated or forgotten under a lock. The per-word protection facts (:attr:`static`)
    are forgotten whenever :attr:`protected_words` is assigned.

    Parameters
    ----------
    stemmer
        Computes the stems.
    protected_words
        Lowercased words never stemmed when capitalised.
    stop_words
        Lowercase stopwords (``is_stop``).
    cache_size
        Maximum number of token texts remembered (the oldest quarter is forgotten when full).
    """

    def __init__(
        self,
        stemmer: WordStemmer,
        protected_words: Collection[str] = (),
        stop_words: Collection[str] = (),
        cache_size: int = DEFAULT_CACHE_SIZE,
    ) -> None:
        if cache_size < 0:
            raise ValueError(f"cache_size must be >= 0, got {cache_size}")
        self.stemmer = stemmer
        self.static: dict[str, bool] = {}  # per-word protection facts (protected_positions)
        self.protected_words = protected_words
        self.stop_words = stop_words
        self.cache_size = cache_size
        self._entries: dict[str, str | _Flagged] = {}
        self._lock = threading.Lock()  # held while entries are added, updated or forgotten

    @property
    def protected_words(self) -> Collection[str]:
        """Lowercased words never stemmed when capitalised (assigning clears :attr:`static`)."""
        return self._protected_words

    @protected_words.setter
    def protected_words(self, words: Collection[str]) -> None:
        self._protected_words = words
        self.static = {}  # its facts depend on the protected words

    def __len__(self) -> int:
        return len(self._entries)

    @staticmethod
    def _flags(token: str) -> _Flagged | None:
        """The entry of a flagged token (stem not known yet); ``None`` for a word to stem."""
        first = token[:1]
        capitalised = first.isupper()
        alpha = first.isalpha()
        if capitalised or not alpha:
            return (None, capitalised, token in _MARKS, alpha)
        return None

    def _remember(self, new: dict[str, str | _Flagged]) -> None:
        """Add ``new`` entries, forgetting the oldest ones beyond ``cache_size``."""
        remember_bounded(self._entries, new, self.cache_size, self._lock)

    def lookup(self, tokens: list[str]) -> list[str | _Flagged]:
        """The entry of every token (computing and remembering the unseen ones)."""
        rows: list[str | _Flagged | None] = list(map(self._entries.get, tokens))
        if not all(rows):  # some token not seen yet (stems and tuples are never empty)
            unseen = list(compress(range(len(rows)), map(is_, rows, repeat(None))))
            unseen_tokens = list(map(tokens.__getitem__, unseen))
            new: dict[str, str | _Flagged | None] = dict.fromkeys(unseen_tokens)
            words = []  # the distinct unseen words to stem, stemmed in one call
            for token in new:
                flags = new[token] = self._flags(token)
                if flags is None:
                    words.append(token)
            if words:
                new.update(zip(words, self.stemmer.stem_many(words), strict=True))
            self._remember(new)  # type: ignore[arg-type]  # every value is set now
            _exhaust(map(rows.__setitem__, unseen, map(new.__getitem__, unseen_tokens)))
        return rows  # type: ignore[return-value]

    def fill_stems(self, tokens: list[str], stems: list[str | None], kept: list[int]
                   ) -> list[str]:
        """Complete ``stems``: protected positions keep their text, the others get a stem."""
        _exhaust(map(stems.__setitem__, kept, map(tokens.__getitem__, kept)))
        if all(stems):
            return stems  # type: ignore[return-value]
        missing = list(compress(range(len(stems)), map(is_, stems, repeat(None))))
        missing_tokens = list(map(tokens.__getitem__, missing))
        words = list(dict.fromkeys(missing_tokens))
        computed = dict(zip(words, self.stemmer.stem_many(words), strict=True))
        _exhaust(map(stems.__setitem__, missing, map(computed.__getitem__, missing_tokens)))
        entries = self._entries
        with self._lock:  # remember them for the next time (unless an entry was dropped)
            for word, word_stem in computed.items():
                known = entries.get(word)
                if isinstance(known, tuple):
                    entries[word] = (word_stem, *known[1:])
        return stems  # type: ignore[return-value]


def stem_columns(text: str, table: TokenTable, with_stopwords: bool = True) -> StemColumns:
    """Tokenize and stem ``text`` into columns, keeping names and offsets.

    Parameters
    ----------
    text
        Any text.
    table
        The token cache (with the stemmer, protected words and stopwords).
    with_stopwords
        Fill the ``is_stop`` column (left empty otherwise).

    Returns
    -------
    StemColumns
    """
    tokens, starts, _, after_newline = split_tokens(text)
    n = len(tokens)
    if not n:
        return StemColumns()
    rows = table.lookup(tokens)
    stems: list[str | None] = rows  # type: ignore[assignment]  # flagged rows replaced below
    capitalised: list[int] = []
    marks: list[int] = []
    non_alpha: list[int] = []
    for i in compress(range(n), map(isinstance, rows, repeat(tuple))):
        stem, is_capitalised, is_mark, is_alpha = rows[i]  # type: ignore[str-unpack]
        stems[i] = stem
        if is_capitalised:
            capitalised.append(i)
        if not is_alpha:
            non_alpha.append(i)
            if is_mark:
                marks.append(i)
    sentence_starts = sentence_start_positions(tokens, after_newline, marks)
    kept = protected_positions(
        tokens, sentence_starts, (i for i in marks if tokens[i] in OPENING_QUOTES),
        capitalised, table.protected_words, table.static, non_alpha)
    filled = table.fill_stems(tokens, stems, kept)
    is_stop: tuple[bool, ...] = ()
    if with_stopwords:
        is_stop = tuple(map(table.stop_words.__contains__, map(str.lower, tokens)))
    return StemColumns(tuple(tokens), tuple(filled), tuple(starts), tuple(kept), is_stop)


def stem_text(
    text: str,
    stemmer: WordStemmer,
    protected_words: Collection[str] = (),
) -> list[dict[str, Any]]:
    """Tokenize and stem ``text``, keeping names and offsets.

    Parameters
    ----------
    text
        Any text.
    stemmer
        The (cached) word stemmer to use.
    protected_words
        Lowercased words never stemmed when capitalised.

    Returns
    -------
    list of dict
        ``text``, ``stem``, ``start``, ``end``, ``protected`` for every token.
    """
    return stem_columns(text, TokenTable(stemmer, protected_words)).as_dicts()
