"""Officials: a named person with a public position and its jurisdiction (GUIDELINE: officials).

No public data set annotates positions, so officials come from the position lexicon
(:mod:`beritanlp.entities.positions`) and patterns around person names:

* ``[position] [jurisdiction] [NAME]``           "Gubernur Jawa Barat Ridwan Kamil"
* ``[position] [jurisdiction], [NAME]``          "Sekda Kabupaten Bogor, Ajat Rochmat Jatnika"
* ``[NAME], [position] [jurisdiction],``         "Ajat Rochmat Jatnika, Sekda Kabupaten Bogor,"
* ``[NAME] selaku/sebagai [position]``           "Budi selaku Kepala Dinas Pendidikan"
* ``[NAME] ([position])``                        "Johanis Tanak (jaksa)"

Names come from PERSON spans when the caller passes them (the statistical NER); when no PERSON
span sits where a pattern expects a name, a **capitalised-word fallback** takes the run of
capitalised words there (never in title-case headlines, never across punctuation). Honorifics and
ranks ("H.", "Dr.", "Pak", "AKBP", "Letjen TNI Mar (Purn)") are skipped with the title list of
:mod:`beritanlp.ner.cleanup`.

The position phrase is split by the guideline's rule: the jurisdiction is the trailing place if
the title ends in one ("Sekda" + "Kabupaten Bogor"), else the trailing institution ("Ketua" +
"BPK"); portfolio words stay in the position ("Menteri Keuangan", jurisdiction None).

Coreference inside the article: every person found is one record; later mentions by first name,
last name, nickname ("Emil --sapaan akrab Ridwan Kamil--", "Joko Widodo (Jokowi)") or by the
same title ("Pj Wali Kota Pangkalpinang" in the headline) are added to its mentions. Where a
person carries two posts the government post wins over a party post, and a fuller title over a
shorter one.

:func:`extract_officials` is the pure algorithm (text in, records out); :class:`OfficialsComponent`
(factory ``beritanlp_officials``) maps a ``Doc`` to it and back.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any, NamedTuple

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from beritanlp import extensions
from beritanlp.entities.gazetteer import Gazetteer, default_gazetteer
from beritanlp.entities.kb import load_agency_kb
from beritanlp.lexicons.positions import (
    PositionEntry,
    PositionLexicon,
    load_positions,
    normalize_form,
)
from beritanlp.lexicons.titles import TitleList, load_titles, normalize_title_word
from beritanlp.text.doc_text import doc_text

# --------------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\w+(?:[-'’/]\w+)*|[^\w\s]")
_TOKEN_SPLIT = re.compile(rf"({_TOKEN.pattern})")
_ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")
_ACRONYM = re.compile(r"[A-Z0-9][A-Za-z0-9&/-]*")

#: Capitalised words that never start or continue a person's name.
STOP_WORDS: frozenset[str] = frozenset(
    """senin selasa rabu kamis jumat jum'at sabtu minggu ahad januari februari maret april mei juni
    juli agustus september oktober november desember menurut sementara selain dalam di ke dari
    pada saat ketika hal namun tetapi akan sedangkan adapun bahkan oleh untuk bagi dengan
    sebelumnya kemudian lalu ia dia beliau mereka kami kita saya aku hadir turut tampak yakni
    yaitu kata ujar ungkap jelas tegas terkait usai setelah sebelum sejak karena jika apabila meski
    meskipun walau begitu demikian para sang seluruh semua sebanyak ini itu tersebut acara kegiatan
    pemerintah dikatakan disampaikan dijelaskan menurutnya selanjutnya sehingga maka jadi juga
    dan atau serta bersama pihak tim rapat the of selamat terima kasih penghargaan nomor no tahun
    pasal ayat cup award awards trophy""".split()
)
_DEMONSTRATIVES = frozenset({"itu", "ini", "tersebut"})
#: Words before a position that say it is not (yet) held ("calon Wakil Bupati").
_CANDIDACY_WORDS = frozenset("calon bakal kandidat".split())
#: Words that make a following position part of a document's name ("Peraturan Menteri ...").
_DOCUMENT_WORDS = frozenset(
    "peraturan instruksi keputusan surat edaran penetapan perintah amanat pidato".split()
)
#: Words after which a person's name may come right away (they end a sentence or a clause).
_SENTENCE_PUNCT = frozenset('.!?"“”:;(—–-\'‘’')
_NAME_PARTICLES = frozenset({"bin", "binti", "van", "de", "der", "al", "el", "von", "da"})
#: Institution heads: a capitalised word that begins an institution stops a name.
_INSTITUTION_HEADS = frozenset(
    """kementerian pemerintah pemkab pemkot pemprov partai pt perum bank mahkamah kejaksaan
    kepolisian polda polres polresta polsek kodam korem kodim dpr dprd dpd mpr kabupaten kota
    provinsi kecamatan desa kelurahan dinas badan komisi lembaga sekretariat""".split()
)
#: KB agency types that never serve as a jurisdiction (they are part of the position).
_NON_JURISDICTION_TYPES = frozenset(
    {"regional_class", "regional_office", "secretariat", "sub_unit"}
)
_NATION = frozenset({"ri", "indonesia", "republik indonesia", "nkri"})
_TRIGGERS: tuple[tuple[str, ...], ...] = (
    ("yang", "menjabat", "sebagai"),
    ("yang", "juga", "menjabat"),
    ("yang", "menjabat"),
    ("yang", "juga"),
    ("yang", "merupakan"),
    ("yang", "kini", "menjabat"),
    ("kini", "menjabat"),
    ("selaku",),
    ("sebagai",),
)
_TRIGGER_FIRST = frozenset(trig[0] for trig in _TRIGGERS)
_LOWER_JOIN = frozenset({"dan", "&", "/", "serta"})
_ALIAS_CUES = (
    re.compile(
        r"(?P<alias>[A-Z][\w'’-]+)\s*(?:--|—|–|,|\()\s*(?:yang\s+)?"
        r"(?:sapaan(?:\s+akrab)?|(?:akrab|biasa|kerap)\s+(?:disapa|dipanggil)|disapa)\s+"
        r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.))*)"
    ),
    re.compile(
        r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.))*)\s*(?:,|\(|--|—|–)?\s*"
        r"(?:yang\s+)?(?:akrab|biasa|kerap)\s+(?:disapa|dipanggil)\s+"
        r"(?:(?:Kang|Pak|Bu|Mas|Cak|Bung|Abah|Teh|Uda|Bang|Mbak|Kak)\s+)?(?P<alias>[A-Z][\w'’-]+)"
    ),
    re.compile(
        r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.))+)\s*\(\s*(?P<alias>[A-Z][\w'’-]+)\s*\)"
    ),
)
#: Literal text each alias cue contains (checked before scanning with the pattern).
_ALIAS_CUE_WORDS: tuple[tuple[str, ...], ...] = (
    ("sapaan", "disapa", "dipanggil"),
    ("disapa", "dipanggil"),
    ("(",),
)


class _Tok(NamedTuple):
    text: str
    start: int
    end: int
    norm: str
    is_word: bool
    cap: bool
    sent_start: bool
    title_line: bool


def _tokenize(text: str) -> list[_Tok]:
    # Column by column with C-level primitives: splitting on the token pattern gives
    # [gap, token, gap, token, ..., gap], and running sums of their lengths give the offsets.
    parts = _TOKEN_SPLIT.split(text)
    words = parts[1::2]
    if not words:
        return []
    gaps = parts[0::2]
    offsets = list(accumulate(map(len, parts)))
    starts = offsets[0::2][: len(words)]
    ends = offsets[1::2]
    norms = [w.replace(".", "").casefold() for w in words]
    is_word = [w[0].isalnum() or w[0] == "_" for w in words]
    caps = [flag and w[0].isupper() for w, flag in zip(words, is_word, strict=True)]
    # a sentence starts at the first token, after a line break, after sentence punctuation,
    # and after a comma glued to the next token
    sents = [True]
    sents += [
        "\n" in gap or prev in _SENTENCE_PUNCT or (prev == "," and not gap)
        for prev, gap in zip(words, gaps[1:], strict=False)
    ]
    titles = [False] * len(words)
    for line_start, line_end in _title_case_lines(text):
        lo, hi = bisect_left(starts, line_start), bisect_left(starts, line_end)
        titles[lo:hi] = [True] * (hi - lo)
    return list(map(_Tok, words, starts, ends, norms, is_word, caps, sents, titles))


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of lines written in title case (headlines: every word capitalised)."""
    spans = []
    pos = 0
    lines = text.split("\n")
    # The article's headline (a first line followed by a blank one) may keep a few small
    # words lowercase ("dari", "hingga") and is still title case.
    headline = len(lines) > 2 and not lines[1].strip()
    for number, line in enumerate(lines):
        words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) > 3]
        caps = sum(w[0].isupper() for w in words)
        share = 0.7 if number == 0 and headline else 0.85
        if len(words) >= 3 and caps >= share * len(words) and not line.rstrip().endswith("."):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _is_acronym(word: str) -> bool:
    if not _ACRONYM.fullmatch(word):
        return False
    return sum(ch.isupper() for ch in word) >= 2 or word in {"RI"}


