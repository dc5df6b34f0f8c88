"""The topic model shipped with beritanlp (``models/topics-rubrik``, in ``beritanlp.models``)."""

from __future__ import annotations

from importlib.abc import Traversable
from importlib.resources import files

from beritanlp.topics.classifier import TopicClassifier, load_classifier

#: Folder of the shipped model inside the package ``beritanlp.models``.
DEFAULT_MODEL = "topics-rubrik"


def default_model_path() -> Traversable:
    """The shipped rubrik model folder (``models/topics-rubrik``) as a package resource."""
    return files("beritanlp.models").joinpath(DEFAULT_MODEL)


def load_default_classifier() -> TopicClassifier:
    """Load the shipped rubrik model."""
    return load_classifier(default_model_path())


__all__ = ["DEFAULT_MODEL", "default_model_path", "load_default_classifier"]
