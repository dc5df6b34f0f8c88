"""A nickname that is another official's whole name names that official.

The nicknames table gives an official named with a full name its nickname
(:func:`~beritanlp.rules.officials.coreference.add_known_nicknames`: "Bacharuddin Jusuf
Habibie" gets "BJ Habibie"), so that an official found under the nickname with the same post
joins them (:func:`~beritanlp.rules.officials.coreference.merge_aliased`). Where the official
found under the nickname stays apart (another post: "Ketua Otorita Batam BJ Habibie" beside
"Presiden ke-3 Bacharuddin Jusuf Habibie"), each "BJ Habibie" of the text had two owners and
was nobody's mention: the alias is the official's whose whole name it is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from beritanlp.rules.officials.coreference import Official


def drop_claimed_aliases(groups: Sequence[Official]) -> None:
    """Drop each alias of an official that is the whole name of another official.

    Run after the officials found under an alias have joined its owner; the name's words
    compare as a set (the form :attr:`Official.words` keeps).
    """
    names = Counter(frozenset(g.words) for g in groups)
    for g in groups:
        own = frozenset(g.words)
        claimed = {
            a for a in g.aliases if frozenset(a) != own and names[frozenset(a)] > 0
        }
        if claimed:
            g.aliases -= claimed
