"""Places that end an official's title written through an agency's name.

GUIDELINE.md: a place inside an official's title counts, one only inside an agency's name does
not. "Kepala Dinas Kesehatan Kota Bekasi, X" names the official of Kota Bekasi (the title's
jurisdiction is the trailing place), so Kota Bekasi is a place; "Dinas Kesehatan Kota Bekasi
menambah stok" names the agency only. The agency is read as part of a title when a position
("Kepala", "Ketua", "Direktur Utama") stands right before it, or an agency that is itself so
read ("Kepala Biro Humas Pemprov Maluku": the bureau, then the government whose bureau it is).

Only agencies built from a class word and a region ("Pemprov Maluku", "Balai Taman Nasional
... Kalimantan") end in a title's place; a named body whose name holds a region ("Bank
Jateng") is the title's jurisdiction itself, and its place stays blocked. The caller says which
agencies are which (the agency records without a canonical name of the knowledge base).

A title is an official's only with a named holder (GUIDELINE: positions without a named person
are not officials): a recogniser's person right after it (a comma and honorifics or ranks of
the titles table between) or right before it ("Rina, Kepala X"), or a run of one to four
capitalised words after it that a speech verb follows ("Kepala X, Yosef Lewerissa,
menyampaikan"), that an honorific or a rank of the tables precedes ("Kasat X AKBP Wirawan
menambahkan") or, of two words or more, that stands between commas ("Kepala X, Yosef
Lewerissa, kemarin"), and that holds no post, unit, day or place word. "Kepala X, Kepala Y,
serta ...", "Jabatan Kepala X Kosong sejak ..." and a headline's "Kepala X Diperiksa" name
no one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import NamedTuple

from beritanlp.lexicons.positions import PositionLexicon, normalize_form
from beritanlp.lexicons.regions import CUES
from beritanlp.lexicons.speech import speech_words
from beritanlp.lexicons.titles import TitleList, normalize_title_word
from beritanlp.rules.places.mention import PlaceMention
from beritanlp.rules.places.shape import ORDINARY
from beritanlp.text.headline import headline_end
from beritanlp.text.words import Words, segment

#: Blocks a title's place is freed from: after an agency word, inside an entity.
_TITLE_BLOCKS = frozenset({"agency", "entity"})
_MAX_POSITION_WORDS = 5
#: Honorifics and ranks read between a title and its holder's name.
_MAX_HONORIFICS = 3
#: Words of a holder's name the recogniser missed.
_MAX_NAME_WORDS = 4
#: What may stand between a name and the title after it.
_NAME_BEFORE = re.compile(r"(?:,| selaku| sebagai) \Z")
#: Record kinds of the positions table a holder's name holds none of.
_POST_KINDS = ("position", "modifier", "unit")
#: One-word administrative cues written in a place's name ("Kota", "Kab."): the "part" cues.
_PART_CUES: frozenset[str] = frozenset(k[0] for k, (_, role) in CUES.items()
                                       if role == "part" and len(k) == 1)
#: Verbs of speech that follow a speaker's name ("Kepala X, Budi, mengatakan").
SPEAKER_VERBS: frozenset[str] = speech_words("places_speaker")


class TitleWords(NamedTuple):
    """The tables a title and its holder are read with (:func:`title_words`)."""

    #: The pipeline's positions table: modifiers, positions and units.
    positions: PositionLexicon
    #: Honorifics and ranks written before a name (normalised word tuples: ``("dr",)``).
    honorifics: frozenset[tuple[str, ...]]

    def reads(self, words: Sequence[str]) -> bool:
        """``words`` are modifiers, a position, then unit names ("Plt. Kepala", "Kabid Humas").

        After a position with an open complement, any capitalised words are its unit's name.
        """
        keys = list(normalize_form(" ".join(words)))
        if len(keys) != len(words):
            return False  # a word of dots only, or dots inside a word: not read
        i = 0
        while (found := self.positions.match(keys, i, ("modifier",))) is not None:
            i += found[0]
        post = self.positions.match(keys, i, ("position",))
        if post is None or post[1].gate is not None:
            return False  # a gated head ("Raja") is a position only by the officials' gate
        i += post[0]
        if post[1].complement == "open" and all(w[:1].isupper() for w in words[i:]):
            return True
        while (unit := self.positions.match(keys, i, ("unit",))) is not None:
            i += unit[0]
        return i == len(keys)

    def post_word(self, word: str) -> bool:
        """``word`` is a position, a modifier or a unit word ("Kepala", "Plt", "Dinas").

        A gated head ("Raja", "Ratu": also given names) is none: "Kepala X, Raja Budi" names
        the title's holder.
        """
        keys = list(normalize_form(word))
        found = self.positions.match(keys, 0, _POST_KINDS) if keys else None
        return found is not None and found[1].gate is None

    def honorific(self, lows: Sequence[str], i: int) -> int:
        """Words of the longest honorific or rank starting at ``lows[i]`` (0 for none)."""
        for n in range(min(_MAX_HONORIFICS, len(lows) - i), 0, -1):
            if tuple(normalize_title_word(w) for w in lows[i:i + n]) in self.honorifics:
                return n
        return 0


def title_words(
    positions: PositionLexicon, titles: TitleList, ranks: frozenset[tuple[str, ...]],
) -> TitleWords:
    """The tables a title is read with, built once by ``Lexicons.derived``.

    ``positions``, ``titles`` and ``ranks`` are the pipeline's tables of those names: the
    honorifics and ranks are the titles' entries ("dr", "h", "prof") and the ranks ("akbp"),
    less the posts and a place's title cues among them ("Camat Y" is the next official).
    """
    honorifics = frozenset(t for t in titles.titles | ranks if t not in CUES
                           and positions.match(list(t), 0, _POST_KINDS) is None)
    return TitleWords(positions, honorifics)


def titled_agencies(
    text: str,
    agencies: Sequence[tuple[int, int]],
    regional: Sequence[tuple[int, int]],
    persons: Sequence[tuple[int, int]],
    forms: TitleWords,
    names: Callable[[str], bool] = lambda run: False,
) -> list[tuple[int, int]]:
    """The regional agency spans that end an official's title.

    Parameters
    ----------
    text
        The article text.
    agencies
        Character ranges of all agency mentions (links of a chain of agencies).
    regional
        Those of ``agencies`` named by a class word and a region (no knowledge-base name).
    persons
        Character ranges of person names: the title is an official's when a name follows it
        (a comma and at most three honorifics or ranks between) or precedes it (", ").
    forms
        The tables a title is read with (:func:`title_words`).
    names
        Whether a run of capitalised words after the title, in the body and followed by a
        speech verb, may be a person's name the recogniser missed ("Kepala Biro X, Yosef
        Lewerissa, menyampaikan"); the caller says no for a place ("..., Jawa Barat, ...").

    Returns
    -------
    list of tuple of (int, int)
        The ``regional`` spans that end a chain of agencies right after a position.
    """
    keep = set(regional)
    if not keep:
        return []
    words = segment(text).words
    body = headline_end(text)  # a headline's capitalised words are no names
    starts = {s for s, _ in persons}
    ends = {e for _, e in persons}
    found: list[tuple[int, int]] = []
    for position, last in _chains(text, words, sorted(set(agencies)), forms):
        if last not in keep:
            continue
        before = _NAME_BEFORE.search(text, max(0, position - 12), position)
        if (before is not None and before.start() in ends) or \
                _holder_after(text, words, last[1], forms, starts, names, body):
            found.append(last)
    return found


def _holder_after(
    text: str, words: Words, end: int, forms: TitleWords, persons: set[int],
    names: Callable[[str], bool], body: int,
) -> bool:
    """A holder's name follows the title ending at ``end`` (see :func:`titled_agencies`).

    A comma, then honorifics or ranks of the titles table ("dr", "AKBP"), then a recogniser's
    person; or one to four capitalised words (joined by spaces or hyphens, none a post, unit,
    day or stop word) that the caller may read as a name and that an honorific or rank
    precedes, a speech verb follows (right or after a comma) or, two words or more, that stand
    between commas.
    """
    k = bisect_left(words.starts, end)
    if k >= len(words) or text[end:words.starts[k]] not in (" ", ", "):
        return False
    first = k
    for _ in range(_MAX_HONORIFICS):
        n = forms.honorific(words.lows, k)
        if not n or k + n >= len(words) or text[words.ends[k + n - 1]:words.starts[k + n]] \
                .strip(" .") or words.starts[k + n] - words.ends[k + n - 1] > 2:
            break
        k += n
    if words.starts[k] in persons:
        return True
    j = k
    while j < len(words) and j - k < _MAX_NAME_WORDS and words.caps[j] and \
            (j == k or text[words.ends[j - 1]:words.starts[j]] in (" ", "-")):
        if forms.post_word(words.texts[j]) or words.lows[j] in ORDINARY \
                or (words.lows[j],) in CUES:  # "Camat", "Kota": a title or a place's cue
            return False
        j += 1
    if j == k or j >= len(words) or words.starts[k] < body:
        return False
    gap = text[words.ends[j - 1]:words.starts[j]]
    spoken = gap in (" ", ", ") and words.lows[j] in SPEAKER_VERBS
    ranked = k > first  # after an honorific or a rank of the tables: "AKP Budi Santoso, ..."
    # an apposition of two or more words between commas: ", Budi Santoso, akhir Maret"
    apposed = j - k > 1 and text[end:end + 2] == ", " and gap.startswith(",")
    return (spoken or apposed or ranked) and names(text[words.starts[k]:words.ends[j - 1]])


def _chains(
    text: str, words: Words, agencies: Sequence[tuple[int, int]], forms: TitleWords,
) -> list[tuple[int, tuple[int, int]]]:
    """(start of the position, last agency) of each run of agencies right after a position.

    Agencies joined by one space continue the run ("Kepala [Biro Humas] [Pemprov Maluku]").
    """
    chains: list[tuple[int, tuple[int, int]]] = []
    for span in agencies:
        if chains and chains[-1][1][1] + 1 == span[0] and text[span[0] - 1] == " ":
            chains[-1] = (chains[-1][0], span)
            continue
        position = _position_before(text, words, span[0], forms)
        if position is not None:
            chains.append((position, span))
    return chains


def _position_before(text: str, words: Words, start: int, forms: TitleWords) -> int | None:
    """Where a position ending at ``start`` begins, or None.

    The position's words are joined by spaces (a word's dot kept: "Plt."); modifiers may come
    before it ("Plt. Kepala"), unit names after it ("Kabid Humas", "Kepala Satuan Lalu
    Lintas"), its bracketed short form last ("(Kasatlantas)"). Of at most
    :data:`_MAX_POSITION_WORDS` words, the longest reading.
    """
    i = bisect_left(words.starts, start) - 1
    end = start
    if i > 0 and text[words.ends[i]:start] == ") " and text[words.starts[i] - 1] == "(":
        end, i = words.starts[i] - 1, i - 1  # "Kepala Satuan Lalu Lintas (Kasatlantas) Polres X"
    read: list[str] = []
    begin = None
    while i >= 0 and len(read) < _MAX_POSITION_WORDS:
        gap = text[words.ends[i]:end]
        if gap not in (" ", ". "):
            break
        read.insert(0, words.texts[i] + gap.strip())
        if forms.reads(read):
            begin = words.starts[i]
        end, i = words.starts[i], i - 1
    return begin


def free_title_places(
    text: str, mentions: Sequence[PlaceMention], titled: Sequence[tuple[int, int]],
) -> None:
    """Report a mention blocked by an agency where it ends a titled agency's span.

    An administrative cue the agency's words end in joins the place's name ("Ketua DPRD
    Kota Depok": the official of Kota Depok, as the title's jurisdiction reads).
    """
    if not titled:
        return
    ends = {e: s for s, e in titled}
    words = segment(text).words
    for m in mentions:
        s = ends.get(m.end)
        if s is None or s > m.start or m.blocked not in _TITLE_BLOCKS:
            continue
        m.blocked = None
        if not m.cued:
            _join_cue(text, words, m, s)


def _join_cue(text: str, words: Words, m: PlaceMention, start: int) -> None:
    """Join the capitalised administrative cue right before ``m`` (after ``start``) to it."""
    i = bisect_left(words.starts, m.start) - 1
    if i >= 0 and words.starts[i] >= start and words.caps[i] \
            and words.lows[i] in _PART_CUES and text[words.ends[i]:m.start] in (" ", ". "):
        m.start, m.text, m.cued = words.starts[i], text[words.starts[i]:m.end], True
