"""Generative agency patterns: regional governments, DPRD, DPR commissions, sub-units."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence

from beritanlp.lexicons.agencies import AgencyKB
from beritanlp.lexicons.parties import AGENCY_PARTY_NAMES, MAX_BOARD_WORDS, PARTY_BOARDS
from beritanlp.rules.agencies.candidates import Candidate, KBHit
from beritanlp.rules.agencies.filters import (
    cut_headline_tail,
    cut_person_tail,
    person_for_region,
    position_cued,
    street_named,
)
from beritanlp.rules.agencies.index import trie_pattern
from beritanlp.rules.agencies.missions import mission_candidates
from beritanlp.rules.agencies.ranks import RankTail
from beritanlp.rules.agencies.regions import RegionNames, norm, region_after
from beritanlp.rules.agencies.vocab import (
    CAP,
    COUNTING_WORDS,
    DAY_NAMES,
    DIRECTORATE_HEADS,
    DPR_COMMISSION_PORTFOLIOS,
    DPRD_SECRETARIAT,
    EXCLUDED_WORDS,
    HEAD_AT,
    LIST_ITEM_HEADS,
    POLICE_COMMAND,
    POLICE_PORTFOLIO_WORDS,
    POLICE_POST_CUES,
    POLICE_UNIT_ABBREVIATIONS,
    POLICE_UNIT_HEADS,
    POLICE_UNIT_NAME_WORDS,
    POLICE_UNIT_SHORT_HEADS,
    POSITION_BEFORE,
    POSITION_CUES,
    REGION_ALIASES,
    REGION_PREFIX,
    REGIONAL_GOV,
    ROMAN,
    STOP_WORDS,
    UNIT_ABBREVIATIONS,
    WORLD_PORTFOLIO_WORDS,
)
from beritanlp.text.numbers import count_word, roman_to_int
from beritanlp.text.word_start import NotAfterPattern
from beritanlp.text.words import ASCII_WORD, Tokens, segment

#: The blanks before each word of a name (where a party's name may start inside it).
_BLANKS = re.compile(r"[ \t]+")
#: Name words joined on after a body's name by a comma or "dan"/"serta" ("Badan Pembinaan
#: Organisasi|, Keanggotaan dan Kaderisasi DPD Partai X"): the words of one long name.
_JOINED_NAME_WORDS = re.compile(
    r"(?:[ \t]*,[ \t]*(?:(?:dan|serta|&)[ \t]+)?|[ \t]+(?:dan|serta|&)[ \t]+)"
    r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?"
)
#: A bracketed short form after a name ("... dan Kerja Sama (AAKK) UIN X").
_SHORT_FORM_AFTER = re.compile(r"[ \t]+\([^()\n]{1,20}\)")
#: Most joined pieces read past a body's name before its party.
_MAX_JOINED = 3


#: A party's level after its board's short form ("DPD I Partai Golkar", "DPD II Golkar").
_BOARD_LEVEL = re.compile(r"[ \t]+(?:I|II)\b")
#: A regional board by its second level ("DPD II Golkar"): the senate is never so written.
#: ("DPD I" alone is no such sign: a Balinese name starts with "I", "DPD I Made ...".)
_SECOND_LEVEL_BOARD = re.compile(r"\bDPD[ \t]+II\b")
#: The capitalised word after a name, where a board's or a party's name starts ("Partai", "PDI-P").
_WORD_AFTER = re.compile(r"[ \t]+([A-Z]\w*(?:-\w+)?)")
#: The senate written out: a text that names it keeps its bare "DPD".
_SENATE_WRITTEN = re.compile(r"\bDewan[ \t]+Perwakilan[ \t]+Daerah\b")
#: Between two houses listed together ("DPR dan DPD", "MPR, DPR, dan DPD", "DPR/DPD").
_HOUSE_LIST_GAP = re.compile(
    r"[ \t]*,[ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+|[ \t]*/[ \t]*"
)
#: The other national houses (KB ids): a "DPD" listed beside one of them is the senate.
_OTHER_HOUSES = frozenset({"dpr", "mpr"})


def party_branch(text: str, hit: KBHit) -> bool:
    """A party's regional board ("DPD Partai Golkar", "DPD I PDI-P") shares the DPD acronym."""
    if text[hit.start : hit.end] != "DPD":
        return False
    level = _BOARD_LEVEL.match(text, hit.end)
    return party_named_at(text, level.end() if level else hit.end)


def party_named_at(text: str, pos: int) -> bool:
    """A party's name starts after the blanks at ``pos``: "Partai ..." or a party's word.

    The party's words are the parties lexicon's rows for this rule
    (:data:`beritanlp.lexicons.parties.AGENCY_PARTY_NAMES`), written capitalised ("Golkar",
    "PDI-P"; "PDI-Perjuangan" and "Partai-partai" by the first part; a three-letter short
    form in capitals).
    """
    word = _WORD_AFTER.match(text, pos)
    if word is None:
        return False
    written = word.group(1)
    if len(written) <= 3 and not written.isupper():
        return False  # a party's three-letter short form is in capitals: "PAN", not "Pan Brothers"
    low = written.casefold()
    first = low.split("-")[0]
    return "partai" in (low, first) or low in AGENCY_PARTY_NAMES or first in AGENCY_PARTY_NAMES


def party_organ_at(text: str, pos: int) -> bool:
    """A party, or a party's board and the party, is written right after ``pos``.

    "Badan Advokasi Hukum DPP Partai Golkar", "Badan Saksi Nasional Partai Golkar": the body
    before ``pos`` is the party's. Boards and parties are the parties lexicon's.
    """
    if party_named_at(text, pos):
        return True
    words: list[str] = []
    end = pos
    board_end = None
    while len(words) < MAX_BOARD_WORDS and (word := _WORD_AFTER.match(text, end)) is not None:
        words.append(word.group(1).casefold())
        end = word.end()
        if " ".join(words) in PARTY_BOARDS:
            board_end = end  # the longest board ("Dewan Pimpinan Daerah", not "Dewan ...")
    return board_end is not None and party_named_at(text, board_end)


def party_inside(text: str, start: int, end: int) -> bool:
    """Tell whether a party's name starts at one of the words between ``start`` and ``end``.

    "Dewan Kehormatan PAN", "Badan Pemenangan Pemilu Partai X": a body whose name holds a
    party's name (or "Partai ...") is the party's. The party's words are the parties
    lexicon's, read by :func:`party_named_at`. A party's short form in capitals also names
    other things ("Kementerian PAN dan RB", "Direktorat PSI Kementerian X"): inside a name it
    counts only right after a party's board ("DPW PAN") or "Partai", or ending the name or
    before a capitalised word of it (a region or a person the name ran on to: "Dewan
    Kehormatan PAN Sukamaju"), where no body's name follows it.

    Parameters
    ----------
    text
        The text.
    start, end
        The name's span in ``text``.

    Returns
    -------
    bool
        Whether a party is named inside the span.
    """
    for blank in _BLANKS.finditer(text, start, end):
        if not party_named_at(text, blank.start()):
            continue
        word = _WORD_AFTER.match(text, blank.start())
        if word is None or not word.group(1).isupper():
            return True
        before = text[start:blank.start()].split()
        if before and (before[-1].casefold() in PARTY_BOARDS or before[-1] == "Partai"):
            return True
        nxt = _NEXT_WORD.match(text, word.end())
        if nxt is not None and HEAD_AT.fullmatch(nxt.group(1)):
            continue  # "Direktorat PSI Kementerian X": the unit of a body named next
        if word.end() >= end or nxt is not None and nxt.end() <= end:
            return True
    return False


