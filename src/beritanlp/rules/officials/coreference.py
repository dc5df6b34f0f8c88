"""Grouping candidates into officials, and finding every later mention of each.

Every person found is one official; later mentions by first name, last name, nickname ("Emil
--sapaan akrab Ridwan Kamil--", "Joko Widodo (Jokowi)") or by the same title ("Pj Wali Kota
Pangkalpinang" in the headline) are added to its mentions. A later mention misspelt by one
letter under the same post ("Bupati Rahmad Sulebo" after "Bupati X Rahmat Sulebo") is the same
official. Where a person carries two posts the government post wins over a party post, and a
fuller title over a shorter one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from beritanlp.rules.officials.candidates import Candidate
from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.lookups import known_party, unit_at
from beritanlp.rules.officials.names import skip_titles
from beritanlp.rules.officials.scan import BareTitle
from beritanlp.rules.officials.tables import Holder
from beritanlp.rules.officials.tokens import is_acronym, is_initial
from beritanlp.rules.officials.vocab import LOWER_MODIFIERS, PARTIES, STOP_WORDS
from beritanlp.text.ordinals import rank_words

_WORD = re.compile(r"\w+")
#: A capitalised word, and a run of them with initials ("Budi S. Santoso"): the head each
#: nickname pattern starts with.
_CAP_WORD = r"[A-Z][\w'’-]+"
_NAME_RUN = _CAP_WORD + r"(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.))*"
_CAPITAL = re.compile(r"[A-Z]")


@dataclass(frozen=True)
class AliasCue:
    """One way of giving a nickname: its pattern, the literals it needs, the head it starts with.

    ``head`` matches where ``pattern`` starts (a capitalised word or a run of them); wherever
    ``pattern`` fails at a capital, it fails at every later capital inside ``head``'s match
    there too (the name or nickname from such a capital ends where one from the first could),
    so :func:`alias_matches` skips them.
    """

    pattern: re.Pattern[str]
    needs: tuple[str, ...]
    head: re.Pattern[str]


#: Sentences that give a person's nickname, with the literal text each contains (checked
#: before scanning with the pattern).
ALIAS_CUES: tuple[AliasCue, ...] = (
    AliasCue(
        re.compile(
            r"(?P<alias>[A-Z][\w'’-]+)\s*(?:--|—|–|,|\()\s*(?:yang\s+)?"
            r"(?:sapaan(?:\s+akrab)?|(?:akrab|biasa|kerap)\s+(?:disapa|dipanggil)|disapa)\s+"
            r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.))*)"
        ),
        ("sapaan", "disapa", "dipanggil"),
        re.compile(_CAP_WORD),
    ),
    AliasCue(
        re.compile(
            r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.))*)\s*(?:,|\(|--|—|–)?\s*"
            r"(?:yang\s+)?(?:akrab|biasa|kerap)\s+(?:disapa|dipanggil)\s+"
            r"(?:(?:Kang|Pak|Bu|Mas|Cak|Bung|Abah|Teh|Uda|Bang|Mbak|Kak)\s+)?"
            r"(?P<alias>[A-Z][\w'’-]+)"
        ),
        ("disapa", "dipanggil"),
        re.compile(_NAME_RUN),
    ),
    AliasCue(
        re.compile(
            r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.))+)\s*\(\s*"
            r"(?P<alias>[A-Z][\w'’-]+)\s*\)"
        ),
        ("(",),
        re.compile(_NAME_RUN),
    ),
    AliasCue(
        re.compile(
            r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.))+)\s+(?:atau|alias)\s+"
            r"(?P<alias>[A-Z][\w'’-]+)\b"
        ),
        (" atau ", " alias "),
        re.compile(_NAME_RUN),
    ),
)


#: Most letters a run of initials may have in all ("BS", "BSP"); leading name words of at
#: most this many letters are read as initials ("B S Santoso" as well as "BS Santoso").
MAX_INITIALS = 3


@dataclass
class Official:
    """One person: the candidates found for them, their name words, aliases and mentions."""

    cands: list[Candidate]
    words: set[str]
    aliases: set[tuple[str, ...]] = field(default_factory=set)
    mentions: set[tuple[int, int]] = field(default_factory=set)
    full: str | None = None  # the fullest form the text writes of a short name ("BS Wibowo")

    def vocabulary(self) -> set[str]:
        """The name's words and the words of every alias."""
        return self.words | {w for a in self.aliases for w in a}

    def best(self) -> Candidate:
        """The candidate whose post is reported: government over party, current, own, fullest.

        A post the text gives the person directly is reported before one an appointment clause
        names (the clause may name a side role or a new post beside the one the article is
        about, "ditunjuk sebagai Ketua Tim X"), and that before one listed for several holders
        ("empat orang sebagai pimpinan X"); then a region's head before other posts, a post with
        its jurisdiction before one without.
        """

        def rank(c: Candidate) -> tuple[int, int, int, int, int, int, int]:
            return (
                0 if party_post(c) else 1,
                0 if c.former else 1,
                0 if c.listed else 1 if c.appointed else 2,
                1 if regional_head(c) else 0,
                1 if c.jurisdiction else 0,
                len(c.position.split()) + len((c.jurisdiction or "").split()),
                -c.name_start,
            )

        return max(self.cands, key=rank)

    def name(self) -> str:
        """The fullest name written (most words, then longest, then first).

        A name written in full elsewhere in the text wins
        (:func:`~beritanlp.rules.officials.full_names.add_full_names`).
        """
        if self.full is not None:
            return self.full
        return max(self.cands, key=lambda c: (len(c.words), len(c.name), -c.name_start)).name


