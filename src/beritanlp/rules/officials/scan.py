"""The scan over a text: every position phrase paired with its holders, and the bare titles.

:func:`find_candidates` walks the tokens, reads a phrase where a head starts, lets
:func:`~beritanlp.rules.officials.patterns.pair_phrase` pair it with a name and adds the further
holders of a shared or plural post ("Wakil Ketua DPR A dan B", "Wakil Ketua DPR A, B dan C",
"para Bupati A, B dan C").
"""

from __future__ import annotations

from typing import NamedTuple

from beritanlp.rules.officials.also import also_holder
from beritanlp.rules.officials.candidates import Candidate, make_candidate
from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.jurisdiction import split_phrase
from beritanlp.rules.officials.lists import (
    MAX_LISTED,
    cue_list_holders,
    listed_holders,
    plural_before,
)
from beritanlp.rules.officials.lookups import agency_at, known_party
from beritanlp.rules.officials.pairing import listed_name, name_ends_clause
from beritanlp.rules.officials.patterns import pair_phrase
from beritanlp.rules.officials.phrases import (
    Phrase,
    acting,
    modifiers_end,
    phrase_at,
)
from beritanlp.rules.officials.vocab import (
    BIRTH_ORDER,
    CANDIDACY_WORDS,
    DOCUMENT_WORDS,
    EVENT_WORDS,
    KIN_WORDS,
    LOWER_CUES,
    PARTIES,
    RELATION_PAIRS,
    RELATION_WORDS,
    TRIGGERS,
    VENUE_WORDS,
)

#: Posts several people hold at once, as written with their modifiers (:attr:`Phrase.canonical`):
#: "Wakil Ketua DPR A dan B" names two deputies, "Gubernur X A dan B" one governor.
SHARED_POSTS: frozenset[str] = frozenset(
    {
        "Wakil Ketua", "Wakil Ketua Umum", "Komisioner", "Hakim", "Hakim Agung",
        "Hakim Konstitusi", "Hakim Anggota", "Jaksa", "Deputi", "Staf Khusus",
        "Staf Ahli", "Wakil Sekretaris Jenderal", "Senator", "Legislator",
    }
)
#: Words before a phrase that make it part of a document's, a building's or an event's name.
_NOT_HELD_AFTER: frozenset[str] = DOCUMENT_WORDS | VENUE_WORDS | EVENT_WORDS
#: Document words that, in lowercase, name an act of the post's holder ("penetapan", "surat").
ACTS: frozenset[str] = DOCUMENT_WORDS - {"jabatan"}
#: Last words of the triggers ("sebagai", "menjabat" ...).
TRIGGER_LAST: frozenset[str] = frozenset(trig[-1] for trig in TRIGGERS)


class BareTitle(NamedTuple):
    """A position phrase without a name."""

    key: tuple[str, str]  # the post's key
    span: tuple[int, int]  # character offsets of the phrase
    headline: bool  # in a title-case line


def _acting_post(ctx: Context, ph: Phrase) -> list[BareTitle]:
    """The post itself of an acting title written without a name ("Plt Menteri X" -> "Menteri X").

    "Pelaksana Tugas (Plt) Menteri X , ..." names the post whose holder of record the table of
    office holders may give (:mod:`~beritanlp.rules.officials.known_holders`), as the post
    written without its acting modifier does; the acting person is no holder of the table.
    Empty for other modifiers ("Wakil", "mantan") and for a phrase without a modifier.
    """
    head = modifiers_end(ctx, ph.start)
    if head <= ph.start or not acting(ctx, ph):
        return []
    post = phrase_at(ctx, head, allow_lower=True)
    split = split_phrase(ctx, post, gap=False) if post is not None else None
    if post is None or split is None or post.end != ph.end:
        return []
    span = (ctx.toks[head].start, ctx.toks[post.end - 1].end)
    return [BareTitle(split.key, span, ctx.toks[head].title_line)]


