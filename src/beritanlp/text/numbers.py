"""Indonesian numerals in news text: values, and the numeric expressions of running text.

A pure module (no spaCy). Two entry points:

* :func:`parse_number` reads one numeral ("70,55", "1.234.567", "2,5 juta", "dua belas",
  "tiga koma lima") to its value.
* :func:`find_numbers` finds every numeric expression in running text and says what it is:
  a plain number, a percentage, money, a time, a date, a year, a range, or an ordinal.

Decimal comma versus decimal dot is decided by the shape of the numeral and by its context,
never by locale alone. Indonesian writes "70,55" for a decimal and "1.234.567" for thousands,
but news also writes "70.55" for a decimal, so:

* a comma followed by digits is a decimal comma ("0,44", "1,500"), unless the numeral has two or
  more comma groups of three ("1,234,567") or ends in a dot fraction ("1,500.25");
* dots that group digits in threes ("1.500", "1.234.567") are thousands separators, unless the
  integer part is "0" ("0.440");
* any other single dot is a decimal dot ("70.55", "3.5", "1234.5");
* after "pukul"/"pkl"/"jam" a "14.30" is a time, not a number.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TypeGuard

from beritanlp.lexicons.words import word_list, word_table
from beritanlp.text.ordinals import rank_words
from beritanlp.text.word_start import matched_lower

__all__ = [
    "NumberMention",
    "count_word",
    "find_numbers",
    "is_plain_number",
    "parse_number",
    "plain_number",
    "roman_to_int",
]

Number = int | float

UNITS: dict[str, int] = {
    "nol": 0, "kosong": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
    "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
}
# Words that stand for a whole value on their own (se- = "one").
SE_WORDS: dict[str, Number] = {
    "sepuluh": 10, "sebelas": 11, "seratus": 100,
}
FRACTION_WORDS: dict[str, float] = {"setengah": 0.5, "separuh": 0.5, "seperempat": 0.25}
# Scale words, their se- forms and abbreviations.
SCALES: dict[str, int] = {
    "ribu": 1_000, "rb": 1_000, "juta": 1_000_000, "jt": 1_000_000,
    "miliar": 1_000_000_000, "milyar": 1_000_000_000, "triliun": 1_000_000_000_000,
}
SE_SCALES: dict[str, int] = {
    "seribu": 1_000, "sejuta": 1_000_000, "semiliar": 1_000_000_000,
    "semilyar": 1_000_000_000, "setriliun": 1_000_000_000_000,
}
# "M" (miliar) and "T" (triliun) are scale abbreviations only in money ("Rp1,5 M").
MONEY_SCALES: dict[str, int] = {"M": 1_000_000_000, "T": 1_000_000_000_000}

#: Month words of the shared month table (``lexicons/data/months.txt``) -> month number.
MONTHS: dict[str, int] = {
    row[0]: int(row[1]) for row in word_table("months") if "numbers" in row[-1].split()
}

# Unit words recognised right after a number ("12 orang", "0,44 poin").
UNIT_WORDS: tuple[str, ...] = (
    "poin", "orang", "jiwa", "warga", "peserta", "pegawai", "ASN", "siswa", "mahasiswa",
    "unit", "buah", "kasus", "kali", "desa", "kelurahan", "kecamatan", "kabupaten", "kota",
    "provinsi", "daerah", "sekolah", "rumah", "ton", "kg", "kilogram", "gram", "liter",
    "km", "kilometer", "meter", "hektare", "hektar", "ha", "hari", "minggu", "pekan", "bulan",
    "tahun", "jam", "menit", "detik", "MW", "kWh", "lembaga", "kementerian", "instansi",
    "titik", "bintang",
)

_WORD_NUMERALS = sorted(
    [*UNITS, *SE_WORDS, *FRACTION_WORDS, *SE_SCALES, "belas", "puluh", "ratus", "ribu",
     "juta", "miliar", "milyar", "triliun", "koma"],
    key=len, reverse=True,
)
_W = "(?:" + "|".join(_WORD_NUMERALS) + ")"
# A run of number words; must not be glued to a hyphenated word ("satu-satunya").
WORD_NUM = rf"(?<!salah )(?<!Salah )\b{_W}(?:\s+{_W})*\b(?!-)"
DIGIT_CORE = (
    r"(?<!\d)(?<!\d[.,])"
    r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d+(?:[.,]\d+)?)"
    r"(?!\d|[.,]\d)"
)
#: Reading words a scraper glued to the value after them ("mencapai147", "nilai27", "posisi52"):
#: the digits are still a number (any other word glued to digits is a code: "B20").
_GLUED_READING = ("mencapai", "sebesar", "nilai", "skor", "angka", "posisi", "peringkat")
_AFTER_GLUED = "|".join(rf"(?<=\b{w})" for w in _GLUED_READING)
# Not glued to a word before it ("B20", "COVID-19"), except a reading word.
DIGIT_NUM = rf"(?=\d)(?:(?<![\w.,])|{_AFTER_GLUED})(?<![A-Za-z]-){DIGIT_CORE}"
SCALE_RE = r"(?:ribu|rb|juta|jt|miliar|milyar|triliun)\b"
MONEY_SCALE_RE = r"(?:ribu|rb|juta|jt|miliar|milyar|triliun|M|T)\b"
NUM = rf"(?:{DIGIT_NUM}(?:\s*{SCALE_RE})*|{WORD_NUM})"
MONEY_NUM = rf"(?:{DIGIT_CORE}(?:\s*{MONEY_SCALE_RE})*|{WORD_NUM})"
RANGE_SEP = r"\s*(?:–|—|-|s\.\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)\s*"
PERCENT_RE = r"(?:%|persen\b|per\s+sen\b)"
_ROMAN = r"(?=[IVXLC])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
#: A rank cue word, first letter in either case ("Peringkat", "juara"); see rank_cues.txt.
RANK_CUE = "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in word_list("rank_cues")) + ")"
_MONTH_RE = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"

_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class NumberMention:
    """One numeric expression found in text.

    Attributes
    ----------
    text : str
        The expression as written (``text[start:end]`` of the searched string).
    start, end : int
        Character offsets, half-open.
    value : int | float | str | None
        The value: a number; a Roman numeral string for ranks ("II"); ``None`` for dates and
        times (see ``normalized``).
    kind : str
        "number", "percent", "money", "time", "date", "year", "range" or "ordinal".
    unit : str | None
        "persen", "Rp", "USD", "poin", "orang", a time zone ("WIB") ...; ``None`` if none.
    high : int | float | None
        Upper bound of a range (``value`` is the lower bound), else ``None``.
    normalized : str | None
        ISO form of dates ("2024-05-16", "2024-05", "--05-16") and times ("14:30").
    cue : str | None
        The word that decided the kind, when one did ("pukul", "peringkat", "tahun").
    """

    text: str
    start: int
    end: int
    value: int | float | str | None
    kind: str
    unit: str | None = None
    high: int | float | None = None
    normalized: str | None = None
    cue: str | None = None


def _as_number(value: float, integral_ok: bool = True) -> Number:
    """Return an ``int`` for whole values when allowed, else the float rounded to 10 places."""
    if integral_ok and float(value).is_integer():
        return int(value)
    return round(value, 10)


#: Longest numeral (digits and separators) read as a number.
MAX_DIGITS = 40


def _parse_digits(s: str, context: str = "") -> Number | None:
    """Parse a numeral written with digits and separators; ``None`` if the shape is unknown.

    A run of more than :data:`MAX_DIGITS` characters is no numeral a reader writes (and Python
    refuses to convert over 4,300 digits): ``None``.
    """
    if len(s) > MAX_DIGITS:
        return None
    if re.fullmatch(r"\d+", s):
        return int(s)
    m = re.fullmatch(r"(\d{1,3})((?:\.\d{3})+)(?:,(\d+))?", s)
    if m:
        if m.group(1) == "0" and m.group(2).count(".") == 1 and m.group(3) is None:
            return float(s)  # "0.440": nothing groups thousands after a zero
        whole = int(m.group(1) + m.group(2).replace(".", ""))
        if m.group(3) is not None:
            return _as_number(float(f"{whole}.{m.group(3)}"), integral_ok=False)
        return whole
    m = re.fullmatch(r"(\d{1,3})((?:,\d{3}){2,}|(?:,\d{3})+(?=\.))(?:\.(\d+))?", s)
    if m:  # English grouping: "1,234,567", "1,500.25"
        whole = int(m.group(1) + m.group(2).replace(",", ""))
        if m.group(3) is not None:
            return _as_number(float(f"{whole}.{m.group(3)}"), integral_ok=False)
        return whole
    m = re.fullmatch(r"(\d+)[.,](\d+)", s)
    if m:
        return _as_number(float(f"{m.group(1)}.{m.group(2)}"), integral_ok=False)
    return None


def _parse_words(words: list[str]) -> Number | None:
    """Parse a list of lowercase Indonesian number words; ``None`` if they do not form a number."""
    if not words:
        return None
    if "koma" in words:
        return _parse_decimal_words(words)
    state = _WordState()
    for w in words:
        if not state.take(w):
            return None
    return _as_number(state.total + state.small + (state.pending or 0))


def _parse_decimal_words(words: list[str]) -> Number | None:
    """Decimals in words ("tiga koma lima"): the whole part, then one digit word each."""
    i = words.index("koma")
    whole = _parse_words(words[:i])
    digits = words[i + 1:]
    if whole is None or not digits or any(w not in UNITS for w in digits):
        return None
    frac = "".join(str(UNITS[w]) for w in digits)
    return _as_number(float(f"{int(whole)}.{frac}"), integral_ok=False)


#: Multipliers of the words that close a group of units ("dua belas", "tiga puluh").
_GROUP_WORDS: dict[str, tuple[int, int]] = {"belas": (1, 10), "puluh": (10, 0), "ratus": (100, 0)}


class _WordState:
    """Running value while reading number words left to right."""

    def __init__(self) -> None:
        self.total: float = 0.0
        self.small: float = 0.0
        self.pending: int | None = None
        self.last_scale = 10**15

    def take(self, w: str) -> bool:
        """Read one word; ``False`` when it cannot continue the number."""
        if w in UNITS or w in SE_WORDS:
            return self._unit(w)
        if w in _GROUP_WORDS:
            if self.pending is None or self.pending == 0:
                return False
            factor, add = _GROUP_WORDS[w]
            self.small += self.pending * factor + add
            self.pending = None
            return True
        if w in FRACTION_WORDS:
            self.small += (self.pending or 0) + FRACTION_WORDS[w]
            self.pending = None
            return True
        if w in SE_SCALES:
            return self._se_scale(SE_SCALES[w])
        if w in SCALES:
            return self._scale(SCALES[w])
        return False

    def _unit(self, w: str) -> bool:
        if self.pending is not None:
            return False
        if w in UNITS:
            self.pending = UNITS[w]
        else:
            self.small += SE_WORDS[w]
        return True

    def _se_scale(self, scale: int) -> bool:
        if self.pending is not None or self.small or scale >= self.last_scale:
            return False
        self.total += scale
        self.last_scale = scale
        return True

    def _scale(self, scale: int) -> bool:
        group = self.small + (self.pending or 0)
        if group == 0 or scale >= self.last_scale:
            return False
        self.total += group * scale
        self.last_scale = scale
        self.small, self.pending = 0.0, None
        return True


def parse_number(text: str, context: str = "") -> Number | None:
    """Read one Indonesian numeral and return its value.

    Parameters
    ----------
    text : str
        The numeral: digits with separators ("70,55", "70.55", "1.234.567", "0,44"),
        optionally with a scale word ("2,5 juta", "1,5 M" after "Rp"), "Rp", "%"/"persen";
        or number words ("dua belas", "seratus", "setengah", "tiga koma lima").
    context : str, optional
        A few words before the numeral. After "pukul"/"pkl"/"jam" an "HH.MM" numeral is a
        time and the result is ``None``; "Rp" in the context enables the money abbreviations
        "M" (miliar) and "T" (triliun).

    Returns
    -------
    int | float | None
        An ``int`` for whole numbers, a ``float`` for decimals, ``None`` when ``text`` is not a
        numeral this module reads.

    Raises
    ------
    TypeError
        If ``text`` or ``context`` is not a ``str``.

    Examples
    --------
    >>> parse_number("70,55"), parse_number("70.55"), parse_number("1.500")
    (70.55, 70.55, 1500)
    >>> parse_number("2,5 juta"), parse_number("dua belas"), parse_number("tiga koma lima")
    (2500000, 12, 3.5)
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_number expects a str, got {type(text).__name__}")
    if not isinstance(context, str):
        raise TypeError(f"parse_number context must be a str, got {type(context).__name__}")
    s = " ".join(text.split())
    if not s:
        return None
    money = bool(re.search(r"\b(?:rp|idr|usd)\b|rp\s*$|us\$", context, _FLAGS))
    m = re.match(r"(?:rp\.?|idr|us\$|usd)\s*", s, _FLAGS)
    if m:
        money = True
        s = s[m.end():]
    s = re.sub(r"\s*(?:%|persen|per sen|rupiah)$", "", s, flags=_FLAGS)
    sign = 1
    if s[:1] in "+-−":
        sign = -1 if s[0] != "+" else 1
        s = s[1:].lstrip()
    elif s.lower().startswith("minus "):
        sign, s = -1, s[6:]
    if re.search(r"\b(?:pukul|pkl|pk|jam)\.?\s*$", context, _FLAGS) and re.fullmatch(
        r"\d{1,2}[.:]\d{2}", s
    ):
        return None
    m = re.fullmatch(r"([\d.,]*\d)((?:\s*[A-Za-z]+)*)", s)
    if m:
        value = _parse_digits(m.group(1), context)
        if value is None:
            return None
        scale = 1
        for word in m.group(2).split():
            if word.lower() in SCALES:
                scale *= SCALES[word.lower()]
            elif money and word in MONEY_SCALES:
                scale *= MONEY_SCALES[word]
            else:
                return None
        if scale == 1:
            return sign * value
        return sign * _as_number(value * scale)
    words = s.lower().split()
    value = _parse_words(words)
    return None if value is None else sign * value


