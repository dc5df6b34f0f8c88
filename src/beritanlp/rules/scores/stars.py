"""Star ratings an evaluation gives: "rating bintang 4,5", "meraih predikat bintang lima".

A rating in stars is a score (GUIDELINE: ratings) when an evaluation gives it: a rating word
shortly before the stars ("rating", "peringkat", "penilaian", "predikat", "skor", "nilai") or a
rating programme named in the sentence (NCAP crash tests, Michelin, Skytrax). Whole stars are a
grade (the number kept as a string, as levels are), a decimal rating a value. Not scores: a class
descriptor ("hotel bintang lima", "restoran bintang lima", a general's "bintang dua"), stars
users give one by one ("memberi bintang satu"), and stars with no rating word or programme.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from beritanlp.rules.scores.model import Candidate, Metric, SentenceOf, between

_STAR_WORDS = {"satu": "1", "dua": "2", "tiga": "3", "empat": "4", "lima": "5"}
#: "bintang 5", "bintang lima", "bintang 4,5"; "4,5 bintang" (never "lima bintang": five stars
#: of a film or a team).
_STARS = re.compile(
    r"\b(?:[Bb]intang[ \t]+(?P<after>[1-5](?:[.,]\d)?|satu|dua|tiga|empat|lima)"
    r"|(?P<before>[1-5](?:[.,]\d)?)[ \t]+bintang)\b(?![.,]\d)(?!-)")
#: The rating word before the stars, with the words between (none of them a class noun).
_CUE = re.compile(
    r"\b(?P<cue>rating|peringkat|penilaian|predikat|skor|nilai)\b(?P<gap>[^.;:!?\n]{0,50}?)"
    r"[ \t]*$", re.IGNORECASE)
#: Rating programmes that give stars, named in the sentence.
_PROGRAMME = re.compile(r"\b(?:(?:ASEAN|Euro|Global|Latin)[ \t]+NCAP|NCAP|Michelin|Skytrax)\b")
#: Nouns whose class the stars describe, who hold stars as insignia, or verbs of giving stars
#: one by one: anywhere before the stars in their sentence, no rating.
_CLASS = re.compile(r"\b(?:hotel|hotel-hotel|resor|resort|restoran|resto|penginapan|vila|villa"
                    r"|jenderal|perwira|pangkat|berpangkat|kelas|laksamana|marsekal|memberi\w*"
                    r"|diberi\w*)\b", re.IGNORECASE)
#: The stars a rating moved to: "dari bintang 5 ke bintang 1" (the rating word is read once).
_MOVED = re.compile(r"[ \t]*(?:ke|menjadi|hingga|jadi)[ \t]+$")


def _value(raw: str) -> tuple[str | float, str]:
    """A star count's value and kind: whole stars a grade ("5"), a decimal rating a value."""
    if raw.casefold() in _STAR_WORDS:
        return _STAR_WORDS[raw.casefold()], "grade"
    if raw[1:2] in {",", "."}:
        return float(raw.replace(",", ".")), "value"
    return raw, "grade"


def _rating_of(text: str, metrics: Sequence[Metric], sent: tuple[int, int],
               pos: int) -> Metric | None:
    """The rating the stars at ``pos`` are of, if an evaluation gives them.

    A rating programme named in the sentence, else the metric the sentence names (nearest
    before the stars, else the first after), else the rating word itself ("rating"), when a
    rating word comes shortly before the stars. ``None`` when no evaluation gives them, or when
    a class noun or a verb of giving stars one by one comes before them in the sentence.
    """
    if _CLASS.search(text, sent[0], pos):
        return None
    programme = _PROGRAMME.search(text, sent[0], sent[1])
    if programme is not None:
        return Metric(programme.group(0), programme.start(), programme.end(), None, award=True)
    cue = _CUE.search(text, max(sent[0], pos - 60), pos)
    if cue is None:
        return None
    here = between(metrics, sent[0], sent[1])
    if here:
        before = [m for m in here if m.start < pos]
        return before[-1] if before else here[0]
    return Metric(cue.group("cue"), cue.start("cue"), cue.end("cue"), None, award=True)


def star_candidates(text: str, metrics: Sequence[Metric],
                    sent_of: SentenceOf) -> list[Candidate]:
    """The star ratings an evaluation gives in ``text`` (grades, or values when decimal)."""
    if "intang" not in text:
        return []
    out: list[Candidate] = []
    for m in _STARS.finditer(text):
        sent = sent_of(m.start())
        if out and out[-1].sentence == sent and _MOVED.fullmatch(text, out[-1].end, m.start()):
            metric: Metric | None = out[-1].metric
        else:
            metric = _rating_of(text, metrics, sent, m.start())
        if metric is None:
            continue
        value, kind = _value(m.group("after") or m.group("before"))
        out.append(Candidate(metric, value, kind, None, m.group(0), m.start(), m.end(), sent))
    return out

