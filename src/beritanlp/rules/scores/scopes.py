"""The table a university rank is of: the world ranking or its Asia table.

Publishers of world university rankings also publish regional tables (THE and QS "Asia
University Rankings"), and news about one often quotes the other: "posisi pertama ... di Asia",
"Untuk tingkat Asia, UI menempati peringkat ke-133", "Tsinghua (peringkat ke-23 di tingkat
internasional)". A rank of the Asia table is a score of that table, not of the world ranking;
the region is never the rank's holder. Pure; no table beyond the scope words below.

How it works
------------
1. A scope word bound to a rank right after it ("ke-23 dan 24 dunia", "ke-23 di tingkat
   internasional") decides that rank alone.
2. Else the last scope phrase before the rank in its sentence ("di Asia", "tingkat Asia",
   "se-Asia", "di dunia", "tingkat internasional"); a bare adjective ("universitas top Asia")
   is none.
3. Else the scope of the sentence before, when the sentence continues an enumeration
   ("Kemudian, peringkat ketiga ..."), or of a list's intro ("... terbaik di Asia:") for the
   numbered items after it.
4. Else the scope the headline or the first sentence gives the article ("Peringkat
   Universitas se-Asia 2019 ...").
A rank of the world ranking ("THE World University Rankings") in the Asia scope takes the Asia
table's name ("THE Asia University Rankings"); under a title of the article's own ("Peringkat
Kampus Global", rules.scores.titled) the title with the Asia phrase the rank's sentence writes
("... tingkat Asia", "... kawasan Asia", "... se-Asia"), else the title alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from beritanlp.rules.scores.model import Candidate

#: A scope phrase: a preposition or a level noun before a region ("di Asia", "tingkat
#: dunia", "se-Asia"), or a ranking's own name ("Asia University Rankings").
_SCOPE = re.compile(
    r"(?i)(?:\b(?:di|tingkat|level|kawasan|regional|kancah|se)[ \t-]*"
    r"(?P<a>Asia)(?![ \t]+(?:Tenggara|Timur|Selatan|Barat|Tengah|Pasifik))\b"
    r"|\b(?:di|tingkat|level|kancah|se)[ \t-]*(?P<w>dunia|internasional|global)\b"
    r"|\bAsia[ \t]+University[ \t]+Rank(?P<a2>)|\bWorld[ \t]+University[ \t]+Rank(?P<w2>)"
    r"|\bUniversitas[ \t]+(?:se-?)?(?P<a3>Asia)\b|\bUniversitas[ \t]+(?P<w3>Dunia)\b)")
#: A scope word right after a rank, maybe after a second rank it shares ("ke-23 dan 24 dunia").
_AFTER = re.compile(
    r"(?i)[ \t]*(?:(?:dan|,)[ \t]*(?:ke-?)?\d+[ \t]*)?(?:(?:di[ \t]+)?(?:tingkat|level)[ \t]+"
    r"|di[ \t]+|se-?)?(?:(?P<a>Asia)(?![ \t]+(?:Tenggara|Timur|Selatan|Barat|Tengah))"
    r"|(?P<w>dunia|internasional|global))\b")
#: A sentence that goes on with the enumeration of the one before.
_GOES_ON = re.compile(r"(?i)\W*(?:kemudian|selanjutnya|berikutnya|lalu|disusul|diikuti"
                      r"|sedangkan|adapun)\b")
#: A numbered list item ("1. Tsinghua University").
_ITEM = re.compile(r"\W*\d{1,2}[.)][ \t]+\S")


def _scope_of(m: re.Match[str]) -> str:
    """"asia" or "world" for a match of :data:`_SCOPE` or :data:`_AFTER`."""
    groups = m.groupdict()
    return "asia" if any(groups.get(k) is not None for k in ("a", "a2", "a3")) else "world"


def _last_scope(text: str, start: int, end: int, names: bool = True) -> str | None:
    """The scope of the last scope phrase in ``text[start:end]``, or ``None``.

    A preposition's region ("terbaik di Asia") beats a ranking's name ("menurut THE World
    University Rankings"): the news quotes a regional table under the world ranking's name.
    ``names``: whether a ranking's name alone gives a scope.
    """
    said = None
    named = None
    for m in _SCOPE.finditer(text, start, end):
        if m.group("a") is not None or m.group("w") is not None:
            said = m
        else:
            named = m
    if said is not None:
        return _scope_of(said)
    return _scope_of(named) if named is not None and names else None


def _name_scope(text: str, start: int, end: int) -> str | None:
    """The scope of the first ranking name in ``text[start:end]`` ("Universitas se-Asia")."""
    for m in _SCOPE.finditer(text, start, end):
        if m.group("a") is None and m.group("w") is None:
            return _scope_of(m)
    return None


def _is_world_ranking(c: Candidate) -> bool:
    """A rank of a world university ranking, by its name or its rule's label (a titled one's)."""
    rule = c.metric.rule
    label = (rule.label or "") if rule is not None else ""
    return c.kind in ("rank", "change") and ("World University Rank" in c.metric.name
                                             or "World University Rank" in label)


def _sentence_scopes(text: str, sents: Sequence[tuple[int, int]], default: str | None
                     ) -> dict[tuple[int, int], str | None]:
    """The scope each sentence passes on to ranks that state none (steps 2-4)."""
    out: dict[tuple[int, int], str | None] = {}
    prev: str | None = None
    intro: str | None = None
    for sent in sents:
        own = _last_scope(text, *sent)
        if own is None and _ITEM.match(text, sent[0]) and intro is not None:
            own = intro
        elif own is None and _GOES_ON.match(text, sent[0]):
            own = prev
        if text[sent[0]:sent[1]].rstrip().endswith(":"):
            intro = own
        elif not _ITEM.match(text, sent[0]):
            intro = None
        out[sent] = own if own is not None else default
        prev = own
    return out


def asia_ranks(text: str, candidates: Sequence[Candidate], sents: Sequence[tuple[int, int]],
               head_end: int) -> dict[int, str | None]:
    """The ranks of a world university ranking that are of its Asia table, with their phrase.

    ``head_end``: where the headline (or, with none, the first sentence) ends; a scope it
    states is the article's. Each rank's start maps to the Asia scope phrase its own sentence
    writes (:func:`_asia_phrase`), or ``None``.
    """
    ranks = [c for c in candidates if _is_world_ranking(c)]
    if not ranks:
        return {}
    default = _last_scope(text, 0, head_end)
    if default is None and sents:  # the body's first sentence: a ranking's name only
        default = _name_scope(text, *sents[0])
    scopes = _sentence_scopes(text, sents, default)
    return {c.start: _asia_phrase(text, c) for c in ranks if _scope(text, c, scopes) == "asia"}


#: An Asia scope phrase as a sentence writes it: "tingkat Asia", "di kawasan Asia", "se-Asia",
#: "di Asia" (not a part of Asia: "Asia Tenggara").
_ASIA_PHRASE = re.compile(
    r"(?i)\b(?:(?:di[ \t]+)?(?:tingkat|level|kawasan|regional|kancah)[ \t]+|di[ \t]+|se-?[ \t]*)"
    r"(?-i:Asia)\b(?![ \t]+(?:Tenggara|Timur|Selatan|Barat|Tengah|Pasifik))")
#: "di" before a level noun: the noun and the region are the phrase ("kawasan Asia").
_DI_LEVEL = re.compile(r"(?i)di[ \t]+(?=(?:tingkat|level|kawasan|regional|kancah)\b)")


def _asia_phrase(text: str, c: Candidate) -> str | None:
    """The Asia scope phrase rank ``c``'s sentence writes, nearest after it, else last before.

    "peringkat ke-90 di Asia" -> "di Asia"; "Di kawasan Asia, X berada di peringkat ke-90" ->
    "kawasan Asia"; "Se-Asia, kampus itu ..." -> "se-Asia". ``None`` when the sentence writes
    none (the scope carried from another sentence or the headline).
    """
    m = _ASIA_PHRASE.search(text, c.end, c.sentence[1])
    if m is None:
        before = list(_ASIA_PHRASE.finditer(text, c.sentence[0], c.start))
        m = before[-1] if before else None
    if m is None:
        return None
    phrase = " ".join(_DI_LEVEL.sub("", m.group(), count=1).split())
    return phrase[:1].lower() + phrase[1:]


#: The Asia table named in the article's own words ("Peringkat Universitas se-Asia").
_ASIA_TABLE = re.compile(r"\b(?:Peringkat|Pemeringkatan|Ranking|Rangking)[ \t]+Universitas[ \t]+"
                         r"(?:se-?[ \t]*)?Asia\b(?![ \t]+(?:Tenggara|Timur|Selatan|Barat|Tengah))")


def asia_table(text: str) -> str | None:
    """The name the text gives a ranking's Asia table, as written, or ``None``."""
    m = _ASIA_TABLE.search(text)
    return m.group() if m is not None else None


