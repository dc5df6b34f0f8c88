"""Named holders of ranks in one clause: several names, one band each or one rank each in turn.

Rankings news names the holders of a rank around it rather than before a verb of achievement:
"A, B, dan C masuk peringkat 1001+" and "masuk ke peringkat 1001+, yakni A, B, dan C" (one band
for each name), "A dan B masing-masing berada di peringkat ke-23 dan 24" and "posisi keempat dan
kelima yakni A dan B" (one rank for each name, in turn), "peringkat ketiga ditempati oleh A"
(the holder after a passive verb), "China meraih peringkat 1 dengan A sebagai jagoannya" (the
university a country holds it through). A rank of the rankings read in a question asking who
holds it ("Siapakah yang meraih peringkat 1?") is no fact. Pure: the candidates are passed in.

How it works
------------
1. A name is a run of capitalised words (with "of", "and", "the", numbers such as "10" in a
   name, and a bracketed short form "(IPB)"); a list is two or more names joined by commas,
   "dan" or "serta". An opening "Selain X," names X as no holder.
2. Ranks joined by "dan" or commas make one group; a rank word after "dan" that no rule read
   ("keempat dan kelima", "ke-23 dan 24") becomes a rank of its own.
3. A group takes the list right before its verb ("... dan C masuk peringkat", "... yang duduk
   di peringkat") or right after a link word ("yakni", "yaitu", "ditempati oleh", "ada"):
   one rank per name in turn when the counts agree (with "masing-masing" before, or a group of
   two or more); a single band is each listed name's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from beritanlp.rules.scores.cues import (
    FOLLOWING_OPENERS,
    HOLDING_PASSIVE,
    RANK_STEP_NOUN,
    RANK_VERBS,
)
from beritanlp.rules.scores.model import Candidate, is_issuer
from beritanlp.text.ordinals import alternation, rank_word_table
from beritanlp.text.word_start import matched_lower

#: One capitalised name: "Institut Teknologi 10 Nopember", "University of Hong Kong",
#: "Institut Pertanian Bogor (IPB)".
_NAME_START = r"(?:The[ \t]+)?[A-Z][\w.'&-]*"
#: A name's next word: capitalised, a number, or a particle of a foreign name.
_NAME_WORD = r"[ \t]+(?:[A-Z][\w.'&-]*|\d{1,3}|of|and|the|for|de|la|van|von)(?![\w-])"
#: A closing short form.
_NAME_SHORT = r"(?:[ \t]*\([A-Z][\w.&-]*\))?"
_NAME = rf"{_NAME_START}(?:{_NAME_WORD})*{_NAME_SHORT}"
#: What joins two names of a list.
_SEP = r"(?:[ \t]*,[ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+)"
_LIST = rf"{_NAME}(?:{_SEP}{_NAME})*"
#: What joins two names of a list, as a pattern other rules may build on.
LIST_SEP = _SEP
#: Words of one name after its first, and names of one list after its first, at most where a
#: pattern is searched for in a window that must end with its rank (:data:`_BEFORE`,
#: :data:`_MOVER`): the search tries every capital of the window as a start, and an unbounded
#: name read a long capitalised run to its end from each of them (quadratic). The repeats are
#: greedy, not possessive: ``{m,n}+`` matches wrongly on Python before 3.11.5 and is an error
#: before 3.11, and what follows a name never begins with one of its words or a separator, so
#: giving words back never lets a match succeed anyway.
MAX_NAME_WORDS = 12
MAX_LIST_NAMES = 40
_BOUNDED_NAME = rf"{_NAME_START}(?:{_NAME_WORD}){{0,{MAX_NAME_WORDS}}}{_NAME_SHORT}"
_BOUNDED_LIST = rf"{_BOUNDED_NAME}(?:{_SEP}{_BOUNDED_NAME}){{0,{MAX_LIST_NAMES}}}"
_NAME_RE = re.compile(_NAME)
#: A name as a pattern other rules may build on (a university a score is of).
NAME_PATTERN = _NAME

#: A list right before the verb of a rank ("... dan C masuk ke peringkat ", "... yang
#: masing-masing berada di peringkat ke-"); one name before a bracketed rank ("A (peringkat "),
#: after "menempatkan" ("menempatkan A di Negara pada peringkat ") or after "dan" ("..., dan B
#: pada peringkat ").
_BEFORE = re.compile(
    rf"(?P<list>{_BOUNDED_LIST})[ \t]+(?P<rel>yang[ \t]+)?(?P<each>masing-masing[ \t]+)?"
    r"(?:(?:juga|sebelumnya|sempat|pernah|kini|masih|tetap)[ \t]+)?"
    rf"(?:(?:{RANK_VERBS}|ada)\b"
    r"|(?P<moved>naik|turun|melonjak|merosot)"
    r"(?:[ \t]+\w+[ \t]+(?:tempat|posisi|peringkat|level|anak[ \t]+tangga))?(?=[ \t]+ke\b))"
    r"[ \t]+(?:(?:di|ke|dalam|pada)[ \t]+)?(?:peringkat|posisi|urutan|ranking|tempat)[ \t]*"
    r"(?:ke-?[ \t]*)?$"
    rf"|(?P<one>{_BOUNDED_NAME})[ \t]*\([ \t]*(?:peringkat|posisi|urutan|ranking)[ \t]*"
    r"(?:ke-?[ \t]*)?$"
    rf"|\bmenempatkan[ \t]+(?P<placed>{_BOUNDED_NAME})(?:[ \t]+di[ \t]+{_BOUNDED_NAME})?"
    r"[ \t]+(?:pada|di|ke)[ \t]+(?:peringkat|posisi|urutan)[ \t]*(?:ke-?[ \t]*)?$"
    rf"|(?:\bdan|\bserta|,)[ \t]+(?P<next>{_BOUNDED_NAME})[ \t]+pada[ \t]+"
    r"(?:peringkat|posisi|urutan)[ \t]*(?:ke-?[ \t]*)?$")
#: A list after the ranks: "..., yakni A, B, dan C", "ditempati oleh A", "ada A".
_AFTER = re.compile(
    r"(?:[^.;!?]{0,80}?\b(?:yakni|yaitu|ialah|antara[ \t]+lain|di[ \t]+antaranya)\b[ \t:]*"
    rf"|[^.;!?]{{0,40}}?\b(?:{HOLDING_PASSIVE}|diisi)[ \t]+(?:oleh[ \t]+)?|[ \t]+ada[ \t]+"
    rf"|[ \t]+(?:melalui|lewat)[ \t]+|[ \t]+dengan[ \t]+(?={_NAME}[ \t]+sebagai\b))"
    rf"(?P<list>{_LIST})")
#: The name before a step a rank moved ("Institut X naik tiga tempat", "X yang turun 2 posisi",
#: "X mengalami penurunan dua peringkat").
_MOVER = re.compile(rf"(?P<one>{_BOUNDED_NAME})[ \t]+(?:yang[ \t]+)?"
                    r"(?:(?:berhasil|kembali|juga)[ \t]+)?"
                    r"(?:(?:naik|turun|melonjak|merosot|melorot|melompat)[ \t]+"
                    rf"(?:sebanyak[ \t]+)?|{RANK_STEP_NOUN})$")
#: A group of universities opening a sentence ("Keempat universitas tersebut", "Kampus-kampus
#: itu"): the holders of the values of its sentence, as written.
_GROUP = re.compile(
    r"\W*(?:(?:Sementara|Adapun|Sedangkan)(?:[ \t]+itu)?,?[ \t]+)?"
    r"(?P<g>(?:(?:[Kk]e(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)|[Pp]ara"
    r"|[Ss]emua|[Ss]eluruh)[ \t]+)?"
    r"(?:[Uu]niversitas|[Kk]ampus|[Pp]erguruan[ \t]+[Tt]inggi)(?:-(?:universitas|kampus))?"
    r"[ \t]+(?:tersebut|itu|ini))\b")
#: Named members of a group before its values: "kampus lainnya, seperti A, B, dan C, memiliki".
_SUCH_AS = re.compile(rf"\b(?:seperti|yakni|yaitu|antara[ \t]+lain)[ \t]+(?P<list>{_LIST}),?[ \t]")
#: A question asking who holds a rank ("siapakah yang menyabet peringkat 1?"): no holder.
_ASKING = re.compile(r"(?i)\b(?:siapa|siapakah|apakah|manakah|bagaimana|berapa|berapakah)\b")
#: A capitalised function word opening a name of a list: no part of it. After a preposition
#: or "Selain"/"Kecuali" ("Selain UI, A dan B masuk ...", "Menurut THE, A ...") the name holds
#: no rank of the list.
_LEAD = re.compile(r"(?:(?P<out>Selain|Kecuali|Menurut|Versi|Berdasarkan|Dalam|Di|Pada|Dari"
                   r"|Untuk|Oleh)|Setelah|Sementara|Sedangkan|Adapun|Kemudian|Lalu|Bahkan"
                   r"|Namun|Ada|Dengan|Yakni|Yaitu|Kini|Sebelumnya|Selanjutnya"
                   r"|Akhirnya|Saat|Tahun|Kalau|Jika|Khusus|Berikutnya|Lainnya"
                   rf"|{'|'.join(FOLLOWING_OPENERS)})\b[ \t]*")
#: A preposition right before a list: the names are places or sources, not holders.
_PLACE_BEFORE = re.compile(r"(?i)\b(?:di|ke|dari|dalam|pada|asal|menurut|versi)[ \t]+$")


def _ordinal_re() -> re.Pattern[str]:
    words = alternation(w for w, (_, form) in rank_word_table().items() if form != "cardinal")
    return re.compile(rf"[ \t]*(?:,|dan)[ \t]+(?:(?P<word>{words})|ke-?[ \t]*(?P<n>\d{{1,4}})"
                      r"|(?P<d>\d{1,4}))(?![\w.,]\d|[\w-])", re.IGNORECASE)


def holder_name(raw: str) -> str | None:
    """A listed name without a leading function word or a closing short form, or ``None``.

    "Selain UI" (left out), "Kalau IPB" -> "IPB", "Institut X (IX)" -> "Institut X".
    """
    name = raw.strip()
    lead = _LEAD.match(name)
    if lead is not None:
        if lead.group("out") is not None:
            return None
        name = name[lead.end():]
    name = re.sub(r"[ \t]*\([^()]*\)$", "", name).rstrip(".")
    return name if name and name != "The" else None


def _names(listed: str) -> list[str]:
    """The names of a list, in order."""
    return [n for m in _NAME_RE.finditer(listed) if (n := holder_name(m.group())) is not None]


def _siblings(text: str, c: Candidate, ordinal: re.Pattern[str],
              by_start: dict[int, Candidate]) -> list[Candidate]:
    """The ranks joined to rank ``c`` by "dan" or a comma ("keempat dan kelima", "ke-45 dan 46").

    One a rule read already as a rank or a value of the same metric is taken as a rank; one
    no rule read becomes a rank of its own.
    """
    out: list[Candidate] = []
    last = c
    while (m := ordinal.match(text, last.end, c.sentence[1])) is not None:
        if m.group("word") is not None:
            value = rank_word_table()[matched_lower(m.group("word"))][0]
            span = m.span("word")
        else:
            key = "n" if m.group("n") is not None else "d"
            value, span = int(m.group(key)), m.span(key)
        known = next((by_start[i] for i in range(m.start(), span[1]) if i in by_start), None)
        if known is not None and (known.metric.name != c.metric.name
                                  or known.kind not in ("rank", "value")
                                  or (known.subjects and known.kind != "rank")):
            break
        last = replace(c, value=value, kind="rank", text=text[span[0]:span[1]], start=span[0],
                       end=span[1], subjects=None) if known is None else \
            replace(known, value=value, kind="rank", subjects=None)
        out.append(last)
    return out


def with_named_holders(text: str, candidates: Sequence[Candidate],
                       is_ranking: Callable[[Candidate], bool] | None = None
                       ) -> list[Candidate]:
    """The candidates, with the ranks whose holders a list around them names given those.

    Values and steps of the rankings read get the group or the name their sentence gives
    them. ``is_ranking``: a predicate on candidates (only those are read); all when ``None``.
    """
    def read(c: Candidate) -> bool:
        return is_ranking is None or is_ranking(c)

    candidates = [c if c.subjects or not read(c) else _own_holder(text, c)
                  for c in candidates if not (read(c) and _asked(text, c))]
    ranks = [c for c in candidates if c.kind == "rank" and not c.subjects and read(c)]
    if not ranks:
        return list(candidates)
    ordinal = _ordinal_re()
    by_start = {c.start: c for c in candidates if c.kind in ("rank", "value")}
    given: dict[int, Candidate] = {}
    for c in ranks:
        if c.start in given:
            continue
        for x, names in _holders(text, [c, *_siblings(text, c, ordinal, by_start)]):
            given[x.start] = replace(x, subjects=names)
    out = [given.pop(c.start, c) if c.kind in ("rank", "value") else c for c in candidates]
    return sorted([*out, *given.values()], key=lambda c: c.start)


def _own_holder(text: str, c: Candidate) -> Candidate:
    """``c`` with the holder its own sentence names, else ``c`` as it is.

    A value: the group its sentence opens with or lists; a change: the name right before the
    verb of its step.
    """
    if c.kind == "value":
        group = _value_group(text, c)
        return replace(c, subjects=[group]) if group is not None else c
    if c.kind == "change":
        mover = _MOVER.search(text, max(c.sentence[0], c.start - 200), c.start)
        name = holder_name(mover.group("one")) if mover is not None else None
        return replace(c, subjects=[name]) if name is not None else c
    return c


def _value_group(text: str, c: Candidate) -> str | None:
    """The group of universities a value's sentence names as its holder, as written, or None.

    "Keempat universitas tersebut memperoleh skor ...", "kampus lainnya, seperti ITB, IPB, dan
    ITS, memiliki nilai total ...": the group, or its listed members.
    """
    opening = _GROUP.match(text, c.sentence[0], c.start)
    if opening is not None:
        return opening.group("g")
    such = None
    for m in _SUCH_AS.finditer(text, c.sentence[0], c.start):
        such = m
    if such is not None and len(_names(such.group("list"))) > 1:
        return such.group("list")
    return None


def _asked(text: str, c: Candidate) -> bool:
    """A rank in a question that asks who holds it ("Siapakah yang meraih peringkat 1?")."""
    sentence = text[c.sentence[0]:c.sentence[1]].rstrip(" \t,\"'”")
    return c.kind == "rank" and sentence.endswith("?") \
        and _ASKING.search(text, c.sentence[0], c.start) is not None


def _listed_before(text: str, first: Candidate) -> tuple[list[str], bool] | None:
    """The names listed right before the verb of rank ``first``, or ``None`` if none.

    The flag says whether "masing-masing" gives one rank to each name.
    """
    lo = first.sentence[0]
    before = _BEFORE.search(text, max(lo, first.start - 400), first.start)
    if before is None or before.end() != first.start \
            or _PLACE_BEFORE.search(text, max(lo, before.start() - 12), before.start()):
        return None
    # the ranking's issuer listed before its verb is no holder ("Dalam daftar yang dirilis
    # Lembaga X, Kampus A berada di peringkat 601-800")
    names = [n for n in _names(before.group("list") or before.group("one")
                               or before.group("placed") or before.group("next"))
             if not is_issuer(n, first.metric)]
    if len(names) == 1 and before.group("list") is not None and before.group("moved") is None \
            and before.group("rel") is None:
        return [], False  # one name before its verb: the subject rules' own case
    return names, before.group("each") is not None


def _holders(text: str, group: list[Candidate]) -> list[tuple[Candidate, list[str]]]:
    """Each rank of ``group`` with the names the list around it gives it (none if no list)."""
    first, last = group[0], group[-1]
    listed = _listed_before(text, first)
    names, each = listed if listed is not None else ([], False)
    if not names:
        after = _AFTER.match(text, last.end, last.sentence[1])
        if after is not None:
            names = _names(after.group("list"))
    if not names:
        return []
    if len(group) == len(names):
        return [(c, [n]) for c, n in zip(group, names, strict=True)]
    if len(group) == 1 and isinstance(first.value, str) and not each:
        return [(first, names)]  # one band for every listed name
    return []
