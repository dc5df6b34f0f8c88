"""spaCy component ``beritanlp_dates``: ``doc._.dates``, ``doc._.date`` and DATE spans.

The rules are :mod:`beritanlp.rules.dates`; this wrapper reads the Doc's text and an anchor date
already in ``doc._.date`` (metadata), and writes the results.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from beritanlp import extensions
from beritanlp.components.merge import merge_into_ents
from beritanlp.rules.dates import dates_of
from beritanlp.text.doc_text import doc_text


class DatesComponent:
    """spaCy component: ``doc._.dates``, ``doc._.date`` and DATE spans in ``doc.ents``.

    Parameters
    ----------
    nlp
        The pipeline (unused).
    name
        Component name.
    write_ents
        Also add DATE spans (unlinked, so they never displace linked entities).
    """

    def __init__(self, nlp: Language | None, name: str = "beritanlp_dates",
                 write_ents: bool = True) -> None:
        extensions.register()
        self.name = name
        self.write_ents = write_ents

    def __call__(self, doc: Doc) -> Doc:
        """Annotate one Doc; a date already in ``doc._.date`` (metadata) is kept as the anchor."""
        text = doc_text(doc)  # joins every token: build it once
        stated, dates = dates_of(text, doc._.date or None)
        if not doc._.date:
            doc._.date = stated
        doc._.dates = dates
        if self.write_ents:
            spans: list[Span] = []
            for d in dates:
                span = doc.char_span(d["start"], d["end"], label="DATE",
                                     alignment_mode="expand")
                if span is not None:
                    spans.append(span)
            merge_into_ents(doc, spans)
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the configuration."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg.json", {"write_ents": self.write_ents})

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> DatesComponent:
        """Restore the configuration saved by :meth:`to_disk`."""
        cfg_path = Path(path) / "cfg.json"
        if cfg_path.exists():
            cfg: Any = srsly.read_json(cfg_path)
            self.write_ents = bool(cfg.get("write_ents", True))
        return self


@Language.factory(
    "beritanlp_dates",
    requires=["doc.ents"],
    assigns=["doc._.dates", "doc._.date", "doc.ents"],
    default_config={"write_ents": True},
)
def make_dates(nlp: Language, name: str, write_ents: bool) -> DatesComponent:
    """Create the ``beritanlp_dates`` component (see :class:`DatesComponent`)."""
    return DatesComponent(nlp, name, write_ents)
