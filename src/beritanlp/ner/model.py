"""Loading the shipped NER model (``models/ner/model``) and adding it to a pipeline.

The model is a spaCy pipeline directory whose only component is ``ner`` (its tok2vec is inside
the component), so it can be sourced into any Indonesian pipeline::

    nlp.add_pipe("ner", source=spacy.load(path))
    nlp.add_pipe("beritanlp_ner_cleanup", after="ner")
    nlp.add_pipe("beritanlp_ner_knowledge", after="beritanlp_ner_cleanup")

:func:`add_ner` does exactly that.
"""

from __future__ import annotations

import json
import warnings
from contextlib import ExitStack
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

#: Folder of the shipped model inside the package ``beritanlp.models``.
MODEL_RESOURCE = ("ner", "model")

_stack = ExitStack()


def default_model_path() -> Path:
    """Return the directory of the shipped NER model (``models/ner/model``)."""
    resource = files("beritanlp.models")
    for part in MODEL_RESOURCE:
        resource = resource.joinpath(part)
    return Path(_stack.enter_context(as_file(resource)))


def read_model_meta(path: str | Path) -> dict[str, Any]:
    """Read ``meta.json`` of a model directory and check it was written by beritanlp.

    Raises
    ------
    FileNotFoundError
        When the directory or its ``meta.json`` is missing.
    ValueError
        When the meta has no ``beritanlp_version`` (not a beritanlp NER model).
    """
    meta_path = Path(path) / "meta.json"
    if not meta_path.is_file():
        raise FileNotFoundError(f"no NER model at {path} (meta.json missing)")
    meta: dict[str, Any] = json.loads(meta_path.read_text(encoding="utf-8"))
    written_by = meta.get("beritanlp_version")
    if not written_by:
        raise ValueError(f"{path} is not a beritanlp NER model (no beritanlp_version in meta.json)")
    from beritanlp._version import __version__

    if str(written_by).split(".")[0] != __version__.split(".")[0]:
        warnings.warn(
            f"NER model at {path} was written by beritanlp {written_by}, this is {__version__}",
            stacklevel=2,
        )
    return meta


def share_vectors(source: Language, nlp: Language) -> None:
    """Give ``nlp`` the static word vectors of ``source`` (the model's ``vocab/vectors``).

    spaCy's ``add_pipe(source=...)`` copies a component's weights but not the vocabulary's
    vectors, which the NER's tok2vec reads from each doc's vocab. Call this after sourcing the
    NER. A model without vectors leaves ``nlp`` as it is.

    Raises
    ------
    ValueError
        When ``nlp`` already holds different vectors (two tables cannot share one vocab).
    """
    vectors = source.vocab.vectors
    if vectors.shape[0] == 0 or nlp.vocab.vectors is vectors:
        return
    if nlp.vocab.vectors.shape[0] and nlp.vocab.vectors.to_bytes() != vectors.to_bytes():
        raise ValueError("the pipeline already has other word vectors than the NER model's")
    nlp.vocab.vectors = vectors


def load_ner(path: str | Path | None = None, cleanup: bool = True) -> Language:
    """Load an NER model as a standalone spaCy pipeline.

    Parameters
    ----------
    path
        A model directory written by :func:`beritanlp.ner.train.train_ner`; the shipped model
        when None.
    cleanup
        Add ``beritanlp_ner_cleanup`` after ``ner`` (trims titles from PERSON spans) and
        ``beritanlp_ner_knowledge`` after it (known places and agencies,
        :mod:`beritanlp.ner.knowledge`).

    Returns
    -------
    spacy.language.Language
        A pipeline with spaCy's default ``id`` tokenizer, ``ner`` and optionally the cleanup
        steps. (The factories are found through the package's ``spacy_factories`` entry
        points.)
    """
    model_path = Path(path) if path is not None else default_model_path()
    read_model_meta(model_path)
    nlp = spacy.load(model_path)
    if cleanup:
        nlp.add_pipe("beritanlp_ner_cleanup", after="ner")
        nlp.add_pipe("beritanlp_ner_knowledge", after="beritanlp_ner_cleanup")
    return nlp


def add_ner(
    nlp: Language,
    path: str | Path | None = None,
    cleanup: bool = True,
    **add_pipe_kwargs: Any,
) -> Language:
    """Source the trained ``ner`` (and the title cleanup right after it) into ``nlp``.

    Parameters
    ----------
    nlp
        The pipeline to extend (any tokenizer; the model only reads token texts).
    path
        Model directory; the shipped model when None.
    cleanup
        Also add ``beritanlp_ner_cleanup`` right after ``ner`` and ``beritanlp_ner_knowledge``
        right after it.
    **add_pipe_kwargs
        Placement for ``ner`` (``before=``, ``after=``, ``first=``, ``last=``).

    Returns
    -------
    spacy.language.Language
        ``nlp`` itself.
    """
    model_path = Path(path) if path is not None else default_model_path()
    read_model_meta(model_path)
    source = spacy.load(model_path)
    nlp.add_pipe("ner", source=source, **add_pipe_kwargs)
    share_vectors(source, nlp)
    if cleanup:
        nlp.add_pipe("beritanlp_ner_cleanup", after="ner")
        nlp.add_pipe("beritanlp_ner_knowledge", after="beritanlp_ner_cleanup")
    return nlp