def party_organ_after(text: str, end: int) -> bool:
    """A party or a non-public body follows a body's name, maybe past joined name words.

    :func:`party_organ_at` at ``end``, or after up to three name pieces joined by a comma or
    "dan"/"serta" ("Badan Pendidikan|, Pelatihan dan Kaderisasi DPP Partai X"); past such
    pieces also a word of :data:`EXCLUDED_WORDS` ("Biro Kerja Sama| dan Humas UIN X": a
    university's bureau). The body before ``end`` is then the party's or the institution's,
    its name cut at the join. A piece that is itself a body (an institution head or an excluded
    word: "Dinas X| dan Universitas Y") or a post ("X (LIPI) Lili|, Ketua DPC PKB") ends the
    reading: a list or the next clause, not one name. A bracketed short form may stand
    before the party or the excluded word.

    Parameters
    ----------
    text
        The text.
    end
        The end of the body's name.

    Returns
    -------
    bool
        Whether the body is a party's or a non-public institution's.
    """
    pos = end
    for joins in range(_MAX_JOINED + 1):
        bracket = _SHORT_FORM_AFTER.match(text, pos)
        for at in (pos, bracket.end()) if bracket else (pos,):
            if party_organ_at(text, at):
                return True
            if (joins or at != pos) and (word := _WORD_AFTER.match(text, at)) is not None \
                    and word.group(1) in EXCLUDED_WORDS:
                return True
        joined = _JOINED_NAME_WORDS.match(text, pos)
        if joined is None or any(
            w in EXCLUDED_WORDS or w in POSITION_CUES or w in STOP_WORDS or HEAD_AT.fullmatch(w)
            for w in text[joined.start() : joined.end()].replace(",", " ").split()
        ):
            return False
        pos = joined.end()
    return False


def _written_boards(boards: Iterable[str]) -> re.Pattern[str] | None:
    """The boards whose long form's initials are "DPD", as a name written capitalised."""
    names = [r"[ \t]+".join(re.escape(w.capitalize()) for w in board.split())
             for board in sorted(boards)
             if len(board.split()) > 1 and "".join(w[0] for w in board.split()) == "dpd"]
    return re.compile(r"\b(?:" + "|".join(names) + r")\b") if names else None


#: The regional boards written out ("Dewan Pimpinan Daerah", "Dewan Pengurus Daerah").
_WRITTEN_BOARD = _written_boards(PARTY_BOARDS)


def _short_boards(boards: Iterable[str]) -> str:
    """The boards' one-word short forms but "DPD" in capitals, as one alternation.

    "DPC|DPP|DPW" ...; empty without any.
    """
    return "|".join(sorted(b.upper() for b in boards if " " not in b and b != "dpd"))


#: The other boards of a party's (or an organisation's) hierarchy by their short forms: a bare
#: "DPD" beside one, in one phrase, is the regional board (:func:`board_beside`).
_SHORT_BOARDS = _short_boards(PARTY_BOARDS)
_OTHER_BOARDS = re.compile(r"\b(?:" + _SHORT_BOARDS + r")\b") if _SHORT_BOARDS else None
#: Characters read on either side of a bare "DPD" for another board of its phrase.
_BOARD_WINDOW = 120
#: Words at most between a bare "DPD" and another board of its phrase ("ke DPP, melalui DPD",
#: "diserahkan ke DPD pada Sabtu (21/9) dan dua hari setelahnya dikirim ke DPP").
MAX_BOARD_GAP_WORDS = 12
#: A sentence's end between two boards: they are no longer one phrase.
_SENTENCE_END_CHARS = frozenset(".!?;\n")
#: Words of the senate right before a bare "DPD" ("sidang paripurna DPD", "calon anggota DPD",
#: "senator DPD") or right after it ("anggota DPD asal Jawa Barat", "DPD dapil X").
_SENATE_BEFORE = re.compile(r"\b(?:paripurna|[Ss]enator|[Cc]alon[ \t]+anggota)[ \t]+$")
_SENATE_AFTER = re.compile(r"[ \t]+(?:asal|dapil|[Dd]aerah[ \t]+[Pp]emilihan)\b")


def regional_board_written(text: str) -> bool:
    """A regional board is written out ("Dewan Pimpinan Daerah"): its long form's initials "DPD".

    The boards are the parties lexicon's (:data:`beritanlp.lexicons.parties.PARTY_BOARDS`),
    written capitalised as a name (one pattern, built once).
    """
    return _WRITTEN_BOARD is not None and _WRITTEN_BOARD.search(text) is not None


def _one_phrase(gap: str) -> bool:
    """``gap``, between two boards, keeps them in one phrase.

    No sentence end, at most :data:`MAX_BOARD_GAP_WORDS` words, and no capitalised word but a
    day's name (a person's name, "Wakil Ketua DPD Rahmat ... pengurus DPW", or another body
    starts another subject).
    """
    if not _SENTENCE_END_CHARS.isdisjoint(gap):
        return False
    words = ASCII_WORD.findall(gap)
    return len(words) <= MAX_BOARD_GAP_WORDS and all(
        word.islower() or word in DAY_NAMES for word in words)


def party_board_text(text: str, hits: Iterable[KBHit]) -> bool:
    """Tell whether a bare "DPD" in ``text`` is a party's regional board, not the senate.

    A text that writes a party's board as "DPD" with the party after it, writes out "Dewan
    Pimpinan Daerah" or gives a board's second level ("DPD II") goes on to call the board "DPD"
    alone ("pengurus DPD Jatim", "DPD dan DPC"), unless it writes the senate out ("Dewan
    Perwakilan Daerah"); "DPD RI" is another short form and stays, and so does a "DPD" listed
    with the other houses (:func:`listed_with_houses`). Another board's short form ("DPP") is
    read per mention (:func:`board_beside`).
    """
    if "DPD" not in text or _SENATE_WRITTEN.search(text):
        return False  # no "DPD" at all: nothing to read (most articles)
    return (regional_board_written(text)
            or _SECOND_LEVEL_BOARD.search(text) is not None
            or any(party_branch(text, h) for h in hits))


def board_beside(text: str, hit: KBHit) -> bool:
    """A bare "DPD" is a board of the hierarchy another board of its own phrase belongs to.

    Read per mention, never from the rest of the article: another board's short form
    ("DPP", "DPW", "DPC") in the same phrase (:func:`_one_phrase`: "arahan dari DPP dan DPD",
    "melaporkan ke DPP, melalui DPD"), or the organisation named right after it named after
    another board too ("semua DPD KNPI" beside "DPP KNPI"). A word of the senate beside the
    "DPD" keeps it the senate ("Rapat paripurna DPD", "calon anggota DPD", "Anggota DPD asal
    Jawa Barat").
    """
    if _OTHER_BOARDS is None or text[hit.start : hit.end] != "DPD":
        return False
    if _SENATE_BEFORE.search(text, max(0, hit.start - 30), hit.start) or _SENATE_AFTER.match(
        text, hit.end
    ):
        return False
    low, high = max(0, hit.start - _BOARD_WINDOW), min(len(text), hit.end + _BOARD_WINDOW)
    for other in _OTHER_BOARDS.finditer(text, low, high):
        gap = text[other.end() : hit.start] if other.end() <= hit.start else text[
            hit.end : other.start()]
        if _one_phrase(gap):
            return True
    word = _WORD_AFTER.match(text, hit.end)  # "DPD KNPI": the organisation's name
    return word is not None and re.search(
        r"\b(?:" + _SHORT_BOARDS + r")[ \t]+" + re.escape(word.group(1)) + r"(?![\w-])", text
    ) is not None


def listed_with_houses(text: str, hit: KBHit, hits: Iterable[KBHit]) -> bool:
    """A "DPD" listed with the other houses ("DPR dan DPD", "MPR, DPR, dan DPD") is the senate.

    Parameters
    ----------
    text
        The article.
    hit
        The "DPD" hit.
    hits
        The article's knowledge-base hits; the houses among them are found by id.

    Returns
    -------
    bool
        True when a hit of the DPR or the MPR lies right before or after ``hit``, with only a
        comma, "dan"/"serta" or a slash between them.
    """
    for other in hits:
        if not _OTHER_HOUSES.intersection(other.ids):
            continue
        if other.end <= hit.start and _HOUSE_LIST_GAP.fullmatch(text, other.end, hit.start):
            return True
        if other.start >= hit.end and _HOUSE_LIST_GAP.fullmatch(text, hit.end, other.start):
            return True
    return False


