"""The spaCy components of beritanlp: every factory is registered by importing this package.

Each module holds one thin wrapper (read the Doc, call a pure core from :mod:`beritanlp.rules`,
:mod:`beritanlp.stemming`, :mod:`beritanlp.topics` or :mod:`beritanlp.ner`, write the results,
``to_disk``/``from_disk``). The entry points in ``pyproject.toml`` name the same modules, so a
factory is found whether this package or the entry point is imported first.
"""

from beritanlp.components import (
    agencies,
    dates,
    officials,
    places,
    scores,
    sentences,
    stemmer,
    topics,
)
from beritanlp.ner import chunked, cleanup

__all__ = [
    "agencies",
    "chunked",
    "cleanup",
    "dates",
    "officials",
    "places",
    "scores",
    "sentences",
    "stemmer",
    "topics",
]
