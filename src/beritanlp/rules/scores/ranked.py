"""Ranked lists: each listed subject with its value and/or rank.

These shapes are read, each only where at least :data:`MIN_ITEMS` items (two for rank-only items)
follow each other:

* numbered items, one subject and one value each: "1. Kota Sukamaju 89,5 2. Kab. Lembah 88,1",
  also when a scraper glued the value to the name ("Kab. Lembah88,1") or the next item's number
  to the value ("89,52. Kab. Lembah 88,1": the 2 belongs to the next item);
* clauses of a sentence, each naming a subject with its value in brackets or after a score
  word and, optionally, a rank phrase: "Kota A di peringkat pertama (4,51), Kota B (4,37) di
  posisi kedua, ...", "peringkat 1 diraih Kota A dengan nilai 89,5, ...";
* unnumbered lines of one name and one value each ("Kota A: 89,5");
* names each followed by their rank ("Kota A di peringkat pertama, Kota B di posisi kedua");
* rank-only numbered items right after a sentence that names a ranking ("Berikut 10 kota
  terbersih 2024:,1. Kota A,2. Kota B"): each item is one name (a place or a bracketed note may
  follow it) and its rank is its list number. Lists of money, counts, winners or steps are none.
* a ranking's top N named in order ("tiga besar teratas, yaitu A dengan 65 ..., kemudian B
  (40), dan C (39)"): ranks 1..N in turn, only where the order is said and the names add up
  to N (:func:`top_group_items`).

* followers after a leader's stated rank ("A di urutan pertama (92,5), disusul B 85,3 dan C
  80,1", "Lalu disusul B pada peringkat kedua", "memimpin klasemen dengan 112 poin disusul B
  dengan 104 poin"): the next ranks in turn, or each one's own, with values where given
  (:func:`follower_items`; names alone only after "berturut-turut diikuti").

* a ranking by a superlative, its leader named right after it and the others in turn ("ISPU
  tertinggi di wilayah A, kemudian B, C dan D"): ranks 1..n of the metric right before the
  superlative (:func:`superlative_candidates`).

* an award category's winner with ranks in a bracket ("Kategori Pemuda Pelopor: Budi (Juara I
  Tingkat Provinsi dan Juara II Tingkat Nasional)"): each rank is in the category, held by the
  name (:func:`category_winner_candidates`; a winner with no rank in the bracket gives none).

Numbered items may carry their value in brackets ("1. Kota A (skor 89,5)"), and may be glued
with commas where the scraper joined paragraphs ("berikut:,1. Kota A 89,5,2. Kota B 88,1"); a
clause's value may also be a bare decimal right after its name ("Kota B 79,5, Kota C 78,2").

The caller decides which metric the list is of (the metric named before it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

from beritanlp.rules.scores.air import reading_list
from beritanlp.rules.scores.contests import CONTEST_WORDS, HOLDER_HEADS
from beritanlp.rules.scores.cues import HOLDING_PASSIVE
from beritanlp.rules.scores.model import ByStart, Candidate, Metric, between
from beritanlp.text.numbers import plain_number
from beritanlp.text.ordinals import alternation, rank_words

#: Fewer items than this are a sentence, not a list.
MIN_ITEMS = 3

#: "pertama" ... "kesepuluh" and "satu" ... "sepuluh" (the one table: text/ordinals.py).
#: Rank words of lists; "kesatu" is "pertama" ("tempat kesatu ditempati A").
_WORD_RANKS = rank_words(10, cardinals=10, kesatu=True)
_RANK_WORD = alternation(_WORD_RANKS)
#: A rank as a Roman numeral ("Juara II"), the numerals of :data:`_ROMAN_RANKS`.
_ROMAN_RANK = r"(?:IV|V?I{1,3}|IX|X)\b"
#: A held rank's value (one group): a Roman numeral, one or two digits or a rank word.
_RANK_VALUE = rf"({_ROMAN_RANK}|\d{{1,2}}\b|(?i:{_RANK_WORD})\b)"
#: A listed rank's value: the same, but digits a decimal goes on from ("2,5") are none.
_LISTED_RANK_VALUE = rf"({_ROMAN_RANK}|\d{{1,2}}\b(?![.,]\d)|(?i:{_RANK_WORD})\b)"
#: "peringkat pertama", "posisi ke lima", "urutan ke-3", "peringkat 4".
RANK_PHRASE = re.compile(
    r"\b(?:peringkat|posisi|urutan|ranking|rangking)\s+(?:ke[-\s]|ke(?=\d))?"
    rf"(\d{{1,3}}\b|(?:{_RANK_WORD})\b)", re.IGNORECASE)
_VALUE = r"\d{1,3}(?:,\d{1,3}|\.\d{1,3})?"
#: A clause's value: bracketed ("(4,51)") or after a score word ("dengan nilai 89,5").
_BRACKET_VALUE = re.compile(
    rf"\(\s*({_VALUE})\s*(?:%|persen|poin)?\s*\)"
    rf"|\b(?:nilai|skor|indeks|angka)[ \t]+(?:sebesar[ \t]+|mencapai[ \t]+)?({_VALUE})\b"
    r"(?![ \t]*(?:%|persen))"
    # a decimal right after a name, ending its clause: "Kota B 79,5, Kota C 78,2"
    r"|(?<=[a-z])[ \t]+(\d{1,3}[,.]\d{1,3})(?=[ \t]*(?:poin)?[ \t]*(?:[,;.]|$)(?!\d))")
#: A capitalised name ("Kota Sukamaju", "Kab. Lembah", "DKI Jakarta").
_NAME = re.compile(
    r"(?:(?:Kab|Kota|Prov|Kec)\.\s*)?[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|dan|&))*")
#: Capitalised words that open a clause, not a name.
_CONNECTIVES = frozenset({
    "Kemudian", "Selanjutnya", "Lalu", "Disusul", "Berikutnya", "Sementara", "Sedangkan",
    "Adapun", "Posisi", "Peringkat", "Urutan", "Seperti", "Yakni", "Yaitu", "Di", "Lantas",
    "Terakhir", "Setelah", "Menyusul", "Ada", "Dan", "Serta",
})
#: Clause breaks of a list sentence (a decimal comma, "(4,51)", "89,5", is none).
_CLAUSE_SPLIT = re.compile(
    r"(?:[;:]|,(?!\d)|\s(?:dan|serta|sedangkan|sementara)\s)(?![^()]*\))")
#: A list number: after a space, a line start, a glued value digit, or a comma (CLICK-ID
#: joins paragraphs with commas: "berikut:,1. Kota A 89,5,2. Kota B 88,1").
_NUMBERED = re.compile(
    r"(?:(?<=\s)|^|(?<=\d)|(?<=,))(\d{1,2})[.)][ \t]*(?=(?:Kab\.|Kota|Prov\.)?\s*[A-Z])")
#: An item's value at its end: "89,5", "89,5 poin", "(89,5)", "(skor 89,5)", "dengan nilai 89,5".
_ITEM_TAIL = re.compile(
    r"(?:\((?:\s*(?:skor|nilai|indeks|poin)\b)?|\b(?:dengan[ \t]+)?(?:skor|nilai|indeks)\b)?"
    rf"\s*({_VALUE})\s*(?:%|persen|poin)?\s*\)?\s*[,;.]?\s*$", re.IGNORECASE)
#: A letter grade in brackets closing an item after its value: "Kab. A 72,15 (BB)".
_GRADE_AFTER_VALUE = re.compile(r"(?<=\d)([ \t]*(?:poin)?)[ \t]*\([ \t]*(?:AA|BB|CC|[A-E][+-]?)"
                                r"[ \t]*\)(?=[ \t]*[,;.]?[ \t]*$)")
#: Where the last item of a comma-glued list ends: a comma right before the next paragraph.
_GLUED_PARAGRAPH = re.compile(r",(?=[A-Z\"“])")


@dataclass(frozen=True)
class ListItem:
    """One listed subject: its name, value and rank (each with offsets; rank may be absent).

    ``numbered`` is true for an item of a numbered list (its rank is the list number).
    """

    name: str
    value: int | float
    value_span: tuple[int, int] | None
    rank: int | str | None
    rank_span: tuple[int, int] | None
    numbered: bool = False


def rank_value(word: str) -> int | None:
    """The number a rank word or numeral stands for ("kedua" -> 2, "7" -> 7)."""
    if word.isdigit():
        return int(word)
    return _WORD_RANKS.get(word.casefold())


def _number(text: str) -> int | float | None:
    """A list value: a plain number up to 1000 (a longer one is no score)."""
    return plain_number(text, high=1000)


#: A listed name's pattern, for the readers of listed grades' holders (rules.scores.listed_grades).
LIST_NAME = _NAME


def clean_list_name(name: str) -> str:
    """A listed name without the connectives opening its clause or a trailing "dan"."""
    return _clean_name(name)


def _clean_name(name: str) -> str:
    words = name.split()
    while words and words[0] in _CONNECTIVES:
        words = words[1:]
    while words and words[-1] in ("dan", "&"):
        words = words[:-1]
    return " ".join(words)


def bracket_items(text: str, start: int, end: int) -> list[ListItem]:
    """Clauses of ``text[start:end]`` that name a subject with a bracketed value."""
    items: list[ListItem] = []
    pos = start
    for cut in [*(m.start() for m in _CLAUSE_SPLIT.finditer(text, start, end)), end]:
        item = _bracket_item(text, pos, cut)
        if item is not None:
            items.append(item)
        pos = cut + 1
    return items


def _bracket_item(text: str, lo: int, hi: int) -> ListItem | None:
    values = list(_BRACKET_VALUE.finditer(text, lo, hi))
    if len(values) != 1:
        return None
    v = values[0]
    names = [(m, _clean_name(m.group(0))) for m in _NAME.finditer(text, lo, hi)
             if not (v.start() <= m.start() < v.end())]
    names = [(m, n) for m, n in names if n]
    if not names:
        return None
    before = [x for x in names if x[0].end() <= v.start()]
    _, name = before[-1] if before else names[0]
    group = next(g for g in (1, 2, 3) if v.group(g) is not None)
    if group == 3 and not (before and not text[before[-1][0].end():v.start()].strip()):
        return None  # a bare value counts only right after the name it belongs to
    value = _number(v.group(group))
    if value is None:
        return None
    ranks = list(RANK_PHRASE.finditer(text, lo, hi))
    rank = rank_value(ranks[0].group(1)) if len(ranks) == 1 else None
    rank_span = (ranks[0].start(1), ranks[0].end(1)) if rank is not None else None
    return ListItem(name, value, (v.start(group), v.end(group)), rank, rank_span)


def numbered_items(text: str, start: int, end: int) -> list[ListItem]:
    """Numbered items ("1. Kota A 89,5 2. Kota B 88,1") in ``text[start:end]``."""
    marks: list[tuple[int, int, int]] = []
    for m in _NUMBERED.finditer(text, start, end):
        rank, mark_start = int(m.group(1)), m.start()
        # after a digit, or a decimal comma ("97,12. Kab. B" reads as "12." after the comma)
        glued = mark_start > 0 and (text[mark_start - 1].isdigit() or text[mark_start - 1] == ",")
        if glued and marks and rank != marks[-1][0] + 1 \
                and m.group(1).endswith(str(marks[-1][0] + 1)):
            # "83,082. DI Yogyakarta": the 2 is the next item's number, the 8 the value's
            rank = marks[-1][0] + 1
            mark_start = m.start(1) + len(m.group(1)) - len(str(rank))
        marks.append((rank, mark_start, m.end()))
    items: list[ListItem] = []
    for i, (rank, mark_start, body) in enumerate(marks):
        stop = marks[i + 1][1] if i + 1 < len(marks) else _line_end(text, body, end)
        item = _numbered_item(text, rank, mark_start, body, stop)
        if item is not None:
            items.append(item)
    return _sequence(items)


def _line_end(text: str, pos: int, end: int) -> int:
    """Where the last item starting at ``pos`` ends: its line's end or a glued paragraph."""
    nl = text.find("\n", pos, end)
    stop = nl if nl >= 0 else end
    glued = _GLUED_PARAGRAPH.search(text, pos, stop)
    return glued.start() + 1 if glued else stop


