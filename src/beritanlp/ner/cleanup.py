"""Trim titles, honorifics and ranks from the start of PERSON spans.

The NER data sets never annotate titles ("Menteri", "Presiden" are ``O``), but a model can still
swallow one, and the guideline says names never carry them. :func:`trim_title_tokens` is the pure
algorithm on token strings; :class:`NerCleanup` (factory ``beritanlp_ner_cleanup``, placed right
after ``ner``) applies it to ``doc.ents``.

The word list is the pipeline's ``titles`` table (:class:`beritanlp.lexicons.titles.TitleList`,
by default ``resources/person_titles.txt``). Matching ignores case, dots and brackets. Titles are
stripped repeatedly from the left, longest match first, so "Wakil Wali Kota", "Prof. Dr. Ir."
and "Letjen TNI Mar (Purn)" all go. Punctuation between titles ("Prof. ,") goes with them. A span
that is nothing but titles is dropped: a title alone names no person.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from beritanlp.lexicons import Lexicons
from beritanlp.lexicons.titles import TitleList, load_titles, normalize_title_word


def trim_title_tokens(words: Sequence[str], titles: TitleList) -> int:
    """Count the leading tokens of a name span that are titles (and punctuation between them).

    Parameters
    ----------
    words
        The span's token strings.
    titles
        The title list.

    Returns
    -------
    int
        How many tokens to drop from the start; ``len(words)`` when the span is only titles.
    """
    norm = [normalize_title_word(w) for w in words]
    i, stripped = 0, False
    longest = titles.max_words
    while i < len(words):
        if stripped and not norm[i]:  # punctuation after a title: "Prof . Dr ." / "( Purn )"
            i += 1
            continue
        match = 0
        for n in range(min(longest, len(words) - i), 0, -1):
            key = tuple(norm[i : i + n])
            if not all(key):
                continue
            if key in titles.titles or (stripped and key in titles.qualifiers):
                match = n
                break
        if not match:
            break
        i += match
        stripped = True
    return i


def trim_spans(
    words: Sequence[str],
    spans: Iterable[tuple[int, int, str]],
    titles: TitleList,
    labels: Iterable[str] = ("PERSON",),
) -> list[tuple[int, int, str]]:
    """Trim leading titles from the spans with one of ``labels``; drop spans that were all title.

    Parameters
    ----------
    words
        All token strings of the text.
    spans
        ``(start, end, label)`` token spans, end exclusive.
    titles
        The title list.
    labels
        Labels whose spans are trimmed; others pass through unchanged.

    Returns
    -------
    list of tuple
        The trimmed spans, in the input order.
    """
    wanted = set(labels)
    out: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if label in wanted:
            start += trim_title_tokens(words[start:end], titles)
            if start >= end:
                continue
        out.append((start, end, label))
    return out


class NerCleanup:
    """spaCy component: trim titles from the start of PERSON entities in ``doc.ents``.

    Also trims whitespace tokens from both ends of every entity. Entities keep their label,
    ``kb_id_`` and ``id_``; entities that were only a title (or only whitespace) are removed.
    """

    def __init__(
        self,
        nlp: Language | None,
        name: str = "beritanlp_ner_cleanup",
        labels: Sequence[str] = ("PERSON",),
        extra_titles: Sequence[str] = (),
    ) -> None:
        self.name = name
        self.labels = list(labels)
        self.extra_titles = list(extra_titles)
        self.lexicons = Lexicons.of(nlp) if nlp is not None else Lexicons()
        self._saved: TitleList | None = None  # a list restored by from_disk
        self._built: tuple[TitleList, TitleList] | None = None  # (pipeline table, + extras)

    @property
    def titles(self) -> TitleList:
        """The titles in use: the pipeline's ``titles`` table (or the saved list) + extras."""
        if self._saved is not None:
            return self._saved
        base = self.lexicons.titles
        if self._built is None or self._built[0] is not base:
            self._built = (base, self._build(base))
        return self._built[1]

    def _build(self, base: TitleList) -> TitleList:
        return base.union(TitleList.from_lines(self.extra_titles))

    def __call__(self, doc: Doc) -> Doc:
        """Trim the entities of ``doc`` in place and return it.

        Every entity loses leading and trailing whitespace tokens (a statistical NER can run
        across a blank line); PERSON entities (``labels``) also lose leading titles.
        """
        ents: list[Span] = []
        removed: list[Span] = []
        wanted = set(self.labels)
        titles = self.titles
        for ent in doc.ents:
            start, end = ent.start, ent.end
            while start < end and doc[start].is_space:
                start += 1
            while end > start and doc[end - 1].is_space:
                end -= 1
            if ent.label_ in wanted and start < end:
                start += trim_title_tokens([t.text for t in doc[start:end]], titles)
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
        if removed:
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


@Language.factory(
    "beritanlp_ner_cleanup",
    assigns=["doc.ents"],
    requires=["doc.ents"],
    default_config={"labels": ["PERSON"], "extra_titles": []},
)
def make_ner_cleanup(
    nlp: Language, name: str, labels: list[str], extra_titles: list[str]
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

    Returns
    -------
    NerCleanup
    """
    return NerCleanup(nlp, name, labels=labels, extra_titles=extra_titles)

