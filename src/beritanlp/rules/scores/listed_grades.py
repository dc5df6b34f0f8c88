"""Who holds a grade that a list or a named unit gives: the grade-holder readers of lists.

* a grade in a list's intro, then a numbered list right after its colon: each listed name
  holds it ("Berikut daftar daerah yang meraih predikat Nindya:,1. Kota A,2. Kabupaten B",
  also "... predikat Nindya adalah:" then the list) (:func:`holders_listed_after`);
* a list line "name: grade": the line's name holds the grade that ends it ("2. Kota B: WDP",
  "- Kota C – Madya") (:func:`grade_line_holder`);
* a grade aimed at or declared, then "di lingkungan/jajaran X": X holds it ("mencanangkan ZI
  menuju WBK di lingkungan Kantor X"); never a grade won (:func:`within_holder`).

The list shapes (numbered items, names) are read with :mod:`beritanlp.rules.scores.ranked`.
"""

from __future__ import annotations

import re

from beritanlp.rules.scores.ranked import LIST_NAME, clean_list_name, rank_only_items

#: From a grade to the colon opening the list of its holders: "predikat Nindya:", "opini WTP
#: tahun 2023 sebagai berikut:" (no sentence end between).
_TO_LIST_COLON = re.compile(r"[^.:;\n]{0,60}?:[\s,]*")
#: Intros of lists of what is done or judged, not of who holds: "berikut langkah untuk meraih
#: WTP:", "kriteria predikat WBK:".
_NOT_HOLDERS_INTRO = re.compile(r"(?i)\b(?:langkah|cara|tips|syarat|persyaratan|tahap(?:an)?"
                                r"|kriteria|indikator|aspek|komponen|strategi|upaya|program)\b")
#: A list intro in the grade's sentence: "Berikut daftar daerah yang meraih ...".
_HOLDERS_INTRO = re.compile(r"(?i)\b(?:berikut|daftar|antara[ \t]+lain|yakni|yaitu|adalah)\b")


def holders_listed_after(text: str, end: int, sent_start: int) -> list[str] | None:
    """The names a numbered list right after a grade's intro gives as its holders.

    "Berikut daftar daerah yang meraih predikat Nindya:,1. Kota A,2. Kabupaten B": each listed
    name holds the grade (GUIDELINE.md: each listed subject of a list gets its value). Only a
    sentence that introduces a list ("berikut", "daftar", "yakni" ...) before the grade or
    between it and the colon after it ("... predikat Nindya adalah:"), and a run of at least
    two numbered names from 1 right after the colon; never a list of steps, criteria or
    programmes ("berikut langkah untuk meraih WTP:").

    Parameters
    ----------
    text : str
        The article.
    end : int
        The grade's end.
    sent_start : int
        The start of the grade's sentence.

    Returns
    -------
    list of str or None
        The listed names in order, or ``None``.
    """
    colon = _TO_LIST_COLON.match(text, end)
    # the intro word may come after the grade too: "Daerah yang meraih predikat Nindya adalah:"
    if colon is None or not _HOLDERS_INTRO.search(text, sent_start, colon.end()) \
            or _NOT_HOLDERS_INTRO.search(text, sent_start, colon.end()):
        return None
    items = rank_only_items(text, colon.end(), min(len(text), colon.end() + 3000))
    if len(items) < 2 or items[0].rank_span is None or items[0].rank_span[0] != colon.end():
        return None
    return [item.name for item in items]


#: A list line's head before a grade: a line start (or a comma a scraper joined lines with),
#: a list mark ("1.", "-", "•"), the holder's name and a colon or dash: "2. Kota B: WDP".
_GRADE_LINE_HEAD = re.compile(
    rf"(?:^|\n|,)[ \t]*(?:\d{{1,2}}[.)]|[-•*])[ \t]*({LIST_NAME.pattern})[ \t]*[:–-][ \t]*$")
#: What may follow a grade ending its list line: the line's end, or the next item glued on.
_GRADE_LINE_TAIL = re.compile(r"[ \t]*[.;]?[ \t]*(?:\n|$|,[ \t]*(?:\d{1,2}[.)]|[-•*]))")


#: Line labels that name what a grade is, not who holds it.
_GRADE_LINE_LABELS = frozenset({"opini", "predikat", "status", "kategori", "nilai", "hasil",
                                "grade", "level", "peringkat", "akreditasi", "catatan"})


def grade_line_holder(text: str, start: int, end: int) -> str | None:
    """The name a list line gives the grade that ends it: "2. Kota B: WDP", "- Kota C – Madya".

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        The grade's span.

    Returns
    -------
    str or None
        The holder's name as written, or ``None`` where the grade ends no such line.
    """
    if not _GRADE_LINE_TAIL.match(text, end):
        return None
    head = _GRADE_LINE_HEAD.search(text, max(0, start - 90), start)
    if head is None:
        return None
    name = clean_list_name(head.group(1))
    if not name or len(name.split()) > 6 or name.split()[0].casefold() in _GRADE_LINE_LABELS:
        return None  # "- Opini: WTP", "1. Status: Sedang": the line names what, not who
    return name


#: The body a grade is built in, named right after it: "ZI menuju WBK di lingkungan Rutan X".
#: A second code may stand between ("WBK WBBM di lingkungan ...", "WBK/WBBM di ...").
_WITHIN = re.compile(r"(?:[ \t]*/?[ \t]*[A-Z]{3,5})?[ \t]+(?:di|pada)[ \t]+(?i:lingkungan|jajaran)"
                     r"[ \t]+([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,6})")


#: A declaration of a zone to be built: "mencanangkan ZI ...", "pencanangan Zona Integritas".
_DECLARED = re.compile(r"\b(?:pencanangan|mencanangkan|dicanangkan|canangkan)\b", re.IGNORECASE)


def within_holder(text: str, start: int, end: int, sent: tuple[int, int],
                   kind: str) -> list[str] | None:
    """The body named right after a grade aimed at or declared, else ``None``.

    "mencanangkan ZI WBK WBBM di lingkungan Kantor X": the office holds (or aims at) the grade,
    not the official of another body who opened the ceremony earlier in the sentence. A grade
    won is never moved there: in "Rutan A menjadi satker pertama yang meraih WBK di lingkungan
    Kanwil B", "di lingkungan" names the group Rutan A is the first of, and Rutan A holds it.
    """
    if kind != "target" and not _DECLARED.search(text, sent[0], start):
        return None
    m = _WITHIN.match(text, end)
    return [m.group(1)] if m else None