#: Ends of the posts of a region's elected head and deputy (acting ones too: "Plt Bupati").
REGIONAL_HEAD_ENDS: tuple[str, ...] = ("gubernur", "bupati", "wali kota", "walikota")
#: Their heads (the position lexicon's, casefolded, without modifiers such as "Plt", "Wakil").
REGIONAL_HEADS: frozenset[str] = frozenset(
    {"gubernur", "wakil gubernur", "bupati", "wakil bupati", "wali kota", "wakil wali kota"}
)
#: First words of a post no longer held ("Mantan Gubernur"): the lexicon's lower-case modifiers
#: of a former post, and "bekas".
FORMER_WORDS: frozenset[str] = LOWER_MODIFIERS | {"bekas"}


def regional_head(cand: Candidate) -> bool:
    """Tell whether a candidate's post is a region's head or deputy, held now.

    "Pak Gubernur Anies sebagai Ketua Badan Kerjasama Pembangunan Jabodetabek", "Plt Bupati X
    yang juga Ketua DPC Partai Y": the government post is reported (GUIDELINE: a person with two
    posts gets one entry, with the government post), not the body the head chairs as such. The
    head itself, after its modifiers, is the region's: an aide of one ("Staf Ahli Bupati",
    "Juru Bicara Gubernur") is not.
    """
    position = cand.position.casefold()
    words = position.split()
    return (
        bool(words)
        and words[0] not in FORMER_WORDS
        and position.endswith(REGIONAL_HEAD_ENDS)
        and cand.head.casefold() in REGIONAL_HEADS
    )


def party_post(cand: Candidate) -> bool:
    """Tell whether a candidate's post is a party's: a party head, or a post of a party's body.

    "Ketua Umum" of a party (the head's category), and "Ketua DPC" + "Partai X" (the
    jurisdiction names a party): a person's government post is reported before it.
    """
    if cand.category == "party":
        return True
    words = (cand.jurisdiction or "").casefold().split()
    return bool(words) and (words[0] == "partai" or known_party(words[0], PARTIES))


def group_candidates(cands: Sequence[Candidate]) -> list[Official]:
    """One official per person: a candidate joins the official whose words hold all of its own.

    Longer names are placed first; a short name that fits two officials joins the one with the
    same post, or none (it is ambiguous).
    """
    groups: list[Official] = []
    # Groups by each of their words (a group's words never change): the groups holding all of
    # a candidate's words are among those holding any one of them.
    having: dict[str, list[int]] = {}
    for cand in sorted(cands, key=lambda c: (-len(c.words), c.name_start)):
        words = set(cand.words)
        if words:
            pool = min((having.get(w, []) for w in words), key=len)
            hits = [groups[n] for n in pool if words <= groups[n].words]
        else:
            hits = list(groups)
        if len(hits) > 1:
            same = [g for g in hits if any(c.key == cand.key for c in g.cands)]
            hits = same if len(same) == 1 else []
            if not hits:
                continue  # an ambiguous short name
        if hits:
            hits[0].cands.append(cand)
        else:
            for w in words:
                having.setdefault(w, []).append(len(groups))
            groups.append(Official([cand], set(words)))
    return groups