def not_held(ctx: Context, i: int) -> bool:
    """Tell whether the phrase at ``i`` is part of a document's, building's or election's name.

    "Peraturan Menteri ...", "Kantor Wali Kota ...", "Pemilihan Kepala Desa Serentak"; not
    an electoral district's "daerah pemilihan Ketua DPR, Budi" (Budi's district). A document
    word in lowercase names an act of the holder, not a document's title: "penetapan
    Menpora Budi sebagai tersangka", "surat Gubernur X Budi" (Budi holds the post); not
    "jabatan" ("jabatan Ketua Dewan Pengarah X": the post's name goes on). The end of an
    agency's name is no post either (:func:`inside_agency_name`).
    """
    if i == 0:
        return False
    if inside_agency_name(ctx, i):
        return True
    if ctx.norms[i - 1] not in _NOT_HELD_AFTER:
        return False
    if ctx.norms[i - 1] in ACTS and not ctx.toks[i - 1].cap:
        return False
    return not (ctx.norms[i - 1] == "pemilihan" and i > 1 and ctx.norms[i - 2] == "daerah")


def inside_agency_name(ctx: Context, i: int) -> bool:
    """Tell whether an agency's name begun before token ``i`` runs over it.

    "Kantor Staf Presiden", "Dewan Pertimbangan Presiden", "Sekretariat Wakil Presiden" (names
    of the agency table): the person after the name works in the office ("Tenaga Ahli Kantor
    Staf Presiden Budi"), they do not hold the post it is named after. Up to
    :data:`_UNIT_REACH` words before the post are read; a name starts with a capital, so a
    lowercase word before the post leaves the title its own ("para staf khusus Presiden Budi").
    """
    if not ctx.toks[i - 1].cap:
        return False
    for k in range(max(0, i - _UNIT_REACH), i):
        found = agency_at(ctx, k)
        if found is not None and k + found[0] > i:
            return True
    return False


def candidacy_before(ctx: Context, i: int) -> bool:
    """Tell whether "calon"/"bakal calon" comes before the phrase at ``i`` (not held)."""
    k = i - 1
    for _ in range(2):  # lowercase modifiers in between: "calon wakil Bupati"
        if k >= 0 and not ctx.toks[k].cap and ctx.lexicon_at(k, ("modifier",)):
            k -= 1
    return k >= 0 and ctx.norms[k] in CANDIDACY_WORDS


def relation_before(ctx: Context, i: int) -> bool:
    """Tell whether a word for someone close to a post's holder comes right before token ``i``.

    "Ajudan Bupati", "istri Gubernur", "Asisten Pribadi Menpora" (:data:`RELATION_WORDS`).
    """
    if i > 0 and ctx.norms[i - 1] in RELATION_WORDS:
        return True
    return i > 1 and (ctx.norms[i - 2], ctx.norms[i - 1]) in RELATION_PAIRS


def kin_named(ctx: Context, i: int, cand: Candidate | None) -> Candidate | None:
    """The candidate of the title at ``i``, unless a kin word before it makes the name theirs.

    After "putra Bupati X" (:func:`kin_before`), the name written right after the title is
    its holder's ("anak Wali Kota X Budi Santoso": Budi is the mayor); a name after a comma
    ("Putra sulung Bupati X, Budi Santoso") or before the kin word is the kin's. Where the kin
    phrase is itself an apposition ("Andi, putra Bupati X, Budi Santoso, ..."), the kin was
    named before it and the name after the title is the holder's.
    """
    if cand is None or not kin_before(ctx, i):
        return cand
    end = cand.title_span[1]
    if cand.name_start >= end and "," not in ctx.text[end : cand.name_start]:
        return cand
    kin = i - 2 if ctx.norms[i - 1] in BIRTH_ORDER else i - 1
    if cand.name_start >= end and kin > 0 and ctx.tok(kin - 1) == ",":
        return cand
    return None


def kin_before(ctx: Context, i: int) -> bool:
    """Tell whether a kin word ends right before token ``i``, with a birth order between.

    "putra Bupati X", "Putra kedua Presiden ke-3 RI", "cucu sulung Wali Kota X"
    (:data:`KIN_WORDS`, :data:`BIRTH_ORDER`): not a kin word inside a PERSON span ("Eka
    Putra").
    """
    k = i - 1
    if k > 0 and ctx.norms[k] in BIRTH_ORDER:
        k -= 1
    return k >= 0 and ctx.norms[k] in KIN_WORDS and ctx.person_at(k) is None


