"""Scales defined, not results: bands, conditions, criteria, thresholds, requirements."""

from __future__ import annotations

import re
from collections.abc import Sequence

from beritanlp.rules.scores.bands import follows_rank_word
from beritanlp.rules.scores.context import SentenceMemo
from beritanlp.rules.scores.cues import (
    CONDITION,
    DAY_WORDS,
    NEAR_CONDITION,
    TARGET,
    month_words,
)
from beritanlp.rules.scores.model import between
from beritanlp.text.numbers import NumberMention, is_plain_number

#: "Semakin dekat ke nilai 5, ... semakin bersih": a sentence explaining the scale. Only a
#: value from the first "semakin" on is the explanation's ("naik menjadi 78, semakin baik dan
#: semakin dekat ke target" reports 78).
#: "makin baik dan makin dekat": two coordinated comparatives, no correlative.
_CORRELATIVE = re.compile(r"\b(?:[Ss]emakin|[Mm]akin)\b[^.;!?]{1,200}?"
                          r"(?<!\bdan )(?<!\bserta )\b(?:semakin|makin)\b")


_CORRELATIVE_START = re.compile(r"\b(?:[Ss]emakin|[Mm]akin)\b")


_MONTH_WORDS = "|".join(month_words())


#: A band of a scale ("0-50", "201 sampai 300"); two in a sentence define the scale. A range of
#: years ("2021-2026"), of days before a month ("10-12 Juni") or of clock times ("pukul 07.00
#: sampai 10.00") is no band, nor is a ranking's band of positions ("peringkat 801-1000").
_BAND = re.compile(
    r"\b(?<!\d[.:])(?<!peringkat )(?<!posisi )(?<!ranking )(?<!urutan )"
    r"(?!(?:19|20)\d\d[ \t]*(?:[-–/]|sampai|hingga|s\.d\.?)[ \t]*(?:19|20)?\d\d\b)"
    r"\d+[ \t]*(?:[-–]|sampai|hingga|s\.d\.?)[ \t]*\d+\b(?![.:]\d\d\b)"
    rf"(?![ \t]+(?i:{_MONTH_WORDS})\b)")


_TWO_BANDS = re.compile(rf"{_BAND.pattern}[^.;!?]{{1,80}}?{_BAND.pattern}")


#: "Kriteria tinggi mensyaratkan skor di atas 80": criteria defined, no one's result.
CRITERIA_DEFINED = re.compile(
    r"\b(?:kriteria|syarat|persyaratan)\b[^.;!?]{0,80}?\b(?:mensyaratkan|disyaratkan|meliputi"
    r"|mencakup|berarti|artinya|bermakna|ditentukan|jika|apabila|bila|manakala)\b"
    # what a predicate is: "X merupakan predikat yang diberikan kepada instansi yang ..."
    r"|\b(?:merupakan|adalah|ialah)[ \t]+(?:suatu[ \t]+|sebuah[ \t]+)?(?:predikat|opini|status"
    r"|sebutan)[ \t]+yang[ \t]+diberikan[ \t]+(?:kepada|bagi|untuk)[ \t]+(?:setiap[ \t]+|seluruh"
    r"[ \t]+|para[ \t]+)?(?:instansi|lembaga|unit|satuan[ \t]+kerja|satker|entitas|daerah"
    r"|pemerintah[ \t]+daerah|kementerian|organisasi|badan|sekolah|desa)\b(?:[ \t]+\w+){0,2}"
    r"[ \t]+yang\b", re.IGNORECASE)


#: Signs that a reading was taken somewhere or at some time: a place after "di", a time of day,
#: a day name, a date, an index "-nya" of a place named before, a reading verb.
_OBSERVED = re.compile(
    rf"\b(?i:hari[ \t]+ini|kemarin|pagi|siang|sore|malam|pukul|tercatat|terpantau|terukur"
    rf"|menunjukkan|mencapai|berada|berkisar|sempat|{'|'.join(DAY_WORDS)})\b"
    r"|\bdi[ \t]+(?:(?:kota|kabupaten|provinsi|wilayah|kawasan|daerah)[ \t]+)?[A-Z]"
    r"|\b\d{1,2}/\d{1,2}\b")