def _numbered_item(text: str, rank: int, mark_start: int, body: int,
                   stop: int) -> ListItem | None:
    chunk = text[body:stop]
    # "89,52. Kab. B": the next item's number glued to this value; cut it off
    glued = re.search(rf"(\d)({rank + 1})\.\s*$", chunk)
    if glued and re.search(rf"{_VALUE}$", chunk[:glued.start(2)]):
        chunk = chunk[:glued.start(2)]
    # "72,15 (BB)": the value's letter grade in brackets after it (read by the grade rules)
    chunk = _GRADE_AFTER_VALUE.sub(r"\1", chunk)
    tail = _ITEM_TAIL.search(chunk)
    if not tail:
        return None
    name = _clean_name(chunk[:tail.start()].strip(" \t:–-(\n"))
    if not name or not _NAME.fullmatch(name) or len(name.split()) > 6:
        return None
    value = _number(tail.group(1))
    if value is None:
        return None
    v_start = body + tail.start(1)
    return ListItem(name, value, (v_start, v_start + len(tail.group(1))), rank,
                    (mark_start, mark_start + len(str(rank))), numbered=True)


def _sequence(items: list[ListItem], least: int = MIN_ITEMS) -> list[ListItem]:
    """The longest run of items numbered 1, 2, 3 ... (other numbers are no list)."""
    best: list[ListItem] = []
    run: list[ListItem] = []
    for item in items:
        prev = run[-1].rank if run else None
        if isinstance(prev, int) and item.rank == prev + 1:
            run.append(item)
        else:
            run = [item]
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= least else []


#: A sentence that names a ranking: "peringkat", "Top 5", "10 besar".
_RANKING_INTRO = re.compile(
    r"(?i)\b(?:peringkat|pemeringkatan|ranking|rangking|top[ \t]+\d{1,2}|\d{1,2}[ \t]+besar"
    r"|(?:sepuluh|lima|tiga)[ \t]+besar)\b")
#: A superlative ("terbaik") names a ranking only in a list's intro ("Berikut daftar ...:").
_SUPERLATIVE_INTRO = re.compile(
    r"(?i)\b(?:terbaik|tertinggi|terendah|teratas|terbersih|terburuk|terkotor)\b")
_LIST_INTRO = re.compile(r"(?i)\b(?:berikut|daftar|inilah|yakni|yaitu)\b|:[\s,]*$")
#: Intros of lists that are no ranking by score: money, counts, winners, steps, demands, rules,
#: and lists of who moved in or into a ranking (listed in no order of rank).
_NOT_RANKING_INTRO = re.compile(
    r"(?i)\b(?:gaji|bergaji|terkaya|kekayaan|harta|termahal|termurah|harga|juta|miliar|triliun"
    r"|terbanyak|terbesar|pemenang|juara|nominasi|nominator|langkah|cara|tips|syarat|tuntutan"
    r"|pasal|agenda|nama-nama|pemain|skuad|waktu|tercepat|terlaris|rekomendasi"
    # who moved or got in ("yang naik peringkat", "yang masuk 10 besar"): no order of rank
    r"|naik|turun|kenaikan|penurunan|masuk|lolos|meraih|menerima|mendapat(?:kan)?)\b")
#: One rank-only item: a name, optionally ", Place" (or " - Place") and a bracketed note,
#: nothing else (an item with a number after its name is a value or time list, not rank-only).
_RANK_ONLY_ITEM = re.compile(
    r"[ \t\xa0]*([A-Z][\w'’&-]*(?:[ \t\xa0]+(?:[A-Z][\w'’&-]*|of|the|de|and|dan|&|for|di)){0,7})"
    r"(?:[ \t]*(?:,|[ \t][–-])[ \t]*[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2})?"
    r"(?:[ \t]*\([^()\n]{0,80}\))?[ \t]*[,.;]?[ \t]*$")
#: Item names that name a contest or an award, not who holds the rank.
_NOT_LISTED = re.compile(r"\bAwards?\b|^(?:Anugerah|Penghargaan|Lomba|Festival|Piala|Kategori)\b")
#: How far before a rank-only list (characters) its intro sentence may start.
_INTRO_WINDOW = 300


def ranking_intro(text: str, pos: int) -> int | None:
    """Where the sentence before ``pos`` starts if it names a ranking (else None)."""
    lo = max(0, pos - _INTRO_WINDOW)
    window = text[lo:pos].rstrip(" \t,:.\n")
    cut = max(window.rfind(stop) for stop in ".!?\n") + 1  # the intro sentence's start
    intro = window[cut:].lstrip(" \t,\"”")
    cut = len(window) - len(intro)
    if _NOT_RANKING_INTRO.search(intro) or not (_RANKING_INTRO.search(intro) or (
            _SUPERLATIVE_INTRO.search(intro) and _LIST_INTRO.search(text[lo + cut:pos]))):
        return None
    return lo + cut


