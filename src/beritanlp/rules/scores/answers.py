"""A poll's answer distribution: one share per rating category.

"Responden menyebut layanan X baik 52 persen, biasa saja 28,6 persen, buruk 15,1 persen" and
"12,4 persen menilai sangat buruk, 9,3 persen buruk, ... dan 4,2 persen tidak menjawab":
a survey reports how the people asked rated one item, one share per category of its scale.
GUIDELINE.md counts "survey percentages that are the survey's result"; every category is a
result, a non-response ("tidak menjawab") is none (it is no category of the scale). A share is
read only in a sentence that gives at least two categories' shares (a distribution, not a
stray "baik 40 persen"), framed by a survey named before it; the subject is what the survey
rates, when its name says. A survey's answers ranked in a numbered list, each with its share
in brackets ("1. Teknik sipil (30 persen),2. Ilmu gizi (22 persen)"), give each answer its
share and its rank (:func:`ranked_answers`). Pure: the framing survey is asked of a callable.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from beritanlp.rules.scores.cues import COUNTED_GROUP_WORD, MARKET, MONEY_WORDS
from beritanlp.rules.scores.model import Candidate, Metric, SentenceOf
from beritanlp.text.numbers import plain_number

#: The categories of rating scales (satisfaction, approval, agreement, tone), longest first.
CATEGORIES = ("sangat tidak puas", "sangat tidak setuju", "sangat baik", "sangat buruk",
              "sangat puas", "sangat setuju", "cukup baik", "cukup puas", "kurang baik",
              "kurang puas", "kurang setuju", "tidak baik", "tidak puas", "tidak setuju",
              "biasa saja", "baik", "buruk", "puas", "setuju", "positif", "negatif", "netral")
_CATEGORY = "|".join(r"[ \t]+".join(c.split()) for c in CATEGORIES)
#: A share as written, "41 persen", "23,3%" (group 1: the text, group 2: the number).
SHARE = r"((\d{1,3}(?:,\d{1,2})?)[ \t]*(?:persen|%))"
#: A share before its category: "9,3 persen buruk", "12 persen menyatakan puas".
_SHARE_FIRST = re.compile(
    SHARE + r"[ \t]+(?:(?:menyatakan|menjawab|menilai|menganggap|mengaku)[ \t]+)?"
    rf"(?:{_CATEGORY})(?![\w-])", re.IGNORECASE)
#: A category before its share: "baik mencapai 52 persen", "biasa saja 28,6 persen".
_CATEGORY_FIRST = re.compile(
    rf"(?<![\w-])(?:{_CATEGORY})[ \t]+(?:(?:mencapai|sebesar|sebanyak|yakni|hanya|sekitar)"
    r"[ \t]+)?" + SHARE, re.IGNORECASE)
#: How many categories' shares make a distribution.
MIN_CATEGORIES = 2

#: ``framing(pos)``: the survey framing a share at ``pos`` and what it rates, or ``None``.
Framing = Callable[[int], "tuple[Metric, str | None] | None"]


def answer_shares(text: str, framing: Framing, sent_of: SentenceOf,
                  taken: set[int]) -> list[Candidate]:
    """The shares of a rating scale's categories, in sentences giving two or more.

    Parameters
    ----------
    text : str
        The article.
    framing : callable
        ``framing(pos)``: the survey named before ``pos`` and what it rates (or ``None``).
    sent_of : callable
        ``sent_of(pos)``: the sentence holding ``pos``.
    taken : set of int
        Starts of values other rules already read (never read again).

    Returns
    -------
    list of Candidate
        One value per category share, in text order.
    """
    by_sentence: dict[tuple[int, int], dict[int, re.Match[str]]] = {}
    for pattern in (_SHARE_FIRST, _CATEGORY_FIRST):
        for m in pattern.finditer(text):
            if m.start(1) not in taken:
                by_sentence.setdefault(sent_of(m.start(1)), {}).setdefault(m.start(1), m)
    out: list[Candidate] = []
    for sent, shares in by_sentence.items():
        if len(shares) < MIN_CATEGORIES:
            continue
        for start in sorted(shares):
            m = shares[start]
            survey = framing(start)
            value = plain_number(m.group(2), 0, 100)
            if survey is None or value is None:
                continue
            out.append(Candidate(survey[0], value, "value", "persen", m.group(1), start,
                                 m.end(1), sent, [survey[1]] if survey[1] else None))
    return out


#: A named contender's share: "X mendapat persentase 13%", "Y yang memperoleh 4%". "X meraih
#: elektabilitas N%" is a poll measure's (rules/scores/pollmeasures.py), not read here.
_NAMED_SHARE = re.compile(
    r"(?<![\w-])([A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,4})[ \t]+(?:yang[ \t]+)?"
    r"(?:mendapat(?:kan)?|memperoleh|meraih|meraup|mengantongi)"
    r"(?:[ \t]+(?:persentase|dukungan))?(?:[ \t]+(?:sebesar|sekitar))?[ \t]+"
    + SHARE + r"(?![ \t]+suara\b)")
#: A contender's share listed right after one: "Rahmat Sulaiman 12%" opening the next sentence.
_LISTED_SHARE = re.compile(
    r"\W{0,4}([A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,4})[ \t]+(?:dengan[ \t]+)?" + SHARE
    + r"(?![ \t]+suara\b)")
#: Capitalised words that start a sentence, not a name ("Dalam survei ...", "Hasilnya ...").
NOT_NAME = frozenset({"Dalam", "Sementara", "Hasil", "Hasilnya", "Survei", "Survey", "Sedangkan",
                      "Adapun", "Namun", "Selain", "Di", "Pada", "Yang", "Ia", "Dia", "Mereka",
                      "Sebanyak", "Kemudian", "Lalu", "Posisi", "Urutan", "Disusul", "Sisanya",
                      "Tahun", "Kini", "Saat", "Itu", "Ini"})
#: Votes counted, not a poll's perception: a quick count or a recapitulation.
COUNTED = re.compile(r"\b(?:hitung[ \t]+cepat|quick[ \t]+count|real[ \t]+count|rekapitulasi"
                     r"|perolehan[ \t]+suara)\b", re.IGNORECASE)


#: A share spread over the names listed before: "Mereka masing-masing mendapat persentase 3%,
#: kecuali X yang memperoleh 4%" (group 4: the name excepted).
_EACH_SHARE = re.compile(
    rf"\b(?:Mereka|(?i:{COUNTED_GROUP_WORD}))[ \t]+masing-masing[ \t]+"
    r"(?:mendapat(?:kan)?|memperoleh|meraih)(?:[ \t]+(?:persentase|dukungan|elektabilitas))?"
    r"(?:[ \t]+(?:sebesar|sekitar))?[ \t]+" + SHARE
    + r"(?![ \t]+suara\b)(?:[ \t]*,?[ \t]*kecuali[ \t]+"
    r"([A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,3}))?")
#: The names a sentence lists after "seperti"/"yaitu"/"yakni"/"antara lain" (brackets skipped).
_LIST_LEAD = re.compile(r"\b(?:seperti|yaitu|yakni|antara[ \t]+lain|di[ \t]+antaranya)[ \t]+")
_LISTED_NAME = re.compile(r"[ \t]*(?:dan[ \t]+)?([A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,4})"
                          r"[ \t]*(?:\([^()]*\))?[ \t]*(?:,|$)")
#: A named subject's share given after "dengan persentase": "X menjadi kawasan favorit ...
#: dengan persentase 22,9%".
_WITH_SHARE = re.compile(
    r"(?<![\w-])([A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,3})[ \t]+(?:menjadi|sebagai|dinilai"
    r"|terpilih[ \t]+sebagai|dipilih[ \t]+sebagai)\b[^.;,\d]{0,80}?[ \t]+dengan[ \t]+"
    r"(?:persentase|perolehan)[ \t]+" + SHARE)


def _listed_before(text: str, sent: tuple[int, int], sent_of: SentenceOf) -> list[str]:
    """The names the sentence before ``sent`` lists ("seperti A (...), B (...), dan C (...)")."""
    if sent[0] <= 0:
        return []
    before = sent_of(sent[0] - 1)
    leads = list(_LIST_LEAD.finditer(text, *before))
    if not leads:
        return []
    names: list[str] = []
    pos = leads[-1].end()
    body = text[:before[1]].rstrip(" \t.,")
    while (m := _LISTED_NAME.match(body, pos)) is not None and m.end() > pos:
        names.append(m.group(1))
        pos = m.end()
    return names


def _each_shares(text: str, framing: Framing, sent_of: SentenceOf,
                 taken: set[int]) -> list[Candidate]:
    """A share "Mereka masing-masing mendapat N%" for each name listed before, bar the excepted."""
    out: list[Candidate] = []
    for m in _EACH_SHARE.finditer(text) if "masing-masing" in text else ():
        survey = framing(m.start(2))
        sent = sent_of(m.start(2))
        value = plain_number(m.group(2), 0, 100)
        if survey is None or m.start(1) in taken or value is None:
            continue
        names = [n for n in _listed_before(text, sent, sent_of) if n != m.group(3)]
        out += [Candidate(survey[0], value, "value", "persen", m.group(1), m.start(1), m.end(1),
                          sent, [name]) for name in names]
    return out


def contender_name(run: str, openers: frozenset[str] = NOT_NAME) -> str | None:
    """A contender's name: the run without sentence-opening words before it.

    Parameters
    ----------
    run : str
        Capitalised words read as a name.
    openers : frozenset of str
        Words that open a sentence or clause, dropped from the run's start.

    Returns
    -------
    str or None
        The name, or None when only openers remain.
    """
    words = run.split()
    while words and words[0] in openers:
        words = words[1:]
    return " ".join(words) if words else None


def contender_shares(text: str, framing: Framing, sent_of: SentenceOf,
                     taken: set[int]) -> list[Candidate]:
    """The shares a poll gives named contenders ("X mendapat persentase 13%. Y 12%").

    A share "X mendapat/memperoleh (persentase) N%" in a sentence framed by a survey is X's;
    a name followed by its share opening the next sentence continues the list. Votes ("N
    persen suara", a quick count) are counted, not a poll's result.

    Parameters
    ----------
    text : str
        The article.
    framing : callable
        ``framing(pos)``: the survey named before ``pos`` and what it rates (or ``None``).
    sent_of : callable
        ``sent_of(pos)``: the sentence holding ``pos``.
    taken : set of int
        Starts of values other rules already read (never read again).

    Returns
    -------
    list of Candidate
        One value per contender's share, in text order.
    """
    out = _each_shares(text, framing, sent_of, taken)
    for m in [*_NAMED_SHARE.finditer(text), *_WITH_SHARE.finditer(text)]:
        sent = sent_of(m.start(3))
        survey = framing(m.start(3))
        name = contender_name(m.group(1))
        if survey is None or name is None or COUNTED.search(text, *sent):
            continue
        found = [(m, name, sent)]
        if sent[1] < len(text):  # "Y 12%" opening the next sentence
            nxt = sent_of(sent[1] + 1)
            listed = _LISTED_SHARE.match(text, nxt[0], nxt[1])
            listed_name = contender_name(listed.group(1)) if listed else None
            if listed is not None and listed_name is not None:
                found.append((listed, listed_name, nxt))
        for match, who, where in found:
            value = plain_number(match.group(3), 0, 100)
            if match.start(2) in taken or value is None:
                continue
            taken.add(match.start(2))
            out.append(Candidate(survey[0], value, "value", "persen", match.group(2),
                                 match.start(2), match.end(2), where, [who]))
    return out


#: One numbered answer with its share in brackets: "1. Teknik sipil (30 persen)" (the
#: answer: a capitalised word and up to five more, any case; group 3 the share's text).
_RANKED_ANSWER = re.compile(
    r"(?:(?<=[\s,:;])|^)(\d{1,2})\.[ \t]*([A-Z][\w/&'-]*(?:[ \t]+[\w/&'-]+){0,5}?)[ \t]*"
    r"\([ \t]*" + SHARE + r"[ \t]*\)")
#: What may stand between two numbered answers: commas, semicolons and spaces.
_ANSWER_GAP = re.compile(r"[\s,;.]*")
#: How many numbered answers make a ranked list.
MIN_RANKED = 3
#: How far before a ranked list (characters) its intro sentence may start.
INTRO_WINDOW = 300
#: An intro's word that the list holds respondents' answers ("paling banyak dipilih").
_ANSWER_WORD = re.compile(r"(?i)\b(?:responden|dipilih|memilih|menjawab|jawaban|alasan)\b")
#: Money or a budget ("Rp5 juta", "anggaran", "tabungan", "harga"): a share of money is no
#: survey's answer, in a ranked list's intro (here, with a market word of
#: :data:`~beritanlp.rules.scores.cues.MARKET`) or in a share's sentence
#: (:mod:`~beritanlp.rules.scores.polled`).
MONEY_MENTION = re.compile(
    r"\bRp\.?[ \t]*\d|\bRp\b|\b(?:" + "|".join(sorted(MONEY_WORDS)) + r"|tabungan)\b",
    re.IGNORECASE)
#: The words that name a survey ("Survei Lembaga X", "jajak pendapat"), as a regex alternation.
SURVEY_WORDS = r"survei|survey|jajak[ \t]+pendapat|polling"
_SURVEY_WORD = re.compile(rf"\b(?:{SURVEY_WORDS})\b", re.IGNORECASE)


def ranked_answers(text: str, framing: Framing, sent_of: SentenceOf,
                   taken: set[int]) -> list[Candidate]:
    """A survey's answers ranked in a numbered list: each one's share and rank.

    "Jurusan yang paling banyak dipilih:,1. Teknik sipil (30 persen),2. Ilmu gizi
    (22 persen),3. Sastra daerah (14 persen)": the answer numbered N holds rank N and its
    share. Read only where at least :data:`MIN_RANKED` answers numbered 1, 2, 3 ... follow
    each other with nothing but separators between them, their shares never rise (a ranking
    by share, not a breakdown), a survey framing the first is named before the list, and the
    list's own intro is the survey's (:func:`_survey_intro`): a survey named paragraphs before an
    unrelated list of shares (a budget, rates, discounts) frames none of it.

    Parameters
    ----------
    text : str
        The article.
    framing : Framing
        The survey framing a share at a position, or ``None``.
    sent_of : SentenceOf
        The sentence span of a position.
    taken : set of int
        Starts of numbers other rules took.

    Returns
    -------
    list of Candidate
        A value (the share) and a rank (the list number) per answer, subject the answer.
    """
    if "persen" not in text and "%" not in text:
        return []
    out: list[Candidate] = []
    for run in _answer_runs(text):
        survey = framing(run[0].start())
        read = [plain_number(m.group(4), 0, 100) for m in run]
        shares = [v for v in read if v is not None]
        if survey is None or len(shares) != len(run) \
                or any(b > a for a, b in zip(shares, shares[1:], strict=False)) \
                or any(m.start(3) in taken or m.start(1) in taken for m in run) \
                or not _survey_intro(text, run[0].start(), survey[0], sent_of):
            continue
        for m, value in zip(run, shares, strict=True):
            name = [" ".join(m.group(2).split())]
            sent = sent_of(m.start(1))
            out.append(Candidate(survey[0], int(m.group(1)), "rank", None, m.group(1),
                                 m.start(1), m.end(1), sent, name))
            out.append(Candidate(survey[0], value, "value", "persen", m.group(3),
                                 m.start(3), m.end(3), sent, name))
    return out


def _survey_intro(text: str, pos: int, survey: Metric, sent_of: SentenceOf) -> bool:
    """Whether the sentence before a list at ``pos`` introduces the survey's answers.

    It names the survey (or a survey) or an answer word ("responden", "dipilih"), and no
    money, budget or market (:data:`MONEY_MENTION`).

    Parameters
    ----------
    text : str
        The article.
    pos : int
        Where the list's first item starts.
    survey : Metric
        The survey framing the list.
    sent_of : SentenceOf
        The sentence span of a position.

    Returns
    -------
    bool
        True when the list's intro is the survey's.
    """
    lo = max(0, pos - INTRO_WINDOW)
    stop = lo + len(text[lo:pos].rstrip(" \t\n,;:"))  # the separators before "1."
    start = max(lo, sent_of(stop - 1)[0]) if stop > lo else lo
    intro = text[start:pos]
    if MONEY_MENTION.search(intro) or any(m.group().casefold() != "konsumen"
                                         for m in MARKET.finditer(intro)):
        return False  # "konsumen" alone is no market: consumers are whom a poll asks
    return start <= survey.start < pos or survey.name.casefold() in intro.casefold() \
        or _SURVEY_WORD.search(intro) is not None \
        or _ANSWER_WORD.search(intro) is not None


def _answer_runs(text: str) -> list[list[re.Match[str]]]:
    """Runs of numbered answers 1, 2, 3 ... that follow each other, at least MIN_RANKED long."""
    runs: list[list[re.Match[str]]] = []
    run: list[re.Match[str]] = []
    for m in _RANKED_ANSWER.finditer(text):
        if run and int(m.group(1)) == int(run[-1].group(1)) + 1 \
                and _ANSWER_GAP.fullmatch(text, run[-1].end(), m.start()):
            run.append(m)
            continue
        if len(run) >= MIN_RANKED:
            runs.append(run)
        run = [m] if m.group(1) == "1" else []
    if len(run) >= MIN_RANKED:
        runs.append(run)
    return runs
