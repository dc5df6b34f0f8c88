"""Reading CoNLL-style NER files and turning them into spaCy training data.

A CoNLL-style file has one token per line, the token first and the IOB2 tag last, with any
columns in between ignored (idner-news-2k writes ``token POS tag``, NERGRIT ``token<TAB>tag``).
Columns are split on tabs when the line has one, else on runs of spaces. A blank line (or a
``-DOCSTART-`` line) ends a sentence. Windows line endings and a UTF-8 byte-order mark are fine.
A token holding a no-break space or another Unicode space separator ("Ridwan\u00a0Kamil", as web
text writes it) is read as the tokens around the space, in one chunk, as the news tokenizer reads
the text; a token that is only such a space is no token.

Labels are mapped onto beritanlp's three NER labels with :data:`LABEL_MAP`:

=====================================  =========
source label                           beritanlp
=====================================  =========
PER, PERSON, PERS                      PERSON
ORG, ORGANISATION, ORGANIZATION        ORG
LOC, PLACE, GPE, LOCATION              LOC
=====================================  =========

Any other label is either kept as is (``unknown="keep"``), dropped to ``O`` (``"drop"``, the
default for training so that a stray label never becomes a fourth class) or rejected
(``"error"``). Tags are repaired the way ``conlleval`` reads them: an ``I-X`` that does not
continue an ``X`` chunk starts a new chunk.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.tokens import Doc, DocBin
    from spacy.vocab import Vocab

LABELS: tuple[str, ...] = ("PERSON", "ORG", "LOC")

LABEL_MAP: dict[str, str] = {
    "PER": "PERSON",
    "PERS": "PERSON",
    "PERSON": "PERSON",
    "ORG": "ORG",
    "ORGANISATION": "ORG",
    "ORGANIZATION": "ORG",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "PLACE": "LOC",
    "GPE": "LOC",
}

Unknown = Literal["keep", "drop", "error"]


class ConllFormatError(ValueError):
    """A line of a CoNLL-style file could not be read; the message names the file and line."""


@dataclass
class Sentence:
    """One sentence of a CoNLL-style file.

    Attributes
    ----------
    tokens
        The token strings.
    tags
        One IOB2 tag per token, labels already mapped (``"B-PERSON"``, ``"I-ORG"``, ``"O"``).
    source
        ``"path:line"`` of the sentence's first token, for error messages.
    only_labels
        When set, only spans with these labels are trusted for training; spans of other labels
        become *missing* annotation (neither entity nor ``O``) in :func:`sentences_to_docbin`.
    """

    tokens: list[str]
    tags: list[str]
    source: str = ""
    only_labels: frozenset[str] | None = None

    def spans(self) -> list[tuple[int, int, str]]:
        """Return the entity spans as ``(start, end, label)`` token offsets, end exclusive."""
        return iob2_to_spans(self.tags)


@dataclass
class ConllReadStats:
    """What :func:`read_conll` saw: counts, repaired tags and labels it did not know."""

    sentences: int = 0
    tokens: int = 0
    repaired_tags: int = 0
    unknown_labels: dict[str, int] = field(default_factory=dict)


def map_label(label: str, unknown: Unknown = "keep") -> str | None:
    """Map a source label (``PER``, ``ORGANISATION``, ...) to a beritanlp label.

    Parameters
    ----------
    label
        The label without its ``B-``/``I-`` prefix. Case is ignored.
    unknown
        What to do with a label missing from :data:`LABEL_MAP`: ``"keep"`` returns it
        upper-cased, ``"drop"`` returns None, ``"error"`` raises ``KeyError``.

    Returns
    -------
    str or None
        The beritanlp label, or None when the label is dropped.
    """
    mapped = LABEL_MAP.get(label.upper())
    if mapped is not None:
        return mapped
    if unknown == "keep":
        return label.upper()
    if unknown == "drop":
        return None
    raise KeyError(label)


def iob2_to_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Decode IOB2 tags into ``(start, end, label)`` spans.

    Reads like ``conlleval``: ``B-X`` starts a chunk, ``I-X`` continues a chunk of the same
    label and otherwise starts a new one, ``O`` (or anything without a prefix) ends it.
    ``E-``/``S-``/``L-``/``U-`` (BIOES/BILUO) prefixes are accepted too.

    Parameters
    ----------
    tags
        One tag per token.

    Returns
    -------
    list of tuple
        Spans with token offsets, end exclusive, in order.
    """
    spans: list[tuple[int, int, str]] = []
    start: int | None = None
    label: str | None = None

    def close(end: int) -> None:
        nonlocal start, label
        if start is not None and label is not None:
            spans.append((start, end, label))
        start, label = None, None

    for i, tag in enumerate(tags):
        prefix, _, lab = tag.partition("-")
        prefix = prefix.upper()
        if tag == "O" or not lab or prefix not in {"B", "I", "E", "S", "L", "U"}:
            close(i)
            continue
        if prefix in {"B", "S", "U"} or label != lab:
            close(i)
            start, label = i, lab
        if prefix in {"S", "U", "E", "L"}:
            close(i + 1)
    close(len(tags))
    return spans


