"""Stemming accuracy on word → root pairs (e.g. ``ndetc_dev_pairs.tsv``)."""

from __future__ import annotations

import csv
import hashlib
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


def pair_half(word: str) -> str:
    """The half of the pairs ``word`` belongs to: ``"dev"`` or ``"held"``, by ``sha1(word)``.

    The improved mode's weights were fitted on the ``"dev"`` half only; the ``"held"`` half
    measures how well they generalise. Both readings of an ambiguous word fall in one half.
    """
    return "dev" if hashlib.sha1(word.encode("utf-8")).digest()[0] % 2 == 0 else "held"


def evaluate_pairs(pairs: Iterable[tuple[str, str]], stemmer: WordStemmer | None = None,
                   mode: str = "sastrawi") -> StemReport:
    """Compare the stemmer's output with gold roots, word by word.

    Parameters
    ----------
    pairs
        ``(word, gold root)`` pairs.
    stemmer
        The stemmer to measure; a new :class:`WordStemmer` in ``mode`` when omitted.
    mode
        ``"sastrawi"`` or ``"improved"`` (ignored when ``stemmer`` is given).
    """
    stemmer = stemmer or WordStemmer(mode=mode)
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


def evaluate_halves(pairs: list[tuple[str, str]], mode: str = "sastrawi"
                    ) -> dict[str, StemReport]:
    """Reports on the whole list (``"all"``) and on each half (see :func:`pair_half`)."""
    stemmer = WordStemmer(mode=mode)
    out = {"all": evaluate_pairs(pairs, stemmer)}
    for half in ("dev", "held"):
        out[half] = evaluate_pairs([p for p in pairs if pair_half(p[0]) == half], stemmer)
    return out


def format_halves(reports: dict[str, StemReport], examples: int = 10) -> str:
    """The whole-file report followed by one line per half."""
    lines = [reports["all"].format(examples)]
    for half, label in (("dev", "fitted on"), ("held", "held out")):
        r = reports[half]
        lines.append(f"half {half:<5}({label}) accuracy {r.accuracy:.4f} ({r.correct}/{r.total})"
                     f"  inflected {r.changed_accuracy:.4f}"
                     f" ({r.changed_correct}/{r.changed_total})")
    return "\n".join(lines)


def evaluate_file(path: str | Path, mode: str = "sastrawi") -> str:
    """The text ``beritanlp evaluate stem`` prints: the whole file, then each half."""
    return format_halves(evaluate_halves(read_pairs(path), mode))
