"""Officials: a named person with a public position and its jurisdiction (GUIDELINE: officials).

No public data set annotates positions, so officials come from the position lexicon
(:mod:`beritanlp.lexicons.positions`) and patterns around person names
(:mod:`~beritanlp.rules.officials.patterns`). The core is pure: text and tables in, records out;
the ``beritanlp_officials`` component (:mod:`beritanlp.components.officials`) maps a ``Doc`` to it.

Modules, in the order a text goes through them:

``tokens``       the words of the text (offsets, case, sentence starts, headline lines)
``tables``       the tables passed in (:class:`OfficialsTables`; agency terms from the KB)
``context``      the text, its tokens, the tables and the PERSON spans, shared by every rule
``swallowed``    names a NER's place span swallowed after a title, read as PERSON spans
``lookups``      agency, place, unit word or non-public body at a token
``names``        titles skipped before names; names from PERSON spans or capitalised words
``phrases``      position phrases: modifiers, head, complement
``jurisdiction`` a phrase split into position and jurisdiction
``candidates``   one name paired with one phrase
``cut_names``    a name a scraper cut beside a title: the holder's form written elsewhere
``lists``        the holders of one title listed "A, B dan C" (also after "yakni"/"yaitu")
``also``         a title held by the person named after "yang juga" and a second post
``patterns``     one function per pattern; the scan over the text
``coreference``  candidates grouped into officials; later mentions by name, alias and title
``gaps``         the holder of a title whose name a scraper dropped, from the headline
``next_subject`` the same in the body (named by the next sentence), a pronoun's title and an
                 epithet's ("kata mantan Ketua X ini": the person named just before)
``known_holders`` a national title's holder from a table of office holders, named elsewhere
``short_names``  an official named by part of one fuller official's name joins it
``records``      the officials as plain dicts
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from beritanlp.rules.officials.aliases import drop_claimed_aliases
from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.coreference import (
    Official,
    add_known_nicknames,
    add_name_mentions,
    add_title_mentions,
    find_aliases,
    group_candidates,
    merge_aliased,
    merge_initialled,
    merge_misspelt,
)
from beritanlp.rules.officials.cut_names import restore_cut_names
from beritanlp.rules.officials.deputies import share_region
from beritanlp.rules.officials.epithets import epithet_holders
from beritanlp.rules.officials.full_names import add_full_names
from beritanlp.rules.officials.gaps import gap_holder
from beritanlp.rules.officials.known_holders import known_holders
from beritanlp.rules.officials.names import ranked_name_leads
from beritanlp.rules.officials.next_subject import next_sentence_holders, pronoun_holders
from beritanlp.rules.officials.records import to_records
from beritanlp.rules.officials.scan import find_candidates
from beritanlp.rules.officials.short_names import merge_short_names
from beritanlp.rules.officials.swallowed import persons_in_places
from beritanlp.rules.officials.tables import (
    AgencyTerms,
    OfficialsTables,
    build_agency_terms,
    officials_tables,
)
from beritanlp.rules.officials.vocab import STOP_WORDS


def extract_officials(
    text: str,
    tables: OfficialsTables,
    persons: Sequence[tuple[int, int]] | None = None,
    *,
    fallback: bool = True,
    non_names: Sequence[tuple[int, int]] | None = None,
    places: Sequence[tuple[int, int]] = (),
    date: str | None = None,
) -> list[dict[str, Any]]:
    """Find the officials of an article.

    Parameters
    ----------
    text
        The article (headline, blank line, body) or any sentence.
    tables
        The position lexicon, titles, gazetteer and agency terms (see :func:`officials_tables`).
    persons
        Character ranges ``(start, end)`` of PERSON spans from a NER, if any. Where a pattern
        expects a name and no PERSON span is there, the capitalised-word fallback is used
        (unless ``fallback`` is False).
    fallback
        Use the capitalised-word fallback for names.
    non_names
        Character ranges of entities that are not persons (organisations, places); the
        fallback never takes a name that overlaps one of them.
    places
        Character ranges of LOC/GPE spans from a NER: a known place followed by two or three
        capitalised words after a title holds a name the span swallowed
        (:mod:`~beritanlp.rules.officials.swallowed`), read as a PERSON span.
    date
        The article's date (ISO), when known: the table of office holders is read for the
        holders in office then (:mod:`~beritanlp.rules.officials.known_holders`).

    Returns
    -------
    list of dict
        One record per official, in order of first mention: ``name``, ``position``,
        ``jurisdiction`` and ``mentions`` (sorted ``[start, end]`` character offsets).

    Raises
    ------
    TypeError
        When ``text`` is not a string or ``tables`` not an :class:`OfficialsTables`.
    """
    if not isinstance(text, str):
        raise TypeError(f"expected text as str, got {type(text).__name__}")
    if not isinstance(tables, OfficialsTables):
        raise TypeError(f"expected tables as OfficialsTables, got {type(tables).__name__}")
    ctx = Context(text, tables, persons, fallback, non_names or ())
    swallowed = persons_in_places(ctx, places) if places else []
    if swallowed:
        ctx.add_persons(swallowed)
    leads = ranked_name_leads(ctx)
    if leads:
        ctx.widen_persons(leads)  # "AKP Lalu X" with "X" tagged: the person is "Lalu X"
    cands, bare = find_candidates(ctx)
    cands = share_region(text, cands)
    cands = restore_cut_names(ctx, cands, date)  # "Menteri Keuangan , Indrawati": "Sri Mulyani"
    groups = group_candidates(cands)
    find_aliases(text, groups)
    add_known_nicknames(groups, ctx.tables.nicknames)
    groups = merge_initialled(merge_aliased(groups))
    drop_claimed_aliases(groups)  # "BJ Habibie" of another post keeps his mentions
    groups = merge_misspelt(ctx, groups, ctx.tables.holders_by_title)
    newline = text.find("\n")
    posts = {c.position.casefold() for g in groups for c in g.cands if c.title_span[0] < newline}
    held = frozenset(c.key for g in groups for c in g.cands)
    holder = gap_holder(ctx, bare, {w for g in groups for w in g.vocabulary()}, posts, held)
    if holder is not None:  # "Gubernur X , akan ...": the headline names the holder
        groups.append(Official([holder], set(holder.words)))
        held = held | {holder.key}
    vocabulary = {w for g in groups for w in g.vocabulary()}
    for cand in next_sentence_holders(ctx, bare, vocabulary, held):
        groups.append(Official([cand], set(cand.words)))  # "Presiden,sempat ... . Budi mengaku"
        vocabulary |= set(cand.words)
        held = held | {cand.key}
    for cand in pronoun_holders(ctx, bare, vocabulary, held):
        groups.append(Official([cand], set(cand.words)))  # "... Budi. Ia Ketua DPRD X"
        vocabulary |= set(cand.words)
        held = held | {cand.key}
    for cand in known_holders(ctx, bare, groups, held, date):
        groups.append(Official([cand], set(cand.words)))  # "Presiden,di ... kata Jokowi"
        vocabulary |= set(cand.words)
        held = held | {cand.key}
    for cand in epithet_holders(ctx, bare, vocabulary, held):
        groups.append(Official([cand], set(cand.words)))  # '"...," kata Ketua X ini'
    groups = merge_initialled(groups, forms=True)  # "Presiden ke-3 BJ X", "Presiden RI ketiga"
    groups = merge_short_names(groups, ctx.tables.holders_by_title)  # "Imam", "Imam Nahrawi"
    for g in groups:
        for c in g.cands:
            g.mentions.add((c.name_start, c.name_end))
    add_name_mentions(ctx, groups)
    add_title_mentions(groups, bare)
    add_full_names(ctx, groups)
    return to_records(groups)


__all__ = [
    "STOP_WORDS",
    "AgencyTerms",
    "OfficialsTables",
    "build_agency_terms",
    "extract_officials",
    "officials_tables",
]
