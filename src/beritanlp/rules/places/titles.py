"""Places that end an official's title written through an agency's name.

GUIDELINE.md: a place inside an official's title counts, one only inside an agency's name does
not. "Kepala Dinas Kesehatan Kota Bekasi, X" names the official of Kota Bekasi (the title's
jurisdiction is the trailing place), so Kota Bekasi is a place; "Dinas Kesehatan Kota Bekasi
menambah stok" names the agency only. The agency is read as part of a title when a position
("Kepala", "Ketua", "Direktur Utama") stands right before it, or an agency that is itself so
read ("Kepala Biro Humas Pemprov NTT": the bureau, then the government whose bureau it is).

Only agencies built from a class word and a region ("Pemprov NTT", "Manggala Agni Daops
Dumai", "Balai ... Kalimantan") end in a title's place; a named body whose name holds a region
("Bank Jateng") is the title's jurisdiction itself, and its place stays blocked. The caller
says which agencies are which (the agency records without a canonical name of the knowledge
base).

A title is an official's only with a named holder (GUIDELINE: positions without a named person
are not officials): a person's name right after it (a recogniser's person, or a run of
capitalised words that is no place, no day and no post: "Kepala X, Jusman menyampaikan",
"Kasat X AKBP Indratmoko mengatakan") or right before it ("Rina, Kepala X"). "Anggota Manggala
Agni Daops Muara Teweh, Kalimantan Tengah" and a headline's "Kepala X Diperiksa" name no one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import NamedTuple

from beritanlp.lexicons.positions import PositionLexicon, normalize_form
from beritanlp.rules.places.mention import PlaceMention
from beritanlp.rules.places.shape import ORDINARY
from beritanlp.text.headline import headline_end

#: Blocks a title's place is freed from: after an agency word, inside an entity.
_TITLE_BLOCKS = frozenset({"agency", "entity"})
#: Words (with their dots) of a position written right before an agency.
_WORD_BEFORE = re.compile(r"([A-Za-z][\w.-]*) \Z")
_MAX_POSITION_WORDS = 5
#: A post's bracketed short form between it and the agency: " (Kasatlantas) ".
_SHORT_FORM_BEFORE = re.compile(r" \([A-Z][\w.-]{1,20}\) \Z")
#: What may stand between a title and the name after it: a comma, honorifics and ranks.
_NAME_AFTER = re.compile(r",? (?:[A-Z][A-Za-z]{0,5}\.? ){0,3}")
_NAME_WINDOW = 30
#: One to four capitalised words after a title (and its comma, and at most three honorifics
#: or ranks), then a comma, a full stop or a lowercase word (the verb): a name, maybe
#: ("Kepala X, Jusman menyampaikan", "Kepala X Suwoto mengatakan", "Kasat X AKBP Indratmoko
#: mengatakan").
_NAME_RUN = re.compile(
    r",? (?:(?:[A-Z][A-Za-z]{0,5}|dr|drg|ir|hj?)\.? ){0,3}?((?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+)"
    r"(?:[,.]| [a-z])")
#: What may stand between a name and the title after it.
_NAME_BEFORE = re.compile(r"(?:,| selaku| sebagai) \Z")
#: An administrative cue, capitalised, right before a place (kept in its name when written).
_CUE_BEFORE = re.compile(r"(?<![\w.])(?:Kota|Kabupaten|Kab\.|Provinsi|Prov\.) \Z")


class TitleWords(NamedTuple):
    """The position, modifier and unit keys a title is read with (:func:`title_words`)."""

    positions: frozenset[tuple[str, ...]]
    modifiers: frozenset[tuple[str, ...]]
    units: frozenset[str]
    #: Positions whose unit's name follows them, whatever it is ("Kepala Satuan" + "Lalu
    #: Lintas"): any capitalised words may stand between them and the agency.
    open_posts: frozenset[tuple[str, ...]] = frozenset()

    def reads(self, words: Sequence[str]) -> bool:
        """``words`` are modifiers, a position, then unit names ("Plt. Kepala", "Kabid Humas").

        After a position with an open complement, any capitalised words are its unit's name.
        """
        keys = normalize_form(" ".join(words))
        if len(keys) != len(words):
            return False  # a word of dots only, or dots inside a word: not read
        i = 0
        while i < len(keys):
            step = next((n for n in (2, 1) if keys[i:i + n] in self.modifiers), 0)
            if not step:
                break
            i += step
        return any(keys[i:m] in self.positions
                   and (all(w in self.units for w in keys[m:])
                        or (keys[i:m] in self.open_posts and all(w[:1].isupper()
                                                                 for w in words[m:])))
                   for m in range(i + 1, len(keys) + 1))


def title_words(positions: PositionLexicon) -> TitleWords:
    """The matching keys of the positions and the modifiers, and the words of the units.

    Built once per table by ``Lexicons.derived`` (the pipeline's ``positions`` table):
    positions ``("kepala",)``, ``("direktur", "utama")``, ``("kabid",)``; modifiers
    ``("plt",)``, ``("wakil",)``; the words of units (not stop words)
    ``"humas"``, ``"reskrim"`` (a unit's short name between a post and its agency: "Kabid
    Humas Polda X").
    """
    posts: set[tuple[str, ...]] = set()
    open_posts: set[tuple[str, ...]] = set()
    modifiers: set[tuple[str, ...]] = set()
    units: set[str] = set()
    for e in positions.entries:
        forms = [normalize_form(f) for f in (e.text, *e.variants)]
        if e.kind == "position":
            posts.update(f for f in forms if f)
            if e.complement == "open":
                open_posts.update(f for f in forms if f)
        elif e.kind == "modifier":
            modifiers.update(f for f in forms if f)
        elif e.kind == "unit":
            units.update(w for f in forms for w in f if w not in ORDINARY)
    return TitleWords(frozenset(posts), frozenset(modifiers), frozenset(units),
                      frozenset(open_posts))


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
        (", " and at most three honorifics or ranks between) or precedes it (", ").
    forms
        Position and unit keys (:func:`title_words`).
    names
        Whether a run of one to four capitalised words after the title (in the body, not a
        day, month or
        stop word: :data:`~beritanlp.rules.places.shape.ORDINARY`) may be
        a person's name (one the recogniser missed: "Kepala Biro X, Marius Jelamu, ..."); the
        caller says no for a place ("..., Jawa Barat, ...").

    Returns
    -------
    list of tuple of (int, int)
        The ``regional`` spans that end a chain of agencies right after a position.
    """
    keep = set(regional)
    if not keep:
        return []
    body = headline_end(text)  # a headline's capitalised words are no names
    starts = sorted(s for s, _ in persons)
    ends = {e for _, e in persons}
    found: list[tuple[int, int]] = []
    for position, last in _chains(text, sorted(set(agencies)), forms):
        if last not in keep:
            continue
        k = bisect_left(starts, last[1])
        after = any(_NAME_AFTER.fullmatch(text, last[1], s)
                    for s in starts[k:k + 3] if s - last[1] <= _NAME_WINDOW)
        before = _NAME_BEFORE.search(text, max(0, position - 12), position)
        run = _NAME_RUN.match(text, last[1])
        if after or (before is not None and before.start() in ends) or \
                (run is not None and run.start() >= body
                 and _name(run, names, forms)):
            found.append(last)
    return found


def _name(run: re.Match[str], names: Callable[[str], bool], forms: TitleWords) -> bool:
    """``run`` is a name after its ranks and the ordinary words before it ("Kompol Wirawan").

    A run that begins with a position is the next official of a list of posts ("Kepala BPBD
    X, Camat Y, ..."), not a name, unless an honorific or rank comes first ("dr Hakim").
    """
    words = run.group(1).split()
    prefixed = run.start(1) > run.start() + 2
    if not prefixed and (forms.reads(words[:1]) or (words[0].casefold(),) in forms.modifiers):
        return False
    while words and words[0].casefold() in ORDINARY:
        words.pop(0)
    return bool(words) and names(" ".join(words))


def _chains(
    text: str, agencies: Sequence[tuple[int, int]], forms: TitleWords,
) -> list[tuple[int, tuple[int, int]]]:
    """(start of the position, last agency) of each run of agencies right after a position.

    Agencies joined by one space continue the run ("Kepala [Biro Humas] [Pemprov NTT]").
    """
    chains: list[tuple[int, tuple[int, int]]] = []
    for span in agencies:
        if chains and chains[-1][1][1] + 1 == span[0] and text[span[0] - 1] == " ":
            chains[-1] = (chains[-1][0], span)
            continue
        position = _position_before(text, span[0], forms)
        if position is not None:
            chains.append((position, span))
    return chains


def _position_before(text: str, start: int, forms: TitleWords) -> int | None:
    """Where a position ending at ``start`` begins, or None.

    The position's words are joined by spaces; modifiers may come before it ("Plt. Kepala"),
    unit names after it ("Kabid Humas", "Kepala Satuan Lalu Lintas"), its bracketed short form
    last. Of at most :data:`_MAX_POSITION_WORDS` words, the longest reading.
    """
    words: list[str] = []
    end, begin = start, None
    short = _SHORT_FORM_BEFORE.search(text, max(0, start - 24), start)
    if short is not None:  # "Kepala Satuan Lalu Lintas (Kasatlantas) Polres X"
        end = short.start() + 1
    while len(words) < _MAX_POSITION_WORDS:
        found = _WORD_BEFORE.search(text, max(0, end - 40), end)
        if found is None:
            break
        words.insert(0, found.group(1))
        if forms.reads(words):
            begin = found.start()
        end = found.start()
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
    for m in mentions:
        s = ends.get(m.end)
        if s is None or s > m.start or m.blocked not in _TITLE_BLOCKS:
            continue
        m.blocked = None
        cue = _CUE_BEFORE.search(text, max(s, m.start - 16), m.start)
        if cue is not None and not m.cued:
            m.start, m.text, m.cued = cue.start(), text[cue.start():m.end], True
