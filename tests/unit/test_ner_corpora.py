"""Tests for mixing NER training corpora: label maps, weights, case augmentation, the reader."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import spacy
from spacy import util

from beritanlp.ner.conll import Sentence, conll_to_docbin, sentence_to_doc
from beritanlp.ner.corpora import (
    MISSING,
    CorpusSource,
    case_variant,
    epoch_sentences,
    remap_sentence,
    weighted_copies,
)
from beritanlp.ner.corpus_reader import NerCorpora, build_sources, doc_to_sentence

NERP_LIKE = """kepala\tO
dinas\tO
kota\tO
manado\tB-PLC
amos\tB-PPL
kenda\tI-PPL
dari\tO
pt\tB-IND
pln\tI-IND
di\tO
piala\tB-EVT
dunia\tI-EVT

"""


def _sentence(tokens: str, tags: str) -> Sentence:
    return Sentence(tokens.split(), tags.split(), "test:1")


def test_remap_keeps_drops_and_marks_missing() -> None:
    sentence = _sentence("Amos ke PT PLN di Manado", "B-PPL O B-IND I-IND O B-PLC")
    out = remap_sentence(sentence, {"PPL": "PERSON", "PLC": "LOC", "IND": MISSING})
    assert out.spans() == [(0, 1, "PERSON"), (2, 4, MISSING), (5, 6, "LOC")]
    assert out.only_labels == frozenset({"PERSON", "ORG", "LOC"})
    doc = sentence_to_doc(out, spacy.blank("id").vocab)
    assert [t.ent_iob_ for t in doc] == ["B", "O", "", "", "O", "B"]
    assert [(e.text, e.label_) for e in doc.ents] == [("Amos", "PERSON"), ("Manado", "LOC")]


def test_remap_drops_unlisted_foreign_labels_and_keeps_known_ones() -> None:
    sentence = _sentence("Piala Dunia di Jakarta", "B-EVT I-EVT O B-LOC")
    out = remap_sentence(sentence, {})
    assert out.spans() == [(3, 4, "LOC")]
    assert out.only_labels is None
    assert sentence.spans() == [(0, 2, "EVT"), (3, 4, "LOC")]  # the input is not changed


def test_remap_rejects_a_bad_target() -> None:
    with pytest.raises(ValueError, match="GPE"):
        remap_sentence(_sentence("Jakarta", "B-LOC"), {"LOC": "GPE"})


def test_case_variants() -> None:
    sentence = _sentence("Joko Widodo ke Jakarta", "B-PERSON I-PERSON O B-LOC")
    lower = case_variant(sentence, "lower")
    upper = case_variant(sentence, "upper")
    assert lower.tokens == ["joko", "widodo", "ke", "jakarta"]
    assert upper.tokens == ["JOKO", "WIDODO", "KE", "JAKARTA"]
    assert lower.tags == upper.tags == sentence.tags
    with pytest.raises(ValueError):
        case_variant(sentence, "sideways")


def test_title_variant_capitalises_the_first_token_and_entity_tokens_only() -> None:
    sentence = remap_sentence(
        _sentence("kepala dinas kota manado amos kenda dari pt pln di piala dunia",
                  "O O O B-PLC B-PPL I-PPL O B-IND I-IND O B-EVT I-EVT"),
        {"PPL": "PERSON", "PLC": "LOC", "IND": MISSING, "EVT": "O"},
    )
    title = case_variant(sentence, "title")
    assert title.tokens == ["Kepala", "dinas", "kota", "Manado", "Amos", "Kenda", "dari",
                            "Pt", "Pln", "di", "piala", "dunia"]
    assert title.tags == sentence.tags
    assert title.only_labels == sentence.only_labels
    assert case_variant(_sentence("( al-amin )", "O B-PERSON O"), "title").tokens == [
        "(", "Al-amin", ")"]


@pytest.mark.parametrize("weight", [0.0, 0.3, 1.0, 2.5])
def test_weighted_copies_mean(weight: float) -> None:
    counts = weighted_copies(4000, weight, random.Random(1))
    assert set(counts) <= {int(weight), int(weight) + 1}
    assert abs(sum(counts) / 4000 - weight) < 0.05


def test_weighted_copies_rejects_negative() -> None:
    with pytest.raises(ValueError):
        weighted_copies(3, -1.0, random.Random(0))


def test_epoch_sentences_are_deterministic_and_vary_by_epoch() -> None:
    sentences = [_sentence(f"Kata{i} Budi", "O B-PERSON") for i in range(200)]
    sources = [CorpusSource("a", sentences, weight=0.5, lower=0.3, upper=0.2)]
    first = [s.tokens for s in epoch_sentences(sources, epoch=0, seed=0)]
    assert first == [s.tokens for s in epoch_sentences(sources, epoch=0, seed=0)]
    assert first != [s.tokens for s in epoch_sentences(sources, epoch=1, seed=0)]
    assert any(t[1] == "budi" for t in first) and any(t[1] == "BUDI" for t in first)
    assert 60 < sum(1 for t in first if t[1] == "Budi") < 140


def test_adding_a_source_leaves_the_others_draw_unchanged() -> None:
    a = CorpusSource("a", [_sentence(f"A{i}", "O") for i in range(50)], weight=0.5)
    b = CorpusSource("b", [_sentence(f"B{i}", "O") for i in range(50)], weight=0.5)
    alone = [s.tokens for s in epoch_sentences([a], 3)]
    mixed = [s.tokens for s in epoch_sentences([a, b], 3) if s.tokens[0].startswith("A")]
    assert alone == mixed


def test_reader_reads_conll_and_docbin_and_skips_null_paths(tmp_path: Path) -> None:
    nerp = tmp_path / "nerp.txt"
    nerp.write_text(NERP_LIKE, encoding="utf-8")
    idner = tmp_path / "idner.txt"
    idner.write_text("Budi B-PER\nke O\nBandung B-LOC\n\n", encoding="utf-8")
    conll_to_docbin(idner, tmp_path / "idner.spacy")
    sources = build_sources(
        {
            "idner": {"path": str(tmp_path / "idner.spacy"), "weight": 1.0, "upper": 1.0},
            "nergrit": {"path": None},
            "nerp": {"path": str(nerp), "labels": {"PPL": "PERSON", "PLC": "LOC", "IND": "-"},
                     "title": 1.0},
        }
    )
    assert [s.name for s in sources] == ["idner", "nerp"]
    nlp = spacy.blank("id")
    examples = list(NerCorpora(sources, seed=0)(nlp))
    texts = [eg.reference.text for eg in examples]
    assert texts[:2] == ["Budi ke Bandung", "BUDI KE BANDUNG"]
    nerp_doc = examples[2].reference
    ents = [(e.text, e.label_) for e in nerp_doc.ents]
    assert ents == [("manado", "LOC"), ("amos kenda", "PERSON")]
    assert [t.text for t in nerp_doc if t.ent_iob_ == ""] == ["pt", "pln"]
    assert nerp_doc[10].ent_iob_ == "O"  # EVT is dropped to outside
    titled = examples[3].reference
    assert titled.text.startswith("Kepala dinas kota Manado Amos Kenda dari Pt Pln di piala")
    ents = [(e.text, e.label_) for e in titled.ents]
    assert ents == [("Manado", "LOC"), ("Amos Kenda", "PERSON")]


def test_reader_rejects_unknown_settings_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="wieght"):
        build_sources({"a": {"path": "x.txt", "wieght": 2}})
    with pytest.raises(FileNotFoundError):
        build_sources({"a": {"path": str(tmp_path / "nope.txt")}})


def test_doc_to_sentence_round_trips_missing_annotation() -> None:
    sentence = remap_sentence(
        _sentence("Amos ke PT PLN", "B-PPL O B-IND I-IND"), {"PPL": "PERSON", "IND": MISSING}
    )
    doc = sentence_to_doc(sentence, spacy.blank("id").vocab)
    back = doc_to_sentence(doc)
    assert back.spans() == sentence.spans()
    assert back.only_labels == frozenset({"PERSON", "ORG", "LOC"})


def test_examples_align_where_a_gold_token_holds_a_no_break_space(tmp_path: Path) -> None:
    # the predicted side is the news tokenizer's reading, where U+00A0 is a plain space: every
    # gold entity must map onto it (a None in the aligned tags is a lost training label)
    import beritanlp

    path = tmp_path / "nbsp.txt"
    path.write_text("Bupati O\nSinta\u00a0Kirana B-PER\n\u00a0\tO\nhadir O\n\n",
                    encoding="utf-8")
    conll_to_docbin(path, tmp_path / "nbsp.spacy")
    nlp = beritanlp.load()
    for source in ("nbsp.txt", "nbsp.spacy"):
        sources = build_sources({"a": {"path": str(tmp_path / source)}})
        (example,) = list(NerCorpora(sources, seed=0)(nlp))
        assert example.get_aligned_ner() == ["O", "B-PERSON", "L-PERSON", "O"], source


def test_shipped_config_uses_the_reader_and_resolves(tmp_path: Path) -> None:
    from beritanlp.ner import corpus_reader  # noqa: F401  (registers the reader)
    from beritanlp.ner.train import default_config_path

    idner = tmp_path / "idner.txt"
    idner.write_text("Budi B-PER\nke O\nBandung B-LOC\n\n", encoding="utf-8")
    conll_to_docbin(idner, tmp_path / "train.spacy")
    config = util.load_config(
        default_config_path(),
        overrides={
            "paths.train": str(tmp_path / "train.spacy"),
            "paths.dev": str(tmp_path / "train.spacy"),
            "paths.nergrit": None,
            "paths.nerp": None,
        },
        interpolate=True,
    )
    assert config["corpora"]["train"]["@readers"] == "beritanlp.ner_corpora.v1"
    corpora = util.registry.resolve({"c": config["corpora"]})["c"]
    examples = list(corpora["train"](spacy.blank("id")))
    assert examples and examples[0].reference.text == "Budi ke Bandung"
