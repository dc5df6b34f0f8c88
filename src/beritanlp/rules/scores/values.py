"""Numeric values and their kind: numbers that are scores of a metric (no counts, labels, money)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from beritanlp.rules.scores.context import SentenceMemo, active_metric
from beritanlp.rules.scores.cues import (
    AVERAGE,
    CHANGE,
    COUNT_OK_NEXT,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    GROUP_WORD,
    GROWTH,
    MEASURE_NEXT,
    NOT_A_SCORE_BEFORE,
    PASSIVE_NEXT,
    RANK_CUE,
    RANK_STEP_NOUN,
    SCORE_CUE,
    STEP_AFTER,
    STEP_BEFORE,
    TARGET,
    VALUE_RESET,
)
from beritanlp.rules.scores.metrics import excluded_here
from beritanlp.rules.scores.model import Candidate, Metric, between
from beritanlp.rules.scores.ranks import (
    ArticleMetrics,
    after_named_ranking,
    bracketed_rank,
    either_second,
    into_top,
    numbered_rank,
    range_end,
    rank_candidate,
    rank_moved,
)
from beritanlp.rules.scores.scale import SCALE_END, defines_scale
from beritanlp.rules.scores.shared import group_names
from beritanlp.rules.scores.subjects import GROUP_NOUNS
from beritanlp.rules.scores.timewords import DATED_AFTER, time_not_unit
from beritanlp.text.numbers import MONTHS, SCALE_RE, NumberMention


def kind_for(text: str, seg_start: int, start: int, sentence_start: int,
             memo: SentenceMemo | None = None, sent: tuple[int, int] | None = None) -> str:
    """Kind of a numeric value from the words between the previous number and this one.

    ``memo`` and ``sent`` (the value's sentence) let a long sentence be scanned once.
    """
    seg = text[seg_start:start]
    marks: list[tuple[int, str]] = []
    for pat, kind in ((CHANGE, "change"), (VALUE_RESET, "value"), (TARGET, "target"),
                      (AVERAGE, "average")):
        marks += [(m.start(), kind) for m in pat.finditer(seg)]
    if not marks:
        # no cue since the previous number: a target or average governs the whole clause
        if memo is not None and sent is not None and sent[0] == sentence_start:
            return "target" if memo.before(TARGET, sent, start) else "value"
        if TARGET.search(text, sentence_start, start):
            return "target"
        return "value"
    marks.sort()
    strongest = [k for _, k in marks if k in ("target", "average")]
    last = marks[-1][1]
    if _aimed_at(seg, marks):
        return "target"  # "diharapkan turun menjadi 2,28": the value aimed at
    if strongest and last in ("value",) and not re.search(
        r"\b(?:menjadi|mencapai)\b", seg[marks[-1][0]:], re.IGNORECASE
    ):
        return strongest[-1]
    if strongest and strongest[-1] == "average" and last == "value" \
            and _AVERAGE_REACHES.search(seg):
        return "average"  # "rata-rata bulanan indeks X mencapai 61,2"
    return last


#: "rata-rata bulanan X mencapai 61,2": an average whose reading verb follows closely (not "di
#: atas rata-rata, mencapai 75", where the value is compared with an average).
_AVERAGE_REACHES = re.compile(
    r"(?<!di atas )(?<!di bawah )(?<!melampaui )(?<!melebihi )\b(?:rata-rata|rerata)"
    r"(?:[ \t]+[\w.]+){0,7}?[ \t]+(?:mencapai|sebesar|tercatat)[ \t]+$", re.IGNORECASE)


def _aimed_at(seg: str, marks: list[tuple[int, str]]) -> bool:
    """A target word followed only by change words and a final "menjadi"/"mencapai"."""
    kinds = [k for _, k in marks]
    if "target" not in kinds or kinds[-1] != "value":
        return False
    after = kinds[len(kinds) - 1 - kinds[::-1].index("target") + 1:]
    return all(k in ("change", "value") for k in after) and bool(
        re.match(r"(?:menjadi|mencapai)\b", seg[marks[-1][0]:], re.IGNORECASE))


_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
_PER_OR_TIMES = re.compile(r"\s*(?:/|x\b|kali\b|\+)")


def numeric_candidate(text: str, n: NumberMention, i: int, numbers: Sequence[NumberMention],
                      sent: tuple[int, int], metrics: Sequence[Metric],
                      window: int,
                      growth: dict[tuple[int, int], bool] | None = None,
                      chained: bool = False,
                      memo: SentenceMemo | None = None,
                      article: ArticleMetrics | None = None) -> Candidate | None:
    """The score a number (``numbers[i]``) states, if any.

    ``chained``: a score of the sentence ends shortly before it ("dari 27,5 persen pada 2018
    menjadi 20,1 persen"), which serves as its score word. ``memo``: the text's per-sentence
    scans, shared by its numbers. ``article``: the text's own metrics for ranks far from any
    (:func:`~beritanlp.rules.scores.ranks.article_metrics`), worked out once per text.
    """
    if memo is None:
        memo = SentenceMemo(text)
    if isinstance(n.value, int | float) and not plausible_score(n.value):
        return None  # beyond any score (a rank too)
    n = time_not_unit(text, n)
    if n.kind == "ordinal" or _rank_number(text, n, sent, metrics):
        return rank_candidate(text, n, numbers, sent, metrics, window, article=article)
    if bracketed_rank(text, n, sent):
        return rank_candidate(text, n, numbers, sent, metrics, window, listed=True,
                              article=article)
    if _list_mark(text, n) or _version(text, n):
        return None  # "Agenda:,1. Pembukaan": an item's number; "Industri 4.0": a name's
    if points_gap(text, n, sent):
        return None  # "dengan dua poin di belakang X": a gap to another, no one's total
    stepped = _stepped(text, n, sent)
    if not (stepped or _looks_like_score(text, n, sent) or _tally_in_words(text, n, sent)):
        return None
    if defines_scale(text, n, sent, memo, numbers):
        return None
    if _inside_metric(n, metrics, sent, memo) or _short_name_number(text, n, metrics):
        return None  # part of a name: "Liga 2", "PM 2,5", "(JORR 2)"
    metric, in_sentence = active_metric(metrics, n.start, sent, window, award_ok=False,
                                        memo=memo)
    if metric is None or not _metric_takes(text, n, metric, in_sentence, sent, growth) \
            or (not in_sentence and excluded_here(metric.rule, text, sent)):
        return None
    prev_num = _previous_number_end(numbers, i, n, sent)
    near_cue = chained or stepped or _point_step(text, n, sent) or SCORE_CUE.search(
        text[max(sent[0], n.start - 70):n.start]) or _tally_before_rank(text, n, sent)
    if in_sentence:
        # the value must sit near its metric or a score word, not anywhere in a long sentence
        close = abs(metric.end - n.start) <= 120 or abs(n.end - metric.start) <= 40
        if not (close or near_cue):
            return None
        if metric.start > n.end and not near_cue:
            return None
    elif not near_cue:
        return None
    kind = _step_kind(kind_for(text, prev_num, n.start, sent[0], memo, sent), stepped)
    return Candidate(metric, n.value, kind, _unit(n, stepped), n.text, n.start, n.end,  # type: ignore[arg-type]
                     sent)


def _step_kind(kind: str, stepped: bool) -> str:
    """A step's kind: a change unless the words before it said another ("sebesar enam level")."""
    return "change" if stepped and kind == "value" else kind


def _rank_number(text: str, n: NumberMention, sent: tuple[int, int],
                 metrics: Sequence[Metric]) -> bool:
    """Whether a whole number is said as a rank: after a rank word, moved, entered, numbered."""
    return n.kind == "number" and isinstance(n.value, int) and bool(
        RANK_CUE.search(text, max(sent[0], n.start - 16), n.start)
        or rank_moved(text, n, sent) or into_top(text, n, sent)
        or either_second(text, n, sent) or range_end(text, n, sent)
        or numbered_rank(text, n, metrics) or after_named_ranking(text, n))


def _inside_metric(n: NumberMention, metrics: Sequence[Metric], sent: tuple[int, int],
                   memo: SentenceMemo) -> bool:
    """Whether ``n`` is part of a metric's name ("Liga 2", "PM 2,5")."""
    if memo.longest is None:
        memo.longest = max((m.end - m.start for m in metrics), default=0)
    return any(m.start <= n.start < m.end
               for m in between(metrics, max(sent[0], n.start - memo.longest), n.start + 1))


def _previous_number_end(numbers: Sequence[NumberMention], i: int, n: NumberMention,
                         sent: tuple[int, int]) -> int:
    """Where the number before ``numbers[i]`` in its sentence ends (no year, date or time).

    Numbers are sorted by start and do not nest: the nearest one before is the last to end.
    """
    j = i - 1
    while j >= 0:
        o = numbers[j]
        if o.start < sent[0]:
            break
        if o.end <= n.start and o.kind not in ("year", "date", "time"):
            return o.end
        j -= 1
    return sent[0]


def _unit(n: NumberMention, stepped: bool) -> str | None:
    """The unit of a value: its own, "persen" for a percentage, "peringkat" for a rank step."""
    if n.unit is not None:
        return n.unit
    if n.kind == "percent":
        return "persen"
    return "peringkat" if stepped else None  # "naik dua peringkat": a rank change


#: A list item's number: "1." or "1)" opening a capitalised item after a line start, colon or comma.
_LIST_MARK_BEFORE = re.compile(r"(?:^|[:,\n])[ \t]*$")
_LIST_MARK_AFTER = re.compile(r"[.)][ \t]*[A-Z]")


def _list_mark(text: str, n: NumberMention) -> bool:
    """Whether ``n`` numbers a list item ("Agenda:,1. Pembukaan", a "2) Kota B" line)."""
    return (isinstance(n.value, int) and n.kind == "number" and 0 < n.value <= 30
            and _LIST_MARK_AFTER.match(text, n.end) is not None
            and _LIST_MARK_BEFORE.search(text, max(0, n.start - 4), n.start) is not None)


#: "Industri 4.0", "Web 3.0", "mesin 2.0": a number written with a dot and one zero right after
#: a word. Indonesian decimals take a comma and thousands three digits, so this is a version or
#: a size in a name, never a score.
_VERSION = re.compile(r"\d\.0(?![\d.,])")
_WORD_BEFORE = re.compile(r"[A-Za-z]{2,}[ \t]$")


def _version(text: str, n: NumberMention) -> bool:
    """Whether ``n`` is written like a version number right after a word ("Revolusi 4.0")."""
    return (_VERSION.fullmatch(text, n.start, n.end) is not None
            and _WORD_BEFORE.search(text, max(0, n.start - 20), n.start) is not None)


#: No index, survey, rating or percentage reaches this: a larger number is no score (and would
#: not fit the 64-bit integers of msgpack, which spaCy uses to serialise docs).
MAX_SCORE = 1e12


def plausible_score(value: object) -> bool:
    """A finite int or float whose magnitude is below :data:`MAX_SCORE` (bools are not)."""
    return (isinstance(value, int | float) and not isinstance(value, bool)
            and abs(value) < MAX_SCORE)


#: "(2) Rapat koordinasi": a bracketed enumerator before a capitalised clause; "26/9": a date.
_NOT_A_VALUE_AROUND = re.compile(r"\(\d{1,2}\)[ \t]+[A-Z]|.?\d{1,2}/\d{1,2}\b")
#: A number counting governments, villages or stations, in any case ("20 Kabupaten/Kota").
_COUNT_AFTER = re.compile(rf"[ \t]+{GROUP_NOUNS}\b", re.IGNORECASE)


_IN_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \t]+$")
_IN_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


def _point_step(text: str, n: NumberMention, sent: tuple[int, int]) -> bool:
    """A decimal step in points right after a change verb: "Naik 0,05 poin".

    Of the index named shortly before; league points are whole numbers.
    """
    return (n.unit == "poin" and isinstance(n.value, float)
            and STEP_BEFORE.search(text, max(sent[0], n.start - 25), n.start) is not None)


#: Points that measure a gap to another: "tiga poin di belakang X", "dua poin lebih sedikit
#: dari X", "tiga poin dari pemuncak klasemen", "dua poin selisihnya".
_GAP_AFTER = re.compile(
    r"[ \t]+(?:lagi[ \t]+)?(?:di[ \t]+(?:belakang|bawah|atas)\b|selisih|"
    r"lebih[ \t]+(?:sedikit|banyak|rendah|tinggi|unggul|dari|ketimbang|daripada)\b|"
    r"(?:dari|atas)[ \t]+(?:(?:sang|tim)[ \t]+)?(?:pemuncak|pimpinan|puncak|[A-Z]))")
#: A change verb, then the step it takes: "naik dengan dua poin", "turun dengan 3 poin".
_CHANGE_WITH = re.compile(
    r"\b(?:naik|turun|bertambah|berkurang|meningkat|menurun|melonjak|merosot)[ \t]+"
    r"(?:sebanyak[ \t]+|dengan[ \t]+)+$", re.IGNORECASE)


#: A verb of a gap right before points: "terpaut 5 poin", "hanya terpisah 86 poin", "unggul
#: 93 poin" (a lead over another, no one's total).
_GAP_BEFORE = re.compile(
    r"\b(?:terpaut|terpisah|tertinggal|berjarak|berselisih|unggul)[ \t]+"
    r"(?:(?:hanya|sejauh|sebanyak|sekitar|hingga|lagi)[ \t]+)?$", re.IGNORECASE)


def points_gap(text: str, n: NumberMention, sent: tuple[int, int]) -> bool:
    """Whether points ``n`` measure a gap to another, not a total.

    "tiga poin di belakang X" (a gap word after), "terpaut 5 poin" (a gap verb before).
    """
    return n.unit == "poin" and (
        _GAP_AFTER.match(text, n.end, sent[1]) is not None
        or _GAP_BEFORE.search(text, max(sent[0], n.start - 30), n.start) is not None)


def _change_step(text: str, n: NumberMention, sent: tuple[int, int]) -> bool:
    """Whether ``n`` is the step of a change verb before "dengan" ("naik dengan dua poin")."""
    return _CHANGE_WITH.search(text, max(sent[0], n.start - 30), n.start) is not None


#: A rank in a table, then the points it holds: "di posisi kedua dengan", "di puncak klasemen
#: dengan koleksi".
_TALLY_BEFORE = re.compile(
    r"\b(?:peringkat|posisi|urutan|puncak|tempat|klasemen)\b[^.;:\n]{0,50}?"
    r"\b(?:dengan|mengoleksi|mengemas|mengumpulkan)(?:[ \t]+(?:koleksi|raihan|torehan"
    r"|perolehan))?[ \t]+$",
    re.IGNORECASE)


def _tally_in_words(text: str, n: NumberMention, sent: tuple[int, int]) -> bool:
    """League points in words by a rank in a table.

    "di posisi kedua dengan tiga poin", "dengan tiga poin ada di urutan ketiga".

    Counts are written in words, so words are no score elsewhere; a table's tally is small
    and often written out ("nol poin", "enam poin").
    """
    return (n.kind == "number" and n.unit == "poin" and isinstance(n.value, int)
            and not isinstance(n.value, bool) and not _IN_DIGITS.match(n.text)
            and not _change_step(text, n, sent)
            and (_TALLY_BEFORE.search(text, max(sent[0], n.start - 80), n.start) is not None
                 or _tally_before_rank(text, n, sent)))


#: A tally collected, then the rank it brings: "mengoleksi 29 poin dan naik ke peringkat
#: keempat", "dengan tiga poin ada di urutan ketiga".
_COLLECTED = re.compile(r"\b(?:mengoleksi|mengemas|mengumpulkan|dengan|koleksi|raihan|torehan)"
                        r"[ \t]+$", re.IGNORECASE)
_RANK_AFTER = re.compile(r"[^.;:,\n]{0,40}?\b(?:peringkat|posisi|urutan|puncak)\b",
                         re.IGNORECASE)


def _tally_before_rank(text: str, n: NumberMention, sent: tuple[int, int]) -> bool:
    """A table's points said before the rank they bring, in one clause."""
    return (n.unit == "poin" and not _change_step(text, n, sent)
            and _COLLECTED.search(text, max(sent[0], n.start - 16), n.start) is not None
            and _RANK_AFTER.match(text, n.end, sent[1]) is not None)


#: A rank's step said with a noun of change: "mengalami penurunan dua peringkat", "mencatat
#: kenaikan 3 posisi" (then :data:`_RANK_STEP_AFTER`: places of a ranking, never points).
_RANK_STEP_NOUN = re.compile(rf"\b{RANK_STEP_NOUN}$", re.IGNORECASE)
_RANK_STEP_AFTER = re.compile(r"[ \t]+(?:peringkat|posisi|strip)\b", re.IGNORECASE)
#: A group word before the noun of change, perhaps with an adverb ("keduanya (kini) mengalami
#: penurunan dua peringkat"): a step of each of several names before it, a score only when the
#: names are listed (:func:`~beritanlp.rules.scores.shared.group_names`).
_GROUP_STEPPER = re.compile(rf"\b(?:semua|mereka|masing-masing|{GROUP_WORD})[ \t]+"
                            r"(?:(?:kini|juga|sama-sama|sempat|lalu)[ \t]+)?$",
                            re.IGNORECASE)


def _noun_step(text: str, n: NumberMention, sent: tuple[int, int]) -> bool:
    """A rank's step said with a noun of change, of the name before it (not of a group)."""
    m = _RANK_STEP_NOUN.search(text, max(sent[0], n.start - 40), n.start)
    return n.unit is None and m is not None \
        and _RANK_STEP_AFTER.match(text, n.end) is not None \
        and (_GROUP_STEPPER.search(text, max(sent[0], m.start() - 20), m.start()) is None
             or group_names(text, n.start, sent) is not None)


#: A rating moved by its agency, the step after the rating's name: "memangkas peringkat utang
#: perusahaan sebesar enam level", "menaikkan rating Indonesia satu notch".
_RATING_MOVED = re.compile(
    r"\b(?:menaikkan|menurunkan|memangkas|memotong|mendongkrak|mengerek|dinaikkan|diturunkan"
    r"|dipangkas)[ \t]+(?:peringkat|rating)\b[^.,;:()\d]{0,60}?[ \t](?:sebesar[ \t]+)?$",
    re.IGNORECASE)
#: A rating's step noun after its number ("enam level", "satu notch", "dua tingkat").
_RATING_STEP = re.compile(r"[ \t]+(?:level|notch|tingkat|peringkat)\b", re.IGNORECASE)


def _stepped(text: str, n: NumberMention, sent: tuple[int, int]) -> bool:
    """A whole step right after a change verb: "turun dua peringkat", "naik satu poin".

    Also a rating's step after the verb that moved it ("memangkas peringkat utang X sebesar
    enam level", "menaikkan rating Indonesia satu notch").
    """
    if n.kind != "number" or not isinstance(n.value, int) or isinstance(n.value, bool):
        return False
    if n.unit is None and _RATING_STEP.match(text, n.end) is not None \
            and _RATING_MOVED.search(text, max(sent[0], n.start - 90), n.start) is not None:
        return True
    if not STEP_BEFORE.search(text, max(sent[0], n.start - 25), n.start):
        # "mengalami penurunan dua peringkat": a rank's step said with a noun
        return _noun_step(text, n, sent)
    if n.unit == "poin":
        return not re.match(r"\d", n.text)  # digits already read as a score ("naik 3 poin")
    return n.unit is None and STEP_AFTER.match(text, n.end) is not None


#: "dari 68 ke 74": the value reached, not a label after "ke".
_FROM_TO = re.compile(r"\bdari[ \t]+\d[\d.,]*[ \t]*(?:poin[ \t]+)?ke[ \t]+$", re.IGNORECASE)
#: "berada di level 3,4": a decimal level is a maturity score ("PPKM level 3" is a label).
_LEVEL_BEFORE = re.compile(r"\blevel[ \t]+$", re.IGNORECASE)
#: "skor IKPA turun ke 88", "naik 3 poin ke 91,5": the value a change reaches, no label.
_CHANGED_TO = re.compile(
    r"\b(?:naik|turun|meningkat|menurun|merosot|melorot|anjlok|melonjak|membaik|memburuk"
    r"|terkoreksi|bergerak)(?:[ \t]+(?:\d[\d.,]*[ \t]+)?poin)?[ \t]+ke[ \t]+$", re.IGNORECASE)


_PAIR_NEXT = re.compile(r"[ \t]+(?:ke|menjadi|hingga|sampai)[ \t]+\d[\d.,]*[ \t]+([a-z]+)\b")


def _counted_pair(text: str, n: NumberMention) -> bool:
    """A number whose partner ("40 ke 25 dokumen") counts a lowercase noun."""
    m = _PAIR_NEXT.match(text, n.end)
    return m is not None and m.group(1) not in COUNT_OK_NEXT \
        and not PASSIVE_NEXT.fullmatch(m.group(1))


#: "8 juta", "1,5 miliar": a large quantity (money, a count), never a score.
_MULTIPLIER = re.compile(rf"\b(?:{SCALE_RE}|(?:million|billion)\b)", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(rf"[ \t]*(?:{'|'.join(CURRENCY_WORDS)})\b", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(rf"(?:{CURRENCY_SIGNS})[ \t]*$")


def _money_or_threshold(text: str, n: NumberMention) -> bool:
    """"8 juta Euro", "US$ 50" (money or a count), "skor 100 ke atas" (a threshold)."""
    return bool(_MULTIPLIER.search(n.text) or _CURRENCY_AFTER.match(text, n.end)
                or _CURRENCY_BEFORE.search(text, max(0, n.start - 5), n.start)
                or SCALE_END.match(text, n.end))


#: What a table's points follow: "dengan raihan 19 angka", "mengoleksi 30 angka".
_POINTS_BEFORE = re.compile(r"\b(?:raihan|koleksi|torehan|perolehan|mengoleksi|mengemas)[ \t]+$",
                            re.IGNORECASE)


#: "pada 2 hingga 10 September": the first day of a span of dates, never a value.
_DAY_SPAN = re.compile(
    r"[ \t]*(?:hingga|sampai|s\.?d\.?|-|–|dan)[ \t]*\d{1,2}[ \t]+"
    rf"(?:{'|'.join(sorted(map(re.escape, MONTHS), key=len, reverse=True))})\b", re.IGNORECASE)


#: "6,4 dari 10", "60 dari 100": the top of the scale a value is given out of.
_OUT_OF_BEFORE = re.compile(r"\d[ \t]*(?:poin[ \t]+)?dari[ \t]+(?:skala[ \t]+)?$")
_SCALE_TOPS = frozenset({4, 5, 7, 10, 100, 1000})


def _scale_top(text: str, n: NumberMention) -> bool:
    """The scale's top after "dari" behind a value ("skor 6,4 dari 10"): no value itself."""
    return n.value in _SCALE_TOPS and n.kind == "number" \
        and _OUT_OF_BEFORE.search(text, max(0, n.start - 20), n.start) is not None


def _first_day(text: str, n: NumberMention) -> bool:
    """A day of the month that opens a span of dates ("3 hingga 12 Oktober 2021")."""
    return isinstance(n.value, int) and 1 <= n.value <= 31 and n.kind == "number" \
        and _DAY_SPAN.match(text, n.end) is not None


def _points_in_words(text: str, n: NumberMention, next_word: str) -> bool:
    """Points written "19 angka" after a word of collecting them: a table's points."""
    return next_word == "angka" and _POINTS_BEFORE.search(
        text, max(0, n.start - 14), n.start) is not None


#: A number written in digits, with its sign if negative ("-1,8", "minus 2,3").
_IN_DIGITS = re.compile(r"(?:[-\u2212]|minus[ \t]+)?\d", re.IGNORECASE)


def _looks_like_score(text: str, n: NumberMention, sent: tuple[int, int]) -> bool:
    """A number or percentage written in digits that is no count, label or match result."""
    if n.kind not in ("number", "percent"):
        return False
    if not isinstance(n.value, int | float) or isinstance(n.value, bool):
        return False
    if not _IN_DIGITS.match(n.text):
        return False  # counts are written in words ("lima kategori"); scores in digits
    if _money_or_threshold(text, n) or _first_day(text, n) or _scale_top(text, n):
        return False
    if n.kind == "number" and n.unit not in (None, "poin"):
        return False
    if n.kind == "number" and n.unit is None:
        nxt = _NEXT_WORD.match(text, n.end)
        if nxt and nxt.group(1).islower() and nxt.group(1) not in COUNT_OK_NEXT \
                and (isinstance(n.value, int) or nxt.group(1) in MEASURE_NEXT) \
                and not PASSIVE_NEXT.fullmatch(nxt.group(1)) \
                and not DATED_AFTER.match(text, n.end) \
                and not _points_in_words(text, n, nxt.group(1)):
            return False
        if _PER_OR_TIMES.match(text, n.end):
            return False
    if _counted_pair(text, n):
        return False  # "dari 40 ke 25 dokumen": both ends count documents
    if NOT_A_SCORE_BEFORE.search(text, max(sent[0], n.start - 12), n.start) \
            and not _FROM_TO.search(text, max(sent[0], n.start - 30), n.start) \
            and not _CHANGED_TO.search(text, max(sent[0], n.start - 30), n.start) \
            and not (isinstance(n.value, float)
                     and _LEVEL_BEFORE.search(text, max(sent[0], n.start - 8), n.start)):
        return False
    if _NOT_A_VALUE_AROUND.match(text, max(0, n.start - 1)) or _COUNT_AFTER.match(text, n.end) \
            or re.search(r"\d/$", text[max(0, n.start - 2):n.start]):
        return False  # "(2) Rapat ...": an enumerator; "20 Kabupaten/Kota": a count; "26/9"
    if _in_a_name(text, n):
        return False
    if re.match(r"\s+[Tt]ahun\s+\d{4}", text[n.end:n.end + 14]) and (
            isinstance(n.value, int) or _REGULATION_BEFORE.search(
                text, max(0, n.start - 30), n.start)):
        return False  # "Nomor 146 Tahun 2017": a regulation number (a decimal is a score)
    if re.match(r"\s?[-–]\s?\d", text[n.end:n.end + 3]) or re.search(
            r"\d\s?[-–]\s?$", text[max(0, n.start - 3):n.start]):
        return False  # "skor 5-1": a match result, not an evaluation
    return True


#: An opening bracket and an all-capital short name right before a number: "(ABEST 21)".
_ACRONYM_NUMBER_BEFORE = re.compile(r"\(([A-Z][A-Z&.-]{1,11})[ \t]$")


def _in_a_name(text: str, n: NumberMention) -> bool:
    """A whole number that is part of a name, not a value.

    "Bandar Putra 2 Klang" (between capitalised words; a title's decimal is not).
    """
    if n.kind != "number" or isinstance(n.value, float):
        return False
    return bool(_IN_NAME_BEFORE.search(text, max(0, n.start - 30), n.start)
                and _IN_NAME_AFTER.match(text, n.end))


#: A grade code as a bracketed short form: "(AA 90)" states a grade and its value.
_GRADE_CODE = re.compile(r"(?:AA|BB|CC|[A-E][+-]?|WTP|WDP|TMP|WBK|WBBM)")


def _short_name_number(text: str, n: NumberMention, metrics: Sequence[Metric]) -> bool:
    """A whole number closing a bracketed short name: "(ABEST 21)", "(JORR 2)", no value.

    Not when the short form is a grade ("(AA 90)") or a metric the text names ("(IPM 72)").
    """
    if n.kind != "number" or isinstance(n.value, float) or not text.startswith(")", n.end):
        return False
    m = _ACRONYM_NUMBER_BEFORE.search(text, max(0, n.start - 14), n.start)
    if m is None or _GRADE_CODE.fullmatch(m.group(1)):
        return False
    return not any(x.start == m.start(1) for x in between(metrics, m.start(1), m.start(1) + 1))


#: A score word right before a percentage: "skor sebesar 64,7 persen", "nilai 77 persen".
_SCORED_PERCENT = re.compile(r"\b(?:skor|nilai|indeks)(?:nya)?[ \t]+(?:(?:sebesar|mencapai|hanya"
                             r"|yakni|yaitu)[ \t]+|di[ \t]+angka[ \t]+)?$", re.IGNORECASE)

#: An average right before a percentage ("rata-rata 63,5 persen"): the score a measure gives
#: only when its sentence grades it too (:data:`_GRADED`): "rata-rata 63,5 persen, kategori
#: tinggi" (a mean of anything else, "rata-rata kenaikan 10 persen", is no score).
_AVERAGE_PERCENT = re.compile(r"\brata-rata[ \t]+(?:(?:sebesar|mencapai|hanya|yakni|yaitu)"
                              r"[ \t]+)?$", re.IGNORECASE)
#: A grade right after the percentage ("63,5 persen, kategori tinggi", "63,5 persen atau
#: kategori tinggi", "masuk kriteria baik"): the grade word from a grade table right after
#: "kategori/predikat/kriteria" ("kategori wajib pajak pribadi" names a class, no grade).
_GRADED = re.compile(
    r"[ \t]*(?:persen|%)?[ \t]*(?:,[ \t]*|[ \t]+atau[ \t]+|[ \t]+dengan[ \t]+)?"
    r"(?:(?:masuk|termasuk)[ \t]+(?:dalam[ \t]+)?)?(?:kategori|predikat|kriteria)[ \t]+"
    r"(?:(?:sangat|cukup|kurang)[ \t]+)?(?:tinggi|sedang|rendah|baik|memuaskan|istimewa|unggul"
    r"|buruk|cukup|kurang)\b", re.IGNORECASE)
#: A break between a measure and the average after it: a comma, a semicolon or a second clause
#: ("Nilai SAKIP naik, sementara kepatuhan pajak rata-rata 70 persen": not SAKIP's average).
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:sementara|sedangkan|dan|serta|namun|tetapi)\b",
                           re.IGNORECASE)

#: "skor 89,12", "nilai sebesar 89,12": a number right after a score word.
_SCORE_WORD_BEFORE = re.compile(r"\b(?:skor|nilai)(?:nya)?[ \t]+(?:(?:sebesar|mencapai|akhir"
                                r"|total)[ \t]+)?$", re.IGNORECASE)


_REGULATION_BEFORE = re.compile(r"\b(?:Nomor|No|UU|PP|Perda|Perpres|Permen\w*|Pergub|Perbup"
                                r"|Perwali|Keppres|Inpres|SK|SE)\.?[ \t]*$", re.IGNORECASE)
#: Metrics that only give grades: a number near them is no value of theirs.
_GRADE_ONLY = ("opini-bpk", "zi", "apn", "ape", "kip-monev")


def _graded_average(text: str, n: NumberMention, metric: Metric, sent: tuple[int, int]) -> bool:
    """Whether a percentage is ``metric``'s average graded right after it.

    "Indeks X rata-rata 63,5 persen, kategori tinggi": the grade follows the percentage
    directly, and the measure is named before the average in the same clause.
    """
    if not sent[0] <= metric.start <= metric.end <= n.start:
        return False
    if _AVERAGE_PERCENT.search(text, max(sent[0], n.start - 30), n.start) is None:
        return False
    if _CLAUSE_BREAK.search(text, metric.end, n.start) is not None:
        return False
    return _GRADED.match(text, n.end, sent[1]) is not None


def _metric_takes(text: str, n: NumberMention, metric: Metric, in_sentence: bool,
                  sent: tuple[int, int], growth: dict[tuple[int, int], bool] | None) -> bool:
    """Whether ``metric`` can have the number as a value (percentages, grade-only metrics)."""
    rule = metric.rule
    if n.kind == "percent":
        if not in_sentence:
            return False
        if growth is None:
            growth = {}
        if sent not in growth:
            growth[sent] = GROWTH.search(text[sent[0]:sent[1]]) is not None
        if growth[sent]:
            return False
        # "memperoleh skor sebesar 64,7 persen dalam indeks itu": a score word makes it the score
        scored = _SCORED_PERCENT.search(text, max(sent[0], n.start - 30), n.start) is not None \
            or _graded_average(text, n, metric, sent)
        if rule is not None and not rule.percent and not scored:
            return False
        if rule is None and not re.match(r"(?i)surve", metric.name) and not scored:
            return False
    # a grade-only metric takes a number only right after a score word ("dengan skor 89,12")
    return not (rule is not None and rule.grades and not rule.percent
                and rule.id in _GRADE_ONLY
                and not _SCORE_WORD_BEFORE.search(text, max(sent[0], n.start - 20), n.start))


