"""Word cues of the score rules (kinds, score words, growth talk, grades, years)."""

from __future__ import annotations

import re

from beritanlp.lexicons.speech import speech_words
from beritanlp.lexicons.words import tagged_words, word_list, word_table
from beritanlp.text.ordinals import alternation, rank_words
from beritanlp.text.word_start import lowered_haystack

CAP = r"(?:[A-Z][\w&/-]*|RI)"


def month_words(*forms: str) -> tuple[str, ...]:
    """The month words of ``months.txt`` the score rules read, longest first.

    Parameters
    ----------
    forms : str
        The forms kept (``full``, ``short``, ``english``); none keeps every form.

    Returns
    -------
    tuple of str
        The lowercase words, longest first (an alternation built from them tries "juni" before
        "jun").
    """
    return tuple(sorted((row[0] for row in word_table("months") if "scores" in row[-1].split()
                         and (not forms or row[2] in forms)), key=len, reverse=True))


#: The Indonesian month names ("juni", "nopember"), lowercase, in file order.
MONTH_NAMES: tuple[str, ...] = tuple(row[0] for row in word_table("months")
                                     if "scores" in row[-1].split() and row[2] == "full")
#: The day names of ``days.txt`` ("senin", "jum'at"), lowercase, in file order.
DAY_WORDS: tuple[str, ...] = tagged_words("days", "scores")
#: The stop words of the score rules (the ``scores`` rows of ``stopwords.txt``: function words,
#: sentence openers, "kemarin", "kategori"), casefolded.
SCORE_STOP_WORDS = frozenset(w.casefold() for w in tagged_words("stopwords", "scores"))
UNKNOWN_HEADS = (r"(?:Indeks|Indek|Survei|Survey|Index|Penilaian|Evaluasi|Indikator|Pengukuran"
                 r"|Pemeringkatan"
                 r"|(?:Tingkat|Level)[ \t]+(?:Kematangan|Maturitas|Kepatuhan|Kepuasan))")
#: A ranking named by its issuer's acronym ("Ranking FIFA", "Rangking ATP", "Rankings QS"):
#: only all-capital words follow, so a headline's "Ranking Kota Arjuna Turun" names none.
NAMED_RANKING = r"(?:Rankings?|Rangking)(?:[ \t]+[A-Z][A-Z0-9&]{1,7}\b)+"

#: Nouns of a change ("penurunan daya beli"): a phrase headed by one names no measured share.
CHANGE_NOUNS = frozenset({"kenaikan", "penurunan", "peningkatan", "pertumbuhan", "lonjakan",
                          "penambahan", "pengurangan", "perubahan", "pemangkasan"})
#: A rank's step said with a noun of change, before its number: "mengalami penurunan (sebanyak)
#: dua peringkat", "mencatatkan kenaikan 3 posisi" (rules.scores.values reads the step,
#: rules.scores.holders the name before it).
RANK_STEP_NOUN = (r"(?:mengalami|mencatat(?:kan)?|membukukan)[ \t]+"
                  rf"{alternation(CHANGE_NOUNS)}[ \t]+"
                  r"(?:(?:sebanyak|sekitar|hingga)[ \t]+)?")
#: Superlatives of an evaluation ("kabupaten terinovatif kedua", "kota paling toleran"): the
#: one table for rules.scores.ranks (the ordinal after one is a rank) and rules.scores.metrics
#: (one ends a ranking's measure).
EVALUATION_SUPERLATIVES = ("inovatif", "toleran", "transparan", "kompetitif", "produktif",
                           "responsif", "informatif", "ramah", "nyaman", "efektif", "efisien",
                           "akuntabel", "kreatif", "layak", "bahagia", "sejahtera")
#: Superlatives a ranking is stated by ("ter" + the stem: "terbanyak", "terpolusi", "terendah"),
#: with :data:`EVALUATION_SUPERLATIVES`: the one table for rules.scores.metrics (one ends a
#: ranking's measure: "kota terpolusi") and rules.scores.ranks (the ordinal right after one is
#: its rank: "kota terpolusi kedua di dunia"), so that a measure read is never left without the
#: rank written after it. Regular-expression pieces ("r?amai": "teramai", "terramai"). Not
#: "lambat": "terlambat" is mostly "late" ("daerah terlambat menyerahkan laporan").
RANKING_SUPERLATIVES = ("baik", "tinggi", "rendah", "endah", "banyak", "besar", "buruk", "kecil",
                        "cepat", "murah", "mahal", "padat", "luas", "sedikit", "panjang",
                        "kaya", "miskin", "populer", "favorit", "bersih", "kotor", "aman", "sehat",
                        "maju", "macet", "sibuk", "lengkap", "polusi", "cemar", "parah", "r?amai",
                        "korup", *EVALUATION_SUPERLATIVES)
#: Elections a tally of seats or votes ranks parties or candidates in ("Pemilu 2024", "pilkada",
#: "pemilihan umum"), as a regex alternation: read by rules.scores.metrics (the scope of a
#: tally's rank, and a time that is no holder after "setelah": "setelah pilkada"). Lower case,
#: matched ignoring case. Not bare "pemilihan": "pemilihan ketua kelas" is no election's tally.
ELECTIONS = r"(?:pemilu|pileg|pilpres|pilkada|pilgub|pilbup|pilwalkot|pemilihan[ \t]+umum)"
#: Words that make a tally of seats or votes a party's or a candidate's own ("peraih kursi
#: terbanyak", "memperoleh suara terbanyak"): read by rules.scores.metrics, where only such a
#: head before "kursi"/"suara" makes the superlative a tally's ranking ("sementara kursi
#: terbanyak ..." holds none).
TALLY_HEADS = ("peraih", "perolehan", "raihan", "meraih", "memperoleh", "mendapat",
               "mendapatkan", "mengantongi", "pengumpul", "mengumpulkan", "pemilik")
