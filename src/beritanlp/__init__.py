"""beritanlp: structured facts from Indonesian news.

>>> import beritanlp
>>> nlp = beritanlp.load()          # the default spaCy pipeline, offline
>>> article = beritanlp.analyze(text)
>>> article.to_dict()

The public API is imported lazily, so ``import beritanlp`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from beritanlp._version import __version__

__all__ = ["Article", "__version__", "analyze", "analyze_many", "load", "stem",
           "to_dataframe"]

_LAZY = {
    "load": ("beritanlp.pipeline", "load"),
    "analyze": ("beritanlp.api", "analyze"),
    "analyze_many": ("beritanlp.api", "analyze_many"),
    "stem": ("beritanlp.api", "stem"),
    "Article": ("beritanlp.record", "Article"),
    "to_dataframe": ("beritanlp.frames", "to_dataframe"),
}

if TYPE_CHECKING:
    from beritanlp.api import analyze, analyze_many, stem
    from beritanlp.frames import to_dataframe
    from beritanlp.pipeline import load
    from beritanlp.record import Article


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        module, attr = _LAZY[name]
        value = getattr(import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'beritanlp' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