#: An index "-nya" that points back at a place named before ("ISPU-nya"): a sign of a reading
#: only where such a place is found.
_POINTED_INDEX = re.compile(r"[A-Z]{3,5}-nya\b")


#: A clause that sets a band instead of reading one: "Untuk ISPU antara 150 sampai 200",
#: "saat ISPU-nya antara ...", "Kategori tidak sehat adalah ISPU antara ...".
_BAND_CLAUSE = re.compile(
    r"(?:\b(?:untuk|saat(?![ \t]+ini)|ketika|tatkala|selama|manakala)\b"
    r"|\b(?:kategori|katagori|level|status|tingkat)\b[^.;,]{0,40}?\b(?:adalah|yaitu|yakni|ialah"
    r"|berarti|artinya)\b)[^.;,:]{0,40}$", re.IGNORECASE)


#: A range right before a grade's cue: "ISPU antara 150 sampai 200 masuk kategori tidak sehat".
_RANGE_THEN_GRADE = re.compile(
    r"\d[ \t]*(?:[-–]|sampai|hingga|s\.d\.?)[ \t]*(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)?"
    r"[ \t]*\)?,?[ \t]*"
    r"(?:(?:masuk|termasuk|tergolong|digolongkan|dikategorikan|berarti|artinya|adalah|yaitu"
    r"|merupakan)[ \t]+)?"
    r"(?:(?:dalam|ke)[ \t]+)?(?:(?:kategori|katagori|level|status|tingkat)[ \t]+)?[\"“']?$",
    re.IGNORECASE)


def observed(text: str, sent: tuple[int, int], pointed: bool = True) -> bool:
    """Whether the sentence says where or when a reading was taken (a place, a time, a verb).

    A range with none of these ("ISPU antara 150 sampai 200 masuk kategori tidak sehat") is a
    band of the scale, not a reading (GUIDELINE: readings of a place are scores).

    Parameters
    ----------
    text : str
        The article.
    sent : tuple of int
        Start and end of the sentence.
    pointed : bool, default True
        Whether an index "-nya" ("ISPU-nya") is a sign too: it points back at a place named
        before. False when the caller found no place it could point back at.

    Returns
    -------
    bool
        True when the sentence says where or when a reading was taken.
    """
    return _OBSERVED.search(text, sent[0], sent[1]) is not None or (
        pointed and _POINTED_INDEX.search(text, sent[0], sent[1]) is not None)


#: Words that say a number is of the scale, not read anywhere, in its clause before it: a bound
#: ("di atas 300", "lebih dari 150"), a range ("antara 110 sampai 140"), what can or usually
#: happen ("bisa", "biasanya"). Conditions are :data:`CONDITION`'s and :data:`NEAR_CONDITION`'s.
_SCALE_TALK = re.compile(r"\b(?:di[ \t]+(?:atas|bawah)|lebih[ \t]+dari|kurang[ \t]+dari|melebihi"
                         r"|antara|bisa|dapat|biasanya|umumnya|lazimnya)\b", re.IGNORECASE)
#: What ends a clause before a number: a comma, a colon, a semicolon.
_CLAUSE_END = re.compile(r"[,;:]")


def describes_scale(text: str, start: int, sent: tuple[int, int]) -> bool:
    """Whether the number at ``start`` is said of the scale: a cue in its clause before it.

    "ISPU asap bisa di atas 300", "AQI-nya biasanya antara 110 sampai 140", "atau AQI lebih
    dari 150", "jika ISPU 120": a bound, a range, what can or usually happen, a condition
    (:data:`_SCALE_TALK`, :data:`CONDITION`, :data:`NEAR_CONDITION`). "ISPU 289, masuk kategori
    sangat tidak sehat" holds none: a reading, though its place is not named.

    Parameters
    ----------
    text : str
        The article.
    start : int
        Where the number starts.
    sent : tuple of int
        Start and end of its sentence.

    Returns
    -------
    bool
        True when a cue of the scale opens the number's clause.
    """
    lo = sent[0]
    for m in _CLAUSE_END.finditer(text, sent[0], start):
        lo = m.end()
    return any(p.search(text, lo, start) is not None
               for p in (_SCALE_TALK, CONDITION, NEAR_CONDITION))


