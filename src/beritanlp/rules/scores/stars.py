"""Star ratings an evaluation gives: "rating bintang 4,5", "meraih predikat bintang lima".

A rating in stars is a score (GUIDELINE: ratings) when an evaluation gives it: a rating word
shortly before the stars ("rating", "peringkat", "penilaian", "predikat", "skor", "nilai") or a
rating programme named in the sentence (NCAP crash tests, Michelin, Skytrax). Whole stars are a
grade (the number kept as a string, as levels are), a decimal rating a value. Not scores: a class
descriptor ("hotel bintang lima", "restoran bintang lima"; a restaurant's Michelin stars are a
rating), a general's "bintang dua", stars users give one by one ("memberi bintang satu"), an app
store's rating of an app the sentence does not name, and stars with no rating word or
programme (a programme counts where the stars are earned or rated, or right before its name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from beritanlp.rules.scores.model import Candidate, Metric, SentenceOf, between
from beritanlp.text.ordinals import alternation, rank_words

#: Number words of stars, word -> number ("lima" -> 5): the rank table's cardinals.
_STAR_WORDS = rank_words(0, cardinals=5)
#: "bintang 5", "bintang lima", "bintang 4,5"; "4,5 bintang" (never "lima bintang": five stars
#: of a film or a team; never "bintang 2 kali": a star who won twice).
_STARS = re.compile(
    rf"\b(?:[Bb]intang[ \t]+(?P<after>[1-5](?:[.,]\d)?|{alternation(_STAR_WORDS)})"
    r"|(?P<before>[1-5](?:[.,]\d)?)[ \t]+bintang)\b(?![.,]\d)(?!-)(?![ \t]+kali\b)")
#: The rating word before the stars, with the words between (none of them a class noun).
_CUE = re.compile(
    r"\b(?P<cue>rating|peringkat|penilaian|predikat|skor|nilai)\b(?P<gap>[^.;:!?\n]{0,50}?)"
    r"[ \t]*$", re.IGNORECASE)
#: Rating programmes that give stars, named in the sentence.
_PROGRAMME = re.compile(r"\b(?:(?:ASEAN|Euro|Global|Latin)[ \t]+NCAP|NCAP|Michelin|Skytrax)\b")
#: Nouns who hold stars as insignia, or verbs of giving stars one by one: anywhere before the
#: stars in their sentence, no rating.
_INSIGNIA = re.compile(r"\b(?:jenderal|perwira|pangkat|berpangkat|laksamana|marsekal|memberi\w*"
                       r"|diberi\w*)\b", re.IGNORECASE)
#: Nouns whose class the stars describe: anywhere before the stars, no rating, unless a rating
#: programme gives them (Michelin stars a restaurant): then only right before ("hotel bintang
#: lima").
_CLASS = re.compile(r"\b(?:hotel|hotel-hotel|resor|resort|restoran|resto|penginapan|vila|villa"
                    r"|kelas)\b", re.IGNORECASE)
_CLASS_RIGHT_BEFORE = re.compile(rf"{_CLASS.pattern}[ \t]+$", re.IGNORECASE)
#: A programme's stars are read where they are earned, rated or named with the programme.
_EARNED = re.compile(r"\b(?:meraih|raih|meraup|mendapat\w*|dapat|memperoleh|peroleh|mengantongi"
                     r"|menyabet|diganjar|dianugerahi|menyandang|bernilai|berpredikat|rating"
                     r"|peringkat|penilaian|predikat|skor|nilai)\b[^.;:!?\n]{0,40}$", re.IGNORECASE)
#: How far after the stars the programme may follow them ("bintang dua Michelin").
_PROGRAMME_AFTER = 30
#: App stores: the stars there are users' ratings of an app, kept only for a named app.
_APP_STORE = re.compile(
    r"\b(?:Play[ \t]?Store|App[ \t]?Store|Google[ \t]+(?:Play|Store)|toko[ \t]+aplikasi)",
    re.IGNORECASE)
#: An app named as a proper name ("aplikasi SiapLapor", "aplikasi layanan SiapLapor"; not a
#: letter of its logo, "aplikasi berlogo huruf T").
_APP_NAMED = re.compile(r"\b[Aa]plikasi[ \t]+(?:[a-z]+[ \t]+)?(?!Play|App|Google)[A-Z][\w-]+")
#: The stars a rating moved to: "turun dari bintang 4 ke bintang 3" (the rating word read once).
_MOVED = re.compile(r"[ \t]*(?:ke|menjadi|hingga|jadi)[ \t]+$")


def _value(raw: str) -> tuple[str | float, str]:
    """A star count's value and kind: whole stars a grade ("5"), a decimal rating a value."""
    if raw.casefold() in _STAR_WORDS:
        return str(_STAR_WORDS[raw.casefold()]), "grade"
    if raw[1:2] in {",", "."}:
        return float(raw.replace(",", ".")), "value"
    return raw, "grade"


def _programme(text: str, sent: tuple[int, int], pos: int, end: int) -> Metric | None:
    """The rating programme named in the sentence that gives the stars at ``pos``.

    Right after the stars ("bintang dua Michelin"), or anywhere in the sentence when a verb of
    earning or a rating word comes shortly before them.
    """
    programme = _PROGRAMME.search(text, sent[0], sent[1])
    if programme is None:
        return None
    if not (0 <= programme.start() - end <= _PROGRAMME_AFTER
            or _EARNED.search(text, max(sent[0], pos - 60), pos)):
        return None
    return Metric(programme.group(0), programme.start(), programme.end(), None, award=True)


def _user_rated(text: str, sent: tuple[int, int]) -> bool:
    """An app store's user rating of no named app (the subject unknown): dropped."""
    return _APP_STORE.search(text, sent[0], sent[1]) is not None \
        and _APP_NAMED.search(text, sent[0], sent[1]) is None


def _rating_of(text: str, metrics: Sequence[Metric], sent: tuple[int, int],
               pos: int, end: int) -> Metric | None:
    """The rating the stars at ``text[pos:end]`` are of, if an evaluation gives them.

    A rating programme named in the sentence, else the metric the sentence names (nearest
    before the stars, else the first after), else the rating word itself ("rating"), when a
    rating word comes shortly before the stars. ``None`` when no evaluation gives them, when
    a class noun, an insignia's holder or a verb of giving stars one by one comes before them
    in the sentence, or for an app store's rating of no named app.
    """
    if _INSIGNIA.search(text, sent[0], pos) or _user_rated(text, sent):
        return None
    programme = _programme(text, sent, pos, end)
    if programme is not None:
        return None if _CLASS_RIGHT_BEFORE.search(text, max(sent[0], pos - 20), pos) \
            else programme
    if _CLASS.search(text, sent[0], pos):
        return None
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
            metric = _rating_of(text, metrics, sent, m.start(), m.end())
        if metric is None:
            continue
        value, kind = _value(m.group("after") or m.group("before"))
        out.append(Candidate(metric, value, kind, None, m.group(0), m.start(), m.end(), sent))
    return out

