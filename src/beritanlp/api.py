"""The functions behind ``beritanlp.analyze``, ``analyze_many`` and ``stem``."""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any

from spacy.language import Language

from beritanlp.pipeline import MAX_LENGTH, load
from beritanlp.record import Article, article_from_doc, text_id
from beritanlp.runner import (
    NOT_UNICODE,
    WORKER_TIMEOUT,
    Fields,
    check_date_order,
    encodable,
    pipeline_input,
    read_date,
    run_records,
    too_long,
)
from beritanlp.stemming.fast import TokenTable, stem_columns
from beritanlp.stemming.protect import load_protected_words
from beritanlp.stemming.stemmer import DEFAULT_MODE, WordStemmer, check_mode
from beritanlp.stemming.tokens import StemmedTokens
from beritanlp.text.markup import markup_warning


@lru_cache(maxsize=1)
def default_pipeline() -> Language:
    """The default pipeline, built once per process and shared by :func:`analyze`."""
    return load()


@lru_cache(maxsize=2)
def default_stem_table(mode: str = DEFAULT_MODE) -> TokenTable:
    """Return the table :func:`stem` uses for ``mode``.

    It holds the shared stemmer, its token cache, the protected words and the stopwords. Built
    once per process and mode; ``default_stem_table.cache_clear()`` drops them, so that the next
    :func:`stem` call starts cold (benchmarks).
    """
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
    date: object = None,
    date_order: str | None = None,
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
    date
        The article's publication date, when known (e.g. from the archive): a
        ``datetime.date``/``datetime``, an ISO string ("2019-09-19", "2019-09-19 08:00:00"),
        "19 September 2019", "19-Sep-19", "19/09/2019", "Sep 19, 2019" or a Unix timestamp
        (rules: :mod:`beritanlp.text.input_dates`). It becomes the record's ``date`` and
        resolves "tahun ini", "kemarin" and the years of scores; without it the date the text
        states is used. A value that cannot be read with certainty ("03/04/2019" without
        ``date_order``, "Oktober 2019", a list) is ignored with a ``UserWarning`` and a line in
        the record's ``warnings``: the article is still analysed.
    date_order
        ``"dmy"`` or ``"mdy"``: how to read a numeric ``date`` whose day and month are both
        12 or less; by default such a date is refused rather than guessed.
    nlp
        A pipeline from :func:`beritanlp.load` to use instead of the shared default.

    Returns
    -------
    Article
        The facts found; empty lists for an empty text. A text longer than the pipeline's
        ``max_length``, or one holding lone surrogate characters (e.g. from a JSON escape of
        half an emoji; such a str cannot be written as UTF-8), gives a record whose ``error``
        says so, with the same reasons as :func:`analyze_many`.

    Raises
    ------
    TypeError
        When ``text`` is not a ``str``.
    ValueError
        When ``date_order`` is not ``None``, ``"dmy"`` or ``"mdy"``.
    """
    text = _check_text(text)
    given, warned = read_date(date, check_date_order(date_order))
    markup = markup_warning(text)
    if markup:
        warned = (*warned, markup)
    for warning in warned:
        warnings.warn(warning, UserWarning, stacklevel=2)
    nlp = nlp or default_pipeline()
    if len(text) > nlp.max_length:
        article = Article.failed(too_long(len(text), nlp.max_length), id=id or text_id(text),
                                 title=title)
    elif not encodable(text):
        article = Article.failed(NOT_UNICODE, id=id or text_id(text), title=title)
    else:
        article = article_from_doc(nlp(pipeline_input(nlp, text, given)), id=id, title=title)
    article.warnings = list(warned)
    return article


def analyze_many(
    texts: Iterable[str | Mapping[str, Any]],
    *,
    n_process: int = 1,
    batch_size: int = 32,
    nlp: Language | None = None,
    worker_timeout: float | None = WORKER_TIMEOUT,
    date_order: str | None = None,
) -> Iterator[Article]:
    """Analyse many articles lazily, yielding one record per input, in input order.

    Parameters
    ----------
    texts
        Strings, or dicts with ``text`` and optional ``id``, ``title`` and ``date`` (the title
        is joined to the text with a blank line, as in the article format; the date is the
        article's publication date, read as ``analyze(date=...)`` reads it: a date that cannot
        be read is left out, with a line in the record's ``warnings``).
    n_process
        Worker processes; 1 runs in this process. Workers get the pipeline when they start
        (copied by ``fork`` on Linux) and send back records.
    batch_size
        Articles per batch handed to the pipeline (and to a worker).
    nlp
        A pipeline to use instead of the shared default.
    worker_timeout
        With ``n_process > 1``: seconds the workers may go without finishing a batch (or,
        when retrying one article at a time, an article) before they are stopped; the
        article they were on gets an error record. ``None``: no limit. A worker that dies
        is noticed at once, and only the article it died on gets an error record.
    date_order
        ``"dmy"`` or ``"mdy"``: how to read numeric dates whose day and month are both 12 or
        less; by default such dates are refused rather than guessed.

    Yields
    ------
    Article
        One per input. Inputs that cannot be analysed (wrong type, too long, a component
        failing on them) give a record whose ``error`` says why; nothing is skipped silently.
        Validation, error reasons and memory use are those of the batch tagger
        (:mod:`beritanlp.runner`).
    """
    fields = Fields(date_order=date_order)  # an unknown order fails before any article runs
    nlp = nlp or default_pipeline()
    chunk_size = max(1, batch_size) * max(1, n_process) * 8
    yield from run_records(nlp, texts, fields=fields, max_chars=nlp.max_length,
                           chunk_size=chunk_size, batch_size=max(1, batch_size),
                           n_process=n_process, worker_timeout=worker_timeout)


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
    table = default_stem_table(check_mode(mode))
    cols = stem_columns(text, table, with_stopwords=False)
    # end offsets, protection and stopword flags, like the dicts, are made when first used
    return StemmedTokens(cols.texts, cols.stems, cols.starts, stop_words=table.stop_words,
                         protected_at=cols.kept)


__all__ = [
    "MAX_LENGTH", "analyze", "analyze_many", "default_pipeline", "default_stem_table", "stem",
]
