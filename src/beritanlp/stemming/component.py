"""The ``beritanlp_stemmer`` spaCy component: ``token._.stem`` and ``token._.protected``."""

from __future__ import annotations

from collections.abc import Iterable
from importlib.resources import files
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from beritanlp import extensions
from beritanlp.stemming.protect import protected_mask
from beritanlp.stemming.stemmer import DEFAULT_CACHE_SIZE, WordStemmer

extensions.register()


def load_protected_words() -> frozenset[str]:
    """The packaged protected-words list (lowercased), from ``resources/protected_words.txt``."""
    text = files("beritanlp.resources").joinpath("protected_words.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


class StemmerComponent:
    """Stem every token with Sastrawi, leaving names, entities and protected words intact.

    Parameters
    ----------
    nlp
        The pipeline (unused; spaCy passes it to factories).
    name
        Component name.
    cache_size
        Size of the per-word stem cache.
    protect_capitalised
        Keep capitalised words that look like names (see :mod:`beritanlp.stemming.protect`).
    extra_protected
        Words to protect in addition to the packaged list.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "beritanlp_stemmer",
        cache_size: int = DEFAULT_CACHE_SIZE,
        protect_capitalised: bool = True,
        extra_protected: Iterable[str] = (),
    ) -> None:
        self.name = name
        self.cache_size = cache_size
        self.protect_capitalised = protect_capitalised
        self.extra_protected = sorted({w.lower() for w in extra_protected})
        self.stemmer = WordStemmer(cache_size)
        self.protected_words = load_protected_words() | frozenset(self.extra_protected)

    def __call__(self, doc: Doc) -> Doc:
        """Set ``token._.stem`` and ``token._.protected`` on every token."""
        in_entity = [False] * len(doc)
        for ent in doc.ents:
            in_entity[ent.start:ent.end] = [True] * len(ent)
        texts = [t.text for t in doc]
        starts = [bool(t.is_sent_start) for t in doc]
        mask = protected_mask(texts, starts, in_entity, self.protected_words,
                              self.protect_capitalised)
        stem = self.stemmer.stem
        for token, text, keep in zip(doc, texts, mask, strict=True):
            token._.protected = keep
            token._.stem = text if keep or token.is_space else stem(text)
        return doc

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        """Save the extra protected words (the packaged list ships with the library)."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "protected.json", {"extra_protected": self.extra_protected})

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> StemmerComponent:
        """Restore the extra protected words written by :meth:`to_disk`."""
        data: Any = srsly.read_json(Path(path) / "protected.json")
        self.extra_protected = sorted(data.get("extra_protected", []))
        self.protected_words = load_protected_words() | frozenset(self.extra_protected)
        return self


@Language.factory(
    "beritanlp_stemmer",
    assigns=["token._.stem", "token._.protected"],
    default_config={"cache_size": DEFAULT_CACHE_SIZE, "protect_capitalised": True,
                    "extra_protected": []},
)
def make_stemmer(
    nlp: Language,
    name: str,
    cache_size: int,
    protect_capitalised: bool,
    extra_protected: list[str],
) -> StemmerComponent:
    """Create the Sastrawi stemming component (``nlp.add_pipe("beritanlp_stemmer")``)."""
    return StemmerComponent(nlp, name, cache_size, protect_capitalised, extra_protected)
