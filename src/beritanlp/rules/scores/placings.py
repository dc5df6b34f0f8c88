"""Finishing places in a sports event named earlier: "Rudi finis di urutan kelima".

A report on a championship or a race names the event once ("Kejuaraan Dunia Dayung",
"MotoGP Lembah", "Piala Nusantara 2021") and then tells who finished where: "Rudi finis
di urutan kelima", "menyudahi balapan di urutan ke-10". GUIDELINE.md counts such ranks; their
metric is the event named next in the placing's sentence ("finis di urutan kedua Piala Nusantara"),
else the one named last before it. Only verbs of finishing are read: "berada di posisi kedua"
is as often a league standing, a grid slot or a practice time. Pure: the metrics found so far
are passed in (a sentence naming one keeps it).

A placing may be said without a slot word ("finis keempat", "finis ke-11": an ordinal only,
never "finis 2 detik"); a sentence about a practice or qualifying session ("finis keenam di
FP2") gives none. Its holder is the racer or team named right before the verb
(:func:`with_placing_holders`).

A world ranking ("peringkat 17 dunia") or a league table ("peringkat ke-4 klasemen") is no
placing in the event; a world ranking whose sentence names no metric is one of its own
(:func:`world_rankings`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from beritanlp.lexicons.words import word_table
from beritanlp.rules.scores.context import carried_metric
from beritanlp.rules.scores.cues import (
    PLACER_FILLERS,
    PLAYERS,
    RANKING_BODIES,
    SCORE_STOP_WORDS,
    TEAM_WORD,
)
from beritanlp.rules.scores.model import ByStart, Candidate, Metric, SentenceOf, between
from beritanlp.rules.scores.relations import related_head, related_name
from beritanlp.text.ordinals import alternation, rank_words

#: A word of sport: a points table, a match, a season, a racer, a club ("klasemen", "laga").
SPORT_CUE = re.compile(
    r"\b(?i:klasemen|liga|laga|pertandingan|musim|pebalap|pembalap|balapan|klub|tim|gol"
    r"|kompetisi|turnamen|grup|babak|poin[ \t]+klasemen)\b|\b(?:FC|MotoGP|Moto[23]|F1)\b")


def paragraph(text: str, pos: int) -> tuple[int, int]:
    """The paragraph (between line breaks) holding ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def earlier_metrics(found: Sequence[Metric]) -> ByStart[Metric]:
    """``found`` sorted by start, for :func:`carried_metric` (bisection, no rescan)."""
    return ByStart(sorted(found, key=lambda m: m.start))


#: The heads of an event's name (regex parts, as written): "Kejuaraan Dunia Dayung", "Piala
#: Nusantara 2021", "GP Lembah", "MotoGP Aragon", "Grand Prix Jepang", "Formula 1 Abu Dhabi".
_EVENT_HEADS = ("Kejuaraan", "Piala", r"Grand[ \t]+Prix", "GP", "MotoGP", "Moto2", "Moto3",
                r"Formula[ \t]+1", "F1", "Olimpiade", "Paralimpiade", r"Pekan[ \t]+Olahraga")
#: An event's name: a head with capitalised words or a year after it, "SEA Games 2019",
#: "Indonesia Open".
_EVENT = re.compile(
    r"\b(?:(?:" + "|".join(_EVENT_HEADS) + r")(?:[ \t]+(?:[A-Z][\w-]*|\d{4}))+"
    r"|(?:SEA|Asian|Para)[ \t]+Games(?:[ \t]+\d{4})?"
    r"|(?:[A-Z][\w-]*[ \t]+){1,3}Open(?:[ \t]+\d{4})?)")
#: Words one of which every match of :data:`_EVENT` holds, as written: the first word of each
#: head ("Moto" is in "MotoGP", "Moto2", "Moto3"), "Games" and "Open". A text without them names
#: no event, and a few substring searches are cheaper than the scan.
_EVENT_WORDS = (*(head.split("[", 1)[0] for head in _EVENT_HEADS), "Games", "Open")
#: A placing's rank: "ke-5", "12", "pertama" ... "kesepuluh", "satu" ... "sepuluh", "-belas"
#: (also the rank aimed at in rules.scores.aimed; for a case-insensitive group).
ORDINAL = (r"(?:ke-?[ \t]?\d{1,2}|\d{1,2}|[a-z]+belas"
            rf"|{alternation(rank_words(10, cardinals=10))})")
