"""Scores in Indonesian government news: metric, value, kind, subject and year.

A pure module (no spaCy). :func:`find_scores` reads a text (headline, blank line, body) and
returns the scores it states, as defined in GUIDELINE.md: a number or grade that measures or ranks
a subject on an index, survey, audit, rating or evaluation, plus changes, averages and targets of
such numbers. Money, budgets, counts, dates, times and growth percentages are not scores.

How it works
------------
1. Metrics are found from the packaged lexicon (``resources/score_metrics.jsonl``: acronyms, long
   names, issuing bodies, grades), from acronyms the text defines for "Indeks ..."/"Survei ..."
   long forms, from capitalised "Indeks X"/"Survei X" names, and from award names ("X Award").
2. Values come from :func:`beritanlp.text.numbers.find_numbers` (decimal comma and dot, "poin",
   ranks "II", "peringkat ke-3", "terbaik ketiga") and from grade words (WTP, WDP, "predikat A").
   A number is a score only when a metric is named in its sentence, or when a score word ("nilai",
   "skor", "angka", "rata-rata", "target" ...) precedes it and a metric was named shortly before.
3. The kind comes from the words between the value and the previous number of the sentence:
   "naik/meningkat/peningkatan ... X poin" is a change, "rata-rata" an average, "target" a target,
   rank cues a rank, grade words a grade, anything else a value.
4. The subject is an agency or place in the sentence (passed in by the spaCy component, or found by
   a fallback pattern for "Pemerintah Kota X", "Pemkab X", "Kementerian X" ...), never the body
   that issues the metric; else the article's main agency. An average's subject is the phrase after
   "rata-rata" ("kota di Indonesia").
5. The year is the one stated in the sentence, else a relative one ("tahun lalu") against the
   article date, else the nearest year stated shortly before (targets never inherit a year).
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any, Protocol, TypeVar

from beritanlp.entities.acronyms import find_definitions
from beritanlp.text.numbers import NumberMention, find_numbers

__all__ = [
    "MetricRule",
    "Score",
    "SubjectMention",
    "find_scores",
    "load_metric_rules",
    "read_metric_rules",
    "split_sentences",
]

RESOURCE_NAME = "score_metrics.jsonl"
KINDS = ("value", "change", "average", "target", "rank", "grade")

_RULE_KEYS = {"id", "label", "acronym", "names", "issuers", "grades", "percent", "not_near"}


@dataclass(frozen=True)
class MetricRule:
    """One known index, survey, audit or rating.

    Attributes
    ----------
    id : str
        Stable identifier ("spi").
    label : str | None
        Output name to use whatever the article writes ("opini BPK"); ``None`` to use the acronym
        when the article uses it, else the name as written.
    acronym : str | None
        The acronym, matched case-sensitively ("SPI").
    names : tuple[str, ...]
        Long names, matched case-insensitively ("Survei Penilaian Integritas").
    issuers : tuple[str, ...]
        Bodies that issue the metric; never the subject of its scores ("KPK").
    grades : tuple[str, ...]
        Grade values the metric gives ("WTP", "A"); empty for numeric metrics.
    percent : bool
        Whether results are reported as percentages (then "78 persen" can be a score).
    not_near : tuple[str, ...]
        Words that, in the same sentence, show the acronym means something else ("IPK" next to
        "mahasiswa" is a grade point average; "TMP" next to "makam" is a cemetery).
    """

    id: str
    label: str | None
    acronym: str | None
    names: tuple[str, ...]
    issuers: tuple[str, ...]
    grades: tuple[str, ...]
    percent: bool
    not_near: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, row: dict[str, Any], where: str = "") -> MetricRule:
        """Validate one lexicon row (closed keys, types) and build the rule.

        Raises
        ------
        ValueError
            On unknown or missing keys or values of the wrong type.
        """
        if not isinstance(row, dict):
            raise ValueError(f"{where}: a metric rule must be an object, got {type(row).__name__}")
        keys = set(row)
        if keys != _RULE_KEYS:
            extra, missing = sorted(keys - _RULE_KEYS), sorted(_RULE_KEYS - keys)
            raise ValueError(f"{where}: bad metric rule keys (unknown {extra}, missing {missing})")
        if not isinstance(row["id"], str) or not row["id"]:
            raise ValueError(f"{where}: 'id' must be a non-empty string")
        for key in ("label", "acronym"):
            if row[key] is not None and not (isinstance(row[key], str) and row[key]):
                raise ValueError(f"{where} ({row['id']}): {key!r} must be a string or null")
        for key in ("names", "issuers", "grades", "not_near"):
            if not isinstance(row[key], list) or not all(
                isinstance(x, str) and x for x in row[key]
            ):
                raise ValueError(f"{where} ({row['id']}): {key!r} must be a list of strings")
        if not isinstance(row["percent"], bool):
            raise ValueError(f"{where} ({row['id']}): 'percent' must be true or false")
        if row["acronym"] is None and not row["names"] and row["label"] is None:
            raise ValueError(f"{where} ({row['id']}): a rule needs an acronym, a name or a label")
        return cls(
            id=row["id"], label=row["label"], acronym=row["acronym"],
            names=tuple(row["names"]), issuers=tuple(row["issuers"]),
            grades=tuple(row["grades"]), percent=row["percent"],
            not_near=tuple(row["not_near"]),
        )


def read_metric_rules(text: str, source: str = RESOURCE_NAME) -> list[MetricRule]:
    """Parse and validate a metric lexicon in JSONL form (one rule per line).

    Raises
    ------
    ValueError
        On invalid JSON, a malformed rule, or a duplicate id.
    """
    rules: list[MetricRule] = []
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise ValueError(f"{where}: invalid JSON ({err})") from err
        rule = MetricRule.from_dict(row, where)
        if rule.id in seen:
            raise ValueError(f"{where}: duplicate metric id {rule.id!r}")
        seen.add(rule.id)
        rules.append(rule)
    return rules


@lru_cache(maxsize=1)
def load_metric_rules() -> tuple[MetricRule, ...]:
    """The packaged metric lexicon (read once)."""
    text = files("beritanlp.resources").joinpath(RESOURCE_NAME).read_text(encoding="utf-8")
    return tuple(read_metric_rules(text))


@dataclass(frozen=True)
class Score:
    """One score fact (the article record's ``scores`` entry).

    Attributes
    ----------
    metric : str
        Index/survey/rating name ("SPI", "opini BPK", "JDIHN Award").
    value : int | float | str
        The number, or the grade/Roman rank string ("WTP", "II").
    kind : str
        One of "value", "change", "average", "target", "rank", "grade".
    unit : str | None
        "poin", "persen" or ``None``.
    subject : str | None
        Who the score is of, as written.
    year : int | None
        The year the score refers to.
    text : str
        The value as written; ``start``/``end`` are its character offsets (half-open).
    """

    metric: str
    value: int | float | str
    kind: str
    unit: str | None
    subject: str | None
    year: int | None
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """Plain dict with the record's field names."""
        return asdict(self)


@dataclass(frozen=True)
class SubjectMention:
    """A possible subject found by another component: text, offsets and type.

    ``type`` is "agency", "place" or "pattern" (the core's own fallback phrases). Places are
    subjects only when no agency is available, and never after a locative ("di Indonesia").
    """

    text: str
    start: int
    end: int
    type: str = "agency"


@dataclass(frozen=True)
class _Metric:
    name: str
    start: int
    end: int
    rule: MetricRule | None
    award: bool = False


class _HasStart(Protocol):
    @property
    def start(self) -> int: ...


_T = TypeVar("_T", bound=_HasStart)


class _ByStart(list[_T]):
    """A list sorted by ``.start`` whose items starting in a range are found by bisection.

    Long articles have thousands of numbers, metrics and subjects; scanning all of them for
    every value made the extraction quadratic in the article length.
    """

    def __init__(self, items: Iterable[_T]) -> None:
        super().__init__(items)
        starts = [x.start for x in self]
        self.starts: list[int] | None = (
            starts if all(a <= b for a, b in zip(starts, starts[1:], strict=False)) else None
        )


def _between(items: Sequence[_T], lo: int, hi: int) -> list[_T]:
    """The items with ``lo <= item.start < hi``, in list order."""
    if isinstance(items, _ByStart) and items.starts is not None:
        return items[bisect_left(items.starts, lo) : bisect_left(items.starts, hi)]
    return [x for x in items if lo <= x.start < hi]


# ---------------------------------------------------------------------------------------------
# Sentences

_ABBREV = {
    "no", "jl", "kab", "kec", "prov", "pj", "plt", "plh", "h", "hj", "dr", "drs", "ir", "prof",
    "sh", "si", "st", "mm", "dll", "dsb", "tgl", "pk", "pkl", "pt", "tbk", "kol", "brigjen",
    "mayjen", "letjen", "jend", "kapt", "bpk", "sdr", "ny", "tn",
}
_BOUNDARY = re.compile(r"[.!?]+[\"”’)]*(?:\s*,(?=\s*[\"“]?[A-Z])|\s+(?=[\"“(]?[A-Z0-9]))|\n+")


_LAST_WORD = re.compile(r"(\w+)$")


#: Longest "sentence" (characters) the score rules look at as one. Longer runs without a
#: sentence break (lists, scraped tables, pages without punctuation) are cut into pieces of at
#: most this length, so the rules' work per number stays bounded and a text's cost linear.
#: The longest real sentence in the development data (CLICK-ID, gov_dev) has 4,537 characters.
MAX_SENTENCE_CHARS = 5_000


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split text into sentence spans (start, end), not after abbreviations or inside numbers.

    A line break always ends a sentence; so does ".", "!" or "?" followed by space (or by the
    comma that CLICK-ID-style scrapes put between paragraphs) and a capital letter or digit.
    A sentence longer than :data:`MAX_SENTENCE_CHARS` is cut at spaces into shorter pieces.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0)[0] == ".":
            # The word before the stop (a word of 100+ characters is no abbreviation anyway).
            word = _LAST_WORD.search(text, max(start, m.start() - 100), m.start())
            w = word.group(1) if word else ""
            if w and (w.lower() in _ABBREV or (len(w) == 1 and w.isalpha())):
                continue
        if text[start:m.end()].strip():
            spans.extend(_bounded(text, start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.extend(_bounded(text, start, len(text)))
    return spans


def _bounded(text: str, start: int, end: int,
             limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` cut into pieces of at most ``limit`` characters, after a space if any."""
    pieces: list[tuple[int, int]] = []
    while end - start > limit:
        cut = text.rfind(" ", start + 1, start + limit) + 1  # after the last space that fits
        if cut <= start:
            cut = start + limit  # no space at all: cut anywhere
        pieces.append((start, cut))
        start = cut
    if text[start:end].strip() or not pieces:  # no blank tail piece
        pieces.append((start, end))
    return pieces


# ---------------------------------------------------------------------------------------------
# Metrics

_UNKNOWN_HEADS = r"(?:Indeks|Indek|Survei|Survey|Index|Penilaian|Evaluasi|Indikator)"
_CAP = r"(?:[A-Z][\w&/-]*|RI)"
_UNKNOWN_METRIC = re.compile(rf"\b{_UNKNOWN_HEADS}(?:[ \t]+(?:{_CAP}|dan|&))*[ \t]+{_CAP}")
_AWARD = re.compile(
    rf"((?:{_CAP}[ \t]+(?:(?:dan|&|of|for)[ \t]+)?){{0,6}}?)(?:\(([A-Z][A-Za-z]{{1,9}})\)[ \t]+)?"
    r"(Awards?|Award)\b"
)
_ANUGERAH = re.compile(
    rf"\b(?:Anugerah|Penghargaan|Lomba)(?:[ \t]+{_CAP}){{1,6}}(?:[ \t]+\(([A-Z]{{2,10}})\))?"
)


def _name_key(name: str) -> str:
    return " ".join(name.replace("-", " ").split()).casefold()


class _Lexicon:
    """All lexicon patterns compiled into a few alternations (one pass over the text each)."""

    def __init__(self, rules: tuple[MetricRule, ...]) -> None:
        self.rules = rules
        self.by_acronym: dict[str, MetricRule] = {r.acronym: r for r in rules if r.acronym}
        self.by_name: dict[str, MetricRule] = {}
        for r in rules:
            for name in r.names:
                self.by_name.setdefault(_name_key(name), r)
        self.by_grade: dict[str, list[MetricRule]] = {}
        for r in rules:
            for g in r.grades:
                self.by_grade.setdefault(g, []).append(r)
        self.acronym_re = self._alternation(self.by_acronym, flags=0)
        names = [r"[\s-]+".join(re.escape(w) for w in n.split()) for n in
                 sorted({n for r in rules for n in r.names}, key=len, reverse=True)]
        # a class of the names' first letters up front lets the scan skip most positions fast
        first = "".join(sorted({n.split()[0][0] for r in rules for n in r.names if n.split()}))
        self.name_re = re.compile(
            rf"(?<!\w)(?=[{re.escape(first)}])(?:{'|'.join(names)})(?!\w)", re.IGNORECASE
        ) if names and first else None
        self.grade_re = self._alternation(self.by_grade, flags=0)
        self.not_near = {r.id: re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, r.not_near))})"
                                          r"(?!\w)", re.IGNORECASE)
                         for r in rules if r.not_near}

    @staticmethod
    def _alternation(keys: Iterable[str], flags: int) -> re.Pattern[str] | None:
        alts = [re.escape(k) for k in sorted(keys, key=len, reverse=True)]
        if not alts:
            return None
        return re.compile(rf"(?<![\w-])(?:{'|'.join(alts)})(?![\w-])", flags)

    def excluded(self, rule: MetricRule, text: str, sent: tuple[int, int]) -> bool:
        pat = self.not_near.get(rule.id)
        return bool(pat and pat.search(text, sent[0], sent[1]))


@lru_cache(maxsize=16)
def _lexicon(rules: tuple[MetricRule, ...]) -> _Lexicon:
    return _Lexicon(rules)


# Market and price indices are not evaluations: unknown "Indeks ..." names in such company are
# dropped (IHSG, LQ45, "Indeks Harga Konsumen", S&P 500 ...).
_MARKET = re.compile(
    r"\b(?:saham|bursa|harga|IHSG|LQ45|IDX\w*|JII|MNC\d*|Nasdaq|Dow\s+Jones|S&P|Nikkei"
    r"|Hang\s+Seng|Straits|FTSE|DAX|ZEW|PMI|konsumen|ekspektasi|inflasi|dolar|rupiah|kurs"
    r"|obligasi|komoditas|emisi|penjualan|riil|Kospi|Shanghai|STI|Topix)\b", re.IGNORECASE)


def _find_metrics(text: str, lex: _Lexicon, sent_of: Any) -> list[_Metric]:
    found: list[_Metric] = []
    hits: list[tuple[int, int, MetricRule, bool]] = []
    if lex.acronym_re is not None:
        hits += [(m.start(), m.end(), lex.by_acronym[m.group(0)], True)
                 for m in lex.acronym_re.finditer(text)]
    if lex.name_re is not None:
        hits += [(m.start(), m.end(), lex.by_name[_name_key(m.group(0))], False)
                 for m in lex.name_re.finditer(text)]
    acronyms_used = {rule.id for _, _, rule, is_acr in hits if is_acr}
    blocked: set[tuple[int, int]] = set()  # sentences where an acronym means something else
    for start, end, rule, is_acr in hits:
        if lex.excluded(rule, text, sent_of(start)):
            blocked.add(sent_of(start))
            continue
        if rule.label:
            name = rule.label
        elif rule.acronym and (is_acr or rule.id in acronyms_used):
            name = rule.acronym
        else:
            name = text[start:end]
        found.append(_Metric(name, start, end, rule))
    # Spans found so far, sorted, and the longest length: a span ending after ``s`` starts at
    # or after ``s - longest``, so only those are compared.
    known = sorted((f.start, f.end) for f in found)
    longest = max((ke - ks for ks, ke in known), default=0)

    def overlaps(s: int, e: int) -> bool:
        lo = bisect_left(known, (s - longest,))
        hi = bisect_left(known, (e,))
        return any(s < ke and ks < e for ks, ke in known[lo:hi])

    # Acronyms the text defines for index/survey names ("Indeks Kualitas X (IKX)").
    defined: set[str] = set()
    for d in find_definitions(text):
        if not re.match(_UNKNOWN_HEADS, d.long, re.IGNORECASE):
            continue
        if overlaps(d.long_start, d.short_end) or _MARKET.search(d.long) or _MARKET.search(d.short):
            continue
        if d.short in lex.by_acronym or sent_of(d.short_start) in blocked:
            continue  # a lexicon acronym the lexicon rejected here (e.g. IPK as a grade average)
        # The mentions of a short form are added once: a second definition of it would add the
        # same metrics again, next to the first ones, and every use of the metric list picks
        # among equal metrics (while a long text would cost definitions x mentions).
        if d.short not in defined:
            defined.add(d.short)
            for m in re.finditer(rf"(?<![\w-]){re.escape(d.short)}(?![\w-])", text):
                if not _MARKET.search(text, *sent_of(m.start())):
                    found.append(_Metric(d.short, m.start(), m.end(), None))
        found.append(_Metric(d.short, d.long_start, d.long_end, None))
        insort(known, (d.long_start, d.short_end))
        longest = max(longest, d.short_end - d.long_start)
    for m in _UNKNOWN_METRIC.finditer(text):
        if not overlaps(m.start(), m.end()) and not _MARKET.search(text, *sent_of(m.start())) \
                and sent_of(m.start()) not in blocked:
            found.append(_Metric(m.group(0), m.start(), m.end(), None))
    # the literal test first: scanning for the pattern tries every capitalised run of the text
    for m in _AWARD.finditer(text) if "Award" in text else ():
        words = m.group(1).split()
        while words and words[0].lower() in {"dan", "&", "of", "for", "juara", "peringkat",
                                             "terbaik", "raih", "meraih"}:
            words = words[1:]
        if m.group(2):
            name = f"{m.group(2)} {m.group(3)}"
        elif words:
            name = " ".join([*words, m.group(3)])
        else:
            continue
        found.append(_Metric(name, m.start(), m.end(), None, award=True))
    anugerah = any(word in text for word in ("Anugerah", "Penghargaan", "Lomba"))
    for m in _ANUGERAH.finditer(text) if anugerah else ():
        if not overlaps(m.start(), m.end()):
            found.append(_Metric(m.group(1) or m.group(0), m.start(), m.end(), None, award=True))
    found.sort(key=lambda x: (x.start, -x.end))
    return found


# ---------------------------------------------------------------------------------------------
# Subjects

_GOV_HEAD = (
    r"(?:Pemerintah(?:[ \t]+(?:Kota|Kabupaten|Provinsi|Daerah|Desa))?|Pemkot|Pemkab|Pemprov|Pemda"
    r"|Kementerian|Kemen[A-Z]?[a-z]+|Badan|Dinas|Sekretariat(?:[ \t]+Jenderal|[ \t]+Daerah)?|Setda"
    r"|Setjen|Komisi|Dewan|Biro|Direktorat(?:[ \t]+Jenderal)?|Ditjen|Lembaga|Kantor"
    r"|Kejaksaan(?:[ \t]+Tinggi|[ \t]+Negeri|[ \t]+Agung)?|Kejati|Kejari|Kepolisian|Polda"
    r"|Polres|Polresta"
    r"|Pengadilan|Mahkamah|RSUD|Inspektorat|Bappeda)"
)
_GOV = re.compile(rf"\b{_GOV_HEAD}(?:[ \t]+(?:{_CAP}|dan(?=[ \t]+{_CAP})))+")
_GOV_ACRONYM = re.compile(
    r"\b(?:DPRD(?:[ \t]+[A-Z]\w+)*|DPD[ \t]+RI|DPR[ \t]+RI|MPR[ \t]+RI|DPD|DPR|MPR)\b"
)
_ACHIEVE = (
    r"(?:berhasil[ \t]+|kembali[ \t]+|sukses[ \t]+|pun[ \t]+)?"
    r"(?:meraih|memperoleh|mendapat(?:kan)?|menerima"
    r"|menempati|menduduki|meraup|mencatatkan|mencatat|menyabet|menggondol|dinobatkan|raih"
    r"|peroleh|sabet|berada|menjadi|tercatat|keluar[ \t]+sebagai)\b"
)
_INITIAL_SUBJECT = re.compile(
    rf"^\W*((?:{_CAP}|dan|&)(?:[ \t]+(?:{_CAP}|dan|&))*)[ \t]+{_ACHIEVE}"
)
_PRONOUN_START = {"dia", "ia", "kami", "kita", "mereka", "hal", "ini", "itu", "namun", "sementara",
                  "selain", "sebelumnya", "adapun", "sedangkan"}


def _fallback_subjects(text: str, body_start: int = 0) -> list[SubjectMention]:
    """Government phrases ("Pemerintah Kota X", "Pemkab X", "DPRD X") outside the headline."""
    out = [SubjectMention(m.group(0), m.start(), m.end(), "pattern")
           for m in _GOV.finditer(text, body_start)]
    out += [SubjectMention(m.group(0), m.start(), m.end(), "pattern")
            for m in _GOV_ACRONYM.finditer(text, body_start)]
    return out


def _is_issuer(subject: str, metric: _Metric | None) -> bool:
    if metric is None or metric.rule is None:
        return False
    s = subject.casefold()
    return any(s == i.casefold() or i.casefold() in s.split() for i in metric.rule.issuers)


def _clean_subject(s: str) -> str:
    s = s.strip(" ,.;:\"“”'")
    s = re.sub(r"\s+(?:dan|&)$", "", s)
    return s


# ---------------------------------------------------------------------------------------------
# Values and kinds

_CHANGE = re.compile(
    r"\b(?:naik|menaik|meningkat|peningkatan|kenaikan|bertambah|penambahan|turun|menurun"
    r"|penurunan|merosot|anjlok|berkurang|pengurangan|melonjak|lonjakan|selisih|terkoreksi"
    r"|membaik|perbaikan)\b", re.IGNORECASE)
_VALUE_RESET = re.compile(
    r"\b(?:menjadi|mencapai|di\s+angka|pada\s+angka|ke\s+angka|dari|yakni|yaitu"
    r"|adalah|meraih|memperoleh|mendapat(?:kan)?|dengan\s+nilai)\b",
    re.IGNORECASE)
_AVERAGE = re.compile(r"\b(?:rata-rata|rerata|rata\s+rata)\b", re.IGNORECASE)
_TARGET = re.compile(r"\b(?:target(?:nya|kan)?|menargetkan|ditargetkan|sasaran|berharap|harapan)\b",
                     re.IGNORECASE)
_SCORE_CUE = re.compile(
    r"\b(?:nilai(?:nya)?|skor(?:nya)?|angka|poin|indeks|rata-rata|rerata|target(?:nya)?"
    r"|menargetkan|ditargetkan|capaian(?:nya)?|peringkat|predikat)\b", re.IGNORECASE)
_GROWTH = re.compile(
    r"\b(?:tumbuh|pertumbuhan|inflasi|ekonomi|realisasi|serapan|penyerapan|anggaran|harga"
    r"|kemiskinan|pengangguran|produksi|vaksinasi|cakupan|partisipasi|suku\s+bunga|bunga)\b",
    re.IGNORECASE)
_RANK_CUE = re.compile(r"\b(?:peringkat|juara|terbaik|ranking|rangking|urutan|posisi)\s*$",
                       re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:belum|tidak|bukan|gagal|tanpa|selain)\b", re.IGNORECASE)
_GRADE_CUE = re.compile(
    r"\b(?:predikat|kategori|nilai|opini|status|level|peringkat|meraih|memperoleh|mendapat"
    r"|mendapatkan|raih|dengan|dari|menjadi|ke)\s+[\"“']?$", re.IGNORECASE)
_LONG_GRADES = {
    "wajar tanpa pengecualian": "WTP",
    "wajar dengan pengecualian": "WDP",
    "tidak menyatakan pendapat": "TMP",
    "tidak memberikan pendapat": "TMP",
    "disclaimer": "TMP",
}
_COUNT_OK_NEXT = {
    "dari", "dan", "pada", "di", "menjadi", "atau", "ke", "untuk", "yang", "sedangkan",
    "sementara", "dengan", "tahun", "hingga", "sampai", "itu", "ini", "sehingga", "namun",
    "tetapi", "meski", "meskipun", "karena", "serta", "poin", "persen", "lebih", "kurang", "saja",
    "pun", "dalam", "oleh", "per", "bahkan", "maka", "jadi", "sesuai", "atas", "tersebut",
    "sudah", "telah", "masih", "sebagai", "terhadap", "bagi", "secara", "ungkap", "kata", "ujar",
    "jelas", "jelasnya", "tegas", "katanya", "ujarnya", "ungkapnya", "tuturnya", "sebelumnya",
    "lalu", "kemarin", "skala", "se", "sedikit", "jauh", "naik", "turun", "ketimbang",
    "dibanding", "dibandingkan", "daripada", "sedang", "adalah", "merupakan", "kepada",
    "sekaligus", "versi", "berdasarkan", "menurut", "meningkat", "menurun", "tertinggi",
    "terendah", "terbaik", "sebelum", "setelah", "usai",
}
_YEAR_COMPARE = re.compile(
    r"\b(?:dari|dibanding(?:kan)?|daripada|ketimbang|sejak)\s+(?:tahun\s+)?$", re.IGNORECASE
)


# Words after which a number is a label, not a score ("PM 2,5", "golongan 2", "lantai 3").
_NOT_A_SCORE_BEFORE = re.compile(
    r"\b(?:PM|No|Nomor|pasal|ayat|UU|golongan|tipe|kelas|lantai|jilid|edisi|semester|triwulan"
    r"|kuartal|tahap|gelombang|nomor\s+urut|level|skala|versi|ke|PMK|PP|Perpres|Permen\w*|Perda"
    r"|Perbup|Perwali|Pergub|Inpres|Keppres|SK|SE)\.?\s*$", re.IGNORECASE)


@dataclass
class _Candidate:
    metric: _Metric
    value: int | float | str
    kind: str
    unit: str | None
    text: str
    start: int
    end: int
    sentence: tuple[int, int]
    subjects: list[str] | None = None


def _kind_for(text: str, seg_start: int, start: int, sentence_start: int) -> str:
    """Kind of a numeric value from the words between the previous number and this one."""
    seg = text[seg_start:start]
    before_sentence = text[sentence_start:start]
    marks: list[tuple[int, str]] = []
    for pat, kind in ((_CHANGE, "change"), (_VALUE_RESET, "value"), (_TARGET, "target"),
                      (_AVERAGE, "average")):
        marks += [(m.start(), kind) for m in pat.finditer(seg)]
    if not marks:
        # no cue since the previous number: a target or average governs the whole clause
        if _TARGET.search(before_sentence):
            return "target"
        return "value"
    marks.sort()
    strongest = [k for _, k in marks if k in ("target", "average")]
    last = marks[-1][1]
    if strongest and last in ("value",) and not re.search(
        r"\b(?:menjadi|mencapai)\b", seg[marks[-1][0]:], re.IGNORECASE
    ):
        return strongest[-1]
    return last


def _year_mentions(numbers: Sequence[NumberMention]) -> list[NumberMention]:
    return [n for n in numbers if n.kind == "year"]


def _article_year(date: str | None, numbers: Sequence[NumberMention]) -> int | None:
    if date and re.match(r"\d{4}", date):
        return int(date[:4])
    for n in numbers:
        if n.kind == "date" and n.normalized and re.match(r"\d{4}-\d{2}-\d{2}$", n.normalized):
            return int(n.normalized[:4])
    return None


_COMPARE_END = re.compile(r"\b(?:dari|dibanding(?:kan)?|daripada|ketimbang)\s*$", re.IGNORECASE)
_RELATIVE_YEAR = re.compile(r"\btahun\s+(lalu|kemarin|sebelumnya|ini)\b", re.IGNORECASE)


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


def _sentence_year(text: str, sent: tuple[int, int], years: Sequence[NumberMention],
                   article_year: int | None, near: int,
                   cache: dict[tuple[int, int], Any] | None = None) -> int | None:
    """The year a sentence states for a value at ``near`` (``cache``: per-sentence results)."""
    entry = cache.get(sent) if cache is not None else None
    if entry is None:
        stated = [y for y in _between(years, sent[0], sent[1])
                  if not _ends_with(_YEAR_COMPARE, text, sent[0], y.start)]
        entry = (stated, [y.start for y in stated],
                 None if stated else _relative_year(text, sent, article_year))
        if cache is not None:
            cache[sent] = entry
    stated, starts, relative = entry
    if stated:
        # the stated year closest to ``near``; on a tie the earlier one
        i = bisect_left(starts, near)
        if i == len(stated) or (i > 0 and near - starts[i - 1] <= starts[i] - near):
            i -= 1
        return int(stated[i].value)  # type: ignore[arg-type]
    return relative


def _relative_year(text: str, sent: tuple[int, int], article_year: int | None) -> int | None:
    """"tahun lalu" / "tahun ini" in a sentence, from the article's year."""
    if article_year is None:
        return None
    s = text[sent[0]:sent[1]]
    for m in _RELATIVE_YEAR.finditer(s):
        if _ends_with(_YEAR_COMPARE, s, 0, m.start()) or _ends_with(_COMPARE_END, s, 0, m.start()):
            continue
        return article_year if m.group(1).lower() == "ini" else article_year - 1
    return None


# ---------------------------------------------------------------------------------------------
# Main entry point


def find_scores(
    text: str,
    *,
    date: str | None = None,
    subjects: Iterable[SubjectMention] | None = None,
    rules: Sequence[MetricRule] | None = None,
    sentences: Sequence[tuple[int, int]] | None = None,
    context_window: int = 900,
) -> list[Score]:
    """Find the scores an article states.

    Parameters
    ----------
    text : str
        The article (headline, blank line, body); offsets refer to it.
    date : str | None
        The article date, ISO ("2024-05-16"), for "tahun lalu"; when ``None`` the first full
        date in the text is used.
    subjects : iterable of SubjectMention, optional
        Agency and place mentions found by other components; a fallback pattern
        ("Pemerintah Kota X", "Pemkab X", "Kementerian X", ...) is always added.
    rules : sequence of MetricRule, optional
        Metric lexicon; the packaged one by default.
    sentences : sequence of (start, end), optional
        Sentence spans; :func:`split_sentences` by default.
    context_window : int
        How far back (characters) a metric or year named earlier still applies.

    Returns
    -------
    list[Score]
        One entry per distinct (metric, value, kind, subject), in text order.

    Raises
    ------
    TypeError
        If ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_scores expects a str, got {type(text).__name__}")
    if not text.strip():
        return []
    rule_tuple = tuple(rules) if rules is not None else load_metric_rules()
    sents = list(sentences) if sentences is not None else split_sentences(text)
    if not sents:
        return []
    starts = [s[0] for s in sents]

    def sent_of(pos: int) -> tuple[int, int]:
        i = bisect_right(starts, pos) - 1
        if i >= 0 and sents[i][0] <= pos < sents[i][1]:
            return sents[i]
        return (pos, pos + 1)

    lex = _lexicon(rule_tuple)
    metrics = _ByStart(_find_metrics(text, lex, sent_of))
    grades = _grade_candidates(text, metrics, lex, sent_of, context_window)
    if not metrics and not grades:
        return []  # every numeric value needs a metric: no number scan is needed
    numbers = _ByStart(find_numbers(text))
    years = _ByStart(_year_mentions(numbers))
    article_year = _article_year(date, numbers)
    title_end = text.find("\n\n") if "\n\n" in text[:400] else -1
    subj_list = _ByStart(
        _merge_subjects([*(subjects or []), *_fallback_subjects(text, max(title_end, 0))])
    )
    in_text: dict[str, bool] = {}  # phrase -> written in the text (see _fullest)
    year_cache: dict[tuple[int, int], Any] = {}  # sentence -> its stated years (_sentence_year)
    growth: dict[tuple[int, int], bool] = {}  # sentence -> it talks about growth

    candidates: list[_Candidate] = []
    # numeric values and ranks
    for i, n in enumerate(numbers):
        sent = sent_of(n.start)
        cand = _numeric_candidate(text, n, i, numbers, sent, metrics, context_window, growth)
        if cand is not None:
            candidates.append(cand)
    candidates += grades

    main_subject = _main_subject(subj_list, metrics, text, in_text)
    scores: list[tuple[bool, Score]] = []
    for c in candidates:
        in_title = 0 <= c.start < title_end
        year = None
        if c.kind != "target":
            year = _sentence_year(text, c.sentence, years, article_year, c.start, year_cache)
            if year is None and not in_title:
                prev = [y for y in _between(years, c.start - context_window, c.sentence[0])
                        if not _YEAR_COMPARE.search(text[max(0, y.start - 20):y.start])]
                if prev:
                    year = int(prev[-1].value)  # type: ignore[arg-type]
        else:
            year = _sentence_year(text, c.sentence, years, article_year, c.start, year_cache)
        subject_names = c.subjects or [
            _subject_for(text, c, subj_list, main_subject, in_text)  # type: ignore[list-item]
        ]
        for subject in subject_names:
            scores.append((in_title, Score(
                metric=c.metric.name, value=c.value, kind=c.kind, unit=c.unit, subject=subject,
                year=year, text=c.text, start=c.start, end=c.end)))
    return _dedupe(scores)


def _merge_subjects(items: Iterable[SubjectMention]) -> list[SubjectMention]:
    out: list[SubjectMention] = []
    for s in sorted(items, key=lambda x: (x.start, -(x.end - x.start))):
        if out and s.start < out[-1].end:
            continue  # overlapping: keep the earlier, longer one
        out.append(s)
    return out


def _active_metric(metrics: Sequence[_Metric], pos: int, sent: tuple[int, int], window: int,
                   award_ok: bool) -> tuple[_Metric | None, bool]:
    """The metric for a value at ``pos``: (metric, named_in_sentence)."""
    in_sent = [m for m in _between(metrics, sent[0], sent[1]) if award_ok or not m.award]
    if in_sent:
        before = [m for m in in_sent if m.start < pos]
        pick = before[-1] if before else in_sent[0]
        # prefer a lexicon metric to an unknown one in the same sentence
        known = [m for m in in_sent if m.rule is not None]
        if pick.rule is None and known and not pick.award:
            pick = known[-1] if any(m.start < pos for m in known) else known[0]
        return pick, True
    earlier = [m for m in _between(metrics, pos - window, sent[0]) if not m.award]
    if earlier:
        return earlier[-1], False
    return None, False


_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
_PER_OR_TIMES = re.compile(r"\s*(?:/|x\b|kali\b)")
_NAME_FOLLOWS = re.compile(r"[ \t]+[A-Z][a-z]")


def _numeric_candidate(text: str, n: NumberMention, i: int, numbers: Sequence[NumberMention],
                       sent: tuple[int, int], metrics: Sequence[_Metric],
                       window: int,
                       growth: dict[tuple[int, int], bool] | None = None) -> _Candidate | None:
    if n.kind == "ordinal":
        is_rank = n.cue is not None or bool(_RANK_CUE.search(text[max(0, n.start - 14):n.start]))
        if not is_rank:
            return None
        # "Terbaik I, II, dan III": a list of ranks describes a scheme, not a result
        neighbours = [o for o in _between(numbers, n.start - 11, n.start + 12)
                      if o is not n and o.kind == "ordinal"]
        if neighbours:
            return None
        metric, _ = _active_metric(metrics, n.start, sent, window, award_ok=True)
        if metric is None:
            return None
        if not any(m is metric for m in _between(metrics, sent[0], sent[1])):
            return None  # ranks need their metric in the same sentence
        return _Candidate(metric, n.value, "rank", None, n.text, n.start, n.end, sent)  # type: ignore[arg-type]
    if n.kind not in ("number", "percent"):
        return None
    if not isinstance(n.value, int | float) or isinstance(n.value, bool):
        return None
    if not re.match(r"[\d]", n.text):
        return None  # counts are written in words ("lima kategori"); scores in digits
    unit = n.unit
    if n.kind == "number" and unit not in (None, "poin"):
        return None
    if n.kind == "number" and unit is None:
        nxt = _NEXT_WORD.match(text, n.end)
        if nxt and nxt.group(1).islower() and nxt.group(1) not in _COUNT_OK_NEXT:
            return None
        if _PER_OR_TIMES.match(text, n.end):
            return None
    if _NOT_A_SCORE_BEFORE.search(text, max(sent[0], n.start - 12), n.start):
        return None
    if re.match(r"\s+[Tt]ahun\s+\d{4}", text[n.end:n.end + 14]):
        return None  # "Nomor 146 Tahun 2017": a regulation number
    if re.match(r"\s?[-–]\s?\d", text[n.end:n.end + 3]) or re.search(
            r"\d\s?[-–]\s?$", text[max(0, n.start - 3):n.start]):
        return None  # "skor 5-1": a match result, not an evaluation
    metric, in_sentence = _active_metric(metrics, n.start, sent, window, award_ok=False)
    if metric is None:
        return None
    if n.kind == "percent":
        if not in_sentence:
            return None
        if growth is None or sent not in growth:
            talks = _GROWTH.search(text[sent[0]:sent[1]]) is not None
            if growth is None:
                growth = {}
            growth[sent] = talks
        if growth[sent]:
            return None
        if metric.rule is not None and not metric.rule.percent:
            return None
        if metric.rule is None and not re.match(r"(?i)surve", metric.name):
            return None
    if metric.rule is not None and metric.rule.grades and not metric.rule.percent and \
            metric.rule.id in ("opini-bpk", "zi", "apn", "ape", "kip-monev"):
        return None  # grade-only metrics have no numeric values
    # numbers are sorted by start: those of this sentence before ``i`` are a run ending at i
    first = 0
    if isinstance(numbers, _ByStart) and numbers.starts is not None:
        first = bisect_left(numbers.starts, sent[0])
    prev_num = max((o.end for o in numbers[first:i] if o.end <= n.start and o.start >= sent[0]
                    and o.kind not in ("year", "date", "time")), default=sent[0])
    near_cue = _SCORE_CUE.search(text[max(sent[0], n.start - 70):n.start])
    if in_sentence:
        # the value must sit near its metric or a score word, not anywhere in a long sentence
        close = any(abs(m.end - n.start) <= 120 or abs(n.end - m.start) <= 40
                    for m in _between(metrics, sent[0], sent[1]) if m is metric)
        if not (close or near_cue):
            return None
        if metric.start > n.end and not near_cue:
            return None
    elif not near_cue:
        return None
    if unit is None and n.kind == "percent":
        unit = "persen"
    kind = _kind_for(text, prev_num, n.start, sent[0])
    return _Candidate(metric, n.value, kind, unit, n.text, n.start, n.end, sent)


_GRADE_EVIDENCE = {
    "opini-bpk": re.compile(
        r"\b(?:opini|BPK|Badan\s+Pemeriksa\s+Keuangan|laporan\s+keuangan|LKPD|LKPP|LKKL|audit"
        r"|pemeriksaan)\b", re.IGNORECASE),
}
_LONG_GRADE_RE = re.compile(r"\b(?:" + "|".join(_LONG_GRADES) + r")\b", re.IGNORECASE)


def _grade_candidates(text: str, metrics: Sequence[_Metric], lex: _Lexicon, sent_of: Any,
                      window: int) -> list[_Candidate]:
    out: list[_Candidate] = []
    # acronyms the article defines as something else ("Taman Makam Pahlawan (TMP)")
    other = {d.short for d in find_definitions(text)
             if _LONG_GRADES.get(_name_key(d.long)) != d.short}
    spans: list[tuple[int, int, str, list[MetricRule]]] = []
    if lex.grade_re is not None:
        spans += [(m.start(), m.end(), m.group(0), lex.by_grade[m.group(0)])
                  for m in lex.grade_re.finditer(text)]
    opini = [r for r in lex.rules if r.id == "opini-bpk"]
    if opini:
        spans += [(m.start(), m.end(), _LONG_GRADES[_name_key(m.group(0))], opini)
                  for m in _LONG_GRADE_RE.finditer(text)]
    spans.sort(key=lambda x: (x[0], -x[1]))
    # Starts and ends of the grade mentions used so far.
    used_starts: set[int] = set()
    used_ends: set[int] = set()

    def use(start: int, end: int) -> None:
        used_starts.add(start)
        used_ends.add(end)

    for start, end, grade, rules in spans:
        # "WDP (wajar dengan pengecualian)" / "wajar tanpa pengecualian (WTP)": one mention
        if any(start + d in used_ends or end + d in used_starts for d in range(-3, 4)):
            use(start, end)
            continue
        sent = sent_of(start)
        if _NEGATION.search(text, max(sent[0], start - 30), start):
            use(start, end)
            continue
        if text[start:end] in other:
            continue
        cue = bool(_GRADE_CUE.search(text[max(sent[0], start - 25):start]))
        chosen: MetricRule | None = None
        here: list[_Metric] = []
        for rule in rules:
            if lex.excluded(rule, text, sent):
                continue
            here = [m for m in _between(metrics, sent[0], sent[1]) if m.rule is rule]
            if grade.isupper() and len(grade) >= 3:
                # WTP, WDP, TMP, WBK, WBBM: need their metric, a grade word, or audit talk nearby
                evidence = bool(here) or cue
                if not evidence and rule.id in _GRADE_EVIDENCE:
                    evidence = bool(_GRADE_EVIDENCE[rule.id].search(
                        text, max(0, start - window), sent[1]))
                if not evidence:
                    continue
                if not here and not cue and _NAME_FOLLOWS.match(text, end):
                    continue  # "TMP Kalibata": a name follows, not a grade
            elif not here or not cue:
                continue
            chosen = rule
            break
        if chosen is None:
            continue
        metric = here[-1] if here else _Metric(
            chosen.label or chosen.acronym or chosen.names[0], start, end, chosen)
        kind = "target" if _TARGET.search(text[max(sent[0], start - 60):start]) else "grade"
        subjects = _enumerated_subjects(text, end, sent)
        use(start, end)
        out.append(_Candidate(metric, grade, kind, None, text[start:end], start, end, sent,
                              subjects))
    return out


_ENUM = re.compile(r"\s*(?:\([^)]*\)\s*)?,?\s*(?:yaitu|yakni|antara\s+lain|adalah|:)\s+")


def _enumerated_subjects(text: str, end: int, sent: tuple[int, int]) -> list[str] | None:
    """Subjects listed right after a grade: "WDP (...) yaitu PUPR, Kemenpora, KPU, dan KPK"."""
    m = _ENUM.match(text, end)
    if not m:
        return None
    rest = text[m.end():sent[1]]
    rest = re.split(r"[.;\"”]", rest, maxsplit=1)[0]
    items = [x.strip() for x in re.split(r",\s*(?:dan\s+)?|\s+dan\s+", rest) if x.strip()]
    names = [_clean_subject(x) for x in items if re.match(r"[A-Z]", x) and len(x.split()) <= 6]
    return names or None


def _main_subject(subjects: Sequence[SubjectMention], metrics: Sequence[_Metric],
                  text: str, in_text: dict[str, bool] | None = None) -> str | None:
    issuers = {i.casefold() for m in metrics if m.rule for i in m.rule.issuers}
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    if any(s.type != "place" for s in subjects):
        subjects = [s for s in subjects if s.type != "place"]
    for s in subjects:
        name = _clean_subject(s.text)
        if not name or name.casefold() in issuers or any(w.casefold() in issuers
                                                         for w in name.split()):
            continue
        if re.search(r"\b(?:oleh|dari|versi)\s*$", text[max(0, s.start - 8):s.start]):
            continue
        name = _fullest(text, name, in_text)
        counts[name] += 1
        first.setdefault(name, s.start)
    if not counts:
        return None
    return max(counts, key=lambda k: (counts[k], len(k), -first[k]))


def _subject_for(text: str, c: _Candidate, subjects: Sequence[SubjectMention],
                 main_subject: str | None, in_text: dict[str, bool] | None = None) -> str | None:
    sent = c.sentence
    if c.kind == "average":
        avg = list(_AVERAGE.finditer(text, sent[0], c.start))
        if avg:
            phrase = text[avg[-1].end():c.start]
            phrase = re.sub(r"^\s*(?:(?:nilai|skor|indeks|capaian)\s+)?", "", phrase,
                            flags=re.IGNORECASE)
            name = c.metric.name
            if phrase.lower().startswith(name.lower()):
                phrase = phrase[len(name):]
            phrase = re.split(
                r"\s+(?:ada|adalah|sebesar|yaitu|yakni|hanya|mencapai|berada|sekitar|senilai"
                r"|tercatat|masih|baru|di\s+angka|pada|hanyalah|ialah|yang)\b|[,:(]", phrase,
                maxsplit=1)[0]
            phrase = phrase.strip()
            if phrase and len(phrase.split()) <= 6 and not re.search(r"\d", phrase):
                return phrase
            return None
    inside = [s for s in _between(subjects, sent[0], sent[1])
              if not _is_issuer(s.text, c.metric)
              and not re.search(r"\b(?:oleh|dari|versi|rilis)\s*$",
                                text[max(sent[0], s.start - 10):s.start], re.IGNORECASE)
              and not (s.start <= c.metric.start < s.end)
              and not (s.type == "place" and _LOCATIVE.search(text, max(0, s.start - 6), s.start))]
    first_word = _FIRST_WORD.match(text, sent[0], sent[1])
    if not first_word or first_word.group(1).lower() not in _PRONOUN_START:
        m = _INITIAL_SUBJECT.match(text, sent[0], sent[1])
        if m and m.start(1) < c.start:
            cand = _clean_subject(m.group(1))
            if cand and not _is_issuer(cand, c.metric):
                inside.append(SubjectMention(cand, m.start(1), m.end(1)))
    if any(s.type != "place" for s in inside):
        inside = [s for s in inside if s.type != "place"]
    if inside:
        before = [s for s in inside if s.start < c.start]
        if before:
            pick = max(before, key=lambda s: s.start)
            # "..., kami ... 100": a first-person pronoun after it speaks for the main agency
            if main_subject and _FIRST_PERSON.search(text, pick.end, c.start):
                return main_subject
        else:
            pick = min(inside, key=lambda s: s.start)
        return _fullest(text, _clean_subject(pick.text), in_text)
    return main_subject


_FIRST_WORD = re.compile(r"\W*(\w+)")
_LOCATIVE = re.compile(r"\b(?:di|ke|dari|se)[\s-]+$", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:kami|kita)\b", re.IGNORECASE)


_SHORT_GOV = {"Pemkot": "Pemerintah Kota", "Pemkab": "Pemerintah Kabupaten",
              "Pemprov": "Pemerintah Provinsi"}


def _fullest(text: str, subject: str, in_text: dict[str, bool] | None = None) -> str:
    """Expand "Pemkab Bogor" to "Pemerintah Kabupaten Bogor" when the article writes that.

    ``in_text`` remembers which expansions ``text`` contains (a search of the whole text each).
    """
    head, _, rest = subject.partition(" ")
    long = _SHORT_GOV.get(head)
    if not (long and rest):
        return subject
    full = f"{long} {rest}"
    if in_text is None:
        found = full in text
    elif full in in_text:
        found = in_text[full]
    else:
        found = in_text[full] = full in text
    return full if found else subject


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", (s or "").casefold())).strip()


def _dedupe(items: Sequence[tuple[bool, Score]]) -> list[Score]:
    """Keep one score per (metric, value, kind, subject); body mentions beat the headline."""
    kept: list[Score] = []
    # Kept scores by (kind, value): text values by the value itself, finite numbers by the
    # bucket floor(value * 1e8), so two numbers within 1e-9 sit in the same or a next bucket.
    # Non-finite numbers never equal anything and are not indexed.
    by_value: dict[tuple[str, object], list[Score]] = {}

    def buckets(sc: Score) -> list[tuple[str, object]]:
        if isinstance(sc.value, str):
            return [(sc.kind, sc.value)]
        number = float(sc.value)
        if not math.isfinite(number):
            return []
        scaled = number * 1e8
        if not math.isfinite(scaled):  # huge: only an equal number is within 1e-9
            return [(sc.kind, ("huge", number))]
        b = math.floor(scaled)
        return [(sc.kind, b - 1), (sc.kind, b), (sc.kind, b + 1)]

    for _, s in sorted(items, key=lambda x: (x[0], x[1].start)):
        dup = False
        for k in (k for key in buckets(s) for k in by_value.get(key, ())):
            same_value = (k.value == s.value if isinstance(k.value, str) or isinstance(s.value, str)
                          else abs(float(k.value) - float(s.value)) < 1e-9)
            km, sm = _norm(k.metric), _norm(s.metric)
            if same_value and k.kind == s.kind and (km in sm or sm in km) and (
                k.subject == s.subject or not isinstance(s.value, str) or s.kind == "rank"
            ):
                dup = True
                break
        if not dup:
            kept.append(s)
            own = buckets(s)
            if own:
                by_value.setdefault(own[len(own) // 2], []).append(s)
    return sorted(kept, key=lambda s: s.start)
