"""The spaCy components of beritanlp: every factory is registered by importing this package.

Each module holds one thin wrapper (read the Doc, call a pure core from :mod:`beritanlp.rules`,
:mod:`beritanlp.stemming`, :mod:`beritanlp.topics` or :mod:`beritanlp.ner`, write the results,
``to_disk``/``from_disk``). The entry points in ``pyproject.toml`` name the same modules, so a
factory is found whether this package or the entry point is imported first.
"""

from beritanlp.components import (
    agencies,
    dates,
    ner,
    ner_cleanup,
    ner_consistency,
    ner_knowledge,
    officials,
    places,
    scores,
    sentences,
    stemmer,
    topics,
)

__all__ = [
    "agencies",
    "dates",
    "ner",
    "ner_cleanup",
    "ner_consistency",
    "ner_knowledge",
    "officials",
    "places",
    "scores",
    "sentences",
    "stemmer",
    "topics",
]
