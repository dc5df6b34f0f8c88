"""The year of a score: stated in its sentence, relative to the article date, or shortly before."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from beritanlp.rules.scores.cues import (
    FORECAST_PASSIVES,
    FORECAST_VERBS,
    MONTH_NAMES,
    RANKING_OR_SCORE_TALK,
    TARGET_WORDS,
    YEAR_COMPARE,
    month_words,
)
from beritanlp.rules.scores.electionpolls import poll_ahead
from beritanlp.rules.scores.events import EVENT_NAME_END
from beritanlp.rules.scores.model import Candidate, between
from beritanlp.rules.scores.streaks import counted_span_before, streak
from beritanlp.rules.scores.subjects import INSTITUTION_METRICS, READING_METRICS
from beritanlp.text.numbers import NumberMention, parse_number

#: The Indonesian month names, and with them the press abbreviations ("Jul"), of
#: ``months.txt``.
_MONTH_NAMES = "|".join(MONTH_NAMES)
_MONTH_WORDS = "|".join(month_words("full", "short"))
#: A month and a year, no day: "Juni 2019".
_MONTH_YEAR = re.compile(rf"(?i:{_MONTH_NAMES})[ \t]+((?:19|20)\d\d)")
#: "per Juni 2019": the month data are as of.
_AS_OF = re.compile(r"\b(?i:per)[ \t]+$")


def year_mentions(numbers: Sequence[NumberMention],
                  text: str | None = None) -> list[NumberMention]:
    """The numbers that are years, and the last year of a span of years.

    "dari 2015 sampai 2017": the span ends in 2017, the latest year a score of it refers to
    (a mention of 2017 alone, at its own offsets). With ``text``, the year of a month data are
    as of ("per Juni 2019") too.
    """
    out: list[NumberMention] = []
    for n in numbers:
        if n.kind == "year":
            out.append(n)
        elif n.kind == "date" and text is not None and (
                month := _MONTH_YEAR.fullmatch(n.text)) and _AS_OF.search(
                text, max(0, n.start - 8), n.start):
            # "per Juni 2019": data as of a month states its year (another date is a day's)
            out.append(replace(n, text=month.group(1), start=n.end - 4,
                               value=int(month.group(1)), kind="year"))
        elif n.kind == "range" and (span := _YEAR_SPAN.fullmatch(n.text)):
            high = span.group(2)
            out.append(replace(n, text=high, start=n.end - 4, value=int(high), high=None,
                               kind="year"))
    return out


#: A span of two years written out ("2015 sampai 2017", "2019-2021").
_YEAR_SPAN = re.compile(r"((?:19|20)\d\d)(?:\s+(?:hingga|sampai(?:\s+dengan)?|s\.d\.?)\s+"
                        r"|\s*[-–]\s*)((?:19|20)\d\d)")


_DATE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
#: "10-Sep-19": a day, a month name and a two-digit year.
_SHORT_YEAR = re.compile(r"^\s*\d{1,2}[-/ ][A-Za-z]{3,9}[-/ ](\d\d)\s*$")


def date_year(date: str) -> int | None:
    """The year of a date as archives write it ("2024-05-16", "10/19/2025 17:50", "10-Sep-19")."""
    m = _DATE_YEAR.search(date)
    if m:
        return int(m.group(1))
    short = _SHORT_YEAR.match(date)
    return 2000 + int(short.group(1)) if short else None


def article_year(date: str | None, numbers: Sequence[NumberMention]) -> int | None:
    """The article's year: from its date, else from the first full date in the text."""
    if date:
        year = date_year(date)
        if year is not None:
            return year
    for n in numbers:
        if n.kind == "date" and n.normalized and re.match(r"\d{4}-\d{2}-\d{2}$", n.normalized):
            return int(n.normalized[:4])
    return None


_COMPARE_END = re.compile(r"\b(?:dari|dibanding(?:kan)?|daripada|ketimbang)\s*$", re.IGNORECASE)
_RELATIVE_YEAR = re.compile(r"\btahun\s+(lalu|kemarin|sebelumnya|ini|depan|mendatang)\b",
                            re.IGNORECASE)
_RELATIVE_STEP = {"ini": 0, "depan": 1, "mendatang": 1}  # else the year before
#: A count right before "tahun lalu/mendatang": so many years back or ahead ("dua tahun lalu").
#: Only number words: a digit there is as often the score itself ("SPI minimal 78 tahun depan").
_COUNTED_YEARS = re.compile(r"\b(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan"
                            r"|sepuluh|beberapa|sekian|puluhan|belasan)[ \t]+$", re.IGNORECASE)
#: "dari 85,1 tahun lalu", "dibandingkan 85,1 pada 2022": the time of a value compared with,
#: written right after it; it dates that value, not the sentence.
_COMPARED_VALUE = re.compile(
    r"\b(?:dari|dibanding(?:kan)?|daripada|ketimbang)[ \t]+(?:sebelumnya[ \t]+)?"
    r"(?:(?:angka|skor|nilai)[ \t]+)?\d[\d.,]*[ \t]*(?:(?:poin|persen)[ \t]*|%[ \t]*)?"
    r"(?:(?:pada|di)[ \t]+)?(?:tahun[ \t]+)?$", re.IGNORECASE)