#: The words that name a contest or an evaluation ("lomba desa", "penilaian X", a sports
#: championship written in lower case: "kejuaraan karate", "turnamen catur"): read by
#: rules.scores.metrics (the contest after a rank) and rules.scores.ranks (the evaluation
#: between a rank and its holder).
CONTEST_NOUNS = ("penilaian", "lomba", "ajang", "kompetisi", "pemeringkatan", "evaluasi",
                 "festival", "survei", "riset", "kejuaraan", "turnamen")
#: Currency words: "8 juta euro", "dolar AS" (a country named after one names the currency).
CURRENCY_WORDS = ("euro", "dolar", "dollar", "USD", "ringgit", "yen", "yuan", "won",
                  "poundsterling", "pound", "riyal", "real", "peso", "baht", "rupee")
#: Signs of a currency written before a sum ("Rp 4 triliun", "US$ 3 miliar", "€ 20").
CURRENCY_SIGNS = r"US\$|\$|€|£|¥|Rp\.?|RM|S\$"
#: Money, prices and pay ("gaji pegawai", "anggaran untuk stunting"): never a measured share.
MONEY_WORDS = frozenset({"gaji", "upah", "honor", "tunjangan", "pendapatan", "penghasilan",
                         "biaya", "tarif", "harga", "anggaran", "belanja", "pajak", "iuran",
                         "dana", "subsidi", "insentif"})
#: Money of a firm or a market ("laba", "aset", "utang", "investasi"), with
#: :data:`MONEY_WORDS`: a ranking by such an amount ("bank dengan laba bersih terbesar") ranks
#: money, no evaluation (GUIDELINE: money is no score).
MONEY_MEASURES = frozenset({*MONEY_WORDS, "laba", "keuntungan", "omzet", "aset", "utang",
                            "modal", "investasi", "transaksi", "rugi", "kerugian"})

# Market and price indices are not evaluations: unknown "Indeks ..." names in such company are
# dropped (IHSG, LQ45, "Indeks Harga Konsumen", S&P 500 ...).
MARKET = re.compile(
    r"\b(?:saham|bursa|harga|IHSG|LQ45|IDX\w*|JII|MNC\d*|Nasdaq|Dow\s+Jones|S&P|Nikkei"
    r"|Hang\s+Seng|Straits|FTSE|DAX|ZEW|PMI|konsumen|ekspektasi|inflasi|dolar|rupiah|kurs"
    r"|obligasi|komoditas|emisi|penjualan|riil|Kospi|Shanghai|STI|Topix|tukar|NTP|NTN|USD|greenback"
    r"|mata\s+uang|TASI|Tadawul|Sensex|Nifty|KLCI|PSEi|Stoxx|Ibovespa"
    # how a traded index's day is told: "dibuka melemah", "ditutup naik 0,5 persen"
    r"|(?:dibuka|ditutup)\s+(?:naik|turun|menguat|melemah|stagnan|flat|di\s+level))\b",
    re.IGNORECASE)
#: A survey index of expectations or confidence ("Indeks Ekspektasi Harga Umum", "Indeks
#: Keyakinan Konsumen"): a survey's result, though its name holds a market word. Price and
#: sales indices ("Indeks Harga Konsumen", "Indeks Penjualan Riil") stay market talk.
EXPECTATION_INDEX = re.compile(
    r"\b(?i:indeks)[ \t]+(?i:ekspektasi|keyakinan|kepercayaan|sentimen)(?:[ \t]+[A-Z]\w*){0,3}")


