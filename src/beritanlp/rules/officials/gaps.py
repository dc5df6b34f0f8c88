"""The holder of a title whose name a scraper dropped, named by the headline.

Scraped news often loses the links of a text: "Gubernur Jawa Tengah , akan meninjau ..." opens
the body with a title and a gap where the holder's name was. Where the headline names one
person who is no official found elsewhere ("..., Ini Kata Budi Santoso") and the body goes on
to write that name, the headline's person is the title's holder. The lead's title comes first
(the article's subject is the lead's subject). Without one (or where an official found holds
its post), three more readings, each for one person in the headline who speaks or acts and
holds no post of their own there:

* the first title of the body followed by a gap whose post no official found holds
  ("Menteri Keuangan (Menkeu),mengatakan");
* the headline's one title, held by the person opening the body after a gap, where the
  body's title was lost ("Panglima TNI Ziarah ..." over " - , Marsekal Budi berziarah");
* a title with "itu" in the lead's first sentences, pointing back at the subject whose name
  a gap lost ("Mantan Menteri X itu membantah").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from beritanlp.rules.officials.candidates import Candidate, make_candidate
from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.lookups import agency_at, place_at
from beritanlp.rules.officials.names import skip_titles
from beritanlp.rules.officials.phrases import ordinal_tokens, phrase_at
from beritanlp.rules.officials.scan import BareTitle
from beritanlp.rules.officials.vocab import (
    NAME_LINKS,
    OBJECT_MARKERS,
    SPEECH_BEFORE,
    STOP_WORDS,
)
from beritanlp.text.mojibake import GARBLED_NBSP

#: A scraper's gap right after a title: a comma after a space, or "( ,)", then a lowercase word
#: (the clause goes on without the name: "Gubernur X , akan", "Wakil Presiden  , mengungkapkan").
_GAP = re.compile(
    r"(?:[ \t\u00a0]+,|[ \t\u00a0]*\([ \t\u00a0]*,[ \t\u00a0]*\)[ \t\u00a0]*,?)[ \t\u00a0]*[a-z]"
    r"|,(?=[a-z])"  # a comma glued to the next word: "Menteri X (Menkeu),mengatakan"
    r"|[ \t\u00a0]*,,[ \t\u00a0]*(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b"  # ",, Selasa"
    # commas and (garbled) spaces, then the clause: "Presiden X ke-3,¬†,, dalam"
    rf"|,(?:[ \t\u00a0]|{re.escape(GARBLED_NBSP)})*,+[ \t\u00a0]*[a-z]"
)
#: Tokens before the lead's title that are no words of the lead (" , - ", a dateline's dash).
_LEAD_JUNK: frozenset[str] = frozenset({",", "-", "–", "—", ".", ":"})
#: The body's narrower set, case nouns only: prepositions also come before an actor there.
BODY_OBJECT_MARKERS: frozenset[str] = OBJECT_MARKERS - {
    "untuk", "bagi", "kepada", "dengan", "oleh", "dari", "pada", "ke", "di", "sidang",
    "terhadap", "soal", "tentang", "terkait", "atas",  # "dakwaan terhadap Budi": still the actor
    "istri", "suami", "anak", "putra", "putri", "bersama",  # kin: the body says "putra Budi" too
}
#: Marks after a headline's name that make them its speaker ("Budi Santoso: ...").
_SPEECH_MARKS: frozenset[str] = frozenset({":", '"', "\u201c", "'"})


def gap_holder(
    ctx: Context,
    bare: Sequence[BareTitle],
    vocabulary: set[str],
    headline_posts: set[str],
    held: frozenset[tuple[str, str]] = frozenset(),
) -> Candidate | None:
    """The lead's title paired with the headline's one person, where a gap lost the name.

    Parameters
    ----------
    ctx
        The text's context (the headline is its first line).
    bare
        The titles found without a name (:func:`~beritanlp.rules.officials.scan.find_candidates`).
    vocabulary
        The name words of every official found: a headline person among them is not the one.
    headline_posts
        The positions (casefolded) of the officials whose titles the headline writes: where one
        begins with the lead title's head, that official is its holder.

    Returns
    -------
    Candidate or None
        The holder, named as the headline writes them, or None.
    """
    newline = ctx.text.find("\n")
    if newline < 0 or not bare:
        return None
    lead = _lead_title(ctx, bare, newline)
    if lead is None:
        return (
            _body_gap_holder(ctx, bare, newline, vocabulary, held)
            or _headline_title_holder(ctx, bare, newline, vocabulary, held)
            or _demonstrative_holder(ctx, bare, newline, vocabulary)
        )
    if _key_at(ctx, bare, lead) in held:  # "Presiden,sempat": the president's, named later; a later
        other = _body_gap_holder(ctx, bare, newline, vocabulary, held)  # title with a gap
        if other is not None:
            return other
    ph = phrase_at(ctx, lead, allow_lower=False)
    head = ph.head.text.casefold() if ph is not None else ""
    if ph is None or any(post.startswith(head) for post in headline_posts):
        return None  # "Menteri Budi Lantik Dirjen X" over "Menteri X , melantik": Budi holds it
    if _titled_in_headline(ctx, newline, head, vocabulary):
        return None
    name = _headline_person(ctx, newline, vocabulary)
    if name is None or not _speaks(ctx, newline, name) or _object_in_body(ctx, newline, name):
        return None  # "Kasus Korupsi Budi Santoso, Polisi ...": Budi is no Kapolda
    return make_candidate(ctx, ph, name, gap=True)


def _key_at(ctx: Context, bare: Sequence[BareTitle], first: int) -> tuple[str, str] | None:
    """The post's key of the title beginning at token ``first``."""
    return next((t.key for t in bare if t.span[0] == ctx.toks[first].start), None)


