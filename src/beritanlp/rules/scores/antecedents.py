"""Who a pronoun that opens a score's sentence stands for ("Mereka kini di posisi kedua").

Sports and ranking news name a club, then go on with "Mereka ..." or "Ia ...": the score of
that sentence is the named one's. The antecedent is the name the sentence before opens with
("Klub A menjamu tamunya besok. Mereka kini di urutan ketiga"), after a connective ("Bagi
Klub B, laga itu ... . Mereka bertahan di posisi kelima"). Never a name led by a role ("Pelatih
Klub A ..."), nor the speaker of a sentence that reports speech; "Ia" (a person) holds ranks only.
"""

from __future__ import annotations

import re

from beritanlp.lexicons.positions import load_positions
from beritanlp.lexicons.speech import speech_alternation
from beritanlp.lexicons.titles import load_titles
from beritanlp.lexicons.words import word_list
from beritanlp.rules.scores.cues import CAP, HOLDING_VERBS

#: A sentence opened by a third-person pronoun (group 1: a person's "Ia"/"Dia").
_PRONOUN_LED = re.compile(r"\W*(?:Mereka|(Ia|Dia))\b")
#: A third-person pronoun opening the main clause after a comma (group 1: a person's).
_CLAUSE_PRONOUN = re.compile(r",[ \t]*(?:(dirinya|ia|dia)|mereka)[ \t]+"
                             rf"(?=berhasil|kembali|sukses|{HOLDING_VERBS})")
#: Verbs of speech: the ``scores_speech`` rows of ``lexicons/data/speech_verbs.txt``.
_SPEECH_VERBS = speech_alternation("scores_speech")
#: Talk between the pronoun and the value: the pronoun is a speaker, not the holder.
_SPEECH = re.compile(rf"\b(?:{_SPEECH_VERBS}|pihaknya|kami|kita)\b", re.IGNORECASE)
#: Speech in the sentence before: its opening name is a speaker, no antecedent.
SPOKEN = re.compile(rf"\b(?:{_SPEECH_VERBS})\b", re.IGNORECASE)
#: A team's staff no lexicon of office holds ("Pelatih Klub A Budi ..." names a coach; an
#: athlete, "Pembalap X", may hold a rank).
_SPORTS_ROLES = frozenset({"pelatih", "manajer", "ofisial", "arsitek"})
#: First words of a title or office (lexicons of positions, not their gated heads such as
#: "Raja", and person titles), or a sports role: a name they lead is a person's, never a
#: holder the pronoun stands for.
_ROLE_WORDS = frozenset({k[0] for k, e in load_positions().by_form.items()
                         if e.kind in ("position", "modifier") and e.gate is None}
                        | {t[0] for t in load_titles().titles} | _SPORTS_ROLES)
#: Where a sentence starts: after its end mark (and the quote or comma a scraped text adds).
_BOUNDARY = re.compile(r"[.!?][\"”']?[ \t,]*(?:\n[ \t]*)*(?=[\"“]?[A-Z])|\n[ \t\r]*\n")
#: Connectives a sentence may open with before its subject.
_OPENERS = re.compile(r"(?:(?:Bagi|Untuk|Sementara[ \t]+itu|Pada[ \t]+laga[ \t]+lain|Di[ \t]+laga"
                      r"[ \t]+lain|Di[ \t]+sisi[ \t]+lain|Adapun|Kini|Saat[ \t]+ini|Sedangkan"
                      r"|Namun)[ \t]*,?[ \t]+)*")
_NAME = re.compile(rf"[\"“]?({CAP}(?:[ \t]+{CAP}){{0,3}})\b(?![ \t]+(?:ini|itu|tersebut)\b)")
#: Lower-case words closed by a demonstrative after the opening word, with more of the clause
#: after it: "Rasa percaya diri tersebut membuat ...", "Pelindung kepala itu ...": a common noun
#: phrase capitalised by the sentence start, a thing spoken of again, no name. Not time phrases
#: ("Klub A musim ini ...", ``lexicons/data/time_nouns.txt``): those date, the name before them
#: stays. Group 1: the lower-case words.
_THING_SPOKEN_OF = re.compile(rf"((?:[ \t]+(?!(?:{'|'.join(word_list('time_nouns'))})\b)"
                              r"[a-z][\w-]*){1,3})[ \t]+(?:itu|tersebut)\b(?=[ \t]+[a-z])")
