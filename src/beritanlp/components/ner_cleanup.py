"""spaCy component ``beritanlp_ner_cleanup``: titles and honorifics trimmed from PERSON spans.

The trimming is :mod:`beritanlp.ner.cleanup`; the titles are the pipeline's ``titles`` table
(:class:`beritanlp.lexicons.Lexicons`) plus the component's ``extra_titles``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from beritanlp.lexicons import Lexicons
from beritanlp.lexicons.titles import TitleList, load_titles
from beritanlp.ner.cleanup import (
    has_capital,
    is_bracketed_short_form,
    is_cased_text,
    is_name_short_form,
    is_title_word,
    trim_title_tokens,
)
from beritanlp.text.doc_text import token_texts


class NerCleanup:
    """spaCy component: trim titles from the start of PERSON entities in ``doc.ents``.

    Also trims whitespace tokens from both ends of every entity, and, in normally cased text
    (:func:`is_cased_text`), removes unlinked entities without a single capital letter
    ("sempurna", "rumah sakit"): the model is trained on lower-cased text too, so it can tag
    lower-case words, which in cased news are almost never names (``drop_uncased``); for the
    same reason PERSON entities there lose uncapitalised words at either end ("ayah Greta",
    "Kenny bawa"; :func:`trim_uncased_words`).
    Entities keep their label, ``kb_id_`` and ``id_``; entities that were only a title (or only
    whitespace) are removed.
    """

    def __init__(
        self,
        nlp: Language | None,
        name: str = "beritanlp_ner_cleanup",
        labels: Sequence[str] = ("PERSON",),
        extra_titles: Sequence[str] = (),
        drop_uncased: bool = True,
    ) -> None:
        self.name = name
        self.drop_uncased = drop_uncased
        self.labels = list(labels)
        self.extra_titles = list(extra_titles)
        self.lexicons = Lexicons.of(nlp) if nlp is not None else Lexicons()
        self._saved: TitleList | None = None  # a list restored by from_disk

    @property
    def titles(self) -> TitleList:
        """The titles in use: the pipeline's ``titles`` table (or the saved list) + extras."""
        if self._saved is not None:
            return self._saved
        # rebuilt only when the pipeline's titles table is replaced
        key = "ner_cleanup.titles+" + "\n".join(self.extra_titles)
        return self.lexicons.derived(key, ("titles",), self._build)

    def _build(self, base: TitleList) -> TitleList:
        return base.union(TitleList.from_lines(self.extra_titles))

    def __call__(self, doc: Doc) -> Doc:
        """Trim the entities of ``doc`` in place and return it.

        Every entity loses leading and trailing whitespace tokens (a statistical NER can run
        across a blank line) and a trailing stop or comma (:data:`TRAILING_STOPS`: "[Pulau
        Pari .] , Kepala" before CLICK-ID's paragraph joint); PERSON entities (``labels``) also
        lose leading titles. Then a PERSON's untagged bracketed short form becomes a PERSON
        (:func:`extend_spans`).
        """
        ents: list[Span] = []
        removed: list[Span] = []
        wanted = set(self.labels)
        titles = self.titles
        found = doc.ents  # a new tuple of new spans each time it is read: read it once
        cased = self.drop_uncased and bool(found) and is_cased_text(token_texts(doc))
        for ent in found:
            if cased and not ent.kb_id_ and not has_capital(t.text for t in ent):
                removed.append(ent)
                continue
            start, end = ent.start, ent.end
            while start < end and doc[start].is_space:
                start += 1
            while end > start and (doc[end - 1].is_space or doc[end - 1].text in TRAILING_STOPS):
                end -= 1
            if ent.label_ in wanted and start < end:
                after = start > 0 and is_title_word(doc[start - 1].text, titles)
                start += trim_title_tokens([t.text for t in doc[start:end]], titles, after)
                if cased and not ent.kb_id_:
                    start, end = trim_uncased_words(doc, start, end)
            if (start, end) == (ent.start, ent.end):
                ents.append(ent)
                continue
            if start > ent.start:
                removed.append(doc[ent.start : min(start, ent.end)])
            if end < ent.end and end > start:
                removed.append(doc[end : ent.end])
            if start >= end:
                continue
            ents.append(
                Span(doc, start, end, label=ent.label, kb_id=ent.kb_id, span_id=ent.id)
            )
        ents, extended = extend_spans(doc, ents, wanted)
        if removed or extended:
            # The cut-off tokens become "outside" (O); everything else is as before.
            doc.set_ents(ents, outside=removed, default="unmodified")
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the title list in use (``titles.txt``) so a saved pipeline keeps it."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "titles.txt").write_text("\n".join(self.titles.to_lines()) + "\n", "utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> NerCleanup:
        """Load the title list saved by :meth:`to_disk` (config already restored)."""
        titles_file = Path(path) / "titles.txt"
        if titles_file.is_file():
            self._saved = self._build(load_titles(titles_file))
        return self


