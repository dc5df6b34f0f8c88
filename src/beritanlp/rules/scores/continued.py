"""A lexicon metric name continued by capitalised words of a longer evaluation's name.

The lexicon knows "Indeks Literasi Keuangan"; an article about the "Indeks Literasi Keuangan
Syariah" names another evaluation, whose name runs on over the capitalised words after the
lexicon's. The run stops at what follows a name without being part of it: a place ("Indeks
Pembangunan Manusia Jawa Barat"), a region or institution head ("... Provinsi X", "... Pemkab
Y"), an agency or an official's title, a year or any number, an acronym ("IPM", "(IPK)"),
a month or day, a grade or tier word ("Adiwiyata Mandiri"), the metric's issuer ("... Korupsi
Transparency International"), a function word or a verb of a headline ("... Naik", "... Capai"),
any punctuation and any lower-case word. Only a name written as a proper name is continued
("ranking FIFA Timnas": the team ranked), never one ending in an acronym; a line written in
title case (a headline) is never continued: every word of it is capitalised.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from beritanlp.lexicons.words import word_table

if TYPE_CHECKING:
    from beritanlp.lexicons.agencies import AgencyKB
    from beritanlp.lexicons.positions import PositionLexicon
    from beritanlp.lexicons.regions import Gazetteer

#: The longest continuation read (words): names run on by a word or two.
MAX_WORDS = 3
#: How many words of a place name are tried at a word ("Nusa Tenggara Barat").
_PLACE_WORDS = 3
#: A capitalised word of a name: an initial capital, then lower-case letters (hyphens inside).
_NAME_WORD = re.compile(r"[ \t]+([A-Z][a-z]+(?:-[A-Za-z][a-z]*)*)(?![\w-])")
_WORD = re.compile(r"[^\W\d_]+")
#: Words that start what follows a name but are in no table: region and scope words, headline
#: verbs and adverbs ("Naik", "Kini", "Capai"), and the words of a year ("Tahun").
_FOLLOWERS = frozenset({
    "kabupaten", "kota", "provinsi", "desa", "kelurahan", "kecamatan", "wilayah", "daerah",
    "nasional", "indonesia", "tahun", "periode", "semester", "triwulan", "kuartal", "edisi",
    "naik", "turun", "kini", "jadi", "capai", "raih", "tembus", "sentuh", "masih", "tetap",
    "anjlok", "melonjak", "meningkat", "menurun", "mencapai", "meraih", "menjadi", "berada",
    "merosot", "membaik", "memburuk", "stagnan", "rendah", "tinggi", "terendah", "tertinggi",
    "terbaik", "terburuk", "peringkat", "ranking", "skor", "nilai", "angka", "predikat",
    "kategori", "level", "status", "versi", "rilis", "hasil", "data", "laporan", "menurut",
    "top", "besar",
})


def _first_words(names: list[str]) -> frozenset[str]:
    return frozenset(w[0].casefold() for w in map(_WORD.findall, names) if w)


def stop_words(agencies: AgencyKB, positions: PositionLexicon) -> frozenset[str]:
    """Casefolded words that end a continued name, derived from ``agencies`` and ``positions``.

    Build it once per pair of tables (e.g. with :meth:`beritanlp.lexicons.Lexicons.derived`).
    Function words and titles (``stopwords.txt``), months and days, institution heads, the first
    words of agency names and short forms and of officials' titles (not gated heads: "Raja"),
    and :data:`_FOLLOWERS`.
    """
    words: set[str] = set(_FOLLOWERS)
    for table in ("stopwords", "months", "days", "institution_heads", "countries"):
        words |= _first_words([row[0] for row in word_table(table) if row])
    words |= _first_words([n for a in agencies for n in (a.name, *a.aliases, *a.acronyms)])
    words |= _first_words([form for e in positions.entries
                           if e.kind == "position" and e.gate is None
                           for form in (e.text, *e.variants)])
    return frozenset(words)


def position_heads(positions: PositionLexicon) -> frozenset[str]:
    """Casefolded first words of the officials' positions ("bupati", "wali", "kepala").

    A listed item starting with one is a person holding a post ("Bupati A"), not a body or a
    region a score is of. Gated heads ("Raja", "Ratu": also given names) are none. Build it
    once per table (with :meth:`beritanlp.lexicons.Lexicons.derived`).
    """
    return _first_words([form for e in positions.entries
                         if e.kind == "position" and e.gate is None
                         for form in (e.text, *e.variants)])


def place_keys(gazetteer: Gazetteer) -> frozenset[str]:
    """Keys of the gazetteer's places (provinces, regencies, cities, countries, regions)."""
    return frozenset(gazetteer.index)