def find_aliases(text: str, groups: Sequence[Official]) -> None:
    """Add the nicknames the text gives ("Emil --sapaan akrab Ridwan Kamil--") to the officials.

    A nickname's name is tried against the officials owning one of its words only (kept up to
    date as nicknames are added), not against every official.
    """
    owners: dict[str, set[int]] | None = None
    for cue in ALIAS_CUES:
        if not any(word in text for word in cue.needs):
            continue  # the pattern cannot match: skip the scan over every capitalised word
        for m in alias_matches(cue, text):
            if owners is None:
                owners = {}
                for i, g in enumerate(groups):
                    for w in g.vocabulary():
                        owners.setdefault(w, set()).add(i)
            _add_alias(groups, owners, m)


def alias_matches(cue: AliasCue, text: str) -> Iterator[re.Match[str]]:
    """The matches of ``cue.pattern.finditer(text)``, in linear time on long capitalised runs.

    The pattern is tried at a capital only; where it fails, the capitals inside the head
    matched there are skipped (it fails at each of them too). ``finditer`` tried every capital
    of a run and read the run to its end from each: 2,000 capitalised words before a "(" took
    about 2,000,000 word reads.
    """
    pos = 0
    while (cap := _CAPITAL.search(text, pos)) is not None:
        start = cap.start()
        m = cue.pattern.match(text, start)
        if m is not None:
            yield m
            pos = max(m.end(), start + 1)
            continue
        head = cue.head.match(text, start)
        pos = max(head.end(), start + 1) if head is not None else start + 1


def add_known_nicknames(
    groups: Sequence[Official],
    nicknames: Sequence[tuple[tuple[str, ...], tuple[str, ...]]],
) -> None:
    """Give each official named with a full name in ``nicknames`` that name's nickname.

    "Presiden Joko Widodo" gets "Jokowi" (``lexicons/data/official_nicknames.txt``), so a
    later "Presiden Jokowi" is the same official (:func:`merge_aliased`, same post only: "menteri
    kabinet Jokowi" is no post of his) even where the article never says "alias". One lookup
    per official by the full names' first words.
    """
    by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for alias, full in nicknames:
        by_first.setdefault(full[0], []).append((alias, full))
    for g in groups:
        for w in g.words & by_first.keys():
            for alias, full in by_first[w]:
                if set(full) <= g.words and not set(alias) <= g.words:
                    g.aliases.add(alias)


def merge_aliased(groups: list[Official]) -> list[Official]:
    """Officials found under a nickname join the one the nickname belongs to.

    "Presiden Budi Santoso (Busan)" and later "Presiden Busan" are one official when the
    nickname is an alias of exactly one other official and one of its posts is the same (or
    the same position with a jurisdiction only one of them writes: "Presiden Indonesia Budi
    Santoso"), or where the nickname's posts are all held before ("Busan semasa menjabat Wali
    Kota X"): the owner's former post, reported after the post the owner holds
    (:meth:`Official.best`).
    """

    def fits(g: Official, host: Official) -> bool:
        key = tuple(sorted(g.words))
        if any(a == key for a in g.aliases):
            return False
        return any(tuple(sorted(a)) == key for a in host.aliases)

    def aliases(host: Official) -> set[Hashable]:
        return {tuple(sorted(a)) for a in host.aliases}

    return _merge_into(groups, fits, aliases, lambda g: tuple(sorted(g.words)), _alias_posts)


def merge_initialled(groups: list[Official], forms: bool = False) -> list[Official]:
    """Officials named with initials join the one whose leading words they spell.

    "Bupati X BS Santoso" and "Bupati X Budi Setyo Santoso": the initials ("BS", or
    "B. S.") are the first letters of the other name's leading words and the rest of the name
    is in it. Only where exactly one official fits and one of its posts is the same (same
    position and jurisdiction) or, with ``forms``, one post written in two forms: the same key
    past the former-post words and the ordinals, with jurisdictions that agree or one none
    (:func:`_one_head`: "Presiden ke-3 X" and "Presiden RI ketiga X"; "Kapolres A AS Wibowo"
    and "Bupati A Agus Santoso Wibowo", "Ketua DPRD A" and "Ketua KPU A" stay two).
    """

    def name_words(host: Official) -> set[Hashable]:
        return {w for c in host.cands for w in c.words}

    def last_word(g: Official) -> Hashable | None:
        words = max((c.words for c in g.cands), key=len)
        return words[-1] if words else None  # a name it spells holds its last word

    return _merge_into(groups, _spells, name_words, last_word, _one_head if forms else None)


