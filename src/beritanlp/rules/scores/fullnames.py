"""Subjects written at their fullest: a short form the article defines becomes its long form.

GUIDELINE.md writes every string "as it appears in the article at its fullest mention", and the
annotated sets name a ranked or graded institution by the name it is introduced with
("Universitas Indonesia (UI) ... UI meraih skor 35,2": subject "Universitas Indonesia"). A
score whose subject is a short form defined in brackets ("Kementerian Dalam Negeri
(Kemendagri)") takes the long form, so a grade given to both forms is one fact. Places keep the
form the sentence uses ("Jawa Tengah (Jateng) ... Jateng di peringkat 13": "Jateng"), as the
gold files write them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from beritanlp.rules.scores.model import SubjectMention
from beritanlp.schema import Score
from beritanlp.text.acronyms import AcronymDefinition


def long_forms(definitions: Iterable[AcronymDefinition],
               subjects: Iterable[SubjectMention]) -> dict[str, str]:
    """Short form -> the long form it is first defined with, places left out.

    A form another component found as a place ("Jawa Tengah", or the short "Korsel" itself)
    names no institution: the short form stays as written.
    """
    places = {s.text for s in subjects if s.type == "place"}
    out: dict[str, str] = {}
    for d in definitions:
        if d.short not in out and d.long not in places and d.short not in places \
                and len(d.long.split()) >= 2:
            out[d.short] = d.long
    return out


def written_in_full(scores: Sequence[tuple[bool, Score]],
                    full: dict[str, str]) -> list[tuple[bool, Score]]:
    """The scores, each subject that is a defined short form (``full``) written in full."""
    if not full:
        return list(scores)
    return [(t, replace(s, subject=full[s.subject]) if s.subject in full else s)
            for t, s in scores]
