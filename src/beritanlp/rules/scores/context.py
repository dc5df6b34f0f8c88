"""What a value is read in: its sentence's scans (made once) and the metric it takes."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from beritanlp.rules.scores.model import Metric, between


class SentenceMemo:
    """Scans of one text's sentences, each made once: every value of a sentence asks again.

    A long sentence with many values (a list, a table glued into one line) made each value
    rescan the sentence up to itself; the matches are read once per sentence instead and
    looked up by position.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._ends: dict[tuple[str, tuple[int, int]], list[int]] = {}
        self._metrics: dict[tuple[tuple[int, int], bool], tuple[list[Metric], list[int],
                                                                list[Metric], list[int]]] = {}
        self.longest: int | None = None  # the longest metric name of the text

    def first_end(self, pattern: re.Pattern[str], sent: tuple[int, int]) -> int | None:
        """Where the first match of ``pattern`` in sentence ``sent`` ends (``None``: none)."""
        key = (pattern.pattern, sent)
        ends = self._ends.get(key)
        if ends is None:
            m = pattern.search(self.text, sent[0], sent[1])
            ends = self._ends[key] = [m.end()] if m else []
        return ends[0] if ends else None

    def before(self, pattern: re.Pattern[str], sent: tuple[int, int], pos: int) -> bool:
        """Whether ``pattern`` matches in the sentence before ``pos``."""
        end = self.first_end(pattern, sent)
        return end is not None and end <= pos

    def metrics_in(self, metrics: Sequence[Metric], sent: tuple[int, int], award_ok: bool,
                   ) -> tuple[list[Metric], list[int], list[Metric], list[int]]:
        """The sentence's metrics and its lexicon metrics, each with their starts."""
        key = (sent, award_ok)
        if key not in self._metrics:
            here = [m for m in between(metrics, sent[0], sent[1]) if award_ok or not m.award]
            known = [m for m in here if m.rule is not None]
            self._metrics[key] = (here, [m.start for m in here], known,
                                  [m.start for m in known])
        return self._metrics[key]


#: How far back (characters) a metric named in an earlier sentence still frames a value.
CARRY_WINDOW = 900
#: How far (characters) after a sentence-local metric (:attr:`Metric.local`) its values may be.
LOCAL_REACH = 90
#: The same for a local ranking (a placing's event, a world ranking): its rank starts there.
LOCAL_RANK_REACH = 4


def active_metric(metrics: Sequence[Metric], pos: int, sent: tuple[int, int], window: int,
                  award_ok: bool, memo: SentenceMemo | None = None) -> tuple[Metric | None, bool]:
    """The metric for a value at ``pos``: (metric, named_in_sentence)."""
    in_sent, starts, known, known_starts = (memo or SentenceMemo("")).metrics_in(
        metrics, sent, award_ok)
    if in_sent:
        i = bisect_left(starts, pos)
        pick = in_sent[i - 1] if i > 0 else in_sent[0]
        # prefer a lexicon metric to an unknown one in the same sentence
        if pick.rule is None and known and not pick.award:
            pick = known[-1] if known_starts[0] < pos else known[0]
        reach = LOCAL_RANK_REACH if pick.award else LOCAL_REACH
        if not (pick.local and not 0 <= pos - pick.start <= reach):
            return pick, True
        # a standing's or a placing's metric serves the values of its own phrase only
        in_sent = [m for m in in_sent if not m.local]
        if in_sent:
            return in_sent[-1] if in_sent[0].start < pos else in_sent[0], True
    return carried_metric(metrics, pos, sent, window), False


def carried_metric(metrics: Sequence[Metric], pos: int, sent: tuple[int, int],
                   window: int = CARRY_WINDOW) -> Metric | None:
    """The metric an earlier sentence carries to a value at ``pos`` (``None``: none).

    The last one named within ``window`` characters before ``pos`` and before the sentence
    ``sent``; an award or a local metric (a standing's table, a world ranking) carries none.
    """
    earlier = [m for m in between(metrics, pos - window, sent[0]) if not (m.award or m.local)]
    return earlier[-1] if earlier else None
