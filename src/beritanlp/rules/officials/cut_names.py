"""A name a scraper cut beside a title: the holder's name in the form the article writes it.

Scraped news drops the linked words of a text, and a well-known official's name is often linked
in part: "Menteri Keuangan , Indrawati menerbitkan ..." (the first names were the link), "Menteri
X Budi , menyampaikan ..." (the surname was). What is left beside the title is a fragment of
the holder's name; where the article writes the holder elsewhere in another form ("kata Sri
Mulyani"), that form is the official's name (GUIDELINE: a dropped name is the form the article
uses elsewhere), and the two are one official.

The holder comes from the table of office holders (``office_holders.txt``, the rows in office at
the article's date, :func:`~beritanlp.rules.officials.known_holders.in_office`): the name beside
the title must be part of exactly one holder's full name, and a scraper's gap (a lone " ,") must
touch it on one side. The form reported is the longest the text writes (a PERSON span, a
nickname of the table's or a run of the holder's words) whose words are all the holder's, which
adds a word to the fragment and has no fewer words than it (the fullest name: "Indar Parawansa"
is not swapped for "Khofifah"); a one-word form only where it names the holder alone as a title
without a name is read (:func:`~beritanlp.rules.officials.known_holders.alias`: a quote's
speaker of five letters or more, "kata Jonan", with no description after it and no longer name
of another person holding it; never "Ridwan, seorang pedagang"), and never a form that names
another candidate than the holder under a form of the same title (a bare "Menteri Sri" may be
another minister). Nothing else changes: the candidate keeps its post and its place.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from beritanlp.lexicons.holders import key_words
from beritanlp.rules.officials.candidates import Candidate
from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.known_holders import (
    alias,
    holders_of,
    in_office,
    names_holder,
    text_names,
    written_runs,
)
from beritanlp.rules.officials.scraped import after_gap, gap_comma


def restore_cut_names(
    ctx: Context, cands: Sequence[Candidate], date: str | None = None
) -> list[Candidate]:
    """The candidates, each named by a scraper's cut fragment of a holder's name renamed.

    Parameters
    ----------
    ctx
        The text's context; ``ctx.tables.holders`` is the table of office holders and
        ``ctx.tables.nicknames`` the nicknames of officials.
    cands
        The candidates of the scan.
    date
        The article's date (ISO), when known: only the table's rows in office then are read
        (:func:`~beritanlp.rules.officials.known_holders.in_office`).

    Returns
    -------
    list of Candidate
        ``cands`` in their order; a candidate whose name is a cut fragment of its post's holder
        carries the name the text writes elsewhere (its ``name`` and ``words``), with its own
        place in the text (``name_start``, ``name_end``) and post.
    """
    if not ctx.tables.holders or not cands:
        return list(cands)
    rows: dict[str, list[tuple[str, ...]]] | None = None
    names: list[tuple[int, int]] | None = None
    out: list[Candidate] = []
    for cand in cands:
        renamed = None
        if _touches_gap(ctx, cand):
            if rows is None:
                rows = in_office(ctx.tables.index.dated, date)
            words = set(cand.words)
            holders = [h for h in holders_of(cand.key, rows) if words < set(h)]
            if len(holders) == 1:
                if names is None:
                    names = list(text_names(ctx))
                full = set(holders[0])
                others = [
                    set(c.words)
                    for c in cands
                    if not set(c.words) <= full or holders[0] not in holders_of(c.key, rows)
                ]
                renamed = _written_form(ctx, cand, holders[0], names, others)
        out.append(renamed or cand)
    return out


def _touches_gap(ctx: Context, cand: Candidate) -> bool:
    """Tell whether a scraper's gap comes right before or right after the candidate's name.

    "Menteri Keuangan , Indrawati" (the gap before), "Menteri X Budi , menyampaikan" (after).
    """
    a = bisect_left(ctx.tok_starts, cand.name_start)
    if a >= ctx.size or ctx.toks[a].start != cand.name_start:
        return False
    if after_gap(ctx, a):
        return True
    b = bisect_left(ctx.tok_starts, cand.name_end)
    return b < ctx.size and ctx.tok(b) == "," and gap_comma(ctx, b)


def _written_form(
    ctx: Context,
    cand: Candidate,
    holder: tuple[str, ...],
    names: Sequence[tuple[int, int]],
    others: Sequence[set[str]],
) -> Candidate | None:
    """The candidate named by the longest other form of ``holder``'s name the text writes.

    Forms are the text's names and the runs of the holder's words; a form must be the
    holder's (:func:`~beritanlp.rules.officials.known_holders.names_holder`), add a word to
    the candidate's name, have as many words at least ("Indar Parawansa" stays, whatever
    "kata Khofifah" says), lie outside it and be part of no other candidate's name but one of
    the holder's under a form of the same title: "Gubernur X , Koster" and "Kepala Dinas Y,
    Wayan" ("Wayan" is the other official's), or "Menteri Z , Laoly" and "Menteri Yasonna" (a
    bare "Menteri" may be any minister). A one-word form must name the holder alone
    (:func:`~beritanlp.rules.officials.known_holders.alias`: a quote's speaker, "kata Jonan",
    or a nickname of the table), never a bystander of the same name ("Ridwan, seorang
    pedagang"). The longest wins, then the first.

    Parameters
    ----------
    ctx : Context
        The text's tokens and tables.
    cand : Candidate
        The candidate named by a cut fragment.
    holder : tuple of str
        The words of the holder's full name.
    names : sequence of (int, int)
        The text's names, as token ranges
        (:func:`~beritanlp.rules.officials.known_holders.text_names`).
    others : sequence of set of str
        The name words of the other candidates (all but the holder's under a form of the
        title in the table).

    Returns
    -------
    Candidate or None
        The candidate renamed, or None when the text writes no such form.
    """
    own = set(cand.words)
    best: tuple[int, int, tuple[str, ...]] | None = None
    for a, b in [*names, *written_runs(ctx, holder)]:
        if ctx.toks[a].start < cand.name_end and ctx.toks[b - 1].end > cand.name_start:
            continue  # the fragment itself
        words = key_words(" ".join(ctx.norms[k] for k in range(a, b) if ctx.toks[k].is_word))
        if set(words) <= own or len(words) < len(cand.words):
            continue  # no fuller than the fragment
        if not names_holder(words, holder, ctx.tables.nicknames):
            continue
        if len(words) == 1 and not alias(ctx, (a, b), holder, alone=holder):
            continue  # a one-word name that may be anybody's
        if any(set(words) <= other for other in others):
            continue  # another official may be named so
        if best is None or (len(words), -a) > (len(best[2]), -best[0]):
            best = (a, b, words)
    if best is None:
        return None
    a, b, words = best
    return replace(cand, name=ctx.text[ctx.toks[a].start : ctx.toks[b - 1].end], words=words)
