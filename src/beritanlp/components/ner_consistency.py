"""spaCy component ``beritanlp_ner_consistency``: document consistency of the model's entities.

The rules are in :mod:`beritanlp.ner.consistency`; this component applies them to ``doc.ents``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from beritanlp.ner.consistency import load_name_titles, make_consistent
from beritanlp.text.doc_text import token_texts


class NerConsistency:
    """spaCy component: :func:`make_consistent` on the model's entities in ``doc.ents``.

    Rule 1 always runs; rule 2 only with ``after_titles=True``.

    Entities with a ``kb_id_`` (linked by a knowledge-base component) are kept as they are and
    block the rules where they stand.
    """

    def __init__(
        self, nlp: Language, name: str = "beritanlp_ner_consistency", after_titles: bool = False
    ) -> None:
        self.name = name
        self.after_titles = after_titles
        self.titles = load_name_titles() if after_titles else None

    def __call__(self, doc: Doc) -> Doc:
        """Apply both rules to ``doc.ents`` in place and return ``doc``."""
        found = doc.ents  # a new tuple of new spans each time it is read: read it once
        if not found and not self.after_titles:
            return doc
        words = token_texts(doc)
        spans = [(e.start, e.end, e.label_) for e in found]
        new = make_consistent(words, spans, self.titles)
        if new == spans:
            return doc
        linked = {(e.start, e.end): e for e in found if e.kb_id_}
        ents: list[Span] = []
        for start, end, label in new:
            old = linked.get((start, end))
            ents.append(old if old is not None else Span(doc, start, end, label=label))
        doc.set_ents(ents, default="unmodified")
        return doc


@Language.factory(
    "beritanlp_ner_consistency",
    assigns=["doc.ents"],
    requires=["doc.ents"],
    default_config={"after_titles": False},
)
def make_ner_consistency(nlp: Language, name: str, after_titles: bool) -> NerConsistency:
    """Create the ``beritanlp_ner_consistency`` component (see :class:`NerConsistency`).

    ``after_titles`` switches on rule 2 (names after titles); it is off by default because on
    idner-news-2k dev and NERGRIT valid it added only false positives (see the model card).
    """
    return NerConsistency(nlp, name, after_titles=after_titles)