#: A placing's rank said without a slot word: an ordinal only ("finis keempat", "finis ke-11";
#: "finis 2 detik" is a gap, "finis satu" no placing, "finis pertama kali" a first time).
_BARE_ORDINAL = (rf"(?:ke-?[ \t]?\d{{1,2}}|ke[a-z]+belas|{alternation(rank_words(10))})"
                 r"(?![ \t]*(?i:kali))")
#: A verb of finishing: "finis", "mengakhiri balapan", "menyudahi lomba".
_FINISH_VERB = (r"\b(?i:finis|finish|mengakhiri[ \t]+(?:balapan|lomba|perlombaan)"
                r"|menyudahi[ \t]+(?:balapan|lomba|perlombaan))")
#: A placing: a verb of finishing, then the rank ("finis di posisi keenam", "finis keempat").
#: "naik podium pertama" is left alone: news uses it mostly for a chance or a past win ("punya
#: kans naik podium pertama", "pernah naik podium pertama di X").
_PLACING = re.compile(
    rf"{_FINISH_VERB}[ \t]+(?:(?:(?i:di|ke|pada)[ \t]+)?(?i:posisi|urutan|peringkat|tempat)[ \t]+"
    rf"(?P<rank>(?i:{ORDINAL}))|(?P<bare>(?i:{_BARE_ORDINAL})))\b"
    r"(?![ \t]+(?i:dunia|klasemen|dengan|sementara|besar|daftar))")
#: How far back (characters) the event named before still frames a placing.
EVENT_REACH = 3000
#: Who takes part in an event: a racer, an athlete, a team ("pebalap", "atlet", "tim").
_ENTRANT = re.compile(
    r"\b(?i:atlet|pelari|perenang|pedayung|pesepeda|pembalap|pebalap|petenis|pegolf|pecatur"
    r"|pemain|regu|timnas|kontingen|skuad|lifter|karateka|pesilat|pejudo|penembak|pemanah"
    r"|rider|pebulu[ \t]+tangkis|peserta|tunggal|ganda|podium|medali|emas|perak|perunggu"
    r"|juara|lomba|perlombaan|ajang)\b")


def _framed(text: str, event: int, pos: int, sporty: dict[tuple[int, int], bool]) -> bool:
    """Tell whether the event named at ``event`` frames the placing at ``pos`` after it.

    The event is in the placing's paragraph, within :data:`EVENT_REACH`, and the paragraph
    speaks of the contest: an entrant, a medal or a word of sport ("Kejuaraan Catur ...
    Proyek jalan tol itu finis di urutan ketiga" is none). ``sporty`` memoises paragraphs.
    """
    para = paragraph(text, pos)
    if pos - event > EVENT_REACH or para[0] > event:
        return False
    if para not in sporty:
        sporty[para] = any(p.search(text, *para) for p in (_ENTRANT, SPORT_CUE))
    return sporty[para]


def placings(text: str, found: Sequence[Metric], sent_of: SentenceOf) -> list[Metric]:
    """The event of each placing whose sentence names no metric, as a metric there.

    The metric's span is empty (at the rank); it is marked ``award`` (it takes ranks only) and
    ``local`` (it serves the rank right after it).
    """
    if not any(word in text for word in _EVENT_WORDS):
        return []
    events = [(m.start(), m.group().strip()) for m in _EVENT.finditer(text)]
    if not events:
        return []
    event_starts = [s for s, _ in events]
    named = ByStart(sorted(found, key=lambda m: m.start))
    sporty: dict[tuple[int, int], bool] = {}
    out: list[Metric] = []
    for m in _PLACING.finditer(text):
        sent = sent_of(m.start())
        if between(named, *sent) or SESSION.search(text, *sent):
            continue  # the sentence names its metric, or it is a practice's order
        j = bisect_left(event_starts, m.start())
        if not (j < len(events) and event_starts[j] < sent[1]):
            j -= 1  # no event named after the placing in its sentence: the one before it
            if j < 0 or not _framed(text, event_starts[j], m.start(), sporty):
                continue
        at = m.start("rank") if m.group("rank") else m.start("bare")
        out.append(Metric(events[j][1], at, at, None, award=True, local=True))
    return out


