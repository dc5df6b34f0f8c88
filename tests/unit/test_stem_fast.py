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
from beritanlp.stemming.fast import (
    TokenTable,
    sentence_start_positions,
    split_tokens,
    stem_columns,
)
from beritanlp.stemming.protect import load_protected_words, protected_mask
from beritanlp.stemming.stemmer import WordStemmer
from beritanlp.stemming.tokens import StemmedTokens
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
    assert json.loads(json.dumps(tokens.to_list())) == tokens
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


def _tokens() -> StemmedTokens:
    return StemmedTokens(("Warga", "makan"), ("warga", "makan"), (0, 6), (5, 11),
                         (False, False), stop_words={"makan"})


_PLAIN = [
    {"text": "Warga", "stem": "warga", "start": 0, "end": 5, "protected": False,
     "is_stop": False},
    {"text": "makan", "stem": "makan", "start": 6, "end": 11, "protected": False,
     "is_stop": True},
]


def test_stemmed_tokens_read_as_the_plain_list_of_dicts():
    from collections.abc import Sequence

    plain = _PLAIN
    assert _tokens() == plain and plain == _tokens() and _tokens() != plain[:1]
    assert _tokens() == tuple(plain) and _tokens() == _tokens() and _tokens() != "ab"
    assert not (_tokens() != plain) and _tokens() != [*plain, {}]
    assert len(_tokens()) == 2 and bool(_tokens()) and not StemmedTokens()
    assert isinstance(_tokens(), Sequence) and not isinstance(_tokens(), list)
    assert _tokens()[1] == plain[1] and _tokens()[-1] == plain[-1]
    assert _tokens()[-1:] == plain[1:] and type(_tokens()[:1]) is list
    with pytest.raises(IndexError):
        _tokens()[2]
    assert list(_tokens()) == plain and [*_tokens()] == plain and tuple(_tokens()) == tuple(plain)
    assert list(reversed(_tokens())) == plain[::-1]
    assert plain[1] in _tokens() and _tokens().index(plain[1]) == 1
    assert _tokens().count(plain[0]) == 1
    assert [] + _tokens().to_list() == plain and [*plain, *_tokens()] == plain * 2
    assert repr(_tokens()) == repr(plain) and str(_tokens()) == str(plain)
    assert _tokens().is_stop == (False, True)
    assert _tokens().texts == ("Warga", "makan") and _tokens().ends == (5, 11)


def test_stemmed_tokens_to_list_gives_new_plain_dicts():
    tokens = _tokens()
    first = tokens.to_list()
    assert type(first) is list and first == _PLAIN
    first[0]["stem"] = "edited"
    first.append({})
    assert tokens == _PLAIN and tokens.to_list() == _PLAIN and len(tokens) == 2


def test_stemmed_tokens_are_never_serialised_as_an_empty_list():
    import copy
    import dataclasses

    import srsly

    tokens = _tokens()
    # a list subclass filled lazily reads as [] to C serialisers; a Sequence is refused
    for dump in (json.dumps, srsly.json_dumps, srsly.msgpack_dumps):
        with pytest.raises(TypeError):
            dump(_tokens())
        assert dump(tokens.to_list()) == dump(_PLAIN)
    assert srsly.json_loads(srsly.json_dumps(tokens.to_list())) == _PLAIN
    with pytest.raises(TypeError):
        list.__len__(tokens)  # type: ignore[arg-type]

    @dataclasses.dataclass
    class Holder:
        tokens: StemmedTokens

    assert dataclasses.asdict(Holder(tokens))["tokens"] == _PLAIN
    assert copy.copy(tokens) == _PLAIN and copy.deepcopy(tokens) == _PLAIN


def test_stemmed_tokens_pickle_with_their_columns():
    for tokens in (_tokens(), StemmedTokens()):
        unbuilt = pickle.loads(pickle.dumps(tokens))
        assert type(unbuilt) is StemmedTokens and unbuilt == tokens
        assert unbuilt.stems == tokens.stems and unbuilt.is_stop == tokens.is_stop
        tokens.build()
        built = pickle.loads(pickle.dumps(tokens))
        assert built == tokens and built.texts == tokens.texts


def test_stemmed_tokens_reject_columns_of_different_lengths():
    with pytest.raises(ValueError, match="different lengths"):
        StemmedTokens(("a", "b"), ("a",), (0, 2), (1, 3), (False, False))


