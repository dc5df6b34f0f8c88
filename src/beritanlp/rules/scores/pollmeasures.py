"""Poll measures: the electability, popularity or approval a poll gives named subjects.

"Survei X menunjukkan elektabilitas A mencapai 45,2 persen, sementara B 28,1 persen":
GUIDELINE.md counts "survey percentages that are the survey's result". The score is each
subject's standing on what the poll measures, so the metric is the measure as written
("elektabilitas", "tingkat kepuasan publik"; an acronym defined right after it), never the
survey's name, and the subject is the candidate, pair, party or institution it is of.

A measure (``lexicons/data/poll_measures.txt``) takes its subject after it ("elektabilitas
Prabowo", "tingkat kepuasan publik terhadap kinerja pemerintah") or before it ("pasangan A-B
unggul dengan elektabilitas", "Partai X meraih elektabilitas") and its share in the same clause
("mencapai 45,2 persen"; "naik 3 persen menjadi 18 persen": a change, then a value). The
subjects listed after a share take their own shares ("B 28,1 persen, dan C 10 persen",
"disusul B dengan 28,1 persen", "di atas C yang bertengger di 49 persen"), also in the next
sentence when it goes on with the list ("Sementara B 28,1 persen."). Only shares count
("persen", "%"): a share of votes ("persen suara"), of respondents or of seats is none, and a
sentence counting votes (a quick count, a recapitulation) gives nothing. A measure with no named
subject gives nothing. Pure: the measure words are passed in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from beritanlp.lexicons.words import word_list
from beritanlp.rules.scores.answers import COUNTED, NOT_NAME, SHARE, contender_name
from beritanlp.rules.scores.cues import MONTH_NAMES
from beritanlp.rules.scores.model import Candidate, Metric, SentenceOf
from beritanlp.rules.scores.values import kind_for
from beritanlp.text.numbers import plain_number
from beritanlp.text.word_start import lowered_haystack

#: A subject's name: up to six capitalised words or acronyms ("Prabowo-Gibran", "PDI-P").
_NAME = r"[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,5}"
#: A pair's name with a spaced dash: "Rudi Hartono – Sinta Maharani" (after a measure or in a
#: list; "X - " before a measure may be a dateline).
_PAIR = _NAME + r"(?:[ \t]*[-–][ \t]*" + _NAME + r")?"
#: Lower-case words naming the kind of subject before its name ("pasangan A-B"); also openers
#: of a sentence ("Pasangan A-B"), no part of the name.
_ROLE_WORDS = ("pasangan", "paslon", "calon", "capres", "cawapres", "cagub", "cawagub", "cabup",
               "cawabup", "cawalkot", "kandidat", "tokoh", "sosok", "figur", "petahana")
#: A role before a subject's name: the role words, "bakal calon" and "partai" ("partai X";
#: "Partai X" opening a sentence is the name).
_ROLE = "(?:" + "|".join((*_ROLE_WORDS, "partai", r"bakal[ \t]+calon")) + ")"
#: An institution judged, in lower case: "terhadap kinerja pemerintah (pusat)".
_GOVERNMENT = r"pemerintah(?:an)?(?:[ \t]+(?:pusat|daerah))?(?:[ \t]+" + _NAME + r")?"
#: What leads from a measure to the institution it judges: "terhadap kinerja umum".
_JUDGED_LEAD = (r"(?:[ \t]+(?:terhadap|atas|kepada|pada)(?:[ \t]+(?:kinerja|layanan|pelayanan))?"
                r"(?:[ \t]+(?:umum|keseluruhan))?)")
#: Who holds a measure's top: "elektabilitas tertinggi diraih (oleh)".
_HELD_BY = (r"(?:[ \t]+(?:tertinggi|teratas|terbesar|terendah|terkecil))?[ \t]+(?:masih[ \t]+)?"
            r"(?:diraih|dimiliki|dipegang|ditempati|dikantongi|diperoleh)(?:[ \t]+oleh)?")
#: The subject after a measure (group 1): "elektabilitas Prabowo", "kepuasan terhadap X".
_SUBJECT_AFTER = re.compile(
    r"(?:[ \t]*\([A-Z][A-Za-z]{1,7}\))?(?:(?P<judged>" + _JUDGED_LEAD + ")|" + _HELD_BY
    + r")?(?:[ \t]+" + _ROLE + r")?[ \t]+(?P<subject>" + _PAIR + "|" + _GOVERNMENT + r")")
#: After a name right after a measure, what it feels about: "kepuasan Bupati X atas capaian
#: program" (the Bupati is satisfied, not judged; the judged one follows, if named).
_FEELS_ABOUT = re.compile(r"[ \t]+(?:atas|terhadap|kepada|akan)\b")
#: The one judged after the one who feels: "... terhadap kinerja Pemerintah Kota X".
_JUDGED_NEXT = re.compile(_JUDGED_LEAD + r"[ \t]+(" + _PAIR + "|" + _GOVERNMENT + r")")
#: Words between a subject and the verb giving it a measure that make the subject another
#: noun ("Survei X menyebut partai itu meraih ..."): reporting verbs, demonstratives.
_NOT_BETWEEN = (r"(?!(?:itu|ini|tersebut|menyebut(?:kan)?|menunjukkan|mencatat|merilis"
                r"|mengungkap(?:kan)?|memaparkan|melaporkan|menemukan|menilai|kata|ujar)\b)")
#: The subject before a measure (group 1): "A-B unggul dengan", "Partai X yang meraih",
#: "X menempati posisi teratas dengan", "Partai X, yang dipimpin Y, meraih".
_SUBJECT_BEFORE = re.compile(
    r"(" + _NAME + r")(?:[ \t]*,[ \t]*yang[ \t][^,.;:\n]{1,60},)?"
    r"(?:[ \t]+" + _NOT_BETWEEN + r"[a-z][\w-]*){0,4}?[ \t]+"
    r"(?:mendapat(?:kan)?|memperoleh|meraih|meraup|mengantongi|memiliki|punya|dengan)[ \t]+$")
#: Words between a subject and its share that end the clause or make the share no result.
_GAP_STOP = (r"(?!(?:sementara|sedangkan|namun|tetapi|tapi|disusul|diikuti|ambang|batas|minimal"
             r"|minimum|sedikitnya|setidaknya|target|responden|suara|kursi|margin|karena|sebab"
             r"|akibat|jika|bila|kalau|agar|supaya|sehingga|bahwa|kata|ujar|ucap|ungkap|unggul|selisih"
             r"|terpaut|kalah|tertinggal|jarak|beda|lebih)\b)")
#: The words between a subject (or its measure) and its share: lower-case words, a comma, a
#: month and year ("pada Juni 2023"), a place ("di Jawa Barat"), the source set off by commas
#: (", menurut survei X,") or named as a survey ("menurut survei LSI Nusa").
_GAP = (r"(?:[ \t]+" + _GAP_STOP + r"[a-z][\w-]*|[ \t]*,|[ \t]+(?:[A-Z][a-z]+[ \t]+)?"
        r"(?:19|20)\d\d|[ \t]*,[ \t]*(?:menurut|berdasarkan|dalam)[ \t]+[^,.;:\d\n]{1,60},"
        r"|[ \t]+di[ \t]+" + _NAME + r"|[ \t]+(?:menurut|berdasarkan)[ \t]+(?:hasil[ \t]+)?"
        r"(?:survei|survey|jajak[ \t]+pendapat|riset|polling)[ \t]+" + _NAME + r")"
        r"{0,6}?")
#: A share after the gap, also in brackets ("Prabowo (45,2 persen)").
_SHARE_AFTER_GAP = re.compile(_GAP + r"(?:[ \t]+|[ \t]*\([ \t]*)" + SHARE)
#: A further share of the same subject: "naik 3 persen menjadi 18 persen", "72 persen, turun
#: dari 80 persen", "dari 8 persen pada Januari 2024 menjadi 12 persen".
_MORE = re.compile(r"(?:[ \t]+(?:pada|per)[ \t]+(?:bulan[ \t]+|tahun[ \t]+)?(?:[A-Z][a-z]+"
                   r"(?:[ \t]+(?:19|20)\d\d)?|(?:19|20)\d\d))?"
                   r"[ \t]*,?[ \t]+(?:(?:menjadi|jadi|ke|angka|dari|hanya|naik|turun|meningkat"
                   r"|menurun|merosot|anjlok|melonjak|sebelumnya)[ \t]+){1,3}" + SHARE)
#: What may lead to a subject listed after a share.
_LIST_LEAD = (r"(?:dan|serta|sementara(?:[ \t]+itu)?|sedangkan|disusul(?:[ \t]+oleh)?"
              r"|diikuti(?:[ \t]+oleh)?|kemudian|lalu|lantas|selanjutnya|di[ \t]+atas"
              r"|di[ \t]+bawah(?:nya)?|mengungguli|mengalahkan|ketimbang|dibanding(?:kan)?"
              r"(?:[ \t]+dengan)?|daripada|di[ \t]+(?:posisi|urutan|peringkat)[ \t]+[a-z]+)")
#: What may stand between a listed subject and its share: "dengan", "yang bertengger di".
_LIST_LINK = (r"(?:(?:yang|dengan|sebesar|hanya|mendapat(?:kan)?|memperoleh|meraih"
              r"|mengantongi|bertengger|berada|di|angka|sekitar|mencapai)[ \t]+|:[ \t]*){0,4}")
#: A subject listed after a share with its own share (group 1 the name).
_LISTED = re.compile(
    r"[ \t]*\)?[ \t]*[,;]?[ \t]*(?i:" + _LIST_LEAD + r"[ \t]*,?[ \t]+)*(?:" + _ROLE + r"[ \t]+)?("
    + _PAIR + r")(?:[ \t]*,?[ \t]+" + _LIST_LINK + r"|[ \t]*\([ \t]*)" + SHARE)
#: A share as text only (no groups), for lists of shares.
_PLAIN_SHARE = r"\d{1,3}(?:,\d{1,2})?[ \t]*(?:persen|%)"
#: Names listed after a measure with their shares in turn: "elektabilitas A, B, dan C
#: masing-masing 40 persen, 30 persen, dan 10 persen" (group 1 the names, 2 the shares).
_RESPECTIVE = re.compile(
    r"(?:[ \t]+" + _ROLE + r")?[ \t]+(" + _NAME + r"(?:[ \t]*,[ \t]*(?:dan[ \t]+)?" + _NAME
    + r"|[ \t]+dan[ \t]+" + _NAME + r")+)[ \t]*,?[ \t]+(?:masing-masing|berturut-turut)[ \t]+"
    r"(?:(?:sebesar|mencapai|yakni|yaitu)[ \t]+)?(" + _PLAIN_SHARE + r"(?:[ \t]*,?[ \t]*"
    r"(?:dan[ \t]+)?" + _PLAIN_SHARE + r")+)")
_NAME_SEPARATOR = re.compile(r"[ \t]*,[ \t]*(?:dan[ \t]+)?|[ \t]+dan[ \t]+")
_SHARE_RE = re.compile(SHARE)
#: A sentence going on with a list: "Sementara B 28,1 persen", "Di posisi kedua, B ..."
#: ("Sementara itu, ..." turns to another topic).
_GOES_ON = re.compile(r"\W{0,4}(?:Sementara(?![ \t]+itu\b)|Sedangkan|Disusul|Diikuti|Kemudian|Lalu"
                      r"|Selanjutnya|Di[ \t]+(?:posisi|urutan|peringkat|bawah))\b")
#: Shares that are no poll result: votes, respondents, seats, a gap ("30 persen lebih tinggi").
_NOT_SHARE_AFTER = re.compile(r"[ \t]+(?:suara|responden|pemilih|kursi|sampel|lebih[ \t]+"
                              r"(?:tinggi|rendah|besar|kecil|banyak|sedikit|unggul|baik|buruk))\b",
                              re.IGNORECASE)
#: A survey's name holding the measure ("survei elektabilitas"): no subject's share of its own.
_SURVEY_BEFORE = re.compile(r"\b(?:surve[iy]|jajak[ \t]+pendapat|polling)[ \t]+$",
                            re.IGNORECASE)
#: A verb acting on the measure: "membantu meningkatkan kepercayaan masyarakat hingga 87%"
#: claims an effect, it reports no poll's result.
_ACTED_ON = re.compile(r"\b(?:meningkatkan|menaikkan|mendongkrak|menjaga|membangun"
                       r"|mengembalikan|memulihkan|menurunkan|menggerus)[ \t]+$", re.IGNORECASE)
#: Capitalised words that start a sentence or a clause, not a name: the contenders' openers
#: (answers.NOT_NAME), a few more, and the role words opening a sentence ("Pasangan A-B").
_OPENERS = (NOT_NAME | {"Menurut", "Berdasarkan", "Dari", "Bahkan", "Sebelumnya", "Dengan", "Untuk",
                        "Jika", "Bila"}
            | set(_ROLE_WORDS) | {w.capitalize() for w in _ROLE_WORDS})
#: Prepositions: a run they open is a place, a time or a source, never a subject ("Di Jawa
#: Timur dengan elektabilitas 40 persen, A unggul").
_PREPOSITIONS = frozenset({"Di", "Pada", "Dari", "Ke", "Dalam", "Menurut", "Berdasarkan", "Untuk",
                           "Dengan", "Bagi", "Oleh"})
#: Full month names ("Juni 2023" opens no name; a short form like "Agus" is a name).
_MONTHS = frozenset(MONTH_NAMES)
#: How far back (characters) a subject before its measure may start.
BEFORE_REACH = 120


@cache
def default_poll_measures() -> tuple[str, ...]:
    """The packaged measure words (``lexicons/data/poll_measures.txt``)."""
    return word_list("poll_measures")


@cache
def default_poll_not_subjects() -> frozenset[str]:
    """The packaged never-subjects (``lexicons/data/poll_not_subjects.txt``), lower case."""
    return frozenset(word_list("poll_not_subjects"))


#: A sentence's words long enough to tell a title-cased headline.
_LONG_WORD = re.compile(r"[A-Za-z][\w'-]{3,}")


def _title_cased(sentence: str) -> bool:
    """A headline in title case ("Survei X: Elektabilitas A Capai 40%"): names have no ends.

    Every word of four letters or more is capitalised, and there are four or more of them.
    """
    words = _LONG_WORD.findall(sentence)
    return len(words) >= 4 and all(w[0].isupper() for w in words)


@cache
def _measure_pattern(measures: tuple[str, ...]) -> re.Pattern[str]:
    words = sorted(measures, key=len, reverse=True)
    alternation = "|".join(r"[ \t]+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"(?<![\w-])(?:(?:tingkat|indeks)[ \t]+)?(?:{alternation})(?![\w-])",
                      re.IGNORECASE)


def _name(run: str, not_subjects: frozenset[str]) -> str | None:
    """A subject's name: the run without openers before it and a full stop after it.

    A run a preposition opens, a month alone ("pada Juni 2023") or a name whose first word is
    in ``not_subjects`` ("MoE", "Golput") names nobody.
    """
    if run.split(maxsplit=1)[0] in _PREPOSITIONS:
        return None
    name = contender_name(run.rstrip("."), _OPENERS)
    if name is None or name.casefold() in _MONTHS or name.split()[0].casefold() in not_subjects:
        return None
    return name


def _share(text: str, m: re.Match[str], group: int) -> float | int | None:
    """The share a match's ``group`` holds (0 to 100), unless it is of votes or people."""
    if _NOT_SHARE_AFTER.match(text, m.end(group)):
        return None
    return plain_number(m.group(group + 1), 0, 100)


