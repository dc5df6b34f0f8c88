"""The patterns that find the name before a position phrase.

"Budi Santoso (jaksa)", "Ajat, Sekda Kab. Bogor,", "Budi selaku Kepala Dinas" ...;
:mod:`beritanlp.rules.officials.patterns` lists them with the other patterns in the order tried.
"""

from __future__ import annotations

from beritanlp.lexicons.speech import speech_words
from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.long_titles import EVIDENCE_KINDS, MAX_LONG_TITLE, long_title_step
from beritanlp.rules.officials.lookups import place_at
from beritanlp.rules.officials.names import (
    MAX_NAME_TOKENS,
    name_backward,
    name_word,
    skip_titles,
)
from beritanlp.rules.officials.pairing import (
    Found,
    after_commas,
    clause_after_adjunct,
    clause_after_speaker,
    opening_word,
    paired,
    term_at,
)
from beritanlp.rules.officials.phrases import (
    Phrase,
    acting,
    phrase_at,
    short_form_of,
)
from beritanlp.rules.officials.vocab import (
    DEMONSTRATIVES,
    LIST_JOINERS,
    LOWER_JOIN,
    STOP_WORDS,
    TRIGGERS,
)


def name_before_parens(ctx: Context, ph: Phrase, lowered: bool) -> Found | None:
    """``[NAME] ([position] [term])``: "Budi Santoso (jaksa)", "X (Ketua MK 2013-2015)"."""
    end_tok, gap = after_commas(ctx, ph.end)
    term, _ = term_at(ctx, end_tok)
    if ctx.tok(end_tok) != ")" and ctx.tok(term) == ")":
        end_tok = term
    if ctx.tok(ph.start - 1) == "(" and ctx.tok(end_tok) != ")":
        end_tok = parens_tail(ctx, ph.end)
    if ctx.tok(ph.start - 1) != "(" or ctx.tok(end_tok) != ")":
        return None
    if ph.start >= 2 and short_form_of(ctx, max(0, ph.start - 13), ph.start - 1, end_tok):
        return None  # "Direktur Jenderal X dan Y (Dirjen XY)": the long form, not a name
    name = name_backward(ctx, ph.start - 1)
    if name is not None and opening_word(ctx, name):
        return None  # '"Beliau (Menlu X) mendukung': a pronoun opening the quote, no name
    return paired(ctx, ph, name, gap=gap, go_on=end_tok)


#: Tokens after a slash read for the bracket's end at most ("/ Dokter Kesehatan Jiwa)").
MAX_SECOND_ROLE = 6


def parens_tail(ctx: Context, e: int) -> int:
    """The closing bracket after a title's place or second role in brackets, else ``e``.

    "Budi (Kepala Dinas X Kabupaten Y, Jawa Timur)": the province of the title's place;
    "Ani (Anggota DPR RI/ Dokter ...)": a second, private role after a slash.
    """
    if ctx.tok(e) == ",":
        place = place_at(ctx, e + 1, False)
        if place is not None and ctx.tok(e + 1 + place[0]) == ")":
            return e + 1 + place[0]
    if ctx.tok(e) == "/":
        for k in range(e + 1, min(ctx.size, e + 2 + MAX_SECOND_ROLE)):
            if ctx.tok(k) in {"(", ","}:
                break
            if ctx.tok(k) == ")":
                return k
    return e


def name_before_comma(ctx: Context, ph: Phrase, lowered: bool) -> Found | None:
    """``[NAME], [position] [jurisdiction],``: "Ajat Rochmat Jatnika, Sekda Kabupaten Bogor,"."""
    e = ph.end
    end_tok, gap = after_commas(ctx, e)
    closes = (
        end_tok >= ctx.size
        or ctx.tok(end_tok) in {".", ")", '"', "”"}
        or (ctx.word(end_tok) and not ctx.toks[end_tok].cap)
        or end_tok > e
    )
    if ctx.tok(ph.start - 1) != "," or not closes or anaphoric_subject(ctx, e):
        return None
    name = name_backward(ctx, ph.start - 1)
    if name is not None and (
        clause_after_adjunct(ctx, name[0] - 1, e) or clause_after_speaker(ctx, name[0] - 1, e)
    ):
        return None  # "Menurut Budi, jaksa KPK menyebut ...": the title is the next subject
    if name is not None and end_tok == e and opening_word(ctx, name):
        return None  # "Terakhir, Presiden menjelaskan ...": an opening word, then the subject
    return paired(ctx, ph, name, gap=gap, go_on=e)