def _body_gap_holder(
    ctx: Context,
    bare: Sequence[BareTitle],
    newline: int,
    vocabulary: set[str],
    held: frozenset[tuple[str, str]],
) -> Candidate | None:
    """The headline speaker as the holder of a title in the body whose name a gap lost.

    "Budi Santoso: ..." over "Menteri Keuangan (Menkeu),mengatakan ...": the first title of the
    body followed by a gap, whose post no official found holds ("Presiden,sempat" is
    "Presiden X" named later), is held by the headline's one speaker or actor.
    """
    name = _headline_person(ctx, newline, vocabulary)
    if name is None or not _speaks(ctx, newline, name) or _object_in_body(ctx, newline, name):
        return None
    if titled_person(ctx, name[0]) or _listed_person(ctx, name[0]):
        return None  # "..., Hakim Budi Santoso Bisa Mundur": the headline gives him another post
    for title in bare:
        if title.span[0] <= newline or title.key in held:
            continue
        first = gap_title_start(ctx, title)
        if first is None:
            continue
        if _post_in_headline(bare, title, newline):
            return None  # "Menpora Jadi Tersangka, Budi: ...": the post is the headline's subject
        ph = phrase_at(ctx, first, allow_lower=False)
        if ph is None or _titled_in_headline(ctx, newline, ph.head.text.casefold(), vocabulary):
            return None
        return make_candidate(ctx, ph, name, gap=True)
    return None


def _post_in_headline(bare: Sequence[BareTitle], title: BareTitle, newline: int) -> bool:
    """Tell whether the headline writes the post of a body title as a title of its own.

    "Menpora Jadi Tersangka, Budi: ..." over "Menteri Pemuda dan Olahraga (Menpora) , yang
    ...": the headline names the minister apart from its speaker, so the speaker does not
    hold the post. The body title's key, or the key of its bracketed short form, is compared
    with the keys of the headline's bare titles.
    """
    headline = {t.key for t in bare if t.headline and t.span[0] < newline}
    if not headline:
        return False
    s, e = title.span
    return any(
        t.key in headline for t in bare if t.span[0] > newline and s <= t.span[0] and t.span[1] <= e
    )