def _ends_with(pattern: re.Pattern[str], text: str, lo: int, end: int) -> bool:
    """``pattern.search(text[lo:end])`` for a pattern anchored at the end ("... dari tahun ").

    Such a match is a word of at most 12 letters, spaces, an optional "tahun" and spaces: only
    that tail is searched (with a character before it, so word boundaries read as in the
    full range), which keeps a search per year or per value from costing the length of a long
    sentence.
    """
    j = end
    while j > lo and text[j - 1].isspace():
        j -= 1
    k = max(lo, j - 5)
    while k > lo and text[k - 1].isspace():
        k -= 1
    return pattern.search(text[max(lo, min(j, k) - 13):end]) is not None


def sentence_year(text: str, sent: tuple[int, int], years: Sequence[NumberMention],
                   article_year: int | None, near: int,
                   cache: dict[tuple[int, int], Any] | None = None) -> int | None:
    """The year a sentence states for a value at ``near`` (``cache``: per-sentence results)."""
    entry = cache.get(sent) if cache is not None else None
    if entry is None:
        stated = [y for y in between(years, sent[0], sent[1])
                  if not _ends_with(YEAR_COMPARE, text, sent[0], y.start)
                  and not _COMPARED_VALUE.search(text, max(sent[0], y.start - 60), y.start)]
        entry = (stated, [y.start for y in stated],
                 None if stated else _relative_year(text, sent, article_year))
        if cache is not None:
            cache[sent] = entry
    stated, starts, relative = entry
    if stated:
        # the stated year closest to ``near``; on a tie the earlier one
        i = bisect_left(starts, near)
        if i == 0 and _THEN_CLAUSE.search(text, near, starts[0]):
            # "tercatat 3,51, kemudian pada 2018 sebesar 3,90": 2018 is the next value's; the
            # one before it is of an earlier year, the likeliest the year before
            return int(stated[0].value) - 1  # type: ignore[arg-type]
        if i == len(stated) or (i > 0 and near - starts[i - 1] <= starts[i] - near):
            i -= 1
        elif i > 0 and (_OTHER_CLAUSE.search(text, near, starts[i])
                        or _THEN_CLAUSE.search(text, near, starts[i])
                        or _TIME_CLAUSE.search(text, near, starts[i])):
            i -= 1  # "pada 2014 ... 21,7 persen, sedangkan pada 2019 ...": 2019 is the next's
        return int(stated[i].value)  # type: ignore[arg-type]
    if relative is None:
        return None
    year, at = relative
    lo, hi = sorted((near, at))
    if _OTHER_CLAUSE.search(text, lo, hi):
        return None  # "Nindya setelah tahun lalu Madya": "tahun lalu" is the other clause's
    return year


#: Words that open a clause about another time: "naik ke Nindya setelah tahun lalu Madya".
_OTHER_CLAUSE = re.compile(r"\b(?:setelah|sebelum|sedangkan|sementara|namun|padahal|dibanding"
                           r"(?:kan)?|ketimbang|daripada)\b", re.IGNORECASE)


#: ", lalu pada 2019 ...": a clause about the next time.
_THEN_CLAUSE = re.compile(r",[ \t]*(?:lalu|kemudian|lantas)\b", re.IGNORECASE)


#: A clause of its own time after a comma: "601-800, pada periode 2018-2019 ...", "pada 2024".
_TIME_CLAUSE = re.compile(r",[ \t]*(?:pada|sejak|selama)[ \t]+(?:(?:periode|tahun|masa)[ \t]+)?"
                          r"(?:(?:19|20)\d\d(?:[ \t]*[-\u2013][ \t]*"
                          r"|[ \t]+(?:hingga|sampai)[ \t]+))?$", re.IGNORECASE)


def _relative_year(text: str, sent: tuple[int, int],
                   article_year: int | None) -> tuple[int, int] | None:
    """"tahun lalu" / "tahun ini" in a sentence, from the article's year, with its offset."""
    if article_year is None:
        return None
    s = text[sent[0]:sent[1]]
    for m in _RELATIVE_YEAR.finditer(s):
        if _ends_with(YEAR_COMPARE, s, 0, m.start()) or _ends_with(_COMPARE_END, s, 0, m.start()) \
                or _COMPARED_VALUE.search(s, max(0, m.start() - 60), m.start()):
            continue
        step = _RELATIVE_STEP.get(m.group(1).lower(), -1)
        counted = _COUNTED_YEARS.search(s, max(0, m.start() - 12), m.start())
        if counted:  # "dua tahun lalu": two years back; "beberapa tahun mendatang": no one year
            times = parse_number(counted.group(1))  # None for "beberapa", "puluhan"
            if not isinstance(times, int) or step == 0:
                continue
            step *= times
        return article_year + step, sent[0] + m.start()
    return None


#: "target opini WTP ... sebesar 95% pada 2019": a year aimed at, in the clause of a target; it
#: dates that target only, never a result stated after it.
_AIMED_YEAR = re.compile(rf"\b(?:{TARGET_WORDS})\b[^.;!?\n]*$", re.IGNORECASE)