def _is_initial(toks: Sequence[_Tok], i: int) -> bool:
    t = toks[i]
    return (
        len(t.text) == 1
        and t.text.isupper()
        and i + 1 < len(toks)
        and toks[i + 1].text == "."
        and toks[i + 1].start == t.end
    )


# --------------------------------------------------------------------------------------------
# Resources: agency terms and the title list
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _AgencyTerms:
    folded: dict[tuple[str, ...], str]  # full names/aliases, case-insensitive -> agency type
    exact: dict[tuple[str, ...], str]  # acronyms, case-sensitive -> agency type
    max_words: int


@lru_cache(maxsize=1)
def _agency_terms() -> _AgencyTerms:
    kb = load_agency_kb()
    types = {record.id: record.type for record in kb}
    folded: dict[tuple[str, ...], str] = {}
    exact: dict[tuple[str, ...], str] = {}
    for term, kind, agency_id in kb.terms():
        words = tuple(w for w in _TOKEN.findall(term) if w[0].isalnum())
        if not words:
            continue
        if kind == "acronym":
            exact.setdefault(words, types[agency_id])
        else:
            folded.setdefault(tuple(w.casefold() for w in words), types[agency_id])
    longest = max((len(k) for k in [*folded, *exact]), default=0)
    return _AgencyTerms(folded, exact, longest)


@lru_cache(maxsize=1)
def _titles() -> TitleList:
    return load_titles()


# --------------------------------------------------------------------------------------------
# Position phrases
# --------------------------------------------------------------------------------------------


@dataclass
class _Item:
    """One piece of a position's complement: a unit word, acronym, agency, place or other."""

    start: int  # token index
    end: int
    kind: str  # unit | acronym | agency | place | roman | other | join
    agency_type: str | None = None
    place_type: str | None = None


@dataclass
class _Phrase:
    start: int  # first token (modifier or head)
    head: PositionEntry
    head_end: int  # token after the head
    end: int  # token after the complement
    items: list[_Item]
    parens: list[tuple[int, int]]
    canonical: str  # modifiers + head in canonical spelling


@dataclass
class _Candidate:
    name_start: int  # char offsets
    name_end: int
    name: str
    words: tuple[str, ...]
    position: str
    jurisdiction: str | None
    key: tuple[str, str]
    category: str
    title_span: tuple[int, int]


