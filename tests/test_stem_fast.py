"""The columnar ``beritanlp.stem`` path decides exactly as the token-by-token reference does.

The reference is the straightforward composition the fast path replaces: ``finditer`` with the
plain "abbreviation | number | word | other" pattern, line-break markers added token by token,
:func:`~beritanlp.text.sentences.sentence_starts`, then
:func:`~beritanlp.stemming.protect.protected_mask`.
"""

from __future__ import annotations

import gzip
import json
import pickle
import random
import re

import pytest
from spacy.lang.id.stop_words import STOP_WORDS

import beritanlp
from beritanlp.stemming.component import load_protected_words
from beritanlp.stemming.fast import (
    TokenTable,
    sentence_start_positions,
    split_tokens,
    stem_columns,
)
from beritanlp.stemming.protect import protected_mask
from beritanlp.stemming.stemmer import WordStemmer
from beritanlp.text.sentences import sentence_starts
from beritanlp.text.tokenizer import ABBREVIATIONS, special_cases

_REFERENCE_TOKEN = re.compile(
    "(?:" + "|".join(re.escape(a) for a in sorted(special_cases(ABBREVIATIONS), key=len,
                                                   reverse=True)) + r")(?![^\W_])"
    r"|\d+(?:[.,:/]\d+)*"
    r"|[^\W\d_]+(?:['’-][^\W_]+)*"
    r"|\S"
)


def _reference(text: str, protected_words):
    """(tokens, starts, ends, sentence-start flags, protection mask), token by token."""
    matches = list(_REFERENCE_TOKEN.finditer(text))
    words: list[str] = []
    index: list[int] = []
    previous_end = 0
    for i, m in enumerate(matches):
        if "\n" in text[previous_end:m.start()]:
            words.append("\n")
            index.append(-1)
        words.append(m.group())
        index.append(i)
        previous_end = m.end()
    flags = sentence_starts(words)
    starts = [flags[j] for j, i in enumerate(index) if i >= 0]
    texts = [m.group() for m in matches]
    return (texts, [m.start() for m in matches], [m.end() for m in matches], starts,
            protected_mask(texts, starts, None, protected_words))


_PIECES = [
    "Pemerintah", "pemerintah", "Kota", "kota", "Bekasi", "Pangkalpinang", "KPK", "SPI",
    "meningkatkan",
    "Menjadi", "menjadi", "yang", "Ia", "ia", "Budi", "budi", "Jl.", "No.", "Kab.", "S.H.", "dll.",
    "dr.", "Prof.", "70,55", "1.234.567", "16/5/2024", "14.30", "teman-teman", "Jum'at", "ʼ",
    ".", ".", ",", "!", "?", "...", "…", "?!", "“", "”", "‘", "’", '"', '"', "'", "(", ")", "[",
    "]", "«", "»", "„", "-", "–", ":", ";", "\n", "\n\n", " \n ", "\t", "  ", "Ⅱ", "É", "é",
    "ſedia", "Ünal", "x", "Z", "2024", "_", "@kpk", "#Pemilu", "Rp1,5", "S.Farm.", "Sp.OG.",
    "Kediri", "Tabalujan", "Lusje", "Warga", "WARGA", "Kata", "kata", "Ini", "ini",
]


