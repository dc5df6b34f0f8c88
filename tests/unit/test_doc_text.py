"""``doc_text``: the same string as ``doc.text``, built once per document."""

from __future__ import annotations

import spacy

from beritanlp.text.doc_text import doc_text, given_text, spans_doc


def test_equals_doc_text_and_is_kept() -> None:
    nlp = spacy.blank("id")
    doc = nlp("Pj Wali Kota  Pangkalpinang\n\nmeraih nilai 70,55. ")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)  # kept: doc.text would build a new string
    assert not doc.user_data  # serialised docs carry no second copy of the text


def test_empty_doc() -> None:
    doc = spacy.blank("id")("")
    assert doc_text(doc) == ""


def test_a_string_that_no_longer_spans_the_doc_is_not_taken() -> None:
    nlp = spacy.blank("id")
    doc = nlp("Komisi Pemberantasan Korupsi")
    assert spans_doc(doc, doc.text)
    assert not spans_doc(doc, "teks lain yang panjangnya tidak sama")
    assert not spans_doc(doc, "Komisi Pemberantasan Koruptor"[: len(doc.text)])
    assert spans_doc(nlp(""), "") and not spans_doc(nlp(""), " ")


def test_survives_retokenizing() -> None:
    nlp = spacy.blank("id")
    doc = nlp("Wali Kota Bekasi hadir.")
    assert doc_text(doc) == doc.text
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert doc_text(doc) == doc.text == "Wali Kota Bekasi hadir."


def test_the_kept_text_does_not_keep_the_doc_alive() -> None:
    import gc
    import weakref

    doc = spacy.blank("id")("Wali Kota Bekasi hadir.")
    doc_text(doc)
    ref = weakref.ref(doc)
    del doc
    gc.collect()
    assert ref() is None


def test_the_news_tokenizer_hands_its_string_over() -> None:
    from beritanlp.pipeline import blank

    text = "Pj Wali Kota  Pangkalpinang\n\nmeraih nilai 70,55. "
    doc = blank()(text)
    assert doc_text(doc) is text  # kept from the tokenizer: never joined from the tokens
    assert doc_text(doc) == doc.text
    assert given_text(doc) is text


def test_the_input_with_no_break_spaces_is_given_text_and_hashes_the_record_id() -> None:
    from beritanlp.pipeline import blank
    from beritanlp.record import article_from_doc, text_id

    text = "Wali Kota\u00a0Depok meninjau pasar.\u202f"
    doc = blank()(text)
    assert doc.text == doc_text(doc) == "Wali Kota Depok meninjau pasar. "
    assert given_text(doc) == text
    assert article_from_doc(doc).id == text_id(text)  # the id of the string the user has
    assert given_text(spacy.blank("id")("Kota\u00a0Depok")) == "Kota\u00a0Depok"


def test_token_texts_are_kept_while_the_tokens_stay() -> None:
    from beritanlp.text.doc_text import token_texts

    doc = spacy.blank("id")("WaliKota Bekasi hadir.")
    first = token_texts(doc)
    assert first == [t.text for t in doc] == ["WaliKota", "Bekasi", "hadir", "."]
    first.append("changed by the caller")
    assert token_texts(doc) == [t.text for t in doc]  # each call gets its own list
    with doc.retokenize() as retokenizer:
        retokenizer.split(doc[0], ["Wali", "Kota"], heads=[(doc[0], 1), doc[1]])
    with doc.retokenize() as retokenizer:  # as many tokens as before, other ones
        retokenizer.merge(doc[3:5])
    assert token_texts(doc) == [t.text for t in doc] == ["Wali", "Kota", "Bekasi", "hadir."]


def test_squeezed_text_is_built_once_while_the_tokens_stay() -> None:
    from beritanlp.text.doc_text import squeezed_text
    from beritanlp.text.mojibake import GARBLED_NBSP

    doc = spacy.blank("id")(f"Warga Tangerang {GARBLED_NBSP} Selatan hadir.")
    first = squeezed_text(doc)
    assert first.text == "Warga Tangerang Selatan hadir."
    assert squeezed_text(doc) is first  # the agencies and places components share it
    with doc.retokenize() as retokenizer:  # other tokens: read again
        retokenizer.merge(doc[3:5])
    again = squeezed_text(doc)
    assert again is not first
    assert again.text == first.text
