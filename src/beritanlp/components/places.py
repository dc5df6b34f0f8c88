"""spaCy component ``beritanlp_places``: gazetteer places into ``doc.ents`` and ``doc._.places``.

The algorithm lives in :mod:`beritanlp.rules.places`, the tables in
:mod:`beritanlp.lexicons.regions` (the pipeline's ``gazetteer`` table); this component only

* passes the character ranges of longer ORG/PERSON/FAC entities already in ``doc.ents`` (the
  agencies component and the statistical NER run first) as *blocked* ranges, so that a place
  inside "Pemerintah Kota Pangkalpinang" or "Institut Pertanian Bogor" is not reported on its own;
* passes the regional agencies' mentions (``doc._.agencies`` records without a knowledge-base
  name) that end an official's title, a position before them and the holder's name beside
  them, so that the place ending one is reported ("Kepala Dinas Kesehatan Kota Bekasi, Rina";
  :mod:`beritanlp.rules.places.titles`);
* passes the LOC/GPE entities of the statistical NER as evidence that a bare district name is
  a place (:mod:`beritanlp.rules.places.local`);
* writes one GPE span (LOC for islands and regions) per reported mention, ``kb_id_`` = the
  Kemendagri code (or ``"negara:malaysia"``-style ids for places without a code), merged with
  :func:`beritanlp.components.merge.merge_spans`;
* writes a NEW list of place records to ``doc._.places``.

A text with garbled no-break spaces (``"Tangerang¬†Selatan"``) is read with them as spaces
(:func:`beritanlp.text.doc_text.squeezed_text`), as the agencies component reads it; offsets
are mapped back to the Doc's text.

User aliases added with :meth:`PlacesComponent.add_aliases` replace the pipeline's gazetteer with
one that knows them (so officials' jurisdictions see them too); they are saved by ``to_disk``
and restored by ``from_disk``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from beritanlp import extensions
from beritanlp.components.base import WarmUp
from beritanlp.components.merge import merge_spans
from beritanlp.lexicons import Lexicons
from beritanlp.lexicons.regions import Gazetteer
from beritanlp.rules.places import find_places, place_records
from beritanlp.rules.places.blocks import bureau_words
from beritanlp.rules.places.titles import TitleWords, title_words, titled_agencies
from beritanlp.stemming.plain import plain_word
from beritanlp.text.doc_text import doc_text, squeezed_text
from beritanlp.text.mojibake import GARBLED_NBSP

DEFAULT_BLOCK_LABELS: tuple[str, ...] = ("ORG", "PERSON", "PER", "FAC")
#: Entity labels (of the statistical NER) that are evidence for a bare district name.
LOCATION_LABELS: frozenset[str] = frozenset({"LOC", "GPE"})
#: Entity labels of persons: a name beside a title makes it an official's.
PERSON_LABELS: frozenset[str] = frozenset({"PERSON", "PER"})


def _rule_spans(doc: Doc) -> frozenset[tuple[int, int]]:
    """Character ranges of the agency mentions the agencies component made (if it ran)."""
    if not Doc.has_extension("agencies") or not doc._.agencies:
        return frozenset()
    return frozenset((s, e) for r in doc._.agencies for s, e in r["mentions"])


def _titled_spans(
    doc: Doc, ents: Sequence[Span], text: str, forms: TitleWords, gaz: Gazetteer,
) -> list[tuple[int, int]]:
    """Character ranges of the regional agency mentions that end an official's title."""
    if not Doc.has_extension("agencies") or not doc._.agencies:
        return []
    spans = [(s, e) for r in doc._.agencies for s, e in r["mentions"]]
    regional = [(s, e) for r in doc._.agencies if r.get("canonical") is None
                for s, e in r["mentions"]]
    persons = [(e.start_char, e.end_char) for e in ents if e.label_ in PERSON_LABELS]
    return titled_agencies(text, spans, regional, persons, forms,
                           names=lambda run: not gaz.lookup(run))


def _label(place_type: str) -> str:
    return "LOC" if place_type == "wilayah" else "GPE"