def preceded_by_position(text: str, start: int) -> bool:
    """A position word ends right before ``start`` ("Menteri Keuangan" is a title)."""
    before = text[max(0, start - 20) : start].rstrip()
    return any(before.endswith(word) for word in POSITION_BEFORE)


#: Youth and sports: a public portfolio ("Dinas Pariwisata, Pemuda dan Olahraga"), not a youth
#: organisation.
_YOUTH_PORTFOLIO = re.compile(r"Pemuda,?[ \t]+(?:dan[ \t]+)?Olahraga\b")


def name_words(
    text: str,
    pos: int,
    limit: int = 10,
    bodies: frozenset[int] = frozenset(),
    portfolio: bool = False,
    head: str = "",
) -> int | None:
    """Extend over a capitalised name from ``pos``; return its end offset.

    Accepts capitalised words, roman numerals, numbers, the connectors "dan"/"&"/"serta"/","/"/"
    between capitalised words, and a parenthesised short form inside the name ("Biro Humas dan
    Protokol (Humpro) Sekretariat Daerah"). Returns ``None`` when the name runs into a word that
    marks a non-agency (:data:`EXCLUDED_WORDS`). A connector followed by an institution head or
    by one of ``bodies`` (start offsets of knowledge-base mentions) ends the name: "Ditjen PKH
    dan KPPU" is two bodies. With ``portfolio`` (a directorate's name), a world region where
    :func:`world_portfolio` allows it is a name word. A connector followed by the ``head`` word
    the name started with ends it too ("Kantor Wilayah X dan Kantor Pengawasan Y": two offices),
    after a comma as well ("Dinas X, Dinas Y dan Z").
    """
    token = re.compile(
        r"([ \t]*,?[ \t]+(?:dan|serta|&)[ \t]+|[ \t]*/[ \t]*|[ \t]*,[ \t]+|[ \t]+)"
        r"(\([A-Z][A-Za-z0-9-]{1,14}(?:[ \t][A-Z][A-Za-z0-9-]{0,9})?\)|"
        + _ABBREVIATED_LEVEL + "|" + CAP + r")"
    )
    # "Deputi bidang Pencegahan", "Kementerian Koordinator bidang Perekonomian": the lowercase
    # "bidang" (field) opens the portfolio
    field = _FIELD.match(text, pos)
    end = field.end() if field else pos
    ends: list[tuple[int, str, bool]] = []  # (end, separator, is parenthetical)
    seen: list[str] = []  # the name's words so far, joiners included
    while len(ends) < limit:
        m = token.match(text, end)
        if not m:
            break
        word = m.group(2)
        bare = word.rstrip(".")
        joiner = m.group(1).strip(" \t,")
        if bare in EXCLUDED_WORDS and not (
            portfolio and world_portfolio([*seen, joiner] if joiner else seen, bare)
        ) and not _YOUTH_PORTFOLIO.match(text, m.start(2)):
            return None  # "Ditjen Kerja Sama Internasional Uni Eropa": the union's name inside
        if bare in STOP_WORDS or bare.startswith(("Se-", "se-")):
            break
        if (joiner in _JOINERS and (
            HEAD_AT.match(text, m.start(2)) or m.start(2) in bodies or bare in POSITION_CUES
            or bare == head or bare in _COMPANY_FORMS
        )) or ("," in m.group(1) and bare in LIST_ITEM_HEADS) or (
            not joiner and end > pos and text.startswith(_PARENT_HEADS, m.start(2))
        ) or ("," in m.group(1) and bare == head):
            # "Dinas Kesehatan, Dinas Pendidikan dan Kebudayaan": the head again after a
            # comma starts the list's next body, so does a venue ("Dinas X, Aula Y, dan ...")
            break  # "... Pusat dan Pemerintah Daerah X", "Pusat X Badan Y": a second body
        if word.startswith("(") and m.group(1).strip() != "":
            break
        end = m.end()
        clitic = word.endswith(_CLITICS)  # "Dinas Pendidikan-nya": the name ends before it
        if clitic:
            end -= len("-nya")
        ends.append((end, m.group(1).strip(), word.startswith("(")))
        seen.extend([joiner, bare] if joiner else [bare])
        if clitic:
            break
    # A comma joins list items only when a "dan"/"serta" closes the list.
    for i, (_, sep, _) in enumerate(ends):
        if sep == "," and not any(later[1] in ("dan", "serta", "&", ", dan", ",dan")
                                  or later[1].endswith("dan") for later in ends[i + 1 :]):
            ends = ends[:i]
            break
    # The name does not end on a parenthetical or a connector.
    while ends and ends[-1][2]:
        ends.pop()
    return ends[-1][0] if ends else pos


_JOINERS = frozenset({"dan", "serta", "&"})
#: A possessive clitic hyphened to a name's last word ("lewat Dinas Pendidikan-nya"): no part of
#: the name.
_CLITICS = ("-nya", "-Nya", "-NYA")
#: A region's level abbreviated with its period before the region's name ("Dinas Sosial ...
#: Kab. Garut"): the word takes its period, so that the name goes on to the region.
_ABBREVIATED_LEVEL = r"(?:Kab|Kec|Prov)\.(?=[ \t]+[A-Z])"
#: Legal forms that open a company's name: after a joiner they start a second body
#: ("Ditlantas Polda X dan PT Y").
_COMPANY_FORMS = frozenset({"PT", "CV", "Perum", "Perumda"})
_FIELD = re.compile(r"[ \t]+bidang(?=[ \t]+[A-Z])")
#: A person's initial, the last word of a span that stopped at its period ("Komisaris Besar M.").
#: The initial of a name at the end of a span ("... Besar M"), after a word.
_INITIAL_AT_END = re.compile(r"[ \t]+[A-Z]\Z")
#: Heads of a parent body written right after a sub-unit's name ("Pusat Kebijakan Ekonomi
#: Makro Badan Kebijakan Fiskal", "Biro Humas Pemprov NTT"): the name ends before them.
_PARENT_HEADS = (
    "Badan ", "Kementerian ", "Pemerintah ", "Pemprov ", "Pemkab ", "Pemkot ", "Pemko ",
    # a directorate's parent directorate general ("Sub Direktorat X Direktorat Y Direktorat
    # Jenderal Z")
    "Direktorat ",
    # a bureau's parent division ("Biro Penerangan Masyarakat Divisi Humas Polri"), a section's
    # parent bureau ("Bagian Umum Biro Hukum")
    "Divisi ", "Biro ",
)
# The whole-text scans of this module start at a word's first letter (``\b`` before a letter is
# no word character before it): written as NotAfterPattern(r"\w", BODY), the engine skips to
# BODY's first letters instead of trying every position.
_REGIONAL_GOV_RE = NotAfterPattern(r"\w", "(" + trie_pattern(list(REGIONAL_GOV)) + r")(?![\w-])")
_DPRD_RE = NotAfterPattern(r"\w", r"(DPRD|Dewan Perwakilan Rakyat Daerah)\b")
_KOMISI_RE = NotAfterPattern(
    r"\w", r"Komisi[ \t]+(" + ROMAN + "|" + "|".join(DPR_COMMISSION_PORTFOLIOS) + r")\b"
)
_SUBUNIT_HEADS = (
    "Direktorat Jenderal", "Sekretariat Jenderal", "Inspektorat Jenderal", "Kantor Wilayah",
    # a ministry the knowledge base does not know as written (a list of portfolios, a foreign
    # or renamed ministry): "Kementerian Sains, Teknologi dan Inovasi"
    "Kementerian",
    "Unit Pelaksana Teknis", "Kantor Pelayanan", "Kantor Pertanahan", "Balai Besar",
    "Dinas", "Badan", "Biro", "Bagian", "Balai", "Pusat", "Direktorat", "Ditjen", "Kanwil",
    "Sub Direktorat", "Subdirektorat", "Subdit",
    "Inspektorat", "Sekretariat", "Deputi", "Kedeputian", "Lembaga", "Pengadilan Negeri",
    "Pengadilan Tinggi", "Pengadilan Agama", "Kejaksaan Negeri", "Kejaksaan Tinggi",
    "Kepolisian Daerah", "Kepolisian Resor", "Kepolisian Sektor", "Komando Daerah Militer",
    "Komando Distrik Militer", "Satuan Tugas", "Satgas", "Lembaga Pemasyarakatan",
    "Lapas", "Rumah Tahanan", "Rutan", "Kantor Imigrasi", "Kantor Kementerian Agama",
    "Kankemenag", "Kantor Pencarian dan Pertolongan", "Kantor SAR", "PDAM", "Perumda",
    # a Jakarta city's branch of a provincial office ("Suku Dinas Kesehatan Jakarta Barat")
    "Suku Dinas", "Sudin",
    # regional development banks (owned by regional governments)
    "Bank Pembangunan Daerah",
    # directorates and units of a regional police command, written before it
    # ("Ditreskrimsus Polda Jawa Tengah", "Satreskrim Polres Sukamaju")
    *POLICE_UNIT_SHORT_HEADS,
    # the same units written out or half written out ("Satuan Reserse Narkoba Polres X",
    # "Sat Reskrim Polres X", "Unit PPA Polres X"): only with their police command
    *POLICE_UNIT_HEADS,
)
_NAME_BEFORE = re.compile(r"\b(?:(?!Kepala\b)[A-Z][a-z]+|[A-Z]{2,6}|sakit)[ \t]+$")
#: Heads that are also ordinary words inside a longer name ("Dewan Pimpinan Pusat", "KPI
#: Pusat", "Dana Pensiun Lembaga Keuangan", "Negara Bagian Sarawak").
_INNER_HEADS = frozenset({"Pusat", "Lembaga", "Bagian"})