def rank_only_items(text: str, start: int, end: int) -> list[ListItem]:
    """Numbered names without values ("1. Kota A,2. Kota B") in ``text[start:end]``.

    Only a run numbered from 1 counts; the caller checks that a ranking is named before it.
    """
    marks = [(int(m.group(1)), m.start(), m.end()) for m in _NUMBERED.finditer(text, start, end)]
    items: list[ListItem] = []
    for i, (rank, mark_start, body) in enumerate(marks):
        stop = marks[i + 1][1] if i + 1 < len(marks) else _line_end(text, body, end)
        m = _RANK_ONLY_ITEM.match(text[body:stop])
        if m is None or _NOT_LISTED.search(m.group(1)):
            continue
        name = m.group(1).replace("\xa0", " ").strip()
        items.append(ListItem(name, 0, None, rank, (mark_start, mark_start + len(str(rank))),
                              numbered=True))
    run = _sequence(items, 2)
    return run if run and run[0].rank == 1 else []


_LINE_ITEM = re.compile(
    rf"^[ \t]*(?:[-•*][ \t]*)?({_NAME.pattern})[ \t]*[:=–-]?[ \t]*\(?({_VALUE})\)?[ \t]*"
    r"(?:poin|persen|%)?[ \t]*$", re.MULTILINE)


def line_items(text: str) -> list[tuple[int, ListItem]]:
    """Unnumbered lines of one name and one value each ("Kota A: 89,5"), with their run's start.

    Only runs of at least MIN_ITEMS consecutive lines count.
    """
    out: list[tuple[int, ListItem]] = []
    run: list[ListItem] = []
    run_start, last_end = 0, -2
    for m in _LINE_ITEM.finditer(text):
        value = _number(m.group(2))
        name = _clean_name(m.group(1))
        if value is None or not name:
            continue
        if m.start() != last_end + 1:
            if len(run) >= MIN_ITEMS:
                out += [(run_start, item) for item in run]
            run, run_start = [], m.start()
        run.append(ListItem(name, value, (m.start(2), m.end(2)), None, None))
        last_end = m.end()
    if len(run) >= MIN_ITEMS:
        out += [(run_start, item) for item in run]
    return out


_ROMAN_RANKS = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8,
                "IX": 9, "X": 10}
_RANK_ITEM_CUE = r"(?:[Jj]uara|[Pp]eringkat|[Tt]erbaik|[Rr]anking|[Rr]angking|[Pp]osisi|[Uu]rutan)"
#: "Juara 1: Desa X", "Peringkat II Kota Y", "Terbaik ketiga diraih Kabupaten Z".
_RANK_ITEM = re.compile(
    rf"(?<![\w-]){_RANK_ITEM_CUE}[ \t]+(?:ke[ \t-]?(?=\d))?"
    rf"{_LISTED_RANK_VALUE}"
    rf"[ \t]*(?:[:.–-][ \t]*|(?:{HOLDING_PASSIVE}|jatuh[ \t]+kepada|adalah|ada|yaitu"
    r"|yakni)[ \t]+(?:oleh[ \t]+)?"
    # "posisi pertama tahun ini masih ditempati X": a few words before the passive verb (a
    # category's number among them: "peringkat kesatu kelas 50 kg direbut X"), at most four
    rf"|(?:[a-z]+[ \t]+|\d{{1,3}}[ \t]+(?=[a-z])){{1,4}}?{HOLDING_PASSIVE}[ \t]+(?:oleh[ \t]+)?)?"
    r"(?=[A-Z])")
#: Where a listed name ends: a comma, bracket, line end, or the next clause.
_ITEM_NAME_END = re.compile(
    r"[,;.()\n]|[ \t]+(?:dengan|dan|serta|sedangkan|sementara|yang|untuk|dari|di|pada|meraih"
    r"|mendapat|kategori|tingkat)\b|[ \t]+(?=" + _RANK_ITEM_CUE + r"\b)")


#: Names after a rank that name the contest, not who holds the rank ("Juara 1 Adiwarna Awards").
_NOT_A_HOLDER = re.compile(r"\bAwards?\b|^(?:Anugerah|Penghargaan|Lomba|Festival|Piala|Kategori"
                           r"|Tingkat|Nasional|Provinsi|Kabupaten/Kota|Dunia|Se)\b")


#: A holder's name: a capitalised name that may join its words with "of", "the", "de"
#: ("University of Lembah", "Institut de Sukamaju"); at most eight words, so that a long run
#: of capitalised words is read in linear time.
_HOLDER = re.compile(
    r"(?:(?:Kab|Kota|Prov|Kec)\.\s*)?[A-Z][\w'’-]*"
    r"(?:[ \t]+(?:[A-Z][\w'’-]*|(?:dan|&|of|the|de|and|for)(?=[ \t]+[A-Z]))){0,7}")
#: Verbs between a name and its rank: "menyusul di urutan kedua", "bertengger di posisi 3".
_HOLD_VERBS = (r"(?:berada|menempati|menduduki|duduk|menyusul|ada|bertengger|mengisi|tercatat"
               r"|finis|masuk)")
#: A name, then its rank: "Kota B di peringkat kedua", "Kab. C menempati posisi ke-3",
#: "Kota D, Lembah, menyusul di urutan ketiga" (a place set off by commas after the name).
_NAME_RANK = re.compile(
    rf"(?<![\w.])({_HOLDER.pattern})"
    r"(?:[ \t]*,[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]*,)?"
    rf"[ \t]+(?:(?:(?:masih|juga|kini|pun)[ \t]+)?{_HOLD_VERBS}[ \t]+)?(?:di[ \t]+)?"
    r"(?:peringkat|posisi|urutan)[ \t]+"
    rf"((?:ke[ \t-]?(?=\d))?\d{{1,2}}\b(?![.,]\d)|(?:{_RANK_WORD})\b)")


#: A name's rank in brackets after it: "Sanggar A (juara 1)", "Kota B (peringkat kedua)", "Tim
#: C (Juara II)" (a Roman numeral stays a string). Only a result word opens the bracket: a
#: speaking order, a draw or a seat ("(urutan 1)", "(posisi 2)", "(nomor 3)") is no result.
_BRACKET_RANK_AFTER = re.compile(
    r"(?<=[\w'’.])[ \t]*\([ \t]*(?:[Jj]uara|[Pp]eringkat|[Tt]erbaik|[Pp]emenang)[ \t]+"
    rf"(?:ke[ \t-]?(?=\d))?{_RANK_VALUE}[ \t]*\)")
#: "juara N" ending its clause after a name: "A meraih juara 1, B juara 2 dan C juara 3" (a
#: contest after the rank, "juara 2 lomba Y", is read by the contest rules; "juara 2 kali" is a
#: count).
_CHAMPION_AFTER = re.compile(
    r"(?<=[\w'’.])[ \t]+(?:(?:meraih|menjadi|merebut|menyabet)[ \t]+)?"
    rf"[Jj]uara[ \t]+(?:ke[ \t-]?(?=\d))?"
    rf"{_RANK_VALUE}"
    r"(?=[ \t]*(?:[,;.]|$)|[ \t]+(?:dan|serta)[ \t]+[A-Z])")
#: A word of a placed subject's name: capitalised, a number inside a school's name ("SMPN 1
#: Kota A", "SD Negeri 3 B"), a short form ("Kab."), or a joining word.
_PLACED_WORD = re.compile(r"[A-Z][\w'’./-]*|\d{1,3}|(?:19|20)\d\d|dan|&|de|of")
#: Words before a name that are no part of it when the name has no head word.
_BEFORE_NAME = frozenset({"dalam", "pada", "di"})
_KE = re.compile(r"^ke[ \t-]?(?=\d)")


def _name_rank_items(text: str, start: int, end: int) -> list[ListItem]:
    """Names each followed by their rank ("Kota A di peringkat pertama, Kota B di ... kedua").

    Also a rank in brackets after each name ("Sanggar A (juara 1), Sanggar B (juara 2)") and
    "juara N" ending a name's clause ("A meraih juara 1, B juara 2 dan C juara 3").
    """
    items: list[ListItem] = []
    found = [(m, _clean_name(m.group(1))) for m in _NAME_RANK.finditer(text, start, end)]
    placed: list[re.Match[str]] = []
    if "(" in text[start:end]:
        placed += _BRACKET_RANK_AFTER.finditer(text, start, end)
    if "uara" in text[start:end]:
        placed += _CHAMPION_AFTER.finditer(text, start, end)
    found += [(m, _placed_name(text, start, m.start())) for m in placed]
    for m, name in found:
        word = _KE.sub("", m.group(m.lastindex or 0))
        rank: int | str | None = word if word in _ROMAN_RANKS else rank_value(word)
        if rank is None or not name or len(name.split()) > 7 or _NOT_A_HOLDER.search(name):
            continue
        items.append(ListItem(name, 0, None, rank, m.span(m.lastindex or 0)))
    return items