def spans_to_iob2(n_tokens: int, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """Encode ``(start, end, label)`` spans as IOB2 tags for ``n_tokens`` tokens."""
    tags = ["O"] * n_tokens
    for start, end, label in spans:
        if not 0 <= start < end <= n_tokens:
            raise ValueError(f"span ({start}, {end}) outside 0..{n_tokens}")
        tags[start] = f"B-{label}"
        for i in range(start + 1, end):
            tags[i] = f"I-{label}"
    return tags


#: Column separators of a line without tabs: plain spaces only. A no-break space (U+00A0) or
#: another space separator belongs to the token (see :func:`_token_pieces`).
_COLUMN_SPACES = re.compile(r"[ \x0b\x0c]+")
#: Whitespace other than a plain space inside a token: where a token is cut (a tab-separated
#: token may hold plain spaces, "Kota Baru", and keeps them).
_OTHER_SPACES = re.compile(r"[^\S ]+")


def _split(line: str) -> list[str]:
    if "\t" in line:
        return line.split("\t")
    return [col for col in _COLUMN_SPACES.split(line) if col]


def _token_pieces(token: str, tag: str) -> list[tuple[str, str]]:
    """A token with its tag, as the tokens a reader sees: split at Unicode space separators.

    Web text keeps no-break spaces ("Ridwan\u00a0Kamil"); the news tokenizer reads them as
    plain spaces, so a gold token holding one is two tokens there, and a gold token that is
    only such a space is none. Plain spaces inside a token (a tab-separated "Kota Baru") are
    kept, as before. The pieces after the first continue the first's chunk
    ("B-PER" -> "B-PER", "I-PER"); a space-only token gives no piece.
    """
    pieces = [piece for piece in _OTHER_SPACES.split(token) if piece.strip(" ")]
    if len(pieces) <= 1:
        return [(piece, tag) for piece in pieces]
    if tag == "O":
        return [(piece, "O") for piece in pieces]
    prefix, _, label = tag.partition("-")
    first = f"B-{label}" if prefix.upper() in {"B", "S", "U"} else f"I-{label}"
    return [(pieces[0], first), *((piece, f"I-{label}") for piece in pieces[1:])]


def split_at_spaces(tokens: Sequence[str], tags: Sequence[str]) -> tuple[list[str], list[str]]:
    """Tokens and their IOB2 tags as a reader sees them: split at Unicode space separators.

    Each token is read as :func:`_token_pieces` reads it: "Ridwan\u00a0Kamil" (B-PER) becomes
    "Ridwan" (B-PER) and "Kamil" (I-PER); a token that is only a no-break space goes.

    Parameters
    ----------
    tokens
        Token strings.
    tags
        One tag per token.

    Returns
    -------
    tuple of (list of str, list of str)
        The tokens and their tags.
    """
    out_tokens: list[str] = []
    out_tags: list[str] = []
    for token, tag in zip(tokens, tags, strict=True):
        for piece, piece_tag in _token_pieces(token, tag):
            out_tokens.append(piece)
            out_tags.append(piece_tag)
    return out_tokens, out_tags


def iter_conll_lines(
    lines: Iterable[str],
    source: str = "<text>",
    unknown: Unknown = "keep",
    stats: ConllReadStats | None = None,
) -> Iterator[Sentence]:
    """Parse CoNLL-style lines into sentences (see the module docstring for the format).

    Parameters
    ----------
    lines
        The file's lines, with or without line endings.
    source
        Name used in error messages and in :attr:`Sentence.source`.
    unknown
        Policy for labels missing from :data:`LABEL_MAP` (see :func:`map_label`).
    stats
        Filled in with counts when given.

    Yields
    ------
    Sentence
        Each non-empty sentence, tags mapped and repaired to valid IOB2.

    Raises
    ------
    ConllFormatError
        On a line with a single column, an empty token or an unreadable tag.
    """
    stats = stats if stats is not None else ConllReadStats()
    tokens: list[str] = []
    raw: list[str] = []
    first_line = 0

    def flush() -> Sentence | None:
        if not tokens:
            return None
        spans = iob2_to_spans(raw)
        # Repairs: every chunk must start with B-; count the I- that started one.
        stats.repaired_tags += sum(1 for s, _, _ in spans if not raw[s].upper().startswith("B"))
        mapped: list[tuple[int, int, str]] = []
        for start, end, label in spans:
            try:
                new = map_label(label, unknown)
            except KeyError:
                raise ConllFormatError(
                    f"{source}:{first_line}: unknown entity label {label!r} "
                    f"(known: {', '.join(sorted(LABEL_MAP))})"
                ) from None
            if new is None:
                stats.unknown_labels[label] = stats.unknown_labels.get(label, 0) + 1
                continue
            if new not in LABELS:
                stats.unknown_labels[label] = stats.unknown_labels.get(label, 0) + 1
            mapped.append((start, end, new))
        tags = spans_to_iob2(len(tokens), mapped)
        sentence = Sentence(list(tokens), tags, f"{source}:{first_line}")
        stats.sentences += 1
        stats.tokens += len(tokens)
        return sentence

    for lineno, line in enumerate(lines, start=1):
        line = line.rstrip("\r\n").lstrip("\ufeff")
        if not line.strip() or line.startswith("-DOCSTART-"):
            done = flush()
            if done is not None:
                yield done
            tokens, raw = [], []
            continue
        cols = _split(line)
        if len(cols) < 2:
            raise ConllFormatError(
                f"{source}:{lineno}: expected 'token ... tag', got {line!r}"
            )
        token, tag = cols[0].strip(" "), cols[-1].strip()
        if not token:
            raise ConllFormatError(f"{source}:{lineno}: empty token in {line!r}")
        prefix, dash, label = tag.partition("-")
        if tag != "O" and not (dash and label and prefix.upper() in {"B", "I", "E", "S", "L", "U"}):
            raise ConllFormatError(
                f"{source}:{lineno}: unreadable tag {tag!r} (want O, B-X or I-X)"
            )
        pieces = _token_pieces(token, tag)
        if pieces and not tokens:
            first_line = lineno
        tokens.extend(piece for piece, _ in pieces)
        raw.extend(piece_tag for _, piece_tag in pieces)
    done = flush()
    if done is not None:
        yield done


def read_conll(
    path: str | Path, unknown: Unknown = "keep", stats: ConllReadStats | None = None
) -> list[Sentence]:
    """Read a CoNLL-style NER file (UTF-8) into sentences.

    Parameters
    ----------
    path
        The file.
    unknown
        Policy for labels missing from :data:`LABEL_MAP` (see :func:`map_label`).
    stats
        Filled in with counts when given.

    Returns
    -------
    list of Sentence

    Raises
    ------
    FileNotFoundError
        When ``path`` does not exist.
    ConllFormatError
        On a malformed line (the message names the file and line).
    """
    path = Path(path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(iter_conll_lines(handle, str(path), unknown=unknown, stats=stats))


def acronym_of(tokens: Sequence[str]) -> str | None:
    """Initials of the capitalised words of a name ("Badan Pusat Statistik" -> "BPS").

    Returns None when fewer than two words are capitalised (no plausible acronym).
    """
    initials = [t[0] for t in tokens if t[:1].isupper() and t.isalpha()]
    return "".join(initials) if len(initials) >= 2 else None


def add_acronym_variants(sentences: Iterable[Sentence]) -> list[Sentence]:
    """Return the sentences plus a variant of each with "( ACR )" after its first long ORG.

    Indonesian news introduces an agency as "Komisi Pemberantasan Korupsi (KPK)", but
    idner-news-2k has no brackets at all, so a model trained on it alone glues "( KPK )" onto
    the name. The variant inserts the initials in brackets after the first ORG span of two or
    more capitalised words and tags them the way NERGRIT does: "(" O, the acronym ORG, ")" O.
    Deterministic; the originals are kept unchanged and come first.

    Parameters
    ----------
    sentences
        Sentences from :func:`read_conll`.

    Returns
    -------
    list of Sentence
    """
    originals = list(sentences)
    variants: list[Sentence] = []
    for sentence in originals:
        spans = sentence.spans()
        for start, end, label in spans:
            acronym = acronym_of(sentence.tokens[start:end]) if label == "ORG" else None
            if acronym is None:
                continue
            if end < len(sentence.tokens) and sentence.tokens[end] in {"(", acronym}:
                break
            tokens = sentence.tokens[:end] + ["(", acronym, ")"] + sentence.tokens[end:]
            shifted = [
                (s + 3 if s >= end else s, e + 3 if s >= end else e, lab) for s, e, lab in spans
            ]
            shifted.append((end + 1, end + 2, "ORG"))
            tags = spans_to_iob2(len(tokens), sorted(shifted))
            variants.append(
                Sentence(
                    tokens, tags, sentence.source + " (acronym variant)", sentence.only_labels
                )
            )
            break
    return originals + variants


def sentences_to_docbin(sentences: Iterable[Sentence], vocab: Vocab | None = None) -> DocBin:
    """Convert sentences into a spaCy :class:`~spacy.tokens.DocBin` with ``doc.ents`` set.

    Tokens are kept exactly as in the file (gold tokenisation); a space follows every token
    but the last.

    Parameters
    ----------
    sentences
        Sentences from :func:`read_conll`.
    vocab
        Vocabulary for the docs; a blank ``id`` vocabulary by default.

    Returns
    -------
    DocBin
    """
    import spacy
    from spacy.tokens import DocBin

    if vocab is None:
        vocab = spacy.blank("id").vocab
    docbin = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], store_user_data=False)
    for sentence in sentences:
        docbin.add(sentence_to_doc(sentence, vocab))
    return docbin


