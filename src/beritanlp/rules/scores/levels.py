"""Maturity and capability levels: "Maturitas SPIP naik dari level 2 ke level 3", "IACM level 3".

A maturity model (SPIP, the internal auditors' capability model IACM, risk-management and
corruption-control maturity) grades what it evaluates by whole levels. Such a level is a grade
(its number kept as a string, as a collectability level is), read only where the sentence, or
the one before it, names such a model: a bare "level 3" (a restriction level, a floor, a game
level) grades nothing. A decimal level ("level 3,45") is a score value, read with the numbers;
a scale's definition listing its levels ("level 1 rintisan, level 2 berkembang, level 3 ...")
gives nothing; a level aimed at ("menargetkan level 4") is a target. An alert or restriction
level ("PPKM level 3", a volcano's "Status ... level II") is never a model's, even beside one; a
region between the model and its level is the holder ("SPIP Kota X level 3"). Levels are given
as digits ("level III", "level tiga": "3"), so one level written two ways is one grade.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from beritanlp.rules.scores.model import Candidate, Metric, SentenceOf, between
from beritanlp.text.numbers import roman_to_int
from beritanlp.text.ordinals import alternation, rank_words

#: Rules of maturity models in the metric table, graded by levels.
MATURITY_RULES = frozenset({"spip", "iacm", "mri-bpkp", "iepk"})
#: A metric name that says it measures maturity or capability ("Tingkat Kematangan X").
_MATURITY_NAME = re.compile(r"maturitas|kematangan|kapabilitas|maturity|capability",
                            re.IGNORECASE)
#: Number words of levels, word -> number ("tiga" -> 3): the rank table's cardinals.
_LEVEL_WORDS = rank_words(0, cardinals=5)
_NUMBER = rf"(?:[1-5]|I{{1,3}}|IV|V|{alternation(_LEVEL_WORDS)})"
#: "level 3", "Level III", "level tiga", "level ke-4"; never a decimal ("level 3,45"), a
#: percentage, or a range's first end ("level 1-5", "level 1 hingga 5").
_LEVEL = re.compile(
    rf"\b[Ll]evel[ \t]+(?:ke[ \t-]?)?({_NUMBER})\b"
    rf"(?![.,]\d)(?![ \t]*(?:persen|%|-|–|(?:hingga|sampai|s\.?d\.?)[ \t]+(?:level[ \t]+)?"
    rf"{_NUMBER}\b))")
#: The far end of a range of levels ("dari level 1 hingga level 5"): the scale, no grade.
_RANGE_END = re.compile(r"\b[Ll]evel[ \t]+\w+[ \t]*(?:-|–|hingga|sampai|s\.?d\.?)[ \t]*$")
#: A label right before "level" ("PPKM level 3", "Zona level 2"): the level is that label's.
_LABEL_BEFORE = re.compile(r"(?:^|[ \t(])[A-Z][\w-]*[ \t]+$")
#: A region named after the model, right before its level ("SPIP Kabupaten Hulu level 3"): the
#: holder, no label.
_HOLDER_BEFORE = re.compile(
    r"[ \t]+(?:Pemerintah[ \t]+)?(?:Kabupaten|Kota|Provinsi|Kab\.|Pemkab|Pemkot|Pemprov)"
    r"(?:[ \t]+[A-Z][\w-]*){1,3}[ \t]+$")
#: Alert and restriction levels ("PPKM level 3", "status Gunung X naik ke level III", "siaga
#: bencana level 2"): a level of danger or of rules, never a model's grade. ("Status" alone is
#: no alert: "status maturitas SPIP ... level 3" is the model's.)
_ALERT = re.compile(r"\b(?:PPKM|siaga|waspada|awas|normal|bencana|darurat|gunung|gunung\w*api"
                    r"|erupsi|vulkanik)\b", re.IGNORECASE)
#: Words shortly before a level that aim at it.
_AIMED = re.compile(r"\b(?:target\w*|menargetkan|ditargetkan|diharapkan|berharap|harapan"
                    r"|mengejar|upaya)\b[^.;]{0,40}$", re.IGNORECASE)
#: A verb that reads a level as a standing ("berada di level 3", "naik ke level 3"): a level
#: graded by the model of the sentence before must be read so ("menamatkan level 5" is a game's).
_STANDING = re.compile(r"\b(?:berada|ada|masuk|mencapai|meraih|memperoleh|mendapat(?:kan)?"
                       r"|naik|turun|meningkat|menurun|status|berstatus|predikat|tetap|masih"
                       r"|sudah)(?:[ \t]+(?:di|pada|ke|dari|menjadi))?[ \t]+$", re.IGNORECASE)
#: A scale's levels listed: this many level mentions in one sentence define the scale.
_LISTED = 3


def is_maturity(metric: Metric, text: str = "") -> bool:
    """Whether ``metric`` is a maturity or capability model graded by levels.

    A lexicon model, or a name that says so, as written at the metric (``text``) or in its
    name ("Tingkat Kematangan Tata Kelola (TKTK)": its short form too).
    """
    return (metric.rule is not None and metric.rule.id in MATURITY_RULES) \
        or _MATURITY_NAME.search(metric.name) is not None \
        or _MATURITY_NAME.search(text, metric.start, metric.end) is not None


def _model_of(text: str, metrics: Sequence[Metric], models: frozenset[str],
              sent: tuple[int, int], prev: tuple[int, int] | None, pos: int) -> Metric | None:
    """The maturity model a level at ``pos`` grades: named in its sentence, else the one before.

    In its sentence the model named last before the level wins, else the first after it; the
    sentence before counts only when the level's own sentence names no metric and a verb of
    standing reads the level.
    """
    here = between(metrics, sent[0], sent[1])
    named = [m for m in here if m.name in models]
    if named:
        before = [m for m in named if m.start < pos]
        return before[-1] if before else named[0]
    if here or prev is None or not _STANDING.search(text, max(sent[0], pos - 30), pos):
        return None
    earlier = [m for m in between(metrics, prev[0], prev[1]) if m.name in models]
    return earlier[-1] if earlier else None


def _labelled(text: str, pos: int, model: Metric, sent: tuple[int, int]) -> bool:
    """Whether the level at ``pos`` is another label's (an alert or restriction level).

    So is a level right after a capitalised word other than the model's name or its holder's
    ("Zona level 2"). An alert word counts between the model (or the sentence's start, when
    the model comes after the level or in the sentence before) and the level.
    """
    since = model.end if sent[0] <= model.end <= pos else sent[0]
    if _ALERT.search(text, since, pos):
        return True
    if model.start <= pos - 2 < model.end or model.end >= pos - 1:
        return False
    return _LABEL_BEFORE.search(text, max(0, pos - 40), pos) is not None \
        and not (model.end < pos and _HOLDER_BEFORE.fullmatch(text, model.end, pos))


def _level_value(word: str) -> str:
    """A level's number as a string ("tiga", "III" and "3" all "3")."""
    number = _LEVEL_WORDS.get(word.casefold())
    if number is None and not word.isdigit():
        number = roman_to_int(word)
    return str(number) if number is not None else word


