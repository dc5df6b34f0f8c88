"""Grades: codes, long forms, grade words, tiers and predicates of a metric named nearby."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from beritanlp.lexicons.metrics import MetricRule
from beritanlp.rules.scores.air import READING_MEANT, air_is, level_not_held
from beritanlp.rules.scores.cues import (
    CAP_PREDICATE,
    CLAUSE_BREAK,
    CONCENTRATION_WORDS,
    CONDITION,
    DENIAL_WORDS,
    GRADE_CUE,
    GRADE_TARGET,
    HOPE,
    LETTER_PREDICATE,
    LONG_GRADES,
    NEAR_MISS_WORDS,
    NEGATION,
    NILAI_PREDICATE,
    NOBODY,
    PREDICATE_WORD,
    SCORE_CUE,
    SCORE_STOP_WORDS,
    TARGET,
    TIER,
    TIER_WORD,
    TOWARDS,
)
from beritanlp.rules.scores.listed_grades import (
    grade_line_holder,
    holders_listed_after,
    within_holder,
)
from beritanlp.rules.scores.metrics import MetricIndex, is_grade_code, name_key
from beritanlp.rules.scores.model import Candidate, Metric, between
from beritanlp.rules.scores.scale import (
    CRITERIA_DEFINED,
    GETTING,
    band_count,
    band_grade,
    grade_required,
    purpose_of_getting,
)
from beritanlp.rules.scores.subjects import (
    READING_METRICS,
    coordinated_holders,
    counted_including,
    counted_subjects,
    enumerated_subjects,
    group_members,
    listed_holders_before,
    not_given_after,
    own_clause_start,
    paired_holders,
    report_holder,
    words_to_passive,
)
from beritanlp.text.acronyms import AcronymDefinition, find_definitions
from beritanlp.text.word_start import lowered_haystack, matched_lower

_NAME_FOLLOWS = re.compile(r"[ \t]+[A-Z][a-z]")


_GRADE_EVIDENCE = {
    "opini-bpk": re.compile(
        r"\b(?:opini|BPK|Badan\s+Pemeriksa\s+Keuangan|laporan\s+keuangan|LKPD|LKPP|LKKL|audit"
        r"|pemeriksaan)\b", re.IGNORECASE),
    # a rating code beside the debt rating's own words; its agencies ("Moody's", "Pefindo")
    # are the row's issuers (:func:`_evidenced`)
    "credit-rating": re.compile(
        r"\b(?:peringkat|rating)\s+(?:utang|kredit|surat\s+utang)\b|\blembaga\s+pemeringkat\b"
        r"|\blayak\s+investasi\b|\binvestment\s+grade\b", re.IGNORECASE),
}


#: Schemes whose codes are common words elsewhere ("baterai AAA", "gim AAA"): their evidence
#: must stand in the grade's own sentence, not in the one before.
_EVIDENCE_IN_SENTENCE = frozenset({"credit-rating"})


def _evidenced(text: str, rule: MetricRule, start: int, sent: tuple[int, int],
               lex: MetricIndex, window: int) -> bool:
    """Whether the text holds the evidence a coded grade of ``rule`` needs without its metric.

    The words of :data:`_GRADE_EVIDENCE` from ``window`` characters before the grade (from its
    sentence's start for :data:`_EVIDENCE_IN_SENTENCE`) to its sentence's end, or one of the
    rule's issuers (the metric table's, :meth:`MetricIndex.issued_here`) in the sentence
    ("Moody's menaikkan ... menjadi Baa2").
    """
    words = _GRADE_EVIDENCE.get(rule.id)
    if words is None:
        return False
    lo = sent[0] if rule.id in _EVIDENCE_IN_SENTENCE else max(0, start - window)
    return words.search(text, lo, sent[1]) is not None or lex.issued_here(rule, text, sent)


#: A rating code written in mixed case: Moody's "Baa2", a national scale's "idAA+".
_MIXED_CODE = re.compile(r"id[A-Z]{1,3}[+-]?|[A-Z][a-z]{1,2}[1-3]")


def _coded(grade: str) -> bool:
    """A grade written as a code of three or more characters ("WTP", "WBBM", "Baa2", "idAAA").

    Such a grade needs its metric, a grade word or its scheme's evidence nearby (not the
    lone-letter cue a single capital needs).
    """
    return (grade.isupper() and len(grade) >= 3) or _MIXED_CODE.fullmatch(grade) is not None


#: The long forms as written in :data:`LONG_GRADES` (single spaces, no regex syntax: a plain
#: join, which :func:`_may_write_long_grade`'s literal check relies on).
_LONG_GRADE_RE = re.compile(r"\b(?:" + "|".join(LONG_GRADES) + r")\b", re.IGNORECASE)


def _may_write_long_grade(text: str) -> bool:
    """Whether ``text`` may hold a match of :data:`_LONG_GRADE_RE`: a literal check first.

    Every match is one of :data:`LONG_GRADES` (lower-case ASCII phrases) in some case, so it
    lies in :func:`~beritanlp.text.word_start.lowered_haystack` as written there; most texts
    hold none, and a few substring searches are cheaper than the ignore-case scan.
    """
    low = lowered_haystack(text)
    return low is None or any(form in low for form in LONG_GRADES)


#: A grade mention: (start, end, grade, the rules that give it).
_GradeSpan = tuple[int, int, str, list[MetricRule]]


#: A lone capital is a grade only after a grade word a few words back ("terakreditasi B",
#: "nilai SAKIP Kota X naik dari C"): "Gedung B" or "Tim C" is none.
_LETTER_CUE = re.compile(r"(?:\b(?:terakreditasi|akreditasi(?:nya)?|predikat(?:nya)?|grade"
                         r"|nilai(?:nya)?|kategori|peringkat|mutu)(?:[ \t]+[\w-]+){0,6}?"
                         # "HACCP minimal B": the least grade to reach, right after "minimal"
                         r"|\b(?:minimal|minimum))[ \t]+[\"“']?$",
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
        spans += [(m.start(), m.end(), m.group(0),
                   lex.by_word_grade[name_key(matched_lower(m.group(0)))])
                  for m in lex.word_grade_re.finditer(text)]
    opini = [r for r in lex.rules if r.id == "opini-bpk"]
    for m in _LONG_GRADE_RE.finditer(text) if _may_write_long_grade(text) else ():
        # a long form gives its grade's short code, the form the guideline writes ("opini
        # WTP" -> "WTP") and one value per grade across a corpus; a form without a code
        # ("disclaimer") stays as written
        short = LONG_GRADES[name_key(matched_lower(m.group(0)))]
        rules = lex.by_grade.get(short, []) if short else opini
        if rules:
            spans.append((m.start(), m.end(), short or m.group(0), rules))
    spans.sort(key=lambda x: (x[0], -x[1]))
    return spans


#: A grade code right before another, joined by a slash or a space: "WBK/WBBM", "WBK WBBM".
_CODE_BEFORE = re.compile(r"(?<![\w-])([A-Z]{3,5})(?:[ \t]*/[ \t]*|[ \t]+)$")


def _joined_code(text: str, start: int, grade: str, lex: MetricIndex) -> bool:
    """A second code of one scheme written right after the first: "menuju WBK/WBBM".

    Two codes three characters apart are otherwise one mention ("WDP (wajar dengan
    pengecualian)"); a different code of the lexicon's grades is a second grade.
    """
    if not (grade.isupper() and len(grade) >= 3):
        return False
    m = _CODE_BEFORE.search(text, max(0, start - 12), start)
    return m is not None and m.group(1) != grade and m.group(1) in lex.by_grade


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
    siblings: set[int] = set()  # grades read only as listed after the one before
    bands: dict[tuple[int, int], int] = {}  # value ranges per sentence, counted once
    spans = _grade_spans(text, lex, metrics)
    mixed = mixed_levels(text, spans)
    for start, end, grade, rules in spans:
        # "WDP (wajar dengan pengecualian)" / "wajar tanpa pengecualian (WTP)": one mention
        if start in mixed or (used.near(start, end) and not _joined_code(text, start, grade, lex)):
            used.add(start, end)
            continue
        sent = sent_of(start)
        if sent not in bands:  # the scale's bands or criteria defined: no one's grade
            bands[sent] = 2 if CRITERIA_DEFINED.search(text, sent[0], sent[1]) \
                else band_count(text, sent)
        if negated(text, start, end, sent) or CONDITION.search(
                text, sent[0], start) or _COMPARED.search(text, max(sent[0], start - 80), start) \
                or bands[sent] > 1 or NOBODY.search(text, _clause_start(text, start, sent), start) \
                or band_grade(text, start, end, sent) \
                or _THRESHOLD.search(text, max(sent[0], start - 40), start) \
                or grade_required(text, start, end, sent):
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
        if _aspect(text, start, end, sent) or _degree_word(text, start, end):
            continue  # "kualitas udara sedang memburuk": "sedang" as "is ...ing", no level
        cue = bool(GRADE_CUE.search(text[max(sent[0], start - 32):start]))
        chosen = _grade_rule(text, (start, end, grade, rules), sent, cue, metrics, lex, window)
        if chosen is None:
            chosen = _listed_sibling(text, out, start, rules, sent)
            if chosen is not None:
                siblings.add(start)
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
    _paired_grades(text, out)
    # a grade read only as listed with its own holder, whose holder the pairing did not find:
    # its subject would be guessed
    return [c for c in out if c.start not in siblings or c.subjects is not None]


def _listed_sibling(text: str, out: Sequence[Candidate], start: int, rules: Sequence[MetricRule],
                    sent: tuple[int, int]) -> tuple[MetricRule, list[Metric]] | None:
    """The metric of the grade before, for a grade listed after it with its own holder.

    "Pemkot A meraih nilai BB, Pemkab B AA": "AA" has no cue of its own; the grade before it in
    the sentence is of a metric that gives "AA", and the clause between names a holder only.
    """
    if not out or out[-1].sentence != sent or out[-1].kind != "grade":
        return None
    prev = out[-1]
    rule = prev.metric.rule
    if rule is None or rule not in rules \
            or paired_holders(text, prev.end, start, rule.grades) is None:
        return None
    return rule, [prev.metric]


def _paired_grades(text: str, grades: list[Candidate]) -> None:
    """Grades of one metric listed each with its holder: "A meraih predikat Madya, B Pratama".

    Where a sentence gives two or more grades of one metric, a grade with no listed holder
    whose own clause (from the grade before it, or the sentence start) is a holder's name,
    maybe a verb of holding and the grade's noun, is that holder's.
    """
    groups: dict[tuple[tuple[int, int], str], list[Candidate]] = {}
    for c in grades:
        if c.kind == "grade" and c.metric.rule is not None:
            groups.setdefault((c.sentence, c.metric.rule.id), []).append(c)
    for group in groups.values():
        if len(group) < 2:
            continue
        starts = sorted({c.start for c in group})
        if len(starts) < 2:
            continue
        words = group[0].metric.rule.grades if group[0].metric.rule is not None else ()
        lo = group[0].sentence[0]
        for start in starts:
            here = [c for c in group if c.start == start]
            # "Kabupaten B Adipura Buana": the grade's own clause ends where its metric is named
            # (a metric named in the clause before, "Nindya dalam KLA 2023, Kabupaten B
            # Madya", cuts nothing)
            own = own_clause_start(text, lo, start)
            named = metric_named_in(text, own, start, here[0].metric.rule)
            cut = min([c.metric.start for c in here if own <= c.metric.start < start]
                      + ([named] if named is not None else []) or [start])
            holders = paired_holders(text, lo, cut, words)
            after = _NEXT_GRADE.match(text, max(c.end for c in here))
            if holders is not None and len(holders) > 1 and after is not None \
                    and after.group(1) in words:
                holders = None  # "B dan C masing-masing Madya dan Pratama": one grade each
            for c in here:
                if c.subjects is None and holders is not None:
                    c.subjects = holders
            lo = max(c.end for c in here)


#: A joining word, then a word (another grade?): "masing-masing Madya dan Pratama".
_NEXT_GRADE = re.compile(r"[ \t]*(?:,[ \t]*|[ \t](?=dan|serta))(?:(?:dan|serta)[ \t]+)?"
                         r"(?:predikat[ \t]+)?(\w+)")


def metric_named_in(text: str, lo: int, hi: int, rule: MetricRule | None) -> int | None:
    """Where ``rule``'s short form or one of its names is first written in ``text[lo:hi]``.

    Parameters
    ----------
    text : str
        The article.
    lo, hi : int
        The span searched (a grade's own clause: short, at most a few words).
    rule : MetricRule or None
        The metric; ``None`` finds nothing.

    Returns
    -------
    int or None
        The start of the first mention, or ``None``.
    """
    if rule is None or hi <= lo:
        return None
    clause = text[lo:hi]
    folded = clause.casefold()
    found = [clause.find(rule.acronym)] if rule.acronym else []
    found += [folded.find(name.casefold()) for name in rule.names]
    hits = [i for i in found if i >= 0 and (i == 0 or not clause[i - 1].isalnum())]
    return lo + min(hits) if hits else None


#: What joins the two ends of a span of levels: "sedang hingga sangat tidak sehat".
_LEVEL_SPAN = re.compile(r"[ \t]+(?:hingga|sampai(?:[ \t]+dengan)?|s\.[ \t]?d\.?)[ \t]+")


def mixed_levels(text: str, spans: Sequence[tuple[int, int, str, Any]]) -> set[int]:
    """Starts of grade words that end a span of levels ("sedang hingga sangat tidak sehat").

    A span of levels over places or hours states no one level of anybody: neither end is a
    grade (codes "WTP", "A" excepted: only words, as air-quality levels are written).
    """
    out: set[int] = set()
    for (s1, e1, g1, _), (s2, _e2, g2, _) in zip(spans, spans[1:], strict=False):
        if not (is_grade_code(g1) or is_grade_code(g2)) and _LEVEL_SPAN.fullmatch(text, e1, s2):
            out.update((s1, s2))
    return out


#: A verb after "sedang": "sedang memburuk", "sedang dipantau" (the aspect word, no level).
_VERB_NEXT = re.compile(r"[ \t]+((?:me|ber|di|ter)[a-z]{3,})\b")
#: Words of that shape that are no verbs: "sedang menurut data", "sedang terutama pagi hari".
_NOT_VERBS = frozenset({"menurut", "berdasarkan", "terutama", "menjelang", "meski", "meskipun",
                        "terhadap", "terkait", "termasuk", "dibanding", "dibandingkan",
                        "terhitung", "bersama", "beserta", "diantaranya"})
#: The air's measure right before a level ("kualitas udara sedang ..."): the one cue after
#: which "sedang" may still be the aspect word.
_AIR_MEASURE_CUE = re.compile(r"\b(?:status|kualitas|mutu|kondisi)\s+udara(?:nya)?\s+$",
                              re.IGNORECASE)


def _aspect(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """"sedang" before a verb: "is ...ing" ("kualitas udara sedang memburuk"), not a level.

    After a grade cue ("tergolong sedang menurut ...", "kategori sedang ...") "sedang" is the
    level whatever follows; the air's measure itself is the one cue that leaves it open.
    """
    if name_key(text[start:end]) != "sedang":
        return False
    verb = _VERB_NEXT.match(text, end)
    if verb is None or verb.group(1).lower() in _NOT_VERBS:
        return False
    before = text[max(sent[0], start - 32):start]
    return _AIR_MEASURE_CUE.search(before) is not None or not (
        GRADE_CUE.search(before) or _STRONG_GRADE_CUE.search(before))


#: A grade word right after what names a grade: "predikat cukup", "dinilai cukup".
_GRADE_NAMED = re.compile(r"\b(?:predikat|kategori|katagori|nilai(?:nya)?|status|level|menjadi"
                          r"|meraih|memperoleh|mendapat(?:kan)?|berpredikat|tergolong|dinilai"
                          r"|masuk)[ \t]+[\"“']?$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")


def _degree_word(text: str, start: int, end: int) -> bool:
    """"cukup" as "quite" before an adjective ("cukup berat", "cukup tinggi"), not the grade.

    Written in lower case, with a lower-case word after it that is no function word, and
    nothing naming a grade right before it.
    """
    if text[start:end] != "cukup":
        return False
    nxt = _NEXT_WORD.match(text, end)
    # a function word after "cukup" ("predikat cukup pada 2023") is no adjective it grades
    return nxt is not None and nxt.group(1) not in SCORE_STOP_WORDS \
        and _GRADE_NAMED.search(text, max(0, start - 24), start) is None


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
    kind = "target" if (aimed_at(text, start, sent) and not _LEFT_GRADE.search(
        text, max(sent[0], start - 12), start)) or _hoped_after(text, end, sent) else "grade"
    line = grade_line_holder(text, start, end)  # "2. Kota B: WDP": the line's name holds it
    subjects = [line] if line else (counted_including(text, start, end, sent)
                                    or enumerated_subjects(text, end, sent)
                                    or holders_listed_after(text, end, sent[0])
                                    or within_holder(text, start, end, sent, kind))
    if subjects is None:
        report = report_holder(text, end, sent)
        subjects = [report] if report else (
            counted_subjects(text, start, sent) or listed_holders_before(text, start, sent)
            or coordinated_holders(text, start, sent))
    if subjects is not None and len(subjects) == 1 and subjects[0]:
        # "... WDP kepada empat K/L. Keempat lembaga dimaksud adalah A, B dan C": the members
        subjects = group_members(text, subjects[0], sent) or subjects
    return Candidate(metric, grade, kind, None, text[start:end], start, end, sent, subjects)


def _hoped_after(text: str, end: int, sent: tuple[int, int]) -> bool:
    """A grade hoped for before the verb that would give it: "WTP tahun depan diharapkan diraih"."""
    verb = words_to_passive(text, end, sent)
    return verb is not None and bool(TARGET.search(text, end, verb) or HOPE.search(text, end, verb))


_LEFT_GRADE = re.compile(r"\bdari[ \t]+(?:predikat[ \t]+)?[\"“']?$", re.IGNORECASE)


#: A speaker's hope that a body gets a grade: "kami harapkan ... meraih", "harapkan ... kembali
#: ke ...". With no verb of getting after it ("Kami harapkan dengan opini WTP ini ...") the
#: grade is one already held.
_HOPED_GETTING = re.compile(rf"\b(?:meng)?harapkan\b.*?\b(?:{GETTING}|kembali[ \t]+ke)\b",
                            re.IGNORECASE)


def aimed_at(text: str, start: int, sent: tuple[int, int]) -> bool:
    """A target word in the clause before a grade: "menargetkan seluruh satker meraih WBK".

    The clause reaches back at most 120 characters, to the last break (";", "sedangkan",
    ", dan" ...) before the grade. A sentence opening with the purpose of getting the grade
    ("Untuk meraih WBK, ...") and a hope that a body gets it (:data:`_HOPED_GETTING`) aim at it
    too.
    """
    if TOWARDS.search(text, max(sent[0], start - 30), start) or purpose_of_getting(
            text, start, sent):
        return True
    clause = _clause_start(text, start, sent)
    return GRADE_TARGET.search(text, clause, start) is not None \
        or _HOPED_GETTING.search(text, clause, start) is not None


def _clause_start(text: str, start: int, sent: tuple[int, int]) -> int:
    """Where the clause of ``start`` begins: at most 120 characters back, after any break."""
    lo = max(sent[0], start - 120)
    breaks = list(CLAUSE_BREAK.finditer(text, lo, start))
    return breaks[-1].end() if breaks else lo


_NAME_BEFORE = re.compile(r"\b[A-Z]\w*[ \t]+$")


_WINNER = re.compile(r"[ \t]+(?:Winner|Award|Medal|Medali)\b")


#: Award tiers won by count, in any case: "meraih 5 platinum dan 6 gold" (English tier words
#: only: "meraih 3 emas dan 2 perak" is as often a medal count).
_TIER_COUNT = r"\d{1,3}[ \t]+((?i:platinum|gold|silver|bronze|diamond))\b"
_COUNTED_TIER = re.compile(
    rf"\b(?i:meraih|memperoleh|mendapat(?:kan)?|menyabet|meraup|memboyong|membawa[ \t]+pulang)"
    rf"[ \t]+{_TIER_COUNT}")
_MORE_TIERS = re.compile(rf"[ \t]*(?:,[ \t]*)?(?:(?:dan|serta)[ \t]+)?{_TIER_COUNT}")
#: How far before its counted tiers an award is named in their sentence.
_TIER_AWARD_REACH = 200


def _counted_tiers(text: str, metrics: Sequence[Metric], sent_of: Any,
                   used: _Used) -> list[Candidate]:
    """Tiers an award gave by count ("Awards (AQA) ... meraih 5 platinum dan 6 gold")."""
    if not any(x.award for x in metrics) or not _COUNTED_TIER.search(text):
        return []
    out: list[Candidate] = []
    for m in _COUNTED_TIER.finditer(text):
        sent = sent_of(m.start())
        awards = [a for a in between(metrics, max(sent[0], m.start() - _TIER_AWARD_REACH),
                                     m.start()) if a.award and a.name[:1].isupper()]
        if not awards:
            continue
        tiers = [m]
        while (more := _MORE_TIERS.match(text, tiers[-1].end())) is not None:
            tiers.append(more)
        for t in tiers:
            start, end = t.span(1)
            if not used.near(start, end):
                used.add(start, end)
                out.append(_grade_candidate(text, awards[-1], t.group(1), start, end, sent))
    return out


#: "Gold Winner Kategori X": what follows the tier is the category it was won in.
_CATEGORY_NEXT = re.compile(r"[ \t]+(?:Winner[ \t]+)?(?:(?i:untuk|dalam|pada)[ \t]+)?"
                            r"(?i:kategori|katagori)[ \t]+[\"“']?$")
#: An award's own name: "... Award(s)", "Anugerah ...".
_AWARD_NAME = re.compile(r"\bAwards?\b|^Anugerah\b")


def _named_awards(text: str, metrics: Sequence[Metric]) -> tuple[list[int], list[Metric]]:
    """Awards of their own name ("... Awards", "Anugerah ..."), no category; with their starts.

    Read once per text, so each tier finds the last one before it by bisection.
    """
    named = sorted((a for a in metrics if a.award and a.name[:1].isupper()
                    and _AWARD_NAME.search(a.name)
                    and not _CATEGORY_NEXT.search(text, max(0, a.start - 40), a.start)),
                   key=lambda a: a.start)
    return [a.start for a in named], named


def _award_of_category(text: str, named: tuple[list[int], list[Metric]], tier_end: int,
                       award: Metric) -> Metric:
    """The award a tier won for a category belongs to ("Gold Winner Kategori X": not X).

    When the award nearest the tier is the category named right after it, an award of its
    own name ("... Awards", "Anugerah ...") named before the tier (the headline, an earlier
    sentence) is the metric; without one the category stays. ``named`` is
    :func:`_named_awards` of the text.
    """
    if award.start < tier_end or not _CATEGORY_NEXT.match(text, tier_end, award.start):
        return award
    starts, awards = named
    for i in range(bisect_left(starts, tier_end) - 1, -1, -1):
        if awards[i].end <= tier_end:
            return awards[i]  # the last one ending before the tier
    return award


def _loose_grades(text: str, metrics: Sequence[Metric], sent_of: Any,
                  used: _Used) -> list[Candidate]:
    """Grades no lexicon rule gives: award tiers and predicate words of any metric.

    A tier ("Silver Winner Anugerah X") needs an award named within 80 characters of it in
    its sentence; a predicate word ("predikat sangat baik") a metric named in its sentence.
    """
    out: list[Candidate] = []
    has_award = any(x.award for x in metrics)
    named = _named_awards(text, metrics) if has_award else ([], [])
    for m in TIER.finditer(text) if has_award else ():
        sent = sent_of(m.start())
        awards = [a for a in between(metrics, sent[0], sent[1]) if a.award
                  and a.name[:1].isupper() and not a.start <= m.start() < a.end
                  and (0 <= a.start - m.end() <= 80 or 0 <= m.start() - a.end <= 80)]
        if _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()) and not _WINNER.match(
                text, m.end()):
            continue  # "Indonesia Emas": part of a name
        if awards and not used.near(m.start(), m.end()) and not NEGATION.search(
                text, max(sent[0], m.start() - 30), m.start()):
            award = _award_of_category(text, named, m.end(),
                                       min(awards, key=lambda a: abs(a.start - m.start())))
            used.add(m.start(), m.end())
            out.append(_grade_candidate(text, award, m.group(0), m.start(), m.end(), sent))
    out += _counted_tiers(text, metrics, sent_of, used)
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
        if here and not used.near(start, end) and not negated(text, start, end, sent) \
                and not grade_required(text, start, end, sent):
            before = [x for x in here if x.start < start]
            metric = before[-1] if before else here[0]
            used.add(start, end)
            out.append(_grade_candidate(text, metric, m.group(1), start, end, sent))
    return out


#: "Predikat A ... belum pernah diraih": a grade denied by a negated verb after it, in its clause.
_DENIED_AFTER = re.compile(
    rf"[^.;:,!?]{{0,60}}?\b(?:{DENIAL_WORDS}|{NEAR_MISS_WORDS})[ \t]+"
    r"(?:(?:pernah|lagi|juga|berhasil)[ \t]+)?"
    r"(?:di(?:raih|peroleh|dapat(?:kan)?|sandang|berikan|terima)|meraih|memperoleh"
    r"|mendapat(?:kan)?|menyandang|menerima)\b", re.IGNORECASE)


def negated(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """A grade denied: a negation shortly before it, or a negated verb after it in its clause.

    "belum meraih WTP", "predikat A belum pernah diraih", "WTP tahun ini tak diraih".
    """
    return bool(NEGATION.search(text, max(sent[0], start - 30), start)
                or _DENIED_AFTER.match(text, end, sent[1]) or not_given_after(text, end, sent))


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


#: "lebih buruk dari kemarin yang ... tidak sehat": the level compared with.
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
        if lex.excluded(rule, text, sent) or (rule.id in READING_METRICS
                                              and level_not_held(text, start, sent)):
            continue  # "ISPU X diperkirakan masuk kategori berbahaya": a forecast, no level
        here = [m for m in between(metrics, sent[0], sent[1]) if m.rule is rule]
        if _coded(grade) or name_key(text[start:end]) in LONG_GRADES:
            # WTP, WDP, TMP, WBK, WBBM: need their metric, a grade word, or audit talk nearby
            evidence = bool(here) or cue
            if not evidence:
                evidence = _evidenced(text, rule, start, sent, lex, window)
            if not evidence:
                continue
            if not here and not cue and _NAME_FOLLOWS.match(text, end):
                continue  # "TMP Kalibata": a name follows, not a grade
        elif not here:
            if _issuer_grade(text, span, sent, lex):
                return rule, []  # "Ombudsman ... di zona hijau": the issuer's own grade
            # "... meraih KLA tahun 2025. Kali ini naik ke kategori Nindya": the metric of the
            # sentence before, with a grade word right after a strong cue
            # a list's lines ("- Kota B: Nindya") take the metric its intro names further back
            listed = grade_line_holder(text, start, end) is not None
            reach = _LIST_REACH if listed else _GRADE_REACH
            before = [m for m in between(metrics, max(0, start - reach), sent[0])
                      if m.rule is rule and rule.id not in READING_METRICS]
            if not before or not (listed or _STRONG_GRADE_CUE.search(
                    text, max(sent[0], start - 30), start)):
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
                                   or _issuer_after(text, end, m.start(), m.end())
                                   for m in pat.finditer(text, sent[0], sent[1]))


#: What may follow an issuer's name and keep it the issuer: "Ombudsman RI", "... Perwakilan".
_ISSUER_TAIL = re.compile(r"[ \t]+(?:RI|Republik|Perwakilan)\b")


def _issuer_after(text: str, grade_end: int, start: int, end: int) -> bool:
    """The issuer named right after its grade: "masuk zona hijau Ombudsman (RI)".

    A capitalised word after the name makes it part of another name ("Ombudsman Street").
    """
    if start <= grade_end or text[grade_end:start].strip():
        return False
    return (_NAME_FOLLOWS.match(text, end) is None
            or _ISSUER_TAIL.match(text, end) is not None)


#: What places a subject in a grade of an issuer: "predikat zona hijau", "masuk zona merah",
#: "berada di zona kuning", "menempatkan Pemkab X di zona hijau".
#: "opini kualitas tertinggi": the Ombudsman's judgement is called an opinion since 2024.
_ISSUER_GRADE_CUE = re.compile(
    r"\b(?:(?:ber)?predikat|kategori|status|opini|meraih|memperoleh|mendapat(?:kan)?|masuk"
    r"|berada[ \t]+(?:di|pada|dalam)"
    r"|(?:menempatkan|ditempatkan)\b[^.;:]{0,50}?[ \t](?:di|pada|dalam|ke))"
    r"(?:[ \t]+(?:ke|dalam|predikat|kategori|opini))?[ \t]+[\"“']?$", re.IGNORECASE)


#: The issuer as the one who judges: "penilaian Ombudsman", "Ombudsman RI menempatkan ...".
_JUDGED_BY = re.compile(r"\b(?:penilaian|kepatuhan|oleh|dari|versi|menurut|hasil|survei)"
                        r"(?:[ \t]+\w+){0,2}[ \t]+$", re.IGNORECASE)


_JUDGES = re.compile(
    r"(?:[ \t]+(?:RI|Republik[ \t]+Indonesia|Perwakilan(?:[ \t]+[A-Z]\w*){1,3})){0,2},?[ \t]+"
    # "Kepala Ombudsman Perwakilan X, Budi Santoso, menyebut ...": the head's name in commas
    r"(?:(?:[A-Z][\w.'-]{0,30}[ \t]+){0,4}[A-Z][\w.'-]{0,30}[ \t]*,[ \t]+)?"
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


#: A letter grade alone in brackets: "(B)", "( A- )", also after the value's unit ("poin (B)").
_BRACKET_GRADE = re.compile(r"[ \t]*(?:poin[ \t]*)?\([ \t]*(AA|BB|CC|[A-E][+-]?)[ \t]*\)")


def bracketed_grades(text: str, values: Sequence[Candidate],
                     grades: Sequence[Candidate]) -> list[Candidate]:
    """Letter grades in brackets right after a value: "nilai 4,2 (B) dalam evaluasi SPI".

    The grade is the value's metric's, whatever grades the lexicon gives it (the bracket says
    it is one), and its holder the value's where the value names one (a ranked list's item:
    "1. Kab. A 72,15 (BB)"); a grade found already at that place is not given twice.
    """
    taken = {g.start for g in grades}
    out: list[Candidate] = []
    for c in values:
        if c.kind != "value" or isinstance(c.value, str):
            continue
        m = _BRACKET_GRADE.match(text, c.end)
        if m is None or m.start(1) in taken:
            continue
        # the grade is of the value's holder (a list item's name, where the list gives one)
        out.append(Candidate(c.metric, m.group(1), "grade", None, m.group(1), m.start(1),
                             m.end(1), c.sentence, c.subjects))
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
#: How far back a list line's grade may find the metric its list's intro names.
_LIST_REACH = 1500


#: Substrings that show a text may talk about the air (a cheap test before any scan).
_AIR_WORDS = ("udara", "Udara", "UDARA", "polusi", "Polusi", "pencemaran", "Pencemaran", "PM 10",
              "PM10", "PM 2,5", "PM2,5", "PM 2.5", "PM2.5")


_AIR_TALK = re.compile(r"\b(?:udara|polusi|pencemaran|asap)(?:nya)?\b|\bPM[ \t]?(?:10|2[,.]5)\b",
                       re.IGNORECASE)


#: A particle size a reading is of ("PM 10", "PM2,5"): the measure of a level no index gives.
_PARTICLE = re.compile(r"\bPM[ \t]?(?:10|2[,.]5)\b")


#: A particle whose concentration is read: "konsentrasi PM10", "kadar PM 2,5".
_MEASURED_PARTICLE = re.compile(
    "(?:" + "|".join(rf"(?<=\b{w} )" for w in CONCENTRATION_WORDS) + r")PM[ \t]?(?:10|2[,.]5)\b",
    re.IGNORECASE)


#: A reading's concentration unit then "atau": "90-95 ug/m3 yakni sedang".
_UNIT_OR = re.compile(r"(?:/[ \t]?m3|/[ \t]?m\u00b3|kubik|persegi)[ \t]+(?:atau|yakni|yaitu)"
                      r"(?:[ \t]+(?:dalam|pada|di))?[ \t]+$", re.IGNORECASE)


#: A reading's words in a sentence that names no air: "indeksnya cukup tinggi ...".
_READING_WORD = re.compile(r"\b(?:indeks|angka|nilai|konsentrasi|kualitas)(?:nya)?\b|\b(?:ISPU"
                          r"|AQI)\b", re.IGNORECASE)


#: "berada di sangat tidak sehat": a level right after "berada di".
_AT_LEVEL = re.compile(r"\bberada[ \t]+(?:di|pada|dalam)[ \t]+[\"“']?$", re.IGNORECASE)


#: A reading then "atau": "PM10 118 atau tidak sehat" (its level, see rules.scores.air).
_VALUE_OR = re.compile(r"\d[ \t]+(?:atau|yakni|yaitu)[ \t]+$", re.IGNORECASE)


_STRONG_GRADE_CUE = re.compile(
    r"\b(?:kategori|katagori|kriteria|predikat|level|status|tingkat|kisaran|rentang|zona|tahap)"
    r"(?:\s+yang)?"
    r"\s+[\"“']?$",
    re.IGNORECASE)


#: What an air level is of when no index is named: "kualitas udara", "status udara" (also
#: with the possessive: "kualitas udaranya" is the air quality, named without the "-nya").
_AIR_MEASURE = re.compile(r"\b(?:kualitas|status|mutu)\s+udara(?=(?:nya)?\b)", re.IGNORECASE)


#: Words of standing after a bare "kualitas" (regex alternatives: "menunjuk+an" is also the
#: misspelt "menunjukan").
_STANDING_WORDS = ("masih", "sudah", "telah", "kini", "tetap", "pun", "juga", "berada", "masuk",
                   "tergolong", "tercatat", "terpantau", "menunjuk+an", "mencapai")
#: The air's quality said again in short, right before how it stands: "Di X, kualitas tetap
#: tercatat pada kategori sedang" (a bare "kualitas" then a comma or a word of
#: :data:`_STANDING_WORDS`; never a quality of something else: "kualitas pelayanan").
_BARE_QUALITY = re.compile(
    rf"\bkualitas(?:nya)?(?=[ \t]*,|[ \t]+(?:{'|'.join(_STANDING_WORDS)})\b)", re.IGNORECASE)


#: "siang ini turun ke sedang": a reading moving into a level (in a sentence about the air).
_MOVED_TO_LEVEL = re.compile(r"\b(?:turun|naik|membaik|memburuk|meningkat|menurun)"
                             r"[ \t]+(?:ke|menjadi)[ \t]+[\"“']?$", re.IGNORECASE)


#: "kualitas udara di Kabupaten X menjadi tidak sehat": the air of a place reaching a level.
_AIR_BECOMES = re.compile(
    r"\b(?:kualitas|status|mutu|kondisi)[ \t]+udara(?:nya)?(?:[ \t]+di[ \t]+(?:[A-Z][\w-]*"
    r"[ \t]+){0,3}[A-Z][\w-]*)?[ \t]+(?:(?:sudah|telah|masih|kembali|pun|tetap|sempat|mulai"
    r"|kian|makin|semakin)[ \t]+)*(?:menjadi|mencapai|memburuk[ \t]+(?:menjadi|ke)"
    r"|membaik[ \t]+(?:menjadi|ke))[ \t]+[\"“']?$", re.IGNORECASE)


def _air_said_before(text: str, sent: tuple[int, int], start: int) -> re.Match[str] | None:
    """The air's measure ("kualitas udara", "konsentrasi PM10") a short quality refers to.

    Only for a sentence that says the quality again in short before the level at ``start``
    (:data:`_BARE_QUALITY`, no air named in it): the measure named last within
    :data:`_GRADE_REACH` characters before the sentence, else ``None``.
    """
    if not _BARE_QUALITY.search(text, sent[0], start) \
            or _AIR_MEASURE.search(text, sent[0], sent[1]):
        return None
    lo = max(0, sent[0] - _GRADE_REACH)
    said = [*_AIR_MEASURE.finditer(text, lo, sent[0]),
            *_MEASURED_PARTICLE.finditer(text, lo, sent[0])]
    return max(said, key=lambda t: t.start()) if said else None


def _air_quality_rule(text: str, span: _GradeSpan, sent: tuple[int, int],
                      metrics: Sequence[Metric],
                      window: int) -> tuple[MetricRule, list[Metric]] | None:
    """An air-quality level in a sentence about the air that names no index.

    "Kualitas udara di Kota X masuk kategori berbahaya": the level needs a strong cue
    ("kategori", "level", "status" ..., "berada di", a reading then "atau", a sentence saying
    what the reading before means) and the air named in its sentence, or a reading's word
    ("indeksnya") with an air index named right before; its metric is the air index named
    nearest in the text, unless the sentence names the air itself ("kualitas udara") or a
    particle whose concentration is read ("konsentrasi PM10") and no index: then that phrase as
    written (an index's level of the same place restating it wins later, in
    :func:`~beritanlp.rules.scores.dedupe.without_air_restatements`).
    """
    start, end, _, rules = span
    air = [r for r in rules if r.id in READING_METRICS]
    if not air or level_not_held(text, start, sent) or not (
            _STRONG_GRADE_CUE.search(text, max(sent[0], start - 30), start)
            or _AIR_BECOMES.search(text, max(sent[0], start - 80), start)
            or air_is(text, start, end, sent) is not None
            or _UNIT_OR.search(text, max(sent[0], start - 30), start)
            or _VALUE_OR.search(text, max(sent[0], start - 30), start)
            or _AT_LEVEL.search(text, max(sent[0], start - 20), start)
            or _MOVED_TO_LEVEL.search(text, max(sent[0], start - 24), start)
            or READING_MEANT.match(text, sent[0], start)):
        return None
    named = [m for m in between(metrics, max(0, start - window), start + window)
             if m.rule is not None and m.rule.id in READING_METRICS]
    earlier = _air_said_before(text, sent, start)
    if not _AIR_TALK.search(text, sent[0], sent[1]) and not (
            _READING_WORD.search(text, sent[0], sent[1])
            and any(sent[0] - _GRADE_REACH <= m.start < sent[1] for m in named)) \
            and earlier is None:
        # neither the air named, nor a reading ("indeksnya") of an index named right before,
        # nor the air's quality said again in short right after the air was spoken of
        return None
    # what the level is of: the particle whose concentration is read or the air itself, the
    # one named nearest before it ("kualitas udara dengan konsentrasi PM10 ... berada di sangat
    # tidak sehat": PM10's; an instrument, "alat ukur PM10", measures the air: the air's)
    talks = sorted([*_MEASURED_PARTICLE.finditer(text, sent[0], sent[1]),
                    *_AIR_MEASURE.finditer(text, sent[0], sent[1])], key=lambda t: t.start())
    before = [t for t in talks if t.start() < start]
    talk = (before[-1] if before else talks[0]) if talks else _PARTICLE.search(
        text, sent[0], sent[1])
    if named and (talk is None or any(sent[0] <= m.start < sent[1] for m in named)):
        nearest = min(named, key=lambda m: abs(m.start - start))
        return nearest.rule, [nearest]  # type: ignore[return-value]
    if not talk:
        # "kondisi udara di X sudah sangat tidak sehat": the air of a place at a level, named
        # by its measure as written, only where nothing else names the air
        said = air_is(text, start, end, sent)
        if said is not None:
            return air[0], [Metric(said.group("measure"), said.start(), said.end("measure"),
                                   air[0])]
        if earlier is None:
            return None
        talk = earlier  # "Di X, kualitas tetap ... sedang": the air spoken of just before
    # the sentence speaks of the air itself: its level is the air quality's
    return air[0], [Metric(talk.group(0), talk.start(), talk.end(), air[0])]
