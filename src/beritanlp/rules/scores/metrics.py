"""Metrics named in a text: lexicon acronyms and names, defined acronyms, "Indeks X", awards."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import cache

from beritanlp.lexicons import Lexicons
from beritanlp.lexicons.metrics import MetricRule
from beritanlp.lexicons.words import tagged_words, word_table
from beritanlp.rules.scores.context import CARRY_WINDOW, carried_metric
from beritanlp.rules.scores.continued import (
    TitleLines,
    continued_end,
    is_place_at,
    place_keys,
    position_heads,
    region_keys,
    stop_words,
)
from beritanlp.rules.scores.cues import (
    CAP,
    CLAUSE_BREAK,
    COMPLEMENT_STOP,
    CONTEST_NOUNS,
    ELECTIONS,
    HOLDING_VERBS,
    HOPE_REACH,
    HOPED,
    MARKET,
    MONEY_MEASURES,
    MONEY_WORDS,
    NAMED_RANKING,
    NOT_HELD,
    NOT_HELD_REACH,
    PLAYERS,
    RANKING_SUPERLATIVES,
    TALLY_HEADS,
    TIER,
    TIER_NAMES,
    UNKNOWN_HEADS,
    VERB_PREFIXED,
    market_talk,
)
from beritanlp.rules.scores.dedupe import place_nesting
from beritanlp.rules.scores.judged import RANK_SCOPE as CONTEST_RANK_SCOPE
from beritanlp.rules.scores.model import (
    ByStart,
    Metric,
    SentenceOf,
    between,
    is_points_table,
)
from beritanlp.rules.scores.placings import (
    SPORT_CUE,
    earlier_metrics,
    paragraph,
    placings,
    world_rankings,
)
from beritanlp.rules.scores.scale import bounds_named
from beritanlp.rules.scores.titled import with_titles
from beritanlp.rules.scores.variants import index_variants
from beritanlp.text.acronyms import AcronymDefinition, find_definitions
from beritanlp.text.ordinals import alternation, rank_words
from beritanlp.text.word_start import (
    NotAfterPattern,
    first_character_alternation,
    literal_starts,
    lowered_haystack,
)

_UNKNOWN_METRIC = re.compile(rf"\b{UNKNOWN_HEADS}(?:[ \t]+(?:{CAP}|dan|&))*[ \t]+{CAP}"
                             rf"|\b{NAMED_RANKING}")
#: The words every match of :data:`_UNKNOWN_METRIC` starts with ("Indeks", "Survei", ...): a
#: text holding none of them is not scanned.
_UNKNOWN_STARTS = literal_starts(_UNKNOWN_METRIC.pattern, _UNKNOWN_METRIC.flags)
#: English index names: "Travel and Tourism Competitiveness Index".
_ENGLISH_INDEX = re.compile(
    rf"\b{CAP}(?:[ \t]+(?:{CAP}|and|of|&)){{0,8}}[ \t]+(?:Index|Rankings?)\b")
_AWARD = re.compile(
    rf"((?:{CAP}[ \t]+(?:(?:dan|&|of|for)[ \t]+)?){{0,6}}?)(?:\(([A-Z][A-Za-z]{{1,9}})\)[ \t]+)?"
    r"(Awards?|Award)\b"
)
#: The common noun that starts a lower-case award mention, with the blanks after it.
_HEAD_WORD = re.compile(r"\S+[ \t]+")
_ANUGERAH = re.compile(
    rf"(?:\b|(?<=[a-z]))(?:Anugerah|Penghargaan|Lomba"
    rf"|(?<![\w-])(?:anugerah|penghargaan)(?![ \t]+{TIER.pattern}))"
    rf"(?:[ \t]+{CAP}){{1,6}}"
    rf"(?:[ \t]+\(([A-Z]{{2,10}})\))?"
)


#: Country names (``countries.txt``) and the Republic's short forms ("RI", "NKRI"), casefolded:
#: "skor Indonesia" names no evaluation, "nilai ... Kementerian X RI" ends before "RI".
_COUNTRY_WORDS = frozenset({*(row[0].casefold() for row in word_table("countries") if row),
                            "ri", "nkri"})


def name_key(name: str) -> str:
    """Lookup key of a metric name (case, hyphens and spacing ignored)."""
    return " ".join(name.replace("-", " ").split()).casefold()


def is_grade_code(grade: str) -> bool:
    """A grade written as a code ("WTP", "A", "BB", "II"), matched case-sensitively."""
    return grade.isupper() or len(grade) <= 2


@cache
def not_near_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """The words of a rule's ``not_near`` as one pattern (compiled once per word list)."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)", re.IGNORECASE)


def excluded_here(rule: MetricRule | None, text: str, sent: tuple[int, int]) -> bool:
    """A word of ``rule.not_near`` in the sentence: the acronym means something else there."""
    return bool(rule is not None and rule.not_near
                and not_near_re(rule.not_near).search(text, sent[0], sent[1]))


class MetricIndex:
    """All lexicon patterns compiled into a few alternations (one pass over the text each).

    A table derived from the metric rules: build it once per table (e.g. with
    :meth:`beritanlp.lexicons.Lexicons.derived`). ``lexicons`` holds the other tables the
    metric names read (agencies, positions and places end a continued name); the packaged
    defaults when none are given. Those are derived lazily, on the first name they may end.
    """

    def __init__(self, rules: Iterable[MetricRule], lexicons: Lexicons | None = None) -> None:
        rules = tuple(rules)
        self.rules = rules
        self.lexicons = lexicons if lexicons is not None else Lexicons()
        self.by_acronym: dict[str, MetricRule] = {r.acronym: r for r in rules if r.acronym}
        self.by_name: dict[str, MetricRule] = {}
        for r in rules:
            for name in r.names:
                self.by_name.setdefault(name_key(name), r)
        # Codes ("WTP", "A", "BB") match as written; grade words ("Gold", "tidak sehat") in
        # any case, keyed by their casefold.
        self.by_grade: dict[str, list[MetricRule]] = {}
        self.by_word_grade: dict[str, list[MetricRule]] = {}
        for r in rules:
            for g in r.grades:
                if is_grade_code(g):
                    self.by_grade.setdefault(g, []).append(r)
                else:
                    self.by_word_grade.setdefault(name_key(g), []).append(r)
        self.acronym_re = self._alternation(self.by_acronym, flags=0, nya=True)
        #: long acronyms of graded ratings some newsrooms write in title case ("Proper"): read
        #: only right before one of the rating's grade words ("Proper predikat emas")
        self.by_title_acronym: dict[str, MetricRule] = {
            r.acronym.title(): r for r in rules
            if r.acronym and r.acronym.isupper() and len(r.acronym) >= 5
            and any(not is_grade_code(g) for g in r.grades)}
        self.title_acronym_re = self._alternation(self.by_title_acronym, flags=0)
        self.name_re = self._name_pattern({n for r in rules for n in r.names if n.split()})
        self.grade_re = self._alternation(self.by_grade, flags=0)
        #: casefolded words of every grade and tier: never the continuation of a name
        self.grade_words = frozenset({w for r in rules for g in r.grades
                                      for w in name_key(g).split()}
                                     | {w.casefold() for w in TIER_NAMES})
        self.word_grade_rules = frozenset(r.id for rs in self.by_word_grade.values() for r in rs)
        self.word_grade_re = self._word_pattern(set(self.by_word_grade))
        #: issuers as written (case-sensitive: "KIP" the commission, not a word)
        self.issuer_re = {r.id: re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, r.issuers))})"
                                           r"(?![\w-])")
                          for r in rules if r.issuers}
        word_issuers = sorted({i for r in rules if r.id in self.word_grade_rules
                               for i in r.issuers}, key=len, reverse=True)
        issuers = first_character_alternation([re.escape(i) for i in word_issuers])
        self.word_grade_issuer_re = NotAfterPattern(
            r"[\w-]", rf"(?:{issuers})(?![\w-])") if word_issuers else None

    def name_stops(self) -> frozenset[str]:
        """Words that end a continued metric name (derived from agencies and positions)."""
        return self.lexicons.derived("scores.name_stops", ("agencies", "positions"), stop_words)

    def position_heads(self) -> frozenset[str]:
        """Casefolded first words of officials' positions (derived from positions)."""
        return self.lexicons.derived("scores.position_heads", ("positions",), position_heads)

    def place_keys(self) -> frozenset[str]:
        """Keys of the places that end a continued metric name (derived from the gazetteer)."""
        return self.lexicons.derived("scores.place_keys", ("gazetteer",), place_keys)

    def place_nesting(self) -> Callable[[str, str], bool]:
        """``nested(a, b)``: one place in the other's province (derived from the gazetteer)."""
        return self.lexicons.derived("scores.place_nesting", ("gazetteer",), place_nesting)

    def region_keys(self) -> frozenset[str]:
        """Keys of the provinces, regencies and cities (derived from the gazetteer)."""
        return self.lexicons.derived("scores.region_keys", ("gazetteer",), region_keys)

    @staticmethod
    def _word_pattern(words: set[str]) -> re.Pattern[str] | None:
        """Grade words in any case, grouped by first word behind a class of first letters."""
        groups: dict[str, list[str]] = {}
        for w in sorted(words, key=len, reverse=True):
            head, *rest = w.split()
            groups.setdefault(head, []).append("".join(r"\s+" + re.escape(x) for x in rest))
        if not groups:
            return None
        alts = [re.escape(h) + "(?:" + "|".join(tails) + ")"
                for h, tails in sorted(groups.items(), key=lambda x: -len(x[0]))]
        first = "".join(sorted({c for h in groups for c in (h[0].lower(), h[0].upper())}))
        body = first_character_alternation(alts, re.IGNORECASE)
        return re.compile(rf"(?<![\w-])(?=[{re.escape(first)}])(?:{body})(?![\w-])",
                          re.IGNORECASE)

    @staticmethod
    def _name_pattern(names: set[str]) -> re.Pattern[str] | None:
        """One pattern for the long names, grouped by first word (longest first in a group).

        A class of the first letters up front lets the scan skip most positions fast; grouping
        by first word tries each first word once at a word start, not once per name.
        """
        groups: dict[str, list[str]] = {}
        for n in sorted(names, key=len, reverse=True):
            head, *rest = n.split()
            groups.setdefault(head.casefold(), []).append(
                "".join(r"[\s-]+" + re.escape(w) for w in rest))
        if not groups:
            return None
        alts = [re.escape(h) + "(?:" + "|".join(tails) + ")"
                for h, tails in sorted(groups.items(), key=lambda x: -len(x[0]))]
        first = "".join(sorted({c for h in groups for c in (h[0], h[0].upper())}))
        body = first_character_alternation(alts, re.IGNORECASE)
        return re.compile(rf"(?<!\w)(?=[{re.escape(first)}])(?:{body})(?!\w)",
                          re.IGNORECASE)

    @staticmethod
    def _alternation(keys: Iterable[str], flags: int,
                     nya: bool = False) -> NotAfterPattern | None:
        """One pattern for ``keys`` as whole words (with ``nya``, also "API-nya").

        Scanned without its opening look-behind (:class:`NotAfterPattern`): the keys are
        case-sensitive literals, so the scan skips to their first letters.
        """
        alts = [re.escape(k) for k in sorted(keys, key=len, reverse=True)]
        if not alts:
            return None
        tail = r"(?!\w)(?!-(?!nya\b))" if nya else r"(?![\w-])"
        body = first_character_alternation(alts, flags)
        return NotAfterPattern(r"[\w-]", rf"(?:{body}){tail}", flags)

    def issued_here(self, rule: MetricRule, text: str, sent: tuple[int, int]) -> bool:
        """Whether a body that issues ``rule`` is named in the sentence ("Ombudsman RI")."""
        pat = self.issuer_re.get(rule.id)
        return bool(pat and pat.search(text, sent[0], sent[1]))

    def excluded(self, rule: MetricRule, text: str, sent: tuple[int, int]) -> bool:
        """A word of ``rule.not_near`` in the sentence shows the acronym means something else."""
        return excluded_here(rule, text, sent)


class _Spans:
    """Spans of metrics found so far, for overlap tests by bisection.

    A span ending after ``s`` starts at or after ``s - longest``, so only those are compared.
    """

    def __init__(self, found: Iterable[Metric]) -> None:
        self.known = sorted((f.start, f.end) for f in found)
        self.longest = max((ke - ks for ks, ke in self.known), default=0)

    def overlaps(self, s: int, e: int) -> bool:
        known = self.known
        lo = bisect_left(known, (s - self.longest,))
        hi = bisect_left(known, (e,))
        return any(s < ke and ks < e for ks, ke in known[lo:hi])

    def add(self, s: int, e: int) -> None:
        insort(self.known, (s, e))
        self.longest = max(self.longest, e - s)


class _MarketTalk:
    """``market(pos)``: whether the sentence holding ``pos`` talks of a market (each read once)."""

    def __init__(self, text: str, sent_of: SentenceOf) -> None:
        self.text = text
        self.sent_of = sent_of
        self.seen: dict[tuple[int, int], bool] = {}

    def __call__(self, pos: int) -> bool:
        sent = self.sent_of(pos)
        if sent not in self.seen:
            self.seen[sent] = market_talk(self.text, *sent)
        return self.seen[sent]