def _sentence_before(text: str, sent: tuple[int, int],
                     sent_of: SentenceOf) -> tuple[int, int] | None:
    """The sentence before ``sent`` (the blanks between them skipped), if any."""
    pos = sent[0] - 1
    while pos >= 0 and text[pos].isspace():
        pos -= 1
    return sent_of(pos) if pos >= 0 else None


def level_candidates(text: str, metrics: Sequence[Metric],
                     sent_of: SentenceOf) -> list[Candidate]:
    """The levels of maturity models the text states, as grades (targets when aimed at)."""
    if "evel" not in text:
        return []
    models = frozenset(m.name for m in metrics if is_maturity(m, text))
    if not models:
        return []
    by_sentence: dict[tuple[int, int], list[re.Match[str]]] = {}
    for m in _LEVEL.finditer(text):
        by_sentence.setdefault(sent_of(m.start()), []).append(m)
    out: list[Candidate] = []
    for sent, levels in by_sentence.items():
        if len(levels) >= _LISTED:
            continue  # "level 1 rintisan, level 2 berkembang, level 3 terdefinisi": a scale
        prev = _sentence_before(text, sent, sent_of)
        for m in levels:
            model = _model_of(text, metrics, models, sent, prev, m.start())
            if model is None or _labelled(text, m.start(), model, sent) \
                    or _RANGE_END.search(text, max(sent[0], m.start() - 30), m.start()):
                continue
            aimed = _AIMED.search(text, max(sent[0], m.start() - 50), m.start()) is not None
            value = _level_value(m.group(1))
            out.append(Candidate(model, value, "target" if aimed else "grade", None,
                                 text[m.start():m.end()], m.start(), m.end(), sent))
    return out