def _headline_title_holder(
    ctx: Context,
    bare: Sequence[BareTitle],
    newline: int,
    vocabulary: set[str],
    held: frozenset[tuple[str, str]],
) -> Candidate | None:
    """The lead's subject as the holder of the headline's title, where a gap lost the body's.

    "Panglima TNI Ziarah ke Makam X" over " - , Marsekal Budi Santoso berziarah ...": the
    body opens with a gap where the title was, then (ranks and) a PERSON span and a
    lowercase verb; the headline's one title that no official holds is that person's.
    """
    titles = {t.key: t for t in bare if t.headline and t.span[0] < newline}
    if len(titles) != 1:
        return None
    title = next(iter(titles.values()))
    if title.key in held:
        return None
    name = _gapped_lead_person(ctx, newline)
    if name is None or {ctx.norms[k] for k in range(*name)} & vocabulary:
        return None
    first = bisect_left(ctx.tok_starts, title.span[0])
    ph = phrase_at(ctx, first, allow_lower=False)
    return make_candidate(ctx, ph, name, gap=True) if ph is not None else None


def _gapped_lead_person(ctx: Context, newline: int) -> tuple[int, int] | None:
    """The PERSON span opening the body after a gap (" - , [ranks] Budi Santoso menilai")."""
    k = bisect_left(ctx.tok_starts, newline)
    gap = False
    while k < ctx.size and ctx.toks[k].text in _LEAD_JUNK:
        gap = gap or ctx.toks[k].text == ","
        k += 1
    if not gap or k >= ctx.size:
        return None
    q = skip_titles(ctx, k)
    end = ctx.person_at(q) if q < ctx.size else None
    if end is None or ctx.inside_person(q) or not ctx.word(end) or ctx.toks[end].cap:
        return None
    return q, end


#: Words that point back at the subject just named ("Mantan Menteri X itu membantah").
_DEMONSTRATIVES: frozenset[str] = frozenset({"itu", "tersebut"})
#: Sentences of the body read for a title pointing back at the lead's subject.
_LEAD_SENTENCES = 2


def _demonstrative_holder(
    ctx: Context, bare: Sequence[BareTitle], newline: int, vocabulary: set[str]
) -> Candidate | None:
    """The headline speaker as the holder of a title the lead writes with "itu".

    "Budi Santoso: Saya Tidak Bersalah" over " - Tersangka kasus X,  ,, membantah ... Mantan
    Menteri Y (Menpora) itu membantah ...": the lead lost the subject's name, and a title
    with a demonstrative in its first sentences points back at that subject, the person the
    headline lets speak.
    """
    name = _headline_person(ctx, newline, vocabulary)
    if name is None or not _speaks(ctx, newline, name) or _object_in_body(ctx, newline, name):
        return None
    if titled_person(ctx, name[0]) or _listed_person(ctx, name[0]):
        return None
    sentences = 0
    k = bisect_left(ctx.tok_starts, newline)
    starts = {t.span[0]: t for t in bare}
    while k < ctx.size and sentences <= _LEAD_SENTENCES:
        sentences += ctx.toks[k].text in {".", "!", "?"}
        title = starts.get(ctx.toks[k].start)
        if title is not None and ctx.toks[k].cap:
            after = bisect_left(ctx.tok_starts, title.span[1])
            if ctx.tok(after) == "(" and ctx.tok(after + 2) == ")":
                after += 3  # "Menteri Y (Menpora) itu": its short form between
            if after < ctx.size and ctx.norms[after] in _DEMONSTRATIVES:
                ph = phrase_at(ctx, k, allow_lower=False)
                return make_candidate(ctx, ph, name, gap=True) if ph is not None else None
        k += 1
    return None


def _listed_person(ctx: Context, s: int) -> bool:
    """Tell whether the headline's name at ``s`` ends a list of persons ("Ani dan Budi Mundur")."""
    return s > 0 and ctx.norms[s - 1] in NAME_LINKS


def titled_person(ctx: Context, s: int) -> bool:
    """Tell whether a position ends right before the headline's name at ``s``."""
    for k in range(max(0, s - 3), s):
        found = ctx.lexicon_at(k, ("position",))
        if found is not None and k + found[0] == s:
            return True
    return False


def gap_title_start(ctx: Context, title: BareTitle) -> int | None:
    """The first token of a body title followed by a scraper's gap, or None."""
    first = bisect_left(ctx.tok_starts, title.span[0])
    if first >= ctx.size or ctx.tok_starts[first] != title.span[0] or not ctx.toks[first].cap:
        return None
    after = title.span[1]
    last = bisect_left(ctx.tok_starts, after)
    n = ordinal_tokens(ctx, last)
    if n:
        after = ctx.toks[last + n - 1].end  # "Presiden Indonesia ke-3 (ke 3), , dalam": the gap
    return first if _GAP.match(ctx.text, after) else None


