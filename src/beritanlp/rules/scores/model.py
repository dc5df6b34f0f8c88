"""What the score rules pass between them: metrics found, subjects, candidates, sorted lists."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from beritanlp.lexicons.metrics import MetricRule

#: The span ``(start, end)`` of the sentence around a character offset.
SentenceOf = Callable[[int], tuple[int, int]]


@dataclass(frozen=True)
class SubjectMention:
    """A possible subject found by another component: text, offsets and type.

    ``type`` is "agency", "place" or "pattern" (the core's own fallback phrases). Places are
    subjects only when no agency is available, and never after a locative ("di Indonesia").
    """

    text: str
    start: int
    end: int
    type: str = "agency"


@dataclass(frozen=True)
class Metric:
    """A metric named in the text (``rule`` is ``None`` for one the lexicon does not know).

    ``award``: an award, contest or ranking measure (takes ranks and grades, no loose number).
    ``adhoc``: a measure an article ranks by in passing ("pengelolaan sampah terbaik");
    its scores have a year only where the text states one.
    ``local``: named for one phrase of its sentence only (a standing's points table, a
    placing's event, a world ranking): only values shortly after it take it.
    ``amount``: a ranking by amount or size ("penyumbang sampah terbanyak", "kota terpadat"):
    it takes only the rank stated beside it, in its own clause.
    ``titled``: a labelled ranking named by the article's own title for it instead of its label
    (rules.scores.titled): the title is its name, an indicator's or a scope's words follow it.
    """

    name: str
    start: int
    end: int
    rule: MetricRule | None
    award: bool = False
    adhoc: bool = False
    local: bool = False
    amount: bool = False
    titled: bool = False


class _HasStart(Protocol):
    @property
    def start(self) -> int: ...


_T = TypeVar("_T", bound=_HasStart)


def is_issuer(subject: str, metric: Metric | None) -> bool:
    """Whether ``subject`` is a body that issues ``metric`` (never its subject)."""
    if metric is None or metric.rule is None:
        return False
    s = subject.casefold()
    return any(s == i.casefold() or i.casefold() in s.split() for i in metric.rule.issuers)


def is_points_table(metric: Metric) -> bool:
    """Whether ``metric`` is a points table of a standing ("klasemen sementara Grup A").

    The one test of a table: other tables (a named standing without the word) are added here.
    """
    return metric.name.casefold().startswith("klasemen")


class ByStart(list[_T]):
    """A list sorted by ``.start`` whose items starting in a range are found by bisection.

    Long articles have thousands of numbers, metrics and subjects; scanning all of them for
    every value made the extraction quadratic in the article length.
    """

    def __init__(self, items: Iterable[_T]) -> None:
        super().__init__(items)
        starts = [x.start for x in self]
        self.starts: list[int] | None = (
            starts if all(a <= b for a, b in zip(starts, starts[1:], strict=False)) else None
        )


def between(items: Sequence[_T], lo: int, hi: int) -> list[_T]:
    """The items with ``lo <= item.start < hi``, in list order."""
    if isinstance(items, ByStart) and items.starts is not None:
        return items[bisect_left(items.starts, lo) : bisect_left(items.starts, hi)]
    return [x for x in items if lo <= x.start < hi]


def sentence_contest(metrics: Sequence[Metric], sent: tuple[int, int], end: int) -> Metric | None:
    """The contest of a rank ending at ``end`` in sentence ``sent``.

    The first metric of the sentence named after the rank ("juara umum dalam ajang X"), else
    the last one before it; ``None`` when the sentence names none.
    """
    here = between(metrics, sent[0], sent[1])
    return next((x for x in here if x.start >= end), here[-1] if here else None)



@dataclass
class Candidate:
    """A value the rules accept as a score, before its year and subject are known."""

    metric: Metric
    value: int | float | str
    kind: str
    unit: str | None
    text: str
    start: int
    end: int
    sentence: tuple[int, int]
    subjects: list[str] | None = None
