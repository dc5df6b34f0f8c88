"""Ranks: ordinals after a rank cue, ranks moved between, bracketed ranks, champions."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any, NamedTuple

from beritanlp.rules.scores.aimed import rank_aimed_at
from beritanlp.rules.scores.context import active_metric
from beritanlp.rules.scores.cues import (
    CONTEST_NOUNS,
    CURRENCY_SIGNS,
    HOLDING_PASSIVE,
    HOPE_REACH,
    HOPED,
    MAY_REACH,
    MAY_REACH_REACH,
    NEGATION,
    NOT_HELD,
    NOT_HELD_REACH,
    RANK_CUE,
    RANK_VERBS,
    RANKING_BODIES,
    RANKING_SUPERLATIVES,
)
from beritanlp.rules.scores.model import (
    Candidate,
    Metric,
    between,
    is_points_table,
    sentence_contest,
)
from beritanlp.rules.scores.placings import finished_bare
from beritanlp.rules.scores.subjects import (
    enumerated_subjects,
)
from beritanlp.text.numbers import NumberMention, is_role, role_holder_after
from beritanlp.text.ordinals import alternation, rank_words

#: "juara umum" is rank 1 of its contest, a plain "runner-up" rank 2.
_CHAMPION = re.compile(r"\b(?:[Jj]uara[ \t]+[Uu]mum|[Rr]unner[- ][Uu]p(?![ \t]*\d))\b")


def champion_candidates(text: str, metrics: Sequence[Metric], sent_of: Any) -> list[Candidate]:
    """"juara umum" (the overall winner): rank 1 of the contest named in its sentence.

    The contest named after it ("juara umum dalam ajang X") comes first, else the one before.
    """
    out: list[Candidate] = []
    for m in _CHAMPION.finditer(text) if ("umum" in text or "unner" in text) else ():
        sent = sent_of(m.start())
        metric = sentence_contest(metrics, sent, m.end())
        if metric is None or NEGATION.search(text, max(sent[0], m.start() - 30), m.start()) \
                or rank_aimed_at(text, m.start(), sent) \
                or _HABITUAL.search(text, max(sent[0], m.start() - 40), m.start()):
            # "menargetkan juara umum": a target (rules.scores.aimed), not held; "kerap menjadi
            # juara umum MTQ": a habit over editions, no result of one
            continue
        place = 2 if m.group(0).lower().startswith("runner") else 1
        if place == 2 and not (metric.start >= m.end()
                               and _IN_CONTEST.search(text, m.end(), metric.start + 1)):
            # a runner-up needs its contest named after it ("runner-up dalam Lomba X"), or a
            # verb of holding it after the contest ("Dalam Lomba X, Desa A menjadi runner-up")
            before = [x for x in between(metrics, sent[0], sent[1]) if x.end <= m.start()]
            if not before or not _held_runner_up(text, m.start(), sent):
                continue
            metric = before[-1]
        out.append(Candidate(metric, place, "rank", None, m.group(0), m.start(), m.end(), sent))
    return out


#: A habit over a contest's editions right before an overall win: "kerap menjadi juara umum",
#: "selalu menjadi juara umum", "langganan juara umum" (no one edition's result).
_HABITUAL = re.compile(r"\b(?:kerap|sering|selalu|acap(?:[ \t]?kali)?|langganan|berkali-kali)"
                       r"(?:[ \t]+(?:kali|pula|juga|menjadi|jadi|meraih|keluar[ \t]+sebagai"
                       r"|tampil[ \t]+sebagai|dinobatkan[ \t]+sebagai))*[ \t]+$", re.IGNORECASE)


#: A verb of holding a runner-up's place: "menempati posisi runner-up", "menjadi runner-up",
#: "keluar sebagai runner-up", "finis sebagai runner-up".
_HOLDS_RUNNER_UP = re.compile(
    r"\b(?:menempati(?:[ \t]+(?:posisi|tempat))?|menjadi|sebagai|finis(?:[ \t]+sebagai)?"
    r"|meraih(?:[ \t]+(?:posisi|gelar))?)[ \t]+$", re.IGNORECASE)
#: Who holds a runner-up's place: a name right before its verb, maybe with a word of success
#: between ("Desa A berhasil menjadi runner-up"); a hope ("berharap", "bisa"), a past ("yang
#: tahun lalu", "pernah") or no name ("hadiah bagi yang menjadi runner-up") holds none.
_RUNNER_UP_HOLDER = re.compile(
    r"(?<![\w-])[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,4}[ \t]+"
    r"(?:(?:berhasil|sukses|hanya|akhirnya|pun|kembali|keluar|tampil|harus[ \t]+puas)[ \t]+)"
    r"{0,2}$")


def _held_runner_up(text: str, start: int, sent: tuple[int, int]) -> bool:
    """Whether the runner-up at ``start`` is held by a name right before its verb."""
    verb = _HOLDS_RUNNER_UP.search(text, max(sent[0], start - 40), start)
    return verb is not None and _RUNNER_UP_HOLDER.search(
        text, max(sent[0], verb.start() - 80), verb.start()) is not None


#: "runner-up dalam Lomba X", "Runner Up Y pada ajang Z": the contest after a runner-up.
_IN_CONTEST = re.compile(r"\b(?:dalam|pada|di)[ \t]+(?:(?:ajang|acara|lomba|penilaian"
                         r"|kompetisi)[ \t]+)?\S?$", re.IGNORECASE)


#: A contest named before a rank in its sentence ("Dalam lomba kebersihan, X di peringkat
#: ketiga"): the rank is in that contest, not in the one index the article is about.
_CONTEST_BEFORE = re.compile(r"\b(?:lomba|perlombaan|kompetisi|kontes|sayembara|festival|olimpiade"
                             r"|kejuaraan|turnamen)\b", re.IGNORECASE)


#: "(peringkat 116)" in a list of aspects: a later "(139)" of the same list is a rank too.
_RANK_BRACKET = re.compile(
    r"\(\s*(?:peringkat|posisi|ranking|rangking|urutan)\s+(?:ke-?\s?)?\d+\s*\)", re.IGNORECASE)


def bracketed_rank(text: str, n: NumberMention, sent: tuple[int, int]) -> bool:
    """A whole number alone in brackets after "(peringkat N)" items of its sentence."""
    return (n.kind == "number" and isinstance(n.value, int) and n.start > 0
            and text[n.start - 1] == "(" and text[n.end:n.end + 1] == ")"
            and _RANK_BRACKET.search(text, max(sent[0], n.start - 160), n.start) is not None)


#: "Peringkat Indonesia dalam IPK naik dari 115 menjadi 99": the numbers a rank moved between.
_RANK_MOVED = re.compile(
    r"\b(?:peringkat|posisi|ranking|rangking)\b[^.;!?]{0,80}?\b(?:naik|turun|melonjak|merosot"
    r"|melorot|membaik|memburuk|bergeser|melompat)\b[^.;!?]{0,40}?\b(?:dari|menjadi|ke)[ \t]+$",
    re.IGNORECASE)


#: "turun 2 peringkat dari 5 ke 3", "naik tiga peringkat, dari 12 menjadi 9": a counted rank
#: step, then the ranks it moved between.
_STEP_MOVED = re.compile(
    r"\b(?:naik|turun|melonjak|merosot|melorot|melompat|bergeser)[ \t]+"
    r"(?:\d{1,3}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\w+[ \t]+puluh"
    r"|\w+belas)[ \t]+(?:peringkat|posisi|strip|anak[ \t]+tangga)\b[ \t]*,?[ \t]*"
    r"(?:dari[ \t]+(?:(?:posisi|peringkat|urutan)[ \t]+)?(?:ke-?[ \t]?)?\d{1,3}[ \t]+"
    r"(?:menjadi|ke)|dari)[ \t]+(?:(?:posisi|peringkat|urutan)[ \t]+)?(?:ke-?[ \t]?)?$",
    re.IGNORECASE)


def rank_moved(text: str, n: NumberMention, sent: tuple[int, int]) -> bool:
    """A whole number a rank ("peringkat ... naik dari") moved from or to."""
    if not isinstance(n.value, int) or isinstance(n.value, bool) or n.unit is not None:
        return False
    return _RANK_MOVED.search(text, max(sent[0], n.start - 140), n.start) is not None \
        or _STEP_MOVED.search(text, max(sent[0], n.start - 90), n.start) is not None


#: "di tempat keenam", "tempat ke-8": a slot word right before an ordinal.
_SLOT = re.compile(r"\btempat[ \t]+$", re.IGNORECASE)


def standing_slot(text: str, n: NumberMention, sent: tuple[int, int],
                  metrics: Sequence[Metric]) -> bool:
    """Whether ``n`` is an ordinal slot ("tempat keenam") in a sentence naming a standing.

    "X kini di tempat ketujuh dengan 88 angka", "bertengger di tempat kedelapan pada
    klasemen sementara": in a league or a race series table the slot is a rank. Elsewhere
    "tempat pertama" is a place ("tempat pertama yang dikunjungi"): no rank.
    """
    if n.kind != "ordinal" or _SLOT.search(text, max(sent[0], n.start - 12), n.start) is None:
        return False
    if _SLOT_NAMED.match(text, n.end, sent[1]):
        return False  # "tempat ketiga, yakni GOR ...", "tempat pertama yang dikunjungi"
    if _SLOT_POINTS.match(text, n.end, sent[1]):
        return True
    follows = _FOLLOWS_IN_TABLE.search(text, max(sent[0], n.start - 30), n.start) is not None
    return any(is_points_table(m)
               and (follows or _same_clause_near(text, n, m))
               for m in between(metrics, max(sent[0], n.start - 3 * _SLOT_REACH),
                                min(sent[1], n.end + _SLOT_REACH)))


#: A verb of following in a table before the slot: "X mengekor di tempat kedua" (the table is
#: then named anywhere in the sentence).
_FOLLOWS_IN_TABLE = re.compile(r"\b(?:mengekor|membuntuti|menguntit)[ \t]+(?:di[ \t]+)?tempat"
                               r"[ \t]+$", re.IGNORECASE)
#: How far from a slot its table's name may sit, in one clause.
_SLOT_REACH = 50
#: A slot that names a place: "tempat pertama yang dikunjungi", "tempat ketiga, yakni GOR".
_SLOT_NAMED = re.compile(r"[ \t]*,?[ \t]*(?:yang|yakni|yaitu|adalah|ialah)\b", re.IGNORECASE)
#: A slot with its points: "tempat kelima dengan (torehan) 140 angka".
_SLOT_POINTS = re.compile(
    r"[ \t]+dengan[ \t]+(?:(?:koleksi|raihan|torehan|perolehan|total|nilai)[ \t]+)?"
    r"[\w,.]+[ \t]+(?:poin|angka)\b", re.IGNORECASE)


def _same_clause_near(text: str, n: NumberMention, m: Metric) -> bool:
    """Whether metric ``m`` sits within reach of slot ``n`` with no clause break between."""
    if m.start >= n.end:
        gap = text[n.end:m.start]
    else:  # "Pada klasemen sementara X, Y berada di tempat kedua": the table opens the clause
        gap = text[m.end:n.start]
        if _TABLE_OPENS.search(text, max(0, m.start - 8), m.start):
            gap = gap.replace(",", "", 1)
    return len(gap) <= _SLOT_REACH and not re.search(r"[,;:()]", gap)


_TABLE_OPENS = re.compile(r"(?:^|[.\n]|\b)(?:pada|di|dalam)[ \t]+$", re.IGNORECASE)


#: What lies between the ranks of a move ("posisi 9 menjadi 6", "ke-5 ke 3") or of two ranks
#: given as either ("kedua atau ketiga").
_MOVED_TO = re.compile(r"[ \t]+(?:menjadi|ke|atau)[ \t]+")


def into_top(text: str, n: NumberMention, sent: tuple[int, int]) -> bool:
    """Whether ``n`` is the N of a top N entered: "masuk 10 besar" (no shortlist of nominees)."""
    return _TOP_N.match(text, n.end) is not None and _SHORTLIST.match(text, n.end) is None \
        and _INTO_TOP.search(text, max(sent[0], n.start - 40), n.start) is not None


#: A rank opening its sentence, then a future in its clause: a contest's scheme, no rank
#: held ("Juara III lomba desa akan mendapat uang pembinaan", "Juara I lomba desa akan
#: ditentukan juri"). Not when a holder is named before the future ("Juara I lomba desa, Desa
#: X, akan ...", "Peringkat pertama diraih Kota X yang akan menerima insentif"), nor after
#: "dan"/"sehingga"; a rank with a holder before it ("Kota X meraih peringkat ketiga IKPA dan
#: akan menerima dana insentif") never opens its sentence.
#: A prize set aside for a rank, no rank held: "menyiapkan hadiah bagi juara pertama lomba X
#: sebesar Rp 25 juta". Not "kepada" ("menyerahkan hadiah kepada juara pertama, Desa X"), and
#: not when the sentence names who got it (:data:`_PRIZE_GIVEN`: "Hadiah untuk juara pertama
#: diserahkan kepada Desa X", "... juara pertama, Desa X").
_PRIZE_FOR = re.compile(
    r"\b(?:hadiah|uang[ \t]+pembinaan|bonus|insentif)\b[^.;:]{0,40}?\b(?:bagi|untuk)[ \t]+"
    r"(?:(?:para|sang)[ \t]+)?(?:juara|peringkat|pemenang|terbaik)[ \t]+(?:ke[ \t-]?)?$",
    re.IGNORECASE)
_PRIZE_REACH = 90
_PRIZE_GIVEN = re.compile(
    rf"[^.;:!?]*?(?:\b(?:diserahkan|diberikan|kepada|jatuh|yakni|yaitu|adalah|ialah"
    rf"|{HOLDING_PASSIVE})\b|,[ \t]*(?-i:[A-Z]))", re.IGNORECASE)
_RANK_NOUN = r"(?:juara|peringkat|posisi|terbaik|ranking|rangking|urutan)[ \t]+(?:ke[ \t-]?)?"
_OPENING_RANK = re.compile(  # "Juara III", "Para juara kedua", "Juara I, Juara II dan Juara III"
    rf"\W{{0,3}}(?:(?:para|sang)[ \t]+)?(?:{_RANK_NOUN}[\w-]+(?:,|[ \t]+(?:dan|serta))?[ \t]+)"
    rf"{{0,3}}{_RANK_NOUN}", re.IGNORECASE)
_SCHEME_AFTER = re.compile(
    r"(?:(?!\b(?:dan|sehingga|yang|oleh|kepada|yakni|yaitu|adalah|ialah|"
    + HOLDING_PASSIVE + r")\b)[^.;:,!?]){0,60}?\b(?:akan|bakal|berhak)\b", re.IGNORECASE)


def _prize_for(text: str, n: NumberMention, sent: tuple[int, int]) -> bool:
    """A prize set aside for the rank, with no one named who got it (:data:`_PRIZE_FOR`)."""
    return _PRIZE_FOR.search(text, max(sent[0], n.start - _PRIZE_REACH), n.start) is not None \
        and _PRIZE_GIVEN.match(text, n.end, sent[1]) is None


#: A rank believed reachable, not held: "yakin timnya bisa finis di peringkat kedua",
#: "optimistis Kota X mampu meraih juara I" (a belief, then a modal, in one clause before it).
#: The modal must govern the rank's own verb: a clause word between them ("percaya Kota X
#: dapat terus berbenah setelah meraih peringkat kedua") leaves a rank already held.
_BELIEVED = re.compile(
    r"\b(?:yakin|meyakini|optimis(?:tis)?|percaya)\b[^.,;:()\"]{0,50}?"
    r"\b(?:bisa|dapat|mampu|akan|bakal|sanggup)\b"
    r"(?:(?!\b(?:setelah|sesudah|karena|usai|mengingat|sejak|seusai|lantaran)\b)"
    r"[^.,;:()\"]){0,50}$", re.IGNORECASE)
_BELIEVED_REACH = 110


#: "A dan B masing-masing di peringkat ke-23 dan ke-24": ranks of the names, one each.
_EACH = re.compile(r"\bmasing-masing\b", re.IGNORECASE)


def rank_candidate(text: str, n: NumberMention, numbers: Sequence[NumberMention],
                    sent: tuple[int, int], metrics: Sequence[Metric],
                    window: int, listed: bool = False,
                    article: ArticleMetrics | None = None) -> Candidate | None:
    """An ordinal after a rank cue, with its metric in the same sentence.

    ``listed``: a bracketed number continuing a list of "(peringkat N)" items. ``article``:
    :func:`article_metrics` of ``metrics``, worked out once per text by the caller (else here,
    when a rank needs it).
    """
    if isinstance(n.value, int | float) and not 0 < n.value <= _MAX_RANK:
        return None  # "peringkat 99999999999999999999": no rank
    # "finis keempat": a placing said without a slot word; "ranking FIFA 173": a place
    is_rank = listed or n.cue is not None or bool(
        RANK_CUE.search(text[max(0, n.start - 16):n.start])) or rank_moved(text, n, sent) \
        or either_second(text, n, sent) or (
        n.kind == "ordinal"
        and _SUPERLATIVE_BEFORE.search(text, max(0, n.start - _SUPERLATIVE_REACH), n.start)
    ) or finished_bare(text, n.start, sent) \
        or after_named_ranking(text, n)
    if not is_rank:
        is_rank = standing_slot(text, n, sent, metrics) or numbered_rank(text, n, metrics)
    if not is_rank and n.text[:2].casefold() == "ke":
        # "peringkat ke-9 di Asia dan ke-3 di ASEAN": a second rank in the same clause
        is_rank = bool(_RANK_THEN_AND.search(text, max(sent[0], n.start - 50), n.start))
    if _TOP_N.match(text, n.end):
        # "masuk 10 besar": rank N for its holder; "ada di posisi lima besar" is a bracket,
        # and a top N aimed at ("menargetkan masuk 5 besar") is held by nobody
        is_rank = into_top(text, n, sent) \
            and not _AIMED.search(text, max(sent[0], n.start - 50), n.start) \
            and not _COUNTED_GROUP.search(text, max(sent[0], n.start - 70), n.start)
    if not is_rank:
        return None
    if _not_held(text, n, sent) or _slot_bracket(text, n):
        return None
    if _OPENING_RANK.fullmatch(text, sent[0], n.start) \
            and _SCHEME_AFTER.match(text, n.end, sent[1]) or _prize_for(text, n, sent):
        return None  # "Juara III lomba X akan mendapat uang pembinaan": a scheme, no result
    if _RANGE_AFTER.match(text, n.end) or _RANGE_BEFORE.search(
            text, max(sent[0], n.start - 24), n.start):
        return None  # "di peringkat satu sampai lima": a range's end, no one rank held
    # "Terbaik I sampai III": a list of ranks describes a scheme, not a result
    # ("dari posisi 9 menjadi 6": the rank moved from; "kedua atau ketiga": either; no list)
    neighbours = [o for o in between(numbers, n.start - 11, n.start + 12)
                  if o is not n and o.kind == "ordinal" and sent[0] <= o.start < sent[1]
                  and not _MOVED_TO.fullmatch(
                      text, *((o.end, n.start) if o.end <= n.start else (n.end, o.start)))]
    if neighbours and not _EACH.search(text, max(sent[0], n.start - 80), n.start):
        return None  # (ranks "masing-masing" of the names before them are results)
    metric, _ = active_metric(metrics, n.start, sent, window, award_ok=True)
    metric = _contest_after(text, n, metric, metrics, sent)
    if metric is None or not any(m is metric for m in between(metrics, sent[0], sent[1])):
        metric = _far_metric(text, n, sent, metrics, listed, article)
        if metric is None:
            return None
    if metric.amount and not _beside(text, n, metric):
        return None  # "... penyumbang terbanyak. Di peringkat teratas ada Y": not its rank
    return Candidate(metric, n.value, "rank", None, n.text, n.start, n.end, sent,  # type: ignore[arg-type]
                     _rank_holders(text, n, metrics, sent))


#: A slot alone in brackets: "Budi (urutan 1)", "Tim A (posisi 2)", "(nomor 3)": a speaking
#: order, a draw or a seat beside a name, no result (a result says "(juara 1)", "(peringkat 2)").
_SLOT_BRACKET = re.compile(r"\([ \t]*(?i:urutan|posisi|nomor)[ \t]+(?:ke[ \t-]?)?$")


def _slot_bracket(text: str, n: NumberMention) -> bool:
    """Whether ``n`` is a slot alone in brackets ("(urutan 1)"), no rank held."""
    return text[n.end:n.end + 1] == ")" and _SLOT_BRACKET.search(
        text, max(0, n.start - 12), n.start) is not None


def _not_held(text: str, n: NumberMention, sent: tuple[int, int]) -> bool:
    """Whether the rank ``n`` is said not to be held: denied, hoped for, aimed at or believed."""
    if NOT_HELD.search(text, max(sent[0], n.start - NOT_HELD_REACH), n.start):
        return True  # "belum masuk peringkat 10 besar ...": a rank not held
    if HOPED.search(text, max(sent[0], n.start - HOPE_REACH), n.start) \
            or MAY_REACH.search(text, max(sent[0], n.start - MAY_REACH_REACH), n.start):
        return True  # "semoga bisa turun ke ranking ke-10": a rank hoped for, not held
    if rank_aimed_at(text, n.start, sent):
        return True  # "mengincar juara II": a rank aimed at (rules.scores.aimed), not held
    # "yakin timnya bisa finis di peringkat kedua": a belief, not held
    return _BELIEVED.search(text, max(sent[0], n.start - _BELIEVED_REACH), n.start) is not None


def _contest_after(text: str, n: NumberMention, metric: Metric | None,
                   metrics: Sequence[Metric], sent: tuple[int, int]) -> Metric | None:
    """The ranking named right after a rank when ``metric`` was named before it, else ``metric``.

    "juara I lomba debat dan juara II lomba pidato": each rank takes its own contest, not the
    one before it. A metric of the lexicon takes the rank when named right after it, nothing
    between: "peringkat pertama IKPA, sedangkan Kabupaten B peringkat kedua SAKIP".
    """
    if metric is None or metric.local or metric.end > n.start:
        return metric
    after = [m for m in between(metrics, n.end, min(sent[1], n.end + _NAMED_REACH))
             if not m.local and m.start >= n.end]
    after = [m for m in after if (metric.award and m.award)
             or (m.rule is not None and not text[n.end:m.start].strip())]
    return after[0] if after else metric


#: What may stand between a ranking by amount and its rank: words of one clause, no more, or
#: a clause that pins the rank down ("... paling banyak di dunia, tepatnya di peringkat ke-18").
_BESIDE = re.compile(r"[^.,;:()\n]{0,40}(?:,[ \t]*(?:tepatnya|yakni|yaitu)\b[^.,;:()\n]{0,30})?")


def _far_metric(text: str, n: NumberMention, sent: tuple[int, int], metrics: Sequence[Metric],
                listed: bool, article: ArticleMetrics | None) -> Metric | None:
    """The metric of a rank whose sentence names none, or ``None``.

    Ranks need their metric in the same sentence, or, when "peringkat N" says it is a ranking
    ("memulai berbisnis (peringkat 140)"), the one index the article is about (``article``,
    worked out here when the caller has not), or a ranking stated just before
    (:func:`_ranked_before`). A contest named before the rank ("Dalam lomba kebersihan, X di
    peringkat ketiga") keeps the rank to that contest: none of them.
    """
    ranking = _RANKING_WORD.search(text, max(sent[0], n.start - 16), n.start)
    if ranking and _CONTEST_BEFORE.search(text, sent[0], n.start):
        return None
    metric = None
    if listed or ranking:
        metric = _article_metric(article if article is not None else article_metrics(metrics),
                                 n.start)
    if metric is None and ranking:
        metric = _ranked_before(text, metrics, sent)
    return metric


def _beside(text: str, n: NumberMention, metric: Metric) -> bool:
    """Whether rank ``n`` is stated beside ``metric``, in the measure's own clause.

    A ranking by amount (:attr:`Metric.amount`) takes only the rank it is named with
    ("peringkat ketujuh penyumbang nama terbanyak", "kota terpadat kesembilan", "dengan
    jumlah penduduk terbesar ketiga"), never a rank of another clause or sentence ("Sementara
    itu, di peringkat teratas ada Y": Y's rank, said without the measure).
    """
    gap = (n.end, metric.start) if n.end <= metric.start else (metric.end, n.start)
    return gap[0] <= gap[1] and _BESIDE.fullmatch(text, *gap) is not None


def _rank_holders(text: str, n: NumberMention, metrics: Sequence[Metric],
                  sent: tuple[int, int]) -> list[str] | None:
    """Who a rank is given to right after it: "peringkat pertama SAKIP diraih Kabupaten X".

    A top place said as a role ("melawan pemuncak klasemen Liga 1, Klub B") is held by the
    name set off after its table (:func:`beritanlp.text.numbers.role_holder_after`).
    """
    if is_role(n):
        name = role_holder_after(text, n.end)
        if name is not None:
            return [name]
    pos = n.end
    named = [m for m in between(metrics, n.end, n.end + _NAMED_REACH) if m.start >= n.end
             and _BEFORE_NAMED.fullmatch(text, n.end, m.start)]
    if named:
        if named[0].adhoc and _HELD_BEFORE.search(text, sent[0], n.start):
            return None  # "Kota A menempati peringkat ketiga kota dengan ..., yakni ...": A's
        pos = named[0].end
    names = [x for x in enumerated_subjects(text, pos, sent) or ()
             if not _MONEY_NAME.match(x)]
    return names[:1] if names else None


#: A verb of holding a rank before it in its sentence ("Kota A menempati peringkat ..."): the
#: holder is named before it, so a list after a ranking's class ("..., yakni Rp 4 triliun")
#: says what the class measures, not who holds the rank.
_HELD_BEFORE = re.compile(rf"\b(?:{RANK_VERBS}|merupakan|menjadi)\b", re.IGNORECASE)
#: A sum of money listed after a rank ("yakni Rp 12 triliun", "US$ 3 miliar", "USD 5 juta"):
#: no holder.
_MONEY_NAME = re.compile(rf"(?:{CURRENCY_SIGNS}|USD|IDR|\d)")


#: What may stand between a rank and the evaluation named right after it, before the holder:
#: "peringkat ketiga SAKIP diraih X", "peringkat ketiga (dalam) penilaian X 2020 diraih Y".
_BEFORE_NAMED = re.compile(
    rf"[ \t]*(?:(?:dalam|pada)[ \t]+)?(?:{alternation(CONTEST_NOUNS)}[ \t]+)?", re.IGNORECASE)
_NAMED_REACH = 40


#: How far before its sentence a ranking's metric still applies to "Y di urutan ke-13".
_RANKED_REACH = 300


def _ranked_before(text: str, metrics: Sequence[Metric],
                   sent: tuple[int, int]) -> Metric | None:
    """The metric of a ranking stated shortly before a sentence that only carries it on.

    "X naik ke peringkat 4 klasemen Liga 2. Sedangkan Y di urutan ke-13.": Y's rank is on the
    same table. Only a rank said as one ("di urutan ke-13") reaches back, and only to a metric
    whose own statement ranks ("peringkat", "posisi" ... near it): a score named before
    ("nilai IPK turun") ranks no team.
    """
    before = between(metrics, sent[0] - _RANKED_REACH, sent[0])
    if not before:
        return None
    metric = before[-1]
    if is_points_table(metric):
        return metric  # a points table ranks whoever it names ("memuncaki klasemen X")
    near = _RANK_NEAR.search(text, max(0, metric.start - 60), min(sent[0], metric.end + 60))
    return metric if near else None


_RANK_NEAR = re.compile(r"\b(?:peringkat|posisi|urutan|rankings?|rangking|puncak)\b", re.IGNORECASE)


def _article_metric(article: ArticleMetrics, pos: int) -> Metric | None:
    """The last of the text's own metrics (:func:`article_metrics`) ending before ``pos``."""
    i = bisect_right(article.ends, pos)
    return article.metrics[i - 1] if i else None


class ArticleMetrics(NamedTuple):
    """The metrics a rank far from any may take in one text, by end (:func:`article_metrics`)."""

    metrics: list[Metric]
    ends: list[int]


def article_metrics(metrics: Sequence[Metric]) -> ArticleMetrics:
    """The text's one known metric (every mention), else its one ranking's, else none.

    A text that names no known metric may still be about one ranking it names
    (:func:`_article_ranking`). The caller works it out once per text (every rank of a long
    text asks) and hands it to :func:`rank_candidate`.
    """
    known = [m for m in metrics if m.rule is not None]
    if known:
        chosen = known if len({m.rule.id for m in known if m.rule}) == 1 else []
    else:
        chosen = _article_ranking(metrics)
    chosen = sorted(chosen, key=lambda m: m.end)
    return ArticleMetrics(chosen, [m.end for m in chosen])


#: A metric's name that says it ranks: "World University Rankings", "Ranking FIFA", "X Index".
_RANKING_NAME = re.compile(r"\b(?:rankings?|rangking|peringkat|pemeringkatan|index|indeks)\b",
                           re.IGNORECASE)


def _article_ranking(metrics: Sequence[Metric]) -> list[Metric]:
    """The mentions of the one ranking a text names: "peringkat 5" anywhere is in it.

    Only when every metric of the text (ad hoc measures and sentence-local ones aside) has that
    one name, and the name says it ranks ("World University Rankings 2020"): an article about one
    ranking lists its ranks far from the name. An award or a second metric leaves the rank alone.
    """
    named = [m for m in metrics if not (m.adhoc or m.local)]
    if not named or any(m.award for m in named) \
            or len({" ".join(m.name.casefold().split()) for m in named}) != 1 \
            or not _RANKING_NAME.search(named[0].name):
        return []
    return named


#: "IPM tertinggi ketiga", "terburuk kedua": a superlative makes the ordinal after it a rank.
_SUPERLATIVE_BEFORE = re.compile(
    # "kota terpolusi kedua", "kabupaten terinovatif kedua": the measures' own superlatives
    rf"\b(?:ter(?:{'|'.join(RANKING_SUPERLATIVES)})"
    r"|paling[ \t]+[a-z]+)[ \t]+$")
#: How far before an ordinal :data:`_SUPERLATIVE_BEFORE` is looked for (characters): room for
#: "paling" and a long adjective ("paling kompetitif "); a longer one is not reached.
_SUPERLATIVE_REACH = 24


#: "nomor" right before a number: "penghasil kopi nomor dua", "tertinggi nomor dua" (in lower
#: case: "Nomor 45" names a regulation or a letter).
_NUMBERED = re.compile(r"(?<![\w-])nomor[ \t]+$")
#: A regulation's or a letter's number: "Nomor 45 Tahun 2019", "nomor 12/KPTS/2019".
_DOCUMENT_NUMBER = re.compile(r"[ \t]*(?:/|[Tt]ahun[ \t]+\d{4}\b)")


def numbered_rank(text: str, n: NumberMention, metrics: Sequence[Metric]) -> bool:
    """Whether ``n`` is a rank numbered right after its measure or a superlative.

    "produsen beras nomor satu di Indonesia" (a measure ends right before "nomor"), "IPM
    tertinggi nomor dua setelah X" (a superlative does). "orang nomor satu di kota itu" (a
    leader) and "Pasal nomor 3" have neither: no rank. The measure must be a ranking by
    amount (a producer's, marked ``amount``): a named index before a regulation's number
    ("Pedoman Evaluasi SAKIP Nomor 12 Tahun 2015") ranks nothing, nor does a number followed
    by a year or a slash (:data:`_DOCUMENT_NUMBER`).
    """
    if not isinstance(n.value, int) or isinstance(n.value, bool) or n.unit is not None:
        return False
    m = _NUMBERED.search(text, max(0, n.start - 8), n.start)
    if m is None or _DOCUMENT_NUMBER.match(text, n.end):
        return False
    pos = m.start() - 1  # the blank before "nomor"
    superlative = _SUPERLATIVE_BEFORE.search(text, max(0, pos - _SUPERLATIVE_REACH), pos + 1)
    return superlative is not None \
        or any(x.end == pos and x.amount for x in between(metrics, max(0, pos - 120), pos))


#: A ranking named by its body (:data:`cues.RANKING_BODIES`) right before a number: "ranking
#: FIFA 173", "peringkat BWF ke-12", "rangking dunia ATP 45" (the number is a place in it).
_NAMED_RANKING_BEFORE = re.compile(
    rf"\b(?i:peringkat|ranking|rangking)(?:[ \t]+(?i:dunia))?[ \t]+{RANKING_BODIES}[ \t]+"
    r"(?:ke-?[ \t]?)?$")
#: A step's word after its number: "naik di ranking FIFA 5 peringkat" (5 places, no rank).
_STEP_WORD_AFTER = re.compile(r"[ \t]+(?:peringkat|tingkat|posisi|tempat|strip)\b", re.IGNORECASE)


def after_named_ranking(text: str, n: NumberMention) -> bool:
    """Whether ``n`` is a whole number right after a ranking named by its body.

    "Timnas A di ranking FIFA 173": rank 173. Points ("ranking FIFA 1.040 poin", a unit) and
    steps ("naik di ranking FIFA 5 peringkat", :data:`_STEP_WORD_AFTER`) are no place; a year
    ("peringkat BWF 2019") is read as a year by :mod:`beritanlp.text.numbers` and never asked.

    Parameters
    ----------
    text
        The whole text.
    n
        A number mention in ``text``.

    Returns
    -------
    bool
        True when ``n`` is a place in the ranking named right before it.
    """
    if not isinstance(n.value, int) or isinstance(n.value, bool) or n.unit is not None \
            or _STEP_WORD_AFTER.match(text, n.end):
        return False
    return _NAMED_RANKING_BEFORE.search(text, max(0, n.start - 30), n.start) is not None


#: "10 besar", "200 teratas": the size of a top group, no one's rank (unless entered).
_TOP_N = re.compile(r"[ \t]+(?:besar|teratas)\b", re.IGNORECASE)
#: "masuk 5 besar nominasi Anugerah X": a shortlist of nominees or finalists, no ranking.
_SHORTLIST = re.compile(r"[ \t]+(?:besar|teratas)[ \t]+(?:nominasi|nominator|nominee|finalis)\b",
                        re.IGNORECASE)
#: "masuk 10 besar", "menembus jajaran 5 besar", "masuk dalam jajaran 10 besar", "masuk
#: ranking 10 besar", "masuk ke peringkat 20 besar": entering a top N, the ranking's word
#: or a preposition between (not "berada di peringkat 20 besar", which says a group is
#: inside a bracket).
_INTO_TOP = re.compile(r"\b(?:masuk|menembus|tembus|termasuk)[ \t]+"
                       r"(?:(?:ke|dalam|di)[ \t]+)?"
                       r"(?:(?:jajaran|daftar|deretan|peringkat|ranking|rangking|posisi|urutan)"
                       r"[ \t]+)?$", re.IGNORECASE)
#: A counted group entering a top N ("12 kampus negeri itu tembus 300 besar"): how
#: many made it, no holder's placement (but "Kampus A, satu dari 7 kampus yang masuk 50 besar":
#: a named holder among them).
_COUNTED_GROUP = re.compile(
    r"(?<![\w.,])(?<!\bdari[ \t])(?<!\bantara[ \t])\d+[ \t]+"
    r"(?:universitas|perguruan[ \t]+tinggi|kampus|sekolah|kota|kabupaten|provinsi|negara"
    r"|daerah|desa|perusahaan|tim|atlet|pemain|klub|instansi|lembaga)\b"
    r"[^.;:]{0,50}?\b(?:masuk|menembus|tembus|termasuk)\b[^.;:]*$", re.IGNORECASE)
#: A top N aimed at, not held: "wajib ada di posisi lima besar", "menargetkan 10 besar".
_AIMED = re.compile(r"\b(?:harus|target(?:nya|kan)?|menargetkan|ditargetkan|ingin|berharap"
                    r"|agar|supaya|berupaya|berusaha|bertekad|mengincar|membidik)\b",
                    re.IGNORECASE)


#: Ranks above this are absurd (the most ranked lists count countries, cities, villages).
_MAX_RANK = 100_000


_RANKING_WORD = re.compile(r"\b(?:peringkat|ranking|rangking|posisi|urutan)(?:\s+ke)?[\s-]*$",
                           re.IGNORECASE)


#: A rank word of a range or of two ranks given as either ("satu atau dua", "ke-3 sampai ke-5").
_EITHER_RANK = rf"(?:ke[ \t-]?)?(?:\d{{1,3}}|{alternation(rank_words(10, cardinals=10))})"
#: "... sampai kelima", "... hingga peringkat 10": the first of a range (a range held in turn is
#: a list: ranked.range_in_turn_items), no rank held.
_RANGE_AFTER = re.compile(
    rf"[ \t]+(?:sampai|hingga)[ \t]+(?:(?:peringkat|posisi|urutan)[ \t]+)?{_EITHER_RANK}\b"
    # "hingga tiga tahun berturut-turut", "sampai dua kali": a duration or a count, no rank
    r"(?![ \t]*(?:%|persen|poin))(?![ \t]+(?:tahun|kali|bulan|pekan|minggu|hari|musim|periode"
    r"|edisi|masa|dekade|windu|semester|triwulan)\b)", re.IGNORECASE)
#: "peringkat 1 hingga ": the end of a range, no rank held.
_RANGE_BEFORE = re.compile(
    r"\b(?:peringkat|posisi|urutan|ranking|rangking)[ \t]+(?:ke[ \t-]?)?\w+[ \t]+"
    r"(?:sampai|hingga)[ \t]+(?:ke[ \t-]?)?$", re.IGNORECASE)
#: "peringkat satu atau ": the second of two ranks given as either ("di peringkat satu atau
#: dua kota terpolusi"): each is a rank the text gives (GUIDELINE.md: ranges are split).
_EITHER_BEFORE = re.compile(
    r"\b(?:peringkat|posisi|urutan|ranking|rangking)[ \t]+(?:nomor[ \t]+)?(?:ke[ \t-]?)?\w+"
    r"[ \t]+atau[ \t]+(?:nomor[ \t]+)?(?:ke[ \t-]?)?$", re.IGNORECASE)


def range_end(text: str, n: NumberMention, sent: tuple[int, int]) -> bool:
    """Whether ``n`` ends a range of ranks ("peringkat 1 hingga |3|"): a rank word's, no value."""
    return isinstance(n.value, int) and not isinstance(n.value, bool) \
        and _RANGE_BEFORE.search(text, max(sent[0], n.start - 36), n.start) is not None


#: Units a number reader gives a rank followed by the class it ranks ("dua kota terpolusi").
_CLASS_UNITS = frozenset({"desa", "kelurahan", "kecamatan", "kabupaten", "kota", "provinsi",
                          "daerah", "sekolah", "lembaga", "kementerian", "instansi"})


def either_second(text: str, n: NumberMention, sent: tuple[int, int]) -> bool:
    """Whether ``n`` is the second of two ranks given as either: "peringkat satu atau |dua|".

    The first has its rank word before it; the second only "atau" and the first. A count ("dua
    kali") or a share ("dua persen") is no rank.
    """
    return (isinstance(n.value, int) and not isinstance(n.value, bool)
            and n.kind in ("number", "ordinal") and (n.unit is None or n.unit in _CLASS_UNITS)
            and _EITHER_BEFORE.search(text, max(sent[0], n.start - 36), n.start) is not None)


_RANK_THEN_AND = re.compile(
    r"\b(?:peringkat|posisi|urutan|ranking|rangking)\s+ke[-\s]?\w+\b[^.,;]{0,30}\s(?:dan|serta)\s+$",
    re.IGNORECASE)
