"""Training the statistical NER from CoNLL-style files with spaCy's own training loop.

:func:`train_ner` converts the CoNLL files to ``.spacy`` DocBins, runs
:func:`spacy.cli.train.train` with the shipped config (``models/ner/config.cfg``) and copies the
best model to ``out_dir/model`` in spaCy's format, stamped with the beritanlp version, holding
only what sourcing the ``ner`` component needs.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from beritanlp.ner.conll import ConllReadStats, conll_to_docbin

#: Files and folders of a spaCy pipeline directory that a sourced ``ner`` component needs.
MODEL_PARTS: tuple[str, ...] = ("config.cfg", "meta.json", "ner", "tokenizer", "vocab")


@dataclass
class TrainResult:
    """What :func:`train_ner` produced.

    Attributes
    ----------
    model_dir
        The final model (spaCy format), ``out_dir/model``.
    training_dir
        spaCy's own output (``model-best``, ``model-last``) and the converted corpora.
    train_stats, dev_stats
        What the CoNLL reader saw in the training and development files.
    """

    model_dir: Path
    training_dir: Path
    train_stats: ConllReadStats
    dev_stats: ConllReadStats


def default_config_path() -> Path:
    """Return the path of the shipped training config ``models/ner/config.cfg``."""
    with as_file(files("beritanlp.models").joinpath("ner").joinpath("config.cfg")) as path:
        return Path(path)


def train_ner(
    train_paths: str | Path | Sequence[str | Path],
    dev_path: str | Path,
    out_dir: str | Path,
    config_path: str | Path | None = None,
    overrides: dict[str, Any] | None = None,
    threads: int = 1,
    use_gpu: int = -1,
    acronym_variants: bool = False,
    partial_train: Mapping[str | Path, Collection[str]] | None = None,
) -> TrainResult:
    """Train the NER on CoNLL-style files and write the model to ``out_dir/model``.

    Parameters
    ----------
    train_paths
        One or more CoNLL-style training files (see :mod:`beritanlp.ner.conll`).
    dev_path
        A CoNLL-style development file; spaCy keeps the model with the best dev F1.
    out_dir
        Output folder. ``out_dir/training`` receives the corpora and spaCy's output,
        ``out_dir/model`` the final model.
    config_path
        spaCy training config; the shipped ``models/ner/config.cfg`` by default.
    overrides
        Extra config overrides, e.g. ``{"training.max_epochs": 20}``.
    threads
        BLAS threads to allow while training (1 by default: machines are shared).
    use_gpu
        GPU id, or -1 for CPU.
    acronym_variants
        Add "( ACR )" variants of training sentences with a long ORG
        (:func:`beritanlp.ner.conll.add_acronym_variants`); the dev file is never changed.
    partial_train
        Extra training files trusted only for some labels (file -> labels); their other
        entities are treated as unannotated (see :func:`beritanlp.ner.conll.conll_to_docbin`).

    Returns
    -------
    TrainResult

    Raises
    ------
    FileNotFoundError
        When a data file or the config does not exist.
    """
    from spacy.cli.train import train as spacy_train
    from threadpoolctl import threadpool_limits

    from beritanlp._version import __version__
    from beritanlp.ner import corpus_reader as _corpus_reader  # noqa: F401  (registers the reader)
    from beritanlp.ner import pretrain as _pretrain  # noqa: F401  (registers the tok2vec loader)

    if isinstance(train_paths, (str, Path)):
        train_paths = [train_paths]
    for path in [*train_paths, *(partial_train or {}), dev_path]:
        if not Path(path).is_file():
            raise FileNotFoundError(f"NER data file not found: {path}")
    config = Path(config_path) if config_path is not None else default_config_path()
    if not config.is_file():
        raise FileNotFoundError(f"spaCy config not found: {config}")

    out = Path(out_dir)
    training_dir = out / "training"
    corpus_dir = training_dir / "corpus"
    train_stats = conll_to_docbin(
        train_paths,
        corpus_dir / "train.spacy",
        acronym_variants=acronym_variants,
        partial=partial_train,
    )
    dev_stats = conll_to_docbin(dev_path, corpus_dir / "dev.spacy")

    all_overrides: dict[str, Any] = {
        "paths.train": str(corpus_dir / "train.spacy"),
        "paths.dev": str(corpus_dir / "dev.spacy"),
    }
    all_overrides.update(overrides or {})
    with threadpool_limits(limits=threads):
        spacy_train(config, training_dir, overrides=all_overrides, use_gpu=use_gpu)

    model_dir = out / "model"
    export_model(
        training_dir / "model-best",
        model_dir,
        extra_meta={
            "beritanlp_version": __version__,
            "train_files": [_short(p) for p in train_paths],
            "dev_file": _short(dev_path),
            "acronym_variants": acronym_variants,
            "partial_train_files": {
                _short(p): sorted(labels) for p, labels in (partial_train or {}).items()
            },
            "train_sources": train_sources(training_dir / "model-best" / "config.cfg"),
        },
    )
    return TrainResult(model_dir, training_dir, train_stats, dev_stats)


def train_sources(config_path: str | Path) -> dict[str, dict[str, Any]]:
    """The corpus mix of a training config (``beritanlp.ner_corpora.v1``), for the model's meta.

    Returns ``{}`` for another reader. Paths are shortened to ``folder/file``; sources left out
    (``path = null``) are listed with ``"path": None``.
    """
    from spacy import util

    config = util.load_config(config_path, interpolate=True)
    train = config["corpora"]["train"]
    if train.get("@readers") != "beritanlp.ner_corpora.v1":
        return {}
    out: dict[str, dict[str, Any]] = {}
    for name, spec in train.get("sources", {}).items():
        entry = dict(spec)
        entry["path"] = _short(spec["path"]) if spec.get("path") else None
        out[name] = entry
    return out


def _short(path: str | Path) -> str:
    """``folder/file`` of a data path, for the model's meta (no machine-specific prefix)."""
    p = Path(path)
    return f"{p.parent.name}/{p.name}" if p.parent.name else p.name