def _speaks(ctx: Context, newline: int, name: tuple[int, int]) -> bool:
    """Tell whether the headline presents the person at ``name`` as its speaker or actor.

    The name follows no preposition or case noun, and is followed by a colon or quote ("Budi
    Santoso: ..."), a capitalised headline verb ("Budi Santoso Minta ...") or, at the headline's
    end, follows a speech word ("..., Kata Budi Santoso").
    """
    s, e = name
    if s > 0 and ctx.norms[s - 1] in OBJECT_MARKERS:
        return False
    v = _visible(ctx, e)
    nxt = ctx.toks[v] if v < ctx.size and ctx.toks[v].start < newline else None
    if nxt is not None and nxt.text in _SPEECH_MARKS:
        return True
    if nxt is not None and nxt.is_word:
        return nxt.cap and ctx.norms[v] not in NAME_LINKS and ctx.norms[v] not in OBJECT_MARKERS
    return s > 0 and ctx.norms[s - 1] in SPEECH_BEFORE


def _object_in_body(ctx: Context, newline: int, name: tuple[int, int]) -> bool:
    """Tell whether the body writes the headline's name after a preposition or case noun."""
    first = ctx.norms[name[0]]
    return any(
        ctx.toks[k].start > newline and ctx.norms[k - 1] in BODY_OBJECT_MARKERS
        for k in ctx.positions_of(first)
        if k >= 1
    )


def _lead_title(ctx: Context, bare: Sequence[BareTitle], newline: int) -> int | None:
    """The first token of a title that opens the body and is followed by a gap, or None."""
    body = next((k for k in range(ctx.size) if ctx.toks[k].start > newline), None)
    if body is None:
        return None
    first = body
    while first < ctx.size and ctx.toks[first].text in _LEAD_JUNK:
        first += 1
    if first >= ctx.size:
        return None
    title = next((t for t in bare if t.span[0] == ctx.toks[first].start), None)
    if title is None:
        return None
    end = next((k for k in range(first, ctx.size) if ctx.toks[k].start >= title.span[1]), None)
    if end is None:
        return None
    ranks_end = skip_titles(ctx, end)  # "... Angkatan Darat Mayjen (Purn) , mengatakan"
    after = ctx.toks[ranks_end - 1].end if ranks_end > end else title.span[1]
    return first if _GAP.match(ctx.text, after) else None


def _headline_person(ctx: Context, newline: int, vocabulary: set[str]) -> tuple[int, int] | None:
    """The token range of the one person the headline names who is no official found, or None.

    A PERSON span of the headline cut to the words the body writes only capitalised (a
    headline's verbs in title case are not the name: "Budi Santoso Minta" is "Budi Santoso";
    nor is a title before it: "Walkot Budi"), holding no place or agency ("Tokoh Papua") and no
    word of an official found.
    """
    upper, lower = body_words(ctx, newline)
    found: set[tuple[int, int]] = set()
    spans = [(s, e) for s, e in ctx.person_tok if ctx.toks[s].start < newline]
    for s, e in spans or _spans_named_in_headline(ctx, newline):
        whole = e
        while s < e and ctx.norms[s] not in upper:
            s += 1
        run = s
        while run < e and ctx.norms[run] in upper:
            run += 1
        e = run  # "Budi Soroti Banjir Gunung X": the name ends at the headline's verb
        e = _speaker_end(ctx, s, e, whole, lower)
        words = {ctx.norms[k] for k in range(s, e) if ctx.toks[k].is_word}
        if not words or words & vocabulary or institution_inside(ctx, s, e):
            continue
        found.add((s, e))
    if len(found) > 1:  # "Jenguk Budi, Ani Santoso: ...": the one who speaks
        found = {f for f in found if _speaks(ctx, newline, f)}
    return next(iter(found)) if len(found) == 1 else None


#: Capitalised words after a headline's PERSON span read into a speaker's name at most.
MAX_SPEAKER_TAIL = 2


