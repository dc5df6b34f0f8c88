"""Sentence segmentation for news text.

Rules, applied to the token sequence (a pure function, :func:`sentence_starts`):

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

from collections.abc import Sequence

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from beritanlp.text.doc_text import token_texts

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


def _breaks_before(word: str, words: Sequence[str], i: int) -> bool:
    """A sentence may start at ``word`` unless it begins in lowercase after a same-line period."""
    after_newline = i > 0 and words[i - 1].isspace() and "\n" in words[i - 1]
    return after_newline or not word[:1].islower()


def _quote_closes_next(words: Sequence[str], i: int) -> bool:
    """True when the punctuation at ``i`` is directly followed by a closing quote."""
    return i + 1 < len(words) and (words[i + 1] in CLOSE_QUOTES or words[i + 1] == '"')


class NewsSentencizer:
    """Thin spaCy component around :func:`sentence_starts`."""

    def __init__(self, name: str = "beritanlp_sentences") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Set ``token.is_sent_start`` for every token of ``doc``."""
        if len(doc) == 0:
            return doc
        # One array write: setting token.is_sent_start token by token is quadratic in spaCy.
        starts = sentence_starts(token_texts(doc))
        values = numpy.asarray([1 if start else -1 for start in starts], dtype="int64")
        values = values.astype("uint64")  # spaCy stores attributes as uint64; -1 wraps
        doc.from_array([SENT_START], values.reshape(-1, 1))  # type: ignore[arg-type]
        return doc


@Language.factory(
    "beritanlp_sentences",
    assigns=["token.is_sent_start"],
    default_config={},
)
def make_sentences(nlp: Language, name: str) -> NewsSentencizer:
    """Create the news sentence splitter (``nlp.add_pipe("beritanlp_sentences")``)."""
    return NewsSentencizer(name)
