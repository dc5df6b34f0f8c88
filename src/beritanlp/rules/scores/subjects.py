"""Who a score is of: subject mentions, the core's fallback phrases, the article's main subject."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence

from beritanlp.lexicons.speech import speech_alternation
from beritanlp.lexicons.words import tagged_words, word_table
from beritanlp.rules.scores.antecedents import pronoun_antecedent
from beritanlp.rules.scores.contrasts import contrasted_holder
from beritanlp.rules.scores.cues import (
    AVERAGE,
    CAP,
    CONDITION,
    CURRENCY_WORDS,
    DAY_WORDS,
    FOLLOWING_OPENERS,
    HOLDING_PASSIVE,
    MONTH_NAMES,
    NEAR_CONDITION,
    NOT_REACHED,
    PLAYER_AFTER,
    PLAYER_RANKED,
    PLAYERS,
    SCORE_STOP_WORDS,
    TIER,
    TIER_NAMES,
)
from beritanlp.rules.scores.events import CONTEST_ENDS
from beritanlp.rules.scores.groups import GROUP_HEADS, group_of
from beritanlp.rules.scores.model import (
    ByStart,
    Candidate,
    Metric,
    SubjectMention,
    between,
    is_issuer,
)
from beritanlp.rules.scores.placings import finished_at
from beritanlp.rules.scores.relations import (
    attendee_at,
    named_related,
    related_before,
    related_head,
    related_name,
    without_attendees,
)
from beritanlp.rules.scores.sitelists import listed_sites
from beritanlp.text.numbers import ROLE_WORDS
from beritanlp.text.ordinals import alternation, rank_words

#: Head words of government phrases (the ``scores`` rows of ``institution_heads.txt``), and the
#: ministries' short forms ("Kemenkeu", "KemenPan").
_GOV_HEAD = (
    "(?:"
    + "|".join(re.escape(h) for h in sorted(tagged_words("institution_heads", "scores"),
                                            key=len, reverse=True))
    + "|Kemen[A-Z]?[a-z]+)"
)
#: Capitalised time words that follow a name and are no part of it: "Dinas Beta Tahun 2016",
#: "Pemkab X Senin (16/9)" ("Tahun", the days of ``days.txt`` and the full month names of
#: ``months.txt``).
_TIME_WORDS = tuple(sorted(
    {"Tahun", *(w.capitalize() for w in DAY_WORDS),
     *(w.capitalize() for w in MONTH_NAMES)},
    key=len, reverse=True))
_NOT_TIME = rf"(?!(?:{'|'.join(_TIME_WORDS)})\b)"
_GOV = re.compile(rf"\b{_GOV_HEAD}(?:[ \t]+(?:{_NOT_TIME}{CAP}|dan(?=[ \t]+{CAP})))+")
_GOV_ACRONYM = re.compile(
    r"\b(?:DPRD(?:[ \t]+[A-Z]\w+)*|DPD[ \t]+RI|DPR[ \t]+RI|MPR[ \t]+RI|DPD|DPR|MPR)\b"
)
#: Achievement verbs as a headline capitalises them ("Pemkab X Raih Predikat WBK").
_TITLE_VERB = (r"(?:(?:Berhasil|Kembali|Sukses)[ \t]+)?(?:Raih|Meraih|Sabet|Menyabet|Terima"
               r"|Menerima|Dapat|Dapatkan|Mendapat|Peroleh|Memperoleh|Boyong|Memboyong"
               r"|Pertahankan|Mempertahankan|Gondol|Menggondol|Menyandang)\b")
#: "Klub X naik ke peringkat 4", "Klub Y di urutan ke-13": a move to a rank, or a rank held,
#: places its holder (the rank word must follow).
_MOVES = (r"(?:(?:naik|turun|melorot|merosot|melonjak|melesat|terlempar|tergeser|bertengger"
          r"|nangkring|duduk|tertahan|terpuruk|terperosok|terdampar|bercokol|menghuni|mengisi"
          r"|finis|finish|menguasai|membuntuti|mengekor|menguntit|merangsek|menyodok|melejit"
          r"|meroket|melompat)"
          # "naik 31 tingkat ke posisi 58": the step, then the rank reached
          r"(?:[ \t]+(?:\d{1,3}|[a-z]+)[ \t]+(?:tingkat|peringkat|strip|setrip|posisi)"
          r"(?=[ \t]+(?:ke|menjadi)\b))?"
          r"(?:[ \t]+(?:kokoh|kukuh|nyaman))?(?:[ \t]+(?:ke|di|menjadi))?|di)"
          r"(?=[ \t]+(?:peringkat|posisi|urutan|ranking|rangking|puncak"
          r"|tempat[ \t]+(?:ke[\w-]*|pertama))\b)"
          # "Pemain A berperingkat 22 dunia": a rank held, said as a verb
          r"|berperingkat(?=[ \t]+(?:ke-?[ \t]?)?\w+[ \t]+dunia\b)")
#: "Kabupaten X masuk zona merah": entering a grade, a rank or a list places its holder.
_ENTERS = (r"masuk(?=[ \t]+(?:(?:ke|di)[ \t]+)?(?:dalam[ \t]+)?(?:zona|kategori|katagori"
           r"|predikat|peringkat|ranking|rangking|status|level|klaster|kelompok|jajaran|daftar"
           rf"|tahap|(?:\d{{1,3}}|{alternation(rank_words(0, cardinals=10))})[ \t]+besar)\b)")


#: "Partai X bertahan di posisi kedua": staying at a rank places its holder.
_STAYS = (r"bertahan(?=[ \t]+(?:(?:di|pada)[ \t]+)?(?:posisi|peringkat|urutan|ranking|rangking"
          r"|puncak)\b)")


#: "X (sendiri) merupakan/adalah ... terbesar kelima di Asia", "X sebagai peraih kursi
#: terbanyak kedua": a copula places its subject as a rank's holder only when its own clause
#: states the rank (no comma between them): in "Desa A adalah desa di kaki Gunung B, gunung
#: tertinggi kedua" Desa A holds no rank.
_IS_RANKED = (r"(?:merupakan|adalah|sebagai)(?=[^.,;:()\n]{0,80}?\b(?:peringkat|posisi|urutan"
              rf"|ranking|rangking|teratas|ke[ \t-]?\d{{1,3}}|{alternation(rank_words(10))})\b)")


def _achieve(record: str) -> str:
    """Verbs that place a value's holder before them; ``record``: "mencatat" or nothing."""
    return (
        r"(?:(?:(?:berhasil|kembali|sukses|pun|kini|saat[ \t]+ini|telah|sudah|juga|pernah|sempat"
        r"|bahkan|hanya|cuma|kian|makin|semakin|kokoh|kukuh|langsung|akhirnya|mampu|bisa"
        r"|berhak|untuk[ \t]+sementara"
        r"|masih|tetap|ada|tengah|sedang|sendiri)"
        r"[ \t]+)*"
        r"(?:meraih|memperoleh|mendapat(?:kan)?|menerima|berstatus|berpredikat|menyandang"
        rf"|menempati|menduduki|memuncaki|memimpin|meraup|mencatatkan{record}|menyabet|menggondol"
        # "Klub X mengoleksi 25 poin dan naik ke peringkat keenam": points of a table
        r"|mengoleksi|mengemas|mengumpulkan"
        rf"|dinobatkan|raih|{_IS_RANKED}"
        rf"|peroleh|sabet|berada|menjadi|tercatat|keluar[ \t]+sebagai|{_ENTERS}|{_STAYS}"
        rf"|{_MOVES})\b"
        rf"|{_TITLE_VERB})"
    )


_ACHIEVE = _achieve("|mencatat")
_ACHIEVE_RE = re.compile(rf"\b{_ACHIEVE}")
#: After a pronoun, "mencatat" reports ("Ia mencatat IPM naik"): it places no holder.
_PRONOUN_ACHIEVE_RE = re.compile(rf"\b{_achieve('')}")
#: A name word of a subject, never a headline's capitalised verb.
_NAME_WORD = rf"(?!{_TITLE_VERB}){CAP}"
#: A bracketed short form between a name and its verb: "Universitas X (UX) menempati".
_SHORT_FORM = r"(?:[ \t]+\([A-Z][\w-]{1,10}\))?"
_INITIAL_SUBJECT = re.compile(
    rf"\W*((?:{_NAME_WORD}|dan|&)(?:[ \t]+(?:{_NAME_WORD}|dan|&))*){_SHORT_FORM}[ \t]+{_ACHIEVE}"
)
#: Words a sentence opens with that name no holder: pronouns, demonstratives, connectives.
PRONOUN_START = frozenset({"dia", "ia", "kami", "kita", "mereka", "hal", "ini", "itu", "namun",
                           "sementara", "selain", "sebelumnya", "adapun", "sedangkan", "siapa",
                           "apa"})


def fallback_subjects(text: str, body_start: int = 0) -> list[SubjectMention]:
    """Government phrases ("Pemerintah Kota X", "Pemkab X", "DPRD X") outside the headline."""
    out = [SubjectMention(m.group(0), m.start(), m.end(), "pattern")
           for m in _GOV.finditer(text, body_start)]
    out += [SubjectMention(m.group(0), m.start(), m.end(), "pattern")
            for m in _GOV_ACRONYM.finditer(text, body_start)]
    return out


def clean_subject(s: str) -> str:
    """A subject phrase without edge punctuation or a trailing "dan"."""
    s = s.strip(" ,.;:\"“”'")
    s = re.sub(r"\s+(?:dan|&)$", "", s)
    return _PLAYER_NOUN.sub("", s, count=1)


#: A player's noun opening a subject before the name ("Petenis Sari Wulandari", "Pebalap
#: Andi", "Pasangan Andi/Budi"): the noun says what the holder is, the name who. Only before
#: a name of one or two words or one pair: a longer rest may open with the player's club or
#: country ("Pemain Klub Alfa Andi", "Ganda Negeri Awan Andi/Budi"), which alone would read as
#: the holder, so the subject stays whole.
_PLAYER_NOUN = re.compile(rf"^(?i:{PLAYERS})[ \t]+(?=[A-Z])(?!(?i:putra|putri|campuran)\b)"
                          r"(?=[A-Z][\w'.-]*(?:/[A-Z][\w'.-]*)?(?:[ \t]+[A-Z][\w'.-]*)?$)")



#: What may stand between a grade (or a rank's evaluation) and its list of holders: a bracket,
#: a year ("tahun 2023", "TA 2023", a bare "2023": "penilaian X 2020 diraih Kota A").
_GRADE_TAIL = (r"\s*(?:\([^)]*\)\s*)?(?:(?:(?:tahun|TA)\s+(?:anggaran\s+)?\d{4}|(?:19|20)\d\d)\s*)?"
               r",?\s*")
#: The words that open a list of names: "yaitu A dan B", "antara lain A, B".
_LIST_OPENER = (r"(?:yaitu|yakni|ialah|antara\s+lain|adalah|seperti|termasuk|di\s*antaranya|:)"
                r"\s+")
_ENUM = re.compile(_GRADE_TAIL + _LIST_OPENER)
#: A tier's category, then its list of holders: "Silver Kota Sedang, yakni Kota A dan Kota
#: B", "Gold Kategori Kabupaten yaitu ...".
_CATEGORY_ENUM = re.compile(
    r"(?:[ \t]+(?:[Kk]ategori[ \t]+)?[A-Z][\w/-]*){1,5}[ \t]*,?[ \t]+"
    r"(?:yaitu|yakni|ialah|antara[ \t]+lain|di[ \t]*antaranya|:)[ \t]+")
#: A tier ending the grade: only a tier ("Silver", "Madya") is followed by its category.
_TIER_END = re.compile(rf"\b(?:{'|'.join(TIER_NAMES)}|Utama|Madya|Pratama|Nindya|Paripurna)$")
#: A passive verb after a grade names who holds it: "WTP diraih 20 kabupaten".
_PASSIVE = re.compile(
    _GRADE_TAIL + r"(?:(?:telah|sudah|berhasil|kembali|juga|pun|kini)\s+)*"
    r"(?:di(?:raih|peroleh|sandang|dapat(?:kan)?|terima|capai)"
    r"|di(?:berikan|sematkan|anugerahkan)\s+(?:kepada|untuk|pada|bagi))\s+(?:oleh\s+)?")
#: A tier's category, then a passive verb: "Utama Pemerintah Kota diraih X, Y dan Z",
#: "Silver Kabupaten, yang diraih oleh X".
_CATEGORY_PASSIVE = re.compile(
    r"(?:[ \t]+(?:[Kk]ategori[ \t]+)?[A-Z][\w/-]*){1,4}[ \t]*,?[ \t]+(?:yang[ \t]+)?"
    r"(?:(?:telah|sudah|berhasil|kembali|juga|pun|kini)[ \t]+)*"
    r"di(?:raih|peroleh|sandang|terima)[ \t]+(?:oleh[ \t]+)?")
_NUMBER_WORDS = ("dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus"
                 r"|\w+\s+puluh(?:\s+\w+)?|\w+\s+belas|puluhan|ratusan|belasan|seluruh|semua")
#: Groups of governments counted in words or digits: "32 provinsi", "dua kementerian".
GROUP_NOUNS = (r"(?:provinsi|kabupaten(?:/kota)?|kota|pemda|pemerintah\s+daerah|pemerintah\s+kota"
               r"|pemerintah\s+kabupaten|pemerintah\s+provinsi|kementerian(?:/lembaga)?|lembaga"
               r"|pemerintahan\s+(?:daerah|kota|kabupaten|provinsi)"
               r"|K/L|instansi|satker|satuan\s+kerja|OPD|daerah|desa|kelurahan|badan|entitas"
               r"|perangkat\s+daerah|unit\s+kerja"
               r"|stasiun|alat\s+pengukur|titik\s+pantau|lokasi|LKKL|LKPD|LKBUN"
               r"|laporan\s+keuangan)")