def _inside_name(text: str, start: int) -> bool:
    """The head at ``start`` continues the capitalised name (or acronym) written before it.

    A position word ("Kepala Pusat", "Ketua Lembaga") or a sentence opener ("Namun Lembaga")
    before the head leaves it a head.
    """
    m = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    word = m.group(0).strip()
    if word in STOP_WORDS or word in _NOT_NAME_BEFORE:
        return False
    return not re.search(r"(?:^|[.!?\n][\"'”’)]?)[ \t]*$", text[max(0, m.start() - 3) : m.start()])


def _head_in_name(text: str, head: str, start: int) -> bool:
    """The head at ``start`` is a word inside another name, not a unit's head.

    "Dewan Pimpinan Pusat", "KPI Pusat X", "Dana Pensiun Lembaga Keuangan"
    (:func:`_inside_name`), or a street's name ("Jalan Balai Pustaka").
    """
    return (head in _INNER_HEADS and _inside_name(text, start)) or street_named(text, start)


#: Capitalised words before "Pusat"/"Lembaga"/"Bagian" that do not make them part of a name.
_NOT_NAME_BEFORE = frozenset({
    "Ketua", "Wakil", "Sekretaris", "Anggota", "Kabag", "Kasubag", "Karo", "Kapus", "Plt", "Plh",
    "Di", "Ke", "Dari",
})
_REGION_PREFIX_AFTER = re.compile(r"[ \t]+" + REGION_PREFIX)
#: A bracketed short form, then a prefixed region: "Dinas ... (PUPR) Kabupaten Fakfak".
_PAREN_REGION_AFTER = re.compile(r"[ \t]+\([A-Z][A-Za-z0-9 -]{0,20}\)[ \t]+" + REGION_PREFIX)
_SUBUNIT_RE = NotAfterPattern(
    r"\w", "("
    + trie_pattern(list(_SUBUNIT_HEADS))
    + r")(?=[ \t]+(?:bidang[ \t]+)?(?:\([A-Z][A-Za-z0-9-]{1,14}\)[ \t]+)?[A-Z0-9])"
)
#: Generic heads that need a specifier (name words, region or parent) to be an agency.
_NEEDS_SPECIFIER = frozenset(_SUBUNIT_HEADS)


def is_excluded(span_text: str) -> bool:
    """A word of ``span_text`` marks a non-agency (:data:`EXCLUDED_WORDS`).

    Not a world region that is a directorate's portfolio ("Direktorat Eropa II"):
    :func:`world_portfolio`.
    """
    head = next((h for h in _DIRECTORATE_HEADS_LONGEST if span_text.startswith(h + " ")), None)
    words = [w.strip("(),.") for w in span_text.split()]
    skip = len(head.split()) if head else len(words)
    return any(
        w in EXCLUDED_WORDS and not (k >= skip and world_portfolio(words[skip:k], w))
        and not (w == "Pemuda" and _YOUTH_PORTFOLIO.search(span_text) is not None)
        for k, w in enumerate(words)
    )


_DIRECTORATE_HEADS_LONGEST = sorted(DIRECTORATE_HEADS, key=len, reverse=True)
#: Words of :data:`WORLD_PORTFOLIO_WORDS` that are a portfolio anywhere in a directorate's
#: name ("Direktorat Jenderal Perundingan Perdagangan Internasional").
_PORTFOLIO_ADJECTIVES: frozenset[str] = frozenset({"Internasional"})


def world_portfolio(before: Sequence[str], word: str) -> bool:
    """Tell whether ``word`` is the portfolio of a directorate whose name's words are ``before``.

    ``before`` are the words after the directorate's head ("Direktorat", "Ditjen", "Sub
    Direktorat"), joiners included. "Internasional" anywhere ("Perdagangan Internasional"); a
    world region right after the head ("Direktorat Eropa II"), after "Kerja Sama" or
    "Kerjasama" ("Ditjen Kerja Sama ASEAN") or after another one and "dan" ("Eropa dan Asia");
    nowhere else ("Kerja Sama Internasional Uni Eropa" holds the union's name).
    """
    if word not in WORLD_PORTFOLIO_WORDS:
        return False
    if word in _PORTFOLIO_ADJECTIVES or not before:
        return True
    if list(before[-2:]) == ["Kerja", "Sama"] or before[-1] == "Kerjasama":
        return True
    return (len(before) >= 2 and before[-1] in _JOINERS and before[-2] in WORLD_PORTFOLIO_WORDS
            and before[-2] not in _PORTFOLIO_ADJECTIVES)


def pattern_candidates(
    text: str,
    kb_spans: list[tuple[int, int, KBHit]],
    kb: AgencyKB,
    regions: RegionNames,
    name_word: Callable[[str], bool] = lambda word: True,
    ranks: RankTail | None = None,
) -> list[Candidate]:
    """Regional governments, DPRD, DPR commissions, sub-units, foreign bodies and missions.

    ``name_word`` tells words that can be part of an agency name (a person's name after a
    sub-unit is cut where it fails, see :func:`~.filters.cut_person_tail`); a rank of ``ranks``
    left at the end of a sub-unit's name is cut (none by default).
    """
    return [
        *_foreign_bodies(text, regions),
        *mission_candidates(text, regions),
        *_regional_governments(text, regions),
        *_dprd(text, regions),
        *_commissions(text, regions),
        *_sub_units(text, kb_spans, kb, regions, name_word, ranks or RankTail()),
        *_bare_secretariats(text),
        *_state_companies(text),
    ]


#: A ministry's secretariat general or inspectorate general named without its ministry ("dana
#: ke Sekretariat Jenderal", "Inspektorat Jenderal akan dilibatkan"): no name word, bracket or
#: "dan" + name after it (those are :func:`_sub_units`' names); an amount in rupiah may follow.
_BARE_SECRETARIAT = re.compile(
    r"\b(?:Sekretariat|Inspektorat)[ \t]+Jenderal\b"
    r"(?![ \t]*,?[ \t]+(?:dan[ \t]+)?(?!\(?Rp)[A-Z(])"
)


