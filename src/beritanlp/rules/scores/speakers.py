"""Subject mentions less the official's name they run into.

"Kepala Dinas Kesehatan Kabupaten X Budi Santoso mengatakan ...": a phrase read from the
capitalised words after a title ("Dinas Kesehatan Kabupaten X Budi Santoso") runs on into
the name of the official who holds the title. The officials found before the scores (their
names, passed in as a table) end such a mention before the name: "Dinas Kesehatan Kabupaten
X". A mention that is the name alone, or that would keep fewer than two words, is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from beritanlp.rules.scores.model import SubjectMention

#: Fewest words a mention keeps once the name is cut ("Dinas X", "Kabupaten X").
_MIN_WORDS = 2


def _name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """One regex of the names of two words or more, each a whole-word ending, longest first."""
    usable = sorted({n.strip() for n in names if isinstance(n, str) and len(n.split()) >= 2},
                    key=len, reverse=True)
    if not usable:
        return None
    return re.compile(r"[ \t]+(?:" + "|".join(re.escape(n) for n in usable) + r")$")


def without_officials(mentions: Sequence[SubjectMention],
                      names: Iterable[str] | None) -> list[SubjectMention]:
    """``mentions``, each ending before an official's name it runs into.

    Parameters
    ----------
    mentions : sequence of SubjectMention
        The subject mentions of one text.
    names : iterable of str, optional
        The names of the officials of the text (names of one word are ignored: a one-word
        name may be a region's last word too).

    Returns
    -------
    list[SubjectMention]
        The mentions, those ending with a listed name cut before it; a cut mention that would
        keep fewer than two words is dropped.
    """
    pattern = _name_pattern(names or ())
    if pattern is None:
        return list(mentions)
    out: list[SubjectMention] = []
    for m in mentions:
        hit = pattern.search(m.text)
        if hit is None:
            out.append(m)
            continue
        kept = m.text[:hit.start()].rstrip(" \t,")
        if len(kept.split()) >= _MIN_WORDS:
            out.append(SubjectMention(kept, m.start, m.start + len(kept), m.type))
    return out