def sentence_to_doc(sentence: Sentence, vocab: Vocab) -> Doc:
    """One sentence as a spaCy ``Doc`` with ``doc.ents`` set (gold tokens, a space after each).

    Spans whose label is not in ``sentence.only_labels`` (when set) become missing annotation.
    """
    from spacy.tokens import Doc, Span

    spaces = [True] * len(sentence.tokens)
    spaces[-1] = False
    doc = Doc(vocab, words=sentence.tokens, spaces=spaces)
    keep = sentence.only_labels
    spans = [Span(doc, s, e, label=lab) for s, e, lab in sentence.spans()]
    doc.set_ents(
        [sp for sp in spans if keep is None or sp.label_ in keep],
        missing=[sp for sp in spans if keep is not None and sp.label_ not in keep],
        default="outside",
    )
    return doc


def conll_to_docbin(
    paths: str | Path | Sequence[str | Path],
    out_path: str | Path,
    unknown: Unknown = "drop",
    acronym_variants: bool = False,
    partial: Mapping[str | Path, Collection[str]] | None = None,
) -> ConllReadStats:
    """Read one or more CoNLL-style files and write them as one ``.spacy`` DocBin.

    Parameters
    ----------
    paths
        A file or a list of files; their sentences are concatenated in order.
    out_path
        Where to write the ``.spacy`` file (parent directories are created).
    unknown
        Policy for labels missing from :data:`LABEL_MAP`; ``"drop"`` by default so training
        only ever sees PERSON, ORG and LOC.
    acronym_variants
        Also write the "( ACR )" variants of :func:`add_acronym_variants` (counted in the
        returned ``sentences``).
    partial
        Extra files whose annotation is trusted only for some labels: file -> labels. Their
        spans of other labels are written as missing annotation, so a corpus with different
        conventions for, say, places can still teach person names.

    Returns
    -------
    ConllReadStats
        Counts over all files.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    stats = ConllReadStats()
    sentences: list[Sentence] = []
    for path in paths:
        sentences.extend(read_conll(path, unknown=unknown, stats=stats))
    for path, labels in (partial or {}).items():
        only = frozenset(labels)
        for sentence in read_conll(path, unknown=unknown, stats=stats):
            sentence.only_labels = only
            sentences.append(sentence)
    if acronym_variants:
        sentences = add_acronym_variants(sentences)
        stats.sentences = len(sentences)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    sentences_to_docbin(sentences).to_disk(out_path)
    return stats
