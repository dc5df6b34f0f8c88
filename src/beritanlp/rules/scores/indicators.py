"""Statistical indicators as scores: survey results, prevalences, rates and proportions.

GUIDELINE.md counts "survey percentages that are the survey's result" as scores. Government
news reports them as an indicator phrase and a number: "prevalensi stunting turun menjadi 21,6
persen", "angka kelahiran total 2,45", "tingkat putus pakai 29 persen, meningkat 4 persen",
often after naming the survey ("menurut Susenas", "hasil SSGI 2022"). Pure: the word tables
(:class:`IndicatorTable`, from ``lexicons/data/statistical_surveys.txt`` and
``indicator_words.txt`` by :func:`default_indicator_table`) are passed in.

How it works
------------
1. Surveys: the table's acronyms (as written) and long names (any case); a statistics body
   ("BPS") counts as a source, never as a metric.
2. Indicator phrases: a head ("prevalensi", "angka", "tingkat", "persentase", "cakupan",
   "kadar", "penggunaan" ...) and its complement, cut before verbs, function words, numbers,
   brackets and (in a lowercase phrase) capitalised names: "Tingkat putus pakai menunjukkan"
   gives "Tingkat putus pakai". A head with no complement ("angka ini", "di angka 12") is no
   indicator; one whose complement is a survey ("capaian SDKI") names the survey. Whole
   indicator names ("unmet need", "TFR") need no head. An acronym defined right after the
   phrase ("(TPT)") becomes the metric.
3. A phrase is *strong* when its complement names a known statistical topic (stunting,
   kemiskinan, pengangguran, kematian, kontrasepsi ...) or it is a whole name; a weak phrase
   ("penggunaan X", "tingkat X") counts only with a survey named in its sentence or shortly
   before. A complement word of money, growth, prices, banking, production, elections or a
   survey's method ("tingkat kepercayaan 95 persen") makes the phrase no score.
4. Values: the numbers after a phrase in its clause (up to the next phrase, a clause break or a
   word of the "not" list) that are percentages, rates ("2,28 per WUS", "24 per 1.000") or
   decimals with no unit; whole numbers without a unit are counts, and ranges, years and money
   are never values. The kind comes from :func:`~beritanlp.rules.scores.values.kind_for`; a
   change noun before the head ("penurunan kadar PM 2,5 sebesar 7 persen") makes a change unless
   the clause reads "dari ... menjadi". A target counts only next to a value of the same phrase
   ("baru 31,2% dari target 30%"): a policy target alone is no score.
5. A survey's bare result: a percentage in the sentence naming a survey, or the next one, that
   no phrase took ("survei PSG ... Tahun 2015 anak balita pendek ada 27,1 persen") is a value of
   the survey.

:func:`with_indicators` merges these candidates into the other score rules' candidates: a value
another rule gave to a metric named in its sentence (a survey too) stays that rule's; one it
gave to a metric named in an earlier sentence becomes the indicator's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from beritanlp.lexicons.speech import speech_alternation
from beritanlp.lexicons.words import word_table
from beritanlp.rules.scores.carried import carried_values
from beritanlp.rules.scores.cues import CHANGE, COMPLEMENT_STOP, TARGET, VERB_PREFIXED
from beritanlp.rules.scores.model import Candidate, Metric, SentenceOf, between
from beritanlp.rules.scores.surveyed import cites_survey, surveyed_values
from beritanlp.rules.scores.values import kind_for
from beritanlp.text.numbers import NumberMention
from beritanlp.text.word_start import lowered_haystack


@dataclass(frozen=True)
class Survey:
    """A survey or statistics source of the table: acronym, long names and role."""

    acronym: str | None
    names: tuple[str, ...]
    role: str  # "survey" or "source"


@dataclass(frozen=True)
class IndicatorTable:
    """The word tables of the indicator rules, compiled once.

    Parameters
    ----------
    surveys : tuple of Survey
        National surveys and statistics sources.
    words : tuple of (word, roles)
        Indicator words with their roles (head, whole, topic, not, keep; see
        ``lexicons/data/indicator_words.txt``).
    """

    surveys: tuple[Survey, ...]
    words: tuple[tuple[str, frozenset[str]], ...]
    _compiled: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    def of_role(self, role: str) -> tuple[str, ...]:
        """The words carrying ``role``, in table order."""
        return tuple(w for w, roles in self.words if role in roles)

    def pattern(self, name: str) -> re.Pattern[str]:
        """A compiled pattern of the table (built on first use)."""
        if name not in self._compiled:
            self._compiled[name] = _compile(self, name)
        return self._compiled[name]  # type: ignore[return-value]

    def literals(self, name: str) -> tuple[str, ...] | None:
        """The words of the pattern ``name`` as a text must hold them for it to match.

        As written for the case-sensitive "acronyms"; lower-cased for the ignore-case
        "survey_names" and "heads" (to look for in ``text.lower()``). None when a word is not
        ASCII (no such check then). Built on first use.
        """
        key = "literals:" + name
        if key not in self._compiled:
            words = _cue_words(self, name)
            self._compiled[key] = (
                None if not all(w.isascii() for w in words)
                else tuple(words) if name == "acronyms" else tuple({w.lower() for w in words}))
        return self._compiled[key]  # type: ignore[return-value]

    def word_set(self, role: str) -> frozenset[str]:
        """The casefolded words carrying ``role``."""
        key = "set:" + role
        if key not in self._compiled:
            self._compiled[key] = frozenset(w.casefold() for w in self.of_role(role))
        return self._compiled[key]  # type: ignore[return-value]


def _cue_words(table: IndicatorTable, name: str) -> list[str]:
    """The words of the pattern ``name`` ("acronyms", "survey_names" or "heads")."""
    if name == "acronyms":
        return [s.acronym for s in table.surveys if s.acronym]
    if name == "survey_names":
        return [n for s in table.surveys for n in s.names]
    return [*table.of_role("head"), *table.of_role("whole")]


def _alternation(items: Sequence[str]) -> str:
    return "|".join(re.escape(x) for x in sorted(set(items), key=len, reverse=True))


def _compile(table: IndicatorTable, name: str) -> re.Pattern[str]:
    if name == "acronyms":  # case-sensitive survey acronyms
        acr = _cue_words(table, name)
        return re.compile(rf"(?<![\w-])(?:{_alternation(acr)})(?![\w-])")
    if name == "survey_names":
        names = _cue_words(table, name)
        # ASCII: IGNORECASE alone would also match "ı"/"İ", which the roles are not keyed by
        return re.compile(rf"(?<![\w-])(?:{_alternation(names)})(?![\w-])",
                          re.IGNORECASE | re.ASCII)
    if name == "heads":  # heads and whole names, any case
        words = _cue_words(table, name)
        return re.compile(rf"(?<![\w-])(?:{_alternation(words)})(?![\w-])", re.IGNORECASE)
    if name == "topics_any_case":  # lowercase topics, on a word's start ("stunting")
        words = [t.casefold() for t in table.of_role("topic") if t.islower() or "-" in t]
        return re.compile(rf"(?<![\w-])(?:{_alternation(words)})")
    if name == "topics_as_written":  # acronyms ("MKJP", "PM")
        words = [t for t in table.of_role("topic") if not (t.islower() or "-" in t)]
        return re.compile(rf"(?<![\w-])(?:{_alternation(words)})(?![a-z])")
    if name == "nots":
        return re.compile(rf"(?<![\w-])(?:{_alternation(table.of_role('not'))})",
                          re.IGNORECASE)
    raise KeyError(name)


def parse_indicator_table(surveys: Sequence[Sequence[str]],
                          words: Sequence[Sequence[str]]) -> IndicatorTable:
    """Build the table from word-table rows.

    Parameters
    ----------
    surveys : rows (acronym or "-", names ";"-separated or "-", role)
    words : rows (word, roles space-separated)

    Raises
    ------
    ValueError
        For a row with a wrong number of columns or an unknown role.
    """
    out: list[Survey] = []
    for row in surveys:
        if len(row) != 3 or row[2] not in ("survey", "source"):
            raise ValueError(f"bad survey row: {row!r}")
        acronym = None if row[0] == "-" else row[0]
        names = tuple(n.strip() for n in row[1].split(";") if n.strip() and n.strip() != "-")
        out.append(Survey(acronym, names, row[2]))
    known = {"head", "whole", "topic", "not", "keep"}
    parsed: list[tuple[str, frozenset[str]]] = []
    for row in words:
        roles = frozenset(row[1].split()) if len(row) == 2 else frozenset()
        if not roles or not roles <= known:
            raise ValueError(f"bad indicator word row: {row!r}")
        parsed.append((row[0], roles))
    return IndicatorTable(tuple(out), tuple(parsed))


@cache
def default_indicator_table() -> IndicatorTable:
    """The packaged table (``statistical_surveys`` and ``indicator_words`` word lists)."""
    return parse_indicator_table(word_table("statistical_surveys"), word_table("indicator_words"))


@dataclass(frozen=True)
class Mention:
    """A survey or an indicator phrase found in a text.

    ``kind``: "survey", "source" (for surveys) or "strong"/"weak" (for indicator phrases).
    ``change``: a change noun stands right before the phrase ("penurunan kadar ...").
    """

    name: str
    start: int
    end: int
    kind: str
    change: bool = False


#: What makes an acronym a survey's name ("menurut Riskesdas", "survei PSG", "SSGI 2022"; not
#: "PSG menguasai bola", a football club).
_SURVEY_CUE_BEFORE = re.compile(
    r"\b(?:survei|survey|studi|riset|data|hasil|menurut|berdasarkan|laporan|rilis|merujuk"
    r"|mengacu)\b[^.;!?\d]{0,12}$", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"[ \t]*(?:tahun[ \t]+)?(?:19|20)\d\d\b")
_SURVEY_CUE_AFTER = re.compile(r"[ \t]*\)?[ \t,]*(?:mencatat|menunjukkan|menyebut(?:kan)?"
                               r"|mengungkap(?:kan)?|melaporkan|merilis)\b", re.IGNORECASE)


def find_surveys(text: str, table: IndicatorTable) -> list[Mention]:
    """The surveys and statistics sources named in ``text``, in text order."""
    roles = {s.acronym: s.role for s in table.surveys if s.acronym}
    roles.update({n.casefold(): s.role for s in table.surveys for n in s.names})
    found = [Mention(m.group(), m.start(), m.end(), roles[m.group()])
             for m in table.pattern("acronyms").finditer(text)
             if _SURVEY_CUE_BEFORE.search(text, max(0, m.start() - 30), m.start())
             or _YEAR_AFTER.match(text, m.end())
             or (roles[m.group()] == "source" and _SURVEY_CUE_AFTER.match(text, m.end()))]
    found += [Mention(m.group(), m.start(), m.end(), roles[m.group().casefold()])
              for m in table.pattern("survey_names").finditer(text)]
    found.sort(key=lambda s: s.start)
    out: list[Mention] = []
    for s in found:  # "Survei Status Gizi Indonesia" also holds "Survei Status Gizi"
        if out and s.start < out[-1].end:
            continue
        out.append(s)
    return out


#: One word of a complement: "PM 2,5"/"PM10" as one word, else letters and hyphens.
_WORD = re.compile(r"[ \t]+(PM[ \t]?(?:2[,.]5|10)(?![\d,.])|[A-Za-z][A-Za-z-]*)")
#: Score words: a complement of these alone ("angka indeks", "tingkat skor") names no indicator;
#: its value is of the index in force (named before, or defined by the article).
_SCORE_WORDS = frozenset({"indeks", "index", "nilai", "skor", "poin"})
_ACRONYM = re.compile(r"[A-Z][A-Z0-9-]{1,7}")
_TITLE = re.compile(r"[A-Z][a-z]")
#: An acronym the text defines right after the phrase: "tingkat pengangguran terbuka (TPT)".
_DEFINED_AFTER = re.compile(r"[ \t]*\(([A-Z][A-Za-z]{1,7})\)")
#: A change noun right before a head: the phrase's values are changes ("penurunan kadar ...").
_CHANGE_BEFORE = re.compile(r"\b(?:penurunan|kenaikan|peningkatan|pengurangan|perbaikan)"
                            r"[ \t]+$", re.IGNORECASE)
MAX_COMPLEMENT = 5


def _complement(text: str, pos: int, title: bool, table: IndicatorTable) -> list[str]:
    """The complement words after a head ending at ``pos`` (``title``: the head is capitalised).

    A capitalised head followed by a capitalised word reads a proper name ("Angka Partisipasi
    Kasar"); otherwise capitalised words (places, names) end the complement and acronyms
    ("MKJP") stay.
    """
    keep = table.word_set("keep")
    topics = table.word_set("topic")
    words: list[str] = []
    name_mode = False
    while len(words) < MAX_COMPLEMENT:
        m = _WORD.match(text, pos)
        if not m:
            break
        w = m.group(1)
        low = w.casefold()
        if low in COMPLEMENT_STOP or (VERB_PREFIXED.fullmatch(low) and low not in keep
                                      and low not in topics):
            break
        if not words and title and _TITLE.match(w) and not _ACRONYM.fullmatch(w):
            name_mode = True
        if name_mode and not (_TITLE.match(w) or _ACRONYM.fullmatch(w)):
            break
        if not name_mode and _TITLE.match(w) and not (_ACRONYM.fullmatch(w)
                                                     or w.startswith("PM")):
            break
        words.append(w)
        pos = m.end()
    return words


def _has_topic(words: Sequence[str], table: IndicatorTable) -> bool:
    """Whether the complement names a statistical topic (a word's start, or an acronym)."""
    joined = " ".join(words)
    return bool(table.pattern("topics_any_case").search(joined.casefold())
                or table.pattern("topics_as_written").search(joined))


def _survey_words(table: IndicatorTable) -> frozenset[str]:
    return frozenset({*(s.acronym.casefold() for s in table.surveys if s.acronym),
                      *(n.casefold() for s in table.surveys for n in s.names)})


def find_indicators(text: str, table: IndicatorTable) -> list[Mention]:
    """The indicator phrases of ``text`` (head + complement, or a whole name), in text order."""
    wholes = {w.casefold() for w in table.of_role("whole")}
    nots = table.pattern("nots")
    surveys = _survey_words(table)
    topic_heads = {w.casefold() for w in table.of_role("head") if w in table.of_role("topic")}
    out: list[Mention] = []
    for m in table.pattern("heads").finditer(text):
        if out and m.start() < out[-1].end:
            continue  # "Capaian unmet need": the whole name inside a phrase
        head = m.group()
        if head.casefold() in wholes:
            words: list[str] = []
            strong = True
        else:
            words = _complement(text, m.end(), head[0].isupper(), table)
            if not words or " ".join(words).casefold() in surveys \
                    or {w.casefold() for w in words} <= _SCORE_WORDS:
                continue  # "angka ini", "capaian SDKI", "angka indeks"
            strong = head.casefold() in topic_heads or _has_topic(words, table)
        if any(nots.match(w) for w in words):
            continue
        end = m.end() + _span_of(text, m.end(), words)
        name = text[m.start():end]
        defined = _DEFINED_AFTER.match(text, end)
        if defined and not defined.group(1).isdigit():
            name, end = defined.group(1), defined.end()
        change = bool(_CHANGE_BEFORE.search(text, max(0, m.start() - 14), m.start()))
        out.append(Mention(name, m.start(), end, "strong" if strong else "weak", change))
    return _with_short_forms(text, out)


def _with_short_forms(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` with the later uses of the acronyms its phrases defined.

    "tingkat pengangguran terbuka (TPT) ...", then "TPT turun menjadi 4,5 persen".
    """
    defined: dict[str, Mention] = {}
    for m in found:
        if _ACRONYM.fullmatch(m.name) and text[m.start:m.start + len(m.name)] != m.name:
            defined.setdefault(m.name, m)
    if not defined:
        return found
    pattern = re.compile(rf"(?<![\w-])(?:{_alternation(list(defined))})(?![\w-])")
    starts = [m.start for m in found]  # found is in text order and its spans do not overlap
    extra: list[Mention] = []
    for u in pattern.finditer(text, min(m.end for m in defined.values())):
        i = bisect_right(starts, u.start()) - 1
        inside = i >= 0 and u.start() < found[i].end
        if u.start() >= defined[u.group()].end and not inside:
            extra.append(Mention(u.group(), u.start(), u.end(), defined[u.group()].kind))
    return sorted([*found, *extra], key=lambda m: m.start)


def _span_of(text: str, pos: int, words: Sequence[str]) -> int:
    """How many characters after ``pos`` the complement ``words`` take."""
    end = pos
    for _ in words:
        m = _WORD.match(text, end)
        if m is None:  # pragma: no cover - the words were read by the same pattern
            break
        end = m.end()
    return end - pos


#: How far back (characters) a phrase's target word or a value's region is looked for (a
#: bound: long sentences of many values stay linear).
LOOK_BACK = 300
#: How far (characters) after a phrase its values may be.
VALUE_REACH = 160
#: How far (characters) before a sentence a survey named earlier still frames it.
SURVEY_REACH = 500
#: A break after which a new clause talks of something else.
_CLAUSE_BREAK = re.compile(r";|\b(?:sedangkan|sementara itu|adapun|namun)\b", re.IGNORECASE)
#: A clause about something else ("..., sedangkan ..."); a list of targets goes on past ";".
_NEW_TOPIC = re.compile(r"\b(?:sedangkan|sementara itu|adapun|namun)\b", re.IGNORECASE)
#: "per 1.000 kelahiran", "per WUS": a rate.
_PER_AFTER = re.compile(r"[ \t]*(?:per|/)[ \t]*(?:\d|[A-Za-z])")
#: A unit or count word after a bare decimal: a measure or an amount, not an indicator value.
_AMOUNT_AFTER = re.compile(
    r"[ \t]*(?:juta|ribu|miliar|triliun|ton|kg|kilogram|gram|liter|meter|km|hektare|ha|tahun"
    r"|bulan|hari|jam|menit|orang|jiwa|kali|unit|derajat|mm|cm|persen\s+per)\b", re.IGNORECASE)
#: A number glued to "PM" by a scraper gap ("PM (,) 2,5"): part of the pollutant's name.
_PM_BEFORE = re.compile(r"PM\W{0,5}$")
#: Where "dari ... menjadi" reads a pair of values, not a change.
_FROM_TO = re.compile(r"\b(?:dari|menjadi|ke[ \t]+angka)\b", re.IGNORECASE)
#: A sentence that names a source of its own: "(SKMI 2014)", "menurut ...".
_OTHER_SOURCE = re.compile(r"\([A-Z][A-Za-z]{1,9}[ \t]+(?:19|20)\d\d\)"
                           r"|\b(?:menurut|berdasarkan|survei|survey)\b", re.IGNORECASE)
#: How close (characters) before a value a change word makes it a change.
_CHANGE_REACH = 30
MAX_PERCENT = 1000.0
MAX_RATE = 100_000.0


def _value_of(text: str, n: NumberMention) -> float | int | None:
    """The indicator value ``n`` states, or ``None`` (counts, years, money, ranges ...)."""
    if not isinstance(n.value, int | float) or isinstance(n.value, bool):
        return None
    if n.kind == "percent":
        return n.value if 0 <= n.value <= MAX_PERCENT else None
    if n.kind != "number" or _PM_BEFORE.search(text, max(0, n.start - 8), n.start):
        return None
    if n.unit == "poin" and re.match(r"[ \t]*persen\b", text[n.end:n.end + 12]):
        return n.value if 0 <= n.value <= MAX_PERCENT else None  # "1,2 poin persen"
    if n.unit is not None or not 0 <= n.value <= MAX_RATE:
        return None
    if _PER_AFTER.match(text, n.end):
        return n.value
    if isinstance(n.value, float) and not n.value.is_integer() \
            and not _AMOUNT_AFTER.match(text, n.end):
        return n.value
    return None


def _framed(sent: tuple[int, int], surveys: Sequence[Mention]) -> bool:
    """Whether a survey or source is named in the sentence or shortly before it."""
    return bool(between(surveys, sent[0] - SURVEY_REACH, sent[1]))


def _aimed_at(text: str, ind: Mention, sent: tuple[int, int]) -> bool:
    """A target word before the phrase in its clause: "menargetkan prevalensi stunting ..."."""
    start = max(sent[0], ind.start - LOOK_BACK)
    for m in _NEW_TOPIC.finditer(text, start, ind.start):
        start = m.end()
    return bool(TARGET.search(text, start, ind.start))


_LAST_NUMBER = re.compile(r"(\d[\d.,]*)(\s*(?:persen|%))?\s*$")


def _upper_end(n: NumberMention, end: int) -> NumberMention | None:
    """The upper end of a range that starts inside a phrase, as a number of its own."""
    if n.kind != "range" or n.end <= end:
        return None
    m = _LAST_NUMBER.search(n.text)
    if m is None or n.start + m.start() < end:
        return None
    percent = n.unit == "persen"
    return replace(n, text=m.group(0).rstrip(), start=n.start + m.start(),
                   end=n.start + m.start() + len(m.group(0).rstrip()), value=n.high,
                   kind="percent" if percent else "number", high=None,
                   unit="persen" if percent else None)


#: How far back (characters) a target word is looked for before a value: a bound, so that a
#: long sentence of many values is not read again for each.
TARGET_LOOK_BACK = 300
#: How far after a bare survey percentage a not-word makes it no result ("15,3 persen suara").
NOT_LOOK_AHEAD = 25


def _kind(text: str, ind: Mention, seg_start: int, n: NumberMention,
          sent: tuple[int, int]) -> str:
    """The kind of a phrase's value.

    A target or average as :func:`kind_for` reads it; a change when a change word stands close
    before it ("meningkat 4 persen") or before the phrase ("penurunan kadar ... 9 persen"),
    unless the clause reads "dari A menjadi B".
    """
    kind = kind_for(text, seg_start, n.start, max(sent[0], n.start - TARGET_LOOK_BACK))
    if kind not in ("value", "change"):
        return kind
    if _FROM_TO.search(text, ind.end, n.start):
        return "value"
    if ind.change or CHANGE.search(text, max(seg_start, n.start - _CHANGE_REACH), n.start):
        return "change"
    return "value"


def _phrase_values(text: str, ind: Mention, sent: tuple[int, int], limit: int,
                   numbers: Sequence[NumberMention], table: IndicatorTable,
                   ) -> list[Candidate]:
    """The values an indicator phrase states in its clause (before ``limit``)."""
    stop = min(sent[1], ind.end + VALUE_REACH, limit)
    brk = _CLAUSE_BREAK.search(text, ind.end, stop)
    nots = table.pattern("nots").search(text, ind.end, stop)
    stop = min(stop, brk.start() if brk else stop, nots.start() if nots else stop)
    metric = Metric(ind.name, ind.start, ind.end, None)
    out: list[Candidate] = []
    seg_start = ind.end
    aimed = _aimed_at(text, ind, sent)
    for found in between(numbers, ind.start, stop):
        # "PM 2,5 hingga 14 persen" is read as a range starting inside the phrase
        n = _upper_end(found, ind.end) if found.start < ind.end else found
        if n is None:
            continue
        value = _value_of(text, n)
        if value is None:
            if n.kind not in ("year", "date"):
                seg_start = n.end
            continue
        kind = "target" if aimed else _kind(text, ind, seg_start, n, sent)
        unit = "persen" if n.kind == "percent" else None
        # an average is of the phrase after "rata-rata" ("rata-rata nasional"), not the region
        # the sentence measured before it
        where = None if kind == "average" else (
            region_of(text, sent[0], n.start)
            or located_at(text, max(sent[0], ind.start - _AT_REACH), n.start))
        out.append(Candidate(metric, value, kind, unit, n.text, n.start, n.end, sent, where))
        seg_start = n.end
    if not any(c.kind == "value" for c in out):
        out = [c for c in out if c.kind != "target"]  # a policy target alone is no score
    return out


#: A region named with its administrative word: an indicator's subject ("di Kabupaten X").
_REGION = re.compile(r"\b(?:Kabupaten|Kota|Provinsi|Kecamatan|Desa|Kelurahan)[ \t]+[A-Z][a-z]+"
                     r"(?:[ \t]+[A-Z][a-z]+){0,2}")
_NOT_REGION_WORDS = frozenset({"Dan", "Di", "Pada", "Yang", "Tahun", "Dinas", "Badan"})


def region_of(text: str, lo: int, hi: int) -> list[str] | None:
    """The region named last in ``text[lo:hi]`` ("Kabupaten Lembah"), as a subject list."""
    last = None
    for m in _REGION.finditer(text, max(lo, hi - LOOK_BACK), hi):
        if text[m.start() - 1:m.start()] != "/":  # "Kabupaten/Kota Prioritas": a class
            last = m
    if last is None:
        return None
    words = last.group().split()
    if _SPEAKER_AFTER.match(text, last.end()):
        words = _without_speaker(words)
    while words and words[-1] in _NOT_REGION_WORDS:
        words.pop()
    return [" ".join(words)] if len(words) > 1 else None


#: A speech verb right after a region ("... Kabupaten X Budi Santoso mengatakan"): the
#: capitalised words before it close with the speaker's name (speech_verbs.txt,
#: ``scores_region_speaker``).
_SPEAKER_AFTER = re.compile(rf"[ \t]*,?[ \t]*(?:{speech_alternation('scores_region_speaker')})\b")
#: Words that close a region's name ("Kabupaten Lombok Timur"), never a person's first word.
_COMPASS = frozenset({"Utara", "Selatan", "Timur", "Barat", "Tengah", "Laut", "Daya", "Raya"})


def _without_speaker(words: list[str]) -> list[str]:
    """A region's words less the speaker's name a speech verb follows.

    "Kabupaten Sukamaju Budi Santoso mengatakan": "Kabupaten Sukamaju"; a compass word stays in
    the name ("Kabupaten Lombok Timur Budi mengatakan": "Kabupaten Lombok Timur"), and so does
    a region that speaks itself with one ("Kota Arjuna Selatan menyatakan").
    """
    keep = 3 if len(words) > 2 and words[2] in _COMPASS else 2
    return words[:keep]


#: "di Kelapa Gading", "di Indonesia": where a measurement is taken (1 to 3 capitalised words).
_AT = re.compile(r"\b[Dd]i[ \t]+((?:[A-Z][A-Za-z]*[ \t]+){0,2}[A-Z][A-Za-z]*)\b")
#: How far (characters) before its phrase a place of measurement may be named.
_AT_REACH = 40
#: Words that start no place after "di" (a time, a venue or a body).
_NOT_AT = frozenset({"Tahun", "Bulan", "Gedung", "Kantor", "Hotel", "Balai", "Istana", "Aula",
                     "Sela", "Sisi", "Tengah", "Bawah", "Atas", "Antara", "Dinas", "Badan"})


def located_at(text: str, lo: int, hi: int) -> list[str] | None:
    """The place named last after "di" in ``text[lo:hi]`` ("di Kelapa Gading"), as a list."""
    last = None
    for m in _AT.finditer(text, lo, hi):
        if m.group(1).split()[0] not in _NOT_AT:
            last = m
    return [last.group(1)] if last is not None else None


def _bare_results(text: str, surveys: Sequence[Mention], numbers: Sequence[NumberMention],
                  sent_of: SentenceOf, taken: set[int], table: IndicatorTable,
                  ) -> list[Candidate]:
    """Percentages no phrase took in the sentence naming a survey, or else in the next one.

    The next sentence is read only when the survey's own sentence gives no percentage after
    the survey's name (taken or not): "Data Susenas 2023 dirilis Senin. Partai X meraih 15,3
    persen suara." gives nothing. A percentage with a not-word close before or after it
    ("persen suara") is skipped.
    """
    out: list[Candidate] = []
    nots = table.pattern("nots")
    seen: set[tuple[int, int]] = set()
    for s in surveys:
        if s.kind != "survey":
            continue
        first = sent_of(s.start)
        second = sent_of(first[1] + 1) if first[1] < len(text) else first
        metric = Metric(s.name, s.start, s.end, None)
        for sent in dict.fromkeys((first, second)):
            if sent in seen or (sent != first and _OTHER_SOURCE.search(text, *sent)):
                continue  # the next sentence quotes a source of its own
            seen.add(sent)
            percents = [n for n in between(numbers, max(sent[0], s.end if sent == first
                                                        else sent[0]), sent[1])
                        if n.kind == "percent"]
            if sent == first and percents:
                seen.add(second)  # the survey's own sentence gives its results
            for n in percents:
                if n.start in taken or _value_of(text, n) is None \
                        or nots.search(text, max(sent[0], n.start - 40), n.start) \
                        or nots.search(text, n.end, min(sent[1], n.end + NOT_LOOK_AHEAD)):
                    continue
                kind = kind_for(text, max(sent[0], n.start - 40), n.start,
                                max(sent[0], n.start - TARGET_LOOK_BACK))
                if kind != "target":
                    out.append(Candidate(metric, n.value, kind, "persen", n.text,  # type: ignore[arg-type]
                                         n.start, n.end, sent,
                                         region_of(text, first[0], n.start)))
    return out


def indicator_candidates(text: str, numbers: Sequence[NumberMention], sent_of: SentenceOf,
                         table: IndicatorTable) -> list[Candidate]:
    """The indicator values of ``text`` as score candidates, in text order.

    Parameters
    ----------
    text : str
        The (repaired) article text.
    numbers : sequence of NumberMention
        The numbers of the text, sorted by start (a ``ByStart`` list finds them by bisection).
    sent_of : callable
        ``sent_of(pos)``: the sentence span holding ``pos``.
    table : IndicatorTable
        The surveys and indicator words.
    """
    indicators = find_indicators(text, table)
    surveys = find_surveys(text, table)
    if not indicators and not surveys and not cites_survey(text):
        return []
    out: list[Candidate] = []
    taken: set[int] = set()  # starts of the values read so far (kept up to date: linear)
    for i, ind in enumerate(indicators):
        sent = sent_of(ind.start)
        if ind.kind == "weak" and not _framed(sent, surveys):
            continue
        limit = indicators[i + 1].start if i + 1 < len(indicators) else len(text)
        values = _phrase_values(text, ind, sent, limit, numbers, table)
        out += values
        taken.update(c.start for c in values)
        if values and " " in ind.name:  # "prevalensi perokok": its groups' pairs after it
            carried = carried_values(text, Metric(ind.name, ind.start, ind.end, None),
                                     ind.name.split()[0], sent, limit, sent_of, taken,
                                     numbers)
            out += carried
            taken.update(c.start for c in carried)
    bare = _bare_results(text, surveys, numbers, sent_of, taken, table)
    out += bare
    taken.update(c.start for c in bare)
    out += surveyed_values(text, sent_of, taken, table.pattern("nots"), numbers)
    out.sort(key=lambda c: c.start)
    return out


#: The shape every indicator value has (:func:`_value_of`): a decimal, a percentage or a rate
#: ("per 1.000"). Searched first: a digit-led pattern is far cheaper than the word lists.
_VALUE_SHAPE = re.compile(r"\d(?:[.,]\d|[ \t]*(?:%|persen\b|per\b))", re.IGNORECASE)


def may_hold_indicator_values(text: str) -> bool:
    """A cheaper test than :func:`may_state_indicators`: the text has a value's shape."""
    return _VALUE_SHAPE.search(text) is not None


def may_state_indicators(text: str, table: IndicatorTable) -> bool:
    """A cheap test: the text names an indicator head or a survey, or cites one.

    Else there is nothing to find.
    """
    low = lowered_haystack(text)
    return (_may_find(text, table, "heads", low) or _may_find(text, table, "acronyms", text)
            or _may_find(text, table, "survey_names", text.lower() if low is None else low)
            or cites_survey(text))


def _may_find(text: str, table: IndicatorTable, name: str, haystack: str | None) -> bool:
    """Whether the pattern ``name`` of ``table`` matches ``text``.

    Not scanned when ``haystack`` (the text, lower-cased for an ignore-case pattern; None: no
    check) holds none of the pattern's words (:meth:`IndicatorTable.literals`).
    """
    words = table.literals(name)
    if words is not None and haystack is not None and not any(w in haystack for w in words):
        return False  # every match holds one of the words
    return table.pattern(name).search(text) is not None


def _uncued_survey(text: str, c: Candidate, table: IndicatorTable) -> bool:
    """Whether ``c`` is a value given to a survey acronym named with no survey cue.

    "PSG menguasai bola 61 persen": a football club, not the nutrition survey.
    """
    m = c.metric
    if m.rule is None or m.rule.acronym is None or text[m.start:m.end] != m.rule.acronym \
            or m.rule.acronym not in {s.acronym for s in table.surveys}:
        return False
    return not find_surveys(text[max(0, m.start - 40):m.end + 40], table)


def with_indicators(text: str, candidates: list[Candidate], numbers: Sequence[NumberMention],
                    sent_of: SentenceOf, table: IndicatorTable) -> list[Candidate]:
    """``candidates`` with the indicator values of ``text`` merged in.

    A number another rule gave to a metric named in its own sentence stays that rule's (the
    survey named with it is the metric, as the house cases read "Berdasarkan SSGI 2022, ...");
    one given to a metric named in an earlier sentence becomes the indicator's. Values other
    rules gave to a survey acronym named with no survey cue (a football club "PSG") are
    dropped.
    """
    found = indicator_candidates(text, numbers, sent_of, table)
    candidates = [c for c in candidates if not _uncued_survey(text, c, table)]
    if not found:
        return candidates
    # a range gives two candidates at one start (its two ends): each start keeps all of them
    by_start: dict[int, list[Candidate]] = {}
    for c in candidates:
        by_start.setdefault(c.start, []).append(c)
    replaced: set[int] = set()
    added: list[Candidate] = []
    for c in found:
        others = by_start.get(c.start, [])
        if any(o.sentence[0] <= o.metric.start < o.sentence[1] for o in others):
            continue  # "Berdasarkan SSGI 2022, prevalensi stunting 21,6 persen": SSGI's
        replaced.update(id(o) for o in others)
        added.append(c)
    return [c for c in candidates if id(c) not in replaced] + added
