"""Document consistency for the NER's entities: one name, one label, everywhere in the doc.

The statistical NER decides token by token with a window of a few words, so the same name can be
tagged in one sentence and missed (or labelled differently) in the next. Two rules, applied
after the title cleanup, fix the cases that need no model:

1. **Repeated mentions** (:func:`propagate_mentions`). Every PERSON or ORG span's exact token
   sequence is looked for across the doc. An occurrence that no entity touches becomes an entity
   with the name's label; an occurrence that is an entity with exactly the same bounds but another
   label takes the name's label. A name's label is the one most of its tagged mentions have (a
   tie leaves it alone); a one-word name is spread to untagged repeats only when at least two
   mentions carry its label. The last word of a PERSON name of two or more words (a surname:
   "Tabalujan" after "Lusje Anneke Tabalujan") counts as a name of its own, unless the doc tags
   it with another label somewhere. Occurrences must start with a capital letter and must not
   sit inside a longer run of capitalised words (so "Sudirman" in "Jalan Sudirman Raya" stays).
2. **A name right after a position word** (:func:`tag_after_titles`). A run of two or three
   capitalised words that no entity touches, right after a name-introducing title, ending
   before a lower-case word or punctuation, becomes PERSON. Most position words take a
   complement first ("Menteri Agama", "Ketua DPR"), so the titles are those of the cleanup's
   list (``resources/person_titles.txt``) that annotated training text shows to be followed
   by a name (:func:`learn_name_titles`; packaged as ``name_titles.txt`` beside this module).

Both are pure functions over token strings and ``(start, end, label)`` spans; the component
``beritanlp_ner_consistency`` (:mod:`beritanlp.components.ner_consistency`, right after the
cleanup in the default pipeline) applies them to ``doc.ents``: rule 1 always, rule 2 only when
its setting ``after_titles`` is on (off by default: on the annotated dev sets it only added
errors; see ``models/ner/MODEL_CARD.md``). :func:`evaluate_consistency` measures both on a
CoNLL file. Entities made by other components (a ``kb_id_``) are never changed, only the model's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from beritanlp.lexicons.titles import TitleList, load_titles, normalize_title_word
from beritanlp.text.sentences import after_paragraph_joint

if TYPE_CHECKING:  # pragma: no cover - typing only
    from beritanlp.ner.evaluate import NerScores

#: The learned name-introducing titles, next to this module (see :func:`learn_name_titles`).
NAME_TITLES_RESOURCE = "name_titles.txt"

SpanT = tuple[int, int, str]

#: Labels whose names are propagated by :func:`propagate_mentions`.
PROPAGATED: tuple[str, ...] = ("PERSON", "ORG")

#: Mentions a one-word name needs (tagged alike) before its untagged repeats are tagged: one
#: stray tag ("Indonesia" as PERSON once) must not spread through the doc.
MIN_SUPPORT = 2

#: Tokens after which a capitalised word may just be starting a sentence.
SENTENCE_END = frozenset({".", "!", "?", ":", ";", '"', "\u201c", "\u201d", "'"})

#: Shortest and longest name (words) tagged by :func:`tag_after_titles`. A single capitalised
#: word after a title is as often a complement ("Presiden Pilipina") as a name.
MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 3


def is_name_word(word: str) -> bool:
    """A capitalised alphabetic word of two or more letters that is not all capitals."""
    letters = word.replace("-", "").replace("'", "")
    return len(word) >= 2 and letters.isalpha() and word[0].isupper() and not word.isupper()


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _sentence_initial(words: Sequence[str], k: int) -> bool:
    """Whether ``words[k]`` starts a sentence (capitalised for that reason alone)."""
    return (k == 0 or words[k - 1] in SENTENCE_END or not words[k - 1].strip()
            or after_paragraph_joint(words, k))


def _propagatable(key: tuple[str, ...]) -> bool:
    """A name worth looking for: capitalised, with a word of two or more letters ("KPK" too)."""
    return _capitalised(key[0]) and any(
        len(w) >= 2 and w.replace("-", "").isalpha() for w in key
    )


def name_labels(
    words: Sequence[str],
    spans: Iterable[SpanT],
    support: dict[tuple[str, ...], int] | None = None,
) -> dict[tuple[str, ...], str]:
    """The label of every PERSON/ORG name in the doc, by majority over its tagged mentions.

    Includes the surname (last word) of multi-word PERSON names, unless that word is tagged
    with a different label elsewhere. Names tied between two labels are left out. When
    ``support`` is given, it receives the number of mentions tagged with each name's label
    (surnames count :data:`MIN_SUPPORT`: a full name is evidence enough).
    """
    votes: dict[tuple[str, ...], Counter[str]] = {}
    support = support if support is not None else {}
    tagged: dict[tuple[str, ...], set[str]] = {}
    surnames: set[tuple[str, ...]] = set()
    for start, end, label in spans:
        key = tuple(words[start:end])
        tagged.setdefault(key, set()).add(label)
        if label not in PROPAGATED:
            continue
        votes.setdefault(key, Counter())[label] += 1
        if label == "PERSON" and end - start >= 2 and is_name_word(words[end - 1]):
            surnames.add((words[end - 1],))
    out: dict[tuple[str, ...], str] = {}
    for key, counts in votes.items():
        ranked = counts.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            out[key] = ranked[0][0]
            support[key] = ranked[0][1]
    for key in surnames:
        if key not in out and tagged.get(key, {"PERSON"}) <= {"PERSON"}:
            out[key] = "PERSON"
            support[key] = MIN_SUPPORT
    return out


def _free_occurrences(
    words: Sequence[str], key: tuple[str, ...], owner: list[int], starts: Sequence[int]
) -> Iterable[int]:
    """Starts of occurrences of ``key`` that no entity touches and no capitalised word extends.

    ``starts`` are the positions of ``key[0]`` in ``words``, ascending (only they are tried).
    """
    n = len(key)
    for i in starts:
        if i + n > len(words) or words[i + n - 1] != key[-1] or tuple(words[i : i + n]) != key:
            continue
        if any(o >= 0 for o in owner[i : i + n]):
            continue
        before = words[i - 1] if i > 0 and not _sentence_initial(words, i - 1) else ""
        after = words[i + n] if i + n < len(words) else ""
        if is_name_word(before) and owner[i - 1] < 0:
            continue
        if _capitalised(after) and owner[i + n] < 0 and is_name_word(after):
            continue
        yield i


def propagate_mentions(words: Sequence[str], spans: Sequence[SpanT]) -> list[SpanT]:
    """Rule 1 of the module docstring: tag untagged repeats, relabel same-bounds disagreements.

    Parameters
    ----------
    words
        The doc's token strings.
    spans
        The entities, ``(start, end, label)``, non-overlapping.

    Returns
    -------
    list of tuple
        The new entity list, sorted by start.
    """
    support: dict[tuple[str, ...], int] = {}
    labels = name_labels(words, spans, support)
    out: list[SpanT] = []
    for start, end, label in spans:
        wanted = labels.get(tuple(words[start:end]), label)
        out.append((start, end, wanted if label in PROPAGATED else label))
    owner = _owners(len(words), out)
    wanted_names = [
        (key, label) for key, label in sorted(labels.items(), key=lambda kv: -len(kv[0]))
        if _propagatable(key) and (len(key) > 1 or support[key] >= MIN_SUPPORT)
    ]
    positions: dict[str, list[int]] = {key[0]: [] for key, _ in wanted_names}
    for i, word in enumerate(words):
        if word in positions:
            positions[word].append(i)
    for key, label in wanted_names:
        for i in _free_occurrences(words, key, owner, positions[key[0]]):
            if any(o >= 0 for o in owner[i : i + len(key)]):
                continue
            out.append((i, i + len(key), label))
            owner[i : i + len(key)] = [len(out) - 1] * len(key)
    return sorted(out)


def _owners(n_words: int, spans: Sequence[SpanT]) -> list[int]:
    owner = [-1] * n_words
    for index, (start, end, _) in enumerate(spans):
        owner[start:end] = [index] * (end - start)
    return owner


def _title_end(words: Sequence[str], i: int, titles: TitleList) -> int:
    """End of the longest title starting at ``i`` (``i`` when none does); titles are capitalised."""
    if not _capitalised(words[i]):
        return i
    for n in range(min(titles.max_words, len(words) - i), 0, -1):
        key = tuple(normalize_title_word(w) for w in words[i : i + n])
        if all(key) and key in titles.titles:
            return i + n
    return i


def learn_name_titles(
    sentences: Iterable[tuple[Sequence[str], Iterable[SpanT]]],
    titles: TitleList,
    min_count: int = 3,
    min_share: float = 0.75,
) -> TitleList:
    """The titles after which a capitalised word starts a PERSON in annotated text.

    Most position words take a complement before the name ("Menteri Agama", "Presiden
    Perancis", "Ketua DPR"), so a capitalised word after them is usually not a name. This keeps
    the titles whose following capitalised word starts a PERSON span in at least ``min_share``
    of at least ``min_count`` cases.

    Parameters
    ----------
    sentences
        ``(words, spans)`` pairs of annotated training text.
    titles
        Candidate titles (the cleanup's list).
    min_count, min_share
        Thresholds as above.

    Returns
    -------
    TitleList
        The kept titles (no qualifiers).
    """
    seen: Counter[tuple[str, ...]] = Counter()
    person: Counter[tuple[str, ...]] = Counter()
    for words, spans in sentences:
        starts = {s for s, _, label in spans if label == "PERSON"}
        for i in range(len(words)):
            end = _title_end(words, i, titles)
            if end == i or end >= len(words) or not _capitalised(words[end]):
                continue
            key = tuple(normalize_title_word(w) for w in words[i:end])
            seen[key] += 1
            person[key] += end in starts
    kept = {k for k, n in seen.items() if n >= min_count and person[k] >= min_share * n}
    return TitleList(frozenset(kept), frozenset())


def tag_after_titles(
    words: Sequence[str], spans: Sequence[SpanT], titles: TitleList
) -> list[SpanT]:
    """Rule 2 of the module docstring: an untagged name right after a title becomes PERSON.

    Parameters
    ----------
    words
        The doc's token strings.
    spans
        The entities, ``(start, end, label)``, non-overlapping.
    titles
        The name-introducing titles (see :func:`learn_name_titles`); their qualifiers are
        ignored.

    Returns
    -------
    list of tuple
        The new entity list, sorted by start.
    """
    owner = _owners(len(words), spans)
    out = list(spans)
    i = 0
    while i < len(words):
        end = _title_end(words, i, titles)
        if end == i or owner[i] >= 0:
            i += 1
            continue
        j = end
        while j < len(words) and j - end < MAX_NAME_WORDS + 1 and is_name_word(words[j]):
            j += 1
        closed = j == len(words) or not _capitalised(words[j])
        if MIN_NAME_WORDS <= j - end <= MAX_NAME_WORDS and closed and all(
            o < 0 for o in owner[end:j]
        ):
            out.append((end, j, "PERSON"))
            owner[end:j] = [len(out) - 1] * (j - end)
        i = max(end, i + 1)
    return sorted(out)


def make_consistent(
    words: Sequence[str], spans: Sequence[SpanT], titles: TitleList | None
) -> list[SpanT]:
    """Names after titles first (skipped when ``titles`` is None), then the propagation."""
    if titles is not None:
        spans = tag_after_titles(words, spans, titles)
    return propagate_mentions(words, spans)


def load_name_titles(path: str | Path | None = None) -> TitleList:
    """Load the name-introducing titles: the packaged ``name_titles.txt`` unless ``path``."""
    return load_titles(files("beritanlp.ner").joinpath(NAME_TITLES_RESOURCE) if path is None
                       else path)


def as_one_doc(
    sentences: Sequence[Sequence[str]],
    predicted: Sequence[Sequence[SpanT]],
    titles: TitleList | None,
) -> list[list[SpanT]]:
    """Apply :func:`make_consistent` to sentences read as one document; spans per sentence.

    For measuring the rules on sentence-level NER data: the sentences are concatenated, the
    rules run once over the whole text, and the spans go back to their sentences (a span
    crossing a sentence boundary, which the rules never make from per-sentence input, would
    be dropped).
    """
    words: list[str] = []
    offsets: list[int] = []
    spans: list[SpanT] = []
    for tokens, sent_spans in zip(sentences, predicted, strict=True):
        offsets.append(len(words))
        spans.extend((s + len(words), e + len(words), lab) for s, e, lab in sent_spans)
        words.extend(tokens)
    out: list[list[SpanT]] = [[] for _ in sentences]
    index = 0
    for start, end, label in make_consistent(words, spans, titles):
        while index + 1 < len(offsets) and offsets[index + 1] <= start:
            index += 1
        base = offsets[index]
        if end <= base + len(sentences[index]):
            out[index].append((start - base, end - base, label))
    return out


def evaluate_consistency(
    path: str | Path, model: str | Path | None = None
) -> dict[str, NerScores]:
    """Exact-span scores on a CoNLL-style file without and with the rules.

    Returns
    -------
    dict
        ``"model"`` (the NER and the title cleanup, as ``beritanlp evaluate ner``), then rule 1
        alone (``"propagate, ..."``) and both rules (``"propagate+titles, ..."``), each on
        every sentence as its own doc and over the whole file as one doc (:func:`as_one_doc`).
    """
    from beritanlp.ner.conll import read_conll
    from beritanlp.ner.evaluate import predict_spans, score_spans
    from beritanlp.ner.model import load_ner

    sentences = read_conll(path, unknown="keep")
    gold = [s.spans() for s in sentences]
    predicted = predict_spans(load_ner(model), sentences)
    words = [s.tokens for s in sentences]
    out = {"model": score_spans(gold, predicted)}
    for name, titles in (("propagate", None), ("propagate+titles", load_name_titles())):
        per_sentence = [
            make_consistent(w, p, titles) for w, p in zip(words, predicted, strict=True)
        ]
        out[f"{name}, per sentence"] = score_spans(gold, per_sentence)
        out[f"{name}, file as one doc"] = score_spans(gold, as_one_doc(words, predicted, titles))
    return out
