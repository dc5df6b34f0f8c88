"""Full names for officials named in a short form: initials, an acronym, a nickname, a cut name.

"Menteri X BS Wibowo" and "Bapak Budi Setyo Wibowo", "Gubernur BSW" and "Budi Setyo Wibowo
(BSW)": an official's short name takes the one fuller name a PERSON span writes elsewhere in
the text. So does a name the body writes in full whose leading words are the official's ("Kepala
Dinas X Dedi , mengatakan" where a scraper dropped the rest, then "Dedi Setiadi menambahkan"),
unless the person is introduced with a role no office is ("warga bernama X", ``person_roles.txt``).
Runs on the officials :mod:`~beritanlp.rules.officials.coreference` grouped.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from beritanlp.rules.officials.candidates import Candidate
from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.coreference import Official, initials_of
from beritanlp.rules.officials.lookups import place_at
from beritanlp.rules.officials.names import clean_name
from beritanlp.rules.officials.scraped import gap_comma
from beritanlp.rules.officials.vocab import PERSON_ROLES

_WORD = re.compile(r"\w+")


#: Letters of a name written as an acronym of its words at most ("BSW", "ADP").
MAX_ACRONYM_NAME = 4


def add_full_names(ctx: Context, groups: Sequence[Official]) -> None:
    """Give an official named in a short form the full form a PERSON span writes elsewhere.

    "Menteri X BS Wibowo" and "Bapak Budi Setyo Wibowo"; "Gubernur BSW" and
    "Budi Setyo Wibowo (BSW)": the short form is initials of the full name's leading
    words and its other words, an acronym of all its words, or a known nickname
    (``official_nicknames.txt``) of it. GUIDELINE: the fullest name in the article; a
    nickname is the same official. Only where one full form fits and it is no other
    official's name ("Kapolres X AS Wibowo" and "Bupati Y Agus Santoso Wibowo" are two).
    The nicknames are the tables' (:attr:`OfficialsTables.nicknames`).

    A short form may also be the leading words of a name the body writes in full ("Kepala
    Dinas X Dedi , mengatakan" where the scraper dropped the rest, then "Dedi Setiadi
    menambahkan"): see :func:`_completes`. Only names the body writes are read for this (in
    a headline a capitalised verb may follow a name: "Dedi Minta ..."), none introduced with a
    role no office is (:func:`_role_named`), and only where no word added is a place ("BJ
    Habibie Jakarta, Kamis": the NER ran on into the dateline).
    """
    if not ctx.person_tok:
        return
    nicknames = ctx.tables.nicknames
    written: dict[tuple[str, ...], str] = {}
    in_body: dict[tuple[str, ...], list[int]] = {}  # names the body writes: their word tokens
    roled: set[tuple[str, ...]] = set()  # names written with a role no office is
    body = ctx.text.find("\n")
    for s, e in ctx.person_tok:
        cleaned = clean_name(ctx, s, e)
        if cleaned is None or cleaned[1] - cleaned[0] < 2:
            continue
        a, b = cleaned
        words = tuple(ctx.norms[k] for k in range(a, b) if ctx.toks[k].is_word)
        written.setdefault(words, ctx.text[ctx.toks[a].start : ctx.toks[b - 1].end])
        if ctx.toks[a].start > body and not any(ctx.toks[k].title_line for k in range(a, b)):
            in_body.setdefault(words, [k for k in range(a, b) if ctx.toks[k].is_word])
        if _role_named(ctx, a, b):
            roled.add(words)
    if not written:
        return
    for words in roled:
        in_body.pop(words, None)
    index = _index_written(written)
    introduced = {words for words, toks in in_body.items() if _introduced(ctx, toks[0], body)}
    owners: dict[str, list[Official]] = {}  # a name word -> the officials whose name has it
    for o in groups:
        for w in o.words:
            owners.setdefault(w, []).append(o)
    for g in groups:
        short = max(g.cands, key=lambda c: (len(c.words), len(c.name)))
        fits = {
            written[words]
            for words in _written_near(index, short.words, nicknames)
            if len(words) > len(short.words)
            and (shortens(short, words, nicknames)
                 or _completes(ctx, g, short, words, (in_body, introduced)))
            and not any(o is not g and set(words) <= o.words for o in owners.get(words[0], ()))
        }
        if len(fits) == 1:
            g.full = fits.pop()


def _index_written(
    written: dict[tuple[str, ...], str],
) -> dict[str, list[tuple[str, ...]]]:
    """The written names by each of their words, and by the initials of all their words.

    Keys of initials start with a space (no word does): " sby" for "susilo bambang yudhoyono".
    """
    index: dict[str, list[tuple[str, ...]]] = {}
    for words in written:
        for key in {*words, " " + "".join(w[0] for w in words)}:
            index.setdefault(key, []).append(words)
    return index


def _written_near(
    index: dict[str, list[tuple[str, ...]]],
    short: tuple[str, ...],
    nicknames: Sequence[tuple[tuple[str, ...], tuple[str, ...]]],
) -> set[tuple[str, ...]]:
    """The written names a short name may stand for (a superset of those :func:`shortens` takes).

    Initials keep the name's last word ("bs santoso"), an acronym spells all the words' initials
    ("sby"), and a nickname's full name holds the nickname table's words.
    """
    keys = {*short}
    if len(short) == 1:
        keys.add(" " + short[0])
    keys.update(names[0] for alias, names in nicknames if alias == short and names)
    return {words for key in keys for words in index.get(key, ())}


def shortens(
    short: Candidate,
    full: tuple[str, ...],
    nicknames: Sequence[tuple[tuple[str, ...], tuple[str, ...]]],
) -> bool:
    """Tell whether a candidate's name is a short form of the name words ``full``."""
    words = short.words
    if len(words) == 1 and short.name.isupper() and len(words[0]) == len(full):
        return 2 <= len(full) <= MAX_ACRONYM_NAME and "".join(w[0] for w in full) == words[0]
    if any(alias == words and set(names) <= set(full) for alias, names in nicknames):
        return True
    first = _WORD.search(short.name)  # initials are written in capitals ("BJ", "H.S.")
    return first is not None and first.group().isupper() and initials_of(words, full)


#: Capitalised words (a club's, a village's name) read back from a name to a role before them
#: ("Pelatih Persib Robert Alberts", "Warga Desa Sukamaju Budi Santoso"), at most.
MAX_ROLE_GAP = 3


def _completes(
    ctx: Context,
    g: Official,
    short: Candidate,
    words: tuple[str, ...],
    body: tuple[dict[tuple[str, ...], list[int]], set[tuple[str, ...]]],
) -> bool:
    """Tell whether a name the body writes completes an official's short name.

    It leads (:func:`_leads`) and adds no place or title word ("BJ Habibie Jakarta", "Relawan
    Jokowi Presiden"). A reporter names a person in full first: the full name comes before
    the official's first mention, or that mention was cut by a scraper's gap ("Dedi  ,");
    a fuller name only after a whole short one is another person's ("Kades X, Darmaji
    ... menggantikan Darmaji Rahman"). Before the first mention only a one-word name is
    completed: two words are a whole name ("kata Ahmad Yani Putra. Camat X Ahmad Yani" are
    two people), unless the lead introduces the person in full (:func:`_introduced`) with one
    word more ("Calon X Rina Wulan Sari menolak ... Rina Wulan, Wakil Ketua Y").

    Parameters
    ----------
    ctx : Context
        The text's tokens and tables.
    g : Official
        The official whose name may be completed.
    short : Candidate
        The official's longest-named mention.
    words : tuple of str
        A fuller name the text writes (casefolded words).
    body : (dict, set)
        The names the body writes with their word tokens (none written with a role no office
        is), and those of them its lead introduces.

    Returns
    -------
    bool
        Whether ``words`` is the official's full name.
    """
    in_body, introduced = body
    toks = in_body.get(words)
    if toks is None or not _leads(short, words):
        return False
    first, end = min((c.name_start, c.name_end) for c in g.cands)
    after = bisect_left(ctx.tok_starts, end)
    cut = ctx.tok(after) == "," and gap_comma(ctx, after)
    at = ctx.toks[toks[0]].start
    whole_short = len(short.words) > 1 and not (
        len(words) == len(short.words) + 1 and words in introduced
    )
    if not cut and (at > first or whole_short):
        return False
    return all(
        place_at(ctx, k, False) is None and ctx.lexicon_at(k, ("position", "modifier")) is None
        for k in toks[len(short.words) :]
    )


#: The end of a sentence: its end mark before a space, a scraper's comma, a quote or the text's
#: end (not "TEMPO.CO"; a dateline's dash is none).
_SENTENCE_END = re.compile(r"[.!?](?=[\s,\"”]|$)")


def _introduced(ctx: Context, a: int, body: int) -> bool:
    """Tell whether the name starting at token ``a`` is introduced by the body's lead.

    The lead is the body's first sentence with its dateline ("JAKARTA - ..."); the name
    opens it or follows a title or body written capitalised ("Calon pimpinan X Rina
    Wulan Sari menolak"), not a word of speech ("kata Ahmad Yani Putra").

    Parameters
    ----------
    ctx : Context
        The text's tokens.
    a : int
        The name's first token.
    body : int
        Where the body starts (the headline's line break; -1 for a text without one).

    Returns
    -------
    bool
        Whether the lead introduces the name.
    """
    end = _SENTENCE_END.search(ctx.text, body + 1)
    if end is not None and ctx.toks[a].start > end.start():
        return False
    before = ctx.toks[a - 1] if a > 0 else None
    if before is None or before.start <= body or not before.is_word:
        return True  # "JAKARTA - Budi Santoso ...": the name opens the lead
    return before.cap and not before.sent_start


def _leads(short: Candidate, full: tuple[str, ...]) -> bool:
    """Tell whether a candidate's name is the leading words of the name words ``full``.

    "Dedi" of "Dedi Setiadi", "Rina Wulan" of "Rina Wulan Sari": a person named later by the
    first name, or a name the scraper cut short after the title. A name of initials is
    :func:`shortens`' ("BS" of "Budi Santoso" is no leading word).
    """
    words = short.words
    return 0 < len(words) < len(full) and full[: len(words)] == words


def _role_named(ctx: Context, a: int, b: int) -> bool:
    """Tell whether the name at tokens ``a:b`` is written with a role no office is.

    A word of ``person_roles.txt`` right before it ("warga bernama X", "Korban, X", "Seorang
    warga, X"), also before a few capitalised words ("Pelatih Persib X"; never across a
    position: "Kapolsek Tebet Kompol X"), or after it and a comma ("X, pengamat kebijakan"),
    or an age in brackets after it ("X (45)"): a resident, a victim, a coach, an analyst, a
    relative, not an official sharing the first name.
    """
    toks = ctx.toks
    if ctx.tok(b) == "(" and ctx.tok(b + 1).isdigit() and ctx.tok(b + 2) == ")":
        return True  # "Budi Santoso (45)"
    if ctx.tok(b) == "," and b + 1 < ctx.size and ctx.norms[b + 1] in PERSON_ROLES:
        return True  # "Rahmat Hidayat, pengamat kebijakan"
    k = a - 1
    if ctx.tok(k) == ",":
        k -= 1
    else:
        steps = 0
        while (
            k > 0
            and steps < MAX_ROLE_GAP
            and toks[k].cap
            and not toks[k].sent_start
            and ctx.norms[k] not in PERSON_ROLES
            and ctx.lexicon_at(k, ("position", "modifier")) is None
        ):
            k -= 1
            steps += 1
    return k >= 0 and ctx.norms[k] in PERSON_ROLES