#: A sentence speaking of an aim (or a "sasaran"): a year ahead in it is the aim's ("target ...
#: pada tahun 2020 ... menjadi 50"), whatever kind its values were read as.
_AIM = re.compile(rf"\b(?:{TARGET_WORDS}|sasaran)\b", re.IGNORECASE)


#: "UU Nomor 1 Tahun 1974": a year that dates a regulation, not a result.
_REGULATION = re.compile(r"\b(?:Nomor|No\.?)\s*\d+[\w/.-]*\s+[Tt]ahun\s+$")
_FROM = re.compile(r"\bdari\s+(?:sebelumnya\s+)?"
                   r"(?:angka\s+|skor\s+|nilai\s+|posisi\s+|peringkat\s+|level\s+)?$",
                   re.IGNORECASE)
_TO = re.compile(r"\s*(?i:poin\s+)?(?:(?i:menjadi|jadi|ke\s+angka|ke\s+posisi|ke\s+peringkat"
                 r"|ke(?=\s+(?:level\s+)?\d))|(?i:ke)(?=\s+(?:(?i:predikat)\s+)?[A-Z]{1,4}\b))\b")


#: "turun menjadi 80,4 dari 85,1": the value reached comes first, the one it left after it.
_REACHED_FROM = re.compile(r"\b(?:menjadi|ke[ \t]+angka)[ \t]+\d[\d.,]*[ \t]*"
                           r"(?:(?:poin|persen)[ \t]+|%[ \t]*)?,?[ \t]*dari[ \t]+"
                           r"(?:sebelumnya[ \t]+)?"
                           r"(?:(?:angka|skor|nilai)[ \t]+)?$", re.IGNORECASE)


def _left_behind(text: str, c: Candidate) -> bool:
    """Whether ``c`` is the value a change left: "dari X menjadi Y", "menjadi Y dari X"."""
    return bool((_FROM.search(text, max(0, c.start - 32), c.start) and _TO.match(text, c.end))
                or _REACHED_FROM.search(text, max(0, c.start - 60), c.start))


#: Metrics of the lexicon whose values move at any time or per survey round, not once a year: a
#: rating cut, a sports or film ranking, a reading of the air, a survey of several years.
_ANY_TIME = frozenset({"credit-rating", "fifa-ranking", "bwf-ranking", "atp-ranking",
                       "wta-ranking", "atp-race", "wta-race", "elo", "imdb", "rotten-tomatoes",
                       "metacritic", "riskesdas", "fine-particles"})


def _yearly(c: Candidate) -> bool:
    """Whether ``c``'s metric is an index of the lexicon given once a year (SPI, IPM, IKPA ...).

    Its value a change left with no year stated ("naik dari 68 ke 74") is of the edition before,
    the year before; the value of an indicator the lexicon does not know ("angka harapan hidup
    dari 70 jadi 71,2"), of a rating moved at any time or of a reading is of no year the text
    states.
    """
    rule = c.metric.rule
    return rule is not None and rule.id not in _ANY_TIME and not reading(c)


def _earlier(text: str, c: Candidate, year: int) -> int | None:
    """"naik dari X menjadi Y" with no year of its own: X is the year before Y's.

    Also "menjadi Y dari X" and "dari sebelumnya X" after the value reached. After a span of
    years counted back ("dalam 3 tahun terakhir ... dari X menjadi Y pada 2018") X is of the
    span's start, which the text does not name: ``None``.
    """
    if not _left_behind(text, c):
        return year
    return None if counted_span_before(text, c) else year - 1


#: "naik dibandingkan IDI 2017": a year compared with (an acronym may name the metric first);
#: "kecuali pada tahun 2016": a year left out, which dates nothing reported.
_COMPARED_YEAR = re.compile(r"\b(?:dari|dibanding(?:kan)?|daripada|ketimbang|sejak"
                            r"|kecuali(?:[ \t]+pada)?)[ \t]+"
                            r"(?:tahun[ \t]+|[A-Z][A-Za-z]{1,7}[ \t]+)?$", re.IGNORECASE)


#: "20,1 persen pada 2019", "72,39 (2018)": the year written right after the value is its own.
_YEAR_AFTER = re.compile(r"[ \t]*(?:persen|%|poin)?[ \t]*(?:\(|pada[ \t]+|di[ \t]+|tahun[ \t]+)"
                         r"(?:tahun[ \t]+)?((?:19|20)\d\d)\b(?!\s*[-–/]\d)", re.IGNORECASE)


#: "terakreditasi A sejak tahun 2007": an accreditation held since the year written right after
#: it (not a span, "sejak 2015 hingga 2018", nor a time of day, "sejak pagi"). Read only for
#: grades held over time (:data:`INSTITUTION_METRICS`), never an audit opinion ("opini WTP sejak
#: 2016 secara berturut-turut" is a run of yearly opinions, not one of 2016).
_HELD_SINCE = re.compile(r"[ \t]+sejak[ \t]+(?:tahun[ \t]+)?((?:19|20)\d\d)\b"
                         r"(?![ \t]*(?:[-–/]|s\.?d\b|(?i:hingga|sampai)\b))")


