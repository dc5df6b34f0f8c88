"""Build and load the default beritanlp pipeline.

The pipeline is assembled in code from :data:`COMPONENTS` (order matters; see CONTRIBUTING.md).
Each entry names a registered factory, or a component sourced from a model shipped in
``models/`` (the package ``beritanlp.models``). Nothing is downloaded.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from beritanlp import extensions
from beritanlp.lexicons import Lexicons
from beritanlp.ner.model import read_model_meta, share_vectors

#: Longest text (characters) one article may have. spaCy's default (1,000,000) is too small for
#: the occasional multi-megabyte page; memory grows roughly 1 GB per 1,000,000 characters.
MAX_LENGTH = 10_000_000

TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "beritanlp.news_tokenizer.v1"}}}
#: A pipeline that is only a source of components is never run on text: no tokenizer rules.
SOURCE_TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "beritanlp.bare_tokenizer.v1"}}}


@dataclass(frozen=True)
class ComponentSpec:
    """One pipeline step.

    Attributes
    ----------
    name
        Component name in the pipeline.
    factory
        Registered factory (defaults to ``name``). With ``source``, the component is built by
        this factory from the source component's settings, and takes its weights.
    source
        Folder inside ``beritanlp.models`` holding a saved spaCy pipeline to take the component
        ``name`` from (trained components such as the NER).
    config
        Factory configuration overrides.
    """

    name: str
    factory: str | None = None
    source: str | None = None
    config: dict[str, Any] = field(default_factory=dict)


#: The default pipeline, in order.
COMPONENTS: list[ComponentSpec] = [
    ComponentSpec("beritanlp_sentences"),
    ComponentSpec("ner", factory="beritanlp_ner", source="ner/model"),
    ComponentSpec("beritanlp_ner_cleanup"),
    ComponentSpec("beritanlp_ner_knowledge"),
    ComponentSpec("beritanlp_ner_consistency"),
    ComponentSpec("beritanlp_agencies"),
    ComponentSpec("beritanlp_places"),
    ComponentSpec("beritanlp_dates"),
    ComponentSpec("beritanlp_stemmer"),
    ComponentSpec("beritanlp_officials"),
    ComponentSpec("beritanlp_scores"),
    ComponentSpec("beritanlp_topics"),
]


def component_names() -> list[str]:
    """Names of the default pipeline's components, in order."""
    return [spec.name for spec in COMPONENTS]


def blank() -> Language:
    """An empty Indonesian pipeline with the news tokenizer and beritanlp's extensions."""
    extensions.register()
    nlp = spacy.blank("id", config=TOKENIZER_CONFIG)
    nlp.max_length = MAX_LENGTH
    return nlp


def source_pipeline(folder: str) -> Language:
    """Load a saved pipeline shipped in ``beritanlp.models`` to source a component from.

    Parameters
    ----------
    folder
        Folder inside the ``beritanlp.models`` package, e.g. ``"ner/model"``.

    Returns
    -------
    Language
        The saved pipeline, with a whitespace tokenizer (it is a source of components, not a
        pipeline to run on text); pass it as ``source=`` to ``nlp.add_pipe``. Each call loads
        a new one.

    Raises
    ------
    FileNotFoundError
        When the folder is not in ``beritanlp.models``.
    """
    # Not cached: spaCy hands the sourced component object itself to the new pipeline, so a
    # cache would make every load() share (and mutate) one NER instance.
    resource = files("beritanlp.models").joinpath(folder)
    with as_file(resource) as path:
        if not Path(path).is_dir():
            raise FileNotFoundError(f"model folder {folder!r} is missing from beritanlp.models")
        read_model_meta(path)  # refuses models not written by beritanlp, warns on version skew
        # Only the component is taken from the saved pipeline: give it a tokenizer without
        # rules instead of restoring spaCy's default id tokenizer (~16k exceptions, seconds to
        # load) or building the news tokenizer's special cases a second time.
        return spacy.load(path, exclude=["tokenizer"], config=SOURCE_TOKENIZER_CONFIG)


def _add(nlp: Language, spec: ComponentSpec, config: dict[str, Any]) -> None:
    if spec.source is not None and spec.factory is None:
        nlp.add_pipe(spec.name, source=source_pipeline(spec.source))
    elif spec.source is not None and spec.factory is not None:
        # the saved component's settings under another factory (beritanlp_ner is spaCy's NER
        # class with one more setting), then its weights, labels and strings
        source = source_pipeline(spec.source)
        settings = {k: v for k, v in source.config.interpolate()["components"][spec.name].items()
                    if k != "factory"}
        pipe: Any = nlp.add_pipe(spec.factory, name=spec.name, config={**settings, **config})
        for string in source.vocab.strings:
            nlp.vocab.strings.add(string)
        saved: Any = source.get_pipe(spec.name)
        pipe.from_bytes(saved.to_bytes(exclude=["vocab"]), exclude=["vocab"])
        share_vectors(source, nlp)
    else:
        nlp.add_pipe(spec.factory or spec.name, name=spec.name, config=config)


def load(
    *,
    topics: str | Path | None = None,
    exclude: Iterable[str] = (),
    disable: Iterable[str] = (),
    lexicons: Lexicons | None = None,
    stem_mode: str = "sastrawi",
) -> Language:
    """Build the default beritanlp pipeline (offline).

    Parameters
    ----------
    topics
        Folder of a topic model trained with ``beritanlp train topics`` to use instead of the
        shipped default; ignored when the pipeline has no topics component.
    exclude
        Component names not to build at all (faster loading), e.g. ``["beritanlp_topics"]``.
    disable
        Component names to build but switch off (``nlp.enable_pipe`` turns them back on).
    lexicons
        The tables (agency KB, positions, gazetteer ...) every component reads; by default the
        packaged ones. One object per pipeline: see :class:`beritanlp.lexicons.Lexicons`.
    stem_mode
        The stemmer's ``mode`` setting: ``"sastrawi"`` (default) or ``"improved"``.

    Returns
    -------
    spacy.language.Language
        Call it on a text to get a ``Doc``; see :func:`beritanlp.analyze` for the plain record.

    Raises
    ------
    ValueError
        When ``exclude`` or ``disable`` names a component the pipeline does not have.
    """
    excluded, disabled = set(exclude), set(disable)
    unknown = (excluded | disabled) - set(component_names())
    if unknown:
        raise ValueError(
            f"unknown component(s) {sorted(unknown)}; the pipeline has {component_names()}"
        )
    nlp = blank()
    (lexicons or Lexicons()).bind(nlp)
    for spec in COMPONENTS:
        if spec.name in excluded:
            continue
        config = dict(spec.config)
        if topics is not None and spec.name == "beritanlp_topics":
            config["model"] = str(topics)
        if stem_mode != "sastrawi" and spec.name == "beritanlp_stemmer":
            config["mode"] = stem_mode
        _add(nlp, spec, config)
    for name in disabled:
        nlp.disable_pipe(name)
    return nlp


def load_stemmer(mode: str = "sastrawi") -> Language:
    """A small pipeline for stemming only: tokenizer, sentences and the stemmer.

    ``mode`` is the stemmer's mode, ``"sastrawi"`` or ``"improved"``.
    """
    nlp = blank()
    nlp.add_pipe("beritanlp_sentences")
    nlp.add_pipe("beritanlp_stemmer", config={"mode": mode} if mode != "sastrawi" else {})
    return nlp
