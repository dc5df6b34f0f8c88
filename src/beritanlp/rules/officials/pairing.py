"""What the pairing patterns share: their result, the checks after a phrase, terms of office.

A pattern (:data:`Pattern`) returns a :data:`Found` (the candidate and where the scan goes on)
built by :func:`paired`; :func:`name_ends_clause` and :func:`listed_name` tell whether a name
stands alone; :func:`term_end` skips a term of office ("periode 2014-2019").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from beritanlp.lexicons.speech import speech_words
from beritanlp.rules.officials.candidates import Candidate, make_candidate
from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.lookups import agency_at
from beritanlp.rules.officials.names import skip_titles
from beritanlp.rules.officials.phrases import (
    Phrase,
    head_at,
    phrase_at,
)
from beritanlp.rules.officials.tokens import is_acronym
from beritanlp.rules.officials.vocab import (
    LOWER_JOIN,
    STOP_WORDS,
    TRIGGERS,
)

#: Words before the years of a term of office ("periode 2014-2019").
TERM_WORDS: frozenset[str] = frozenset({"periode", "masa", "era", "tahun"})
#: A year or a range of years after a title ("Ketua Dewan Pers 2016-2019, Budi").
YEARS = re.compile(r"(?:19|20)\d\d(?:[-–/](?:19|20)\d\d)?")
#: A pattern's result: the candidate and the token where the scan goes on.
Found = tuple[Candidate, int]
#: A pattern: (context, phrase, whether the phrase may be lowercase) -> result or None.
Pattern = Callable[[Context, Phrase, bool], Found | None]
#: Words that govern the name or title right after them and end with it: the phrase after the
#: comma that follows is a new clause ("Menurut Budi, jaksa menyebut ...", "Selain Budi,
#: menteri lain ..."), not an apposition. Not speech verbs: "kata Budi, ketua RT setempat"
#: and "kata Kepala X, Budi didampingi ..." are appositions.
CLAUSE_ADJUNCTS: frozenset[str] = frozenset(
    {"menurut", "selain", "dari", "kepada", "pernyataan", "keputusan"}
)
#: Adverbs between a clause's subject and its verb ("Menurut Budi, jaksa kemudian menyebut").
CLAUSE_ADVERBS: frozenset[str] = frozenset(
    "juga kemudian lalu lantas langsung kembali segera pun".split()
)
#: "Other" after the second of the two: "Selain Budi, [kepala daerah lainnya] yang ...", a new
#: subject (the others), not an apposition.
OTHER_WORDS: frozenset[str] = frozenset({"lainnya", "lain"})
#: Lowercase words that go on an apposition after a title ("Budi, Kepala Dinas X yang ...",
#: "... di Makassar", "... saat ditemui", "... terpilih").
APPOSITION_GOES_ON: frozenset[str] = frozenset(
    """yang di dalam saat ketika kini dari asal pada itu ini tersebut selaku sekaligus periode
    masa untuk ke bersama usai seusai sejak hingga sampai kala sewaktu terpilih sementara
    nonaktif kepada melalui seperti dan serta atau""".split()
)
#: Words that open a predicate without a verb's prefix: modals, aspect, negation ("jaksa KPK
#: bisa ...", "Budi tidak ...").
PREDICATE_WORDS: frozenset[str] = frozenset(
    """akan tidak tak bisa dapat telah harus seharusnya mesti perlu pernah sempat mampu ingin
    mau enggan sedang tengah adalah ialah justru""".split()
)
#: Prefixes of a verb ("menerima", "berharap", "diminta", "terlibat").
VERB_PREFIXES: tuple[str, ...] = ("me", "ber", "di", "ter")
#: Words with such a prefix that are no verbs ("menteri", "dinas", "tersangka", "terkait").
PREFIXED_NON_VERBS: frozenset[str] = frozenset(
    """menteri media meja merah mereka medan megah menjelang menuju mengenai menurut dinas
    direktur direksi dirut dirjen diri dini distrik divisi disana disini disitu dimana
    diantaranya terdakwa tersangka terpidana terminal tertua terkait termasuk terutama
    terhadap tertentu berita beras berkas berbagai beberapa berdasarkan beserta""".split()
)


def verb_like(norm: str) -> bool:
    """Tell whether a lowercase word opens a predicate: a verb or one of :data:`PREDICATE_WORDS`.

    Parameters
    ----------
    norm
        The word, casefolded.

    Returns
    -------
    bool
        True for "menerima", "berharap", "diminta", "akan", "tidak"; False for "setempat",
        "belum", "menteri" (a prefix on no verb: :data:`PREFIXED_NON_VERBS`).
    """
    if norm in PREDICATE_WORDS:
        return True
    return (
        len(norm) >= 5
        and norm.startswith(VERB_PREFIXES)
        and norm not in PREFIXED_NON_VERBS
        and norm not in APPOSITION_GOES_ON
    )


def after_commas(ctx: Context, e: int) -> tuple[int, bool]:
    """Skip commas from token ``e``; return the next token and whether a scraper gap showed."""
    j = e
    gap = False
    count = 0
    while j < ctx.size and ctx.toks[j].text == ",":
        count += 1
        before = ctx.text[ctx.toks[j].start - 1] if ctx.toks[j].start else ""
        if before.isspace():
            gap = True
        j += 1
    if count > 1:
        gap = True
    return j, gap


def past_adverb(ctx: Context, k: int) -> int:
    """The token after a lowercase adverb at ``k`` (:data:`CLAUSE_ADVERBS`), else ``k``."""
    if k < ctx.size and ctx.norms[k] in CLAUSE_ADVERBS and not ctx.toks[k].cap:
        return k + 1
    return k


def clause_after_adjunct(ctx: Context, before: int, after: int) -> bool:
    """Tell whether a comma splits an adjunct's word from a new clause's subject and verb.

    "Menurut [jaksa], [Rommy] menerima", "Menurut [Rommy], [jaksa KPK] menyebut": the word
    before the first of the two (name or title) is one of :data:`CLAUSE_ADJUNCTS`, and the
    word after the second (after an adverb: "jaksa kemudian menyebut") opens a predicate
    (:func:`verb_like`) or is "lainnya" ("Selain Budi, kepala daerah lainnya yang ...").
    Else the two are one person ("kepada Budi, kepala desa setempat", "dari Budi, Kepala
    Dinas X belum lama ini").

    Parameters
    ----------
    ctx
        The text's context.
    before
        The token before the first of the two.
    after
        The token after the second.

    Returns
    -------
    bool
        True where the second is the next clause's subject, not an apposition.
    """
    if before < 0 or ctx.norms[before] not in CLAUSE_ADJUNCTS:
        return False
    after = past_adverb(ctx, after)
    return (
        after < ctx.size
        and ctx.word(after)
        and not ctx.toks[after].cap
        and (verb_like(ctx.norms[after]) or ctx.norms[after] in OTHER_WORDS)
    )


#: Words before a quote's speaker that a new clause may follow after a comma: the speech words
#: and the verbs that go on a report ("lanjut Budi, Wali Kota X menyampaikan ..."), the
#: ``officials_clause`` rows of ``lexicons/data/speech_verbs.txt`` (:data:`SPEECH_BEFORE` with
#: "lanjut", "tambah", "sambung").
SPEAKER_WORDS: frozenset[str] = speech_words("officials_clause")


def clause_after_speaker(ctx: Context, before: int, after: int) -> bool:
    """Tell whether a comma splits a quote's speaker from a title opening the next clause.

    "kata Budi, pimpinan DPR berpesan ...", "lanjut Budi, Wali Kota X menyampaikan ...": the
    word before the name is a speech word (:data:`SPEAKER_WORDS`) and an active verb follows
    the title, after an adverb at most (:func:`verb_like`, not "di-": "kata Budi, Kepala Desa
    X ditemui ..." is an apposition). "kata Budi, ketua RT setempat" is one too (no verb).

    Parameters
    ----------
    ctx
        The text's context.
    before
        The token before the name.
    after
        The token after the title.

    Returns
    -------
    bool
        True where the title is the next clause's subject, not the speaker's apposition.
    """
    if before < 0 or ctx.norms[before] not in SPEAKER_WORDS:
        return False
    after = past_adverb(ctx, after)
    if after >= ctx.size or not ctx.word(after) or ctx.toks[after].cap:
        return False
    norm = ctx.norms[after]
    return verb_like(norm) and not norm.startswith("di")


#: Words after a speaker and a comma that name another person ("kata Retno, seorang pedagang",
#: "kata Retno, warga setempat"): the speaker is not the holder.
OTHER_PERSON_WORDS: frozenset[str] = frozenset({"seorang", "salah", "warga", "pedagang"})
#: Lowercase words after a speaker and a comma that go on the speaker's clause ("ujar Ganjar,
#: saat ditemui"), not an apposition naming them.
SPEAKER_GOES_ON: frozenset[str] = frozenset(
    "saat ketika usai seusai di dalam pada kepada seperti sebagaimana sapaan".split()
)


def speaker_apposed(ctx: Context, k: int) -> bool:
    """Tell whether a comma at token ``k`` opens an apposition that names a person.

    One of :data:`OTHER_PERSON_WORDS`, or a lowercase word that neither goes on the clause
    (:data:`SPEAKER_GOES_ON`) nor opens a predicate (:func:`verb_like`: "kata Anies, akan
    ..."); a capitalised word ("ujar Ganjar, Minggu (15/9)", "kata Anies, Gubernur DKI") is
    no other person's.
    """
    if ctx.tok(k) != "," or not ctx.word(k + 1):
        return False
    norm = ctx.norms[k + 1]
    if norm in OTHER_PERSON_WORDS:
        return True
    return not ctx.toks[k + 1].cap and norm not in SPEAKER_GOES_ON and not verb_like(norm)


def name_ends_clause(ctx: Context, j: int) -> bool:
    """Tell whether the name that ends before token ``j`` is not followed by more name or title."""
    if j >= ctx.size:
        return True
    t = ctx.toks[j]
    if not t.is_word:
        return True
    for trig in TRIGGERS:
        k = j + len(trig)
        if tuple(ctx.norms[j:k]) == trig and head_at(ctx, k, True) is not None:
            return False  # "..., Budi sebagai Deputi X": the name has its own title
    return not t.cap or t.norm in STOP_WORDS


def alias_acronym(ctx: Context, j: int) -> bool:
    """Tell whether "atau" and an acronym or one-word agency stand at token ``j``.

    "Menteri Badan Usaha Milik Negara atau BUMN Rini": the acronym after "atau" names the
    title's unit again, as one in parentheses does.
    """
    k = j + 1
    if k >= ctx.size or ctx.norms[j] != "atau" or not ctx.cap(k):
        return False
    if is_acronym(ctx.tok(k)):
        return True
    agency = agency_at(ctx, k)
    return agency is not None and agency[0] == 1


def extended(ctx: Context, ph: Phrase, lowered: bool) -> Phrase | None:
    """The phrase at ``ph.start`` read with the extended complement (any capitalised word)."""
    return phrase_at(ctx, ph.start, allow_lower=lowered, extend=True)


def paired(
    ctx: Context, ph: Phrase, name: tuple[int, int] | None, gap: bool, go_on: int | None = None
) -> Found | None:
    """The candidate of ``ph`` and ``name`` with where to go on (default: after the name)."""
    if name is None:
        return None
    cand = make_candidate(ctx, ph, name, gap=gap)
    if cand is None:
        return None
    return cand, name[1] if go_on is None else go_on


def term_end(ctx: Context, e: int) -> int:
    """Skip a term of office right after a phrase ("periode 2009-2014", "2016-2019").

    "mantan anggota DPR periode 2009-2014 Budi Santoso": the years say when, not who.
    Only before a capitalised word (the name); a lone year only after "periode", "masa" ...
    ("Piala Bupati 2019 X" names a tournament).
    """
    k, worded = term_at(ctx, e)
    if k == e or not ctx.cap(k):
        return e
    return k if worded or len(ctx.toks[k - 1].text) > 4 else e  # a lone year: an event's


def term_at(ctx: Context, e: int) -> tuple[int, bool]:
    """The token after a term of office at ``e``, and whether a word introduced it.

    A term: a year or a range of years, after "periode", "masa", "era" or "tahun" or not
    ("periode 2013-2015", "2015-2019"). ``(e, False)`` where none begins at ``e``.
    """
    worded = e < ctx.size and ctx.norms[e] in TERM_WORDS
    k = e + 1 if worded else e
    if k < ctx.size and YEARS.fullmatch(ctx.toks[k].text):
        return k + 1, worded
    return e, False


def listed_name(ctx: Context, b: int) -> bool:
    """Tell whether another name follows the one ending before ``b`` ("A, B dan C")."""
    if b + 1 >= ctx.size or not (ctx.tok(b) == "," or ctx.norms[b] in LOWER_JOIN):
        return False
    return ctx.cap(b + 1) and ctx.norms[b + 1] not in STOP_WORDS


def time_qualifier_end(ctx: Context, e: int) -> int:
    """Skip a qualifier after a phrase before a comma.

    A time ("saat itu", "saat ini", "periode 2014-2019", "2016-2019"), "setempat" ("the local one":
    "Kapolres setempat, AKBP Budi") or "lainnya" ("another one").
    """
    if ctx.norms[e : e + 2] in (
        ["saat", "itu"], ["kala", "itu"], ["ketika", "itu"], ["saat", "ini"], ["yang", "baru"],
        ["yang", "lama"],
    ):
        return e + 2 if ctx.tok(e + 2) == "," else e  # also "Bupati X yang baru, Budi"
    if e < ctx.size and ctx.norms[e] in {"setempat", "lainnya"} and ctx.tok(e + 1) == ",":
        return e + 1  # also "Anggota Komisi IV DPR lainnya, Budi": one more member
    k, _ = term_at(ctx, e)
    return k if k > e and ctx.tok(k) == "," else e  # "Ketua Dewan X 2016-2019, Budi"


def opening_word(ctx: Context, name: tuple[int, int]) -> bool:
    """Tell whether a name is one word that opens its sentence and is no one's name.

    Its capital says nothing ("Terakhir, Presiden menjelaskan"; "Menteri X,Kurang dari lima
    bulan": a joint, then a new sentence), so a word no PERSON span reads and the text never
    writes capitalised inside a sentence ("ujar Amil" makes "Amil" a name) is no name. Not a
    word after a colon ("Menteri X: Budi", a list) or after a title's abbreviation ("HM.
    Sanusi"). A scraper's gap before it ("Menteri X ,Wulandari") is read by the caller
    first: a dropped first name.
    """
    a, b = name
    if b - a != 1 or not ctx.toks[a].sent_start or ctx.tok(a - 1) == ":":
        return False
    if ctx.person_ending(b) is not None:
        return False
    if a >= 2 and ctx.tok(a - 1) == "." and skip_titles(ctx, a - 2) >= a:
        return False
    return ctx.toks[a].text not in ctx.inside_sentence_words
