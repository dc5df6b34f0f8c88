"""spaCy component ``beritanlp_ner_knowledge``: known places and agencies in the NER's entities.

The rules are in :mod:`beritanlp.ner.knowledge`; the tables are the pipeline's (the gazetteer's
index and the agency index the agencies component builds), so nothing is loaded twice.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from beritanlp.lexicons import Lexicons
from beritanlp.lexicons.agencies import AgencyKB
from beritanlp.lexicons.regions import Gazetteer
from beritanlp.lexicons.titles import TitleList
from beritanlp.lexicons.words import word_list
from beritanlp.ner.knowledge import (
    UNIT_CUES,
    KnownNames,
    apply_knowledge,
    load_bound_types,
    load_place_contexts,
)
from beritanlp.rules.agencies.index import AgencyIndex
from beritanlp.rules.agencies.regions import norm
from beritanlp.text.doc_text import token_texts

#: The derived table of the agencies component (:class:`AgencyIndex`), shared with it.
AGENCY_INDEX_KEY = "agencies.index"


class NerKnowledge:
    """spaCy component: :func:`apply_knowledge` on the entities in ``doc.ents``.

    Entities with a ``kb_id_`` (linked by a knowledge-base component) are kept as they are.

    Parameters
    ----------
    nlp
        The pipeline (its :class:`Lexicons` give the tables).
    name
        Component name.
    relabel
        Also relabel model spans that are a known name of the other kind (rule 2).
    drop_bound
        Drop model LOC/ORG spans that name a place of a learned bound type (a country)
        outside the learned place contexts (rule 3). Off by default: it reproduces
        idner-news-2k's annotation ("warga Jepang" untagged), which other corpora and most
        users do not share (NERGRIT valid 0.466 -> 0.446 with it; see the model card).
    title_names
        Tag the name after a title and a place in one capitalised run PERSON (rule 4).
    features
        Tag a capitalised run of a feature or unit cue and a name LOC ("Selat Sunda",
        "Desa Sukamaju"; rule 5).
    """

    def __init__(
        self, nlp: Language | None, name: str = "beritanlp_ner_knowledge", relabel: bool = True,
        drop_bound: bool = False, title_names: bool = True, features: bool = True,
    ) -> None:
        self.name = name
        self.relabel = relabel
        self.lexicons = Lexicons.of(nlp) if nlp is not None else Lexicons()
        self.drop_bound = drop_bound
        self.title_names = title_names
        self.features = features
        self.place_contexts = load_place_contexts()
        self.bound_types = load_bound_types()

    @property
    def names(self) -> KnownNames:
        """The tables, derived from the pipeline's gazetteer and agency index.

        Rebuilt only when one of them is replaced.
        """
        return self.lexicons.derived(
            "ner_knowledge.names", ("gazetteer", "agencies", "titles"), self._build
        )

    def _build(self, gazetteer: Gazetteer, agencies: AgencyKB, titles: TitleList) -> KnownNames:
        index = self.lexicons.derived(AGENCY_INDEX_KEY, ("agencies",), AgencyIndex)
        return KnownNames(
            places=gazetteer.index,
            caps_keys=gazetteer.caps_keys,
            agency_full=index.full,
            agency_short=index.short,
            agency_key=norm,
            place_contexts=self.place_contexts,
            bound_types=self.bound_types,
            titles=titles,
            feature_cues=frozenset(gazetteer.feature_cues) | UNIT_CUES,
            common_cues=frozenset(
                cue for cue, mode in gazetteer.feature_cues.items() if mode == "common"
            ),
            unit_posts=frozenset(word_list("unit_posts")),
            village_classes=frozenset(word_list("village_classes")),
        )

    def __call__(self, doc: Doc) -> Doc:
        """Apply the rules to ``doc.ents`` in place and return ``doc``."""
        found = doc.ents  # a new tuple of new spans each time it is read: read it once
        words = token_texts(doc)
        spans = [(e.start, e.end, e.label_) for e in found]
        linked = {(e.start, e.end): e for e in found if e.kb_id_}
        new = apply_knowledge(
            words, spans, self.names, self.relabel, frozen=linked,
            drop_bound=self.drop_bound, title_names=self.title_names, features=self.features,
        )
        if new == spans:
            return doc
        kept = {(e.start, e.end, e.label_): e for e in found}
        ents = [kept.get(s) or Span(doc, s[0], s[1], label=s[2]) for s in new]
        doc.set_ents(ents, outside=_dropped(found, new), default="unmodified")
        return doc


def _dropped(found: Sequence[Span], new: list[tuple[int, int, str]]) -> list[Span]:
    """The tokens of ``found``'s entities that no span of ``new`` covers, as spans.

    Rule 3 drops whole entities, rule 4 cuts some ("Presiden [Perancis] [Emmanuel Macron]"):
    their uncovered tokens must be set outside, or ``set_ents`` keeps their old tags.
    """
    covered = {i for start, end, _ in new for i in range(start, end)}
    out: list[Span] = []
    for e in found:
        free = [i for i in range(e.start, e.end) if i not in covered]
        out.extend(e.doc[i : i + 1] for i in free)
    return out


@Language.factory(
    "beritanlp_ner_knowledge",
    assigns=["doc.ents"],
    requires=["doc.ents"],
    default_config={
        "relabel": True, "drop_bound": False, "title_names": True, "features": True,
    },
)
def make_ner_knowledge(
    nlp: Language, name: str, relabel: bool, drop_bound: bool, title_names: bool,
    features: bool,
) -> NerKnowledge:
    """Create the ``beritanlp_ner_knowledge`` component (see :class:`NerKnowledge`)."""
    return NerKnowledge(
        nlp, name, relabel=relabel, drop_bound=drop_bound, title_names=title_names,
        features=features,
    )
