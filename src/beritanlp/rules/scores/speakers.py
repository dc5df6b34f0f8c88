"""Subject mentions less the official's name they run into.

"Kepala Dinas Kesehatan Kabupaten X Budi Santoso mengatakan ...": a phrase read from the
capitalised words after a title ("Dinas Kesehatan Kabupaten X Budi Santoso") runs on into
the name of the official who holds the title. The officials found before the scores (their
names, passed in as a table) end such a mention before the name: "Dinas Kesehatan Kabupaten
X". The cut is made on the article's own words at the mention (an agency's mention may be
labelled with the agency's fullest name instead). A mention that is the name alone, or that
would keep fewer than two words, is left out; one whose kept words would end in an
administrative unit word ("DPRD Kota" when the name took the city's name in) is not cut.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from beritanlp.rules.scores.model import SubjectMention

#: Fewest words a mention keeps once the name is cut ("Dinas X", "Kabupaten X").
_MIN_WORDS = 2
#: Unit words that never end a subject: the region's own name follows them.
_ADMIN_WORDS = frozenset({"kota", "kabupaten", "provinsi", "desa", "kecamatan", "kelurahan"})


def _name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """One regex of the names of two words or more, each a whole-word ending, longest first."""
    usable = sorted({n.strip() for n in names if isinstance(n, str) and len(n.split()) >= 2},
                    key=len, reverse=True)
    if not usable:
        return None
    return re.compile(r"[ \t]+(?:" + "|".join(re.escape(n) for n in usable) + r")$")


def _kept(words: str, pattern: re.Pattern[str]) -> str | None:
    """``words`` less the listed name they end with; ``None`` when they end with none."""
    hit = pattern.search(words)
    return None if hit is None else words[:hit.start()].rstrip(" \t,")


def _cut(text: str, m: SubjectMention, pattern: re.Pattern[str]) -> SubjectMention | None:
    """``m`` ending before the official's name its written words end with (``m`` if none).

    ``None`` when the cut would leave a label of fewer than two words. The new end is counted
    on the article's words at the mention; the label is cut the same way when it ends with the
    name, and kept (the agency's fullest name) when it does not.
    """
    surface = text[m.start:m.end] if 0 <= m.start < m.end <= len(text) else m.text
    kept = _kept(surface, pattern)
    if kept is None:
        return m
    label = kept if m.text == surface else (_kept(m.text, pattern) or m.text)
    if any(w.split()[-1].lower() in _ADMIN_WORDS for w in (kept, label) if w.split()):
        return m
    if not kept or len(label.split()) < _MIN_WORDS:
        return None
    return SubjectMention(label, m.start, m.start + len(kept), m.type)


def without_officials(text: str, mentions: Sequence[SubjectMention],
                      names: Iterable[str] | None) -> list[SubjectMention]:
    """``mentions``, each ending before an official's name it runs into.

    Parameters
    ----------
    text : str
        The article the mentions' offsets are in.
    mentions : sequence of SubjectMention
        The subject mentions of ``text``.
    names : iterable of str, optional
        The names of the officials of the text (names of one word are ignored: a one-word
        name may be a region's last word too).

    Returns
    -------
    list[SubjectMention]
        The mentions, those whose words end with a listed name cut before it; a cut mention
        that would keep fewer than two words is dropped, and one that would end in an
        administrative unit word ("Kota", "Kabupaten", ...) is kept whole.
    """
    pattern = _name_pattern(names or ())
    if pattern is None:
        return list(mentions)
    out: list[SubjectMention] = []
    for m in mentions:
        cut = _cut(text, m, pattern)
        if cut is not None:
            out.append(cut)
    return out