def _bare_secretariats(text: str) -> list[Candidate]:
    """A secretariat or inspectorate general written on its own is a sub-unit of the article."""
    if "Jenderal" not in text:
        return []
    return [
        Candidate(m.start(), m.end(), "unit|" + unit_key(m.group()), True)
        for m in _BARE_SECRETARIAT.finditer(text)
    ]


#: A company with the legal form of a state (Persero) or regional (Perseroda) company:
#: "PT Sarana Multigriya Finansial (Persero)", "PT Angkasa Pura II Persero".
_STATE_COMPANY = re.compile(
    r"\bPT\.?[ \t]+((?:" + CAP + r")(?:[ \t]+(?:" + CAP + r")){0,6}?)"
    r"[ \t]*(?:\((?:Persero|Perseroda)\)|Persero\b|Perseroda\b)(?:[ \t]+Tbk\b\.?)?"
)


def _state_companies(text: str) -> list[Candidate]:
    """State and regional companies named with their legal form ("PT X (Persero)").

    The legal form makes the company public (GUIDELINE.md: state-owned enterprises); the key
    is the name without "PT" and the form, so later bare mentions of the company do not merge
    here unless the knowledge base knows them.
    """
    if "Persero" not in text:
        return []
    found: list[Candidate] = []
    for m in _STATE_COMPANY.finditer(text):
        name = m.group(1)
        if name.split()[0] in ("Persero", "Perseroda", "Tbk"):
            continue  # a scraper gap: "PT , (Persero) Tbk"
        end = m.end() if not m.group(0).endswith(".") else m.end() - 1
        found.append(Candidate(m.start(), end, "soe|" + norm(name), True))
    return found


_FOREIGN_HEAD = NotAfterPattern(
    r"\w", r"(?:Pemerintah|pemerintah|Departemen|Angkatan[ \t]+(?:Udara|Laut|Darat)|Kementerian)"
    r"(?=[ \t]+[A-Z])"
)


def _foreign_bodies(text: str, regions: RegionNames) -> list[Candidate]:
    """Bodies of a foreign state: "Pemerintah Malaysia", "Departemen Luar Negeri AS".

    A government, department, armed service or ministry whose name ends in a foreign country
    within a few words.
    """
    found: list[Candidate] = []
    for m in _FOREIGN_HEAD.finditer(text):
        pos = m.end()
        for _ in range(4):
            end = regions.country_after(text, pos)
            if end is not None:
                span = text[m.start() : end]
                found.append(Candidate(m.start(), end, "foreign|" + norm(span), True))
                break
            word = re.match(r"[ \t]+[A-Z][A-Za-z]*", text[pos:])
            if word is None:
                break
            pos += word.end()
    return found


def _regional_governments(text: str, regions: RegionNames) -> list[Candidate]:
    """Regional governments: "Pemerintah Kabupaten Bogor", "Pemkab Bogor" (region follows)."""
    found: list[Candidate] = []
    for m in _REGIONAL_GOV_RE.finditer(text):
        form = m.group(1)
        kind = REGIONAL_GOV[form]
        region = region_after(text, m.end(), regions)
        full = form.startswith("Pemerintah")
        if region is None:
            if form in _BARE_FORMS:  # "Pemda", "Pemprov": the article's one government
                found.append(Candidate(m.start(), m.end(), f"{kind}|", full))
            continue
        end, region_text = region
        found.append(Candidate(m.start(), end, f"{kind}|{regions.key(region_text)}", full))
    found.extend(_bare_pemerintah(text, regions))
    return found


#: "Pemerintah", also lowercase or as "Pemerintahan" ("pemerintah DKI Jakarta", "Pemerintahan
#: Jakarta Utara"), or with a lowercase "daerah" ("pemerintah daerah Kabupaten X"): only a known
#: region after it makes it a government.
_PEMERINTAH = NotAfterPattern(r"\w", r"(?:Pemerintah(?:[ \t]+daerah)?|pemerintah(?:[ \t]+daerah)?"
                                     r"|Pemerintahan)(?=[ \t]+[A-Z])")
#: Words after "Pemerintah" that start a longer form or name no region.
_NOT_REGION_AFTER = frozenset({"Provinsi", "Kabupaten", "Kab", "Kota", "Daerah", "Pusat", "Desa"})
#: Region levels written before a region's name: after a lowercase "pemerintah" (or "pemerintah
#: daerah") they are the region's own prefix ("pemerintah Kabupaten Sukamaju"), no longer form.
_LEVEL_WORDS = frozenset({"Provinsi", "Kabupaten", "Kota"})


def _bare_pemerintah(text: str, regions: RegionNames) -> list[Candidate]:
    """"Pemerintah" + a known Indonesian region: that region's government.

    "Pemerintah DKI Jakarta" and "Pemerintah Aceh" are the provinces' governments,
    "Pemerintah Surabaya" the city's; "Pemerintah Jepang" (a country) is left to the
    foreign bodies, "Pemerintah Kota X" to the full forms. Written lowercase, "pemerintah" (or
    "pemerintah daerah") takes a region with its level word too ("pemerintah Kabupaten X"):
    the full forms are read only capitalised. The region must then be all the capitalised
    words there: in "pemerintah Kota Baru Sentosa" the known "Kota Baru" is only the start of
    another name.
    """
    found: list[Candidate] = []
    for m in _PEMERINTAH.finditer(text):
        # a short window: slicing the rest of the text for every match was quadratic
        nxt = text[m.end():m.end() + 40].lstrip(" \t").split(" ", 1)[0].rstrip(".,")
        levelled = nxt in _LEVEL_WORDS and m.group() not in ("Pemerintah", "Pemerintahan")
        if nxt in _NOT_REGION_AFTER and not levelled:
            continue
        region = region_after(text, m.end(), regions)
        if region is None or (levelled and _NEXT_WORD.match(text, region[0]) is not None):
            continue
        kind = _government_kind(regions, region[1])
        if kind is not None:
            found.append(Candidate(m.start(), region[0], f"{kind}|{regions.key(region[1])}", True))
    return found


def _government_kind(regions: RegionNames, name: str) -> str | None:
    """"pemprov", "pemkab" or "pemkot" for a known Indonesian region, else None."""
    places = [p for p in regions.gazetteer.lookup(name) if p.code]
    if not places or places[0].code is None:
        return None
    place = places[0]
    if "." not in places[0].code:
        return "pemprov"
    return {"kabupaten": "pemkab", "kota": "pemkot"}.get(place.type)


#: Regional-government forms that name one government without a region (the one the article
#: is about); "Pemerintah Kota" alone is too often a class or a scraper gap.
_BARE_FORMS = frozenset({"Pemerintah Daerah", "Pemda", "Pemprov", "Pemkab", "Pemkot", "Pemko"})


def _dprd(text: str, regions: RegionNames) -> list[Candidate]:
    """Regional legislatures, with their region when one is written ("DPRD Jawa Timur")."""
    found: list[Candidate] = []
    for m in _DPRD_RE.finditer(text):
        region = region_after(text, m.end(), regions)
        if region is not None and person_for_region(text, m.start(), region[1], regions.known):
            region = None  # "Ketua DPRD Rahmat Sulistyo": the chair's name
        full = m.group(1) != "DPRD"
        if region is None:
            found.append(Candidate(m.start(), m.end(), "dprd|", full))
        else:
            end, region_text = region
            found.append(Candidate(m.start(), end, f"dprd|{regions.key(region_text)}", full))
    return found


_PARENT_HOUSE = re.compile(r"[ \t]+(DPR(?:D)?(?:[ \t]+RI)?)\b")
#: The DPR written out after a commission named by its portfolio ("Komisi Hukum Dewan
#: Perwakilan Rakyat").
_HOUSE_WRITTEN = re.compile(r"[ \t]+Dewan[ \t]+Perwakilan[ \t]+Rakyat\b(?![ \t]+Daerah)")


