"""``doc_text``: the same string as ``doc.text``, built once per document."""

from __future__ import annotations

import spacy

from beritanlp.text import doc_text as module
from beritanlp.text.doc_text import doc_text


def test_equals_doc_text_and_is_kept() -> None:
    nlp = spacy.blank("id")
    doc = nlp("Pj Wali Kota  Pangkalpinang\n\nmeraih nilai 70,55. ")
    assert doc_text(doc) == doc.text
    assert module._TEXTS[doc] == doc.text
    assert doc_text(doc) is doc_text(doc)
    assert not doc.user_data  # serialised docs carry no second copy of the text


def test_empty_doc() -> None:
    doc = spacy.blank("id")("")
    assert doc_text(doc) == ""


def test_stale_value_is_replaced() -> None:
    nlp = spacy.blank("id")
    doc = nlp("Komisi Pemberantasan Korupsi")
    module._TEXTS[doc] = "teks lain yang panjangnya tidak sama"
    assert doc_text(doc) == "Komisi Pemberantasan Korupsi"
    module._TEXTS[doc] = "Komisi Pemberantasan Koruptor"[: len(doc.text)]
    assert doc_text(doc) == doc.text


def test_survives_retokenizing() -> None:
    nlp = spacy.blank("id")
    doc = nlp("Wali Kota Bekasi hadir.")
    assert doc_text(doc) == doc.text
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert doc_text(doc) == doc.text == "Wali Kota Bekasi hadir."


def test_entry_goes_away_with_the_doc() -> None:
    import gc

    doc = spacy.blank("id")("Wali Kota Bekasi hadir.")
    doc_text(doc)
    before = len(module._TEXTS)
    del doc
    gc.collect()
    assert len(module._TEXTS) == before - 1
