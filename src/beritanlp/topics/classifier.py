"""A linear topic classifier on hashed word features, stored without pickle.

The classifier is pure scikit-learn/numpy (no spaCy) and works on raw texts or on token lists.

Features
    Lowercased word tokens (letters, with hyphenated reduplication such as ``anak-anak`` kept
    whole; digits and punctuation dropped) plus adjacent-word bigrams, hashed with scikit-learn's
    ``HashingVectorizer`` (MurmurHash3, no alternate sign), restricted to the hashed columns seen
    in at least ``min_df`` training articles, weighted ``(1 + log tf) * idf`` and L2-normalised.
    Sastrawi stems were measured and not used: 5-fold grouped macro-F1 on the CLICK-ID rubrik data
    was 0.866 with stems, 0.869 with words + stems, 0.870 with words alone, and stemming costs
    ~0.3 ms per new word; see ``models/topics-rubrik/MODEL_CARD.md``.
Model
    One linear scorer per label (averaged SGD, modified Huber loss, balanced class weights), then a
    per-label Platt sigmoid fitted on out-of-fold scores: calibrated probabilities for every label.
    Single-label models normalise the sigmoids to sum to 1; multi-label models keep them
    independent.
Domain-aware models (optional)
    When trained with a domain field (e.g. the publisher), the model also holds a linear domain
    predictor on the same features and, per training domain, extra weights for the columns seen in
    that domain's articles ("frustratingly easy domain adaptation", Daume III 2007: a shared copy
    of the features plus one copy per domain). At prediction time the domain is never an input:
    each document's domain is the predictor's argmax, and its label scores are the shared scores
    plus extra weights of the training domains, mixed by a softmax of the domain predictor's
    scores at a stored temperature (``domain_temperature``; 0 = only the top domain's weights,
    the rule of format version 2). A soft mix keeps documents from unseen domains, which the
    predictor cannot place confidently, closer to the shared weights.
Storage
    A folder with ``model.json`` (format name and version, labels, feature settings, a hashing
    fingerprint, versions of beritanlp/scikit-learn/numpy, training notes) and ``arrays.npz``
    (plain numeric arrays, loaded with ``allow_pickle=False``). :func:`load_classifier` refuses
    anything else with a :class:`ModelFormatError`.
"""

from __future__ import annotations

import hashlib
import io
import json
import platform
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

import numpy as np

from beritanlp.topics.hashing import FeatureHasher, hashed_column
from beritanlp.topics.rows import CsrRows, RowBlocks

FORMAT_NAME = "beritanlp-topics"
FORMAT_VERSION = 3
#: Versions :func:`load_classifier` reads: 1 (no domain arrays), 2 (optional domain arrays, the
#: top domain's weights added) and 3 (as 2, plus the stored ``domain_weighting`` rule).
READABLE_VERSIONS = (1, 2, 3)
#: ``domain_weighting`` rules of ``model.json`` (version 3): the top domain only, or a softmax.
DOMAIN_RULES = ("argmax", "softmax")
MODEL_FILE = "model.json"
ARRAYS_FILE = "arrays.npz"

#: Word tokens: runs of letters, hyphen-joined runs kept whole ("anak-anak", "Covid-nya").
WORD_PATTERN = r"[^\W\d_]+(?:-[^\W\d_]+)*"
_WORD_RE = re.compile(WORD_PATTERN)

#: Strings whose hashed columns are stored in ``model.json``; loading recomputes and compares them,
#: so a change in the hashing implementation is caught instead of silently scrambling features.
_FINGERPRINT_STRINGS = ("pemerintah", "wali kota", "sepak bola", "harga", "film")

#: Storage dtypes. Coefficients are stored as float16 (half the size, 3 significant digits);
#: training rounds them the same way, so a model predicts identically before and after saving.
_ARRAY_DTYPES = {
    "columns": np.int32,
    "idf": np.float32,
    "coef": np.float16,
    "intercept": np.float32,
    "calib_a": np.float64,
    "calib_b": np.float64,
}
#: Arrays of domain-aware models (format version 2; absent or empty in other models).
_DOMAIN_ARRAY_DTYPES = {
    "domain_index": np.int32,
    "domain_coef": np.float16,
    "domain_intercept": np.float32,
    "block_index": np.int32,
    "block_offsets": np.int64,
    "block_coef": np.float16,
}