def _other_house(text: str, end: int, regions: RegionNames) -> bool:
    """Tell whether a region or a country follows "DPR" ending at ``end``.

    "DPR Papua", "DPR Aceh" (provincial houses that number their commissions their own way),
    "DPR AS", "DPR Filipina": another legislature than the national DPR.
    """
    region = region_after(text, end, regions)
    return (region is not None and regions.major(region[1])) or (
        regions.country_after(text, end) is not None
    )


def _commissions(text: str, regions: RegionNames) -> list[Candidate]:
    """DPR and DPRD commissions ("Komisi III DPR RI", "Komisi Hukum DPR").

    A commission named by its portfolio (:data:`DPR_COMMISSION_PORTFOLIOS`) is one only with
    the DPR after it, and it is the commission of that number: "Komisi Hukum DPR" and "Komisi
    III DPR" are one record, the portfolio name its short form.
    """
    found: list[Candidate] = []
    for m in _KOMISI_RE.finditer(text):
        end = m.end()
        number = DPR_COMMISSION_PORTFOLIOS.get(m.group(1))
        parent = _PARENT_HOUSE.match(text, end)
        if number is not None:
            house = _HOUSE_WRITTEN.match(text, end)
            if house is None and parent is not None and not parent.group(1).startswith("DPRD"):
                house = parent
            if house is not None and not _other_house(text, house.end(), regions):
                found.append(Candidate(m.start(), house.end(), f"komisi|{number}|dpr", False))
            continue
        key = f"komisi|{m.group(1)}"
        if parent:
            end = parent.end()
            region = (region_after(text, end, regions) if parent.group(1).startswith("DPRD")
                      else None)
            if region:
                end = region[0]
            key += "|" + norm(text[parent.start(1) : end])
        found.append(Candidate(m.start(), end, key, True))
    return found


def _sub_units(
    text: str,
    kb_spans: list[tuple[int, int, KBHit]],
    kb: AgencyKB,
    regions: RegionNames,
    name_word: Callable[[str], bool],
    ranks: RankTail,
) -> list[Candidate]:
    """Sub-units named by a generic head and name words ("Biro Humas dan Protokol")."""
    # Starts of national KB full names -> their first position in ``kb_spans``.
    national_at: dict[int, int] = {}
    for n, (k_start, _, hit) in enumerate(kb_spans):
        if hit.kind != "acronym" and any(kb[i].level == "national" for i in hit.ids if i in kb):
            national_at.setdefault(k_start, n)
    bodies = frozenset(k_start for k_start, _, _ in kb_spans)
    kb_end_at = {k_start: k_end for k_start, k_end, _ in kb_spans}
    short_at = {k_start: k_end for k_start, k_end, hit in kb_spans if hit.kind == "acronym"}
    # Ends of regional KB bodies written with their region ("BPBD Jawa Timur"): the name is
    # complete there, and a list after it names other bodies ("..., PMI, dan ...").
    closed_at = {k_start: k_end for k_start, k_end, hit in kb_spans if k_end > hit.end}
    found: list[Candidate] = []
    for m in _SUBUNIT_RE.finditer(text):
        if _head_in_name(text, m.group(1), m.start()):
            continue  # "Dewan Pimpinan Pusat", "KPI Pusat X", "Jalan Balai Pustaka"
        portfolio = m.group(1) in DIRECTORATE_HEADS
        name_end = name_words(text, m.end(), bodies=bodies, portfolio=portfolio,
                              head=m.group(1).split()[0])
        if name_end is None or name_end <= m.end():
            continue
        if cut_by_gap(text, m.start(), name_end):
            continue  # "Badan Penata  , (BPX)": a name cut by a scraper's gap, its short form on
        end = through_stop_word_region(text, m.end(), name_end, regions)
        if _REGION_PREFIX_AFTER.match(text, end) or _PAREN_REGION_AFTER.match(text, end):
            region = region_after(text, end, regions)
            if region is not None:
                end = region[0]
        # Stop before a national KB full name ("... Kementerian Komunikasi dan Informatika"):
        # the parent ministry is its own agency, written in apposition. The first such name in
        # ``kb_spans`` order wins.
        # A national name right after the head is the office's own name ("Kanwil Kementerian
        # Hukum dan HAM Jawa Barat", "Sekretariat Jenderal Kementerian X"): it stays inside.
        inside = [(national_at[p], p) for p in range(m.end() + 1, end)
                  if p in national_at and text[m.end() : p].strip(" \t")]
        if inside:
            end = min(inside)[1]
        if m.start() in national_at and _runs_past_kb(
            text, kb_spans[national_at[m.start()]][1], end, name_word
        ):
            continue  # "Badan Gizi Nasional Nanik Deyang dan ...": the KB name, then a person
        if m.group(1) == "Kementerian" and m.start() in kb_end_at and not _more_portfolio(
            text, kb_end_at[m.start()], end, name_word, regions
        ):
            continue  # "Kementerian Agama dan KBRI ...": the known ministry, then another body
        end = cut_person_tail(text, m.start(), end, name_word, ranks)
        end = _cut_holder(text, m.start(), end, kb_end_at.get(m.start()), regions)
        end = _cut_after_region(text, m.end(), end, regions, name_word)
        closed = closed_at.get(m.start())
        if closed is not None and closed < end and _LIST_AFTER.match(text, closed):
            end = closed
        end = cut_headline_tail(text, m.start(), end, name_word)
        end = _through_tier(text, m.end(), end, closed_at)
        # "... Bencana Letnan [Jenderal Doni Monardo]", "... Jaya Ajun Komisaris Besar M.": a
        # rank, alone or with the initial of the name the span stopped at
        end = _cut_rank(text, m.start(), end, ranks)  # a head and a rank: no unit
        end = _command_end(text, m, end, kb_end_at)
        span_text = text[m.start() : end].rstrip(" ,")
        end = m.start() + len(span_text)
        if (is_excluded(span_text) or end <= m.end() or party_organ_after(text, end)
                or party_inside(text, m.end(), end)):
            continue  # "Badan Advokasi Hukum DPP Partai Golkar": a party's body
        if _no_unit(m.group(1), m.end(), end, short_at) or section_of_post(
                text, m.start(), end) or _no_police_unit(m, span_text, bodies) or (
                m.group(1) == "Subdit" and _POLICE_BODY.search(span_text) is None):
            continue
        found.append(Candidate(m.start(), end, "unit|" + unit_key(span_text), True))
    return found


#: A scraper's gap (a blank before a comma, where a name's words were dropped) and, within
#: three more words, a bracketed short form: the name before the gap is cut, and the body is
#: named by its short form ("Badan Penata  , Wilayah (Bapewil) Kota X").
_GAP_BEFORE_SHORT_FORM = re.compile(
    r"[ \t]+,[ \t]*(?:[A-Za-z]+[ \t]+){0,3}\([A-Z][A-Za-z]{1,12}\)"
)


def cut_by_gap(text: str, start: int, end: int) -> bool:
    """The name from ``start`` to ``end`` is cut by a scraper's gap before its short form.

    "Badan Penata  , (BPX)", "Badan Penata  , Wilayah (Bapewil)": a blank before a
    comma (the dropped words' place) and, within three words, the body's short form. The cut
    name is no record of its own; the short form names the body. A name that already has its
    short form inside ("Direktorat X (DX) Polda Y  , (Z)") is whole up to its parent: the gap
    cuts only the parent's name.

    Parameters
    ----------
    text
        The text.
    start, end
        The name's span in ``text``.

    Returns
    -------
    bool
        Whether a scraper's gap and a short form follow the name.
    """
    return "(" not in text[start:end] and _GAP_BEFORE_SHORT_FORM.match(text, end) is not None


#: The capitalised word right after a name, and the words a name ends on.
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
_LAST_WORDS = re.compile(r"(?:^|[ \t])([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)$")


