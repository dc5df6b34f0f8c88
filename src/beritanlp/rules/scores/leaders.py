"""The leaders a rank is said to follow: "terbesar ketiga di dunia setelah A dan B".

A subject's rank N followed in its clause by "setelah", "di bawah", "di belakang" or
"menyusul" and exactly N - 1 names ranks those names 1 .. N - 1 in the order written, on the
ranking the rank is read of (its metric, sentence and year). A count of names that does not
match, a time after "setelah" ("setelah rapat", "setelah itu", "setelah Desember") or a name
list going on into a clause of its own ("setelah Budi melantik ...") ranks no one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from beritanlp.rules.scores.model import Candidate

#: The highest rank whose leaders are listed (a longer list is no one clause's).
MAX_RANK = 10

#: Between a rank and its leaders: the ranking's own words ("sebagai produsen kakao terbesar di
#: dunia"), no clause break, number or quote; then the word that puts the names ahead of it.
_AFTER = re.compile(
    r"[^,.;:()\d\n\"“”]{0,90}?(?<![\w-])(?:setelah|di[ \t]+bawah|di[ \t]+belakang|menyusul)"
    r"[ \t]+(?=[A-Z])")
#: A leader's name: capitalised words ("Pantai Gading", "Uni Emirat Arab", "SS&C Holdings").
_LEADER = re.compile(r"[A-Z][\w'’&-]*(?:[ \t]+(?:[A-Z][\w'’&-]*|(?:of|de)(?=[ \t]+[A-Z])))*")
#: Between two leaders: ", ", " dan ", ", dan ", " serta ".
_JOIN = re.compile(r"[ \t]*,[ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+")
#: What may follow the last leader: the sentence's end or a break, or a word that adds to the
#: ranking ("dengan produksi ...", "di dunia", "pada 2018", "menurut data X"), never a verb.
_LIST_END = re.compile(
    r"[ \t]*(?:$|[,.;:!?)\"”]|(?:dengan|yang|di|pada|dalam|sebagai|menurut|berdasarkan|versi"
    r"|untuk|sepanjang|selama|tahun|se-?dunia|dunia)\b)")
#: Times and words that are no leader after "setelah" (months, days, feasts, "Pemilu").
_TIME = re.compile(
    r"(?i:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november"
    r"|desember|senin|selasa|rabu|kamis|jumat|sabtu|minggu|tahun|lebaran|idul|natal|imlek"
    r"|ramadh?an|pemilu|pilkada|pilpres|itu|ini|sebelumnya)\b")


def leader_names(text: str, end: int, stop: int, rank: int) -> list[tuple[str, int, int]]:
    """The ``rank - 1`` leaders named after a rank ending at ``end`` (else none).

    Parameters
    ----------
    text : str
        The article.
    end : int
        Where the rank ends.
    stop : int
        Where its sentence ends.
    rank : int
        The rank held (2 .. :data:`MAX_RANK`).

    Returns
    -------
    list of (str, int, int)
        Each leader's name and offsets, in the order written; empty unless exactly
        ``rank - 1`` names are listed.
    """
    if not 2 <= rank <= MAX_RANK:
        return []
    lead = _AFTER.match(text, end, stop)
    if lead is None:
        return []
    names: list[tuple[str, int, int]] = []
    pos = lead.end()
    while pos < stop:
        m = _LEADER.match(text, pos, stop)
        if m is None or _TIME.match(m.group(0)):
            return []
        names.append((m.group(0), m.start(), m.end()))
        join = _JOIN.match(text, m.end(), stop)
        if join is None or not text[join.end():join.end() + 1].isupper():
            if not _LIST_END.match(text, m.end(), stop) and m.end() < stop:
                return []
            break
        pos = join.end()
    return names if len(names) == rank - 1 else []


def with_leaders(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """``candidates`` with the leaders each whole-number rank is said to follow, ranked in turn.

    A leader's rank takes the metric and sentence of the rank it is read from; a rank already
    read at the leader's name is not read twice.
    """
    if not any(w in text for w in ("setelah", "di bawah", "di belakang", "menyusul")):
        return list(candidates)
    taken = {(c.start, c.end) for c in candidates}
    out = list(candidates)
    for c in candidates:
        if c.kind != "rank" or not isinstance(c.value, int) or isinstance(c.value, bool):
            continue
        for i, (name, s, e) in enumerate(leader_names(text, c.end, c.sentence[1], c.value), 1):
            if (s, e) in taken:
                continue
            taken.add((s, e))
            out.append(replace(c, value=i, text=name, start=s, end=e, subjects=[name]))
    out.sort(key=lambda c: c.start)
    return out
