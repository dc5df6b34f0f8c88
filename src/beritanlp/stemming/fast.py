"""Stemming without spaCy: a light regex tokenizer plus the same protection and stemmer.

``beritanlp.stem(text)`` uses this path: it needs tokens, offsets and stems, not a ``Doc``, and
is several times faster than running the spaCy pipeline. Tokens are words (hyphenated and
apostrophe words kept whole), numbers (``70,55``, ``1.234.567``, ``16/5/2024``, ``14.30``), the
news abbreviations of :mod:`beritanlp.text.tokenizer` (``Jl.``, ``S.H.``), and single
punctuation characters. Sentence starts follow :func:`beritanlp.text.sentences.sentence_starts`
and protection follows :func:`beritanlp.stemming.protect.protected_mask`, so a word gets the
same stem here as in the pipeline whenever both see the same sentence.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from beritanlp.stemming.protect import protected_mask
from beritanlp.stemming.stemmer import WordStemmer
from beritanlp.text.sentences import sentence_starts
from beritanlp.text.tokenizer import ABBREVIATIONS, special_cases

_ABBREV = "|".join(re.escape(a) for a in sorted(special_cases(ABBREVIATIONS), key=len,
                                                reverse=True))
_TOKEN = re.compile(
    rf"(?:{_ABBREV})(?![^\W_])"            # abbreviations that keep their period
    r"|\d+(?:[.,:/]\d+)*"                   # numbers, decimals, dates, times
    r"|[^\W\d_]+(?:['’-][^\W_]+)*"          # words, hyphenated and apostrophe words
    r"|\S"                                  # any other character on its own
)


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Split ``text`` into ``(token, start, end)`` triples (character offsets, half-open)."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


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
    tokens = tokenize(text)
    # sentence_starts wants line breaks as tokens: add a marker wherever a gap holds a newline.
    words: list[str] = []
    index: list[int] = []
    prev_end = 0
    for i, (tok, start, _end) in enumerate(tokens):
        if "\n" in text[prev_end:start]:
            words.append("\n")
            index.append(-1)
        words.append(tok)
        index.append(i)
        prev_end = _end
    starts_all = sentence_starts(words)
    starts = [starts_all[j] for j, i in enumerate(index) if i >= 0]
    texts = [t for t, _, _ in tokens]
    mask = protected_mask(texts, starts, None, protected_words)
    stem = stemmer.stem
    return [
        {"text": tok, "stem": tok if keep else stem(tok), "start": start, "end": end,
         "protected": keep}
        for (tok, start, end), keep in zip(tokens, mask, strict=True)
    ]
