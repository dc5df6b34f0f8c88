"""A headline written in capitals, read with its words written as the article writes them.

Some newsrooms write headlines in capitals ("PEMPROV SUKAMAJU RAIH ..."). Rules that read
case (a short form matched as written, a head word and the capitalised words of a name) find
nothing there, or read a word in capitals as an acronym. :func:`recased_headline` writes the
headline's words as the body writes them (else as a table of known forms gives them, else
capitalised), the same length letter for letter, so every offset stays valid.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Mapping

from beritanlp.text.headline import headline_end

_LETTER_WORD = re.compile(r"[A-Za-z]+")
#: Characters that glue a word into an address, an e-mail or a handle ("bpom.go.id",
#: "@bmkg_ri", "#bpom"): a body word touching one is no spelling of the word.
_ADDRESS_GLUE = frozenset("./@_#")
#: Letter words of a headline in capitals at least (a shout, not a line of short forms).
_LEAST_WORDS = 3
#: Words this short that neither the body nor the table knows stay in capitals (short forms:
#: "DKI", "TNI"); longer ones are capitalised when they are plain words.
_SHORT_FORM_LETTERS = 3


def shouted_headline(text: str) -> bool:
    """The headline has no lowercase letter and at least three words of two letters or more."""
    end = headline_end(text)
    if end == 0:
        return False
    head = text[:end]
    return not any(c.islower() for c in head) and sum(
        1 for w in _LETTER_WORD.findall(head) if len(w) >= 2) >= _LEAST_WORDS


def recased_headline(
    text: str, forms: Mapping[str, str], plain: Callable[[str], bool] | None = None,
    function_words: Collection[str] = frozenset(),
) -> str:
    """``text`` with a headline in capitals written as the article writes its words.

    Each word of the headline takes the form the body writes most often ("Pemprov", "BPJS");
    a form the body writes in lowercase only is capitalised, as in a title-case headline, unless
    ``forms`` has the word and it is no plain word ("bpom" -> "BPOM"). Body words glued into an
    address, an e-mail or a handle ("bpom.go.id", "@bmkg_ri") are not counted. A function word
    (``function_words``: "dan", "di") after the first word is written in lowercase, as a
    title-case headline writes it. A word the body does not write takes its form in ``forms``
    (lowercase word -> form, e.g. the knowledge base's short forms: "bakamla" -> "Bakamla"),
    else stays in capitals when it is three letters or shorter (a short form) or not a plain
    word (``plain``: "DPRD", "BUMN"), and is capitalised otherwise. A text whose headline is
    not in capitals is returned as it is.

    Parameters
    ----------
    text
        The article (headline, blank line, body).
    forms
        Known written forms of words, by the lowercased word.
    plain
        Whether a lowercased word is an ordinary word of the language (e.g. its stem is a
        dictionary root); ``None`` takes every word of four letters or more as one.
    function_words
        Lowercase function words, written in lowercase after the headline's first word.

    Returns
    -------
    str
        A text of the same length (offsets are unchanged).
    """
    if not shouted_headline(text):
        return text
    end = headline_end(text)
    body: dict[str, Counter[str]] = {}
    for m in _LETTER_WORD.finditer(text, end):
        if not _in_address(text, m.start(), m.end()):
            body.setdefault(m.group().lower(), Counter())[m.group()] += 1
    parts: list[str] = []
    last = 0
    for m in _LETTER_WORD.finditer(text, 0, end):
        parts.append(text[last : m.start()])
        word = m.group()
        if last and word.lower() in function_words:
            parts.append(word.lower())
        else:
            parts.append(_written(word, body, forms, plain))
        last = m.end()
    parts.append(text[last:])
    return "".join(parts)


def _in_address(text: str, start: int, end: int) -> bool:
    """The word ``text[start:end]`` is glued into an address or a handle.

    A character of :data:`_ADDRESS_GLUE` right before it, or right after it; a full stop after
    it counts only when a letter or digit follows the stop (a sentence's end is no address).
    """
    if start > 0 and text[start - 1] in _ADDRESS_GLUE:
        return True
    after = text[end : end + 2]
    if not after or after[0] not in _ADDRESS_GLUE:
        return False
    return after[0] != "." or after[1:].isalnum()


def _written(
    word: str, body: Mapping[str, Counter[str]], forms: Mapping[str, str],
    plain: Callable[[str], bool] | None,
) -> str:
    """The form of a headline word in capitals (same letters, same length)."""
    lower = word.lower()
    seen = body.get(lower)
    known = forms.get(lower)
    if (seen and known is not None and len(known) == len(word) and all(w == lower for w in seen)
            and (plain is None or not plain(lower))):
        return known  # the body writes it only in lowercase ("bpom"), the KB's form wins
        # (not a plain word: "Ahmad bin Umar" keeps its "bin")
    if seen:
        form = max(seen.items(), key=lambda kv: (kv[1], kv[0] != lower))[0]
        return form[:1].upper() + form[1:] if form == lower else form
    if known is not None and len(known) == len(word):
        return known
    if len(word) <= _SHORT_FORM_LETTERS or (plain is not None and not plain(lower)):
        return word  # a short form ("DKI") or a word no dictionary knows ("DPRD", "BUMN")
    return word[:1] + word[1:].lower()


__all__ = ["recased_headline", "shouted_headline"]
