"""One value said of a listed group: each listed name holds it.

News lists several names, then says one score of all of them: with a group word standing for
the list ("A, B dan C menjadi kampus terbaik berikutnya. Namun, ketiganya turun satu
peringkat"; "semuanya", "kesemuanya", "keempatnya"), or with "sama-sama" after the coordinated
names ("A dan B sama-sama memperoleh nilai 78,5"). Each listed name gets the value. A group
word with a count ("ketiganya") needs exactly that many names; the names are those of the
clause before the group word (or right before it: "A, B dan C semuanya masuk 100 besar"), else
of the sentence before. After "masing-masing"/"berturut-turut" or a verb of holding right after
the names ("A dan B meraih nilai 80 dan 75") the values joined after it are the names' in turn
when the counts agree, one value alone is all of theirs (but one rank two names hold with no
"masing-masing" is no tie guessed). Only candidates with no holders of their own take names. A
value that is no score (a count, money) never becomes a candidate, so nothing here makes one a
score.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from beritanlp.rules.scores.answers import NOT_NAME
from beritanlp.rules.scores.cues import CAP, GROUP_WORD
from beritanlp.rules.scores.holders import LIST_SEP
from beritanlp.rules.scores.model import Candidate
from beritanlp.rules.scores.subjects import split_items
from beritanlp.text.numbers import UNITS

#: The group word opening the value's clause, with what may stand between it and the value
#: (adverbs, a holding or change verb, the score's words): no other name, no clause break.
_GROUP_LEADS = re.compile(
    rf"(?:^\W*|[,;][ \t]*|\b(?:Namun|Tetapi|Kini|Lalu|Sementara|Dan)[ \t]*,?[ \t]+)"
    rf"(?i:{GROUP_WORD})[ \t]+(?:[a-z][\w-]*[ \t]+){{0,6}}$")
#: Lower-case words a foreign name may hold ("Institute of X", "School of X and Y").
_NAME_JOINERS = r"(?:of|and|the|for|de|van|der|von)"
_NAME = rf"{CAP}(?:[ \t]+(?:{_NAME_JOINERS}[ \t]+)?{CAP})*"
#: Names coordinated: "A, B, C, dan D", "A dan B serta C" (joined by commas and "dan"/"serta";
#: :func:`_names` splits them, keeping a body's "dan" inside its name).
_JOIN = LIST_SEP
_AND = re.compile(r"[ \t](?:dan|serta)[ \t]")
_RUN = rf"{_NAME}(?:{_JOIN}{_NAME})+"
_LISTED = re.compile(rf"(?<![\w-])({_RUN})(?![ \t]*\()")
#: Coordinated names, then the group word, then the words before the value (group 1: the
#: names; group 2: the group word's count).
_GROUP_AFTER_NAMES = re.compile(
    rf"(?<![\w-])({_RUN})[ \t]+(?i:{GROUP_WORD})[ \t]+(?:[a-z][\w-]*[ \t]+){{0,6}}$")
#: The longest coordinated list ending where the search ends (the words after it follow).
_LISTED_BEFORE = re.compile(rf"{_LISTED.pattern}$")
#: Words that open a sentence or clause before its subject and are no part of a name.
_LEADING = NOT_NAME | {"Dengan", "Bahkan"}
#: "sama-sama" (or "masing-masing", "berturut-turut") after coordinated names, then the holding
#: words before the value (group 1: "masing-masing"/"berturut-turut", values one each in turn).
_SAME_AFTER_NAMES = re.compile(
    r"[ \t]+(?:(?:juga|kini|pun)[ \t]+)?(?:sama-sama|kompak|(masing-masing|berturut-turut))[ \t]+"
    r"(?:[a-z][\w-]*[ \t]+){0,6}$")
#: A verb of holding right after coordinated names, then the words before the value: "A, B dan
#: C masuk 100 besar", "A dan B meraih nilai 80 dan 75" (one value each in turn, or one for all).
_HELD_AFTER_NAMES = re.compile(
    r"[ \t]+(?:(?:juga|kini|pun|berhasil|sukses|telah|sudah)[ \t]+)*"
    r"(?:meraih|memperoleh|mendapat(?:kan)?|menempati|masuk|menembus|berada)[ \t]+"
    r"(?:[a-z][\w-]*[ \t]+){0,5}$")
#: What joins values given in turn: "6,2 dan 5,8", "72, 70, dan 68".
_VALUES_JOINED = re.compile(r"[ \t]*(?:,[ \t]*(?:dan[ \t]+)?|[ \t]+dan[ \t]+)")


def _names(run: str, person_heads: frozenset[str]) -> list[str]:
    """The names of a coordinated run, each without a leading connective ("Sementara A").

    A run with no "dan"/"serta" ("A, B") is no list, nor one naming a person by a post
    ("Bupati A, Wali Kota B dan Gubernur C": the first word of an item in ``person_heads``):
    none.
    """
    if not _AND.search(run):
        return []
    words = run.split()
    while words and words[0] in _LEADING:
        words = words[1:]
    # "Kementerian Pemuda dan Olahraga" stays one name, "Universitas A dan Institut B" is two
    items = split_items(" ".join(words), bodies_only=True)
    if any(item.split()[0].casefold() in person_heads for item in items if item.split()):
        return []
    return items


def _last_list(text: str, lo: int, hi: int, person_heads: frozenset[str]) -> list[str] | None:
    """The last coordinated list of two or more names between ``lo`` and ``hi``."""
    found = None
    for m in _LISTED.finditer(text, lo, hi):
        found = m
    if found is None:
        return None
    names = _names(found.group(1), person_heads)
    return names if len(names) >= 2 else None


def group_names(text: str, start: int, sent: tuple[int, int],
                person_heads: frozenset[str] = frozenset()) -> list[str] | None:
    """The listed names a group word before ``start`` stands for, else ``None``.

    Parameters
    ----------
    text : str
        The article.
    start : int
        Where the value starts.
    sent : (int, int)
        The value's sentence.
    person_heads : frozenset of str
        Casefolded first words of posts: a list naming a person by one is none.

    Returns
    -------
    list[str] | None
        Two or more names (as many as the group word counts, if it counts).
    """
    head = text[sent[0]:start]
    if "nya" not in head[-90:]:
        return None  # cheap test: every group word ends in "-nya"
    led = _GROUP_LEADS.search(head)
    if led is None:
        # "A, B dan C semuanya masuk sepuluh besar": the names right before the group word
        after = _GROUP_AFTER_NAMES.search(head)
        if after is None:
            return None
        run = _names(after.group(1), person_heads)
        return run if len(run) >= 2 and _agrees(after.group(2), run) else None
    word = re.search(GROUP_WORD, led.group(0), re.IGNORECASE)
    at = sent[0] + led.start()
    names = _last_list(text, sent[0], at, person_heads)
    if names is None:
        names = _last_list(text, _previous_start(text, sent[0]), sent[0], person_heads)
    if names is None or not _agrees(word.group(1) if word else None, names):
        return None
    return names


def _agrees(count_word: str | None, names: list[str]) -> bool:
    """Whether a group word's count ("tiga" of "ketiganya"; none for "semuanya") fits ``names``."""
    return count_word is None or UNITS.get(count_word.lower()) == len(names)


