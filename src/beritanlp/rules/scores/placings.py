"""Finishing places in a sports event named earlier: "Rudi finis di urutan kelima".

A report on a championship or a race names the event once ("Kejuaraan Dunia Dayung",
"MotoGP Lembah", "Piala Nusantara 2021") and then tells who finished where: "Rudi finis
di urutan kelima", "menyudahi balapan di urutan ke-10". GUIDELINE.md counts such ranks; their
metric is the event named next in the placing's sentence ("finis di urutan kedua Piala Nusantara"),
else the one named last before it. Only verbs of finishing are read: "berada di posisi kedua"
is as often a league standing, a grid slot or a practice time. Pure: the metrics found so far
are passed in (a sentence naming one keeps it).

A world ranking ("peringkat 17 dunia") or a league table ("peringkat ke-4 klasemen") is no
placing in the event; a world ranking whose sentence names no metric is one of its own
(:func:`world_rankings`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from beritanlp.rules.scores.context import carried_metric
from beritanlp.rules.scores.cues import PLAYERS
from beritanlp.rules.scores.model import ByStart, Metric, SentenceOf, between
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


#: An event's name: "Kejuaraan Dunia Dayung", "Piala Nusantara 2021", "GP Lembah",
#: "MotoGP Aragon", "Grand Prix Jepang", "SEA Games 2019", "Indonesia Open".
_EVENT = re.compile(
    r"\b(?:(?:Kejuaraan|Piala|Grand[ \t]+Prix|GP|MotoGP|Moto2|Moto3|Formula[ \t]+1|F1|Olimpiade"
    r"|Paralimpiade|Pekan[ \t]+Olahraga)(?:[ \t]+(?:[A-Z][\w-]*|\d{4}))+"
    r"|(?:SEA|Asian|Para)[ \t]+Games(?:[ \t]+\d{4})?"
    r"|(?:[A-Z][\w-]*[ \t]+){1,3}Open(?:[ \t]+\d{4})?)")
#: A placing's rank: "ke-5", "12", "pertama" ... "kesepuluh", "satu" ... "sepuluh", "-belas"
#: (also the rank aimed at in rules.scores.aimed; for a case-insensitive group).
ORDINAL = (r"(?:ke-?[ \t]?\d{1,2}|\d{1,2}|[a-z]+belas"
            rf"|{alternation(rank_words(10, cardinals=10))})")
#: A placing: a verb of finishing, then the rank ("finis di posisi keenam").
_PLACING = re.compile(
    r"\b(?i:finis|finish|mengakhiri[ \t]+(?:balapan|lomba|perlombaan)"
    r"|menyudahi[ \t]+(?:balapan|lomba|perlombaan))"
    r"[ \t]+(?:(?i:di|ke|pada)[ \t]+)?(?i:posisi|urutan|peringkat|tempat)[ \t]+"
    rf"(?P<rank>(?i:{ORDINAL}))\b"
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
    events = [(m.start(), m.group().strip()) for m in _EVENT.finditer(text)]
    if not events:
        return []
    event_starts = [s for s, _ in events]
    named = ByStart(sorted(found, key=lambda m: m.start))
    sporty: dict[tuple[int, int], bool] = {}
    out: list[Metric] = []
    for m in _PLACING.finditer(text):
        sent = sent_of(m.start())
        if between(named, *sent):
            continue  # the sentence names its metric
        j = bisect_left(event_starts, m.start())
        if not (j < len(events) and event_starts[j] < sent[1]):
            j -= 1  # no event named after the placing in its sentence: the one before it
            if j < 0 or not _framed(text, event_starts[j], m.start(), sporty):
                continue
        at = m.start("rank")
        out.append(Metric(events[j][1], at, at, None, award=True, local=True))
    return out


#: A world ranking: "pasangan peringkat 17 dunia", "naik ke posisi 51 dunia", "ganda peringkat
#: satu dunia", "pemain ranking ketujuh dunia" (a number word or an ordinal word is the rank too).
_WORLD_RANK = re.compile(r"\b((?i:peringkat|ranking|rangking|posisi))[ \t]+(?P<rank>(?:ke-?[ \t]?)?"
                         rf"\d{{1,3}}|(?i:{alternation(rank_words(10, cardinals=19))}))"
                         r"[ \t]+(?i:dunia)\b")


#: A ranking named by its body's acronym in the sentence: "rangking WTA", "ranking BWF".
_NAMED_RANKING = re.compile(r"\b(?i:ranking|rangking|peringkat)[ \t]+[A-Z]{2,5}\b")
#: Who holds a world ranking: a player, a pair, an athlete, a national team, a campus, or the
#: ranking body named ("BWF", "FIFA", "QS").
_RANKED_HOLDER = re.compile(
    rf"\b(?i:{PLAYERS}|timnas|tim|tim[ \t]+nasional|kampus|universitas|perguruan[ \t]+tinggi)\b"
    r"|\b(?:BWF|FIFA|ATP|WTA|FIBA|FIVB|ITTF|UCI|FIDE|QS|THE|Webometrics)\b")
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
        name = own.group(0) if own else f"{m.group(1).lower()} dunia"
        out.append(Metric(name, m.start("rank"), m.start("rank"), None, award=True, local=True))
    return out