#: A bare ordinal right after a verb of finishing: "finis keempat" (its rank, no slot word).
_FINISHED_BARE = re.compile(rf"{_FINISH_VERB}[ \t]+$")


#: A session that is no race: practice or qualifying ("FP2", "latihan bebas", "kualifikasi",
#: "warm up"); its order is of lap times, not a finishing place.
SESSION = re.compile(r"\b(?:FP[1-4]|(?i:latihan[ \t]+bebas|sesi[ \t]+latihan|kualifikasi"
                     r"|warm[ \t-]?up|pemanasan|tes[ \t]+pramusim))\b")


def finished_bare(text: str, start: int, sent: tuple[int, int]) -> bool:
    """Whether the ordinal at ``start`` follows a verb of finishing at once ("finis kedua").

    Not in a sentence about a practice or qualifying session ("finis keenam di FP2").
    """
    return _FINISHED_BARE.search(text, max(0, start - 40), start) is not None and \
        re.match(rf"(?i:{_BARE_ORDINAL})\b", text[start:start + 16]) is not None and \
        SESSION.search(text, *sent) is None


#: A placing's holder: the capitalised name right before the finishing verb, maybe with a
#: bracket ("(Tim Alfa)"), a relative clause ("Dodi yang masih membela Tim Alfa finis") or the
#: fillers (cues.PLACER_FILLERS) between; matched against the clause up to the verb (it must
#: reach the verb).
_PLACER = re.compile(
    r"(?<![\w-])([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,4})"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*,?[ \t]*"
    r"(?:yang[ \t]+(?:[\w'’.-]+[ \t]+){0,5}?)?"
    rf"(?:(?:{PLACER_FILLERS})[ \t]+){{0,3}}$")
#: A player's role word opening a name: "Pebalap Rudi", "Atlet Rina" (no part of the name; a
#: team's word is: "Timnas Alfa").
_PLAYER_WORD = re.compile(rf"(?i:{PLAYERS})")
#: One of the fillers, in any case (a headline capitalises them).
_FILLER = re.compile(rf"(?i:{PLACER_FILLERS})")
#: Names sharing the placings: "A dan B masing-masing finis ...", "A dan B finis ...".
_SHARED = re.compile(r"\b(?i:masing-masing|dan|serta|&)[ \t]+(?:[A-Z][\w'’.-]*[ \t]*,?[ \t]*)+"
                     r"(?:[\w-]+[ \t]+){0,3}$|\b(?i:masing-masing)\b")
#: A word that makes the name after it no agent: "X dari tim Alfa finis", "asal Italia" (but
#: a relative clause makes it one: "kalah dari Rudi yang finis keempat").
_NOT_AGENT_BEFORE = re.compile(r"\b(?:dari|asal|di|ke|untuk|bersama|dengan|membela|atas|oleh|tim"
                               r"|pada|dalam|seperti)[ \t]+$")
#: Words no holder's name opens with: function words and sentence openers (the ``scores``
#: rows of stopwords.txt, compared lowercased: "Setelah finis ...", "Selain finis ...").
_NOT_PLACER = SCORE_STOP_WORDS
#: A relative clause between a placing's holder and its verb: "Dodi yang masih membela Tim
#: Alfa finis": a name read in it (the team) holds nothing.
_RELATIVE = re.compile(r"\byang[ \t]+(?:[\w'’.-]+[ \t]+){0,5}$")
#: Country names and their other names (``countries.txt``), casefolded: no part of a racer's
#: name written after them ("Pebalap Indonesia Rudi Hartono").
_COUNTRIES = frozenset(
    n.casefold() for row in word_table("countries") for n in
    [row[0], *(a.strip() for a in (row[1] if len(row) > 1 else "").split(";"))] if n)