def same_named(text: str, start: int, sent: tuple[int, int],
               person_heads: frozenset[str] = frozenset()) -> tuple[list[str], str] | None:
    """Names coordinated before "sama-sama" + the value at ``start`` ("A dan B sama-sama ...").

    Also before "masing-masing"/"berturut-turut" ("each") or a verb of holding ("held": "A dan
    B meraih ..."): then the values are the names' in turn.

    Parameters
    ----------
    text
        The article text.
    start
        Where the value starts.
    sent
        The value's sentence (start, end).
    person_heads
        First words of officials' titles: a list whose items they lead names persons, no
        holders (:meth:`~beritanlp.rules.scores.metrics.MetricIndex.position_heads`).

    Returns
    -------
    (list[str], str) | None
        The names (two or more), and how they hold the values: "same" (one for all), "each"
        (in turn, or one for all) or "held" (in turn, or one for all unless a rank).
    """
    lo = max(sent[0], start - 120)
    same = _SAME_AFTER_NAMES.search(text, lo, start)
    mode = "each" if same is not None and same.group(1) is not None else "same"
    if same is None:
        same = _HELD_AFTER_NAMES.search(text, lo, start)
        mode = "held"
    if same is None:
        return None
    listed = _LISTED_BEFORE.search(text, max(sent[0], same.start() - 300), same.start())
    names = _names(listed.group(1), person_heads) if listed else None
    return (names, mode) if names and len(names) >= 2 else None


def _in_turn(text: str, first: int, candidates: Sequence[Candidate]) -> list[Candidate]:
    """The values joined in turn from ``candidates[first]`` on ("6,2 dan 5,8"), same metric."""
    run = [candidates[first]]
    for c in candidates[first + 1:]:
        last = run[-1]
        if c.sentence != last.sentence or c.metric.name != last.metric.name \
                or c.kind != last.kind or isinstance(c.value, str) \
                or not _VALUES_JOINED.fullmatch(text, last.end, c.start):
            break
        run.append(c)
    return run