def lower_starts(ctx: Context) -> set[int]:
    """Token indices where a lowercase title may start (see :func:`lower_start`)."""
    return {i for i in range(1, ctx.size + 1) if lower_start(ctx, i)}


def lower_start(ctx: Context, i: int) -> bool:
    """Tell whether a lowercase title may start at token ``i``.

    After "sebagai"/"selaku"/..., "(", a speech verb or "menurut" ("kata juru bicara
    kementerian, X"), and a comma after a name ("KC, anggota DPRD Kabupaten Malang"). Asked
    only where a phrase may begin, so the text is never scanned for it.
    """
    if i <= 0:
        return False
    prev = ctx.norms[i - 1]
    if prev == "(" or prev in LOWER_CUES:
        return True
    if prev == ",":
        return i > 1 and name_before(ctx, i - 1)
    if prev not in TRIGGER_LAST:
        return False
    norms = ctx.norms
    return any(tuple(norms[i - len(trig) : i]) == trig for trig in TRIGGERS if i >= len(trig))


def name_before(ctx: Context, i: int) -> bool:
    """Tell whether a PERSON span or a person's initials ("KC") end right before token ``i``."""
    if ctx.person_ending(i) is not None:
        return True
    prev = ctx.toks[i - 1].text
    initials = 2 <= len(prev) <= 3 and prev.isalpha() and prev.isupper()
    return initials and agency_at(ctx, i - 1) is None


def lower_title_at(ctx: Context, i: int) -> Phrase | None:
    """A lowercase title at ``i`` worth reading with no cue before it, or None.

    "anggota DPRD Kota X, Budi", "mantan presiden RI Budi Santoso": written in lowercase
    in running text, a title counts only with an institution, a party's faction or a
    bench's title (:func:`bench_title`) and the evidence :func:`named_by_ner` asks for.
    """
    if not ctx.have_persons or ctx.toks[i].cap:
        return None
    ph = phrase_at(ctx, i, allow_lower=True)
    if ph is None or not (names_institution(ph) or names_party(ctx, ph) or bench_title(ph)):
        return None
    return ph


def bench_title(ph: Phrase) -> bool:
    """Tell whether a phrase's head is a judicial head of more than one word.

    "dipimpin hakim ketua Budi", "ketua majelis hakim Budi", and also a prosecutor's post
    ("jaksa agung Budi", "jaksa agung muda Budi"): every lexicon head of the judicial category
    written in more than one word is a public post without an institution after it (a court's
    or the prosecution service's). A bare "hakim" or "jaksa" is left to the cues.
    """
    return ph.head.category == "judicial" and len(ph.head.text.split()) > 1


def names_institution(ph: Phrase) -> bool:
    """Tell whether a phrase's complement holds an agency, a place or an acronym."""
    return any(it.kind in {"agency", "place", "acronym"} for it in ph.items)


def names_party(ctx: Context, ph: Phrase) -> bool:
    """Tell whether a phrase's complement names a party's faction ("anggota Fraksi Partai Xyz").

    A party's name is no institution of its own (parties are no agencies), but a faction of
    one is a legislature's body: "anggota Fraksi Partai Demokrat Budi" holds a seat.
    """
    units = {ctx.norms[it.start] for it in ph.items if it.kind == "unit"}
    if "fraksi" not in units:
        return False
    return any(
        known_party(ctx.norms[k], PARTIES) for it in ph.items for k in range(it.start, it.end)
    )


#: What closes a name after a lowercase title's comma: another comma, or the sentence's end
#: ("ditanyakan anggota Komisi II DPR, Budi Santoso."); "" is the text's end.
APPOSITION_CLOSERS: frozenset[str] = frozenset({",", ".", ""})


