"""Old import path of the region gazetteer, kept only for ``entities.officials``.

The tables live in :mod:`beritanlp.lexicons.regions`, the matching in
:mod:`beritanlp.rules.places`. Delete this module once officials reads the gazetteer from the
pipeline's :class:`beritanlp.lexicons.Lexicons` (issue 14).
"""

from beritanlp.lexicons.regions import Gazetteer, Place, default_gazetteer

__all__ = ["Gazetteer", "Place", "default_gazetteer"]