#: "tahun 2018 yang sebesar 3,66": the year written right before the value is its own.
_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)[ \t]+(?:yang[ \t]+)?(?:sebesar|mencapai|tercatat"
                          r"|hanya|di[ \t]+angka)[ \t]+$", re.IGNORECASE)


#: The year right after a metric's name, maybe after its issuer ("EoDB Bank Dunia 2020").
_EDITION = re.compile(r"(?:[ \t]+[A-Z][\w-]*){0,3}[ \t]+(?:tahun[ \t]+)?((?:19|20)\d\d)\b"
                      r"(?![.,]\d|[ \t]*[-–/])")


def metric_editions(text: str, metrics: Sequence[Any],
                    article_year: int | None = None) -> dict[str, int]:
    """The year each metric is first named with ("EoDB 2020", "APN 2019"): its edition.

    A year aimed at is none ("menargetkan nilai SPI 2025 mencapai 80": a target's year, not a
    release), nor a year closing the name of an election after ``article_year`` that a poll is
    about ("survei Pilkada Kota X 2020" in 2019: a poll run before the election; electionpolls).

    Parameters
    ----------
    text : str
        The article.
    metrics : sequence of Metric
        The metrics named in it, by start.
    article_year : int, optional
        The article's year.

    Returns
    -------
    dict of str to int
        Each metric's name and its edition's year.
    """
    out: dict[str, int] = {}
    for m in metrics:
        if m.name in out:
            continue
        e = _EDITION.match(text, m.end)
        if e is None or _AIMED_YEAR.search(text, max(0, m.start - 200), m.start):
            continue
        year = int(e.group(1))
        if not poll_ahead(text, m.name, year, e.start(1), article_year):
            out[m.name] = year
    return out


#: The year closing a placing's item of a list, before the next comma: " Lomba B di Kota C
#: Tahun 2017" (written with "tahun": a bare number there may be the next placing's).
_ITEM_YEAR = re.compile(r"[^,;.\n]{0,120}?\b[Tt]ahun[ \t]+((?:19|20)\d\d)\b"
                        r"(?![.,]\d|[ \t]*[-\u2013/])[ \t]*(?:[,;.\n]|$)")


#: A period of months running from one year into the next: "periode Juli 2022 hingga Juni 2023",
#: "1 Juli 2022 s.d. 30 Juni 2023", "Jul 2022-Jun 2023" (the score is of the period, of no one
#: year).
_MONTH_PERIOD = re.compile(rf"\b(?i:{_MONTH_WORDS})\.?[ \t]+((?:19|20)\d\d)[ \t]*(?:hingga"
                           r"|sampai(?:[ \t]+dengan)?|s\.?d\.?|[-\u2013])[ \t]*(?:\d{1,2}[ \t]+)?"
                           rf"(?i:{_MONTH_WORDS})\.?[ \t]+((?:19|20)\d\d)\b")


#: "68,3 pada tahun sebelumnya": a value of the year before.
_PREVIOUS_AFTER = re.compile(r"[ \t]*(?:poin[ \t]+|persen[ \t]+)?(?:pada[ \t]+|di[ \t]+)?tahun"
                             r"[ \t]+(?:sebelumnya|lalu)\b", re.IGNORECASE)


#: "tahun depan ... diperkirakan mencapai 40": a forecast is of the year it is made for.
_FORECAST = re.compile(rf"\b(?:{FORECAST_PASSIVES}|{FORECAST_VERBS}|memproyeksikan"
                       r"|proyeksi(?:nya)?|prediksi(?:nya)?|perkiraan(?:nya)?)\b", re.IGNORECASE)


#: "38 tahun depan": the year written right after the value is the next one.
_NEXT_AFTER = re.compile(r"[ \t]*(?:poin[ \t]+|persen[ \t]+)?(?:pada[ \t]+)?tahun[ \t]+"
                         r"(?:depan|mendatang)\b", re.IGNORECASE)


#: "dibanding tahun sebelumnya yang sebesar 74,12": a value of the year before, named first;
#: "(tahun lalu peringkat 5)": a rank of the year before, as a ranking table notes it.
_PREVIOUS_BEFORE = re.compile(r"\btahun[ \t]+(?:sebelumnya|lalu)[ \t]+(?:yang[ \t]+)?"
                              r"(?:(?:hanya|sebesar|masih|baru)[ \t]+)*"
                              r"(?:(?:di[ \t]+)?(?:angka|skor|nilai|level)[ \t]+"
                              r"|(?:di[ \t]+)?(?:peringkat|posisi|urutan)[ \t]+(?:ke-?[ \t]*)?)?$",
                              re.IGNORECASE)


#: "Setahun sebelumnya": a year before the time the text speaks of.
_YEAR_BEFORE_THAT = re.compile(r"\b(?:setahun|satu[ \t]+tahun)[ \t]+sebelum(?:nya|[ \t]+itu)\b",
                               re.IGNORECASE)


#: A turn to another time or clause: "Setahun sebelumnya X 70,1, namun kini naik menjadi 72,5".
_CLAUSE_TURN = re.compile(r"\b(?:namun|kini|sekarang|menjadi|tetapi|tapi|sedangkan|sementara"
                          r"|saat[ \t]+ini)\b", re.IGNORECASE)