def named_by_ner(ctx: Context, cand: Candidate) -> bool:
    """Tell whether a lowercase title's candidate is a name the NER found after the title.

    The title names an institution or a place (:func:`lower_title_at` asked for it:
    "anggota DPRD Kota X"; a bare "wakil presiden" may be a student body's), and the name
    must follow it and hold a PERSON
    span (the NER may cut a name the fallback reads whole: "Budi Santoso" of a span
    "Santoso"). A name after a comma must be closed by one too, as an apposition is, or end
    the sentence ("menjadi anggota DPR, Budi adalah ...": the clause goes on with someone
    else; "ditanyakan anggota DPR, Budi." ends with the name).
    """
    if cand.name_start < cand.title_span[1]:
        return False
    between = ctx.text[cand.title_span[1] : cand.name_start]
    if "," in between and ctx.text[cand.name_end : cand.name_end + 1] not in APPOSITION_CLOSERS:
        return False
    return ctx.person_overlaps(cand.name_start, cand.name_end)


def co_holder(ctx: Context, ph: Phrase, cand: Candidate, b: int) -> Candidate | None:
    """A second holder of a post many hold, joined by "dan" to the name ending before ``b``.

    "Wakil Ketua DPR Budi Santoso dan Ani Lestari", "hakim agung A dan B": the post is
    shared (:data:`SHARED_POSTS`), the second name is a PERSON span the NER found, and it
    ends its clause (no third name: a list is left alone). Not "Gubernur X Budi dan Ani".
    """
    if b + 1 >= ctx.size or ctx.norms[b] not in {"dan", "serta"} or not shared_post(ph):
        return None
    if cand.name_start < cand.title_span[1] or ctx.toks[b - 1].end != cand.name_end:
        return None  # only a name right after the title, read up to "dan"
    end = ctx.person_at(b + 1)
    if end is None or ctx.inside_person(b + 1) or not name_ends_clause(ctx, end):
        return None
    if listed_name(ctx, end) or ctx.tok(end) == "(":
        return None
    # the phrase already gave the first holder (gap: its head's needs were met then); the
    # second name passes the same checks as any name
    return make_candidate(ctx, ph, (b + 1, end), gap=True)


#: Heads that many hold at once even with no unit after them ("Menteri A dan B").
_SHARED_BARE_HEADS = frozenset({"Menteri", "Wakil Menteri"})


def plural_holders(
    ctx: Context, ph: Phrase, cand: Candidate, b: int
) -> tuple[list[Candidate], int]:
    """Further holders of a plural title listed after its first name; and where to go on.

    "para Bupati Ani Lestari, Budi Santoso dan Citra Dewi", "Menteri Ani Lestari dan Budi
    Santoso", "Wakil Ketua DPR Ani Lestari, Budi Santoso, dan Citra Dewi": after "para" (a
    plural), a bare ministerial head or a post many hold (:func:`shared_post`), every name the
    NER found in a list joined by commas and "dan"/"serta" holds the same post. Only PERSON
    spans count, and the list must run on from the first name; without "para" it must be
    closed by "dan"/"serta" and end its clause.
    """
    plural = ph.start > 0 and ctx.norms[ph.start - 1] == "para"
    bare = not ph.items and ph.canonical in _SHARED_BARE_HEADS
    shared = shared_post(ph) or bare
    if not (plural or shared):
        return [], b
    if cand.name_start < cand.title_span[1] or ctx.toks[b - 1].end != cand.name_end:
        return [], b  # only names right after the title
    found, k, closed = listed_holders(ctx, ph, b, MAX_LISTED, closing=not plural)
    if plural or not found:
        return found, k
    if not name_ends_clause(ctx, k):
        return [], b  # "Menteri A dan B C ...": no clean pair
    if not (closed and not listed_name(ctx, k)):
        return [], b  # "Wakil Ketua X A, B, C hadir", "A dan B, C serta D": no closed list
    if bare and not all(_full_name(ctx, c) for c in found[1:]):
        return [], b  # a bare "Menteri" lists a third name only when it is a full name
    return found, k


def _full_name(ctx: Context, cand: Candidate) -> bool:
    """Tell whether a candidate's name has two words at least ("Hendra Gunawan", not "Hendra")."""
    return len(ctx.text[cand.name_start : cand.name_end].split()) >= 2


def shared_post(ph: Phrase) -> bool:
    """Tell whether the phrase's post is one several people hold ("mantan Wakil Ketua")."""
    post = ph.canonical
    return post in SHARED_POSTS or any(post.endswith(" " + p) for p in SHARED_POSTS)


#: Tokens before a head searched for a unit name that holds it.
_UNIT_REACH = 3


