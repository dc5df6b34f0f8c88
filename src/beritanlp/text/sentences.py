"""Sentence segmentation for news text (pure; the component is in ``components.sentences``).

Three views of one text, all here:

* :func:`sentence_starts` on the token sequence (the ``beritanlp_sentences`` component, which
  sets ``token.is_sent_start``);
* :func:`split_sentences` on the raw characters (the score rules, which work on text offsets and
  also split inside quotations);
* :func:`clause_starts` on the tokens of :func:`beritanlp.text.words.segment` (the officials
  rules: where a person's name may come right away).

They answer different questions and are kept apart on purpose (each is pinned by the records):
:func:`sentence_starts` reads the news tokenizer's tokens, whose abbreviations keep their period
and whose quotes are tracked, and marks only true sentence starts; :func:`split_sentences` sees
no tokens and so knows abbreviations from its own list (:data:`SPAN_ABBREVIATIONS`);
:func:`clause_starts` also starts a clause after a colon, a semicolon, an opening bracket, a
dash, a quote or a comma glued to the next word, and after every period (abbreviations
included), because a name may follow any of them. ``stemming.fast.sentence_start_positions``
mirrors :func:`sentence_starts` on its own tokens (the stemmer's fast path).

Rules of :func:`sentence_starts`:

* the headline (everything before the first blank line) is its own sentence, and every line
  break starts a new sentence (news paragraphs never continue across lines);
* ``.``, ``!``, ``?`` and ellipses end a sentence, together with any closing quotes or
  brackets that follow them, when the next word does not start in lowercase;
* abbreviations never end a sentence: the news tokenizer keeps their period inside the token
  (``Kab.``, ``S.H.``, ``dll.``), so they are not sentence-final punctuation here;
* decimals (``70.55``) are single tokens and so never split;
* nothing breaks inside quotes (curly “…” or straight "…") except at a line break.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

FINAL_PUNCT = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
CLOSERS = frozenset({"”", "’", '"', "'", ")", "]", "»"})
OPEN_QUOTES = frozenset({"“", "«"})
CLOSE_QUOTES = frozenset({"”", "»"})


def sentence_starts(words: Sequence[str]) -> list[bool]:
    r"""Decide which tokens start a sentence.

    Parameters
    ----------
    words
        Token texts in order (whitespace tokens such as ``"\n\n"`` included).

    Returns
    -------
    list of bool
        ``True`` where a token starts a sentence; the first token always does.
    """
    n = len(words)
    starts = [False] * n
    if n == 0:
        return starts
    starts[0] = True
    in_quote = False
    pending = False  # a sentence ended; the next real word starts the next one
    for i, word in enumerate(words):
        if word.isspace():
            if "\n" in word:
                in_quote = False
                pending = True
            continue
        if pending:
            if word in CLOSERS and not (word == '"' and not in_quote):
                # closing punctuation after the end belongs to the sentence that ended
                if word in CLOSE_QUOTES or word == '"':
                    in_quote = False
                continue
            if _breaks_before(word, words, i):
                starts[i] = True
            pending = False
        if word in OPEN_QUOTES:
            in_quote = True
        elif word in CLOSE_QUOTES:
            in_quote = False
        elif word == '"':
            in_quote = not in_quote
        if word in FINAL_PUNCT and not in_quote:
            pending = True
        elif word in FINAL_PUNCT and in_quote and _quote_closes_next(words, i):
            pending = True
    return starts


#: Tokens after which a clause starts (:func:`clause_starts`): sentence ends, quotes, brackets,
#: colons, dashes.
SENTENCE_PUNCT = frozenset('.!?"“”:;(—–-\'‘’')


def clause_starts(tokens: Sequence[str], gaps: Sequence[str]) -> list[bool]:
    """Flag the tokens that start a sentence or a clause (the officials rules' view).

    Parameters
    ----------
    tokens
        Token texts without whitespace (:attr:`beritanlp.text.words.Tokens.texts`).
    gaps
        The whitespace before each token (:attr:`beritanlp.text.words.Tokens.gaps`; an extra
        trailing entry is ignored).

    Returns
    -------
    list of bool
        ``True`` for the first token, a token after a line break, after a token of
        :data:`SENTENCE_PUNCT` and after a comma glued to it.
    """
    if not tokens:
        return []
    flags = [True]
    flags += [
        "\n" in gap or prev in SENTENCE_PUNCT or (prev == "," and not gap)
        for prev, gap in zip(tokens, gaps[1 : len(tokens)], strict=False)
    ]
    return flags


#: The marks CLICK-ID glues its paragraph-joining comma after ("kata dia.,Andi",
#: "siap\",Bupati"); the news tokenizer splits the joint into these marks and the comma.
JOINT_CLOSERS = frozenset({".", "!", "?", '"', "”", "’"})


def after_paragraph_joint(words: Sequence[str], i: int) -> bool:
    """Whether ``words[i]`` follows a paragraph joint: a comma right after a sentence's end.

    ``"dia", ".", ",", "Andi"``: "Andi" opens a paragraph, capitalised for that reason alone,
    as after a period. A comma after a word (``"Jakarta", ",", "Andi"``) is no joint.

    Parameters
    ----------
    words
        Token texts in order.
    i
        The position of the word.

    Returns
    -------
    bool
    """
    return i >= 2 and words[i - 1] == "," and words[i - 2] in JOINT_CLOSERS


def _breaks_before(word: str, words: Sequence[str], i: int) -> bool:
    """A sentence may start at ``word`` unless it begins in lowercase after a same-line period."""
    after_newline = i > 0 and words[i - 1].isspace() and "\n" in words[i - 1]
    return after_newline or not word[:1].islower()


def _quote_closes_next(words: Sequence[str], i: int) -> bool:
    """True when the punctuation at ``i`` is directly followed by a closing quote."""
    return i + 1 < len(words) and (words[i + 1] in CLOSE_QUOTES or words[i + 1] == '"')


# ---------------------------------------------------------------------------------------------
# Character spans (the score rules)

#: Abbreviations whose period does not end a sentence in :func:`split_sentences` (lowercase).
SPAN_ABBREVIATIONS = frozenset({
    "no", "jl", "kab", "kec", "prov", "pj", "plt", "plh", "h", "hj", "dr", "drs", "ir", "prof",
    "sh", "si", "st", "mm", "dll", "dsb", "tgl", "pk", "pkl", "pt", "tbk", "kol", "brigjen",
    "mayjen", "letjen", "jend", "kapt", "bpk", "sdr", "ny", "tn",
})
# A run of stops is tried from its first character only (the lookbehind): tried from inside
# the run as well, a run that ends no sentence ("....." then a lowercase word) was rescanned from
# each of its characters, quadratic in its length (16,000 dots took 24 s). A match from inside
# a run could only end where the match from its first character does, so nothing else changes.
_BOUNDARY = re.compile(
    r"(?<![.!?])[.!?]+[\"”’)]*(?:(?:\s*,)+(?=\s*[\"“]?[A-Z])|\s+(?=[\"“(]?[A-Z0-9]))|\n+"
)


_LAST_WORD = re.compile(r"(\w+)$")


#: Longest "sentence" (characters) the score rules look at as one. Longer runs without a
#: sentence break (lists, scraped tables, pages without punctuation) are cut into pieces of at
#: most this length, so the rules' work per number stays bounded and a text's cost linear.
#: The longest real sentence in the development data (CLICK-ID, gov_dev) has 4,537 characters.
MAX_SENTENCE_CHARS = 5_000


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split text into sentence spans (start, end), not after abbreviations or inside numbers.

    A line break always ends a sentence; so does ".", "!" or "?" followed by space (or by the
    comma that CLICK-ID-style scrapes put between paragraphs) and a capital letter or digit.
    A sentence longer than :data:`MAX_SENTENCE_CHARS` is cut at spaces into shorter pieces.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0)[0] == ".":
            # The word before the stop (a word of 100+ characters is no abbreviation anyway).
            word = _LAST_WORD.search(text, max(start, m.start() - 100), m.start())
            w = word.group(1) if word else ""
            if w and (w.lower() in SPAN_ABBREVIATIONS or (len(w) == 1 and w.isalpha())):
                continue
        if text[start:m.end()].strip():
            spans.extend(_bounded(text, start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.extend(_bounded(text, start, len(text)))
    return spans


def _bounded(text: str, start: int, end: int,
             limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` cut into pieces of at most ``limit`` characters, after a space if any."""
    pieces: list[tuple[int, int]] = []
    while end - start > limit:
        cut = text.rfind(" ", start + 1, start + limit) + 1  # after the last space that fits
        if cut <= start:
            cut = start + limit  # no space at all: cut anywhere
        pieces.append((start, cut))
        start = cut
    if text[start:end].strip() or not pieces:  # no blank tail piece
        pieces.append((start, end))
    return pieces