Document = str | Sequence[str]

#: Largest hashing space a model may declare (the lookup table is 4 bytes per column: 64 MiB).
MAX_FEATURES = 2 ** 24
#: Longest word n-gram a model may use.
MAX_NGRAM = 5
#: Largest magnitude of any stored weight, idf or calibration value (trained models stay far
#: below; larger values only come from a damaged or tampered file).
MAX_WEIGHT = 1e6


class ModelFormatError(ValueError):
    """A folder that is not a topic model this version of beritanlp can read."""


def tokenize(text: str) -> list[str]:
    """Lowercased word tokens of ``text`` (the classifier's own tokenisation).

    Parameters
    ----------
    text
        Any text.

    Returns
    -------
    list of str
        Runs of letters (hyphenated words kept whole), lowercased; digits and punctuation dropped.
    """
    return _WORD_RE.findall(text.lower())


def normalise_tokens(tokens: Iterable[str]) -> list[str]:
    """Apply the classifier's tokenisation to each token of a pre-tokenised document.

    Pipeline tokens ("(16/5/2024)", "Pemkot,") become the same word tokens :func:`tokenize`
    finds in them, so token lists and raw texts give the same features whenever the tokenizer
    splits at whitespace or punctuation.

    Parameters
    ----------
    tokens
        Token (or stem) strings.

    Returns
    -------
    list of str
        Lowercased word tokens.
    """
    out: list[str] = []
    for token in tokens:
        out.extend(_WORD_RE.findall(token.lower()))
    return out


def ngrams(words: Sequence[str], ngram_max: int = 2) -> list[str]:
    """Word n-grams of orders 1..``ngram_max``, joined by single spaces."""
    feats = list(words)
    if ngram_max >= 2:
        feats.extend(map(" ".join, zip(words, words[1:], strict=False)))
    for n in range(3, ngram_max + 1):
        feats.extend(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))
    return feats


def check_documents(docs: Sequence[Any]) -> None:
    """Raise ``TypeError`` naming the first positions that are neither text nor token lists."""
    bad = [
        i
        for i, doc in enumerate(docs)
        if not (
            isinstance(doc, str)
            or (isinstance(doc, Sequence) and all(isinstance(t, str) for t in doc))
        )
    ]
    if bad:
        first = bad[0]
        raise TypeError(
            f"{len(bad)} document(s) are neither a str nor a sequence of str "
            f"(first at position {first}: {type(docs[first]).__name__}); nothing was predicted"
        )


def document_words(doc: Document) -> list[str]:
    """Word tokens of one document: :func:`tokenize` for a text, :func:`normalise_tokens` else."""
    return tokenize(doc) if isinstance(doc, str) else normalise_tokens(doc)


@dataclass(frozen=True)
class NgramAnalyzer:
    """Picklable analyzer for the vectoriser: word list -> n-grams (see :func:`ngrams`)."""

    ngram_max: int = 2

    def __call__(self, words: Sequence[str]) -> list[str]:
        """N-grams of ``words``."""
        return ngrams(words, self.ngram_max)


def hashing_vectorizer(n_features: int, ngram_max: int) -> Any:
    """The (stateless) vectoriser behind the features: raw counts, no sign flipping, no norm.

    It takes word lists (the output of :func:`document_words`) and hashes their n-grams. Used
    for training; prediction uses the equivalent :class:`~beritanlp.topics.hashing.FeatureHasher`
    so that loading a model does not import scikit-learn.
    """
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        analyzer=NgramAnalyzer(ngram_max),
        n_features=n_features,
        alternate_sign=False,
        norm=None,
        dtype=np.float32,
    )


def hash_fingerprint(n_features: int) -> dict[str, int]:
    """Hashed column of each fingerprint string (see ``_FINGERPRINT_STRINGS``)."""
    return {s: hashed_column(s, n_features) for s in _FINGERPRINT_STRINGS}


def _versions() -> dict[str, str]:
    import sklearn

    try:
        beritanlp_version = metadata.version("beritanlp")
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        beritanlp_version = "unknown"
    return {
        "beritanlp": beritanlp_version,
        "scikit-learn": sklearn.__version__,
        "numpy": np.__version__,
        "python": platform.python_version(),
    }