#: Vague counts that stand where a number would ("beberapa kali", "puluhan tahun").
QUANTITY_WORDS = frozenset({
    "beberapa", "sekian", "berapa", "puluhan", "belasan", "ratusan", "ribuan", "jutaan",
})
#: Rank and number words of the ordinal table ("kedua", "pertama", "satu" ... "sembilanbelas").
_RANK_WORDS = frozenset(rank_words(10, cardinals=19, kesatu=True))


def count_word(word: str) -> bool:
    """Tell whether ``word`` counts or ranks rather than names.

    A digit, a number word ("dua", "seratus", "ribu"), an ordinal ("kedua", "pertama") or a
    vague count ("beberapa", "puluhan"): "dua Kali Lipat", "Kali Kedua" say how often.

    >>> count_word("Kedua"), count_word("beberapa"), count_word("Bekasi")
    (True, True, False)
    """
    low = word.casefold()
    return (low[:1].isdigit() or low in QUANTITY_WORDS or low in _RANK_WORDS or low in SCALES
            or low in _GROUP_WORDS or parse_number(low) is not None)


def is_plain_number(value: object) -> TypeGuard[Number]:
    """Tell whether ``value`` is a number: an ``int`` or a ``float``, never a ``bool``.

    (A :class:`NumberMention`'s value may also be a string, a date's or a level's, or None.)
    """
    return isinstance(value, int | float) and not isinstance(value, bool)