def test_stemmed_tokens_compute_missing_ends_and_protection_flags():
    full = StemmedTokens(("Warga", "Bekasi", "makan"), ("warga", "Bekasi", "makan"), (0, 6, 13),
                         (5, 12, 18), (False, True, False), (False, False, False))
    lazy = StemmedTokens(("Warga", "Bekasi", "makan"), ("warga", "Bekasi", "makan"), (0, 6, 13),
                         is_stop=(False, False, False), protected_at=(1,))
    assert lazy.ends == (5, 12, 18) and lazy.protected == (False, True, False)
    assert lazy == full and lazy.to_list() == full.to_list()
    assert StemmedTokens(("a",), ("a",), (0,)).protected == (False,)
    for bad in ((3,), (-1,), (2, 0)):
        with pytest.raises(ValueError, match="protected_at"):
            StemmedTokens(("a", "b", "c"), ("a", "b", "c"), (0, 2, 4), protected_at=bad)
    unordered = StemmedTokens(("a", "b", "c"), ("a", "b", "c"), (0, 2, 4), protected_at=(0, 5, 2))
    with pytest.raises(ValueError, match="protected positions"):
        _ = unordered.protected


def test_stemmed_tokens_are_built_once_and_whole_across_threads():
    import sys
    import threading

    text = "Presiden Joko Widodo mengatakan pemerintah akan membangun jalan. " * 500
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for _ in range(10):
            tokens = beritanlp.stem(text)
            n = len(tokens.texts)
            barrier = threading.Barrier(3)
            seen: list[int] = []

            def read(tokens: StemmedTokens = tokens, barrier: threading.Barrier = barrier,
                     seen: list[int] = seen) -> None:
                barrier.wait()
                seen.append(sum(1 for _ in tokens))

            threads = [threading.Thread(target=read) for _ in range(3)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert seen == [n, n, n]
    finally:
        sys.setswitchinterval(interval)


def _hammer(work, n_threads: int = 4) -> list[str]:
    """Run ``work(seed)`` in threads started together; the errors they raised."""
    import sys
    import threading
    import traceback

    errors: list[str] = []
    barrier = threading.Barrier(n_threads)

    def run(seed: int) -> None:
        barrier.wait()
        try:
            work(seed)
        except Exception:  # noqa: BLE001  # reported by the test
            errors.append(traceback.format_exc(limit=-3))

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=run, args=(i,)) for i in range(n_threads)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    return errors


def _random_words(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choice("abdeikmnrstu") for _ in range(rng.randint(2, 7)))
            + rng.choice(["", "kan", "an", "nya"]) for _ in range(n)]


def test_caches_evict_safely_from_several_threads():
    stemmer = WordStemmer(cache_size=40)
    table = TokenTable(stemmer, load_protected_words(), cache_size=40)
    words = _random_words(random.Random(0), 200)
    expected = {w: WordStemmer(0).stem(w) for w in words}

    def work(seed: int) -> None:
        rng = random.Random(seed)
        for _ in range(300):
            chosen = rng.choices(words, k=30)
            # capitalised words take the flagged-entry path of the table as well
            text = " ".join(w.capitalize() if rng.random() < 0.2 else w for w in chosen)
            cols = stem_columns(text, table)
            assert all(s == expected[t.lower()] or p for t, s, p in
                       zip(cols.texts, cols.stems, cols.protected, strict=True))
            assert stemmer.stem_many(chosen) == [expected[w] for w in chosen]
            assert stemmer.stem(chosen[0]) == expected[chosen[0]]

    errors = _hammer(work)
    assert not errors, errors[0]
    assert len(table) <= 40 and stemmer.cache_info().currsize <= 40


def test_reassigned_protected_words_apply_to_the_next_document():
    from beritanlp.pipeline import load_stemmer

    # sentence-initial and seen in lowercase: stemmed, unless "menjadi" is a protected word
    text = "Menjadi juara. Dia menjadi juara."
    nlp = load_stemmer()
    component = nlp.get_pipe("beritanlp_stemmer")

    def first_stem() -> str:
        return nlp(text)[0]._.stem

    assert "menjadi" not in component.protected_words
    assert first_stem() == "jadi"  # fills the per-word protection facts
    component.protected_words = component.protected_words | {"menjadi"}
    assert first_stem() == "Menjadi"
    component.protected_words = component.protected_words - {"menjadi"}
    assert first_stem() == "jadi"
    component.extra_protected = ["MENJADI"]
    assert "menjadi" in component.protected_words and first_stem() == "Menjadi"
    component.extra_protected = []
    assert first_stem() == "jadi"

    table = TokenTable(WordStemmer(), load_protected_words())
    assert stem_columns(text, table).stems[0] == "jadi"
    table.protected_words = load_protected_words() | {"menjadi"}
    assert stem_columns(text, table).stems[0] == "Menjadi"
