"""The ``beritanlp_stemmer`` spaCy component: ``token._.stem`` and ``token._.protected``."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import Any

import numpy
import srsly
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from beritanlp import extensions
from beritanlp.stemming.protect import (
    OPENING_QUOTES,
    load_protected_words,
    protected_mask,
    protected_positions,
)
from beritanlp.stemming.stemmer import DEFAULT_CACHE_SIZE, DEFAULT_MODE, WordStemmer
from beritanlp.text.doc_text import token_texts

extensions.register()

_first_char = itemgetter(slice(None, 1))


class StemmerComponent:
    """Stem every token, leaving names, entities and protected words intact.

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
    mode
        ``"sastrawi"`` (PySastrawi's stems, the default) or ``"improved"`` (fixes many of
        Sastrawi's mistakes; see :mod:`beritanlp.stemming.improved`). Assigning
        :attr:`mode` later switches the stemmer (and starts a new cache).
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "beritanlp_stemmer",
        cache_size: int = DEFAULT_CACHE_SIZE,
        protect_capitalised: bool = True,
        extra_protected: Iterable[str] = (),
        mode: str = DEFAULT_MODE,
    ) -> None:
        self.name = name
        self.cache_size = cache_size
        self.protect_capitalised = protect_capitalised
        self.stemmer = WordStemmer(cache_size, mode)
        self._static: dict[str, bool] = {}  # per-word protection facts (see protected_positions)
        self.extra_protected = list(extra_protected)  # sets protected_words too

    @property
    def mode(self) -> str:
        """The stemming mode, ``"sastrawi"`` or ``"improved"``."""
        return self.stemmer.mode

    @mode.setter
    def mode(self, mode: str) -> None:
        if mode != self.stemmer.mode:
            self.stemmer = WordStemmer(self.cache_size, mode)

    @property
    def extra_protected(self) -> list[str]:
        """Words protected in addition to the packaged list (lowercased, sorted).

        Assigning them recomputes :attr:`protected_words`.
        """
        return self._extra_protected

    @extra_protected.setter
    def extra_protected(self, words: Iterable[str]) -> None:
        self._extra_protected = sorted({w.lower() for w in words})
        self.protected_words = load_protected_words() | frozenset(self._extra_protected)

    @property
    def protected_words(self) -> frozenset[str]:
        """Lowercased words never stemmed when capitalised (packaged list + extra words).

        Assigning a new collection takes effect on the next document: the per-word
        protection facts computed from the old one are forgotten.
        """
        return self._protected_words

    @protected_words.setter
    def protected_words(self, words: Iterable[str]) -> None:
        self._protected_words = frozenset(words)
        self._static = {}

    def __call__(self, doc: Doc) -> Doc:
        """Set ``token._.stem`` and ``token._.protected`` on every token."""
        n = len(doc)
        if not n:
            return doc
        texts = token_texts(doc)  # from the ORTH column: no Token object per token
        sent_flags = doc.to_array(SENT_START) == 1  # what bool(token.is_sent_start) says
        entity = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        if self.protect_capitalised:
            # protected_mask's decision, computed from the few tokens that can change it
            kept = protected_positions(
                texts, numpy.flatnonzero(sent_flags).tolist(),
                compress(range(n), map(OPENING_QUOTES.__contains__, texts)),
                list(compress(range(n), map(str.isupper, map(_first_char, texts)))),
                self.protected_words, self._static)
            if entity:
                kept = sorted(entity.union(kept))
            mask = [False] * n
            for i in kept:
                mask[i] = True
        else:
            in_entity = [i in entity for i in range(n)]
            mask = protected_mask(texts, sent_flags.tolist(), in_entity, self.protected_words,
                                  protect_capitalised=False)
            kept = list(compress(range(n), mask))
        # one bulk cache lookup; protected tokens keep their text (whitespace tokens have no
        # letters, so the stemmer returns them unchanged)
        stems = self.stemmer.stem_many(texts, kept)
        extensions.set_token_column(doc, "protected", mask)
        extensions.set_token_column(doc, "stem", list(stems))
        return doc

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        """Save the extra protected words and the mode (the packaged list ships with beritanlp)."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "protected.json", {"extra_protected": self.extra_protected,
                                                   "mode": self.mode})

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> StemmerComponent:
        """Restore the extra protected words and the mode written by :meth:`to_disk`."""
        data: Any = srsly.read_json(Path(path) / "protected.json")
        self.extra_protected = data.get("extra_protected", [])  # resets protected_words
        self.mode = data.get("mode", self.mode)
        return self


@Language.factory(
    "beritanlp_stemmer",
    assigns=["token._.stem", "token._.protected"],
    requires=["doc.ents", "token.is_sent_start"],
    default_config={"cache_size": DEFAULT_CACHE_SIZE, "protect_capitalised": True,
                    "extra_protected": [], "mode": DEFAULT_MODE},
)
def make_stemmer(
    nlp: Language,
    name: str,
    cache_size: int,
    protect_capitalised: bool,
    extra_protected: list[str],
    mode: str,
) -> StemmerComponent:
    """Create the stemming component (``nlp.add_pipe("beritanlp_stemmer")``).

    Pass ``config={"mode": "improved"}`` for the improved mode.
    """
    return StemmerComponent(nlp, name, cache_size, protect_capitalised, extra_protected, mode)
