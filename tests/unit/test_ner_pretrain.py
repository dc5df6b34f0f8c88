"""Tests for the NER's tok2vec pretraining and the static-vector corpus helpers."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy
import spacy
from spacy import util

from beritanlp.ner.pretrain import create_load_tok2vec, inner_tok2vec, pretrain_tok2vec
from beritanlp.ner.train import default_config_path
from beritanlp.ner.vectors import (
    iter_articles,
    tokenize_for_vectors,
    write_pretrain_jsonl,
    write_token_corpus,
)


def _articles(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl.gz"
    rows = [
        {"title": "KPK Periksa Bupati", "text": "Komisi Pemberantasan Korupsi memeriksa Bupati "
         "Budi Santoso. Pemeriksaan berlangsung di Jakarta.,Ia datang pukul 09.00 WIB."},
        {"title": "Hujan", "text": "Hujan deras turun di Bandung sejak pagi."},
    ]
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row) + "\n")
    return path


def _ner_nlp() -> spacy.language.Language:
    config = util.load_config(default_config_path(), interpolate=False)
    return util.load_model_from_config(config, auto_fill=True, validate=True)


def test_tokenize_for_vectors_splits_glued_punctuation() -> None:
    assert tokenize_for_vectors("Presiden\u00a0Jokowi ke KPK.,Revisi anak-anak") == [
        "presiden", "jokowi", "ke", "kpk", ".", ",", "revisi", "anak-anak"]


def test_corpus_writers(tmp_path: Path) -> None:
    articles = _articles(tmp_path)
    assert len(list(iter_articles(articles))) == 2
    n_tokens = write_token_corpus(articles, tmp_path / "corpus.txt")
    lines = (tmp_path / "corpus.txt").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and lines[1].startswith("hujan hujan deras")
    assert n_tokens == sum(len(line.split()) for line in lines)
    n_chunks = write_pretrain_jsonl(articles, tmp_path / "pre.jsonl", max_words=8)
    texts = [json.loads(x)["text"] for x in (tmp_path / "pre.jsonl").read_text().splitlines()]
    assert n_chunks == len(texts) >= 3
    assert all("\n" not in t for t in texts) and texts[0].startswith("KPK Periksa")


def test_pretrain_writes_weights_the_callback_loads(tmp_path: Path) -> None:
    write_pretrain_jsonl(_articles(tmp_path), tmp_path / "pre.jsonl", max_words=8)
    out = pretrain_tok2vec(
        default_config_path(), tmp_path / "pre.jsonl", tmp_path / "t2v.bin",
        batch_words=10, log=lambda _: None,
    )
    nlp = _ner_nlp()
    nlp.initialize()
    before = inner_tok2vec(nlp).to_bytes()
    create_load_tok2vec(None)(nlp)  # null path: nothing changes
    assert inner_tok2vec(nlp).to_bytes() == before
    create_load_tok2vec(str(out))(nlp)
    assert inner_tok2vec(nlp).to_bytes() == out.read_bytes() != before
    doc = nlp("Budi Santoso ke Jakarta .")  # the NER still runs on the loaded tok2vec
    assert len(doc) == 5


def test_inner_tok2vec_is_the_list_to_list_layer() -> None:
    nlp = _ner_nlp()
    nlp.initialize()
    tok2vec = inner_tok2vec(nlp)
    (out,) = tok2vec.predict([nlp.make_doc("Budi ke Jakarta")])
    assert isinstance(out, numpy.ndarray) and out.shape == (3, 64)
