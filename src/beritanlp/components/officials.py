"""spaCy component ``beritanlp_officials``: ``doc._.officials`` and ``doc.spans["officials"]``.

A thin wrapper around :func:`beritanlp.rules.officials.extract_officials`: it reads the PERSON
spans (names) and the linked organisation and place spans (never names) from ``doc.ents``, runs
the core on the doc's text with the pipeline's tables (:class:`~beritanlp.lexicons.Lexicons`:
positions, titles, gazetteer, agency KB) and writes the records and one span per mention.

Positions added with :meth:`OfficialsComponent.add_positions` (or restored by ``from_disk``)
replace the pipeline's ``positions`` table, so every component of the pipeline sees them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from beritanlp import extensions
from beritanlp.components.base import WarmUp
from beritanlp.lexicons import Lexicons
from beritanlp.lexicons.positions import PositionLexicon
from beritanlp.rules.officials import extract_officials, officials_tables
from beritanlp.stemming.plain import plain_word
from beritanlp.text.doc_text import doc_text

DEFAULT_PERSON_LABELS: tuple[str, ...] = ("PERSON", "PER")
#: Entity labels of places: a known place at the start of one may be followed by a name the
#: span swallowed after a title ("Ketua X [Bali Rina Marlina]").
PLACE_LABELS: frozenset[str] = frozenset({"LOC", "GPE"})
#: Entity labels whose spans are never taken as a person's name by the fallback.
DEFAULT_NON_NAME_LABELS: tuple[str, ...] = (
    "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART",
)


class OfficialsComponent(WarmUp):
    """spaCy component ``beritanlp_officials``: ``doc._.officials`` and ``doc.spans["officials"]``.

    Parameters
    ----------
    nlp
        The pipeline, whose :class:`~beritanlp.lexicons.Lexicons` gives the tables; None: the
        packaged tables, in a Lexicons of the component's own.
    name
        Component name.
    person_labels
        Entity labels read as person names from ``doc.ents``.
    fallback
        Use the capitalised-word fallback where no PERSON span is found after a position.
    spans_key
        Key of the span group written to ``doc.spans``.
    non_name_labels
        Entity labels (organisations, places, ...) whose spans, when linked to an agency or a
        place (``kb_id_`` set), the capitalised-word fallback never takes as a name.
    """

    def __init__(
        self,
        nlp: Language | None,
        name: str = "beritanlp_officials",
        person_labels: Iterable[str] = DEFAULT_PERSON_LABELS,
        fallback: bool = True,
        spans_key: str = "officials",
        non_name_labels: Iterable[str] = DEFAULT_NON_NAME_LABELS,
    ) -> None:
        extensions.register()
        self.name = name
        self.person_labels = list(person_labels)
        self.non_name_labels = list(non_name_labels)
        self.fallback = bool(fallback)
        self.spans_key = spans_key
        self.lexicons = Lexicons.of(nlp) if nlp is not None else Lexicons()
        self.user_entries: list[dict[str, Any]] = []
        # The pipeline's positions before this component added its entries, and the table it
        # put in their place (to add to, or restore, the right base later).
        self._base: PositionLexicon | None = None
        self._installed: PositionLexicon | None = None

    # ---- positions ---------------------------------------------------------------------------

    @property
    def lexicon(self) -> PositionLexicon:
        """The position lexicon in use: the pipeline's ``positions`` table."""
        return self.lexicons.positions

    def add_positions(self, entries: Iterable[dict[str, Any]]) -> None:
        """Add lexicon records (same format as ``positions.jsonl``); validated at once.

        The pipeline's ``positions`` table is replaced by one with the new records.

        Raises
        ------
        ValueError
            On an invalid record or a surface form the lexicon already has.
        """
        self._install([*self.user_entries, *(dict(e) for e in entries)])

    def _install(self, entries: list[dict[str, Any]]) -> None:
        """Make the pipeline's positions the base table + ``entries`` (validated first)."""
        current = self.lexicons.positions
        if self._installed is None or current is not self._installed or self._base is None:
            self._base = current  # no entries of ours in the table in use
        table = self._base
        if entries:
            table = PositionLexicon.from_dicts([*self._base.to_dicts(), *entries])
        self.user_entries = entries
        self._installed = table
        if table is not current:
            self.lexicons.replace("positions", table)

    def warm_up(self) -> None:
        """Load the tables the component reads (batch workers call this before their work)."""
        officials_tables(self.lexicons, plain_word)

    # ---- running -------------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        """Find the officials of ``doc``."""
        labels = set(self.person_labels)
        blocking = set(self.non_name_labels) - labels
        found = doc.ents  # a new tuple of new spans each time it is read: read it once
        persons = [(e.start_char, e.end_char) for e in found if e.label_ in labels]
        others = [(e.start_char, e.end_char) for e in found if _blocks_names(e, blocking)]
        places = [(e.start_char, e.end_char) for e in found if e.label_ in PLACE_LABELS]
        records = extract_officials(
            doc_text(doc),
            officials_tables(self.lexicons, plain_word),
            persons,
            fallback=self.fallback,
            non_names=others,
            places=places,
            date=doc._.date if isinstance(doc._.date, str) else None,
        )
        spans: list[Span] = []
        for rec in records:
            for start, end in rec["mentions"]:
                span = doc.char_span(start, end, label="PERSON", alignment_mode="expand")
                if span is None:
                    continue
                span._.position = rec["position"]
                span._.jurisdiction = rec["jurisdiction"]
                spans.append(span)
        doc.spans[self.spans_key] = sorted(spans, key=lambda s: (s.start, s.end))
        doc._.officials = records
        return doc

    # ---- serialization -------------------------------------------------------------------------

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the configuration and user lexicon entries to a folder."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(
            path / "cfg.json",
            {
                "person_labels": self.person_labels,
                "fallback": self.fallback,
                "spans_key": self.spans_key,
                "non_name_labels": self.non_name_labels,
            },
        )
        srsly.write_jsonl(path / "positions.jsonl", self.user_entries)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> OfficialsComponent:
        """Restore what :meth:`to_disk` saved (configuration first, then lexicon entries)."""
        path = Path(path)
        cfg_path = path / "cfg.json"
        if cfg_path.exists():
            cfg: Any = srsly.read_json(cfg_path)
            self.person_labels = list(cfg.get("person_labels", DEFAULT_PERSON_LABELS))
            self.fallback = bool(cfg.get("fallback", True))
            self.spans_key = str(cfg.get("spans_key", "officials"))
            self.non_name_labels = list(cfg.get("non_name_labels", DEFAULT_NON_NAME_LABELS))
        entries_path = path / "positions.jsonl"
        entries = list(srsly.read_jsonl(entries_path)) if entries_path.exists() else []
        self._install([dict(e) for e in entries])
        return self

    def __reduce__(self) -> tuple[Callable[..., OfficialsComponent], tuple[Any, ...]]:
        # A pickled component keeps its settings and added positions; the other tables are
        # the packaged ones (a pipeline's Lexicons is not pickled).
        return (
            _rebuild,
            (
                self.name,
                self.person_labels,
                self.fallback,
                self.spans_key,
                self.user_entries,
                self.non_name_labels,
            ),
        )