def defines_band(text: str, start: int, sent: tuple[int, int]) -> bool:
    """A value in a clause that sets a band: "untuk ISPU antara ...", "kategori X adalah ..."."""
    return _BAND_CLAUSE.search(text, max(sent[0], start - 90), start) is not None


def lists_bands(text: str, sent: tuple[int, int]) -> bool:
    """Whether the sentence lists two bands of a scale ("baik 0-50, sedang 51-100").

    Two ranges with no sign of where or when a reading was taken (:func:`observed`).

    Parameters
    ----------
    text : str
        The article.
    sent : tuple of int
        Start and end of the sentence.

    Returns
    -------
    bool
        True when the ranges of the sentence are bands, not readings.
    """
    return _TWO_BANDS.search(text, sent[0], sent[1]) is not None and not observed(text, sent)


#: How far (in the scale's units) a band may open after the one before it ends ("0-50, 51-100").
_BAND_STEP = 1


def adjoining_bands(numbers: Sequence[NumberMention]) -> bool:
    """Whether a range opens where the one before it ends: bands of a scale, not readings.

    "kategori baik 0-15,5, sedang 15,5-55,4", "0-50, 51-100": each band starts at (or just
    after) the end of the one before. Two readings given as ranges do not join so.

    Parameters
    ----------
    numbers : sequence of NumberMention
        The numbers of one sentence, in text order.

    Returns
    -------
    bool
        True when two ranges in turn adjoin.
    """
    ranges = [(n.value, n.high) for n in numbers if n.kind == "range"
              and is_plain_number(n.value) and is_plain_number(n.high)]
    return any(0 <= b[0] - a[1] <= _BAND_STEP for a, b in zip(ranges, ranges[1:], strict=False))


#: A grade defined by the range after it: "Kategori tidak sehat adalah ISPU antara 150 ...".
_GRADE_THEN_RANGE = re.compile(
    r"[ \t]*,?[ \t]+(?:adalah|yaitu|yakni|ialah|berarti|bila|jika|apabila|untuk|bermakna)\b"
    r"[^.;\d]{0,40}(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)?[ \t]*(?:[-–]|sampai|hingga|s\.d\.?)"
    r"[ \t]*(?!(?:19|20)\d\d\b)\d",
    re.IGNORECASE)


