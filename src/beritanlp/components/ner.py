"""The ``beritanlp_ner`` component: spaCy's entity recognizer, bounded in memory on long docs.

spaCy's transition-based NER keeps feature and state arrays for every token of a doc at once:
on a multi-megabyte page (a scraped archive dump, a whole PDF) that is several gigabytes. This
component is spaCy's own :class:`~spacy.pipeline.EntityRecognizer` with the same model and
weights, except that a doc longer than ``max_tokens`` is recognised piece by piece: the pieces
end at sentence starts where possible (:func:`chunk_bounds`, the pure part), each piece is
copied into a doc of its own, tagged, and its entities are written back at their offsets.
Memory then grows with the piece, not with the article.

Docs up to ``max_tokens`` tokens (every ordinary news article) go through the unchanged spaCy
code and get exactly the same entities. A long doc gets the entities a reader of each piece
would find; near a cut the model misses at most the few tokens of context across it, and cuts
fall between sentences, where an entity hardly ever spans.

The model's matrix products (the token-to-vector layers and the parser's input layer) run
through numpy's BLAS rather than thinc's default ``blis`` kernels (``numpy_gemm``, on by
default): three times as fast on the machines we measured, which makes the whole pipeline
about a sixth faster. The two libraries sum in different orders, so activations differ in
the last bits (about 1e-5); the entities were the same on every article we compared (see
the README's measured speed). The parser's own state loop keeps thinc's kernels.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.pipeline.ner import DEFAULT_NER_MODEL
from spacy.tokens import Doc, Span
from thinc.api import Model, NumpyOps

#: Longest doc (tokens) tagged in one piece; about 120 kB of news text.
DEFAULT_MAX_TOKENS = 20_000


def chunk_bounds(
    n_tokens: int, sent_starts: Sequence[int], max_tokens: int
) -> list[tuple[int, int]]:
    """Cut ``0..n_tokens`` into pieces of at most ``max_tokens`` tokens, at sentence starts.

    Parameters
    ----------
    n_tokens
        Length of the doc.
    sent_starts
        Increasing positions of the sentence-initial tokens (0 may be left out).
    max_tokens
        Longest piece; a sentence longer than this is cut inside.

    Returns
    -------
    list of (int, int)
        Consecutive half-open ``(start, end)`` pieces covering every token once; each piece
        ends where a sentence starts (or the doc ends) unless one sentence is too long.

    Raises
    ------
    ValueError
        When ``max_tokens`` is smaller than 1.

    Examples
    --------
    >>> chunk_bounds(10, [0, 3, 6, 8], 5)
    [(0, 3), (3, 8), (8, 10)]
    >>> chunk_bounds(7, [0], 3)
    [(0, 3), (3, 6), (6, 7)]
    """
    if max_tokens < 1:
        raise ValueError(f"max_tokens must be >= 1, got {max_tokens}")
    cuts = [s for s in sent_starts if 0 < s < n_tokens]
    cuts.append(n_tokens)
    pieces: list[tuple[int, int]] = []
    start = 0
    previous = 0  # the last usable cut after start
    for cut in cuts:
        if cut - start <= max_tokens:
            previous = cut
            continue
        if previous > start:  # end the piece at the last sentence start that fits
            pieces.append((start, previous))
            start = previous
        while cut - start > max_tokens:  # one sentence longer than a piece
            pieces.append((start, start + max_tokens))
            start += max_tokens
        previous = cut
    if start < n_tokens:
        pieces.append((start, n_tokens))
    return pieces


def use_numpy_gemm(model: Model, on: bool = True) -> None:
    """Make every layer of ``model`` on thinc's default CPU ops use numpy's BLAS (or blis again).

    Only ``gemm`` differs between the two: ``NumpyOps(use_blis=False)`` hands matrix products
    to ``numpy.dot``. With ``on=False`` the layers get blis ops back. Layers on other ops (a
    GPU, another backend) are left as they are.
    """
    ops = NumpyOps(use_blis=not on)
    for node in model.walk():
        if type(node.ops) is NumpyOps and bool(getattr(node.ops, "use_blis", False)) == on:
            node.ops = ops


class _Tagged:
    """Entities already found, piece by piece, for one long doc (a :meth:`predict` result)."""

    __slots__ = ("ents",)

    def __init__(self, ents: list[tuple[int, int, str]]) -> None:
        self.ents = ents


class ChunkedEntityRecognizer(EntityRecognizer):
    """spaCy's entity recognizer that tags docs longer than ``max_tokens`` piece by piece.

    Parameters
    ----------
    vocab, model, name, moves, update_with_oracle_cut_size, incorrect_spans_key, scorer
        As for :class:`spacy.pipeline.EntityRecognizer` (the ``ner`` factory).
    max_tokens
        Longest doc tagged in one piece.
    numpy_gemm
        Compute the model's matrix products with numpy's BLAS (:func:`use_numpy_gemm`).
    """

    def __init__(self, vocab: Any, model: Model, name: str = "ner", moves: Any = None, *,
                 max_tokens: int = DEFAULT_MAX_TOKENS, numpy_gemm: bool = True,
                 **kwargs: Any) -> None:
        if max_tokens < 1:
            raise ValueError(f"max_tokens must be >= 1, got {max_tokens}")
        super().__init__(vocab, model, name, moves, **kwargs)
        self.max_tokens = max_tokens
        self._numpy_gemm = False
        self.numpy_gemm = numpy_gemm

    @property
    def numpy_gemm(self) -> bool:
        """Whether the model's matrix products go through numpy's BLAS (settable at any time)."""
        return self._numpy_gemm

    @numpy_gemm.setter
    def numpy_gemm(self, on: bool) -> None:
        self._numpy_gemm = bool(on)
        use_numpy_gemm(self.model, self._numpy_gemm)

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> Any:
        """Load as spaCy does; layers rebuilt while loading get numpy's BLAS too."""
        loaded = super().from_bytes(bytes_data, exclude=exclude)
        if self.numpy_gemm:
            use_numpy_gemm(self.model)
        return loaded

    def from_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> Any:
        """Load as spaCy does; layers rebuilt while loading get numpy's BLAS too."""
        loaded = super().from_disk(path, exclude=exclude)
        if self.numpy_gemm:
            use_numpy_gemm(self.model)
        return loaded

    def predict(self, docs: Iterable[Doc] | Doc) -> list[Any]:
        """Parse states for the docs; a long doc is tagged at once, piece by piece."""
        batch = [docs] if isinstance(docs, Doc) else list(docs)
        limit = self.max_tokens
        if all(len(doc) <= limit for doc in batch):
            return super().predict(batch)
        short = [doc for doc in batch if len(doc) <= limit]
        states = iter(super().predict(short) if short else [])
        return [next(states) if len(doc) <= limit else _Tagged(self._tag_in_pieces(doc))
                for doc in batch]

    def set_annotations(self, docs: Iterable[Doc], states_or_beams: Any) -> None:
        """Write the entities: spaCy's own way, or the long docs' pieces at their offsets."""
        batch = list(docs)
        results = list(states_or_beams)
        if not any(isinstance(r, _Tagged) for r in results):
            super().set_annotations(batch, results)
            return
        short = [(doc, r) for doc, r in zip(batch, results, strict=True)
                 if not isinstance(r, _Tagged)]
        if short:
            super().set_annotations([d for d, _ in short], [r for _, r in short])
        for doc, result in zip(batch, results, strict=True):
            if isinstance(result, _Tagged):
                doc.set_ents([Span(doc, s, e, label=label) for s, e, label in result.ents],
                             default="outside")

    def _tag_in_pieces(self, doc: Doc) -> list[tuple[int, int, str]]:
        starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else []
        ents: list[tuple[int, int, str]] = []
        for start, end in chunk_bounds(len(doc), starts, self.max_tokens):
            piece = doc[start:end].as_doc()
            super().set_annotations([piece], super().predict([piece]))
            ents.extend((start + e.start, start + e.end, e.label_) for e in piece.ents)
        return ents