#: The gazetteer's types of a government's region (no country, no feature or area "wilayah").
_REGION_TYPES = frozenset({"provinsi", "kabupaten", "kota"})


def region_keys(gazetteer: Gazetteer) -> frozenset[str]:
    """Keys of the gazetteer's provinces, regencies and cities ("Sungai Penuh"; no "Danau Toba")."""
    return frozenset(k for k, places in gazetteer.index.items()
                     if any(p.type in _REGION_TYPES for p in places))


def is_place_at(words: list[str], i: int, place_keys: frozenset[str]) -> bool:
    """Whether a place name starts at ``words[i]`` (one to three words)."""
    return any("".join(w.casefold() for w in words[i:j]) in place_keys
               for j in range(i + 1, min(len(words), i + _PLACE_WORDS) + 1))


#: Lower-case words inside a proper evaluation name ("Travel and Tourism ...", "Indeks X dan Y").
_NAME_JOINS = frozenset({"dan", "and", "of", "for", "&", "di", "to"})


def _proper(name: str) -> bool:
    """A name written as a proper name, which a longer name may continue.

    Every word capitalised (joining words aside) and the last one no acronym: "ranking FIFA"
    or "Ranking FIFA" is followed by what is ranked ("... Timnas"), not by more of its name.
    """
    words = name.split()
    return all(w[:1].isupper() or w in _NAME_JOINS for w in words) \
        and not (words[-1].isupper() and len(words[-1]) > 1)


def is_title_case(line: str) -> bool:
    """Whether ``line`` is written in title case (a headline): most long words capitalised."""
    words = [w for w in _WORD.findall(line) if len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) * 10 >= len(words) * 7


class TitleLines:
    """Which lines of one text are written in title case, each line judged once.

    The line breaks are found in one pass, on the first question (an article none of whose
    names is followed by a capitalised word asks none); a line is judged the first time a name
    on it asks, so a long one-line article with thousands of names is read once, not once per
    name.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks: list[int] | None = None
        self._judged: dict[int, bool] = {}

    def __call__(self, pos: int) -> bool:
        """Whether the line holding ``pos`` is written in title case."""
        if self._breaks is None:
            self._breaks = [m.start() for m in re.finditer("\n", self.text)]
        breaks = self._breaks
        i = bisect_left(breaks, pos)
        if i not in self._judged:
            start = breaks[i - 1] + 1 if i else 0
            end = breaks[i] if i < len(breaks) else len(self.text)
            self._judged[i] = is_title_case(self.text[start:end])
        return self._judged[i]


def _issuer_at(text: str, pos: int, issuers: Sequence[str]) -> bool:
    """Whether an issuer's name starts at ``pos`` ("... Korupsi Transparency International")."""
    return any(text.startswith(issuer, pos) for issuer in issuers)


def continued_end(text: str, start: int, end: int, *, stops: Callable[[], frozenset[str]],
                  places: Callable[[], frozenset[str]], grades: frozenset[str] = frozenset(),
                  title_line: Callable[[int], bool] | None = None,
                  issuers: Sequence[str] = ()) -> int:
    """Where a lexicon name at ``text[start:end]`` ends once continued (``end``: not continued).

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        The lexicon name's span.
    stops, places : callable
        The tables (:func:`stop_words`, :func:`place_keys`), called only when a capitalised
        word follows the name: pass lazy getters, so an article with no such word builds none.
    grades : frozenset of str
        Casefolded grade and tier words: a grade after a name is its value ("Adiwiyata
        Mandiri", "Adipura Kencana"), never part of it.
    title_line : callable, optional
        Whether the line at a position is written in title case: pass one :class:`TitleLines`
        per text when many names of it are continued (each line is then judged once).
    issuers : sequence of str
        Names of the metric's issuers as written: an issuer after the name is who gives it
        ("Indeks Persepsi Korupsi Transparency International"), never part of it.

    Returns
    -------
    int
        The end of the longer name, or ``end``.
    """
    if not _proper(text[start:end]):
        return end
    words: list[re.Match[str]] = []
    pos = end
    while len(words) < MAX_WORDS + _PLACE_WORDS and (m := _NAME_WORD.match(text, pos)):
        words.append(m)
        pos = m.end()
    if not words or (title_line or TitleLines(text))(start):
        return end
    stop, keys = stops(), places()
    names = [m.group(1) for m in words]
    taken = 0
    for i, w in enumerate(names[:MAX_WORDS]):
        if w.casefold() in stop or w.casefold() in grades or is_place_at(names, i, keys) \
                or _issuer_at(text, words[i].start(1), issuers):
            break
        taken = i + 1
    return words[taken - 1].end() if taken else end
