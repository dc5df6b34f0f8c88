"""Stemming accuracy on word → root pairs (e.g. ``ndetc_dev_pairs.tsv``)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from beritanlp.stemming.stemmer import WordStemmer


@dataclass
class StemReport:
    """Exact-match accuracy, overall and for words that have an affix."""

    total: int = 0
    correct: int = 0
    changed_total: int = 0
    changed_correct: int = 0
    errors: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        """Share of words whose stem equals the gold root."""
        return self.correct / self.total if self.total else 0.0

    @property
    def changed_accuracy(self) -> float:
        """Accuracy on words whose gold root differs from the word (inflected words)."""
        return self.changed_correct / self.changed_total if self.changed_total else 0.0

    def format(self, examples: int = 10) -> str:
        """A short plain-text report with a few errors."""
        lines = [
            f"pairs      {self.total}",
            f"accuracy   {self.accuracy:.4f} ({self.correct}/{self.total})",
            f"inflected  {self.changed_accuracy:.4f} ({self.changed_correct}/{self.changed_total})",
        ]
        if self.errors:
            lines.append("examples of errors (word, gold, ours):")
            lines += [f"  {w}\t{g}\t{o}" for w, g, o in self.errors[:examples]]
        return "\n".join(lines)


def read_pairs(path: str | Path) -> list[tuple[str, str]]:
    """Read (word, root) pairs from a TSV with a header naming ``word`` and ``root``.

    ``expected_stem`` is accepted instead of ``root`` (Sastrawi's test files).
    """
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        fields = reader.fieldnames or []
        gold = next((name for name in ("root", "expected_stem") if name in fields), None)
        if "word" not in fields or gold is None:
            raise ValueError(f"{path}: need columns 'word' and 'root' (found {fields})")
        return [(row["word"], row[gold]) for row in reader if row["word"]]


def evaluate_pairs(pairs: Iterable[tuple[str, str]], stemmer: WordStemmer | None = None
                   ) -> StemReport:
    """Compare the stemmer's output with gold roots, word by word."""
    stemmer = stemmer or WordStemmer()
    report = StemReport()
    for word, root in pairs:
        ours = stemmer.stem(word)
        report.total += 1
        ok = ours == root.lower()
        report.correct += ok
        if root.lower() != word.lower():
            report.changed_total += 1
            report.changed_correct += ok
        if not ok:
            report.errors.append((word, root, ours))
    return report
