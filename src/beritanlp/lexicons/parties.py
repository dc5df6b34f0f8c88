"""Political parties, their boards and the posts on them (``lexicons/data/parties.txt``).

A region named after a party's board and the party's name is the board's jurisdiction: "Ketua
DPC PDIP Solo", "Sekretaris Dewan Pimpinan Daerah Partai Golkar Batu", "Ketua Dewan Pimpinan
Cabang (DPC) Partai Amanat Nasional (PAN) Solo". The officials and the places rules both read
this order with :func:`party_board_start`, over the words each of them has before the region.
"""

from __future__ import annotations

from collections.abc import Sequence

from beritanlp.lexicons.words import word_table

_ROWS = word_table("parties")
#: Parties' short forms and the words of their names, casefolded ("pdip", "perjuangan").
PARTY_NAMES: frozenset[str] = frozenset(row[0] for row in _ROWS if row[1] == "party")
#: The parties' words that name nothing else right after a body's or a board's name (the
#: agencies rule reads them: "DPD Golkar"; not "Garuda", "Gelora", "Perjuangan"), casefolded.
AGENCY_PARTY_NAMES: frozenset[str] = frozenset(
    row[0] for row in _ROWS if row[1] == "party" and "agencies" in row[-1].split()
)
#: A party's boards at each level, short and long, casefolded ("dpc", "dewan pimpinan cabang").
PARTY_BOARDS: frozenset[str] = frozenset(row[0] for row in _ROWS if row[1] == "board")
#: Words of a post on a party's board, casefolded ("ketua", "harian", "plt").
PARTY_POST_WORDS: frozenset[str] = frozenset(row[0] for row in _ROWS if row[1] == "post")
#: Parties' full names of several words as news writes them, casefolded words
#: (("pdi", "perjuangan"),): a post's complement reads on over one, and over no other word.
PARTY_FULL_NAMES: tuple[tuple[str, ...], ...] = tuple(
    tuple(row[0].split()) for row in _ROWS if row[1] == "full"
)
#: Most words of a board's name ("dewan pimpinan anak cabang").
MAX_BOARD_WORDS: int = max(len(b.split()) for b in PARTY_BOARDS)


def board_end_at(lows: Sequence[str], end: int) -> int | None:
    """The start of the longest board whose name ends with word ``end - 1`` (None: no board)."""
    for size in range(min(MAX_BOARD_WORDS, end), 0, -1):
        if " ".join(lows[end - size:end]) in PARTY_BOARDS:
            return end - size
    return None


def party_board_start(lows: Sequence[str]) -> int | None:
    """Where the board starts when casefolded words ``lows`` end with a board and a party's name.

    The party's name follows the board's nearest name: it begins with "partai" or ends with a
    party's word ("DPC Partai Hati Nurani Rakyat", "DPD PDI Perjuangan"), and is no board
    itself. A board's long form before its short one ("Dewan Pimpinan Cabang DPC") is one
    board. Returns None when ``lows`` do not end so.
    """
    for end in range(len(lows) - 1, 0, -1):
        start = board_end_at(lows, end)
        if start is None:
            continue
        party = lows[end:]
        if party[-1] in PARTY_BOARDS or not (party[0] == "partai" or party[-1] in PARTY_NAMES):
            return None
        while start and (longer := board_end_at(lows, start)) is not None:
            start = longer  # "Dewan Pimpinan Cabang (DPC)"
        return start
    return None


__all__ = [
    "AGENCY_PARTY_NAMES",
    "MAX_BOARD_WORDS",
    "PARTY_BOARDS",
    "PARTY_FULL_NAMES",
    "PARTY_NAMES",
    "PARTY_POST_WORDS",
    "board_end_at",
    "party_board_start",
]
