"""Scores from text: metric, value, kind, subject and year (pure; the metric table passed in).

:func:`find_scores` is the entry point (see :mod:`beritanlp.rules.scores.extract` for how it
works). It returns :class:`beritanlp.schema.Score` facts.
"""

from beritanlp.rules.scores.extract import find_scores
from beritanlp.rules.scores.metrics import MetricIndex
from beritanlp.rules.scores.model import SubjectMention

__all__ = ["MetricIndex", "SubjectMention", "find_scores"]