def _placed_name(text: str, lo: int, hi: int) -> str:
    """The whole name ending at ``hi`` of a subject placed right after it ('' when unclear).

    Delimited as the contest results are (rules.scores.contests): from the first head word of
    a holder's name ("Desa", "Tim", "SMPN", "SD") that does not follow a contest word ("Lomba
    Desa"), numbers inside a school's name kept ("SMPN 1 Kota A"); with no head word, the
    capitalised words after a contest's year ("Lomba Pidato 2024 Budi Santoso"), else the
    capitalised run unless it opens with a contest word or a preposition.
    """
    run: list[str] = []
    for w in reversed(text[max(lo, hi - 120):hi].split()):
        if len(run) == 12 or not _PLACED_WORD.fullmatch(w):
            break
        run.insert(0, w)
    while run and run[0] in ("dan", "&", "de", "of"):
        run = run[1:]  # "..., B (juara 2) dan C (juara 3)": "dan" opens C's clause
    for i, w in enumerate(run):
        if w in HOLDER_HEADS and (i == 0 or run[i - 1].casefold() not in CONTEST_WORDS):
            return " ".join(run[i:])
    numbers = [i for i, w in enumerate(run) if w.isdigit()]
    if numbers:
        last = numbers[-1]
        return " ".join(run[last + 1:]) if len(run[last]) == 4 else ""
    if not run or run[0].casefold() in CONTEST_WORDS | _BEFORE_NAME:
        return ""
    return _clean_name(" ".join(run))


#: A later clause of a rank list that leaves the rank word out: "urutan pertama adalah A,
#: kedua B, dan ketiga C" (an ordinal from "kedua" on, right after a clause break).
_ELLIPTIC_RANK = re.compile(
    r"(?:[,;][ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t](?:dan|serta)[ \t]+)"
    rf"((?i:{alternation(rank_words(10, lowest=2))}))[ \t]+"
    rf"(?:(?:adalah|{HOLDING_PASSIVE}|yaitu|yakni)[ \t]+(?:oleh[ \t]+)?)?(?=[A-Z])")


def _elliptic_items(text: str, start: int, end: int) -> list[ListItem]:
    """Items of a rank list whose rank word is left out ("..., kedua Kota B")."""
    items: list[ListItem] = []
    for m in _ELLIPTIC_RANK.finditer(text, start, end):
        rank = rank_value(m.group(1))
        stop = _ITEM_NAME_END.search(text, m.end(), min(end, m.end() + 120))
        name = _clean_name(text[m.end():stop.start() if stop else min(end, m.end() + 120)])
        if rank is None or not name or not _HOLDER.fullmatch(name) or len(name.split()) > 7 \
                or _NOT_A_HOLDER.search(name):
            continue
        items.append(ListItem(name, 0, None, rank, m.span(1)))
    return items


def rank_items(text: str, start: int, end: int) -> list[ListItem]:
    """Ranks each given to a name: "Juara 1: Desa X, Juara 2: Desa Y" (no values).

    Also names followed by their rank ("Kota A di peringkat pertama, Kota B di posisi kedua").
    """
    items: list[ListItem] = []
    for m in _RANK_ITEM.finditer(text, start, end):
        word = m.group(1)
        rank: int | str | None = word if word in _ROMAN_RANKS else rank_value(word)
        if rank is None:
            continue
        stop = _ITEM_NAME_END.search(text, m.end(), min(end, m.end() + 120))
        name = _clean_name(text[m.end():stop.start() if stop else min(end, m.end() + 120)])
        if not name or not _HOLDER.fullmatch(name) or len(name.split()) > 7 \
                or _NOT_A_HOLDER.search(name):
            continue
        items.append(ListItem(name, 0, None, rank, m.span(1)))
    spans = {i.rank_span for i in items}
    items += [i for i in _name_rank_items(text, start, end) if i.rank_span not in spans]
    if items:  # a sentence that ranks a name may go on leaving the rank word out
        spans = {i.rank_span for i in items}
        items += [i for i in _elliptic_items(text, start, end) if i.rank_span not in spans]
    items.sort(key=lambda i: i.rank_span or (0, 0))
    return items


#: "posisi 1 hingga 4 ditempati berurutan oleh: A, B, ..." style lists: a span of ranks given in
#: order to the names after it ("berturut-turut"/"berurutan", then "yaitu"/"yakni"/":" or a
#: passive of holding: "secara berurutan diraih A, B dan C").
_IN_ORDER = re.compile(
    r"(?i:peringkat|posisi|urutan|ranking)[ \t]+(?P<first>(?i:1|satu|pertama))[ \t]+"
    r"(?i:sampai|hingga|s/d)[ \t]+(?i:ke[ \t-]?)?"
    rf"(?P<n>\d{{1,2}}|(?i:{_RANK_WORD}))\b[^.:\n]{{0,60}}?"
    r"\b(?i:berturut-turut|berurutan)\b[ \t]*,?[ \t]*"
    r"(?:(?i:yaitu|yakni|adalah|ialah|:)|(?i:diraih|ditempati|diisi|dipegang)(?:[ \t]+(?i:oleh))?)"
    r"[ \t]*")
#: Breaks between the names of an in-order list ("A, B, C dan D").
_IN_ORDER_SPLIT = re.compile(r",[ \t]*(?:dan[ \t]+)?|[ \t]+dan[ \t]+")


def in_order_items(text: str, start: int, end: int) -> list[ListItem]:
    """Names given ranks 1..n in order ("peringkat satu sampai lima berturut-turut yaitu A, B").

    Kept only where the names (capitalised, up to four words each) are exactly n: a list that
    does not add up is not read.
    """
    items: list[ListItem] = []
    for m in _IN_ORDER.finditer(text, start, end):
        n = rank_value(m.group("n"))
        stop = text.find(".", m.end(), end)
        stop = end if stop < 0 else stop
        names, pos = [], m.end()
        for cut in [*(c.start() for c in _IN_ORDER_SPLIT.finditer(text, m.end(), stop)), stop]:
            names.append((pos, cut))
            nxt = _IN_ORDER_SPLIT.match(text, cut)
            pos = nxt.end() if nxt else cut
        names = [(a, b) for a, b in names if b > a]
        if n is None or len(names) != n or not all(
                _NAME.fullmatch(text[a:b].strip()) and len(text[a:b].split()) <= 4
                for a, b in names):
            continue
        # the first rank's own word ("satu") is the span of rank 1, so it is read only here
        spans = [m.span("first"), *names[1:]]
        items += [ListItem(text[a:b].strip(), 0, None, rank, span)
                  for rank, ((a, b), span) in enumerate(zip(names, spans, strict=True), 1)]
    return items


#: A ranking's top N named in order: "tiga besar teratas, yaitu A dengan 65 ..., kemudian B
#: (40), dan C (39)", "lima besar berturut-turut ditempati A, B, ...".
_TOP_GROUP = re.compile(
    r"\b(?P<n>(?i:dua|tiga|empat|lima|[2-5]))[ \t]+(?i:besar)(?:[ \t]+(?i:teratas))?"
    r"(?P<order>[ \t]+(?i:berturut-turut|berurutan))?[ \t]*,?[ \t]*"
    r"(?:(?i:yaitu|yakni|adalah|ialah|ditempati(?:[ \t]+oleh)?|diisi(?:[ \t]+oleh)?)[ \t]+|:[ \t]*)"
    r"(?=[A-Z])")
#: Breaks between the entries of a top group ("A ..., kemudian B (40), dan C (39)").
TOP_SPLIT = re.compile(r"[ \t]*,[ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+(?=[A-Z])")
#: Words saying the entries come in order ("kemudian B", "disusul C").
_THEN = re.compile(r"(?i:kemudian|disusul(?:[ \t]+oleh)?|diikuti(?:[ \t]+oleh)?|lalu"
                   r"|selanjutnya)[ \t]+(?=[A-Z])")


