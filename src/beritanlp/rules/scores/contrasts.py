"""A contrastive second clause's own holder ("A juara umum, sementara B juara 2").

A sentence that gives one holder a rank and then, after a contrastive or sequencing
conjunction ("sementara", "sedangkan", "adapun", "kemudian", "lalu"), names a second holder
right before that holder's own rank cue gives the second rank to the second holder, even with
no verb of holding between them ("sementara Kabupaten B juara 2"). The first clause's holder
keeps only its own score.
"""

from __future__ import annotations

import re

#: The conjunction opening a second clause, right before its holder (a comma or a clause
#: boundary before it; "sementara itu" too).
_CONTRAST_BEFORE = re.compile(
    r"(?:^|[,;][ \t]*|[ \t])(?:sementara(?:[ \t]+itu)?|sedangkan|adapun|kemudian|lalu)"
    r"[ \t]+(?:[,][ \t]*)?$", re.IGNORECASE)

#: What may stand between the second holder and its value: an optional verb of being or
#: holding, then the rank cue ("juara 2", "menjadi juara kedua", "di peringkat ketiga").
_RANK_GAP = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:menjadi|meraih|menempati|berada|duduk|ada)[ \t]+)?(?:(?:di|pada)[ \t]+)?"
    r"(?:juara|peringkat|posisi|urutan|ranking|rangking)\b[^,;.]{0,30}$", re.IGNORECASE)

#: How far back from the holder the conjunction is looked for (characters).
_REACH = 24


def contrasted_holder(text: str, start: int, end: int, lo: int, value_start: int) -> bool:
    """Whether the mention ``text[start:end]`` opens a contrastive clause holding the value.

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        The mention's offsets.
    lo : int
        Where the mention's sentence starts (the conjunction is never looked for before it).
    value_start : int
        Where the value (a rank) starts; it must follow the mention in the same clause, with
        only a rank cue (and a verb of being) between them.

    Returns
    -------
    bool
        True for "..., sementara Kabupaten B juara 2" (the mention Kabupaten B, the value 2);
        False when no conjunction opens the clause, the value comes first, or words other
        than a rank cue stand between the mention and the value.
    """
    if not lo < start < end <= value_start:
        return False
    if not _CONTRAST_BEFORE.search(text, max(lo, start - _REACH), start):
        return False
    return _RANK_GAP.match(text[end:value_start]) is not None
