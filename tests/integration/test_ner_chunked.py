"""The ``beritanlp_ner`` component: spaCy's NER, tagged piece by piece on long docs."""

from __future__ import annotations

import random
from importlib.resources import files
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import beritanlp
from beritanlp.components.ner import DEFAULT_MAX_TOKENS, ChunkedEntityRecognizer, chunk_bounds
from beritanlp.ner.model import share_vectors
from beritanlp.pipeline import blank, source_pipeline

EXAMPLE = files("beritanlp.resources").joinpath("example_article.txt").read_text(encoding="utf-8")


# --- chunk_bounds (pure) ---------------------------------------------------------------------


@pytest.mark.parametrize(("n", "starts", "limit", "expected"), [
    (10, [0, 3, 6, 8], 5, [(0, 3), (3, 8), (8, 10)]),
    (7, [0], 3, [(0, 3), (3, 6), (6, 7)]),
    (5, [0, 2], 5, [(0, 5)]),
    (5, [], 10, [(0, 5)]),
    (0, [], 3, []),
    (6, [0, 1, 2, 3, 4, 5], 1, [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6)]),
    (9, [0, 2, 9], 4, [(0, 2), (2, 6), (6, 9)]),  # a start at the very end is no cut
])
def test_chunk_bounds_cases(n: int, starts: list[int], limit: int,
                            expected: list[tuple[int, int]]) -> None:
    assert chunk_bounds(n, starts, limit) == expected


def test_chunk_bounds_cover_every_token_and_cut_at_sentence_starts() -> None:
    rng = random.Random(7)
    for _ in range(300):
        n = rng.randrange(0, 400)
        starts = sorted(rng.sample(range(n), rng.randrange(0, n + 1) if n else 0))
        limit = rng.randrange(1, 60)
        pieces = chunk_bounds(n, starts, limit)
        if not pieces:
            assert n == 0
            continue
        assert [p for piece in pieces for p in range(*piece)] == list(range(n))
        assert all(0 < end - start <= limit for start, end in pieces)
        allowed = set(starts) | {n}
        for (_, end), (next_start, _) in zip(pieces, pieces[1:] + [(n, n)], strict=True):
            assert end == next_start
        # a piece ends off a sentence start only when a whole sentence did not fit in it
        for start, end in pieces:
            if end not in allowed:
                assert end - start == limit
                assert not any(start < s < end for s in allowed)


def test_chunk_bounds_refuse_a_non_positive_limit() -> None:
    with pytest.raises(ValueError, match="max_tokens"):
        chunk_bounds(10, [0], 0)


# --- the component ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def nlp() -> Language:
    return beritanlp.load(exclude=["beritanlp_topics"])


def _ents(doc: spacy.tokens.Doc) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label_) for e in doc.ents]


def test_default_pipeline_uses_it_with_the_shipped_weights(nlp: Language) -> None:
    ner = nlp.get_pipe("ner")
    assert isinstance(ner, ChunkedEntityRecognizer) and ner.max_tokens == DEFAULT_MAX_TOKENS
    # the same entities as spaCy's own component sourced from the shipped model
    plain = blank()
    plain.add_pipe("beritanlp_sentences")
    source = source_pipeline("ner/model")
    plain.add_pipe("ner", source=source)
    share_vectors(source, plain)  # spaCy does not copy the vocab's vectors with the component
    ours = nlp.get_pipe("beritanlp_sentences")(nlp.make_doc(EXAMPLE))
    theirs = plain(EXAMPLE)
    assert _ents(ner(ours)) == _ents(theirs) and theirs.ents


