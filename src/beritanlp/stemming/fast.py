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
from bisect import bisect_left
from collections.abc import Collection
from dataclasses import dataclass, field
from itertools import accumulate, compress
from operator import itemgetter
from typing import Any

from beritanlp.stemming.protect import OPENING_QUOTES, protected_positions
from beritanlp.stemming.stemmer import WordStemmer
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
_TOKEN_PATTERN = (
    rf"(?>{_WORD})(?!\.)"                   # a word not followed by a period (most tokens)
    rf"|(?:{_trie_pattern(_ABBREVIATIONS)})(?![^\W_])"  # abbreviations that keep their period
    r"|\d+(?:[.,:/]\d+)*"                   # numbers, decimals, dates, times
    rf"|{_WORD}"                             # a word before a period
    r"|\S"                                  # any other character on its own
)
# Every abbreviation starts with letters and a period, so where one matches the first
# alternative cannot: the tokens are those of "abbreviation | number | word | other" tried
# in that order.
_TOKEN = re.compile(_TOKEN_PATTERN)
# The same pattern as one capturing group: split() then alternates gap, token, gap, ...
_SPLIT = re.compile(f"({_TOKEN_PATTERN})")

# Tokens that change the state of sentence splitting, or open a quotation.
_SENTENCE_MARKS = FINAL_PUNCT | CLOSERS | OPEN_QUOTES | CLOSE_QUOTES | {'"'}
_MARKS = _SENTENCE_MARKS | OPENING_QUOTES
_first_char = itemgetter(0)


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Split ``text`` into ``(token, start, end)`` triples (character offsets, half-open)."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@dataclass
class StemColumns:
    """Tokens of one text as parallel columns (all lists have one item per token)."""

    texts: list[str] = field(default_factory=list)
    stems: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    protected: list[bool] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.texts)

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
        if word in OPEN_QUOTES:
            in_quote = True
        elif word in CLOSE_QUOTES:
            in_quote = False
        elif word == '"':
            in_quote = not in_quote
        if word in FINAL_PUNCT:
            if not in_quote:
                pending = True
            elif k + 1 < n and k + 1 not in newline and (
                    tokens[k + 1] in CLOSE_QUOTES or tokens[k + 1] == '"'):
                pending = True
    if pending and following < n and not tokens[following][:1].islower():
        starts.append(following)
    return starts


def stem_columns(
    text: str,
    stemmer: WordStemmer,
    protected_words: Collection[str] = (),
    static_cache: dict[str, bool] | None = None,
) -> StemColumns:
    """Tokenize and stem ``text`` into columns, keeping names and offsets.

    Parameters
    ----------
    text
        Any text.
    stemmer
        The (cached) word stemmer to use.
    protected_words
        Lowercased words never stemmed when capitalised.
    static_cache
        Optional dict shared between calls that remembers per-word protection facts.

    Returns
    -------
    StemColumns
    """
    tokens, starts, ends, after_newline = split_tokens(text)
    n = len(tokens)
    if not n:
        return StemColumns()
    marks = list(compress(range(n), map(_MARKS.__contains__, tokens)))
    sentence_starts = sentence_start_positions(tokens, after_newline, marks)
    capitalised = list(compress(range(n), map(str.isupper, map(_first_char, tokens))))
    kept = protected_positions(
        tokens, sentence_starts, (i for i in marks if tokens[i] in OPENING_QUOTES),
        capitalised, protected_words, static_cache)
    protected = [False] * n
    for i in kept:
        protected[i] = True
    stems = stemmer.stem_many(tokens, kept)
    return StemColumns(tokens, stems, starts, ends, protected)


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
    return stem_columns(text, stemmer, protected_words).as_dicts()
