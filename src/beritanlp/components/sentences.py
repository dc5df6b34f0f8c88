"""spaCy component ``beritanlp_sentences``: ``token.is_sent_start`` from the news rules.

The rules are :func:`beritanlp.text.sentences.sentence_starts`; this wrapper reads the token
texts and writes the starts in one array.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from beritanlp.text.doc_text import token_texts
from beritanlp.text.sentences import sentence_starts


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