#: A group counted in digits or words: "32 provinsi", "dua kementerian", "1 LKKL".
_COUNTED = re.compile(rf"(?:\d[\d.]*|{_NUMBER_WORDS})\s+{GROUP_NOUNS}\b", re.IGNORECASE)
#: A group counted with a Roman numeral, as a scraper or a typist may write one: "I LKBUN".
_NUMERAL_COUNTED = re.compile(rf"(?-i:[IVX]{{1,4}})\s+{GROUP_NOUNS}", re.IGNORECASE)
#: A counted group, then "termasuk" and members of it: "81 LKKL termasuk LK A dan LK B".
_COUNTED_INCLUDING = re.compile(rf"({_COUNTED.pattern})\s*,?\s*termasuk\s+", re.IGNORECASE)


#: A counted group right before a grade: "32 provinsi telah mendapat opini" + grade.
#: Groups coordinated under one count: "18 kabupaten dan kota", "14 kementerian dan lembaga".
_GROUPS = rf"{GROUP_NOUNS}(?:\s*(?:\s(?:dan|serta)\s|/)\s*{GROUP_NOUNS})?"
_COUNTED_BEFORE = re.compile(
    rf"\b((?:\d[\d.]*|{_NUMBER_WORDS})\s+{_GROUPS})(?:\s+(?:di|se)[\s-]\w+(?:\s+\w+){{0,2}})?"
    r"\s+(?:yang\s+)?(?:(?:telah|sudah|berhasil|kembali|juga|pun|masih)\s+)*"
    r"(?:(?:mendapat(?:kan)?|meraih|memperoleh|menerima|menyandang|meraup|beropini"
    r"|mencatat(?:kan)?|berada|masuk|menunjukkan|berpredikat|berkategori|berstatus)\s+)?"
    r"(?:(?:pada|di|dalam|ke)\s+)?"
    r"(?:(?:opini|predikat|status|tahap|kategori|katagori|level|zona)\s+)?[\"“']?$", re.IGNORECASE)
#: How a body's or a region's name starts: a government head word, a region word, an acronym.
_NAME_HEAD = (rf"(?:{_GOV_HEAD}|(?:Provinsi|Kabupaten|Kota|Desa|Kelurahan|Kecamatan)\b"
              r"|[A-Z]{2,}\b)")
_HEAD_START = re.compile(rf"(?:{_NAME_HEAD}|\d)")
_ACRONYM_END = re.compile(r"\b[A-Z][A-Za-z]*[A-Z]\w*$")


_GOV_START = re.compile(_GOV_HEAD)


def split_items(rest: str, bodies_only: bool = False) -> list[str]:
    """A list of names split at commas, and at "dan"/"serta" only where a new name starts.

    "Kementerian Pemuda dan Olahraga" stays one name; "KPU dan Komisi Pemberantasan Korupsi"
    is two. With ``bodies_only`` only a government body's name keeps a "dan" inside it: any
    other name ends there ("Universitas A dan Institut B", "Klub A dan Klub B" are two).

    Parameters
    ----------
    rest
        The listed names as written.
    bodies_only
        Keep a "dan" inside a name only for a government body's name.

    Returns
    -------
    list of str
        The names, in order.
    """
    items: list[str] = []
    for part in re.split(r",\s*(?:(?:dan|serta)\s+)?", rest):
        pieces = re.split(r"\s+(?:dan|serta)\s+", part)
        current = pieces[0]
        for piece in pieces[1:]:
            if _HEAD_START.match(piece) or _ACRONYM_END.search(current) or (
                    bodies_only and not _GOV_START.match(current)):
                items.append(current)
                current = piece
            else:
                current = f"{current} dan {piece}"
        items.append(current)
    return [x.strip() for x in items if x.strip()]


#: What follows a listed name and is no part of it: its reading ("dengan level ISPU 160",
#: "72,1"), or the evaluation, time or source it was given in ("diraih Kota A dalam penilaian
#: X", "pada 2022", "untuk ketiga kalinya", "versi Y", "menurut Z"): lower-case words only.
_READING_AFTER_NAME = re.compile(
    r"[ \t]+(?:(?:dengan|dalam|pada|untuk|atas|sebagai|menurut|versi|berdasarkan)\b.*"
    r"|\d[\d.,]*)$", re.DOTALL)


#: A counted group, then the names it is made of: "30 kabupaten, yaitu" + the names. Never
#: "termasuk": "81 LKKL termasuk LK A" names one member of the group, which holds the grade.
_COUNTED_THEN_LISTED = re.compile(
    rf"{_COUNTED.pattern}\s*,?\s*(?!termasuk\b){_LIST_OPENER}(?=(?-i:[A-Z]))", re.IGNORECASE)


def counted_group(name: str) -> bool:
    """Whether ``name`` is a counted group of governments or reports ("32 provinsi", "1 LKKL").

    Such a group holds the one score said of it: no later score naming no holder is its.

    Parameters
    ----------
    name : str
        A subject as read.

    Returns
    -------
    bool
        True when the whole of ``name`` is a count and a group noun (:data:`GROUP_NOUNS`).
    """
    m = _COUNTED.match(name)
    return m is not None and m.end() == len(name)


def _listed_names(rest: str) -> list[str] | None:
    """Names and counted groups listed at the start of ``rest``, up to the clause end."""
    rest = re.split(r"[.;\"”]|\s+(?:yang|karena|sehingga|sedangkan|sementara)\s", rest,
                    maxsplit=1)[0]
    named = _COUNTED_THEN_LISTED.match(rest)
    if named:  # "30 kabupaten, yaitu Kabupaten A dan Kabupaten B": A and B hold it
        listed = _listed_names(rest[named.end():])
        if listed:
            return listed
    including = _COUNTED_INCLUDING.match(rest)
    if including:
        # "15 kabupaten termasuk Kabupaten A dan Kabupaten B": the group holds it, and none of
        # the members named after "termasuk"; a group counted among them is one more holder
        # ("81 LKKL termasuk LK A dan 1 LKBUN")
        members = _listed_names(rest[including.end():]) or []
        return [including.group(1),
                *(n for n in members if counted_group(n) or _NUMERAL_COUNTED.fullmatch(n))]
    names: list[str] = []
    for item in split_items(rest):
        item = _READING_AFTER_NAME.sub("", item)  # "Kota A dengan level ISPU 160": "Kota A"
        counted = _COUNTED.match(item)
        if counted:
            names.append(counted.group(0))
        elif re.match(r"[A-Z]", item) and len(item.split()) <= 7:
            names.append(clean_subject(item))
    return names or None


#: The report an opinion is on, and so whose it is: "opini WDP atas laporan keuangan KPK",
#: "opini WTP atas LK Badan X" (a named holder only: "atas laporan keuangan tahun 2022" has none).
_REPORT_OF = re.compile(
    _GRADE_TAIL + r"(?:atas|terhadap)\s+(?:(?i:laporan\s+keuangan)|LK)\s+"
    rf"((?:{CAP})(?:[ \t]+(?:{CAP})){{0,6}})")
#: Names listed, then all of them holding the grade: "yaitu LK A, LK B, dan LK C, seluruhnya
#: mendapat opini" + grade ("keempatnya memperoleh", "semuanya meraih").
_ALL_LISTED_BEFORE = re.compile(
    r"\b(?:yaitu|yakni|ialah|adalah|antara[ \t]+lain)[ \t]+([^.;:]{3,300}?)[ \t]*,?[ \t]+"
    r"(?:seluruhnya|semuanya|kesemuanya|ke(?:dua|tiga|empat|lima|enam)nya)[ \t]+"
    r"(?:(?:telah|sudah|juga|berhasil|pun)[ \t]+)*"
    r"(?:mendapat(?:kan)?|memperoleh|meraih|menerima|beropini)[ \t]+(?:opini[ \t]+)?[\"“']?$",
    re.IGNORECASE)


def listed_holders_before(text: str, start: int, sent: tuple[int, int]) -> list[str] | None:
    """Names listed before "seluruhnya mendapat" + the grade at ``start`` (two or more)."""
    lo = max(sent[0], start - 360)
    if "nya" not in text[lo:start]:
        return None  # cheap test: "seluruhnya", "keempatnya" ...
    m = _ALL_LISTED_BEFORE.search(text, lo, start)
    if m is None:
        return None
    return _without_short_forms(_listed_names(m.group(1)))


_COUNT_WORDS = ("dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh")
#: The next sentence naming the members of a counted group: "Keempat lembaga dimaksud adalah A,
#: B, C dan D" (after "... opini WDP kepada empat kementerian dan lembaga").
_MEMBERS_NEXT = re.compile(
    rf"[\W\s]{{0,6}}[Kk]e({'|'.join(_COUNT_WORDS)})(?:nya)?[ \t]+(?:[\w/-]+[ \t]+){{0,3}}?"
    r"(?:(?:dimaksud|tersebut|itu)[ \t]+)?(?:adalah|yaitu|yakni|ialah|:)\s+")


def group_members(text: str, group: str, sent: tuple[int, int]) -> list[str] | None:
    """The members the sentence after ``sent`` lists for the counted ``group`` ("empat K/L").

    The count must agree ("Keempat" for "empat ..." or "4 ..."); two or more names are listed.
    """
    parts = group.split(maxsplit=1)
    if not parts:
        return None
    count = parts[0].casefold()
    if count.isdigit() and 2 <= int(count) <= len(_COUNT_WORDS) + 1:
        count = _COUNT_WORDS[int(count) - 2]
    m = _MEMBERS_NEXT.match(text, sent[1])
    if m is None or m.group(1).casefold() != count:
        return None
    return _without_short_forms(_listed_names(text[m.end():m.end() + 400]))


def _without_short_forms(names: list[str] | None) -> list[str] | None:
    """Two or more listed names, each without its bracketed short form ("Komisi X (KX)")."""
    if not names or len(names) < 2:
        return None
    return [_SHORT_IN_NAME.sub("", n).strip() for n in names]


#: "Jumlah LKKL yang mendapat opini" + grade: a count of holders followed through the years.
_HOLDERS_COUNTED = re.compile(
    rf"\b(?i:jumlah)[ \t]+{GROUP_NOUNS}[ \t]+yang[ \t]+(?:(?:telah|sudah)[ \t]+)?"
    r"(?:mendapat(?:kan)?|memperoleh|meraih|menerima)[ \t]+(?:opini[ \t]+)?$", re.IGNORECASE)
#: "... dari 61 LKKL pada 2016 menjadi 79 LKKL pada 2019": each count with its year.
_COUNT_IN_YEAR = re.compile(
    rf"(?<![\w.,/])(\d[\d.]*[ \t]+{GROUP_NOUNS})[ \t]+(?:(?:pada|di)[ \t]+)?(?:tahun[ \t]+)?"
    r"((?:19|20)\d\d)\b", re.IGNORECASE)


def counted_by_year(text: str, start: int, end: int,
                    sent: tuple[int, int]) -> list[tuple[str, int]] | None:
    """The holders counted in each year after a count of holders of the grade at ``start``.

    "Jumlah LKKL beropini WTP bertambah dari 61 LKKL pada 2016 menjadi 79 LKKL pada
    2019" -> [("61 LKKL", 2016), ("79 LKKL", 2019)]; ``None`` unless two or more are given.
    """
    if not _HOLDERS_COUNTED.search(text, max(sent[0], start - 80), start):
        return None
    found = [(m.group(1), int(m.group(2))) for m in _COUNT_IN_YEAR.finditer(text, end, sent[1])]
    return found if len(found) >= 2 else None


def report_holder(text: str, end: int, sent: tuple[int, int]) -> str | None:
    """The holder of an opinion on a named report after it: "WDP atas laporan keuangan KPK"."""
    m = _REPORT_OF.match(text, end, sent[1])
    return clean_subject(m.group(1)) if m else None


def enumerated_subjects(text: str, end: int, sent: tuple[int, int]) -> list[str] | None:
    """Subjects listed right after a grade: "WDP (...) yaitu KPU dan KPK", "WTP diraih X"."""
    m = _ENUM.match(text, end) or _PASSIVE.match(text, end) \
        or _CATEGORY_PASSIVE.match(text, end) \
        or (_TIER_END.search(text, max(sent[0], end - 12), end) and _CATEGORY_ENUM.match(text, end))
    if not m:
        given = _GIVEN_TO_COUNTED.match(text, end, sent[1])
        giving = _GIVING_VERB.search(text, max(sent[0], end - _GIVING_REACH), end)
        if given is not None and giving is not None:
            return [given.group(1)]
        return _holders_further(text, end, sent, giving is not None)
    return _listed_names(text[m.end():sent[1]])


#: Lower-case words (or a year) between a grade and the passive verb that gives it: "WTP atas
#: laporan keuangan tahun 2023 diraih ...", "WBK tahun ini diberikan kepada ..." (no relative
#: clause, modal or comparison among them: "WTP yang ... diraih", "seperti ..."; denials, near
#: misses and conditions are read with the cues' tables, see :func:`_holders_further`).
_WORDS_THEN_PASSIVE = re.compile(
    r"(?:[ \t]+(?!(?:yang|pernah|bisa|dapat|harus|seperti|sebagaimana|oleh)\b)"
    r"(?:[a-z][\w-]*|(?:19|20)\d\d)){1,8}?[ \t]*,?"
    + _PASSIVE.pattern[len(_GRADE_TAIL):])
#: Words before the passive verb that say no one holds the grade: a denial, a near miss, a
#: condition ("tak diraih", "hampir diraih", "jika diraih").
_NOT_GIVEN = (NOT_REACHED, CONDITION, NEAR_CONDITION)