class _Reader:
    """The poll-measure shares of one text: shares read so far and the candidates made of them."""

    def __init__(self, text: str, sent_of: SentenceOf, taken: set[int],
                 not_subjects: frozenset[str]) -> None:
        self.text = text
        self.sent_of = sent_of
        self.taken = taken
        self.not_subjects = not_subjects
        self.out: list[Candidate] = []

    def name(self, run: str) -> str | None:
        """The subject a run of capitalised words names (None: nobody)."""
        return _name(run, self.not_subjects)

    def subject_of(self, m: re.Match[str], sent: tuple[int, int]) -> tuple[str | None, int]:
        """The subject of the measure in ``m`` and where its share may start.

        After the measure when a share follows ("elektabilitas A ... 40 persen"; not who
        feels: "kepuasan Bupati X atas ..."), else before it ("A meraih elektabilitas").
        """
        text = self.text
        after = _SUBJECT_AFTER.match(text, m.end(), sent[1])
        subject = self.name(after.group("subject")) if after is not None else None
        pos = after.end() if after is not None and subject is not None else m.end()
        if after is not None and after.group("judged") is None \
                and _FEELS_ABOUT.match(text, pos) is not None:
            judged = _JUDGED_NEXT.match(text, pos, sent[1])  # "... terhadap kinerja X"
            subject = self.name(judged.group(1)) if judged is not None else None
            pos = judged.end() if judged is not None else pos
            if subject is None:
                return None, pos
        if subject is None or _SHARE_AFTER_GAP.match(text, pos, sent[1]) is None:
            before = _SUBJECT_BEFORE.search(text, max(sent[0], m.start() - BEFORE_REACH),
                                            m.start())
            return (self.name(before.group(1)) if before is not None else None), m.end()
        return subject, pos

    def add(self, metric: Metric, m: re.Match[str], group: int, seg_start: int,
            subject: str) -> bool:
        """A candidate of the share in ``m``'s ``group`` for ``subject`` (False: none)."""
        start = m.start(group)
        value = _share(self.text, m, group)
        sent = self.sent_of(start)
        if value is None or start in self.taken:
            return False
        kind = kind_for(self.text, seg_start, start, max(sent[0], start - 300))
        if kind not in ("value", "change"):
            return False
        self.taken.add(start)
        self.out.append(Candidate(metric, value, kind, "persen", m.group(group), start,
                                  m.end(group), sent, [subject]))
        return True

    def shares_of(self, metric: Metric, subject: str, pos: int, seg_start: int) -> int | None:
        """The shares of ``subject`` from ``pos`` on; the end of the last (None: none)."""
        m = _SHARE_AFTER_GAP.match(self.text, pos, self.sent_of(pos)[1])
        if m is None or not self.add(metric, m, 1, seg_start, subject):
            return None
        end = m.end(1)
        while (more := _MORE.match(self.text, end, self.sent_of(end)[1])) is not None \
                and self.add(metric, more, 1, end, subject):
            end = more.end(1)
        return end

    def respective(self, metric: Metric, pos: int, sent: tuple[int, int]) -> bool:
        """Names after a measure ending at ``pos`` with their shares in turn (True: read)."""
        m = _RESPECTIVE.match(self.text, pos, sent[1])
        if m is None:
            return False
        runs = _NAME_SEPARATOR.split(m.group(1))
        names: list[str] = [n for n in map(self.name, runs) if n is not None]
        shares = list(_SHARE_RE.finditer(self.text, m.start(2), m.end(2)))
        if len(names) != len(runs) or len(names) != len(shares):
            return False
        seg_start = m.start(2)
        for name, share in zip(names, shares, strict=True):
            self.add(metric, share, 1, seg_start, name)
            seg_start = share.end(1)
        return True

    def listed(self, metric: Metric, end: int) -> None:
        """The subjects listed after a share ending at ``end``, each with its share."""
        sent = self.sent_of(end - 1)
        while True:
            m = _LISTED.match(self.text, end, sent[1])
            if m is None and end >= sent[1] - 2 and sent[1] < len(self.text):
                nxt = self.sent_of(sent[1] + 1)  # "Sementara B 28,1 persen."
                if _GOES_ON.match(self.text, nxt[0]) and not COUNTED.search(self.text, *nxt):
                    sent = nxt
                    m = _LISTED.match(self.text, nxt[0], nxt[1])
            name = self.name(m.group(1)) if m is not None else None
            if m is None or name is None or not self.add(metric, m, 2, m.start(1), name):
                return
            end = m.end(2)


