"""Opinion poll results: the shares of respondents a named survey reports.

"Sebanyak 61,8 persen responden mendukung usul itu. Sisanya 31,2 persen menolak dan 7
persen tidak tahu": GUIDELINE.md counts "survey percentages that are the survey's result". A
share is read only when it is a share of respondents ("N persen responden"), or an answer's
share ("N persen tidak setuju") in that sentence or the one right after it; its metric is the
survey the text named last before it ("Survei Lembaga X", "hasil survei X"). Without a named
survey a share is nobody's score. Every substantive answer is a result (agreeing and
disagreeing alike); a non-response ("tidak tahu", "tidak menjawab") is none.

The subject is the item the respondents judged, never "responden": the object of the answer
("setuju bahwa jam sekolah dikurangi", "menyetujui rencana X", "puas dengan layanan X"), else
the item the sentence opens with ("Soal rencana X, sebanyak N persen responden setuju"), else
the item of the share before it ("Sisanya 30 persen tidak setuju"). Pure: the metrics found so
far are passed in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from beritanlp.rules.scores.cues import MONEY_WORDS, market_talk
from beritanlp.rules.scores.model import Candidate, Metric, SentenceOf, between
from beritanlp.text.numbers import parse_number

_SHARE = r"((\d{1,3}(?:,\d{1,2})?)[ \t]*(?:persen|%))"
#: An answer's verb: "setuju", "tidak puas", "menilai", "memilih".
_VERB = (r"(?:(?:tidak|tak|kurang|sangat)[ \t]+)?(?:setuju|tahu|menjawab|puas|mendukung|menolak"
         r"|yakin|percaya|sepakat|memilih|khawatir|menilai|menganggap|menyatakan|mengaku"
         r"|menyetujui|menginginkan|menghendaki|ingin|optimistis|pesimistis|ragu)\b")
#: "61,8 persen responden setuju", "40,5 persen dari seluruh responden menilai": a share of
#: respondents with their answer (up to three words between, "responden di Jawa setuju").
_RESPONDENTS = re.compile(
    _SHARE + r"[ \t]+(?:dari[ \t]+(?:total[ \t]+|seluruh[ \t]+|jumlah[ \t]+)?)?responden\b"
    r"(?:[ \t]+[\w.-]+){0,3}?[ \t]+" + _VERB,
    re.IGNORECASE)
#: "12 persen kurang setuju", "7 persen tak tahu", "15 persen menyatakan puas".
_ANSWER = re.compile(
    _SHARE + r"[ \t]+(?:(?:lainnya|sisanya|yang|menyatakan|mengaku|menjawab)[ \t]+)?"
    + _VERB, re.IGNORECASE)
#: A non-response: "7 persen tidak tahu", "3,9 persen tidak menjawab" (no result).
_NON_RESPONSE = re.compile(r"(?:(?:tidak|tak)[ \t]+)?(?:tahu|menjawab)$", re.IGNORECASE)
#: An answer word right after a reporting verb: "menyatakan setuju", "mengaku puas".
_ANSWER_WORD = re.compile(r"[ \t]+" + _VERB, re.IGNORECASE)
#: What leads from an answer to its object: "setuju bahwa ...", "puas dengan ...".
_OBJECT_LEAD = re.compile(r"[ \t]+(?:(?:bahwa|dengan|terhadap|atas|pada|kepada|akan|soal"
                          r"|jika|agar)[ \t]+)?", re.IGNORECASE)
#: Where an answer's object ends: punctuation, quotes, or the next share ("dan 12 persen").
_ITEM_END = re.compile(r"[,.;:!?\"“”()\n]|[ \t](?:sedangkan|sementara|sisanya|namun|tetapi"
                       r"|dan[ \t]+(?:sebanyak[ \t]+)?\d)\b", re.IGNORECASE)
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
_SURVEY_NAME = re.compile(r"^(?:survei|survey|jajak[ \t]+pendapat|polling)\b", re.IGNORECASE)
#: A headline's "Survei Terbaru": no survey's name.
_NO_NAME = re.compile(r"^\S+[ \t]+(?:terbaru|terkini|baru|ini|itu|tersebut)$", re.IGNORECASE)
#: How far back (characters) a survey named before still frames a share.
SURVEY_REACH = 3000
#: Money ("Rp5 juta", "tabungan", "harga"): a share of respondents' money is no poll's answer.
_MONEY = re.compile(
    r"\bRp\.?[ \t]*\d|\bRp\b|\b(?:" + "|".join(sorted(MONEY_WORDS)) + r"|tabungan)\b",
    re.IGNORECASE)


def _about_money(text: str, sent: tuple[int, int]) -> bool:
    """Whether the sentence ``sent`` talks of money, prices or a market.

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
    return _MONEY.search(text, *sent) is not None or market_talk(text, *sent)


def _survey_before(metrics: Sequence[Metric], pos: int) -> Metric | None:
    """The survey named last before ``pos`` (within :data:`SURVEY_REACH`)."""
    named = [m for m in between(metrics, max(0, pos - SURVEY_REACH), pos)
             if _SURVEY_NAME.match(m.name) and not _NO_NAME.match(m.name)]
    return named[-1] if named else None


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
    value = parse_number(m.group(2))
    if not isinstance(value, int | float) or isinstance(value, bool) or not 0 <= value <= 100:
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


def _respondents(text: str, metrics: Sequence[Metric], sent_of: SentenceOf,
                 taken: set[int]) -> list[Candidate]:
    """The shares of respondents with their answer, each with the item it judged."""
    out: list[Candidate] = []
    money: dict[tuple[int, int], bool] = {}  # each sentence read once
    for m in _RESPONDENTS.finditer(text):
        metric = _survey_before(metrics, m.start())
        sent = sent_of(m.start())
        if metric is None or m.start() in taken or _NON_RESPONSE.search(m.group(0)):
            continue
        if sent not in money:
            money[sent] = _about_money(text, sent)
        if money[sent]:
            continue
        item = _object_item(text, m.end(), sent) or _opening_item(text, m.start(), sent)
        c = _share(text, m, metric, sent, item)
        if c is not None:
            out.append(c)
    return out


def polled_candidates(text: str, metrics: Sequence[Metric], sent_of: SentenceOf,
                      taken: set[int]) -> list[Candidate]:
    """The respondents' shares and answer shares of ``text``, in text order.

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
    if "responden" not in text and "Responden" not in text:
        return []
    out = _respondents(text, metrics, sent_of, taken)
    done = {c.start for c in out}
    items = [(c.start, c.subjects) for c in out]  # each share's item, carried to answers after
    for sent in sorted({c.sentence for c in out}):
        after = sent_of(sent[1] + 1) if sent[1] < len(text) else sent
        for span in dict.fromkeys((sent, after)):
            for m in _ANSWER.finditer(text, *span):
                metric = _survey_before(metrics, m.start())
                if metric is None or m.start() in taken or m.start() in done \
                        or _NON_RESPONSE.search(m.group(0)):
                    continue
                item = _object_item(text, m.end(), span) or _carried(items, m.start())
                c = _share(text, m, metric, span, item)
                if c is not None:
                    out.append(c)
                    done.add(c.start)
    out.sort(key=lambda c: c.start)
    return out


def _carried(items: list[tuple[int, list[str] | None]], pos: int) -> str | None:
    """The item of the respondents' share last before ``pos`` ("Sisanya 30 persen ...")."""
    before = [subjects for start, subjects in items if start < pos]
    return before[-1][0] if before and before[-1] else None