def words_to_passive(text: str, end: int, sent: tuple[int, int]) -> int | None:
    """The end of lower-case words, then a passive verb of holding, after a grade ending at ``end``.

    Parameters
    ----------
    text : str
        The article.
    end : int
        The grade's end.
    sent : tuple of int
        The grade's sentence.

    Returns
    -------
    int or None
        The end of the verb (and of "oleh", "kepada" after it): "WTP atas laporan keuangan
        2023 diraih |"; ``None`` without such words within 120 characters.
    """
    hi = min(sent[1], end + 120)
    if " di" not in text[end:hi]:
        return None
    m = _WORDS_THEN_PASSIVE.match(text, end, hi)
    return m.end() if m else None


def not_given_after(text: str, end: int, sent: tuple[int, int]) -> bool:
    """Whether the words between a grade and the passive verb after it say no one holds it.

    "Opini WTP tahun ini tak diraih A dan B", "WTP ... hampir diraih", "WTP ... jika diraih".
    The parameters are those of :func:`words_to_passive`.

    Returns
    -------
    bool
        A denial, near miss or condition (the cues' tables) among those words.
    """
    verb = words_to_passive(text, end, sent)
    return verb is not None and _not_given(text, end, verb)


def _not_given(text: str, end: int, verb: int) -> bool:
    return any(p.search(text, end, verb) for p in _NOT_GIVEN)


#: "memberikan opini WTP kepada A, B dan C": the names the grade is given to.
_GIVEN_TO = re.compile(_GRADE_TAIL + r"(?:kepada|bagi)[ \t]+")
#: A lower-case word that ends a list of holders: "... dan Pemkot C atas laporan keuangan".
_LIST_END = re.compile(r"[ \t]+(?:atas|terhadap|untuk|dalam|pada|karena|dari|sebagai|di"
                       r"|berdasarkan|setelah|sejak|selama)[ \t]")


def _holders_further(text: str, end: int, sent: tuple[int, int],
                     giving: bool) -> list[str] | None:
    """Holders named after words that follow a grade: two or more, or one after "kepada".

    One name is read only after a giving verb's "kepada" ("memberikan peringkat idAA kepada
    PT X"); else a list of two or more.

    "WTP atas laporan keuangan 2023 diraih A, B dan C"; with a giving verb before the grade,
    "memberikan opini WTP kepada A, B dan C atas ...". Every name starts as a body's or a
    region's name does ("Pemkab", "Kota", an acronym); a counted group is read elsewhere, but
    for one before "termasuk" ("diraih 20 pemda termasuk Kabupaten A": the group holds it).
    """
    m = _GIVEN_TO.match(text, end, sent[1]) if giving else None
    verb = m.end() if m is not None else words_to_passive(text, end, sent)
    if verb is None or (m is None and _not_given(text, end, verb)):
        return None  # "WTP tahun ini tak diraih A dan B", "hampir diraih", "jika diraih"
    rest = text[verb:sent[1]]
    cut = _LIST_END.search(rest)
    names = _listed_names(rest[:cut.start()] if cut else rest)
    if names and _COUNTED_INCLUDING.match(rest.lstrip()):
        return names  # "WTP tahun ini diraih 20 pemda termasuk Kabupaten A": the group's
    # one name is enough after a giving verb's "kepada" ("memberikan peringkat idAA kepada
    # PT X"): the verb says it is given, no list needs to; but only the name the list opens
    # with ("kepada obligasi PT A dan PT B": the list's first item, no name, is left out, so
    # the one name left is half the holders, and none is read, as on a list of two elsewhere)
    if not names or (len(names) < 2 and (m is None or not rest.lstrip().startswith(names[0]))) \
            or any(_COUNTED.match(n) or not _HEAD_START.match(n) for n in names):
        return None
    return names


#: A grade given to a counted group after it: "menjatuhkan opini WDP kepada tiga kementerian
#: dan lembaga", "opini WTP bagi 12 pemerintah daerah" (only a count and a group noun: "WTP
#: untuk laporan tahun 2022" names no holder).
_GIVEN_TO_COUNTED = re.compile(
    rf"{_GRADE_TAIL}(?:kepada|bagi|untuk)[ \t]+((?:\d[\d.]*|{_NUMBER_WORDS})[ \t]+{GROUP_NOUNS}"
    r"(?:[ \t]+dan[ \t]+(?:lembaga|kota|kabupaten))?)\b", re.IGNORECASE)
#: The verb that gives that grade, shortly before it ("memberikan", "menetapkan peringkat
#: idBB+ kepada PT X", "menyematkan", "mengafirmasi"): without one ("menargetkan opini WTP bagi
#: seluruh OPD", "meraih opini WTP untuk semua desa") the group is no holder.
_GIVING_VERB = re.compile(
    r"\b(?:memberi(?:kan)?|diberi(?:kan)?|menjatuhkan|dijatuhkan|menganugerahkan|dianugerahkan"
    r"|menyerahkan|diserahkan|menetapkan|ditetapkan|menyematkan|disematkan|mengafirmasi"
    r"|diafirmasi)\b", re.IGNORECASE)
_GIVING_REACH = 60


#: A name, maybe with its short form in brackets ("Kementerian X (KemenX)").
_SHORT_FORM_IN = r"\([A-Z][\w-]{1,15}(?:[ \t]+[A-Z][\w-]{1,15}){0,2}\)"
_NAME_RUN = rf"(?:{CAP})(?:[ \t]+(?:{CAP}))*(?:[ \t]*{_SHORT_FORM_IN})?"
#: A bracketed short form inside a coordinated name, dropped from the holder's name.
_SHORT_IN_NAME = re.compile(rf"[ \t]*{_SHORT_FORM_IN}")
#: Names coordinated before the verb that gives them a grade: "Kota A, Kota B dan Kota C
#: masing-masing meraih Adipura Kencana", "Kementerian X (KX) dan Badan Y (BY) menerima ...".
_COORDINATED_BEFORE = re.compile(
    rf"({_NAME_RUN}(?:[ \t]*,[ \t]*{_NAME_RUN})*[ \t]*,?[ \t]+(?:dan|serta)[ \t]+{_NAME_RUN})"
    r"[ \t]+(?:(?:masing-masing|juga|sama-sama|kompak|berhasil|kembali|pun)[ \t]+)*"
    r"(?:meraih|memperoleh|mendapat(?:kan)?|menerima|menyabet|meraup|menyandang)[ \t]+"
    r"(?:[\w/-]+[ \t]+){0,4}$")


#: A clause giving holders their grade in a list of holders and grades: "Kabupaten A meraih
#: predikat Madya, Kabupaten B predikat Pratama, sementara Kota C ..." (the clause from the
#: previous grade or the sentence start to this grade: one or more bodies' or regions' names,
#: maybe a verb of holding and the grade's noun, nothing else). It opens the sentence, follows
#: a comma or a joining word.
_PAIRED_NAME = rf"{_NAME_HEAD}(?:[ \t]+{CAP}){{0,5}}"
_PAIRED_CLAUSE = re.compile(
    r"(?:^[ \t]*|[,;][ \t]*|[ \t](?:dan|serta|sedangkan|sementara|adapun)[ \t]+)"
    r"(?:(?:dan|serta|sedangkan|sementara|adapun)[ \t]+)?"
    rf"({_PAIRED_NAME}(?:[ \t]*,[ \t]*(?:(?:dan|serta)[ \t]+)?{_PAIRED_NAME}"
    rf"|[ \t]+(?:dan|serta)[ \t]+{_PAIRED_NAME})*)[ \t]+"
    r"(?:(?:juga|pun|berhasil|kembali|masih|tetap|kini|sama-sama|masing-masing)[ \t]+)*"
    r"(?:(?:meraih|memperoleh|mendapat(?:kan)?|menerima|menyandang|berstatus|berpredikat"
    r"|meraup|menyabet)[ \t]+)?"
    r"(?:(?:predikat|opini|nilai|status|kategori|katagori|level|zona|penghargaan)[ \t]+)?"
    r"[\"“']?$")


#: What opens a clause of such a list (the opening alternatives of :data:`_PAIRED_CLAUSE`).
_CLAUSE_JOINT = re.compile(r"[,;]|[ \t](?:dan|serta|sedangkan|sementara|adapun)[ \t]")


def own_clause_start(text: str, lo: int, start: int) -> int:
    """Where the clause of a grade at ``start`` begins: after the last joint in ``[lo, start)``.

    Parameters
    ----------
    text : str
        The article.
    lo : int
        Where the search begins (the end of the grade before, or the sentence start).
    start : int
        The grade's start.

    Returns
    -------
    int
        The end of the last comma, semicolon or joining word before ``start``; ``lo`` if none
        (searched over at most 200 characters, as :func:`paired_holders` reads).
    """
    lo = max(lo, start - 200)
    last = lo
    for m in _CLAUSE_JOINT.finditer(text, lo, start):
        last = m.end()
    return last


def paired_holders(text: str, lo: int, start: int,
                   grades: Collection[str] = ()) -> list[str] | None:
    """The holders a clause between ``lo`` and a grade at ``start`` pairs with it, if any.

    For a sentence listing holders each with a grade; the caller checks that the sentence
    gives two or more grades of one metric (one grade alone keeps the usual subject). A name
    holding one of the metric's ``grades`` ("Pemkab B A, dan Pemkot C AA": a grade not read)
    makes the clause no holder's.
    """
    if start - lo > 200:
        return None
    m = _PAIRED_CLAUSE.search(text[lo:start])
    if m is None:
        return None
    names = [clean_subject(x) for x in _COORDINATION.split(m.group(1))]
    if not names or any(not n or n.split()[0] in _NOT_NAME_START
                        or any(w in grades for w in n.split()) for n in names):
        return None
    return names


def coordinated_holders(text: str, start: int, sent: tuple[int, int]) -> list[str] | None:
    """Names coordinated before the verb of a grade ("A, B dan C masing-masing meraih ...")."""
    lo = max(sent[0], start - 200)
    if " dan " not in text[lo:start] and " serta " not in text[lo:start]:
        return None
    m = _COORDINATED_BEFORE.search(text, lo, start)
    if not m:
        return None
    names = [clean_subject(_SHORT_IN_NAME.sub("", x)) for x in _COORDINATION.split(m.group(1))]
    names = [" ".join(_strip_leading(n.split())) for n in names]
    names = [n for n in names if n]
    return names if len(names) >= 2 else None


def _strip_leading(words: list[str]) -> list[str]:
    return _strip_words(words, _NOT_NAME_START)


def _strip_words(words: list[str], leading: frozenset[str]) -> list[str]:
    """``words`` without the ``leading`` words they open with ("Kini MU" -> "MU")."""
    while words and words[0] in leading:
        words = words[1:]
    return words


_COORDINATION = re.compile(r"[ \t]*,[ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+")
_NOT_NAME_START = frozenset({"Sementara", "Sedangkan", "Namun", "Selain", "Adapun", "Kemudian",
                             "Tahun", "Pada", "Dalam", "Di", "Hal", "Dengan"})


#: A bare count right before a grade, its group named before it: "(Dari 415 kabupaten,)
#: sebanyak 327 memperoleh WTP", "(Dari 480 LKPD,) BPK memberi 402 opini WTP".
_BARE_COUNT_BEFORE = re.compile(
    r"(?<![\w.,/])(\d[\d.]*)(?:[ \t]+di[ \t]*antaranya)?[ \t]+(?:(?:telah|sudah|berhasil|juga"
    r"|masih)[ \t]+)*(?:(?:memperoleh|mendapat(?:kan)?|meraih|menerima|beropini)[ \t]+)?"
    r"(?:opini[ \t]+)?[\"“']?$", re.IGNORECASE)
#: The counted group a sentence opens with: "Dari 415 pemerintah kabupaten", "Atas 510 LKPD".
_GROUP_OF = re.compile(
    rf"\b(?:dari|atas|terhadap|untuk)[ \t]+(?:total[ \t]+)?\d[\d.]*[ \t]+({GROUP_NOUNS})\b",
    re.IGNORECASE)


#: A counted group opening its sentence as the total the counts after it come from:
#: "Adapun 510 LKPD tahun 2020, BPK menjatuhkan 461 opini WTP".
_TOTAL_OPENS = re.compile(
    r"\W{0,6}(?:(?:Sedangkan|Sementara(?:[ \t]+itu)?|Adapun|Kemudian|Lalu)[ \t,]+)?"
    rf"\d[\d.]*[ \t]+({GROUP_NOUNS})(?:[ \t]+(?:(?:tahun|TA)[ \t]+(?:anggaran[ \t]+)?)?\d{{4}})?"
    r"[ \t]*,", re.IGNORECASE)


#: A counted group coordinated before another ("60 LKKL serta 3 LKBUN meraih WTP"): the
#: last join is "dan"/"serta", earlier ones may be commas ("10 provinsi, 20 kabupaten dan 5
#: kota"). A comma alone joins nothing: "Dari 38 provinsi, 30 provinsi ..." counts from a total.
_COUNT_GROUP = rf"(?<![\w.,/])((?:\d[\d.]*|{_NUMBER_WORDS})[ \t]+{GROUP_NOUNS})"
_COUNTED_AND = re.compile(rf"{_COUNT_GROUP}[ \t]*,?[ \t]+(?:dan|serta)[ \t]+$", re.IGNORECASE)
_COUNTED_COMMA = re.compile(rf"{_COUNT_GROUP}[ \t]*,[ \t]*$", re.IGNORECASE)
#: A word that makes a count the total counted from, not a holder ("Dari 34 provinsi").
_TOTAL_BEFORE = re.compile(r"\b(?:dari|atas|terhadap|untuk|antara)[ \t]+(?:total[ \t]+)?$",
                           re.IGNORECASE)