def top_group_items(text: str, start: int, end: int) -> list[ListItem]:
    """The top N of a ranking named in order: ranks 1..N to the names, in turn.

    Read only where the order is said ("berturut-turut", "kemudian B", "disusul C") and the
    entries are exactly N, each opening with a capitalised name (what follows it in its entry,
    a count or a bracket, is left out): an unordered "tiga besar, yaitu A, B dan C" is a group.
    """
    items: list[ListItem] = []
    stop = start  # the full stop of the last group read: a match before it is inside it
    for m in _TOP_GROUP.finditer(text, start, end):
        if m.start() < stop:
            continue
        n = rank_value(m.group("n")) if not m.group("n").isdigit() else int(m.group("n"))
        stop = text.find(".", m.end(), end)
        stop = end if stop < 0 else stop
        if n is None:
            continue
        entries, pos = [], m.end()
        # n breaks are enough to tell a group of more than n entries: no more are read
        splits = islice(TOP_SPLIT.finditer(text, m.end(), stop), n)
        for cut in [*(c.start() for c in splits), stop]:
            entries.append((pos, cut))
            nxt = TOP_SPLIT.match(text, cut)
            pos = nxt.end() if nxt else cut
        ordered = m.group("order") is not None
        names: list[tuple[int, str]] = []
        for a, b in entries:
            then = _THEN.match(text, a, b)
            ordered = ordered or then is not None
            name = _HOLDER.match(text, then.end() if then else a, b)
            if name is None:
                break
            names.append((name.start(), _clean_name(name.group())))
        if len(names) != n or len(entries) != n or not ordered:
            continue
        items += [ListItem(name, 0, None, rank, (a, a + len(name)))
                  for rank, (a, name) in enumerate(names, 1)]
    return items


#: A leader's rank: "di urutan pertama", "peringkat ke-3", leading a table ("memimpin
#: klasemen", "memuncaki klasemen", "menduduki puncak klasemen": rank 1), or a first place won
#: ("juara pertama", "juara umum": rank 1, group ``first``).
_LEADER_RANK = re.compile(
    RANK_PHRASE.pattern
    + r"|\b(?P<top>memimpin|memuncaki|menduduki[ \t]+puncak|berada[ \t]+di[ \t]+puncak)[ \t]+"
      r"(?:klasemen|peringkat|daftar|tabel)\b"
    # a first place said as a win ("juara pertama", "juara umum")
    + r"|\b(?P<first>juara[ \t]+(?:pertama|kesatu|satu|1|I|umum))\b",
    re.IGNORECASE)
#: Followers after a leader: "..., disusul B 85,3 dan C 80,1", ". Diikuti oleh B di posisi
#: kedua", "berturut-turut diikuti B, C dan D", ". Di bawahnya B dengan skor 80,5".
_FOLLOWED = re.compile(
    r"(?<![\w-])(?:(?i:lalu|kemudian|dan)[ \t]+)?"
    r"(?P<turn>(?i:berturut-turut)[ \t]+)?(?:(?i:disusul|diikuti)(?:[ \t]+(?i:oleh))?"
    r"|(?i:di[ \t]+bawahnya)(?:[ \t]+(?i:ada|adalah))?)[ \t]+(?=[A-Z])")
#: One follower: a name, then its value ("85,3", "dengan skor 85,3", "(85,3)", "dengan 87
#: poin") and/or its own rank ("di posisi kedua", "pada peringkat ketiga"), nothing else.
_FOLLOWER = re.compile(
    rf"(?P<name>{_HOLDER.pattern})"
    r"(?:[ \t]+(?:yang[ \t]+)?(?:(?:berada|menempati|menduduki|ada)[ \t]+)?(?:di|pada)[ \t]+"
    r"(?P<rank>(?:peringkat|posisi|urutan)[ \t]+[\w-]+))?"
    rf"(?:[ \t]*\([ \t]*(?P<bv>{_VALUE})[ \t]*(?:poin)?[ \t]*\)"
    r"|[ \t]+(?:dengan[ \t]+(?:(?:skor|nilai|indeks|poin|total|perolehan[ \t]+skor)[ \t]+)?"
    rf"(?:sebesar[ \t]+)?)?(?P<v>{_VALUE})(?:[ \t]*(?:poin))?)?[ \t]*$")


#: Breaks between followers (a decimal comma, "85,3", is none).
_FOLLOW_SPLIT = re.compile(r"[ \t]*,(?!\d)[ \t]*(?:(?:dan|serta)[ \t]+)?"
                           r"|[ \t]+(?:dan|serta)[ \t]+(?=[A-Z])")
#: A sentence's full stop (a decimal point, "92.5", is none).
_FULL_STOP = re.compile(r"\.(?!\d)")


def follower_items(text: str, start: int, end: int) -> list[ListItem]:
    """Who follows a leader's rank in turn: "A di urutan pertama (92,5), disusul B 85,3 dan C".

    The leader's rank is stated ("peringkat pertama", "memimpin klasemen") before the
    followers in the sentence, or in the sentence before ("Lalu disusul B pada peringkat
    kedua"); each follower takes the next rank unless it states its own, and its value when
    given. Each entry is a name with a value or a rank of its own and nothing else (names alone
    only after "berturut-turut"); a count with its unit ("B 2.989 unit") ends the run.
    """
    items: list[ListItem] = []
    for f in _FOLLOWED.finditer(text, start, end):
        lead = [m for m in _LEADER_RANK.finditer(text, max(0, start - 300), f.start())
                if m.end() <= f.start()]
        rank = _leader_rank(lead[-1]) if lead else None
        if rank is None:
            continue
        said = _leader_said(text, lead[-1], f.start())
        full = _FULL_STOP.search(text, f.end(), end)
        stop = full.start() if full else end
        turn = f.group("turn") is not None or _follows_top(text, lead[-1], f, rank)
        items.extend(_followers(text, f.end(), stop, rank, turn, said))
    return items


def _follows_top(text: str, lead: re.Match[str], f: re.Match[str], rank: int) -> bool:
    """Whether names alone follow a first place: "A peringkat pertama, disusul B dan C".

    A first place stated in the sentence, then ", disusul" (or ", diikuti"): the names after
    it hold the next places in turn, as after "berturut-turut". Not across a full stop, and
    not after a rank lower than first ("peringkat ketiga, disusul B": B's place is unsaid).
    """
    return rank == 1 and _FULL_STOP.search(text, lead.end(), f.start()) is None \
        and text[:f.start()].rstrip().endswith(",")


def _followers(text: str, pos: int, stop: int, rank: int, turn: bool,
               said: str) -> list[ListItem]:
    """The followers from ``pos`` to ``stop``, the leader at ``rank``, each in turn.

    An entry that is a title before a comma, its holder and own rank after it ("serta Ketua
    Paguyuban A, Budi di posisi ketiga") is one follower: the name after the comma.
    """
    items: list[ListItem] = []
    cuts = [*(c.start() for c in islice(_FOLLOW_SPLIT.finditer(text, pos, stop), 9)), stop]
    i = 0
    while i < len(cuts):
        item = _follower(text, pos, cuts[i], rank + 1, turn, said)
        if (item is None or _name_only(text, item)) and i + 1 < len(cuts):
            # a title alone before a comma and a holder stating its own rank is that holder
            titled = _appositive(text, pos, cuts[i], cuts[i + 1], rank + 1, turn, said)
            if titled is not None:
                item = titled
                i += 1  # the title's comma is no entry's end: the name after it is
        if item is None:
            break
        items.append(item)
        rank = item.rank if isinstance(item.rank, int) else rank + 1
        nxt = _FOLLOW_SPLIT.match(text, cuts[i])
        pos = nxt.end() if nxt else cuts[i]
        i += 1
    return items


def _name_only(text: str, item: ListItem) -> bool:
    """Whether a follower is a name alone, with no value and no rank of its own."""
    return item.value_span is None and item.rank_span is not None \
        and text[item.rank_span[0]:item.rank_span[1]] == item.name


#: A title before its holder's name, set off by a comma ("Kepala Sekolah A, Budi"): a few
#: capitalised words, no value and no rank.
_APPOSITIVE_TITLE = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,4}")


def _appositive(text: str, pos: int, cut: int, after: int, rank: int, turn: bool,
                said: str) -> ListItem | None:
    """The follower named after a title set off by a bare comma at ``cut``, else None.

    Only when the title ``text[pos:cut]`` is a few capitalised words and the name after the
    comma states its own rank ("Kepala Sekolah B, Budi di urutan keempat").
    """
    nxt = _FOLLOW_SPLIT.match(text, cut)
    # a bare comma only: "A, dan B" or "A serta B" are two entries, not a title and its holder
    if nxt is None or nxt.group(0).strip() != "," \
            or _APPOSITIVE_TITLE.fullmatch(text, pos, cut) is None:
        return None
    item = _follower(text, nxt.end(), after, rank, turn, said)
    if item is None or RANK_PHRASE.search(text, nxt.end(), after) is None:
        return None
    return item


def _leader_rank(m: re.Match[str]) -> int | None:
    """The rank a leader's phrase states (1 for leading a table)."""
    return 1 if m.group("top") or m.group("first") else rank_value(m.group(1).casefold())


