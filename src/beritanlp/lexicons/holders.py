"""Office holders and officials' nicknames: two validated tables of public facts.

``lexicons/data/office_holders.txt`` has one row per holder of a public office: the title's
forms (separated by ``;``), the holder's full name and the ISO dates they took and left office
(either may be empty: not recorded)::

    Presiden; Presiden RI | Joko Widodo | 2014-10-20 | 2024-10-20

``lexicons/data/official_nicknames.txt`` has one row per nickname: the nickname and the full
name it stands for (``Jokowi | Joko Widodo``). Both are word lists (``#`` comments, ``|``
columns, see :mod:`beritanlp.lexicons.words`); a row that does not have that form (columns,
words, dates) raises :class:`ValueError` naming the file and the line.

The officials rules read them as tuples of casefolded words (:data:`HolderRow`,
:data:`NicknameRow`), from a pipeline's :class:`~beritanlp.lexicons.Lexicons` (tables
``office_holders`` and ``official_nicknames``), so a table replaced there reaches them.
"""

from __future__ import annotations

import re
from datetime import date
from importlib.abc import Traversable
from pathlib import Path

from beritanlp.lexicons.words import numbered_entries, packaged_text, split_columns

#: The packaged tables' names (``lexicons/data/<name>.txt``).
HOLDERS_NAME = "office_holders"
NICKNAMES_NAME = "official_nicknames"
#: One holder of one title form: the form's words and the holder's name words (casefolded,
#: :func:`key_words`) and the ISO dates they took and left office ("" when not recorded):
#: ``(("menteri", "keuangan"), ("sri", "mulyani", "indrawati"), "2016-07-27", "")``.
HolderRow = tuple[tuple[str, ...], tuple[str, ...], str, str]
#: A nickname's words and the words of the full name it stands for, casefolded:
#: ``(("jokowi",), ("joko", "widodo"))``.
NicknameRow = tuple[tuple[str, ...], tuple[str, ...]]

_WORD = re.compile(r"[^\W_]+")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def key_words(text: str) -> tuple[str, ...]:
    """The words of a title or a name, casefolded, without punctuation ("Ma'ruf" is two)."""
    return tuple(_WORD.findall(text.casefold()))


def _day(text: str, where: str, column: str) -> str:
    """``text`` when it is empty or an ISO day ("2014-10-20"); else a ValueError."""
    if text:
        try:
            if not _ISO_DAY.fullmatch(text):
                raise ValueError(text)
            date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{where}: {column} {text!r} is no ISO date (YYYY-MM-DD)") from None
    return text


def read_office_holders(text: str, source: str = "office_holders.txt") -> tuple[HolderRow, ...]:
    """Parse and validate an office-holders table: one row per title form, in file order.

    Parameters
    ----------
    text
        The table's text (``title forms | name | from | to``; the dates may be left out).
    source
        The file's name, for error messages.

    Raises
    ------
    ValueError
        Naming the line: a row of fewer than 2 or more than 4 columns, a title form or a name
        without words, a date that is not ISO, a holder who left before taking office, or a
        row that repeats another.
    """
    rows: list[HolderRow] = []
    for number, entry in numbered_entries(text, source):
        where = f"{source}, line {number}"
        columns = split_columns(entry)
        if not 2 <= len(columns) <= 4:
            raise ValueError(
                f"{where}: expected 'title forms | name | from | to' (2 to 4 columns), "
                f"got {len(columns)}"
            )
        forms = [key_words(form) for form in columns[0].split(";")]
        name = key_words(columns[1])
        start = _day(columns[2] if len(columns) > 2 else "", where, "from")
        end = _day(columns[3] if len(columns) > 3 else "", where, "to")
        if not all(forms):
            raise ValueError(f"{where}: a title form without words in {columns[0]!r}")
        if not name:
            raise ValueError(f"{where}: the holder's name has no words")
        if start and end and end <= start:
            raise ValueError(f"{where}: left office ({end}) before taking it ({start})")
        rows.extend((form, name, start, end) for form in forms)
    return tuple(rows)


def read_official_nicknames(
    text: str, source: str = "official_nicknames.txt"
) -> tuple[NicknameRow, ...]:
    """Parse and validate a nicknames table (``nickname | full name``), in file order.

    Raises
    ------
    ValueError
        Naming the line: a row without exactly two columns, or a column without words.
    """
    rows: list[NicknameRow] = []
    for number, entry in numbered_entries(text, source):
        columns = split_columns(entry)
        if len(columns) != 2:
            raise ValueError(
                f"{source}, line {number}: expected 'nickname | full name', "
                f"got {len(columns)} column(s)"
            )
        nickname, full = (tuple(column.casefold().split()) for column in columns)
        if not nickname or not full:
            raise ValueError(f"{source}, line {number}: a nickname and a full name are needed")
        rows.append((nickname, full))
    return tuple(rows)


def _text(path: str | Path | Traversable | None, name: str) -> tuple[str, str]:
    """The text and the name of the file ``path``, or of the packaged list ``name``."""
    if path is None:
        return packaged_text(name), f"{name}.txt"
    readable = Path(path) if isinstance(path, str) else path
    return readable.read_text(encoding="utf-8"), readable.name


def load_office_holders(path: str | Path | Traversable | None = None) -> tuple[HolderRow, ...]:
    """The office holders of ``path`` (a file or a package resource), else the packaged table."""
    return read_office_holders(*_text(path, HOLDERS_NAME))


def load_official_nicknames(
    path: str | Path | Traversable | None = None,
) -> tuple[NicknameRow, ...]:
    """The nicknames of ``path`` (a file or a package resource), else the packaged table."""
    return read_official_nicknames(*_text(path, NICKNAMES_NAME))


__all__ = [
    "HOLDERS_NAME",
    "NICKNAMES_NAME",
    "HolderRow",
    "NicknameRow",
    "key_words",
    "load_office_holders",
    "load_official_nicknames",
    "read_office_holders",
    "read_official_nicknames",
]