def _speaker_end(ctx: Context, s: int, e: int, whole: int, lower: set[str]) -> int:
    """End of a headline speaker's name before a colon or quote ("Budi Santoso : ...").

    The whole PERSON span however the body cuts it, and one or two more capitalised words
    the NER left out, when the speech mark follows right after them. Not a span's words the
    body writes only in lowercase (``lower``): "Ratna Dewi Tunda Panen Raya: ..." with a body's
    "tunda" is a headline's clause after the name; a word it also writes capitalised ("Karya"
    beside "karya") may be the name's.
    """
    if s >= e:
        return e
    if e < whole:
        if any(ctx.norms[k] in lower for k in range(e, whole)):
            return e
        return whole if ctx.tok(_visible(ctx, whole)) in _SPEECH_MARKS else e
    k = e
    while k - e < MAX_SPEAKER_TAIL and ctx.cap(k) and ctx.norms[k] not in STOP_WORDS:
        k += 1
    return k if k > e and ctx.tok(_visible(ctx, k)) in _SPEECH_MARKS else e


#: Invisible format characters a scraper leaves as tokens (left-to-right mark, zero width).
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\ufeff"


def _visible(ctx: Context, k: int) -> int:
    """The first token from ``k`` that is not an invisible format character."""
    while k < ctx.size and not ctx.toks[k].text.strip(_INVISIBLE):
        k += 1
    return k


#: Words of a body's PERSON span looked up in the headline at least ("Budi Santoso").
MIN_HEADLINE_NAME = 2


def _spans_named_in_headline(ctx: Context, newline: int) -> list[tuple[int, int]]:
    """Headline token ranges that repeat a body PERSON span of two words or more.

    Where the NER found no name in the headline ("... Dikritik Budi Santoso Terlalu Luas"),
    the body's names written there are the headline's persons: names the body writes as a
    subject at least once (followed by a lowercase word), not a place the NER read as a name.
    """
    head_end = bisect_left(ctx.tok_starts, newline)
    names = {
        tuple(ctx.norms[s:e])
        for s, e in ctx.person_tok
        if ctx.toks[s].start > newline and e - s >= MIN_HEADLINE_NAME
        and ctx.word(e) and not ctx.toks[e].cap  # a subject somewhere ("Budi Santoso menilai")
    }
    found: list[tuple[int, int]] = []
    for name in names:
        n = len(name)
        found.extend(
            (k, k + n) for k in range(head_end - n + 1) if tuple(ctx.norms[k : k + n]) == name
        )
    return found


def _titled_in_headline(ctx: Context, newline: int, head: str, vocabulary: set[str]) -> bool:
    """Tell whether the headline writes the lead's head before an official's name.

    "Menteri Budi Yakin Ani Sosok yang Tepat": the headline's minister is Budi, an official
    found in the body, so the lead's "Menteri X , melantik" is his, not the other person's.
    """
    for k in range(ctx.size - 1):
        if ctx.toks[k].start > newline:
            break
        m = ctx.lexicon_at(k, ("position",))
        if m is None or m[1].text.casefold() != head:
            continue
        if k + m[0] < ctx.size and ctx.norms[k + m[0]] in vocabulary:
            return True
    return False


def institution_inside(ctx: Context, s: int, e: int) -> bool:
    """Tell whether tokens ``s:e`` hold a place, an agency or a position word."""
    return any(
        place_at(ctx, k, False) is not None
        or agency_at(ctx, k) is not None
        or ctx.lexicon_at(k, ("position", "modifier")) is not None
        for k in range(s, e)
    )


def body_names(ctx: Context, newline: int) -> set[str]:
    """The body's words written only capitalised and never a stop word (casefolded)."""
    return body_words(ctx, newline)[0]


def body_words(ctx: Context, newline: int) -> tuple[set[str], set[str]]:
    """The body's words written only capitalised and never a stop word; those only lowercase.

    Both casefolded: the first set is :func:`body_names`. A word the body writes both ways
    ("Karya" in a name, "karya" in a sentence) is in neither.
    """
    lower: set[str] = set()
    upper: set[str] = set()
    for t in ctx.toks:
        if t.start > newline and t.is_word:
            (upper if t.cap else lower).add(t.norm)
    return upper - lower - STOP_WORDS, lower - upper