def extend_spans(
    doc: Doc, ents: Sequence[Span], labels: Collection[str] = ("PERSON",)
) -> tuple[list[Span], bool]:
    """Add the untagged bracketed short form of a PERSON right after it ("Joko Widodo (Jokowi)").

    idner-news-2k train tags all 5 such short forms as PERSON. (Train also extends an ORG over a
    one-token bracketed short form, "Mahkamah Konstitusi (MK)", but the pipeline's tokenizer
    splits brackets off, so that convention would change scores on CoNLL files only and is not
    followed.)

    Parameters
    ----------
    doc
        The document.
    ents
        Its entities, sorted and not overlapping.
    labels
        The person labels (the component's ``labels``).

    Returns
    -------
    tuple
        The new entity list and whether anything changed.
    """
    out: list[Span] = []
    changed = False
    for i, ent in enumerate(ents):
        out.append(ent)
        nxt_start = ents[i + 1].start if i + 1 < len(ents) else len(doc)
        short = _bracketed_person_short_form(doc, ent, nxt_start, labels)
        if short is not None:
            out.append(short)
            changed = True
    return out, changed


def _bracketed_person_short_form(
    doc: Doc, ent: Span, limit: int, labels: Collection[str]
) -> Span | None:
    """The untagged bracketed short form right after a PERSON, as a PERSON ("(Jokowi)").

    One-token "(Jokowi)" (CoNLL files: the whole token, as idner-news-2k tags it) or split
    "( Jokowi )" (the pipeline's tokenizer: the word); only when it is made of the starts of
    the name's words (:func:`is_name_short_form`) and no entity starts before ``limit``.
    """
    end = ent.end
    if ent.label_ not in labels or end >= limit:
        return None
    name = [t.text for t in ent]
    text = doc[end].text
    if is_bracketed_short_form(text) and is_name_short_form(text, name):
        return Span(doc, end, end + 1, label=ent.label)
    if (
        text == "("
        and end + 2 < limit
        and doc[end + 2].text == ")"
        and doc[end + 1].text[:1].isupper()
        and is_name_short_form(doc[end + 1].text, name)
    ):
        return Span(doc, end + 1, end + 2, label=ent.label)
    return None


#: Stop tokens no entity ends with: the news tokenizer keeps an abbreviation's period inside
#: its token ("Jl.", "Tbk."), so a period of its own ends a sentence.
TRAILING_STOPS = frozenset({".", ",", ";", ":", "!", "?"})


def trim_uncased_words(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop uncapitalised words from both ends of a name span in cased text; new bounds.

    "ayah Greta" becomes "Greta" and "Kenny bawa" "Kenny": in normally cased news a name starts
    and ends with a capitalised word (particles such as "bin" or "van" sit inside). Only words
    with a letter count at the end, so a closing bracket or a number stays.
    """
    while start < end and not has_capital([doc[start].text]):
        start += 1
    while end > start and _uncased_word(doc[end - 1].text):
        end -= 1
    return start, end


def _uncased_word(text: str) -> bool:
    return any(c.isalpha() for c in text) and not has_capital([text])


@Language.factory(
    "beritanlp_ner_cleanup",
    assigns=["doc.ents"],
    requires=["doc.ents"],
    default_config={"labels": ["PERSON"], "extra_titles": [], "drop_uncased": True},
)
def make_ner_cleanup(
    nlp: Language, name: str, labels: list[str], extra_titles: list[str], drop_uncased: bool
) -> NerCleanup:
    """Create the ``beritanlp_ner_cleanup`` component.

    Parameters
    ----------
    nlp
        The pipeline.
    name
        Component name.
    labels
        Entity labels to trim (PERSON by default).
    extra_titles
        Lines in the ``person_titles.txt`` format added to the pipeline's ``titles`` table.
    drop_uncased
        In normally cased text, remove unlinked entities without a capital letter.

    Returns
    -------
    NerCleanup
    """
    return NerCleanup(
        nlp, name, labels=labels, extra_titles=extra_titles, drop_uncased=drop_uncased
    )

