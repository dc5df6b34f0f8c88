"""Values and their kind: numbers, ranks and grades that are scores of a metric."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from beritanlp.lexicons.metrics import MetricRule
from beritanlp.lexicons.words import word_table
from beritanlp.rules.scores.cues import (
    AVERAGE,
    CAP_PREDICATE,
    CHANGE,
    CLAUSE_BREAK,
    CONDITION,
    COUNT_OK_NEXT,
    GRADE_CUE,
    GRADE_TARGET,
    GROWTH,
    LETTER_PREDICATE,
    LONG_GRADES,
    MEASURE_NEXT,
    NEAR_CONDITION,
    NEGATION,
    NILAI_PREDICATE,
    NOBODY,
    NOT_A_SCORE_BEFORE,
    PASSIVE_NEXT,
    PREDICATE_WORD,
    RANK_CUE,
    SCORE_CUE,
    STEP_AFTER,
    STEP_BEFORE,
    TARGET,
    TIER,
    TIER_WORD,
    TOWARDS,
    VALUE_RESET,
)
from beritanlp.rules.scores.metrics import MetricIndex, excluded_here, name_key
from beritanlp.rules.scores.model import Candidate, Metric, between
from beritanlp.rules.scores.subjects import (
    GROUP_NOUNS,
    READING_METRICS,
    coordinated_holders,
    counted_subject,
    enumerated_subjects,
)
from beritanlp.text.acronyms import AcronymDefinition, find_definitions
from beritanlp.text.numbers import SCALE_RE, NumberMention


class SentenceMemo:
    """Scans of one text's sentences, each made once: every value of a sentence asks again.

    A long sentence with many values (a list, a table glued into one line) made each value
    rescan the sentence up to itself; the matches are read once per sentence instead and
    looked up by position.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._ends: dict[tuple[str, tuple[int, int]], list[int]] = {}
        self._metrics: dict[tuple[tuple[int, int], bool], tuple[list[Metric], list[int],
                                                                list[Metric], list[int]]] = {}
        self.longest: int | None = None  # the longest metric name of the text

    def first_end(self, pattern: re.Pattern[str], sent: tuple[int, int]) -> int | None:
        """Where the first match of ``pattern`` in sentence ``sent`` ends (``None``: none)."""
        key = (pattern.pattern, sent)
        ends = self._ends.get(key)
        if ends is None:
            m = pattern.search(self.text, sent[0], sent[1])
            ends = self._ends[key] = [m.end()] if m else []
        return ends[0] if ends else None

    def before(self, pattern: re.Pattern[str], sent: tuple[int, int], pos: int) -> bool:
        """Whether ``pattern`` matches in the sentence before ``pos``."""
        end = self.first_end(pattern, sent)
        return end is not None and end <= pos

    def metrics_in(self, metrics: Sequence[Metric], sent: tuple[int, int], award_ok: bool,
                   ) -> tuple[list[Metric], list[int], list[Metric], list[int]]:
        """The sentence's metrics and its lexicon metrics, each with their starts."""
        key = (sent, award_ok)
        if key not in self._metrics:
            here = [m for m in between(metrics, sent[0], sent[1]) if award_ok or not m.award]
            known = [m for m in here if m.rule is not None]
            self._metrics[key] = (here, [m.start for m in here], known,
                                  [m.start for m in known])
        return self._metrics[key]


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


def active_metric(metrics: Sequence[Metric], pos: int, sent: tuple[int, int], window: int,
                  award_ok: bool, memo: SentenceMemo | None = None) -> tuple[Metric | None, bool]:
    """The metric for a value at ``pos``: (metric, named_in_sentence)."""
    in_sent, starts, known, known_starts = (memo or SentenceMemo("")).metrics_in(
        metrics, sent, award_ok)
    if in_sent:
        i = bisect_left(starts, pos)
        pick = in_sent[i - 1] if i > 0 else in_sent[0]
        # prefer a lexicon metric to an unknown one in the same sentence
        if pick.rule is None and known and not pick.award:
            pick = known[-1] if known_starts[0] < pos else known[0]
        return pick, True
    earlier = [m for m in between(metrics, pos - window, sent[0]) if not m.award]
    if earlier:
        return earlier[-1], False
    return None, False


_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
_PER_OR_TIMES = re.compile(r"\s*(?:/|x\b|kali\b|\+)")
_NAME_FOLLOWS = re.compile(r"[ \t]+[A-Z][a-z]")


def numeric_candidate(text: str, n: NumberMention, i: int, numbers: Sequence[NumberMention],
                      sent: tuple[int, int], metrics: Sequence[Metric],
                      window: int,
                      growth: dict[tuple[int, int], bool] | None = None,
                      chained: bool = False,
                      memo: SentenceMemo | None = None) -> Candidate | None:
    """The score a number (``numbers[i]``) states, if any.

    ``chained``: a score of the sentence ends shortly before it ("dari 27,5 persen pada 2018
    menjadi 20,1 persen"), which serves as its score word. ``memo``: the text's per-sentence
    scans, shared by its numbers.
    """
    if memo is None:
        memo = SentenceMemo(text)
    if isinstance(n.value, int | float) and not plausible_score(n.value):
        return None  # beyond any score (a rank too)
    n = time_not_unit(text, n)
    if n.kind == "ordinal" or (n.kind == "number" and isinstance(n.value, int)
                               and (RANK_CUE.search(text, max(sent[0], n.start - 16), n.start)
                                    or _rank_moved(text, n, sent))):
        return _rank_candidate(text, n, numbers, sent, metrics, window)
    if _bracketed_rank(text, n, sent):
        return _rank_candidate(text, n, numbers, sent, metrics, window, listed=True)
    if _list_mark(text, n) or _version(text, n):
        return None  # "Agenda:,1. Pembukaan": an item's number; "Industri 4.0": a name's
    stepped = _stepped(text, n, sent)
    if not (stepped or _looks_like_score(text, n, sent)):
        return None
    if _defines_scale(text, n, sent, memo):
        return None
    if _inside_metric(n, metrics, sent, memo):
        return None  # part of a name: "Liga 2", "PM 2,5"
    metric, in_sentence = active_metric(metrics, n.start, sent, window, award_ok=False,
                                        memo=memo)
    if metric is None or not _metric_takes(text, n, metric, in_sentence, sent, growth) \
            or (not in_sentence and excluded_here(metric.rule, text, sent)):
        return None
    prev_num = _previous_number_end(numbers, i, n, sent)
    near_cue = chained or stepped or _point_step(text, n, sent) or SCORE_CUE.search(
        text[max(sent[0], n.start - 70):n.start])
    if in_sentence:
        # the value must sit near its metric or a score word, not anywhere in a long sentence
        close = abs(metric.end - n.start) <= 120 or abs(n.end - metric.start) <= 40
        if not (close or near_cue):
            return None
        if metric.start > n.end and not near_cue:
            return None
    elif not near_cue:
        return None
    kind = kind_for(text, prev_num, n.start, sent[0], memo, sent)
    return Candidate(metric, n.value, kind, _unit(n, stepped), n.text, n.start, n.end,  # type: ignore[arg-type]
                     sent)


#: "Semakin dekat ke nilai 5, ... semakin bersih": a sentence explaining the scale. Only a
#: value from the first "semakin" on is the explanation's ("naik menjadi 78, semakin baik dan
#: semakin dekat ke target" reports 78).
#: "makin baik dan makin dekat": two coordinated comparatives, no correlative.
_CORRELATIVE = re.compile(r"\b(?:[Ss]emakin|[Mm]akin)\b[^.;!?]{1,200}?"
                          r"(?<!\bdan )(?<!\bserta )\b(?:semakin|makin)\b")