def counted_subjects(text: str, start: int, sent: tuple[int, int]) -> list[str] | None:
    """The counted groups before a grade, coordinated ones included.

    "60 LKKL serta 3 LKBUN meraih WTP" -> ["60 LKKL", "3 LKBUN"]; a single group as
    :func:`counted_subject`.
    """
    m = _COUNTED_BEFORE.search(text, max(sent[0], start - 90), start)
    if m is None:
        last = counted_subject(text, start, sent)
        return [last] if last else None
    names = [m.group(1)]
    lo = max(sent[0], m.start(1) - 160)
    joined = _COUNTED_AND.search(text, lo, m.start(1))
    while joined is not None and not _TOTAL_BEFORE.search(text, lo, joined.start(1)):
        names.insert(0, joined.group(1))
        joined = _COUNTED_COMMA.search(text, lo, joined.start(1))
    return names


#: "termasuk" opening the names right after a grade: "WTP termasuk Kota A dan Kota B".
_INCLUDING_AFTER = re.compile(_GRADE_TAIL + r"termasuk\s+", re.IGNORECASE)


def counted_including(text: str, start: int, end: int,
                      sent: tuple[int, int]) -> list[str] | None:
    """The counted groups before a grade whose names after it open with "termasuk".

    "24 kota meraih opini WTP termasuk Kota A dan Kota B": A and B are members of the group,
    which holds the grade (as in "Opini WTP diraih 24 kota termasuk Kota A").

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        The grade's offsets.
    sent : tuple of int
        Its sentence.

    Returns
    -------
    list of str or None
        The counted groups (:func:`counted_subjects`), or ``None`` when no "termasuk" follows
        the grade or no group is counted before it.
    """
    if not _INCLUDING_AFTER.match(text, end, sent[1]):
        return None
    return counted_subjects(text, start, sent)


def counted_subject(text: str, start: int, sent: tuple[int, int]) -> str | None:
    """A counted group right before a grade: "32 provinsi sudah WTP" -> "32 provinsi".

    A bare count takes the group its sentence counts from: "Dari 415 kabupaten, sebanyak 327
    memperoleh WTP" -> "327 kabupaten".
    """
    m = _COUNTED_BEFORE.search(text, max(sent[0], start - 90), start)
    if m:
        return m.group(1)
    bare = _BARE_COUNT_BEFORE.search(text, max(sent[0], start - 40), start)
    if bare is None or (bare.group(0).strip() == bare.group(1)):
        return None  # "... 80 WTP": a count needs a verb or "opini" before the grade
    groups = list(_GROUP_OF.finditer(text, max(sent[0], bare.start() - 200), bare.start()))
    if groups:
        return f"{bare.group(1)} {groups[-1].group(1)}"
    opening = _TOTAL_OPENS.match(text, sent[0], bare.start())
    return f"{bare.group(1)} {opening.group(1)}" if opening else None


#: A survey's maker follows it ("survei Lembaga Riset Alfa", "riset oleh X"): the survey's
#: issuer, never a holder of what it measured.
_SURVEY_MAKER = r"(?:survei|survey|riset|penelitian|kajian)(?:[ \t]+(?:oleh|dari))?"


def main_subject(subjects: Sequence[SubjectMention], metrics: Sequence[Metric],
                  text: str, in_text: dict[str, bool] | None = None) -> str | None:
    """The article's main subject: its most frequent subject that issues no metric."""
    issuers = {i.casefold() for m in metrics if m.rule for i in m.rule.issuers}
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    if any(s.type != "place" for s in subjects):
        subjects = [s for s in subjects if s.type != "place"]
    else:
        subjects = [s for s in subjects if not _where_said(text, s)]
    for s in subjects:
        name = clean_subject(s.text)
        if not name or name.casefold() in issuers or any(w.casefold() in issuers
                                                         for w in name.split()):
            continue
        if _named_not_holder(text, 0, s.start) or organiser(text, s):
            continue  # "menurut survei Lembaga X", "diumumkan X": the survey's maker, a publisher
        name = fullest(text, name, in_text)
        counts[name] += 1
        first.setdefault(name, s.start)
    if not counts:
        return None
    return max(counts, key=lambda k: (counts[k], len(k), -first[k]))


#: Metrics that read a place (air quality): their subject is the place, also after "di".
READING_METRICS = frozenset({"ispu", "aqi", "api-my", "air-index", "psi-sg"})
#: Measures of the air read at a place with no index of their own ("partikel halus 70 µg/m3"):
#: their subject is a place as an index reading's is, never a name like "PM10".
_PLACE_MEASURES = READING_METRICS | {"fine-particles"}


def reading_places(text: str, c: Candidate, subjects: Sequence[SubjectMention],
                   sites: Collection[tuple[int, int]] = ()) -> list[str] | None:
    """The places an air-quality reading is of.

    The sites listed right after a level (:mod:`~beritanlp.rules.scores.sitelists`: "tidak sehat
    di tiga distrik, A, B, dan C"); a group of places read together ("di beberapa kota terdampak
    asap masih berada di level X"); a name listed with the reading after the item before ("Teluk
    Seroja 171, Bukit Delta 138"), or before the place it lies in with the reading in brackets
    ("Lembah Sari, Negeri Alfa (IPU 158)"); else a place stressed right after it ("berbahaya,
    khususnya di Kota X"); else the last place of its sentence before the value, with the places
    coordinated with it ("di Kota Alfa dan Tanjung Beta"; but "di Kota Gama, Provinsi Delta" is
    Kota Gama's); else the first place after it in its clause of the sentence (not after
    "sedangkan"); else a name after "di" right after the metric ("Indeks Polutan Udara di Lembah
    Kabut"); else the place "kota itu" or "pemerintah kota" stands for (the last "Kota X" named
    before); else the last place of the 300 characters before the sentence.
    """
    rule = c.metric.rule
    if rule is None or rule.id not in _PLACE_MEASURES:
        return None
    places = [s for s in between(subjects, c.sentence[0], c.sentence[1]) if s.type == "place"
              and not (c.metric.start <= s.start < c.metric.end)]
    together = _read_together(text, c, places, sites)
    if together is not None:
        return together
    listed = _listed_item(text, c, places)
    if listed is not None:
        return [listed]
    stressed = _STRESSED.match(text, c.end, c.sentence[1])
    if stressed is not None:
        named = [s for s in places if s.start == stressed.end()]
        if named:
            return [clean_subject(named[0].text)]  # "..., khususnya di wilayah Kota Gama"
    before = [s for s in places if s.end <= c.start]
    if not before:
        after = [s for s in places if s.start >= c.end
                 and not _CLAUSE_BREAK.search(text, c.end, s.start)]
        if after:
            return [clean_subject(after[0].text)]
        read_at = _READ_AT.match(text, c.metric.end, c.start)
        if read_at is not None and c.sentence[0] <= c.metric.start:
            return [read_at.group(1)]  # "Indeks Polutan Udara di Lembah Kabut, ... 231"
        kind_named = _named_before(text, c, subjects)
        if kind_named is not None:
            return [kind_named]  # "kualitas udara kota itu": the last place named a city
        # "ISPU di wilayah ini turun ...": the place of the sentence before
        before = [s for s in between(subjects, c.sentence[0] - 300, c.sentence[0])
                  if s.type == "place"]
        if not before:
            return None
    group = [before[-1]]
    inner = _inner_place(text, before, c.sentence[0])
    if inner is not None:
        return [inner]  # "Kota Seroja di Negeri Timur ... AQI 187": the town's reading
    links: list[str] = []
    for s in reversed(before[:-1]):
        link = text[s.end:group[0].start]
        if re.fullmatch(r"\s*(?:,|dan|,\s*dan)\s*", link):
            group.insert(0, s)
            links.append(link)
        else:
            break
    if links and not any("dan" in link for link in links):
        return [clean_subject(group[0].text)]  # "di Kota Gama, Prov. Delta, mencapai": the town's
    return [clean_subject(s.text) for s in group]


def _read_together(text: str, c: Candidate, places: Sequence[SubjectMention],
                   sites: Collection[tuple[int, int]]) -> list[str] | None:
    """The sites a level is listed for after it, else a group of places read before it."""
    if isinstance(c.value, str):
        listed = listed_sites(text, c.end, c.sentence[1], places, sites)
        if listed is not None:
            return listed  # "tingkat "sangat tidak sehat" di tiga distrik, A, B, dan C"
    crowd = _GROUP_READ.search(text, c.sentence[0], c.start)
    if crowd is not None and not any(crowd.start() <= s.start < c.start for s in places):
        return [crowd.group(1)]  # "kualitas udara di beberapa kota terdampak asap masih ..."
    return None


#: Places read as a group: "di beberapa kota terdampak asap ... masih berada di level X".
_GROUP_READ = re.compile(
    r"\bdi[ \t]+((?:beberapa|sejumlah|banyak|sebagian|berbagai)[ \t]+(?:kota|kabupaten|daerah"
    r"|wilayah|provinsi|negara|tempat|titik|lokasi)(?:[ \t]+[a-z][\w-]*){0,8}?)[ \t]+(?=(?:masih"
    r"|berada|sudah|telah|mencapai|masuk|tercatat|terpantau|kini|tetap|sempat)\b)")
#: A place named again by its kind: "kota itu", "kabupaten tersebut".
#: "pemerintah kota" with no name after it is the city's government too.
_KIND_ANAPHOR = re.compile(r"\b(kota|kabupaten|provinsi|desa)[ \t]+(?:itu|tersebut|ini)\b"
                           r"|\b[Pp]emerintah[ \t]+(kota|kabupaten|provinsi)\b(?![ \t]+[A-Z])")


def _named_before(text: str, c: Candidate, subjects: Sequence[SubjectMention]) -> str | None:
    """The place "kota itu" in the value's sentence names: the last one written "Kota X" before."""
    m = _KIND_ANAPHOR.search(text, c.sentence[0], c.sentence[1])
    if m is None:
        return None
    kind = re.compile(rf"\b{(m.group(1) or m.group(2)).capitalize()}(?:[ \t]+[A-Z][\w-]*)+")
    # also inside an agency's name ("Pemerintah Kota X")
    named = [k.group(0) for s in between(subjects, max(0, c.sentence[0] - 3000), c.sentence[0])
             for k in [kind.search(s.text)] if k is not None]
    return named[-1] if named else None


#: A listed item's name, a comma and the place it lies in, then an open bracket holding the
#: reading: "yaitu Lembah Sari, Negeri Alfa (IPU " (the item opens the list, follows an item or a
#: listing word).
_ITEM_IN_PLACE = re.compile(
    r"(?:^|[\n,.:;]|\b(?:adalah|yaitu|yakni|ialah|dan|serta|antara[ \t]+lain))[ \t]*"
    rf"({CAP}(?:[ \t]+{CAP}){{0,3}})[ \t]*,[ \t]*({_NOT_TIME}{CAP}(?:[ \t]+{CAP}){{0,3}})"
    r"[ \t]*\([^()\n]{0,40}$")


def _listed_item(text: str, c: Candidate, places: Sequence[SubjectMention]) -> str | None:
    """The item of a list a reading is given for, else ``None``.

    "Tanjung Lima 265, Teluk Seroja 171, Bukit Delta 138": a name listed with its reading
    after the item before; "Lembah Sari, Negeri Alfa (IPU 158)": the station's, not the region's
    (:func:`_bracketed_item`).
    """
    listed = _LISTED_NAME.search(text, max(c.sentence[0], c.start - 60), c.start)
    if listed is not None:
        return listed.group(1)
    return _bracketed_item(text, c, places)


def _bracketed_item(text: str, c: Candidate, places: Sequence[SubjectMention]) -> str | None:
    """The item a reading in brackets is of, when the item is named before the place it lies in.

    "Lima stasiun itu adalah Lembah Sari, Negeri Alfa (IPU 158), Beta Hulu, Negeri Alfa (IPU
    131)": each reading is the station's; the place after the comma (a known place) only says
    where the station is.
    """
    m = _ITEM_IN_PLACE.search(text, max(c.sentence[0], c.start - 120), c.start)
    if m is None or m.group(1).split()[0] in _LEADING_WORDS \
            or not any(s.start == m.start(2) for s in places):
        return None
    return clean_subject(m.group(1))


#: A name after "di" right after a reading's metric: "Indeks Polutan Udara di Lembah Kabut".
_READ_AT = re.compile(rf"(?:[ \t]+[Uu]dara)?[ \t]+di[ \t]+({CAP}(?:[ \t]+{CAP}){{0,2}})")
#: A name listed with its reading after the reading of the item before: ", Bukit Delta " + value.
_LISTED_NAME = re.compile(rf"\d[ \t]*,[ \t]*(?:dan[ \t]+)?({CAP}(?:[ \t]+{CAP}){{0,2}})[ \t]+$")
#: A place the reading is stressed to be of, right after it: ", khususnya di wilayah X".
_STRESSED = re.compile(r"[\"”']?[ \t]*,?[ \t]*(?:khususnya|terutama|utamanya)[ \t]+(?:di[ \t]+)?"
                       r"(?:(?:wilayah|kawasan|daerah)[ \t]+)?")
#: Where a sentence's next clause starts: a place after it is another clause's.
_CLAUSE_BREAK = re.compile(r"\b(?:sedangkan|sementara|adapun|namun|tetapi|sebaliknya)\b|;",
                           re.IGNORECASE)


def _inner_place(text: str, before: Sequence[SubjectMention], lo: int) -> str | None:
    """The place named right before "di" and the last place: "Kota Seroja di Negeri Timur"."""
    last = before[-1]
    if len(before) > 1 and re.fullmatch(r"[ \t]+di[ \t]+", text[before[-2].end:last.start]):
        return clean_subject(before[-2].text)
    located = _LOCATED_IN.search(text, max(lo, last.start - 60), last.start)
    return located.group(1) if located else None


#: Indices that rank countries (their subject is a country, not the agency that comments).
COUNTRY_METRICS = frozenset({"eodb", "ipk", "cpi", "gci", "gii", "lpi", "hdi", "pisa", "wpfi",
                             "gpi", "wcr", "credit-rating"})
