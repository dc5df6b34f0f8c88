"""The spaCy corpus reader ``beritanlp.ner_corpora.v1``: several NER corpora in one training set.

Used as ``[corpora.train]`` in ``models/ner/config.cfg``::

    [corpora.train]
    @readers = "beritanlp.ner_corpora.v1"
    seed = ${system.seed}

    [corpora.train.sources.nerp]
    path = ${paths.nerp}          # a CoNLL-style file, a .spacy DocBin, or null (left out)
    weight = 0.5
    lower = 0.0
    upper = 0.0
    title = 0.0                   # share that also gets a title-cased copy (names capitalised)

    [corpora.train.sources.nerp.labels]
    PPL = "PERSON"
    PLC = "LOC"
    IND = "-"

Each source is read once; every call (spaCy calls the reader once per epoch) returns a new
epoch's draw from :func:`beritanlp.ner.corpora.epoch_sentences`, so the weights and the case
augmentation change from epoch to epoch but are fixed by ``seed``. The predicted side of each
example is spaCy's tokenisation of the sentence text, as with ``spacy.Corpus.v1``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example
from spacy.util import registry

from beritanlp.ner.conll import (
    LABELS,
    Sentence,
    read_conll,
    sentence_to_doc,
    spans_to_iob2,
    split_at_spaces,
)
from beritanlp.ner.corpora import MISSING, CorpusSource, epoch_sentences

#: Keys a source section may have.
SOURCE_KEYS = frozenset({"path", "weight", "lower", "upper", "title", "labels"})


def doc_to_sentence(doc: Doc, source: str = "") -> Sentence:
    """A gold ``Doc`` (from a DocBin) as a :class:`Sentence`; missing tokens become MISSING."""
    spans: list[tuple[int, int, str]] = [(e.start, e.end, e.label_) for e in doc.ents]
    start: int | None = None
    for i, token in enumerate(doc):
        if token.ent_iob_ == "" and start is None:
            start = i
        elif token.ent_iob_ != "" and start is not None:
            spans.append((start, i, MISSING))
            start = None
    if start is not None:
        spans.append((start, len(doc), MISSING))
    has_missing = any(label == MISSING for _, _, label in spans)
    only = frozenset(LABELS) if has_missing else None
    # a no-break space is no token where the news tokenizer reads the text
    tokens, tags = split_at_spaces([t.text for t in doc], spans_to_iob2(len(doc), sorted(spans)))
    return Sentence(tokens, tags, source, only)


def read_source_file(path: str | Path) -> list[Sentence]:
    """Read a CoNLL-style file or a ``.spacy`` DocBin into sentences (labels as in the file).

    Raises
    ------
    FileNotFoundError
        When ``path`` does not exist.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"NER training corpus not found: {path}")
    if path.suffix == ".spacy":
        import spacy

        vocab = spacy.blank("id").vocab
        docs = DocBin().from_disk(path).get_docs(vocab)
        return [doc_to_sentence(doc, f"{path}:{i}") for i, doc in enumerate(docs)]
    return read_conll(path, unknown="keep")


def build_sources(sources: Mapping[str, Mapping[str, Any]]) -> list[CorpusSource]:
    """Read the files named in a ``sources`` config block; sources with ``path = null`` are skipped.

    Raises
    ------
    ValueError
        On an unknown key in a source section.
    """
    out: list[CorpusSource] = []
    for name, spec in sources.items():
        unknown = set(spec) - SOURCE_KEYS
        if unknown:
            raise ValueError(f"corpus source {name!r}: unknown setting(s) {sorted(unknown)}")
        if spec.get("path") is None:
            continue
        out.append(
            CorpusSource(
                name=name,
                sentences=read_source_file(spec["path"]),
                labels=dict(spec.get("labels") or {}),
                weight=float(spec.get("weight", 1.0)),
                lower=float(spec.get("lower", 0.0)),
                upper=float(spec.get("upper", 0.0)),
                title=float(spec.get("title", 0.0)),
            )
        )
    return out


class NerCorpora:
    """The reader object: call it with the pipeline to get one epoch of training examples."""

    def __init__(self, sources: list[CorpusSource], seed: int = 0) -> None:
        from beritanlp.ner.corpora import remap_sentence

        self.sources = [
            CorpusSource(s.name, [remap_sentence(x, s.labels) for x in s.sentences], {},
                         s.weight, s.lower, s.upper, s.title)
            for s in sources
        ]
        self.seed = seed
        self.epoch = 0

    def __call__(self, nlp: Language) -> Iterator[Example]:
        """Yield the examples of the next epoch."""
        sentences = epoch_sentences(self.sources, self.epoch, self.seed)
        self.epoch += 1
        for sentence in sentences:
            reference = sentence_to_doc(sentence, nlp.vocab)
            yield Example(nlp.make_doc(reference.text), reference)


@registry.readers("beritanlp.ner_corpora.v1")
def create_ner_corpora(
    sources: dict[str, dict[str, Any]], seed: int = 0
) -> Callable[[Language], Iterator[Example]]:
    """Create the ``beritanlp.ner_corpora.v1`` reader (see the module docstring)."""
    return NerCorpora(build_sources(sources), seed=seed)
