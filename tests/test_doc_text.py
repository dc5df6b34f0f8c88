"""``doc_text``: the same string as ``doc.text``, built once per document."""

from __future__ import annotations

import spacy

from beritanlp.text.doc_text import USER_DATA_KEY, doc_text


def test_equals_doc_text_and_is_kept() -> None:
    nlp = spacy.blank("id")
    doc = nlp("Pj Wali Kota  Pangkalpinang\n\nmeraih nilai 70,55. ")
    assert doc_text(doc) == doc.text
    assert doc.user_data[USER_DATA_KEY] == doc.text
    assert doc_text(doc) is doc_text(doc)


def test_empty_doc() -> None:
    doc = spacy.blank("id")("")
    assert doc_text(doc) == ""


def test_stale_value_is_replaced() -> None:
    nlp = spacy.blank("id")
    doc = nlp("Komisi Pemberantasan Korupsi")
    doc.user_data[USER_DATA_KEY] = "teks lain yang panjangnya tidak sama"
    assert doc_text(doc) == "Komisi Pemberantasan Korupsi"
    doc.user_data[USER_DATA_KEY] = "Komisi Pemberantasan Koruptor"[: len(doc.text)]
    assert doc_text(doc) == doc.text


def test_survives_retokenizing() -> None:
    nlp = spacy.blank("id")
    doc = nlp("Wali Kota Bekasi hadir.")
    assert doc_text(doc) == doc.text
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert doc_text(doc) == doc.text == "Wali Kota Bekasi hadir."