#: Grades given to institutions only (a school, a hospital, a study programme): never a
#: place's, however near one is named ("kampus X di Tangerang ... terakreditasi A").
INSTITUTION_METRICS = frozenset({"akreditasi"})
#: Country names and their other names (``countries.txt``), casefolded.
_COUNTRIES = frozenset(
    n.casefold() for row in word_table("countries") for n in
    [row[0], *(a.strip() for a in (row[1] if len(row) > 1 else "").split(";"))] if n)


def _country_of(text: str, c: Candidate, subjects: Sequence[SubjectMention]) -> str | None:
    """The country a country-ranking score is of: named in its sentence, else shortly before."""
    def countries(lo: int, hi: int) -> list[SubjectMention]:
        return [s for s in between(subjects, lo, hi)
                if s.type == "place" and s.text.casefold() in _COUNTRIES]
    here = countries(c.sentence[0], c.sentence[1])
    before = [s for s in here if s.start < c.start]
    if before or here:
        return clean_subject((before or here)[-1 if before else 0].text)
    earlier = countries(max(0, c.sentence[0] - 900), c.sentence[0])
    return clean_subject(earlier[-1].text) if earlier else None


#: Up to three capitalised words right after a metric: a country's name may be among them.
_NAME_AFTER = re.compile(r"[ \t]+([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2})")


def _country_after(text: str, c: Candidate) -> str | None:
    """A country named right after the metric, before the value: "IPAK Indonesia ... 3,7"."""
    m = _NAME_AFTER.match(text, c.metric.end, c.start)
    if m is None:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        if name.casefold() in _COUNTRIES:
            return name
    return None


def institution_grade(c: Candidate) -> bool:
    """Whether ``c`` is of a metric only institutions are given (:data:`INSTITUTION_METRICS`).

    Such a grade is never a place's (:func:`subject_for` leaves places out of its holders)
    and falls back to no main subject: neither a place nor the government that speaks holds
    it ("Pemerintah Kota X menggelar pameran ... Sekolah itu terakreditasi A").

    Parameters
    ----------
    c : Candidate
        A score candidate.

    Returns
    -------
    bool
        True for an accreditation.
    """
    return c.metric.rule is not None and c.metric.rule.id in INSTITUTION_METRICS


def player_rank(text: str, c: Candidate) -> bool:
    """Whether ``c`` is a rank said of a player (a player word, a holder from abroad, a pair).

    "pemain peringkat 3 dunia", "ganda putra ranking satu dunia", "peringkat satu dunia asal
    Jepang X", "finis kedua di Qatar" (a placing): the holder is the player or the pair (a
    person the subject mentions never hold), not the country of a place named near it, nor
    the article's main subject.
    """
    return c.kind == "rank" and (
        PLAYER_RANKED.search(text, max(c.sentence[0], c.start - 40), c.start) is not None
        or PLAYER_AFTER.match(text, c.end) is not None or finished_at(text, c.start, c.sentence))


def ranked_pair(text: str, c: Candidate) -> str | None:
    """The pair of players named right after a world rank ("peringkat pertama dunia A/B")."""
    m = PLAYER_AFTER.match(text, c.end) if c.kind == "rank" else None
    return m.group("pair") if m is not None and m.group("pair") else None


def subject_for(text: str, c: Candidate, subjects: Sequence[SubjectMention],
                main_subject: str | None, in_text: dict[str, bool] | None = None,
                memo: dict[object, list[_Achiever]] | None = None,
                ) -> str | None:
    """Who candidate ``c`` is of (see :func:`_subject_for`); a player's rank apart.

    A pair named right after a world rank holds it ("peringkat pertama dunia A B/C D"); a rank
    said of a player (:func:`player_rank`) is never a place's or the article's main subject's,
    and a grade only institutions are given (:data:`INSTITUTION_METRICS`) is never a place's.
    """
    pair = ranked_pair(text, c)
    if pair is not None:
        return pair
    player = player_rank(text, c)
    if player or institution_grade(c):
        subjects = ByStart([s for s in subjects if s.type != "place"])
        memo = None  # the memo holds names read with every subject: not this filtered list's
        if player:
            main_subject = None
    return _subject_for(text, c, subjects, main_subject, in_text, memo)


def _subject_for(text: str, c: Candidate, subjects: Sequence[SubjectMention],
                 main_subject: str | None, in_text: dict[str, bool] | None = None,
                 memo: dict[object, list[_Achiever]] | None = None,
                 ) -> str | None:
    """Who candidate ``c`` is of: an average's phrase, a subject of its sentence, else main.

    In order: an average's phrase ("rata-rata kota di Indonesia"); a name right after the
    metric ("skor EoDB Indonesia"); the subject nearest before the value among the agencies
    of the sentence (places only when there is none) and the names before an achievement
    verb ("Klub X berada di peringkat 3"); the agencies introducing a bullet list; else the
    article's main subject. ``memo``: a dict kept across the values of one text (the names
    before achievement verbs of each sentence are read once).
    """
    sent = c.sentence
    if c.kind == "average":
        avg = list(AVERAGE.finditer(text, sent[0], c.start))
        phrase = _average_phrase(text, c, avg[-1].end()) if avg else None
        if phrase is not None:
            return phrase  # else "rata-rata mencapai 120": the usual subject
    if c.metric.rule is not None and c.metric.rule.id in COUNTRY_METRICS:
        country = _country_of(text, c, subjects)
        if country is not None:
            return country
    national = _NATIONAL_AFTER.match(text, c.metric.end)
    if national and national.end() <= c.start:
        # "IPM nasional 2024 mencapai 75,02": the nation's aggregate ("Adiwiyata Nasional" with
        # that word the grade itself: no aggregate)
        return "nasional"
    group = group_of(text, c)
    if group is not None:
        return group  # "indeks ... warga kota tercatat 4,12": that group's value
    held = _bracketed_holder(text, c, subjects) or _genitive(c, subjects)
    if held is not None:
        return fullest(text, clean_subject(held.text), in_text)
    named = _named_by_shape(text, c)
    if named is not None:
        return named
    inside = _sentence_subjects(text, c, subjects, memo)
    if not inside:
        inside = _list_intro_subjects(text, sent[0], subjects)
    if inside:
        before = [s for s in inside if s.start < c.start]
        if before:
            pick = max(before, key=lambda s: s.start)
            # "..., kami ... 100": a first-person pronoun after it speaks for the main agency
            if main_subject and _FIRST_PERSON.search(text, pick.end, c.start):
                return main_subject
            one_of = _ONE_OF.search(text, max(sent[0], pick.start - 80), pick.start)
            if one_of is not None and not is_issuer(one_of.group(1), c.metric):
                # "Balai Alfa termasuk satu dari unit binaan Inspektorat Beta yang meraih
                # opini WDP": Inspektorat Beta names the group, Balai Alfa is the one of it
                return fullest(text, clean_subject(one_of.group(1)), in_text)
        else:
            # "Mereka kini di posisi kedua, ... dari Klub Y": the pronoun's antecedent
            named = pronoun_antecedent(text, sent, c.start, _PRONOUN_ACHIEVE_RE,
                                       c.kind == "rank")
            if named is not None:
                return named
            pick = min(inside, key=lambda s: s.start)
        # "Universitas X, Negeri Y, berada di posisi 3": the place says where X is
        apposed = _apposed_name(text, pick, sent[0]) if pick.type == "place" else None
        return apposed or fullest(text, clean_subject(pick.text), in_text)
    return _unless_related(text, sent[0], c.start, (
        pronoun_antecedent(text, sent, c.start, _PRONOUN_ACHIEVE_RE, c.kind == "rank")
        or _place_of_metric(text, c, subjects) or _carried_rank_holder(text, c)
        or main_subject))


def _unless_related(text: str, lo: int, hi: int, name: str | None) -> str | None:
    """``name``, unless it is written before the value after a relational word.

    "Tim binaan Dinas Alfa meraih juara ketiga": the main subject Dinas Alfa is the team's
    patron (:func:`~beritanlp.rules.scores.relations.named_related`), no fallback holder.
    """
    return None if named_related(text, lo, hi, name) else name


def _genitive(c: Candidate, subjects: Sequence[SubjectMention]) -> SubjectMention | None:
    """The subject named right after the metric, before the value ("skor EoDB Indonesia")."""
    after = [s for s in between(subjects, c.metric.end, c.metric.end + 3)
             if s.start < c.start and not is_issuer(s.text, c.metric)]
    return after[0] if after else None


#: A value in brackets right after a name: "IPM Kota A (75,29) di atas Kota B (74,4)".
_OPEN_BRACKET = re.compile(r"[ \t]*\([ \t]*$")
_CLOSE_BRACKET = re.compile(r"[ \t]*(?:poin[ \t]*)?\)")


def _bracketed_holder(text: str, c: Candidate,
                      subjects: Sequence[SubjectMention]) -> SubjectMention | None:
    """The subject a value is bracketed right after ("Kota B (74,4)"), if any.

    Each of two holders compared in one sentence gives its value so; the name right after the
    metric ("IPM Kota A") holds only the first. Never the metric's issuer.
    """
    if c.start < 1 or text[c.start - 1] not in "( \t" or not _CLOSE_BRACKET.match(text, c.end):
        return None
    close = [s for s in between(subjects, max(c.sentence[0], c.start - 80), c.start)
             if s.end <= c.start and _OPEN_BRACKET.fullmatch(text, s.end, c.start)]
    if not close or is_issuer(close[-1].text, c.metric):
        return None
    return close[-1]


#: A name placed at a rank of a measure named with it: "Kabupaten Alfa, dulu menempati posisi
#: kedua daerah paling tercemar" (its next sentence may give the new rank alone).
_RANK_HOLDER = re.compile(
    rf"(?<![\w-])({CAP}(?:[ \t]+{CAP}){{0,4}})[ \t]+(?:yang[ \t]+)?(?:(?:sebelumnya|dulu|tadinya"
    r"|kini|masih|sempat|pernah|lama)[ \t]+)?(?:ada|berada|menempati|menduduki|duduk|bertengger"
    r"|menghuni|nangkring|tercatat|terdaftar|masuk)[ \t]+(?:di[ \t]+)?"
    r"(?:peringkat|posisi|urutan|ranking|rangking)\b")
#: How far before its sentence the holder of a rank carried on is looked for.
_CARRIED_REACH = 300


def _carried_rank_holder(text: str, c: Candidate) -> str | None:
    """The holder of a rank a sentence gives alone, its measure named just before.

    "Pekan lalu Kabupaten Alfa masih menduduki urutan kedua daerah paling tercemar. Sekarang
    urutan ke-12": the later rank is Kabupaten Alfa's, the name given with the measure.
    """
    if c.kind != "rank" or not c.metric.start < c.sentence[0] <= c.metric.start + _CARRIED_REACH:
        return None
    found = [m for m in _RANK_HOLDER.finditer(text, max(0, c.metric.start - 200), c.metric.start)
             if m.group(1) not in _LEADING_WORDS]
    if not found or is_issuer(found[-1].group(1), c.metric):
        return None
    words = _strip_words(found[-1].group(1).split(), _LEADING_WORDS)
    return " ".join(words) or None


#: A name of an institution, in capitalised words (maybe with "of", "and", "de", "van"): an
#: English or Dutch name keeps its lower-case joints ("University of Alfa").
_INSTITUTION = rf"{CAP}(?:[ \t]+(?:{CAP}|(?:of|and|de|van|du|der|the|for)(?=[ \t]+[A-Z])))*"
#: A rank taken by the name after it: "posisi pertama (tahun ini) masih ditempati (oleh) X",
#: "peringkat kedua diraih X"; or a rank followed at once by its holder and where it is, a
#: comma or a bracketed short form: "peringkat kedua Universitas X, Negeri Y, dengan ...".
_AFTER_RANK = re.compile(
    r"(?:[ \t]+(?:tahun|kali|saat)[ \t]+ini)?(?:,)?"
    r"(?:[ \t]+(?:masih|tetap|kembali|pun|juga|kini|lalu))*"
    rf"[ \t]+{HOLDING_PASSIVE}(?:[ \t]+oleh)?"
    rf"[ \t]+({_INSTITUTION})"
    rf"|[ \t]+({_INSTITUTION})(?=[ \t]*(?:\([A-Z][\w-]{{1,10}}\)[ \t]*)?,[ \t]*{CAP})")
#: A capitalised name, a comma and then the place at the end: "Universitas X, " before "Negeri Y".
_APPOSED = re.compile(rf"({_INSTITUTION})(?:[ \t]+\([A-Z][\w-]{{1,10}}\))?[ \t]*,[ \t]*$")
#: Scope words between "di" and a place: "di wilayah Asia", "di kawasan X", "di tingkat X".
_SCOPE_BEFORE = re.compile(r"\b(?:di|untuk|se)[ \t]+(?:wilayah|kawasan|benua|tingkat|level"
                           r"|regional|lingkup)[ \t]+$", re.IGNORECASE)


#: A capitalised word that does not open a sentence or a clause: a name before the rank.
_NAMED_BEFORE = re.compile(r"(?<![.,;:\"'(]\s)(?<!^)\b(?!(?:Kemudian|Berikutnya|Selanjutnya|Lalu"
                           r"|Adapun|Sementara|Sedangkan|Untuk|Di|Pada)\b)[A-Z]\w*")


#: What may stand between a rank and the metric after it: "posisi kedua dalam Indeks X".
_RANK_TO_METRIC = re.compile(r"[ \t]+(?:(?:dalam|di|pada)[ \t]+)?")
#: A year right after a metric ("Indeks X 2022").
_METRIC_YEAR = re.compile(r"[ \t]+(?:tahun[ \t]+)?(?:19|20)\d\d\b")