_CORRELATIVE_START = re.compile(r"\b(?:[Ss]emakin|[Mm]akin)\b")
_MONTH_WORDS = "|".join(sorted({row[0] for row in word_table("months")}, key=len, reverse=True))
#: A band of a scale ("0-50", "201 sampai 300"); two in a sentence define the scale. A range of
#: years ("2021-2026") or of days before a month ("10-12 Juni") is no band.
_BAND = re.compile(
    r"\b(?!(?:19|20)\d\d[ \t]*(?:[-–/]|sampai|hingga|s\.d\.?)[ \t]*(?:19|20)?\d\d\b)"
    r"\d+[ \t]*(?:[-–]|sampai|hingga|s\.d\.?)[ \t]*\d+\b"
    rf"(?![ \t]+(?i:{_MONTH_WORDS})\b)")
_TWO_BANDS = re.compile(rf"{_BAND.pattern}[^.;!?]{{1,80}}?{_BAND.pattern}")


#: "Kriteria tinggi mensyaratkan skor di atas 80": criteria defined, no one's result.
_CRITERIA_DEFINED = re.compile(
    r"\b(?:kriteria|syarat|persyaratan)\b[^.;!?]{0,80}?\b(?:mensyaratkan|disyaratkan|meliputi"
    r"|mencakup|berarti|artinya|bermakna|ditentukan|jika|apabila|bila|manakala)\b", re.IGNORECASE)


_DAY_WORDS = "|".join(row[0] for row in word_table("days"))
#: Signs that a reading was taken somewhere or at some time: a place after "di", a time of day,
#: a day name, a date, an index "-nya" of a place named before, a reading verb.
_OBSERVED = re.compile(
    rf"\b(?i:hari[ \t]+ini|kemarin|pagi|siang|sore|malam|pukul|tercatat|terpantau|terukur"
    rf"|menunjukkan|mencapai|berada|berkisar|sempat|{_DAY_WORDS})\b"
    r"|\bdi[ \t]+(?:(?:kota|kabupaten|provinsi|wilayah|kawasan|daerah)[ \t]+)?[A-Z]"
    r"|\b\d{1,2}/\d{1,2}\b|[A-Z]{3,5}-nya\b")
#: A clause that sets a band instead of reading one: "Untuk ISPU antara 150 sampai 200",
#: "saat ISPU-nya antara ...", "Kategori tidak sehat adalah ISPU antara ...".
_BAND_CLAUSE = re.compile(
    r"(?:\b(?:untuk|saat(?![ \t]+ini)|ketika|tatkala|selama|manakala)\b"
    r"|\b(?:kategori|katagori|level|status|tingkat)\b[^.;,]{0,40}?\b(?:adalah|yaitu|yakni|ialah"
    r"|berarti|artinya)\b)[^.;,:]{0,40}$", re.IGNORECASE)
#: A range right before a grade's cue: "ISPU antara 150 sampai 200 masuk kategori tidak sehat".
_RANGE_THEN_GRADE = re.compile(
    r"\d[ \t]*(?:[-–]|sampai|hingga|s\.d\.?)[ \t]*(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)?"
    r"[ \t]*\)?,?[ \t]*"
    r"(?:(?:masuk|termasuk|tergolong|berarti|artinya|adalah|yaitu|merupakan)[ \t]+)?"
    r"(?:(?:dalam|ke)[ \t]+)?(?:(?:kategori|katagori|level|status|tingkat)[ \t]+)?[\"“']?$",
    re.IGNORECASE)


def observed(text: str, sent: tuple[int, int]) -> bool:
    """Whether the sentence says where or when a reading was taken (a place, a time, a verb).

    A range with none of these ("ISPU antara 150 sampai 200 masuk kategori tidak sehat") is a
    band of the scale, not a reading (GUIDELINE: readings of a place are scores).
    """
    return _OBSERVED.search(text, sent[0], sent[1]) is not None


def defines_band(text: str, start: int, sent: tuple[int, int]) -> bool:
    """A value in a clause that sets a band: "untuk ISPU antara ...", "kategori X adalah ..."."""
    return _BAND_CLAUSE.search(text, max(sent[0], start - 90), start) is not None


#: A grade defined by the range after it: "Kategori tidak sehat adalah ISPU antara 150 ...".
_GRADE_THEN_RANGE = re.compile(
    r"[ \t]*,?[ \t]+(?:adalah|yaitu|yakni|ialah|berarti|bila|jika|apabila|untuk|bermakna)\b"
    r"[^.;\d]{0,40}(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)?[ \t]*(?:[-–]|sampai|hingga|s\.d\.?)"
    r"[ \t]*(?!(?:19|20)\d\d\b)\d",
    re.IGNORECASE)


