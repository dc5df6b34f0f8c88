"""The functions behind ``beritanlp.analyze``, ``analyze_many`` and ``stem``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any

from spacy.language import Language

from beritanlp.pipeline import MAX_LENGTH, load
from beritanlp.record import Article, article_from_doc, split_title, text_id
from beritanlp.stemming.component import load_protected_words
from beritanlp.stemming.fast import TokenTable, stem_columns
from beritanlp.stemming.stemmer import DEFAULT_MODE, WordStemmer, check_mode
from beritanlp.stemming.tokens import StemmedTokens
from beritanlp.text.doc_text import doc_text


@lru_cache(maxsize=1)
def default_pipeline() -> Language:
    """The default pipeline, built once per process and shared by :func:`analyze`."""
    return load()


@lru_cache(maxsize=2)
def _stemmer(mode: str = DEFAULT_MODE) -> TokenTable:
    """The shared stemmer of a mode with its token cache, protected words and stopwords."""
    from spacy.lang.id.stop_words import STOP_WORDS

    return TokenTable(WordStemmer(mode=mode), load_protected_words(), frozenset(STOP_WORDS))


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"expected the article text as str, got {type(text).__name__}")
    return text


def analyze(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    nlp: Language | None = None,
) -> Article:
    """Analyse one article and return its record.

    Parameters
    ----------
    text
        The article: headline, a blank line, then the body (a body alone works too).
    id
        Identifier for the record; defaults to a hash of the text.
    title
        Headline; defaults to the text before the first blank line.
    nlp
        A pipeline from :func:`beritanlp.load` to use instead of the shared default.

    Returns
    -------
    Article
        The facts found; empty lists for an empty text. A text longer than the pipeline's
        ``max_length`` gives a record whose ``error`` says so.

    Raises
    ------
    TypeError
        When ``text`` is not a ``str``.
    """
    text = _check_text(text)
    nlp = nlp or default_pipeline()
    if len(text) > nlp.max_length:
        return Article.failed(
            f"text too long: {len(text)} characters > max_length {nlp.max_length}",
            id=id or text_id(text),
            title=title,
        )
    return article_from_doc(nlp(text), id=id, title=title)


def _as_item(item: object, index: int) -> tuple[str | None, str | None, str | None, str | None]:
    """Normalise one input of :func:`analyze_many` to (text, id, title, error)."""
    if isinstance(item, str):
        return item, None, None, None
    if isinstance(item, Mapping):
        raw_id = item.get("id")
        doc_id = None if raw_id is None else str(raw_id)
        title = item.get("title")
        body = item.get("text")
        if not isinstance(body, str):
            return None, doc_id, None, (
                f"item {index}: 'text' must be a str, got {type(body).__name__}"
            )
        if title is not None and not isinstance(title, str):
            return None, doc_id, None, (
                f"item {index}: 'title' must be a str, got {type(title).__name__}"
            )
        full = f"{title}\n\n{body}" if title else body
        return full, doc_id, title, None
    return None, None, None, f"item {index}: expected str or dict, got {type(item).__name__}"


def analyze_many(
    texts: Iterable[str | Mapping[str, Any]],
    *,
    n_process: int = 1,
    batch_size: int = 32,
    nlp: Language | None = None,
) -> Iterator[Article]:
    """Analyse many articles lazily, yielding one record per input, in input order.

    Parameters
    ----------
    texts
        Strings, or dicts with ``text`` and optional ``id`` and ``title`` (the title is joined
        to the text with a blank line, as in the article format).
    n_process
        Worker processes (spaCy's ``nlp.pipe``); 1 runs in this process.
    batch_size
        Articles per batch handed to the pipeline.
    nlp
        A pipeline to use instead of the shared default.

    Yields
    ------
    Article
        One per input. Inputs that cannot be analysed (wrong type, too long) give a record
        whose ``error`` says why; nothing is skipped silently.
    """
    nlp = nlp or default_pipeline()
    chunk_size = max(1, batch_size) * max(1, n_process) * 8
    chunk: list[tuple[str, _Context]] = []
    for i, item in enumerate(texts):
        chunk.append(_prepare(item, i, nlp.max_length))
        if len(chunk) >= chunk_size:
            yield from _analyze_chunk(nlp, chunk, n_process, batch_size)
            chunk = []
    if chunk:
        yield from _analyze_chunk(nlp, chunk, n_process, batch_size)


_Context = tuple[str | None, str | None, str | None]  # (id, title, error)


def _prepare(item: object, index: int, limit: int) -> tuple[str, _Context]:
    """One input as (text, (id, title, error)); failed items carry an empty text."""
    text, doc_id, title, error = _as_item(item, index)
    if doc_id is None and text is not None:
        doc_id = text_id(text)
    if error is None and text is not None:
        if len(text) > limit:
            error = f"item {index}: text too long: {len(text)} characters > max_length {limit}"
        elif not _encodable(text):
            error = f"item {index}: text is not valid Unicode (lone surrogate characters)"
    return ("" if error else text or ""), (doc_id, title, error)


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _analyze_chunk(
    nlp: Language, chunk: list[tuple[str, _Context]], n_process: int, batch_size: int
) -> Iterator[Article]:
    """Analyse a chunk; if the pipeline raises, redo it one article at a time.

    Only the article that makes a component fail becomes an error record; the others in its
    chunk are still analysed, so a bad article never takes a batch down with it.
    """
    try:
        done = list(nlp.pipe(chunk, as_tuples=True, n_process=n_process, batch_size=batch_size))
    except Exception:  # noqa: BLE001 - any component failure is isolated below
        done = []
        for text, context in chunk:
            doc_id, title, error = context
            try:
                done.append((nlp(text) if error is None else nlp.make_doc(""), context))
            except Exception as exc:  # noqa: BLE001
                reason = f"pipeline failed: {type(exc).__name__}: {exc}"
                done.append((nlp.make_doc(""), (doc_id, title, reason)))
    for doc, (doc_id, title, error) in done:
        if error is not None:
            yield Article.failed(error, id=doc_id, title=title)
        else:
            yield article_from_doc(doc, id=doc_id, title=title or split_title(doc_text(doc)))


def stem(text: str, mode: str = DEFAULT_MODE) -> StemmedTokens:
    """Stem a text token by token, keeping offsets.

    Parameters
    ----------
    text
        Any Indonesian text.
    mode
        ``"sastrawi"`` (PySastrawi's stems, the default) or ``"improved"`` (fixes many of
        Sastrawi's mistakes, e.g. ``berikan`` → ``beri``; see the README).

    Returns
    -------
    StemmedTokens
        A read-only sequence with one dict per token: ``text``, ``stem``, ``start``, ``end``
        (character offsets), ``protected`` (left unstemmed as a name) and ``is_stop``
        (Indonesian stopword). It indexes, iterates and compares like the list of dicts,
        which are built on first use; the same data is available as columns without
        building them (``tokens.stems``, ``tokens.starts``, ...). It is not a ``list``:
        call ``tokens.to_list()`` for a plain list of dicts to serialise (``json.dumps``,
        ``srsly``, ``orjson`` refuse the sequence itself with a ``TypeError``), concatenate
        or edit.

    Notes
    -----
    This is the fast path (a light regex tokenizer, no spaCy ``Doc``); the stems are the ones
    the pipeline's ``beritanlp_stemmer`` gives, except that entity spans are not known here.

    Raises
    ------
    TypeError
        When ``text`` is not a ``str``.
    ValueError
        When ``mode`` is not a known mode.
    """
    text = _check_text(text)
    table = _stemmer(check_mode(mode))
    cols = stem_columns(text, table, with_stopwords=False)
    # end offsets, protection and stopword flags, like the dicts, are made when first used
    return StemmedTokens(cols.texts, cols.stems, cols.starts, stop_words=table.stop_words,
                         protected_at=cols.kept)


__all__ = ["MAX_LENGTH", "analyze", "analyze_many", "default_pipeline", "stem"]
