"""Ranks in brackets after listed names, in a sentence that names a ranking.

"Dalam daftar 50 kampus terbaik versi X, Universitas A menempati urutan pertama, disusul
Institut B (4), Politeknik C (9) dan Sekolah D (12)": A 1, B 4, C 9, D 12 on the ranking. A
bracketed number after a name is more often an age ("Budi (35)"), a count, goals or points, or
an item's number, so a list is read only where

* its sentence, or the one before it (a list going on: "Sisanya diisi E (2), F (5)"), names a
  ranking (:data:`_RANKING_CUE`);
* a name of the sentence holds a rank before the list ("A di urutan pertama", "B berada di
  posisi 12"), unless the list goes on from the sentence before;
* at least two names each with a bracketed whole number follow each other, joined only by
  commas and "dan"/"serta" (:data:`_JOIN`), their numbers rising strictly, above that held
  rank;
* the sentence says nothing of ages, people, goals, points or counts (:data:`_NOT_RANKS`), and
  nothing of a standing behind or below others ("di belakang A (215)": those are their tallies).

The ranking is the text's "daftar ... ter-" phrase ("daftar 100 perusahaan dengan pertumbuhan
tercepat": "100 perusahaan dengan pertumbuhan tercepat") shortly before or in the list's
sentence, else the last ranking metric named there (never a points table).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from beritanlp.rules.scores.model import ByStart, Candidate, Metric, between, is_points_table
from beritanlp.rules.scores.ranked import LIST_METRIC_WINDOW, clean_list_name, rank_items

#: A cheap test before any scan: a word, a space and a bracketed number of one to three digits.
_QUICK = re.compile(r"[\w'’][ \t]*\([ \t]*\d{1,3}[ \t]*\)")
#: A listed name and its bracketed number: "Institut Teknologi Lembah (4)", "SS&C Holdings (10)".
_ITEM = re.compile(
    r"(?<![\w&'’-])([A-Z][\w'’&-]*(?:[ \t]+(?:[A-Z][\w'’&-]*|(?:of|de)(?=[ \t]+[A-Z]))){0,7})"
    r"[ \t]*\([ \t]*(\d{1,3})[ \t]*\)")
#: What may stand between two items of one list.
_JOIN = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:dan|serta)[ \t]+)?|(?:dan|serta)[ \t]+)$")
#: Words naming a ranking in the list's sentence or the one before it.
_RANKING_CUE = re.compile(
    r"(?i)\b(?:peringkat|ranking|rangking|pemeringkatan|urutan|posisi)\b"
    r"|\b[Dd]aftar\b[^.;\n]{0,80}?\b(?:ter[a-z]{3,}|paling[ \t]+[a-z]{3,})")
#: Words of a sentence whose bracketed numbers are no ranks: ages, people, counts, tallies, or
#: a standing behind others.
_NOT_RANKS = re.compile(
    r"(?i)\b(?:tahun|thn?|usia|berusia|umur|warga|tersangka|terdakwa|korban|pelaku|ditangkap"
    r"|orang|anak|jiwa|gol|poin|nilai|skor|suara|kursi|kasus|unit|persen|menang|kalah|laga"
    r"|klasemen|setelah|di[ \t]+bawah|di[ \t]+belakang|nomor|ayat|pasal)\b")
#: A "daftar" ranking: the list's words up to their superlative ("daftar 50 kampus terbaik").
_LISTED_RANKING = re.compile(
    r"\b[Dd]aftar[ \t]+((?:\d{1,4}[ \t]+)?[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,5}?"
    r"[ \t]+(?:ter[a-z]{3,}|paling[ \t]+[a-z]{3,}))\b")
#: Metric names that rank (a metric named near the list when no "daftar" phrase is).
_RANKING_NAME = re.compile(r"(?i)rank|peringkat|pemeringkatan|terbaik|index|indeks")


def may_list_bracket_ranks(text: str) -> bool:
    """Whether ``text`` may hold such a list: a bracketed number after a word (a cheap test)."""
    return _QUICK.search(text) is not None and _RANKING_CUE.search(text) is not None


def _items(text: str, start: int, end: int) -> list[tuple[str, int, int, int]]:
    """The longest run of joined bracketed items in ``text[start:end]`` (name, rank, offsets)."""
    best: list[tuple[str, int, int, int]] = []
    run: list[tuple[str, int, int, int]] = []
    last = -1
    for m in _ITEM.finditer(text, start, end):
        name = clean_list_name(m.group(1))
        if not name:
            continue
        item = (name, int(m.group(2)), m.start(2), m.end(2))
        if run and not _JOIN.match(text[last:m.start()]):
            run = []
        run.append(item)
        last = m.end()
        if len(run) > len(best):
            best = list(run)
    return best


def _ranking(text: str, lo: int, hi: int, metrics: ByStart[Metric]) -> Metric | None:
    """The ranking a list ending its sentence at ``hi`` is of (named from ``lo`` on)."""
    found = list(_LISTED_RANKING.finditer(text, lo, hi))
    if found:
        m = found[-1]
        return Metric(m.group(1), m.start(1), m.end(1), None, award=True, adhoc=True)
    named = [m for m in between(metrics, lo, hi)
             if _RANKING_NAME.search(m.name) and not is_points_table(m)]
    return named[-1] if named else None


def bracket_rank_candidates(text: str, sents: Sequence[tuple[int, int]],
                            metrics: ByStart[Metric]) -> list[Candidate]:
    """The ranks of names listed with bracketed ranks after a ranking (see the module).

    Parameters
    ----------
    text : str
        The article.
    sents : sequence of (int, int)
        Its sentence spans, in order.
    metrics : ByStart of Metric
        The metrics the text names.

    Returns
    -------
    list of Candidate
        One rank per listed name (and per name holding a rank before the list in its sentence),
        each with the name as its subject.
    """
    if not may_list_bracket_ranks(text):
        return []
    out: list[Candidate] = []
    listed_before: Metric | None = None  # the ranking of a list the sentence before gave
    for i, (s, e) in enumerate(sents):
        items = _items(text, s, e) if _QUICK.search(text, s, e) else []
        before = sents[i - 1][0] if i else s
        if len(items) < 2 or not (_RANKING_CUE.search(text, before, e) or listed_before) \
                or _NOT_RANKS.search(text, s, e):
            listed_before = None
            continue
        ranks = [r for _, r, _, _ in items]
        held = [x for x in rank_items(text, s, items[0][2])
                if isinstance(x.rank, int) and x.rank_span]
        if any(a >= b for a, b in zip(ranks, ranks[1:], strict=False)) or min(ranks) < 1 \
                or not (held or listed_before) \
                or any(x.rank >= ranks[0] for x in held):  # type: ignore[operator]
            listed_before = None
            continue
        metric = listed_before or _ranking(text, max(0, s - LIST_METRIC_WINDOW), e, metrics)
        listed_before = metric
        if metric is None:
            continue
        out += [Candidate(metric, x.rank, "rank", None, text[x.rank_span[0]:x.rank_span[1]],
                          x.rank_span[0], x.rank_span[1], (s, e), [x.name])
                for x in held if x.rank_span is not None and isinstance(x.rank, int)]
        out += [Candidate(metric, r, "rank", None, text[a:b], a, b, (s, e), [name])
                for name, r, a, b in items]
    return out
