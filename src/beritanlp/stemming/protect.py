"""Which tokens the stemmer must leave alone (a pure function over token features).

Sastrawi overstems names (``Bekasi`` → ``bekas``, ``Kediri`` → ``diri``), so a token keeps its
own text as its stem when it is

* inside an entity span,
* an acronym or other all-capitals word (``KPK``, ``SPI``),
* capitalised and in the protected-words list (place names Sastrawi would change),
* capitalised and not at the start of a sentence, or
* capitalised at the start of a sentence while the same word is written capitalised somewhere
  in the article where capitals are not forced, or
* capitalised inside a Title Case sentence (a headline) unless the article also writes the word
  in lowercase (then it is an ordinary word: "Menjadi" in a headline, "menjadi" in the body).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class TokenView:
    """The few token features the protection rule looks at."""

    text: str
    sent_start: bool
    in_entity: bool


def _is_capitalised(text: str) -> bool:
    return text[:1].isupper()


def _is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _title_case_spans(tokens: Sequence[TokenView]) -> list[bool]:
    """Mark tokens in sentences written in Title Case (headlines), where capitals are forced."""
    forced = [False] * len(tokens)
    start = 0
    for i in range(1, len(tokens) + 1):
        if i == len(tokens) or tokens[i].sent_start:
            words = [t.text for t in tokens[start:i] if t.text[:1].isalpha()]
            if len(words) >= 3 and sum(_is_capitalised(w) for w in words) / len(words) > 0.75:
                for j in range(start, i):
                    forced[j] = True
            start = i
    return forced


def protected_mask(
    tokens: Sequence[TokenView],
    protected_words: Collection[str] = (),
    protect_capitalised: bool = True,
) -> list[bool]:
    """Decide, token by token, whether the stemmer must keep the token as it is.

    Parameters
    ----------
    tokens
        The document's tokens in order.
    protected_words
        Lowercased words that are never stemmed when written capitalised.
    protect_capitalised
        Apply the capitalisation rules (names); switch off to stem everything but entities,
        acronyms and protected words.

    Returns
    -------
    list of bool
    """
    forced = _title_case_spans(tokens) if protect_capitalised else [False] * len(tokens)
    free_capitalised: set[str] = set()
    lowercase_words: set[str] = set()
    if protect_capitalised:
        for tok, is_forced in zip(tokens, forced, strict=True):
            if not tok.sent_start and not is_forced and _is_capitalised(tok.text):
                free_capitalised.add(tok.text)
            elif tok.text[:1].islower():
                lowercase_words.add(tok.text)
    mask = []
    for tok, is_forced in zip(tokens, forced, strict=True):
        text = tok.text
        if tok.in_entity or _is_all_caps(text):
            mask.append(True)
        elif _is_capitalised(text) and text.lower() in protected_words:
            mask.append(True)
        elif protect_capitalised and _is_capitalised(text):
            if tok.sent_start:
                mask.append(text in free_capitalised)
            elif is_forced:
                mask.append(text in free_capitalised or text.lower() not in lowercase_words)
            else:
                mask.append(True)
        else:
            mask.append(False)
    return mask
