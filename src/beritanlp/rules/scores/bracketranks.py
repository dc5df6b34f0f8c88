"""Ranks in brackets after listed names, in a sentence that names a ranking.

"Menurut daftar 20 pelabuhan tersibuk versi Dewan Niaga, Pelabuhan Alfa di urutan pertama,
lalu Pelabuhan Beta (5), Pelabuhan Gama (8) dan Pelabuhan Delta (13)": Alfa 1, Beta 5, Gama 8,
Delta 13 on the ranking. A bracketed number after a name is more often an age ("Budi (35)"), a
count, goals or points, or an item's number, so a list is read only where

* a name of the sentence holds a rank before the list ("A di urutan pertama", "B berada di
  posisi 12") and the sentence itself names a ranking (:data:`_RANKING_CUE`);
* at least two names each with a bracketed whole number follow each other, joined only by
  commas and "dan"/"serta" (:data:`_JOIN`), their numbers rising strictly, above that held
  rank;
* the sentence says nothing of ages, people, goals, points, counts, medals, prices or shares
  (:data:`_NOT_RANKS`), and nothing of a standing behind or below others ("di belakang A
  (215)": those are their tallies).

Only the sentence holding the rank and the list is read: a list never goes on into the next
sentence ("Selanjutnya, siswa Rudi (9) dan Sinta (11) membacakan puisi" is ages or numbers of
people, not ranks).

The ranking is the text's "daftar ... ter-" phrase ("daftar 20 pelabuhan tersibuk": "20
pelabuhan tersibuk") shortly before or in the list's sentence, else the last ranking metric
named there (never a points table).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from beritanlp.rules.scores.cues import NAME_JOIN, NAME_NEXT_WORD, NAME_WORD
from beritanlp.rules.scores.model import ByStart, Candidate, Metric, between, is_points_table
from beritanlp.rules.scores.ranked import LIST_METRIC_WINDOW, clean_list_name, rank_items

#: A cheap test before any scan: a word, a space and a bracketed number of one to three digits.
_QUICK = re.compile(r"[\w'’][ \t]*\([ \t]*\d{1,3}[ \t]*\)")
#: A listed name and its bracketed number: "Institut Lembah (4)", "Alfa & Beta Niaga (10)".
_ITEM = re.compile(
    rf"(?<![\w&'’-])({NAME_WORD}(?:{NAME_NEXT_WORD}){{0,7}})"
    r"[ \t]*\([ \t]*(\d{1,3})[ \t]*\)")
#: What may stand between two items of one list.
_JOIN = re.compile(rf"(?:{NAME_JOIN})$")
#: Words naming a ranking in the list's sentence.
_RANKING_CUE = re.compile(
    r"(?i)\b(?:peringkat|ranking|rangking|pemeringkatan|urutan|posisi)\b"
    r"|\b[Dd]aftar\b[^.;\n]{0,80}?\b(?:ter[a-z]{3,}|paling[ \t]+[a-z]{3,})")
#: Words of a sentence whose bracketed numbers are no ranks: ages, people, counts, tallies,
#: medals, prices, shares, or a standing behind others.
_NOT_RANKS = re.compile(
    r"(?i)\b(?:tahun|thn?|usia|berusia|umur|warga|tersangka|terdakwa|korban|pelaku|ditangkap"
    r"|orang|anak|jiwa|gol|poin|nilai|skor|suara|kursi|kasus|unit|persen|menang|kalah|laga"
    r"|medali|emas|perak|perunggu|perolehan|harga|rp"
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


def _rising(ranks: Sequence[int]) -> bool:
    """Whether bracketed numbers rise strictly from 1 on (ranks, not points or ages)."""
    return min(ranks) >= 1 and all(a < b for a, b in zip(ranks, ranks[1:], strict=False))


def _held_ranks(text: str, s: int, first: int) -> list[tuple[str, int, tuple[int, int]]]:
    """Whole-number ranks names hold in ``text[s:first]`` (before a bracketed list)."""
    return [(x.name, x.rank, x.rank_span) for x in rank_items(text, s, first)
            if isinstance(x.rank, int) and not isinstance(x.rank, bool) and x.rank_span]


def _sentence_candidates(text: str, s: int, e: int, items: list[tuple[str, int, int, int]],
                         held: list[tuple[str, int, tuple[int, int]]],
                         metric: Metric) -> list[Candidate]:
    """The ranks of one sentence: those held before its list, then the list's."""
    out = [Candidate(metric, rank, "rank", None, text[a:b], a, b, (s, e), [name])
           for name, rank, (a, b) in held]
    out += [Candidate(metric, r, "rank", None, text[a:b], a, b, (s, e), [name])
            for name, r, a, b in items]
    return out


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
        each with the name as its subject. Each sentence is tested on its own; a caller that
        splits sentences only on demand tests :func:`may_list_bracket_ranks` first.
    """
    out: list[Candidate] = []
    for s, e in sents:
        items = _items(text, s, e) if _QUICK.search(text, s, e) else []
        if len(items) < 2 or _NOT_RANKS.search(text, s, e):
            continue
        ranks = [r for _, r, _, _ in items]
        if not _rising(ranks):
            continue
        held = _held_ranks(text, s, items[0][2])
        if not held or any(r >= ranks[0] for _, r, _ in held) \
                or not _RANKING_CUE.search(text, s, e):
            continue
        metric = _ranking(text, max(0, s - LIST_METRIC_WINDOW), e, metrics)
        if metric is None:
            continue
        out += _sentence_candidates(text, s, e, items, held, metric)
    return out
