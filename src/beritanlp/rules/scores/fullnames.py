"""The long forms an article gives its short forms: one holder under two names.

"Kementerian Dalam Negeri (Kemendagri) ... Kemendagri meraih opini WTP": a score given to the
short form and the same score given to the long form are one fact (dedupe compares holders
through this map). The subject stays as the score's sentence writes it (an acronym subject is
reported as written: tests/integration/test_scores_component.py). Places are left out: "Jawa
Tengah (Jateng)" is no institution's other name.
"""

from __future__ import annotations

from collections.abc import Iterable

from beritanlp.rules.scores.model import SubjectMention
from beritanlp.text.acronyms import AcronymDefinition


def long_forms(definitions: Iterable[AcronymDefinition],
               subjects: Iterable[SubjectMention]) -> dict[str, str]:
    """Short form -> the long form it is first defined with in brackets, places left out.

    A form another component found as a place ("Jawa Tengah", or the short "Korsel" itself)
    names no institution: it gets no entry.
    """
    places = {s.text for s in subjects if s.type == "place"}
    out: dict[str, str] = {}
    for d in definitions:
        if d.short not in out and d.long not in places and d.short not in places \
                and len(d.long.split()) >= 2:
            out[d.short] = d.long
    return out
