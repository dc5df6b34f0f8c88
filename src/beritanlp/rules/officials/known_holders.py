"""The holder of a national title written without a name, from a table of office holders.

Scraped news loses the links of a text, and the names of the president and the ministers are
its most linked words: "menemui Presiden,di Istana", "Menteri Keuangan  , mengatakan",
"niat Presiden , (Jokowi)". Where no other reading names the title's holder (the headline's
and the next sentence's, :mod:`~beritanlp.rules.officials.gaps` and
:mod:`~beritanlp.rules.officials.next_subject`), a table of public facts does
(``lexicons/data/office_holders.txt``): the title's holder is the one person of the table's
holders of that title whom the article names somewhere ("kata Jokowi"; GUIDELINE: a dropped
name is the form the article uses elsewhere). Nobody is read where the article names two
holders of the title (an old and a new minister), where the holder is an official found
already, or where the title has another jurisdiction than the table's ("Presiden Prancis").

A name is the holder's where its words are all words of the holder's full name (an initial
for a word: "Yasonna H Laoly"), or a nickname of it (``official_nicknames.txt``); a single
word only where the article also writes two or more of the full name's words ("Imam" beside
"Imam Nahrawi"), so that a common first name alone ("Bambang") names nobody.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence

from beritanlp.rules.officials.candidates import Candidate, make_candidate
from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.names import clean_name
from beritanlp.rules.officials.phrases import phrase_at
from beritanlp.rules.officials.scan import BareTitle
from beritanlp.rules.officials.vocab import key_words

#: A title's holder in the table: the title's words and the holder's name words (casefolded).
HolderRow = tuple[tuple[str, ...], tuple[str, ...]]
#: Jurisdictions of a national title that name no other country ("Presiden RI").
NATIONAL: frozenset[str] = frozenset({"", "ri", "republikindonesia", "indonesia"})
def known_holders(
    ctx: Context,
    bare: Sequence[BareTitle],
    vocabulary: set[str],
    held: frozenset[tuple[str, str]],
) -> list[Candidate]:
    """The holders the table names of the national titles the text writes without a name.

    Parameters
    ----------
    ctx
        The text's context; ``ctx.tables.holders`` is the table of office holders and
        ``ctx.tables.nicknames`` the nicknames of officials.
    bare
        The titles found without a name.
    vocabulary
        The name words of every official found: a holder among them is found already.
    held
        The posts' keys of the officials found: such a title's holder is named elsewhere.
    """
    rows = ctx.tables.holders
    if not rows or not bare:
        return []
    out: list[Candidate] = []
    keys = set(held)
    taken = set(vocabulary)
    for title in bare:
        if title.key in keys:
            continue
        holders = _holders_of(title.key, rows)
        if not holders:
            continue
        named = _named(ctx, holders)
        if len(named) != 1:
            continue  # nobody, or two holders of the title: the old and the new minister
        a, b = next(iter(named.values()))
        if all(ctx.norms[k] in taken for k in range(a, b) if ctx.toks[k].is_word):
            continue  # an official found already (under another post)
        ph = phrase_at(ctx, bisect_left(ctx.tok_starts, title.span[0]), allow_lower=False)
        cand = make_candidate(ctx, ph, (a, b), gap=True) if ph is not None else None
        if cand is not None:
            out.append(cand)
            keys.add(cand.key)
            taken |= set(cand.words)
    return out


def _holders_of(key: tuple[str, str], rows: Sequence[HolderRow]) -> list[tuple[str, ...]]:
    """The names of the table's holders of the title with post key ``key``.

    Titles compare without spaces and punctuation, the jurisdiction included ("Ketua KPK",
    "Presiden RI"); a title with a national jurisdiction or none also compares without it,
    and a slashed double post ("Menteri X/Kepala Badan Y") as each of its posts.
    """
    position, jurisdiction = key
    forms = {"".join(key_words(position)) + jurisdiction}
    if jurisdiction in NATIONAL:
        forms |= {"".join(key_words(part)) for part in position.split("/")}
    found: list[tuple[str, ...]] = []
    for title, name in rows:
        if "".join(title) in forms and name not in found:
            found.append(name)
    return found


def _named(
    ctx: Context, holders: Sequence[tuple[str, ...]]
) -> dict[tuple[str, ...], tuple[int, int]]:
    """Each holder the text names, with the token range of their fullest name in it."""
    found: dict[tuple[str, ...], tuple[int, int]] = {}
    for a, b in _names(ctx):
        words = key_words(" ".join(ctx.norms[k] for k in range(a, b) if ctx.toks[k].is_word))
        for holder in holders:
            if not _names_holder(words, holder, ctx.tables.nicknames):
                continue
            best = found.get(holder)
            if best is None or b - a > best[1] - best[0]:
                found[holder] = (a, b)
    return {
        holder: span
        for holder, span in found.items()
        if span[1] - span[0] > 1 or _alias(ctx, span, holder)
    }


def _names(ctx: Context) -> Iterable[tuple[int, int]]:
    """The PERSON spans of the text without titles, and the nicknames it writes."""
    for s, e in ctx.person_tok:
        cleaned = clean_name(ctx, s, e)
        if cleaned is not None:
            yield cleaned
    for nick, _ in ctx.tables.nicknames:
        for k in ctx.positions_of(nick[0]):
            if tuple(ctx.norms[k : k + len(nick)]) == nick and ctx.toks[k].cap:
                yield k, k + len(nick)


def _alias(ctx: Context, span: tuple[int, int], holder: tuple[str, ...]) -> bool:
    """Tell whether a one-word name is a nickname of ``holder`` or the holder's only word."""
    word = ctx.norms[span[0]]
    return holder == (word,) or any(
        nick == (word,) and full == holder for nick, full in ctx.tables.nicknames
    )


def _names_holder(
    words: tuple[str, ...],
    holder: tuple[str, ...],
    nicknames: Sequence[tuple[tuple[str, ...], tuple[str, ...]]],
) -> bool:
    """Tell whether a name's ``words`` are the holder's (their words or initials, or a nickname)."""
    if not words:
        return False
    if any(nick == words and full == holder for nick, full in nicknames):
        return True
    rest = list(holder)
    for w in words:
        match = next((h for h in rest if h == w or (len(w) == 1 and h[0] == w)), None)
        if match is None:
            return False
        rest.remove(match)
    return any(len(w) > 1 for w in words)