def measure_candidates(text: str, sent_of: SentenceOf, taken: set[int], measures: Sequence[str],
                       not_subjects: frozenset[str] = frozenset()) -> list[Candidate]:
    """The poll-measure shares of ``text``: one per subject a poll measure names, in text order.

    Parameters
    ----------
    text : str
        The article.
    sent_of : callable
        ``sent_of(pos)``: the sentence holding ``pos``.
    taken : set of int
        Starts of values already read as poll-measure shares (never read again; updated).
    measures : sequence of str
        The measure words (:func:`default_poll_measures`).
    not_subjects : frozenset of str
        Lower-case first words of what is never a subject ("moe", "golput";
        :func:`default_poll_not_subjects`).

    Returns
    -------
    list of Candidate
        Values and changes, each with its subject.
    """
    reader = _Reader(text, sent_of, taken, not_subjects)
    for m in _measure_pattern(tuple(measures)).finditer(text):
        sent = sent_of(m.start())
        lead = max(sent[0], m.start() - 20)
        if _SURVEY_BEFORE.search(text, lead, m.start()) or _ACTED_ON.search(text, lead, m.start()) \
                or COUNTED.search(text, *sent) or _title_cased(text[sent[0]:sent[1]]):
            continue
        metric = _metric(text, m)
        if reader.respective(metric, m.end(), sent):
            continue
        subject, pos = reader.subject_of(m, sent)
        if subject is None:
            continue
        end = reader.shares_of(metric, subject, pos, m.end())
        if end is not None:
            reader.listed(metric, end)
    return sorted(reader.out, key=lambda c: c.start)


