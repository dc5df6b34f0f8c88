"""The programme an evaluation reports on ("capaian program KKBPK"), for values without a holder.

A performance survey of a government programme lists its indicators one sentence each: "Survei
kinerja program Bina Desa menunjukkan capaian yang rendah. Angka partisipasi hanya 41%.
Tingkat kelulusan mencapai 70%." The indicators' values name no holder of their own: they are
the programme's, not the agency that runs it. The programme is named as what is evaluated
("capaian program X", "sasaran strategis program X"; never "dana untuk program X") in the value's
sentence before it, or in the sentences shortly before.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from beritanlp.rules.scores.cues import CAP
from beritanlp.rules.scores.model import Candidate

#: A programme named as the object of an evaluation: the cue, then "program" and its name
#: (capitalised words or an acronym, at most four).
_EVALUATED = re.compile(
    r"\b(?:capaian|kinerja|sasaran(?:[ \t]+strategis)?|indikator|evaluasi|penilaian"
    r"|target)[ \t]+"
    rf"([Pp]rogram[ \t]+{CAP}(?:[ \t]+{CAP}){{0,3}})")
#: How far back (characters) before the value's sentence the programme may be named.
_REACH = 700


def evaluated_programmes(text: str) -> list[tuple[int, int, str]]:
    """Each programme named as evaluated in ``text``: (start, end, "program X"), in text order.

    One pass over the text (none when it never writes "program"); look-ups for values then
    bisect this list (:func:`programme_before`).
    """
    if "rogram" not in text:
        return []
    return [(m.start(), m.end(), m.group(1)) for m in _EVALUATED.finditer(text)]


def programme_before(found: Sequence[tuple[int, int, str]], c: Candidate) -> str | None:
    """The programme last named as evaluated before ``c``, in its sentence or shortly before.

    Parameters
    ----------
    found : sequence of (int, int, str)
        The text's evaluated programmes (:func:`evaluated_programmes`).
    c : Candidate
        A value that names no holder of its own.

    Returns
    -------
    str | None
        "program X" as written, or ``None`` when no evaluated programme is named nearby.
    """
    i = bisect_right(found, c.start, key=lambda f: f[1]) - 1
    if i < 0 or found[i][0] < max(0, c.sentence[0] - _REACH):
        return None
    return found[i][2]