def test_long_doc_gets_each_pieces_own_entities(nlp: Language) -> None:
    ner = nlp.get_pipe("ner")
    doc = nlp.get_pipe("beritanlp_sentences")(nlp.make_doc(EXAMPLE))
    limit = max(len(s) for s in doc.sents) + 5
    pieces = chunk_bounds(len(doc), [s.start for s in doc.sents], limit)
    assert len(pieces) > 2
    expected = []
    for start, end in pieces:
        piece = ner(doc[start:end].as_doc())
        expected.extend((start + s, start + e, label) for s, e, label in _ents(piece))
    original, ner.max_tokens = ner.max_tokens, limit
    try:
        tagged = ner(doc)
        # and in a batch mixing short and long docs, in order
        short = [nlp.get_pipe("beritanlp_sentences")(nlp.make_doc(t))
                 for t in ("Menteri Keuangan Sri Mulyani berbicara di Jakarta.", "")]
        batch = list(ner.pipe([short[0], nlp.get_pipe("beritanlp_sentences")(
            nlp.make_doc(EXAMPLE)), short[1]], batch_size=8))
    finally:
        ner.max_tokens = original
    assert _ents(tagged) == expected and expected
    assert all(t.ent_iob_ in {"B", "I", "O"} for t in tagged)  # every token decided
    assert _ents(batch[1]) == expected
    assert _ents(batch[0]) == _ents(ner(short[0].copy())) and batch[2].ents == ()


def test_max_tokens_is_a_setting_that_survives_to_disk(tmp_path: Path) -> None:
    nlp = blank()
    nlp.add_pipe("beritanlp_sentences")
    nlp.add_pipe("beritanlp_ner", name="ner", config={"max_tokens": 1234})
    nlp.initialize()
    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    assert isinstance(loaded.get_pipe("ner"), ChunkedEntityRecognizer)
    assert loaded.get_pipe("ner").max_tokens == 1234
    with pytest.raises(ValueError, match="max_tokens"):
        blank().add_pipe("beritanlp_ner", config={"max_tokens": 0})


# --- matrix products through numpy's BLAS ----------------------------------------------------


def _blis_layers(ner: ChunkedEntityRecognizer) -> list[str]:
    return [node.name for node in ner.model.walk() if getattr(node.ops, "use_blis", False)]


def test_the_default_ner_multiplies_with_numpy_and_finds_the_same_entities() -> None:
    """The shipped NER runs its matrix products through numpy (the speed-up of the pipeline);
    switched back to thinc's blis kernels it finds the same entities on the example article
    and on sentences written for this test."""
    nlp = beritanlp.load(exclude=["beritanlp_topics"])
    ner = nlp.get_pipe("ner")
    assert isinstance(ner, ChunkedEntityRecognizer) and ner.numpy_gemm
    assert _blis_layers(ner) == []
    texts = [
        EXAMPLE,
        "Bupati Sukamaju, Rahmat Hidayat, meninjau Pasar Baru bersama Dinas Perdagangan.",
        "Kepala Badan Pusat Statistik Provinsi Jambi mengumumkan angka kemiskinan turun.",
    ]
    with_numpy = [_ents(doc) for doc in nlp.pipe(texts)]
    ner.numpy_gemm = False  # switched off after loading: every layer is on blis again
    assert ner.numpy_gemm is False and _blis_layers(ner)
    assert _ents(nlp(texts[1])) == with_numpy[1]
    assert [_ents(doc) for doc in nlp.pipe(texts)] == with_numpy
    assert any(with_numpy)
    ner.numpy_gemm = True
    assert _blis_layers(ner) == []


def test_numpy_gemm_is_a_setting_that_survives_to_disk(tmp_path: Path) -> None:
    nlp = blank()
    nlp.add_pipe("beritanlp_sentences")
    nlp.add_pipe("beritanlp_ner", name="ner", config={"numpy_gemm": False})
    nlp.initialize()
    assert _blis_layers(nlp.get_pipe("ner"))  # thinc's kernels left alone when asked
    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    assert loaded.get_pipe("ner").numpy_gemm is False and _blis_layers(loaded.get_pipe("ner"))
    on = blank()
    on.add_pipe("beritanlp_ner", name="ner")
    on.initialize()
    on.to_disk(tmp_path / "on")
    assert _blis_layers(spacy.load(tmp_path / "on").get_pipe("ner")) == []
