"""Opinion poll results: the shares of respondents a named survey reports.

"Sebanyak 61,8 persen responden mendukung usul itu. Sisanya 31,2 persen menolak dan 7
persen tidak tahu": GUIDELINE.md counts "survey percentages that are the survey's result". A
share is read only when it is a share of respondents ("N persen responden"), or an answer's
share ("N persen tidak setuju") in that sentence or the one right after it; its metric is the
survey the text named last before it ("Survei Lembaga X", "hasil survei X"). Without a named
survey a share is nobody's score. Pure: the metrics found so far are passed in.
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
        Its subject ("responden"), if the match names one.

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
    out: list[Candidate] = []
    polled: set[tuple[int, int]] = set()  # sentences with a respondents' share
    money: dict[tuple[int, int], bool] = {}  # each sentence read once
    for m in _RESPONDENTS.finditer(text):
        metric = _survey_before(metrics, m.start())
        sent = sent_of(m.start())
        if metric is None or m.start() in taken:
            continue
        if sent not in money:
            money[sent] = _about_money(text, sent)
        if money[sent]:
            continue
        polled.add(sent)
        c = _share(text, m, metric, sent, "responden")
        if c is not None:
            out.append(c)
    done = {c.start for c in out}
    for sent in sorted(polled):
        after = sent_of(sent[1] + 1) if sent[1] < len(text) else sent
        for span in dict.fromkeys((sent, after)):
            for m in _ANSWER.finditer(text, *span):
                metric = _survey_before(metrics, m.start())
                if metric is None or m.start() in taken or m.start() in done:
                    continue
                c = _share(text, m, metric, span, None)
                if c is not None:
                    out.append(c)
                    done.add(c.start)
    out.sort(key=lambda c: c.start)
    return out