def anaphoric_subject(ctx: Context, e: int) -> bool:
    """Tell whether a demonstrative and a verb follow the title ending at ``e``.

    "Mengenai Formula E, mantan Menteri X tersebut mengaku ...": the title and its "tersebut"
    are the clause's subject, someone named before, not an apposition to the words before the
    comma ("Budi, Menteri X itu, mengatakan" is one).
    """
    if e >= ctx.size or ctx.norms[e] not in DEMONSTRATIVES:
        return False
    return ctx.word(e + 1) and not ctx.toks[e + 1].cap


def name_before_long_title(ctx: Context, ph: Phrase, lowered: bool) -> Found | None:
    """``[NAME], [position with portfolio words the lexicon lacks] [agency] [place],``.

    "Abdul Hadi, Kepala Bidang Guru dan Pendidikan Dinas Pendidikan Kota Singkawang, Kamis":
    between two commas, a title runs on through capitalised words when they hold a known
    agency, unit word or acronym; a lowercase word, a stop or date word or the sentence's end must
    follow the closing comma. "di [place]" closes the title as that comma would when a comma
    and a going-on clause, or the sentence's end, follow the place ("..., Direktur X
    Kementerian Y di Kota Z, Selasa", "... di Kota Z."; :func:`_located_end`).
    """
    if ctx.tok(ph.start - 1) != "," or not ctx.cap(ph.end) or ctx.person_at(ph.end) is not None:
        return None  # a name right after the title is its holder ("..., Sekretaris DPRD X Budi")
    j, lexical, close = ph.end, False, None
    while j < ctx.size and j - ph.end <= MAX_LONG_TITLE and ctx.tok(j) != ",":
        close = _located_end(ctx, j) if j > ph.end else None
        if close is not None:
            break  # "..., Direktur X Kementerian Y di Jakarta, Senin": where it was said
        step = long_title_step(ctx, j, j > ph.end)
        if step is None:
            return None
        j, kind = step
        lexical = lexical or kind in EVIDENCE_KINDS
    if close is None and (ctx.tok(j) != "," or not _clause_goes_on(ctx, j + 1)):
        return None
    if not lexical:
        return None
    if any(ctx.person_at(k) is not None for k in range(ph.end, j)):
        return None  # "..., Sekretaris DPRD X EA Deni Hermawan,": a name ends the title
    if ctx.norms[j - 1] in LOWER_JOIN:
        return None
    long = phrase_at(ctx, ph.start, allow_lower=lowered, until=j)
    if long is None:
        return None
    return paired(ctx, long, name_backward(ctx, ph.start - 1), gap=False, go_on=j)


def _located_end(ctx: Context, j: int) -> int | None:
    """The token after "di [place]" at ``j`` when the sentence or its clause goes on there.

    "Budi, Direktur X Kementerian Y di Jakarta, Senin" / "... di Jakarta." : a known place after
    "di" and then a comma before a going-on clause, or the sentence's end, closes the title
    as its comma would (:func:`name_before_long_title`).
    """
    if ctx.norms[j] != "di":
        return None
    place = place_at(ctx, j + 1, False)
    if place is None:
        return None
    k = j + 1 + place[0]
    if ctx.tok(k) == ",":
        return k if _clause_goes_on(ctx, k + 1) else None
    return k if k >= ctx.size or ctx.tok(k) in {".", '"', "”"} else None


def _clause_goes_on(ctx: Context, k: int) -> bool:
    """Tell whether token ``k`` goes on with the sentence after an apposition's comma."""
    if k >= ctx.size or ctx.tok(k) in {".", ")", '"', "”"}:
        return True
    return ctx.word(k) and (not ctx.toks[k].cap or ctx.norms[k] in STOP_WORDS)