def asia_name(name: str, written: str | None = None, phrase: str | None = None) -> str:
    """The Asia table's name of a world ranking.

    The text's own (``written``), else the publisher's: "THE World University Rankings" ->
    "THE Asia University Rankings"; a name the article gives the world ranking in its own words
    ("Peringkat Kampus Global") with the Asia scope ``phrase`` its rank's sentence writes
    ("... kawasan Asia", "... se-Asia"), else that name alone.
    """
    if written:
        return written
    if "World" in name:
        return name.replace("World", "Asia", 1)
    return f"{name} {phrase}" if phrase else name


def _scope(text: str, c: Candidate, scopes: dict[tuple[int, int], str | None]) -> str | None:
    """The scope of rank ``c``: bound after it, else before it in its sentence, else carried."""
    if _ITEM_NUMBER.match(text, c.end) and _ITEM_START.search(text[max(0, c.start - 2):c.start]):
        intro = _intro_scope(text, c.start)  # "...di Asia:,1. A (ke-23 dunia),2. B": the list's
        if intro is not None:
            return intro
    after = _AFTER.match(text, c.end, c.sentence[1])
    if after is not None:
        return _scope_of(after)
    before = _last_scope(text, c.sentence[0], c.start)
    if before is not None:
        return before
    return scopes.get(c.sentence)


#: After a list item's number: its dot or bracket and a capitalised name.
_ITEM_NUMBER = re.compile(r"[.)][ \t]+[A-Z]")
#: Before a list item's number: a list separator (or a line's start).
_ITEM_START = re.compile(r"(?:^|[:,;\n])[ \t]*$")
#: A list's intro before its first item: "... terbaik di Asia:,1. ".
_INTRO_END = re.compile(r":[ \t,]*\d{1,2}[.)][ \t]+[A-Z]")


def _intro_scope(text: str, pos: int) -> str | None:
    """The scope the intro of the numbered list around ``pos`` states, or ``None``."""
    last = None
    for m in _INTRO_END.finditer(text, max(0, pos - 1500), pos + 4):
        last = m
    if last is None:
        return None
    start = max(text.rfind(".", 0, last.start()), text.rfind("\n", 0, last.start())) + 1
    return _last_scope(text, start, last.start())
