"""Indexes derived from an agency knowledge base: full and short forms, a short-form scan."""

from __future__ import annotations

import re

from beritanlp.lexicons.agencies import AgencyKB
from beritanlp.rules.agencies.candidates import KBHit
from beritanlp.rules.agencies.permuted import portfolio_key
from beritanlp.rules.agencies.regions import norm
from beritanlp.rules.agencies.vocab import INSTITUTION_HEADS
from beritanlp.text.words import segment


class AgencyIndex:
    """Lookups derived from one knowledge base.

    Build it once per table, e.g. with :meth:`beritanlp.lexicons.Lexicons.derived`.

    Attributes
    ----------
    full
        Full names and aliases (normalised: lowercase letters and digits) -> agency ids.
    short
        Short forms, as written -> agency ids.
    words
        Lowercase words of the full names and aliases and of the institution heads: words an
        agency name can be made of.
    id_words
        Agency id -> lowercase words of its full names and aliases.
    acronyms
        A case-sensitive whole-word pattern of every short form (``None`` without any).
    permuted
        :func:`portfolio_key` of the full names and aliases that coordinate portfolio words
        -> agency ids ("Kementerian Kelautan dan Perikanan" is found by its words in any order).
    """

    def __init__(self, kb: AgencyKB) -> None:
        full: dict[str, tuple[str, ...]] = {}
        short: dict[str, tuple[str, ...]] = {}
        for term, kind, agency_id in kb.terms():
            index, key = (short, term) if kind == "acronym" else (full, norm(term))
            if agency_id not in index.get(key, ()):
                index[key] = index.get(key, ()) + (agency_id,)
        self.full = full
        self.short = short
        self.words = frozenset(
            word.lower()
            for term, kind, _ in kb.terms() if kind != "acronym"
            for word in re.findall(r"[A-Za-z]+", term)
        ) | frozenset(w.lower() for head in INSTITUTION_HEADS for w in head.split())
        id_words: dict[str, set[str]] = {}
        for term, kind, agency_id in kb.terms():
            if kind != "acronym":
                id_words.setdefault(agency_id, set()).update(
                    w.lower() for w in re.findall(r"[A-Za-z]+", term))
        self.id_words = {i: frozenset(w) for i, w in id_words.items()}
        self.acronyms = _acronym_pattern(short)
        permuted: dict[str, tuple[str, ...]] = {}
        for form, form_kind, agency_id in kb.terms():
            pkey = portfolio_key(form) if form_kind != "acronym" else None
            if pkey is not None and agency_id not in permuted.get(pkey, ()):
                permuted[pkey] = permuted.get(pkey, ()) + (agency_id,)
        self.permuted = permuted


def _acronym_pattern(short: dict[str, tuple[str, ...]]) -> re.Pattern[str] | None:
    alternatives = sorted((a for a in short if a), key=len, reverse=True)
    if not alternatives:
        return None  # a knowledge base without short forms
    # the class of first characters lets the scan skip most positions without trying every
    # alternative there
    first = re.escape("".join(sorted({a[0] for a in alternatives})))
    return re.compile(rf"(?<![A-Za-z0-9_-])(?=[{first}])({trie_pattern(alternatives)})(?![\w-])")


def trie_pattern(words: list[str]) -> str:
    """One regex alternation of ``words`` factored by common prefixes.

    At each position the engine then follows one branch per character instead of trying every
    word; longer words are still preferred (optional tails are greedy).
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict[str, dict]) -> str:
    ends = "" in node
    branches = [re.escape(char) + _node_pattern(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


def find_acronym_hits(text: str, kb: AgencyKB, index: AgencyIndex | None = None) -> list[KBHit]:
    """Case-sensitive whole-word search for the knowledge base's short forms.

    A fallback for text where punctuation is glued to a short form ("DPR RI.,Penilaian") and a
    tokenizer-based matcher cannot see it, and for short forms joined by hyphens into one word
    (:func:`joined_acronym_hits`). ``index`` is ``AgencyIndex(kb)`` when the caller keeps one
    (building it reads the whole knowledge base).
    """
    index = index if index is not None else AgencyIndex(kb)
    if index.acronyms is None:
        return []
    short = index.short
    hits = [KBHit(m.start(), m.end(), "acronym", short[m.group(1)])
            for m in index.acronyms.finditer(text)]
    hits.extend(joined_acronym_hits(text, short))
    return hits


#: A hyphen between two letters: the text may hold short forms joined into one word.
_LETTER_HYPHEN = re.compile(r"[A-Za-z]-[A-Za-z]")


def joined_acronym_hits(text: str, short: dict[str, tuple[str, ...]]) -> list[KBHit]:
    """Short forms of bodies named together in one hyphenated word, each a hit of its own.

    Every part must be a short form of the knowledge base, the country's "RI" after a part
    aside ("TNI-Polri": TNI and Polri; "DPR-RI": DPR RI, written "DPR-RI"). A word with any
    other part names something else ("KOMPI-KPK", a students' committee; "KPK-nya"), and the
    whole-word scan never reads a short form inside a hyphenated word. The words are the word
    tokens of :func:`beritanlp.text.words.segment` joined by hyphens only and made of letters
    ("Covid-19" and "I/2024" are none); they are read only where a hyphen joins two letters.
    """
    if _LETTER_HYPHEN.search(text) is None:
        return []
    tokens = segment(text)
    hits: list[KBHit] = []
    for word, start in zip(tokens.texts, tokens.starts, strict=True):
        if "-" not in word:
            continue
        parts = word.split("-")
        if all(part.isascii() and part.isalpha() for part in parts):
            hits.extend(_joined_parts(parts, start, short))
    return hits


def _joined_parts(
    parts: list[str], at: int, short: dict[str, tuple[str, ...]]
) -> list[KBHit]:
    """The hits of a hyphenated word's ``parts`` (from offset ``at``): all short forms, or none."""
    found: list[tuple[int, int, tuple[str, ...]]] = []
    for n, part in enumerate(parts):
        if part == "RI" and n and parts[n - 1] in short:
            if found and f"{parts[n - 1]} RI" in short:  # the body's fuller short form
                found[-1] = (found[-1][0], at + len(part), short[f"{parts[n - 1]} RI"])
        elif part in short:
            found.append((at, at + len(part), short[part]))
        else:
            return []
        at += len(part) + 1
    return [KBHit(start, end, "acronym", ids) for start, end, ids in found]
