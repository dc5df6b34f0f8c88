"""Splitting a position phrase into the position and its jurisdiction (GUIDELINE: officials).

The jurisdiction is the trailing place if the title ends in one ("Sekda" + "Kabupaten Bogor"),
else the trailing institution ("Ketua" + "BPK"); portfolio words stay in the position
("Menteri Keuangan", jurisdiction None).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from beritanlp.lexicons.positions import normalize_form
from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.phrases import Item, Phrase
from beritanlp.rules.officials.vocab import (
    COMPANY_FORMS,
    GOVERNMENT_HEADS,
    JURISDICTION_HEADS,
    KINGDOM_WORDS,
    NATION,
    NON_JURISDICTION_TYPES,
)

#: A comma standing alone between spaces: where a scraper dropped a linked word.
_GAP_COMMA = re.compile(r"\s+,(?=\s)")
#: Heads whose last word begins the body they lead: without a trailing place, the body is the
#: jurisdiction ("Kepala" + "Badan Restorasi Gambut"); with one, the place is ("Kepala Badan
#: Perencanaan Daerah" + "Kota Bekasi").
BODY_HEADS: frozenset[str] = frozenset({"Kepala Badan"})
#: Unit words that begin the name of a division written by its short name after them
#: ("Divisi Humas Polri", "Direktorat Lalu Lintas Polda X").
DIVISION_WORDS: frozenset[str] = frozenset({"divisi", "direktorat"})
#: Item kinds that may follow the institution that begins a jurisdiction.
_AFTER_INSTITUTION = frozenset({"unit", "acronym", "join", "roman", "number", "place", "agency"})


class Split(NamedTuple):
    """A phrase split into position and jurisdiction.

    Attributes
    ----------
    position
        The position as written (modifiers, head, portfolio; parenthesised acronyms left out).
    jurisdiction
        The jurisdiction as written, or None.
    key
        ``(canonical position, jurisdiction)`` casefolded: mentions with one key are one post.
    """

    position: str
    jurisdiction: str | None
    key: tuple[str, str]


def split_phrase(ctx: Context, ph: Phrase, gap: bool) -> Split | None:
    """Split ``ph``; None when the head lacks the complement it needs.

    ``gap`` says the article lost words after the title (a scraper gap such as " , ,"): a head
    that needs a complement is then accepted without one.
    """
    items = ph.items
    juris_from = jurisdiction_start(ctx, ph)
    pos_items = list(items if juris_from is None else items[:juris_from])
    jur_items = [] if juris_from is None else items[juris_from:]
    while pos_items and pos_items[-1].kind == "join":
        pos_items.pop()  # "Direktur X, Kementerian Y": no comma at the position's end
    if not gap and not meets_head_needs(ctx, ph):
        return None
    pos_end_tok = pos_items[-1].end if pos_items else ph.head_end
    jurisdiction = None
    if jur_items:
        jurisdiction = text_without(ctx, jur_items[0].start, jur_items[-1].end, ph.parens)
    elif ph.head.text in BODY_HEADS and pos_items:
        # "Kepala Badan Restorasi Gambut": the head of the body it names
        body = ph.head_end - 1
        jurisdiction = text_without(ctx, body, pos_end_tok, ph.parens)
        pos_end_tok = body
    position = text_without(ctx, ph.start, pos_end_tok, ph.parens)
    comp = " ".join(ctx.norms[j] for it in pos_items for j in range(it.start, it.end))
    canon = _SPACED_ORDINAL.sub(r"ke-\1", (ph.canonical + (" " + comp if comp else "")).casefold())
    return Split(position, jurisdiction, (canon, jurisdiction_key(ctx, jurisdiction)))


#: An ordinal written in two words in a position's key ("presiden ke 3"): keyed as "ke-3".
_SPACED_ORDINAL = re.compile(r"\bke (\d{1,2})\b")


def jurisdiction_key(ctx: Context, jurisdiction: str | None) -> str:
    """The key of a jurisdiction: casefolded without spaces, a country by its gazetteer name.

    "RI", "Republik Indonesia" and "Indonesia" are one jurisdiction ("indonesia").
    """
    if jurisdiction is None:
        return ""
    country = next(
        (e.name for e in ctx.tables.gazetteer.lookup(jurisdiction) if e.type == "negara"), None
    )
    return (country or jurisdiction).casefold().replace(" ", "")


def jurisdiction_start(ctx: Context, ph: Phrase) -> int | None:
    """Index of the first complement item of the jurisdiction, or None."""
    items = ph.items
    portfolio = ph.head.complement == "portfolio"
    company = next(
        (
            k
            for k, it in enumerate(items)
            if it.kind == "unit" and ctx.norms[it.start] in COMPANY_FORMS
        ),
        None,
    )
    if company is not None and company + 1 < len(items):
        return company  # "Direktur Utama" + "PT Pertamina (Persero)": the company
    if any(it.kind == "join" and ctx.norms[it.start] in {"untuk", "di"} for it in items):
        # "Duta Besar" + "RI untuk Jepang": the sending and the receiving country ("Utusan
        # Khusus Presiden" + "untuk Timur Tengah": the post served stays in the position)
        # ("Utusan Khusus Presiden untuk Penanggulangan Kemiskinan": unit words only, none)
        return next((k for k, it in enumerate(items) if it.kind not in {"unit", "join"}), None)
    if items and items[-1].kind == "place":
        place_words = " ".join(ctx.norms[items[-1].start : items[-1].end])
        if (
            place_words in NATION
            and len(items) >= 2
            and items[-2].kind in {"agency", "acronym"}
            and not portfolio
        ):
            return len(items) - 2  # "Kapolri ... Polri RI": the institution and the nation
        kingdom = items[-2] if len(items) >= 2 else None
        if (
            kingdom is not None
            and kingdom.end == items[-1].start
            and kingdom.end - kingdom.start == 1
            and ctx.norms[kingdom.start] in KINGDOM_WORDS
        ):
            return len(items) - 2  # "Putra Mahkota" + "Kerajaan Yordania": the kingdom's name
        return len(items) - 1
    if portfolio:
        return None
    return institution_start(ctx, items)


def institution_start(ctx: Context, items: Sequence[Item]) -> int | None:
    """Index of the last institution item, when only unit-like items follow it."""
    for idx in range(len(items) - 1, -1, -1):
        it = items[idx]
        numbered = idx + 1 < len(items) and items[idx + 1].kind == "number"
        is_inst = (it.kind == "agency" and it.agency_type not in NON_JURISDICTION_TYPES) or (
            it.kind == "unit" and (ctx.norms[it.start] in JURISDICTION_HEADS or numbered)
        )
        if is_inst:
            # a numbered unit's name may follow its number ("Korem 102 Panju Panjung"), a
            # government's place its head ("Pemerintah Rivermont Hills")
            named = numbered or ctx.norms[it.start] in GOVERNMENT_HEADS
            after = _AFTER_INSTITUTION | ({"other"} if named else set())
            if all(x.kind in after for x in items[idx + 1 :]):
                return idx - 1 if division_before(ctx, items, idx) else idx
            return None
    return None


def division_before(ctx: Context, items: Sequence[Item], idx: int) -> bool:
    """Tell whether a division word right before the agency item ``idx`` begins its name.

    "Kepala Biro Penerangan Masyarakat Divisi Humas Polri": "Humas Polri" is the short name
    of the "Divisi Humas Polri"; the division word goes with it, not with the position.
    """
    if idx == 0 or items[idx].kind != "agency":
        return False
    prev = items[idx - 1]
    return (
        prev.kind == "unit"
        and prev.end == items[idx].start
        and prev.end - prev.start == 1
        and ctx.norms[prev.start] in DIVISION_WORDS
    )


def meets_head_needs(ctx: Context, ph: Phrase) -> bool:
    """Tell whether the complement has what the head requires (``complement``, ``needs``)."""
    if ph.head.complement == "required" and all(it.kind == "qualifier" for it in ph.items):
        return False
    if not ph.head.needs:
        return True
    seq = [ctx.norms[j] for it in ph.items for j in range(it.start, it.end)]
    needs = {normalize_form(w) for w in ph.head.needs}
    if any(tuple(seq[s : s + len(nd)]) == nd for nd in needs for s in range(len(seq))):
        return True
    return any(w.startswith(("dpr", "dprd")) for w in seq)


def text_without(ctx: Context, a: int, b: int, parens: Sequence[tuple[int, int]]) -> str:
    """The text of tokens ``a:b`` without the parenthesised ranges inside them."""
    pieces = []
    cur = a
    toks = ctx.toks
    for ps, pe in sorted(parens):
        if ps >= a and pe <= b:
            if ps > cur:
                pieces.append(ctx.text[toks[cur].start : toks[ps - 1].end])
            cur = pe
    if cur < b:
        pieces.append(ctx.text[toks[cur].start : toks[b - 1].end])
    text = " ".join(p.strip() for p in pieces if p.strip())
    return " ".join(_GAP_COMMA.sub(" ", text).split())  # "Perencanaan  , Daerah": a lost link
