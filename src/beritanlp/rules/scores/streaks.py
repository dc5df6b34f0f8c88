"""Times and spans a value's sentence counts instead of a year: they date it to no one year.

A grade held "lima kali berturut-turut" or "sudah dua kali" is a streak over several years; a
value left behind "dalam tiga tahun terakhir" is of the span's start, which the text never
names. Neither is the year before the one stated, nor the article's year. Pure: the text and
the value's offsets are passed in.
"""

from __future__ import annotations

import re

from beritanlp.rules.scores.model import Candidate
from beritanlp.text.ordinals import alternation, rank_words

#: A count of times or years: a number ("5") or a number word ("lima", "beberapa").
_COUNT = (rf"(?:\d{{1,2}}|{alternation([*rank_words(0, cardinals=10, lowest=2), 'beberapa'])})")
#: An ordinal of a time: "kelima", "ke-5", "ke 5".
_ORDINAL = rf"ke-?[ \t]?\d{{1,2}}|{alternation(rank_words(10, lowest=2))}"
#: The score's own passive verbs of holding ("opini WTP yang diraih tujuh kali berturut-turut").
_PASSIVE_WORDS = ("diraih", "diperoleh", "didapat", "didapatkan", "diterima", "disandang",
                  "dipertahankan")
_PASSIVE_HOLDING = alternation(_PASSIVE_WORDS)
#: The score's own verbs of holding, active or passive.
_HOLDING = alternation(("meraih", "memperoleh", "mendapat", "mendapatkan", "menerima",
                        "menyandang", "menempati", "menduduki", "mempertahankan", "menyabet",
                        "meraup", "berada", "masuk", "menjadi", "dinobatkan", "dianugerahi",
                        *_PASSIVE_WORDS))

#: Times in a row: "lima kali berturut-turut", "selama 3 tahun berturut-turut", "untuk kelima
#: kalinya secara berturut-turut".
_IN_A_ROW = (rf"(?:(?:selama|sebanyak)[ \t]+)?{_COUNT}[ \t]+(?:kali|tahun)[ \t]+"
             r"(?:secara[ \t]+)?berturut(?:-turut)?\b"
             rf"|untuk[ \t]+(?:yang[ \t]+)?(?:{_ORDINAL})[ \t]+kal(?:i|inya)[ \t]+"
             r"(?:secara[ \t]+)?berturut(?:-turut)?\b")
#: A streak written after the score, closing its clause: times in a row, or "sebanyak empat
#: kali" before a comma or the sentence's end (never "dua kali lipat", a ratio, nor "dua kali
#: gagal", another act).
_STREAK_AFTER = re.compile(
    rf"(?<![\w-])(?:{_IN_A_ROW}|sebanyak[ \t]+{_COUNT}[ \t]+kali(?=[ \t]*(?:[.,;!?]|$))"
    rf"|(?:sudah|telah|sebanyak)[ \t]+{_COUNT}[ \t]+kali[ \t]+(?:berturut(?:-turut)?[ \t]+)?"
    rf"{_PASSIVE_HOLDING}\b)",
    re.IGNORECASE)
#: A streak written before the score, then the score's own verb (one of holding, or any verb
#: right before the score's words, "sudah dua kali memperolah opini WTP" as a scraper wrote it):
#: "sudah tiga kali memperoleh", "tiga tahun berturut-turut meraih", "untuk kelima kalinya
#: berturut-turut menyandang"; the holder may be named between ("Tiga tahun berturut-turut,
#: Kota A menempati ...").
_STREAK_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?:sudah|telah|sebanyak)[ \t]+{_COUNT}[ \t]+kali"
    r"(?:[ \t]+(?:secara[ \t]+)?berturut(?:-turut)?)?"
    rf"|{_IN_A_ROW})[ \t]*,?[ \t]+(?:(?-i:[A-Z][\w-]*)[ \t]+){{0,6}}"
    r"(?:(?:berhasil|kembali|juga|pun|selalu)[ \t]+)*"
    rf"(?:{_HOLDING}\b|(?-i:(?:me|di|ber)[a-z]{{3,}})(?![\w-]))",
    re.IGNORECASE)
