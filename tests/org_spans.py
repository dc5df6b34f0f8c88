"""The agencies the agencies component reads when the NER marks one word run as ORG."""

from __future__ import annotations

import beritanlp.components.agencies  # noqa: F401  (registers the factory)
from beritanlp.pipeline import blank

_NLP = blank()
_AGENCIES = _NLP.add_pipe("beritanlp_agencies")


def agency_names(text: str, org: str, *, last: bool = False) -> list[str]:
    """The agencies' names of ``text`` with ``org`` (a word run of it) as the NER's ORG span.

    The span is ``org``'s first occurrence, or its last with ``last``.

    Raises ``ValueError`` (from :meth:`str.index`) when ``org`` is not in the text, so a test
    whose sentence was edited without its span fails instead of passing no entity.
    """
    doc = _NLP.make_doc(text)
    start = text.rindex(org) if last else text.index(org)
    doc.ents = [doc.char_span(start, start + len(org), label="ORG")]
    return [r["name"] for r in _AGENCIES(doc)._.agencies]
