"""The leaders a rank is said to follow: "terbesar ketiga di dunia setelah A dan B".

A subject's rank N followed in its clause by "setelah", "di bawah", "di belakang" or
"menyusul" and exactly N - 1 names ranks those names 1 .. N - 1 in the order written, on the
ranking the rank is read of (its metric, sentence and year). The names are read so:

* a name where an agency or place mention starts is that mention, whole: a "dan" inside it
  never separates two names ("setelah Kementerian Hukum dan HAM" is one name, so is
  "Bosnia dan Herzegovina" when the places know it as one);
* the list ends its clause: the sentence's end, a stop, a comma not followed by a verb, or a
  word that adds to the ranking ("dengan produksi ...", "se-Indonesia", "tahun 2023",
  "di dunia", "di <Place>" then one of those), never a verb, another clause or a relative
  clause ("setelah PPKM di Jawa dicabut", "setelah Budi melantik ...", "menyusul Kabupaten A
  yang gagal memenuhi syarat": the leader may have dropped out, so no one is ranked);
* no name is a time, a feast or a cause (:data:`~beritanlp.rules.scores.metrics.AFTER_TIME`
  and :data:`_CAUSE`: "setelah Hari Raya Nyepi", "menyusul Putusan MK") or opens with a
  position ("setelah Gubernur Lembah, Rudi Santoso, menyerahkan ...");
* the ranked subject is an agency or place mention (or the core's own government phrase),
  and every leader is a whole mention of the same kind (:func:`_same_kind`): a place is led by
  place mentions, an agency by agency mentions, or either by mentions with its head word
  ("Kota A" ... "Kota B", "Kabupaten A" ... "Kabupaten B"). Any other subject, or a leader
  that is no mention ("setelah Covid-19", "setelah Festival Kuliner Nusantara", "di bawah Budi
  Harsono sebagai pelatih"), ranks no one; this gives up teams and people ("di bawah Klub
  Alfa dan Klub Beta", "di belakang Andi Pratama"), which no component names;
* "di bawah" before an agency is "under its authority" ("Balai X ... di bawah Kementerian
  Pertanian"), never a standing: it ranks no agency; "di belakang" after a location verb
  ("berada di belakang Gedung Sate", "letaknya di belakang ...") is a place, never a standing;
* a leader inside the rank's own metric, or whose name holds a rank of its own in the
  sentence ("Kota A di peringkat kedua menyusul Kota B di peringkat ketiga"), is skipped.

A count of names that does not match ranks no one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from beritanlp.rules.scores.cues import NAME_JOIN, NAME_NEXT_WORD, NAME_WORD
from beritanlp.rules.scores.metrics import AFTER_TIME
from beritanlp.rules.scores.model import Candidate, SubjectMention

#: The highest rank whose leaders are listed (a longer list is no one clause's).
MAX_RANK = 10

#: Between a rank and its leaders: the ranking's own words ("sebagai produsen kakao terbesar di
#: dunia"), no clause break, number or quote; then the word that puts the names ahead of it.
_AFTER = re.compile(
    r"[^,.;:()\d\n\"“”]{0,90}?(?<![\w-])(setelah|di[ \t]+bawah|di[ \t]+belakang|menyusul)"
    r"[ \t]+(?=[A-Z])")
#: A leader's name: capitalised words ("Pantai Gading", "Uni Emirat Arab", "Alfa & Beta Niaga").
_LEADER = re.compile(rf"{NAME_WORD}(?:{NAME_NEXT_WORD})*")
#: Between two leaders: ", ", " dan ", ", dan ", " serta ".
_JOIN = re.compile(NAME_JOIN)
#: What may close the list: the sentence's end, a stop, a comma before no verb, or a word that
#: adds to the ranking; never a verb or a clause of the names' own.
_CLOSE = re.compile(
    r"[ \t]*(?:$|[.;:!?)\"”]|,(?![ \t]*(?!berdasarkan\b|bersama\b)(?:me|be|di|ter)[a-z]{3,}\b)"
    r"|(?:dengan|sebagai|menurut|berdasarkan|versi|dalam|sepanjang|selama|untuk)\b"
    r"|di[ \t]+(?:dunia|tingkat|kawasan|antara)\b|se-[A-Za-z]+|se(?:dunia|nasional)\b"
    r"|(?:pada[ \t]+)?tahun[ \t]+\d{4}|pada[ \t]+\d{4})")
#: A place the leaders are in, after them ("setelah Kota B di Jawa Timur"): the list still has
#: to close after it.
_LOCATIVE = re.compile(r"[ \t]+di[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*")
#: Causes and events after "setelah"/"menyusul": decisions, rules, meetings, disasters.
_CAUSE = (r"(?i:putusan|keputusan|peraturan|perpres|permen|instruksi|surat|kebijakan|penetapan"
          r"|pelantikan|rapat|sidang|pandemi|ppkm|insiden|peristiwa|gempa|banjir|itu|ini"
          r"|sebelumnya)\b")
_NOT_LEADER = re.compile(rf"(?:{AFTER_TIME}|{_CAUSE})")
#: "di belakang" after these is where a thing stands, not a standing ("berada di belakang X").
_LOCATED = re.compile(r"(?i)(?<![\w-])(?:berada|terletak|letaknya|lokasinya)[ \t]+$")
#: Mention types that are agencies (the core's own government phrases are).
_AGENCY_TYPES = frozenset({"agency", "pattern"})


@dataclass(frozen=True)
class Leader:
    """A leader named after a rank: its name, offsets and the type of the mention it is."""

    name: str
    start: int
    end: int
    type: str | None = None  # "agency", "place", "pattern", or None (no mention)


def _mention_at(mentions: Sequence[SubjectMention], pos: int) -> SubjectMention | None:
    """The longest mention starting at ``pos``.

    The core's own government phrases ("pattern", which may run over a "dan" into the next
    name) count only where no agency or place mention starts.
    """
    found = [m for m in mentions if m.start == pos and m.type != "pattern"] \
        or [m for m in mentions if m.start == pos]
    return max(found, key=lambda m: m.end) if found else None


def _closes(text: str, pos: int, stop: int) -> bool:
    """Whether a list of leaders ending at ``pos`` ends its clause there (see the module)."""
    if pos >= stop or _CLOSE.match(text, pos, stop):
        return True
    where = _LOCATIVE.match(text, pos, stop)
    return where is not None and (
        where.end() >= stop or bool(_CLOSE.match(text, where.end(), stop)))


def _next_name(text: str, pos: int, stop: int, mentions: Sequence[SubjectMention],
               position_heads: frozenset[str]) -> Leader | None:
    """The name starting at ``pos`` (a mention whole, else capitalised words), or ``None``."""
    mention = _mention_at(mentions, pos)
    if mention is not None and mention.end <= stop:
        return Leader(text[mention.start:mention.end], mention.start, mention.end, mention.type)
    m = _LEADER.match(text, pos, stop)
    if m is None or _NOT_LEADER.match(m.group(0)) \
            or m.group(0).split()[0].casefold() in position_heads:
        return None
    return Leader(m.group(0), m.start(), m.end())


def leader_names(text: str, end: int, stop: int, rank: int,
                 mentions: Sequence[SubjectMention] = (),
                 position_heads: frozenset[str] = frozenset()) -> list[Leader]:
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
    mentions : sequence of SubjectMention
        The article's agency and place mentions: a name where one starts is taken whole.
    position_heads : frozenset of str
        Casefolded first words of positions: a name opening with one is no leader.

    Returns
    -------
    list of Leader
        Each leader in the order written; empty unless exactly ``rank - 1`` names are listed
        and the list ends its clause. "di bawah" before an agency mention gives none.
    """
    if not 2 <= rank <= MAX_RANK:
        return []
    lead = _AFTER.match(text, end, stop)
    if lead is None:
        return []
    if lead.group(1).endswith("belakang") and _LOCATED.search(text, 0, lead.start(1)):
        return []  # "berada di belakang Gedung Sate": a location
    names: list[Leader] = []
    pos = lead.end()
    while pos < stop:
        name = _next_name(text, pos, stop, mentions, position_heads)
        if name is None:
            return []
        names.append(name)
        join = _JOIN.match(text, name.end, stop)
        if join is None or not text[join.end():join.end() + 1].isupper():
            if not _closes(text, name.end, stop):
                return []
            break
        pos = join.end()
    if len(names) != rank - 1:
        return []
    under = lead.group(1).startswith("di") and lead.group(1).endswith("bawah")
    if under and any(n.type in _AGENCY_TYPES for n in names):  # under an agency's authority
        return []
    return names


