"""Per-group lists in one sentence: each clause names the group its value is of.

"IKW warga desa sebesar 3,48; warga pinggiran kota sebesar 3,55; dan warga pusat kota sebesar
3,48": a statistics release lists a value per group (age, education, region). Each value is
the group's, named in its clause right before the value verb; two equal values of two groups
are two facts. Pure: the candidates are passed in.

A clause's group is the words between the clause's start (the sentence start, ";", ",", "dan",
or the metric's name) and the value verb ("sebesar", "yakni", "mencapai", "yaitu"), when they
are one to eight words that hold no verb of reporting and no number other than an age or a
year count ("40 tahun"). Lists of at least two such clauses are read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from beritanlp.rules.scores.model import Candidate

#: The value verb right before a listed value, and the group words before it.
_GROUP_BEFORE = re.compile(
    r"(?:^|[;,:]|\bdan\b|\bserta\b|\bsedangkan\b)[ \t]*((?:[\w./()–-]+[ \t]+){1,8}?)"
    r"(?:sebesar|yakni|yaitu|mencapai|senilai)[ \t]+$", re.IGNORECASE)
#: Words a group phrase never holds (a report's verb, a time, a comparison).
_NOT_GROUP = re.compile(
    r"\b(?:me[a-z]{3,}|ber(?!usia|umur|pendidikan)[a-z]{3,}|di[a-z]{4,}|ter[a-z]{3,}|tahun[ \t]+"
    r"(?:19|20)\d\d|pada|naik|turun|dari|menjadi|(?:lebih|kurang)[ \t]+(?:tinggi|rendah|baik"
    r"|buruk|besar|kecil)|dibanding\w*)\b",
    re.IGNORECASE)
#: A group's leading words that are no part of it.
_LEAD = re.compile(r"^(?:(?:dan|serta|sedangkan|untuk|bagi|kemudian|lalu|selanjutnya|disusul"
                   r"|yakni|yaitu|kelompok(?=[ \t]+\w+[ \t]+\w))[ \t]+)+", re.IGNORECASE)
#: A group's trailing words that are no part of it: "... terendah yakni".
_TAIL = re.compile(r"(?:[ \t]+(?:paling|ter)[ \t]*\w+)?(?:[ \t]+(?:yakni|yaitu|adalah))?$",
                   re.IGNORECASE)
#: How far back (characters) a clause's group is looked for before its value.
GROUP_REACH = 90
MIN_CLAUSES = 2


def _group(text: str, c: Candidate) -> str | None:
    """The group named in ``c``'s clause before its value verb, or ``None``."""
    lo = max(c.sentence[0], c.metric.end if c.metric.start >= c.sentence[0] else 0,
             c.start - GROUP_REACH)
    if lo >= c.start:
        return None
    m = _GROUP_BEFORE.search(text[lo:c.start])  # a slice: "^" is the clause's start there
    if m is None:
        return None
    words = _TAIL.sub("", _LEAD.sub("", m.group(1).strip())).strip()
    if not words or _NOT_GROUP.search(words) or re.search(r"\d", words) and not re.search(
            r"\d+[ \t]*(?:–|-|sampai|hingga)?[ \t]*\d*[ \t]+tahun", words):
        return None
    return words


def with_clause_groups(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """``candidates``, the values of a per-group list given their groups as subjects.

    Only values with no subject of their own, of a metric named in their sentence, are read;
    a sentence with fewer than :data:`MIN_CLAUSES` grouped values is left as it is.
    """
    by_sentence: dict[tuple[int, int], list[tuple[int, str]]] = {}
    for i, c in enumerate(candidates):
        if c.subjects or isinstance(c.value, str) or c.kind != "value" \
                or not c.sentence[0] <= c.metric.start < c.sentence[1]:
            continue
        group = _group(text, c)
        if group is not None:
            by_sentence.setdefault(c.sentence, []).append((i, group))
    out = list(candidates)
    for groups in by_sentence.values():
        if len(groups) >= MIN_CLAUSES:
            for i, group in groups:
                out[i] = replace(out[i], subjects=[group])
    return out
