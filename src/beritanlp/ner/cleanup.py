"""Trim titles, honorifics and ranks from the start of PERSON spans.

The NER data sets never annotate titles ("Menteri", "Presiden" are ``O``), but a model can still
swallow one, and the guideline says names never carry them. :func:`trim_title_tokens` is the pure
algorithm on token strings; :class:`NerCleanup` (factory ``beritanlp_ner_cleanup``, placed right
after ``ner``) applies it to ``doc.ents``.

The word list is ``resources/person_titles.txt`` (format described in its header). Matching ignores
case, dots and brackets. Titles are stripped repeatedly from the left, longest match first, so
"Wakil Wali Kota", "Prof. Dr. Ir." and "Letjen TNI Mar (Purn)" all go. Punctuation between
titles ("Prof. ,") goes with them. A span that is nothing but titles is dropped: a title alone
names no person.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

TITLES_RESOURCE = "person_titles.txt"
_PUNCT = set(".,()[]")


def normalize_title_word(word: str) -> str:
    """Return ``word`` lower-cased without dots and brackets (``"(Purn.)"`` -> ``"purn"``)."""
    return "".join(ch for ch in word if ch not in _PUNCT).lower()


@dataclass(frozen=True)
class TitleList:
    """Titles that may start a PERSON span, as tuples of normalised words.

    Attributes
    ----------
    titles
        Titles trimmed anywhere at the start of a span.
    qualifiers
        Words trimmed only right after another title ("TNI", "Purn").
    """

    titles: frozenset[tuple[str, ...]]
    qualifiers: frozenset[tuple[str, ...]]

    @property
    def max_words(self) -> int:
        """Length in words of the longest entry."""
        return max((len(t) for t in self.titles | self.qualifiers), default=0)

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> TitleList:
        """Parse lines in the ``person_titles.txt`` format (comments, ``+`` qualifiers)."""
        titles: set[tuple[str, ...]] = set()
        qualifiers: set[tuple[str, ...]] = set()
        for raw in lines:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            target = titles
            if line.startswith("+"):
                target, line = qualifiers, line[1:].strip()
            words = tuple(w for w in (normalize_title_word(x) for x in line.split()) if w)
            if words:
                target.add(words)
        return cls(frozenset(titles), frozenset(qualifiers))

    def to_lines(self) -> list[str]:
        """Return the list in the file format (sorted), the inverse of :meth:`from_lines`."""
        return sorted(" ".join(t) for t in self.titles) + sorted(
            "+" + " ".join(q) for q in self.qualifiers
        )


def load_titles(path: str | Path | None = None) -> TitleList:
    """Load a title list: the packaged ``resources/person_titles.txt`` unless ``path`` is given."""
    if path is None:
        text = files("beritanlp.resources").joinpath(TITLES_RESOURCE).read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return TitleList.from_lines(text.splitlines())


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


#: Share of alphabetic words with a capital letter above which a text counts as normally cased.
CASED_SHARE = 0.05


def is_cased_text(words: Iterable[str]) -> bool:
    """Whether a text is normally cased: more than :data:`CASED_SHARE` of its words have a capital.

    Lower-cased text (chat, some scraped news, the NER-P corpus) has none; in such text a name
    has no capital either, so an uncapitalised entity is only suspicious in cased text.
    """
    alpha = [w for w in words if len(w) >= 2 and w.isalpha()]
    if not alpha:
        return False
    return sum(1 for w in alpha if w != w.lower()) > CASED_SHARE * len(alpha)


def has_capital(words: Iterable[str]) -> bool:
    """Whether any of ``words`` has an upper-case letter."""
    return any(w != w.lower() for w in words)


class NerCleanup:
    """spaCy component: trim titles from the start of PERSON entities in ``doc.ents``.

    Also trims whitespace tokens from both ends of every entity, and, in normally cased text
    (:func:`is_cased_text`), removes unlinked entities without a single capital letter
    ("sempurna", "rumah sakit"): the model is trained on lower-cased text too, so it can tag
    lower-case words, which in cased news are almost never names (``drop_uncased``); for the
    same reason PERSON entities there lose leading uncapitalised words ("ayah Greta").
    Entities keep their label, ``kb_id_`` and ``id_``; entities that were only a title (or only
    whitespace) are removed.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "beritanlp_ner_cleanup",
        labels: Sequence[str] = ("PERSON",),
        extra_titles: Sequence[str] = (),
        drop_uncased: bool = True,
    ) -> None:
        self.name = name
        self.drop_uncased = drop_uncased
        self.labels = list(labels)
        self.extra_titles = list(extra_titles)
        self.titles = self._build(load_titles())

    def _build(self, base: TitleList) -> TitleList:
        extra = TitleList.from_lines(self.extra_titles)
        return TitleList(base.titles | extra.titles, base.qualifiers | extra.qualifiers)

    def __call__(self, doc: Doc) -> Doc:
        """Trim the entities of ``doc`` in place and return it.

        Every entity loses leading and trailing whitespace tokens (a statistical NER can run
        across a blank line); PERSON entities (``labels``) also lose leading titles.
        """
        ents: list[Span] = []
        removed: list[Span] = []
        wanted = set(self.labels)
        cased = self.drop_uncased and is_cased_text(t.text for t in doc)
        for ent in doc.ents:
            if cased and not ent.kb_id_ and not has_capital(t.text for t in ent):
                removed.append(ent)
                continue
            start, end = ent.start, ent.end
            while start < end and doc[start].is_space:
                start += 1
            while end > start and doc[end - 1].is_space:
                end -= 1
            if ent.label_ in wanted and start < end:
                start += trim_title_tokens([t.text for t in doc[start:end]], self.titles)
                while (cased and start < end and not ent.kb_id_
                       and not has_capital([doc[start].text])):
                    start += 1  # "ayah Greta": a name in cased text starts with a capital
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
            self.titles = self._build(load_titles(titles_file))
        return self


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
        Lines in the ``person_titles.txt`` format added to the packaged list.
    drop_uncased
        In normally cased text, remove unlinked entities without a capital letter.

    Returns
    -------
    NerCleanup
    """
    return NerCleanup(
        nlp, name, labels=labels, extra_titles=extra_titles, drop_uncased=drop_uncased
    )

