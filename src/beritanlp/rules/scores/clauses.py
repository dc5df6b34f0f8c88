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

from beritanlp.rules.scores.cues import MONEY_WORDS
from beritanlp.rules.scores.model import Candidate

#: The value verb right before a listed value, and the group words before it.
_GROUP_BEFORE = re.compile(
    r"(?:^|[;,:]|\bdan\b|\bserta\b|\bsedangkan\b)[ \t]*((?:[\w./()–-]+[ \t]+){1,8}?)"
    r"(?:sebesar|yakni|yaitu|mencapai|senilai)[ \t]+$", re.IGNORECASE)
#: Group words that look like verbs by their prefix ("lulusan diploma", "pendidikan menengah",
#: "daerah terpencil", "penyandang disabilitas", "Kota Medan").
VERB_LIKE_NOUNS = frozenset({
    "diploma", "disabilitas", "menengah", "terpencil", "tertinggal", "terluar", "terdepan",
    "terdampak", "berkebutuhan", "medan", "merauke", "mentawai", "meranti", "metro"})
_VERB_LIKE = "|".join(sorted(VERB_LIKE_NOUNS))
#: Words a group phrase never holds (a report's verb, a time, a comparison).
_NOT_GROUP = re.compile(
    r"\b(?!(?:" + _VERB_LIKE + r")\b)"
    r"(?:me[a-z]{3,}|ber(?!usia|umur|pendidikan)[a-z]{3,}|di[a-z]{4,}|ter[a-z]{3,}|tahun[ \t]+"
    r"(?:19|20)\d\d|pada|naik|turun|dari|menjadi|(?:lebih|kurang)[ \t]+(?:tinggi|rendah|baik"
    r"|buruk|besar|kecil)|dibanding\w*)\b",
    re.IGNORECASE)
#: A group's leading words that are no part of it.
_LEAD = re.compile(r"^(?:(?:dan|serta|sedangkan|untuk|bagi|kemudian|lalu|selanjutnya|disusul"
                   r"|yakni|yaitu|kelompok(?=[ \t]+\w+[ \t]+\w))[ \t]+)+", re.IGNORECASE)
#: A group's trailing words that are no part of it: "... terendah yakni".
_TAIL = re.compile(r"(?:[ \t]+(?!(?:" + _VERB_LIKE + r")\b)(?:paling|ter)[ \t]*\w+)?"
                   r"(?:[ \t]+(?:yakni|yaitu|adalah))?$", re.IGNORECASE)
#: A number a group may hold: an age or a span of years ("40 tahun", "15–24 tahun").
_AGE = re.compile(r"\d+[ \t]*(?:–|-|sampai|hingga)?[ \t]*\d*[ \t]+tahun")
#: How far back (characters) a clause's group is looked for before its value.
GROUP_REACH = 90
MIN_CLAUSES = 2


def _has_stray_number(words: str) -> bool:
    """Whether ``words`` hold a number other than an age or a span of years.

    Parameters
    ----------
    words : str
        A clause's group words.

    Returns
    -------
    bool
        True when a digit is there and no age ("40 tahun", "15–24 tahun") explains it.
    """
    return re.search(r"\d", words) is not None and _AGE.search(words) is None


def _is_money(words: str) -> bool:
    """Whether ``words`` name money ("anggaran kota", "dana desa"): never a group.

    Parameters
    ----------
    words : str
        A clause's group words.

    Returns
    -------
    bool
        True when one of the words is in :data:`~beritanlp.rules.scores.cues.MONEY_WORDS`.
    """
    return any(w.casefold() in MONEY_WORDS for w in words.split())


def _group(text: str, c: Candidate) -> str | None:
    """The group named in ``c``'s clause before its value verb.

    Parameters
    ----------
    text : str
        The article.
    c : Candidate
        A value of a metric named in its sentence.

    Returns
    -------
    str or None
        The clause's group words (money words included: the caller rejects those), or
        ``None`` when the clause names no group.
    """
    lo = max(c.sentence[0], c.metric.end if c.metric.start >= c.sentence[0] else 0,
             c.start - GROUP_REACH)
    if lo >= c.start:
        return None
    m = _GROUP_BEFORE.search(text[lo:c.start])  # a slice: "^" is the clause's start there
    if m is None:
        return None
    words = _TAIL.sub("", _LEAD.sub("", m.group(1).strip())).strip()
    if not words or _NOT_GROUP.search(words) or _has_stray_number(words):
        return None
    return words


def with_clause_groups(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """``candidates``, the values of a per-group list given their groups as subjects.

    Only values with no subject of their own, of a metric named in their sentence, are read;
    a sentence with fewer than :data:`MIN_CLAUSES` grouped values, or with a clause of money
    ("anggaran kota sebesar 3,4"), is left as it is.

    Parameters
    ----------
    text : str
        The article.
    candidates : sequence of Candidate
        The candidates found so far.

    Returns
    -------
    list of Candidate
        The same candidates, in the same order; a listed value's subjects are its group.
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
        if len(groups) >= MIN_CLAUSES and not any(_is_money(g) for _, g in groups):
            for i, group in groups:
                out[i] = replace(out[i], subjects=[group])
    return out