class PlacesComponent(WarmUp):
    """Find places with the packaged gazetteer and write them to the Doc.

    Parameters
    ----------
    nlp
        The pipeline (unused; kept for the factory signature).
    name
        Component name.
    block_labels
        Entity labels whose longer spans hide the places inside them.
    """

    def __init__(
        self, nlp: Language | None, name: str = "beritanlp_places",
        block_labels: Iterable[str] = DEFAULT_BLOCK_LABELS,
        *, lexicons: Lexicons | None = None,
    ) -> None:
        extensions.register()
        self.name = name
        self.block_labels = list(block_labels)
        self.user_aliases: list[dict[str, str]] = []
        if lexicons is None:
            lexicons = Lexicons.of(nlp) if nlp is not None else Lexicons()
        self.lexicons = lexicons
        self._base: Gazetteer | None = None  # the gazetteer before this component's aliases

    @property
    def gazetteer(self) -> Gazetteer:
        """The lookup tables: the pipeline's gazetteer (with the aliases added here)."""
        return self.lexicons.gazetteer

    def warm_up(self) -> None:
        """Load the tables that are otherwise loaded at first use (the desa/kelurahan index).

        Interactive use skips the ~40 MB desa table until an article names a desa; a long
        batch job calls this once at start, so its memory is steady from the first batch. The
        spelling-variant tables of the index, kecamatan and desa keys are built here too.
        """
        gazetteer = self.gazetteer
        _ = gazetteer.desa
        for table in ("index", "kecamatan", "desa"):
            gazetteer.variant_table(table)

    def add_aliases(self, aliases: Iterable[dict[str, str]]) -> None:
        """Add aliases ``{"alias": "Kota Kembang", "code": "32.73"}`` (optional ``"type"``).

        The pipeline's gazetteer is replaced by one that knows them. Its spelling-variant
        tables start empty and are built again on first use (call ``warm_up`` again in a batch
        job to keep that cost out of the first batch).

        Raises
        ------
        ValueError
            On unknown keys, a missing alias or code, or a code not in the gazetteer.
        """
        items = [dict(a) for a in aliases]
        if self._base is None:
            self._base = self.lexicons.gazetteer
        aliased = self._base.with_aliases(self.user_aliases + items)  # validates first
        self.user_aliases.extend(items)
        self.lexicons.replace("gazetteer", aliased)

    def __call__(self, doc: Doc) -> Doc:
        """Annotate one Doc: ``doc.ents`` (GPE/LOC, kb_id_ set) and ``doc._.places``."""
        labels = set(self.block_labels)
        ents = doc.ents  # a new tuple (one pass over the tokens) each time: read it once
        blocked = [(e.start_char, e.end_char) for e in ents if e.label_ in labels]
        locs = [(e.start_char, e.end_char) for e in ents if e.label_ in LOCATION_LABELS]
        gaz = self.gazetteer
        rules = _rule_spans(doc)
        names = [(e.start_char, e.end_char) for e in ents if e.label_ in labels
                 and (e.start_char, e.end_char) not in rules]
        persons = [(e.start_char, e.end_char) for e in ents if e.label_ in PERSON_LABELS
                   and e.label_ in labels and (e.start_char, e.end_char) not in rules]
        bureaus = self.lexicons.derived("places.bureau_words", ("positions",), bureau_words)
        text = doc_text(doc)
        forms = self.lexicons.derived("places.title_words", ("positions", "titles", "ranks"),
                                     title_words)
        titled = _titled_spans(doc, ents, text, forms, gaz)
        if GARBLED_NBSP in text:  # "Tangerang¬†Selatan": the rules read the name with a space
            sq = squeezed_text(doc)
            mentions = find_places(sq.text, gaz, sq.squeezed_spans(blocked),
                                   sq.squeezed_spans(locs), name_spans=sq.squeezed_spans(names),
                                   bureaus=bureaus, titled_spans=sq.squeezed_spans(titled),
                                   honorifics=forms.honorifics,
                                   person_spans=sq.squeezed_spans(persons),
                                   plain_word=plain_word)
            for m in mentions:
                m.start, m.end = sq.original_span(m.start, m.end)
        else:
            mentions = find_places(text, gaz, blocked, locs, name_spans=names, bureaus=bureaus,
                                   titled_spans=titled, honorifics=forms.honorifics,
                                   person_spans=persons, plain_word=plain_word)
        spans: list[Span] = []
        for m in mentions:
            if m.blocked or m.place is None:
                continue
            span = doc.char_span(m.start, m.end, label=_label(m.place.type),
                                 kb_id=m.place.kb_id, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.ents = merge_spans(ents, spans)  # as merge_into_ents, without re-reading doc.ents
        doc._.places = place_records(mentions, gaz)
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the configuration and user aliases to a folder."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg.json", {"block_labels": self.block_labels})
        srsly.write_jsonl(path / "aliases.jsonl", self.user_aliases)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> PlacesComponent:
        """Restore what :meth:`to_disk` saved (configuration first, then aliases)."""
        path = Path(path)
        cfg_path = path / "cfg.json"
        if cfg_path.exists():
            cfg: Any = srsly.read_json(cfg_path)
            self.block_labels = list(cfg.get("block_labels", DEFAULT_BLOCK_LABELS))
        self.user_aliases = []
        if self._base is not None:
            self.lexicons.replace("gazetteer", self._base)
            self._base = None
        aliases_path = path / "aliases.jsonl"
        if aliases_path.exists():
            self.add_aliases(srsly.read_jsonl(aliases_path))
        return self

    def __reduce__(self) -> tuple[Callable[..., PlacesComponent], tuple[Any, ...]]:
        # Pickle the settings and the pipeline's tables (replaced ones only: the packaged
        # gazetteer is loaded again in the other process; the aliased one travels whole).
        return (_rebuild, (self.name, self.block_labels, self.user_aliases, self.lexicons))


def _rebuild(
    name: str, block_labels: list[str], aliases: list[dict[str, str]], lexicons: Lexicons,
) -> PlacesComponent:
    component = PlacesComponent(None, name, block_labels, lexicons=lexicons)
    component.user_aliases = list(aliases)  # already in the pipeline's gazetteer
    return component


@Language.factory(
    "beritanlp_places",
    requires=["doc.ents"],
    assigns=["doc.ents", "doc._.places"],
    default_config={"block_labels": list(DEFAULT_BLOCK_LABELS)},
)
def make_places(nlp: Language, name: str, block_labels: list[str]) -> PlacesComponent:
    """Create the ``beritanlp_places`` component (see :class:`PlacesComponent`)."""
    return PlacesComponent(nlp, name, block_labels)