def find_metrics(text: str, lex: MetricIndex, sent_of: SentenceOf,
                 definitions: Sequence[AcronymDefinition] | None = None) -> list[Metric]:
    """Every metric named in ``text``, sorted by start (longer first on a tie).

    ``definitions`` are the text's acronym definitions when the caller already has them.
    """
    if definitions is None:
        definitions = find_definitions(text)
    found, blocked = _lexicon_metrics(text, lex, sent_of, _defined_otherwise(lex, definitions))
    found = with_titles(text, _short_forms(text, found, definitions), sent_of)
    spans = _Spans(found)
    found += _defined_metrics(text, lex, sent_of, spans, blocked, definitions)
    for v in index_variants(text, found, definitions, spans.overlaps):
        found.append(v)
        spans.add(v.start, v.end)
    english = _ENGLISH_INDEX.finditer(text) if ("Index" in text or "Ranking" in text) else ()
    market = _MarketTalk(text, sent_of)
    unknown = _UNKNOWN_METRIC.finditer(text) if _holds_any(text, _UNKNOWN_STARTS) else ()
    for m in [*unknown, *english]:
        end = _unknown_name_end(m, lex.region_keys)
        if not spans.overlaps(m.start(), end) and not market(m.start()) \
                and sent_of(m.start()) not in blocked:
            found.append(Metric(text[m.start():end], m.start(), end, None))
            spans.add(m.start(), end)  # "Skor Indeks X": no second, shorter name inside it
    found += _scored_names(text, spans, market, sent_of)
    awards = _awards(text, spans)
    for a in awards:
        spans.add(a.start, a.end)
    found += awards
    found += _ranking_metrics(text, spans, sent_of, lex)
    low = lowered_haystack(text)  # the nouns first: each pattern tries every word start
    if _holds_any(low, CONTEST_NOUNS) and _CONTEST_QUICK.search(text):
        found += _contests(text, spans, sent_of)
    if (_holds_any(low, _RANK_NOUNS) and _RANK_LITERAL.search(text)) \
            or ("besar" in text and _TOP_N_ENTERED.search(text)) \
            or _SUPERLATIVE_ORDINAL.search(text) \
            or ("paling" in text and _PALING_ORDINAL.search(text)) \
            or ("nomor" in text and _NUMBERED_QUICK.search(text)):
        found += rank_measures(text, spans, sent_of, lex)
    if "poin" in text or "angka" in text or "nilai" in text:
        found += standings(text, found, sent_of)
    found += placings(text, found, sent_of)
    if "dunia" in text:
        found += world_rankings(text, found, sent_of)
    for m in _RANKED_MEASURE.finditer(text) if "(" in text else ():
        if not spans.overlaps(m.start(1), m.end(2) + 1):
            # "peringkat pertama Angka Kematian Bayi (AKB)": what the rank ranks by
            found.append(Metric(m.group(2), m.start(1), m.end(2) + 1, None, award=True))
    found.sort(key=lambda x: (x.start, -x.end))
    return found


def _holds_any(low: str | None, words: Sequence[str] | None) -> bool:
    """Whether the text ``low`` holds one of ``words`` (always, when either is None).

    For an ignore-case pattern whose every match holds one of ``words`` (lower-cased), ``low``
    is :func:`beritanlp.text.word_start.lowered_haystack`; for a case-sensitive one the text
    itself. The pattern matches only when this is True.
    """
    return low is None or words is None or any(w in low for w in words)


#: "nilai Tata Kelola Arsip 71,4", "Skor Layanan Digital Kabupaten X mencapai 88,2": an
#: evaluation named by a capitalised phrase after a score word.
_SCORE_NAMED = re.compile(
    rf"(?<![\w-])[NnSs](?:ilai|kor)[ \t]+({CAP}(?:[ \t]+(?:{CAP}|dan)){{0,6}})")
#: A lower-case evaluation named after "nilai"/"skor": "nilai evaluasi kinerja Pemkab X
#: sebesar 3,45", "meraih skor penilaian desa wisata 83,2", "nilai akuntabilitas kinerja
#: Pemkab X 77,51" (what SAKIP evaluates, named by its own noun). Its head; the words after it
#: are read by :func:`_evaluation_end`.
_EVALUATION_SCORED = re.compile(
    r"(?<![\w-])(?:[Nn]ilai|[Ss]kor)[ \t]+(evaluasi|penilaian|akuntabilitas)(?![\w-])")
#: One lower-case word of an evaluation's name.
_LOWER_WORD = re.compile(r"[ \t]+([a-z][a-z-]*)(?![\w-])")
#: At most this many words after the evaluation's head.
_EVALUATION_WORDS = 3
#: A particle size's prefix ("PM 2,5", "PM 10"): what an air reading measures, not a name.
_PARTICLES = ("PM",)
#: Words that start the subject after the evaluation's name ("... Kabupaten X"), never the name.
_NAME_STOP = frozenset({*tagged_words("institution_heads", "scores"), "Kabupaten", "Kota",
                        "Provinsi", "Desa", "Kelurahan", "Kecamatan", "Indonesia", "Nasional",
                        "Tahun", "Pada", "Di", "Dan", "Rp", *_PARTICLES})
#: A value (a number) or a grade code shortly after the name; a lone letter only after a
#: grade word ("predikat B"), never any capital ("Gedung B").
_VALUE_SOON = re.compile(r"[^.;\n]{0,50}?(?:\d|\b(?:AA|BB|CC|WTP|WDP)\b"
                         r"|\b(?i:predikat|kategori|grade|akreditasi|terakreditasi)[ \t]+[A-D]\b)")


#: Words that start whose score an unknown index is, after its name ("Indeks X Kabupaten Y").
_REGION_WORDS = frozenset({"Kabupaten", "Kota", "Provinsi", "Desa", "Kelurahan", "Kecamatan"})
_SUBJECT_HEADS = frozenset({*tagged_words("institution_heads", "scores"), *_REGION_WORDS})


def _unknown_name_end(m: re.Match[str], regions: Callable[[], frozenset[str]]) -> int:
    """Where an unknown index's name ends: before the subject named after it.

    "Indeks Reformasi Tata Niaga Kabupaten Tebing" -> "Indeks Reformasi Tata Niaga". A head
    word right after "Indeks" is the name's ("Indeks Desa Membangun", "Indeks Kota Toleran"),
    and one followed by another head word is too ("Indeks Keterbukaan Desa Kota Lembah" ends
    after "Desa"); a head word must be followed by a name to start a subject. A gazetteer
    region starting in the last :data:`_REGION_NAME_WORDS` words, after two of the name, is the
    subject too (:func:`~beritanlp.rules.scores.continued.is_place_at` over ``regions()``, the
    gazetteer's region keys, read only then): "Indeks Kebebasan Pers Jawa Barat" ends after
    "Pers". A country is no region: "Indeks Demokrasi Indonesia" names the index itself.
    """
    words = list(re.finditer(r"\S+", m.group(0)))
    for i in range(2, len(words) - 1):
        w, nxt = words[i].group(), words[i + 1].group()
        if w in _SUBJECT_HEADS and nxt[:1].isupper() and nxt not in _SUBJECT_HEADS:
            return m.start() + words[i - 1].end()
    if len(words) > 2:
        names, keys = [w.group() for w in words], regions()
        for i in range(max(2, len(words) - _REGION_NAME_WORDS), len(words)):
            if is_place_at(names, i, keys):
                return m.start() + words[i - 1].end()
    return m.end()


#: At most this many last words of an index's name are tried as a region's start.
_REGION_NAME_WORDS = 3


def _scored_names(text: str, spans: _Spans, market: _MarketTalk,
                  sent_of: SentenceOf) -> list[Metric]:
    """Evaluations named right after "nilai"/"skor" with a value soon after.

    Capitalised names ("Nilai Evaluasi Kinerja Kabupaten X ...", :data:`_SCORE_NAMED`) and
    lower-case ones headed by "evaluasi"/"penilaian" ("nilai evaluasi kinerja Pemkab X
    sebesar 3,45", :data:`_EVALUATION_SCORED`). Each name found is added to ``spans``.

    Parameters
    ----------
    text : str
        The article.
    spans : _Spans
        The names found so far (a name overlapping one is left out); updated.
    market : _MarketTalk
        Whether a position's sentence talks of a market (no score there).
    sent_of : SentenceOf
        The sentence around a position.

    Returns
    -------
    list of Metric
        The evaluations named, with no lexicon rule.
    """
    found: list[Metric] = []
    for m in _SCORE_NAMED.finditer(text) if ("nilai " in text or "skor " in text
                                            or "Nilai " in text or "Skor " in text) else ():
        name_end = _scored_name_end(text, m)
        if name_end is not None and not spans.overlaps(m.start(1), name_end) \
                and not market(m.start()):
            found.append(Metric(text[m.start(1):name_end], m.start(1), name_end, None))
            spans.add(m.start(1), name_end)
    for m in _EVALUATION_SCORED.finditer(text) if ("evaluasi" in text or "penilaian" in text
                                                    or "akuntabilitas" in text) else ():
        end = _evaluation_end(text, m.end(1))
        if end is not None and not spans.overlaps(m.start(1), end) and not market(m.start()) \
                and _evaluation_read(text, m.start(1), end, sent_of(m.start())):
            found.append(Metric(text[m.start(1):end], m.start(1), end, None))
            spans.add(m.start(1), end)
    return found


#: A number right at a position (the value :data:`_VALUE_SOON` found).
_NUMBER_AT = re.compile(r"\d+(?:[.,]\d+)*")
#: Sports talk: a player ("pemain", :data:`~beritanlp.rules.scores.cues.PLAYERS`), a match or a
#: coach. Not all of :data:`SPORT_CUE`: "tim penilai", "kompetisi inovasi" are an evaluation's.
_SPORT_TALK = re.compile(rf"\b(?i:{PLAYERS}|laga|pertandingan|pelatih)\b")