def _holder_after_rank(text: str, c: Candidate) -> str | None:
    """The holder a rank's clause names right after the rank.

    "posisi pertama tahun ini masih ditempati Universitas X": the agent of the passive verb;
    "peringkat kedua Institut Y, Negeri Z, dengan nilai 88": a name right after the rank,
    followed by a comma and where it is. A name after a rank with no comma ("peringkat kedua
    Liga Alfa") names no holder.
    """
    if c.end > c.sentence[1]:
        return None
    after = c.end
    if c.metric.start >= c.start:
        # "posisi puncak klasemen Grup B ditempati oleh Klub Y": the metric between the rank
        # and its passive verb
        between_ = _RANK_TO_METRIC.fullmatch(text, c.end, c.metric.start)
        year = _METRIC_YEAR.match(text, c.metric.end, c.sentence[1])
        if between_ is None or c.metric.end > c.sentence[1]:
            return None
        after = year.end() if year is not None else c.metric.end
        m = _AFTER_RANK.match(text, after, c.sentence[1])
        return None if m is None or m.group(1) is None or is_issuer(m.group(1), c.metric) \
            else clean_subject(m.group(1))
    m = _AFTER_RANK.match(text, after, c.sentence[1])
    if m is None:
        return None
    if m.group(2) is not None and _NAMED_BEFORE.search(text, c.sentence[0], c.start):
        return None  # "Kota X di peringkat kedua Jawa Tengah, ...": the holder came before
    name = m.group(1) or m.group(2)
    return None if is_issuer(name, c.metric) else clean_subject(name)


def _apposed_name(text: str, place: SubjectMention, lo: int) -> str | None:
    """The name a place follows in apposition: "Universitas X, Negeri Y" gives "Universitas X"."""
    m = _APPOSED.search(text, max(lo, place.start - 80), place.start)
    if m is None or m.group(1) in _LEADING_WORDS:
        return None
    if _named_not_holder(text, lo, m.start(1)) \
            or attendee_at(text, lo, m.start(1)):
        # "Indeks X yang diterbitkan Lembaga Y, Kota Z ...": Y published it; "Lomba X yang
        # dihadiri Camat Y, Desa Z meraih ...": Y attended it
        return None
    words = _strip_words(m.group(1).split(), _LEADING_WORDS)
    if len(words) == 1 and not _ACRONYM_NAME.fullmatch(words[0]):
        return None  # "Kemudian, Negeri Y": one ordinary word is no institution
    return " ".join(words) if words else None


#: What may sit between a metric and "di" and the place it is measured in: its short form (or
#: the bracket closing it when the metric is the short form).
_AT_PLACE = re.compile(r"(?:\)|[ \t]*\([A-Z][\w-]{1,10}\))?[ \t]+di[ \t]+")


def _place_of_metric(text: str, c: Candidate,
                     subjects: Sequence[SubjectMention]) -> str | None:
    """The place the metric is said to be measured in: "Indeks X (IX) di Negeri Alfa naik".

    For a value whose sentence names no holder; the metric may be named sentences before.
    """
    m = _AT_PLACE.match(text, c.metric.end)
    if m is None or m.end() >= c.start:
        return None
    at = [s for s in between(subjects, m.end(), m.end() + 1) if s.type == "place"]
    return clean_subject(at[0].text) if at else None


#: A work or product named between a score word and the rating that scores it: "Rating Film
#: Alfa di Situs Ulasan X", "skor Aplikasi Beta versi Lembaga Y".
_RATED_BEFORE = re.compile(
    rf"\b(?:[Rr]ating|[Ss]kor|[Nn]ilai)[ \t]+({CAP}(?:[ \t]+{CAP}){{0,3}})[ \t]+"
    r"(?:di|pada|versi|menurut)[ \t]+$")
#: A list item's name, a comma and where it is, then a bracketed note holding the value:
#: "2. Institut Teknologi Alfa, Negeri Beta (tahun lalu peringkat 5)" (the name's, not the
#: country's); the name opens the item (after a line break, a number or a punctuation mark).
_ITEM_NOTE = re.compile(
    rf"(?:[\n,.:;][ \t]*)(?:\d{{1,3}}[.)][ \t]*)?"
    rf"({CAP}(?:[ \t]+(?:{CAP}|of|and|for|the|de|di))*)[ \t]*,[ \t]*{CAP}(?:[ \t]+{CAP}){{0,3}}"
    r"[ \t]*\([^()\n]{0,60}$")


def _named_by_shape(text: str, c: Candidate) -> str | None:
    """A subject the phrase around the metric or value names by its shape.

    A country right after the metric ("IPAK Indonesia 2019 mencapai 3,7"); a work between a
    score word and its rating ("Rating Film Alfa di Situs Ulasan X mencapai 77"); a list item's
    name before its country and a bracketed note ("2. Universitas X, Negeri Y (tahun lalu
    peringkat 5)"); the holder a rank's clause names after it ("posisi pertama ditempati
    Universitas X").
    """
    country = _country_after(text, c)
    if country is not None:
        return country
    holder = _holder_after_rank(text, c) if c.kind == "rank" else None
    if holder is not None:
        return holder
    lo = max(c.sentence[0], c.metric.start - 80)
    rated = _RATED_BEFORE.search(text, lo, c.metric.start)
    if rated is not None and c.metric.end <= c.start:
        return rated.group(1)
    item = _ITEM_NOTE.search(text, max(0, c.start - 200), c.start)
    return item.group(1) if item is not None else None


#: "IPM nasional", "skor SPI secara nasional": the metric's national aggregate.
_NATIONAL_AFTER = re.compile(r"[ \t]+(?:secara[ \t]+)?[Nn]asional\b")


#: A first word with a verb's prefix (meN-, ber-): what follows "rata-rata" is a predicate.
_VERB_FIRST = re.compile(r"\s*(?:mem|men|meng|meny|mel|mer|ber)[a-z]{3,}\b")


def _average_phrase(text: str, c: Candidate, after: int) -> str | None:
    """The phrase after "rata-rata" naming what an average is of ("kota di Indonesia")."""
    phrase = text[after:c.start]
    if _VERB_FIRST.match(phrase):
        return None  # "rata-rata memperlihatkan angka 300": a verb, no group
    phrase = re.sub(r"^\s*(?:(?:tahunan|bulanan|harian|mingguan)\s+)?"
                    r"(?:(?:nilai|skor|indeks|capaian)\s+)?", "", phrase, flags=re.IGNORECASE)
    name = c.metric.name
    if phrase.lower().startswith(name.lower()):
        phrase = re.sub(r"^\s*di\s+(?=[A-Z])", "", phrase[len(name):])  # "ISPU di Kota X"
    phrase = re.split(
        r"(?:^|\s+)(?:ada|adalah|sebesar|yaitu|yakni|hanya|mencapai|berada|sekitar|senilai"
        r"|tercatat|masih|baru|di\s+angka|pada|hanyalah|ialah|yang|menunjukkan|menjadi"
        r"|di\s+atas|di\s+bawah)\b|[,:(]", phrase, maxsplit=1)[0]
    # "rata-rata nasional SPI tahun 2024": the metric and its year name no group
    phrase = re.sub(r"\s*\b(?:tahun\s+)?(?:19|20)\d\d\b", "", phrase)
    phrase = re.sub(rf"\s+{re.escape(name)}\b", "", phrase).strip()
    if phrase and len(phrase.split()) <= 6 and not re.search(r"\d", phrase):
        return phrase
    return None


#: "oleh X", "versi X", "dirilis X", "disusun X", "diumumkan X": X issues or reports the score
#: (or runs the contest: "diselenggarakan X"); not "oleh" after a passive verb of
#: holding ("diraih oleh X", "ditempati oleh X": X holds it, as "diraih X" says).
#: "menurut X", "berdasarkan data X", "menurut laporan X": X is the source of the score.
_NOT_HOLDER_BEFORE = re.compile(
    r"\b(?:oleh|dari|versi|(?:di)?rilis|diterbitkan|dikeluarkan|disusun|diselenggarakan|diumumkan"
    r"|(?:menurut|berdasarkan)(?:[ \t]+(?:data|laporan|catatan|publikasi|rilis))?"
    rf"|{_SURVEY_MAKER})\s*$",
    re.IGNORECASE)
#: A mention opening with a source's preposition ("Menurut X", "Berdasarkan data X", "Versi X",
#: a sentence's first words tagged with the name): X is the source, as after the word.
_SOURCE_OPENING = re.compile(r"(?:Menurut|Berdasarkan|Versi)[ \t]+")
#: "oleh" right after a passive verb of holding: the holder's agent, no issuer.
_HELD_BY = re.compile(rf"\b{HOLDING_PASSIVE}[ \t]+oleh[ \t]*$", re.IGNORECASE)


def _named_not_holder(text: str, lo: int, at: int) -> bool:
    """The words before ``at`` (from ``lo``) make the name at ``at`` an issuer or a source.

    "versi X", "dirilis X", "menurut X", "oleh X": X issues, reports or runs the score; but
    "diraih oleh X", "direbut  oleh X": X holds it (a passive verb of holding, any spacing).
    """
    if _SOURCE_OPENING.match(text, at):
        return True  # "Menurut Lembaga Udara" tagged whole: a source, as after "menurut"
    # 30 characters reach the longest form with its space ("berdasarkan publikasi ": 22)
    m = _NOT_HOLDER_BEFORE.search(text, max(lo, at - 30), at)
    if m is None:
        return False
    return not (m.group().lower().startswith("oleh")
                and _HELD_BY.search(text, max(lo, at - 30), at))


#: The last word of a contest's name, right before the body that holds the contest: "Alfa
#: Robotic Competition " + "Kementerian Beta" (the ``contest_ends`` rows of ``event_heads.txt``).
_ORGANISED_CONTEST = re.compile(rf"(?<![\w-])(?:{CONTEST_ENDS})[ \t]+$")


def organiser(text: str, s: SubjectMention) -> bool:
    """Whether mention ``s`` closes a contest's name, so names the body that holds the contest.

    "Juara 2 Lomba Alfa Robotic Competition Kementerian Beta": the ministry organised the
    contest; the rank is the contestant's.

    Parameters
    ----------
    text : str
        The article.
    s : SubjectMention
        The mention read.

    Returns
    -------
    bool
        True when the last word of a contest's name (a ``contest_ends`` word of
        ``event_heads.txt``: "Competition") stands right before the mention.
    """
    return _ORGANISED_CONTEST.search(text, max(0, s.start - 16), s.start) is not None


def _names_a_grade(subject: str, metric: Metric) -> bool:
    """"Desa Mandiri" (a status of the Indeks Desa Membangun) names a grade, not who holds it."""
    rule = metric.rule
    if rule is None or not rule.grades:
        return False
    last = subject.split()[-1].casefold() if subject.split() else ""
    return len(subject.split()) == 2 and any(g.casefold() == last for g in rule.grades)


#: The category an award or a tier is given in: "Kategori Gold Pemerintah Kabupaten",
#: "terbaik II Tingkat Badan Pusat" (up to three capitalised words after
#: "kategori"/"tingkat" may sit before the name: the tier, "untuk Kategori Kota Besar").
_CATEGORY_BEFORE = re.compile(
    r"\b(?:[Kk]ategori|[Kk]atagori|[Tt]ingkat)(?:[ \t]+[A-Z][\w/-]*){0,3}[ \t]+$")


def _category_of_award(text: str, c: Candidate, s: SubjectMention) -> bool:
    """``s`` names the category of an award or a tier, not who holds it.

    "... diganjar APN pada kategori Gold Pemkab": the holder is named
    elsewhere; "juara 1 Lomba X tingkat Kabupaten Y": Y is where the contest was held. Only
    for awards and grades: an index's values keep every name of their sentence.
    """
    if not (c.metric.award or isinstance(c.value, str)):
        return False
    if isinstance(c.value, str) and TIER.fullmatch(c.value) \
            and re.fullmatch(r"[ \t]+", text[c.end:s.start] or "x"):
        return True  # "Silver Pemerintah Daerah Kota": the tier's category right after it
    return _CATEGORY_BEFORE.search(text, max(c.sentence[0], s.start - 60), s.start) is not None