#: How far back (characters) a "setahun sebelumnya" may date a value in its sentence: a bound,
#: so that a long sentence of many values is not read again for each.
YEAR_BEFORE_REACH = 300


#: A sentence opening with the year before: "Tahun lalu, Desa A juara 3" (a result of then).
_LAST_YEAR_OPENING = re.compile(r"\W{0,3}(?:(?:pada|di)[ \t]+)?tahun[ \t]+(?:lalu|sebelumnya)\b",
                                re.IGNORECASE)


def _year_before_that(text: str, lo: int, pos: int) -> bool:
    """Whether "setahun sebelumnya" before ``pos`` (from ``lo``) dates ``pos``'s clause.

    The last such phrase counts, and only when no turn ("namun", "kini", "menjadi" ...) lies
    between it and ``pos``.
    """
    ends = [m.end() for m in _YEAR_BEFORE_THAT.finditer(text, lo, pos)]
    return bool(ends) and _CLAUSE_TURN.search(text, ends[-1], pos) is None


#: "tahun ini": the article's own year.
_THIS_YEAR = re.compile(r"\btahun[ \t]+ini\b", re.IGNORECASE)


#: A day or an hour: the text reports the day's readings.
_TODAY = re.compile(r"\b(?:hari[ \t]+ini|pagi[ \t]+ini|siang[ \t]+ini|sore[ \t]+ini|malam[ \t]+ini"
                    r"|semalam|tadi[ \t]+(?:pagi|siang|sore|malam)|pukul|WIB|WITA|WIT)\b")
#: "sebelumnya sempat menduduki ...": a rank held at some earlier time.
_FORMERLY = re.compile(r"\b(?:sebelumnya|pernah|sempat|dulu)\b", re.IGNORECASE)


#: "meraih WTP di tahun 2016 dan 2017": a grade held in each of the years coordinated after it.
_YEARS_AFTER = re.compile(
    r"[ \t]*(?:(?:di|pada)[ \t]+)?(?:tahun[ \t]+)?((?:19|20)\d\d(?:[ \t]*,[ \t]*(?:19|20)\d\d)*"
    r"[ \t]*,?[ \t]+(?:dan|serta)[ \t]+(?:19|20)\d\d)\b(?![ \t]*[-\u2013/])", re.IGNORECASE)


def coordinated_years(text: str, c: Candidate) -> list[int] | None:
    """The years a held grade is said of right after it ("WTP pada 2016 dan 2017"), or ``None``."""
    if c.kind != "grade" or not isinstance(c.value, str):
        return None
    m = _YEARS_AFTER.match(text, c.end, c.sentence[1])
    if m is None:
        return None
    return [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group(1))]


#: Talk of audit opinions: a sentence holding one keeps an audited year going.
_OPINION_TALK = re.compile(r"\b(?:WTP|WDP|TMP|TW|[Oo]pini|[Dd]isclaimer|[Ww]ajar)\b")
_SENTENCE_END = re.compile(r"[.!?]+[\"”']?[\s,]+")
#: The second year of a span ("musim 2019/2020", "tahun ajaran 2025/2026"): no plan's year.
_SPAN_SECOND = re.compile(r"\d{4}[ \t]*/[ \t]*$")


def _audit_talk_broken(text: str, c: Candidate, since: int) -> bool:
    """Whether an audit opinion's year stated at ``since`` no longer dates ``c``.

    It stops when a whole sentence between them speaks of no opinion.
    "Untuk LKKL tahun 2021, 64 LKKL ... WTP. Adapun 5 LKKL ... WDP. Di luar itu BPK telah
    mengaudit 480 laporan daerah. Dari situ, 27 provinsi meraih opini WTP": the LKKL's year ran
    through the WDP sentence; the sentence on what else was audited ends it (the provinces'
    opinions take the report's or the article's year). Other metrics are not read so.
    """
    if c.metric.rule is None or c.metric.rule.id != "opini-bpk":
        return False
    pieces = _SENTENCE_END.split(text[since:c.sentence[0]])
    return any(sum(ch.isalpha() for ch in piece) >= 12 and not _OPINION_TALK.search(piece)
               for piece in pieces[1:])


#: A target given right after the value reached against it: "mencapai 92,4% dari target
#: 90%", "78,2 persen, melampaui target 75 persen", "realisasi 61 poin di bawah target 65".
_AGAINST_TARGET = re.compile(
    r"[ \t]*(?:persen|%|poin)?[ \t]*,?[ \t]*(?:(?:atau|yang|sehingga)[ \t]+)?"
    r"(?:dari|melampaui|melebihi|di[ \t]+atas|di[ \t]+bawah)[ \t]+target[ \t]+"
    r"(?:(?:yang[ \t]+)?(?:ditetapkan|dipatok|dicanangkan)[ \t]+)?(?:sebesar[ \t]+)?$",
    re.IGNORECASE)


