"""One text prepared for the officials rules: its tokens, the tables, and the PERSON spans."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence
from functools import cached_property

from beritanlp.lexicons.positions import PositionEntry
from beritanlp.rules.officials.monarchs import monarch_gate
from beritanlp.rules.officials.tables import OfficialsTables
from beritanlp.rules.officials.tokens import MOJIBAKE_SPACE, Tok, is_acronym, tokenize
from beritanlp.rules.officials.vocab import (
    FORCE_WORDS,
    MONTHS,
    PARTIES,
    STOP_WORDS,
)
from beritanlp.text.acronyms import align_long_form, is_short_form
from beritanlp.text.headline import headline_end

#: Capitalised words before a bracketed acronym read as the name it defines, at most.
MAX_DEFINED_WORDS = 8
#: Tokens (commas included) a bracket spelling out a short form before it may hold.
MAX_SPELLED_TOKENS = 16


def token_range(
    starts: Sequence[int], ends: Sequence[int], span: tuple[int, int]
) -> tuple[int, int]:
    """Tokens ``first:last`` overlapping a character span (empty when ``first >= last``).

    Tokens never overlap and come in text order, so both their starts and their ends are
    sorted: the tokens overlapping a span are a run found by bisection.
    """
    return bisect_right(ends, span[0]), bisect_left(starts, span[1])


def join_across_mojibake(
    toks: Sequence[Tok], text: str, spans: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """PERSON token ranges with spans split only by a :data:`MOJIBAKE_SPACE` joined into one.

    The NER stops at the whitespace token of a garbled no-break space, so a name written
    with one ("Nur", the space, "Hassan Wirajuda") comes as two spans; the officials rules
    read that space as a space, and the two spans as one name. So are an initial's span and
    the name after its period ("M", ".", the space, "Nasir" is "M. Nasir").
    """
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and _joined(toks, text, out[-1][1], s):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _joined(toks: Sequence[Tok], text: str, end: int, start: int) -> bool:
    """Only a garbled space (after an initial's period) between token ``end`` and ``start``."""
    if end == start - 1 and toks[end].text == "." and _initial(toks[end - 1].text):
        end += 1  # "M", "." then the space: the period belongs to the initial
    return end == start and text[toks[start - 1].end : toks[start].start] == MOJIBAKE_SPACE


def _initial(word: str) -> bool:
    """One capital letter: a name's initial ("M" of "M. Nasir")."""
    return len(word) == 1 and word.isupper()


class Context:
    """A text, its tokens and the tables, shared by every rule that runs over it.

    Parameters
    ----------
    text
        The text.
    tables
        The tables the rules read.
    persons
        Character ranges of PERSON spans from a NER, or None when no NER ran.
    fallback
        Take runs of capitalised words as names where no PERSON span is.
    non_names
        Character ranges of entities that are not persons: the fallback never takes them.
    """

    def __init__(
        self,
        text: str,
        tables: OfficialsTables,
        persons: Sequence[tuple[int, int]] | None,
        fallback: bool,
        non_names: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.text = text
        self.toks: list[Tok] = tokenize(text)
        self.norms: list[str] = [t.norm for t in self.toks]
        self.size = len(self.toks)
        self.tables = tables
        self._split_slashed_titles()
        self.fallback = fallback
        self.have_persons = persons is not None
        self.tok_starts = tok_starts = [t.start for t in self.toks]
        self.tok_ends = tok_ends = [t.end for t in self.toks]
        # PERSON spans as token ranges
        self.person_tok: list[tuple[int, int]] = []
        for span in persons or ():
            first, end = token_range(tok_starts, tok_ends, span)
            first = self._glued_start(first, end)
            end = self._title_cut(first, end)
            if first < end:
                self.person_tok.append((first, end))
        if MOJIBAKE_SPACE in text:  # checked before scanning: most texts have none
            self.person_tok = join_across_mojibake(self.toks, text, self.person_tok)
        self._index_persons()
        # Tokens inside entities that are not persons (agencies, places, other organisations):
        # the capitalised-word fallback never takes them as a name.
        self.blocked: set[int] = set()
        for span in non_names:
            first, end = token_range(tok_starts, tok_ends, span)
            self.blocked.update(range(first, end))
        # Where titles skipped from a state end (names.skip_titles; tokens and tables only).
        self.title_skips: dict[tuple[int, int], int] = {}
        # Where the modifiers from a token end (phrases.modifiers_end; tokens and tables only).
        self.modifier_ends: dict[int, int] = {}

    def _glued_start(self, first: int, end: int) -> int:
        """Start of a PERSON span without the punctuation a tokenizer glued to its first word.

        ".,Andi Yusmanto, Kepala ...": a paragraph's comma glued to the next word makes the
        recogniser's span start on it; the name starts after it, and after a stop word the
        span took with it (",Ketika Nawawi menjabat"; months excepted: "Juli Tri Wahyono").
        """
        start = first
        while first < end and not self.toks[first].is_word:
            first += 1
        if first == start:
            return first
        while first < end and self.norms[first] in STOP_WORDS and self.norms[first] not in MONTHS:
            first += 1
        return first

    def _title_cut(self, first: int, end: int) -> int:
        """End of a PERSON span without a position head it swallowed at its end.

        "[Budi Santoso Kapolda] Jatim mengaku": a span of two name words or more whose last
        word is a capitalised position head of the lexicon, with a capitalised word (its
        jurisdiction) right after the span, ends before that word ("Arif Rahman Hakim kepada":
        a surname).
        """
        last = end - 1
        if last - first < 2 or not self.toks[last].cap or len(self.toks[last].text) < 4:
            return end
        if end >= self.size or not self.toks[end].cap:
            return end
        found = self.tables.positions.match(self.norms, last, ("position",))
        return last if found is not None and found[0] == 1 and found[1].gate is None else end

    def _split_slashed_titles(self) -> None:
        """Read "Mendukbangga/Kepala" (one token) as the short title before the slash.

        The token keeps its text, so the position is still written as in the article
        ("Mendukbangga/Kepala BKKBN"); only its head is found.
        """
        by_form = self.tables.positions.by_form
        for i, norm in enumerate(self.norms):
            if "/" not in norm:
                continue
            entry = by_form.get((norm.split("/", 1)[0],))
            if entry is not None and entry.kind == "position":
                self.norms[i] = norm.split("/", 1)[0]

    def add_persons(self, spans: Sequence[tuple[int, int]]) -> None:
        """Add PERSON token ranges found by the rules (a name a place span swallowed).

        ``have_persons`` (a recogniser's spans were given) is left as it is: without a
        recogniser the text stays read by the fallback, the added spans only mark names.
        """
        self.person_tok.extend(spans)
        self._index_persons()

    def widen_persons(self, starts: Collection[int]) -> None:
        """Begin each PERSON token range that starts at one of ``starts`` one token earlier.

        For a name's first word the recogniser left out (a rank's "Lalu" before the tagged rest).
        """
        self.person_tok = [(s - 1, e) if s in starts else (s, e) for s, e in self.person_tok]
        self._index_persons()

    def _index_persons(self) -> None:
        # Lookups over the PERSON spans (the first span in list order wins, as in a scan).
        self.person_cover: dict[int, int] = {}  # token -> end of the first span covering it
        self.person_end: dict[int, int] = {}  # end token -> start of the first span ending there
        for s, e in self.person_tok:
            for k in range(s, e):
                self.person_cover.setdefault(k, e)
            self.person_end.setdefault(e, s)
        # Character ranges of the spans sorted by start, for containment queries.
        self.person_chars = sorted(
            (self.toks[s].start, self.toks[e - 1].end, s, e) for s, e in self.person_tok
        )
        self.person_char_starts = [p[0] for p in self.person_chars]
        self.person_max_len = max((pe - ps for ps, pe, _, _ in self.person_chars), default=0)

    # ---- tokens --------------------------------------------------------------------------

    def word(self, i: int) -> bool:
        """Tell whether token ``i`` exists and is a word."""
        return 0 <= i < self.size and self.toks[i].is_word

    def cap(self, i: int) -> bool:
        """Tell whether token ``i`` exists and is a capitalised word."""
        return 0 <= i < self.size and self.toks[i].cap

    def tok(self, i: int) -> str:
        """The text of token ``i`` ("" outside the text)."""
        return self.toks[i].text if 0 <= i < self.size else ""

    @cached_property
    def lone_capitals(self) -> dict[str, list[int]]:
        """Tokens of capitalised words with no capitalised word on either side, by norm.

        In text order; built on first use (the text's tokens never change).
        """
        found: dict[str, list[int]] = {}
        caps = [t.cap for t in self.toks] + [False]  # caps[-1]: no word before the first
        for k in range(self.size):
            if caps[k] and not caps[k + 1] and not caps[k - 1]:
                found.setdefault(self.norms[k], []).append(k)
        return found

    @cached_property
    def inside_sentence_words(self) -> frozenset[str]:
        """Token texts the text writes inside a sentence (not first, not in a headline), as written.

        Built on first use: "Amil" is in it when the text writes "ujar Amil" somewhere, so a
        word's case inside sentences is one lookup, not a scan.
        """
        return frozenset(t.text for t in self.toks if not (t.sent_start or t.title_line))

    @cached_property
    def body_start(self) -> int:
        """Offset where the body begins: the headline's end (0 for a text without one)."""
        return headline_end(self.text)

    @cached_property
    def body_words(self) -> frozenset[str]:
        """Token texts the body writes (after the headline), as written; built on first use."""
        start = bisect_left(self.tok_starts, self.body_start)
        return frozenset(t.text for t in self.toks[start:])

    def headline_only(self, i: int) -> bool:
        """Tell whether token ``i`` lies in the headline and the body never writes it so.

        "Wali Kota Medan Dikritik karena ...": a headline's capitalised verb names no one.
        """
        return self.toks[i].start < self.body_start and self.toks[i].text not in self.body_words

    @cached_property
    def norm_positions(self) -> dict[str, list[int]]:
        """Tokens by norm, in text order: where the text writes a word, without a scan.

        Built on first use (the norms never change after the context is made).
        """
        found: dict[str, list[int]] = {}
        for k, norm in enumerate(self.norms):
            found.setdefault(norm, []).append(k)
        return found

    @cached_property
    def nongov_acronyms(self) -> frozenset[str]:
        """Acronyms the text defines as a non-public body's, as written.

        An acronym in brackets after a body's name that begins with a word of a non-public
        body and with the acronym's first letter ("Yayasan Sinar Harapan (YSH)", "Asosiasi
        Petani Kopi (APK)"): a title written with the short form later ("Ketua YSH") is of
        that body too. So is a short form the bracket after it spells out as such a body's
        name (:meth:`_nongov_short_before`). Never a party's ("Partai Gerakan Indonesia Raya
        (Gerindra)") or an agency's the tables know. Built on first use, from the bracket
        tokens only.
        """
        found: set[str] = set()
        toks = self.toks
        terms = self.tables.agency_terms
        for k in self.positions_of("("):
            if k + 2 >= self.size or toks[k + 2].text != ")":
                continue
            short = toks[k + 1]
            if not is_acronym(short.text) or short.norm in PARTIES:
                continue
            if (short.text,) in terms.exact or (short.norm,) in terms.folded:
                continue
            if self._nongov_name_before(k, short.norm[0]):
                found.add(short.text)
        for k in self.positions_of("("):
            short_form = self._nongov_short_before(k)
            if short_form is not None:
                found.add(short_form)
        return frozenset(found)

    def _nongov_short_before(self, k: int) -> str | None:
        """The short form before the bracket at token ``k`` that spells out a non-public body.

        "Gapasi (Gabungan Pengusaha Sapi Indonesia)": the bracket's first word is a word of
        such a body with the short form's first letter, and the short form's letters align
        with the bracket's words. None where there is no such short form.
        """
        if k < 1 or k + 1 >= self.size:
            return None
        short = self.toks[k - 1]
        if not short.cap or not is_short_form(short.text) or short.norm in PARTIES:
            return None
        terms = self.tables.agency_terms
        if (short.text,) in terms.exact or (short.norm,) in terms.folded:
            return None
        if self.norms[k + 1][:1] != short.norm[:1]:
            return None
        found = self.lexicon_at(k + 1, ("nongov", "unit"))
        if found is None or found[1].kind != "nongov":
            return None
        last = min(self.size, k + 2 + MAX_SPELLED_TOKENS)
        close = next((j for j in range(k + 2, last) if self.toks[j].text == ")"), None)
        if close is None:
            return None
        long_form = self.text[self.toks[k + 1].start : self.toks[close].start]
        return short.text if align_long_form(short.text, long_form) == 0 else None

    def _nongov_name_before(self, k: int, initial: str) -> bool:
        """Tell whether the capitalised words before token ``k`` are a non-public body's name.

        The name begins with a word of such a body whose first letter is ``initial`` (the
        acronym's), unless a longer unit record of the lexicon begins there (a public unit:
        "Panitia Penyelenggara Ibadah Haji"); no word of it is "Partai", a word of the police
        or the armed forces ("Sekolah Polisi Negara", "Sekolah Staf dan Komando TNI") or a
        one-word agency the tables know.
        """
        for j in range(k - 1, max(-1, k - 1 - MAX_DEFINED_WORDS), -1):
            if not self.toks[j].cap or self.norms[j] == "partai" or self._public_word(j):
                return False
            if self.norms[j][:1] == initial:
                # the longest record wins: "Panitia Penyelenggara Ibadah Haji" is a unit
                found = self.lexicon_at(j, ("nongov", "unit"))
                if found is not None and found[1].kind == "nongov":
                    return True
        return False

    def _public_word(self, j: int) -> bool:
        """Token ``j`` is a word of the police or the armed forces, or a one-word agency."""
        terms = self.tables.agency_terms
        return (self.norms[j] in FORCE_WORDS or (self.toks[j].text,) in terms.exact
                or (self.norms[j],) in terms.folded)

    def positions_of(self, norm: str) -> Sequence[int]:
        """Tokens whose norm is ``norm``, in text order (empty when the text has none)."""
        return self.norm_positions.get(norm, ())

    # ---- PERSON spans --------------------------------------------------------------------

    def person_at(self, i: int) -> int | None:
        """End token of a PERSON span that starts at (or covers) token ``i``."""
        return self.person_cover.get(i)

    def person_ending(self, b: int) -> int | None:
        """Start token of a PERSON span that ends right before token ``b``."""
        return self.person_end.get(b)

    def inside_person(self, i: int) -> bool:
        """Tell whether token ``i`` continues a PERSON span begun before it ("Budi Santoso")."""
        end = self.person_cover.get(i)
        return end is not None and self.person_cover.get(i - 1) == end and i > 0

    def person_overlaps(self, start: int, end: int) -> bool:
        """Tell whether a PERSON span overlaps the characters ``start:end``."""
        # only spans starting in (start - longest span, end) can reach into it
        lo = bisect_right(self.person_char_starts, start - self.person_max_len)
        hi = bisect_left(self.person_char_starts, end)
        return any(start < pe for _, pe, _, _ in self.person_chars[lo:hi])

    # ---- the position lexicon ------------------------------------------------------------

    def lexicon_at(self, i: int, kinds: tuple[str, ...]) -> tuple[int, PositionEntry] | None:
        """Longest position-lexicon record of one of ``kinds`` starting at token ``i``.

        A monarch's head (a record gated ``"monarch"`` in the table) is one only where
        :func:`~beritanlp.rules.officials.monarchs.monarch_gate` opens; elsewhere it begins a
        name ("Raja Juli") or a thing's ("Kapal Ratu Rosari II").
        """
        found = self.tables.positions.match(self.norms, i, kinds)
        if found is not None and found[1].gate == "monarch":
            holds = monarch_gate(self.toks, self.norms, self.tables.gazetteer, i, i + found[0])
            return found if holds else None
        return found

    def lexicon_runs_over(self, i: int, kinds: tuple[str, ...], reach: int) -> bool:
        """Tell whether a record of ``kinds`` begun before token ``i`` runs over it.

        Records begun up to ``reach`` tokens before count: "Jenderal" of "Sekretaris
        Jenderal", "Pimpinan" of "Dewan Pimpinan Cabang".
        """
        for k in range(max(0, i - reach), i):
            found = self.lexicon_at(k, kinds)
            if found is not None and k + found[0] > i:
                return True
        return False
