"""Static word vectors for the NER, trained on raw Indonesian news (CLICK-ID).

Three steps, each a function and together the command ``python scripts/ner_vectors.py``:

1. :func:`write_token_corpus`: the articles of a JSON-lines file (gzip allowed; fields
   ``title`` and ``text``), lower-cased and split into words and punctuation marks
   (:func:`tokenize_for_vectors`), one article per line, tokens separated by single spaces.
2. :func:`train_floret`: fastText-style skip-gram vectors on that file with ``floret`` (a
   training-time dependency only: ``pip install floret``), written in the ``.vec`` text format,
   most frequent words first.
3. :func:`init_spacy_vectors`: spaCy's own ``init vectors`` on the ``.vec`` file, keeping the
   ``rows`` most frequent words and keying them by the ``LOWER`` attribute, so a token finds its
   vector whatever its case.

The result is a spaCy pipeline folder holding only the vectors; the NER config reads it through
``paths.vectors`` (``[initialize] vectors``). The trained NER ships the table in
``model/vocab``, so nothing is downloaded at run time. Training is single-threaded: floret seeds
its own generators, so one thread gives the same vectors every run.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path

from beritanlp.lexicons.jsonl import iter_jsonl


def iter_articles(path: str | Path) -> Iterator[str]:
    """Yield the ``title``, a newline and the ``text`` of each JSON line (``.gz``: gzip).

    Raises
    ------
    ValueError
        On a line that is not a JSON object (the message names the line).
    """
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for lineno, record in iter_jsonl(handle, path):
            if not isinstance(record, dict):
                raise ValueError(f"{path}, line {lineno}: not a JSON object")
            yield f"{record.get('title') or ''}\n{record.get('text') or ''}"


#: Words (letters and digits, with inner hyphens or apostrophes) and single punctuation marks.
TOKEN_PATTERN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")


def tokenize_for_vectors(text: str) -> list[str]:
    """Lower-cased words and punctuation marks of ``text``, split as the NER corpora are.

    CLICK-ID joins paragraphs with commas ("KPK.,Revisi") and keeps no-break spaces; a plain
    regular expression separates those where a news tokenizer would keep them together, so
    the vector table is spent on words, not on their punctuated variants.
    """
    return TOKEN_PATTERN.findall(text.lower())


def write_token_corpus(src: str | Path, dest: str | Path) -> int:
    """Tokenise the articles of ``src`` and write them lower-cased, one article per line.

    Returns
    -------
    int
        The number of tokens written.
    """
    n_tokens = 0
    Path(dest).parent.mkdir(parents=True, exist_ok=True)
    with open(dest, "w", encoding="utf-8") as out:
        for text in iter_articles(src):
            words = tokenize_for_vectors(text)
            n_tokens += len(words)
            out.write(" ".join(words) + "\n")
    return n_tokens


#: Where a text may be cut into pretraining chunks: after a sentence end and its space.
_SENTENCE_CUT = re.compile(r"(?<=[.!?])\s+")


def write_pretrain_jsonl(src: str | Path, dest: str | Path, max_words: int = 80) -> int:
    """Write the articles of ``src`` as ``{"text": ...}`` lines for ``spacy pretrain``.

    Each article is cut at sentence ends into chunks of about ``max_words`` whitespace words
    (a longer sentence is a chunk of its own), so spaCy's ``JsonlCorpus`` gets short docs.
    Case is kept: the characters objective learns from it.

    Returns
    -------
    int
        The number of chunks written.
    """
    n_chunks = 0
    Path(dest).parent.mkdir(parents=True, exist_ok=True)
    with open(dest, "w", encoding="utf-8") as out:
        for text in iter_articles(src):
            chunk: list[str] = []
            for sentence in _SENTENCE_CUT.split(" ".join(text.split())):
                chunk.append(sentence)
                if sum(len(s.split()) for s in chunk) >= max_words:
                    out.write(json.dumps({"text": " ".join(chunk)}, ensure_ascii=False) + "\n")
                    n_chunks, chunk = n_chunks + 1, []
            if chunk:
                out.write(json.dumps({"text": " ".join(chunk)}, ensure_ascii=False) + "\n")
                n_chunks += 1
    return n_chunks


def train_floret(
    corpus: str | Path,
    dest_vec: str | Path,
    dim: int = 100,
    epoch: int = 5,
    min_count: int = 3,
    threads: int = 1,
) -> Path:
    """Train skip-gram vectors with subword n-grams (3-5 characters) and write a ``.vec`` file.

    Parameters
    ----------
    corpus
        A file from :func:`write_token_corpus`.
    dest_vec
        Output ``.vec`` path (word count and dimension on the first line, then one word a line,
        most frequent first).
    dim, epoch, min_count, threads
        floret's ``dim``, ``epoch``, ``minCount`` and ``thread``. floret seeds its generators
        itself (per thread); with one thread the vectors are reproducible.

    Returns
    -------
    Path
        ``dest_vec``.
    """
    import floret

    model = floret.train_unsupervised(
        str(corpus),
        model="skipgram",
        mode="fasttext",
        dim=dim,
        epoch=epoch,
        minCount=min_count,
        minn=3,
        maxn=5,
        thread=threads,
        verbose=0,
    )
    words = model.get_words()
    dest = Path(dest_vec)
    with open(dest, "w", encoding="utf-8") as out:
        out.write(f"{len(words)} {dim}\n")
        for word in words:
            vec = model.get_word_vector(word)
            out.write(word + " " + " ".join(f"{x:.5f}" for x in vec) + "\n")
    return dest


def init_spacy_vectors(vec_path: str | Path, dest: str | Path, rows: int) -> Path:
    """Run spaCy's ``init vectors`` on a ``.vec`` file: ``rows`` words, keyed by ``LOWER``."""
    from spacy.cli.init_pipeline import init_vectors_cli

    init_vectors_cli(
        lang="id",
        vectors_loc=Path(vec_path),
        output_dir=Path(dest),
        prune=-1,
        truncate=rows,
        mode="default",
        attr="LOWER",
        name=None,
        verbose=False,
        jsonl_loc=None,
    )
    return Path(dest)