def band_grade(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """A grade next to a range that reads nothing: the range's band of the scale.

    "ISPU antara 150 sampai 200 masuk kategori tidak sehat", "Kategori tidak sehat adalah
    ISPU antara 150 sampai 200".
    """
    return ((_RANGE_THEN_GRADE.search(text, max(sent[0], start - 60), start) is not None
             or _GRADE_THEN_RANGE.match(text, end, sent[1]) is not None)
            and not observed(text, sent))


#: "mendekati nilai 0, maka masyarakat ...": a value with its consequence is a condition.
_THEN_AFTER = re.compile(r"[^.;:!?\d]{0,12}?,?[ \t]+maka\b", re.IGNORECASE)


def band_count(text: str, sent: tuple[int, int]) -> int:
    """How many bands of a scale ("0-50") the sentence names."""
    return len(_BAND.findall(text, sent[0], sent[1]))


def _defines_scale(text: str, n: NumberMention, sent: tuple[int, int], memo: SentenceMemo) -> bool:
    """A number of a scale's definition, not a result.

    "sehat bila ISPU di bawah 100" (a condition), "skor TOEFL minimal 500" (a requirement),
    "semakin dekat ke 5, semakin ..." (the scale explained), "baik (0-50), sedang (51-100)"
    (its bands).
    """
    return bool(memo.before(CONDITION, sent, n.start) or NEAR_CONDITION.search(
        text, max(sent[0], n.start - 30), n.start) or _required(text, n, sent)
        or _in_correlative(text, n, sent, memo)
        or memo.first_end(_CRITERIA_DEFINED, sent) is not None
        or memo.first_end(_TWO_BANDS, sent) is not None
        or _THEN_AFTER.match(text, n.end, sent[1]) is not None)


def _in_correlative(text: str, n: NumberMention, sent: tuple[int, int],
                    memo: SentenceMemo) -> bool:
    """``n`` inside a "semakin ..., semakin ..." explanation of the scale."""
    if memo.first_end(_CORRELATIVE, sent) is None:
        return False
    first = _CORRELATIVE_START.search(text, sent[0], sent[1])
    return first is not None and first.start() <= n.start


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


_UNIT_YEAR = re.compile(r"[ \t]+[Tt]ahun$")
_YEAR_NEXT = re.compile(r"[ \t]*(?:19|20)\d\d\b")


#: "dari 85,1 tahun lalu": a decimal (or a value left behind) before "tahun lalu" is dated.
_PREVIOUS_NEXT = re.compile(r"[ \t]*(?:lalu|sebelumnya|depan|mendatang|ini)\b")
_LEFT_FROM = re.compile(r"\b(?:dari|dibanding(?:kan)?|daripada|ketimbang)[ \t]+$")
#: "naik menjadi 38 tahun depan": a value reached next year (a count has no such verb).
_REACHED_NEXT = re.compile(r"\b(?:menjadi|mencapai|ke[ \t]+angka)[ \t]+$", re.IGNORECASE)


def time_not_unit(text: str, n: NumberMention) -> NumberMention:
    """"75,31 tahun 2024", "dari 85,1 tahun lalu": "tahun" dates the value, it is no unit of it.

    An integer before "tahun lalu" counts years ("didirikan 45 tahun lalu") unless a
    comparison leaves it behind ("dari 85 tahun lalu"), a verb reaches it ("naik menjadi 38
    tahun depan") or a score word is close before it ("skor SPI minimal 78 tahun depan").
    """
    if n.unit in _DAY_UNITS:
        return _day_not_unit(text, n)
    if n.unit != "tahun" or _DURATION_BEFORE.search(text, max(0, n.start - 30), n.start):
        return n  # "selama 10 tahun ini": a span of years
    if not _YEAR_NEXT.match(text, n.end) and not (
            _PREVIOUS_NEXT.match(text, n.end) and (
                isinstance(n.value, float)
                or _LEFT_FROM.search(text, max(0, n.start - 16), n.start)
                or _REACHED_NEXT.search(text, max(0, n.start - 16), n.start)
                or SCORE_CUE.search(text, max(0, n.start - 25), n.start))):
        return n
    m = _UNIT_YEAR.search(n.text)
    if m is None:
        return n
    return replace(n, text=n.text[:m.start()], end=n.start + m.start(), unit=None)


#: Units of time that a "this/last day" phrase after a value dates instead ("150 hari ini").
_DAY_UNITS = frozenset({"hari", "minggu", "pekan", "bulan"})
_UNIT_DAY = re.compile(r"[ \t]+(?:hari|minggu|pekan|bulan)$", re.IGNORECASE)
_DEICTIC_NEXT = re.compile(r"[ \t]*(?:ini|kemarin|lalu|sebelumnya)\b")
#: A reading verb right before the value: "mencapai 150 hari ini", "berkisar 97 hingga 110".
_READ_BEFORE = re.compile(r"\b(?:menjadi|mencapai|sebesar|berkisar(?:[ \t]+antara)?|kisaran"
                          r"|di[ \t]+angka|pada[ \t]+angka|ke[ \t]+angka|tercatat|menyentuh"
                          r"|menunjukkan)[ \t]+$", re.IGNORECASE)


#: "165 pagi ini", "150 hari ini": the time of a reading after it, no counted noun.
_DATED_AFTER = re.compile(r"[ \t]+(?:hari|pagi|siang|sore|malam|minggu|pekan|bulan|tahun)[ \t]+"
                          r"(?:ini|kemarin|lalu|sebelumnya|tadi)\b")


_SCORE_WORD_RIGHT_BEFORE = re.compile(r"\b(?:angka|skor|nilai|indeks|level)[ \t]+$",
                                      re.IGNORECASE)


#: A span of time right before a count: "selama 10 tahun ini", "dalam 3 hari ini".
_DURATION_BEFORE = re.compile(r"\b(?:selama|sepanjang|kurun(?:[ \t]+waktu)?|dalam)[ \t]+$",
                              re.IGNORECASE)
#: Days counted so far: "sudah (mencapai) 5 hari ini", "telah 3 hari ini".
_DAYS_SO_FAR = re.compile(r"\b(?:sudah|telah)(?:[ \t]+\w+)?[ \t]+$", re.IGNORECASE)
#: ... unless an index heads the clause: "ISPU di kota itu telah mencapai 160 hari ini" reads
#: the index ("menurut ISPU sudah mencapai 6 hari ini" counts the days the air was bad).
_INDEX_HEADS = re.compile(
    r"(?<![\w-])(?<!menurut )(?<!berdasarkan )(?<!versi )(?<!oleh )(?<!dari )"
    r"(?:[A-Z]{3,6}|[Ii]ndeks|[Ss]kor|[Nn]ilai|[Aa]ngka|[Ll]evel)(?:-?nya)?(?![\w-])"
    r"[^,.;:!?]{0,40}?[ \t](?:sudah|telah)[ \t]+(?:\w+[ \t]+)?$")


def _days_so_far(text: str, n: NumberMention) -> bool:
    """"sudah (mencapai) 5 hari ini": days running, unless an index heads the clause."""
    return bool(_DAYS_SO_FAR.search(text, max(0, n.start - 30), n.start)
                and not _INDEX_HEADS.search(text, max(0, n.start - 80), n.start))


def _day_not_unit(text: str, n: NumberMention) -> NumberMention:
    """"ISPU mencapai 150 hari ini": "hari ini" dates the reading, "hari" is no unit of it.

    Only after a reading verb or a score word ("sebanyak 150 hari ini" counts days), and not
    after a word of duration ("sudah mencapai 5 hari ini": five days running).
    """
    if not _DEICTIC_NEXT.match(text, n.end) or _DURATION_BEFORE.search(
            text, max(0, n.start - 30), n.start) or _days_so_far(text, n) or not (
            _READ_BEFORE.search(text, max(0, n.start - 25), n.start)
            or _SCORE_WORD_RIGHT_BEFORE.search(text, max(0, n.start - 12), n.start)):
        return n
    m = _UNIT_DAY.search(n.text)
    if m is None:
        return n
    return replace(n, text=n.text[:m.start()], end=n.start + m.start(), unit=None)


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


#: "juara umum" is rank 1 of its contest, a plain "runner-up" rank 2.
_CHAMPION = re.compile(r"\b(?:[Jj]uara[ \t]+[Uu]mum|[Rr]unner[- ][Uu]p(?![ \t]*\d))\b")


def champion_candidates(text: str, metrics: Sequence[Metric], sent_of: Any) -> list[Candidate]:
    """"juara umum" (the overall winner): rank 1 of the contest named in its sentence.

    The contest named after it ("juara umum dalam ajang X") comes first, else the one before.
    """
    out: list[Candidate] = []
    for m in _CHAMPION.finditer(text) if ("umum" in text or "unner" in text) else ():
        sent = sent_of(m.start())
        here = between(metrics, sent[0], sent[1])
        if not here or NEGATION.search(text, max(sent[0], m.start() - 30), m.start()):
            continue
        after = [x for x in here if x.start >= m.end()]
        metric = after[0] if after else here[-1]
        place = 2 if m.group(0).lower().startswith("runner") else 1
        if place == 2 and not (after and _IN_CONTEST.search(text, m.end(), after[0].start + 1)):
            continue  # a runner-up needs its contest named after it ("runner-up dalam Lomba X")
        out.append(Candidate(metric, place, "rank", None, m.group(0), m.start(), m.end(), sent))
    return out


#: "runner-up dalam Lomba X", "Runner Up Y pada ajang Z": the contest after a runner-up.
_IN_CONTEST = re.compile(r"\b(?:dalam|pada|di)[ \t]+(?:(?:ajang|acara|lomba|penilaian"
                         r"|kompetisi)[ \t]+)?\S?$", re.IGNORECASE)


#: "(peringkat 116)" in a list of aspects: a later "(139)" of the same list is a rank too.
_RANK_BRACKET = re.compile(
    r"\(\s*(?:peringkat|posisi|ranking|rangking|urutan)\s+(?:ke-?\s?)?\d+\s*\)", re.IGNORECASE)


def _bracketed_rank(text: str, n: NumberMention, sent: tuple[int, int]) -> bool:
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


def _rank_moved(text: str, n: NumberMention, sent: tuple[int, int]) -> bool:
    """A whole number a rank ("peringkat ... naik dari") moved from or to."""
    if not isinstance(n.value, int) or isinstance(n.value, bool) or n.unit is not None:
        return False
    return _RANK_MOVED.search(text, max(sent[0], n.start - 140), n.start) is not None \
        or _STEP_MOVED.search(text, max(sent[0], n.start - 90), n.start) is not None


#: What lies between the ranks of a move: "posisi 9 menjadi 6", "ke-5 ke 3".
_MOVED_TO = re.compile(r"[ \t]+(?:menjadi|ke)[ \t]+")


def _rank_candidate(text: str, n: NumberMention, numbers: Sequence[NumberMention],
                    sent: tuple[int, int], metrics: Sequence[Metric],
                    window: int, listed: bool = False) -> Candidate | None:
    """An ordinal after a rank cue, with its metric in the same sentence.

    ``listed``: a bracketed number continuing a list of "(peringkat N)" items.
    """
    if isinstance(n.value, int | float) and not 0 < n.value <= _MAX_RANK:
        return None  # "peringkat 99999999999999999999": no rank
    is_rank = listed or n.cue is not None or bool(
        RANK_CUE.search(text[max(0, n.start - 16):n.start])) or _rank_moved(text, n, sent) or (
        n.kind == "ordinal" and _SUPERLATIVE_BEFORE.search(text, max(0, n.start - 16), n.start))
    if not is_rank and n.text[:2].casefold() == "ke":
        # "peringkat ke-7 di dunia dan ke-2 di ASEAN": a second rank in the same clause
        is_rank = bool(_RANK_THEN_AND.search(text, max(sent[0], n.start - 50), n.start))
    if not is_rank or _TOP_N.match(text, n.end):
        return None  # "posisi tiga besar": a bracket, not a rank
    if _NOT_RANKED.search(text, max(sent[0], n.start - 45), n.start):
        return None  # "belum masuk peringkat 10 besar ...": a rank not held
    # "Terbaik I, II, dan III": a list of ranks describes a scheme, not a result
    # ("dari posisi 9 menjadi 6": the rank moved from, no list)
    neighbours = [o for o in between(numbers, n.start - 11, n.start + 12)
                  if o is not n and o.kind == "ordinal" and not _MOVED_TO.fullmatch(
                      text, *((o.end, n.start) if o.end <= n.start else (n.end, o.start)))]
    if neighbours:
        return None
    metric, _ = active_metric(metrics, n.start, sent, window, award_ok=True)
    if metric is None or not any(m is metric for m in between(metrics, sent[0], sent[1])):
        # ranks need their metric in the same sentence, or, when "peringkat N" says it is a
        # ranking ("memulai berbisnis (peringkat 140)"), the one index the article is about
        metric = _article_metric(metrics, n.start) if listed or _RANKING_WORD.search(
            text, max(sent[0], n.start - 16), n.start) else None
        if metric is None:
            return None
    return Candidate(metric, n.value, "rank", None, n.text, n.start, n.end, sent,  # type: ignore[arg-type]
                     _rank_holders(text, n.end, metrics, sent))


def _rank_holders(text: str, end: int, metrics: Sequence[Metric],
                  sent: tuple[int, int]) -> list[str] | None:
    """Who a rank is given to right after it: "peringkat pertama SAKIP diraih Kabupaten X"."""
    pos = end
    named = [m for m in between(metrics, end, end + 3) if m.start >= end]
    if named:
        pos = named[0].end
    names = enumerated_subjects(text, pos, sent)
    return names[:1] if names else None


#: No index, survey, rating or percentage reaches this: a larger number is no score (and would
#: not fit the 64-bit integers of msgpack, which spaCy uses to serialise docs).
MAX_SCORE = 1e12


def plausible_score(value: object) -> bool:
    """A finite int or float whose magnitude is below :data:`MAX_SCORE` (bools are not)."""
    return (isinstance(value, int | float) and not isinstance(value, bool)
            and abs(value) < MAX_SCORE)


def _article_metric(metrics: Sequence[Metric], pos: int) -> Metric | None:
    """The last known metric before ``pos`` when every known metric of the text is that one."""
    known = [m for m in metrics if m.rule is not None]
    if not known or len({m.rule.id for m in known if m.rule}) != 1:
        return None
    before = [m for m in known if m.end <= pos]
    return before[-1] if before else None


#: "IPM tertinggi ketiga", "terburuk kedua": a superlative makes the ordinal after it a rank.
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:ter(?:tinggi|rendah|buruk|banyak|besar|kecil|baik|luas|padat|bersih|cepat|murah"
    r"|mahal|sehat|maju|miskin|kaya|sedikit|lambat|aman|macet|sibuk|populer|favorit)"
    r"|paling[ \t]+[a-z]+)[ \t]+$")
#: "tidak masuk dalam peringkat", "belum menduduki peringkat": a rank not held.
_NOT_RANKED = re.compile(r"\b(?:tidak|tak|belum|gagal|bukan)[ \t]+(?:(?:lagi|pernah|bisa|mampu"
                         r"|akan|bahkan)[ \t]+)?(?:masuk|termasuk|menduduki|menempati|meraih|berada"
                         r"|mencapai)\b[^.,;]{0,25}$", re.IGNORECASE)
_TOP_N = re.compile(r"[ \t]+besar\b", re.IGNORECASE)
#: Ranks above this are absurd (the most ranked lists count countries, cities, villages).
_MAX_RANK = 100_000
_RANKING_WORD = re.compile(r"\b(?:peringkat|ranking|rangking|posisi|urutan)(?:\s+ke)?[\s-]*$",
                           re.IGNORECASE)
_RANK_THEN_AND = re.compile(
    r"\b(?:peringkat|posisi|urutan|ranking|rangking)\s+ke[-\s]?\w+\b[^.,;]{0,30}\s(?:dan|serta)\s+$",
    re.IGNORECASE)


#: "(2) Rapat koordinasi": a bracketed enumerator before a capitalised clause; "26/9": a date.
_NOT_A_VALUE_AROUND = re.compile(r"\(\d{1,2}\)[ \t]+[A-Z]|.?\d{1,2}/\d{1,2}\b")
#: A number counting governments, villages or stations, in any case ("20 Kabupaten/Kota").
_COUNT_AFTER = re.compile(rf"[ \t]+{GROUP_NOUNS}\b", re.IGNORECASE)


_IN_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \t]+$")
_IN_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


