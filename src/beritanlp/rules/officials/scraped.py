"""A scraper's gaps in a text: the lone comma left where words were dropped, and what follows.

Scraped news drops some words and leaves " ," in their place ("Kepala Badan  , dan Arsip
Daerah"). These tests say where such a gap is and whether a title goes on after it; the name
rules (:mod:`~beritanlp.rules.officials.names`) and the phrase reader
(:mod:`~beritanlp.rules.officials.phrases`) read them.
"""

from __future__ import annotations

from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.lookups import agency_at, unit_at
from beritanlp.rules.officials.vocab import LOWER_JOIN


def gap_comma(ctx: Context, i: int) -> bool:
    """Tell whether the comma at ``i`` stands alone after a space (a scraper's dropped link)."""
    start = ctx.toks[i].start
    return start > 0 and ctx.text[start - 1].isspace()


def after_gap(ctx: Context, i: int) -> bool:
    """Tell whether token ``i`` follows a scraper's gap (" ," or " ,," right before it)."""
    k = i - 1
    while k >= 0 and ctx.tok(k) == ",":
        if gap_comma(ctx, k):
            return True
        k -= 1
    return False


def joined_after_gap(ctx: Context, j: int, needs_portfolio: bool, read: bool) -> bool:
    """Tell whether a title goes on at ``j`` after a scraper's gap: "dan"/"serta" and a unit.

    "Kepala Badan  , dan Arsip Daerah (BAD) X": the dropped words were the portfolio's first
    part; the rest still belongs to the title. Only a head that needs a portfolio
    (``needs_portfolio``) and has no complement read yet (``read`` false) goes on ("Kepala
    Badan", not "Kapolres" or "Bupati Sleman": a dropped person's name may stand in the gap),
    and only with a unit word, not another body ("dan Dinas X").
    """
    if read or not needs_portfolio:
        return False
    if j + 1 >= ctx.size or ctx.toks[j].norm not in LOWER_JOIN or not ctx.cap(j + 1):
        return False
    return bool(unit_at(ctx, j + 1)) and agency_at(ctx, j + 1) is None