def _subject_of(c: Candidate, mentions: Sequence[SubjectMention]) -> SubjectMention | None:
    """The mention a rank is of: its own subject's, else the last one before it in its clause."""
    if c.subjects:
        named = [m for m in mentions if m.text == c.subjects[0]]
        return named[0] if named else None
    before = [m for m in mentions if c.sentence[0] <= m.start and m.end <= c.start]
    return max(before, key=lambda m: m.start) if before else None


def _same_kind(subject: SubjectMention | None, leaders: Sequence[Leader]) -> bool:
    """Whether ``leaders`` are the same kind of thing as the ranked ``subject`` (see the module).

    The subject is an agency or place mention; a place is led by place mentions, an agency by
    agency mentions, either by mentions with its head word ("Kota A" ... "Kota B"). A subject
    that is no mention, or a leader that is none, never.
    """
    if subject is None or subject.type not in {"place", *_AGENCY_TYPES}:
        return False
    head = subject.text.split()[0]
    if any(n.type is None for n in leaders):
        return False
    if subject.type == "place":
        return all(n.type == "place" or n.name.split()[0] == head for n in leaders)
    return all(n.type in _AGENCY_TYPES or n.name.split()[0] == head for n in leaders)


def _holds_rank(text: str, name: str, c: Candidate, candidates: Sequence[Candidate]) -> bool:
    """Whether ``name`` holds another rank in the sentence of ``c`` (as subject or just before)."""
    for r in candidates:
        if r is c or r.kind != "rank" or r.sentence != c.sentence:
            continue
        if r.subjects and name in r.subjects:
            return True
        at = text.rfind(name, c.sentence[0], r.start)
        if at >= 0 and re.fullmatch(r"[^,.;:\d]{0,40}", text[at + len(name):r.start]):
            return True
    return False


