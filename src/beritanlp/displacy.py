"""displaCy views of beritanlp's facts, and the colours spaCy's displaCy uses for them.

spaCy reads extra label colours from the ``spacy_displacy_colors`` entry-point group;
beritanlp registers :func:`displacy_colors` there (see pyproject.toml), so once the package is
installed ``displacy.render(doc, style="ent")`` and ``style="span"`` colour beritanlp's labels
without any options.

>>> from spacy import displacy
>>> from beritanlp.displacy import add_fact_spans
>>> add_fact_spans(doc)                       # doc from beritanlp.load()
>>> displacy.render(doc, style="span", options={"spans_key": "facts"})

Only labels spaCy does not colour itself are registered (OFFICIAL, AGENCY, PLACE, SCORE), so
installing beritanlp changes no other pipeline's entity colours.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from beritanlp import extensions

#: Label -> CSS colour for the fact views.
FACT_COLORS: dict[str, str] = {
    "OFFICIAL": "#f4a261",
    "AGENCY": "#8ecae6",
    "PLACE": "#b5e48c",
    "SCORE": "#ffd166",
}

#: Fact list on the Doc -> span label in the fact view.
FACT_LABELS: dict[str, str] = {
    "officials": "OFFICIAL",
    "agencies": "AGENCY",
    "places": "PLACE",
    "scores": "SCORE",
}

#: Default ``doc.spans`` key written by :func:`add_fact_spans`.
SPANS_KEY = "facts"


def displacy_colors() -> dict[str, str]:
    """The colours registered under spaCy's ``spacy_displacy_colors`` entry point.

    Returns
    -------
    dict of str to str
        A fresh copy of :data:`FACT_COLORS`.
    """
    return dict(FACT_COLORS)


def _offsets(kind: str, fact: dict[str, Any]) -> list[tuple[int, int]]:
    if kind == "scores":
        start, end = fact.get("start"), fact.get("end")
        return [(start, end)] if isinstance(start, int) and isinstance(end, int) else []
    return [
        (m[0], m[1])
        for m in fact.get("mentions") or []
        if len(m) == 2 and isinstance(m[0], int) and isinstance(m[1], int)
    ]


def fact_spans(doc: Doc) -> list[Span]:
    """Spans for every mention of an official, agency, place and score found in ``doc``.

    Parameters
    ----------
    doc
        A document processed by the beritanlp pipeline.

    Returns
    -------
    list of Span
        Labelled OFFICIAL, AGENCY, PLACE or SCORE, sorted by position. Offsets that do not fall
        on token boundaries are widened to the tokens around them (``alignment_mode="expand"``);
        empty or out-of-range offsets are skipped.
    """
    extensions.register()
    spans: list[Span] = []
    for kind, label in FACT_LABELS.items():
        for fact in extensions.fact_list(doc, kind):
            for start, end in _offsets(kind, fact):
                if not 0 <= start < end <= len(doc.text):
                    continue
                span = doc.char_span(start, end, label=label, alignment_mode="expand")
                if span is not None and len(span):
                    spans.append(span)
    spans.sort(key=lambda s: (s.start, -s.end, s.label_))
    return spans


def add_fact_spans(doc: Doc, key: str = SPANS_KEY) -> Doc:
    """Store :func:`fact_spans` in ``doc.spans[key]`` for ``displacy.render(style="span")``.

    Parameters
    ----------
    doc
        A document processed by the beritanlp pipeline.
    key
        The ``doc.spans`` key to write (pass the same as ``options={"spans_key": key}``).

    Returns
    -------
    Doc
        The same ``doc``, for chaining.
    """
    doc.spans[key] = fact_spans(doc)
    return doc


__all__ = ["FACT_COLORS", "FACT_LABELS", "SPANS_KEY", "add_fact_spans", "displacy_colors",
           "fact_spans"]