def market_talk(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` names a market or a price, outside expectation indices."""
    end = len(text) if end is None else end
    first = MARKET.search(text, start, end)
    if first is None:
        return False
    spans = [m.span() for m in EXPECTATION_INDEX.finditer(text, start, end)]
    if not spans:
        return True
    return any(not any(a <= m.start() < b for a, b in spans)
               for m in MARKET.finditer(text, first.start(), end))


CHANGE = re.compile(
    r"\b(?:naik|menaik|meningkat|peningkatan|kenaikan|bertambah|penambahan|turun|menurun"
    r"|penurunan|merosot|melorot|anjlok|berkurang|pengurangan|melonjak|lonjakan|selisih|terkoreksi"
    r"|membaik|perbaikan)\b", re.IGNORECASE)
VALUE_RESET = re.compile(
    r"\b(?:menjadi|jadi|mencapai|di\s+angka|pada\s+angka|ke\s+angka|dari|yakni|yaitu"
    r"|(?:hingga|sampai)(?:\s+ke)?\s+(?:angka|level|posisi)"
    r"|adalah|meraih|memperoleh|mendapat(?:kan)?|dengan|(?:di|ke)\s+(?:bawah|atas)"
    r"|yang\s+(?:sebesar|mencapai|tercatat|berada|hanya)"
    # "turun ke 88" (``kind_for`` reads the words up to the value: "ke" ends them)
    r"|ke(?=\s*$))\b",
    re.IGNORECASE)
#: Passive verbs of holding: their agent holds the rank or grade ("peringkat kedua diraih X",
#: "ditempati oleh X", "direbut oleh X"). One table read by every rule that names a holder
#: after such a verb (subjects, holders, ranked lists, contests) and by the issuer check,
#: which reads "oleh" after one of them as the holder's, not an issuer's.
HOLDING_PASSIVES = ("ditempati", "diduduki", "diraih", "dipegang", "dihuni", "direbut",
                    "disandang", "dimenangkan", "disabet", "diperoleh")
#: :data:`HOLDING_PASSIVES` as a regex alternation (no groups).
HOLDING_PASSIVE = "(?:" + "|".join(HOLDING_PASSIVES) + ")"
AVERAGE = re.compile(r"\b(?:rata-rata|rerata|rata\s+rata)\b", re.IGNORECASE)
#: Kinds of names that "Harapan"/"Sasaran" may follow as a word of the name ("Desa Harapan
#: Jaya", "Juara Harapan I", "Perumahan Harapan Indah"), in any case.
_HOPE_NAME_KINDS = ("desa", "kelurahan", "juara", "perumahan", "perum", "kampung", "dusun",
                    "jalan", "jl.", "jl", "kecamatan", "kabupaten", "kota", "taman", "pulau",
                    "yayasan", "sekolah")


def hope_nouns(words: tuple[str, ...]) -> str:
    """A regex for hope nouns (``words`` in lower case) that aim at a value, not names.

    Parameters
    ----------
    words
        The nouns in lower case ("harapan", "sasaran").

    Returns
    -------
    str
        A group-free pattern: a noun in lower case, in capitals or capitalised ("Menurutnya,
        Sasaran nilai ...", "HARAPAN KAMI NILAI ..."), but neither after a kind of name ("Desa
        Harapan", "juara harapan") nor capitalised before a capitalised name word ("Harapan
        Jaya", "Sasaran Baru"). The text's case decides nothing else, so a headline in
        capitals keeps its targets. Meant for a pattern compiled with ``re.IGNORECASE``.
    """
    lower = "|".join(words)
    caps = "|".join(w.upper() for w in words)
    title = "|".join(w.capitalize() for w in words)
    not_after_kind = "".join(f"(?<!{re.escape(k)} )" for k in _HOPE_NAME_KINDS)
    # the first letter first: the look-behinds are tried only where a noun may start
    first = "".join(sorted({c for w in words for c in (w[0], w[0].upper())}))
    return (rf"(?=[{first}]){not_after_kind}(?-i:{lower}|{caps}"
            rf"|(?:{title})(?![ \t]+[A-Z][a-z]))")


#: "harapan" (hope) and "sasaran" (aim) as words of a target (see :func:`hope_nouns`).
HOPE_NOUNS = hope_nouns(("harapan", "sasaran"))
#: The words of a target: "target", "targetnya", "menargetkan", "ditargetkan".
TARGET_WORDS = r"target(?:nya|kan)?|menargetkan|ditargetkan"
TARGET = re.compile(r"\b(?:" + TARGET_WORDS + r"|berharap|" + HOPE_NOUNS +
                    r"|diharapkan|diproyeksikan|direncanakan|dicanangkan)\b", re.IGNORECASE)
#: A rank aimed at, not held: :data:`TARGET`'s own words and the verbs of aiming ("membidik",
#: "mengincar", "mematok", their passives); read by rules.scores.events and rules.scores.aimed.
AIM_CUE = re.compile(rf"\b(?i:{TARGET_WORDS}|membidik|dibidik|mengincar|diincar|mematok|dipatok)\b")
#: Lower-cased pieces one of which every match of :data:`AIM_CUE` holds ("menargetkan" and
#: "mematok" drop the root's first letter, so the pieces do too).
AIM_PIECES = ("arget", "bidik", "incar", "atok")


def has_aim_cue(text: str) -> bool:
    """``AIM_CUE.search(text) is not None``, with a literal check first (most texts have none).

    Every match holds one of :data:`AIM_PIECES` in some case; the check looks for them in
    :func:`beritanlp.text.word_start.lowered_haystack` (the scan runs where that is None).

    Parameters
    ----------
    text
        The text to look in.

    Returns
    -------
    bool
        Whether :data:`AIM_CUE` matches somewhere in ``text``.
    """
    low = lowered_haystack(text)
    if low is not None and not any(piece in low for piece in AIM_PIECES):
        return False
    return AIM_CUE.search(text) is not None


SCORE_CUE = re.compile(
    r"\b(?:nilai(?:nya)?|skor(?:nya)?|angka|poin|indeks|rata-rata|rerata|target(?:nya)?"
    r"|menargetkan|ditargetkan|capaian(?:nya)?|peringkat|predikat|prevalensi)\b", re.IGNORECASE)
GROWTH = re.compile(
    r"\b(?:tumbuh|pertumbuhan|inflasi|ekonomi|realisasi|serapan|penyerapan|anggaran|harga"
    r"|kemiskinan|pengangguran|produksi|vaksinasi|cakupan|partisipasi|suku\s+bunga|bunga)\b",
    re.IGNORECASE)
#: A rank cue word ("peringkat", "juara" ...; ``lexicons/data/rank_cues.txt``) ending the text,
#: also with "nomor" after it ("posisi nomor satu", "peringkat nomor 1": the rank's number).
RANK_CUE = re.compile(r"\b(?:" + "|".join(word_list("rank_cues")) + r")(?:\s+(?:ke|nomor))?[\s-]*$",
                      re.IGNORECASE)
#: Pollutants of the air other than the particles (``lexicons/data/air_pollutants.txt``): a
#: formula as written ("SO2"), a name in any case ("sulfur dioksida").
POLLUTANT = re.compile(r"\b(?:" + "|".join(
    re.escape(w) if w != w.lower() else f"(?i:{re.escape(w)})"
    for w in word_list("air_pollutants")) + r")\b")
#: The words of a concentration read: "konsentrasi PM10", "kadar PM 2,5".
CONCENTRATION_WORDS = ("konsentrasi", "kosentrasi", "kadar")


#: The words that open a condition ("kalau", a topic marker too, only near a value: see
#: :data:`NEAR_CONDITION`).
CONDITION_WORDS = ("bila", "jika", "apabila", "manakala", "seandainya", "andaikan")
#: A condition before a value defines a scale ("bila 100 sampai 199, kategori tidak sehat").
#: "disebutkan jika ...", "menunjukkan jika ...": after a verb of saying or showing, "jika" is
#: "that" (a report follows), no condition.
CONDITION = re.compile(
    r"\b(?<!disebutkan )(?<!menyebutkan )(?<!menunjukkan )(?<!dikatakan )(?<!mengatakan )"
    rf"(?<!menyatakan )(?<!diketahui )(?:{'|'.join(CONDITION_WORDS)})\b",
    re.IGNORECASE)
#: A statement not asserted: asked ("apakah", "benarkah"), denied ("membantah", "menepis") or
#: only believed ("mengira", "menganggap", "seolah"): what follows is no fact.
UNASSERTED = re.compile(r"\b(?:apakah|benarkah|membantah|menepis|menyangkal|mengira|menganggap"
                        r"|seolah(?:-olah)?)\b", re.IGNORECASE)
#: "kalau" is a condition only right before a value ("lulus kalau nilainya 100?"); further
#: back it is often a topic marker ("Kalau Kota A, nilainya ...").
NEAR_CONDITION = re.compile(r"\bkalau\b", re.IGNORECASE)
#: Words that deny the verb after them: "tak meraih", "belum diraih" (:data:`NOT_HELD` and the
#: grade readers' denied verbs).
DENIAL_WORDS = "tidak|tak|belum|gagal|bukan"
#: Words before a verb of holding that say the grade was missed or is hard to reach: "hampir
#: diraih", "sulit diraih" (read with :data:`DENIAL_WORDS`).
NEAR_MISS_WORDS = "hampir|nyaris|sulit|sukar"
#: A grade denied, missed or hard to reach ("tak diraih", "hampir diraih").
NOT_REACHED = re.compile(rf"\b(?:{DENIAL_WORDS}|{NEAR_MISS_WORDS})\b", re.IGNORECASE)
NEGATION = re.compile(r"\b(?:belum|tidak|bukan|gagal|tanpa|selain)\b", re.IGNORECASE)
GRADE_CUE = re.compile(
    r"\b(?:predikat|kategori|katagori|kriteria|nilai|opini|status|level|peringkat|meraih|memperoleh"
    r"|mendapat"
    r"|mendapatkan|raih|dengan|dari|menjadi|ke|tingkat|kisaran|artinya|berstatus|zona"
    r"|menargetkan|targetkan|target|masuk|berada\s+(?:di|pada|dalam)|mutu(?:\s+pelayanan)?"
    r"|tahap|taraf|kualifikasi|klasifikasi|menuju|tercatat|terpantau|tergolong|termasuk"
    r"|minimal|minimum|dikategorikan|dikategorikan\s+sebagai|digolongkan"
    # "dengan status udara tidak sehat": the air's own level right after its measure
    r"|(?:status|kualitas|mutu|kondisi)\s+udara(?:nya)?)"
    # "turun ke rentang moderat", "berada di rentang sedang": the band a reading is in
    r"(?:\s+(?:yang|kategori|katagori|level|tingkat|status|zona|kinerja|desa|rentang))?"
    r"\s+[^\w\s]?$", re.IGNORECASE)
#: A grade that is aimed at, not held: "menargetkan predikat WBK", "agar mendapat opini WTP".
GRADE_TARGET = re.compile(
    r"\b(?:target(?:nya|kan)?|menargetkan|ditargetkan|berharap|" + HOPE_NOUNS + r"|agar|supaya"
    r"|bertekad|berupaya|berusaha|mengejar|meraih\s+kembali\s+target"
    r"|mencanangkan|dicanangkan|pencanangan|ingin|berambisi)\b", re.IGNORECASE)
#: "(Zona Integritas) menuju WBK": the grade right after "menuju" is aimed at; so is one set as
#: the least to reach ("bersertifikat HACCP minimal B").
TOWARDS = re.compile(r"\b(?:menuju|minimal|minimum)\s+(?:predikat\s+|status\s+)?[\"“']?$",
                     re.IGNORECASE)
#: "tidak ada stasiun ... pada tahap baik": nobody holds the grade.
NOBODY = re.compile(r"\b(?:tidak|belum)\s+ada\b", re.IGNORECASE)
#: Where a clause ends before a grade: a target word before it is another clause's.
CLAUSE_BREAK = re.compile(
    r"[;:]|\b(?:sedangkan|sementara|namun|tetapi|padahal)\b|,\s+(?:dan|serta)\b", re.IGNORECASE)
#: Audit opinions and integrity predicates written in full -> their short code ("" = none).
LONG_GRADES = {
    "wajar tanpa pengecualian": "WTP",
    "wajar dengan pengecualian": "WDP",
    "tidak menyatakan pendapat": "TMP",
    "tidak memberikan pendapat": "TMP",
    "disclaimer": "",  # kept as written
    "wilayah bebas dari korupsi": "WBK",
    "wilayah bebas korupsi": "WBK",
    "wilayah birokrasi bersih dan melayani": "WBBM",
    "wilayah birokrasi bersih melayani": "WBBM",
}
#: Tiers of an award ("Silver Winner Anugerah X", "predikat Gold pada Anugerah X").
TIER_NAMES = ("Platinum", "Gold", "Silver", "Bronze", "Emas", "Perak", "Perunggu", "Diamond")
TIER = re.compile(rf"\b(?:{'|'.join(TIER_NAMES)})\b")
#: Tiers in Indonesian award schemes ("kategori Utama", "predikat Madya"): only after a cue.
TIER_WORD = re.compile(
    r"\b(?:kategori|katagori|predikat|tingkat|level|klasifikasi|peringkat)[ \t]+[\"“']?"
    r"(Utama|Madya|Pratama|Nindya|Paripurna|Mentor|Platinum|Gold|Silver|Bronze|Emas|Perak|Perunggu)"
    r"\b", re.IGNORECASE)
#: "mendapat nilai sangat baik": a graded word after "nilai" (never a bare "nilai baik").
NILAI_PREDICATE = re.compile(
    r"\b(?i:mendapat(?:kan)?|memperoleh|meraih|meraup|mengantongi|diberi|dengan|raih|dapat)"
    r"[ \t]+[Nn]ilai(?:nya)?[ \t]+[\"“']?((?i:sangat|cukup)[ \t]+(?i:baik|memuaskan)"
    r"|(?i:baik[ \t]+sekali))\b")
#: Predicates written as words after "predikat"/"kategori" ("predikat sangat baik").
PREDICATE_WORD = re.compile(
    r"\b(?:predikat|kategori|katagori|berpredikat|berkategori)\s+(?:kinerja\s+)?[\"“']?"
    r"((?:sangat|cukup|kurang)\s+(?:baik|memuaskan|tinggi|rendah|informatif|patuh)"
    r"|baik|memuaskan|istimewa|unggul|informatif|menuju\s+informatif|patuh"
    # "predikat terbaik kedua" is a rank, not the predicate "terbaik"
    rf"|terbaik(?!\s+(?:ke[-\s]?\d|{alternation(rank_words(10))}|[IVX]+\b))"
    r"|tinggi|sedang|rendah|zona\s+(?:hijau|kuning|merah))\b", re.IGNORECASE)
#: A capitalised predicate ending in a grade word ("predikat Kepatuhan Tinggi", "kualifikasi
#: Sangat Memuaskan"), not followed by more capitalised words (then it is a name).
CAP_PREDICATE = re.compile(
    r"\b(?:predikat|berpredikat|kualifikasi|klasifikasi)[ \t]+[\"“']?"
    r"((?:[A-Z][a-z]+[ \t]+){0,2}(?:Baik|Tinggi|Sedang|Rendah|Memuaskan|Unggul|Utama|Madya"
    r"|Pratama|Nindya|Paripurna|Informatif|Inovatif|Patuh|Hijau|Kuning|Merah|Terbaik|Istimewa"
    r"|Mandiri|Maju|Berkembang|Cukup|Kurang|Terpuji|Tertinggi|Terendah))"
    r"\b(?![ \t]+[A-Z])")
#: A letter grade right after "predikat" ("nilai IPKD 76,2 dengan predikat A"), whatever the
#: metric: the word says it is a grade.
LETTER_PREDICATE = re.compile(r"\b(?i:predikat|berpredikat)[ \t]+[\"“']?(AA|BB|CC|[A-E])(?![\w-])")
#: Lowercase words after a value that leave it a value, not a count of the noun after it.
COUNT_OK_NEXT = {
    "dari", "dan", "pada", "di", "menjadi", "atau", "ke", "untuk", "yang", "sedangkan",
    "sementara", "dengan", "tahun", "hingga", "sampai", "itu", "ini", "sehingga", "namun",
    "tetapi", "meski", "meskipun", "karena", "serta", "poin", "persen", "lebih", "kurang", "saja",
    "pun", "dalam", "oleh", "per", "bahkan", "maka", "jadi", "sesuai", "atas", "tersebut",
    "sudah", "telah", "masih", "sebagai", "terhadap", "bagi", "secara", "sebelumnya",
    "lalu", "kemarin", "skala", "se", "sedikit", "jauh", "naik", "turun", "ketimbang",
    "dibanding", "dibandingkan", "daripada", "sedang", "adalah", "merupakan", "kepada",
    "sekaligus", "berdasarkan", "meningkat", "menurun", "tertinggi",
    "terendah", "terbaik", "sebelum", "setelah", "usai",
    # a grade or a result follows the value, not a counted noun: "nilai 78 kategori BB",
    # "skor 98 membuatnya ...", "nilai 85 bersama Kota X"
    "kategori", "katagori", "predikat", "status", "bersama", "membuat", "membuatnya",
    "menjadikan", "menjadikannya", "mengantarkan", "mengantarkannya", "berkat", "selama",
    "walaupun", "padahal", "mengungguli", "melampaui", "melebihi",
    # speech after the value ("skor 78, kata Budi", "katanya"): the ``scores_count`` and
    # ``scores_count_nya`` rows of lexicons/data/speech_verbs.txt
    *speech_words("scores_count"), *(f"{word}nya" for word in speech_words("scores_count_nya")),
}
#: Measures a decimal can count ("1,5 derajat", "2,5 mikrogram"): a decimal before any other
#: lower-case word is no count (counts of things are whole numbers).
MEASURE_NEXT = frozenset({
    "derajat", "mikrogram", "mikron", "ppm", "mm", "cm", "m", "g", "mg", "ml", "inci", "kaki",
    "mil", "lipat", "knot", "gigawatt", "megawatt", "kilowatt", "watt", "volt", "mbps", "gb",
    "hektometer", "sentimeter", "milimeter", "ons", "kuintal", "barel", "kubik", "meter",
})
#: A step up or down a ranking or a scale, in digits or words: "turun dua peringkat", "naik
#: tiga tempat", "naik satu poin". The verb must come right before the number (a count has no
#: such verb).
STEP_BEFORE = re.compile(
    r"\b(?:naik|turun|meningkat|menurun|melonjak|merosot|anjlok|melompat|melorot|bertambah"
    r"|berkurang)[ \t]+(?:(?:sebanyak|sebesar|hingga|sekitar)[ \t]+)?$", re.IGNORECASE)
STEP_AFTER = re.compile(r"[ \t]+(?:peringkat|posisi|tempat|strip|poin)\b", re.IGNORECASE)
#: A passive verb after a number ("sebesar 73,5 ditetapkan"): the number is no count of it.
#: Verbs that define a band of a scale ("angka 150 sampai 250 disebut buruk") stay out.
PASSIVE_NEXT = re.compile(r"(?!dinyatakan|dikategorikan|digolongkan|dianggap|dikatakan|disebut)"
                          r"di[a-z]{3,}(?:kan|i)")
YEAR_COMPARE = re.compile(
    r"\b(?:dari|dibanding(?:kan)?|daripada|ketimbang|sejak)\s+(?:tahun\s+)?$", re.IGNORECASE
)


# Words after which a number is a label, not a score ("PM 2,5", "golongan 2", "lantai 3",
# "masuk Top 8": a bracket), or a count of goals ("selisih gol 12": a table's tie-break, no
# change of a score; GUIDELINE: counts are no scores).
NOT_A_SCORE_BEFORE = re.compile(
    r"\b(?:PM|No|Nomor|pasal|ayat|UU|golongan|tipe|kelas|lantai|jilid|edisi|semester|triwulan"
    r"|kuartal|tahap|gelombang|nomor\s+urut|level|skala|versi|ke|top|PMK|PP|Perpres|Permen\w*"
    r"|Perda|Perbup|Perwali|Pergub|Inpres|Keppres|SK|SE|Liga|Divisi|Pekan|Komisi|Grup|gol)\.?\s*$",
    re.IGNORECASE)


#: Bodies that publish a world ranking of players, teams or campuses ("ranking FIFA", "peringkat
#: dunia BWF", "QS World University Rankings").
RANKING_BODIES = r"(?:BWF|FIFA|ATP|WTA|FIBA|FIVB|ITTF|UCI|FIDE|QS|THE|Webometrics)"
#: Words for a player or a pair of players ranked in a sport ("pemain", "ganda", "petenis"):
#: an alternation for regexes (one place, for the world rankings and their holders).
PLAYERS = (r"pemain|tunggal|ganda|pasangan|pebulu[ \t]+tangkis|petenis|pegolf|pecatur|atlet"
           r"|pebalap|pembalap|perenang|pelari|lifter|petinju|pesepeda|rider|pedayung")
#: Words that may stand between a placing's holder and its verb: "Rudi hanya finis", "Budi
#: berhasil finis", "Andi harus puas finis", "X pun akhirnya finis".
PLACER_FILLERS = (r"hanya|cuma|berhasil|harus|puas|mampu|sukses|akhirnya|pun|tetap|juga|dapat"
                  r"|bisa|sendiri|sempat|kembali|lalu|kemudian|hanyalah|akan")
#: Capitalised verbs opening a sentence of followers ("Disusul B ...", "Diikuti C ..."): no
#: part of a name after them.
FOLLOWING_OPENERS = ("Disusul", "Diikuti")
#: A word ending a racing team's name written before its racer ("Alfa Racing Budi", "Beta
#: Team Rudi"), compared as a whole word.
TEAM_WORD = re.compile(r"(?i:racing|team|motorsports?|factory)")
#: A rank said of a player right before its rank word: "pemain peringkat 3 dunia", "ganda
#: putra ranking satu dunia", "petenis peringkat ke-4" (searched in a window ending at the
#: rank's number or word).
PLAYER_RANKED = re.compile(
    rf"\b(?i:{PLAYERS})(?:[ \t]+(?i:putra|putri|campuran))?[ \t]+"
    r"(?i:(?:ber)?peringkat|ranking|rangking|posisi|nomor)[ \t]+(?:(?i:ke)[ \t-]?)?$")

#: A world rank followed by its holder from abroad or by a pair of players: "peringkat satu
#: dunia asal Jepang X" (someone from Japan, not Japan), "peringkat pertama dunia A B/C D"
#: (the pair named, group ``pair``); matched right after the rank's number or word.
PLAYER_AFTER = re.compile(
    r"[ \t]+(?i:dunia)(?:[ \t]+(?i:asal)\b|,?[ \t]+(?P<pair>[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,3}"
    r"[ \t]*/[ \t]*[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,3}))")


#: Verbs of forecasting in the passive ("diperkirakan", "diprediksi"): part of
#: :data:`FORECAST_WORDS`, and of the forecasts rules.scores.years reads (``years._FORECAST``).
FORECAST_PASSIVES = r"diprediksi|diperkirakan|diproyeksikan|diramalkan"
#: Verbs of forecasting in the active ("memprediksi", "memperkirakan"): not in
#: :data:`HOPE_WORDS`; read before an air level (``air._TO_COME``) and as a forecast by
#: rules.scores.years (``years._FORECAST``).
FORECAST_VERBS = r"memprediksi|memperkirakan"
#: Words of forecast and hope before what is to come ("akan", "diperkirakan", "berharap"): the
#: part of :data:`HOPE_WORDS` that rules.scores.air also reads before an air level
#: (``air.level_not_held``), with no target or purpose word among them.
FORECAST_WORDS = (r"semoga|mungkin|akan|bakal|diharapkan|(?-i:harapannya|Harapannya)|berharap"
                  rf"|ingin|berpotensi|diprediksikan|{FORECAST_PASSIVES}")

#: Words that make a rank forecast, hoped for or aimed at, not held ("semoga", "akan",
#: "berpotensi menjadi", "ditargetkan", "ke depannya", "agar"). Not "bisa", "dapat" or
#: "mampu": "bisa meraih peringkat pertama" reports a rank won. Not "jika"/"kalau": a
#: condition ends its clause with a comma, and "jika dilihat dari ..." only says how one looks
#: (a move a condition lets a holder make, "jika menang, X bisa naik ke ...": :data:`MAY_REACH`).
HOPE_WORDS = (FORECAST_WORDS + "|" + hope_nouns(("harapan",)) +
              r"|potensi|proyeksi"
              r"|target(?:kan|nya)?|menargetkan|ditargetkan|cita-cita|mimpi|visi|agar|supaya"
              r"|ke[ \t]+depan(?:nya)?|nanti(?:nya)?|kelak")
#: Verbs of holding a place or a title ("meraih juara 2", "menempati posisi kedua", "menjadi
#: juara umum"): rules.scores.events (a place held in an event) and rules.scores.antecedents (a
#: pronoun opening the clause that holds it).
HOLDING_VERBS = r"meraih|merebut|menyabet|memboyong|menjadi|menempati|menduduki"
#: Verbs of being at a rank, before it ("A berada di peringkat ", "A masuk ke peringkat "):
#: rules.scores.holders (a list before the verb) and rules.scores.ranks (a holder named
#: before a ranking's class).
RANK_VERBS = r"menempati|menduduki|berada|bertengger|duduk|masuk|meraih"
#: Words of will or purpose before a verb ("ingin melampaui", "demi mencapai", "bertekad untuk
#: memenuhi"): what follows is striven for, not done.
PURPOSE_WORDS = (r"ingin|akan|harus|demi|untuk|agar|supaya|berupaya|berusaha|bertekad|optimistis"
                 r"|optimis|yakin|siap|bisa|mampu|dapat")
#: Words that say a deed is done, right before its verb ("berhasil mencapai", "sudah memenuhi").
DONE_WORDS = r"berhasil|sukses|telah|sudah|akhirnya|resmi"
#: A rank or a ranking measure hoped for in its own clause, right before it: searched in a
#: window of :data:`HOPE_REACH` characters ending at the rank or the measure (one bounded
#: look-back for every rank: "mungkin bisa turun ke ranking ke-10", "berpotensi menjadi
#: ekonomi terbesar kelima").
#: A hope word anywhere in a span ("Opini WTP tahun depan diharapkan diraih ...").
HOPE = re.compile(rf"\b(?:{HOPE_WORDS})\b", re.IGNORECASE)
HOPED = re.compile(rf"\b(?:{HOPE_WORDS})\b[^.,;:()\"]{{0,40}}$", re.IGNORECASE)
HOPE_REACH = 60
#: A rank a condition lets a holder reach, not one held: "jika menang, X bisa naik ke posisi
#: tiga", "apabila lolos, X berpeluang menempati peringkat pertama". Only after a condition
#: word: without one "bisa naik ke peringkat kedua" reports a rank won ("akhirnya bisa naik",
#: "kini bisa naik", "berkat ... dapat naik"). Searched in the sentence up to the rank.
MAY_REACH = re.compile(
    rf"\b(?:kalau|{'|'.join(CONDITION_WORDS)})\b[^.;:()\"]{{0,80}}?\b(?:berpeluang|berkesempatan"
    r"|(?:bisa|dapat)[ \t]+(?:naik|turun|melorot|merosot|melonjak|melompat|terlempar|tergeser"
    r"|tergusur)(?:[ \t]+lagi)?[ \t]+ke)\b[^.,;:()\"]{0,40}$", re.IGNORECASE)
MAY_REACH_REACH = 160
#: A rank, or a ranking measure, said not to be held, right before it: "tidak masuk dalam
#: peringkat", "belum menduduki peringkat", "tak lagi menempati peringkat kedua", "tidak lagi
#: menjadi produsen kopi terbesar", "bukan lagi kota termahal", the rank left right
#: after "keluar dari" ("keluar dari posisi pertama"; not the one moved to: "terlempar dari
#: posisi pertama ke posisi kelima"; "tak tergeser dari puncak" holds it) (searched in a
#: window of :data:`NOT_HELD_REACH` characters ending at it).
#: No denial word right before (a fixed-width look-behind for each: "tak tergeser dari").
_NOT_DENIED = "".join(rf"(?<!{w}[ \t])" for w in DENIAL_WORDS.split("|"))
NOT_HELD = re.compile(rf"\b(?:(?:{DENIAL_WORDS})[ \t]+(?:(?:lagi|pernah|bisa|mampu"
                      r"|akan|bahkan)[ \t]+)?(?:masuk|termasuk|menduduki|menempati|meraih"
                      r"|berada|mencapai|menjadi|jadi)|bukan[ \t]+lagi)\b[^.,;]{0,25}$"
                      rf"|\b{_NOT_DENIED}"
                      r"(?:keluar|tergeser|terlempar|tersingkir|terdepak)[ \t]+dari[ \t]+"
                      r"(?:(?:posisi|peringkat|urutan|ranking|rangking)[ \t]+)?$",
                      re.IGNORECASE)
NOT_HELD_REACH = 45
#: Words that end a lower-case name of what is measured ("tingkat kemiskinan di ...",
#: "nilai evaluasi kinerja capai 91"): function words, verbs of the value, quantifiers
#: ("seluruh OPD", "rata-rata 76").
COMPLEMENT_STOP = frozenset("""
ini itu tersebut yang di ke dari pada sebesar sebanyak mencapai menjadi hingga sampai adalah
ialah yakni yaitu tercatat masih hanya juga turun naik dapat bisa telah sudah akan tidak tak
belum untuk dan atau serta sekitar kurang lebih justru sedangkan sementara secara dengan dalam
oleh menurut berdasarkan per saat kini tahun bulan baru pun lagi ada sama capai tembus nya
sebagai agar supaya karena jika bila kalau maupun antara terhadap mulai setelah sejak
tinggi rendah besar kecil baik buruk signifikan stagnan tetap terus cukup sangat paling
seluruh semua setiap tiap rata-rata kembali
""".split())
#: A word that starts with a verb prefix ends such a name ("menunjukkan", "diperoleh").
VERB_PREFIXED = re.compile(r"(?:me|ber|ter|di)[a-z]{3,}")


#: The counts a group word may name: "keduanya" .. "kedelapannya" (``text.numbers.UNITS`` keys).
GROUP_COUNTS = ("dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan")
#: A counted group word, no group: "keduanya", "ketiganya" ... (any case where compiled so).
COUNTED_GROUP_WORD = rf"ke(?:{'|'.join(GROUP_COUNTS)})nya"
#: A group word standing for names listed before it ("semuanya", "ketiganya"); group 1: its
#: count word, if any. Read by the shared-value, rank-step and poll-share rules.
GROUP_WORD = rf"(?:semuanya|seluruhnya|kesemuanya|ke({'|'.join(GROUP_COUNTS)})nya)"


#: Words of rankings and scores: a year to come in their sentence may be a ranking's own
#: ("ranking ... untuk tahun 2026"), not a plan's (rules.scores.years, ``Years._after_article``).
#: Wider than rules.scores.metrics' ranking words: indices, scores and audit opinions count.
RANKING_OR_SCORE_TALK = re.compile(
    r"\b(?:peringkat|pemeringkatan|ranking|rangking|rating|indeks|skor|nilai|predikat|survei"
    r"|daftar|opini)\b", re.IGNORECASE)


#: Words relating a name to the noun before it as its owner, coach, leader or player: "klub
#: milik X", "tim asuhan X", "anak asuh X", "kota pimpinan X", "klub yang dibela X", "tim yang
#: dilatih oleh X", "milik pengusaha X" (up to two lower-case words between; searched in a window
#: ending where the name starts; lower case only: "Badan Usaha Milik Negara" is a name). The
#: name is never the holder of what the noun phrase achieves: the head noun before the word is.
RELATED_BY = re.compile(
    r"\b(?:milik|kepunyaan|asuhan|asuh|besutan|arahan|binaan|racikan|polesan|pimpinan|naungan"
    r"|yang[ \t]+(?:(?:kini|sedang|masih|pernah|sempat|tengah)[ \t]+)?"
    r"(?:di(?:bela|latih|pimpin|miliki|asuh|perkuat|tangani|bina|kelola|nakhodai|nahkodai"
    r"|besut|komandoi|ketuai|punyai))(?:[ \t]+oleh)?)(?:[ \t]+[a-z][a-z-]*){0,2}[ \t]+$")
#: Words naming a thing held, a rank, a score or a title ("peringkat", "juara", "posisi",
#: ``lexicons/data/rank_cues.txt``, with "gelar", "predikat", "skor", "nilai", "tempat" ...),
#: casefolded: as the head before "milik"/"yang dimiliki" ("peringkat pertama yang dimiliki X",
#: "skor tertinggi ... milik X") it makes X the holder, not an owner (rules.scores.relations).
HELD_THING_WORDS = frozenset({*(w.casefold() for w in word_list("rank_cues")), "gelar", "predikat",
                              "skor", "nilai", "tempat", "poin", "indeks", "rekor", "opini",
                              "status", "titel", "mahkota", "capaian", "angka", "rating"})
#: Words before "milik"/"kepunyaan" saying who a thing now is ("menjadi milik X", "kini milik X",
#: "jatuh menjadi milik X", "resmi milik X"): X holds it (rules.scores.relations).
BECOMES_WORDS = frozenset({"menjadi", "jadi", "kini", "jatuh", "resmi", "adalah", "merupakan",
                           "ialah"})
#: Words of attendance, guests or an opening before a name in a relative clause: "lomba yang
#: dihadiri X", "disaksikan langsung oleh X", "dibuka oleh X", "bersama X", "didampingi X"
#: (searched in a window ending where the name starts). Followed by a comma and a holding
#: clause with its own subject ("..., Desa Y meraih juara pertama"), the name holds nothing.
ATTENDED_BY = re.compile(
    r"\b(?:dihadiri|disaksikan|dibuka|diresmikan|ditutup|didampingi|ditemani|disambut"
    r"|bersama|bersama-sama)(?:[ \t]+(?:langsung|pula|juga|secara[ \t]+resmi))?"
    r"(?:[ \t]+oleh)?[ \t]+$",
    re.IGNORECASE)

#: One word of a name a list gives ("Pantai", "Alfa", "Beta-Niaga", "Alfa & Beta" as two words
#: and the ampersand); with :data:`NAME_NEXT_WORD` the name pattern the ranked-list rules share
#: (:mod:`~beritanlp.rules.scores.leaders`, :mod:`~beritanlp.rules.scores.bracketranks`).
NAME_WORD = r"[A-Z][\w'’&-]*"
#: A further word of a listed name: capitalised, or "of"/"de" before one ("Bank of Alfa").
NAME_NEXT_WORD = rf"[ \t]+(?:{NAME_WORD}|(?:of|de)(?=[ \t]+[A-Z]))"
#: What joins two listed names: ", ", " dan ", ", dan ", " serta ".
NAME_JOIN = r"[ \t]*,[ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+"