def _one_head(g: Official, host: Official) -> bool:
    """Tell whether two officials hold one post written in two forms, in agreeing jurisdictions.

    The same post (:func:`_same_post`), or posts whose keys are one past the former-post words
    and the ordinals (:func:`_post_core`: "presiden ketiga", "presiden ke-3", "mantan presiden")
    where the jurisdictions are equal or one has none. Other portfolios or bodies under one
    head word ("menteri perdagangan", "menteri pertanian"; "ketua dprd", "ketua kpu") stay two.
    """
    if _same_post(g, host):
        return True
    for a in g.cands:
        for b in host.cands:
            if a.key[1] and b.key[1] and a.key[1] != b.key[1]:
                continue
            core = _post_core(a.key[0])
            if core and core == _post_core(b.key[0]):
                return True
    return False


#: Ordinals of a post written in words ("ketiga", "kedua belas"): the one rank table's.
_ORDINAL_WORDS: frozenset[str] = frozenset({*rank_words(19), "belas"})
#: An ordinal of a post in digits, as post keys write it ("ke-3"; "ke 3" is keyed so).
_DIGIT_ORDINAL = re.compile(r"ke-?\d{1,2}")


def _post_core(position: str) -> tuple[str, ...]:
    """A post key's words without former-post words and ordinals.

    "mantan presiden", "presiden ke-3" and "presiden ketiga" are all ("presiden",);
    "mantan menteri perdagangan" is ("menteri", "perdagangan").
    """
    return tuple(
        w for w in re.sub(r"\bke (\d{1,2})\b", r"ke-\1", position).split()
        if w not in FORMER_WORDS and w not in _ORDINAL_WORDS and not _DIGIT_ORDINAL.fullmatch(w)
    )


def _merge_into(
    groups: list[Official],
    fits: Callable[[Official, Official], bool],
    tags: Callable[[Official], set[Hashable]],
    wanted: Callable[[Official], Hashable | None],
    posts: Callable[[Official, Official], bool] | None = None,
) -> list[Official]:
    """Each official that ``fits`` exactly one other official with a same post joins it.

    ``posts(g, host)`` tells whether the two officials' posts may be one person's (default:
    :func:`_same_post`).

    Only officials indexed under the tag ``wanted`` gives are tried as hosts: ``fits(g, host)``
    holds only where ``wanted(g)`` is among ``tags(host)``, and a host that takes an official
    in is indexed under that official's tags too (a superset of what it may have gained).
    Trying every pair was quadratic in the officials of a text.
    """
    agree = posts or _same_post
    index: dict[Hashable, set[int]] = {}
    for i, h in enumerate(groups):
        for tag in tags(h):
            index.setdefault(tag, set()).add(i)
    out: list[Official] = []
    for g in groups:
        tag = wanted(g)
        near = sorted(index.get(tag, ())) if tag is not None else []
        hosts = [
            i
            for i in near
            if groups[i] is not g and agree(g, groups[i]) and fits(g, groups[i])
        ]
        if len(hosts) == 1:
            host = groups[hosts[0]]
            host.cands.extend(g.cands)
            host.mentions |= g.mentions
            for t in tags(g):
                index.setdefault(t, set()).add(hosts[0])
        else:
            out.append(g)
    return out


def _same_post(g: Official, host: Official) -> bool:
    """Tell whether the two officials share a post (same position and jurisdiction)."""
    return bool({c.key for c in host.cands} & {c.key for c in g.cands})


def _same_or_former(g: Official, host: Official) -> bool:
    """Tell whether the two officials share a post, or every post of ``g`` is a former one."""
    return _same_post(g, host) or all(c.former for c in g.cands)


def _alias_posts(g: Official, host: Official) -> bool:
    """Tell whether a nickname's official and its owner's posts may be one person's.

    A post in common or all of ``g``'s held before (:func:`_same_or_former`), or one position
    whose jurisdiction only one of them writes ("Presiden Indonesia Joko Widodo" and "Presiden
    Jokowi"; "Gubernur Jawa Barat Ridwan Kamil" and "kata Emil ... gubernur"): the nickname
    says whose post it is.
    """
    if _same_or_former(g, host):
        return True
    return any(
        a.former == b.former and a.key[0] == b.key[0] and not (a.key[1] and b.key[1])
        for a in g.cands
        for b in host.cands
    )


def _spells(g: Official, host: Official) -> bool:
    """Tell whether ``g``'s name is initials of ``host``'s leading words and its other words."""
    words = max((c.words for c in g.cands), key=len)
    full = max((c.words for c in host.cands), key=len)
    return initials_of(words, full)


