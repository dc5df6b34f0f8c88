"""Exact-span precision, recall and F1 of an NER pipeline on a CoNLL-style file.

A predicted span counts as correct only when its start, end and label all equal a gold span's
(the CoNLL-2003 ``conlleval`` definition). Predictions are made on the file's own tokens, so
tokenisation never costs or earns points. Micro-averaged over all labels for the overall row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from beritanlp.ner.conll import Sentence, Unknown, read_conll

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.language import Language

SpanT = tuple[int, int, str]


@dataclass
class LabelScore:
    """Counts and scores for one label (or for all labels together).

    Attributes
    ----------
    tp, fp, fn
        Exact matches, predicted spans with no exact gold match, gold spans never predicted.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """``tp / (tp + fp)``; 0.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """``tp / (tp + fn)``; 0.0 when there is no gold span."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall; 0.0 when both are 0."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        """Number of gold spans."""
        return self.tp + self.fn

    def to_dict(self) -> dict[str, float | int]:
        """Return the counts and scores as plain data."""
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "support": self.support,
        }


@dataclass
class NerScores:
    """Per-label and overall (micro-averaged) exact-span scores.

    Attributes
    ----------
    labels
        Label -> :class:`LabelScore`, for every label seen in gold or predictions.
    overall
        All labels together.
    sentences
        Number of sentences scored.
    """

    labels: dict[str, LabelScore] = field(default_factory=dict)
    overall: LabelScore = field(default_factory=LabelScore)
    sentences: int = 0

    def to_dict(self) -> dict[str, object]:
        """Return the scores as plain, JSON-ready data."""
        return {
            "overall": self.overall.to_dict(),
            "labels": {k: v.to_dict() for k, v in sorted(self.labels.items())},
            "sentences": self.sentences,
        }


def score_spans(
    gold: Iterable[Iterable[SpanT]], predicted: Iterable[Iterable[SpanT]]
) -> NerScores:
    """Score predicted spans against gold spans, sentence by sentence.

    Parameters
    ----------
    gold, predicted
        For each sentence, its ``(start, end, label)`` spans. Both must have the same length.

    Returns
    -------
    NerScores

    Raises
    ------
    ValueError
        When gold and predictions have a different number of sentences.
    """
    scores = NerScores()
    gold_list, pred_list = list(gold), list(predicted)
    if len(gold_list) != len(pred_list):
        raise ValueError(
            f"{len(gold_list)} gold sentences but {len(pred_list)} predicted ones"
        )
    for gold_spans, pred_spans in zip(gold_list, pred_list, strict=True):
        g, p = set(gold_spans), set(pred_spans)
        for span in g | p:
            label = scores.labels.setdefault(span[2], LabelScore())
            if span in g and span in p:
                label.tp += 1
                scores.overall.tp += 1
            elif span in p:
                label.fp += 1
                scores.overall.fp += 1
            else:
                label.fn += 1
                scores.overall.fn += 1
        scores.sentences += 1
    return scores


def predict_spans(nlp: Language, sentences: Sequence[Sentence]) -> list[list[SpanT]]:
    """Run ``nlp``'s components over each sentence's own tokens and return the entity spans.

    The tokenizer is skipped: docs are built from the file's tokens so predicted and gold
    offsets are comparable.
    """
    from spacy.tokens import Doc

    docs = []
    for sentence in sentences:
        spaces = [True] * len(sentence.tokens)
        spaces[-1] = False
        docs.append(Doc(nlp.vocab, words=sentence.tokens, spaces=spaces))
    out: list[list[SpanT]] = []
    for doc in nlp.pipe(docs):
        out.append([(e.start, e.end, e.label_) for e in doc.ents])
    return out


def evaluate_ner(
    path: str | Path,
    nlp: Language | None = None,
    model: str | Path | None = None,
    unknown: Unknown = "keep",
) -> NerScores:
    """Evaluate an NER pipeline on a CoNLL-style file (exact span match).

    Parameters
    ----------
    path
        The CoNLL-style file (``token ... IOB2-tag``).
    nlp
        The pipeline to evaluate. When None, ``model`` is loaded with :func:`spacy.load`, or
        the shipped model (with the title-trimming component) when ``model`` is None too.
    model
        A spaCy pipeline directory, used when ``nlp`` is None.
    unknown
        Policy for gold labels missing from the label map (see
        :func:`beritanlp.ner.conll.map_label`); ``"keep"`` scores them as their own label,
        so the model is charged for missing them.

    Returns
    -------
    NerScores
    """
    sentences = read_conll(path, unknown=unknown)
    if nlp is None:
        from beritanlp.ner.model import load_ner

        nlp = load_ner(model, cleanup=model is None)
    predicted = predict_spans(nlp, sentences)
    return score_spans((s.spans() for s in sentences), predicted)


def format_scores(scores: NerScores, digits: int = 3) -> str:
    """Format scores as a plain-text table, one row per label and a final overall row.

    Parameters
    ----------
    scores
        From :func:`evaluate_ner` or :func:`score_spans`.
    digits
        Decimals for P, R and F1.

    Returns
    -------
    str
    """
    header = f"{'label':<10} {'P':>7} {'R':>7} {'F1':>7} {'tp':>6} {'fp':>6} {'fn':>6} {'gold':>6}"
    rows = [header, "-" * len(header)]

    def row(name: str, s: LabelScore) -> str:
        return (
            f"{name:<10} {s.precision:>7.{digits}f} {s.recall:>7.{digits}f} {s.f1:>7.{digits}f}"
            f" {s.tp:>6d} {s.fp:>6d} {s.fn:>6d} {s.support:>6d}"
        )

    for name in sorted(scores.labels):
        rows.append(row(name, scores.labels[name]))
    rows.append("-" * len(header))
    rows.append(row("overall", scores.overall))
    return "\n".join(rows)