#: An acronym defined right after a measure: "indeks kepuasan masyarakat (IKM)".
_DEFINED = re.compile(r"[ \t]*\(([A-Z][A-Za-z]{1,7})\)")


def _metric(text: str, m: re.Match[str]) -> Metric:
    """The metric of a measure match: as written, or the acronym it defines."""
    defined = _DEFINED.match(text, m.end())
    name = defined.group(1) if defined is not None else m.group()
    return Metric(name, m.start(), m.end(), None)


def may_state_poll_measures(text: str, measures: Sequence[str]) -> bool:
    """A cheap test: ``text`` holds a share and a measure word (its last word, any case).

    Parameters
    ----------
    text : str
        The article.
    measures : sequence of str
        The measure words (:func:`default_poll_measures`).

    Returns
    -------
    bool
        False when ``text`` can hold no poll measure's share.
    """
    if "persen" not in text and "%" not in text:
        return False
    low = lowered_haystack(text)
    if low is not None and not any(w.split()[-1].lower() in low for w in measures):
        return False  # every measure's match holds its last word
    return _measure_pattern(tuple(measures)).search(text) is not None


def with_poll_measures(text: str, candidates: list[Candidate], sent_of: SentenceOf,
                       measures: Sequence[str],
                       not_subjects: frozenset[str] = frozenset()) -> list[Candidate]:
    """``candidates`` with the poll-measure shares of ``text``, winning at their starts.

    A share another rule gave to a survey's name ("Survei X": metric the survey, subject
    none) or to a contender is the measure's; a value of a metric the lexicon knows named in
    the same sentence stays that metric's.

    Parameters
    ----------
    text : str
        The article.
    candidates : list of Candidate
        The values other rules read.
    sent_of : callable
        ``sent_of(pos)``: the sentence holding ``pos``.
    measures : sequence of str
        The measure words (:func:`default_poll_measures`).
    not_subjects : frozenset of str
        Lower-case first words of what is never a subject (:func:`default_poll_not_subjects`).

    Returns
    -------
    list of Candidate
        ``candidates`` less those at a measured share's start, with the measured shares, in
        text order.
    """
    if not may_state_poll_measures(text, measures):
        return candidates
    found = measure_candidates(text, sent_of, set(), measures, not_subjects)
    if not found:
        return candidates
    starts = {c.start for c in found}
    kept_starts = {c.start for c in candidates if c.start in starts and c.metric.rule is not None
                   and c.sentence[0] <= c.metric.start < c.sentence[1]}
    kept = [c for c in candidates if c.start not in starts or c.start in kept_starts]
    return sorted([*kept, *(c for c in found if c.start not in kept_starts)],
                  key=lambda c: c.start)
