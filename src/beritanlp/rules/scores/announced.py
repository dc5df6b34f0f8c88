"""A grade announced for an unnamed group whose members a list right after it names.

"Ada juga beberapa kabupaten/kota di Jawa Tengah yang meraih Anugerah X Kategori Silver. Untuk
Kategori Silver Pemerintah Kota, yakni Kota A dan Kota B": the first sentence announces the list;
its grade is no fact of its own, and the place the group lies in (Jawa Tengah) holds nothing. The
listed members hold the grade (their own candidates). Pure (no spaCy).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from beritanlp.rules.scores.model import Candidate

#: An unnamed group of governments or bodies, optionally with the place it lies in, holding
#: what follows: "beberapa kabupaten/kota di Jawa Tengah yang", "sejumlah daerah meraih".
_GROUP = re.compile(
    r"\b(?:[Bb]eberapa|[Ss]ejumlah|[Bb]anyak|[Ss]ebagian)[ \t]+(?:pemerintah[ \t]+)?"
    r"(?:daerah|kabupaten|kota|provinsi|pemda|pemkab|pemkot|kementerian|lembaga|instansi"
    r"|desa|kelurahan|satuan[ \t]+kerja)(?:[ \t]*/[ \t]*(?:kabupaten|kota|provinsi))?"
    r"(?:[ \t]+lain(?:nya)?)?(?:[ \t]+di[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3})?"
    r"[ \t]+(?:yang[ \t]+)?(?:juga[ \t]+)?(?:berhasil[ \t]+)?"
    r"(?:meraih|memperoleh|mendapat(?:kan)?|menerima|menyabet|mendapat)\b")
#: The literals one of which an announcing group needs: checked before a scan.
_LITERALS = ("eberapa", "ejumlah", "anyak", "ebagian")
#: How far after its sentence the listed members may follow.
_LIST_REACH = 400


def announced_grades(text: str, candidates: Sequence[Candidate]) -> set[int]:
    """The starts of grades an unnamed group holds whose members a list right after names.

    Parameters
    ----------
    text : str
        The article text.
    candidates : Sequence[Candidate]
        The score candidates, in text order.

    Returns
    -------
    set[int]
        Starts of the grade candidates that only announce a list: a grade (a string value) with
        no subjects of its own, held by an unnamed group ("beberapa kabupaten/kota di X yang
        meraih ...") in its sentence before it, when a later candidate of the same metric and
        grade in the next sentences has listed subjects.
    """
    if not any(w in text for w in _LITERALS):
        return set()
    out: set[int] = set()
    for i, c in enumerate(candidates):
        if not isinstance(c.value, str) or c.subjects or c.kind != "grade":
            continue
        if _GROUP.search(text, c.sentence[0], c.start) is None:
            continue
        if any(_lists(c, d) for d in candidates[i + 1:]):
            out.add(c.start)
    return out


def _lists(c: Candidate, d: Candidate) -> bool:
    """Whether ``d`` lists holders of ``c``'s grade in the sentences right after ``c``'s."""
    return c.sentence[1] <= d.start <= c.sentence[1] + _LIST_REACH and bool(d.subjects) \
        and d.metric.name == c.metric.name and isinstance(d.value, str) \
        and d.value.casefold() == c.value.casefold()  # type: ignore[union-attr]