def _evaluation_read(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Whether the evaluation named at ``start:end`` is read: a value follows soon, not a bound.

    The number is no bound of a scale (:func:`~beritanlp.rules.scores.scale.bounds_named`:
    "Minimal nilai evaluasi kinerja 70", "skor penilaian 90 ke atas diberi predikat ...") and
    the sentence is no sports talk (:data:`_SPORT_TALK`: "skor evaluasi pemain 7,5 ... setelah
    laga").

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        The evaluation's name.
    sent : tuple of int
        Its sentence.

    Returns
    -------
    bool
        True when the name is read as a score.
    """
    v = _VALUE_SOON.match(text, end)
    if v is None or _SPORT_TALK.search(text, *sent):
        return False
    n = _NUMBER_AT.match(text, v.end() - 1)
    return n is None or not bounds_named(text, start, n.span(), sent)


def _evaluation_end(text: str, pos: int) -> int | None:
    """Where a lower-case evaluation's name ends, its head ending at ``pos``.

    Word by word, up to :data:`_EVALUATION_WORDS`; a word of
    :data:`~beritanlp.rules.scores.cues.COMPLEMENT_STOP` or one with a verb prefix
    (:data:`~beritanlp.rules.scores.cues.VERB_PREFIXED`: "diperoleh") ends it, as a capital
    (the subject) does.

    Parameters
    ----------
    text : str
        The article.
    pos : int
        The end of the head ("evaluasi", "penilaian").

    Returns
    -------
    int or None
        The end of the name, or None when no word follows the head.
    """
    end = None
    for _ in range(_EVALUATION_WORDS):
        m = _LOWER_WORD.match(text, pos)
        if m is None or m.group(1) in COMPLEMENT_STOP or VERB_PREFIXED.fullmatch(m.group(1)):
            break
        pos = end = m.end()
    return end


def _scored_name_end(text: str, m: re.Match[str]) -> int | None:
    """Where the evaluation named after "nilai"/"skor" ends, if a value follows it.

    The name stops before a subject's head word ("Kabupaten", "Pemkab", "Dinas" ...); a name
    that is all acronym-free single word of a place or of a country is none.
    """
    kept: list[re.Match[str]] = []
    for word in re.finditer(r"\S+", m.group(1)):
        w = word.group()
        if w in _NAME_STOP or w.casefold() in _COUNTRY_WORDS or w.startswith("Rp") \
                or any(ch.isdigit() for ch in w):
            break
        kept.append(word)
    while kept and kept[-1].group() == "dan":
        kept.pop()
    if not kept:
        return None
    end = m.start(1) + kept[-1].end()
    if not _VALUE_SOON.match(text, end):
        return None
    return end


#: "provinsi dengan kualitas infrastruktur terbaik": what a ranking ranks by.
#: A superlative ("terbaik", "paling tinggi"); the measure is the phrase after "dengan" before it.
#: (``\b`` before a letter is no word character before it: the scan skips to "p" and "t")
_SUPERLATIVE = NotAfterPattern(
    r"\w", r"(?:paling[ \t]+(?:baik|tinggi|rendah|banyak|besar|buruk)"
    r"|ter(?:baik|tinggi|rendah|banyak|besar|buruk|cepat|bersih|maju|sehat|aman|kecil))\b")
_MEASURE = re.compile(r"\bdengan[ \t]+((?:[a-z]+[ \t]+){1,4}?[a-z]+)[ \t]+(?:yang[ \t]+)?$")
_RANK_WORDS = re.compile(r"\b(?:peringkat|posisi|urutan|ranking|rangking)\b", re.IGNORECASE)
_RANKING_TALK = re.compile(r"\b(?:peringkat|posisi|urutan|ranking|rangking|daftar|terbaik\s+ke"
                           r"|menduduki|menempati|ter[a-z]+\s+ke(?:dua|tiga|empat|lima|[ -]?\d))",
                           re.IGNORECASE)
#: League tables ("klasemen sementara Liga 1", a bare "klasemen") and index names in lower
#: case followed by a year, after "Indonesia"/"Nasional" or not ("indeks kerawanan banjir
#: Indonesia 2021", "indeks kerawanan pangan 2016").
_TABLE = re.compile(r"\bklasemen(?:[ \t]+(?:sementara|akhir))?"
                    # a medal table ("klasemen medali") is a table of its own
                    r"(?:[ \t]+medali\b)?"
                    r"(?:[ \t]+(?:[A-Z][\w-]*|\d{1,2}\b))*")
_LOWER_INDEX = re.compile(
    r"\bindeks(?:[ \t]+(?!(?:yang|di|dan|ini|itu|tersebut|pada|dari|ke|untuk|sebesar|mencapai"
    r"|naik|turun|tahun|nasional|kita|kami)\b)[a-z]+){1,4}(?:[ \t]+(?:Indonesia|Nasional))?"
    r"(?=[ \t]+(?:19|20)\d\d\b)")


#: An index named in lower case, read right away: "indeks kepuasan jamaah mendapat angka 85",
#: "Indeks kemacetan Kota Lembah menempati ranking 4", "indeks persepsi warga pada 2019 malah turun
#: 0,06", "indeks pengalaman antikorupsi mengalami kenaikan 0,08". A sub-index of a named index
#: ("dimensi") is read so too: its value is its own, not the main index's.
_INDEX_READ = re.compile(
    r"\b[Ii]ndeks(?:[ \t]+(?!(?:yang|di|dan|ini|itu|tersebut|pada|dari|ke|untuk|sebesar|mencapai"
    r"|naik|turun|tahun|kita|kami|harga|saham|dolar|bursa|massa|glikemik|malah|justru|juga|pun"
    r"|masih|kembali|mengalami|meningkat|menurun|merosot|melorot|anjlok|tercatat)\b)[a-z]+){1,3}"
    r"(?=(?:[ \t]+[A-Z][\w-]*){0,2}"
    r"(?:[ \t]+(?:pada[ \t]+)?(?:tahun[ \t]+)?(?:19|20)\d\d)?"
    r"(?:[ \t]+(?:malah|justru|juga|pun|masih|kembali|bahkan|sempat|hanya))?"
    r"[ \t]+(?:mendapat[ \t]+(?:angka|nilai|skor)|mencapai"
    r"|sebesar|tercatat|menempati|berada[ \t]+di[ \t]+(?:angka|peringkat|posisi|level)"
    r"|di[ \t]+angka|(?:naik|turun|meningkat|menurun|merosot|melorot|anjlok)(?:[ \t]+sebesar)?"
    r"|mengalami[ \t]+(?:kenaikan|penurunan|peningkatan)(?:[ \t]+sebesar)?)"
    r"[ \t]+(?:\d|ke|peringkat|posisi|ranking|urutan))")


#: The contest a rank is in, named after it ("peringkat ketiga dalam penilaian kinerja desa")
#: or opening its sentence ("Dalam lomba desa tingkat provinsi, ... peringkat kedua").
#: A rank's number or word ("ke-8", "3", "kedua", "teratas").
_RANK_ORDINAL = rf"(?:ke[ \t-]?\d{{1,4}}|\d{{1,4}}|{alternation(rank_words(10))}|teratas)"
#: Number words as ranks ("peringkat satu" ... "sepuluh"; the one table: text/ordinals.py).
_RANK_NUMBER_WORD = alternation(rank_words(0, cardinals=10))
_CONTEST = f"(?:{'|'.join(CONTEST_NOUNS)})"
#: The words of a contest's name: no number, and the name stops before "akan", a verb of
#: holding or a second rank or holder ("juara I lomba debat dan juara II lomba pidato",
#: "lomba debat dan Kota B meraih ...", "lomba desa akan ...").
_CONTEST_STOP = (rf"(?:(?:akan|bakal|juara|peringkat|{HOLDING_VERBS}"
                 r"|dan[ \t]+(?:juara|peringkat|posisi|terbaik))\b|dan[ \t]+(?-i:[A-Z]))")
_CONTEST_WORDS = rf"(?:[ \t]+(?!\d|{_CONTEST_STOP})[\w/-]+){{1,6}}?"
_CONTEST_END = (r"(?=[ \t]*[,.;:)\n]|[ \t]+(?:tingkat|se-|yang|dengan|tahun|oleh|dari|di|untuk"
                rf"|kategori|{_CONTEST_STOP}|\d(?![\d.,]*[A-Za-z])))")
_CONTEST_AFTER_RANK = re.compile(
    r"(?:\b(?:peringkat|juara|terbaik|posisi|urutan|ranking|rangking)[ \t]+(?:ke[ \t-]?)?"
    rf"(?:{_RANK_ORDINAL}|[IVX]+|{alternation(rank_words(0, cardinals=5))}|umum)\b"
    r"|\brunner[- ]up\b)"
    # one word ("peringkat kedua lomba ..."), the rank's level ("posisi kedua tingkat nasional
    # pada lomba ..."), or its category before "dalam"/"pada" ("terbaik I kategori polda tipe
    # A dalam penilaian ...")
    rf"(?:(?-i:{CONTEST_RANK_SCOPE})"
    r"|[ \t]+kategori(?:[ \t]+[\w/-]+){1,5}?(?=[ \t]+(?:dalam|pada)[ \t])"
    r"|[ \t]+\w+)?"
    rf"(?:[ \t]+dari[ \t]+(?:total[ \t]+)?\d+[ \t]+[a-z]+)?"
    rf"[ \t]+(?:(?:dalam|pada)[ \t]+)?({_CONTEST}{_CONTEST_WORDS}){_CONTEST_END}",
    re.IGNORECASE)
#: A cheap test before the contest patterns: a contest word after "dalam"/"pada", a digit, an
#: ordinal of the one table ("ketujuh lomba ..."), a number word the rank pattern reads ("juara
#: satu lomba ..."), "umum", "runner-up", "teratas" or a Roman numeral ("juara II lomba ...");
#: the patterns themselves read more rank forms.
_CONTEST_QUICK = re.compile(
    rf"\b(?:dalam|pada|{alternation(rank_words(10, cardinals=5))}|\d|umum|up|teratas"
    r"|[IVX]{1,4})"
    rf"\s+{_CONTEST}", re.IGNORECASE)
_CONTEST_OPENING = re.compile(
    rf"(?:^|(?<=[.\n]))\W{{0,10}}(?:Dalam|Pada)[ \t]+({_CONTEST}{_CONTEST_WORDS})"
    # "Dalam lomba X 2023,", "Dalam penilaian X tahun 2023," (the year is no part of the name)
    r"(?=(?:[ \t]+(?i:tahun))?[ \t]+\d{4}|[ \t]*,)",
    re.IGNORECASE)


#: A measure named with its acronym right after a rank: "peringkat pertama Angka Kematian Bayi
#: (AKB)".
_RANKED_MEASURE = NotAfterPattern(  # each word's two cases as literals: the scan skips to them
    r"\w", r"(?:Peringkat|peringkat|Juara|juara|Terbaik|terbaik|Posisi|posisi|Urutan|urutan"
    r"|Ranking|ranking)[ \t]+(?:ke-?[ \t]?)?\w+"
    r"[ \t]+((?:[A-Z][\w-]*[ \t]+){1,6})\(([A-Z][A-Za-z]{1,7})\)")


#: A rank phrase ("peringkat kedua", "posisi ke-8", "urutan 3"): a cheap literal test first.
#: The rank nouns :data:`_RANK_LITERAL` starts with.
_RANK_NOUNS = ("peringkat", "posisi", "urutan", "ranking", "rangking")
_RANK_LITERAL = re.compile(rf"(?i)\b(?:{'|'.join(_RANK_NOUNS)})\s+(?:ke|\d|pert"
                           r"|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)")
#: A top N entered ("masuk 10 besar", "jajaran lima besar"): a cheap test before the rank
#: measures (:data:`_MEASURE_AFTER_RANK` reads the measure after it).
_TOP_N_ENTERED = re.compile(r"(?i)\b(?:masuk|tembus|menembus|jajaran)\s+(?:\w+\s+){0,2}?"
                            r"\w+\s+besar\b")
#: "tersibuk ke-3", "terbesar kedua": a superlative's ordinal (a cheap literal test). The word
#: start is checked after the literal "ter" (``(?<!\wter)``, the same test as a ``\b`` before
#: it), so the regex engine jumps from one "ter" to the next instead of trying every position.
_SUPERLATIVE_ORDINAL = re.compile(r"ter(?<!\wter)[a-z]{3,}[ \t]+ke")
#: "paling toleran kedua", "paling aman ke-3": a superlative said with "paling", then its
#: ordinal (a cheap literal test, as :data:`_SUPERLATIVE_ORDINAL`).
#: Not when a named source follows in the sentence ("kota paling macet ketiga di dunia menurut
#: TomTom Traffic Index"): the ranking is that index, not the superlative.
_PALING_ORDINAL = re.compile(r"\bpaling[ \t]+[a-z]{3,}[ \t]+ke"
                             r"(?![^.;!?]*\b(?:menurut|versi|dalam)[ \t]+[A-Z])")
#: Where a ranking ranks: "di dunia", "nasional", "se-Asia", "sedunia", "tingkat provinsi" (no
#: space before it; not :data:`CONTEST_RANK_SCOPE`, where a contest's rank was won: "tingkat
#: Provinsi Alfa", "level X", but no "di dunia", "Asia Tenggara" or "ASEAN").
#: A bare "se-" word is no scope ("sepanjang tahun ini", "sejak 2010", "setelah itu"): "se"
#: takes a capitalised name (case-sensitive even in an ignore-case pattern) or a scope word.
_RANK_SCOPE = (r"(?:(?:di[ \t]+)?(?:dunia|nasional|Asia(?:[ \t]+Tenggara)?|ASEAN|Indonesia"
               r"|tingkat[ \t]+(?:nasional|provinsi|dunia|internasional))"
               r"|(?-i:se-?[A-Z]\w+)|se-?(?:dunia|nasional|provinsi|kabupaten|kota|kecamatan"
               r"|asia|indonesia)\b)")
#: A superlative ending a ranking's measure: "terbanyak", "paling ramah".
_MEASURE_SUPERLATIVE = (rf"(?:ter(?:{'|'.join(RANKING_SUPERLATIVES)})"
                        r"|paling[ \t]+[a-z]+)")
_MEASURE_WORD = (r"(?!(?:dengan|dari|di|pada|dan|atau|yang|untuk|dalam|oleh|ke|se|adalah|merupakan"
                 r"|menjadi|ialah|ini|itu|bukan|tidak|tak|belum|lagi)\b)[a-z][a-z-]*")
#: The measure right after a rank: "peringkat ketiga kota penghasil kopi terbanyak",
#: "menempati peringkat kedua desa wisata paling ramah".
_MEASURE_AFTER_RANK = re.compile(
    rf"(?:\b(?i:peringkat|posisi|urutan|ranking|rangking)[ \t]+"
    rf"(?i:{_RANK_ORDINAL}|{_RANK_NUMBER_WORD})\b"
    # "masuk 10 besar kota terbersih": a top N entered, no rank word (ranks.py reads the entry)
    rf"|\b(?i:masuk|menembus|tembus|jajaran)[ \t]+(?:(?:dalam|ke)[ \t]+)?(?:jajaran[ \t]+)?"
    rf"(?:\d{{1,3}}|(?i:{_RANK_NUMBER_WORD}))(?=[ \t]+(?i:besar|teratas)\b))"
    # "masuk lima besar tertinggi": a top N's word never opens the measure
    # "peringkat 20 besar bandara tersibuk": the top N's word is no part of the measure
    rf"(?:[ \t]+(?i:besar|teratas)\b)?"
    # "peringkat satu atau dua kota terpolusi": either rank, one measure
    rf"(?:[ \t]+atau[ \t]+(?i:{_RANK_ORDINAL}|{_RANK_NUMBER_WORD})\b)?"
    rf"(?:[ \t]+{_RANK_SCOPE})?(?:[ \t]+dari[ \t]+(?:total[ \t]+)?\d+[ \t]+[a-z]+)?[ \t]+"
    rf"(?:(?:sebagai|untuk|dalam[ \t]+daftar|pada[ \t]+daftar)[ \t]+)?"
    rf"(?!(?i:besar|teratas)\b)((?:{_MEASURE_WORD}[ \t]+){{1,6}}?{_MEASURE_SUPERLATIVE})\b")
#: A superlative and its scope right after a rank, no measure words between: "Secara ekonomi,
#: Negeri A urutan 16 terbesar di dunia", "berada di urutan keenam terbesar se-Indonesia"
#: (the measure, if any, was said before the holder; the ranking is the superlative in its
#: scope, as written).
_SUPERLATIVE_AFTER_RANK = re.compile(
    rf"\b(?i:peringkat|posisi|urutan|ranking|rangking)[ \t]+"
    rf"(?i:{_RANK_ORDINAL}|{_RANK_NUMBER_WORD})[ \t]+"
    rf"((?P<sup>{_MEASURE_SUPERLATIVE})[ \t]+(?P<scope>{_RANK_SCOPE}))(?![\w-])")
#: A rank numbered with "nomor": "nomor dua", "nomor 3" (after a measure, never alone).
_NUMBERED_RANK = rf"nomor[ \t]+(?:\d{{1,3}}|{alternation(rank_words(0, cardinals=10))})"
#: Where a ranking by a measure numbered "nomor N" ranks, or whom it ranks after: a scope or
#: "setelah <Name>" ("nomor dua setelah Jawa Timur"). An ordinal "kedua setelah X" is left
#: out (as often a thing of nature or a question: "danau garam terbesar kedua setelah X",
#: "siapa terkaya kedua setelah X?"), and so is a bare "di <Name>" (where a thing lies:
#: "ladang minyak terbesar kedua di X"). After "setelah" comes a holder, never a time
#: ("termahal nomor dua setelah Desember tahun lalu": a price compared over time).
#: Also the feasts and days after it: "setelah Hari Raya Nyepi", "setelah HUT ke-78", "Waisak".
AFTER_TIME = (r"(?i:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober"
              r"|november|desember|senin|selasa|rabu|kamis|jumat|sabtu|minggu|tahun|lebaran"
              r"|idul|natal|imlek|ramadh?an|hari|hut|nyepi|waisak|paskah|galungan|kemerdekaan"
              rf"|{ELECTIONS})\b")
_MEASURE_RANK_SCOPE = rf"(?:{_RANK_SCOPE}|setelah[ \t]+(?!{AFTER_TIME})(?-i:[A-Z]))"
#: A measure whose superlative the rank follows, ranked in a scope: "jalur laut internasional
#: tersibuk ke-4 sedunia", "tertinggi nomor dua setelah X" (a quake "terbesar kedua di
#: wilayah itu" has no scope: no ranking).
_MEASURE_BEFORE_RANK = re.compile(
    rf"\b((?:{_MEASURE_WORD}[ \t]+){{1,4}}?{_MEASURE_SUPERLATIVE})[ \t]+"
    rf"(?:(?i:ke[ \t-]?\d{{1,4}}|{alternation(rank_words(10, lowest=2))})\b[ \t]+{_RANK_SCOPE}"
    rf"|{_NUMBERED_RANK}\b[ \t]+{_MEASURE_RANK_SCOPE})")
#: A measure and its superlative between a rank word and the rank: "masuk di peringkat
#: kabupaten terluas keempat menurut data itu", "di urutan kota terpadat ketiga" (the rank
#: word before says a ranking is held: no scope needed after the rank). A price ranks no
#: holder (:data:`_PRICE`: "posisi pemain termahal ketiga" is money, no score).
_MEASURE_INSIDE_RANK = re.compile(
    rf"\b(?i:peringkat|posisi|urutan|ranking|rangking)[ \t]+"
    rf"((?:{_MEASURE_WORD}[ \t]+){{1,4}}?{_MEASURE_SUPERLATIVE})[ \t]+"
    rf"(?i:ke[ \t-]?\d{{1,4}}|{alternation(rank_words(10, lowest=2))})\b")
#: An election or a legislature a tally of seats or votes ranks parties or candidates in: "di
#: DPRD", "pada Pemilu 2029", "dalam pilkada" (the scope of :data:`_TALLY_BEFORE_RANK` and
#: :data:`_TALLY_AFTER_RANK` only; the elections are the one table, :data:`cues.ELECTIONS`).
_ELECTION_SCOPE = (r"(?:di|pada|dalam)[ \t]+(?:(?-i:DPR|DPRD|DPD|MPR)\b"
                   rf"|(?i:{ELECTIONS})\b)")
#: A tally of an election: seats or votes (a party's or a candidate's place by it is a rank by
#: amount, as a region's by its population is).
_TALLY = r"(?:kursi|suara)"
#: A tally's superlative, then the rank, in its election: "pengumpul suara terbanyak ketiga
#: dalam pilkada", "mengantongi kursi terbanyak keempat di DPRD" (no scope, no ranking: "suara
#: terbanyak ketiga" of a school vote). Only a tally's head (:data:`cues.TALLY_HEADS`) opens
#: it: "sementara kursi terbanyak ..." names no holder's tally. The tally's words are lower
#: case: "kursi DPR terbanyak" is left to its other mentions, one metric per ranking.
_TALLY_BEFORE_RANK = re.compile(
    rf"\b((?:{'|'.join(TALLY_HEADS)})[ \t]+{_TALLY}[ \t]+"
    rf"(?:terbanyak|tertinggi|terbesar|paling[ \t]+banyak))[ \t]+"
    rf"(?i:ke[ \t-]?\d{{1,2}}|{alternation(rank_words(10, lowest=2))})\b[ \t]+{_ELECTION_SCOPE}")
#: The legislature a tally's rank is in ("di DPRD"): the seats or votes counted are its own.
_LEGISLATURE_SCOPE = re.compile(r"\b(?:di|pada|dalam)[ \t]+(DPRD|DPR|DPD|MPR)\b")


def _tally_name(m: re.Match[str]) -> str:
    """What a tally's rank counts, as written: "kursi", "suara", "kursi DPR".

    "Golkar sebagai peraih kursi terbanyak kedua di DPR" ranks Golkar by its seats in the DPR:
    the measure is the seats counted ("kursi DPR"), not the holder's description ("peraih kursi
    terbanyak"). An election as the scope adds nothing: the tally is the same noun.
    """
    tally = re.search(_TALLY, m.group(1))
    name = tally.group(0) if tally else m.group(1)
    legislature = _LEGISLATURE_SCOPE.search(m.group(0), m.end(1) - m.start(0))
    return f"{name} {legislature.group(1)}" if legislature else name


#: A rank, then the tally it is by, with no superlative: "tetap di urutan ketiga raihan suara
#: di DPRD", "posisi keempat dalam perolehan kursi pilkada" (the tally and its election are
#: the ranking, as written).
_TALLY_AFTER_RANK = re.compile(
    rf"\b(?i:peringkat|posisi|urutan)[ \t]+(?i:{_RANK_ORDINAL}|{_RANK_NUMBER_WORD})\b[ \t]+"
    rf"(?:dalam[ \t]+)?((?:perolehan|raihan|jumlah)[ \t]+{_TALLY}"
    rf"(?:[ \t]+{_ELECTION_SCOPE}|[ \t]+(?i:{ELECTIONS})\b)?)")
#: A producer's measure numbered in a scope with no superlative: "penghasil kopi nomor dua
#: setelah X", "produsen beras nomor satu di Indonesia" (a ranking by amount). A contributor
#: or a supplier ("penyumbang devisa nomor dua") is left out: it ranks money or trade shares.
#: A cheap test before :data:`_PRODUCER_NUMBERED` and a numbered rank after a superlative.
_NUMBERED_QUICK = re.compile(rf"[a-z][ \t]+{_NUMBERED_RANK}\b", re.IGNORECASE)
#: Nouns of a producer or an exporter, whose measure ranks by amount.
_PRODUCER_WORDS = ("penghasil", "produsen", "pengekspor", "eksportir")
_PRODUCER_NUMBERED = re.compile(
    rf"\b((?:{'|'.join(_PRODUCER_WORDS)})"
    rf"(?:[ \t]+{_MEASURE_WORD}){{1,3}}?)[ \t]+{_NUMBERED_RANK}\b[ \t]+{_MEASURE_RANK_SCOPE}")
#: A producer's measure right after its rank, in a scope, with no superlative: "berada di
#: posisi ketiga pengekspor lada dunia", "peringkat kedua penghasil jagung nasional" (a ranking
#: by amount; the measure with its scope, as written). No scope, no ranking:
#: "peringkat kedua produsen semen" may rank anything.
_PRODUCER_AFTER_RANK = re.compile(
    rf"\b(?i:peringkat|posisi|urutan)[ \t]+(?i:{_RANK_ORDINAL}|{_RANK_NUMBER_WORD})\b[ \t]+"
    rf"((?:{'|'.join(_PRODUCER_WORDS)})(?:[ \t]+{_MEASURE_WORD}){{1,3}}?"
    rf"[ \t]+(?:di[ \t]+)?(?:dunia|nasional))\b")
#: A price's superlative in a measure ("pemain termahal", "paling murah"): money, no score
#: (read of :data:`_MEASURE_INSIDE_RANK`'s measure).
_PRICE = re.compile(r"\b(?:ter|paling[ \t]+)(?:mahal|murah)\b", re.IGNORECASE)
#: A word of chance or ability and the verb after it, right before a producer's rank: "berpeluang
#: menempati", "bisa berada di", "berpotensi menduduki": a standing by amount that may come, not
#: one held (read of :data:`_PRODUCER_AFTER_RANK`; searched in the clause up to the rank word).
_MAY_HOLD = re.compile(r"\b(?:bisa|dapat|mampu|mungkin|berpeluang|berpotensi|berkesempatan)"
                       r"[ \t]+(?:[a-z]+[ \t]+){1,2}$", re.IGNORECASE)
#: Head nouns of a measure opening its sentence ("produksi jagung di Kabupaten X ...").
_MEASURE_HEADS = (r"(?:angka|jumlah|populasi|produksi|tingkat|persentase|prevalensi|kasus|capaian"
                  r"|realisasi|kualitas|indeks|nilai|skor|kinerja|penerimaan|pendapatan"
                  r"|cakupan|kepadatan|luas|volume|ekspor|konsumsi|minat|indikator)")
#: A measure of a place opening a sentence or a "bahwa" clause that ranks it in a scope:
#: "produksi jagung di Kabupaten X ... menempati peringkat ketiga nasional", "... bahwa tingkat
#: literasi di Negeri X berada di peringkat ke-21 dari 45 negara".
_PLACE_MEASURE = re.compile(
    rf"(?:^|(?<=[.\n,])|(?<=\bbahwa[ \t]))\W{{0,6}}(?:(?:Saat[ \t]+ini|Kini|Tahun[ \t]+ini"
    rf"|Sementara[ \t]+itu)"
    rf"[ \t,]+)?((?i:{_MEASURE_HEADS})(?:[ \t]+{_MEASURE_WORD}){{1,3}})[ \t]+di[ \t]+[A-Z]")
#: A count named by a capitalised name, opening a clause that ranks a name by it: "Menurut
#: data lembaga akreditasi, jumlah Prodi Bereputasi per Maret 2024, Kampus A ada
#: di urutan ke-21", "berdasarkan total Paten Terdaftar, Universitas B menempati peringkat 3"
#: (what is counted is the measure; the name before the verb holds the rank). Linear: the
#: count noun is lowercase and whole, the name words whole and at most nine (greedy repeats:
#: possessive ``{m,n}+`` matches wrongly on Python before 3.11.5).
_COUNT_NOUNS = ("jumlah", "banyaknya", "total", "jumlahnya")
_COUNT_NOUN = rf"(?<![\w-])(?:{'|'.join(_COUNT_NOUNS)})"
_CAP_WORD = r"[A-Z][\w-]*(?![\w-])"
_COUNTED_RANKING = re.compile(
    rf"{_COUNT_NOUN}[ \t]+({_CAP_WORD}(?:[ \t]+(?:{_CAP_WORD}|dan(?=[ \t]+[A-Z]))){{1,8}})"
    rf"(?![ \t]+[A-Z])[^.;:\n]{{0,80}}?,[ \t]*{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,4}}[ \t]+"
    r"(?:(?:masih|kini|pun)[ \t]+)?(?:berada|menempati|menduduki|ada|duduk)[ \t]+(?:di[ \t]+)?"
    rf"(?i:urutan|peringkat|posisi|ranking|rangking)[ \t]+(?i:{_RANK_ORDINAL}"
    rf"|{_RANK_NUMBER_WORD})\b")
#: Peers a rank is counted among: "peringkat ke-21 dari 45 negara" (a ranking of its own scope).
_OF_PEERS = (r"dari[ \t]+(?:total[ \t]+)?\d{1,4}[ \t]+(?:negara|provinsi|kabupaten|kota"
             r"|kabupaten/kota|daerah|kecamatan|desa)\b")
_RANKED_IN_SCOPE = re.compile(
    rf"\b(?:menduduki|menempati|berada[ \t]+di|meraih|masuk)[ \t]+(?:peringkat|posisi|urutan"
    rf"|ranking|rangking)[ \t]+{_RANK_ORDINAL}\b[ \t]+(?:{_RANK_SCOPE}|{_OF_PEERS})",
    re.IGNORECASE)


#: A standing in a points table: a rank, then the points ("ada di urutan ke-6 dengan koleksi
#: 31 poin", "di posisi 12 dengan raihan 17 angka", "di urutan ke-9 dengan nilai 21"), whatever
#: the table is called.
_STANDING = re.compile(
    rf"\b(?:(?i:peringkat|posisi|urutan)[ \t]+(?i:{_RANK_ORDINAL}|[a-z]+belas|{_RANK_NUMBER_WORD})"
    # "kini di tempat ketujuh dengan raihan 88 angka": a slot said as an ordinal word
    rf"|(?i:tempat)[ \t]+(?i:ke-?[ \t]?\d{{1,3}}|{alternation(rank_words(10))}|ke[a-z]+belas))\b"
    r"[^.;\n]{0,40}?"
    r"\b(?i:dengan|mengoleksi|mengemas|berbekal|mengumpulkan)[ \t]+"
    r"(?:(?:(?i:raihan|koleksi|torehan|perolehan)[ \t]+)?"
    # "dengan tiga poin": a small tally written out
    rf"(?:\d{{1,3}}|(?i:nol|{_RANK_NUMBER_WORD}|[a-z]+belas))[ \t]+(?i:poin|angka)\b"
    # "di urutan ke 4 dengan nilai 27": the points said as a value
    r"|(?i:nilai)[ \t]*\d{1,3}(?![\d,.]\d)(?![ \t]*(?i:persen|%)))")


def standings(text: str, found: Sequence[Metric], sent_of: SentenceOf) -> list[Metric]:
    """The points table of each standing in sport whose sentence names no metric.

    A league, a race series or a tour ranks by points: "X ada di urutan ke-6 dengan
    koleksi 31 poin" states X's rank and points in the table even when the table ("klasemen
    sementara Liga 1") was named paragraphs before, or not at all. The metric is the table the
    text named last before the standing, else "klasemen"; its span is empty, at the rank word.
    Only in sport: a table named before, or a word of sport (:data:`SPORT_CUE`) in the
    standing's sentence or paragraph. An index named in the carry window before ("IPK ...
    Indonesia di peringkat 115 dengan 34 poin") keeps its values, unless a table was named
    in that window too: no standing is read there.
    """
    tables = [m for m in found if is_points_table(m)]
    named = ByStart(sorted(found, key=lambda m: m.start))
    known = earlier_metrics(found)
    sporty: dict[tuple[int, int], bool] = {}  # paragraph -> a word of sport in it
    out: list[Metric] = []
    for m in _STANDING.finditer(text):
        sent = sent_of(m.start())
        if between(named, *sent):
            continue  # the sentence names its metric
        before = [t for t in tables if t.start < m.start()]
        carried = carried_metric(known, m.start(), sent)
        if carried is not None and not is_points_table(carried) \
                and not (before and m.start() - before[-1].start <= CARRY_WINDOW):
            continue  # an index named just before (no table): its values, no points table
        para = paragraph(text, m.start())
        if para not in sporty:
            sporty[para] = SPORT_CUE.search(text, *para) is not None
        if not (before or sporty[para] or SPORT_CUE.search(text, *sent)):
            continue  # points outside sport ("lomba desa", "indeks saham")
        name = before[-1].name if before else "klasemen"
        out.append(Metric(name, m.start(), m.start(), None, local=True))
    return out


def _measure_patterns(text: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of a ranking's measure worth scanning ``text`` with (literals checked first).

    Parameters
    ----------
    text:
        The article text.

    Returns
    -------
    tuple[re.Pattern[str], ...]
        The measure after, before and inside a rank ("peringkat kota terpadat ketiga"), and
        those whose literal the text holds: a producer's numbered rank ("nomor"), a producer's
        measure after its rank ("produsen", "penghasil" ...), a tally ("kursi", "suara").
    """
    patterns: tuple[re.Pattern[str], ...] = (_MEASURE_AFTER_RANK, _MEASURE_BEFORE_RANK,
                                             _MEASURE_INSIDE_RANK)
    if "nomor" in text:  # a producer's rank is numbered "nomor N"
        patterns += (_PRODUCER_NUMBERED,)
    if any(word in text for word in _PRODUCER_WORDS):
        patterns += (_PRODUCER_AFTER_RANK,)  # "posisi ketiga pengekspor lada dunia"
    if "kursi" in text or "suara" in text:  # a party's or a candidate's place by its tally
        patterns += (_TALLY_BEFORE_RANK, _TALLY_AFTER_RANK)
    return patterns


def _not_ranked(text: str, pattern: re.Pattern[str], m: re.Match[str],
                sent_of: SentenceOf) -> bool:
    """Whether a measure a pattern found ranks no holder, by that pattern's own checks.

    Parameters
    ----------
    text:
        The article text.
    pattern:
        The pattern that matched (one of :func:`_measure_patterns`).
    m:
        Its match; group 1 is the measure.
    sent_of:
        The sentence span of a position.

    Returns
    -------
    bool
        True for a price inside a rank ("posisi pemain termahal ketiga": money) and for a
        producer's rank after a word of chance ("berpeluang menempati peringkat kedua
        penghasil kopi dunia": a rank that may come).
    """
    if pattern is _MEASURE_INSIDE_RANK:
        return _PRICE.search(m.group(1)) is not None
    if pattern is _PRODUCER_AFTER_RANK:
        lo = max(sent_of(m.start())[0], m.start() - 40)
        return _MAY_HOLD.search(text, lo, m.start()) is not None
    return False


def rank_measures(text: str, spans: _Spans, sent_of: SentenceOf,
                  lex: MetricIndex) -> list[Metric]:
    """What an ad hoc ranking ranks by, when no index or contest is named with the rank.

    The measure right after the rank, ending in a superlative ("peringkat kedua kota
    penyelenggara layanan terbaik"), or a measure of a place opening the sentence that ranks
    the place in a scope ("produksi jagung di Kabupaten X ... peringkat ketiga nasional"), or
    a count named by a capitalised name opening a clause that ranks a name ("jumlah Program
    Studi Terakreditasi ..., Kampus A berada di urutan ke-21").
    A superlative of amount or size ("penyumbang sampah terbanyak", "ekonomi terbesar") is a
    ranking by amount (:func:`amount_measure_start`), marked ``amount``: it takes only the
    rank stated beside it.
    Such measures are marked ``award``: they take ranks, never a loose number.
    ``lex`` gives the gazetteer's keys, read only by a rank followed by a superlative in a scope.
    """
    found: list[Metric] = []
    for pattern in _measure_patterns(text):
        for m in pattern.finditer(text):
            start = _after_lead_verbs(text, m.start(1), m.end(1))
            if start is None or spans.overlaps(start, m.end(1)) or MARKET.search(m.group(1)) \
                    or _not_ranked(text, pattern, m, sent_of):
                continue
            if _NUMBERED_AT.match(text, m.end(1)) \
                    and _unsure_numbered(text, start, m.end(1), sent_of):
                continue  # "siapa orang terkaya nomor dua ...?", "tercatat termahal nomor dua"
            amount = _BY_QUANTITY.search(m.group(1)) is not None \
                or pattern in (_PRODUCER_NUMBERED, _PRODUCER_AFTER_RANK, _TALLY_AFTER_RANK)
            if not amount and _HEIGHT.search(m.group(1)) and _NATURE_OR_EVENT.match(text, start):
                continue  # "gunung api tertinggi kedua": a thing of nature measured
            if amount:
                start = amount_measure_start(text, start, m.end(1), sent_of)
                if start is None:
                    continue  # "akan menjadi ekonomi terbesar kelima": a forecast, no rank
            if pattern is _MEASURE_AFTER_RANK and _NOUN_AFTER.match(text, m.end(1)):
                continue  # "masuk lima besar daerah terendah realisasi APBD": it goes on
            end = _scope_end(text, m.end(1), lex) if pattern is _MEASURE_AFTER_RANK else m.end(1)
            name = _tally_name(m) if pattern is _TALLY_BEFORE_RANK else text[start:end]
            found.append(Metric(name, start, end, None, award=True, adhoc=True, amount=amount))
    found += _superlatives_in_scope(text, spans, sent_of, lex)
    found += _listed_classes(text, spans, sent_of)
    counted = "jumlah" in text or "banyaknya" in text or "total" in text
    for m in _COUNTED_RANKING.finditer(text) if counted else ():
        # "jumlah Program Studi Terakreditasi ..., Kampus A berada di urutan ke-21"
        if not spans.overlaps(m.start(1), m.end(1)):
            found.append(Metric(m.group(1), m.start(1), m.end(1), None, award=True, adhoc=True))
    ranked: dict[tuple[int, int], tuple[int, int]] = {}  # sentence -> (from, next rank there)
    for m in _PLACE_MEASURE.finditer(text):
        sent = sent_of(m.start(1))
        if spans.overlaps(m.start(1), m.end(1)) or MARKET.search(m.group(1)) \
                or not MONEY_WORDS.isdisjoint(m.group(1).casefold().split()) \
                or not _ranked_after(text, m.end(1), sent, ranked):
            continue  # "penerimaan pajak di X menempati urutan ke-6": money, no score
        # the mention reaches the place after "di", which is whose measure it is
        found.append(Metric(m.group(1), m.start(1), m.end() - 1, None, award=True, adhoc=True))
    return found


#: A class ranked by a superlative whose holders a list names next, each with its rank: "trayek
#: feri lokal yang termasuk terpadat se-Asia, yakni A di urutan ke-6, B ...". Group ``head``:
#: the class's words, ``sup``: the superlative and its scope; "(yang) termasuk" between them
#: only links them (the class is "trayek feri lokal terpadat se-Asia").
_LISTED_CLASS = re.compile(
    rf"\b(?P<head>(?:{_MEASURE_WORD}[ \t]+){{1,4}}?)(?:(?:yang[ \t]+)?termasuk[ \t]+)?"
    rf"(?P<sup>{_MEASURE_SUPERLATIVE}(?:[ \t]+{_RANK_SCOPE})?)[ \t]*,?[ \t]*"
    r"(?:yaitu|yakni|antara[ \t]+lain|di[ \t]+antaranya)[ \t]+")
#: The superlative opening a class's superlative and scope (``sup``).
_MEASURE_SUPERLATIVE_AT = re.compile(_MEASURE_SUPERLATIVE)
#: A listed holder's rank after its name: "A di urutan ke-6", "B (peringkat 15)".
_LISTED_RANK = re.compile(rf"(?i:\b(?:di[ \t]+)?(?:peringkat|posisi|urutan|ranking|rangking)"
                          rf"[ \t]+{_RANK_ORDINAL})\b")


def _listed_classes(text: str, spans: _Spans, sent_of: SentenceOf) -> list[Metric]:
    """Classes ranked by a superlative, then a list of holders with their ranks, as written.

    "berangkat trayek feri lokal yang termasuk terpadat se-Asia, yakni A di urutan ke-6 serta B
    di urutan ke-15" -> "trayek feri lokal terpadat se-Asia" (verbs before the class
    and a linking "termasuk" left out; a capitalised word opening the sentence kept: "Tim
    voli putri ..."): the ranking each listed rank is in. None without a rank in the list's
    sentence, of money or a price (in the class or after it in the sentence: "... dengan
    pendapatan X"), of a count (:func:`measured_before`), or of a thing's size or height
    (:func:`amount_measure_start`, :data:`_NATURE_OR_EVENT`: "jalan tol terpanjang").
    """
    found: list[Metric] = []
    for m in _LISTED_CLASS.finditer(text) if "yaitu" in text or "yakni" in text \
            or "antara" in text else ():
        sent = sent_of(m.start())
        start = _listed_class_start(text, m, sent, sent_of)
        if start is None or spans.overlaps(start, m.end("sup")) \
                or MARKET.search(text, start, m.end("sup")) \
                or not MONEY_MEASURES.isdisjoint(text[start:sent[1]].casefold().split()) \
                or _LISTED_RANK.search(text, m.end(), sent[1]) is None \
                or measured_before(text, m.end(), sent_of, lambda: frozenset()):
            continue
        head = _LINKED.sub("", " ".join(text[start:m.end("head")].split()))
        found.append(Metric(f"{head} {' '.join(m.group('sup').split())}", start, m.end("sup"),
                            None, award=True, adhoc=True,
                            amount=_BY_QUANTITY.search(m.group("sup")) is not None))
    return found


#: "(yang) termasuk" ending a class's words: it only links the class to its superlative.
_LINKED = re.compile(r"[ \t]*(?:yang[ \t]+)?termasuk$")
#: "(yang) termasuk" opening a class's words: "X termasuk kota terpolusi ..." (left out).
_LINKING = re.compile(r"(?:yang[ \t]+)?termasuk[ \t]+")
#: A capitalised word opening a sentence right before a class's words ("Tim voli putri").
_OPENING_WORD = re.compile(r"[A-Z][a-z-]+[ \t]+$")


def _listed_class_start(text: str, m: re.Match[str], sent: tuple[int, int],
                        sent_of: SentenceOf) -> int | None:
    """Where the class of a :data:`_LISTED_CLASS` match ``m`` starts, ``None`` if it ranks none."""
    start = _after_lead_verbs(text, m.start("head"), m.end("sup"))
    if start is None:
        return None
    if (linking := _LINKING.match(text, start, m.end("head"))) is not None:
        start = linking.end()
    opening = _OPENING_WORD.search(text, sent[0], start)
    if opening is not None and text[sent[0]:opening.start()].strip(" \t\"“'(,") == "":
        start = opening.start()  # "Tim voli putri terbaik ...": the sentence's first word
    sup = m.group("sup")
    superlative = _MEASURE_SUPERLATIVE_AT.match(sup)
    word = superlative.group() if superlative is not None else sup
    if _NATURE_OR_EVENT.match(text, start) and (_HEIGHT.search(word) or _BY_QUANTITY.search(word)):
        return None  # "jalan tol terpanjang": a structure measured
    if _BY_QUANTITY.search(word):
        return amount_measure_start(text, start, m.end("sup"), sent_of)
    return start


#: "nomor" right after a measure: a rank numbered (:data:`_NUMBERED_RANK`).
_NUMBERED_AT = re.compile(r"[ \t]+nomor\b")
#: A verb opening a measure ("tercatat", "dinilai", "menjadi"): it names no measure.
_VERB_START = re.compile(r"(?:ter[a-z]{3,}|di[a-z]{2,}(?:kan|i)|me[a-z]{3,})\b", re.IGNORECASE)
#: A question word in a measure ("siapa orang terkaya"): a question, no ranking.
_QUESTION_WORD = re.compile(r"\b(?:siapa|apa|apakah|mana|manakah|berapa|bagaimana|mengapa"
                            r"|kenapa)\b", re.IGNORECASE)


def _unsure_numbered(text: str, start: int, end: int, sent_of: SentenceOf) -> bool:
    """Whether the measure ``text[start:end]``, numbered "nomor N", names no ranking.

    True when it opens with a verb (:data:`_VERB_START`: "tercatat termahal"), holds a
    question word (:data:`_QUESTION_WORD`: "siapa orang terkaya") or its sentence asks a
    question.
    """
    sent = sent_of(start)
    return _VERB_START.match(text, start) is not None \
        or _QUESTION_WORD.search(text, start, end) is not None \
        or "?" in text[sent[0]:min(len(text), sent[1] + 1)]


#: A superlative of amount or size ending a measure: a ranking by counts, money or size
#: ("penyumbang sampah terbanyak", "ekonomi terbesar", "orang terkaya", "kota terpadat").
#: Its stated rank is a score (tune gold: "populasi kerbau ... peringkat kedua nasional";
#: sets P and IJK: "bandara tersibuk ke-18", "investor terbesar ke-8"), unless
#: :func:`amount_measure_start` finds it forecast, denied, of a thing of nature or an event,
#: or not a whole measure.
_BY_QUANTITY = re.compile(
    r"\b(?:ter|paling[ \t]+)(?:banyak|besar|luas|panjang|kaya|padat|sedikit|kecil|sibuk|murah"
    r"|mahal|miskin)$")
#: A superlative of height or depth ending a measure: of a thing of nature
#: (:data:`_NATURE_OR_EVENT`: "gunung api tertinggi kedua", "air terjun tertinggi ketiga") it
#: measures the thing, as a size does, and ranks no subject.
_HEIGHT = re.compile(r"\b(?:ter|paling[ \t]+)(?:tinggi|dalam|rendah)$")
#: Things of nature, built structures and events a size ranks ("danau air asin terbesar kedua",
#: "jembatan terpanjang kedua", "jalan tol terpanjang", "gempa terbesar ketiga"): a
#: measurement of the thing, no evaluation of a subject.
_NATURE_OR_EVENT = re.compile(
    r"(?:danau|air[ \t]+terjun|gunung|pulau|sungai|laut|lautan|samudr?a|samudera|gurun|gua|goa"
    r"|kawah|teluk|selat|lembah|ngarai|benua|planet|pohon|bunga|hewan"
    r"|jembatan|gedung|menara|terowongan|bendungan|waduk|patung|kapal|jalan|tol|rel|stadion"
    r"|gempa|banjir"
    r"|kebakaran|bencana|letusan|tsunami|badai|topan|ledakan|kecelakaan)\b", re.IGNORECASE)
#: A participle or passive verb after the superlative: "drama terbanyak dibicarakan", "lagu
#: paling banyak diputar", "produk terbanyak terjual". The measure goes on past the
#: superlative ("most talked about"): cut there, it is no measure ("dibandingkan" compares).
_PARTICIPLE_AFTER = re.compile(r"[ \t]+(?!dibanding)(?:di|ter)[a-z]{3,}\b")
#: Measure words joined by "dan"/"serta" right before a measure: "pusat riset dan
#: pengembangan terbesar" is one measure, not "pengembangan terbesar" (a superlative before
#: "dan" ends a measure of its own: "eksportir terbesar dan eksportir jasa terbesar").
_JOINED_BEFORE = re.compile(
    rf"(?:(?<=[^\w-])|^)((?:(?!{_MEASURE_SUPERLATIVE}\b){_MEASURE_WORD}[ \t]+){{1,3}}"
    r"(?:dan|serta)[ \t]+)$")
#: Where a measure joined by "dan" may open: after a comma, a colon or a copula
#: ("dunia, pusat riset dan ...", "merupakan pusat riset dan ..."); after anything else
#: ("di dunia dan negara pengekspor ...") the words before "dan" may be another phrase's.
_JOIN_OPENS = re.compile(r"(?:[,;:(\"“]|\b(?:merupakan|adalah|ialah|menjadi|jadi|sebagai|yakni"
                         r"|yaitu))[ \t]*$")


def amount_measure_start(text: str, start: int, end: int, sent_of: SentenceOf) -> int | None:
    """Where a ranking by amount (:data:`_BY_QUANTITY`) starts, ``None`` when no rank is held.

    A place's or a body's rank by amount or size is a score (the lead's convention: "provinsi
    terluas kedua", "negara dengan jumlah penduduk terbanyak keempat", "populasi kerbau ...
    peringkat kedua nasional", as tune gold counts it). None when:

    - it is forecast or hoped for in its clause (:data:`~beritanlp.rules.scores.cues.HOPED`:
      "akan menjadi ekonomi terbesar kelima", "berpotensi menjadi ...");
    - it is denied (:data:`~beritanlp.rules.scores.cues.NOT_HELD`: "tak lagi menempati
      peringkat kedua negara penyumbang sampah terbanyak", "bukan lagi kota termahal");
    - it measures a thing of nature or an event ("danau terbesar kedua", "gempa terbesar");
    - a participle follows the superlative ("drama terbanyak dibicarakan": the measure is
      longer than a superlative).

    A measure joined to the words before it by "dan" ("pusat riset dan pengembangan
    terbesar") starts at those words when they open a clause or follow a copula, else none
    is taken. Each check reads a bounded window (linear in the text).

    Parameters
    ----------
    text : str
        The article text.
    start : int
        Where the measure starts, its lead verbs left out.
    end : int
        Where the measure (its superlative) ends.
    sent_of : SentenceOf
        The sentence span of a position.

    Returns
    -------
    int | None
        The measure's start, or ``None``.
    """
    if _NATURE_OR_EVENT.match(text, start) or _PARTICIPLE_AFTER.match(text, end):
        return None
    joined = _JOINED_BEFORE.search(text, max(0, start - 60), start)
    if joined is not None:
        if not _JOIN_OPENS.search(text, max(0, joined.start(1) - 12), joined.start(1)):
            return None  # "terbesar di dunia dan negara pengekspor ...": where it starts is unsure
        start = joined.start(1)
    sent = sent_of(start)
    if NOT_HELD.search(text, max(sent[0], start - NOT_HELD_REACH), start) \
            or HOPED.search(text, max(sent[0], start - HOPE_REACH), start):
        return None
    return start


#: Words of a quantity that is counted, priced or a statistical rate: a rank of one (by a
#: superlative in a scope) measures cases, prices or rates, no evaluation of its holder
#: (GUIDELINE: counts of people or things and money are no scores). The count nouns of
#: :data:`_COUNTED_RANKING`, counted people ("kasus", "korban"), money
#: (:data:`~beritanlp.rules.scores.cues.MONEY_WORDS`) and the heads of statistical rates
#: (``indicator_words.txt``, role ``head``: "angka", "tingkat", "persentase" ...); prices and
#: market rates ("harga", "inflasi") are :data:`~beritanlp.rules.scores.cues.MARKET` talk.
_QUANTITY_NOUNS = frozenset({*_COUNT_NOUNS, "kasus", "korban", "pasien", "penderita",
                             *MONEY_WORDS, *tagged_words("indicator_words", "head")})
#: A noun right after a ranking's superlative ("daerah terendah realisasi APBD-nya", "kota
#: tertinggi angka kemiskinan"): the measure goes on past the superlative, so none is read (as
#: :data:`_PARTICIPLE_AFTER`). A noun is a word of :data:`_QUANTITY_NOUNS` ("tingkat" opens a
#: scope: "terbaik tingkat nasional") or a derived noun ("pe-/ke-...-an", "-asi", "-itas").
#: A rank word shaped like such a noun ("kesembilan") is none: it is the rank.
_NOUN_AFTER = re.compile(
    rf"[ \t]+(?!(?:{alternation(rank_words(10))})\b)"
    rf"(?:{alternation(sorted(_QUANTITY_NOUNS - {'tingkat'}))}"
    r"|(?:pe|ke)[a-z]{3,}an|[a-z]{2,}(?:asi|itas))\b")
#: A thing of nature or an event anywhere in the clause before the rank ("Danau Biru
#: merupakan danau vulkanik peringkat kedua terbesar", "Kecelakaan di jalan tol itu peringkat
#: ketiga terbanyak"): its size or number is measured, no subject ranked.
_NATURE_WORD = re.compile(rf"\b{_NATURE_OR_EVENT.pattern}", re.IGNORECASE)
_CLAUSE_WORD = re.compile(r"[^\W\d_]+")
#: How far back the clause before a rank is read (characters; the sentence start stops it).
_CLAUSE_REACH = 160
#: A region's next capitalised word ("se-Jawa" + " Tengah").
_NEXT_CAP_WORD = re.compile(r"[ \t]+([A-Z]\w*)(?![\w-])")
#: How many words a region name after "se-" may have (the gazetteer's longest joined keys).
_SCOPE_NAME_WORDS = 3


def measured_before(text: str, rank: int, sent_of: SentenceOf,
                     regions: Callable[[], frozenset[str]]) -> bool:
    """Whether the clause before a rank names a count, a price, a rate or a thing of nature.

    The clause runs from its sentence's start (or the last clause break, :data:`CLAUSE_BREAK`)
    to the rank word, at most :data:`_CLAUSE_REACH` characters: "Jumlah kasus positif di
    Provinsi X berada di peringkat kedua tertinggi", "Harga cabai di Kota Y ...", "Inflasi Kota
    Z menempati urutan pertama tertinggi", "Kecelakaan di jalan tol itu peringkat ketiga".
    A word of nature opening a region's name ("Sungai Penuh", "Gunung Mas": keys of
    ``regions``, read only then) is the region's, no thing of nature.
    """
    lo = max(sent_of(rank)[0], rank - _CLAUSE_REACH)
    for brk in CLAUSE_BREAK.finditer(text, lo, rank):
        lo = brk.end()
    if market_talk(text, lo, rank):
        return True
    for w in _NATURE_WORD.finditer(text, lo, rank):
        named = w.group()[0].isupper() \
            and region_end(text, w.start(), w.end(), regions()) > w.end()
        if not named:
            return True  # "danau vulkanik", "Kecelakaan di ...": no region's name
    return any(w.group().casefold() in _QUANTITY_NOUNS
               for w in _CLAUSE_WORD.finditer(text, lo, rank))


def region_end(text: str, start: int, end: int, places: frozenset[str]) -> int:
    """Where a scope "se-<Region>" ends: the longest known region of up to three words.

    ``text[start:end]`` is the region's first word ("se-Jawa Tengah": "Jawa"); the words after
    it are taken while they continue a gazetteer key (``places``, casefolded words joined).
    """
    key, best, pos = text[start:end].casefold(), end, end
    for _ in range(_SCOPE_NAME_WORDS - 1):
        nxt = _NEXT_CAP_WORD.match(text, pos)
        if nxt is None:
            break
        key, pos = key + nxt.group(1).casefold(), nxt.end()
        if key in places:
            best = pos
    return best


#: A scope "se-<Region>" written with a capitalised name: its region's first word.
_SE_REGION = re.compile(r"se-?([A-Z]\w*)")


def _superlatives_in_scope(text: str, spans: _Spans, sent_of: SentenceOf,
                           lex: MetricIndex) -> list[Metric]:
    """Rankings said as a superlative in a scope right after the rank: "urutan 16 terbesar".

    The superlative and its scope name the ranking ("terbesar di dunia", "termiskin se-Jawa
    Tengah": a region after "se-" is read whole, by the gazetteer keys of ``lex``);
    ranks only, never a loose number. None when the clause before the rank names a count, a
    price, a rate or a thing of nature or an event (:func:`measured_before`): what is ranked
    is then no evaluation of the holder. A superlative of amount or size is a ranking by
    amount: none when forecast, denied or hoped for (:func:`amount_measure_start`).
    """
    found: list[Metric] = []
    for m in _SUPERLATIVE_AFTER_RANK.finditer(text) if "ter" in text or "paling" in text else ():
        if spans.overlaps(m.start(1), m.end(1)) \
                or measured_before(text, m.start(), sent_of, lex.region_keys):
            continue
        amount = _BY_QUANTITY.search(m.group("sup")) is not None
        if amount and amount_measure_start(text, m.start(1), m.end("sup"), sent_of) is None:
            continue  # "akan naik ke urutan kelima terbesar": a forecast, no rank
        end = _scope_end(text, m.end("sup"), lex)
        found.append(Metric(text[m.start(1):end], m.start(1), end, None, award=True,
                            adhoc=True, amount=amount))
    return found


#: A word of a described class's head ("kota", "bandara internasional"): a measure word that is
#: no rank word, no superlative and no top N's "besar" ("posisi tiga pembalap teratas dengan
#: ..." ranks by a race, not a class).
_CLASS_WORD = (rf"(?!(?:peringkat|posisi|urutan|ranking|rangking|besar|teratas|paling|nomor"
               rf"|{alternation(rank_words(10, cardinals=10))})\b|ter[a-z]{{3,}}\b)"
               rf"{_MEASURE_WORD}")
#: What opens a described class a rank is of, right before its "dengan": a rank ("peringkat
#: ketiga kota dengan", "posisi pertama sebagai kota dengan"), a top N ("masuk 10 besar
#: negara dengan", "jajaran lima besar kota dengan"), or a copula whose class the rank
#: follows ("merupakan provinsi dengan ... terbanyak ketiga"; group ``copula``). Searched in
#: a bounded window ending at "dengan" (:data:`_CLASS_REACH`).
_CLASS_LEAD = re.compile(
    rf"(?:(?:\b(?i:peringkat|posisi|urutan|ranking|rangking)[ \t]+(?i:{_RANK_ORDINAL}"
    rf"|{_RANK_NUMBER_WORD}|puncak)\b(?:[ \t]+(?i:besar|teratas)\b)?"
    rf"|(?<![\w.,])(?:\d{{1,3}}|(?i:{_RANK_NUMBER_WORD}))[ \t]+(?i:besar|teratas)\b)"
    rf"(?:[ \t]+{_RANK_SCOPE})?[ \t]+"
    rf"(?:(?:sebagai|untuk|dalam[ \t]+daftar|pada[ \t]+daftar)[ \t]+)?"
    rf"|\b(?P<copula>merupakan|adalah|ialah|menjadi|jadi|sebagai|yakni|yaitu)[ \t]+)"
    rf"(?P<head>(?:{_CLASS_WORD}[ \t]+){{1,3}})dengan[ \t]+$")
#: "dengan" and the blank after it: where a described class's measure starts.
_DENGAN = re.compile(r"dengan(?<!\wdengan)[ \t]+")  # the word start checked after the literal
#: How far back from "dengan" :data:`_CLASS_LEAD` is looked for (characters).
_CLASS_REACH = 90
#: The measure after a class's "dengan" and its superlative ("polusi tertinggi", "kualitas
#: udara paling buruk"), read from right after "dengan", in lower-case words.
_CLASS_MEASURE = re.compile(
    rf"(?:{_MEASURE_WORD}[ \t]+){{1,4}}?(?P<sup>{_MEASURE_SUPERLATIVE})(?![\w-])")
#: The rank a copula's class states right after its superlative: "terbanyak ketiga", "tertinggi
#: ke-5", "terburuk nomor dua" (its scope may come between: "terbesar di dunia kedua" is rare,
#: so no).
_CLASS_RANK_AFTER = re.compile(
    rf"[ \t]+(?:ke[ \t-]?\d{{1,3}}\b|(?i:{alternation(rank_words(10, lowest=2))})\b"
    rf"|{_NUMBERED_RANK}\b)")


def _ranked_classes(text: str, spans: _Spans, sent_of: SentenceOf,
                   lex: MetricIndex) -> list[Metric]:
    """Described classes a rank is stated of, as written: the ranking the rank is in.

    "Kota A menduduki peringkat tiga kota dengan polusi tertinggi di dunia versi X" ->
    "kota dengan polusi tertinggi di dunia"; "masuk 10 besar negara dengan pertumbuhan wisata
    tercepat" -> "negara dengan pertumbuhan wisata tercepat"; "merupakan provinsi dengan jumlah
    penduduk terbanyak ketiga" -> "provinsi dengan jumlah penduduk terbanyak". The class is
    its head, "dengan", the measure, the superlative and the scope written right after it
    ("di dunia", "se-Kabupaten X"; never the source "versi X"). A class whose words (scope
    left out) are all in a class said before, written with no scope or the same one, takes
    that one's name, so a rank said twice is of one ranking and its holder carries on
    ("provinsi itu ... peringkat keempat provinsi dengan jumlah penduduk terbanyak"). None
    when the measure is money or a price, when a noun goes on after the superlative
    (:data:`_NOUN_AFTER`), when a rank by amount is forecast, denied or hoped for
    (:func:`amount_measure_start`), and none of a class with no rank ("jalan dengan
    kemacetan terparah").
    """
    found: list[Metric] = []
    names: list[tuple[set[str], str | None, str]] = []  # each class's words, scope, name
    for d in _DENGAN.finditer(text):
        # the measure first (anchored, cheap), the lead before "dengan" only then
        m = _CLASS_MEASURE.match(text, d.end())
        lead = _CLASS_LEAD.search(text, max(0, d.start() - _CLASS_REACH), d.end()) if m else None
        if lead is None or m is None or spans.overlaps(lead.start("head"), m.end()) \
                or MARKET.search(text, lead.start("head"), m.end()) \
                or not MONEY_MEASURES.isdisjoint(text[d.end():m.start("sup")].casefold().split()):
            continue
        if lead.group("copula") is not None and not _CLASS_RANK_AFTER.match(text, m.end()):
            continue  # "merupakan kota dengan polusi tertinggi": a class, no rank
        if _NOUN_AFTER.match(text, m.end()):
            continue  # "kota dengan polusi tertinggi kualitas ...": the measure goes on
        start, amount = lead.start("head"), _BY_QUANTITY.search(m.group("sup")) is not None
        if amount and amount_measure_start(text, start, m.end(), sent_of) != start:
            continue  # "akan menjadi negara dengan ekonomi terbesar kelima": a forecast
        end = m.end() if lead.group("copula") is not None \
            else _scope_end(text, m.end(), lex, places=True)
        # "provinsi dengan kualitas infrastruktur terbaik" after "provinsi dengan kualitas
        # pembangunan infrastruktur terbaik di Indonesia": the same ranking, as first written;
        # a scope of its own ("... di Sumatera" after "... di dunia") is another ranking, and
        # so is one whose scope is not read ("... di kawasan itu"): only a class with nothing
        # like a scope after it takes an earlier name
        words = set(text[start:m.end()].casefold().split())
        scope: str | None = text[m.end():end].strip()
        if not scope and _SCOPE_CUE.match(text, m.end()):
            scope = None
        name = next((n for w, s, n in names if words <= w and scope in ("", s)),
                    text[start:end])
        names.append((words, scope, name))
        found.append(Metric(name, start, end, None, award=True, adhoc=True, amount=amount))
    return found


#: The scope written right after a ranking's superlative: "rute tersibuk| di dunia", "kota
#: terbersih| se-Jawa Tengah" (part of the ranking as written, :func:`_scope_end`).
_SCOPE_AFTER = re.compile(rf"[ \t]+(?P<scope>{_RANK_SCOPE})(?![\w-])")
#: A place written as a class's scope after "di": "kota dengan polusi tertinggi| di Sumatera",
#: "di Pulau Jawa", "di kawasan Asia Tenggara", "di Provinsi X" (group 1: the place's first
#: capitalised word; a region word in lower case or "Pulau" may come before it).
_DI_PLACE = re.compile(r"[ \t]+di[ \t]+(?:(?:kawasan|wilayah|benua|Pulau|Kepulauan)[ \t]+)?"
                       r"([A-Z]\w*)(?![\w-])")
#: What looks like a scope after a superlative, read or not: "di ...", "se-...", "tingkat ...",
#: "level ..." (a class followed by one is not the same as one said before with none).
_SCOPE_CUE = re.compile(rf"[ \t]+(?:(?:di|tingkat|level|se)[ \t-]|{_RANK_SCOPE})")
#: An administrative word opening a region's name after "se-" ("se-Kabupaten Bogor"): the
#: region's name is the words after it (none: "se-Kota." names no region, so no scope).
_SCOPE_ADMIN = re.compile(r"(?:Provinsi|Kabupaten|Kota|Kecamatan|Desa|Kelurahan)(?![\w-])")


def _scope_end(text: str, end: int, lex: MetricIndex, *, places: bool = False) -> int:
    """Where a ranking whose superlative ends at ``end`` ends with the scope written after it.

    "kota dengan polusi tertinggi di dunia", "desa terbersih se-Kabupaten Bogor": a region
    after "se-" is read whole by the gazetteer keys of ``lex``; after an administrative word,
    a region the gazetteer does not know is its capitalised words (up to
    :data:`_SCOPE_NAME_WORDS`: "se-Kecamatan Bojong Gede"). With ``places``, a place after "di"
    is a scope too (:data:`_DI_PLACE`: "di Sumatera", "di kawasan Asia Tenggara"), read as a
    region after an administrative word is. ``end`` when no scope follows, or when an
    administrative word names no region ("se-Kota.").
    """
    m = _SCOPE_AFTER.match(text, end)
    if m is None:
        place = _DI_PLACE.match(text, end) if places else None
        if place is None:
            return end
        if _SCOPE_ADMIN.fullmatch(place.group(1)):
            return _admin_region_end(text, place.end(1), end, lex)
        return _named_region_end(text, place.start(1), place.end(1), lex)
    region = _SE_REGION.fullmatch(m.group("scope"))
    if region is None:
        return m.end()
    first = m.start("scope") + region.start(1)
    admin = _SCOPE_ADMIN.match(text, first)
    if admin is None:
        return region_end(text, first, m.end(), lex.place_keys())
    return _admin_region_end(text, admin.end(), end, lex)


def _admin_region_end(text: str, admin: int, end: int, lex: MetricIndex) -> int:
    """Where the region named after an administrative word ending at ``admin`` ends.

    ``end`` (no scope) when no capitalised word follows ("desa terbaik se-Kota.").
    """
    nxt = _NEXT_CAP_WORD.match(text, admin)
    if nxt is None:
        return end  # "desa terbaik se-Kota.": an administrative word, no region named
    return _named_region_end(text, nxt.start(1), nxt.end(), lex)


def _named_region_end(text: str, start: int, end: int, lex: MetricIndex) -> int:
    """Where a region whose first capitalised word is ``text[start:end]`` ends.

    A gazetteer key of ``lex`` is read whole ("Jawa Tengah"); a region the gazetteer does not
    know is its capitalised words, up to :data:`_SCOPE_NAME_WORDS` ("Bojong Gede"), never a
    day, a month or a time word after it (:data:`AFTER_TIME`: "di Kota X Senin").
    """
    keys = lex.place_keys()
    known = region_end(text, start, end, keys)
    if known > end or text[start:end].casefold() in keys:
        return known
    pos = end
    for _ in range(_SCOPE_NAME_WORDS - 1):
        more = _NEXT_CAP_WORD.match(text, pos)
        if more is None or re.match(AFTER_TIME, more.group(1)):
            break
        pos = more.end()
    return pos


#: A word before a measure that is no part of it: a verb ("melakukan", "memiliki", "menemukan"),
#: an auxiliary or a preposition ("telah", "sebagai", "masuk"), a passive before "sebagai"
#: ("dianggap sebagai", "tercatat sebagai").
_LEAD_WORD = re.compile(r"(?:(?:me|ber)[a-z]{3,}|(?:di|ter)[a-z]{4,}(?=[ \t]+sebagai\b)|telah|sudah"
                        r"|sebagai|masuk|menjadi|jadi|merupakan|adalah|ialah)[ \t]+")
#: Nouns that look like verbs ("mebel", "menteri"): a measure may start with them.
_LEAD_NOUNS = frozenset({"menteri", "media", "mesin", "metode", "merek", "berita", "beras",
                         "benih", "berat", "bersih"})


def _after_lead_verbs(text: str, start: int, end: int) -> int | None:
    """Where a superlative measure starts once the verbs before it are left out.

    "menerapkan pengelolaan sampah terbaik" -> "pengelolaan sampah terbaik";
    ``None`` when only the superlative is left ("masuk terbaik"): no measure is named.
    """
    while (m := _LEAD_WORD.match(text, start, end)) is not None \
            and m.group().strip() not in _LEAD_NOUNS:
        start = m.end()
    words = text[start:end].split()
    if len(words) < 2 or (len(words) == 2 and words[0] == "paling"):
        return None
    return start


def _ranked_after(text: str, pos: int, sent: tuple[int, int],
                  ranked: dict[tuple[int, int], tuple[int, int]]) -> bool:
    """A rank in a scope between ``pos`` and the end of sentence ``sent``.

    ``ranked`` keeps, per sentence, the last position searched from and where the first rank
    after it starts (-1: none): positions come in order, so each sentence is read about once.
    """
    done = ranked.get(sent)
    if done is not None and done[0] <= pos and (done[1] < 0 or pos <= done[1]):
        return done[1] >= 0
    found = _RANKED_IN_SCOPE.search(text, pos, sent[1])
    ranked[sent] = (pos, found.start() if found else -1)
    return found is not None


#: A contest word pointing back, not naming: "lomba ini", "ajang yang sama", "kompetisi tahun
#: lalu", "penilaian sebelumnya" (the named contest is elsewhere in the article).
_ANAPHORIC = re.compile(r"^\w+[ \t]+(?:ini|itu|tersebut|serupa|sebelumnya|yang[ \t]+sama"
                        r"|tahun[ \t]+(?:lalu|sebelumnya|kemarin))\b", re.IGNORECASE)


def _contests(text: str, spans: _Spans, sent_of: SentenceOf) -> list[Metric]:
    """Contests named with a rank (ranking measures: ranks only)."""
    found: list[Metric] = []
    for pattern in (_CONTEST_AFTER_RANK, _CONTEST_OPENING):
        for m in pattern.finditer(text):
            if spans.overlaps(m.start(1), m.end(1)) or _ANAPHORIC.search(m.group(1)):
                continue  # "hadiah bagi juara kedua lomba ini": a prize of the scheme, no result
            # the sentence of the contest's name: the opening's match may start on the break
            # before it ("...\n\nDalam lomba X", ". Dalam lomba X"), outside any sentence
            if pattern is _CONTEST_OPENING \
                    and not _RANKING_TALK.search(text, *sent_of(m.start(1))):
                continue
            found.append(Metric(m.group(1), m.start(1), m.end(1), None, award=True))
    return found


def _ranking_metrics(text: str, spans: _Spans, sent_of: SentenceOf,
                     lex: MetricIndex) -> list[Metric]:
    """What rankings rank by, league tables, and lower-case index names with a year.

    A ranking's measure ("dengan kualitas infrastruktur terbaik") is marked ``award``: it
    takes ranks and list items, never a loose number of its own. A rank stated of a described
    class ("peringkat ketiga kota dengan polusi tertinggi") is of the class as written
    (:func:`_ranked_classes`, added to ``spans``); the bare measure inside it is not read again.
    """
    found = _ranked_classes(text, spans, sent_of, lex) if "dengan" in text else []
    for c in found:
        spans.add(c.start, c.end)
    named: list[str] = []
    for sup in _SUPERLATIVE.finditer(text) if "dengan" in text else ():
        m = _MEASURE.search(text, max(0, sup.start() - 60), sup.start())
        if m is None or spans.overlaps(m.start(1), m.end(1)) or MARKET.search(m.group(1)) \
                or _RANK_WORDS.search(m.group(1)):
            # "regu dengan peringkat dua terbaik lolos": a rule of a scheme, no measure
            continue
        if not _RANKING_TALK.search(text, *sent_of(m.start())):
            continue
        amount = _BY_QUANTITY.search(sup.group()) is not None
        if amount and amount_measure_start(text, m.start(1), sup.end(), sent_of) != m.start(1):
            continue  # "akan menjadi kota dengan jumlah warga terbanyak kelima": a forecast
        name = m.group(1)
        words = set(name.split())
        # "kualitas infrastruktur" after "kualitas pembangunan infrastruktur": the same ranking
        name = next((n for n in named if words <= set(n.split())), name)
        named.append(name)
        found.append(Metric(name, m.start(1), m.end(1), None, award=True, adhoc=True,
                            amount=amount))
    for pattern, word in ((_TABLE, "klasemen"), (_LOWER_INDEX, "indeks"), (_INDEX_READ, "ndeks")):
        for m in pattern.finditer(text) if word in text else ():
            if not spans.overlaps(m.start(), m.end()) and not MARKET.search(m.group(0)):
                found.append(Metric(m.group(0), m.start(), m.end(), None))
    return found


def _defined_otherwise(lex: MetricIndex,
                       definitions: Sequence[AcronymDefinition]) -> frozenset[str]:
    """Lexicon acronyms the text defines as something else ("Industri Kecil dan Menengah (IKM)").

    A long form that is one of the rule's names, or an index or survey name, is no other meaning.
    """
    other: set[str] = set()
    for d in definitions:
        rule = lex.by_acronym.get(d.short)
        if rule is None or not rule.names or re.match(UNKNOWN_HEADS, d.long, re.IGNORECASE):
            continue
        if not any(_similar(d.long, n) for n in rule.names):
            other.add(d.short)
    return frozenset(other)


def _short_forms(text: str, found: list[Metric],
                 definitions: Sequence[AcronymDefinition]) -> list[Metric]:
    """Lexicon names the text gives its own short form: "Indeks Kota Toleran (IKT)" -> "IKT".

    The guideline prefers the acronym an article defines; each later use of it is the metric too.
    Metrics inside a definition are found by bisection, and each short form's uses are searched
    once (a text that repeats one definition stays linear).
    """
    out = list(found)
    starts = sorted((m.start, i) for i, m in enumerate(out))
    known = {m.start for m in out}
    searched: set[str] = set()
    for d in definitions:
        lo = bisect_left(starts, (d.long_start, -1))
        hi = bisect_left(starts, (d.long_end, -1))
        inside = sorted(i for _, i in starts[lo:hi] if _renamable(out[i], d.short))
        if not inside:
            # "Times Higher Education (THE)": a labelled ranking's own short form names it too
            inside = [i for _, i in starts[lo:hi] if _labelled_whole(out[i], d)]
            if not inside:
                continue
            name = out[inside[0]].name
        else:
            name = d.short
        rule = out[inside[0]].rule
        for i in inside:
            out[i] = replace(out[i], name=name)
        if d.short in searched:
            continue  # every use of it is already in ``out``
        searched.add(d.short)
        for m in re.finditer(rf"(?<![\w-]){re.escape(d.short)}(?![\w-])", text):
            if m.start() not in known:
                known.add(m.start())
                insort(starts, (m.start(), len(out)))
                out.append(Metric(name, m.start(), m.end(), rule))
    return out


def _labelled_whole(metric: Metric, d: AcronymDefinition) -> bool:
    """A labelled lexicon metric with no grades whose mention is the whole defined long form."""
    rule = metric.rule
    return rule is not None and bool(rule.label) and not rule.grades \
        and metric.start == d.long_start and metric.end == d.long_end


def _renamable(metric: Metric, short: str) -> bool:
    """A lexicon metric (not a label) whose acronym is not ``short`` already."""
    return metric.rule is not None and not metric.rule.label and metric.rule.acronym != short


def _stems(name: str) -> set[str]:
    return {w[:5] for w in name_key(name).split() if len(w) > 3}


def _similar(long: str, name: str) -> bool:
    """Two long names of one thing: most content words shared ("Pemerintah"/"Pemerintahan")."""
    a, b = _stems(long), _stems(name)
    return bool(a and b) and len(a & b) * 2 >= min(len(a), len(b))


#: What may stand between a rating and its grade word: "predikat", "peringkat", "kategori".
_GRADE_LEAD = re.compile(r"[ \t]+(?:(?:predikat|peringkat|kategori|level)[ \t]+)?[\"“']?(\w+)",
                         re.IGNORECASE)


def _graded_after(text: str, end: int, rule: MetricRule) -> bool:
    """One of ``rule``'s grade words right after ``end`` ("Proper predikat emas")."""
    m = _GRADE_LEAD.match(text, end)
    return m is not None and m.group(1).casefold() in {g.casefold() for g in rule.grades}


def _lexicon_metrics(
    text: str, lex: MetricIndex, sent_of: SentenceOf, other: frozenset[str] = frozenset()
) -> tuple[list[Metric], set[tuple[int, int]]]:
    """Lexicon acronyms and names; also the sentences where an acronym means something else.

    Acronyms in ``other`` are defined by the text as something else and are never metrics.
    """
    found: list[Metric] = []
    hits: list[tuple[int, int, MetricRule, bool]] = []
    if lex.acronym_re is not None:
        hits += [(m.start(), m.end(), lex.by_acronym[m.group(0)], True)
                 for m in lex.acronym_re.finditer(text) if m.group(0) not in other]
    if lex.title_acronym_re is not None:
        hits += [(m.start(), m.end(), rule, True) for m in lex.title_acronym_re.finditer(text)
                 if _graded_after(text, m.end(), rule := lex.by_title_acronym[m.group(0)])]
    if lex.name_re is not None:
        # a case-insensitive match may differ from every key ("Surveı" matches "survei")
        named = ((m, lex.by_name.get(name_key(m.group(0)))) for m in lex.name_re.finditer(text))
        hits += [(m.start(), m.end(), rule, False) for m, rule in named if rule is not None]
    acronyms_used = {rule.id for _, _, rule, is_acr in hits if is_acr}
    blocked: set[tuple[int, int]] = set()  # sentences where an acronym means something else
    title_lines = TitleLines(text)  # each line judged once, however many names it holds
    for start, end, rule, is_acr in hits:
        if lex.excluded(rule, text, sent_of(start)):
            blocked.add(sent_of(start))
            continue
        longer = end if is_acr or rule.label else continued_end(
            text, start, end, stops=lex.name_stops, places=lex.place_keys,
            grades=lex.grade_words, title_line=title_lines, issuers=rule.issuers)
        if longer > end:  # "Indeks Literasi Keuangan Syariah": a longer evaluation's name
            name, end = text[start:longer], longer
        elif rule.label:
            name = rule.label
        elif rule.acronym and (is_acr or rule.id in acronyms_used):
            name = rule.acronym
        else:
            name = text[start:end]
        found.append(Metric(name, start, end, rule))
    return found, blocked


def _defined_metrics(
    text: str, lex: MetricIndex, sent_of: SentenceOf, spans: _Spans,
    blocked: set[tuple[int, int]], definitions: Sequence[AcronymDefinition],
) -> list[Metric]:
    """Acronyms the text defines for index/survey names ("Indeks Kualitas X (IKX)")."""
    found: list[Metric] = []
    defined: set[str] = set()
    for d in definitions:
        if not re.match(UNKNOWN_HEADS, d.long, re.IGNORECASE) and not d.long.endswith("Index"):
            continue
        if spans.overlaps(d.long_start, d.short_end) or market_talk(d.long) \
                or MARKET.search(d.short):
            continue
        if d.short in lex.by_acronym or sent_of(d.short_start) in blocked:
            continue  # a lexicon acronym the lexicon rejected here (e.g. IPK as a grade average)
        # The mentions of a short form are added once: a second definition of it would add the
        # same metrics again, next to the first ones, and every use of the metric list picks
        # among equal metrics (while a long text would cost definitions x mentions).
        if d.short not in defined:
            defined.add(d.short)
            for m in re.finditer(rf"(?<![\w-]){re.escape(d.short)}(?![\w-])", text):
                if not market_talk(text, *sent_of(m.start())):
                    found.append(Metric(d.short, m.start(), m.end(), None))
        found.append(Metric(d.short, d.long_start, d.long_end, None))
        spans.add(d.long_start, d.short_end)
    return found


_AWARD_LEAD = frozenset(
    {"dan", "&", "of", "for", "juara", "peringkat", "terbaik", "raih", "meraih"}
)
#: Words of a headline before an award's name: a verb of winning or a rank.
_AWARD_BREAK = frozenset({"raih", "meraih", "sabet", "menyabet", "terima", "menerima", "boyong",
                          "memboyong", "gondol", "menggondol", "dapat", "mendapat", "peroleh",
                          "memperoleh", "terbaik", "juara", "peringkat", "sebagai"})
_ROMAN_WORD = re.compile(r"[IVX]{1,4}")


def _word_offset(run: str, n: int) -> int:
    """Where the ``n``-th word (0-based) of ``run`` starts."""
    spans = [w.start() for w in re.finditer(r"\S+", run)]
    return spans[n] if n < len(spans) else len(run)


#: An award's short form in brackets right after its name: "... Subsidiary Award (ASA)".
_AWARD_SHORT = re.compile(r"[ \t]*\(([A-Z][A-Za-z]{1,9})\)")


def _awards(text: str, spans: _Spans) -> list[Metric]:
    """Award names ("JDIHN Award", "Anugerah Keterbukaan Informasi Publik")."""
    found: list[Metric] = []
    # the literal test first: scanning for the pattern tries every capitalised run of the text
    for m in _AWARD.finditer(text) if "Award" in text else ():
        words = m.group(1).split()
        # "Biro X Raih Terbaik II JDIHN Award": the award's name follows the last verb or rank
        cut = max((i + 1 for i, w in enumerate(words) if w.lower() in _AWARD_BREAK
                   or _ROMAN_WORD.fullmatch(w)), default=0)
        words = words[cut:]
        while words and words[0].lower() in _AWARD_LEAD:
            words = words[1:]
        if m.group(2):
            name = f"{m.group(2)} {m.group(3)}"
        elif words:
            name = " ".join([*words, m.group(3)])
        else:
            continue
        start = m.start() if not cut or m.group(2) else m.start(1) + _word_offset(m.group(1), cut)
        end = m.end()
        short = _AWARD_SHORT.match(text, end)
        if short and not m.group(2) and words:
            # "Annual Alfa Quality Awards (AAQA)": the award by the short form the text defines
            name, end = short.group(1), short.end()
        found.append(Metric(name, start, end, None, award=True))
    # "WinnerAnugerah X": a scraper glued the award to the word before it
    anugerah = any(word in text for word in ("Anugerah", "Penghargaan", "Lomba", "anugerah",
                                             "penghargaan"))
    for m in _ANUGERAH.finditer(text) if anugerah else ():
        if spans.overlaps(m.start(), m.end()):
            continue
        name, start = m.group(1) or m.group(0), m.start()
        if name[:1].islower():
            # "penghargaan Desa Tangguh": the award is the name after the common noun (never a tier:
            # "meraih penghargaan Silver Winner Kategori ..." names the award after the tier)
            head = _HEAD_WORD.match(name)
            if head:
                name = name[head.end():]
                start += head.end() if not m.group(1) else 0
        found.append(Metric(name, start, m.end(), None, award=True))
    return found
