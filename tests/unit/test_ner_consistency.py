"""Tests for the NER's document consistency rules and their component."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from beritanlp.lexicons.titles import TitleList
from beritanlp.ner.consistency import (
    is_name_word,
    learn_name_titles,
    load_name_titles,
    make_consistent,
    name_labels,
    propagate_mentions,
    tag_after_titles,
)

PRESIDEN = TitleList(frozenset({("presiden",), ("prof",)}), frozenset())


def _words(text: str) -> list[str]:
    return text.split()


def test_is_name_word() -> None:
    assert is_name_word("Tabalujan") and is_name_word("El-Shara")
    assert not is_name_word("KPK") and not is_name_word("kata") and not is_name_word("A")
    assert not is_name_word("2024")


def test_untagged_repeat_gets_the_label() -> None:
    words = _words("Budi Hartono datang . Kemudian Budi Hartono pergi .")
    out = propagate_mentions(words, [(0, 2, "PERSON")])
    assert out == [(0, 2, "PERSON"), (5, 7, "PERSON")]


def test_disagreeing_label_follows_the_majority() -> None:
    words = _words("Garuda terbang . Garuda mendarat . Garuda untung .")
    spans = [(0, 1, "ORG"), (3, 4, "ORG"), (6, 7, "PERSON")]
    assert propagate_mentions(words, spans) == [(0, 1, "ORG"), (3, 4, "ORG"), (6, 7, "ORG")]


def test_a_tie_is_left_alone() -> None:
    words = _words("Garuda terbang . Garuda mendarat .")
    spans = [(0, 1, "ORG"), (3, 4, "PERSON")]
    assert propagate_mentions(words, spans) == spans


def test_surname_of_a_tagged_person_is_a_person() -> None:
    words = _words("Lusje Anneke Tabalujan hadir . Menurut Tabalujan , skor naik .")
    out = propagate_mentions(words, [(0, 3, "PERSON")])
    assert (6, 7, "PERSON") in out


def test_surname_tagged_otherwise_is_not_propagated() -> None:
    words = _words("Ahmad Batam tiba . Di Batam ramai . Batam kota .")
    spans = [(0, 2, "PERSON"), (5, 6, "LOC")]
    assert propagate_mentions(words, spans) == spans


def test_occurrence_inside_a_longer_capitalised_run_is_skipped() -> None:
    words = _words("Sudirman bicara . Jalan Sudirman Raya macet .")
    assert propagate_mentions(words, [(0, 1, "PERSON")]) == [(0, 1, "PERSON")]


def test_loc_spans_are_never_propagated() -> None:
    words = _words("Bandung dingin . Bandung ramai .")
    assert propagate_mentions(words, [(0, 1, "LOC")]) == [(0, 1, "LOC")]


def test_overlapping_entities_block_propagation() -> None:
    words = _words("Widodo datang . Joko Widodo pergi .")
    spans = [(0, 1, "PERSON"), (3, 5, "PERSON")]
    assert propagate_mentions(words, spans) == spans


def test_name_labels_includes_surnames() -> None:
    labels = name_labels(_words("Lusje Anneke Tabalujan"), [(0, 3, "PERSON")])
    assert labels == {("Lusje", "Anneke", "Tabalujan"): "PERSON", ("Tabalujan",): "PERSON"}


def test_name_after_title_becomes_person() -> None:
    words = _words("kata Presiden Joko Widodo , Senin .")
    assert tag_after_titles(words, [], PRESIDEN) == [(2, 4, "PERSON")]


def test_name_after_title_needs_a_closed_short_untagged_run() -> None:
    titles = PRESIDEN
    assert tag_after_titles(_words("Presiden Perancis Jacques Chirac Baru Lagi"), [], titles) == []
    spans = [(1, 2, "LOC")]
    assert tag_after_titles(_words("Presiden Perancis bicara"), spans, titles) == spans
    assert tag_after_titles(_words("presiden Joko bicara"), [], titles) == []
    assert tag_after_titles(_words("Presiden ."), [], titles) == []


def test_learn_name_titles_keeps_titles_followed_by_names() -> None:
    candidates = TitleList(frozenset({("presiden",), ("menteri",)}), frozenset())
    data = [
        (_words("Presiden Joko datang"), [(1, 2, "PERSON")]),
        (_words("Presiden Budi datang"), [(1, 2, "PERSON")]),
        (_words("Presiden Ani datang"), [(1, 2, "PERSON")]),
        (_words("Menteri Agama datang"), []),
        (_words("Menteri Keuangan Sri datang"), [(2, 3, "PERSON")]),
        (_words("Menteri Hukum datang"), []),
    ]
    learned = learn_name_titles(data, candidates, min_count=3, min_share=0.75)
    assert learned.titles == frozenset({("presiden",)})


def test_packaged_name_titles_are_a_subset_of_the_title_list() -> None:
    from beritanlp.lexicons.titles import load_titles

    learned = load_name_titles()
    assert learned.titles and learned.titles <= load_titles().titles


def test_make_consistent_applies_both_rules() -> None:
    words = _words("Presiden Joko Widodo tiba . Joko Widodo pergi .")
    assert make_consistent(words, [], PRESIDEN) == [(1, 3, "PERSON"), (5, 7, "PERSON")]


def test_component_updates_doc_ents_and_keeps_linked_entities() -> None:
    nlp = spacy.blank("id")
    nlp.add_pipe("beritanlp_ner_consistency")
    doc = nlp.make_doc("Budi Hartono ke KPK . KPK memanggil Budi Hartono lagi ke KPK .")
    doc.ents = [
        Span(doc, 0, 2, label="PERSON"),
        Span(doc, 3, 4, label="ORG", kb_id="agency:kpk"),
        Span(doc, 5, 6, label="ORG"),
    ]
    doc = nlp.get_pipe("beritanlp_ner_consistency")(doc)
    assert [(e.text, e.start, e.label_, e.kb_id_) for e in doc.ents] == [
        ("Budi Hartono", 0, "PERSON", ""),
        ("KPK", 3, "ORG", "agency:kpk"),
        ("KPK", 5, "ORG", ""),
        ("Budi Hartono", 7, "PERSON", ""),
        ("KPK", 11, "ORG", ""),
    ]


def test_a_one_word_name_tagged_once_does_not_spread() -> None:
    words = _words("Indonesia menang . Warga Indonesia senang . Indonesia juara .")
    assert propagate_mentions(words, [(0, 1, "PERSON")]) == [(0, 1, "PERSON")]
    spans = [(0, 1, "ORG"), (4, 5, "ORG")]
    assert propagate_mentions(words, spans) == [*spans, (7, 8, "ORG")]


def test_component_leaves_a_doc_without_entities() -> None:
    nlp = spacy.blank("id")
    nlp.add_pipe("beritanlp_ner_consistency")
    doc = nlp("tidak ada nama di sini .")
    assert list(doc.ents) == []


def test_as_one_doc_propagates_across_sentences_and_splits_back() -> None:
    from beritanlp.ner.consistency import as_one_doc

    sentences = [_words("Budi Santoso datang ."), _words("Kata Budi Santoso lagi ."), ["."]]
    predicted = [[(0, 2, "PERSON")], [], []]
    out = as_one_doc(sentences, predicted, PRESIDEN)
    assert out == [[(0, 2, "PERSON")], [(1, 3, "PERSON")], []]


def test_component_rule_two_is_a_setting() -> None:
    text = "kata Presiden Joko Widodo , Senin ."
    off = spacy.blank("id")
    off.add_pipe("beritanlp_ner_consistency")
    on = spacy.blank("id")
    on.add_pipe("beritanlp_ner_consistency", config={"after_titles": True})
    doc = on.make_doc(text)
    doc.ents = [Span(doc, 5, 6, label="PERSON")]
    assert [e.text for e in on.get_pipe("beritanlp_ner_consistency")(doc).ents] == [
        "Joko Widodo", "Senin"]
    doc = off.make_doc(text)
    doc.ents = [Span(doc, 5, 6, label="PERSON")]
    assert [e.text for e in off.get_pipe("beritanlp_ner_consistency")(doc).ents] == ["Senin"]
