"""Contest results listed rank by rank after the contest's name.

A report on a school, village or regional contest often gives its results as one run:
"Juara I Lomba Pidato SDN 3 Sukamaju, Juara II SDIT Harapan, Juara III MIN Lembah", or
"Juara Umum 1 Festival Seni 2024 adalah SD Bina Ilmu, Juara II SMP Tunas, Juara III ...".
The first item names the contest, then its winner; each later item names only its holder.
Every winner is a rank of that contest (GUIDELINE.md: ranks "juara II"; Roman numerals stay
strings, digits and words become numbers), the contest as written is the metric.

Where the first item's contest ends and its winner begins is read from a verb ("adalah",
"yaitu", "diraih oleh", a colon) or else from the head word a winner's name opens with: a
school or institution type ("SDN", "MTs", "Universitas", "Tim"), or an administrative unit
("Kecamatan", "Desa", "Kabupaten"), never one right after a contest or scope word ("Lomba
Desa", "Tingkat Kabupaten"). A run is read only when it has at least two items whose ranks go
up one by one; a first item whose contest and winner cannot be told apart
gives nothing, and so does a list of prizes or a scheme ("Juara I, II dan III mendapat ...").
Pure; no metric table is needed.
"""

from __future__ import annotations

import re

from beritanlp.rules.scores.cues import HOLDING_PASSIVE
from beritanlp.rules.scores.model import Candidate, Metric, SentenceOf
from beritanlp.text.numbers import roman_to_int
from beritanlp.text.ordinals import alternation, rank_words

_WORDS = rank_words(10, cardinals=10, kesatu=True)
#: A contest rank: "I" ... "X", "1" ... "10", "pertama", "ke-2".
_ORD = (r"(?:(?:IX|IV|V?I{1,3}|X)(?![\w-])|(?:ke[ \t-]?)?\d{1,2}(?![\w,.]\d)"
        rf"|(?i:{alternation(_WORDS)})\b)")
#: The first item: "Juara I", "Juara Umum 1", then the rest of the item (contest and winner).
_LEADER = re.compile(rf"\b[Jj]uara[ \t]+(?:[Uu]mum[ \t]+)?(?P<ord>{_ORD})[ \t]+(?=[A-Z])")
#: A later item: ", Juara II", ", dan Juara III".
_FOLLOWER = re.compile(
    rf"[ \t]*(?:,|;|[ \t](?:dan|serta))[ \t]*(?:(?:dan|serta)[ \t]+)?[Jj]uara[ \t]+"
    rf"(?P<ord>{_ORD})[ \t]*(?::[ \t]*)?(?=[A-Z])")
#: Where an item's text ends: a clause mark, or the next item.
_ITEM_END = re.compile(
    r"[,;.\n(]|[ \t]+(?:sedangkan|sementara|serta|dengan|yang|dan[ \t]+[Jj]uara|[Jj]uara)\b")
#: What separates the contest from its winner in the first item.
_SPLIT_VERB = re.compile(
    rf"[ \t]*:[ \t]*|[ \t]+(?:adalah|ialah|yaitu|yakni|jatuh[ \t]+kepada"
    rf"|{HOLDING_PASSIVE}(?:[ \t]+oleh)?)[ \t]+")
#: Head words a winner's name opens with: school and institution types, units of government.
HOLDER_HEADS = frozenset({
    "TK", "TKIT", "RA", "PAUD", "TKA", "TPA", "TPQ", "SD", "SDN", "SDI", "SDIT", "SDK", "MI",
    "MIN", "MIS", "SMP", "SMPN", "SMPIT", "MTs", "MTsN", "MTSN", "SMA", "SMAN", "SMAIT", "SMK",
    "SMKN", "MA", "MAN", "SLB", "Sekolah", "Madrasah", "Pondok", "Ponpes", "Universitas",
    "Institut", "Politeknik", "Akademi", "Tim", "Kafilah", "Kontingen", "Regu",
    "Sanggar", "Grup", "Kelompok", "Klub", "Kecamatan", "Kelurahan", "Desa", "Kampung",
    "Nagari", "Gampong", "Kabupaten", "Kota", "Provinsi", "Pemkab", "Pemkot", "Pemprov",
    "Pemerintah", "Dinas", "Puskesmas", "RSUD", "Polres", "Polsek", "Kodim", "Koramil",
    "Koperasi", "Kab.", "Kec."})
#: Words after which a head word belongs to the contest's name ("Lomba Desa", "Tingkat Kota").
CONTEST_WORDS = frozenset({
    "lomba", "festival", "kompetisi", "kontes", "pawai", "parade", "tingkat", "se", "antar",
    "antarsekolah", "kategori", "bidang", "cabang", "penilaian", "pemilihan", "anugerah",
    "penghargaan", "ajang", "olimpiade", "seleksi", "kejuaraan", "turnamen", "piala"})
