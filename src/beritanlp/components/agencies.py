"""spaCy component ``beritanlp_agencies``: agencies into ``doc.ents`` and ``doc._.agencies``.

The algorithm lives in :mod:`beritanlp.rules.agencies` (patterns, acronym linking, records);
this component

* finds knowledge-base terms with two PhraseMatchers: short forms on ``ORTH`` (case-sensitive,
  so "BI" never fires on "bi"), full names and aliases on ``LOWER``;
* hands their character offsets, and optionally the ORG spans a statistical NER left in
  ``doc.ents``, to :func:`~beritanlp.rules.agencies.extract_agencies`;
* writes one ``ORG`` span per top-level mention (``kb_id_`` = agency id,
  ``span._.canonical`` = the knowledge base's full name where known) with
  :func:`~beritanlp.components.merge.merge_spans`, and a NEW list of records to
  ``doc._.agencies``.

The knowledge base is the pipeline's table (:class:`beritanlp.lexicons.Lexicons`): ``set_kb``
and ``from_disk`` replace it there, so the officials and scores components see the same one.
``to_disk`` saves the configuration and the knowledge base (JSONL via srsly); ``from_disk``
restores them, so a customised knowledge base travels with a saved pipeline.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

import srsly
from spacy.attrs import IDX
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from beritanlp import extensions
from beritanlp.components.merge import merge_spans
from beritanlp.lexicons import Lexicons
from beritanlp.lexicons.agencies import AgencyKB
from beritanlp.lexicons.positions import PositionLexicon
from beritanlp.lexicons.regions import Gazetteer
from beritanlp.lexicons.words import split_columns, word_list, word_table
from beritanlp.rules.agencies import (
    AgencyIndex,
    KBHit,
    RegionNames,
    extract_agencies,
    find_acronym_hits,
)
from beritanlp.rules.agencies.candidates import Mention
from beritanlp.rules.agencies.care import CareWords, care_words
from beritanlp.rules.agencies.ranks import RankTail, rank_tail
from beritanlp.rules.agencies.records import names_as_given
from beritanlp.rules.agencies.written import written_forms
from beritanlp.stemming.plain import plain_word
from beritanlp.text.doc_text import doc_text, squeezed_text, token_texts
from beritanlp.text.mojibake import GARBLED_NBSP, Squeezed
from beritanlp.text.shouted import recased_headline

LABEL = "ORG"
#: Labels of the NER's person entities (evidence of a name run into an agency span).
PERSON_LABELS = frozenset({"PERSON", "PER"})


class AgenciesComponent:
    """Find agency mentions and write them to the Doc.

    Parameters
    ----------
    nlp
        The pipeline; its tokenizer turns knowledge-base terms into match patterns.
    name
        Component name.
    use_ner_orgs
        Turn ORG entities already in ``doc.ents`` (from the statistical NER) into agencies when
        they start with a public-institution head word and no rule found them.
    kb
        Knowledge base to use instead of the pipeline's (it then becomes the pipeline's).
    lexicons
        The tables to read (the pipeline's :class:`~beritanlp.lexicons.Lexicons` by default).
    """

    def __init__(
        self,
        nlp: Language | None,
        name: str = "beritanlp_agencies",
        use_ner_orgs: bool = True,
        kb: AgencyKB | None = None,
        *,
        vocab: Vocab | None = None,
        pattern_words: list[list[str]] | None = None,
        lexicons: Lexicons | None = None,
    ) -> None:
        extensions.register()
        if nlp is None and vocab is None:
            raise ValueError("AgenciesComponent needs a pipeline or a vocab")
        self.vocab: Vocab = nlp.vocab if nlp is not None else vocab  # type: ignore[assignment]
        self._tokenizer = nlp.tokenizer if nlp is not None else None
        self.name = name
        self.use_ner_orgs = use_ner_orgs
        if lexicons is None:
            lexicons = Lexicons.of(nlp) if nlp is not None else Lexicons()
        self.lexicons = lexicons
        self._matched_kb: AgencyKB | None = None
        if kb is not None:
            self.set_kb(kb, pattern_words)
        else:
            self._build_matchers(self.kb, pattern_words)

    @property
    def kb(self) -> AgencyKB:
        """The knowledge base: the pipeline's agency table."""
        return self.lexicons.agencies

    @property
    def index(self) -> AgencyIndex:
        """Lookups derived from the knowledge base (rebuilt when it is replaced)."""
        return self.lexicons.derived("agencies.index", ("agencies",), AgencyIndex)

    @property
    def non_public(self) -> frozenset[str]:
        """Names and short forms of non-public bodies (the position lexicon's ``nongov``)."""
        return self.lexicons.derived("agencies.non_public", ("positions",), _non_public)

    @property
    def written_forms(self) -> dict[str, str]:
        """The knowledge base's short forms by their lowercase ("bakamla" -> "Bakamla")."""
        return self.lexicons.derived(
            "agencies.written_forms", ("agencies",),
            lambda kb: written_forms(kb, [row[0] for row in word_table("region_aliases")]))

    @property
    def ranks(self) -> RankTail:
        """Ranks cut off the end of an agency span (from the pipeline's ranks table)."""
        return self.lexicons.derived("agencies.rank_tail", ("ranks",), rank_tail)

    @property
    def care(self) -> CareWords:
        """Words of a patient's care (the pipeline's ``care_words`` list), built once."""
        return self.lexicons.derived(
            "agencies.care", (),
            lambda: care_words(split_columns(row) for row in self.lexicons.words("care_words")))

    @property
    def regions(self) -> RegionNames:
        """Known region names from the pipeline's gazetteer (rebuilt when it is replaced)."""
        return self.lexicons.derived("agencies.regions", ("gazetteer",), _region_names)

    def set_kb(self, kb: AgencyKB, pattern_words: list[list[str]] | None = None) -> None:
        """Use ``kb`` in the whole pipeline (it replaces the pipeline's agency table).

        Parameters
        ----------
        kb
            The knowledge base.
        pattern_words
            Tokens of each term of ``kb.terms()`` (internal: used when unpickling, where the
            pipeline's tokenizer is not at hand).
        """
        self.lexicons.replace("agencies", kb)
        self._build_matchers(kb, pattern_words)

    def _build_matchers(self, kb: AgencyKB, pattern_words: list[list[str]] | None) -> None:
        """Build the PhraseMatchers of ``kb``'s terms."""
        self._matched_kb = kb
        self._terms: dict[str, tuple[str, tuple[str, ...]]] = {}
        by_term: dict[tuple[str, str], list[str]] = {}
        for term, kind, agency_id in kb.terms():
            ids = by_term.setdefault((term, kind), [])
            if agency_id not in ids:
                ids.append(agency_id)
        self._exact = PhraseMatcher(self.vocab, attr="ORTH")
        self._lower = PhraseMatcher(self.vocab, attr="LOWER")
        terms = list(by_term)
        if pattern_words is None or len(pattern_words) != len(terms):
            if self._tokenizer is None:
                raise ValueError("pattern tokens do not fit the knowledge base")
            tokenizer: Any = self._tokenizer
            docs = list(tokenizer.pipe(term for term, _ in terms))
        else:
            docs = [Doc(self.vocab, words=words) for words in pattern_words]
        self._pattern_words = [[t.text for t in doc] for doc in docs]
        for n, ((_, kind), doc) in enumerate(zip(terms, docs, strict=True)):
            key = f"agency-term-{n}"
            self._terms[key] = (kind, tuple(by_term[terms[n]]))
            # Short forms and one-word names are case-sensitive; longer full forms are not.
            if kind == "acronym" or len(doc) == 1:
                self._exact.add(key, [doc])
            else:
                self._lower.add(key, [doc])

    def kb_hits(self, doc: Doc, *, text: str | None = None) -> list[KBHit]:
        """Knowledge-base terms in ``doc`` as character offsets.

        ``text`` is ``doc.text`` when the caller already has it (building it joins every token).
        """
        if self._matched_kb is not self.kb:  # the table was replaced elsewhere in the pipeline
            self._build_matchers(self.kb, None)
        hits = []
        strings = self.vocab.strings
        for matcher in (self._exact, self._lower):
            for match_id, start, end in matcher(doc):
                kind, ids = self._terms[strings[match_id]]
                span = doc[start:end]
                hits.append(KBHit(span.start_char, span.end_char, kind, ids))
        # Short forms glued to punctuation the tokenizer did not split ("DPR RI.,Penilaian").
        seen = {(h.start, h.end) for h in hits}
        if text is None:
            text = doc_text(doc)
        found = find_acronym_hits(text, self.kb, self.index)
        hits.extend(h for h in found if (h.start, h.end) not in seen)
        return hits

    def __call__(self, doc: Doc) -> Doc:
        """Annotate one Doc: ``doc.ents`` (ORG, kb_id_ set) and ``doc._.agencies``."""
        # ``doc.ents`` builds a new tuple (one pass over the tokens) each time: read it once.
        ents = doc.ents
        orgs = []
        if self.use_ner_orgs:
            orgs = [(e.start_char, e.end_char) for e in ents if e.label_ == LABEL]
        persons = [(e.start_char, e.end_char) for e in ents if e.label_ in PERSON_LABELS]
        text = doc_text(doc)  # joins every token: build it once
        kb = self.kb
        # A headline in capitals is read as the article writes its words (same offsets).
        read, given = doc, text
        recased = recased_headline(
            text, self.written_forms, plain_word, _HEADLINE_FUNCTION_WORDS)
        if recased != text:
            read, text = recased_doc(doc, recased), recased
        if GARBLED_NBSP in text:  # "Polda Metro¬†Jaya": the rules read the name with a space
            mentions, records = self._squeezed(read, orgs, persons)
        else:
            hits = self.kb_hits(read, text=text)
            mentions, records = extract_agencies(
                text, hits, kb, orgs, regions=self.regions, index=self.index, persons=persons,
                non_public=self.non_public, ranks=self.ranks, plain=plain_word, care=self.care,
            )
        names_as_given(records, text, given)  # names as written, not as recased
        ids = {tuple(m): r["id"] for r in records for m in r["mentions"]}
        spans: list[Span] = []
        for m in mentions:
            if m.nested:
                continue
            span = doc.char_span(
                m.start, m.end, label=LABEL, kb_id=ids.get((m.start, m.end), "") or "",
                alignment_mode="expand",
            )
            if span is None:
                continue
            if m.kb_id and m.kb_id in kb:
                span._.canonical = kb[m.kb_id].name
            spans.append(span)
        doc.ents = merge_spans(ents, spans)  # what merge_into_ents does, without re-reading
        doc._.agencies = records
        return doc

    def _squeezed(
        self, doc: Doc, orgs: list[tuple[int, int]], persons: list[tuple[int, int]]
    ) -> tuple[list[Mention], list[dict[str, Any]]]:
        """The agencies of a text with garbled no-break spaces, found as if they were spaces.

        The rules run on :func:`squeezed_doc`'s text; offsets are mapped to and from ``doc``.
        """
        squeezed_tokens, squeezed = squeezed_doc(doc)
        text = squeezed.text
        mentions, records = extract_agencies(
            text, self.kb_hits(squeezed_tokens, text=text), self.kb,
            squeezed.squeezed_spans(orgs), regions=self.regions, index=self.index,
            persons=squeezed.squeezed_spans(persons), non_public=self.non_public,
            ranks=self.ranks, plain=plain_word, care=self.care,
        )
        back = squeezed.original_span
        mapped = []
        for m in mentions:
            start, end = back(m.start, m.end)
            mapped.append(replace(m, start=start, end=end))
        for record in records:
            record["mentions"] = [list(back(s, e)) for s, e in record["mentions"]]
        return mapped, records

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the configuration (``cfg.json``) and knowledge base (``agencies.jsonl``)."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg.json", {"use_ner_orgs": self.use_ner_orgs})
        srsly.write_jsonl(path / "agencies.jsonl", self.kb.to_dicts())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> AgenciesComponent:
        """Restore what :meth:`to_disk` saved (configuration first, then the knowledge base)."""
        path = Path(path)
        cfg_path = path / "cfg.json"
        if cfg_path.exists():
            cfg: Any = srsly.read_json(cfg_path)
            self.use_ner_orgs = bool(cfg.get("use_ner_orgs", True))
        kb_path = path / "agencies.jsonl"
        if kb_path.exists():
            self.set_kb(AgencyKB.from_dicts(srsly.read_jsonl(kb_path)))
        return self

    def __reduce__(self) -> tuple[Callable[..., AgenciesComponent], tuple[Any, ...]]:
        # Pickle plain data (vocab, settings, the pipeline's tables, pattern tokens) and
        # rebuild the matchers; components pickled together keep sharing one Lexicons.
        return (
            _rebuild,
            (self.vocab, self.name, self.use_ner_orgs, self.lexicons, self._pattern_words),
        )