#: A verb of finishing right before a placing's rank and its slot word.
_FINISH_BEFORE = re.compile(
    rf"{_FINISH_VERB}[ \t]+(?:(?:(?i:di|ke|pada)[ \t]+)?(?i:posisi|urutan|peringkat|tempat)"
    r"[ \t]+)?(?i:ke-?[ \t]?)?$")


def finished_at(text: str, start: int, sent: tuple[int, int]) -> bool:
    """Whether the rank at ``start`` is a placing: a verb of finishing right before it.

    Its holder is the racer or team named before the verb, never a place of the sentence nor
    the article's main subject ("Setelah finis kedua di Qatar, ...": not Qatar's).
    """
    return _FINISH_BEFORE.search(text, max(sent[0], start - 60), start) is not None


def placing_holder(text: str, start: int, sent: tuple[int, int]) -> str | None:
    """Who finished at the placing whose rank starts at ``start``: the name before its verb.

    "Rudi hanya finis di posisi kedelapan", "rekan setimnya, Budi, yang finis ketiga",
    "Dodi Permana yang masih membela Tim Alfa finis di urutan ke-14": the racer or team named
    right before the verb (fillers, a bracket or a relative clause between). ``None`` when the
    clause names nobody there ("Setelah finis di posisi tiga ...", "Dia finis ketujuh").
    """
    verb = _FINISH_BEFORE.search(text, max(sent[0], start - 60), start)
    if verb is None:
        return None
    m = _PLACER.search(text, max(sent[0], verb.start() - 120), verb.start())
    if m is None or _SHARED.search(text, max(sent[0], m.start() - 30), verb.start()) \
            or (_NOT_AGENT_BEFORE.search(text, max(sent[0], m.start() - 20), m.start())
                and not _RELATIVE.search(text, m.start(), verb.start())):
        return None  # "A dan B finis di urutan ke-10 dan 11": whose is whose is said apart
    if related_name(text, sent[0], m.start(1)):
        # "Tim Alfa besutan Budi finis ...": the team; "Klub milik Budi finis ...": no one named
        head = related_head(text, sent[0], m.start(1))
        return head.text if head is not None else None
    words = m.group(1).split()
    while words and (words[0].casefold() in _NOT_PLACER or _PLAYER_WORD.fullmatch(words[0])):
        words = words[1:]  # "Bahkan Rudi finis", "Pebalap Budi finis": no part of the name
    while words and _FILLER.fullmatch(words[-1]):
        words = words[:-1]  # a headline's capitals: "Budi Santoso Puas Finis Ke-8"
    return " ".join(_racer(words)) or None


def _racer(words: list[str]) -> list[str]:
    """A holder's name without the country or team written before the racer.

    "Indonesia Rudi Hartono" -> "Rudi Hartono", "Alfa Racing Budi" -> "Budi"; a country or
    team alone stays ("Tim Alfa", "Indonesia").
    """
    teams = [i for i, w in enumerate(words[:-1]) if i and TEAM_WORD.fullmatch(w)]
    if teams:
        words = words[teams[-1] + 1:]
    for n in (3, 2, 1):
        if len(words) > n and " ".join(words[:n]).casefold() in _COUNTRIES:
            return words[n:]
    return words


def _may_take(text: str, c: Candidate) -> bool:
    """Whether rank ``c`` may take its placing's holder.

    It has none, or one named in a relative clause right before the verb ("Dodi yang membela
    Tim Alfa finis ...": the team is no holder).
    """
    if not c.subjects:
        return True
    verb = _FINISH_BEFORE.search(text, max(c.sentence[0], c.start - 60), c.start)
    if verb is None or len(c.subjects) != 1:
        return False
    rel = _RELATIVE.search(text, max(c.sentence[0], verb.start() - 80), verb.start())
    return rel is not None and c.subjects[0] in text[rel.start():verb.start()]