def _random_texts(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        pieces = [rng.choice(_PIECES) for _ in range(rng.randint(0, 60))]
        joiners = [rng.choice([" ", " ", " ", "", "\n"]) for _ in pieces]
        texts.append("".join(p + j for p, j in zip(pieces, joiners, strict=True)))
    return texts


def _regression_texts(test_data) -> list[str]:
    texts = []
    for path in sorted(test_data.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            for key in ("text", "span"):
                if isinstance(row.get(key), str):
                    texts.append(row[key])
    return texts


def _check(texts, protected_words, cache_size=200_000):
    stemmer = WordStemmer()
    table = TokenTable(stemmer, protected_words, {"yang", "di", "ini"}, cache_size)
    checked = 0
    for text in texts:
        tokens, starts, ends, flags, mask = _reference(text, protected_words)
        got_tokens, got_starts, got_ends, after_newline = split_tokens(text)
        assert (got_tokens, got_starts, got_ends) == (tokens, starts, ends), text
        assert sentence_start_positions(got_tokens, after_newline) == [
            i for i, flag in enumerate(flags) if flag], text
        cols = stem_columns(text, table)
        assert list(cols.protected) == mask, text
        assert list(cols.stems) == [t if keep else stemmer.stem(t)
                              for t, keep in zip(tokens, mask, strict=True)], text
        assert list(cols.is_stop) == [t.lower() in {"yang", "di", "ini"} for t in tokens], text
        assert len(table) <= cache_size
        checked += len(tokens)
    return checked


def test_random_texts_match_the_reference():
    assert _check(_random_texts(3000), load_protected_words()) > 50_000


def test_a_tiny_token_cache_gives_the_same_answers():
    assert _check(_random_texts(300, seed=5), load_protected_words(), cache_size=5) > 5000


def test_regression_texts_match_the_reference(test_data):
    texts = _regression_texts(test_data)
    assert len(texts) > 300
    assert _check(texts, load_protected_words()) > 3000


def test_clickid_articles_match_the_reference(shared_data):
    path = shared_data / "topics" / "clickid_rubrik_trainval.jsonl.gz"
    if not path.exists():
        pytest.skip(f"{path} not found")
    texts = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            texts.append(f"{row['title']}\n\n{row['text']}" if row.get("title") else row["text"])
            if len(texts) == 300:
                break
    assert _check(texts, load_protected_words()) > 50_000


def test_seed_article_matches_the_reference(shared_data):
    text = (shared_data / "seed" / "spi_pangkalpinang_2024.txt").read_text(encoding="utf-8")
    assert _check([text], load_protected_words()) > 200


def test_public_stem_returns_the_columns_as_dicts():
    text = "Warga Bekasi meningkatkan 70,55 poin.\n“Kalau bisa, kami datang.”"
    tokens = beritanlp.stem(text)
    cols = stem_columns(text, TokenTable(WordStemmer(), load_protected_words()))
    assert [t["text"] for t in tokens] == list(cols.texts)
    assert [t["stem"] for t in tokens] == list(cols.stems)
    assert [(t["start"], t["end"]) for t in tokens] == list(zip(cols.starts, cols.ends,
                                                               strict=True))
    assert [t["protected"] for t in tokens] == list(cols.protected)
    assert set(tokens[0]) == {"text", "stem", "start", "end", "protected", "is_stop"}
    assert tokens.stems == cols.stems and tokens.starts == cols.starts
    assert [t["is_stop"] for t in tokens] == [t.lower() in STOP_WORDS for t in cols.texts]
    assert json.loads(json.dumps(tokens)) == tokens
    assert pickle.loads(pickle.dumps(tokens)) == tokens
    assert beritanlp.stem("") == [] and beritanlp.stem(" \n ") == []


def test_stem_many_keeps_protected_positions_and_bounds_its_cache():
    stemmer = WordStemmer(cache_size=3)
    words = ["Bekasi", "meningkatkan", "Bekasi", "pemerintah", "dijual", "70,55"]
    assert stemmer.stem_many(words, keep=[0]) == [
        "Bekasi", "tingkat", "bekas", "perintah", "jual", "70,55"]
    assert stemmer.cache_info().currsize <= 3
    assert stemmer.stem_many(words, keep=[2]) == [
        "bekas", "tingkat", "Bekasi", "perintah", "jual", "70,55"]
    assert WordStemmer(cache_size=0).stem_many(words) == [
        "bekas", "tingkat", "bekas", "perintah", "jual", "70,55"]


@pytest.mark.parametrize("protect_capitalised", [True, False])
def test_component_matches_protected_mask_with_entities(test_data, protect_capitalised):
    from spacy.tokens import Span

    from beritanlp.pipeline import load_stemmer

    nlp = load_stemmer()
    component = nlp.get_pipe("beritanlp_stemmer")
    component.protect_capitalised = protect_capitalised
    rng = random.Random(3)
    checked = 0
    for text in _random_texts(400, seed=11) + _regression_texts(test_data):
        doc = nlp.get_pipe("beritanlp_sentences")(nlp.make_doc(text))
        if len(doc) > 4:  # a few entity spans, as the NER would set them
            start = rng.randrange(len(doc) - 2)
            doc.ents = [Span(doc, start, start + rng.randint(1, 2), label="PERSON")]
        component(doc)
        texts = [t.text for t in doc]
        starts = [bool(t.is_sent_start) for t in doc]
        in_entity = [t.ent_iob_ in ("B", "I") for t in doc]
        mask = protected_mask(texts, starts, in_entity, component.protected_words,
                              protect_capitalised)
        assert [t._.protected for t in doc] == mask, text
        assert [t._.stem for t in doc] == [
            t if keep else component.stemmer.stem(t)
            for t, keep in zip(texts, mask, strict=True)], text
        checked += len(doc)
    assert checked > 10_000


def _tokens():
    from beritanlp.stemming.tokens import StemmedTokens

    return StemmedTokens(("Warga", "makan"), ("warga", "makan"), (0, 6), (5, 11),
                         (False, False), stop_words={"makan"})


def test_stemmed_tokens_behave_as_the_plain_list_of_dicts():
    plain = [
        {"text": "Warga", "stem": "warga", "start": 0, "end": 5, "protected": False,
         "is_stop": False},
        {"text": "makan", "stem": "makan", "start": 6, "end": 11, "protected": False,
         "is_stop": True},
    ]
    assert _tokens() == plain and plain == _tokens() and _tokens() != plain[:1]
    assert len(_tokens()) == 2 and bool(_tokens()) and isinstance(_tokens(), list)
    assert _tokens()[1] == plain[1] and _tokens()[-1:] == plain[1:]
    assert list(_tokens()) == plain and [*_tokens()] == plain and tuple(_tokens()) == tuple(plain)
    assert list(reversed(_tokens())) == plain[::-1]
    assert [] + _tokens() == plain and _tokens() + [] == plain
    assert json.loads(json.dumps(_tokens())) == plain
    assert json.loads(json.dumps({"tokens": _tokens()}, indent=2))["tokens"] == plain
    assert repr(_tokens()) == repr(plain)
    assert pickle.loads(pickle.dumps(_tokens())) == plain
    built = _tokens()
    built.append({"text": "x"})
    assert len(built) == 3 and built.texts == ("Warga", "makan")
    assert pickle.loads(pickle.dumps(built)) == built
    assert _tokens().is_stop == (False, True)