def _sentence_subjects(text: str, c: Candidate, subjects: Sequence[SubjectMention],
                       memo: dict[object, list[_Achiever]] | None = None,
                       ) -> list[SubjectMention]:
    """The possible subjects in the sentence of ``c`` (agencies first, places only alone)."""
    sent = c.sentence
    inside = [s for s in between(subjects, sent[0], sent[1])
              if not is_issuer(s.text, c.metric)
              and not _named_not_holder(text, sent[0], s.start)
              and not (s.start <= c.metric.start < s.end)
              and not (c.metric.start <= s.start < c.metric.end)
              and not _names_a_grade(s.text, c.metric)
              and not _category_of_award(text, c, s)
              and not organiser(text, s)]
    # a dateline ("Jakarta - ...") or a venue's address ("di rumah dinasnya, Sukamulya") is where
    # the news was made, never whose score it is
    inside = [s for s in inside if not (s.type == "place" and _where_said(text, s))]
    # a place after "di" ("di Indonesia") only when the sentence offers nothing else
    located = [s for s in inside
               if s.type == "place" and (_LOCATIVE.search(text, max(0, s.start - 6), s.start)
                                         or _SCOPE_BEFORE.search(text, max(0, s.start - 20),
                                                                 s.start))]
    inside = [s for s in inside if s not in located]
    first_word = _FIRST_WORD.match(text, sent[0], sent[1])
    if not first_word or first_word.group(1).lower() not in PRONOUN_START:
        m = _INITIAL_SUBJECT.match(text, sent[0], sent[1])
        if m and m.start(1) < c.start:
            start = m.start(1)
            if start <= c.metric.start < m.end(1):
                start = c.metric.end  # "AQI Jakarta berada di ...": the name after the metric
            cand = " ".join(_strip_words(clean_subject(text[start:m.end(1)]).split(),
                                         _LEADING_WORDS))
            if cand and cand[:1].isupper() and not is_issuer(cand, c.metric):
                inside.append(SubjectMention(cand, m.end(1) - len(cand), m.end(1), "pattern"))
    achieved = _achievers(text, c, sent[0], subjects, memo)
    achieved += _apposed_people(text, sent[0], c.start)
    inside += achieved
    inside += _group_achievers(text, c, memo)
    inside += [SubjectMention(m.group(1), m.start(1), m.end(1), "pattern")
               for m in _PLACED.finditer(text, sent[0], c.start) if m.end() <= max(c.start, c.end)]
    # "Delegasi yang mewakili Indonesia meraih juara 3": the delegate holds it, not the place
    holders = [s for s in inside if not _REPRESENTED.search(text, max(0, s.start - 12), s.start)]
    if len(holders) < len(inside) and not holders:
        return []  # nor the venue "di Kairo" after it
    # "Klub milik Budi", "Kota Alfa pimpinan Wali Kota Beta": the owner or leader holds nothing
    # ("Balai X termasuk satu dari unit binaan Inspektorat Y yang ...": the one of the group
    # is read from Inspektorat Y, :data:`_ONE_OF`)
    related = [h for h in holders if related_name(text, sent[0], h.start)
               and not _ONE_OF.search(text, max(sent[0], h.start - 80), h.start)]
    if related:
        holders = [h for h in holders if h not in related]
        if any(r.start < c.start for r in related) and all(h.start > c.start for h in holders):
            # "skuad asuhan Budi memuncaki klasemen, sama dengan Tim Beta di tempat kedua": the
            # unnamed squad holds it, never a name after the value; "Timnas U-15 asuhan Budi":
            # the named team
            teams = [related_head(text, sent[0], r.start) for r in related if r.start < c.start]
            holders = [h for h in teams if h is not None][:1]
    inside = without_attendees(text, holders, sent[0], c.start)
    if c.metric.rule is not None and c.metric.rule.id in READING_METRICS:
        # the air of a place is no agency's: "BMKG mencatat status udara ..." names the source
        inside = [s for s in inside if s.type != "agency" and not _GOV.match(s.text)
                  and not (_ACRONYM_NAME.match(s.text) and _REPORTS_AFTER.match(text, s.end))]
    if any(s.type != "place" for s in inside):
        # a place named right before its own verb holds what follows ("..., diikuti Negeri B
        # di posisi kedua"), whatever else the sentence names, unless it only ends a longer
        # name ("Rajawali Lampung berada di ...": the club, not the province)
        named_ends = {s.end for s in inside if s.type != "place"}
        # ", sementara Kabupaten B juara 2": the second clause's own holder, verb or none
        inside = [s for s in inside
                  if s.type != "place" or (s in achieved and s.end not in named_ends)
                  or contrasted_holder(text, s.start, s.end, sent[0], c.start)]
    if not inside and located:
        # "Tim binaan Dinas X meraih juara ketiga ... di Kota Y": no venue after a related name;
        # "Timnas U-15 asuhan Budi ... di Malaysia": the named team
        heads = related_before(text, sent[0], c.start)
        if heads is not None:
            return heads
    return inside or located


#: Function words never part of a group's name ("Warga yang berhasil meraih ...": no holder)
#: nor of a team's kind (rules.scores.aimed: "Tim ini").
FUNCTION_WORDS = ("yang", "dan", "atau", "ini", "itu", "tersebut", "pun", "juga")
_NOT_FUNCTION = rf"(?!(?:{'|'.join(FUNCTION_WORDS)})\b)"
#: A group of people (lower case, at most two words after its head) before an achievement verb.
_GROUP = (rf"((?i:para[ \t]+)?(?i:{GROUP_HEADS})(?:[ \t]+{_NOT_FUNCTION}[a-z][\w-]*){{0,2}}?)"
          rf"[ \t]+{_ACHIEVE}")
#: ... opening the sentence ("Warga desa berhasil meraih juara 1") or a clause after a comma.
_GROUP_OPENS = re.compile(rf"\W*{_GROUP}")
_GROUP_AFTER_COMMA = re.compile(rf"[,;][ \t]*{_GROUP}")


def _group_achievers(text: str, c: Candidate,
                     memo: dict[object, list[_Achiever]] | None = None) -> list[SubjectMention]:
    """Groups of people that open a clause of ``c``'s sentence with an achievement verb.

    "Dari situ, warga desa sempat meraih juara 1 lomba ...": the group holds the rank (a
    lower-case phrase no agency, place or name pattern gives). ``memo`` keeps each sentence's
    groups, read once up to its end.
    """
    sent = c.sentence
    key = ("groups", sent)
    if memo is None or key not in memo:
        hi = max(c.start, sent[1])
        found = [_GROUP_OPENS.match(text, sent[0], hi),
                 *_GROUP_AFTER_COMMA.finditer(text, sent[0], hi)]
        groups = [(m.end(), m.group(1), m.start(1),
                   SubjectMention(m.group(1), m.start(1), m.end(1), "pattern"))
                  for m in found if m is not None]
        if memo is None:
            return [g[3] for g in groups if g[0] <= max(c.start, c.end)]
        memo[key] = groups
    return [g[3] for g in memo[key] if g[0] <= max(c.start, c.end)]


#: The object a ranking places at a rank: "Lembaga X menempatkan Universitas Y (UY) di
#: peringkat 5" (Universitas Y holds it, not the ranking's publisher).
_PLACED = re.compile(
    rf"\b(?:menempatkan|memosisikan)[ \t]+({CAP}(?:[ \t]+(?:{CAP}|dan|&)){{0,6}}){_SHORT_FORM}"
    r"[ \t]+(?:(?:di|pada|ke)[ \t]*)?(?=(?:peringkat|posisi|urutan|ranking|rangking)\b)")


#: A name that records or reports a reading: "BMKG mencatat ...", "KLHK merilis ...".
_REPORTS_AFTER = re.compile(r"[ \t]+(?:(?:juga|telah|sudah|pun)[ \t]+)?(?:mencatat|merilis"
                            r"|melaporkan|menyebut(?:kan)?|mengumumkan|memantau|mengukur)\b")


_ACRONYM_NAME = re.compile(r"[A-Z]{2,}\b")


#: Verbs of a standing a relative clause gives its name: "Klub Y yang memuncaki klasemen".
_STANDING = (rf"(?:(?:kini|saat[ \t]+ini|masih|tetap|sempat|kian|kokoh|kukuh|unggul|jauh|tengah"
             r"|untuk[ \t]+sementara)[ \t]+)*(?:menempati|menduduki"
             r"|memuncaki|memimpin|berada(?=[ \t]+di[ \t]+(?:peringkat|posisi|urutan|puncak)\b)"
             r"|merupakan(?:[ \t]+[a-z]+){0,3}(?=[ \t]+(?:peringkat|ranking|rangking|unggulan"
             rf"|{'|'.join(ROLE_WORDS)})\b)"
             rf"|{_MOVES})\b")
#: A capitalised name right before an achievement verb, anywhere in a clause, or before a
#: relative "yang" (maybe after a comma) and a standing ("sama dengan Klub Y yang memuncaki
#: klasemen", "Klub Z, yang kini di puncak klasemen, ..."; "K/L yang mendapatkan WTP" counts
#: holders, it names none).
#: The number of a school inside its name, after its kind ("SMA Negeri 4 Alfa", "SDN 12 Beta",
#: "MTs 2 Gamma") and before a name word: a word of the name, not a count.
SCHOOL_KINDS = ("SD", "SDN", "SMP", "SMPN", "SMA", "SMAN", "SMK", "SMKN", "MI", "MIN", "MTs",
                "MTsN", "MA", "MAN", "SLB", "SLBN", "Negeri", "Swasta")
_SCHOOL_NUMBER = (r"(?:" + "|".join(rf"(?<=\b{k})" for k in SCHOOL_KINDS)
                  + rf")[ \t]+\d{{1,3}}(?=[ \t]+{CAP})")
#: A school's kind, one to three capitalised words of its name and then its number, before a
#: name word: "SMA Muhammadiyah 1 Alfa", "SMK PGRI 2 Beta", "SMP Islam Terpadu 3 Gamma" (one
#: word of a name; a kind with no word before the number is :data:`_SCHOOL_NUMBER`'s).
_SCHOOL_HEAD = (rf"(?:{'|'.join(k for k in SCHOOL_KINDS if k.isupper() or k[:2] == 'MT')})"
                rf"(?:[ \t]+{CAP}){{1,3}}?[ \t]+\d{{1,3}}(?=[ \t]+{CAP})")
_SCHOOL_NAME = re.compile(rf"{_SCHOOL_HEAD}|(?:{'|'.join(SCHOOL_KINDS)})\b.*?{_SCHOOL_NUMBER}")
#: Lower-case words joining the capitalised words of one name: "dan", "&", and "of" before a
#: capitalised word ("University of Alfa tetap menduduki ...": the university, not Alfa; "of"
#: joins only names written in English, so it never runs two Indonesian names together).
_NAME_JOINS = rf"dan|&|of(?=[ \t]+{CAP})"
#: "of" right before a known name ending an achiever's run: the name is part of an English one
#: ("University of Alfa"), not the holder.
_OF_BEFORE = re.compile(r"\bof[ \t]+$")
ACHIEVER = re.compile(
    rf"(?<![\w-])((?:{_SCHOOL_HEAD}|{CAP})(?:[ \t]+(?:{_SCHOOL_HEAD}|{CAP}|{_NAME_JOINS})"
    rf"|{_SCHOOL_NUMBER})*){_SHORT_FORM}"
    rf"(?:[ \t]+{_ACHIEVE}|,?[ \t]+yang[ \t]+{_STANDING})")
#: :data:`ACHIEVER` in its three parts, read by :func:`achiever_matches` word by word (the
#: whole pattern backtracks through every word of a long capitalised run without a verb, from
#: every word of it: quadratic). The whole pattern stays as their specification: the tests
#: compare the two.
ACHIEVER_FIRST = re.compile(rf"(?<![\w-])(?:{_SCHOOL_HEAD}|{CAP})")
ACHIEVER_NEXT = re.compile(rf"[ \t]+(?:{_SCHOOL_HEAD}|{CAP}|{_NAME_JOINS})|{_SCHOOL_NUMBER}")
ACHIEVER_TAIL = re.compile(
    rf"{_SHORT_FORM}(?:[ \t]+{_ACHIEVE}|,?[ \t]+yang[ \t]+{_STANDING})")
#: Time zones closing a clock time ("pukul 10.00 WIB berada ..."): never a holder's name.
_TIME_ZONES = frozenset({"WIB", "WITA", "WIT"})
_LEADING_WORDS = frozenset({"Saat", "Kini", "Namun", "Sementara", "Sedangkan", "Tahun", "Pada",
                            "Kemudian", "Selain", "Adapun", "Bahkan", "Hal", "Dengan", "Di",
                            "Posisi", "Sekarang", "Untuk", "Agar", "Supaya", "Demi", "Guna",
                            *FOLLOWING_OPENERS})


#: An achiever found in a sentence: (where its verb ends, its name, where the name starts, the
#: mention to give).
_Achiever = tuple[int, str, int, SubjectMention]


def _achievers(text: str, c: Candidate, lo: int,
               subjects: Sequence[SubjectMention] = (),
               memo: dict[object, list[_Achiever]] | None = None) -> list[SubjectMention]:
    """Names before an achievement verb between ``lo`` and the value.

    "sedangkan Klub Y berada di peringkat 16" gives "Klub Y"; a name that issues the metric or
    sits in it is none. ``memo`` keeps the names of each sentence read up to its end, so that
    the values of a long sentence do not each scan it again.
    """
    if memo is None:
        found = _achievers_until(text, lo, c.start, subjects)
    else:
        key = (lo, c.sentence[1])
        if key not in memo:
            memo[key] = _achievers_until(text, lo, max(c.start, c.sentence[1]), subjects)
        found = memo[key]
    grades = c.metric.rule.grades if c.metric.rule is not None else ()
    # a rank the verb itself states ("Klub X memimpin klasemen") ends where that verb ends
    return [s for end, name, start, s in found
            if (end <= c.start or end == c.end) and not is_issuer(name, c.metric)
            and not (c.metric.start <= start < c.metric.end)
            and name not in grades]  # "naik dari BB menjadi A": a grade, not who holds one


def _achievers_until(text: str, lo: int, hi: int,
                     subjects: Sequence[SubjectMention]) -> list[_Achiever]:
    """Each achiever name between ``lo`` and ``hi``, with where its verb ends."""
    out: list[_Achiever] = []
    for name_start, name_end, verb_end in achiever_matches(text, lo, hi):
        words = text[name_start:name_end].split()
        start = name_start
        while words and words[0] in _LEADING_WORDS:
            start = text.index(words[1], start) if len(words) > 1 else name_end
            words = words[1:]
        school = _SCHOOL_NAME.search(" ".join(words))
        if school is not None and school.start() > 0:  # "Siswa SMAN 3 Alfa": the school's
            k = len(" ".join(words)[:school.start()].split())
            start, words = text.index(words[k], start), words[k:]
        name = clean_subject(" ".join(words))
        located = _LOCATED_IN.search(text, max(lo, start - 60), start)
        if located and name:
            # "Kota Arjuna di Negeri Alfa menduduki ...": the town holds it, not its country
            name, start = located.group(1), located.start(1)
            out.append((verb_end, name, start, SubjectMention(name, start, located.end(1),
                                                               "pattern")))
            continue
        if related_name(text, lo, start):
            # "Tim asuhan Budi Santoso mengisi peringkat ke-17", "Klub yang dibela Budi
            # berada di posisi kelima": the coach's or the player's team, not Budi
            continue
        person = _after_origin(text, max(lo, start - 30), start, words)
        if person:
            # "delegasi Indonesia Budi Santoso meraih ...": the person, not his country
            start, words = text.index(person[0], start), person
            name = clean_subject(" ".join(words))
        head = _apposition_head(text, lo, start)
        if head is not None and name:
            # "Andi Wirawan, mahasiswa Universitas Alfa meraih juara 2": the description's
            # institution says who Andi is; Andi holds the rank
            out.append((verb_end, head.group(1), head.start(1),
                        SubjectMention(head.group(1), head.start(1), head.end(1), "pattern")))
            continue
        if name in _TIME_ZONES:
            continue  # "pukul 05.00 WIB tercatat di kisaran ...": a clock time, no holder
        if name and name.casefold() not in PRONOUN_START:
            # "kata Yohana Indonesia menduduki ...": a known agency or place ending the run
            known = [s for s in between(subjects, start, name_end) if s.end == name_end
                     and not _SCHOOL_NAME.match(name)  # "SMAN 4 Alfa": the school, not Alfa
                     and text[s.start - 1:s.start] != "-"  # "Alfa-Beta": a route, not Beta
                     and not _OF_BEFORE.search(text[max(0, s.start - 8):s.start])]
            mention = known[-1] if known else SubjectMention(name, start, name_end, "pattern")
            out.append((verb_end, name, start, mention))
    return out


