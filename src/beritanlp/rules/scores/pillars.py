"""Indicator (pillar) scores of a university ranking: "penelitian 19,2", "sitasi (16,7)".

University rankings score each university on a few published indicators (Times Higher
Education: teaching, research, citations, international outlook, industry income; QS: academic
reputation, faculty/student ratio ...), each from 0 to 100, and news quotes them after the
overall result: "dengan perincian Pengajaran 38,7; Penelitian 19,2", "nilai pendidikan dan
riset 19 dan 10,6", "unggul pada indikator penelitian, yaitu nilai 90". Such a number is a
score of the indicator, not of the ranking as a whole: its metric is the ranking's name as the
article writes it, with its publisher's short form, and the indicator as written ("THE World
University Rankings penelitian"); the short form alone when the article names no ranking of
that publisher before the number ("THE penelitian"); a ranking the article titles in its own
words (rules.scores.titled) gives its title ("Peringkat Kampus Global penelitian"). Pure: the
table of indicator wordings and publishers (:class:`PillarTable`, from
``lexicons/data/ranking_pillars.txt``) is passed in.

How it works
------------
1. Only a text where a university ranking is a candidate's metric is read ("... University
   Rankings", "Peringkat Universitas ..."); its publisher's short form comes from the metric's
   name, its issuers, or the first publisher the text names. The indicators take the name of
   the ranking written nearest before the number whose publisher is that one or unwritten
   (:func:`pillar_ranking`), else the short form alone.
2. Indicator names are found as whole words in any case, and those joined by "dan", "serta"
   or commas make one group ("pendidikan dan pengajaran").
3. Numbers from 0 to 100 with no unit, joined the same way, make a group; a group takes the
   nearest indicator group before it in its sentence when only link words (or a short clause
   without numbers, "ITB meraih") stand between them and no total word ("keseluruhan",
   "total"): one number per indicator, in order ("22 dan 16,7" of "pendidikan dan pengajaran").
   A number followed by a noun ("3 pusat penelitian") or after a rank word is none.
4. A number another rule gave to the ranking gets the indicator's metric; one no rule took
   becomes a value of it.
5. The rankings score from 0 to 100: a value of one above 100 is a count ("hampir 1.400
   universitas"), no score.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from beritanlp.lexicons.words import word_table
from beritanlp.rules.scores.holders import NAME_PATTERN, holder_name
from beritanlp.rules.scores.model import Candidate, Metric, between
from beritanlp.text.numbers import NumberMention


@dataclass(frozen=True)
class PillarTable:
    """Indicator wordings and ranking publishers, compiled once.

    Parameters
    ----------
    pillars : tuple of str
        Indicator names ("penelitian", "pandangan internasional").
    publishers : tuple of (name, short)
        Publishers as written with their short form ("Times Higher Education", "THE").
    """

    pillars: tuple[str, ...]
    publishers: tuple[tuple[str, str], ...]

    @property
    def pillar_re(self) -> re.Pattern[str]:
        """Any indicator name, longest first, as whole words in any case."""
        return _alternation(self.pillars)


@cache
def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+")
                    for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def parse_pillar_table(rows: Sequence[Sequence[str]]) -> PillarTable:
    """Build the table of ``ranking_pillars`` rows, validating each.

    Parameters
    ----------
    rows : sequence of rows
        "phrase | pillar" (2 columns) or "Name | publisher | SHORT" (3 columns).

    Returns
    -------
    PillarTable
        The indicator names and publishers, in the order of the rows.

    Raises
    ------
    ValueError
        For a row with a wrong number of columns for its kind, an unknown kind, an empty
        phrase, a short form that is empty or not upper-case, or a phrase given twice.
    """
    pillars: list[str] = []
    publishers: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for row in rows:
        kind = row[1] if len(row) > 1 else ""
        if (kind, len(row)) not in {("pillar", 2), ("publisher", 3)}:
            raise ValueError(f"ranking_pillars row needs 'phrase | pillar' or "
                             f"'Name | publisher | SHORT': {tuple(row)!r}")
        phrase = " ".join(row[0].split())
        if not phrase or (kind, phrase.casefold()) in seen:
            raise ValueError(f"empty or repeated ranking_pillars phrase: {tuple(row)!r}")
        seen.add((kind, phrase.casefold()))
        if kind == "pillar":
            pillars.append(phrase)
        elif not row[2] or not row[2].isupper():
            raise ValueError(f"publisher short form must be upper-case: {tuple(row)!r}")
        else:
            publishers.append((phrase, row[2]))
    return PillarTable(tuple(pillars), tuple(publishers))


@cache
def default_pillar_table() -> PillarTable:
    """The packaged table (word list ``ranking_pillars``)."""
    return parse_pillar_table(word_table("ranking_pillars"))


#: A metric that is a university ranking ("THE World University Rankings", "QS Asia University
#: Rankings", "Peringkat Universitas se-Asia").
_UNIVERSITY_RANKING = re.compile(
    r"(?i)\bUniversit\w*[ \t]+Rank|\bRank\w*[ \t]+(?:of[ \t]+)?Universit"
    r"|\bPeringkat[ \t]+Universitas")

#: What may stand between an indicator and its number: link words and a short clause of no
#: numbers ("pada indikator penelitian, yaitu nilai 90", "pengajaran, ITB meraih 22").
_GAP = re.compile(r"[^\d;.!?]{0,60}")
#: A total or average between an indicator and a number: the number is the overall one.
_TOTAL = re.compile(r"(?i)\b(?:keseluruhan|total|overall|rata-rata|akhir|peringkat|posisi"
                    r"|urutan|ranking)\b")
#: After a number of an indicator: punctuation, a joining word, "poin", or the end.
_AFTER = re.compile(r"(?i)[ \t]*(?:[,;.)]|\bdan\b|\bserta\b|\bpoin\b|$)")


def is_university_ranking(metric: Metric) -> bool:
    """Tell whether ``metric`` is a university ranking (by its name or its rule's names)."""
    if _UNIVERSITY_RANKING.search(metric.name):
        return True
    return metric.rule is not None and any(_UNIVERSITY_RANKING.search(n)
                                           for n in metric.rule.names)


def _short(text: str, metric: Metric, table: PillarTable) -> str | None:
    """The publisher's short form for ``metric``'s indicators ("THE"), or ``None``."""
    shorts = {s for _, s in table.publishers}
    first = metric.name.split(" ", 1)[0]
    if first in shorts:
        return first
    names = dict(table.publishers)
    for issuer in metric.rule.issuers if metric.rule is not None else ():
        if issuer in names:
            return names[issuer]
    found = [(i, s) for n, s in table.publishers if (i := text.find(n)) >= 0]
    return min(found)[1] if found else None


#: The scope words of a university ranking's name ("World", "Asia", "Impact") and its noun.
_RANKING_NAME = (r"(?:(?:World|Asia|Asian|Global|Arab|Young|Impact|Emerging[ \t]+Economies"
                 r"|Latin[ \t]+America)[ \t]+){0,2}"
                 r"(?:University[ \t]+Rankings?|Impact[ \t]+Rankings?)")


@cache
def _written_ranking_re(publishers: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """A ranking's name as written, with a publisher of ``publishers`` before or after it.

    "THE World University Rankings", "The World University Ranking terbitan Times Higher
    Education" (a publisher after "versi", "oleh", "dari", "by"), "QS Asia University
    Rankings": group ``pub`` a publisher written before the
    name, ``name`` the scope words and noun, ``after`` a publisher written after it.
    """
    pubs = "|".join(re.escape(n).replace(r"\ ", r"[ \t]+")
                    for n in sorted({n for n, _ in publishers}, key=len, reverse=True))
    after = r"(?:versi|oleh|dari|by|terbitan|rilisan)"
    return re.compile(rf"\b(?:(?P<pub>{pubs})[ \t]+|The[ \t]+)?(?P<name>{_RANKING_NAME})\b"
                      rf"(?:[ \t]+{after}[ \t]+(?P<after>{pubs})\b)?")


def written_rankings(text: str, table: PillarTable) -> list[tuple[int, str, str | None]]:
    """The university rankings a text names, as written, once per text.

    Parameters
    ----------
    text : str
        The article.
    table : PillarTable
        Its publishers give the names a publisher is written with.

    Returns
    -------
    list of (int, str, str or None)
        Per name, in text order: where it ends, its scope words and noun ("World University
        Rankings"), and its publisher's short form ("THE"), ``None`` when none is written.
    """
    shorts = {" ".join(n.split()): s for n, s in table.publishers}
    out: list[tuple[int, str, str | None]] = []
    for m in _written_ranking_re(table.publishers).finditer(text):
        pub = m.group("pub") or m.group("after")
        out.append((m.end("name"), " ".join(m.group("name").split()),
                    shorts.get(" ".join(pub.split())) if pub else None))
    return out


def pillar_ranking(written: Sequence[tuple[int, str, str | None]], pos: int,
                   short: str | None) -> str | None:
    """The name an indicator number at ``pos`` takes before its indicator.

    The ranking's name written nearest before ``pos`` whose publisher is the base ranking's
    (or names none), with that publisher's short form before it ("THE World University
    Rankings"): an acronym alone is ambiguous, a ranking's name without its publisher too (QS
    and THE both publish "World University Rankings"). Else the short form alone, as the
    rank's own metric starts with it ("THE World University Rankings" and "THE pengajaran").

    Parameters
    ----------
    written : sequence of (int, str, str or None)
        The text's ranking names (:func:`written_rankings`).
    pos : int
        Where the indicator's number starts.
    short : str or None
        The base ranking's publisher's short form (:func:`_short`).

    Returns
    -------
    str or None
        The name, or ``None`` when no publisher is known.
    """
    if short is None:
        return None
    for end, name, pub in reversed(written):
        if end <= pos and pub in (short, None):
            return f"{short} {name}"
    return short


def _groups(spans: Sequence[tuple[int, int]], text: str, joined: re.Pattern[str]
            ) -> list[list[tuple[int, int]]]:
    """Spans in text order, those joined by ``joined`` (the whole gap) in one group."""
    out: list[list[tuple[int, int]]] = []
    for s, e in spans:
        if out and joined.fullmatch(text, out[-1][-1][1], s):
            out[-1].append((s, e))
        else:
            out.append([(s, e)])
    return out


#: What joins the members of a group ("A dan B", "A, B, serta C").
_JOIN_GAP = re.compile(r"(?i)[ \t]*(?:,[ \t]*)?(?:(?:dan|serta)[ \t]+)?")


def _indicator_numbers(text: str, sent: tuple[int, int], numbers: Sequence[NumberMention]
                       ) -> list[NumberMention]:
    """The numbers of ``sent`` an indicator may have: 0 to 100, no unit, no rank, no noun after."""
    out = []
    for n in between(numbers, sent[0], sent[1]):
        if n.kind != "number" or n.unit not in (None, "poin") \
                or not isinstance(n.value, int | float) or isinstance(n.value, bool) \
                or not 0 <= n.value <= 100 or not _AFTER.match(text, n.end):
            continue
        if re.search(r"(?i)(?:\b(?:peringkat|posisi|urutan|ranking)|\bke-?)[ \t]*$",
                     text[max(sent[0], n.start - 14):n.start]):
            continue
        out.append(n)
    return out


def sentence_pillars(text: str, sent: tuple[int, int], numbers: Sequence[NumberMention],
                     table: PillarTable) -> list[tuple[NumberMention, str]]:
    """Each indicator number of a sentence with the indicator as written, in text order."""
    pillars = [(m.start(), m.end()) for m in table.pillar_re.finditer(text, sent[0], sent[1])]
    if not pillars:
        return []
    nums = _indicator_numbers(text, sent, numbers)
    groups = _groups(pillars, text, _JOIN_GAP)
    out: list[tuple[NumberMention, str]] = []
    for ng in _groups([(n.start, n.end) for n in nums], text, _JOIN_GAP):
        before = [g for g in groups if g[-1][1] <= ng[0][0]]
        if not before:
            continue
        pg = before[-1]
        gap = text[pg[-1][1]:ng[0][0]]
        if not _GAP.fullmatch(gap) or _TOTAL.search(gap) or table.pillar_re.search(gap):
            continue
        if len(pg) != len(ng):
            continue  # "pendidikan dan riset 19": which one is unsaid
        by_start = {n.start: n for n in nums}
        out += [(by_start[s], re.sub(r"\s+", " ", text[ps:pe]))
                for (s, _), (ps, pe) in zip(ng, pg, strict=True)]
    return out


def with_pillars(text: str, candidates: list[Candidate], numbers: Sequence[NumberMention],
                 sentences: Sequence[tuple[int, int]], table: PillarTable) -> list[Candidate]:
    """The candidates, with the indicator numbers of a university ranking given their metric.

    A number a rule gave to the ranking takes the indicator's metric; one no rule took (and in
    a sentence after the ranking is first a candidate's metric) becomes a value of it.
    ``table``: the indicator wordings and publishers (:func:`default_pillar_table`).
    """
    ranked = [c for c in candidates if is_university_ranking(c.metric)]
    if not ranked:
        return candidates
    if any(_beyond_scale(c) for c in ranked):
        candidates = [c for c in candidates if not _beyond_scale(c)]
        ranked = [c for c in ranked if not _beyond_scale(c)]
        if not ranked:
            return candidates
    first = min(c.start for c in ranked)
    at = {c.start: i for i, c in enumerate(candidates)}
    written = written_rankings(text, table)
    shorts: dict[int, str | None] = {}
    out = list(candidates)
    for sent in sentences:
        if sent[1] <= first:
            continue
        for n, pillar in sentence_pillars(text, sent, numbers, table):
            base = _ranking_before(ranked, n.start)
            if id(base.metric) not in shorts:
                shorts[id(base.metric)] = _short(text, base.metric, table)
            name = base.metric.name if base.metric.titled \
                else pillar_ranking(written, n.start, shorts[id(base.metric)])
            if name is None:
                continue
            metric = replace(base.metric, name=f"{name} {pillar}", local=True)
            holder = _holder(text, sent, n.start, table)
            i = at.get(n.start)
            if i is None and isinstance(n.value, int | float):
                out.append(Candidate(metric, n.value, "value", None, n.text, n.start, n.end,
                                     sent, holder))
            elif i is not None and is_university_ranking(out[i].metric) \
                    and out[i].kind == "value":
                out[i] = replace(out[i], metric=metric, subjects=out[i].subjects or holder)
    return out


_NAME_RE = re.compile(NAME_PATTERN)


@cache
def _regions() -> frozenset[str]:
    """Countries (all their names) and world regions: the scope of a table, never a holder."""
    names = {"asia", "eropa", "afrika", "amerika", "australia", "oseania", "dunia",
             "asia tenggara", "timur tengah", "amerika latin"}
    for row in word_table("countries"):
        names.add(row[0].casefold())
        names.update(o.strip().casefold() for o in (row[1] if len(row) > 1 else "").split(";"))
    names.discard("")
    return frozenset(names)


def _holder(text: str, sent: tuple[int, int], pos: int, table: PillarTable) -> list[str] | None:
    """The university an indicator number at ``pos`` is of, or ``None``.

    The nearest name before it in its sentence that is no indicator, publisher, ranking,
    country or region.
    """
    publishers = {n for n, _ in table.publishers} | {s for _, s in table.publishers}
    pillars = {m.start() for m in table.pillar_re.finditer(text, sent[0], pos)}
    found = None
    for m in _NAME_RE.finditer(text, sent[0], pos):
        name = holder_name(m.group())
        if name is None or m.start() in pillars or name in publishers \
                or name.casefold() in _regions() or _UNIVERSITY_RANKING.search(name) \
                or name.split(" ", 1)[0] in publishers:
            continue
        found = name
    return [found] if found is not None else None


def _beyond_scale(c: Candidate) -> bool:
    """A value of a university ranking above 100: no score of its 0-100 scale (a count).

    "mencakup hampir 1.400 universitas": the universities ranked, not a score.
    """
    return c.kind != "rank" and is_university_ranking(c.metric) \
        and isinstance(c.value, int | float) and not isinstance(c.value, bool) and c.value > 100


def _ranking_before(ranked: Sequence[Candidate], pos: int) -> Candidate:
    """The last ranking candidate before ``pos`` (the first one if none is before)."""
    before = [c for c in ranked if c.start <= pos]
    return before[-1] if before else ranked[0]

