"""spaCy component ``beritanlp_scores``: ``doc._.scores`` from :mod:`beritanlp.rules.scores`.

The component only maps the Doc to the pure core and back:

* subjects come from ``doc._.agencies`` and ``doc._.places`` (their ``mentions`` offsets) when
  those components ran before it; the core adds its own fallback patterns either way;
* sentences are the core's own (:func:`~beritanlp.text.sentences.split_sentences`), which split
  inside quotations too, so the component gives the same answers as the core;
* the article date is ``doc._.date`` (set by ``beritanlp_dates`` or by the caller);
* the officials' names (``doc._.officials``) end the subject mentions that run into them.

The metric lexicon is the pipeline's ``metrics`` table (:class:`beritanlp.lexicons.Lexicons`);
``to_disk`` writes it as ``metrics.jsonl`` and ``from_disk`` reads it back (replacing the table),
so a pipeline saved with custom rules keeps them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from beritanlp import extensions
from beritanlp.lexicons import Lexicons
from beritanlp.lexicons.metrics import MetricRule, read_metric_rules
from beritanlp.rules.scores import MetricIndex, SubjectMention, find_scores
from beritanlp.text.doc_text import doc_text

RULES_FILE = "metrics.jsonl"


#: Generic one-word heads that stand for the body the article is about ("Pemkot" alone).
_GENERIC_HEADS = frozenset({"pemkot", "pemkab", "pemprov", "pemda", "pemerintah"})


def _same_body(surface: str, name: str, bracketed: bool = False) -> bool:
    """Whether ``name`` can stand for ``surface``: a short word, or one ending in the same word.

    "Pemkot Pangkalpinang" -> "Pemerintah Kota Pangkalpinang" does; "Pemprov Jawa Tengah" ->
    "Pemerintah Daerah" does not, nor does an acronym ("KPK" stays "KPK": a score's subject is
    the form its sentence uses, and an acronym shares no word with its long name). A one-word
    short form in mixed case ("Kementan", "Kemenpora") is an acronym too and stays as written,
    unless it is the bracket defining it right after the name (``bracketed``: "Kementerian
    Pemuda dan Olahraga (Kemenpora) yang mendapat ..." is that name's mention); a generic head
    ("Pemkot" alone) still takes the name.
    """
    words = surface.split()
    if len(words) == 1 and surface.isupper():
        return False
    if len(words) == 1 and surface[:1].isupper() and surface.casefold() not in _GENERIC_HEADS \
            and surface.casefold() not in name.casefold().split():
        return bracketed
    return len(words) <= 1 or words[-1].casefold() in name.casefold().split()


def subjects_from_doc(doc: Doc, *, text: str | None = None) -> list[SubjectMention]:
    """Agency and place mentions already on the Doc, as :class:`SubjectMention` objects.

    An agency mention is reported under the agency's ``name`` when that name is written in the
    article (its fullest form, e.g. "Pemerintah Kota Pangkalpinang" for "Pemkot Pangkalpinang"),
    else as written at the mention; an acronym ("KPK") is always reported as written.

    Parameters
    ----------
    doc : Doc
        A Doc the agencies and places components have annotated.
    text : str, optional
        ``doc.text`` when the caller already has it (building it joins every token).

    Returns
    -------
    list[SubjectMention]
        One per agency or place mention, in fact order.
    """
    out: list[SubjectMention] = []
    if text is None:
        text = doc_text(doc)
    written: dict[str, bool] = {}  # name -> written in the text (searched once per name)
    for list_name in ("agencies", "places"):
        for fact in extensions.fact_list(doc, list_name):
            name = fact.get("name") if isinstance(fact, dict) else None
            for pair in (fact.get("mentions") or []) if isinstance(fact, dict) else []:
                try:
                    start, end = int(pair[0]), int(pair[1])
                except (TypeError, ValueError, IndexError):
                    continue
                if not 0 <= start < end <= len(text):
                    continue
                surface = text[start:end]
                if list_name == "agencies" and isinstance(name, str) and name:
                    if name not in written:
                        written[name] = name in text
                    bracketed = text[max(0, start - len(name) - 2):start].rstrip(" \t(") == name
                    label = name if written[name] and _same_body(surface, name, bracketed) \
                        else surface
                else:
                    label = surface
                out.append(SubjectMention(label, start, end,
                                          "agency" if list_name == "agencies" else "place"))
    return out


class ScoresComponent:
    """Find scores (metric, value, kind, subject, year) and store them on ``doc._.scores``.

    Parameters
    ----------
    nlp : Language
        The pipeline (unused; part of the factory signature).
    name : str
        Component name.
    context_window : int
        How far back (characters) a metric or year named earlier still applies.
    """

    def __init__(self, nlp: Language, name: str, context_window: int = 900, *,
                 lexicons: Lexicons | None = None) -> None:
        extensions.register()
        self.name = name
        self.context_window = int(context_window)
        self.lexicons = lexicons if lexicons is not None else Lexicons.of(nlp)

    @property
    def rules(self) -> tuple[MetricRule, ...]:
        """The metric lexicon: the pipeline's ``metrics`` table."""
        return self.lexicons.metrics

    @property
    def index(self) -> MetricIndex:
        """The metric lexicon compiled (rebuilt when the table is replaced)."""
        return self.lexicons.derived("scores.metric_index", ("metrics",),
                                     lambda rules: MetricIndex(rules, self.lexicons))

    def __call__(self, doc: Doc) -> Doc:
        """Annotate one Doc: ``doc._.scores`` becomes a new list of score dicts."""
        date = doc._.date if isinstance(doc._.date, str) else None
        text = doc_text(doc)  # joins every token: build it once
        scores = find_scores(
            text,
            date=date,
            subjects=subjects_from_doc(doc, text=text),
            rules=self.index,
            context_window=self.context_window,
            officials=[f["name"] for f in extensions.fact_list(doc, "officials")
                       if isinstance(f, dict) and isinstance(f.get("name"), str)],
            sites=[(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("GPE", "LOC")],
        )
        doc._.scores = [s.to_dict() for s in scores]
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the metric lexicon to ``path/metrics.jsonl``."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        lines = [json.dumps(r.to_dict(), ensure_ascii=False) for r in self.rules]
        (folder / RULES_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ScoresComponent:
        """Read the metric lexicon written by :meth:`to_disk` (validated)."""
        file = Path(path) / RULES_FILE
        if file.exists():
            rules = tuple(read_metric_rules(file.read_text(encoding="utf-8"), str(file)))
            self.lexicons.replace("metrics", rules)
        return self


@Language.factory(
    "beritanlp_scores",
    assigns=["doc._.scores"],
    requires=["doc._.agencies", "doc._.places", "doc._.date", "doc._.officials", "doc.ents"],
    default_config={"context_window": 900},
)
def make_scores(nlp: Language, name: str, context_window: int) -> ScoresComponent:
    """Create the ``beritanlp_scores`` component (see :class:`ScoresComponent`)."""
    return ScoresComponent(nlp, name, context_window)