def plain_number(text: str, low: float = -math.inf, high: float = math.inf) -> Number | None:
    """The value of the numeral ``text`` (:func:`parse_number`) when it lies in ``[low, high]``.

    ``None`` when ``text`` is no numeral or its value lies outside (a share: 0 to 100).

    Examples
    --------
    >>> plain_number("45,5", 0, 100), plain_number("1.500", 0, 100), plain_number("dua belas")
    (45.5, None, 12)
    """
    value = parse_number(text)
    return value if is_plain_number(value) and low <= value <= high else None


def roman_to_int(numeral: str) -> int | None:
    """Return the value of an upper-case Roman numeral ("II" -> 2), or ``None`` if invalid."""
    if not numeral or not re.fullmatch(r"M{0,3}" + _ROMAN, numeral):
        return None
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "M": 1000}
    total = 0
    for i, ch in enumerate(numeral):
        v = values[ch]
        if i + 1 < len(numeral) and values[numeral[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def _date_iso(day: int | None, month: int | None, year: int | None) -> str | None:
    if month is None or not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    if year is not None and year < 100:
        year += 2000
    if year is None:
        return f"--{month:02d}-{day:02d}" if day is not None else None
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


class _Finder:
    """Collects non-overlapping mentions, earlier (more specific) patterns first."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.taken = [False] * (len(text) + 1)
        self.found: list[NumberMention] = []

    def free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def add(self, mention: NumberMention) -> bool:
        if mention.start >= mention.end or not self.free(mention.start, mention.end):
            return False
        for i in range(mention.start, mention.end):
            self.taken[i] = True
        self.found.append(mention)
        return True

    def span(self, start: int, end: int) -> tuple[str, int, int]:
        return self.text[start:end], start, end


_UNIT_NEXT = re.compile(r"\s*(" + "|".join(UNIT_WORDS) + r")\b")
_ROMAN_LIST_NEXT = re.compile(rf"(?:\s*,\s*(?:dan\s+)?|\s+dan\s+)({_ROMAN})\b")


_YEAR_NEXT = re.compile(r"\s+(?:19|20)\d\d\b")


def _unit_after(text: str, end: int) -> tuple[str | None, int]:
    """Return a unit word right after ``end`` and the new end, or ``(None, end)``.

    "tahun" followed by a year is that year's cue, not a unit: "75,31 tahun 2024" is a value
    and a year, not 75.31 years.
    """
    m = _UNIT_NEXT.match(text, end)
    if m and not (m.group(1) == "tahun" and _YEAR_NEXT.match(text, m.end())):
        return m.group(1), m.end()
    return None, end


def _dates(f: _Finder) -> None:
    text = f.text
    for m in re.finditer(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])", text):
        iso = _date_iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if iso:
            f.add(NumberMention(*f.span(*m.span()), value=None, kind="date", normalized=iso))
    for m in re.finditer(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])", text):
        iso = _date_iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if iso:
            f.add(NumberMention(*f.span(*m.span()), value=None, kind="date", normalized=iso))
    for m in re.finditer(r"(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])", text):
        iso = _date_iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if iso:
            f.add(NumberMention(*f.span(*m.span()), value=None, kind="date", normalized=iso))
    day_month = rf"\b(\d{{1,2}})\s+({_MONTH_RE})\.?(?:\s+(\d{{4}}))?\b"
    for m in re.finditer(day_month, text, _FLAGS):
        if m.group(2)[0].islower() and len(m.group(2)) <= 3:
            continue  # "5 des" is too ambiguous in lower case
        year = int(m.group(3)) if m.group(3) else None
        iso = _date_iso(int(m.group(1)), MONTHS[matched_lower(m.group(2))], year)
        if iso:
            f.add(NumberMention(*f.span(*m.span()), value=None, kind="date", normalized=iso))
    for m in re.finditer(rf"\b({_MONTH_RE})\s+(\d{{4}})\b", text, _FLAGS):
        if not m.group(1)[0].isupper():
            continue
        iso = _date_iso(None, MONTHS[matched_lower(m.group(1))], int(m.group(2)))
        if iso:
            f.add(NumberMention(*f.span(*m.span()), value=None, kind="date", normalized=iso))


def _times(f: _Finder) -> None:
    text = f.text
    tz = r"(?:\s*(WIB|WITA|WIT)\b)?"
    patterns = [
        rf"\b(pukul|pkl\.?|pk\.|jam)\s+(\d{{1,2}})[.:](\d{{2}})(?!\d|[.,]\d){tz}",
        r"(?<![\w.,])()(\d{1,2})[.:](\d{2})\s*(WIB|WITA|WIT)\b",
        r"(?<![\w.,:])()(\d{1,2}):(\d{2})(?![\d:])()",
    ]
    for pattern in patterns:
        for m in re.finditer(pattern, text, _FLAGS if pattern is patterns[0] else 0):
            hour, minute = int(m.group(2)), int(m.group(3))
            if hour > 24 or minute > 59:
                continue
            start = m.start(2)
            zone = m.group(4) or None
            cue = m.group(1).lower().rstrip(".") or None
            f.add(NumberMention(*f.span(start, m.end()), value=None, kind="time", unit=zone,
                                normalized=f"{hour:02d}:{minute:02d}", cue=cue))


def _money(f: _Finder) -> None:
    text = f.text
    pre = rf"(Rp\.?|IDR|US\$|USD)\s?({MONEY_NUM})(?:{RANGE_SEP}({MONEY_NUM}))?"
    for m in re.finditer(pre, text):
        unit = "Rp" if m.group(1).startswith(("Rp", "IDR")) else "USD"
        value = parse_number(m.group(2), context="Rp")
        high = parse_number(m.group(3), context="Rp") if m.group(3) else None
        if value is None or isinstance(high, str):
            continue
        end = m.end()
        rm = re.match(r"\s*rupiah\b", text[end:], _FLAGS)
        if rm:
            end += rm.end()
        if high is not None and isinstance(high, int | float) and high > value:
            # "Rp1-2 juta": the scale of the upper bound applies to the lower one too
            scale_m = re.search(rf"\s*({SCALE_RE})$", m.group(3), _FLAGS)
            if scale_m and not re.search(SCALE_RE, m.group(2), _FLAGS):
                value = _as_number(value * SCALES[scale_m.group(1).lower()])
        f.add(NumberMention(*f.span(m.start(), end), value=value, kind="money", unit=unit,
                            high=high))
    post = rf"({NUM})(?:{RANGE_SEP}({NUM}))?\s+(rupiah|dolar(?:\s+AS)?|dollar)\b"
    for m in re.finditer(post, text, _FLAGS):
        value = parse_number(m.group(1))
        high = parse_number(m.group(2)) if m.group(2) else None
        if value is None:
            continue
        unit = "Rp" if m.group(3).lower() == "rupiah" else "USD"
        f.add(NumberMention(*f.span(*m.span()), value=value, kind="money", unit=unit,
                            high=high))


def _unit_for_range(text: str, end: int) -> tuple[str | None, int]:
    pm = re.match(r"\s*" + PERCENT_RE, text[end:], _FLAGS)
    if pm:
        return "persen", end + pm.end()
    return _unit_after(text, end)


def _ranges(f: _Finder) -> None:
    text = f.text
    d_scale = rf"{DIGIT_NUM}(?:\s*{SCALE_RE})*"
    for m in re.finditer(rf"({d_scale}){RANGE_SEP}({d_scale})", text, _FLAGS):
        low, high = parse_number(m.group(1)), parse_number(m.group(2))
        if low is None or high is None or high <= low:
            continue
        if not re.search(SCALE_RE, m.group(1), _FLAGS):
            scale_m = re.search(rf"\s*({SCALE_RE})$", m.group(2), _FLAGS)
            if scale_m:
                low = _as_number(low * SCALES[scale_m.group(1).lower()])
        unit, end = _unit_for_range(text, m.end())
        f.add(NumberMention(*f.span(m.start(), end), value=low, kind="range", unit=unit,
                            high=high))


def _percents(f: _Finder) -> None:
    for m in re.finditer(rf"({NUM})\s*{PERCENT_RE}", f.text, _FLAGS):
        value = parse_number(m.group(1))
        if value is not None:
            start, value = _signed(f.text, m.start(), value, has_unit=True)
            f.add(NumberMention(*f.span(start, m.end()), value=value, kind="percent",
                                unit="persen"))


#: A minus sign glued to the digits after a space, a bracket or a colon ("-1,8", "(-0,5)").
_SIGN_BEFORE = re.compile(r"(?:^|(?<=[\s(:]))[-\u2212]$")
#: The word "minus" before a number ("minus 2,3 persen").
_MINUS_BEFORE = re.compile(r"(?<![\w-])minus[ \t]+$", re.IGNORECASE)
#: What stands before a sign that is a range's dash or a date's ("18 -22 Oktober", "1983 -1998",
#: "30%-35%", "Oktober -4 November"), a weight class ("kelas -92 kg") or a tolerance
#: ("3,5 plus minus 1 persen"): no negative number.
_NOT_SIGN_BEFORE = re.compile(rf"(?:[\d%]|\b(?:{_MONTH_RE}|kelas|plus))[ \t]*$",
                              re.IGNORECASE)
#: A number and its unit or scale words before a range's dash ("80 poin -81 poin",
#: "2,5 persen -3 persen", "2 juta -3 juta").
_UNIT_RANGE_BEFORE = re.compile(
    r"\d(?:[ \t]+(?:" + "|".join((*UNIT_WORDS, "persen", "ribu", "juta", "miliar", "milyar",
                                   "triliun", "mm", "cm", "m", "derajat", "knot")) + r")\b){1,2}"
    r"[ \t]*$",
    re.IGNORECASE,
)
#: A lone capital letter before the dash: a name's part ("U -23"), not a sign.
_LETTER_BEFORE = re.compile(r"(?<![\w.])[A-Z][ \t]*$")
#: An ordinal written apart ("ke -25"): only for a whole number with no unit after it.
_KE_BEFORE = re.compile(r"\bke[ \t]*$", re.IGNORECASE)
#: A plain run of five or more digits: a code or a postcode ("Kode pos: -40115"), never signed.
_LONG_DIGITS = re.compile(r"\d{5,}(?!\d|[.,]\d)")


def _sign_is_dash(text: str, sign: int, start: int, value: Number, has_unit: bool) -> bool:
    """Whether the sign at ``sign`` is a dash (a range's, a bullet's, a name's), not a minus.

    A dash at a line's start is a bullet ("-5 desa ..."); one after a number with its unit
    ("80 poin -81 poin"), a month, "kelas" or a lone capital ("U -23") joins a range or a
    name; "ke -25" (a whole number, no unit) is an ordinal; a long digit run is a code.
    """
    lo = max(0, sign - 30)
    line_start = text.rfind("\n", 0, sign) + 1
    return bool(
        (text[sign] in "-\u2212" and not text[line_start:sign].strip())
        or _NOT_SIGN_BEFORE.search(text, max(0, sign - 12), sign)
        or _UNIT_RANGE_BEFORE.search(text, lo, sign)
        or _LETTER_BEFORE.search(text, max(0, sign - 4), sign)
        or (_KE_BEFORE.search(text, max(0, sign - 6), sign) and isinstance(value, int)
            and not has_unit)
        or _LONG_DIGITS.match(text, start)
    )


def _signed(text: str, start: int, value: Number, has_unit: bool = False) -> tuple[int, Number]:
    """A negative number's start and value when a sign or "minus" stands right before it.

    "-1,8 persen", "minus 2,3" and "merosot ke -2,1 persen" are negative; a dash that
    :func:`_sign_is_dash` reads as a range's, a bullet's or a name's is none, nor "plus minus
    1" (a tolerance), nor a hyphen inside a word. ``has_unit`` tells whether a unit follows
    the number.
    """
    lo = max(0, start - 8)
    sign = _SIGN_BEFORE.search(text, lo, start) if start else None
    if sign is None:
        sign = _MINUS_BEFORE.search(text, lo, start)
    if sign is None or _sign_is_dash(text, sign.start(), start, value, has_unit):
        return start, value
    return sign.start(), -value


def _ranks(f: _Finder) -> None:
    """Roman numerals and numbers after a rank cue: "peringkat II", "juara 1", "peringkat ke-3"."""
    text = f.text
    pattern = rf"\b({RANK_CUE})(?:\s+(?:ke-?\s?)?|\s*ke-)(?:({_ROMAN})\b|(\d+)\b(?![.,]\d))"
    for m in re.finditer(pattern, text):
        cue = m.group(1).lower()
        if not m.group(2) and m.group(3) is None:
            continue  # the Roman branch matched nothing ("peringkat C...")
        if m.group(2):
            start = m.start(2)
            f.add(NumberMention(*f.span(start, m.end()), value=m.group(2), kind="ordinal",
                                cue=cue))
            # "Terbaik I, II, dan III"
            pos = m.end()
            while (more := _ROMAN_LIST_NEXT.match(text, pos)) and more.group(1):
                f.add(NumberMention(*f.span(*more.span(1)), value=more.group(1),
                                    kind="ordinal", cue=cue))
                pos = more.end()
            continue
        if len(m.group(3)) == 4:
            continue  # "Terbaik 2019": a year after the cue, not a rank
        digits_start = m.start(3)
        ke = re.search(r"ke-?\s?$", text[m.end(1):digits_start], _FLAGS)
        start = m.end(1) + ke.start() if ke else digits_start
        f.add(NumberMention(*f.span(start, m.end()), value=int(m.group(3)), kind="ordinal",
                            cue=cue))


def _ordinals(f: _Finder) -> None:
    text = f.text
    for m in re.finditer(r"\bke-\s?(\d+)\b(?![.,]\d)", text, _FLAGS):
        f.add(NumberMention(*f.span(*m.span()), value=int(m.group(1)), kind="ordinal"))
    words = "|".join(w for w in _WORD_NUMERALS if w not in SE_SCALES and w != "koma")
    for m in re.finditer(rf"\bke-?((?:{words})(?:\s+(?:belas|puluh|ratus)"
                         rf"(?:\s+(?:{words}))?)?)\b(?!-)", text, _FLAGS):
        value = parse_number(m.group(1))
        if isinstance(value, int) and value > 0:
            f.add(NumberMention(*f.span(*m.span()), value=value, kind="ordinal"))
    for m in re.finditer(r"\bpertama\b", text, _FLAGS):
        f.add(NumberMention(*f.span(*m.span()), value=1, kind="ordinal"))
    # "peringkat teratas", "posisi puncak", "puncak klasemen": the first place
    for m in _TOP_PLACE.finditer(text):
        word = next(i for i in (1, 2, 3, 4) if m.group(i))
        if word == 2 and _top_left(text, m.start(2)):
            continue
        if word == 4 and not _role_named(text, m.start(4), m.end(4)):
            continue  # "posisinya sebagai pemuncak klasemen": its holder is not named there
        f.add(NumberMention(*f.span(*m.span(word)), value=1, kind="ordinal", cue="puncak"))
    # "petenis nomor 1 dunia": a place in a ranking of the world or a country
    for m in _NUMBER_IN_SCOPE.finditer(text):
        f.add(NumberMention(*f.span(*m.span(1)), value=int(m.group(2)), kind="ordinal",
                            cue="nomor"))


#: A top place said as its holder's role: "pemuncak klasemen", "pimpinan klasemen" (read as
#: rank 1 with cue "puncak", :func:`is_role`).
ROLE_WORDS = ("pemuncak", "pimpinan", "pemimpin")
#: A table of players' own counts ("klasemen pencetak gol", "klasemen top skor", "klasemen
#: assist"): its top place is no team's place in the league table.
_PLAYERS_TABLE = (r"(?![ \t]+(?:(?:sementara|akhir)[ \t]+)?"
                  r"(?-i:pencetak|top[ \t]*skor|assist|asis)\b)")
_TOP_PLACE = re.compile(r"\b(?:(?:peringkat|posisi|urutan|ranking|rangking)[ \t]+(teratas|puncak)"
                        rf"|(puncak)(?=[ \t]+klasemen{_PLAYERS_TABLE})"
                        # "memuncaki klasemen", "memimpin Race To London": the top place
                        r"|(?<!gagal )(?<!belum )(?<!tidak )(?<!tak )(?<!ingin )"
                        r"(memuncaki|memimpin)(?=[ \t]+(?:klasemen"
                        rf"{_PLAYERS_TABLE}|race[ \t]+to|ranking|rangking"
                        r"|peringkat[ \t]+(?:dunia|(?-i:[A-Z]{2,})))))\b"
                        # "menjadi pemuncak klasemen", "melawan pemuncak klasemen, Y": the top
                        # place said as its holder's role (:func:`_role_named`)
                        rf"|({'|'.join(ROLE_WORDS)})(?=[ \t]+klasemen\b{_PLAYERS_TABLE})",
                        re.IGNORECASE)
#: Who holds a top place said as a role, right before its copula: a capitalised name ("Klub
#: A menjadi pemuncak klasemen") or a relative "yang" right after one ("A yang merupakan ...",
#: "A, yang merupakan ..."). A team's common noun opening the sentence ("Tim yang menjadi
#: pemuncak klasemen ...") is no name.
_ROLE_HOLDER = re.compile(r"(?<![\w-])(?!(?:Tim|Klub|Kesebelasan|Skuad|Pemain|Siapa)\b)"
                          r"(?-i:[A-Z][\w-]*)(?:,?[ \t]+yang)?[ \t]+"
                          r"(?:(?:kini|masih|tetap|pun|juga|sempat|bahkan|akhirnya|berhasil"
                          r"|sukses)[ \t]+)*(?:menjadi|merupakan|adalah|sebagai|selaku)[ \t]+$",
                          re.IGNORECASE)
#: The name of a role's table: "klasemen", "klasemen sementara Liga 1".
_ROLE_TABLE = (r"[ \t]+klasemen(?:[ \t]+(?:sementara|akhir))?"
               r"(?:[ \t]+(?:(?-i:[A-Z][\w-]*)|\d{1,2}))*")
#: A holder named right after a top place said as a role, past its table's name: "melawan
#: pemuncak klasemen Liga 1, Klub Y", "dari pemuncak klasemen sementara, Klub Y".
_ROLE_NAMED_AFTER = re.compile(_ROLE_TABLE + r"[ \t]*,[ \t]*((?-i:[A-Z][\w-]*)"
                               r"(?:[ \t]+(?-i:[A-Z][\w-]*)){0,4})(?![\w-])", re.IGNORECASE)
#: A role held once or not yet: "mantan pemuncak klasemen", "calon pimpinan klasemen", or a
#: past season's table ("pimpinan klasemen Liga 2 musim lalu").
_ROLE_FORMER = re.compile(r"\b(?:mantan|bekas|eks|calon)[ \t]+$", re.IGNORECASE)
_ROLE_PAST = re.compile(_ROLE_TABLE + r"[ \t]+(?:musim|tahun|edisi|pekan)[ \t]+(?:lalu|sebelumnya"
                        r"|kemarin)\b", re.IGNORECASE)
#: A condition before the role in its sentence: "Bila menang, A menjadi pemuncak klasemen".
_ROLE_CONDITION = re.compile(r"\b(?:jika|bila|apabila|kalau|seandainya|andai(?:kan)?)\b",
                             re.IGNORECASE)


def _role_named(text: str, start: int, end: int) -> bool:
    """Whether a top place said as a role ("pemuncak klasemen") names its present holder.

    The holder is the name before its copula ("Klub A menjadi pemuncak klasemen", "A yang
    merupakan pimpinan klasemen") or the name set after the table by a comma ("melawan
    pemuncak klasemen Liga 1, Klub B"). A role whose holder is not named there ("posisinya
    sebagai pemuncak", "tim pimpinan klasemen Liga X"), a role held once or not yet
    ("mantan pemuncak klasemen, B", "... musim lalu"), and a role under a condition earlier in
    its sentence ("Bila menang, A menjadi pemuncak klasemen") are no rank.

    Parameters
    ----------
    text
        The whole text.
    start, end
        Where the role's word ("pemuncak", "pimpinan", "pemimpin") stands in ``text``.

    Returns
    -------
    bool
        True when the role is held now by a holder named beside it.
    """
    sentence = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    if _ROLE_FORMER.search(text, max(0, start - 8), start) or _ROLE_PAST.match(text, end) \
            or _ROLE_CONDITION.search(text, sentence, start):
        return False
    return _ROLE_HOLDER.search(text, max(0, start - 60), start) is not None \
        or role_holder_after(text, end) is not None


def is_role(n: NumberMention) -> bool:
    """Whether ``n`` is a top place said as its holder's role ("pemuncak" of "pemuncak klasemen").

    Parameters
    ----------
    n
        A number mention.

    Returns
    -------
    bool
        True for rank 1 read from one of :data:`ROLE_WORDS`.
    """
    return n.cue == "puncak" and n.text.casefold() in ROLE_WORDS


def role_holder_after(text: str, end: int) -> str | None:
    """The name set off by a comma after a role's table ("pemuncak klasemen Liga 1, Klub B").

    Parameters
    ----------
    text
        The whole text.
    end
        Where the role's word ends in ``text``.

    Returns
    -------
    str or None
        The capitalised name after the comma (up to five words), or None.
    """
    m = _ROLE_NAMED_AFTER.match(text, end)
    return m.group(1) if m else None


#: A top place left or measured from, not held: "tergeser dari puncak klasemen", "jarak
#: dari puncak"; not when the leaving is denied ("tak tergeser dari puncak").
_LEFT_TOP = re.compile(
    r"(?<![\w-])(?:(?:tak|tidak|belum|bukan)[ \t]+(?:akan[ \t]+|juga[ \t]+|bisa[ \t]+)?)?"
    r"(?:tergeser|terlempar|turun|lengser|digeser|menggeser|tergusur|terdepak|melorot|merosot"
    r"|terpaut|berjarak|jarak\w*)\b[^.;\n]{0,20}?\bdari[ \t]+$", re.IGNORECASE)
_DENIED = re.compile(r"(?:tak|tidak|belum|bukan)\b", re.IGNORECASE)


def _top_left(text: str, start: int) -> bool:
    """Whether "puncak" at ``start`` is a top left or measured from (a leaving verb not denied)."""
    m = _LEFT_TOP.search(text, max(0, start - 60), start)
    return m is not None and _DENIED.match(m.group(0)) is None


_NUMBER_IN_SCOPE = re.compile(r"\b(nomor[ \t]+(\d{1,3}))(?=[ \t]+(?:dunia|nasional|Indonesia"
                              r"|Asia|ASEAN|Eropa)\b)", re.IGNORECASE)


def _plain(f: _Finder) -> None:
    text = f.text
    for m in re.finditer(NUM, text, _FLAGS):
        value = parse_number(m.group(0))
        if value is None:
            continue
        raw = m.group(0)
        before = text[max(0, m.start() - 12):m.start()]
        year_cue = re.search(r"\b(tahun|thn|th\.|TA|periode|sejak|hingga|sampai)\s*$", before,
                             _FLAGS)
        unit, end = _unit_after(text, m.end())
        if re.fullmatch(r"(?:19|20)\d\d", raw) and (unit is None or year_cue):
            f.add(NumberMention(*f.span(m.start(), m.end()), value=int(raw), kind="year",
                                cue=year_cue.group(1).lower() if year_cue else None))
            continue
        start = m.start()
        if m.group(0)[:1].isdigit() and isinstance(value, int | float):
            start, value = _signed(text, start, value, has_unit=unit is not None)
        f.add(NumberMention(*f.span(start, end), value=value, kind="number", unit=unit))


def find_numbers(text: str) -> list[NumberMention]:
    """Find every numeric expression in running Indonesian text.

    Parameters
    ----------
    text : str
        Any text; offsets in the result refer to it.

    Returns
    -------
    list[NumberMention]
        Non-overlapping mentions in text order. Kinds: "date" ("16/5/2024", "16 Mei 2024"),
        "time" ("pukul 14.30" -> span "14.30"), "money" ("Rp1,5 triliun", "Rp 2.500.000"),
        "range" ("70–75", value = lower bound, ``high`` = upper), "percent" ("12,5 persen",
        "12,5%"), "ordinal" ("ke-3", "ketiga", "peringkat II" -> value "II"), "year" ("2023"
        alone), "number" (everything else, with a ``unit`` such as "poin" or "orang").

    Raises
    ------
    TypeError
        If ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_numbers expects a str, got {type(text).__name__}")
    f = _Finder(text)
    for stage in (_dates, _times, _money, _ranks, _ranges, _percents, _ordinals, _plain):
        stage(f)
    return sorted(f.found, key=lambda x: x.start)