def through_stop_word_region(text: str, head_end: int, end: int, regions: RegionNames) -> int:
    """A unit's name that stopped before a stop word goes on when that word ends a region.

    "Satlantas Polsek Pasar| Rabu": a day's name ends the name words, but the last one or
    two words with it are a known region (``regions``: a gazetteer district named after a
    market day), so the name runs through it.

    Parameters
    ----------
    text
        The text.
    head_end
        The end of the unit's head word; the region's words are read after it.
    end
        Where the unit's name stopped.
    regions
        The known region names.

    Returns
    -------
    int
        The new end (``end`` when nothing is added).
    """
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None or nxt.group(1) not in STOP_WORDS:
        return end
    last = _LAST_WORDS.search(text, head_end, end)
    if last is None:
        return end
    words = last.group(1).split()
    for k in range(len(words), 0, -1):
        if regions.known(" ".join([*words[-k:], nxt.group(1)])):
            return nxt.end()
    return end


#: A tier word right after a unit's name ("Satreskrim Polres Sukamaju| Kota").
_TIER_AFTER = re.compile(r"[ \t]+(?:Kota|Kabupaten)\b")


def _through_tier(text: str, head_end: int, end: int, closed_at: dict[int, int]) -> int:
    """The end of a unit's name that a regional body inside it runs past by a tier word.

    "Satreskrim Polres Sukamaju Kota": the command inside the unit's name is the city's, its
    name ending after "Kota" (``closed_at``: starts and ends of regional bodies written with
    their region); the unit's name ends there too.
    """
    tier = _TIER_AFTER.match(text, end)
    if tier is None:
        return end
    for body_start, body_end in closed_at.items():
        if head_end < body_start < end and body_end == tier.end():
            return body_end
    return end


def _cut_rank(text: str, start: int, end: int, ranks: RankTail) -> int:
    """The end of a sub-unit's name without a rank left at its end, or a rank and an initial."""
    cut = ranks.cut(text, start, end)
    if cut == end:
        initial = _INITIAL_AT_END.search(text, start, end)
        if initial is not None:
            cut = ranks.cut(text, start, initial.start())
            return end if cut == initial.start() else cut
    return cut


def _word_after(text: str, pos: int) -> int:
    """The offset of the word after ``pos``, past the blanks there."""
    m = _BLANKS.match(text, pos)
    return m.end() if m else pos


#: A police body in a unit's name: a command ("Polda X") or the national police ("Bareskrim
#: Polri"). "Subdit", the sub-directorate's short form the police write ("Subdit Siber
#: Ditreskrimsus Polda X", "Subdit 1 Tipidter Bareskrim Polri"), heads a unit only with one:
#: before another body's directorate ("Subdit Impor Direktorat Teknis Kepabeanan") its name
#: would be cut from its chain, and alone ("Anggota Subdit 2") it names no body.
_POLICE_BODY = re.compile(POLICE_COMMAND.pattern + r"|\b(?:Polri|Bareskrim)\b")


def _no_police_unit(head: re.Match[str], span_text: str, bodies: frozenset[int]) -> bool:
    """A police unit's written-out head (``head``: "Satuan", "Sat", "Unit") names no unit.

    Not a unit of a police command (:func:`_police_unit`), or a known body's own name right
    after the head ("Satuan Brimob Polda X": Brimob, one of ``bodies``' starts).
    """
    if head.group(1) not in POLICE_UNIT_HEADS:
        return False
    text = head.string
    return not _police_unit(text, head.start(), span_text) or (
        _word_after(text, head.end()) in bodies
    )


def _police_unit(text: str, start: int, span_text: str) -> bool:
    """A unit head written out ("Satuan", "Sat", "Unit") names a unit of a police command.

    The head's name is the police's portfolio words (:data:`POLICE_PORTFOLIO_WORDS` first,
    then those or :data:`POLICE_UNIT_NAME_WORDS` and short units, "Unit Tipidter Satreskrim")
    and right after them a police command and its place ("Satuan Reserse Narkoba Polres
    Sukamaju", "Unit PPA Polsek Kota Lama"). Otherwise the head is an ordinary word ("satuan
    kerja", "Unit Induk X" of a company, "Unit Gawat Darurat Rumah Sakit ..."), and a command
    without its place (a scraper dropped it) leaves the unit unnamed. A head counted ("12 Unit
    Rumah", "Sebanyak 30 Satuan") or after a post ("Kepala Satuan Lalu Lintas Polres X",
    "Kanit II Unit Reskrim Polsek Y") names no unit of its own.
    """
    command = POLICE_COMMAND.search(span_text)
    if command is None or not span_text[command.end() :].strip():
        return False  # "Satuan Reserse Kriminal Kepolisian Resor  ,": the command's place cut
    tokens = segment(text)
    first = bisect_left(tokens.starts, start)
    last = bisect_left(tokens.starts, start + command.start())
    name = _unbracketed(tokens.texts[first + 1 : last])
    if not name or name[0] not in POLICE_PORTFOLIO_WORDS or not all(
        word in POLICE_PORTFOLIO_WORDS or word in POLICE_UNIT_NAME_WORDS
        or word in POLICE_UNIT_SHORT_HEADS for word in name
    ):
        return False  # "Unit Rumah Dinas Polres X", "Unit 5 Perumahan Polri Polres Y"
    return not _counted_or_post(tokens, first)


def _unbracketed(words: list[str]) -> list[str]:
    """``words`` without a bracketed short form ("Perempuan dan Anak ( PPA )": no "PPA")."""
    kept: list[str] = []
    inside = False
    for word in words:
        if word in "()":
            inside = word == "("
        elif not inside:
            kept.append(word)
    return kept


def _command_end(text: str, head: re.Match[str], end: int, kb_end_at: dict[int, int]) -> int:
    """Where a written-out police unit's name ends: with its command's own name.

    The command and its place as the knowledge base's span reads them ("Unit PPA Polres
    Sukamaju| Budi ...", "Unit Reskrim Polsek Cimanggu| Polres Sukamaju"): a person, a
    higher command or a region after it is no part of the unit's name.
    """
    if head.group(1) not in POLICE_UNIT_HEADS:
        return end
    command = POLICE_COMMAND.search(text, head.end(), end)
    if command is None:
        return end
    return min(end, kb_end_at.get(command.start(), end))


def _counted_or_post(tokens: Tokens, head: int) -> bool:
    """The word before the head token ``head`` counts it or is a post holding it.

    Counting: a number or count word ("12 Unit", "Dua Satuan", "Sebanyak Unit", "sejumlah").
    A post (:data:`POSITION_CUES`, :data:`POLICE_POST_CUES`), also before one numeral of the
    post ("Kanit II Unit", "Panit 1 Unit") and where a scraper glued sentences (",Kepala ...").
    """
    words = [i for i in range(max(0, head - 4), head) if tokens.is_word[i]]
    if not words:
        return False
    before = tokens.texts[words[-1]]
    if count_word(before) or before.casefold() in COUNTING_WORDS:
        return True
    if (before.isdigit() or roman_to_int(before) is not None) and len(words) > 1:
        before = tokens.texts[words[-2]]  # "Kanit II Unit ...": the post's own number
    return before in POSITION_CUES or before in POLICE_POST_CUES


def _no_unit(head: str, head_end: int, end: int, short_at: dict[int, int]) -> bool:
    """A generic head and the words after it that name no sub-unit.

    "Lembaga KPK": the word "institution" before a known body's short form. "Deputi
    Penindakan KPK", "Deputi Bidang Pengembangan Regional Kementerian X": a deputy's title, the
    post of one person (the unit is the "Kedeputian"), with or without its body after it; the
    body is an agency of its own.
    """
    if head == "Lembaga" and short_at.get(head_end + 1) == end:
        return True
    return head == "Deputi"


