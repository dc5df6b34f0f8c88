"""Which tokens the stemmer must leave alone (a pure function over token features).

Sastrawi overstems names (``Bekasi`` → ``bekas``, ``Kediri`` → ``diri``), so a token keeps its
own text as its stem when it is

* inside an entity span,
* an acronym or other all-capitals word (``KPK``, ``SPI``),
* capitalised and in the protected-words list (place names Sastrawi would change),
* capitalised and not in a position where capitals are forced, or
* capitalised where capitals are forced — the first word of a sentence or of a quotation —
  while the same word is written capitalised somewhere in the article where capitals are not
  forced, or
* capitalised inside a Title Case sentence (a headline) unless the article also writes the word
  in lowercase (then it is an ordinary word: "Menjadi" in a headline, "menjadi" in the body).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

OPENING_QUOTES = frozenset({"“", "‘", "«", "„"})


def _is_capitalised(text: str) -> bool:
    return text[:1].isupper()


def _is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _initial_positions(texts: Sequence[str], sent_starts: Sequence[bool]) -> list[bool]:
    """First word of each sentence or quotation (leading punctuation skipped)."""
    initial = [False] * len(texts)
    waiting = False
    for i, text in enumerate(texts):
        if sent_starts[i] or text in OPENING_QUOTES:
            waiting = True
        if waiting and any(c.isalnum() for c in text):
            initial[i] = True
            waiting = False
    return initial


def _title_case_sentences(texts: Sequence[str], sent_starts: Sequence[bool]) -> list[bool]:
    """Mark tokens in sentences written in Title Case (headlines), where capitals are forced."""
    forced = [False] * len(texts)
    start = 0
    n = len(texts)
    for i in range(1, n + 1):
        if i == n or sent_starts[i]:
            words = [t for t in texts[start:i] if t[:1].isalpha()]
            if len(words) >= 3 and sum(_is_capitalised(w) for w in words) / len(words) > 0.75:
                forced[start:i] = [True] * (i - start)
            start = i
    return forced


def protected_mask(
    texts: Sequence[str],
    sent_starts: Sequence[bool],
    in_entity: Sequence[bool] | None = None,
    protected_words: Collection[str] = (),
    protect_capitalised: bool = True,
) -> list[bool]:
    """Decide, token by token, whether the stemmer must keep the token as it is.

    Parameters
    ----------
    texts
        The document's token texts in order.
    sent_starts
        ``True`` where a token starts a sentence.
    in_entity
        ``True`` where a token is inside an entity span (default: none are).
    protected_words
        Lowercased words that are never stemmed when written capitalised.
    protect_capitalised
        Apply the capitalisation rules (names); switch off to stem everything but entities,
        acronyms and protected words.

    Returns
    -------
    list of bool
    """
    n = len(texts)
    entity = in_entity if in_entity is not None else [False] * n
    if protect_capitalised:
        initial = _initial_positions(texts, sent_starts)
        forced = _title_case_sentences(texts, sent_starts)
    else:
        initial = forced = [False] * n
    free_capitalised: set[str] = set()
    lowercase_words: set[str] = set()
    if protect_capitalised:
        for text, is_initial, is_forced in zip(texts, initial, forced, strict=True):
            first = text[:1]
            if first.isupper():
                if not is_initial and not is_forced:
                    free_capitalised.add(text)
            elif first.islower():
                lowercase_words.add(text)
    mask = [False] * n
    for i, text in enumerate(texts):
        if not text[:1].isupper():
            mask[i] = entity[i]
        elif entity[i] or _is_all_caps(text) or text.lower() in protected_words:
            mask[i] = True
        elif protect_capitalised:
            if initial[i]:
                mask[i] = text in free_capitalised
            elif forced[i]:
                mask[i] = text in free_capitalised or text.lower() not in lowercase_words
            else:
                mask[i] = True
    return mask