def with_placing_holders(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates, each placing's rank given the name that finished there.

    A placing's rank is one a verb of finishing comes right before (:func:`placing_holder`),
    whatever its metric (the event named with it, or the one :func:`placings` carries); ranks
    already given a holder stay as they are.
    """
    low = text.casefold()
    if not any(w in low for w in ("finis", "menyudahi", "mengakhiri")):
        return list(candidates)  # no verb of finishing ("finish" holds "finis")
    out: list[Candidate] = []
    for c in candidates:
        if c.kind == "rank" and _may_take(text, c):
            name = placing_holder(text, c.start, c.sentence)
            if name is not None:
                c = replace(c, subjects=[name])
        out.append(c)
    return out


#: A world ranking: "pasangan peringkat 17 dunia", "naik ke posisi 51 dunia", "ganda peringkat
#: satu dunia", "pemain ranking ketujuh dunia" (a number word or an ordinal word is the rank too).
_WORLD_RANK = re.compile(r"\b(?:ber)?((?i:peringkat|ranking|rangking|posisi))[ \t]+"
                         rf"(?P<rank>(?:ke-?[ \t]?)?\d{{1,3}}"
                         rf"|(?i:{alternation(rank_words(10, cardinals=19))}))"
                         r"[ \t]+(?i:dunia)\b"
                         # "peringkat 5 dunia BWF": the body that ranks, after the scope
                         rf"(?:[ \t]+(?P<body>{RANKING_BODIES})\b)?")


#: A ranking named by its body's acronym in the sentence: "rangking WTA", "ranking BWF".
_NAMED_RANKING = re.compile(r"\b(?i:ranking|rangking|peringkat)[ \t]+[A-Z]{2,5}\b")
#: Who holds a world ranking: a player, a pair, an athlete, a national team, a campus, or the
#: ranking body named ("BWF", "FIFA", "QS").
_RANKED_HOLDER = re.compile(
    rf"\b(?i:{PLAYERS}|timnas|tim|tim[ \t]+nasional|kampus|universitas|perguruan[ \t]+tinggi)\b"
    rf"|\b{RANKING_BODIES}\b")
#: A world rank of a country's output, economy or headcount ("produsen kopi peringkat 4 dunia",
#: "jumlah penduduk ... posisi 4 dunia"): no ranking a body publishes.
_COUNTED_RANK = re.compile(
    r"\b(?i:produsen|produksi|eksportir|importir|ekspor|impor|ekonomi|PDB|produk[ \t]+domestik"
    r"|penduduk|populasi|jumlah|terbanyak|terbesar|tertinggi)\b")


def world_rankings(text: str, found: Sequence[Metric], sent_of: SentenceOf) -> list[Metric]:
    """A world ranking as a metric of its sentence when the sentence names none.

    Only a ranking of players, teams or campuses (a holder word or a body's acronym in the
    paragraph), not a country's output or headcount ("produsen kopi peringkat 4 dunia"); with
    no body named, only when no index was named in the carry window before (that index ranks).

    "Pemain peringkat 23 dunia tersebut ..." states the player's rank in the world ranking of the
    sport; its metric is that ranking: the one the sentence names by its body ("rangking WTA"),
    else "peringkat dunia" (the rank word as written).
    Its span is empty, at the rank; marked ``award`` (ranks only) and ``local`` (the rank right
    after it).
    """
    named = ByStart(sorted(found, key=lambda m: m.start))
    known = earlier_metrics(found)
    held: dict[tuple[int, int], bool] = {}  # paragraph -> a holder or a body named in it
    out: list[Metric] = []
    for m in _WORLD_RANK.finditer(text):
        sent = sent_of(m.start())
        if between(named, *sent) or _COUNTED_RANK.search(text, *sent):
            continue  # "peringkat 73 dunia dalam EoDB": the sentence names its metric
        para = paragraph(text, m.start())
        if para not in held:
            held[para] = _RANKED_HOLDER.search(text, *para) is not None
        if not held[para]:
            continue  # no player, team, campus or ranking body: a country's rank of a count
        own = _NAMED_RANKING.search(text, *sent)  # "... dalam rangking WTA"
        if own is None and carried_metric(known, m.start(), sent) is not None:
            continue  # an index named just before ranks the world: it keeps the rank
        name = own.group(0) if own else " ".join(
            (m.group(1).lower(), "dunia", *((m.group("body"),) if m.group("body") else ())))
        out.append(Metric(name, m.start("rank"), m.start("rank"), None, award=True, local=True))
    return out