def name_before_trigger(ctx: Context, ph: Phrase, lowered: bool) -> Found | None:
    """``[NAME] selaku/sebagai [position]``: "Budi selaku Kepala Dinas Pendidikan".

    Also with a verb of office and time words between ("Budi, yang saat ini menjabat sebagai
    Kepala Dinas", "Budi sudah pernah menjabat Sekda", "Budi merupakan Direktur ...", see
    :func:`office_clause_start`).
    """
    b = ph.start
    for trig in TRIGGERS:
        k = len(trig)
        if tuple(ctx.norms[b - k : b]) == trig and b - k > 0:
            s = b - k
            if ctx.tok(s - 1) == ",":
                s -= 1
            name = name_backward(ctx, s)
            if trig == ("sebagai",) and name is not None and _unheld_object(ctx, name[0]):
                # "mendampingi Budi sebagai wakil presiden": the subject's post (but "mendampingi
                # Budi, yang juga Kepala Dinas" describes Budi); "mencalonkan Budi sebagai
                # Kapolri": a post Budi is put forward for, not one he holds
                return None
            if trig[-1] in {"sebagai", "selaku"} and name is not None \
                    and titled(ctx, name[0]) and not acting(ctx, ph):
                # "surat kepada Presiden Budi sebagai Menteri X": Budi's post is given (but
                # "Sekda X Budi selaku Penjabat Wali Kota X" holds the acting post too)
                return None
            _, gap = after_commas(ctx, ph.end)
            found = paired(ctx, ph, name, gap=gap, go_on=ph.end)
            if found is not None or trig[-1] not in {"sebagai", "selaku"}:
                return found
            break  # "menjabat sebagai": the office clause below
    clause = office_clause_start(ctx, b)
    if clause is None or (not ph.items and ph.head.complement != "none"):
        return None  # "yang kini menjabat sebagai Direktur": of what is said elsewhere
    s, relative = clause
    name = name_backward(ctx, s)
    if name is None or (not relative and not subject_name(ctx, name[0])):
        return None
    if name[0] > 0 and ctx.norms[name[0] - 1] in LIST_JOINERS:
        return None  # "Budi dan Ani dilantik sebagai bupati dan wakil bupati": posts in turn
    if _joined_post(ctx, ph.end, lowered):
        return None  # "Budi semasa menjabat Bupati dan Ketua DPRD X": whose place?
    appointed = _appointment_clause(ctx, b)
    if appointed and not _title_closed(ctx, ph.end):
        return None  # "Budi dipilih menjadi Ketua Panitia X Kepala Desa Y": a cut title
    _, gap = after_commas(ctx, ph.end)
    found = paired(ctx, ph, name, gap=gap, go_on=ph.end)
    if found is not None:
        during = name[0] > 0 and ctx.norms[name[0] - 1] in DURING_WORDS  # "saat Budi menjabat"
        found[0].former = during or _past_clause(ctx, s, b)
        found[0].appointed = appointed
    return found


def _joined_post(ctx: Context, e: int, lowered: bool) -> bool:
    """Tell whether a second position phrase is joined to the one ending at ``e``.

    "Budi semasa menjabat Bupati dan Ketua DPRD X", "dilantik sebagai bupati dan
    wakil bupati X": the place after the second post is the first one's too, which the first
    phrase alone never reads; the clause gives no post rather than one without its place.
    """
    if e + 1 >= ctx.size or ctx.norms[e] not in LIST_JOINERS:
        return False
    return phrase_at(ctx, e + 1, allow_lower=lowered) is not None


def _title_closed(ctx: Context, e: int) -> bool:
    """Tell whether a title ending at token ``e`` (a term of office skipped) ends there.

    The sentence's or a clause's end, a bracket, a lowercase word or a stop or date word
    ("dilantik sebagai Bupati X pada Senin", "... Bupati X periode 2021-2026."); not a
    capitalised word or a number the strict phrase did not read ("Ketua Panitia Pemilihan
    Kepala Desa X", "Ketua RT 05", "Duta Besar Luar Biasa ..."): the title goes on past the
    words the position lexicon knows, and whatever it names is not read whole.
    """
    k, _ = term_at(ctx, e)
    if k >= ctx.size or ctx.tok(k) in {".", ",", ";", ":", "(", ")", '"', "”"}:
        return True
    if not ctx.word(k) or not ctx.tok(k)[:1].isalpha():
        return False  # "Ketua RT 05": a number the phrase did not read
    return not ctx.toks[k].cap or ctx.norms[k] in STOP_WORDS


#: Words after a word of time that make it the present ("yang saat ini menjabat": now).
PRESENT_WORDS: frozenset[str] = frozenset({"ini", "kini", "sekarang"})


def _past_clause(ctx: Context, s: int, b: int) -> bool:
    """Tell whether the office clause from ``s`` to the post at ``b`` puts the post in the past.

    A past word ("pernah", "sebelumnya", "yang saat itu menjabat") or a word of time the
    holder held it during ("Budi ketika menjabat", "semasa menjabat"); not "saat ini", "saat
    kini" (the post held now).
    """
    for k in range(s, b):
        if ctx.norms[k] in PAST_WORDS:
            return True
        if ctx.norms[k] in DURING_WORDS and ctx.norms[k + 1] not in PRESENT_WORDS:
            return True
    return False


def _appointment_clause(ctx: Context, b: int) -> bool:
    """Tell whether the post at ``b`` follows a verb of appointment ("dilantik sebagai X")."""
    return b > 1 and ctx.norms[b - 1] in {"sebagai", "menjadi"} \
        and ctx.norms[b - 2] in APPOINTED_VERBS


