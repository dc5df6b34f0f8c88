"""One score per (metric, value, kind, subject, stated year): repeats of a kept score dropped."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, cast

from beritanlp.schema import Score

if TYPE_CHECKING:
    from beritanlp.lexicons.regions import Gazetteer


def norm(s: str | None) -> str:
    """A name or grade for comparison: casefolded, punctuation and extra blanks gone."""
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", (s or "").casefold())).strip()


#: An index key of a kept score: (kind, value or value bucket).
_Key = tuple[str | None, object]


def _buckets(sc: Score) -> list[_Key]:
    """Index keys of a score: a text value itself, a number's bucket floor(value * 1e8) +-1.

    Two numbers within 1e-9 share a bucket; non-finite numbers never equal anything and get no
    key.
    """
    if isinstance(sc.value, str):
        return [(sc.kind, norm(sc.value))]
    number = float(cast(float, sc.value))
    if not math.isfinite(number):
        return []
    scaled = number * 1e8
    if not math.isfinite(scaled):  # huge: only an equal number is within 1e-9
        return [(sc.kind, ("huge", number))]
    b = math.floor(scaled)
    return [(sc.kind, b - 1), (sc.kind, b), (sc.kind, b + 1)]


#: How close (characters) two equal values of two subjects must be to be a list's two items.
LIST_REACH = 200


#: A value written as a restatement: "Dengan ISPU 150 itu, ...", "angka 150 tersebut".
_RESTATED = re.compile(r"[ \t]+(?:itu|tersebut)\b")


@dataclass(frozen=True)
class PlaceMetrics:
    """The air indices read in a text, whose one value of two places is two facts.

    Attributes
    ----------
    names : Container[str]
        The metrics of the air indices read ("ISPU"): their one value of two places is two
        facts however far apart ("A 107 ... B 107").
    restated : Container[int]
        Starts of the values written as a restatement ("ISPU 150 itu", :func:`restatements`): a
        later one repeats the value kept, whatever its place.
    nested : callable or None
        ``nested(a, b)``: whether one place lies in the other (a city in its province,
        :func:`place_nesting`); the value of both is one fact.
    """

    names: Container[str] = ()
    restated: Container[int] = ()
    nested: Callable[[str, str], bool] | None = field(default=None)

    def apart(self, k: Score, s: Score) -> bool:
        """Whether ``s`` (read after ``k``) is another place's reading of ``k``'s value."""
        if s.metric not in self.names or s.start in self.restated:
            return False
        return not (self.nested is not None and k.subject is not None
                    and s.subject is not None and self.nested(k.subject, s.subject))


def restatements(text: str, scores: Sequence[Score]) -> set[int]:
    """Starts of the scores whose value is followed by "itu"/"tersebut" (a restatement).

    Parameters
    ----------
    text
        The article text.
    scores
        The scores read in it.

    Returns
    -------
    set of int
        The ``start`` of each score whose value "itu"/"tersebut" follows ("ISPU 150 itu").
    """
    return {s.start for s in scores if s.end is not None and s.start is not None
            and _RESTATED.match(text, s.end)}


def place_nesting(gazetteer: Gazetteer) -> Callable[[str, str], bool]:
    """``nested(a, b)``: whether the gazetteer puts one of the places in the other's province.

    Parameters
    ----------
    gazetteer : Gazetteer
        The region gazetteer.

    Returns
    -------
    callable
        ``nested(a, b) -> bool`` over two place names as written.
    """
    def nested(a: str, b: str) -> bool:
        pa, pb = gazetteer.lookup(a), gazetteer.lookup(b)
        return any(p.type == "provinsi" and gazetteer.province_of(q) == p.name and q != p
                   for one, other in ((pa, pb), (pb, pa)) for p in one for q in other)
    return nested


def _same_score(k: Score, s: Score, dated: Container[int | None] = (),
                place_metrics: PlaceMetrics | None = None) -> bool:
    """``s`` repeats kept score ``k`` (same value, kind and metric; subject for grades).

    ``dated``: the starts of the values whose year the text states; two of them stating two
    years are two facts. ``place_metrics``: the air indices read in the text; one reading of
    two places is two facts wherever the text gives them ("A 107 ... B 107"), unless the
    later one restates it or one place lies in the other (:class:`PlaceMetrics`).
    """
    if k.start == s.start and k.year != s.year:
        return False  # one mention said of two years ("WTP pada 2016 dan 2017"): two facts
    if k.year is not None and s.year is not None and k.year != s.year \
            and k.start in dated and s.start in dated:
        return False  # "peringkat 3 pada 2019 ... Pada 2018 juga peringkat 3": one per year
    if isinstance(k.value, str) or isinstance(s.value, str):
        # a grade word in title case is the same grade ("Berbahaya" in a lead, "berbahaya" later)
        same_value = isinstance(k.value, str) and isinstance(s.value, str) \
            and norm(k.value) == norm(s.value)
    else:
        same_value = abs(float(cast(float, k.value)) - float(cast(float, s.value))) < 1e-9
    km, sm = norm(k.metric), norm(s.metric)
    # grades and ranks are per subject ("rank 2" of two provinces is two facts), and so are
    # the values of two groups a list names ("warga desa 3,48; ... warga pusat kota 3,48")
    per_subject = isinstance(s.value, str) or s.kind == "rank" or (
        _two_groups(k.subject, s.subject) and (
            abs((k.start or 0) - (s.start or 0)) <= LIST_REACH
            or (place_metrics is not None and place_metrics.apart(k, s))))
    if k.year is not None and s.year is not None and k.year != s.year \
            and s.subject is not None and (k.subject is None or _two_groups(k.subject, s.subject)):
        return False  # "3,48 pada 2021" and a group's "3,48" of 2022: two facts
    return same_value and k.kind == s.kind and (km in sm or sm in km) and (
        _same_place(k.subject, s.subject) or not per_subject or k.subject is None
        or s.subject is None
    )


def _two_groups(a: str | None, b: str | None) -> bool:
    """Two subjects neither of which names the other ("Kota X" is in "Pemerintah Kota X")."""
    if a is None or b is None:
        return False
    na, nb = norm(a), norm(b)
    return na not in nb and nb not in na


_PLACE_PREFIX = re.compile(r"^(?:Kota|Kabupaten|Kab\.|Provinsi|Prov\.)\s+")


def _same_place(a: str | None, b: str | None) -> bool:
    """One subject, with or without a place's administrative prefix ("Kota Lembah" = "Lembah").

    Two different prefixes name two regions ("Kota Lembah" and "Kabupaten Lembah").
    """
    if a == b:
        return True
    if a is None or b is None or (_PLACE_PREFIX.match(a) and _PLACE_PREFIX.match(b)):
        return False
    return _PLACE_PREFIX.sub("", a) == _PLACE_PREFIX.sub("", b)


def dedupe(items: Sequence[tuple[bool, Score]],
           dated: Container[int | None] = (),
           aliases: Mapping[str, str] | None = None,
           place_metrics: PlaceMetrics | None = None) -> list[Score]:
    """Keep one score per (metric, value, kind, subject); body mentions beat the headline.

    Scores of two years both stated in the text (``dated``: the starts of the values whose
    year the text states) are kept apart; a year one of them only takes from the article's
    date or an earlier sentence does not tell a repeat from a new fact. ``aliases`` maps a
    subject's other name to the one it stands for (a short form the article defines, "KX" ->
    "Kementerian X"): the two name one holder, and the score kept keeps the name it was given.
    ``place_metrics``: the air indices read, whose one value of two places is two facts however
    far apart (not a restatement, not a place and its province: :class:`PlaceMetrics`).
    """
    kept: list[Score] = []
    by_value: dict[_Key, list[Score]] = {}  # kept scores (subjects as compared) by middle bucket
    for _, s in sorted(items, key=lambda x: (x[0], x[1].start or 0)):
        compared = replace(s, subject=aliases.get(s.subject, s.subject)) \
            if aliases and s.subject is not None else s
        if any(_same_score(k, compared, dated, place_metrics) for key in _buckets(s)
               for k in by_value.get(key, ())):
            continue
        kept.append(s)
        own = _buckets(s)
        if own:
            by_value.setdefault(own[len(own) // 2], []).append(compared)
    return sorted(kept, key=lambda s: s.start or 0)


#: A level given to the air itself, no index named: "kualitas udara", "status udara".
_AIR_ITSELF = re.compile(r"^(?:kualitas|status|mutu)\s+udara$", re.IGNORECASE)


def without_air_restatements(scores: Sequence[Score]) -> list[Score]:
    """The scores, less air levels that an index's level of the same place restates.

    "Kualitas udara di Kota X masuk kategori berbahaya ... ISPU di X berbahaya": one fact, the
    index's. A level of the air no index gives ("kualitas udara Y tidak sehat") stays.
    """
    by_index = {(norm(str(s.value)), s.subject) for s in scores
                if s.kind == "grade" and not _AIR_ITSELF.match(s.metric or "")}
    if not by_index:
        return list(scores)
    # a headline writes the level in title case ("Kualitas Udara Berbahaya"): the same level
    return [s for s in scores if not (
        s.kind == "grade" and _AIR_ITSELF.match(s.metric or "")
        # a level of the air naming no place restates an index's level of the article's place
        and any(v == norm(str(s.value)) and (_same_place(subj, s.subject) or s.subject is None)
                for v, subj in by_index))]