#: A leader's count with its unit ("dengan 12 medali emas", "150 emas"): its followers' bare
#: numbers are counts too, no values (points and scores are values: "112 poin").
_LEADER_COUNT = re.compile(r"\d(?:[\d.,]*\d)?[ \t]+(?!(?:poin|point|pts|dan|dari)\b)[a-z]{3,}")


def _leader_said(text: str, lead: re.Match[str], end: int) -> str:
    """What the leader states beside its rank, up to its followers at ``end``.

    "count": a count with its unit (followers give ranks, no values); "rank": a rank and no
    number (a follower's whole number is its rank: "peringkat ke-134, disusul B 135");
    "value": anything else (a follower's number is its value).
    """
    gap = text[lead.end():end]
    if _LEADER_COUNT.search(gap):
        return "count"
    top = lead.group("top") or lead.group("first")
    return "rank" if not top and not re.search(r"\d", gap) else "value"


def _follower(text: str, lo: int, hi: int, rank: int, turn: bool,
              said: str = "value") -> ListItem | None:
    """One follower's entry ``text[lo:hi]`` as an item with ``rank`` (or its own), else None.

    ``said``: what the leader states beside its rank (:func:`_leader_said`).
    """
    m = _FOLLOWER.match(text, lo, hi)
    if m is None or m.end() != hi:
        return None
    name = _clean_name(m.group("name"))
    if not name or len(name.split()) > 6 or _NOT_LISTED.search(name):
        return None
    own = RANK_PHRASE.search(m.group("rank") or "")
    if own is not None:
        rank = rank_value(own.group(1).casefold()) or 0
        span = (m.start("rank") + own.start(1), m.start("rank") + own.end(1))
    else:
        span = (m.start("name"), m.start("name") + len(name))
    g = "bv" if m.group("bv") else "v" if m.group("v") else None
    value = _number(m.group(g)) if g else None
    if not rank or (value is None and own is None and not turn):
        return None
    if g and value is not None and said == "count":
        value = None  # "12 medali emas, disusul B 10": B's count, no value
    elif said == "rank" and g == "v" and own is None and isinstance(value, int) \
            and not text[m.end("name"):m.start(g)].strip():
        rank, span, value = value, m.span(g), None  # "ke-134, disusul B 135": B's rank
    return ListItem(name, value or 0, m.span(g) if g and value is not None else None, rank, span)


#: A run of ranks held in turn: "posisi keempat sampai keenam berturut-turut ada A, B dan C",
#: "peringkat 4 hingga 6 berturut-turut ditempati A, B, C".
_RANGE_IN_TURN = re.compile(
    r"\b(?i:posisi|peringkat|urutan)[ \t]+(?:(?i:ke)[ \t-]?(?=\d))?"
    rf"(?P<a>\d{{1,2}}|(?i:{_RANK_WORD}))[ \t]+(?i:sampai|hingga)[ \t]+"
    r"(?:(?i:posisi|peringkat|urutan)[ \t]+)?(?:(?i:ke)[ \t-]?(?=\d))?"
    rf"(?P<b>\d{{1,2}}|(?i:{_RANK_WORD}))[ \t]*,?[ \t]*"
    r"(?:(?P<turn>(?i:berturut-turut|berurutan))[ \t]*,?[ \t]*)?"
    r"(?:(?i:ditempati(?:[ \t]+oleh)?|diisi(?:[ \t]+oleh)?)[ \t]+"
    # without "berturut-turut", only "ditempati/diisi" says the names come in turn
    r"|(?(turn)(?:(?i:ada(?:lah)?|yaitu|yakni|ialah)[ \t]+|:[ \t]*)|(?!)))(?=[A-Z])")


def range_in_turn_items(text: str, start: int, end: int) -> list[ListItem]:
    """Ranks a..b of a ranking held in turn by the names after them.

    "posisi 3 sampai 5 berturut-turut ada A, B dan C", "Peringkat 9 hingga 10 ditempati oleh
    A dan B": rank a to the first name, and so on.

    Read only where the names, each a capitalised name alone in its entry, are exactly as many
    as the ranks: anything else ("posisi 3 sampai 5 diisi tim-tim Eropa") is no list.
    """
    items: list[ListItem] = []
    for m in _RANGE_IN_TURN.finditer(text, start, end):
        a, b = rank_value(m.group("a")), rank_value(m.group("b"))
        if a is None or b is None or not 0 < b - a < 10:
            continue
        stop = text.find(".", m.end(), end)
        stop = end if stop < 0 else stop
        names: list[tuple[int, str]] = []
        pos = m.end()
        for cut in [*(c.start() for c in islice(TOP_SPLIT.finditer(text, m.end(), stop),
                                                b - a + 1)), stop]:
            name = _HOLDER.fullmatch(text, pos, cut)
            if name is None:
                break
            names.append((pos, _clean_name(name.group())))
            nxt = TOP_SPLIT.match(text, cut)
            pos = nxt.end() if nxt else cut
            if cut == stop:
                break
        if len(names) != b - a + 1:
            continue
        items += [ListItem(name, 0, None, rank, (p, p + len(name)))
                  for rank, (p, name) in enumerate(names, a)]
    return items


def _in_order_lists(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, ListItem]]:
    """The in-order lists of ``text``, each item with the start of its sentence."""
    return [(s, item) for s, e in sents for item in in_order_items(text, s, e)]


def _rank_lists(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, ListItem]]:
    """Runs of rank items with distinct ranks, in one sentence or consecutive ones."""
    out: list[tuple[int, ListItem]] = []
    run: list[ListItem] = []
    run_start = 0
    for s, e in sents:
        items = rank_items(text, s, e)
        if items:
            if not run:
                run_start = s
            run += items
            continue
        out += _rank_run(run_start, run)
        run = []
    out += _rank_run(run_start, run)
    return out


def _rank_run(start: int, run: list[ListItem]) -> list[tuple[int, ListItem]]:
    """A run of at least two items whose ranks differ (else no list)."""
    ranks = [str(i.rank) for i in run]
    if len(run) < 2 or len(set(ranks)) != len(ranks):
        return []
    return [(start, item) for item in run]


def find_list_items(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, ListItem]]:
    """The items of the ranked lists of ``text``, each with the start of its list."""
    out: list[tuple[int, ListItem]] = []
    if re.search(r"\d[.)][ \t]*[A-Z]", text):
        for para in _paragraphs(text):
            items = numbered_items(text, *para)
            out += [(para[0], item) for item in items]
        out += _rank_only_lists(text, sents, {i.rank_span for _, i in out})
    if not out and "\n" in text:
        out += line_items(text)
    out += _bracket_lists(text, sents)
    if "besar" in text:
        out += [(s, item) for s, e in sents for item in top_group_items(text, s, e)]
    if "isusul" in text or "iikuti" in text or "bawahnya" in text:
        out += [(s, item) for s, e in sents for item in follower_items(text, s, e)]
    if any(w in text for w in _IN_TURN_WORDS):
        taken = {i.rank_span for _, i in out}
        out += [(s, item) for s, e in sents for item in first_held_items(text, s, e)
                if item.rank_span not in taken]
    if "sampai" in text or "hingga" in text:
        out += [(s, item) for s, e in sents for item in range_in_turn_items(text, s, e)]
    if re.search(_RANK_ITEM_CUE, text):
        if "urut" in text:
            out += _in_order_lists(text, sents)
        taken = {span for _, item in out for span in (item.rank_span, item.value_span) if span}
        out += [(st, item) for st, item in _rank_lists(text, sents)
                if item.rank_span not in taken]
    return out


def _rank_only_lists(text: str, sents: list[tuple[int, int]],
                     taken: set[tuple[int, int] | None]) -> list[tuple[int, ListItem]]:
    """Rank-only numbered lists after a sentence naming a ranking, each from its intro."""
    out: list[tuple[int, ListItem]] = []
    for para in _paragraphs(text):
        items = [i for i in rank_only_items(text, *para) if i.rank_span not in taken]
        if not items or items[0].rank != 1 or items[0].rank_span is None:
            continue
        intro = ranking_intro(text, items[0].rank_span[0])
        if intro is None:
            intro = stated_first(text, items[0].name, items[0].rank_span[0], sents)
        if intro is not None:
            out += [(intro, item) for item in items]
    return out


#: A rank-1 phrase: "peringkat 1", "posisi pertama", "peringkat teratas", "nomor satu".
_FIRST_PLACE = re.compile(
    r"(?i)\b(?:peringkat|posisi|urutan|ranking|rangking)[ \t]+(?:ke[ \t-]?(?=\d))?"
    r"(?:1|pertama|satu|teratas|puncak|tertinggi)\b|\bnomor[ \t]+(?:1|satu)\b")
