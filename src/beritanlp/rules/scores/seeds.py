"""Seeds of a tournament: "unggulan pertama", "unggulan kedua" and who holds each.

A draw's seeding ranks the entrants before play (GUIDELINE.md: rankings "peringkat II";
ranks in words or digits become numbers): "Sebagai unggulan pertama, Tim A ...", "B yang
menjadi unggulan kedua ...", "C akan menjadi unggulan ketiga", "Unggulan keempat, D, ...".
Each seed's holder is the name right before the linking verb or right after the seed and its
comma; the metric is the seeding ("unggulan"). Nothing else stands between: "B tidak lagi
menjadi unggulan kedua" or "menantang unggulan kedua" name no holder, and a seed with no
ordinal ("program unggulan", "produk unggulan") is no rank. Pure; no metric table is needed.
"""

from __future__ import annotations

import re

from beritanlp.rules.scores.cues import SCORE_STOP_WORDS
from beritanlp.rules.scores.model import Candidate, Metric, SentenceOf
from beritanlp.text.ordinals import alternation, rank_words

_WORDS = rank_words(10)
#: A seed: "unggulan" and its ordinal ("unggulan kedua", "unggulan ke-3").
_SEED = re.compile(
    rf"\b[Uu]nggulan[ \t]+(?P<ord>ke[ \t-]?\d{{1,2}}(?![\w,.]\d)|(?i:{alternation(_WORDS)}))\b")
#: A name: capitalised words, pairs written "A/B" ("Ahmad/Budi"), at most six words (no
#: full stop: "Grup H. B" is two sentences, whatever the splitter says).
_NAME = r"[A-Z][\w'’-]*(?:/[A-Z][\w'’-]*)?(?:[ \t]+[A-Z][\w'’-]*(?:/[A-Z][\w'’-]*)?){0,5}"
#: The holder before its seed: "B yang menjadi", "B, yang merupakan", "C akan menjadi",
#: "A yang menyandang status" (the name ends right before the link).
_BEFORE = re.compile(
    rf"(?P<name>{_NAME})[ \t]*,?[ \t]+(?:yang[ \t]+)?(?:akan[ \t]+|kini[ \t]+)?"
    r"(?:menjadi|merupakan|adalah|menyandang(?:[ \t]+status)?)[ \t]+$")
#: The holder after its seed: "Sebagai unggulan pertama, A", "Unggulan keempat, D,"
#: ("unggulan keempat dari Negeri X, A/B": the country only says where the seed is from).
_AFTER = re.compile(
    rf"(?:[ \t]+dari[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)?[ \t]*,[ \t]*(?P<name>{_NAME})")
#: Words opening a sentence that are no holder ("Sebagai", "Sementara", "Dengan menjadi
#: unggulan pertama itu", "Tentu A yang merupakan ..."), compared lowercased: the function
#: words of the score rules (``scores`` rows of stopwords.txt) and a few openers they lack.
_NOT_HOLDERS = SCORE_STOP_WORDS | frozenset({"bila", "masih", "tentu", "tetap", "ya", "yang"})
#: A seed that opens a range ("unggulan kedua hingga keempat", "unggulan ke-2 sampai ke-4",
#: "unggulan 2-4"): a list's seeds, none of them one holder's.
_RANGE_AFTER = re.compile(r"[ \t]*(?:-|–|hingga\b|sampai\b|s\.d\.?|s/d)", re.IGNORECASE)
#: A holder that ends a list ("A, B dan C menjadi unggulan ..."): the seeds are shared out.
_LIST_BEFORE = re.compile(r"(?:,|\b(?:dan|serta|atau))[ \t]*$")
#: An election or a survey in the seed's sentence: its "unggulan" is a favourite, no seed.
_ELECTION = re.compile(r"\b(?:pemilu|pileg|pilkada|pilpres|pilgub|pilbup|pilwakot|survei"
                       r"|elektabilitas|calon|partai)\w*", re.IGNORECASE)
#: What may open the sentence before a seed whose holder follows it.
_LEAD = re.compile(r"(?:[Ss]ebagai|[Ss]elaku|[Ss]ang)[ \t]+$|^\W*$|,[ \t]*$")


def _rank(word: str) -> int | None:
    """A seed's number: digits ("ke-3") or an ordinal word ("ketiga")."""
    digits = re.sub(r"^ke[ \t-]?", "", word)
    return int(digits) if digits.isdigit() else _WORDS.get(word.casefold())


def _clean(name: str) -> str | None:
    """A holder's name without a leading non-name word, or ``None`` when none is left."""
    words = name.split()
    while words and words[0].casefold() in _NOT_HOLDERS:
        words = words[1:]
    return " ".join(words) or None


def _holder(text: str, m: re.Match[str], sent: tuple[int, int]) -> str | None:
    """Who holds the seed ``m``: the name linked before it, else the name after its comma."""
    before = _BEFORE.search(text, sent[0], m.start())
    if before is not None and before.end() == m.start():
        if _LIST_BEFORE.search(text, sent[0], before.start("name")) is not None:
            return None  # "A, B dan C menjadi unggulan ...": the holder ends a list
        return _clean(before.group("name"))
    if _LEAD.search(text[sent[0]:m.start()]) is None:
        return None  # "Budi menantang unggulan kedua, ...": the seed is the object
    after = _AFTER.match(text, m.end(), sent[1])
    return _clean(after.group("name")) if after is not None else None


def seed_candidates(text: str, sent_of: SentenceOf) -> list[Candidate]:
    """The ranks of a tournament's seeds, one per seed whose holder is named.

    Parameters
    ----------
    text : str
        The article.
    sent_of : callable
        The sentence span holding an offset.

    Returns
    -------
    list[Candidate]
        One rank per seed (subject = its holder, metric = "unggulan", ``award``), in text order.
    """
    if "nggulan" not in text:
        return []
    out: list[Candidate] = []
    for m in _SEED.finditer(text):
        rank = _rank(m.group("ord"))
        sent = sent_of(m.start())
        if _RANGE_AFTER.match(text, m.end()) is not None \
                or _ELECTION.search(text, sent[0], sent[1]) is not None:
            continue  # a range of seeds; an election's or a survey's favourite
        holder = _holder(text, m, sent) if rank is not None else None
        if holder is None or rank is None:
            continue
        metric = Metric("unggulan", m.start(), m.start("ord") - 1, None, award=True, local=True)
        out.append(Candidate(metric, rank, "rank", None, m.group("ord"), m.start("ord"),
                             m.end("ord"), sent, [holder]))
    return out