def _blocks_names(ent: Span, labels: set[str]) -> bool:
    """Tell whether an entity is a linked agency or place that no person's name overlaps.

    Only entities linked to the knowledge base or the gazetteer count: the statistical NER
    often labels a person ORG or LOC, and generic units (``unit:...``) are guessed from runs of
    capitalised words that may hold a name.
    """
    kb_id = ent.kb_id_
    return ent.label_ in labels and bool(kb_id) and not kb_id.startswith("unit:")


def _rebuild(
    name: str,
    person_labels: list[str],
    fallback: bool,
    spans_key: str,
    entries: list[dict[str, Any]],
    non_name_labels: list[str],
) -> OfficialsComponent:
    component = OfficialsComponent(
        None, name, person_labels, fallback, spans_key, non_name_labels
    )
    if entries:
        component.add_positions(entries)
    return component


@Language.factory(
    "beritanlp_officials",
    requires=["doc.ents"],
    assigns=["doc._.officials", "doc.spans", "span._.position", "span._.jurisdiction"],
    default_config={
        "person_labels": list(DEFAULT_PERSON_LABELS),
        "fallback": True,
        "spans_key": "officials",
        "non_name_labels": list(DEFAULT_NON_NAME_LABELS),
    },
)
def make_officials(
    nlp: Language,
    name: str,
    person_labels: list[str],
    fallback: bool,
    spans_key: str,
    non_name_labels: list[str],
) -> OfficialsComponent:
    """Create the ``beritanlp_officials`` component (see :class:`OfficialsComponent`)."""
    return OfficialsComponent(nlp, name, person_labels, fallback, spans_key, non_name_labels)
