"""Subject mentions for the score-rule tests, placed in an invented text as the NER passes them."""

from __future__ import annotations

from beritanlp.rules.scores import SubjectMention


def mentions(text: str, *names: str, kind: str = "place") -> list[SubjectMention]:
    """Each name's first occurrence in ``text`` as a :class:`SubjectMention` of ``kind``.

    Raises ``ValueError`` (from :meth:`str.index`) when a name is not in the text, so a test
    whose sentence was edited without its names fails instead of passing no subject.
    """
    out = []
    for name in names:
        start = text.index(name)
        out.append(SubjectMention(name, start, start + len(name), kind))
    return out