#: Where a sentence ends: its end mark, maybe a closing quote, then space or a scraped comma.
_SENTENCE_END = re.compile(r"[.!?][\"”']?(?:[ \t]*,|\s)")
#: How far back (characters) the sentence before may start.
_REACH = 500


def _previous_start(text: str, start: int) -> int:
    """Where the sentence before the one starting at ``start`` starts (within :data:`_REACH`)."""
    lo = max(0, start - _REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, max(lo, start - 2))]
    return ends[-1] if ends else lo


#: Another number joined after a value ("2 dan 3", "80, 78 dan 77"): the values are given in
#: turn, so one of them alone is no value of the whole group.
_NUMBER_JOINED_AFTER = re.compile(r"(?:[ \t]*,[ \t]*(?:dan[ \t]+)?|[ \t]+dan[ \t]+)\d")
#: A bound before the value ("di bawah 70", "lebih dari 80"): no value the names share.
_BOUND_BEFORE = re.compile(r"\b(?:di[ \t]+(?:bawah|atas)|lebih[ \t]+dari|kurang[ \t]+dari"
                           r"|melebihi|hingga|sampai|minimal|maksimal|antara)[ \t]+$",
                           re.IGNORECASE)


def _holders(text: str, i: int, candidates: Sequence[Candidate], names: list[str],
             one_rank: bool) -> list[tuple[int, list[str]]]:
    """Which candidates from ``candidates[i]`` on take which of ``names``.

    The values joined in turn from ``i`` are the names' one each when the counts agree; one
    value alone is all of theirs (unless ``one_rank`` is false and it is a rank: a tie is not
    guessed) when no other number is joined after it and it is no bound ("di bawah 70").
    """
    c = candidates[i]
    if _BOUND_BEFORE.search(text, max(c.sentence[0], c.start - 20), c.start):
        return []
    run = _in_turn(text, i, candidates)
    if len(run) == len(names):
        return [(i + k, [name]) for k, name in enumerate(names)]
    if len(run) == 1 and _NUMBER_JOINED_AFTER.match(text, c.end) is None \
            and (one_rank or c.kind != "rank"):
        return [(i, list(names))]
    return []  # "peringkat 2 dan 3" with "3" read otherwise: the counts differ, no guess


def with_shared_values(text: str, candidates: Sequence[Candidate],
                       person_heads: frozenset[str] = frozenset()) -> list[Candidate]:
    """``candidates``, each value with no subjects of its own said of a listed group given them.

    Grades mostly have their holders from their own readers
    (:mod:`~beritanlp.rules.scores.grades`); values, changes, ranks and grades left without
    holders take the names a group word, "sama-sama" or "masing-masing" stands for: the values
    joined in turn one name each when the counts agree, one value alone all of them.

    Parameters
    ----------
    text : str
        The article.
    candidates : sequence of Candidate
        The article's candidates in text order; not changed.
    person_heads : frozenset of str
        Casefolded first words of officials' posts
        (:meth:`~beritanlp.rules.scores.metrics.MetricIndex.position_heads`): a list naming
        people by their posts ("Bupati A, Wali Kota B dan Gubernur C") gives no subjects.

    Returns
    -------
    list[Candidate]
        The candidates, those given names replaced by copies holding them.
    """
    out = list(candidates)
    for i, c in enumerate(out):
        if c.subjects:
            continue
        same = same_named(text, c.start, c.sentence, person_heads)
        if same is not None and same[1] == "same":
            # "A dan B sama-sama meraih nilai 80": one value for all, not a list of values
            if not _BOUND_BEFORE.search(text, max(c.sentence[0], c.start - 20), c.start) \
                    and _NUMBER_JOINED_AFTER.match(text, c.end) is None:
                out[i] = replace(c, subjects=list(same[0]))
            continue
        if same is not None:
            # "A dan B masing-masing memperoleh skor 6,2 dan 5,8": one value each, in turn
            held = _holders(text, i, out, same[0], one_rank=same[1] == "each")
        else:
            names = group_names(text, c.start, c.sentence, person_heads)
            # "Ketiganya meraih skor 80, 78 dan 77": in turn too
            held = _holders(text, i, out, names, one_rank=True) if names else []
        for j, names_of in held:
            out[j] = replace(out[j], subjects=names_of)
    return out
