"""Mixing several NER corpora for training: label maps, weights and case augmentation.

The pure part works on :class:`~beritanlp.ner.conll.Sentence` objects:

- :func:`remap_sentence` applies a corpus's own label map. A target label is kept, ``"O"``
  drops the span (it becomes outside), ``"-"`` makes it *missing* annotation (neither entity
  nor outside: the corpus marks something there that beritanlp's labels do not say, such as
  NER-P's companies, which would be ORG, while its government bodies are left unmarked).
- :func:`weighted_copies` draws how often each sentence is used in one epoch: ``weight`` 0.5
  keeps about half of the corpus, 2.0 uses everything twice (whole copies, then a seeded
  draw for the fraction).
- :func:`case_variant` lower-cases or upper-cases a sentence's tokens, or (``"title"``) gives
  the first token and every token inside an entity span a capital first letter: a cased copy
  of a lower-cased corpus such as NER-P, so that its names also teach the cased model. Tags
  are unchanged.

:class:`CorpusSource` describes one corpus and :func:`epoch_sentences` turns a list of them
into the sentences of one epoch. The spaCy reader ``beritanlp.ner_corpora.v1`` (in
:mod:`beritanlp.ner.corpus_reader`) wraps this for ``[corpora.train]`` in the training
config, so the mix lives in ``models/ner/config.cfg``.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from beritanlp.ner.conll import LABELS, Sentence, spans_to_iob2

#: Label given to spans that become missing annotation (never a real entity label).
MISSING = "-"

#: Case transformations of :func:`case_variant`.
CASES: tuple[str, ...] = ("lower", "upper", "title")


@dataclass(frozen=True)
class CorpusSource:
    """One training corpus and how it enters the mix.

    Attributes
    ----------
    name
        A short name (for the stats and the model's meta).
    sentences
        The corpus, labels as read (standard names already mapped by :mod:`beritanlp.ner.conll`).
    labels
        Source label -> ``"PERSON"``/``"ORG"``/``"LOC"``, ``"O"`` (drop) or ``"-"`` (missing).
        Labels not listed keep their name when it is one of :data:`LABELS`, else are dropped.
    weight
        Expected uses of each sentence per epoch (0 leaves the corpus out).
    lower, upper, title
        Share of the sentences used in an epoch that also get a lower-cased, an upper-cased or
        a title-cased copy (see :func:`case_variant`; each drawn independently per sentence
        and epoch).
    """

    name: str
    sentences: Sequence[Sentence]
    labels: Mapping[str, str] = field(default_factory=dict)
    weight: float = 1.0
    lower: float = 0.0
    upper: float = 0.0
    title: float = 0.0


def remap_sentence(sentence: Sentence, labels: Mapping[str, str]) -> Sentence:
    """Apply a corpus label map (see :class:`CorpusSource`) and return a new sentence.

    Spans mapped to ``"-"`` are kept with the label :data:`MISSING` and the sentence trusts only
    :data:`LABELS`, so :func:`beritanlp.ner.conll.sentences_to_docbin` (and the spaCy reader)
    write them as missing annotation.

    Raises
    ------
    ValueError
        When the map names a target that is not a beritanlp label, ``"O"`` or ``"-"``.
    """
    spans: list[tuple[int, int, str]] = []
    has_missing = False
    for start, end, label in sentence.spans():
        target = labels.get(label, label if label in LABELS else "O")
        if target == "O":
            continue
        if target != MISSING and target not in LABELS:
            raise ValueError(f"label map sends {label!r} to {target!r}: want one of "
                             f"{', '.join(LABELS)}, 'O' or '-'")
        has_missing = has_missing or target == MISSING
        spans.append((start, end, target))
    only = sentence.only_labels
    if has_missing:
        only = frozenset(LABELS) if only is None else only & frozenset(LABELS)
    return Sentence(
        list(sentence.tokens), spans_to_iob2(len(sentence.tokens), spans), sentence.source, only
    )


def case_variant(sentence: Sentence, case: str) -> Sentence:
    """Return a copy of ``sentence`` with its tokens re-cased, tags unchanged.

    ``"lower"`` and ``"upper"`` change every token; ``"title"`` upper-cases the first letter of
    the first token and of every token inside an entity span (missing spans included), and
    leaves the rest as it is.

    Raises
    ------
    ValueError
        When ``case`` is not one of :data:`CASES`.
    """
    if case not in CASES:
        raise ValueError(f"case must be one of {CASES}, got {case!r}")
    if case == "title":
        inside = {0} | {i for start, end, _ in sentence.spans() for i in range(start, end)}
        tokens = [t[:1].upper() + t[1:] if i in inside else t
                  for i, t in enumerate(sentence.tokens)]
    else:
        tokens = [t.lower() if case == "lower" else t.upper() for t in sentence.tokens]
    return Sentence(tokens, list(sentence.tags), f"{sentence.source} ({case})",
                    sentence.only_labels)


def weighted_copies(n: int, weight: float, rng: random.Random) -> list[int]:
    """How many times each of ``n`` items is used in one epoch, for a mean of ``weight``.

    Raises
    ------
    ValueError
        When ``weight`` is negative.
    """
    if weight < 0:
        raise ValueError(f"corpus weight must be >= 0, got {weight}")
    whole, frac = int(weight), weight - int(weight)
    return [whole + (1 if frac and rng.random() < frac else 0) for _ in range(n)]


def epoch_sentences(
    sources: Iterable[CorpusSource], epoch: int, seed: int = 0
) -> list[Sentence]:
    """The training sentences of one epoch: each source weighted and case-augmented.

    Deterministic for a given ``(seed, epoch)``; every source draws from its own generator so
    adding a corpus does not change what the others contribute.
    """
    out: list[Sentence] = []
    for index, source in enumerate(sources):
        rng = random.Random(f"{seed}:{epoch}:{index}:{source.name}")
        counts = weighted_copies(len(source.sentences), source.weight, rng)
        for sentence, count in zip(source.sentences, counts, strict=True):
            for _ in range(count):
                out.append(sentence)
                if source.lower and rng.random() < source.lower:
                    out.append(case_variant(sentence, "lower"))
                if source.upper and rng.random() < source.upper:
                    out.append(case_variant(sentence, "upper"))
                if source.title and rng.random() < source.title:
                    out.append(case_variant(sentence, "title"))
    return out