def may_name_leaders(text: str) -> bool:
    """Whether ``text`` holds a word that puts leaders ahead of a rank (a cheap test)."""
    return any(w in text for w in ("setelah", "di bawah", "di belakang", "menyusul"))


def with_leaders(text: str, candidates: Sequence[Candidate],
                 mentions: Sequence[SubjectMention] = (),
                 position_heads: frozenset[str] = frozenset()) -> list[Candidate]:
    """``candidates`` with the leaders each whole-number rank is said to follow, ranked in turn.

    A caller tests :func:`may_name_leaders` first, before it builds ``mentions``.

    Parameters
    ----------
    text : str
        The article.
    candidates : sequence of Candidate
        The values, ranks and grades read so far.
    mentions : sequence of SubjectMention
        The article's agency and place mentions (and the core's government phrases).
    position_heads : frozenset of str
        Casefolded first words of positions (no leader opens with one).

    Returns
    -------
    list of Candidate
        ``candidates`` and one rank per leader, by start. A leader's rank takes the metric and
        sentence of the rank it is read from; a rank already read at the leader's name is not
        read twice.
    """
    taken = {(c.start, c.end) for c in candidates}
    out = list(candidates)
    for c in candidates:
        if c.kind != "rank" or not isinstance(c.value, int) or isinstance(c.value, bool):
            continue
        leaders = leader_names(text, c.end, c.sentence[1], c.value, mentions, position_heads)
        if not leaders or not _same_kind(_subject_of(c, mentions), leaders):
            continue
        metric = c.metric
        for i, n in enumerate(leaders, 1):
            if metric.start <= n.start < metric.end:  # the rank's own metric's words
                continue
            if (n.start, n.end) in taken or _holds_rank(text, n.name, c, candidates):
                continue
            taken.add((n.start, n.end))
            out.append(replace(c, value=i, text=n.name, start=n.start, end=n.end,
                               subjects=[n.name]))
    out.sort(key=lambda c: c.start)
    return out