def initials_of(words: Sequence[str], full: Sequence[str]) -> bool:
    """Tell whether ``words`` are initials of ``full``'s leading words, then its other words.

    "bs santoso" of "budi setyo santoso", "b s santoso" too (casefolded words).
    """
    lead = 0
    while lead < len(words) - 1 and len(words[lead]) <= MAX_INITIALS:
        lead += 1
    initials = "".join(words[:lead])
    if not 2 <= len(initials) <= MAX_INITIALS:
        return False
    if len(full) < len(initials) + 1 or "".join(w[0] for w in full[: len(initials)]) != initials:
        return False
    return set(words[lead:]) <= set(full[len(initials) :])


#: Letters a name word needs before a one-letter slip in it is read as a misspelling
#: ("Rahmad" of "Rahmat", "Yasona" of "Yasonna"); shorter words differ too often by one letter.
MIN_MISSPELT = 5
#: First words of a post one person holds in its jurisdiction ("Kepala Dinas X", "Ketua
#: DPRD X", "Camat X"); the posts of a body's members ("Anggota", "Jaksa", "Hakim", "Staf",
#: "Penyidik") and of deputies ("Wakil Ketua") are held by several at once.
ONE_HOLDER_HEADS: frozenset[str] = frozenset(
    """kepala ketua direktur menteri gubernur bupati wali walikota camat lurah sekretaris
    rektor panglima presiden komandan kapolri kapolda kapolres kapolresta kapolsek kajati
    kajari pangdam danrem dandim""".split()
)
#: Words that join two people ("Camat A dan Camat B"): two names so joined are two officials.
COORDINATORS: frozenset[str] = frozenset({"dan", "serta", "atau"})
#: Tokens that end a sentence, for :func:`merge_misspelt`'s one-sentence check.
SENTENCE_ENDS: frozenset[str] = frozenset({".", "!", "?"})
_VOWELS = frozenset("aiueo")


def merge_misspelt(
    ctx: Context, groups: list[Official], holders: Mapping[str, frozenset[Holder]]
) -> list[Official]:
    """Officials whose name is a one-letter slip of another official's with the same post join it.

    "Bupati X Rahmat Sulebo" and later "Bupati Rahmad Sulebo", "Menkumham Yasonna H Laoly" and
    "Menkumham Yasona": one word of the name is one letter off a word of the other official's
    name (:func:`misspelt_word`) and every other word is one of its words. The slip is
    written once, the word it slips from at least as often. The posts are one post held by
    one person (:func:`_post_agrees`). Never two officials named in one sentence or joined
    by "dan", "serta", "atau" ("Camat Hendra dan Camat Hendri": two people). Only where
    exactly one official fits; a name joins one with more words, or one of as many words
    written first.

    Parameters
    ----------
    ctx
        The text's context (word counts, sentences).
    groups
        The officials found so far.
    holders
        The office holders by title form (:attr:`OfficialsTables.holders_by_title`).

    Returns
    -------
    list of Official
        The officials left; a misspelt one's candidates and mentions are its host's.

    Notes
    -----
    Linear in the officials: each is indexed under the words left when a letter of one of
    its name words is dropped (two words one letter apart share one), by the word; a name's
    word looks up the officials under another word only (a surname many officials share is
    never compared), and of those keeps the ones holding the name's other words.
    """
    index: dict[str, dict[str, set[int]]] = {}
    having: dict[str, set[int]] = {}
    slips: dict[str, set[str]] = {}  # each word's delete-one keys, made once
    for i, h in enumerate(groups):
        for w in h.words:
            having.setdefault(w, set()).add(i)
            keys = slips.get(w)
            if keys is None:
                keys = slips[w] = _slips(w)
            for key in keys:
                index.setdefault(key, {}).setdefault(w, set()).add(i)
    first = [min(c.name_start for c in g.cands) for g in groups]
    sentences: list[int] | None = None
    gone: set[int] = set()
    for i, g in enumerate(groups):
        hosts = []
        for j in sorted(_near(g, index, having, slips) - gone - {i}):
            h = groups[j]
            if (len(g.words), -first[i]) >= (len(h.words), -first[j]):
                continue
            slip = misspelt_word(g.words, h.words)
            if slip is None or not _written_once(ctx, *slip):
                continue
            if not _post_agrees(g, h, holders):
                continue
            if sentences is None:
                sentences = sentence_ids(ctx)
            if not _apart(ctx, sentences, g, h):
                continue
            hosts.append(j)
        if len(hosts) == 1:
            host = groups[hosts[0]]
            host.cands.extend(g.cands)
            host.mentions |= g.mentions
            gone.add(i)
    return [g for i, g in enumerate(groups) if i not in gone]


