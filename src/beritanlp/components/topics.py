"""The ``beritanlp_topics`` spaCy component: ``doc.cats`` from a :class:`TopicClassifier`.

The component computes the classifier's features from ``doc.text`` with the same tokenisation the
model was trained with (:func:`beritanlp.topics.classifier.tokenize`), so its probabilities equal
``classifier.predict_proba([doc.text])`` whatever the pipeline's tokenizer does.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from beritanlp.text.doc_text import doc_text
from beritanlp.topics.classifier import TopicClassifier, load_classifier, read_model_meta
from beritanlp.topics.shipped import load_default_classifier


class TopicsComponent:
    """Write calibrated topic probabilities to ``doc.cats``.

    Parameters
    ----------
    nlp
        The pipeline (unused; spaCy passes it to factories).
    name
        Component name.
    model
        ``"default"`` for the shipped rubrik model, or the folder of a model trained with
        ``beritanlp train topics``. An existing folder is loaded and validated at once (a
        damaged model is a :class:`~beritanlp.topics.classifier.ModelFormatError` here, not on
        the first document); the shipped model is read on first use. :meth:`from_disk`
        replaces the model when a saved pipeline is loaded.
    """

    def __init__(self, nlp: Language | None, name: str = "beritanlp_topics",
                 model: str = "default") -> None:
        self.name = name
        self.model = model
        self._classifier: TopicClassifier | None = None
        if model != "default" and Path(model).exists():
            read_model_meta(model)  # a folder that is not a topic model: say so first
            self._classifier = load_classifier(model)

    @property
    def classifier(self) -> TopicClassifier:
        """The loaded classifier (read on first access)."""
        if self._classifier is None:
            if self.model == "default":
                self._classifier = load_default_classifier()
            else:
                if not Path(self.model).is_dir():
                    raise FileNotFoundError(
                        f"{self.name}: topic model folder {self.model!r} does not exist"
                    )
                self._classifier = load_classifier(self.model)
        return self._classifier

    @property
    def labels(self) -> tuple[str, ...]:
        """The model's labels (the keys of ``doc.cats``); empty while the model is unavailable.

        spaCy reads ``labels`` for the pipeline's meta before :meth:`from_disk` runs, so this
        must not fail when the configured folder only existed where the pipeline was saved.
        """
        if self._classifier is None and self.model != "default" and not Path(self.model).is_dir():
            return ()
        return tuple(self.classifier.labels)

    def _set(self, docs: list[Doc]) -> None:
        if not docs:
            return
        for doc, cats in zip(docs, self.classifier.cats([doc_text(d) for d in docs]), strict=True):
            doc.cats = cats

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc.cats`` to ``{label: probability}`` for every label of the model."""
        self._set([doc])
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        """Vectorised :meth:`__call__` over batches of ``batch_size`` docs."""
        batch: list[Doc] = []
        for doc in stream:
            batch.append(doc)
            if len(batch) >= batch_size:
                self._set(batch)
                yield from batch
                batch = []
        self._set(batch)
        yield from batch

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        """Copy the model (``model.json`` + ``arrays.npz``) into ``path``."""
        self.classifier.save(path)

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> TopicsComponent:
        """Load the model written by :meth:`to_disk` (checks format and version)."""
        self._classifier = load_classifier(path)
        return self


@Language.factory(
    "beritanlp_topics",
    assigns=["doc.cats"],
    default_config={"model": "default"},
)
def make_topics(nlp: Language, name: str, model: str) -> TopicsComponent:
    """Create the topic component (``nlp.add_pipe("beritanlp_topics", config={"model": ...})``)."""
    return TopicsComponent(nlp, name, model)