#: How far before a list (characters) the sentence giving its first item rank 1 may start: the
#: same section of a news text (a few paragraphs), not anywhere in it.
STATED_WINDOW = 1500


def stated_first(text: str, name: str, pos: int, sents: Sequence[tuple[int, int]]) -> int | None:
    """Where the sentence before ``pos`` that gives ``name`` rank 1 starts (else None).

    A numbered list of names after no ranking intro ("Simak hasilnya:,1. A,2. B,3. C") is the
    ranking still when the text said shortly before it (:data:`STATED_WINDOW`) that its first
    item holds rank 1 ("A berhasil menyabet peringkat 1"): items 2, 3 ... are the next ranks.
    A sentence that names money or wealth ("orang terkaya") or who moved in is no ranking by
    score, and neither is a list whose own intro sentence says so ("Berikut kota yang naik
    peringkat:"; :data:`_NOT_RANKING_INTRO`).

    Parameters
    ----------
    text : str
        The article.
    name : str
        The list's first item.
    pos : int
        Where the list's first item (its number) starts.
    sents : sequence of (int, int)
        The text's sentence spans, in order.

    Returns
    -------
    int or None
        The start of the nearest such sentence, or ``None``.
    """
    lo = max(0, pos - STATED_WINDOW)
    if len(name) < 4 or name not in text[lo:pos]:
        return None
    window = text[lo:pos].rstrip(" \t,:.\n")
    intro = window[max(window.rfind(stop) for stop in ".!?\n") + 1:]
    if _NOT_RANKING_INTRO.search(intro):
        return None
    found = None
    for s, e in sents:
        if e <= lo or s >= pos:
            continue
        said = text[max(s, lo):min(e, pos)]
        if name in said and _FIRST_PLACE.search(said) and not _NOT_RANKING_INTRO.search(said):
            found = max(s, lo) + len(said) - len(said.lstrip(" \t,\"“”"))
    return found


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in re.finditer(r"\n\s*\n", text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


_CLAUSE_VALUE_HINT = re.compile(
    r"\(\s*\d|\b(?:nilai|skor|indeks|angka)[ \t]+\S*\d|[A-Z][a-z]+[ \t]+\d{1,3}[,.]\d{1,3}[,;.]")


def _bracket_lists(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, ListItem]]:
    """Bracketed items of consecutive sentences, kept where a run has MIN_ITEMS of them."""
    out: list[tuple[int, ListItem]] = []
    run: list[ListItem] = []
    run_start = 0
    for s, e in sents:
        items = bracket_items(text, s, e) if _CLAUSE_VALUE_HINT.search(text, s, e) else []
        if len(items) >= 2:
            if not run:
                run_start = s
            run += items
            continue
        if len(run) >= MIN_ITEMS:
            out += [(run_start, item) for item in run]
        run = []
    if len(run) >= MIN_ITEMS:
        out += [(run_start, item) for item in run]
    return out


#: How far before a list (characters) its metric may be named.
LIST_METRIC_WINDOW = 400


#: How far before a list of places' air readings (characters) its index may be named.
READING_LIST_WINDOW = 900


#: A metric named earlier that a rank-only list may be of: a ranking ("World University Rankings").
_RANKING_NAME = re.compile(r"(?i)rank|peringkat|pemeringkatan|klasemen")


def list_candidates(text: str, sents: list[tuple[int, int]], metrics: ByStart[Metric],
                    sent_of: Any) -> list[Candidate]:
    """Values and ranks of the ranked lists of ``text``, each with its listed subject.

    A list needs a metric named in its first sentence or shortly before it; a list of whole
    numbers in brackets ("Budi (45), Ani (30)") also needs a rank phrase in an item.
    """
    by_list: dict[int, list[ListItem]] = {}
    for start, item in find_list_items(text, sents):
        by_list.setdefault(start, []).append(item)
    out: list[Candidate] = []
    # a metric's own name read as a listed subject ("peringkat pertama IKPA, ... peringkat kedua
    # SAKIP"): the rank is that metric's, its holder is named elsewhere, so no item
    metric_names = {m.name.casefold() for m in metrics} if by_list else set()
    for start, items in by_list.items():
        items = [i for i in items if i.name.casefold() not in metric_names]
        if not items:
            continue
        first = sent_of(start)
        named = between(metrics, start - LIST_METRIC_WINDOW, first[1]) or [
            m for m in between(metrics, start - READING_LIST_WINDOW, start)
            if reading_list(text, m, first)]  # an air index named further back
        if not named and items[0].numbered and items[0].value_span is None:
            named = [m for m in between(metrics, 0, start) if _RANKING_NAME.search(m.name)]
        if not named:
            continue
        metric = named[-1]
        if not items[0].numbered and not any(i.rank is not None for i in items) and all(
                isinstance(i.value, int) for i in items) and not reading_list(text, metric, first):
            continue  # "Budi (45), Ani (30)": counts, unless places' air readings
        for item in items:
            sent = sent_of(item.value_span[0]) if item.value_span else first
            if item.value_span:
                vs, ve = item.value_span
                out.append(Candidate(metric, item.value, "value", None, text[vs:ve], vs, ve,
                                     sent, [item.name]))
            if item.rank is not None and item.rank_span:
                rs, re_ = item.rank_span
                # a rank-only item takes its year from the list's intro, not from its note
                sent = first if item.numbered and not item.value_span else sent_of(rs)
                ranking = _ranking_after(text, re_, metrics) \
                    or _ranking_in_own_sentence(metrics, sent_of(rs), first, rs) or metric
                out.append(Candidate(ranking, item.rank, "rank", None, text[rs:re_], rs, re_,
                                     sent, [item.name]))
    taken = {(c.start, c.end) for c in out}
    return out + [c for c in superlative_candidates(text, sents, metrics, sent_of)
                  if (c.start, c.end) not in taken]


#: A ranking by a superlative with its leader named right after it: "ISPU tertinggi di wilayah
#: A", "nilai terbaik diraih A" (an evaluative superlative whose first holds rank 1 of its metric,
#: never an amount's, "kasus terbanyak di A" counts, nor a bottom, "IPM terendah di A").
_SUPERLATIVE_LEAD = re.compile(
    r"\b(?:ter(?:tinggi|baik|bersih|kotor|parah|polusi|cemar)"
    r"|paling[ \t]+(?:tinggi|baik|bersih|kotor|parah))[ \t]+"
    r"(?:(?:(?:berada|ada|terdapat|tercatat|terjadi)[ \t]+)?di[ \t]+(?:(?:wilayah|daerah)[ \t]+)?"
    r"|(?:yaitu|yakni|adalah|ialah|(?:diraih|ditempati|dipegang)(?:[ \t]+oleh)?)[ \t]+)"
    r"(?=[A-Z])")