@dataclass
class TopicClassifier:
    """A trained topic classifier.

    Attributes
    ----------
    labels
        Label names, in the order of the probability columns.
    multi_label
        Independent per-label probabilities (True) or one distribution over labels (False).
    n_features
        Size of the hashing space.
    ngram_max
        Longest word n-gram used as a feature.
    columns
        Sorted hashed columns kept as features (seen in at least ``min_df`` training articles).
    idf
        Inverse document frequency of each kept column.
    coef, intercept
        Linear scorer per label: ``(n_labels, n_kept)`` and ``(n_labels,)``.
    calib_a, calib_b
        Platt sigmoid per label: ``p = 1 / (1 + exp(-(a * score + b)))``.
    info
        Free-form notes stored in ``model.json`` (training data, settings, scores).
    domains
        Names of the training domains (e.g. publishers) of a domain-aware model; empty otherwise.
    domain_index
        Positions (in ``columns``) of the features the domain predictor reads.
    domain_coef, domain_intercept
        Linear domain predictor: ``(n_domains, len(domain_index))`` and ``(n_domains,)``.
    block_index, block_offsets
        Domain ``d``'s extra label weights apply to the feature positions
        ``block_index[block_offsets[d]:block_offsets[d + 1]]``.
    block_coef
        Those extra weights, ``(n_labels, len(block_index))``.
    domain_temperature
        How the domains' extra weights are mixed: 0 adds only the top-scoring domain's; ``T > 0``
        adds each domain's weighted by ``softmax(domain scores / T)``.
    """

    labels: list[str]
    multi_label: bool
    n_features: int
    ngram_max: int
    columns: np.ndarray
    idf: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray
    calib_a: np.ndarray
    calib_b: np.ndarray
    info: dict[str, Any] = field(default_factory=dict)
    domains: list[str] = field(default_factory=list)
    domain_index: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    domain_coef: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    domain_intercept: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    block_index: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    block_offsets: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=np.int64))
    block_coef: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    domain_temperature: float = 0.0

    def __post_init__(self) -> None:
        self._validate()
        # Features are hashed by FeatureHasher, so neither loading nor a pipeline worker imports
        # scikit-learn (over a second and ~100 MB per process). Only when the C MurmurHash is
        # unavailable do big batches use scikit-learn's hasher. All give identical counts.
        self._vectorizer = FeatureHasher(self.n_features, NgramAnalyzer(self.ngram_max))
        # Scores need coef as (n_kept, n_labels) for a CSR @ dense product. A domain-aware model
        # appends its domain predictor's columns, so one product gives both kinds of scores.
        n_labels, n_kept = len(self.labels), len(self.columns)
        n_domains = len(self.domains)
        weights = np.zeros((n_kept, n_labels + n_domains), dtype=np.float32)
        weights[:, :n_labels] = self.coef.T
        if n_domains:
            weights[self.domain_index, n_labels:] = self.domain_coef.T
        self._coef_t = weights
        # Extra per-domain label weights, by feature position: each (feature, domain) pair of
        # block_index is a block of n_labels weights, sorted by feature (domains in increasing
        # order within a feature).
        order = np.argsort(self.block_index, kind="stable")
        block_domain = np.repeat(np.arange(n_domains), np.diff(self.block_offsets))[order]
        per_row = np.bincount(self.block_index, minlength=n_kept)
        self._blocks = RowBlocks(
            values=np.ascontiguousarray(np.asarray(self.block_coef, dtype=np.float32).T[order]),
            slots=block_domain.astype(np.int32),
            indptr=np.concatenate(([0], np.cumsum(per_row))).astype(np.int64),
            n_slots=n_domains,
        )

    def _validate(self) -> None:
        n_labels, n_kept = len(self.labels), len(self.columns)
        if n_labels < 2 or len(set(self.labels)) != n_labels:
            raise ModelFormatError(f"need at least two distinct labels, got {self.labels!r}")
        shapes = {
            "idf": (n_kept,),
            "coef": (n_labels, n_kept),
            "intercept": (n_labels,),
            "calib_a": (n_labels,),
            "calib_b": (n_labels,),
        }
        n_domains, n_block = len(self.domains), len(self.block_index)
        if len(set(self.domains)) != n_domains or n_domains == 1:
            raise ModelFormatError(f"need no domains or two or more distinct, got {self.domains!r}")
        shapes.update(
            {
                "domain_coef": (n_domains, len(self.domain_index)) if n_domains else (0, 0),
                "domain_intercept": (n_domains,),
                "block_offsets": (n_domains + 1,),
                "block_coef": (n_labels, n_block) if n_domains else (0, 0),
            }
        )
        for name, shape in shapes.items():
            if getattr(self, name).shape != shape:
                raise ModelFormatError(
                    f"array {name!r} has shape {getattr(self, name).shape}, expected {shape}"
                )
        if n_kept and (
            self.columns.min() < 0
            or self.columns.max() >= self.n_features
            or np.any(np.diff(self.columns) <= 0)
        ):
            raise ModelFormatError("'columns' must be strictly increasing hashed columns")
        offsets = self.block_offsets
        for name in ("domain_index", "block_index"):
            index = getattr(self, name)
            if len(index) and (index.min() < 0 or index.max() >= n_kept):
                raise ModelFormatError(f"{name!r} points outside the kept columns")
        rising = np.all(np.diff(self.domain_index) > 0)  # as saved: no sort needed
        if not rising and len(np.unique(self.domain_index)) != len(self.domain_index):
            raise ModelFormatError("'domain_index' names a column twice")
        if offsets[0] != 0 or offsets[-1] != n_block or np.any(np.diff(offsets) < 0):
            raise ModelFormatError("'block_offsets' must rise from 0 to len(block_index)")
        if not (np.isfinite(self.domain_temperature) and self.domain_temperature >= 0):
            raise ModelFormatError(
                f"domain temperature must be >= 0, got {self.domain_temperature!r}"
            )

    # -- features -------------------------------------------------------------------------

    def transform(self, docs: Sequence[Document]) -> Any:
        """TF-IDF feature matrix ``(n_docs, n_kept)`` of texts or token lists.

        Parameters
        ----------
        docs
            Raw texts (tokenised with :func:`tokenize`) or token lists (normalised with
            :func:`normalise_tokens`); both may be mixed.

        Returns
        -------
        scipy.sparse.csr_matrix
            Sublinear-tf, idf-weighted, L2-normalised rows.
        """
        return self._features(docs).to_scipy()

    def transform_words(self, words: Sequence[Sequence[str]]) -> Any:
        """:meth:`transform` of documents already tokenised by :func:`document_words`."""
        return self._weight(self._vectorizer.count_rows(words)).to_scipy()

    def _features(self, docs: Sequence[Document]) -> CsrRows:
        """:meth:`transform` as :class:`CsrRows` (prediction does not import scipy)."""
        check_documents(docs)
        words = [document_words(doc) for doc in docs]
        return self._weight(self._vectorizer.count_rows(words))

    def _weight(self, counts: Any) -> CsrRows:
        """TF-IDF weights of raw count rows (:class:`CsrRows` or a scipy CSR matrix)."""
        counts = CsrRows.of(counts)
        n_docs = counts.shape[0]
        # position of each hashed column among the kept ones (columns rise strictly: a
        # bisection, instead of a lookup array of all n_features columns built at load)
        found = np.searchsorted(self.columns, counts.indices)
        keep = (self.columns[np.minimum(found, len(self.columns) - 1)] == counts.indices
                if len(self.columns) else np.zeros(len(found), dtype=bool))
        cols = found.astype(np.int32)
        kept_before = np.concatenate(([0], np.cumsum(keep, dtype=np.int64)))
        indptr = kept_before[counts.indptr]
        cols = cols[keep]
        data = ((1.0 + np.log(counts.data[keep])) * self.idf[cols]).astype(np.float32)
        row_of = np.repeat(np.arange(n_docs), np.diff(indptr))
        norms = np.sqrt(np.bincount(row_of, weights=data * data, minlength=n_docs))
        norms[norms == 0] = 1.0
        data /= norms[row_of].astype(np.float32)
        return CsrRows(data, cols, indptr, len(self.columns))

    # -- prediction -----------------------------------------------------------------------

    def _scores_and_domains(self, features: Any) -> tuple[np.ndarray, np.ndarray]:
        features = CsrRows.of(features)
        n_labels, n_domains = len(self.labels), len(self.domains)
        both = features.dot(self._coef_t)
        scores: np.ndarray = both[:, :n_labels] + self.intercept
        if not n_domains:
            return scores, np.zeros(len(scores), dtype=np.int64)
        domain_scores = both[:, n_labels:] + self.domain_intercept
        domains = np.argmax(domain_scores, axis=1)
        extra = features.dot_blocks(self._blocks)
        if self.domain_temperature == 0:
            scores += extra[np.arange(len(scores)), domains]
        else:
            weights = np.exp(
                (domain_scores - domain_scores.max(axis=1, keepdims=True))
                / self.domain_temperature
            )
            weights /= weights.sum(axis=1, keepdims=True)
            scores += np.einsum("nd,ndl->nl", weights, extra)
        return scores, domains

    def domain_weighting(self) -> dict[str, Any]:
        """The stored rule that mixes the domains' extra weights (``model.json``)."""
        if self.domain_temperature == 0:
            return {"rule": "argmax"}
        return {"rule": "softmax", "temperature": self.domain_temperature}

    def decision_function(self, features: Any) -> np.ndarray:
        """Raw linear scores ``(n_docs, n_labels)`` of a :meth:`transform` matrix.

        A domain-aware model adds to the shared scores the extra weights of the training
        domains, mixed by :attr:`domain_temperature` (0: only the predicted domain's, see
        :meth:`predict_domains`).
        """
        return self._scores_and_domains(features)[0]

    def predict_domains(self, docs: Sequence[Document]) -> list[str]:
        """The training domain each document is scored as (domain-aware models only).

        Parameters
        ----------
        docs
            Raw texts or token lists.

        Returns
        -------
        list of str
            The domain predictor's top choice per document (with a softmax mix, the domain
            whose weights count most).

        Raises
        ------
        ValueError
            When the model was trained without domains.
        """
        if not self.domains:
            raise ValueError("this model was trained without domains")
        if isinstance(docs, str):
            raise TypeError("predict_domains takes a sequence of documents, not one str")
        docs = list(docs)
        if not docs:
            return []
        _, domains = self._scores_and_domains(self._features(docs))
        return [self.domains[d] for d in domains]

    def proba_from_features(self, features: Any) -> np.ndarray:
        """Calibrated probabilities ``(n_docs, n_labels)`` of a :meth:`transform` matrix."""
        scores = self.decision_function(features).astype(np.float64)
        proba = 1.0 / (1.0 + np.exp(-(scores * self.calib_a + self.calib_b)))
        if not self.multi_label:
            totals = proba.sum(axis=1, keepdims=True)
            totals[totals == 0] = 1.0
            proba = proba / totals
        return proba

    def predict_proba(self, docs: Sequence[Document]) -> np.ndarray:
        """Calibrated probability of every label for each document.

        Parameters
        ----------
        docs
            Raw texts or token lists (see :meth:`transform`). Empty texts are allowed (their
            probabilities come from the intercepts alone).

        Returns
        -------
        numpy.ndarray
            ``(n_docs, n_labels)``, columns in the order of :attr:`labels`. Rows sum to 1 for
            single-label models.

        Raises
        ------
        TypeError
            When a document is neither a str nor a sequence of str (nothing is predicted).
        """
        if isinstance(docs, str):
            raise TypeError("predict_proba takes a sequence of documents, not one str")
        docs = list(docs)
        if not docs:
            return np.zeros((0, len(self.labels)))
        return self.proba_from_features(self._features(docs))

    def predict(self, docs: Sequence[Document], threshold: float = 0.5) -> list[Any]:
        """Predicted label(s) per document.

        Parameters
        ----------
        docs
            Raw texts or token lists.
        threshold
            Multi-label models only: labels with probability ``>= threshold`` are returned.

        Returns
        -------
        list
            A label per document (single-label) or a list of labels per document (multi-label).
        """
        proba = self.predict_proba(docs)
        if self.multi_label:
            return [[self.labels[j] for j in np.flatnonzero(row >= threshold)] for row in proba]
        return [self.labels[j] for j in proba.argmax(axis=1)]

    def cats(self, docs: Sequence[Document]) -> list[dict[str, float]]:
        """``{label: probability}`` per document (plain floats, as spaCy's ``doc.cats``)."""
        proba = self.predict_proba(docs)
        return [
            {label: float(p) for label, p in zip(self.labels, row, strict=True)} for row in proba
        ]

    # -- storage --------------------------------------------------------------------------

    def arrays(self) -> dict[str, np.ndarray]:
        """The numeric arrays stored in ``arrays.npz``, with their storage dtypes."""
        dtypes = {**_ARRAY_DTYPES, **(_DOMAIN_ARRAY_DTYPES if self.domains else {})}
        return {name: np.asarray(getattr(self, name), dtype=dt) for name, dt in dtypes.items()}

    def save(self, path: str | Path) -> Path:
        """Write the model to folder ``path`` (created if needed) as JSON + ``.npz``.

        Parameters
        ----------
        path
            Output folder; ``model.json`` and ``arrays.npz`` are (over)written.

        Returns
        -------
        pathlib.Path
            The folder.
        """
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        buffer = io.BytesIO()
        np.savez(buffer, **self.arrays())  # type: ignore[arg-type]
        blob = buffer.getvalue()
        meta = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "labels": list(self.labels),
            "multi_label": self.multi_label,
            "features": {
                "tokens": "lowercased word tokens",
                "token_pattern": WORD_PATTERN,
                "ngram_range": [1, self.ngram_max],
                "hashing": "sklearn HashingVectorizer (murmurhash3_32, alternate_sign=False)",
                "n_features": self.n_features,
                "n_kept": len(self.columns),
                "fingerprint": hash_fingerprint(self.n_features),
                "weighting": "(1 + log tf) * idf, L2-normalised",
            },
            "probabilities": "per-label Platt sigmoid"
            + ("" if self.multi_label else ", normalised to sum to 1"),
            "domains": list(self.domains),
            "domain_weighting": self.domain_weighting() if self.domains else None,
            "arrays": {"file": ARRAYS_FILE, "sha256": hashlib.sha256(blob).hexdigest()},
            "versions": _versions(),
            "info": self.info,
        }
        (folder / ARRAYS_FILE).write_bytes(blob)
        (folder / MODEL_FILE).write_text(
            json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        return folder


def _read_meta(folder: Path | Traversable) -> dict[str, Any]:
    model_file = folder / MODEL_FILE
    if not model_file.is_file():
        raise ModelFormatError(f"{folder} is not a topic model: {MODEL_FILE} is missing")
    try:
        meta = json.loads(model_file.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise ModelFormatError(f"{model_file} is not valid JSON: {err}") from err
    if not isinstance(meta, dict) or meta.get("format") != FORMAT_NAME:
        found = meta.get("format") if isinstance(meta, dict) else type(meta).__name__
        raise ModelFormatError(
            f"{model_file} has format {found!r}; expected {FORMAT_NAME!r} "
            "(train one with `beritanlp train topics`)"
        )
    version = meta.get("format_version")
    if type(version) is not int or version not in READABLE_VERSIONS:  # not True, not 1.0
        readable = " and ".join(map(str, READABLE_VERSIONS))
        raise ModelFormatError(
            f"{model_file} is {FORMAT_NAME} version {meta.get('format_version')!r}; this "
            f"beritanlp reads versions {readable} only (retrain the model)"
        )
    return meta


def load_classifier(path: str | Path | Traversable) -> TopicClassifier:
    """Load a model folder written by :meth:`TopicClassifier.save`.

    Parameters
    ----------
    path
        The folder (a path or an ``importlib.resources`` traversable).

    Returns
    -------
    TopicClassifier

    Raises
    ------
    ModelFormatError
        When the folder is not this format and version, its arrays do not match ``model.json``,
        or the hashing implementation no longer produces the columns the model was trained with.
    """
    folder: Path | Traversable = Path(path) if isinstance(path, str | Path) else path
    meta = _read_meta(folder)
    try:
        features = meta["features"]
        labels = [str(label) for label in meta["labels"]]
        multi_label = bool(meta["multi_label"])
        n_features = int(features["n_features"])
        ngram_max = int(features["ngram_range"][1])
        expected_sha = meta["arrays"]["sha256"]
        fingerprint = {str(k): int(v) for k, v in features["fingerprint"].items()}
        domains = [str(d) for d in meta.get("domains") or []]
        domain_temperature = _domain_temperature(meta, domains)
    except ModelFormatError:
        raise
    except (KeyError, TypeError, ValueError, IndexError) as err:
        raise ModelFormatError(f"{folder / MODEL_FILE} lacks a required field: {err!r}") from err
    if not 1 <= n_features <= MAX_FEATURES or not 1 <= ngram_max <= MAX_NGRAM:
        raise ModelFormatError(
            f"{folder / MODEL_FILE}: n_features {n_features} (allowed 1..{MAX_FEATURES}) or "
            f"ngram_max {ngram_max} (allowed 1..{MAX_NGRAM}) is out of range")
    arrays_file = folder / ARRAYS_FILE
    if not arrays_file.is_file():
        raise ModelFormatError(f"{folder} is not a topic model: {ARRAYS_FILE} is missing")
    blob = arrays_file.read_bytes()
    if hashlib.sha256(blob).hexdigest() != expected_sha:
        raise ModelFormatError(f"{arrays_file} does not match the checksum in {MODEL_FILE}")
    if hash_fingerprint(n_features) != fingerprint:
        raise ModelFormatError(
            "this scikit-learn hashes features differently from the one that trained the model "
            f"({meta.get('versions', {}).get('scikit-learn')}); retrain the model"
        )
    dtypes = {**_ARRAY_DTYPES, **(_DOMAIN_ARRAY_DTYPES if domains else {})}
    try:
        with np.load(io.BytesIO(blob), allow_pickle=False) as npz:
            raw = {name: npz[name] for name in dtypes}
    except (KeyError, ValueError, OSError, EOFError, zipfile.BadZipFile) as err:
        raise ModelFormatError(
            f"{arrays_file} is not a valid arrays file: {type(err).__name__}: {err}") from err
    arrays = {name: checked_array(name, raw[name], dt) for name, dt in dtypes.items()}
    return TopicClassifier(
        labels=labels,
        multi_label=multi_label,
        n_features=n_features,
        ngram_max=ngram_max,
        info=dict(meta.get("info") or {}),
        domains=domains,
        domain_temperature=domain_temperature,
        **arrays,
    )


def checked_array(name: str, raw: np.ndarray, dtype: Any) -> np.ndarray:
    """``raw`` cast to its storage ``dtype`` after checking that the cast changes no value.

    Float arrays must hold real, finite numbers of magnitude at most :data:`MAX_WEIGHT`;
    integer arrays integers within ``dtype``'s range. Anything else (complex or text values,
    NaN, infinity, numbers a cast would wrap or overflow) raises :class:`ModelFormatError`.
    """
    target = np.dtype(dtype)
    allowed = "fiu" if target.kind == "f" else "iu"
    if raw.dtype.kind not in allowed:
        wanted = "real numbers" if target.kind == "f" else "integers"
        raise ModelFormatError(f"array {name!r} must hold {wanted}, got dtype {raw.dtype}")
    if raw.size == 0:
        return np.asarray(raw, dtype=target)
    if target.kind == "f":
        if not np.all(np.isfinite(raw)):
            raise ModelFormatError(f"array {name!r} holds values that are not finite")
        if float(np.max(np.abs(raw))) > MAX_WEIGHT:
            raise ModelFormatError(f"array {name!r} holds values beyond +-{MAX_WEIGHT:g}")
        out = np.asarray(raw, dtype=target)
        if not np.all(np.isfinite(out)):
            raise ModelFormatError(f"array {name!r} holds values too large for {target}")
        return out
    info = np.iinfo(target)
    if int(raw.min()) < info.min or int(raw.max()) > info.max:
        raise ModelFormatError(f"array {name!r} holds values outside the range of {target}")
    return np.asarray(raw, dtype=target)


def _domain_temperature(meta: Mapping[str, Any], domains: Sequence[str]) -> float:
    """The softmax temperature of ``meta``'s ``domain_weighting`` (0 = argmax; version 2: 0)."""
    if meta["format_version"] < 3 or not domains:
        return 0.0
    weighting = meta["domain_weighting"]
    rule = weighting["rule"]
    if rule not in DOMAIN_RULES:
        raise ModelFormatError(
            f"unknown domain_weighting rule {rule!r}; this beritanlp knows {DOMAIN_RULES}"
        )
    if rule == "argmax":
        return 0.0
    temperature = float(weighting["temperature"])
    if not (np.isfinite(temperature) and temperature > 0):
        raise ModelFormatError(f"softmax temperature must be > 0, got {temperature!r}")
    return temperature


def read_model_meta(path: str | Path | Traversable) -> Mapping[str, Any]:
    """``model.json`` of a model folder, after the format and version checks."""
    folder: Path | Traversable = Path(path) if isinstance(path, str | Path) else path
    return _read_meta(folder)
