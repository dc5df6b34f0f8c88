"""The place mention passed between the place rules."""

from __future__ import annotations

from dataclasses import dataclass, field

from beritanlp.lexicons.regions import Place

#: Why a mention may be blocked and still name its place (reported elsewhere in the text).
NAMING_BLOCKS: frozenset[str | None] = frozenset({None, "agency", "entity"})


@dataclass
class PlaceMention:
    """A place found in a text, with the candidates it may refer to.

    Attributes
    ----------
    start, end
        Character offsets of the mention (half-open), cue words included for "part" cues.
    text
        The mention as written.
    place
        The resolved entry (None until :func:`resolve` has run, or when unresolvable).
    candidates
        Every entry the name may refer to, after any cue narrowed them.
    cue_type
        The type fixed by a cue, if any.
    blocked
        Why the mention is evidence only and not a reported place (None when reported).
    after_title
        The name follows an official's title ("Wali Kota Bekasi"): it is that title's region.
    cued
        The mention begins with its own administrative cue ("Kecamatan Tebing").
    yields
        A feature reading of a district's name ("ke Pulau Besar"): the district rules may
        read the same words as the district and replace it.
    """

    start: int
    end: int
    text: str
    candidates: list[Place]
    cue_type: str | None = None
    blocked: str | None = None
    place: Place | None = None
    name_key: str = field(default="")
    after_title: bool = False
    yields: bool = False
    cued: bool = False
