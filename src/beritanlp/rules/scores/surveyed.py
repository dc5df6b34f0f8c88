"""A survey's finding told as a change of a measured share: "dari 15,4% menjadi 9%".

"Berdasarkan survei lembaga independen, pemerintah berhasil menekan penjualan barang palsu
dari 15,4% menjadi 9%": the sentence cites a survey (any survey, not only the national ones the
indicator table knows) and gives the measured share before and after. The thing measured is the
object of the verb before "dari" ("penjualan barang palsu"); both percentages are its values.
GUIDELINE.md counts "survey percentages that are the survey's result". Pure: the words that make
a phrase no score (money, growth, prices ...) are passed in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from beritanlp.rules.scores.cues import CHANGE_NOUNS, MONEY_WORDS
from beritanlp.rules.scores.model import Candidate, Metric, SentenceOf
from beritanlp.rules.scores.pairs import PERCENT_PAIR, pair_numbers
from beritanlp.text.numbers import NumberMention
from beritanlp.text.word_start import lowered_haystack

#: A survey cited as the source of the sentence.
#: The words a survey citation ends with (the last group of :data:`_SURVEY_CITED`).
_SURVEY_WORDS = ("survei", "survey", "riset", "penelitian", "kajian")
_SURVEY_CITED = re.compile(r"\b(?:berdasarkan|menurut|hasil|temuan|data)[ \t]+(?:dari[ \t]+)?"
                           rf"(?:{'|'.join(_SURVEY_WORDS)})\b", re.IGNORECASE)
#: "menekan penjualan barang palsu dari 15,4% menjadi 9%": a verb, its object, the pair.
_OBJECT_PAIR = re.compile(
    r"\b(?:me[a-z]{3,}|ber[a-z]{3,})[ \t]+((?:[a-z][a-z-]+[ \t]+){0,3}[a-z][a-z-]+)[ \t]+"
    rf"{PERCENT_PAIR}")
#: A verb (me-/ber- word) opening the phrase, with the spaces after it.
_VERB_FIRST = re.compile(r"(?:me|ber)[a-z]{3,}[ \t]+")
#: Nouns that look like me-/ber- verbs ("merek", "berita", "mental").
_VERB_LOOKALIKES = frozenset({"merek", "mental", "berita", "media", "medis", "metode", "meter",
                              "menteri", "mesin", "menit", "menu", "meja", "merah", "memori",
                              "berat", "beras", "benih", "bensin", "beranda", "berkas"})
#: Change verbs without a prefix: "gangguan mental naik dari ..." ends its object phrase.
_CHANGE_VERBS = frozenset({"naik", "turun", "anjlok", "susut", "tumbuh"})
#: Words that are no object (adverbs, function words) at the start of the phrase.
_NOT_START = frozenset({"dari", "yang", "di", "ke", "pada", "dengan", "untuk", "secara", "lagi",
                        "hingga", "sampai", "sekitar", "hampir"})


def cites_survey(text: str) -> bool:
    """Whether the text cites a survey ("berdasarkan survei", "hasil riset") at all."""
    low = lowered_haystack(text)
    if low is not None and not any(w in low for w in _SURVEY_WORDS):
        return False  # every citation ends with one of them
    return _SURVEY_CITED.search(text) is not None


def surveyed_values(text: str, sent_of: SentenceOf, taken: set[int],
                    nots: re.Pattern[str], numbers: Sequence[NumberMention]) -> list[Candidate]:
    """The pairs of percentages survey-citing sentences give the objects of their verbs.

    Parameters
    ----------
    text : str
        The article.
    sent_of : callable
        ``sent_of(pos)``: the sentence holding ``pos``.
    taken : set of int
        Starts of values other rules already read.
    nots : re.Pattern
        The indicator table's not-words (a phrase holding one is no score: "pertumbuhan").
    numbers : sequence of NumberMention
        The numbers of the text, sorted by start (a ``ByStart`` list).

    Returns
    -------
    list[Candidate]
        The value before and the value after, named by the object phrase.
    """
    out: list[Candidate] = []
    seen: set[tuple[int, int]] = set()
    for cite in _SURVEY_CITED.finditer(text) if "%" in text or "persen" in text else ():
        sent = sent_of(cite.start())
        if sent not in seen:
            seen.add(sent)
            out += _pairs(text, sent, taken, nots, numbers)
    return out


def _is_verb(word: str) -> bool:
    """Whether ``word`` is a me-/ber- verb ("menekan", "berhasil"), not a noun like "merek"."""
    return _VERB_FIRST.match(word + " ") is not None and word.casefold() not in _VERB_LOOKALIKES


def _before_change_verb(text: str, start: int, end: int) -> int:
    """Where the object phrase ``text[start:end]`` ends, a change verb closing it left out.

    "warga dengan gangguan mental naik dari 8% menjadi 11%": the share is of "gangguan mental";
    "naik" tells the change.
    """
    head, _, last = text[start:end].rpartition(" ")
    if head.strip() and last in _CHANGE_VERBS:
        return start + len(head.rstrip(" \t"))
    return end


def _pairs(text: str, sent: tuple[int, int], taken: set[int], nots: re.Pattern[str],
           numbers: Sequence[NumberMention]) -> list[Candidate]:
    """The pairs of one survey-citing sentence."""
    out: list[Candidate] = []
    for m in _OBJECT_PAIR.finditer(text, *sent):
        start = m.start(1)
        while (verb := _VERB_FIRST.match(text, start, m.end(1))) is not None \
                and _is_verb(verb.group().strip()):
            start = verb.end()  # "berhasil menekan penjualan ...": the object after the verbs
        end = _before_change_verb(text, start, m.end(1))
        name = text[start:end]
        words = name.split()
        pair = pair_numbers(m, numbers)
        if pair is None or pair[0].start in taken or pair[1].start in taken:
            continue
        if not words or words[0] in _NOT_START \
                or any(_is_verb(w) or nots.match(w) or w in MONEY_WORDS or w in _CHANGE_VERBS
                        for w in words) \
                or words[0] in CHANGE_NOUNS:
            continue  # "gaji pegawai", "penurunan daya beli": no measured share
        metric = Metric(name, start, end, None)
        out += [Candidate(metric, n.value, "value", "persen", n.text, n.start, n.end, sent)
                for n in pair]
    return out