@Language.factory(
    "beritanlp_ner",
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
    default_config={
        "model": DEFAULT_NER_MODEL,
        "moves": None,
        "update_with_oracle_cut_size": 100,
        "incorrect_spans_key": None,
        "scorer": {"@scorers": "spacy.ner_scorer.v1"},
        "max_tokens": DEFAULT_MAX_TOKENS,
        "numpy_gemm": True,
    },
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_chunked_ner(
    nlp: Language,
    name: str,
    model: Model,
    moves: Any,
    update_with_oracle_cut_size: int,
    incorrect_spans_key: str | None,
    scorer: Callable[..., Any] | None,
    max_tokens: int,
    numpy_gemm: bool,
) -> ChunkedEntityRecognizer:
    """Create the ``beritanlp_ner`` component (the ``ner`` factory's settings plus ``max_tokens``).

    Parameters
    ----------
    nlp, name, model, moves, update_with_oracle_cut_size, incorrect_spans_key, scorer
        As for spaCy's ``ner`` factory; the default pipeline takes them, and the weights, from
        the shipped model ``models/ner``.
    max_tokens
        Longest doc tagged in one piece (:data:`DEFAULT_MAX_TOKENS`).
    numpy_gemm
        Compute the model's matrix products with numpy's BLAS instead of ``blis``.

    Returns
    -------
    ChunkedEntityRecognizer
    """
    return ChunkedEntityRecognizer(
        nlp.vocab, model, name=name, moves=moves,
        update_with_oracle_cut_size=update_with_oracle_cut_size,
        incorrect_spans_key=incorrect_spans_key, scorer=scorer, max_tokens=max_tokens,
        numpy_gemm=numpy_gemm,
    )
