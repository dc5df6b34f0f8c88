"""A grade announced for an unnamed group whose members a list right after it names.

"Sejumlah pemkot di Provinsi Alfa menerima predikat Utama dalam Lomba X. Predikat Utama itu
diraih Kota Beta dan Kota Gama": the first sentence only announces the list; its grade is no fact
of its own, and the place the group lies in holds nothing. The listed members hold the grade
(their own candidates). A list of another year, or one its sentence opens with a new place or
year ("Pada 2018, ...", "Di Provinsi Delta, ..."), is another fact. Pure (no spaCy).
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
    r"(?:meraih|memperoleh|mendapat(?:kan)?|menerima|menyabet)\b")
#: The literals one of which an announcing group needs: checked before a scan.
_LITERALS = ("eberapa", "ejumlah", "anyak", "ebagian")
#: How far after its sentence the listed members may follow.
_LIST_REACH = 400
#: A year stated in a sentence.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: A sentence's opening phrase naming a new place or year ("Pada 2018,", "Di Riau Daratan,",
#: "Sementara itu di Kota X,"): up to its first comma.
_NEW_SETTING = re.compile(r"[^,.]{0,60}?(?:\b(?:19|20)\d\d\b|\b[Dd]i[ \t]+[A-Z])[^,.]{0,40},")


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
        meraih ...") in its sentence before it, when a later candidate of the same metric,
        grade and year in the next sentences has listed subjects and its sentence opens with no
        new place or year.
    """
    if not any(w in text for w in _LITERALS):
        return set()
    out: set[int] = set()
    for i, c in enumerate(candidates):
        if not isinstance(c.value, str) or c.subjects or c.kind != "grade":
            continue
        if _GROUP.search(text, c.sentence[0], c.start) is None:
            continue
        if any(_lists(text, c.value, c, d) for d in candidates[i + 1:]):
            out.add(c.start)
    return out


def _lists(text: str, grade: str, c: Candidate, d: Candidate) -> bool:
    """Whether ``d`` lists holders of ``c``'s grade in the sentences right after ``c``'s."""
    if not (c.sentence[1] <= d.start <= c.sentence[1] + _LIST_REACH and d.subjects
            and d.metric.name == c.metric.name and isinstance(d.value, str)
            and d.value.casefold() == grade.casefold()):
        return False
    if _NEW_SETTING.match(text, d.sentence[0], d.start) is not None:
        return False  # "Pada 2018, opini WTP diraih A dan B": another year's (or place's) list
    years = set(_YEAR.findall(text, d.sentence[0], d.sentence[1]))
    return not years or years == set(_YEAR.findall(text, c.sentence[0], c.sentence[1]))
