"""The small word sets the officials rules test tokens against (casefolded, without dots)."""

from __future__ import annotations

from beritanlp.lexicons.parties import PARTY_FULL_NAMES
from beritanlp.lexicons.regions import COMPASS_WORDS
from beritanlp.lexicons.speech import speech_words
from beritanlp.lexicons.titles import load_ranks
from beritanlp.lexicons.words import tagged_words
from beritanlp.text.mojibake import APOSTROPHES, GARBLED_APOSTROPHES
from beritanlp.text.ordinals import rank_words
from beritanlp.text.words import NAME_JOINS


def apostrophe_forms(word: str) -> set[str]:
    """``word`` and, where it holds an ASCII apostrophe, its typographic and garbled forms.

    "jum'at" is also written "jum’at" and, in CLICK-ID's mojibake, "jum‚Äôat" (the
    tokenizer keeps either inside the word).
    """
    if "'" not in word:
        return {word}
    return {word} | {word.replace("'", mark) for mark in (*APOSTROPHES, *GARBLED_APOSTROPHES)}


#: Capitalised words that never start or continue a person's name: the ``officials`` rows of
#: ``lexicons/data/stopwords.txt``, ``days.txt`` and ``months.txt``, casefolded, with the
#: apostrophe's other forms ("Jum’at").
STOP_WORDS: frozenset[str] = frozenset(
    form.casefold()
    for table in ("stopwords", "days", "months")
    for word in tagged_words(table, "officials")
    for form in apostrophe_forms(word)
)
#: Stop words that open a person's name right after a rank ("AKP Lalu X"): the ``name_leads``
#: rows of ``lexicons/data/stopwords.txt``, casefolded.
NAME_LEADS: frozenset[str] = frozenset(
    w.casefold() for w in tagged_words("stopwords", "name_leads")
)
#: Months, casefolded: stop words, except where one begins a person's name ("Juli Tri Wahyono").
MONTHS: frozenset[str] = frozenset(word.casefold() for word in tagged_words("months", "officials"))
#: Words after a title that point back to someone named before ("Wali Kota Solo itu").
DEMONSTRATIVES: frozenset[str] = frozenset({"itu", "ini", "tersebut"})
#: Words before a position that say it is not (yet) held ("calon Wakil Bupati").
CANDIDACY_WORDS: frozenset[str] = frozenset("calon bakal kandidat".split())
#: Words that make a following position part of a document's name ("Peraturan Menteri ...").
DOCUMENT_WORDS: frozenset[str] = frozenset(
    "peraturan instruksi keputusan surat edaran penetapan perintah amanat pidato jabatan".split()
)
#: Words that make a following position an election's name ("Pemilihan Kepala Desa Serentak",
#: "Pemilu Presiden 2019"): the words after it name the event, not a holder.
EVENT_WORDS: frozenset[str] = frozenset("pemilihan pemilu pilkada".split())
#: The words that join two items of a list, the last one or two subjects ("A dan B", "A, B
#: serta C"): read by the list, apposition and office-clause readers alike.
LIST_JOINERS: frozenset[str] = frozenset({"dan", "serta"})
#: Words before a position that name someone close to its holder, not the holder ("Ajudan
#: Bupati X", "Asisten Pribadi Menpora, X", "istri Gubernur X"): the name after is theirs.
RELATION_WORDS: frozenset[str] = frozenset(
    "ajudan sopir istri suami aspri sespri pengawal ibunda ayahanda menantu pengacara perwakilan"
    .split()
)
#: Kin of a post's holder written before the title ("putra Bupati X, Budi", "Cucu Presiden X,
#: Budi"): like :data:`RELATION_WORDS`, the name after is theirs; a word of a name ("Eka Putra")
#: only outside a PERSON span. The ``kin`` rows of ``lexicons/data/person_roles.txt``.
KIN_WORDS: frozenset[str] = frozenset(tagged_words("person_roles", "kin"))
#: Words between a kin word and the title that say which child ("putra sulung", "putri kedua",
#: "adik kandung"): the ordinals of the one table (text/ordinals.py) and birth-order words.
BIRTH_ORDER: frozenset[str] = frozenset(
    {*"sulung bungsu tertua termuda kandung tiri angkat".split(), *rank_words(10)}
)
#: Two-word forms of :data:`RELATION_WORDS` ("Asisten Pribadi Menpora", "kuasa hukum eks Menpora").
RELATION_PAIRS: frozenset[tuple[str, str]] = frozenset(
    {("asisten", "pribadi"), ("staf", "pribadi"), ("sekretaris", "pribadi"), ("kuasa", "hukum"),
     ("penasihat", "hukum"), ("sekretariat", "pribadi")}
)
#: Words of natural features ("Sungai Musi", "Taman Nasional Komodo"): a person's name never
#: begins with one nor right after one (unit names end in them: "Balai Wilayah Sungai Musi").
NATURE_WORDS: frozenset[str] = frozenset(
    "sungai danau gunung pegunungan pulau selat teluk waduk kawah lembah pantai semenanjung "
    "taman tahura".split()
)
#: Words that make a following position part of a building's name ("Kantor Wali Kota X").
VENUE_WORDS: frozenset[str] = frozenset("kantor pendopo gedung istana rumah".split())
#: Words of named things a monarch's head may begin the name of: venues, vessels and craft,
#: streets ("Kapal Ratu Rosari II", "Jalan Raja Ali Haji", "Hotel Ratu"): no monarch there.
#: The ``officials`` rows of ``lexicons/data/thing_heads.txt`` (shared with the places rules).
NAMED_THING_WORDS: frozenset[str] = VENUE_WORDS | frozenset(
    tagged_words("thing_heads", "officials")
)
#: Lowercase words that stay inside a position before a capitalised portfolio ("Deputi bidang
#: Sumber Daya Manusia").
LOWER_UNITS: frozenset[str] = frozenset({"bidang", "urusan"})
#: Legal forms of companies: the word after one names the company, not a person.
COMPANY_FORMS: frozenset[str] = frozenset({"pt", "cv", "perum"})
#: Company forms a state company may bear, written with a glued dot ("PT. Pertamina", "Perum.
#: Bulog"): the dot continues the complement. A "CV." is always a private partnership.
STATE_COMPANY_FORMS: frozenset[str] = frozenset({"pt", "perum"})
#: Heads of bodies whose own name follows them ("Bank Permata", "Bank Mega"): the capitalised
#: word right after one is the body's name, not a person's (a known bank is an agency term and
#: a regional bank's place is read before the name: "Bank Jatim Budi").
NAMED_BODY_HEADS: frozenset[str] = frozenset({"bank"})
#: Words of sub-units that are always followed by their portfolio ("Bidang Kajian Anggaran",
#: "Subdit Penegakan Hukum"): capitalised words right after one name the unit, not a person.
PORTFOLIO_UNITS: frozenset[str] = frozenset(
    "bidang subbidang seksi subseksi bagian subbagian subbag subdit subdirektorat direktorat "
    "biro divisi".split()
)
#: Words that end a region's name and never begin a person's ("Jawa Barat", "Kepulauan Riau"):
#: after a scraper's gap ("Kepala Dinas Kesehatan Provinsi  , Barat Budi") they are what is
#: left of the region, not the first word of the name.
REGION_FRAGMENTS: frozenset[str] = COMPASS_WORDS | {"kepulauan"}
#: Words after "Suku" that make it a Jakarta city office ("Suku Dinas", "Suku Badan"), not a
#: tribe ("Kepala Suku X").
CITY_OFFICE_WORDS: frozenset[str] = frozenset({"dinas", "badan"})
#: English words that join the names of firms ("Hartley and Associates", "Smith & Co"): a name
#: followed by one and a firm's word (:data:`FIRM_WORDS`, or a non-public body's word of
#: ``positions.jsonl``) is a firm's; followed by a position ("Budi & Wali Kota X") it is not.
FIRM_JOINS: frozenset[str] = frozenset({"and", "&"})
#: Words that close a firm's name after a join ("Smith & Partners", "Hartley and Co").
FIRM_WORDS: frozenset[str] = frozenset("associates partners co company sons".split())
#: Words after which a position may be written in lowercase ("kata kepala dinas setempat,
#: Budi"; "menurut juru bicara kementerian, X"): the ``officials_lower`` speech verbs
#: (``lexicons/data/speech_verbs.txt``: the quote's words without "sebut", "pesan", "versi")
#: and "oleh".
LOWER_CUES: frozenset[str] = speech_words("officials_lower") | {"oleh"}
#: Words right after a head that stay in the position ("Presiden terpilih", "Presiden ketiga",
#: "Ketua Sementara DPRD", "Hakim tunggal"; after a whole title, they are skipped before the name);
#: never a word of a name.
POST_QUALIFIERS: frozenset[str] = frozenset({
    *"terpilih sementara tunggal nonaktif non-aktif nondefinitif non-definitif definitif "
     "demisioner".split(),
    *rank_words(19),  # "pertama" ... "kesembilanbelas", from the one table (text/ordinals.py)
})
#: Ordinals that "belas" follows in a teen ordinal written as two words ("keempat belas": 14).
TEEN_ORDINALS: dict[str, int] = rank_words(9, lowest=2)
#: Words after an ordinal that make it a time's or a term's, not a title's ("pertama kali",
#: "kedua kalinya", "Presiden RI kedua periode": the president in office, in a second term).
ORDINAL_TIMES: frozenset[str] = frozenset({"kali", "kalinya", "periode", "masa", "termin"})
#: A counter word between a number and what it counts ("empat orang pimpinan", "ke 3 orang
#: juara"): the number is a count, no ordinal of a title.
COUNTERS: frozenset[str] = frozenset({"orang"})
#: Given names written short with a dot glued to them ("Moh. Lutfi", "H.Muh.Jafar Hamid", "Abd.
#: Rahman": Mohammad, Muhammad, Abdul): like an initial, the name goes on after the dot.
NAME_ABBREVIATIONS: frozenset[str] = frozenset(
    "moh moch mochd mohd muh muhd mhd abd ach achmd".split()
)
#: Honours that are titles before a name but also words inside one: Minangkabau clan titles
#: follow the given name ("Supardi Datuk Rajo", "Andri Warman Datuk Bagindo"), so after a name
#: word they are more of the name, not a rank that ends it (normalised title words).
INNER_HONOURS: frozenset[str] = frozenset({"datuk", "dato"})
#: Royal titles that are also given names (Batak "Pangeran Simanjuntak"): a title only before
#: a name with a patronymic particle ("Pangeran Faisal bin Nasser").
ROYAL_TITLES: frozenset[str] = frozenset({"pangeran"})
#: Patronymic particles that mark a royal name after a royal title.
PATRONYMICS: frozenset[str] = frozenset({"bin", "binti"})
#: A word before a monarchy's country that the country's name may take ("Kerajaan Arab Saudi").
KINGDOM_WORDS: frozenset[str] = frozenset({"kerajaan", "kesultanan", "keemiran"})
#: Ordinary words for people or groups that may stand capitalised after a name's bracketed
#: initials ("Agus Salim (AS) Polisi ..."): never a surname there.
ROLE_WORDS: frozenset[str] = frozenset(
    "polisi petugas warga pihak aparat personel pegawai saksi korban pelaku tersangka terdakwa"
    " tim kader relawan massa mahasiswa siswa guru dokter perawat wartawan jurnalis".split()
)
#: Words for a person's part in a story that no office is ("warga", "korban", "pelatih",
#: "pengamat", "bernama", kin words): ``lexicons/data/person_roles.txt``. A full name written
#: with one is never the fuller form of an official's short name (its ``roles`` rows: all).
PERSON_ROLES: frozenset[str] = frozenset(tagged_words("person_roles", "roles"))
#: Institution heads: a capitalised word that begins an institution stops a name (the
#: ``officials`` rows of ``lexicons/data/institution_heads.txt``, casefolded).
INSTITUTION_HEADS: frozenset[str] = frozenset(
    word.casefold() for word in tagged_words("institution_heads", "officials")
)
#: Institution heads that begin a jurisdiction ("Partai X", "Kejaksaan Negeri Y"); the others
#: ("Dinas", "Kabupaten" ...) name a unit inside the position or a place.
JURISDICTION_HEADS: frozenset[str] = INSTITUTION_HEADS - {
    "dinas", "badan", "komisi", "lembaga", "sekretariat", "kabupaten", "kota", "provinsi",
    "kecamatan", "desa", "kelurahan",
}
#: Heads of a regional government, named by its place ("Pemerintah Kota X", "Pemkab Y"): the
#: capitalised words after one are the place's name, known or not ("Pemerintah Rivermont").
GOVERNMENT_HEADS: frozenset[str] = frozenset({"pemerintah", "pemkab", "pemkot", "pemprov"})
#: KB agency types that never serve as a jurisdiction (they are part of the position).
NON_JURISDICTION_TYPES: frozenset[str] = frozenset(
    {"regional_class", "regional_office", "secretariat", "sub_unit"}
)
#: A trailing place that names the whole country ("Kapolri ... RI").
NATION: frozenset[str] = frozenset({"ri", "indonesia", "republik indonesia", "nkri"})
#: Words between a name and its position ("Budi selaku Kepala Dinas"), longest first per word.
TRIGGERS: tuple[tuple[str, ...], ...] = (
    ("yang", "menjabat", "sebagai"),
    ("yang", "juga", "menjabat"),
    ("yang", "menjabat"),
    ("yang", "juga"),
    ("yang", "merupakan"),
    ("yang", "kini", "menjabat"),
    ("kini", "menjabat"),
    ("selaku",),
    ("sebagai",),
)
#: First words of :data:`TRIGGERS`.
TRIGGER_FIRST: frozenset[str] = frozenset(trig[0] for trig in TRIGGERS)
#: Words joining the members of a portfolio or unit name ("Koordinasi dan Supervisi"): the
#: name joins of :data:`beritanlp.text.words.NAME_JOINS`.
LOWER_JOIN: frozenset[str] = NAME_JOINS
#: Modifiers of an acting holder ("Plt Menteri X"): the post without them is another person's,
#: the holder of record (canonical texts of the position lexicon's modifiers).
ACTING_MODIFIERS: frozenset[str] = frozenset(
    {"Pelaksana Tugas", "Pelaksana Harian", "Penjabat", "Penjabat Sementara"}
)
#: Modifiers that may be written in lowercase before a capitalised head ("mantan Bupati").
LOWER_MODIFIERS: frozenset[str] = frozenset({"mantan", "eks"})
#: Heads of a village or district post (also the district's police and army commanders): their
#: jurisdiction may be a kecamatan or a desa.
LOCAL_HEADS: frozenset[str] = frozenset(
    {"Camat", "Lurah", "Kepala Desa", "Kapolsek", "Danramil", "Sekretaris Camat", "Sekretaris Desa"}
)
#: Unit words of a body's branch ("Bank X Cabang Solo", "PLN Unit Klaten"): the region after
#: one is the branch's, also where its name is an ordinary word.
BRANCH_UNITS: frozenset[str] = frozenset({"cabang", "unit"})
#: Heads of a region or of its police, army or prosecution office: the word right after one is
#: the region even when it is also an ordinary word ("Wali Kota Palu", "Bupati Serang").
REGION_HEADS: frozenset[str] = frozenset(
    {
        "Gubernur", "Wakil Gubernur", "Bupati", "Wakil Bupati", "Wali Kota", "Wakil Wali Kota",
        "Sekretaris Daerah", "Kapolda", "Wakapolda", "Kapolres", "Kapolresta", "Dandim",
        "Kajati", "Kajari",
    }
)
#: Academic and professional degrees written after a name, casefolded without dots ("M.Si." ->
#: "msi"): "Budi Santoso, S.H., M.H., Kepala Dinas X" names Budi Santoso. The degree names of
#: the Permendikbud rules on academic titles (sarjana, magister, doktor, profesi) and common
#: foreign ones.
DEGREES: frozenset[str] = frozenset(
    "sh mh se mm msi ssos sip map st mt skom mkom spd mpd sag mag skep ns sked mkes spsi "
    "mpsi shut sp mp spt ssi phd mba mpa msc bsc sik mhum ss lc ak cpa sstp mtp sth mth "
    "ssn msn sds spdi mpdi shi mhi sei mei sk sgz sfarm apt mkn sikom msos dea llm".split()
)
#: Words of the police and the armed forces: a body named with one is public even when its
#: name begins like a private one's ("Sekolah Polisi Negara", "Sekolah Staf dan Komando TNI").
FORCE_WORDS: frozenset[str] = frozenset({"polisi", "kepolisian", "polri", "militer", "tni"})
#: Police and military ranks ("Kombes", "AKBP", "Ajun Komisaris Besar", "Letkol"): the rank
#: sections of ``resources/person_titles.txt``, as tuples of normalised words.
RANKS: frozenset[tuple[str, ...]] = load_ranks()
#: Words in the longest rank.
MAX_RANK_WORDS: int = max(len(r) for r in RANKS)
#: Political parties of the 2019 and 2024 general elections (KPU), casefolded, and their
#: short forms, and a party's boards: the body an acronym-only party post ("Ketua Umum PKB")
#: must name.
#: The ``officials`` rows of ``lexicons/data/parties.txt`` (not its several-word full names,
#: :data:`~beritanlp.lexicons.parties.PARTY_FULL_NAMES`).
PARTIES: frozenset[str] = frozenset(tagged_words("parties", "officials")) - {
    " ".join(full) for full in PARTY_FULL_NAMES
}
#: Heads of a party post or a secretariat that also lead any organisation ("Ketua Umum",
#: "Sekretaris Jenderal"): followed only by an unknown acronym they lead a non-public body.
ORGANISATION_HEADS: frozenset[str] = frozenset(
    {"Sekretaris Jenderal", "Wakil Sekretaris Jenderal"}
)
#: Names of the army's regional commands (Kodam), written after their numeral: "Pangdam XVI
#: Pattimura" is the commander of Kodam XVI/Pattimura, no person named Pattimura.
COMMAND_NAMES: frozenset[tuple[str, ...]] = frozenset(
    tuple(name.split())
    for name in (
        "iskandar muda", "bukit barisan", "sriwijaya", "jaya", "siliwangi", "diponegoro",
        "brawijaya", "mulawarman", "udayana", "merdeka", "hasanuddin", "pattimura",
        "cenderawasih", "kasuari", "tanjungpura", "tuanku tambusai", "tuanku imam bonjol",
        "radin inten", "tambun bungai", "palaka wira", "mandala trikora",
    )
)
#: Words that make the name after them an object, not a speaker or subject: a preposition, a
#: case noun or a kin noun ("Kasus Korupsi Budi", "terhadap Budi", "korban Budi", "istri Budi").
OBJECT_MARKERS: frozenset[str] = frozenset({
    "kasus", "perkara", "terhadap", "soal", "tentang", "terkait", "atas", "untuk", "bagi",
    "kepada", "dengan", "oleh", "dari", "pada", "ke", "di", "tersangka", "terdakwa",
    "terpidana", "korban", "saksi", "pelaku", "terlapor", "pelapor", "buron", "jenazah",
    "makam", "kematian", "penangkapan", "penahanan", "vonis", "tuntutan", "sidang",
    "istri", "suami", "anak", "putra", "putri", "bersama",
})
#: Speech words right before a quote's speaker ("kata Budi", "..., Ini Kata Budi Santoso"): the
#: ``officials`` rows of ``lexicons/data/speech_verbs.txt``.
SPEECH_BEFORE: frozenset[str] = speech_words("officials")
#: Words after a name that join it to more names, not to a verb ("Budi dan Ani").
NAME_LINKS: frozenset[str] = frozenset({
    "dan", "atau", "serta", "yang", "bersama", "vs", "versus", "&", "hingga", "sampai",
})
#: Words that deny a verb of office ("tak lagi ditunjuk sebagai", "gagal terpilih menjadi").
NEGATIONS: frozenset[str] = frozenset("tak tidak bukan belum batal gagal".split())