def inside_unit(ctx: Context, i: int) -> bool:
    """Tell whether a unit name begun before token ``i`` runs over it.

    "Dewan Pimpinan Cabang" is a party's board: its "Pimpinan" is no head of a title.
    """
    if i == 0 or not ctx.toks[i - 1].cap:
        return False  # a unit's name is capitalised: it would hold the word before the head
    return ctx.lexicon_runs_over(i, ("unit",), _UNIT_REACH)


def counted_list_at(ctx: Context, i: int) -> tuple[list[Candidate], int]:
    """The holders listed after a lowercase title read only for its list ("para menteri, yaitu").

    A title no other reading takes (a lowercase head with no institution) still names each
    person of a list that a plural or a count and "yakni"/"yaitu" introduce
    (:func:`~beritanlp.rules.officials.lists.cue_list_holders`).
    """
    if not plural_before(ctx, i):
        return [], i
    ph = phrase_at(ctx, i, allow_lower=True)
    return cue_list_holders(ctx, ph) if ph is not None else ([], i)


def find_candidates(ctx: Context) -> tuple[list[Candidate], list[BareTitle]]:
    """Every candidate of the text, and the position phrases left without a name."""
    cands: list[Candidate] = []
    bare: list[BareTitle] = []
    first_words = ctx.tables.positions.first_words
    may_start = ctx.tables.positions.may_start
    i = 0
    while i < ctx.size:
        # first_words is the cheap set test; may_start repeats it and reads the next word
        if not ctx.toks[i].is_word or ctx.norms[i] not in first_words \
                or not may_start(ctx.norms, i) or inside_unit(ctx, i):
            i += 1  # no modifier or position starts here, so phrase_at finds nothing
            continue
        lowered = lower_start(ctx, i)
        ph = phrase_at(ctx, i, allow_lower=lowered)
        soft = False
        if ph is None and not lowered:
            ph = lower_title_at(ctx, i)
            soft = ph is not None
        if ph is None:
            listed, nxt = counted_list_at(ctx, i)  # "para menteri, yaitu A, B dan C"
            cands.extend(listed)
            # without a list, a capitalised title inside the lowercase phrase is read on its own
            # ("para staf khusus Presiden Joko Widodo")
            i = max(nxt, i + 1) if listed else i + 1
            continue
        if not_held(ctx, i):
            # "Peraturan Menteri ...", "Kantor Wali Kota ...", "Pemilihan Kepala Desa
            # Serentak": a document, a building or an election
            i = ph.end
            continue
        if relation_before(ctx, i):
            i = ph.end  # "Ajudan Bupati X", "Asisten Pribadi Menpora, X": not the holder's name
            continue
        if ctx.inside_person(i) or candidacy_before(ctx, i):
            i = ph.end  # "Lukman Hakim Saifuddin"; "calon Wakil Bupati"
            continue
        listed, nxt = cue_list_holders(ctx, ph)  # "tiga pimpinan KPK, yakni A, B dan C"
        if listed:
            cands.extend(listed)
            i = nxt
            continue
        cand, nxt = pair_phrase(ctx, ph, lowered or soft)
        cand = kin_named(ctx, i, cand)  # "Putra Bupati X, Budi": Budi is no Bupati
        if soft and cand is not None and not named_by_ner(ctx, cand):
            cand = None
        elif cand is not None:
            cands.append(cand)
            other = co_holder(ctx, ph, cand, nxt)
            if other is not None:
                cands.append(other)
                nxt = ctx.person_at(nxt + 1) or nxt
            else:
                listed, nxt = plural_holders(ctx, ph, cand, nxt)
                cands.extend(listed)
        elif not soft and (also := also_holder(ctx, ph)) is not None:
            cands.append(also)  # "Wali Kota X yang juga Ketua DPC Y Budi": Budi holds both
        elif not soft:
            split = split_phrase(ctx, ph, gap=False)
            if split is not None:
                span = (ctx.toks[ph.start].start, ctx.toks[ph.end - 1].end)
                bare.append(BareTitle(split.key, span, ctx.toks[i].title_line))
                bare.extend(_acting_post(ctx, ph))
        i = max(nxt, i + 1)
    return cands, bare
