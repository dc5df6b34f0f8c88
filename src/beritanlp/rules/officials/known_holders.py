"""The holder of a public title written without a name, from a table of office holders.

Scraped news loses the links of a text, and the names of the president, the ministers and the
governors are its most linked words: "menemui Presiden,di Istana", "Menteri Keuangan  ,
mengatakan", "niat Presiden , (Jokowi)", "Gubernur Jawa Barat  , meminta". Where no other
reading names the title's holder (the headline's and the next sentence's,
:mod:`~beritanlp.rules.officials.gaps` and :mod:`~beritanlp.rules.officials.next_subject`), a
table of public facts does (``lexicons/data/office_holders.txt``): the title's holder is the
one person of the table's holders of that title whom the article names somewhere ("kata
Jokowi"; GUIDELINE: a dropped name is the form the article uses elsewhere). Nobody is read
where the article names two holders of the title (an old and a new minister), where the
holder is an official found already, or where the title has another jurisdiction than the
table's ("Presiden Prancis").

A name is the holder's where its words are all words of the holder's full name (an initial
for a word: "Yasonna H Laoly"), or a nickname of it (``official_nicknames.txt``); a single
word only where the article also writes two or more of the full name's words ("Imam" beside
"Imam Nahrawi"), so that a common first name alone ("Bambang") names nobody. With the
article's date, only the holders in office then (or who left at most a year before, with no
successor recorded since) are read. An ordinal title ("Presiden ke-3 RI", "Wakil Presiden
kesebelas") is held for life by the table's holder of that rank, whatever the date; an ordinal
followed by a word of time or term ("pertama kali", "kedua periode") is no rank.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from datetime import date as date_type

from beritanlp.lexicons.holders import key_words
from beritanlp.rules.officials.candidates import Candidate, make_candidate
from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.coreference import Official
from beritanlp.rules.officials.gaps import institution_inside
from beritanlp.rules.officials.lookups import unit_at
from beritanlp.rules.officials.names import clean_name, skip_titles
from beritanlp.rules.officials.pairing import speaker_apposed
from beritanlp.rules.officials.phrases import ORDINAL, ordinal_tokens, phrase_at
from beritanlp.rules.officials.scan import BareTitle
from beritanlp.rules.officials.tables import DatedHolder, iso_day
from beritanlp.rules.officials.vocab import (
    ORDINAL_TIMES,
    SPEECH_BEFORE,
    STOP_WORDS,
    TEEN_ORDINALS,
)
from beritanlp.text.ordinals import rank_words

#: Days after leaving office that news still writes the post without "mantan" (a minister who
#: resigned is "Menpora" in the weeks after; a record of the post he held).
GRACE_DAYS = 365
#: Letters of a holder's first name that, written alone, names them ("kata Anies"): shorter
#: first names are too often another person's.
MIN_FIRST_NAME = 5
#: Ordinal words and their numbers ("pertama" 1, "kesatu" 1, "ketiga" 3 ... "kesebelas" 11,
#: "keempatbelas" 14 ...): "Presiden ketiga" is the table's "Presiden ke-3" (text/ordinals.py);
#: "keempat belas", two words, is read by :func:`_ordinals_as_digits`.
ORDINAL_NUMBERS: dict[str, int] = rank_words(19, kesatu=True)
#: Jurisdictions of a national title that name no other country ("Presiden RI").
NATIONAL: frozenset[str] = frozenset({"", "ri", "republikindonesia", "indonesia"})


def known_holders(
    ctx: Context,
    bare: Sequence[BareTitle],
    found: Sequence[Official],
    held: frozenset[tuple[str, str]],
    date: str | None = None,
) -> list[Candidate]:
    """The holders the table names of the titles the text writes without a name.

    Parameters
    ----------
    ctx
        The text's context; ``ctx.tables.holders`` is the table of office holders and
        ``ctx.tables.nicknames`` the nicknames of officials.
    bare
        The titles found without a name.
    found
        The officials found: a holder among them is found already, whether the text names
        them alike or by initials or a nickname ("B.J Habibie", "Bacharuddin Jusuf Habibie");
        a shorter name the holder's written name holds ("Budi Karya" of "Budi Karya Sumadi")
        is still read, the official's fuller name.
    held
        The posts' keys of the officials found: such a title's holder is named elsewhere.
    date
        The article's date (ISO, "2019-09-19"), when known: only holders in office then, or
        who left office at most :data:`GRACE_DAYS` before and have no successor recorded since,
        are read. Undated (or a date that is not ISO: "2024"), every holder is read.
    """
    if not ctx.tables.holders or not bare:
        return []
    rows = in_office(ctx.tables.index.dated, date)
    out: list[Candidate] = []
    taken = {w for g in found for w in g.vocabulary()}
    names = [n for g in found for n in (*(c.words for c in g.cands), *g.aliases) if len(n) > 1]
    for title, (a, b), holder in _fullest_titles(ctx, bare, held, rows):
        written = {ctx.norms[k] for k in range(a, b) if ctx.toks[k].is_word}
        if written <= taken or any(
            not set(n) <= written and names_holder(n, holder, ctx.tables.nicknames)
            for n in names
        ):
            continue  # an official found already (under another post, or another form of name)
        ph = phrase_at(ctx, bisect_left(ctx.tok_starts, title.span[0]), allow_lower=False)
        cand = make_candidate(ctx, ph, (a, b), gap=True) if ph is not None else None
        if cand is not None:
            out.append(cand)
            taken |= set(cand.words)
            names.append(cand.words)
    return out


def _fullest_titles(
    ctx: Context,
    bare: Sequence[BareTitle],
    held: frozenset[tuple[str, str]],
    rows: dict[str, list[tuple[str, ...]]],
) -> list[tuple[BareTitle, tuple[int, int], tuple[str, ...]]]:
    """Each holder the text names once, with the longest of their titles it writes bare.

    "Menteri Pemuda dan Olahraga (Menpora) ," and a headline's "Menpora": the fullest mention
    is the position (GUIDELINE); in the text order of the titles kept, each with the token
    range of the holder's name in the text and the holder's name in the table.
    """
    best: dict[tuple[int, int], tuple[BareTitle, tuple[str, ...]]] = {}
    names: list[tuple[int, int]] | None = None  # the text's names, read once for all titles
    for title in bare:
        if title.key in held:
            continue
        holders = holders_of(_ordinal_key(ctx, title), rows)
        if not holders:
            continue
        if names is None:
            names = list(text_names(ctx))
        named = _named(ctx, holders, names)
        if len(named) != 1:
            continue  # nobody, or two holders of the title: the old and the new minister
        holder, name = next(iter(named.items()))
        kept = best.get(name)
        if kept is None or title.span[1] - title.span[0] > kept[0].span[1] - kept[0].span[0]:
            best[name] = title, holder
    return sorted(((t, n, h) for n, (t, h) in best.items()), key=lambda row: row[0].span)


def holders_of(
    key: tuple[str, str], rows: dict[str, list[tuple[str, ...]]]
) -> list[tuple[str, ...]]:
    """The names of the table's holders of the title with post key ``key``.

    Titles compare without spaces and punctuation, the jurisdiction included ("Ketua KPK",
    "Presiden RI"); a title with a national jurisdiction or none also compares without it,
    and a slashed double post ("Menteri X/Kepala Badan Y") as each of its posts.
    """
    position, jurisdiction = key
    forms = {"".join(_ordinals_as_digits(key_words(position))) + jurisdiction}
    if jurisdiction in NATIONAL:
        forms |= {"".join(_ordinals_as_digits(key_words(part))) for part in position.split("/")}
    found: list[tuple[str, ...]] = []
    for form in forms:
        for name in rows.get(form, ()):
            if name not in found:
                found.append(name)
    return found


def _ordinal_key(ctx: Context, title: BareTitle) -> tuple[str, str]:
    """The title's post key, with an ordinal written right after its jurisdiction.

    "Presiden RI ketiga ," and "Presiden Indonesia ke-3 ," are the third president's title
    (a row "Presiden ke-3" of the table), not the title the president in office holds: the
    ordinal, which the phrase leaves out after a jurisdiction, joins the position.
    """
    position, jurisdiction = title.key
    k = bisect_left(ctx.tok_starts, title.span[1])
    if k >= ctx.size or ctx.toks[k].start - title.span[1] > 1:
        return position, jurisdiction
    if ordinal_tokens(ctx, k) == 2:
        return f"{position} ke{ctx.norms[k + 1]}", jurisdiction  # "Presiden RI ke 3 ,"
    if _ordinal(ctx, k):
        teen = ctx.norms[k] in TEEN_ORDINALS and k + 1 < ctx.size and ctx.norms[k + 1] == "belas"
        return f"{position} {ctx.norms[k]}{' belas' if teen else ''}", jurisdiction
    return position, jurisdiction


def _ordinal(ctx: Context, k: int) -> bool:
    """Tell whether token ``k`` is an ordinal of a title, not of a time or a term.

    "Presiden RI pertama kali", "Presiden RI kedua periode" (:data:`ORDINAL_TIMES`).
    """
    norm = ctx.norms[k]
    if not (norm in ORDINAL_NUMBERS or ORDINAL.fullmatch(norm)):
        return False
    return k + 1 >= ctx.size or ctx.norms[k + 1] not in ORDINAL_TIMES


def _ordinals_as_digits(words: tuple[str, ...]) -> list[str]:
    """A title's words with each ordinal written as the table writes it ("ketiga": "ke3").

    A teen ordinal written as two words is one ("keempat belas": "ke14"), never "ke4".
    """
    out: list[str] = []
    for i, w in enumerate(words):
        if w == "belas" and i > 0 and words[i - 1] in TEEN_ORDINALS:
            out[-1] = f"ke{TEEN_ORDINALS[words[i - 1]] + 10}"
        else:
            out.append(f"ke{ORDINAL_NUMBERS[w]}" if w in ORDINAL_NUMBERS else w)
    return out


def in_office(
    dated: Sequence[DatedHolder], date: str | None
) -> dict[str, list[tuple[str, ...]]]:
    """The holders' names by title (its words joined), of the rows in office at ``date``.

    ``dated`` is the table's rows keyed and with their dates parsed, once per table
    (:attr:`~beritanlp.rules.officials.tables.HolderIndex.dated`). Without a date (or with
    one that is not ISO: "2024", "16/05/2024") every row is read; a row whose dates are not
    recorded is always read. A holder who left office is read for :data:`GRACE_DAYS` after,
    unless the table records a successor to the title who took office between the leaving
    and ``date`` (a 2025 "Presiden ," is not Jokowi's).
    """
    day = iso_day(date)
    starts: dict[str, list[date_type]] = {}
    if day is not None:
        for key, _, took, _ in dated:
            if took is not None and took <= day:
                starts.setdefault(key, []).append(took)
    out: dict[str, list[tuple[str, ...]]] = {}
    for key, name, took, left in dated:
        if day is not None and not _held(day, took, left, starts.get(key, ())):
            continue
        out.setdefault(key, []).append(name)
    return out


def _held(
    day: date_type, took: date_type | None, left: date_type | None, starts: Sequence[date_type]
) -> bool:
    """Tell whether a row with dates ``took``-``left`` is read at ``day``.

    ``starts`` are the days (not after ``day``) the title's holders took office: a successor
    who took office after ``left`` ends the grace.
    """
    if took is not None and day < took:
        return False  # not in office yet
    if left is None or left >= day:
        return True
    if (day - left).days > GRACE_DAYS:
        return False  # left office long before
    return not any(left <= s for s in starts if s != took)


def _named(
    ctx: Context, holders: Sequence[tuple[str, ...]], names: Sequence[tuple[int, int]]
) -> dict[tuple[str, ...], tuple[int, int]]:
    """Each holder the text names, with the token range of their fullest name in it.

    ``names`` are the text's names (:func:`text_names`); a holder's name is also looked for as
    the text writes it (:func:`written_runs`).
    """
    found: dict[tuple[str, ...], tuple[int, int]] = {}
    for holder in holders:
        for a, b in [*names, *written_runs(ctx, holder)]:
            words = key_words(" ".join(ctx.norms[k] for k in range(a, b) if ctx.toks[k].is_word))
            if not names_holder(words, holder, ctx.tables.nicknames):
                continue
            best = found.get(holder)
            if best is None or b - a > best[1] - best[0]:
                found[holder] = (a, b)
    return {
        holder: span
        for holder, span in found.items()
        if span[1] - span[0] > 1 or alias(ctx, span, holder)
    }


def text_names(ctx: Context) -> Iterable[tuple[int, int]]:
    """The PERSON spans of the text without titles, and the nicknames it writes."""
    for s, e in ctx.person_tok:
        cleaned = clean_name(ctx, s, e)
        if cleaned is not None:
            yield cleaned
    for nick, _ in ctx.tables.nicknames:
        for k in ctx.positions_of(nick[0]):
            if tuple(ctx.norms[k : k + len(nick)]) == nick and ctx.toks[k].cap:
                yield k, k + len(nick)


def written_runs(ctx: Context, holder: tuple[str, ...]) -> list[tuple[int, int]]:
    """Runs of two or more capitalised words of the holder's name, in its order, in the text.

    The name as the text writes it where the NER's span is cut or runs on ("Ridwan Kamil
    Sebut ..." in a headline).
    """
    runs: list[tuple[int, int]] = []
    for i, word in enumerate(holder[:-1]):
        for k in ctx.positions_of(word):
            n = 0
            while (
                i + n < len(holder) and k + n < ctx.size and ctx.norms[k + n] == holder[i + n]
                and ctx.toks[k + n].cap
            ):
                n += 1
            if n >= 2 and not _name_goes_on(ctx, k):
                runs.append((k, k + n))
    return runs


def _name_goes_on(ctx: Context, k: int) -> bool:
    """Tell whether the name at ``k`` goes on before it: "Iriana Joko Widodo" is another person.

    The word before is part of the same PERSON span, or a capitalised word the body (not a
    title-case line) writes, and only capitalised, that is no stop word, title, unit, place
    or agency ("Iriana"); not a
    headline's verb in title case ("Cuitan Ridwan Kamil") nor a portfolio ("Menteri
    Perhubungan Budi Karya Sumadi").
    """
    j = k - 1
    if j < 0 or not ctx.word(j) or not ctx.toks[j].cap or ctx.norms[j] in STOP_WORDS:
        return False
    if ctx.person_at(j) is not None and ctx.person_at(j) == ctx.person_at(k):
        return True
    if skip_titles(ctx, j) != j or institution_inside(ctx, j, j + 1) or unit_at(ctx, j):
        return False
    body = [p for p in ctx.positions_of(ctx.norms[j]) if not ctx.toks[p].title_line]
    return bool(body) and all(ctx.toks[p].cap for p in body)  # a headline's word proves nothing


def alias(
    ctx: Context,
    span: tuple[int, int],
    holder: tuple[str, ...],
    alone: tuple[str, ...] | None = None,
) -> bool:
    """Tell whether a one-word name is a nickname of ``holder``, or a word of theirs written alone.

    The holder's only word ("Moeldoko", "Syafruddin": also a common name), or a word of
    :data:`MIN_FIRST_NAME` letters or more of ``alone`` written as a quote's speaker ("Gubernur
    DKI Jakarta , menyatakan ... kata Anies"), names them where the text writes it as a whole
    word and no longer name of another person holds it ("Syafruddin Harahap", "Anies Rasyid"):
    a bystander of the same name ("Ridwan, seorang pedagang", "Budi (45)") is nobody's alias.

    Parameters
    ----------
    ctx : Context
        The text's tokens and tables (``ctx.tables.nicknames``).
    span : tuple of int
        The token range of the one-word name.
    holder : tuple of str
        The words of the holder's full name.
    alone : tuple of str, optional
        The holder's words that may name them alone: their first word by default (a title
        without a name); all their words where a scraper cut the name beside the title
        ("Menteri X Ignasius , ..." and "kata Jonan").

    Returns
    -------
    bool
        Whether the word names the holder.
    """
    word = ctx.norms[span[0]]
    if holder == (word,) or (
        len(word) >= MIN_FIRST_NAME
        and word in (holder[:1] if alone is None else alone)
        and _quoted_speaker(ctx, word)
    ):
        return ctx.toks[span[0]].text.casefold() == word and not shared_word(ctx, word, holder)
    return any(nick == (word,) and full == holder for nick, full in ctx.tables.nicknames)


def _quoted_speaker(ctx: Context, word: str) -> bool:
    """Tell whether the text writes ``word`` as a quote's speaker ("kata Anies", "ujar Anies").

    The short name news gives a holder whose title lost the full name; a first name written
    otherwise ("pengusaha Bambang") is too often another person's, and so is a speaker a
    comma and an apposition follow ("kata Retno, seorang pedagang";
    :func:`~beritanlp.rules.officials.pairing.speaker_apposed`).
    """
    return any(
        k > 0
        and ctx.toks[k].cap
        and ctx.norms[k - 1] in SPEECH_BEFORE
        and not speaker_apposed(ctx, k + 1)
        for k in ctx.positions_of(word)
    )


def shared_word(ctx: Context, word: str, holder: tuple[str, ...] = ()) -> bool:
    """Tell whether another person's name of two or more words (titles left out) holds ``word``.

    A body's PERSON span whose words are not all ``holder``'s ("Sri" where the body writes "Sri
    Wahyuni"); a headline's span is no evidence (its title case runs a name on into the verb:
    "Susi Minta Maaf").
    """
    for s, e in ctx.person_tok:
        cleaned = clean_name(ctx, s, e)
        if cleaned is None or ctx.toks[cleaned[0]].title_line:
            continue
        a, b = cleaned
        words = [ctx.norms[k] for k in range(a, b) if ctx.toks[k].is_word]
        if len(words) > 1 and word in words and not set(words) <= set(holder):
            return True
    return False


def names_holder(
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
