"""An official named by a part of one fuller official's name joins that official.

"Imam Nahrawi" found as "Menpora" by the table of office holders and "Imam" found as "Menteri
Pemuda dan Olahraga" after a gap, "Susi Pudjiastuti" and "Menteri KKP Susi": one person, one
record (GUIDELINE: one entry per person). The grouping step
(:func:`~beritanlp.rules.officials.coreference.group_candidates`) joins a short name to a
fuller one among the candidates of the scan; the readers that add officials after it (gaps,
next-sentence speakers, pronouns, the office holders) do not go through it, so
:func:`merge_short_names` runs once over every official, after the last of them.

A short name joins only where its words are part of exactly one fuller official's name ("Budi"
with "Budi Karya" and "Budi Gunadi" joins neither) and the posts agree (:func:`posts_agree`).
"""

from __future__ import annotations

from collections.abc import Mapping

from beritanlp.rules.officials.candidates import Candidate
from beritanlp.rules.officials.coreference import Official
from beritanlp.rules.officials.tables import Holder


def merge_short_names(
    groups: list[Official], holders: Mapping[str, frozenset[Holder]]
) -> list[Official]:
    """Officials whose name words are part of exactly one fuller official's name join it.

    Parameters
    ----------
    groups
        Every official found (the scan's groups and the late readers' officials).
    holders
        The office holders by title form (:attr:`OfficialsTables.holders_by_title`).

    Returns
    -------
    list of Official
        The officials left, in their order; a joined official's candidates, aliases and
        mentions are its host's.

    Notes
    -----
    Linear in the officials: each is indexed under its name words; a short name looks up the
    officials under its rarest word only and keeps those holding all of its words and more.
    A host is counted among the officials as they were found, so a name part of two fuller
    names stays apart even where one of them joined the other.
    """
    having: dict[str, list[int]] = {}
    for i, g in enumerate(groups):
        for w in g.words:
            having.setdefault(w, []).append(i)
    gone: set[int] = set()
    for i, g in enumerate(groups):
        if not g.words:
            continue
        pool = min((having[w] for w in g.words), key=len)
        fuller = [j for j in pool if j != i and g.words < groups[j].words]
        if len(fuller) != 1 or fuller[0] in gone or not posts_agree(g, groups[fuller[0]], holders):
            continue
        host = groups[fuller[0]]
        host.cands.extend(g.cands)
        host.aliases |= g.aliases
        host.mentions |= g.mentions
        gone.add(i)
    return [g for i, g in enumerate(groups) if i not in gone]


def posts_agree(g: Official, host: Official, holders: Mapping[str, frozenset[Holder]]) -> bool:
    """Tell whether a post of ``g`` and one of ``host`` can be one person's one post.

    The same post (same key); two forms of one title in the table of office holders ("Menpora"
    and "Menteri Pemuda dan Olahraga", "Ketua DPR" and "Ketua DPR RI": a holder in common);
    or one is the other's bare head, with no jurisdiction ("menteri" and "Menteri Pemuda dan
    Olahraga"). Never two posts that are not forms of one another ("Ketua DPR" and "Menko
    PMK": two posts, maybe two people).
    """
    return any(_one_post(a, b, holders) for a in g.cands for b in host.cands)


def _one_post(a: Candidate, b: Candidate, holders: Mapping[str, frozenset[Holder]]) -> bool:
    """Tell whether two candidates' posts are one post (see :func:`posts_agree`)."""
    if a.former != b.former:  # "mantan Bupati X Fuad" is not the sitting "Bupati X" (a son)
        return False
    if a.key == b.key:
        return True
    if _bare_head(a, b, holders) or _bare_head(b, a, holders):
        return True
    held_a = [holders[f] for f in _title_forms(a) if f in holders]
    return any(h & holders[f] for f in _title_forms(b) if f in holders for h in held_a)


def _bare_head(a: Candidate, b: Candidate, holders: Mapping[str, frozenset[Holder]]) -> bool:
    """Tell whether ``a``'s post is ``b``'s head alone: no modifier, complement or jurisdiction.

    ``b``'s head, or the first word of a form of ``b``'s title in the table of office holders
    ("Menteri" of "Menteri Pertanian" for "Mentan").
    """
    head = a.key[0]
    if a.key[1] or head != a.head.casefold() or a.former:
        return False
    if head == b.head.casefold():
        return True
    held = [holders[f] for f in _title_forms(b) if f in holders]
    if not held:
        return False
    return any(t.split()[0] == head and any(h & v for h in held) for t, v in holders.items())


def _title_forms(c: Candidate) -> list[str]:
    """The candidate's title as the table of office holders keys it: alone, with jurisdiction."""
    forms = [c.key[0]]
    if c.jurisdiction:
        forms.append(" ".join([c.key[0], *c.jurisdiction.casefold().split()]))
    return forms