#: Words that open another clause, of another act, time or holder: a streak beyond one is not
#: the score's ("meraih WTP, sedangkan B meraihnya tiga kali berturut-turut", "peringkat 3
#: setelah sebanyak dua kali gagal").
_OTHER_CLAUSE = re.compile(
    r"(?<![\w-])(?:sedangkan|padahal|setelah|sebelum(?:nya)?|sementara|namun|tetapi|tapi"
    r"|meski(?:pun)?|walau(?:pun)?|karena|sehingga|lalu|kemudian|bahkan)(?![\w-])|;",
    re.IGNORECASE)
#: A verb of another act between the score and a streak (a lowercase word with a verb's prefix;
#: the score's own passive verbs of holding excepted).
_OTHER_VERB = re.compile(r"(?<![\w-])(?:me|be|di|te)[a-z]{4,}")
#: Lowercase words with a verb's prefix that are no other act.
_NOT_VERBS = frozenset({"berturut-turut", "berturut", "berhasil", "terakhir", "tertinggi",
                        "terbaik", "terendah", "tersebut", "terbaru", *_PASSIVE_WORDS})

#: How far (characters) from the value a streak is read: its own clause, not the next one's.
STREAK_REACH = 80

#: A span of years counted back to now: "dalam tiga tahun terakhir", "selama 5 tahun
#: terakhir", "dalam kurun waktu dua tahun".
_COUNTED_SPAN = re.compile(
    rf"\b(?:dalam|selama|sepanjang)[ \t]+(?:kurun[ \t]+(?:waktu[ \t]+)?)?{_COUNT}[ \t]+tahun"
    r"(?:[ \t]+(?:terakhir|belakangan(?:[ \t]+ini)?|ini))?\b",
    re.IGNORECASE)


def streak(text: str, c: Candidate) -> bool:
    """Whether ``c``, a grade or a rank, is said to be held several times in a row.

    "Kabupaten X meraih opini WTP lima kali berturut-turut", "sudah dua kali memperoleh
    predikat A", "meraih WTP untuk kelima kalinya berturut-turut": held over several years, of
    no one year. Only grades and ranks (a value "naik dua kali" is no streak), and only a streak
    of the score itself: in its own clause, within :data:`STREAK_REACH` of it, written after it
    with no other act between, or before it with the score's own verb of holding ("sudah tiga
    kali mendapat opini WDP" is a streak of WDP, not of a WTP said before "padahal").

    Parameters
    ----------
    text : str
        The article.
    c : Candidate
        The score.

    Returns
    -------
    bool
        True when a streak of ``c`` is written in its clause.
    """
    if c.kind not in ("grade", "rank"):
        return False
    lo = max(c.sentence[0], c.start - STREAK_REACH)
    hi = min(c.sentence[1], c.end + STREAK_REACH)
    window = text[lo:hi].casefold()
    if "kali" not in window and "berturut" not in window:
        return False  # cheap test: every streak says one or the other
    after = _STREAK_AFTER.search(text, c.end, hi)
    if after is not None and _one_clause(text[c.end:after.start()]):
        return True
    before = list(_STREAK_BEFORE.finditer(text, lo, c.start))
    return bool(before) and _one_clause(text[before[-1].end():c.start])


def _one_clause(gap: str) -> bool:
    """Whether ``gap``, the text between a score and a streak, keeps them in one clause.

    No word opening another clause ("sedangkan", "setelah", "padahal" ...) and no verb of another
    act ("gagal" is no verb this reads; "memeriksa", "datang" after "me-" ... are).
    """
    if _OTHER_CLAUSE.search(gap):
        return False
    return all(m.group(0).casefold() in _NOT_VERBS for m in _OTHER_VERB.finditer(gap))


def counted_span_before(text: str, c: Candidate) -> bool:
    """Whether ``c``'s sentence counts a span of years before it ("dalam 3 tahun terakhir").

    "dalam tiga tahun terakhir X turun dari 12,1 persen menjadi 7 persen pada 2018": 12,1 is
    of the span's start, not of the year before 2018.

    Parameters
    ----------
    text : str
        The article.
    c : Candidate
        The score.

    Returns
    -------
    bool
        True when such a span is written between the sentence's start and ``c``.
    """
    return _COUNTED_SPAN.search(text, c.sentence[0], c.start) is not None