def export_model(
    src: str | Path, dest: str | Path, extra_meta: dict[str, Any] | None = None
) -> Path:
    """Copy the parts of a trained spaCy pipeline that sourcing ``ner`` needs.

    The copied config's ``[paths]`` are set to null and the string table is cut to the labels,
    so the model holds neither machine paths nor training text.

    Parameters
    ----------
    src
        A spaCy pipeline directory (``model-best``).
    dest
        Target directory; replaced if it exists.
    extra_meta
        Keys added to ``meta.json`` (the beritanlp version, the training files).

    Returns
    -------
    Path
        ``dest``.
    """
    src, dest = Path(src), Path(dest)
    if not (src / "meta.json").is_file():
        raise FileNotFoundError(f"not a spaCy pipeline directory: {src}")
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for part in MODEL_PARTS:
        item = src / part
        if item.is_dir():
            shutil.copytree(item, dest / part)
        elif item.is_file():
            shutil.copy2(item, dest / part)
    _clear_paths(dest / "config.cfg")
    meta = json.loads((dest / "meta.json").read_text(encoding="utf-8"))
    # The vocabulary's string table lists every word type of the training data. The model does
    # not need it (features are hashed; labels are spaCy symbols), and the data must not ship.
    labels = sorted({lab for labs in meta.get("labels", {}).values() for lab in labs})
    strings = dest / "vocab" / "strings.json"
    if strings.is_file():
        strings.write_text(json.dumps(labels) + "\n", encoding="utf-8")
    meta.update(extra_meta or {})
    meta["name"] = "beritanlp_ner"
    if "beritanlp_version" in meta:
        meta["version"] = meta["beritanlp_version"]
    (dest / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return dest


def _clear_paths(config_path: Path) -> None:
    """Set every ``[paths]`` value of a copied config to null: no machine paths in the model.

    The training files were read when the model was trained; loading it never needs them.
    """
    from thinc.api import Config

    if not config_path.is_file():
        return
    config = Config().from_disk(config_path, interpolate=False)
    if not config.get("paths"):
        return
    for key in config["paths"]:
        config["paths"][key] = None
    config.to_disk(config_path)