def achiever_matches(text: str, lo: int, hi: int) -> Iterator[tuple[int, int, int]]:
    """The matches of :data:`ACHIEVER` between ``lo`` and ``hi``, found in linear time.

    Yields (name start, name end, verb end) as ``ACHIEVER.finditer(text, lo, hi)`` gives
    ``(m.start(1), m.end(1), m.end())``. A run of name words is read once: each word's end
    is tried for a verb after it (:data:`ACHIEVER_TAIL`), the last that has one ends the name
    (as the greedy pattern backtracks to it); a run without one is skipped whole (every name
    starting inside it ends at one of its word ends, so none has a verb either).
    """
    pos = lo
    while (first := ACHIEVER_FIRST.search(text, pos, hi)) is not None:
        ends = [first.end()]
        while (word := ACHIEVER_NEXT.match(text, ends[-1], hi)) is not None:
            ends.append(word.end())
        pos = ends[-1]
        for end in reversed(ends):
            tail = ACHIEVER_TAIL.match(text, end, hi)
            if tail is not None:
                yield first.start(), end, tail.end()
                pos = tail.end()
                break


#: Nouns a description set off after a name opens with: "mahasiswa", "atlet", "robot", "tim"
#: (``description_heads.txt``).
DESCRIPTION_HEADS = "|".join(tagged_words("description_heads", "scores"))
#: A sentence opening with a name and a lower-case description of it that opens with one of
#: those nouns and ends in the name of an institution: "Andi Wirawan, mahasiswa " +
#: "Universitas Alfa meraih ...", "Garuda, robot buatan tim " + "Balai Beta meraih ...".
_APPOSITION_OPENS = re.compile(
    rf"\W*({CAP}(?:[ \t]+{CAP}){{0,3}})[ \t]*,[ \t]+(?:{DESCRIPTION_HEADS})"
    r"(?:[ \t]+[a-z][\w-]*){0,3}[ \t]+$")
#: Words no described name opens with: the stop words of the score rules (connectives,
#: "Kemarin", "Terakhir", "Kategori"), the pronoun openers and the time words.
_NOT_DESCRIBED = frozenset({*SCORE_STOP_WORDS,
                            *PRONOUN_START, *(w.casefold() for w in _TIME_WORDS)})


#: A name right after "mewakili" is whom a holder represents, never the holder.
_REPRESENTED = re.compile(r"\bmewakili[ \t]+$", re.IGNORECASE)
#: A description head right before a name: "delegasi " + "Indonesia Budi Santoso".
_HEAD_BEFORE = re.compile(rf"\b(?i:{DESCRIPTION_HEADS})[ \t]+(?:asal[ \t]+)?$")


#: Words that end a country's or a club's name, never a person's: "Korea Selatan",
#: "Indonesia Muda".
_NAME_TAIL_WORDS = frozenset({"selatan", "utara", "barat", "timur", "tengah", "muda", "raya",
                              "baru", "besar", "jaya", "raja", "bersatu", "merdeka"})


def _after_origin(text: str, lo: int, start: int, words: list[str]) -> list[str] | None:
    """The person's words of an achiever named after a description and a country, or ``None``.

    "utusan Malaysia Ahmad Fauzi meraih juara 2": ``["Ahmad", "Fauzi"]``, the person the
    description says comes from the country. Split only when the longest country name the words
    open with leaves two or more capitalised words, none a word that ends a country's or a
    club's name (:data:`_NAME_TAIL_WORDS`): "kontingen Korea Selatan meraih" and "tim Indonesia
    Muda meraih" stay as they are, as does a country alone ("tim Indonesia meraih") or a name
    after no description head ("Indonesia Raya ...").
    """
    if len(words) < 3 or not _HEAD_BEFORE.search(text, lo, start):
        return None
    n = next((n for n in range(len(words), 0, -1)
              if " ".join(words[:n]).casefold() in _COUNTRIES), 0)
    rest = words[n:]
    if n == 0 or len(rest) < 2 or any(not w[:1].isupper() or w.casefold() in _NAME_TAIL_WORDS
                                      for w in rest):
        return None
    return rest


#: A person set off by commas after a description and where they come from, right before a
#: verb of achieving: "qari asal Indonesia, " + "Budi Santoso" + ", meraih juara 2".
_APPOSED_PERSON = re.compile(
    rf"\b(?i:{DESCRIPTION_HEADS})[ \t]+(?:asal|dari)[ \t]+{CAP}(?:[ \t]+{CAP}){{0,2}}[ \t]*,"
    rf"[ \t]*({CAP}(?:[ \t]+{CAP}){{0,4}})[ \t]*,[ \t]+{_ACHIEVE}")


def _apposed_people(text: str, lo: int, hi: int) -> list[SubjectMention]:
    """People named in apposition after their origin before ``hi`` (:data:`_APPOSED_PERSON`).

    "Qari asal Indonesia, Budi Santoso, meraih juara kedua": Budi Santoso holds the rank,
    not Indonesia. Read only where the text has ", " twice before ``hi`` with "asal" or "dari".
    """
    piece = text[lo:hi]
    if piece.count(",") < 2 or ("asal" not in piece and "dari" not in piece):
        return []
    return [SubjectMention(m.group(1), m.start(1), m.end(1), "pattern")
            for m in _APPOSED_PERSON.finditer(text, lo, hi)]


def _apposition_head(text: str, lo: int, start: int) -> re.Match[str] | None:
    """The name a sentence opens with when the achiever at ``start`` ends its description.

    "Andi Wirawan, mahasiswa Universitas Alfa meraih juara 2" (``lo`` the sentence start,
    ``start`` that of "Universitas Alfa"): the match of "Andi Wirawan" (group 1). ``None``
    unless the description opens with a noun of ``description_heads.txt``, and when the
    opening words are a connective, a time word or end in "-nya" ("Hasilnya, tim X",
    "Kemarin, tim X": the team holds the rank).
    """
    m = _APPOSITION_OPENS.match(text, lo, start)
    if m is None:
        return None
    words = m.group(1).split()
    if words[0] in _LEADING_WORDS or words[0].casefold() in _NOT_DESCRIBED \
            or any(w.casefold().endswith("nya") for w in words):
        return None
    return m


#: A name said to be one of a group another name names: "Balai Alfa adalah satu dari unit
#: binaan " (then "Inspektorat Beta yang meraih ...": the achiever is Balai Alfa, not the group).
_ONE_OF = re.compile(rf"(?<![\w-])({CAP}(?:[ \t]+{CAP}){{0,5}})[ \t]+(?:merupakan|adalah"
                     r"|termasuk|menjadi)[ \t]+(?:salah[ \t]+satu|satu[ \t]+dari)[ \t]+"
                     r"(?:[a-z]+[ \t]+){1,3}$")
#: A region named right before "di" and the place it lies in: "Kota Seroja di ".
_LOCATED_IN = re.compile(rf"\b((?:Kota|Kabupaten|Provinsi|Kecamatan|Desa|Kelurahan)"
                         rf"(?:[ \t]+{CAP}){{1,3}})[ \t]+di[ \t]+$")


_BULLET_LINES = re.compile(r":[ \t\r]*\n(?:[ \t\r]*\n)*(?:[ \t]*[-•*][^\n]*\n)*[ \t]*[-•*][ \t]*$")


def _list_intro_subjects(text: str, start: int,
                         subjects: Sequence[SubjectMention]) -> list[SubjectMention]:
    """For a bullet item, the agencies before the colon that opens its list.

    "Kinerja Dinas X terlihat dari penghargaan berikut:" then "- Silver ...": the list must
    open at most 600 characters before the item.
    """
    lo = max(0, start - 600)
    # the sentence starts at its bullet ("-Silver ...") or right after it ("- Silver ...")
    m = _BULLET_LINES.search(text, lo, start + 1) or _BULLET_LINES.search(text, lo, start)
    if not m:
        return []
    colon = m.start()
    return [s for s in between(subjects, max(0, colon - 300), colon) if s.type != "place"]


#: A dateline after a place: "Jakarta - ", "JAKARTA, Kamis (12/9/2019) - ".
_DATELINE_AFTER = re.compile(r"(?:[ \t]*,[ \t]*\w+[ \t]*\([\d/ -]+\))?[ \t]*[-–—][ \t]")
#: A venue before a place: "di rumah dinasnya, Sukamulya", "di Aula X, Kotabaru".
_VENUE_BEFORE = re.compile(r"\bdi[ \t]+(?:kantor|gedung|hotel|aula|ruang|balai|auditorium|istana"
                           r"|Kantor|Gedung|Hotel|Aula|Balai|Istana)\w*(?:,?[ \t]+[\w.-]+){0,6}"
                           r",?[ \t]*$")
#: A speech tag before a place: "kata Hendra di Koba", "ujarnya saat ditemui di Sukamulya".
#: Lowercase only, and words that are also adjectives ("terlihat jelas di X") only with "-nya"
#: (the ``scores_said_at`` and ``scores_said_at_nya`` rows of ``lexicons/data/speech_verbs.txt``).
SPOKEN_AT = re.compile(rf"\b(?:(?:{speech_alternation('scores_said_at')})(?:nya)?"
                        rf"|(?:{speech_alternation('scores_said_at_nya')})nya)"
                        r"\b[^.,;:()\"\n\u201c\u201d]{0,60}\bdi[ \t]+$")


def _where_said(text: str, s: SubjectMention) -> bool:
    """A place that only says where the news was made.

    A dateline, a venue's address, or the place of a speech tag.
    """
    lo = max(0, s.start - 80)
    return bool(_DATELINE_AFTER.match(text, s.end)
                or _VENUE_BEFORE.search(text, lo, s.start)
                or SPOKEN_AT.search(text, lo, s.start))


_FIRST_WORD = re.compile(r"\W*(\w+)")
_LOCATIVE = re.compile(r"\b(?:di|ke|dari|se)[\s-]+$", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:kami|kita)\b", re.IGNORECASE)


_SHORT_GOV = {"Pemkot": "Pemerintah Kota", "Pemkab": "Pemerintah Kabupaten",
              "Pemprov": "Pemerintah Provinsi"}


def fullest(text: str, subject: str, in_text: dict[str, bool] | None = None) -> str:
    """Expand "Pemkab Bogor" to "Pemerintah Kabupaten Bogor" when the article writes that.

    ``in_text`` remembers which expansions ``text`` contains (a search of the whole text each).
    """
    head, _, rest = subject.partition(" ")
    long = _SHORT_GOV.get(head)
    if not (long and rest):
        return subject
    full = f"{long} {rest}"
    if in_text is None:
        found = full in text
    elif full in in_text:
        found = in_text[full]
    else:
        found = in_text[full] = full in text
    return full if found else subject



def merge_subjects(items: Iterable[SubjectMention]) -> list[SubjectMention]:
    """Subjects sorted by start, overlaps dropped (the earlier, longer one stays)."""
    out: list[SubjectMention] = []
    for s in sorted(items, key=lambda x: (x.start, -(x.end - x.start))):
        if out and s.start < out[-1].end:
            continue  # overlapping: keep the earlier, longer one
        out.append(s)
    return out


#: A currency named by its country: "11 juta dolar AS", "yuan China" (:data:`CURRENCY_WORDS`).
_COUNTRY_CURRENCY = re.compile(rf"\b(?:{'|'.join(CURRENCY_WORDS)})[ \t]+$", re.IGNORECASE)


def outside_currencies(text: str, subjects: Sequence[SubjectMention]) -> list[SubjectMention]:
    """The subjects but the places that only name a currency ("20 juta dolar AS").

    Such a place is no holder of anything the article scores, nor its main subject: a debt
    rating of a firm whose debt is counted in "dolar AS" is not the country's.

    Parameters
    ----------
    text : str
        The article.
    subjects : sequence of SubjectMention
        The subject mentions found in it.

    Returns
    -------
    list of SubjectMention
        ``subjects`` in their order, without the places a currency word stands right before
        (in the 16 characters before the place).
    """
    return [s for s in subjects if not (
        s.type == "place" and _COUNTRY_CURRENCY.search(text, max(0, s.start - 16), s.start))]


def outside_metrics(subjects: Sequence[SubjectMention],
                    metrics: Sequence[Metric]) -> list[SubjectMention]:
    """The subjects (sorted by start) not inside a metric's name ("ATP Race To London").

    One pass over both lists sorted by start: linear in their lengths.
    """
    spans = sorted((m.start, m.end) for m in metrics)
    out: list[SubjectMention] = []
    i, reach = 0, -1  # reach: the furthest end of the metrics starting at or before s
    for s in subjects:
        while i < len(spans) and spans[i][0] <= s.start:
            reach = max(reach, spans[i][1])
            i += 1
        if s.start < reach:
            continue
        out.append(s)
    return out
