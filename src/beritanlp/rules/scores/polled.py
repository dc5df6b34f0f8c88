"""Opinion poll results: the shares a named survey reports.

"Sebanyak 61,8 persen responden mendukung usul itu. Sisanya 31,2 persen menolak dan 7
persen tidak tahu": GUIDELINE.md counts "survey percentages that are the survey's result". A
share is read only when it is a share of respondents ("N persen responden") with their answer,
a share of the people asked judging a named subject ("87 persen konsumen menilai X ..."), or an
answer's share ("N persen tidak setuju") in such a share's sentence or the one right after it;
the average such a share is compared with ("rata-rata industri (39 persen)") is kind average.
Answer distributions and contenders' shares are read by :mod:`~beritanlp.rules.scores.answers`.
The metric is the survey that frames the share (:class:`Polls`: named last before it, a topic
or title name first, see :mod:`~beritanlp.rules.scores.pollnames`). Without a named survey a
share is nobody's score. Every substantive answer is a result (agreeing and disagreeing alike);
a non-response ("tidak tahu", "tidak menjawab") is none; a share of money or prices is none.

The subject is the item the respondents judged, never "responden": the object of the answer
("setuju bahwa jam sekolah dikurangi", "menyetujui rencana X", "puas dengan layanan X"), else
the item the sentence opens with ("Soal rencana X, sebanyak N persen responden setuju"), else
what the survey rates ("survei kepuasan terhadap X"), else the item of the share before it
("Sisanya 30 persen tidak setuju"). Pure: the metrics found so far are passed in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from beritanlp.rules.scores.answers import (
    MONEY_MENTION,
    SHARE,
    SURVEY_WORDS,
    answer_shares,
    contender_shares,
    ranked_answers,
)
from beritanlp.rules.scores.cues import MARKET
from beritanlp.rules.scores.model import Candidate, Metric, SentenceOf, between
from beritanlp.rules.scores.pollnames import PollName, poll_names
from beritanlp.text.headline import short_headline_end
from beritanlp.text.numbers import plain_number

#: An answer's verb: "setuju", "tidak puas", "menilai", "memilih".
_VERB = (r"(?:(?:tidak|tak|kurang|sangat)[ \t]+)?(?:setuju|tahu|menjawab|puas|mendukung|menolak"
         r"|yakin|percaya|sepakat|memilih|khawatir|menilai|menganggap|menyatakan|mengaku"
         r"|menyetujui|menginginkan|menghendaki|ingin|optimistis|pesimistis|ragu)\b")
#: "61,8 persen responden setuju", "40,5 persen dari seluruh responden menilai": a share of
#: respondents with their answer (up to three words between, "responden di Jawa setuju").
_RESPONDENTS = re.compile(
    SHARE + r"[ \t]+(?:dari[ \t]+(?:total[ \t]+|seluruh[ \t]+|jumlah[ \t]+)?)?responden\b"
    r"(?:[ \t]+[\w.-]+){0,3}?[ \t]+" + _VERB,
    re.IGNORECASE)
#: The people a poll asks, besides "responden": "84 persen konsumen menilai ...".
_PUBLIC = (r"(?:konsumen|masyarakat|publik|warga|warganet|netizen|pengguna|pelanggan|pemilih"
           r"|penumpang|pengunjung)")
#: A verb of judging something: "menilai", "menganggap", "setuju", "puas" (not "memilih":
#: "45 persen pengguna memilih belanja daring" tells a habit).
_JUDGING = (r"(?:(?:tidak|tak|kurang|sangat)[ \t]+)?(?:menilai|menganggap|menyebut|setuju"
            r"|menyetujui|mendukung|menolak|puas)\b")
#: "87 persen konsumen urban menilai X ...", "84% masyarakat yang memakai X menganggap Y ...":
#: a share of the people asked who judge an item (a relative clause may come between; "30
#: persen warga yang tidak setuju" counts a group, it is no clause judging an item).
_PUBLIC_JUDGING = re.compile(
    SHARE + r"[ \t]+(?:dari[ \t]+)?" + _PUBLIC + r"\b(?:[ \t]+(?!yang\b)[a-z][\w-]*){0,2}?"
    r"(?:[ \t]+yang(?![ \t]+" + _JUDGING + r")(?:[ \t]+[\w/-]+){1,10}?)?[ \t]+" + _JUDGING,
    re.IGNORECASE)
#: The passive of :data:`_PUBLIC_JUDGING`: "X dianggap cepat oleh 64 persen penumpang", "Layanan
#: X pun dinilai murah oleh 58% pelanggan". Group ``item``: the clause before the verb (from
#: its start: a sentence start, a comma, "bahwa"), the item judged; the share is right after
#: "oleh" and the people asked right after it ("oleh 61% dan 55% pelanggan", two shares of two
#: items, is not read).
_PUBLIC_JUDGED = re.compile(
    r"(?:^|[.!?,;:\n]|\bbahwa\b)[ \t]*(?P<item>(?:[\w/&.'-]+[ \t]+){0,5}?[\w/&.'-]+)"
    r"(?:[ \t]+(?:juga|pun|bahkan|pula))?[ \t]+(?:dinilai|dianggap|disebut)\b"
    r"[^.;:!?\n]{1,100}?[ \t]oleh[ \t]+(?:(?:sekitar|sebanyak|hampir)[ \t]+)?" + SHARE
    + r"[ \t]+(?:dari[ \t]+)?(?:responden|" + _PUBLIC + r")\b", re.IGNORECASE | re.MULTILINE)
#: "12 persen kurang setuju", "7 persen tak tahu", "15 persen menyatakan puas".
_ANSWER = re.compile(
    SHARE + r"[ \t]+(?:(?:lainnya|sisanya|yang|menyatakan|mengaku|menjawab)[ \t]+)?"
    + _VERB, re.IGNORECASE)
#: A non-response: "7 persen tidak tahu", "3,9 persen tidak menjawab" (no result).
_NON_RESPONSE = re.compile(r"(?:(?:tidak|tak)[ \t]+)?(?:tahu|menjawab)$", re.IGNORECASE)
#: An answer word right after a reporting verb: "menyatakan setuju", "mengaku puas".
_ANSWER_WORD = re.compile(r"[ \t]+" + _VERB, re.IGNORECASE)
#: What leads from an answer to its object: "setuju bahwa ...", "puas dengan ...".
_OBJECT_LEAD = re.compile(r"[ \t]+(?:(?:bahwa|dengan|terhadap|atas|pada|kepada|akan|soal"
                          r"|jika|agar)[ \t]+)?", re.IGNORECASE)
#: Where an answer's object ends: punctuation, quotes, or the next share ("dan 12 persen").
_ITEM_END = re.compile(r"[,.;:!?\"“”()\n]|[ \t](?:(?:sedangkan|sementara|sisanya|namun|tetapi)\b"
                       r"|dan[ \t]+(?:sebanyak[ \t]+)?\d)", re.IGNORECASE)
#: The item a sentence opens with, right before its share: "Soal rencana X, sebanyak N persen".
_ITEM_BEFORE = re.compile(r"\b(?:dengan|soal|terkait|mengenai|tentang|untuk)[ \t]+"
                          r"([^,.;:\d]{3,80}?)[ \t]*,[ \t]*(?:(?:sebanyak|ada|hanya)[ \t]+)?$",
                          re.IGNORECASE)
#: Words that make no item by themselves ("itu", "hal tersebut").
_NO_ITEM = frozenset({"itu", "ini", "tersebut", "hal", "hal itu", "hal ini", "hal tersebut",
                      "mereka", "dia", "ia", "kami", "kita"})
#: Words that start no item ("dan 12 persen ...", "yang lain").
_NOT_FIRST = frozenset({"dan", "atau", "serta", "yang", "sedangkan", "sementara", "namun"})
#: How many words an item holds at most (a longer object is a clause, not an item).
MAX_ITEM_WORDS = 10
#: A survey's name as a metric: "Survei Lembaga X", "Survey X", "Jajak Pendapat X".
_SURVEY_NAME = re.compile(rf"^(?:{SURVEY_WORDS})\b", re.IGNORECASE)
#: A headline's "Survei Terbaru", "Survei Global Terbaru": no survey's name.
_NO_NAME = re.compile(r"^\S+(?:[ \t]+(?:global|nasional|internasional|dunia|online|daring))?"
                      r"[ \t]+(?:terbaru|terkini|baru|ini|itu|tersebut)$", re.IGNORECASE)
#: How far back (characters) a survey named before still frames a share.
SURVEY_REACH = 3000


def _about_money(text: str, sent: tuple[int, int]) -> bool:
    """Whether the sentence ``sent`` talks of money, prices or a market.

    "konsumen" alone is no market here: consumers are the people a poll asks.

    Parameters
    ----------
    text : str
        The article.
    sent : tuple of int
        The sentence's start and end.

    Returns
    -------
    bool
        True when its shares are of money or a market, not of a poll's answers.
    """
    return MONEY_MENTION.search(text, *sent) is not None or any(
        m.group().casefold() != "konsumen" for m in MARKET.finditer(text, *sent))


class Polls:
    """The surveys a text names, and which one frames a share (the one named last before it).

    A survey named by its topic or title (:mod:`~beritanlp.rules.scores.pollnames`) wins over
    a capitalised survey name found by the metric rules, which wins over a maker's name.

    Parameters
    ----------
    metrics : sequence of Metric
        The metrics found so far, sorted by start.
    names : list of PollName
        The poll names of the text, sorted by start.
    """

    def __init__(self, metrics: Sequence[Metric], names: list[PollName]) -> None:
        self.metrics = metrics
        self.specific = [p for p in names if p.specific]
        self.makers = [p for p in names if not p.specific]

    def before(self, pos: int) -> tuple[Metric, str | None] | None:
        """The survey framing a share at ``pos`` and what it rates (within the reach)."""
        lo = max(0, pos - SURVEY_REACH)
        specific = [p for p in self.specific if lo <= p.metric.start < pos]
        if specific:
            return specific[-1].metric, specific[-1].rated
        named = [m for m in between(self.metrics, lo, pos)
                 if _SURVEY_NAME.match(m.name) and not _NO_NAME.match(m.name)]
        if named:
            return named[-1], None
        makers = [p for p in self.makers if lo <= p.metric.start < pos]
        return (makers[-1].metric, None) if makers else None


def _share(text: str, m: re.Match[str], metric: Metric, sent: tuple[int, int],
           subject: str | None) -> Candidate | None:
    """The share ``m`` reads as a value of the survey ``metric``.

    Parameters
    ----------
    text : str
        The article.
    m : re.Match
        A share's match (group 1 the share with its unit, group 2 the number).
    metric : Metric
        The survey named before it.
    sent : tuple of int
        The span (sentence) the share was read in.
    subject : str or None
        The item the share judged ("rencana X"), if one is named.

    Returns
    -------
    Candidate or None
        The candidate, or ``None`` when the number is no share (outside 0-100).
    """
    value = plain_number(m.group(2), 0, 100)
    if value is None:
        return None
    return Candidate(metric, value, "value", "persen", m.group(1), m.start(1), m.end(1), sent,
                     [subject] if subject else None)


def _object_item(text: str, pos: int, sent: tuple[int, int]) -> str | None:
    """The object an answer ending at ``pos`` names ("setuju bahwa X", "menyetujui X").

    A reporting verb's answer word is passed first ("menyatakan setuju dengan X").
    """
    answer = _ANSWER_WORD.match(text, pos, sent[1])
    if answer is not None:
        pos = answer.end()
    lead = _OBJECT_LEAD.match(text, pos, sent[1])
    start = lead.end() if lead is not None else pos
    end_m = _ITEM_END.search(text, pos, sent[1])  # from the answer: " dan 12 persen" ends it
    end = end_m.start() if end_m else sent[1]
    return _item(text[start:end]) if end > start else None


def _item(phrase: str) -> str | None:
    """``phrase`` as an item, or ``None`` (empty, a pronoun, a number, too long)."""
    phrase = phrase.strip(" \t'\"“”‘’")
    words = phrase.split()
    if not words or len(words) > MAX_ITEM_WORDS or phrase.casefold() in _NO_ITEM \
            or not phrase[0].isalpha() or words[0].casefold() in _NOT_FIRST:
        return None
    return phrase


def _opening_item(text: str, start: int, sent: tuple[int, int]) -> str | None:
    """The item the sentence names before a share starting at ``start`` ("Soal X, ...")."""
    m = _ITEM_BEFORE.search(text, max(sent[0], start - 120), start)
    return _item(m.group(1)) if m is not None else None


def _respondents(text: str, polls: Polls, sent_of: SentenceOf,
                 taken: set[int]) -> list[Candidate]:
    """The shares of the people asked with their answer, each with the item it judged."""
    out: list[Candidate] = []
    money: dict[tuple[int, int], bool] = {}  # each sentence read once
    matches = [*_RESPONDENTS.finditer(text)]
    if _PUBLIC_QUICK.search(text):
        matches += _PUBLIC_JUDGING.finditer(text)
    for m in sorted(matches, key=lambda m: m.start()):
        framing = polls.before(m.start())
        sent = sent_of(m.start())
        if framing is None or m.start() in taken or _NON_RESPONSE.search(m.group(0)) \
                or any(c.start == m.start(1) for c in out):
            continue
        if sent not in money:
            money[sent] = _about_money(text, sent)
        if money[sent]:
            continue
        item = _object_item(text, m.end(), sent) or _opening_item(text, m.start(), sent) \
            or framing[1]
        if m.re is _PUBLIC_JUDGING and not _named(item):
            continue  # "30 persen warga menyebut kemacetan": an issue, no named subject judged
        c = _share(text, m, framing[0], sent, item)
        if c is not None:
            out.append(c)
    return out


def _judged_passive(text: str, polls: Polls, sent_of: SentenceOf,
                    taken: set[int]) -> list[Candidate]:
    """The shares of the people asked by whom a named item is judged, in the passive.

    "Layanan X dinilai tepat waktu oleh 71% penumpang": the share is the survey's (the
    one named last before it), its subject the item before the verb, which must be named (a
    capitalised word, :func:`_named`; not only the first word of a sentence it opens).
    Sentences about money are left out.
    """
    out: list[Candidate] = []
    if "oleh" not in text:
        return out
    for m in _PUBLIC_JUDGED.finditer(text):
        framing = polls.before(m.start(1))
        sent = sent_of(m.start(1))
        item = _item(m.group("item"))
        opens = not text[sent[0]:m.start("item")].strip(_OPENING_MARKS)
        if framing is None or m.start(1) in taken or not _named(item, opens) \
                or _about_money(text, sent):
            continue
        c = _share(text, m, framing[0], sent, item)
        if c is not None:
            out.append(c)
    return out


#: Blanks and quotes before a sentence's first word.
_OPENING_MARKS = " \t\n\"'“‘"


def _named(item: str | None, opens: bool = False) -> bool:
    """Whether ``item`` names a subject (a capitalised word: a brand, a person, a body).

    ``opens``: the item opens its sentence, where the first word's capital names nothing
    ("Kebijakan itu dinilai ..."): another word must be capitalised.
    """
    if item is None:
        return False
    words = item.split()
    return any(w[:1].isupper() for w in (words[1:] if opens else words))


#: A cheap test before the people-judging pattern: a share right before one of its nouns.
_PUBLIC_QUICK = re.compile(r"(?:persen|%)[ \t]+(?:dari[ \t]+)?" + _PUBLIC + r"\b",
                           re.IGNORECASE)


def polled_candidates(text: str, metrics: Sequence[Metric], sent_of: SentenceOf,
                      taken: set[int]) -> list[Candidate]:
    """The poll shares of ``text``: respondents', answers' and rating categories', in order.

    Parameters
    ----------
    text : str
        The article.
    metrics : sequence of Metric
        The metrics found so far, sorted by start (a ``ByStart`` list finds them by bisection).
    sent_of : callable
        ``sent_of(pos)``: the sentence holding ``pos``.
    taken : set of int
        Starts of values other rules already read (never read again).
    """
    if "persen" not in text and "%" not in text:
        return []
    polls = Polls(metrics, poll_names(text, short_headline_end(text)))
    if not polls.specific and not polls.makers and not any(
            _SURVEY_NAME.match(m.name) for m in metrics):
        return []
    out = _respondents(text, polls, sent_of, taken)
    done = {c.start for c in out}
    items = [(c.start, c.subjects) for c in out]  # each share's item, carried to answers after
    for sent in sorted({c.sentence for c in out}):
        after = sent_of(sent[1] + 1) if sent[1] < len(text) else sent
        for span in dict.fromkeys((sent, after)):
            for m in _ANSWER.finditer(text, *span):
                framing = polls.before(m.start())
                if framing is None or m.start() in taken or m.start() in done \
                        or _NON_RESPONSE.search(m.group(0)):
                    continue
                item = _object_item(text, m.end(), span) or _carried(items, m.start())
                c = _share(text, m, framing[0], span, item)
                if c is not None:
                    out.append(c)
                    done.add(c.start)
    out += _judged_passive(text, polls, sent_of, taken | done)
    out += _averages(text, out, taken | done | {c.start for c in out})
    out += answer_shares(text, polls.before, sent_of, taken | done)
    out += contender_shares(text, polls.before, sent_of, taken | {c.start for c in out})
    out += ranked_answers(text, polls.before, sent_of, taken | {c.start for c in out})
    out.sort(key=lambda c: c.start)
    return out


#: An average the poll's share is compared with: "dibandingkan rata-rata industri (39%)".
_AVERAGE_SHARE = re.compile(
    r"\b(?:rata-rata|rerata)[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,2}?[ \t]*"
    r"(?:\([ \t]*|(?:yang[ \t]+)?(?:hanya[ \t]+|sebesar[ \t]+|sekitar[ \t]+))" + SHARE,
    re.IGNORECASE)


def _averages(text: str, shares: list[Candidate], taken: set[int]) -> list[Candidate]:
    """The averages a poll's shares are compared with in their sentences (kind average).

    "84 persen konsumen menilai X terbaik, jauh di atas rata-rata industri (39 persen)": the
    industry's average of the same survey; its subject is the phrase after "rata-rata".
    """
    out: list[Candidate] = []
    for c in shares:
        for m in _AVERAGE_SHARE.finditer(text, c.end, c.sentence[1]):
            value = plain_number(m.group(2), 0, 100)
            if m.start(1) in taken or value is None:
                continue
            taken.add(m.start(1))
            out.append(Candidate(c.metric, value, "average", "persen", m.group(1), m.start(1),
                                 m.end(1), c.sentence))
    return out


def _carried(items: list[tuple[int, list[str] | None]], pos: int) -> str | None:
    """The item of the respondents' share last before ``pos`` ("Sisanya 30 persen ...")."""
    before = [subjects for start, subjects in items if start < pos]
    return before[-1][0] if before and before[-1] else None
