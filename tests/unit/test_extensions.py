"""Token extensions backed by one column per document (``token._.stem``, ``token._.protected``)."""

from __future__ import annotations

import pickle

import pytest
import spacy
from spacy.tokens import Doc, DocBin

from beritanlp import extensions


@pytest.fixture()
def doc() -> Doc:
    extensions.register()
    return spacy.blank("id")("Pemerintah kota meningkatkan layanan")


def test_column_is_read_per_token(doc: Doc) -> None:
    assert [t._.stem for t in doc] == [None] * 4
    assert [t._.protected for t in doc] == [False] * 4
    extensions.set_token_column(doc, "stem", ["perintah", "kota", "tingkat", "layan"])
    assert [t._.stem for t in doc] == ["perintah", "kota", "tingkat", "layan"]


def test_assigning_one_token_still_works(doc: Doc) -> None:
    doc[2]._.stem = "tingkat"
    doc[0]._.protected = True
    assert [t._.stem for t in doc] == [None, None, "tingkat", None]
    assert [t._.protected for t in doc] == [True, False, False, False]


def test_wrong_length_is_refused(doc: Doc) -> None:
    with pytest.raises(ValueError, match="3 values for 4 tokens"):
        extensions.set_token_column(doc, "stem", ["a", "b", "c"])


def test_retokenized_doc_reads_defaults(doc: Doc) -> None:
    extensions.set_token_column(doc, "stem", ["perintah", "kota", "tingkat", "layan"])
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert [t._.stem for t in doc] == [None, None, None]


def test_survives_docbin_and_pickle(doc: Doc) -> None:
    extensions.set_token_column(doc, "stem", ["perintah", "kota", "tingkat", "layan"])
    extensions.set_token_column(doc, "protected", [False, False, False, True])
    restored = list(DocBin(docs=[doc], store_user_data=True).get_docs(doc.vocab))[0]
    assert [t._.stem for t in restored] == ["perintah", "kota", "tingkat", "layan"]
    unpickled = pickle.loads(pickle.dumps(doc))
    assert [t._.protected for t in unpickled] == [False, False, False, True]
