"""Trim titles, honorifics and ranks from the start of PERSON spans.

The NER data sets never annotate titles ("Menteri", "Presiden" are ``O``), but a model can still
swallow one, and the guideline says names never carry them. :func:`trim_title_tokens` is the pure
algorithm on token strings; the component ``beritanlp_ner_cleanup``
(:mod:`beritanlp.components.ner_cleanup`, placed right after ``ner``) applies it to ``doc.ents``.

The word list is the pipeline's ``titles`` table (:class:`beritanlp.lexicons.titles.TitleList`,
by default ``resources/person_titles.txt``). Matching ignores case, dots and brackets. Titles are
stripped repeatedly from the left, longest match first, so "Wakil Wali Kota", "Prof. Dr. Ir."
and "Letjen TNI Mar (Purn)" all go. Punctuation between titles ("Prof. ,") goes with them. A span
that is nothing but titles is dropped: a title alone names no person.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from beritanlp.lexicons.titles import TitleList, normalize_title_word


def trim_title_tokens(words: Sequence[str], titles: TitleList) -> int:
    """Count the leading tokens of a name span that are titles (and punctuation between them).

    Parameters
    ----------
    words
        The span's token strings.
    titles
        The title list.

    Returns
    -------
    int
        How many tokens to drop from the start; ``len(words)`` when the span is only titles.
    """
    norm = [normalize_title_word(w) for w in words]
    i, stripped = 0, False
    longest = titles.max_words
    while i < len(words):
        if stripped and not norm[i]:  # punctuation after a title: "Prof . Dr ." / "( Purn )"
            i += 1
            continue
        match = 0
        for n in range(min(longest, len(words) - i), 0, -1):
            key = tuple(norm[i : i + n])
            if not all(key):
                continue
            if key in titles.titles or (stripped and key in titles.qualifiers):
                match = n
                break
        if not match:
            break
        i += match
        stripped = True
    return i


def trim_spans(
    words: Sequence[str],
    spans: Iterable[tuple[int, int, str]],
    titles: TitleList,
    labels: Iterable[str] = ("PERSON",),
) -> list[tuple[int, int, str]]:
    """Trim leading titles from the spans with one of ``labels``; drop spans that were all title.

    Parameters
    ----------
    words
        All token strings of the text.
    spans
        ``(start, end, label)`` token spans, end exclusive.
    titles
        The title list.
    labels
        Labels whose spans are trimmed; others pass through unchanged.

    Returns
    -------
    list of tuple
        The trimmed spans, in the input order.
    """
    wanted = set(labels)
    out: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if label in wanted:
            start += trim_title_tokens(words[start:end], titles)
            if start >= end:
                continue
        out.append((start, end, label))
    return out


#: Share of alphabetic words with a capital letter above which a text counts as normally cased.
CASED_SHARE = 0.05


def is_cased_text(words: Iterable[str]) -> bool:
    """Whether a text is normally cased: more than :data:`CASED_SHARE` of its words have a capital.

    Lower-cased text (chat, some scraped news, the NER-P corpus) has none; in such text a name
    has no capital either, so an uncapitalised entity is only suspicious in cased text.
    """
    alpha = [w for w in words if len(w) >= 2 and w.isalpha()]
    if not alpha:
        return False
    return sum(1 for w in alpha if w != w.lower()) > CASED_SHARE * len(alpha)


def has_capital(words: Iterable[str]) -> bool:
    """Whether any of ``words`` has an upper-case letter."""
    return any(w != w.lower() for w in words)