#: Tokens before a name searched for the start of its own title at most ("Wakil Ketua DPR RI").
MAX_TITLE_BEFORE = 8


def titled(ctx: Context, n: int) -> bool:
    """Tell whether a position phrase ends right before the name at ``n`` (ranks skipped).

    A name given with its title ("Presiden Budi", "Wakil Ketua DPR Ani") has its post there;
    "sebagai/selaku X" after it is a side role or the subject's post ("surat pengunduran diri
    kepada Presiden Budi sebagai Menteri X" is the writer's), never a second official.

    Parameters
    ----------
    ctx : Context
        The text's tokens and tables.
    n : int
        The name's first token.

    Returns
    -------
    bool
        Whether a position phrase (and maybe ranks or honorifics) ends right before ``n``.
    """
    for j in range(max(0, n - MAX_TITLE_BEFORE), n):
        if not ctx.toks[j].is_word:
            continue
        ph = phrase_at(ctx, j, allow_lower=False)
        if ph is not None and ph.end <= n and skip_titles(ctx, ph.end) == n:
            return True
    return False


def _unheld_object(ctx: Context, n: int) -> bool:
    """Tell whether the name at ``n`` is the object of a verb of :data:`UNHELD_OBJECT_VERBS`.

    The verb comes right before the name, or before the name's ranks and honorifics
    ("mencalonkan Komjen Budi"), or before "nama" (:data:`NAME_NOUNS`: "mengusulkan nama Ani").

    Parameters
    ----------
    ctx : Context
        The text's tokens and tables.
    n : int
        The name's first token.

    Returns
    -------
    bool
        Whether such a verb has the name as its object.
    """
    for j in range(max(0, n - MAX_TITLE_BEFORE), n + 1):
        if j < n and (not ctx.toks[j].is_word or skip_titles(ctx, j) != n):
            continue  # no titles from here to the name
        k = j - 1
        if k > 0 and ctx.norms[k] in NAME_NOUNS:
            k -= 1
        if k >= 0 and ctx.norms[k] in UNHELD_OBJECT_VERBS:
            return True
    return False


#: Verbs whose object is the one the subject goes with, so "sebagai X" after the object is the
#: subject's post ("mendampingi Budi sebagai wakil presiden": Budi's deputy is X).
COMPANION_VERBS: frozenset[str] = frozenset({"mendampingi", "menemani"})
#: Verbs of putting someone forward for a post: "sebagai X" after their object names a post
#: the object is a candidate for ("mencalonkan Budi sebagai Kapolri", "mengusulkan Ani sebagai
#: Sekda"), not one held.
NOMINATING_VERBS: frozenset[str] = frozenset(
    "mencalonkan menominasikan mengusulkan mengajukan menjagokan mengusung merekomendasikan".split()
)
#: Verbs after whose object "sebagai X" names no post the object holds.
UNHELD_OBJECT_VERBS: frozenset[str] = COMPANION_VERBS | NOMINATING_VERBS
#: Nouns between a nominating verb and the name it puts forward ("mengusulkan nama Budi").
NAME_NOUNS: frozenset[str] = frozenset({"nama"})
#: Verbs that say the subject holds (or held) the post named after them.
OFFICE_VERBS: frozenset[str] = frozenset({"menjabat", "merupakan"})
#: Words between a name and a verb of office ("yang saat ini", "sudah pernah", "sebelumnya").
OFFICE_ADVERBS: frozenset[str] = frozenset(
    "saat ini itu kini sekarang sudah telah pernah sempat masih juga sebelumnya dulu dahulu "
    "tengah sedang pun".split()
)
#: Verbs of being made a holder, read with "sebagai"/"menjadi" after them ("Budi dilantik
#: sebagai Bupati X", "Ani ditunjuk menjadi Plt Kepala Dinas"): the subject holds the post.
APPOINTED_VERBS: frozenset[str] = frozenset(
    "dilantik ditetapkan ditunjuk diangkat terpilih dipilih".split()
)
#: Time words that put a post in the past ("pernah menjabat", "yang saat itu menjabat").
PAST_WORDS: frozenset[str] = frozenset("itu pernah sempat sebelumnya dulu dahulu".split())
#: Words before a name that put its verb of office in the past ("ketika Budi menjabat ...").
DURING_WORDS: frozenset[str] = frozenset("saat ketika semasa selama sewaktu".split())
#: Time words read between a name and a verb of office at most.
MAX_OFFICE_ADVERBS = 3
#: Words before a name that make it no subject of the verb after it: an agent ("ditunjuk oleh
#: X menjabat ..."), a partner ("bertemu dengan X saat menjabat ..."), a speaker ("lanjut X": the
#: ``officials_subject`` rows of ``lexicons/data/speech_verbs.txt``, :data:`LOWER_CUES`' speech
#: verbs with "lanjut" and "tambah").
NOT_SUBJECT: frozenset[str] = speech_words("officials_subject") | frozenset(
    "oleh dengan kepada bersama terhadap untuk".split()
)


