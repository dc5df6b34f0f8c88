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

from bisect import bisect_left
from collections.abc import Collection, Iterable, Sequence
from importlib.resources import files
from itertools import compress, filterfalse, repeat
from operator import and_, ge, gt, is_, itemgetter, mul, not_, or_, sub

OPENING_QUOTES = frozenset({"“", "‘", "«", "„"})

_first_char = itemgetter(slice(None, 1))  # text[:1], also for an empty text


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



def protected_positions(
    texts: Sequence[str],
    sent_starts: Sequence[int],
    opening_quotes: Iterable[int],
    capitalised: Sequence[int],
    protected_words: Collection[str] = (),
    static_cache: dict[str, bool] | None = None,
    non_alpha: Sequence[int] | None = None,
) -> list[int]:
    """The positions :func:`protected_mask` marks, computed from sparse inputs.

    Gives the ``True`` positions of ``protected_mask(texts, starts, None, protected_words)``
    (capitalisation rules on, no entity spans) but only looks at sentence starts, quotation
    marks and capitalised tokens, so ordinary lowercase words cost nothing here.

    Parameters
    ----------
    texts
        The token texts in order.
    sent_starts
        Increasing positions of the tokens that start a sentence (exactly the ``True``
        positions of the ``sent_starts`` that :func:`protected_mask` would get).
    opening_quotes
        Positions of the tokens in ``OPENING_QUOTES``.
    capitalised
        Increasing positions of the tokens whose first character is upper case.
    protected_words
        Lowercased words never stemmed when written capitalised.
    static_cache
        Optional dict remembering, per token text, the decision that does not depend on
        context (all capitals or a protected word); pass the same dict between calls.
    non_alpha
        Optional increasing positions of the tokens whose first character is not a letter
        (computed when needed and not given).

    Returns
    -------
    list of int
        Increasing positions of the tokens to keep as written.
    """
    if not capitalised:
        return []
    initial = _initial_set(texts, sent_starts, opening_quotes)
    forced = _forced_positions(texts, sent_starts, capitalised, non_alpha)
    # Capitalised tokens neither sentence/quote-initial nor in a Title Case sentence are kept
    # whatever else holds; only the others need a decision.
    special = sorted(forced.union(initial.intersection(capitalised)))
    if special:
        is_special = set(special).__contains__
        plain = list(filterfalse(is_special, capitalised))
    else:
        plain = list(capitalised)
    free = set(map(texts.__getitem__, plain))
    if not special:
        return plain
    static = {} if static_cache is None else static_cache
    special_texts = list(map(texts.__getitem__, special))
    # kept when all capitals or a protected word (remembered per text), or written
    # capitalised where capitals are not forced
    known: list[bool | None] = list(map(static.get, special_texts))
    if None in known:
        for k in compress(range(len(known)), map(is_, known, repeat(None))):
            text = special_texts[k]
            fact = _is_all_caps(text) or text.lower() in protected_words
            known[k] = fact
            if len(static) < _STATIC_CACHE_SIZE:
                static[text] = fact
    keep = list(map(or_, known, map(free.__contains__, special_texts)))
    decided = list(compress(special, keep))
    # the rest, if in a Title Case sentence and not initial: kept unless written in lowercase
    rest = list(filterfalse(initial.__contains__, compress(special, map(not_, keep))))
    if rest:
        lowers = [texts[i].lower() for i in rest]
        # "lower in lowercase_words" of protected_mask: which of these few words occur in the
        # text, found in one pass without building a set of all its tokens
        present = set(lowers).intersection(texts)
        for i, lower in zip(rest, lowers, strict=True):
            if not (lower[:1].islower() and lower in present):
                decided.append(i)
    if not decided:
        return plain
    return sorted(plain + decided)


_STATIC_CACHE_SIZE = 100_000


def _initial_set(
    texts: Sequence[str], sent_starts: Sequence[int], opening_quotes: Iterable[int]
) -> set[int]:
    """Sparse :func:`_initial_positions`: the first alphanumeric token from each trigger on.

    A trigger (sentence start or opening quote) makes the first token at or after it that has
    a letter or digit initial; triggers met while already waiting lead to the same token.
    """
    n = len(texts)
    triggers = sorted({*sent_starts, *opening_quotes})
    # most triggers are themselves words or numbers (first character alphanumeric)
    direct = list(map(str.isalnum, map(_first_char, map(texts.__getitem__, triggers))))
    initial = set(compress(triggers, direct))
    for trigger in compress(triggers, map(not_, direct)):
        j = trigger
        while j < n and not any(map(str.isalnum, texts[j])):
            j += 1
        if j < n:
            initial.add(j)
    return initial


def _forced_positions(
    texts: Sequence[str],
    sent_starts: Sequence[int],
    capitalised: Sequence[int],
    non_alpha: Sequence[int] | None = None,
) -> set[int]:
    """Sparse :func:`_title_case_sentences`: the capitalised positions in Title Case sentences.

    ``non_alpha`` lists, in order, the positions of the tokens whose first character is not a
    letter (computed when not given); a sentence's words are its other tokens.
    """
    n = len(texts)
    bounds = [0, *(s for s in sent_starts if s > 0), n]
    # capitalised tokens before each sentence boundary, and so per sentence
    caps_before = list(map(bisect_left, repeat(capitalised), bounds))
    counts = list(map(sub, caps_before[1:], caps_before[:-1]))
    candidates = list(compress(range(len(counts)), map(ge, counts, repeat(3))))
    if not candidates:
        return set()  # Title Case needs more than 3/4 of at least three words capitalised
    if non_alpha is None:
        non_alpha = list(compress(range(n), map(not_, map(str.isalpha, map(_first_char, texts)))))
    # capitalised tokens that do not start with a letter (such as "Ⅱ") are not words
    odd = sorted(set(capitalised).intersection(non_alpha)) if non_alpha else []
    forced: set[int] = set()
    if odd:
        for k in candidates:
            start, end = bounds[k], bounds[k + 1]
            n_words = end - start - (bisect_left(non_alpha, end) - bisect_left(non_alpha, start))
            n_capitalised = counts[k] - (bisect_left(odd, end) - bisect_left(odd, start))
            if n_words >= 3 and n_capitalised / n_words > 0.75:
                forced.update(capitalised[caps_before[k]:caps_before[k + 1]])
        return forced
    # every sentence at once: words = tokens - tokens not starting with a letter; Title Case
    # when words >= 3 and capitalised / words > 0.75, i.e. 4 * capitalised > 3 * words
    other_before = list(map(bisect_left, repeat(non_alpha), bounds))
    lengths = map(sub, bounds[1:], bounds[:-1])
    words = list(map(sub, lengths, map(sub, other_before[1:], other_before[:-1])))
    title_case = map(and_, map(ge, words, repeat(3)),
                     map(gt, map(mul, counts, repeat(4)), map(mul, words, repeat(3))))
    for k in compress(range(len(counts)), title_case):
        forced.update(capitalised[caps_before[k]:caps_before[k + 1]])
    return forced


def load_protected_words() -> frozenset[str]:
    """The packaged protected-words list (lowercased), from ``resources/protected_words.txt``."""
    text = files("beritanlp.resources").joinpath("protected_words.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and line[0] != "#"
    )