#: What may stand between a metric and its superlative: nothing, or its short form in brackets
#: ("Indeks Standar Pencemar Udara (ISPU) tertinggi").
_METRIC_TO_SUPERLATIVE = re.compile(r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?")
#: A cheap literal test before :data:`_SUPERLATIVE_LEAD`: a word saying the others follow.
_IN_TURN_WORDS = ("kemudian", "disusul", "diikuti", "lalu", "selanjutnya")


def superlative_items(text: str, start: int, end: int) -> list[tuple[int, ListItem]]:
    """A ranking by a superlative: its leader named right after it, the others in turn.

    "ISPU tertinggi di wilayah A, kemudian B, C, dan D": rank 1 to A, 2 to B, and so on, each
    item with the superlative's start (where its metric must end, :func:`superlative_candidates`).
    Read only where the second entry says the order ("kemudian B", "disusul B", "diikuti B") and
    each entry is a name with at most its value ("B (250)", "B dengan nilai 80,5"); the run
    stops at the first entry that is none ("..., sementara terendah di E"), and a run of one
    name is no list. An entry stating its own rank is no item of a run in turn.
    """
    out: list[tuple[int, ListItem]] = []
    for m in _SUPERLATIVE_LEAD.finditer(text, start, end):
        out += [(m.start(), item) for item in _run_in_turn(text, m.end(), end)]
    return out


def _run_in_turn(text: str, pos: int, end: int) -> list[ListItem]:
    """The names from ``pos`` to the full stop, ranked 1, 2 ... in turn (see the readers).

    The second entry must say the order ("kemudian B", "disusul B", "diikuti B"); each entry is
    a name with at most its value; the run stops at the first entry that is none, and a run of
    one name is none.
    """
    full = _FULL_STOP.search(text, pos, end)
    stop = full.start() if full else end
    entries: list[tuple[int, int]] = []
    for cut in [*(c.start() for c in islice(_FOLLOW_SPLIT.finditer(text, pos, stop), 11)), stop]:
        entries.append((pos, cut))
        nxt = _FOLLOW_SPLIT.match(text, cut)
        pos = nxt.end() if nxt else cut
        if cut == stop:
            break
    if len(entries) < 2 or _THEN.match(text, *entries[1]) is None:
        return []
    run: list[ListItem] = []
    for rank, (a, b) in enumerate(entries, 1):
        then = _THEN.match(text, a, b)
        item = _follower(text, then.end() if then else a, b, rank, True)
        if item is None or item.rank != rank:
            break
        run.append(item)
    return run if len(run) >= 2 else []


#: A first place given by a passive of holding, its holder right after it: "posisi teratas
#: ditempati A", "peringkat pertama diraih oleh A", "juara I disabet A".
_FIRST_HELD = re.compile(
    r"\b(?i:peringkat|posisi|urutan|juara|ranking)[ \t]+(?:(?i:ke)[ \t-]?(?=1\b))?"
    r"(?:(?i:pertama|teratas|puncak|satu)\b|1\b|I\b)[ \t]+"
    r"(?i:ditempati|diraih|diduduki|dipegang|disabet|direbut|dimenangkan)(?:[ \t]+(?i:oleh))?"
    r"[ \t]+(?=[A-Z])")


def first_held_items(text: str, start: int, end: int) -> list[ListItem]:
    """A first place held by a name, the others after it in turn: ranks 1, 2 ... to the names.

    "posisi teratas ditempati Kota A, kemudian Kota B dan Kota C", "peringkat pertama diraih A,
    disusul B (88,1) dan C": read as :func:`superlative_items`' runs (the second entry says the
    order, each entry a name with at most its value).
    """
    out: list[ListItem] = []
    for m in _FIRST_HELD.finditer(text, start, end):
        out += _run_in_turn(text, m.end(), end)
    return out


def superlative_candidates(text: str, sents: list[tuple[int, int]], metrics: ByStart[Metric],
                           sent_of: Any) -> list[Candidate]:
    """Ranks (and values) of :func:`superlative_items`' lists, of the metric right before them.

    The metric must end right before the superlative (:data:`_METRIC_TO_SUPERLATIVE`): "ISPU
    tertinggi di A, kemudian B" ranks by ISPU; a superlative of anything else ("kabut asap
    terparah di A, kemudian B") ranks by no score.
    """
    if not any(w in text for w in _IN_TURN_WORDS):
        return []
    out: list[Candidate] = []
    for s, e in sents:
        for at, item in superlative_items(text, s, e):
            metric = next((x for x in reversed(between(metrics, s - 200, at))
                           if x.end <= at and _METRIC_TO_SUPERLATIVE.fullmatch(text, x.end, at)),
                          None)
            if metric is None:
                continue
            sent = (s, e)
            if item.value_span:
                vs, ve = item.value_span
                out.append(Candidate(metric, item.value, "value", None, text[vs:ve], vs, ve,
                                     sent, [item.name]))
            if item.rank_span and isinstance(item.rank, int):
                rs, re_ = item.rank_span
                out.append(Candidate(metric, item.rank, "rank", None, text[rs:re_], rs, re_,
                                     sent, [item.name]))
    return out


def _ranking_in_own_sentence(metrics: ByStart[Metric], sent: tuple[int, int],
                             first: tuple[int, int], pos: int) -> Metric | None:
    """The ranking a later sentence of a list names before its item's rank at ``pos``.

    "Laporan itu menaruh A di urutan ke-3 trayek terpadat se-Asia. Dari dermaga itu berangkat
    trayek feri lokal yang termasuk terpadat se-Asia, yakni B di urutan ke-6": B's rank is of
    the ranking its own sentence names, not of the list's first one. ``None`` in the list's
    first sentence.
    """
    if sent == first:
        return None
    own = [m for m in between(metrics, sent[0], pos) if m.award]
    return own[-1] if own else None


#: What stands between a rank and the ranking written right after it ("peringkat kedua| kota
#: dengan ...", "posisi 10| besar| kota ...").
_RANKING_GAP = re.compile(r"[ \t]+(?:(?:besar|teratas)[ \t]+)?")


def _ranking_after(text: str, end: int, metrics: ByStart[Metric]) -> Metric | None:
    """The ranking an item's rank ending at ``end`` names right after it, or ``None``.

    "Kota A berada di peringkat kelima kota dengan polusi tertinggi se-Provinsi X. Kota B
    berada di peringkat kedua kota dengan polusi tertinggi di dunia": B's rank is of the
    ranking written after it, not of the list's first one.
    """
    return next((m for m in between(metrics, end, end + 16) if m.award and m.start > end
                 and _RANKING_GAP.fullmatch(text, end, m.start)), None)


#: An award category's winner with their ranks in a bracket: "Kategori Desa Kreatif Tahun
#: 2019: Desa Sukamaju (Juara I Tingkat Provinsi dan Juara II Tingkat Nasional)". The
#: category names what the ranks are in; the name before the bracket holds them.
_CATEGORY_WINNER = re.compile(
    r"\b(?:Kategori|Kriteria)[ \t]+"
    r"((?:(?!Tahun\b)[A-Z][\w'’-]*[ \t]+){0,7}(?!Tahun\b)[A-Z][\w'’-]*)"
    r"(?:[ \t]+(?:Tahun[ \t]+)?(?:19|20)\d\d)?[ \t]*:[ \t]*"
    rf"({_HOLDER.pattern})[ \t]*\((?=[ \t]*(?:Juara|Peringkat)[ \t])([^()\n]{{1,160}})\)")
_BRACKET_RANK = re.compile(
    r"\b(?:Juara|Peringkat)[ \t]+(?:ke[ \t-]?(?=\d))?"
    rf"{_LISTED_RANK_VALUE}")


def category_winner_candidates(text: str, sent_of: Any) -> list[Candidate]:
    """Ranks of an award category's winner given in a bracket after the winner's name.

    The metric is the category ("Kategori X:", "Kriteria X:"), marked ``award`` (ranks only);
    the subject is the name between the colon and the bracket.
    """
    if "Juara" not in text and "Peringkat" not in text:
        return []
    out: list[Candidate] = []
    for m in _CATEGORY_WINNER.finditer(text):
        name = _clean_name(m.group(2))
        if not name or len(name.split()) > 7 or _NOT_A_HOLDER.search(name):
            continue
        metric = Metric(m.group(1), m.start(1), m.end(1), None, award=True)
        for r in _BRACKET_RANK.finditer(text, m.start(3), m.end(3)):
            word = r.group(1)
            rank: int | str | None = word if word in _ROMAN_RANKS else rank_value(word)
            if rank is None:
                continue
            out.append(Candidate(metric, rank, "rank", None, word, r.start(1), r.end(1),
                                 sent_of(r.start(1)), [name]))
    return out


#: What may stand between a list's intro and its first item's number: a colon, commas, spaces.
_INTRO_TO_ITEM = re.compile(r"[\s:,]*")
#: A heading's word before its rank in the sentence: "Berikut 3 kota dengan peringkat teratas:".
_HEADING = re.compile(r"\b(?:[Bb]erikut(?:nya)?|[Ii]nilah|[Dd]aftar)\b")


def without_intro_ranks(text: str, numeric: Sequence[Candidate],
                        listed: Sequence[Candidate]) -> list[Candidate]:
    """The numeric candidates less the ranks a list's intro names for its first item.

    "Berikut 3 kota dengan peringkat teratas: 1. Kota A 2. Kota B": "peringkat teratas" is the
    list's heading; its rank is the first item's, read with its name from the list.

    Parameters
    ----------
    text : str
        The article text.
    numeric : Sequence[Candidate]
        Values and ranks read from numbers and rank words.
    listed : Sequence[Candidate]
        The ranked lists' candidates.

    Returns
    -------
    list[Candidate]
        ``numeric`` without a rank ending right before (colon and spaces between) a list item's
        rank of the same metric and number, in a heading ("berikut", "inilah", "daftar" before
        it in its sentence); "Kota A berada di peringkat pertama: 1. ..." stays A's.
    """
    firsts = {(c.start, c.metric.name, str(c.value)) for c in listed if c.kind == "rank"}
    if not firsts:
        return list(numeric)
    return [c for c in numeric if c.kind != "rank" or not any(
        start > c.end and name == c.metric.name and value == str(c.value)
        and _INTRO_TO_ITEM.fullmatch(text, c.end, start) for start, name, value in firsts)
        or _HEADING.search(text, c.sentence[0], c.start) is None]