def _near(
    g: Official,
    index: dict[str, dict[str, set[int]]],
    having: dict[str, set[int]],
    slips: Mapping[str, set[str]],
) -> set[int]:
    """The officials holding a word one letter off a word of ``g`` and ``g``'s other words.

    ``slips`` holds each indexed word's delete-one keys (:func:`_slips`), made once.
    """
    near: set[int] = set()
    for w in g.words:
        rest = [having.get(u, set()) for u in g.words if u != w]
        for key in slips[w]:
            for v, js in index.get(key, {}).items():
                if v == w or not one_letter_off(w, v):
                    continue  # the same word: not a slip (a shared surname is skipped here)
                smallest, *others = sorted([js, *rest], key=len)
                near.update(j for j in smallest if all(j in s for s in others))
    return near


def _slips(word: str) -> set[str]:
    """The word and the words left when one of its letters is dropped (long words only)."""
    if len(word) < MIN_MISSPELT:
        return set()
    return {word} | {word[:k] + word[k + 1 :] for k in range(len(word))}


def _written_once(ctx: Context, slip: str, word: str) -> bool:
    """Tell whether the text writes ``slip`` once and ``word``, which it slips from, as often.

    A spelling written twice or more is the person's own, not a slip of another's.
    """
    return len(ctx.positions_of(slip)) == 1 and len(ctx.positions_of(word)) >= 1


def _post_agrees(g: Official, host: Official, holders: Mapping[str, frozenset[Holder]]) -> bool:
    """Tell whether two officials hold one post that one person holds.

    The positions are equal, or the table of office holders gives them a holder in common
    ("Menkumham", "Menteri Hukum dan HAM"); the jurisdictions agree (or one has none). The
    post is one of the table's, a region's head ("Bupati"), or a head's of
    :data:`ONE_HOLDER_HEADS` with a jurisdiction ("Kepala Dinas Pendidikan Sleman"): never a
    member's ("Anggota DPRD", "Jaksa"), nor a head's named with no jurisdiction.
    """
    for a in g.cands:
        for b in host.cands:
            if a.key[1] != b.key[1] and a.key[1] and b.key[1]:
                continue
            if a.key[0] in holders and b.key[0] in holders:
                if a.key[0] == b.key[0] or holders[a.key[0]] & holders[b.key[0]]:
                    return True
            elif a.key[0] == b.key[0] and (
                (regional_head(a) and regional_head(b))
                or (a.key[0].split()[0] in ONE_HOLDER_HEADS and (a.key[1] or b.key[1]))
            ):
                return True
    return False


def sentence_ids(ctx: Context) -> list[int]:
    """The sentence of each token: counted up after ".", "!", "?" and at each new line."""
    out: list[int] = []
    n = 0
    for k, t in enumerate(ctx.toks):
        if k and (
            ctx.toks[k - 1].text in SENTENCE_ENDS or "\n" in ctx.text[ctx.tok_ends[k - 1] : t.start]
        ):
            n += 1
        out.append(n)
    return out


def _apart(ctx: Context, sentences: Sequence[int], g: Official, host: Official) -> bool:
    """Tell whether no mention of ``g`` shares a sentence with, or is joined to, ``host``'s.

    A mention is a candidate's name and title; joined: only "dan", "serta" or "atau" (and
    commas) between them ("Camat A, dan Camat B").
    """

    def first_token(c: Candidate) -> int:
        return bisect_right(ctx.tok_starts, min(c.name_start, c.title_span[0])) - 1

    def sentence(c: Candidate) -> int:
        k = first_token(c)
        return sentences[k] if 0 <= k < len(sentences) else -1

    own = {sentence(c) for c in g.cands}
    if any(sentence(c) in own for c in host.cands):
        return False
    return not any(_joined(ctx.text, a, b) for a in g.cands for b in host.cands)


#: Characters between two coordinated mentions at most (", dan ", " serta ").
MAX_JOIN_CHARS = 10