def band_grade(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """A grade next to a range that reads nothing: the range's band of the scale.

    "ISPU antara 150 sampai 200 masuk kategori tidak sehat", "Kategori tidak sehat adalah
    ISPU antara 150 sampai 200".
    """
    return ((_RANGE_THEN_GRADE.search(text, max(sent[0], start - 60), start) is not None
             or _GRADE_THEN_RANGE.match(text, end, sent[1]) is not None)
            and not observed(text, sent))


#: "kian dekat ke angka 0, maka warga ...": a value with its consequence is a condition.
_THEN_AFTER = re.compile(r"[^.;:!?\d]{0,12}?,?[ \t]+maka\b", re.IGNORECASE)


def band_count(text: str, sent: tuple[int, int]) -> int:
    """How many bands of a scale ("0-50") the sentence names."""
    return len(_BAND.findall(text, sent[0], sent[1]))


def defines_scale(text: str, n: NumberMention, sent: tuple[int, int], memo: SentenceMemo,
                  numbers: Sequence[NumberMention]) -> bool:
    """A number of a scale's definition, not a result.

    "sehat jika ISPU kurang dari 100" (a condition), "skor TOEFL minimal 500" (a requirement),
    "semakin dekat ke 5, semakin ..." (the scale explained), "baik (0-50), sedang (51-100)"
    (its bands; not a range of a sentence whose ranges are read, :func:`ranges_read`).
    ``numbers`` are the text's numbers, in text order.
    """
    return bool(memo.before(CONDITION, sent, n.start) or NEAR_CONDITION.search(
        text, max(sent[0], n.start - 30), n.start) or _required(text, n, sent)
        or _in_correlative(text, n, sent, memo)
        or memo.first_end(CRITERIA_DEFINED, sent) is not None
        or (memo.first_end(_TWO_BANDS, sent) is not None
            and not _read_range(text, n, between(numbers, sent[0], sent[1]), sent))
        or _THEN_AFTER.match(text, n.end, sent[1]) is not None)


#: What says a range's meaning right after it: "0-50 kategori baik", "(51-100), artinya".
SCALE_AFTER = re.compile(r"\s*(?:\)|,)?\s*(?:kategori|berarti|artinya|termasuk|adalah|=|:)",
                         re.IGNORECASE)
#: A reading said to spread over a range: "ada di rentang 62-70", "berkisar 97 – 110", or
#: read as one ("pembacaan indeks polutan 85-97": the reading of the day).
_SPREAD = re.compile(r"\b(?:rentang|kisaran|berkisar(?:[ \t]+antara)?|pembacaan)\b[^\d.;]{0,30}$",
                     re.IGNORECASE)
#: "menunjukkan skor 111 – 126": a reading verb before a score word (else "untuk skor 51 – 100"
#: is a band of the scale).
_READ_LEAD = re.compile(r"\b(?:menunjukkan|mencapai|tercatat|berada|menyentuh|mencatat(?:kan)?)"
                        r"[ \t]+(?:di[ \t]+|pada[ \t]+)?(?:angka|skor|nilai|level|indeks)[ \t]+$",
                        re.IGNORECASE)
#: A score a subject got, given as a range ("memperoleh skor keseluruhan 14,2-19,6",
#: "perolehan skor sebesar 31,5-40,1"): a published range of one result, both ends values.
GOT_LEAD = re.compile(
    r"\b(?:memperoleh|mendapat(?:kan)?|meraih|perolehan|mengantongi|mencatat(?:kan)?)[ \t]+"
    r"(?:\w+[ \t]+){0,2}?(?:skor|nilai|poin)(?:[ \t]+(?:total|keseluruhan|akhir))?"
    r"(?:[ \t]+(?:sebesar|sebanyak|senilai|yakni|yaitu))?[ \t]+$", re.IGNORECASE)


def spread_read(text: str, n: NumberMention, here: Sequence[NumberMention],
                sent: tuple[int, int]) -> bool:
    """Whether the range ``n`` is said to be read ("berkisar 97-110", "mencapai angka 80-90").

    A reading word right before it (:data:`_SPREAD`, :data:`_READ_LEAD`, :data:`GOT_LEAD`), or
    a range read so before it in its sentence (``here``: the sentence's numbers): a range after
    it is then a reading too, one compared with it ("... naik dari 55-63 pada
    pekan lalu").

    Parameters
    ----------
    text : str
        The article.
    n : NumberMention
        The range.
    here : sequence of NumberMention
        The numbers of its sentence, in text order.
    sent : tuple of int
        Start and end of the sentence.

    Returns
    -------
    bool
        True when a reading word leads ``n`` or a range before it.
    """
    def led(o: NumberMention) -> bool:
        lo = max(sent[0], o.start - 40)
        return bool(_SPREAD.search(text, lo, o.start) or _READ_LEAD.search(text, lo, o.start))

    return led(n) or GOT_LEAD.search(text, max(sent[0], n.start - 60), n.start) is not None \
        or any(o.kind == "range" and o.end <= n.start and led(o) for o in here)


def many_ranges(text: str, here: Sequence[NumberMention], sent: tuple[int, int]) -> bool:
    """Whether a sentence holds two ranges that are no bands of ranks.

    Parameters
    ----------
    text : str
        The article.
    here : Sequence[NumberMention]
        The numbers of the sentence.
    sent : tuple[int, int]
        The sentence's span.

    Returns
    -------
    bool
        More than one range, none right after a rank word ("peringkat 601-800").
    """
    return sum(1 for o in here
               if o.kind == "range" and not follows_rank_word(text, o.start, sent[0])) > 1


def ranges_read(text: str, n: NumberMention, here: Sequence[NumberMention],
                sent: tuple[int, int]) -> bool:
    """Whether the ranges of a sentence of many, ``n`` one of them, are readings, not bands.

    ``n`` is read (:func:`spread_read`) and the sentence gives no bands: none adjoin ("51-100,
    101-200", :func:`adjoining_bands`), none are listed with their levels (:func:`lists_bands`)
    and none says what it means right after ("0-50 kategori baik").

    Parameters
    ----------
    text : str
        The article.
    n : NumberMention
        A range of the sentence.
    here : sequence of NumberMention
        The numbers of its sentence, in text order.
    sent : tuple of int
        Start and end of the sentence.

    Returns
    -------
    bool
        True when the sentence has many ranges and they are read.
    """
    return many_ranges(text, here, sent) and spread_read(text, n, here, sent) \
        and no_bands(text, here, sent)


def no_bands(text: str, here: Sequence[NumberMention], sent: tuple[int, int]) -> bool:
    """Whether a sentence's ranges (its numbers ``here``) give no bands of a scale.

    None adjoin ("51-100, 101-200", :func:`adjoining_bands`), none are listed with their levels
    (:func:`lists_bands`) and none says what it means right after ("0-50 kategori baik").
    """
    return not adjoining_bands(here) and not lists_bands(text, sent) and not any(
        o.kind == "range" and SCALE_AFTER.match(text, o.end) for o in here)


#: A range right after a level named ("level berbahaya 300-500", "kategori sangat tidak sehat
#: (201-300)"): that level's band of the scale, however the sentence reads its other ranges.
_GRADED_BAND = re.compile(r"\b(?:level|kategori|katagori|status|tingkat)[ \t]+[\"“']?"
                          r"(?:[a-z]+[ \t]+){0,3}[a-z]+[\"”']?[ \t]*(?:\([ \t]*)?$", re.IGNORECASE)


def graded_band(text: str, n: NumberMention, sent: tuple[int, int]) -> bool:
    """Whether the range ``n`` is a band a level named right before it has (:data:`_GRADED_BAND`).

    Parameters
    ----------
    text : str
        The article.
    n : NumberMention
        The range.
    sent : tuple of int
        Start and end of its sentence.

    Returns
    -------
    bool
        True when "level", "kategori", "status" or "tingkat" and a level's words end the 50
        characters before ``n`` in its sentence.
    """
    return _GRADED_BAND.search(text, max(sent[0], n.start - 50), n.start) is not None


def _read_range(text: str, n: NumberMention, here: Sequence[NumberMention],
                sent: tuple[int, int]) -> bool:
    """Whether ``n`` is one of the sentence's ranges (``here``) and they are read."""
    return any(o.kind == "range" and o.start == n.start for o in here) \
        and ranges_read(text, n, here, sent)


def _in_correlative(text: str, n: NumberMention, sent: tuple[int, int],
                    memo: SentenceMemo) -> bool:
    """``n`` inside a "semakin ..., semakin ..." explanation of the scale."""
    if memo.first_end(_CORRELATIVE, sent) is None:
        return False
    first = _CORRELATIVE_START.search(text, sent[0], sent[1])
    return first is not None and first.start() <= n.start


#: "skor TOEFL minimal 500", "IPK sekurangnya 3,25": a requirement or a bound, not anybody's score.
_REQUIRED = re.compile(r"\b(?:minimal|minimum|paling[ \t]+(?:rendah|sedikit|tidak)"
                       r"|sekurang-kurangnya|sekurangnya|maksimal|maksimum|setidaknya)"
                       r"[ \t]+(?:(?:nilai|skor|sebesar)[ \t]+)?$",
                       re.IGNORECASE)


#: "ambang batas ISPU tidak sehat adalah 101": a threshold of the scale, in its clause.
_THRESHOLD_VALUE = re.compile(r"\b(?:ambang(?:[ \t]+batas)?|batas[ \t]+(?:atas|bawah|aman"
                              r"|maksimal|minimal|maksimum|minimum))\b[^.;,:()\d]{0,40}$",
                              re.IGNORECASE)


#: "100 ke atas", "50 ke bawah": a threshold of a scale, right after its number.
SCALE_END = re.compile(r"[ \t]+ke[ \t]+(?:atas|bawah)\b", re.IGNORECASE)


def bounds_named(text: str, name_start: int, value: tuple[int, int],
                 sent: tuple[int, int]) -> bool:
    """Whether a score named at ``name_start`` with its number at ``value`` is a bound of a scale.

    "Minimal nilai evaluasi kinerja 70" (a requirement before the score's name), "skor
    penilaian 90 ke atas" (a threshold after the number), "ambang batas ... 70" or a band's
    clause (:func:`defines_band`): nobody's result.

    Parameters
    ----------
    text : str
        The article.
    name_start : int
        Where the score's name starts (after "nilai"/"skor").
    value : tuple of int
        Start and end of its number.
    sent : tuple of int
        Start and end of the sentence.

    Returns
    -------
    bool
        True when the number bounds a scale.
    """
    return bool(_REQUIRED.search(text, max(sent[0], name_start - 25), name_start)
                or _THRESHOLD_VALUE.search(text, max(sent[0], value[0] - 60), value[0])
                or SCALE_END.match(text, value[1]) or defines_band(text, value[0], sent))


#: The verbs of getting a grade, after a purpose, a requirement or a hope ("untuk meraih",
#: "syarat memperoleh", "kami harapkan ... mendapat").
GETTING = (r"(?:(?:dapat|bisa|mampu|kembali)[ \t]+)?(?:meraih|mendapat(?:kan)?|memperoleh"
            r"|mencapai|menyandang|mempertahankan|meningkatkan[ \t]+(?:\w+[ \t]+)?menjadi)")
#: A sentence opening with the purpose of getting the grade: "Untuk meraih predikat A, ...".
_PURPOSE_OPENING = re.compile(rf"[\W\d]*(?:untuk|agar|supaya)[ \t]+{GETTING}[ \t]",
                              re.IGNORECASE)
#: What the main clause after such an opening asks: "daerah harus ...", "wajib ...".
_OBLIGED = re.compile(r"\b(?:harus|wajib|perlu|mesti|musti|diwajibkan|disyaratkan|dituntut"
                      r"|diperlukan|dibutuhkan|memerlukan|membutuhkan)\b", re.IGNORECASE)
#: A requirement's noun right before the grade: "Syarat meraih opini WTP adalah ...".
_REQUIREMENT_OF = re.compile(rf"\b(?:syarat|persyaratan|prasyarat|kriteria|ketentuan)[ \t]+"
                             rf"(?:untuk[ \t]+)?{GETTING}[ \t]+(?:(?:predikat|opini|status"
                             r"|nilai|kategori|akreditasi)[ \t]+)?[\"“']?$", re.IGNORECASE)


def purpose_of_getting(text: str, start: int, sent: tuple[int, int]) -> bool:
    """A grade at ``start`` in a sentence opening with the purpose of getting it.

    "Untuk meraih predikat WBK, Kantor X menata layanannya": the grade is aimed at (a target
    of the main clause's holder), unless :func:`grade_required` finds it only required.

    Parameters
    ----------
    text : str
        The article.
    start : int
        Where the grade mention starts.
    sent : tuple of (int, int)
        The span of the grade's sentence.

    Returns
    -------
    bool
        True when the sentence opens with "untuk", "agar" or "supaya" and a verb of getting
        ("Untuk meraih"), with no comma between that opening and the grade.
    """
    opening = _PURPOSE_OPENING.match(text, sent[0], start)
    return opening is not None and "," not in text[opening.end():start]


def grade_required(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """A grade named as what is asked for getting it, given to nobody.

    "Untuk meraih predikat A, daerah harus memenuhi ...", "Syarat meraih opini WTP adalah
    ...": the sentence opens with the purpose of getting the grade and its main clause (after
    the comma) says what must be done, or a requirement's noun stands right before it.

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        The grade mention.
    sent : tuple[int, int]
        Its sentence.

    Returns
    -------
    bool
        True when the grade is only a requirement's object.
    """
    if _REQUIREMENT_OF.search(text, max(sent[0], start - 60), start):
        return True
    if not purpose_of_getting(text, start, sent):
        return False
    comma = text.find(",", end, sent[1])
    return comma >= 0 and _OBLIGED.search(text, comma, min(sent[1], comma + 80)) is not None


def _required(text: str, n: NumberMention, sent: tuple[int, int]) -> bool:
    """A minimum asked of applicants ("skor TOEFL minimal 500"), not a target of the subject.

    A threshold of the scale named in the value's clause ("ambang batas ... 100") is none
    either.
    """
    if _THRESHOLD_VALUE.search(text, max(sent[0], n.start - 60), n.start):
        return True
    return (_REQUIRED.search(text, max(sent[0], n.start - 25), n.start) is not None
            and TARGET.search(text, sent[0], n.start) is None)