def subject_name(ctx: Context, a: int) -> bool:
    """Tell whether the name starting at token ``a`` may be the subject of the verb after it.

    Not after an agent's, partner's or speaker's word (:data:`NOT_SUBJECT`), also with the
    name's own title between ("ditunjuk oleh Presiden Budi menjabat ...").
    """
    k = a
    while k > 0 and k > a - MAX_LONG_TITLE and ctx.cap(k - 1):
        k -= 1
    return k == 0 or ctx.norms[k - 1] not in NOT_SUBJECT


def office_clause_start(ctx: Context, b: int) -> tuple[int, bool] | None:
    """Where "[yang] [time words] menjabat [sebagai]" before ``b`` starts, and whether "yang" did.

    "yang saat ini menjabat sebagai", "sudah pernah menjabat", "yang sebelumnya merupakan":
    a verb of office (:data:`OFFICE_VERBS`), optionally followed by "sebagai" or "selaku",
    after up to three time words and an optional "yang" (with a comma before it). Without
    "yang" the name must come right before ("Budi saat menjabat ...", not "X, saat menjabat":
    the subject of such a clause stands elsewhere).
    """
    k = b
    introduced = k > 0 and ctx.norms[k - 1] in {"sebagai", "selaku", "menjadi"}
    if introduced:
        k -= 1
    if k <= 0 or not (
        ctx.norms[k - 1] in OFFICE_VERBS
        or (introduced and ctx.norms[k - 1] in APPOINTED_VERBS and ctx.norms[k] != "selaku")
    ):
        return None
    if ctx.norms[k] == "menjadi" and ctx.norms[k - 1] in OFFICE_VERBS:
        return None  # "merupakan menjadi": no verb of office
    k -= 1
    n = 0
    while k > 0 and n < MAX_OFFICE_ADVERBS and ctx.norms[k - 1] in OFFICE_ADVERBS:
        k -= 1
        n += 1
    if k > 0 and ctx.norms[k - 1] in DURING_WORDS and not _relative_before(ctx, k - 1):
        k -= 1  # "Budi ketika menjabat sebagai ...", "Budi semasa menjabat ..."
    relative = k > 0 and ctx.norms[k - 1] == "yang"
    if relative:
        k -= 1
        if k > 0 and ctx.tok(k - 1) == ",":
            k -= 1
    return (k, relative) if k > 0 and ctx.word(k - 1) else None


def _relative_before(ctx: Context, k: int) -> bool:
    """Tell whether "yang" stands right before token ``k`` (a relative clause, not a subject)."""
    return k > 0 and ctx.norms[k - 1] == "yang"


#: Tokens from a rank's first word to the position after the name at most.
MAX_RANKED_SPAN = 10


def name_before_ranked(ctx: Context, ph: Phrase, lowered: bool) -> Found | None:
    """``[rank] [NAME] [position] [jurisdiction] [verb]``: "Irjen Pol Budi Santoso Kapolda X".

    The rank opens the noun phrase (at a clause's start or after a lowercase word, not in a
    list after a comma) and says that the capitalised words after it are a name; the
    position follows the name with no comma, and the clause goes on after the phrase with a
    lowercase word.
    """
    b = ph.start
    if b < 2 or not _clause_after(ctx, ph.end):
        return None
    for r in range(max(0, b - MAX_RANKED_SPAN), b - 1):
        if r > 0 and (ctx.cap(r - 1) or ctx.tok(r - 1) == ","):
            continue  # inside a capitalised run or a list: no rank opening a clause
        q = skip_titles(ctx, r)
        if q <= r or q >= b:
            continue
        if b - q > MAX_NAME_TOKENS or not all(name_word(ctx, k) for k in range(q, b)):
            continue
        if any(k in ctx.blocked for k in range(q, b)):
            return None
        return paired(ctx, ph, (q, b), gap=False, go_on=ph.end)
    return None


def _clause_after(ctx: Context, k: int) -> bool:
    """Tell whether a lowercase word (a verb: the clause goes on) follows at token ``k``.

    Not punctuation: "Komjen Budi Santoso Jabat Irjen Kemenperin, ...": a headline-style
    list whose title-case verb would be read into the name.
    """
    return ctx.word(k) and not ctx.toks[k].cap and ctx.norms[k] not in LOWER_JOIN