def _joined(text: str, a: Candidate, b: Candidate) -> bool:
    """Tell whether only a coordinator and commas stand between two candidates' mentions."""
    first, second = (a, b) if a.name_start < b.name_start else (b, a)
    end = max(first.name_end, first.title_span[1])
    start = min(second.name_start, second.title_span[0])
    if not 0 < start - end <= MAX_JOIN_CHARS:
        return False
    return text[end:start].replace(",", " ").strip().casefold() in COORDINATORS


def misspelt_word(words: set[str], other: set[str]) -> tuple[str, str] | None:
    """The word of ``words`` that is a one-letter slip of a word of ``other``, and that word.

    None unless ``words`` are ``other``'s words but one, and that one is off by a letter
    (:func:`one_letter_off`) from one of ``other``'s; only a word of :data:`MIN_MISSPELT`
    letters or more may be off ("rahmad" of "rahmat").
    """
    off = words - other
    if len(off) != 1:
        return None
    w = next(iter(off))
    if len(w) < MIN_MISSPELT:
        return None
    return next(
        ((w, v) for v in sorted(other) if len(v) >= MIN_MISSPELT and one_letter_off(w, v)),
        None,
    )


def one_letter_off(a: str, b: str) -> bool:
    """Tell whether two different words differ by one letter changed, added or dropped.

    A changed last vowel is no slip: "Sutrisno" and "Sutrisna", "Hendra" and "Hendri" are
    other names.
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        if a[:-1] == b[:-1] and a[-1] in _VOWELS and b[-1] in _VOWELS:
            return False
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


def _add_alias(groups: Sequence[Official], owners: dict[str, set[int]], m: re.Match[str]) -> None:
    """Give the one official a nickname match names its nickname (``owners``: by vocabulary)."""
    name_list = [w.casefold() for w in _WORD.findall(m.group("name"))]
    alias = tuple(w.casefold() for w in _WORD.findall(m.group("alias")))
    if not alias or set(alias) <= set(name_list):
        return
    near = sorted({i for w in set(name_list) for i in owners.get(w, ())})
    hits = [i for i in near if _names(name_list, groups[i].vocabulary())]
    if len(m.group("alias")) > 1 and m.group("alias").isupper():
        initials = "".join(w[0] for w in m.group("name").split()).casefold()
        if not initials.endswith("".join(alias)):
            return  # an acronym in parentheses that does not spell the name
    if len(hits) == 1:
        groups[hits[0]].aliases.add(alias)
        for w in alias:
            owners.setdefault(w, set()).add(hits[0])


def _names(name_list: list[str], vocab: set[str]) -> bool:
    """Tell whether the words, less titles before the name, are all of an official's vocabulary.

    Titles before the name ("Presiden Joko Widodo (Jokowi)") are the words before the first
    one in ``vocab``.
    """
    first = next((k for k, w in enumerate(name_list) if w in vocab), None)
    return first is not None and set(name_list[first:]) <= vocab


# ---- mentions by name ------------------------------------------------------------------------


def add_name_mentions(ctx: Context, groups: Sequence[Official]) -> None:
    """Add every run of capitalised words that names one official to its mentions."""
    toks = ctx.toks
    owners: dict[str, list[int]] = {}
    for gi, g in enumerate(groups):
        for w in g.vocabulary():
            owners.setdefault(w, []).append(gi)
    i = 0
    n = ctx.size
    while i < n:
        if not (toks[i].is_word and toks[i].cap):
            i += 1
            continue
        # a run of capitalised words and initials
        j = i
        while j < n and (
            (toks[j].is_word and toks[j].cap)
            or (toks[j].text == "." and j > i and is_initial(toks, j - 1))
        ):
            j += 1
        _assign_run(ctx, groups, owners, [k for k in range(i, j) if toks[k].is_word])
        i = j if j > i else i + 1


def _assign_run(
    ctx: Context, groups: Sequence[Official], owners: dict[str, list[int]], words: list[int]
) -> None:
    """Find the spans of one run (token indices ``words``) made of one official's name words."""
    toks = ctx.toks
    k = 0
    while k < len(words):
        cands = owners.get(toks[words[k]].norm, [])
        if not cands:
            k += 1
            continue
        m = _longest_match(ctx, groups, cands, words, k)
        g = _sole_owner(groups, owners, [toks[words[x]].norm for x in range(k, m)])
        if g is not None:
            left_ok = k == 0 or soft_neighbour(ctx, words[k - 1], left=True)
            right_ok = m == len(words) or soft_neighbour(ctx, words[m], left=False)
            if toks[words[k]].title_line or (left_ok and right_ok):
                span = _mention_span(ctx, words[k], words[m - 1])
                if not inside_other_person(ctx, span, g):
                    g.mentions.add(span)
        k = m


