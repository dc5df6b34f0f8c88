"""Readings given as a range ("ISPU 33 hingga 50"): both ends are values; a scale's bands none."""

from __future__ import annotations

import re
from dataclasses import replace

from beritanlp.rules.scores.bands import band_value
from beritanlp.rules.scores.model import ByStart, Candidate, Metric, between
from beritanlp.rules.scores.ranks import ArticleMetrics
from beritanlp.rules.scores.scale import (
    GOT_LEAD,
    SCALE_AFTER,
    defines_band,
    graded_band,
    many_ranges,
    no_bands,
    observed,
    spread_read,
)
from beritanlp.rules.scores.timewords import time_not_unit
from beritanlp.rules.scores.values import numeric_candidate
from beritanlp.text.numbers import NumberMention

#: A range's upper end above this is no reading (and no absurd number reaches a Score).
_MAX_READING = 1_000_000


#: What a reading's range follows: the metric's name or a reading word.
_RANGE_LEAD = re.compile(r"(?:\b(?:[A-Z]{3,5}|angka|nilai|skor|indeks|kisaran|berkisar|antara)"
                         r"|\b[A-Z][a-z]+[ \t]+Udara)[ \t]+(?:di[ \t]+angka[ \t]+)?$")


def range_candidates(text: str, n: NumberMention, i: int, numbers: ByStart[NumberMention],
                      sent: tuple[int, int], metrics: ByStart[Metric], window: int,
                      growth: dict[tuple[int, int], bool],
                      article: ArticleMetrics | None = None) -> list[Candidate]:
    """A reading given as a range ("ISPU 33 hingga 50"): its two ends, each a value.

    Only a range in words ("hingga", "sampai") right after the metric or a reading word
    counts: one written with a dash ("300-500"), followed by its meaning ("51 sampai 100
    kategori sedang") or next to other ranges is a band of the scale.
    """
    n = time_not_unit(text, n)  # "berkisar 97 hingga 110 hari ini": the day's readings
    if n.unit not in (None, "poin") or not isinstance(n.high, int | float) \
            or not 0 <= n.high <= _MAX_READING or SCALE_AFTER.match(text, n.end):
        return []
    got = GOT_LEAD.search(text, max(sent[0], n.start - 60), n.start)
    here = between(numbers, sent[0], sent[1])
    spread = spread_read(text, n, here, sent)
    if not re.search(r"\s(?:hingga|sampai)\s", n.text) and not spread:
        return []  # "untuk skor 51-100", "(300-500)": bands of a scale
    # many ranges are bands of a scale unless read and none a band (as scale.ranges_read)
    if (many_ranges(text, here, sent) and not (spread and no_bands(text, here, sent))) \
            or _SCALE_WORD.search(text, max(sent[0], n.start - 60), n.start) \
            or graded_band(text, n, sent):
        return []  # bands of a scale ("level berbahaya 300-500"); "skala IPAK 0 sampai 5"
    if not spread and not _RANGE_LEAD.search(text, max(sent[0], n.start - 24), n.start):
        return []  # "berbahaya (300-500)": a band of the scale
    if not (spread or observed(text, sent)) or (defines_band(text, n.start, sent) and not got):
        return []  # "Untuk ISPU antara 150 sampai 200, ...": a band, read nowhere and never
    cand = numeric_candidate(text, replace(n, kind="number"), i, numbers, sent, metrics, window,
                             growth, article=article) \
        or _ranking_result(text, n, sent, article)
    if cand is None:
        return []
    if _is_rank_band(text, n, cand, sent) and isinstance(n.high, int) \
            and isinstance(cand.value, int):
        # "peringkat global dalam rentang 751-800": a band of ranks, one rank as written
        return [replace(cand, kind="rank", value=band_value(n.text))]
    return [cand, replace(cand, value=n.high)]


_SCALE_WORD = re.compile(r"\bskala\b", re.IGNORECASE)


def _ranking_result(text: str, n: NumberMention, sent: tuple[int, int],
                    article: ArticleMetrics | None) -> Candidate | None:
    """A range a subject got, in a text about one ranking named sentences before.

    "memperoleh skor keseluruhan 14,2-19,6": the ranking's name is one only ranks take, so the
    numbers rules find no metric for it; the range is a value of that ranking.
    """
    if article is None or not GOT_LEAD.search(text, max(sent[0], n.start - 60), n.start):
        return None
    before = [m for m in article.metrics if m.end <= n.start and _RANKING_NAME.search(m.name)]
    if not before or not isinstance(n.value, int | float):
        return None
    return Candidate(before[-1], n.value, "value", None, n.text, n.start, n.end, sent)


#: A rank word shortly before a range: the range is a band of ranks.
_RANK_BAND = re.compile(r"\b(?:peringkat|ranking|rangking|posisi|urutan)\b[^.;,\d]{0,30}$",
                        re.IGNORECASE)
#: A ranking's name ("QS World University Rankings", "Peringkat Daya Saing"): a range it gives
#: ("pada kisaran 800-1000") is a band of positions.
_RANKING_NAME = re.compile(r"(?i)\b(?:rank\w*|rangking|peringkat|pemeringkatan)\b")
#: A reading word between a ranking's name and a range ("skor akademik ... berkisar 60 hingga
#: 65", "poin ... 900 hingga 950 poin"): the range is of that reading, no band of positions.
_READING_WORD = re.compile(r"\b(?:skor|poin|point|nilai|angka|indeks|bobot|persentase)\b",
                           re.IGNORECASE)


def _is_rank_band(text: str, n: NumberMention, cand: Candidate, sent: tuple[int, int]) -> bool:
    """Tell whether a range is a band of positions, not a reading's two ends.

    A rank word just before it ("peringkat global dalam rentang 751-800") makes it one; a
    ranking's name as its metric does too, unless the range carries a unit ("poin") or a
    reading word stands between the name and the range ("skor akademik ... 60 hingga 65").
    """
    if _RANK_BAND.search(text, max(sent[0], n.start - 40), n.start):
        return True
    if not _RANKING_NAME.search(cand.metric.name) or n.unit is not None:
        return False
    lead = max(sent[0], cand.metric.end) if sent[0] <= cand.metric.start < sent[1] else sent[0]
    return _READING_WORD.search(text, lead, n.start) is None