def year_at_value(text: str, c: Candidate) -> int | None:
    """The year written right at ``c``'s value, or ``None``.

    Right after it ("20,1 persen pada 2019", "72,39 (2018)"), after an accreditation held since
    then ("terakreditasi A sejak tahun 2007"), or right before it ("tahun 2018 yang sebesar
    3,66").
    """
    after = _YEAR_AFTER.match(text, c.end, min(c.sentence[1], c.end + 30))
    if after:
        return int(after.group(1))
    held = c.kind == "grade" and c.metric.rule is not None \
        and c.metric.rule.id in INSTITUTION_METRICS
    since = _HELD_SINCE.match(text, c.end, c.sentence[1]) if held else None
    if since:
        return int(since.group(1))
    before = _YEAR_BEFORE.search(text, max(c.sentence[0], c.start - 30), c.start)
    return int(before.group(1)) if before else None


def against_target(text: str, value_end: int, target_start: int) -> bool:
    """Whether the target at ``target_start`` is given against the value ending at ``value_end``.

    "Cakupan X mencapai 92,4% dari target 90%": the target is the one of the value's own
    period, so it takes the value's year when its sentence states none. A target said apart
    from the value ("mencapai 71. Pemerintah menargetkan 75") is not.
    """
    return 0 <= target_start - value_end <= 60 and _AGAINST_TARGET.fullmatch(
        text, value_end, target_start) is not None


def reading(c: Candidate) -> bool:
    """Whether ``c`` is a reading of an air-quality index (reported as the day's value)."""
    rule = c.metric.rule
    return rule is not None and rule.id in READING_METRICS


def _names_within(inner: str, name: str) -> bool:
    """Whether the metric name ``inner`` is written in ``name`` as whole words (any case).

    "World University Rankings" is in "THE World University Rankings penelitian"; "SPI" is not
    in "SPIP", nor "IPM" in "IPM-Plus".
    """
    if len(inner) >= len(name):
        return False
    return re.search(rf"(?<![\w-]){re.escape(inner)}(?![\w-])", name, re.IGNORECASE) is not None


