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

import re
from collections.abc import Iterable, Sequence
from operator import ne

from beritanlp.lexicons.titles import TitleList, normalize_title_word


def trim_title_tokens(
    words: Sequence[str], titles: TitleList, after_title: bool = False
) -> int:
    """Count the leading tokens of a name span that are titles (and punctuation between them).

    Parameters
    ----------
    words
        The span's token strings.
    titles
        The title list.
    after_title
        The word right before the span is a title, so a qualifier may be trimmed at the very
        start ("Komjen [Pol Badrodin Haiti]" -> "Badrodin Haiti").

    Returns
    -------
    int
        How many tokens to drop from the start; ``len(words)`` when the span is only titles.
    """
    norm = [normalize_title_word(w) for w in words]
    i, stripped = 0, after_title
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
    alpha = [w for w in filter(str.isalpha, words) if len(w) >= 2]
    if not alpha:
        return False
    # the words whose lower case differs, counted in C (map, no Python call per word)
    return sum(map(ne, alpha, map(str.lower, alpha))) > CASED_SHARE * len(alpha)


def has_capital(words: Iterable[str]) -> bool:
    """Whether any of ``words`` has an upper-case letter."""
    return any(w != w.lower() for w in words)


def is_title_word(word: str, titles: TitleList) -> bool:
    """Whether ``word`` alone is a title of ``titles`` ("Komjen", "Presiden")."""
    key = normalize_title_word(word)
    return bool(key) and (key,) in titles.titles


#: A bracketed short form written as one token, as CoNLL-style corpora keep it: "(KPK)",
#: "(Persero)". The pipeline's own tokenizer splits brackets off, so there it never matches.
_BRACKETED_SHORT_FORM = re.compile(r"\([A-Z][^()\s]*\)")


def is_bracketed_short_form(token: str) -> bool:
    """Whether ``token`` is one bracketed short form starting with a capital ("(MK)")."""
    return _BRACKETED_SHORT_FORM.fullmatch(token) is not None


def is_name_short_form(short: str, name: Sequence[str]) -> bool:
    """Whether ``short`` is made of the starts of two or more of ``name``'s words, in order.

    "SBY" of "Susilo Bambang Yudhoyono" (initials) and "Jokowi" of "Joko Widodo" (syllables)
    are; "Golkar", "Nigeria" or "46" after a name are not. Case, brackets and hyphens are
    ignored; words of the name may be skipped ("JK" of "Muhammad Jusuf Kalla").

    Parameters
    ----------
    short
        The short form, e.g. a bracketed token after a name ("(Jokowi)").
    name
        The name's words.
    """
    letters = "".join(ch for ch in short.lower() if ch.isalnum())
    words = [w.lower() for w in name if w[:1].isalpha()]
    if len(letters) < 2 or not letters.isalpha() or len(words) < 2:
        return False
    return _prefixes_cover(letters, words, 0)


def _prefixes_cover(letters: str, words: Sequence[str], used: int) -> bool:
    """Whether ``letters`` is a concatenation of word starts, at least two in all."""
    if not letters:
        return used >= 2
    for i, word in enumerate(words):
        n = 1
        while n <= min(len(word), len(letters)) and word[:n] == letters[:n]:
            if _prefixes_cover(letters[n:], words[i + 1 :], used + 1):
                return True
            n += 1
    return False