def _rebuild(
    vocab: Vocab,
    name: str,
    use_ner_orgs: bool,
    lexicons: Lexicons,
    pattern_words: list[list[str]],
) -> AgenciesComponent:
    return AgenciesComponent(
        None, name, use_ner_orgs, vocab=vocab, pattern_words=pattern_words, lexicons=lexicons
    )


def squeezed_doc(doc: Doc) -> tuple[Doc, Squeezed]:
    """``doc`` with its garbled no-break-space tokens (``"¬†"``) read as spaces.

    The text is squeezed by :func:`beritanlp.text.doc_text.squeezed_text` (the garbled tokens
    only: a web address the tokenizer keeps whole keeps its own), and the other tokens make a
    Doc of the squeezed text, so that the matchers see "Polda Metro Jaya" for "Polda
    Metro¬†Jaya".

    Returns
    -------
    squeezed_doc
        The new Doc (same vocab); its text is ``squeezed.text`` (a text of nothing but
        garbled no-break spaces and their spaces gives an empty Doc of the empty text).
    squeezed
        The squeezed text and the map of its offsets back to ``doc.text``.
    """
    texts = token_texts(doc)
    offsets = doc.to_array(IDX).tolist()
    squeezed = squeezed_text(doc)
    kept = [(text, at) for text, at in zip(texts, offsets, strict=True) if text != GARBLED_NBSP]
    words = [text for text, _ in kept]
    starts = [bisect_left(squeezed.back, at) for _, at in kept]  # each word in the squeezed text
    ends = [*starts[1:], len(squeezed.text)] if starts else []  # a text of garbled ones: none
    spaces = [end > start + len(word) for word, start, end in zip(words, starts, ends, strict=True)]
    return Doc(doc.vocab, words=words, spaces=spaces), squeezed


def recased_doc(doc: Doc, text: str) -> Doc:
    """A Doc of ``doc``'s tokens written as in ``text`` (``doc.text`` recased, same length)."""
    words = [text[t.idx : t.idx + len(t.text)] for t in doc]
    return Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])


#: Function words a recased headline in capitals writes in lowercase ("dan", "di").
_HEADLINE_FUNCTION_WORDS = frozenset(word_list("headline_function_words"))


def _non_public(positions: PositionLexicon) -> frozenset[str]:
    return frozenset(form for entry in positions if entry.kind == "nongov" for form in entry.forms)


def _region_names(gazetteer: Gazetteer) -> RegionNames:
    return RegionNames(gazetteer)


@Language.factory(
    "beritanlp_agencies",
    requires=["doc.ents"],
    assigns=["doc.ents", "doc._.agencies"],
    default_config={"use_ner_orgs": True},
)
def make_agencies(nlp: Language, name: str, use_ner_orgs: bool) -> AgenciesComponent:
    """Create the ``beritanlp_agencies`` component (see :class:`AgenciesComponent`)."""
    return AgenciesComponent(nlp, name, use_ner_orgs)