#: A verb by its prefix: "Klub A membantah kabar tersebut", the name is the clause's subject.
_PREFIXED_VERB = re.compile(r"(?:me|ber|di|ter)[a-z]{3,}")
#: Capitalised words that open a sentence without naming anyone.
_NOT_NAMES = frozenset({
    "Hasil", "Kemenangan", "Kekalahan", "Laga", "Pertandingan", "Dalam", "Pada", "Di", "Dengan",
    "Saat", "Setelah", "Sebelum", "Sebelumnya", "Ketika", "Meski", "Meskipun", "Jika", "Bila",
    "Tahun", "Sejak", "Hingga", "Sampai", "Menurut", "Berdasarkan", "Hal", "Ini", "Itu", "Namun",
    "Dia", "Ia", "Mereka", "Kami", "Kita", "Selain", "Karena", "Sehingga", "Bahkan", "Tapi",
    "Tetapi", "Sementara", "Adapun", "Kemudian", "Lalu", "Apalagi", "Padahal", "Oleh", "Dari",
    "Untuk", "Bagi", "Posisi", "Peringkat", "Klasemen", "Gol", "Skor", "Sang", "Tim", "Klub"})
#: How far back (characters) the sentence before may start.
_REACH = 500


def pronoun_antecedent(text: str, sent: tuple[int, int], value_start: int,
                       achieve: re.Pattern[str], ranked: bool = False) -> str | None:
    """The name a pronoun opening ``sent`` stands for, when it holds the value.

    Parameters
    ----------
    text : str
        The article.
    sent : (int, int)
        The value's sentence.
    value_start : int
        Where the value starts.
    achieve : re.Pattern
        Achievement verbs ("menempati", "berada", "meraih" ...): one must come between the
        pronoun and the value, and no speech ("Ia mengatakan ...") may.
    ranked : bool
        Whether the value is a rank: only a rank may be a person's ("Ia", "Dia").

    Returns
    -------
    str | None
        The name the sentence before opens with, or ``None``.
    """
    led = _PRONOUN_LED.match(text, sent[0], sent[1])
    if led is None and "," in text[sent[0]:value_start]:
        # "Dengan dipandu gurunya, dirinya berhasil menyabet juara pertama ...": the pronoun
        # opens the main clause after a leading phrase
        led = _CLAUSE_PRONOUN.search(text, sent[0], value_start)
    if led is None or led.end() > value_start or (led.group(1) and not ranked):
        return None
    if not achieve.search(text, led.end(), value_start) or _SPEECH.search(
            text, led.end(), value_start):
        return None
    lo = max(0, sent[0] - _REACH)
    starts = [m.end() for m in _BOUNDARY.finditer(text, lo, max(lo, sent[0] - 1))]
    if not starts and lo > 0:
        return None
    before = starts[-1] if starts else 0
    if SPOKEN.search(text, before, sent[0]):
        return None  # "Budi mengatakan timnya siap. Mereka ...": a speaker
    opener = _OPENERS.match(text, before)  # matches (maybe empty)
    m = _NAME.match(text, opener.end(), sent[0]) if opener is not None else None
    if m is None or m.group(1).split()[0] in _NOT_NAMES \
            or m.group(1).split()[0].casefold() in _ROLE_WORDS:
        return None  # "Pelatih Klub A Budi ...": a person led by a role
    if " " not in m.group(1) and _is_thing(text, m.end(1), sent[0]):
        return None  # "Rasa percaya diri tersebut ...": a thing, not the holder
    return m.group(1)


def _is_thing(text: str, start: int, end: int) -> bool:
    """Whether lower-case words closed by "itu"/"tersebut" at ``start`` make the opening a thing.

    Parameters
    ----------
    text : str
        The article.
    start : int
        Where the sentence's opening capitalised word ends.
    end : int
        Where the sentence ends.

    Returns
    -------
    bool
        True for a noun phrase spoken of again ("Pelindung kepala itu membuat ..."), False when
        no demonstrative closes the words, nothing follows it, or a word is a verb ("Klub A
        membantah kabar tersebut.": the opening word is the clause's subject).
    """
    thing = _THING_SPOKEN_OF.match(text, start, end)
    return thing is not None and not any(
        _PREFIXED_VERB.fullmatch(word) for word in thing.group(1).split())