#: A regional government or its secretariat in a section's name or its parents' names: the
#: section is that government's office, like a province's "Biro" ("Bagian Umum Setda Kabupaten
#: X", "Bagian Humas Pemerintah Kota X", "Bagian Humas Biro Humas dan Keprotokolan Pemprov X"),
#: so it stays the unit. The governments' forms are :data:`REGIONAL_GOV`; the secretariats are
#: the regional secretariat (its short form from :data:`UNIT_ABBREVIATIONS`, also with its
#: level: "Setdakab", "Setdaprov") and the legislature's (:data:`DPRD_SECRETARIAT`).
_SETDA = dict(UNIT_ABBREVIATIONS)["Sekretariat Daerah"]
_REGIONAL_PARENT = re.compile(
    r"\b(?:" + trie_pattern([*REGIONAL_GOV, "Sekretariat Daerah", *DPRD_SECRETARIAT]) + "|"
    + _SETDA + r"\w*)(?![\w-])"
)
#: One more word of a section's chain of parent bodies: a capitalised word, a bracketed short
#: form, or a word after "dan"/"serta"/"&" ("Biro Humas dan Keprotokolan Pemprov X").
_CHAIN_WORD = re.compile(
    r"(?:[ \t]+(?:dan|serta|&)(?=[ \t]+[A-Z(]))?[ \t]+(?:\([A-Z][A-Za-z0-9-]{1,14}\)|" + CAP + r")"
)
_MAX_CHAIN_WORDS = 16


def _chain_end(text: str, pos: int) -> int:
    """The end of the capitalised words (parent bodies, a region, a name) written from ``pos``."""
    for _ in range(_MAX_CHAIN_WORDS):
        m = _CHAIN_WORD.match(text, pos)
        if m is None:
            break
        pos = m.end()
    return pos


_SECTION = re.compile(r"Bagian[ \t]")


def section_of_post(text: str, start: int, end: int) -> bool:
    """A "Bagian" (section) at ``start`` right after a position word: the post's section.

    "Kepala Bagian Operasi Polres X", "Plt Kepala Bagian Umum Biro Y", "Kepala Bagian
    Pemberitaan dan Publikasi Biro Humas Z": the section names the holder's post, no agency;
    its parent (the police command, the bureau) is the agency. A section of a regional
    government or its secretariat, named in the section's name or anywhere in the chain of
    parent names after it (:data:`_REGIONAL_PARENT`), stays the unit. ``end`` is the end of
    the section's name.
    """
    if not _SECTION.match(text, start) or not position_cued(text, start):
        return False
    return _REGIONAL_PARENT.search(text, start, _chain_end(text, end)) is None


_SPAN_WORD = re.compile(r"\S+")


def _cut_after_region(
    text: str, start: int, end: int, regions: RegionNames, name_word: Callable[[str], bool]
) -> int:
    """Cut a person's name or a count that follows the region closing a sub-unit's name.

    "Suku Dinas KPKP Jakarta Barat Ratna Sulastri": one to three trailing words that look like
    a name and are no agency-name words, right after a known region ("Jakarta Timur"), are the
    holder's name. "Pengadilan Negeri Bandung 3 tahun": a number right after a province,
    regency or city (not a district, whose names are too often ordinary words) is a count
    (:func:`_cut_count`). ``start`` is the end of the head word.
    """
    words = [(m.end(), m.group()) for m in _SPAN_WORD.finditer(text, start, end)]
    n = len(words)
    if n > 1 and words[-1][1].isdigit():
        return _cut_count(text, start, end, words, regions)
    while n > 1 and len(words) - n < 3 and _name_like(words[n - 1][1]) \
            and not name_word(words[n - 1][1]):
        n -= 1
    if n == len(words) or n < 1:
        return end
    cut = _region_before(
        text, start, words[:n],
        lambda region: bool(regions.gazetteer.lookup(region)) or norm(region) in REGION_ALIASES,
    )
    return end if cut is None else cut


def _cut_count(
    text: str, start: int, end: int, words: list[tuple[int, str]], regions: RegionNames
) -> int:
    """Cut a number after the province, regency or city that closes a sub-unit's name.

    "Pengadilan Negeri Bandung 3 tahun", "Puskesmas X 147 orang": a count, not part of the
    name; a number after other words stays ("Satuan Tugas 115").
    """
    cut = _region_before(text, start, words[:-1], regions.major)
    return end if cut is None else cut


def _region_before(
    text: str, start: int, words: list[tuple[int, str]], is_region: Callable[[str], bool]
) -> int | None:
    """End of the region of one to three words that closes ``words``, else None.

    ``words`` are (end, word) pairs of a name from ``start``; the longest region is tried
    first ("Jakarta Barat" before "Barat").
    """
    n = len(words)
    for size in (3, 2, 1):
        if n - size < 0:
            continue
        first = words[n - size - 1][0] + 1 if n - size > 0 else start
        if is_region(text[first : words[n - 1][0]].strip()):
            return words[n - 1][0]
    return None


def _name_like(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and word.isalpha()


_LIST_AFTER = re.compile(r"[ \t]*(?:,|/|dan[ \t]|serta[ \t]|&)")


def _cut_holder(
    text: str, start: int, end: int, kb_end: int | None, regions: RegionNames
) -> int:
    """End a sub-unit at the knowledge-base name it starts with when a holder's name follows.

    "Kepala Dinas Sumber Daya Air Santoso": the words after the office's name are the head's
    name (:func:`~beritanlp.rules.agencies.filters.person_for_region`), not more of the name.
    """
    if kb_end is None or not start < kb_end < end:
        return end
    rest = text[kb_end:end].strip()
    if rest and person_for_region(text, start, rest, regions.known):
        return kb_end
    return end


def _runs_past_kb(text: str, kb_end: int, end: int, name_word: Callable[[str], bool]) -> bool:
    """Tell whether a unit's span runs from a national KB name into words no agency has.

    The word right after the KB name decides: a known agency-name word or a region ("Badan
    Narkotika Nasional Provinsi X") goes on; a person's name does not.
    """
    if end <= kb_end:
        return False
    following = text[kb_end:end].split()
    return bool(following) and not name_word(following[0].strip(",.()"))


def _more_portfolio(
    text: str, kb_end: int, end: int, name_word: Callable[[str], bool], regions: RegionNames
) -> bool:
    """Tell whether a ministry's name runs on past a known name with more portfolio words.

    "Kementerian Pekerjaan Umum dan Perumahan": after the knowledge base's "Kementerian
    Pekerjaan Umum" come joiners and words of agency names only. A short form ("KBRI", "PT"),
    a region or person ("Darsono Prawiranata") or a title ("Dirjen") is another name.
    """
    words = [w.strip(",") for w in text[kb_end:end].split()]
    portfolio = [w for w in words if w and w not in _JOINERS]
    return bool(portfolio) and all(
        w[1:].islower() and name_word(w) and not regions.known(w) and w not in POSITION_CUES
        for w in portfolio
    )


def unit_key(span_text: str, definitions: dict[str, str] | None = None) -> str:
    """Grouping key of a sub-unit.

    Parentheticals dropped, defined long forms and common expansions replaced by their short
    forms, then normalised.
    """
    text = re.sub(r"\s*\([^)]*\)", "", span_text)
    # the police's own short forms first: a text's definition may have read a short form's
    # letters inside a word ("Unit Perlindungan Perempuan dan Anak (PPA)": "Perempuan dan Anak")
    if POLICE_COMMAND.search(text):  # "Direktorat Lalu Lintas Polda X", not a ministry's
        for long, short in POLICE_UNIT_ABBREVIATIONS:
            text = text.replace(long, short)
    for long, short in (definitions or {}).items():
        text = text.replace(long, short)
    for long, short in UNIT_ABBREVIATIONS:
        text = text.replace(long, short)
    words = text.split()
    if words:
        alias = REGION_ALIASES.get(norm(words[-1]))
        # "DKI Jakarta": the alias of "Jakarta" is already written out with "DKI" before it
        if alias is not None and not (len(words) > 1 and norm(" ".join(words[-2:])) == alias):
            words[-1] = alias
    return norm(" ".join(words))