def _longest_match(
    ctx: Context, groups: Sequence[Official], cands: list[int], words: list[int], k: int
) -> int:
    """End (in ``words``) of the longest match from ``k`` of one candidate official's words."""
    best = k
    for gi in cands:
        vocab = groups[gi].vocabulary()
        m = k
        while m < len(words) and ctx.toks[words[m]].norm in vocab:
            m += 1
        best = max(best, m)
    return best


def _sole_owner(
    groups: Sequence[Official], owners: dict[str, list[int]], matched: list[str]
) -> Official | None:
    """The one official owning every matched word, if some word is longer than two letters."""
    owners_of_all = set.intersection(*(set(owners.get(x, [])) for x in matched))
    if len(owners_of_all) != 1:
        return None
    if not any(len(x) > 2 for x in matched):
        return None
    return groups[owners_of_all.pop()]


def _mention_span(ctx: Context, first: int, last: int) -> tuple[int, int]:
    """Character span of tokens ``first..last``, with the dot of a final initial."""
    toks = ctx.toks
    end = toks[last].end
    if last + 1 < ctx.size and toks[last + 1].text == "." and is_initial(toks, last):
        end = toks[last + 1].end
    return toks[first].start, end


def soft_neighbour(ctx: Context, other: int, left: bool) -> bool:
    """Tell whether the capitalised word ``other`` may stand next to a name match."""
    t = ctx.toks[other]
    if t.norm in STOP_WORDS:
        return True
    if left and (t.sent_start or skip_titles(ctx, other) > other):
        return True
    if ctx.lexicon_at(other, ("position", "modifier")) is not None:
        return True
    return bool(not left and (unit_at(ctx, other) or is_acronym(t.text)))


def inside_other_person(ctx: Context, span: tuple[int, int], g: Official) -> bool:
    """Tell whether ``span`` lies inside a PERSON span with name words ``g`` does not have."""
    # Only PERSON spans starting in [span end - longest span, span start] can contain ``span``.
    lo = bisect_left(ctx.person_char_starts, span[1] - ctx.person_max_len)
    hi = bisect_right(ctx.person_char_starts, span[0])
    for ps, pe, s, e in ctx.person_chars[lo:hi]:
        if ps <= span[0] and span[1] <= pe and (ps, pe) != span:
            if _foreign_words(ctx, s, e, g.vocabulary()):
                return True
    return False


def _foreign_words(ctx: Context, s: int, e: int, vocab: set[str]) -> bool:
    """Tell whether tokens ``s:e`` hold a word outside ``vocab`` that is not a title."""
    words = {ctx.norms[k] for k in range(s, e) if ctx.toks[k].is_word}
    for w in words - vocab:
        first = next(k for k in range(s, e) if ctx.norms[k] == w)
        if skip_titles(ctx, first) == first:
            return True
    return False


# ---- mentions by title -----------------------------------------------------------------------


def add_title_mentions(groups: Sequence[Official], bare: Sequence[BareTitle]) -> None:
    """Add headline titles without a name to the one official holding that post.

    "Pj Wali Kota Pangkalpinang" in a headline is a mention of the one official with that post
    and jurisdiction, unless it overlaps one of the official's mentions.
    """
    # Groups by the key of their best candidate (cands do not change from here on), and each
    # hit group's mentions sorted with their longest length, so that a repeated headline in a
    # long text does not rescan every group and every mention.
    by_key: dict[tuple[str, str], list[Official]] = {}
    for g in groups:
        by_key.setdefault(g.best().key, []).append(g)
    ordered: dict[int, tuple[list[tuple[int, int]], list[int]]] = {}
    for key, span, headline in bare:
        if not key[1] or not headline:
            continue
        hits = by_key.get(key, [])
        if len(hits) != 1:
            continue
        g = hits[0]
        if id(g) not in ordered:
            spans = sorted(g.mentions)
            ordered[id(g)] = (spans, [max((b - a for a, b in spans), default=0)])
        spans, longest = ordered[id(g)]
        # a mention overlapping ``span`` ends after span[0], so it starts after span[0] - longest
        near = spans[bisect_left(spans, (span[0] - longest[0],)) : bisect_left(spans, (span[1],))]
        if not any(a < span[1] and span[0] < b for a, b in near):
            g.mentions.add(span)
            insort(spans, span)
            longest[0] = max(longest[0], span[1] - span[0])