class Years:
    """The year of each score candidate of one text.

    Parameters
    ----------
    text
        The article.
    years
        The year mentions of the text, sorted.
    article_year
        The article's year, for relative years ("tahun lalu").
    window
        How far back (characters) a year stated before the sentence still applies.
    """

    def __init__(self, text: str, years: Sequence[NumberMention], article_year: int | None,
                 window: int, editions: dict[str, int] | None = None) -> None:
        self.text = text
        self.years = years
        self.article_year = article_year
        self.window = window
        self.editions = editions or {}
        self.cache: dict[tuple[int, int], Any] = {}  # sentence -> its stated years
        # sentence -> (a day or hour named in it or shortly before, end of its first "sempat")
        self.days: dict[tuple[int, int], tuple[bool, int]] = {}

    def _dated(self, c: Candidate) -> bool:
        """A day or hour named in the sentence or shortly before, and no earlier time."""
        sent = c.sentence
        if sent not in self.days:
            today = _TODAY.search(self.text, max(0, sent[0] - 300), sent[1]) is not None
            formerly = _FORMERLY.search(self.text, *sent) if today else None
            self.days[sent] = (today, formerly.end() if formerly else sent[1] + 1)
        today, formerly_end = self.days[sent]
        return today and formerly_end > c.start

    def _ahead(self, c: Candidate, year: int) -> bool:
        """Whether ``year`` is a relative year after the article's ("tahun depan")."""
        stated = self.cache.get(c.sentence)
        return self.article_year is not None and year > self.article_year \
            and stated is not None and not stated[0]

    def of(self, c: Candidate, in_title: bool) -> int | None:
        """The year of candidate ``c``: stated, relative, shortly before, else the article's.

        Targets never take a year from outside their sentence; values in the headline never
        take one stated in the body.
        """
        return self.dated(c, in_title)[0]

    def dated(self, c: Candidate, in_title: bool) -> tuple[int | None, bool]:
        """The year of candidate ``c`` (as :meth:`of`) and whether the text states it.

        Stated: written at the value or in its sentence, as a year or relative to one ("tahun
        lalu", "setahun sebelumnya"). Not stated: a year taken from before the sentence, the
        metric's edition or the article's date (:meth:`_unstated`), or the article's own year
        said as "tahun ini", which a later mention of the same score may take differently.
        """
        text = self.text
        at_value = year_at_value(text, c)
        if at_value is not None:
            return at_value, True
        if _NEXT_AFTER.match(text, c.end) and self.article_year is not None:
            return self.article_year + 1, True  # "naik menjadi 38 tahun depan": next year's
        if _PREVIOUS_AFTER.match(text, c.end):
            # "naik dari 68,3 pada tahun sebelumnya": the year before the one the sentence states
            base = sentence_year(text, c.sentence, self.years, None, c.start, None) \
                or self.article_year
            return (base - 1 if base is not None else None), True
        if _PREVIOUS_BEFORE.search(text, max(c.sentence[0], c.start - 45), c.start):
            # "dibanding tahun sebelumnya yang sebesar 34": the year before the one the sentence
            # states, else the one the text gave shortly before ("IPK 2024 ... . Skor itu naik
            # dibanding tahun sebelumnya yang sebesar 34")
            base = sentence_year(text, c.sentence, self.years, None, c.start, None) \
                or self._this_year(c) or self._unstated(c, in_title)
            return (base - 1 if base is not None else None), True
        last_year = _LAST_YEAR_OPENING.match(text, c.sentence[0], c.start) is not None
        if (last_year or _year_before_that(
                text, max(c.sentence[0], c.start - YEAR_BEFORE_REACH), c.start)) \
                and not between(self.years, c.sentence[0], c.sentence[1]):
            # "Pada 2022 nilainya 72,5. Setahun sebelumnya, 70,1": the year before the one
            # the text speaks of (else before the article's); "Lomba X 2024 ... . Tahun lalu,
            # Desa A juara 3": the year before the article's, not the contest's named before
            base = (self.article_year if last_year else None) or self._unstated(c, in_title)
            return (base - 1 if base is not None else None), True
        contest = self._contest_year(c)
        if contest is not None:
            return contest, True
        if self._over_a_period(c):
            return None, True  # "pada periode Juli 2022 hingga Juni 2023 ... ke-3"
        year = sentence_year(text, c.sentence, self.years, self.article_year, c.start,
                             self.cache)
        if year is not None and c.kind != "target" and not _FORECAST.search(text, *c.sentence):
            if self._ahead(c, year):
                year = None  # "tahun depan" dates what is aimed at or forecast, not a result
            elif self._sentence_to_come(c, year) and not _AIM.search(text, *c.sentence):
                # a year after the article's closing an event's name ("menuju Piala Dunia
                # 2030"): the sentence's other year, else one from before it
                year = self._other_stated(c)
        if year is not None and year == self.article_year and not self.cache[c.sentence][0] \
                and self._edition(c) == year + 1:
            # "World University Rankings 2020 ... posisi pertama tahun ini": this year's
            # release of a ranking named by the next year is that edition
            year = year + 1
        # "tahun ini" states no year of its own: the article's, which a repeat takes unstated
        # ("Indeks X 2021 ... Tahun ini peringkat pertama jatuh ke ...": announced this year)
        stated = year is not None and (bool(self.cache[c.sentence][0]) or year != self.article_year)
        if year is not None and c.kind != "target":
            # "pada 2023 naik dari X menjadi Y": X is of 2022
            return _earlier(text, c, year), stated
        if year is not None or c.kind == "target":
            return year, stated
        return self._unstated(c, in_title), False

    def _edition(self, c: Candidate) -> int | None:
        """The edition of ``c``'s metric: its own, else that of a metric its name contains.

        "THE World University Rankings penelitian" (an indicator of a ranking) is of the
        edition of "World University Rankings 2020". Whole words only: "SPIP" is no "SPI".
        """
        own = self.editions.get(c.metric.name)
        if own is not None:
            return own
        name = c.metric.name
        inner = [k for k in self.editions if _names_within(k, name)]
        return self.editions[max(inner, key=len)] if inner else None

    def _to_come(self, year: NumberMention) -> bool:
        """Whether ``year`` is after the article's and closes an event's name.

        A result is not of a year still to come: "... kualifikasi Piala Dunia 2030. Posisi 10
        tidak berubah" names an event ahead, not the ranking's year. Only a year closing an
        event's name counts so ("Piala Asia U-16 2020"): a ranking named by the next year
        ("Peringkat Universitas Dunia 2020", published the year before) keeps it, and so does
        a year after a month ("January 2016", when the article's year was read from an older
        date in the text). The edition of a metric of the text ("QS WUR 2020") is kept too.
        """
        value = int(year.value)  # type: ignore[arg-type]
        return self.article_year is not None and value > self.article_year \
            and value not in self.editions.values() \
            and EVENT_NAME_END.search(self.text, max(0, year.start - 60), year.start) is not None

    def _poll_ahead(self, c: Candidate, year: NumberMention) -> bool:
        """Whether ``year`` is after the article's and names the election ``c``'s poll is about.

        "Dalam survei Pilkada Kota X 2020, A unggul 13 persen" (in 2019): the poll's result is
        of the article's time, not of the election to come.
        """
        return poll_ahead(self.text, c.metric.name, int(year.value),  # type: ignore[arg-type]
                          year.start, self.article_year)

    def _after_article(self, year: NumberMention) -> bool:
        """Whether ``year`` is a plan's year: after the article's, in a sentence of no ranking.

        A year to come stated before a value's sentence ("kebijakan tarif tahun 2026", in an
        article of 2025) dates a plan, not a result the article reports: a value whose
        sentence states no year never takes it. A ranking released for the next year
        ("merilis ranking universitas dunia untuk tahun 2026": a word of rankings or scores,
        ``cues.RANKING_OR_SCORE_TALK``, in the year's sentence), an edition named by it
        ("Peringkat X 2026") and a span's second year ("musim 2019/2020", "tahun ajaran
        2025/2026") still date the values after them.
        """
        value = int(year.value)  # type: ignore[arg-type]
        if (self.article_year is None or value <= self.article_year
                or value in self.editions.values()
                or _SPAN_SECOND.search(self.text, max(0, year.start - 8), year.start)):
            return False
        text = self.text
        ends = list(_SENTENCE_END.finditer(text, max(0, year.start - 200), year.start))
        lo = ends[-1].end() if ends else max(0, year.start - 200)
        after = _SENTENCE_END.search(text, year.end, year.end + 200)
        hi = after.start() if after else year.end + 200
        return RANKING_OR_SCORE_TALK.search(text, lo, hi) is None

    def _sentence_to_come(self, c: Candidate, year: int) -> bool:
        """Whether the sentence's ``year`` for ``c`` is one still to come (:meth:`_to_come`)."""
        stated = [y for y in between(self.years, *c.sentence) if y.value == year]
        return bool(stated) and all(self._to_come(y) or self._poll_ahead(c, y) for y in stated)

    def _other_stated(self, c: Candidate) -> int | None:
        """The stated year of ``c``'s sentence nearest ``c`` that is no year to come, or ``None``.

        "Pada 2019 Indonesia di peringkat 2 kualifikasi Piala Asia 2020": 2019.
        """
        own = [y for y in between(self.years, *c.sentence)
               if not self._to_come(y) and not self._poll_ahead(c, y)]
        if not own:
            return None
        return int(min(own, key=lambda y: abs(y.start - c.start)).value)  # type: ignore[arg-type]

    def _over_a_period(self, c: Candidate) -> bool:
        """Whether the nearest dating before ``c`` in its sentence is a period over two years.

        "Pada periode Juli 2022 hingga Juni 2023, X menempati peringkat 3": of no one year;
        a year stated after the period, nearer the value ("..., pada tahun 2024 X meraih
        peringkat 3"), dates it instead.
        """
        periods = list(_MONTH_PERIOD.finditer(self.text, c.sentence[0], c.start))
        if not periods or periods[-1].group(1) == periods[-1].group(2):
            return False
        return not between(self.years, periods[-1].end(), c.start)

    def _contest_year(self, c: Candidate) -> int | None:
        """The year closing the name of the contest a rank is held or aimed at in, else ``None``.

        A contest named after the rank, in its sentence, by the year closing its name ("juara
        3 MTQ X 2025 lalu menargetkan juara umum MTQ Y 2026": 2026 is the target's, though 2025
        is as near). A rank in a list of placings, whether its contest is named before or after
        it, by the year closing its item ("Juara 1 Lomba A Tahun 2016, Juara 3 Lomba B di Kota
        C Tahun 2017": 2017 for the third place).
        """
        m = c.metric
        if not m.award or m.end > c.sentence[1]:
            return None
        start = c.end
        if m.start >= c.end:
            edition = _EDITION.match(self.text, m.end, c.sentence[1])
            if edition and poll_ahead(self.text, m.name, int(edition.group(1)),
                                      edition.start(1), self.article_year):
                return None  # "teratas dalam survei Pilkada X 2020" (in 2019): the election's
            if edition:
                return int(edition.group(1))
            start = m.end
        # "Juara 1 Lomba A Tahun 2016, Juara 3 Lomba B di Kota C Tahun 2017": a list of
        # placings, each closed by its year (whether the contest's metric is this item's mention
        # or the first one)
        item = _ITEM_YEAR.match(self.text, start, c.sentence[1]) if c.kind == "rank" else None
        return int(item.group(1)) if item else None

    def _this_year(self, c: Candidate) -> int | None:
        """The article's year when the sentence says "tahun ini", else ``None``.

        "pada tahun ini ... lebih baik dari angka tahun lalu, X": X is of the year before the
        article's, whatever year the text named earlier.
        """
        if self.article_year is not None and _THIS_YEAR.search(self.text, *c.sentence):
            return self.article_year
        return None

    def _unstated(self, c: Candidate, in_title: bool) -> int | None:
        """The year of a value whose sentence states none: shortly before, edition, article."""
        text = self.text
        if not in_title and not (reading(c) and self.article_year is not None):
            # with no article date, a year stated anywhere before dates the article's talk;
            # a reading (ISPU, AQI) is the day's, not one of a year named earlier
            reach = self.window if self.article_year is not None else c.start
            prev = [y for y in between(self.years, c.start - reach, c.sentence[0])
                    if not _COMPARED_YEAR.search(text, max(0, y.start - 30), y.start)
                    and not _REGULATION.search(text, max(0, y.start - 40), y.start)
                    and not _AIMED_YEAR.search(text, max(0, y.start - 200), y.start)
                    and not self._to_come(y) and not self._after_article(y)
                    and not self._poll_ahead(c, y)]
            if prev and not _audit_talk_broken(text, c, prev[-1].end):
                return _earlier(text, c, int(prev[-1].value))  # type: ignore[arg-type]
        edition = self._edition(c)
        if edition is not None:
            return _earlier(text, c, edition)  # "Doing Business 2020 ... peringkat 73"
        if self.article_year is not None and (not c.metric.adhoc or self._dated(c)):
            # a ranking in passing ("negara ... terbanyak") has a year only where one is stated,
            # or when it is the day's reading ("Minggu pagi ... peringkat ke-3"); a streak
            # ("lima kali berturut-turut") is of years the text never states, and so is the
            # value a change left ("naik dari X menjadi Y") unless the metric is a yearly
            # index (its last edition: the year before)
            if streak(text, c) or (_left_behind(text, c) and not _yearly(c)):
                return None
            return _earlier(text, c, self.article_year)
        # news reports the latest result: a score with no year of its own is of the article's
        return None