def _point_step(text: str, n: NumberMention, sent: tuple[int, int]) -> bool:
    """A decimal step in points right after a change verb: "Naik 0,05 poin" (of the index
    named shortly before; league points are whole numbers)."""
    return (n.unit == "poin" and isinstance(n.value, float)
            and STEP_BEFORE.search(text, max(sent[0], n.start - 25), n.start) is not None)


def _stepped(text: str, n: NumberMention, sent: tuple[int, int]) -> bool:
    """A whole step right after a change verb: "turun dua peringkat", "naik satu poin"."""
    if n.kind != "number" or not isinstance(n.value, int) or isinstance(n.value, bool):
        return False
    if not STEP_BEFORE.search(text, max(sent[0], n.start - 25), n.start):
        return False
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
_CURRENCY_AFTER = re.compile(r"[ \t]*(?:euro|dolar|dollar|USD|ringgit|yen|yuan|won|poundsterling"
                             r"|pound|riyal|real|peso|baht|rupee)\b", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(r"(?:US\$|\$|€|£|¥|Rp\.?|RM|S\$)[ \t]*$")
#: "100 ke atas", "50 ke bawah": a threshold of a scale.
_SCALE_END = re.compile(r"[ \t]+ke[ \t]+(?:atas|bawah)\b", re.IGNORECASE)


def _money_or_threshold(text: str, n: NumberMention) -> bool:
    """"8 juta Euro", "US$ 50" (money or a count), "skor 100 ke atas" (a threshold)."""
    return bool(_MULTIPLIER.search(n.text) or _CURRENCY_AFTER.match(text, n.end)
                or _CURRENCY_BEFORE.search(text, max(0, n.start - 5), n.start)
                or _SCALE_END.match(text, n.end))


def _looks_like_score(text: str, n: NumberMention, sent: tuple[int, int]) -> bool:
    """A number or percentage written in digits that is no count, label or match result."""
    if n.kind not in ("number", "percent"):
        return False
    if not isinstance(n.value, int | float) or isinstance(n.value, bool):
        return False
    if not re.match(r"[\d]", n.text):
        return False  # counts are written in words ("lima kategori"); scores in digits
    if _money_or_threshold(text, n):
        return False
    if n.kind == "number" and n.unit not in (None, "poin"):
        return False
    if n.kind == "number" and n.unit is None:
        nxt = _NEXT_WORD.match(text, n.end)
        if nxt and nxt.group(1).islower() and nxt.group(1) not in COUNT_OK_NEXT \
                and (isinstance(n.value, int) or nxt.group(1) in MEASURE_NEXT) \
                and not PASSIVE_NEXT.fullmatch(nxt.group(1)) \
                and not _DATED_AFTER.match(text, n.end):
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
    if n.kind == "number" and not isinstance(n.value, float) \
            and _IN_NAME_BEFORE.search(text, max(0, n.start - 30), n.start) \
            and _IN_NAME_AFTER.match(text, n.end):
        return False  # "Bandar Putra 2 Klang": a number inside a name (a title's decimal is not)
    if re.match(r"\s+[Tt]ahun\s+\d{4}", text[n.end:n.end + 14]) and (
            isinstance(n.value, int) or _REGULATION_BEFORE.search(
                text, max(0, n.start - 30), n.start)):
        return False  # "Nomor 146 Tahun 2017": a regulation number (a decimal is a score)
    if re.match(r"\s?[-–]\s?\d", text[n.end:n.end + 3]) or re.search(
            r"\d\s?[-–]\s?$", text[max(0, n.start - 3):n.start]):
        return False  # "skor 5-1": a match result, not an evaluation
    return True


#: A score word right before a percentage: "skor sebesar 64,7 persen", "nilai 77 persen".
_SCORED_PERCENT = re.compile(r"\b(?:skor|nilai|indeks)(?:nya)?[ \t]+(?:(?:sebesar|mencapai|hanya"
                             r"|yakni|yaitu)[ \t]+|di[ \t]+angka[ \t]+)?$", re.IGNORECASE)


#: "skor 89,12", "nilai sebesar 89,12": a number right after a score word.
_SCORE_WORD_BEFORE = re.compile(r"\b(?:skor|nilai)(?:nya)?[ \t]+(?:(?:sebesar|mencapai|akhir"
                                r"|total)[ \t]+)?$", re.IGNORECASE)
#: "skor TOEFL minimal 500": a requirement, not anybody's score.
_REQUIRED = re.compile(r"\b(?:minimal|minimum|paling[ \t]+(?:rendah|sedikit)|sekurang-kurangnya"
                       r"|maksimal|maksimum|setidaknya)[ \t]+(?:(?:nilai|skor|sebesar)[ \t]+)?$",
                       re.IGNORECASE)
#: "ambang batas ISPU tidak sehat adalah 101": a threshold of the scale, in its clause.
_THRESHOLD_VALUE = re.compile(r"\b(?:ambang(?:[ \t]+batas)?|batas[ \t]+(?:atas|bawah|aman"
                              r"|maksimal|minimal|maksimum|minimum))\b[^.;,:()\d]{0,40}$",
                              re.IGNORECASE)


def _required(text: str, n: NumberMention, sent: tuple[int, int]) -> bool:
    """A minimum asked of applicants ("skor TOEFL minimal 500"), not a target of the subject.

    A threshold of the scale named in the value's clause ("ambang batas ... 100") is none
    either.
    """
    if _THRESHOLD_VALUE.search(text, max(sent[0], n.start - 60), n.start):
        return True
    return (_REQUIRED.search(text, max(sent[0], n.start - 25), n.start) is not None
            and TARGET.search(text, sent[0], n.start) is None)


_REGULATION_BEFORE = re.compile(r"\b(?:Nomor|No|UU|PP|Perda|Perpres|Permen\w*|Pergub|Perbup"
                                r"|Perwali|Keppres|Inpres|SK|SE)\.?[ \t]*$", re.IGNORECASE)
#: Metrics that only give grades: a number near them is no value of theirs.
_GRADE_ONLY = ("opini-bpk", "zi", "apn", "ape", "kip-monev")


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
        scored = _SCORED_PERCENT.search(text, max(sent[0], n.start - 30), n.start) is not None
        if rule is not None and not rule.percent and not scored:
            return False
        if rule is None and not re.match(r"(?i)surve", metric.name) and not scored:
            return False
    # a grade-only metric takes a number only right after a score word ("dengan skor 89,12")
    return not (rule is not None and rule.grades and not rule.percent
                and rule.id in _GRADE_ONLY
                and not _SCORE_WORD_BEFORE.search(text, max(sent[0], n.start - 20), n.start))


_GRADE_EVIDENCE = {
    "opini-bpk": re.compile(
        r"\b(?:opini|BPK|Badan\s+Pemeriksa\s+Keuangan|laporan\s+keuangan|LKPD|LKPP|LKKL|audit"
        r"|pemeriksaan)\b", re.IGNORECASE),
}
_LONG_GRADE_RE = re.compile(r"\b(?:" + "|".join(LONG_GRADES) + r")\b", re.IGNORECASE)

#: A grade mention: (start, end, grade, the rules that give it).
_GradeSpan = tuple[int, int, str, list[MetricRule]]


#: A lone capital is a grade only after a grade word a few words back ("terakreditasi B",
#: "nilai SAKIP Kota X naik dari C"): "Gedung B" or "Tim C" is none.
_LETTER_CUE = re.compile(r"\b(?:terakreditasi|akreditasi(?:nya)?|predikat(?:nya)?|grade"
                         r"|nilai(?:nya)?|kategori|peringkat|mutu)(?:[ \t]+[\w-]+){0,6}?"
                         r"[ \t]+[\"“']?$",
                         re.IGNORECASE)


def _grade_spans(text: str, lex: MetricIndex, metrics: Sequence[Metric]) -> list[_GradeSpan]:
    spans: list[_GradeSpan] = []
    if lex.grade_re is not None:
        spans += [(m.start(), m.end(), m.group(0), lex.by_grade[m.group(0)])
                  for m in lex.grade_re.finditer(text)
                  if len(m.group(0)) > 1 or _LETTER_CUE.search(text, max(0, m.start() - 60),
                                                               m.start())
                  or _value_bracket(text, m.start(), m.end())]
    if lex.word_grade_re is not None and (
            any(m.rule is not None and m.rule.id in lex.word_grade_rules for m in metrics)
            or any(w in text for w in _AIR_WORDS)
            or (lex.word_grade_issuer_re is not None
                and lex.word_grade_issuer_re.search(text) is not None)):
        # grade words ("baik", "sedang") are common: scanned only where a metric giving them
        # is named, an issuer of one, or the text talks about the air
        spans += [(m.start(), m.end(), m.group(0), lex.by_word_grade[name_key(m.group(0))])
                  for m in lex.word_grade_re.finditer(text)]
    opini = [r for r in lex.rules if r.id == "opini-bpk"]
    for m in _LONG_GRADE_RE.finditer(text):
        # a long form gives its short grade; "disclaimer" stays as written (GUIDELINE)
        short = LONG_GRADES[name_key(m.group(0))]
        rules = lex.by_grade.get(short, []) if short else opini
        if rules:
            spans.append((m.start(), m.end(), short or m.group(0), rules))
    spans.sort(key=lambda x: (x[0], -x[1]))
    return spans


class _Used:
    """Starts and ends of the grade mentions used so far."""

    def __init__(self) -> None:
        self.starts: set[int] = set()
        self.ends: set[int] = set()

    def add(self, start: int, end: int) -> None:
        self.starts.add(start)
        self.ends.add(end)

    def near(self, start: int, end: int) -> bool:
        """A used mention within 3 characters ("WDP (wajar dengan pengecualian)")."""
        return any(start + d in self.ends or end + d in self.starts for d in range(-3, 4))


#: "Opini WTP itu", "predikat tersebut": a grade named again.
_ANAPHOR = re.compile(r"[ \t]+(?:itu|tersebut)\b")


def grade_candidates(text: str, metrics: Sequence[Metric], lex: MetricIndex, sent_of: Any,
                     window: int,
                     definitions: Sequence[AcronymDefinition] | None = None) -> list[Candidate]:
    """Grades ("WTP", "predikat A") of a metric named nearby."""
    out: list[Candidate] = []
    # acronyms the article defines as something else ("Taman Makam Pahlawan (TMP)")
    if definitions is None:
        definitions = find_definitions(text)
    other = {d.short for d in definitions
             if LONG_GRADES.get(name_key(d.long)) != d.short}
    used = _Used()
    bands: dict[tuple[int, int], int] = {}  # value ranges per sentence, counted once
    for start, end, grade, rules in _grade_spans(text, lex, metrics):
        # "WDP (wajar dengan pengecualian)" / "wajar tanpa pengecualian (WTP)": one mention
        if used.near(start, end):
            used.add(start, end)
            continue
        sent = sent_of(start)
        if sent not in bands:  # the scale's bands or criteria defined: no one's grade
            bands[sent] = 2 if _CRITERIA_DEFINED.search(text, sent[0], sent[1]) \
                else band_count(text, sent)
        if negated(text, start, end, sent) or CONDITION.search(
                text, sent[0], start) or _COMPARED.search(text, max(sent[0], start - 80), start) \
                or bands[sent] > 1 or NOBODY.search(text, _clause_start(text, start, sent), start) \
                or band_grade(text, start, end, sent) \
                or _THRESHOLD.search(text, max(sent[0], start - 40), start):
            used.add(start, end)
            continue
        if text[start:end] in other:
            continue
        if out and _same_grade(out[-1].value, grade) \
                and _SAME_GRADE_AGAIN.fullmatch(text, out[-1].end, start):
            used.add(start, end)
            continue  # "opini TMP atau 'disclaimer'": one opinion, two names
        if _travelled_to(text, start, end, sent):
            continue  # "berangkat menuju WBK Center": a place gone to, no grade
        cue = bool(GRADE_CUE.search(text[max(sent[0], start - 32):start]))
        chosen = _grade_rule(text, (start, end, grade, rules), sent, cue, metrics, lex, window)
        if chosen is None:
            continue
        rule, here = chosen
        metric = here[-1] if here else Metric(
            rule.label or rule.acronym or rule.names[0], start, end, rule)
        used.add(start, end)
        if _ANAPHOR.match(text, end) and any(c.value == grade for c in out):
            continue  # "Opini WTP itu ...": the grade given before, mentioned again
        out.append(_grade_candidate(text, metric, grade, start, end, sent))
    out += _loose_grades(text, metrics, sent_of, used)
    _coordinated_targets(text, out)
    return out


#: A verb of motion before "menuju": "berangkat menuju ...", "bus itu melaju menuju ...".
_MOTION = re.compile(r"\b(?:berangkat|pergi|bergerak|berjalan|melaju|bertolak|terbang|meluncur"
                     r"|berlayar|bergegas|berkendara|menyeberang)(?:[ \t]+\w+){0,2}[ \t]+$",
                     re.IGNORECASE)
#: A capitalised word after a grade that makes it part of a name ("WBK Center", "BB Sport").
_NAME_WORD_NEXT = re.compile(r"[ \t]+(?!(?:Tahun|Dan|Dari|Pada|Di|Ke|Dengan|Serta|Atau|Dalam"
                             r"|Untuk|Tingkat|Kategori|Predikat)\b)[A-Z][a-z]")


def _travelled_to(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """"menuju" as a motion to a place ("berangkat menuju WBK Center"), not aiming at a grade."""
    towards = TOWARDS.search(text, max(sent[0], start - 30), start)
    if towards is None:
        return False
    # a capitalised word after a code ("WBK Center"); long forms are capitalised names themselves
    return bool((text[start:end].isupper() and _NAME_WORD_NEXT.match(text, end))
                or _MOTION.search(text, max(sent[0], towards.start() - 40), towards.start()))


#: What joins two names of one grade: "(TMP) atau 'disclaimer'", "WBK alias ...".
_SAME_GRADE_AGAIN = re.compile(
    r"\s*(?:\([^()]{1,12}\))?[\s\"'”’,]*(?:atau|alias|yang[ \t]+(?:juga[ \t]+|biasa[ \t]+)?"
    r"(?:disebut|dikenal[ \t]+(?:sebagai|dengan)))[\s\"'“‘]*")
#: Two names of one grade ("TMP" and "disclaimer" are one opinion of the auditor).
_GRADE_ALIASES = (frozenset({"tmp", "disclaimer"}),)


def _same_grade(first: object, second: str) -> bool:
    """``second`` names the grade ``first`` again: the same grade, or a known alias of it.

    "WTP atau WDP" names two grades; "(TMP) atau 'disclaimer'" one.
    """
    if not isinstance(first, str):
        return False
    pair = frozenset({first.lower(), second.lower()})
    return len(pair) == 1 or pair in _GRADE_ALIASES
_JOINED = re.compile(r"[\s,/&]*(?:(?:dan|serta|atau)\s+)?(?:predikat\s+)?")


def _coordinated_targets(text: str, grades: list[Candidate]) -> None:
    """"menuju WBK dan WBBM": a grade coordinated with a target is aimed at too."""
    for prev, c in zip(grades, grades[1:], strict=False):
        if prev.kind == "target" and c.kind == "grade" and c.sentence == prev.sentence \
                and 0 <= c.start - prev.end <= 12 and _JOINED.fullmatch(text, prev.end, c.start):
            c.kind = "target"


def _grade_candidate(text: str, metric: Metric, grade: str, start: int, end: int,
                     sent: tuple[int, int]) -> Candidate:
    """A grade with its kind (held or aimed at) and the subjects listed or counted with it."""
    # "menargetkan nilai naik dari BB menjadi A": the grade left is held, not aimed at
    kind = "target" if aimed_at(text, start, sent) and not _LEFT_GRADE.search(
        text, max(sent[0], start - 12), start) else "grade"
    subjects = enumerated_subjects(text, end, sent)
    if subjects is None:
        counted = counted_subject(text, start, sent)
        subjects = [counted] if counted else coordinated_holders(text, start, sent)
    return Candidate(metric, grade, kind, None, text[start:end], start, end, sent, subjects)


_LEFT_GRADE = re.compile(r"\bdari[ \t]+(?:predikat[ \t]+)?[\"“']?$", re.IGNORECASE)


def aimed_at(text: str, start: int, sent: tuple[int, int]) -> bool:
    """A target word in the clause before a grade: "menargetkan seluruh satker meraih WBK".

    The clause reaches back at most 120 characters, to the last break (";", "sedangkan",
    ", dan" ...) before the grade.
    """
    if TOWARDS.search(text, max(sent[0], start - 30), start):
        return True
    return GRADE_TARGET.search(text, _clause_start(text, start, sent), start) is not None


def _clause_start(text: str, start: int, sent: tuple[int, int]) -> int:
    """Where the clause of ``start`` begins: at most 120 characters back, after any break."""
    lo = max(sent[0], start - 120)
    breaks = list(CLAUSE_BREAK.finditer(text, lo, start))
    return breaks[-1].end() if breaks else lo


_NAME_BEFORE = re.compile(r"\b[A-Z]\w*[ \t]+$")
_WINNER = re.compile(r"[ \t]+(?:Winner|Award|Medal|Medali)\b")


def _loose_grades(text: str, metrics: Sequence[Metric], sent_of: Any,
                  used: _Used) -> list[Candidate]:
    """Grades no lexicon rule gives: award tiers and predicate words of any metric.

    A tier ("Silver Winner Anugerah X") needs an award named within 80 characters of it in
    its sentence; a predicate word ("predikat sangat baik") a metric named in its sentence.
    """
    out: list[Candidate] = []
    for m in TIER.finditer(text) if any(x.award for x in metrics) else ():
        sent = sent_of(m.start())
        awards = [a for a in between(metrics, sent[0], sent[1]) if a.award
                  and a.name[:1].isupper() and not a.start <= m.start() < a.end
                  and (0 <= a.start - m.end() <= 80 or 0 <= m.start() - a.end <= 80)]
        if _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()) and not _WINNER.match(
                text, m.end()):
            continue  # "Indonesia Emas": part of a name
        if awards and not used.near(m.start(), m.end()) and not NEGATION.search(
                text, max(sent[0], m.start() - 30), m.start()):
            award = min(awards, key=lambda a: abs(a.start - m.start()))
            used.add(m.start(), m.end())
            out.append(_grade_candidate(text, award, m.group(0), m.start(), m.end(), sent))
    for m in TIER_WORD.finditer(text) if metrics else ():
        start, end = m.span(1)
        sent = sent_of(start)
        near = [x for x in between(metrics, max(sent[0], start - 100), start)
                if x.award or x.rule is not None]
        if near and not used.near(start, end) and not NEGATION.search(
                text, max(sent[0], start - 30), start):
            used.add(start, end)
            out.append(_grade_candidate(text, near[-1], m.group(1), start, end, sent))
    predicates = [*((m, False) for m in PREDICATE_WORD.finditer(text)),
                  *((m, False) for m in CAP_PREDICATE.finditer(text)),
                  *((m, False) for m in NILAI_PREDICATE.finditer(text)),
                  *((m, True) for m in LETTER_PREDICATE.finditer(text))] if metrics else []
    for m, letter in predicates:
        start, end = m.span(1)
        sent = sent_of(start)
        if band_count(text, sent) > 1:
            continue  # "kategori baik (0-50), sedang (51-100)": the scale's bands
        here = [x for x in between(metrics, sent[0], sent[1])
                if (not x.award or x.name[:1].isupper()) and not (letter and not _lettered(x))]
        if here and not used.near(start, end) and not negated(text, start, end, sent):
            before = [x for x in here if x.start < start]
            metric = before[-1] if before else here[0]
            used.add(start, end)
            out.append(_grade_candidate(text, metric, m.group(1), start, end, sent))
    return out


#: "Predikat A ... belum pernah diraih": a grade denied by a negated verb after it, in its clause.
_DENIED_AFTER = re.compile(
    r"[^.;:,!?]{0,60}?\b(?:belum|tidak|gagal|bukan)[ \t]+(?:(?:pernah|lagi|juga|berhasil)[ \t]+)?"
    r"(?:di(?:raih|peroleh|dapat(?:kan)?|sandang|berikan|terima)|meraih|memperoleh"
    r"|mendapat(?:kan)?|menyandang|menerima)\b", re.IGNORECASE)


def negated(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """A grade denied: a negation shortly before it, or a negated verb after it in its clause.

    "belum meraih WTP", "predikat A belum pernah diraih".
    """
    return bool(NEGATION.search(text, max(sent[0], start - 30), start)
                or _DENIED_AFTER.match(text, end, sent[1]))


def _lettered(metric: Metric) -> bool:
    """Whether ``metric`` may give a letter grade ("predikat B").

    Its lexicon grades hold a letter, or it has no grade list (an unknown scheme). SPI's
    grades are words: no letters.
    """
    rule = metric.rule
    return rule is None or not rule.grades or any(
        len(g) <= 2 and g.isalpha() and g.isupper() for g in rule.grades)


#: "ambang udara level tidak sehat dimulai dari 151": the threshold of a grade, held by nobody.
#: The category word may be left out: "ambang batas ISPU tidak sehat".
_THRESHOLD = re.compile(r"\b(?:batas|ambang)(?:[ \t]+(?!dan\b|serta\b)\w+){0,2}[ \t]+"
                        r"(?:(?:kategori|katagori|level|status|tingkat)[ \t]+)?[\"“']?$",
                        re.IGNORECASE)
#: "memburuk dibandingkan sehari sebelumnya yang ... tidak sehat": the level compared with.
_COMPARED = re.compile(r"\b(?:dibanding(?:kan)?|ketimbang|daripada)\b", re.IGNORECASE)


def _quoted_after(text: str, start: int, here: list[Metric]) -> bool:
    """A quoted grade word shortly after its metric: 'ISPU di Pekanbaru "berbahaya"'."""
    return bool(re.search(r"[\"“'”]\W{0,2}$", text[max(0, start - 3):start])) and any(
        0 <= start - m.end <= 40 for m in here)


def _grade_rule(text: str, span: _GradeSpan, sent: tuple[int, int], cue: bool,
                metrics: Sequence[Metric], lex: MetricIndex,
                window: int) -> tuple[MetricRule, list[Metric]] | None:
    """The first rule the grade belongs to here, with its metrics in the sentence."""
    start, end, grade, rules = span
    for rule in rules:
        if lex.excluded(rule, text, sent):
            continue
        here = [m for m in between(metrics, sent[0], sent[1]) if m.rule is rule]
        if (grade.isupper() and len(grade) >= 3) or name_key(text[start:end]) in LONG_GRADES:
            # WTP, WDP, TMP, WBK, WBBM: need their metric, a grade word, or audit talk nearby
            evidence = bool(here) or cue
            if not evidence and rule.id in _GRADE_EVIDENCE:
                evidence = bool(_GRADE_EVIDENCE[rule.id].search(
                    text, max(0, start - window), sent[1]))
            if not evidence:
                continue
            if not here and not cue and _NAME_FOLLOWS.match(text, end):
                continue  # "TMP Kalibata": a name follows, not a grade
        elif not here:
            if _issuer_grade(text, span, sent, lex):
                return rule, []  # "Ombudsman ... di zona hijau": the issuer's own grade
            # "... meraih KLA tahun 2025. Kali ini naik ke kategori Nindya": the metric of the
            # sentence before, with a grade word right after a strong cue
            before = [m for m in between(metrics, max(0, start - _GRADE_REACH), sent[0])
                      if m.rule is rule and rule.id not in READING_METRICS]
            if not before or not _STRONG_GRADE_CUE.search(text, max(sent[0], start - 30), start):
                continue
            return rule, before[-1:]
        elif not (cue or _quoted_after(text, start, here)
                  or any(0 <= start - m.end <= 1 for m in here)
                  or (_value_bracket(text, start, end)
                      and (any(0 <= start - m.end <= 40 for m in here)
                           or SCORE_CUE.search(text, max(sent[0], start - 30), start)))):
            continue  # "nilai SAKIP 80,12 (A)": the grade of the value its metric names
        return rule, here
    return _air_quality_rule(text, span, sent, metrics, window)


def _issuer_grade(text: str, span: _GradeSpan, sent: tuple[int, int], lex: MetricIndex) -> bool:
    """A grade of several words that only one metric gives, its issuer judging in the sentence.

    "Ombudsman RI menempatkan Pemkab X di zona hijau": the metric is left unnamed. The grade
    needs a cue before it ("predikat", "masuk", "berada di") and the issuer must be the judge
    ("penilaian Ombudsman"), not a building ("Kantor Ombudsman") nor the doer of another act.
    """
    start, end, _, rules = span
    if not (len(rules) == 1 and len(text[start:end].split()) >= 2
            and rules[0].id not in READING_METRICS
            and _ISSUER_GRADE_CUE.search(text, max(sent[0], start - 60), start)):
        return False
    pat = lex.issuer_re.get(rules[0].id)
    return pat is not None and any(_evaluating(text, m.start(), m.end(), sent)
                                   for m in pat.finditer(text, sent[0], sent[1]))


#: What places a subject in a grade of an issuer: "predikat zona hijau", "masuk zona merah",
#: "berada di zona kuning", "menempatkan Pemkab X di zona hijau".
_ISSUER_GRADE_CUE = re.compile(
    r"\b(?:(?:ber)?predikat|kategori|status|meraih|memperoleh|mendapat(?:kan)?|masuk"
    r"|berada[ \t]+(?:di|pada|dalam)"
    r"|(?:menempatkan|ditempatkan)\b[^.;:]{0,50}?[ \t](?:di|pada|dalam|ke))"
    r"(?:[ \t]+(?:ke|dalam|predikat|kategori))?[ \t]+[\"“']?$", re.IGNORECASE)
#: The issuer as the one who judges: "penilaian Ombudsman", "Ombudsman RI menempatkan ...".
_JUDGED_BY = re.compile(r"\b(?:penilaian|kepatuhan|oleh|dari|versi|menurut|hasil|survei)"
                        r"(?:[ \t]+\w+){0,2}[ \t]+$", re.IGNORECASE)
_JUDGES = re.compile(
    r"(?:[ \t]+(?:RI|Republik[ \t]+Indonesia|Perwakilan(?:[ \t]+[A-Z]\w*){1,3})){0,2},?[ \t]+"
    # "Kepala Ombudsman Perwakilan X, Budi Santoso, menyebut ...": the head's name in commas
    r"(?:(?:[A-Z][\w.'-]*[ \t]+){0,4}[A-Z][\w.'-]*[ \t]*,[ \t]+)?"
    r"(?:(?:telah|juga|kembali|pun|resmi)[ \t]+)?(?:memberikan|memberi|menempatkan|menetapkan"
    r"|menilai|menyebut(?:kan)?|mengumumkan|merilis|menganugerahkan|menyerahkan|mengganjar"
    r"|menobatkan|mencatat|menyatakan|memasukkan|mengategorikan|mengkategorikan|mengatakan"
    r"|mengungkapkan|menjelaskan|memaparkan)\b")
#: "Kantor Ombudsman", "gedung Ombudsman": the issuer's building, no judge.
_ISSUER_PLACE = re.compile(r"\b(?:kantor|gedung)[ \t]+$", re.IGNORECASE)


def _evaluating(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """An issuer named as the one who judges, not as a place or the doer of something else.

    "penilaian Ombudsman", "Ombudsman menempatkan ..." judge; "Kantor Ombudsman berada di
    ...", "Ombudsman menerima laporan" do not.
    """
    if _ISSUER_PLACE.search(text, max(sent[0], start - 8), start):
        return False
    return bool(_JUDGED_BY.search(text, max(sent[0], start - 30), start)
                or _JUDGES.match(text, end, sent[1]))


#: A letter grade alone in brackets: "(B)", "( A- )".
_BRACKET_GRADE = re.compile(r"[ \t]*\([ \t]*(AA|BB|CC|[A-E][+-]?)[ \t]*\)")


def bracketed_grades(text: str, values: Sequence[Candidate],
                     grades: Sequence[Candidate]) -> list[Candidate]:
    """Letter grades in brackets right after a value: "nilai 4,2 (B) dalam evaluasi SPI".

    The grade is the value's metric's, whatever grades the lexicon gives it (the bracket says
    it is one); a grade found already at that place is not given twice.
    """
    taken = {g.start for g in grades}
    out: list[Candidate] = []
    for c in values:
        if c.kind != "value" or isinstance(c.value, str):
            continue
        m = _BRACKET_GRADE.match(text, c.end)
        if m is None or m.start(1) in taken:
            continue
        out.append(Candidate(c.metric, m.group(1), "grade", None, m.group(1), m.start(1),
                             m.end(1), c.sentence))
    return out


#: "nilai 4,51 (A-)": a grade in brackets right after the value it names.
_VALUE_BRACKET = re.compile(r"\d(?:[.,]\d+)?[ \t]*\([ \t]*$")
_BRACKET_CLOSE = re.compile(r"[ \t]*\)")


def _value_bracket(text: str, start: int, end: int) -> bool:
    """A grade alone in brackets right after a value: "80,12 (A)"."""
    return (_VALUE_BRACKET.search(text, max(0, start - 20), start) is not None
            and _BRACKET_CLOSE.match(text, end) is not None)


#: How far back (characters) a grade word's metric may be named in an earlier sentence.
_GRADE_REACH = 300


#: Substrings that show a text may talk about the air (a cheap test before any scan).
_AIR_WORDS = ("udara", "Udara", "UDARA", "polusi", "Polusi", "pencemaran", "Pencemaran")
_AIR_TALK = re.compile(r"\b(?:udara|polusi|pencemaran|asap)(?:nya)?\b", re.IGNORECASE)
_STRONG_GRADE_CUE = re.compile(
    r"\b(?:kategori|katagori|kriteria|predikat|level|status|tingkat|kisaran|zona|tahap)(?:\s+yang)?"
    r"\s+[\"“']?$",
    re.IGNORECASE)


#: What an air level is of when no index is named: "kualitas udara", "status udara".
_AIR_MEASURE = re.compile(r"\b(?:kualitas|status|mutu)\s+udara\b", re.IGNORECASE)


def _air_quality_rule(text: str, span: _GradeSpan, sent: tuple[int, int],
                      metrics: Sequence[Metric],
                      window: int) -> tuple[MetricRule, list[Metric]] | None:
    """An air-quality level in a sentence about the air that names no index.

    "Kualitas udara di Kota X masuk kategori berbahaya": the level needs a strong cue
    ("kategori", "level", "status" ...); its metric is the air index named nearest in the
    text, else "kualitas udara" as written.
    """
    start, end, _, rules = span
    air = [r for r in rules if r.id in READING_METRICS]
    if not air or not _AIR_TALK.search(text, sent[0], sent[1]) or not _STRONG_GRADE_CUE.search(
            text, max(sent[0], start - 30), start):
        return None
    named = [m for m in between(metrics, max(0, start - window), start + window)
             if m.rule is not None and m.rule.id in READING_METRICS]
    if named:
        nearest = min(named, key=lambda m: abs(m.start - start))
        return nearest.rule, [nearest]  # type: ignore[return-value]
    talk = _AIR_MEASURE.search(text, sent[0], sent[1])
    if not talk:
        return None
    return air[0], [Metric(talk.group(0), talk.start(), talk.end(), air[0])]