class _Extractor:
    """Runs the patterns over one text."""

    def __init__(
        self,
        text: str,
        persons: Sequence[tuple[int, int]] | None,
        lexicon: PositionLexicon,
        gazetteer: Gazetteer,
        fallback: bool,
        non_names: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.text = text
        self.toks = _tokenize(text)
        self.norms = [t.norm for t in self.toks]
        self.lex = lexicon
        self.gaz = gazetteer
        self.fallback = fallback
        self.terms = _agency_terms()
        self.titles = _titles()
        self.by_start: dict[int, int] = {t.start: i for i, t in enumerate(self.toks)}
        self.by_end: dict[int, int] = {t.end: i for i, t in enumerate(self.toks)}
        # PERSON spans as token ranges
        self.person_tok: list[tuple[int, int]] = []
        # Tokens never overlap and come in text order, so both their starts and their ends
        # are sorted: the tokens overlapping a span are a run found by bisection.
        tok_starts = [t.start for t in self.toks]
        tok_ends = [t.end for t in self.toks]
        for s, e in persons or ():
            first = bisect_right(tok_ends, s)
            last = bisect_left(tok_starts, e) - 1
            if first <= last:
                self.person_tok.append((first, last + 1))
        # Lookups over the PERSON spans (the first span in list order wins, as in a scan).
        self._person_cover: dict[int, int] = {}  # token -> end of the first span covering it
        self._person_end: dict[int, int] = {}  # end token -> start of the first span ending there
        for s, e in self.person_tok:
            for k in range(s, e):
                self._person_cover.setdefault(k, e)
            self._person_end.setdefault(e, s)
        # Character ranges of the spans sorted by start, for containment queries.
        self.person_chars = sorted(
            (self.toks[s].start, self.toks[e - 1].end, s, e) for s, e in self.person_tok
        )
        self.person_char_starts = [p[0] for p in self.person_chars]
        self.person_max_len = max((pe - ps for ps, pe, _, _ in self.person_chars), default=0)
        self.have_persons = persons is not None
        # Tokens inside entities that are not persons (agencies, places, other organisations):
        # the capitalised-word fallback never takes them as a name.
        self.blocked: set[int] = set()
        for s, e in non_names:
            first = bisect_right(tok_ends, s)
            last = bisect_left(tok_starts, e) - 1
            self.blocked.update(range(first, last + 1))

    # ---- small predicates ------------------------------------------------------------------

    def _word(self, i: int) -> bool:
        return 0 <= i < len(self.toks) and self.toks[i].is_word

    def _cap(self, i: int) -> bool:
        return 0 <= i < len(self.toks) and self.toks[i].cap

    def _tok(self, i: int) -> str:
        return self.toks[i].text if 0 <= i < len(self.toks) else ""

    # ---- lexicon matches -------------------------------------------------------------------

    def _agency_at(self, i: int) -> tuple[int, str] | None:
        terms = self.terms
        for n in range(min(terms.max_words, len(self.toks) - i), 0, -1):
            if not all(self.toks[j].is_word for j in range(i, i + n)):
                continue
            if not self.toks[i].cap:
                return None
            exact = tuple(t.text for t in self.toks[i : i + n])
            if exact in terms.exact:
                return n, terms.exact[exact]
            if n > 1 and tuple(self.norms[i : i + n]) in terms.folded:
                return n, terms.folded[tuple(self.norms[i : i + n])]
        return None

    def _place_at(self, i: int, local: bool) -> tuple[int, str] | None:
        if not self._cap(i):
            return None
        for n in range(min(4, len(self.toks) - i), 0, -1):
            toks = self.toks[i : i + n]
            if not all(t.is_word and t.cap for t in toks):
                continue
            name = " ".join(t.text for t in toks)
            found = self.gaz.lookup(name)
            if not found and local:
                found = self.gaz.lookup(name, "kecamatan") or self.gaz.lookup(name, "desa")
            found = [p for p in found if not p.common or n > 1]
            if found:
                # A bare unit word ("Desa", "Kota") is never a place on its own.
                if n == 1 and self.lex.match(self.norms, i, ("unit",)) and not found[0].code:
                    continue
                return n, found[0].type
        return None

    def _unit_at(self, i: int) -> int:
        if not self._cap(i):
            return 0
        m = self.lex.match(self.norms, i, ("unit",))
        return m[0] if m else 0

    def _initials_of_name(self, i: int) -> bool:
        """A two-letter capital token before a name word ("ST Burhanuddin") is initials."""
        t = self.toks[i]
        return (
            len(t.text) == 2
            and t.text.isalpha()
            and t.text.isupper()
            and self._agency_at(i) is None
            and self._place_at(i, False) is None
            and i + 1 < len(self.toks)
            and self._name_word(i + 1)
            and not self._unit_at(i + 1)
        )

    def _nongov_at(self, i: int) -> bool:
        return self.lex.match(self.norms, i, ("nongov",)) is not None

    def _head_at(self, i: int, allow_lower: bool) -> tuple[int, int, PositionEntry, str] | None:
        """Modifiers + head at token ``i``: (end of head, head start, entry, canonical text)."""
        j = i
        mods: list[str] = []
        while j < len(self.toks):
            m = self.lex.match(self.norms, j, ("modifier",))
            if m is None:
                break
            n, entry = m
            # "Wakil Ketua" is a modifier + head; check that a head follows before consuming.
            if self.lex.match(self.norms, j + n, ("position", "modifier")) is None:
                break
            mods.append(entry.text)
            j += n
        m = self.lex.match(self.norms, j, ("position",))
        if m is None:
            return None
        n, entry = m
        if not (self.toks[j].cap or allow_lower):
            return None
        if self.toks[i].is_word and not (self.toks[i].cap or allow_lower) and i != j:
            if self.toks[i].norm not in {"mantan", "eks"}:
                return None
        canonical = " ".join([*mods, entry.text])
        return j + n, j, entry, canonical

    def _scan_complement(self, k: int, local: bool, extend: bool) -> tuple[int, list[_Item], list]:
        """Read the complement after a head from token ``k``.

        Strict mode takes unit words, acronyms, agencies, places, Roman numerals and joins
        between them; ``extend`` also takes any capitalised word (used only when a comma and a
        name follow).
        """
        items: list[_Item] = []
        parens: list[tuple[int, int]] = []
        i = k
        limit = k + 16
        while i < len(self.toks) and i < limit:
            t = self.toks[i]
            if t.title_line != self.toks[k - 1].title_line:
                break
            if t.text == "(":
                close = next(
                    (j for j in range(i + 1, min(i + 5, len(self.toks))) if self._tok(j) == ")"),
                    None,
                )
                inside = range(i + 1, close) if close else range(0)
                if close and all(
                    _is_acronym(self.toks[j].text) or self.toks[j].norm == "persero"
                    for j in inside
                ) and inside:
                    parens.append((i, close + 1))
                    i = close + 1
                    continue
                break
            if t.text == "," and items and items[-1].kind == "unit":
                listed = self._portfolio_list(i)
                if listed:
                    items.extend(listed)
                    i = listed[-1].end
                    continue
                break
            if not t.is_word:
                if t.text in {"&", "/"} and items:
                    items.append(_Item(i, i + 1, "join"))
                    i += 1
                    continue
                break
            if t.norm in _LOWER_JOIN and items:
                items.append(_Item(i, i + 1, "join"))
                i += 1
                continue
            if not t.cap:
                break
            if self._skip_titles(i) > i and self.lex.match(self.norms, i, ("position",)) is None:
                break  # an honorific or rank: the name follows
            if self._nongov_at(i):
                return -1, [], []  # a non-public body: no position at all
            agency = self._agency_at(i)
            place = self._place_at(i, local)
            unit = self._unit_at(i)
            best = max(
                (agency[0] if agency else 0, 3),
                (place[0] if place else 0, 2),
                (unit, 1),
            )
            n, kind_rank = best
            if n:
                if kind_rank == 3 and agency is not None:
                    items.append(_Item(i, i + n, "agency", agency_type=agency[1]))
                elif kind_rank == 2 and place is not None:
                    items.append(_Item(i, i + n, "place", place_type=place[1]))
                else:
                    items.append(_Item(i, i + n, "unit"))
                i += n
                continue
            if _ROMAN.fullmatch(t.text) and t.text and items and items[-1].kind != "join":
                if t.text != "I" or not (self._cap(i + 1) and not _is_acronym(self._tok(i + 1))):
                    items.append(_Item(i, i + 1, "roman"))
                    i += 1
                    continue
            if _is_acronym(t.text) and not _is_initial(self.toks, i):
                if self._initials_of_name(i):
                    break
                items.append(_Item(i, i + 1, "acronym"))
                i += 1
                continue
            if extend and items[-1:] and items[-1].kind == "join" and self.lex.match(
                self.norms, i, ("position",)
            ):
                break  # "... dan Kepala Lembaga ...": another title begins
            if extend:
                items.append(_Item(i, i + 1, "other"))
                i += 1
                continue
            break
        while items and items[-1].kind == "join":
            items.pop()
        end = items[-1].end if items else k
        if not items:
            return k, [], []
        # A parenthetical right after the last item still belongs to the phrase.
        parens = [p for p in parens if p[1] <= end or p[0] == end]
        for p in parens:
            if p[0] == end:
                end = p[1]
        return end, items, parens

    def _portfolio_list(self, i: int) -> list[_Item]:
        """Items of a comma list of unit words closed by "dan"/"serta", from the comma at ``i``.

        ", Olahraga, Kebudayaan, dan Pariwisata" after "Kepala Dinas Pemuda" continues the
        portfolio; a comma not followed by such a list ends the phrase (empty result).
        """
        items: list[_Item] = []
        j = i
        for _ in range(8):  # list members; a longer list is not a portfolio
            if self._tok(j) == ",":
                items.append(_Item(j, j + 1, "join"))
                j += 1
            closing = self.toks[j].norm in _LOWER_JOIN if j < len(self.toks) else False
            if closing:
                items.append(_Item(j, j + 1, "join"))
                j += 1
            n = self._list_unit_at(j)
            if not n:
                return []
            while n:  # a member may be several unit words ("Lingkungan Hidup")
                items.append(_Item(j, j + n, "unit"))
                j += n
                n = self._list_unit_at(j)
            if closing:
                return items
            joined = j < len(self.toks) and self.toks[j].norm in _LOWER_JOIN
            if self._tok(j) != "," and not joined:
                return []
        return []

    def _list_unit_at(self, i: int) -> int:
        """Unit words at ``i`` that do not begin a place or an agency ("Kabupaten Banyumas")."""
        n = self._unit_at(i)
        if n and (self._place_at(i, False) is not None or self._agency_at(i) is not None):
            return 0
        return n

    def _phrase_at(self, i: int, allow_lower: bool, extend: bool = False) -> _Phrase | None:
        head = self._head_at(i, allow_lower)
        if head is None:
            return None
        head_end, head_start, entry, canonical = head
        local = entry.text in {"Camat", "Lurah", "Kepala Desa"}
        end, items, parens = self._scan_complement(head_end, local, extend)
        if end < 0:
            return None
        return _Phrase(i, entry, head_end, end, items, parens, canonical)

    # ---- splitting a phrase into position and jurisdiction ---------------------------------

    def _split(self, ph: _Phrase, gap: bool) -> tuple[str, str | None, tuple[str, str]] | None:
        items = ph.items
        juris_from: int | None = None  # index into items
        if items and items[-1].kind == "place":
            juris_from = len(items) - 1
            place_words = " ".join(self.norms[items[-1].start : items[-1].end])
            if (
                place_words in _NATION
                and len(items) >= 2
                and items[-2].kind in {"agency", "acronym"}
                and ph.head.complement != "portfolio"
            ):
                juris_from = len(items) - 2
        elif ph.head.complement != "portfolio":
            for idx in range(len(items) - 1, -1, -1):
                it = items[idx]
                is_inst = (
                    it.kind == "agency" and it.agency_type not in _NON_JURISDICTION_TYPES
                ) or (it.kind == "unit" and self.norms[it.start] in _INSTITUTION_HEADS - {
                    "dinas", "badan", "komisi", "lembaga", "sekretariat", "kabupaten", "kota",
                    "provinsi", "kecamatan", "desa", "kelurahan",
                })
                if is_inst:
                    if all(x.kind in {"unit", "acronym", "join", "roman", "place", "agency"}
                           for x in items[idx + 1 :]):
                        juris_from = idx
                    break
        pos_items = items if juris_from is None else items[:juris_from]
        jur_items = [] if juris_from is None else items[juris_from:]
        # Requirements of the head.
        words_after = {self.norms[j] for it in items for j in range(it.start, it.end)}
        if ph.head.complement == "required" and not pos_items and not jur_items and not gap:
            return None
        if ph.head.needs and not gap:
            needs = {normalize_form(w) for w in ph.head.needs}
            seq = [self.norms[j] for it in items for j in range(it.start, it.end)]
            ok = any(
                tuple(seq[s : s + len(nd)]) == nd for nd in needs for s in range(len(seq))
            ) or any(w.startswith(("dpr", "dprd")) for w in words_after)
            if not ok:
                return None
        pos_end_tok = pos_items[-1].end if pos_items else ph.head_end
        position = self._text_without(ph.start, pos_end_tok, ph.parens)
        jurisdiction = None
        if jur_items:
            jurisdiction = self._text_without(jur_items[0].start, jur_items[-1].end, ph.parens)
        comp = " ".join(self.norms[j] for it in pos_items for j in range(it.start, it.end))
        canon = (ph.canonical + (" " + comp if comp else "")).casefold()
        key = (canon, (jurisdiction or "").casefold().replace(" ", ""))
        return position, jurisdiction, key

    def _text_without(self, a: int, b: int, parens: Sequence[tuple[int, int]]) -> str:
        pieces = []
        cur = a
        for ps, pe in sorted(parens):
            if ps >= a and pe <= b:
                if ps > cur:
                    pieces.append(self.text[self.toks[cur].start : self.toks[ps - 1].end])
                cur = pe
        if cur < b:
            pieces.append(self.text[self.toks[cur].start : self.toks[b - 1].end])
        return " ".join(p.strip() for p in pieces if p.strip())

    # ---- names ----------------------------------------------------------------------------

    def _skip_titles(self, i: int) -> int:
        """Skip honorifics and ranks (not positions) from token ``i``."""
        titles = self.titles
        stripped = False
        while i < len(self.toks):
            t = self.toks[i]
            if stripped and t.text in {".", "(", ")"}:
                i += 1
                continue
            if not t.is_word:
                break
            match = 0
            for n in range(min(titles.max_words, len(self.toks) - i), 0, -1):
                key = tuple(normalize_title_word(x.text) for x in self.toks[i : i + n])
                if not all(key):
                    continue
                if key in titles.titles or (stripped and key in titles.qualifiers):
                    match = n
                    break
            if not match:
                break
            pos = self.lex.match(self.norms, i, ("position", "modifier"))
            if pos is not None and not stripped:
                # A position word here is a rank only when a qualifier or a name follows it.
                nxt = i + pos[0]
                qual = (normalize_title_word(self._tok(nxt)),) in titles.qualifiers
                if not qual and (self._unit_at(nxt) or _is_acronym(self._tok(nxt))):
                    break
                if pos[1].kind == "position" and pos[1].text not in {
                    "Inspektur Jenderal", "Jenderal"
                } and not qual:
                    break
            i += match
            stripped = True
        return i

    def _person_at(self, i: int) -> int | None:
        """End token of a PERSON span that starts at (or covers) token ``i``."""
        return self._person_cover.get(i)

    def _person_ending(self, b: int) -> int | None:
        """Start token of a PERSON span that ends right before token ``b``."""
        return self._person_end.get(b)

    def _name_word(self, i: int) -> bool:
        if not self._word(i):
            return False
        t = self.toks[i]
        if t.norm in STOP_WORDS or t.norm in _INSTITUTION_HEADS:
            return False
        if not t.cap:
            return False
        if _is_acronym(t.text) and not _is_initial(self.toks, i):
            if not (len(t.text) == 2 and t.text.isalpha() and self._agency_at(i) is None):
                return False
        if self.lex.match(self.norms, i, ("position", "modifier")) is not None and len(t.text) > 1:
            return False
        if len(t.text) > 2 and self._agency_at(i) is not None:
            return False  # "Kemenpora", "Pertamina", "Garuda Indonesia": an institution
        return not self._nongov_at(i)

    def _lexicon_words_only(self, a: int, b: int) -> bool:
        """Tell whether tokens ``a:b`` are all position, unit or agency words ("Olahraga")."""
        i = a
        seen = False
        while i < b:
            if not self.toks[i].is_word:
                i += 1
                continue
            m = self.lex.match(self.norms, i, ("position", "modifier", "unit", "nongov"))
            n = m[0] if m else 0
            agency = self._agency_at(i)
            n = max(n, agency[0] if agency else 0)
            if not n:
                return False
            seen = True
            i += n
        return seen

    def _name_forward(self, i: int) -> tuple[int, int] | None:
        """Name tokens from ``i``: a PERSON span, else the capitalised-word fallback."""
        if not (0 <= i < len(self.toks)) or self.toks[i].title_line:
            return None
        end = self._person_at(i)
        if end is not None:
            return i, end
        if not self.fallback or not self._name_word(i):
            return None
        j = i
        while j < len(self.toks) and j - i < 6:
            if self._name_word(j):
                j += 2 if _is_initial(self.toks, j) else 1
            elif (
                self.toks[j].norm in _NAME_PARTICLES
                and not self.toks[j].cap
                and self._name_word(j + 1)
            ):
                j += 1
            else:
                break
        for r in range(i + 1, j):
            if len(self.toks[r].text) < 3:
                continue  # initials such as "H." inside "Yasonna H. Laoly"
            after = self._skip_titles(r)
            if after > r and self.lex.match(self.norms, r, ("position",)) is None:
                return None  # "Jaya Mayjen TNI Rafael": handled by the caller as a rank
        if any(k in self.blocked for k in range(i, j)):
            return None  # part of an organisation or a place, not a person
        if j < len(self.toks) and self.toks[j].norm in _DEMONSTRATIVES:
            return None  # "Mantan Wali Kota Solo itu": the title describes someone named before
        nxt = self.toks[j] if j < len(self.toks) else None
        if nxt is not None and nxt.is_word and nxt.cap and nxt.norm not in STOP_WORDS:
            # Cut by an institution or position word: not a clean name.
            if (
                self._unit_at(j)
                or nxt.norm in _INSTITUTION_HEADS
                or self._agency_at(j)
                or self._nongov_at(j)
            ):
                return None
        return (i, j) if j > i else None

    def _name_backward(self, b: int) -> tuple[int, int] | None:
        """Name tokens ending right before token ``b``."""
        if b <= 0 or self.toks[b - 1].title_line:
            return None
        start = self._person_ending(b)
        if start is not None:
            return start, b
        if not self.fallback:
            return None
        j = b
        while j > 0 and b - j < 6:
            prev = j - 1
            if self._tok(prev) == "." and prev >= 1 and _is_initial(self.toks, prev - 1):
                j = prev - 1
                continue
            if self._name_word(prev):
                j = prev
                continue
            if (
                self.toks[prev].norm in _NAME_PARTICLES
                and not self.toks[prev].cap
                and self._name_word(prev - 1)
            ):
                j = prev
                continue
            break
        if j == b:
            return None
        skipped = self._skip_titles(j)
        if skipped >= b:
            return None
        if any(k in self.blocked for k in range(skipped, b)):
            return None  # part of an organisation or a place, not a person
        before = self.toks[j - 1] if j > 0 else None
        if skipped == j and before is not None and before.is_word and before.cap:
            if before.norm not in STOP_WORDS:
                return None  # ran into an institution or position word: not a clean name
        return skipped, b

    def _clean_name(self, a: int, b: int) -> tuple[int, int] | None:
        a = self._skip_titles(a)
        # A name ends at a lowercase word (other than a particle) or a symbol other than an
        # initial's dot: a PERSON span glued to a verb ("Joko Widodo menandatangani").
        for k in range(a + 1, b):
            t = self.toks[k]
            if t.is_word and not t.cap and t.norm not in _NAME_PARTICLES:
                b = k
                break
            if not t.is_word and not (t.text == "." and _is_initial(self.toks, k - 1)):
                b = k
                break
        while b > a and not self.toks[b - 1].is_word:
            if self.toks[b - 1].text == "." and b - 2 >= a and _is_initial(self.toks, b - 2):
                break
            b -= 1
        while b > a and self.toks[b - 1].norm in STOP_WORDS:
            b -= 1
        if b <= a:
            return None
        return a, b

    # ---- patterns -------------------------------------------------------------------------

    def _after_commas(self, e: int) -> tuple[int, bool]:
        """Skip commas after a phrase; return the next token and whether a scraper gap showed."""
        j = e
        gap = False
        count = 0
        while j < len(self.toks) and self.toks[j].text == ",":
            count += 1
            before = self.text[self.toks[j].start - 1] if self.toks[j].start else ""
            if before.isspace():
                gap = True
            j += 1
        if count > 1:
            gap = True
        return j, gap

    def _candidate(self, ph: _Phrase, name: tuple[int, int], gap: bool) -> _Candidate | None:
        cleaned = self._clean_name(*name)
        if cleaned is None:
            return None
        split = self._split(ph, gap)
        if split is None:
            return None
        position, jurisdiction, key = split
        a, b = cleaned
        if self._lexicon_words_only(a, b):
            return None  # "Olahraga" out of "Kepala Dinas Pemuda, Olahraga, ...": not a name
        words = tuple(
            self.norms[j] for j in range(a, b) if self.toks[j].is_word
        )
        if not any(len(w) > 1 for w in words):
            return None
        return _Candidate(
            name_start=self.toks[a].start,
            name_end=self.toks[b - 1].end,
            name=self.text[self.toks[a].start : self.toks[b - 1].end],
            words=words,
            position=position,
            jurisdiction=jurisdiction,
            key=key,
            category=ph.head.category or "generic",
            title_span=(self.toks[ph.start].start, self.toks[max(ph.end, ph.head_end) - 1].end),
        )

    def _inside_person(self, i: int) -> bool:
        """Tell whether token ``i`` continues a PERSON span begun before it ("Lukman Hakim")."""
        end = self._person_cover.get(i)
        return end is not None and self._person_cover.get(i - 1) == end and i > 0

    def _candidacy_before(self, i: int) -> bool:
        """Tell whether "calon"/"bakal calon" comes before the phrase at ``i`` (not held)."""
        k = i - 1
        for _ in range(2):  # lowercase modifiers in between: "calon wakil Bupati"
            if k >= 0 and not self.toks[k].cap and self.lex.match(
                self.norms, k, ("modifier",)
            ):
                k -= 1
        return k >= 0 and self.norms[k] in _CANDIDACY_WORDS

    def _lower_starts(self) -> set[int]:
        """Token indices after "sebagai"/"selaku"/... and "(" where a lowercase title may start."""
        out = set()
        norms = self.norms
        for i, norm in enumerate(norms):
            if norm == "(":
                out.add(i + 1)
            elif norm in _TRIGGER_FIRST:
                for trig in _TRIGGERS:
                    if tuple(norms[i : i + len(trig)]) == trig:
                        out.add(i + len(trig))
        return out

    def run(
        self,
    ) -> tuple[list[_Candidate], list[tuple[tuple[str, str], tuple[int, int], bool]]]:
        """All candidates, and the title-only phrases (for attaching later)."""
        cands: list[_Candidate] = []
        bare: list[tuple[tuple[str, str], tuple[int, int], bool]] = []
        lower = self._lower_starts()
        first_words = self.lex.first_words
        i = 0
        n = len(self.toks)
        while i < n:
            t = self.toks[i]
            if not t.is_word or self.norms[i] not in first_words:
                i += 1  # no modifier or position starts here, so _phrase_at finds nothing
                continue
            ph = self._phrase_at(i, allow_lower=i in lower)
            if ph is not None and i > 0 and self.norms[i - 1] in _DOCUMENT_WORDS:
                i = ph.end
                continue
            if ph is not None and (self._inside_person(i) or self._candidacy_before(i)):
                i = ph.end  # "Lukman Hakim Saifuddin"; "calon Wakil Bupati"
                continue
            if ph is None:
                i += 1
                continue
            used, nxt = self._name_patterns(ph, i in lower)
            if not used:
                split = self._split(ph, gap=False)
                if split is not None:
                    span = (self.toks[ph.start].start, self.toks[ph.end - 1].end)
                    bare.append((split[2], span, t.title_line))
            else:
                cands.append(used)
            i = max(nxt, i + 1)
        return cands, bare

    def _name_patterns(self, ph: _Phrase, lowered: bool) -> tuple[_Candidate | None, int]:
        """Try the patterns around one phrase; return the candidate and where to go on."""
        if self.toks[ph.start].title_line:
            return None, ph.end
        e = ph.end
        # P1: [position] [jurisdiction] [NAME]
        q = self._skip_titles(e)
        name = self._name_forward(q) if q < len(self.toks) else None
        if name is not None and self._title_goes_on(ph, name):
            name = None
        if name is not None and q == e or (name is not None and q > e):
            cand = self._candidate(ph, name, gap=False)
            if cand is not None:
                return cand, name[1]
        # P2: [position] [jurisdiction], [NAME]
        j, gap = self._after_commas(e)
        if j > e:
            q = self._skip_titles(j)
            name = self._name_forward(q)
            if name is not None and self._name_ends_clause(name[1]):
                cand = self._candidate(ph, name, gap=gap)
                if cand is not None:
                    return cand, name[1]
        # P2 with an open unit name up to the comma ("Kepala Biro Humpro Setda Kalsel, X")
        goes_on = self._cap(e) or (
            e + 1 < len(self.toks) and self.norms[e] in _LOWER_JOIN and self._cap(e + 1)
        )  # "Direktur Koordinasi dan Supervisi KPK, X": the strict scan stopped at "dan"
        if ph.head.complement != "none" and goes_on:
            ext = self._phrase_at(ph.start, allow_lower=lowered, extend=True)
            if ext is not None and ext.end > e and self._tok(ext.end) == ",":
                known = sum(it.kind != "other" for it in ext.items)
                if known:
                    j, gap = self._after_commas(ext.end)
                    q = self._skip_titles(j)
                    name = self._name_forward(q)
                    if name is not None and self._name_ends_clause(name[1]):
                        cand = self._candidate(ext, name, gap=gap)
                        if cand is not None:
                            return cand, name[1]
        # P1 after an open unit name and its acronym ("Kepala Lembaga X Y (LXY) NAME").
        if ph.head.complement != "none" and self._cap(e):
            ext = self._phrase_at(ph.start, allow_lower=lowered, extend=True)
            first = next((p for p in ext.parens if p[0] >= e), None) if ext else None
            if ext is not None and first is not None:
                ext.items = [it for it in ext.items if it.end <= first[0]]
                ext.parens, ext.end = [first], first[1]
                q = self._skip_titles(ext.end)
                name = self._name_forward(q) if q < len(self.toks) else None
                if name is not None:
                    cand = self._candidate(ext, name, gap=False)
                    if cand is not None:
                        return cand, name[1]
        # P1 with unknown unit words before a rank ("Pangdam Jaya Mayjen TNI Rafael ...").
        if self._cap(e):
            for r in range(e + 1, min(e + 4, len(self.toks))):
                if not self._cap(r - 1) or self.toks[r - 1].norm in STOP_WORDS:
                    break
                q = self._skip_titles(r)
                if q == r:
                    continue
                name = self._name_forward(q)
                ext = self._phrase_at(ph.start, allow_lower=lowered, extend=True)
                if name is None or ext is None:
                    break
                ext.items = [it for it in ext.items if it.end <= r]
                ext.end = r
                cand = self._candidate(ext, name, gap=False)
                if cand is not None:
                    return cand, name[1]
                break
        # P3/P4/P5: the name comes before the phrase.
        b = ph.start
        prev = self._tok(b - 1)
        end_tok, gap = self._after_commas(e)
        closes = end_tok >= len(self.toks) or self._tok(end_tok) in {".", ")", '"', "”"} or (
            self._word(end_tok) and not self.toks[end_tok].cap
        ) or end_tok > e
        if prev == "(" and self._tok(end_tok) == ")":
            name = self._name_backward(b - 1)
            if name is not None:
                cand = self._candidate(ph, name, gap=gap)
                if cand is not None:
                    return cand, end_tok
        if prev == "," and closes:
            name = self._name_backward(b - 1)
            if name is not None:
                cand = self._candidate(ph, name, gap=gap)
                if cand is not None:
                    return cand, e
        for trig in _TRIGGERS:
            k = len(trig)
            if tuple(self.norms[b - k : b]) == trig and b - k > 0:
                s = b - k
                if self._tok(s - 1) == ",":
                    s -= 1
                name = self._name_backward(s)
                if name is not None:
                    cand = self._candidate(ph, name, gap=gap)
                    if cand is not None:
                        return cand, e
                break
        return None, ph.head_end

    def _title_goes_on(self, ph: _Phrase, name: tuple[int, int]) -> bool:
        """Tell whether a fallback name right after a phrase is more of the title.

        "Kepala Badan Nasional Penanggulangan Terorisme (BNPT)": an acronym in parentheses
        that starts with the initial of a title word spells the unit, so "Terorisme" is no name.
        "Kabid Perikanan Tangkap, Budi Hartono": a one-word (or unit-word) fallback followed by
        a comma and a PERSON span is the end of the title.
        """
        a, b = name
        if self._person_at(a) is not None:
            return False
        if self._tok(b) == "(" and b + 1 < len(self.toks) and self.toks[b + 1].is_word:
            first = self.toks[b + 1].norm[:1]
            title = {self.norms[k][:1] for k in range(ph.start, a) if self.toks[k].cap}
            if first in title and first != self.norms[a][:1]:
                return True
        if self.have_persons and self._tok(b) == ",":
            j, _ = self._after_commas(b)
            q = self._skip_titles(j)
            nxt = self._person_at(q) if q < len(self.toks) else None
            words = [k for k in range(a, b) if self.toks[k].is_word]
            lexical = any(
                self._unit_at(k) or self._agency_at(k) is not None for k in words
            )
            if nxt is not None and (len(words) == 1 or lexical) and self._name_ends_clause(nxt):
                return True
        return False

    def _name_ends_clause(self, j: int) -> bool:
        if j >= len(self.toks):
            return True
        t = self.toks[j]
        if not t.is_word:
            return True
        for trig in _TRIGGERS:
            k = j + len(trig)
            if tuple(self.norms[j:k]) == trig and self._head_at(k, True) is not None:
                return False  # "..., Budi sebagai Deputi X": the name has its own title
        return not t.cap or t.norm in STOP_WORDS


# --------------------------------------------------------------------------------------------
# Grouping and coreference
# --------------------------------------------------------------------------------------------


@dataclass
class _Official:
    cands: list[_Candidate]
    words: set[str]
    aliases: set[tuple[str, ...]] = field(default_factory=set)
    mentions: set[tuple[int, int]] = field(default_factory=set)

    def best(self) -> _Candidate:
        def rank(c: _Candidate) -> tuple[int, int, int, int]:
            return (
                0 if c.category == "party" else 1,
                1 if c.jurisdiction else 0,
                len(c.position.split()) + len((c.jurisdiction or "").split()),
                -c.name_start,
            )

        return max(self.cands, key=rank)

    def name(self) -> str:
        return max(self.cands, key=lambda c: (len(c.words), len(c.name), -c.name_start)).name


def _group(cands: Sequence[_Candidate]) -> list[_Official]:
    groups: list[_Official] = []
    # Groups by each of their words (a group's words never change): the groups holding all of
    # a candidate's words are among those holding any one of them.
    having: dict[str, list[int]] = {}
    for cand in sorted(cands, key=lambda c: (-len(c.words), c.name_start)):
        words = set(cand.words)
        if words:
            pool = min((having.get(w, []) for w in words), key=len)
            hits = [groups[n] for n in pool if words <= groups[n].words]
        else:
            hits = list(groups)
        if len(hits) > 1:
            same = [g for g in hits if any(c.key == cand.key for c in g.cands)]
            hits = same if len(same) == 1 else []
            if not hits:
                continue  # an ambiguous short name
        if hits:
            hits[0].cands.append(cand)
        else:
            for w in words:
                having.setdefault(w, []).append(len(groups))
            groups.append(_Official([cand], set(words)))
    return groups


def _find_aliases(text: str, groups: Sequence[_Official]) -> None:
    for pattern, needs in zip(_ALIAS_CUES, _ALIAS_CUE_WORDS, strict=True):
        if not any(word in text for word in needs):
            continue  # the pattern cannot match: skip the scan over every capitalised word
        for m in pattern.finditer(text):
            name_list = [w.casefold() for w in re.findall(r"\w+", m.group("name"))]
            alias = tuple(w.casefold() for w in re.findall(r"\w+", m.group("alias")))
            if not alias or set(alias) <= set(name_list):
                continue
            hits = []
            for g in groups:
                vocab = g.words | {w for a in g.aliases for w in a}
                rest = list(name_list)
                while rest and rest[0] not in vocab:
                    rest.pop(0)  # titles before the name ("Presiden Joko Widodo (Jokowi)")
                if rest and set(rest) <= vocab:
                    hits.append(g)
            if len(m.group("alias")) > 1 and m.group("alias").isupper():
                initials = "".join(w[0] for w in m.group("name").split()).casefold()
                if not initials.endswith("".join(alias)):
                    continue
            if len(hits) == 1:
                hits[0].aliases.add(alias)


def _coreference(ex: _Extractor, groups: Sequence[_Official]) -> None:
    toks = ex.toks
    owners: dict[str, list[int]] = {}
    for gi, g in enumerate(groups):
        for w in g.words | {w for a in g.aliases for w in a}:
            owners.setdefault(w, []).append(gi)
    i = 0
    n = len(toks)
    while i < n:
        if not (toks[i].is_word and toks[i].cap):
            i += 1
            continue
        # a run of capitalised words and initials
        j = i
        while j < n and (
            (toks[j].is_word and toks[j].cap)
            or (toks[j].text == "." and j > i and _is_initial(toks, j - 1))
        ):
            j += 1
        _assign_run(ex, groups, owners, i, j)
        i = j if j > i else i + 1


def _assign_run(
    ex: _Extractor,
    groups: Sequence[_Official],
    owners: dict[str, list[int]],
    i: int,
    j: int,
) -> None:
    toks = ex.toks
    words = [k for k in range(i, j) if toks[k].is_word]
    if not words:
        return
    # Spans inside the run made only of one official's name words (or alias).
    k = 0
    while k < len(words):
        w = toks[words[k]].norm
        cands = owners.get(w, [])
        if not cands:
            k += 1
            continue
        best: tuple[int, int] | None = None
        for gi in cands:
            g = groups[gi]
            vocab = g.words | {x for a in g.aliases for x in a}
            m = k
            while m < len(words) and toks[words[m]].norm in vocab:
                m += 1
            if best is None or m > best[1]:
                best = (gi, m)
        assert best is not None
        gi, m = best
        matched = [toks[words[x]].norm for x in range(k, m)]
        owners_of_all = set.intersection(*(set(owners.get(x, [])) for x in matched))
        if len(owners_of_all) != 1:
            k = m
            continue
        gi = owners_of_all.pop()
        g = groups[gi]
        distinctive = [x for x in matched if len(x) > 2]
        if not distinctive:
            k = m
            continue
        if m - k == 1 and tuple(matched) not in g.aliases and len(matched[0]) < 3:
            k = m
            continue
        # Neighbours: another capitalised non-title word glued to the match means another name.
        left_ok = k == 0 or _soft_neighbour(ex, words[k - 1], words[k], left=True)
        right_ok = m == len(words) or _soft_neighbour(ex, words[m], words[m - 1], left=False)
        if toks[words[k]].title_line or (left_ok and right_ok):
            end_tok = words[m - 1]
            end = toks[end_tok].end
            if end_tok + 1 < len(toks) and toks[end_tok + 1].text == "." and _is_initial(
                toks, end_tok
            ):
                end = toks[end_tok + 1].end
            span = (toks[words[k]].start, end)
            if not _inside_other_person(ex, span, g):
                g.mentions.add(span)
        k = m


def _soft_neighbour(ex: _Extractor, other: int, edge: int, left: bool) -> bool:
    """Tell whether the capitalised word ``other`` may stand next to a name match."""
    t = ex.toks[other]
    if t.norm in STOP_WORDS:
        return True
    if left and (t.sent_start or ex._skip_titles(other) > other):
        return True
    if ex.lex.match(ex.norms, other, ("position", "modifier")) is not None:
        return True
    return bool(not left and (ex._unit_at(other) or _is_acronym(t.text)))


def _inside_other_person(ex: _Extractor, span: tuple[int, int], g: _Official) -> bool:
    # Only PERSON spans starting in [span end - longest span, span start] can contain ``span``.
    lo = bisect_left(ex.person_char_starts, span[1] - ex.person_max_len)
    hi = bisect_right(ex.person_char_starts, span[0])
    for ps, pe, s, e in ex.person_chars[lo:hi]:
        if ps <= span[0] and span[1] <= pe and (ps, pe) != span:
            words = {ex.norms[k] for k in range(s, e) if ex.toks[k].is_word}
            vocab = g.words | {x for a in g.aliases for x in a}
            extra = {w for w in words - vocab if ex._skip_titles(
                next(k for k in range(s, e) if ex.norms[k] == w)) == next(
                k for k in range(s, e) if ex.norms[k] == w)}
            if extra:
                return True
    return False


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def extract_officials(
    text: str,
    persons: Sequence[tuple[int, int]] | None = None,
    *,
    lexicon: PositionLexicon | None = None,
    gazetteer: Gazetteer | None = None,
    fallback: bool = True,
    non_names: Sequence[tuple[int, int]] | None = None,
) -> list[dict[str, Any]]:
    """Find the officials of an article.

    Parameters
    ----------
    text
        The article (headline, blank line, body) or any sentence.
    persons
        Character ranges ``(start, end)`` of PERSON spans from a NER, if any. Where a pattern
        expects a name and no PERSON span is there, the capitalised-word fallback is used
        (unless ``fallback`` is False).
    lexicon
        Position lexicon (default: the packaged one).
    gazetteer
        Place gazetteer for jurisdictions (default: the packaged one).
    fallback
        Use the capitalised-word fallback for names.
    non_names
        Character ranges of entities that are not persons (organisations, places); the
        fallback never takes a name that overlaps one of them.

    Returns
    -------
    list of dict
        One record per official, in order of first mention: ``name``, ``position``,
        ``jurisdiction`` and ``mentions`` (sorted ``[start, end]`` character offsets).

    Raises
    ------
    TypeError
        When ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise TypeError(f"expected text as str, got {type(text).__name__}")
    ex = _Extractor(
        text,
        persons,
        lexicon or load_positions(),
        gazetteer or default_gazetteer(),
        fallback,
        non_names or (),
    )
    cands, bare = ex.run()
    groups = _group(cands)
    _find_aliases(text, groups)
    for g in groups:
        for c in g.cands:
            g.mentions.add((c.name_start, c.name_end))
    _coreference(ex, groups)
    # Title-only mentions ("Pj Wali Kota Pangkalpinang" in the headline) of a unique official.
    # Groups by the key of their best candidate (cands do not change from here on), and each
    # hit group's mentions sorted with their longest length, so that a repeated headline in a
    # long text does not rescan every group and every mention.
    by_key: dict[tuple[str, str], list[_Official]] = {}
    for g in groups:
        by_key.setdefault(g.best().key, []).append(g)
    ordered: dict[int, tuple[list[tuple[int, int]], list[int]]] = {}
    for key, span, headline in bare:
        if not key[1] or not headline:
            continue
        hits = by_key.get(key, [])
        if len(hits) != 1:
            continue
        g = hits[0]
        if id(g) not in ordered:
            spans = sorted(g.mentions)
            ordered[id(g)] = (spans, [max((b - a for a, b in spans), default=0)])
        spans, longest = ordered[id(g)]
        # a mention overlapping ``span`` ends after span[0], so it starts after span[0] - longest
        near = spans[bisect_left(spans, (span[0] - longest[0],)) : bisect_left(spans, (span[1],))]
        if not any(a < span[1] and span[0] < b for a, b in near):
            g.mentions.add(span)
            insort(spans, span)
            longest[0] = max(longest[0], span[1] - span[0])
    records = []
    for g in groups:
        best = g.best()
        mentions = _drop_nested(sorted(g.mentions))
        records.append(
            {
                "name": g.name(),
                "position": best.position,
                "jurisdiction": best.jurisdiction,
                "mentions": [list(m) for m in mentions],
            }
        )
    records.sort(key=lambda r: r["mentions"][0][0] if r["mentions"] else 0)
    return records


def _drop_nested(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans, key=lambda x: (x[0], -x[1])):
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


# --------------------------------------------------------------------------------------------
# spaCy component
# --------------------------------------------------------------------------------------------

DEFAULT_PERSON_LABELS: tuple[str, ...] = ("PERSON", "PER")
#: Entity labels whose spans are never taken as a person's name by the fallback.
DEFAULT_NON_NAME_LABELS: tuple[str, ...] = (
    "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART",
)


class OfficialsComponent:
    """spaCy component ``beritanlp_officials``: ``doc._.officials`` and ``doc.spans["officials"]``.

    Parameters
    ----------
    nlp
        The pipeline (unused; kept for the factory signature).
    name
        Component name.
    person_labels
        Entity labels read as person names from ``doc.ents``.
    fallback
        Use the capitalised-word fallback where no PERSON span is found after a position.
    spans_key
        Key of the span group written to ``doc.spans``.
    non_name_labels
        Entity labels (organisations, places, ...) whose spans, when linked to an agency or a
        place (``kb_id_`` set), the capitalised-word fallback never takes as a name.
    """

    def __init__(
        self,
        nlp: Language | None,
        name: str = "beritanlp_officials",
        person_labels: Iterable[str] = DEFAULT_PERSON_LABELS,
        fallback: bool = True,
        spans_key: str = "officials",
        non_name_labels: Iterable[str] = DEFAULT_NON_NAME_LABELS,
    ) -> None:
        extensions.register()
        self.name = name
        self.person_labels = list(person_labels)
        self.non_name_labels = list(non_name_labels)
        self.fallback = bool(fallback)
        self.spans_key = spans_key
        self.user_entries: list[dict[str, Any]] = []
        self._lexicon: PositionLexicon | None = None

    @property
    def lexicon(self) -> PositionLexicon:
        """The packaged position lexicon plus any entries added with :meth:`add_positions`."""
        if self._lexicon is None:
            base = load_positions()
            if self.user_entries:
                self._lexicon = PositionLexicon.from_dicts([*base.to_dicts(), *self.user_entries])
            else:
                self._lexicon = base
        return self._lexicon

    def add_positions(self, entries: Iterable[dict[str, Any]]) -> None:
        """Add lexicon records (same format as ``positions.jsonl``); validated at once.

        Raises
        ------
        ValueError
            On an invalid record or a surface form the lexicon already has.
        """
        new = [dict(e) for e in entries]
        PositionLexicon.from_dicts([*load_positions().to_dicts(), *self.user_entries, *new])
        self.user_entries.extend(new)
        self._lexicon = None

    def __call__(self, doc: Doc) -> Doc:
        """Find the officials of ``doc``."""
        labels = set(self.person_labels)
        blocking = set(self.non_name_labels) - labels
        persons = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in labels]
        others = [(e.start_char, e.end_char) for e in doc.ents if _blocks_names(e, blocking)]
        records = extract_officials(
            doc_text(doc), persons, lexicon=self.lexicon, fallback=self.fallback, non_names=others
        )
        spans: list[Span] = []
        for rec in records:
            for start, end in rec["mentions"]:
                span = doc.char_span(start, end, label="PERSON", alignment_mode="expand")
                if span is None:
                    continue
                span._.position = rec["position"]
                span._.jurisdiction = rec["jurisdiction"]
                spans.append(span)
        doc.spans[self.spans_key] = sorted(spans, key=lambda s: (s.start, s.end))
        doc._.officials = records
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the configuration and user lexicon entries to a folder."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(
            path / "cfg.json",
            {
                "person_labels": self.person_labels,
                "fallback": self.fallback,
                "spans_key": self.spans_key,
                "non_name_labels": self.non_name_labels,
            },
        )
        srsly.write_jsonl(path / "positions.jsonl", self.user_entries)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> OfficialsComponent:
        """Restore what :meth:`to_disk` saved (configuration first, then lexicon entries)."""
        path = Path(path)
        cfg_path = path / "cfg.json"
        if cfg_path.exists():
            cfg: Any = srsly.read_json(cfg_path)
            self.person_labels = list(cfg.get("person_labels", DEFAULT_PERSON_LABELS))
            self.fallback = bool(cfg.get("fallback", True))
            self.spans_key = str(cfg.get("spans_key", "officials"))
            self.non_name_labels = list(cfg.get("non_name_labels", DEFAULT_NON_NAME_LABELS))
        self.user_entries = []
        self._lexicon = None
        entries_path = path / "positions.jsonl"
        if entries_path.exists():
            self.add_positions(srsly.read_jsonl(entries_path))
        return self

    def __reduce__(self) -> tuple[Callable[..., OfficialsComponent], tuple[Any, ...]]:
        return (
            _rebuild,
            (
                self.name,
                self.person_labels,
                self.fallback,
                self.spans_key,
                self.user_entries,
                self.non_name_labels,
            ),
        )


def _blocks_names(ent: Span, labels: set[str]) -> bool:
    """Tell whether an entity is a linked agency or place that no person's name overlaps.

    Only entities linked to the knowledge base or the gazetteer count: the statistical NER
    often labels a person ORG or LOC, and generic units (``unit:...``) are guessed from runs of
    capitalised words that may hold a name.
    """
    kb_id = ent.kb_id_
    return ent.label_ in labels and bool(kb_id) and not kb_id.startswith("unit:")


def _rebuild(
    name: str,
    person_labels: list[str],
    fallback: bool,
    spans_key: str,
    entries: list[dict[str, Any]],
    non_name_labels: list[str],
) -> OfficialsComponent:
    component = OfficialsComponent(
        None, name, person_labels, fallback, spans_key, non_name_labels
    )
    if entries:
        component.add_positions(entries)
    return component


@Language.factory(
    "beritanlp_officials",
    assigns=["doc._.officials", "doc.spans"],
    default_config={
        "person_labels": list(DEFAULT_PERSON_LABELS),
        "fallback": True,
        "spans_key": "officials",
        "non_name_labels": list(DEFAULT_NON_NAME_LABELS),
    },
)
def make_officials(
    nlp: Language,
    name: str,
    person_labels: list[str],
    fallback: bool,
    spans_key: str,
    non_name_labels: list[str],
) -> OfficialsComponent:
    """Create the ``beritanlp_officials`` component (see :class:`OfficialsComponent`)."""
    return OfficialsComponent(nlp, name, person_labels, fallback, spans_key, non_name_labels)