#: A name: capitalised words (numbers, "-", Roman numerals, "dan"/"&" inside), at most 8 words.
_NAME = re.compile(r"[A-Z][\w'’./-]*(?:[ \t]+(?:[A-Z0-9][\w'’./-]*|dan|&|de|of)){0,7}")
#: The most items one run reads: a contest ranks its first ten at most.
MAX_ITEMS = 10
#: A year closing a contest's name: "Fasi XVIII Tahun 2019".
_YEAR_TAIL = re.compile(r"[ \t]+(?:[Tt]ahun[ \t]+)?(?:19|20)\d\d$")


def _rank(word: str) -> int | str | None:
    """A contest rank: Roman numerals stay strings, digits and words become numbers."""
    if roman_to_int(word) is not None:
        return word
    digits = re.sub(r"^ke[ \t-]?", "", word)
    if digits.isdigit():
        return int(digits)
    return _WORDS.get(word.casefold())


def item_text(text: str, start: int, limit: int) -> tuple[int, int]:
    """The span of an item's text from ``start``: up to its clause mark or the next item."""
    stop = _ITEM_END.search(text, start, limit)
    end = stop.start() if stop else limit
    while end > start and text[end - 1].isspace():
        end -= 1  # no copy of the text before: one item's width of steps
    return start, end


def _holder(text: str, start: int, end: int) -> str | None:
    """The winner's name an item holds, or ``None`` when it is no name.

    A year closing the item is no part of the name ("SDN 3 Alfa Tahun 2016"); an item that
    opens with a contest word names a contest of its own ("Juara 2 Lomba Pidato ..."), no
    winner of the run's contest.
    """
    name = _YEAR_TAIL.sub("", text[start:end].strip())
    if not name or name.split()[0].casefold() in CONTEST_WORDS:
        return None
    return name if _NAME.fullmatch(name) else None


def _split_first(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The contest and the winner of a run's first item, or ``None`` when they cannot be told.

    A verb or colon splits them ("Fasi 2024 adalah SD X"); else the first head word of a
    winner's name ("Pawai Ta'aruf SDN 129 Kota A") that does not follow a contest word.
    """
    verb = _SPLIT_VERB.search(text, start, end)
    if verb is not None:
        contest, holder = text[start:verb.start()].strip(), _holder(text, verb.end(), end)
        return (contest, holder) if contest and holder else None
    words = list(re.finditer(r"\S+", text[start:end]))
    for i, w in enumerate(words[1:], 1):
        if w.group(0) in HOLDER_HEADS and words[i - 1].group(0).casefold() not in CONTEST_WORDS:
            holder = _holder(text, start + w.start(), end)
            contest = text[start:start + words[i - 1].end()].strip()
            return (contest, holder) if holder else None
    return None


def contest_results(text: str, sent_of: SentenceOf) -> list[Candidate]:
    """The ranks of contest results listed rank by rank after the contest's name.

    Parameters
    ----------
    text : str
        The article.
    sent_of : callable
        The sentence span holding an offset.

    Returns
    -------
    list[Candidate]
        One rank per listed winner (subject = the winner, metric = the contest, ``award``),
        in text order.
    """
    if "uara" not in text:
        return []
    out: list[Candidate] = []
    done = 0  # where the last run read ends: a leader inside it is one of its items
    for m in _LEADER.finditer(text):
        if m.start() < done:
            continue
        sent = sent_of(m.start())
        first = _rank(m.group("ord"))
        if first is None:
            continue
        lead = item_text(text, m.end(), sent[1])
        split = _split_first(text, *lead)
        if split is None:
            continue
        contest, winner = split
        run = [(m.span("ord"), first, winner)]
        pos = lead[1]
        while len(run) < MAX_ITEMS and (f := _FOLLOWER.match(text, pos, sent[1])) is not None:
            rank = _rank(f.group("ord"))
            span = item_text(text, f.end(), sent[1])
            holder = _holder(text, *span)
            if rank is None or holder is None:
                break
            run.append((f.span("ord"), rank, holder))
            pos = span[1]
        ranks = [roman_to_int(r) if isinstance(r, str) else r for _, r, _ in run]
        first_rank = ranks[0] or 0
        if len(run) < 2 or ranks != list(range(first_rank, first_rank + len(run))):
            continue  # "Juara I Lomba A X, Juara I Lomba B Y": one contest per item
        done = pos
        name = _YEAR_TAIL.sub("", contest)
        start = text.index(contest, m.end())
        metric = Metric(name, start, start + len(name), None, award=True)
        out += [Candidate(metric, rank, "rank", None, text[s:e], s, e, sent, [holder])
                for (s, e), rank, holder in run]
    return out
