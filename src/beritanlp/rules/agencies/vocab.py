"""Words the agency rules read: institution heads, exclusions, stop words, region aliases."""

from __future__ import annotations

import re

from beritanlp.lexicons.words import tagged_words

#: Head words that make a name a public institution (generative patterns, definitions, NER ORGs);
#: the ``agencies`` rows of ``lexicons/data/institution_heads.txt``.
INSTITUTION_HEADS: tuple[str, ...] = tagged_words("institution_heads", "agencies")
#: An institution head as a whole word at a position ("Perum X", not "Perumahan").
HEAD_AT = re.compile(
    "(?:" + "|".join(re.escape(h) for h in sorted(INSTITUTION_HEADS, key=len, reverse=True))
    + r")(?![\w-])"
)
#: Words that disqualify a candidate: international bodies (of the UN, ASEAN, the European
#: Union: "Komisi Eropa"), parties, NGOs, universities, firms.
EXCLUDED_WORDS: frozenset[str] = frozenset(
    {
        "PBB", "United", "Nations", "Perserikatan", "Internasional",
        "International", "Universitas", "Institut", "Fakultas", "Pengurus",
        "Sekolah", "Politeknik", "Partai", "Fraksi", "Usaha", "Swadaya", "Hotel", "Yayasan",
        "Perhimpunan", "Persatuan", "Asosiasi", "Ikatan", "Himpunan", "Forum", "Global", "Center",
        "Centre", "Foundation", "Pemuda", "Mahasiswa", "Persero", "Tbk", "Asia", "ASEAN",
        "Dunia", "World", "Eropa", "Europe", "European", "UIN", "IAIN", "Gereja", "Paroki",
    }
)
#: Words that begin a venue or a body of its own ("Aula X", "Masjid X", "Laboratorium X"): after
#: a comma inside a name they start the next item of a list, not a portfolio of the name
#: ("Dinas Pendidikan, Aula Gereja X, dan Masjid Y"; unlike "Badan Meteorologi, Klimatologi,
#: dan Geofisika").
LIST_ITEM_HEADS: frozenset[str] = frozenset(
    "Aula Masjid Gereja Pura Vihara Klenteng Gedung Wisma Hotel Stadion Lapangan "
    "Laboratorium Sekolah Universitas".split()
)
#: Words of :data:`EXCLUDED_WORDS` that name a region of the world or what lies beyond the
#: country: after a directorate's head they are its portfolio ("Direktorat Eropa II",
#: "Direktorat Jenderal Kerja Sama ASEAN", "Direktorat Jenderal Perundingan Perdagangan
#: Internasional"), a national unit; elsewhere they mark an international body ("Komisi Eropa").
WORLD_PORTFOLIO_WORDS: frozenset[str] = frozenset({"Eropa", "Asia", "ASEAN", "Internasional"})
#: Heads of the units of a ministry or agency that are named after their portfolio.
DIRECTORATE_HEADS: tuple[str, ...] = (
    "Direktorat Jenderal", "Direktorat", "Ditjen", "Sub Direktorat", "Subdirektorat",
    # the sub-directorate's short form, as police directorates write it ("Subdit Siber
    # Ditreskrimsus Polda X"): a unit only with its police body (patterns._POLICE_BODY)
    "Subdit",
)
#: Day names, capitalised ("Senin"): the ``agencies`` rows of ``lexicons/data/days.txt``.
DAY_NAMES: frozenset[str] = frozenset(
    day.capitalize() for day in tagged_words("days", "agencies")
)
#: Capitalised words that end a region or name (titles, days, sentence openers): the
#: ``agencies`` rows of ``lexicons/data/stopwords.txt`` and the day names.
STOP_WORDS: frozenset[str] = frozenset(tagged_words("stopwords", "agencies")) | DAY_NAMES
#: Position words: a knowledge-base portfolio right after them is a title, not an agency mention
#: ("Menteri Keuangan", "Menteri LHK").
POSITION_BEFORE: frozenset[str] = frozenset(
    {"Menteri", "Menko", "Wamen", "Wakil Menteri", "Mendagri", "Menpan", "Kemen"}
)
#: Region abbreviations used after regional bodies (facts: province names).
REGION_ALIASES: dict[str, str] = {
    "jabar": "jawabarat", "jateng": "jawatengah", "jatim": "jawatimur", "dki": "dkijakarta",
    "jakarta": "dkijakarta", "diy": "daerahistimewayogyakarta", "babel": "kepulauanbangkabelitung",
    "bangkabelitung": "kepulauanbangkabelitung", "kalsel": "kalimantanselatan",
    "kalbar": "kalimantanbarat", "kalteng": "kalimantantengah", "kaltim": "kalimantantimur",
    "kaltara": "kalimantanutara", "sumut": "sumaterautara", "sumbar": "sumaterabarat",
    "sumsel": "sumateraselatan", "sulsel": "sulawesiselatan", "sulut": "sulawesiutara",
    "sulteng": "sulawesitengah", "sultra": "sulawesitenggara", "sulbar": "sulawesibarat",
    "ntt": "nusatenggaratimur", "ntb": "nusatenggarabarat", "kepri": "kepulauanriau",
    "malut": "malukuutara", "papbar": "papuabarat", "pabar": "papuabarat",
    "jakut": "jakartautara", "jaksel": "jakartaselatan", "jakbar": "jakartabarat",
    "jaktim": "jakartatimur", "jakpus": "jakartapusat", "pabarda": "papuabaratdaya",
    "metrojaya": "metrojaya",  # the capital region's police area ("Polda Metro Jaya")
    # regencies and cities commonly shortened in the news (facts: regency and city names)
    "tangsel": "tangerangselatan", "kukar": "kutaikartanegara", "kutim": "kutaitimur",
    "kubar": "kutaibarat", "kobar": "kotawaringinbarat", "kotim": "kotawaringintimur",
    "inhil": "indragirihilir", "inhu": "indragirihulu", "lobar": "lombokbarat",
    "lotim": "lomboktimur", "loteng": "lomboktengah", "tanbu": "tanahbumbu",
    "sidrap": "sidenrengrappang", "tapsel": "tapanuliselatan", "taput": "tapanuliutara",
    "tapteng": "tapanulitengah", "madina": "mandailingnatal", "sergai": "serdangbedagai",
    "pasbar": "pasamanbarat", "oku": "ogankomeringulu", "oki": "ogankomeringilir",
    "muba": "musibanyuasin", "lamsel": "lampungselatan", "lamteng": "lampungtengah",
    "lamtim": "lampungtimur", "lambar": "lampungbarat", "lampura": "lampungutara",
    "halsel": "halmaheraselatan", "bolmong": "bolaangmongondow", "mabar": "manggaraibarat",
    "polman": "polewalimandar",
    # the capital province's old name, kept by the Ombudsman's office ("Ombudsman RI Jakarta
    # Raya", also written "Ombudsman DKI")
    "jakartaraya": "dkijakarta",
    # court codes of case register numbers ("Nomor 12/Pdt.G/2019/PN Jkt.Pst"; facts: the courts'
    # own codes)
    "jktpst": "jakartapusat", "jktsel": "jakartaselatan", "jkttim": "jakartatimur",
    "jktutr": "jakartautara", "jktbar": "jakartabarat", "smg": "semarang", "sby": "surabaya",
    "bdg": "bandung", "mdn": "medan", "mks": "makassar", "dps": "denpasar", "plg": "palembang",
    "yyk": "yogyakarta", "skt": "surakarta", "tng": "tangerang", "bks": "bekasi",
}
#: Words naming a body's headquarters before its short form ("Mabes Polri", "Mabes TNI"): a
#: name of the body's seat, which names the body only where the text never writes the body's
#: own short form ("Polri").
HEADQUARTERS_WORDS: frozenset[str] = frozenset({"Mabes"})
#: Phrases that name a class of institutions or a generic body, not one agency (lowercase,
#: compared with the whole candidate).
GENERIC_PHRASES: frozenset[str] = frozenset(
    {
        "pemerintah daerah provinsi terbaik", "lembaga negara", "kementerian dan lembaga",
        "satuan tugas", "satgas", "balai kota", "balai desa", "balai sidang", "balai pertemuan",
        "balai kartini", "direktorat jenderal", "badan usaha", "lembaga keuangan",
        "lembaga keuangan mikro", "lembaga keuangan bank", "lembaga keuangan non-bank",
        # joint teams of several bodies are no body of their own
        "satgas gabungan", "satuan tugas gabungan", "tim gabungan", "satgas terpadu",
        # a legal entity (a status, GENERIC_PREFIXES below)
        "badan hukum",
    }
)
#: Starts of generic names (lowercase, followed by more words): party and organisation boards
#: ("Dewan Pimpinan Pusat") are not public institutions; "Balai Kota X" is a building.
GENERIC_PREFIXES: tuple[str, ...] = (
    "dewan pimpinan ", "dewan pengurus ", "balai kota ", "balai desa ", "lembaga swadaya ",
    # organisations with public-sounding names that are not state bodies (NGOs, councils of
    # trades, religion or sport): GUIDELINE.md "Not: ... NGOs"
    "dewan kerajinan nasional", "majelis ulama", "komisi nasional perlindungan anak",
    "komisi nasional pengendalian tembakau", "dewan masjid", "lembaga bantuan hukum",
    "lembaga survei", "badan eksekutif mahasiswa", "komite olahraga", "palang merah",
    "kamar dagang", "dewan adat", "lembaga adat", "majelis desa adat", "majelis adat",
    "dewan kemakmuran masjid",
    "dewan kerukunan masjid", "balai lelang ", "majelis taklim", "majelis hakim",
    "majelis rasulullah", "majelis zikir", "majelis dzikir", "pusat studi ",
    # professional certification bodies (licensed by BNSP, run by schools and trades)
    "lembaga sertifikasi profesi",
    # a legal entity ("badan hukum"), a status of companies and foundations, no body: "Direktur
    # Perlindungan WNI dan Badan Hukum Indonesia" is a directorate's portfolio
    "badan hukum ",
)
#: Words right before "Dinas"/"Pemerintah" that make it an adjective or part of a title, not an
#: agency: "rumah dinas" (official residence), "Peraturan Pemerintah" (a regulation).
NOT_BODY_BEFORE: frozenset[str] = frozenset(
    {"Rumah", "rumah", "Mobil", "mobil", "Kendaraan", "kendaraan", "Perjalanan", "perjalanan",
     "Pakaian", "pakaian", "Seragam", "seragam", "Peraturan"}
)
#: Words opening the name of an association or other non-state organisation: a body's name
#: right after one is part of the organisation's name ("Asosiasi Dinas Kesehatan Seluruh
#: Indonesia", "Forum Pemerintah Kabupaten ..."), GUIDELINE.md "Not: ... NGOs".
ORGANISATION_BEFORE: frozenset[str] = frozenset(
    {"Asosiasi", "Ikatan", "Perhimpunan", "Persatuan", "Himpunan", "Forum", "Yayasan",
     "Paguyuban", "Koperasi"}
)
#: Position words before an agency name: a person's name may follow the name ("Kepala Dinas
#: LH Andono Warih").
POSITION_CUES: frozenset[str] = frozenset(
    {
        "Kepala", "Ketua", "Wakil", "Direktur", "Sekretaris", "Komandan", "Kadis", "Kabag",
        "Kabid", "Kasubag", "Kasi", "Plt", "Plh", "Pj", "Anggota", "Inspektur", "Deputi",
        "Dirut", "Pimpinan", "Kasat", "Kasatreskrim", "Kapolres", "Kapolda", "Juru", "Bicara",
        "Jubir", "Koordinator", "Panglima", "Pangdam", "Danrem", "Dandim", "Kajati", "Kajari",
        "Kalapas", "Karo", "Kakanwil", "Rektor", "Auditor",
    }
)
#: Words opening the name of a port or an airport, a place the police name a command after
#: ("Polres Bandara Sukamaju Raya", "Polsek Pelabuhan Laut Teluk Indah"): the words after them
#: are the facility's name, not a region the gazetteer knows.
FACILITY_HEADS: tuple[str, ...] = (
    "Bandar Udara Internasional", "Bandar Udara", "Bandara Internasional", "Bandara",
    "Pelabuhan Laut", "Pelabuhan",
)
#: A city's police command by its own name: the city's tier after its place is part of its
#: name ("Polresta Sukamaju Kota" is "Polresta Sukamaju"), no other command.
CITY_COMMANDS: tuple[str, ...] = ("Polresta", "Kepolisian Resor Kota")
#: Words naming a former building: an agency named only after one is a venue ("Gedung Eks
#: DPRD").
VENUE_BEFORE: frozenset[str] = frozenset({"Eks", "eks", "bekas"})
#: A regional legislature's secretariat, written long and short.
DPRD_SECRETARIAT: tuple[str, ...] = ("Sekretariat DPRD", "Setwan")
#: Generative regional-government forms: short form -> (kind, is_full).
REGIONAL_GOV = {
    "Pemerintah Provinsi": "pemprov", "Pemerintah Kabupaten": "pemkab",
    "Pemerintah Kota": "pemkot", "Pemerintah Daerah Provinsi": "pemprov",
    "Pemerintah Daerah Kabupaten": "pemkab", "Pemerintah Daerah Kota": "pemkot",
    "Pemerintah Daerah": "pemda", "Pemerintah Kab.": "pemkab",
    "Pemprov": "pemprov", "Pemkab": "pemkab", "Pemkot": "pemkot", "Pemko": "pemkot",
    "Pemda": "pemda",
    "Pemdaprov": "pemprov", "Pemdakab": "pemkab", "Pemdakot": "pemkot",
}
#: A capitalised word of a name: a word (with a number after a hyphen, "Covid-19"), a short
#: capital, a number ("061/Suryakancana") or a Roman numeral with its command's name
#: ("XVII/Cenderawasih").
CAP = (r"(?:[IVX]+/[A-Z][A-Za-z]+|[A-Z][A-Za-z'’.-]*[A-Za-z](?:-[0-9]{1,4}\b)?|[A-Z]{1,2}"
       r"|[0-9]{1,4}(?:/[A-Za-z0-9]+)?)")
ROMAN = r"(?:XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
#: DPR commissions named by their portfolio ("Komisi Hukum DPR") and their numbers: only the
#: portfolios whose commission kept its number through the DPR's periods since 2009.
DPR_COMMISSION_PORTFOLIOS: dict[str, str] = {
    "Pertahanan": "I", "Pemerintahan": "II", "Hukum": "III", "Agama": "VIII",
    "Kesehatan": "IX", "Pendidikan": "X", "Keuangan": "XI",
}
REGION_PREFIX = r"(?:(?:Provinsi|Prov\.|Kabupaten|Kab\.|Kota|Kecamatan|Kec\.|Daerah\s+Istimewa)\s+)"

#: Unit words and their short forms (long, short): the one table of unit abbreviations. Keys of
#: sub-units and of a national body's regional units write the short form, so that one unit
#: written two ways is one record ("Kantor Wilayah" and "Kanwil", "Marketing Operation Region"
#: and "MOR"); a short head is read as its long form to find a knowledge-base name ("Itjen X"). An
#: empty short form drops the word from a sub-unit's key.
UNIT_ABBREVIATIONS = (
    ("Sekretariat Daerah", "Setda"), ("Sekretariat Jenderal", "Setjen"),
    ("Direktorat Jenderal", "Ditjen"), ("Kantor Wilayah", "Kanwil"),
    ("Hubungan Masyarakat", "Humas"), ("Provinsi", ""), ("Kabupaten", "Kab"),
    ("Suku Dinas", "Sudin"), ("Lingkungan Hidup", "LH"),
    ("Inspektorat Jenderal", "Itjen"), ("Badan Penelitian dan Pengembangan", "Balitbang"),
    ("Divisi Regional", "Divre"), ("Daerah Operasi", "Daop"),
    ("Marketing Operation Region", "MOR"), ("Unit Induk Distribusi", "UID"),
    ("Unit Induk Wilayah", "UIW"),
)
#: Directorates of a regional police command and units of a district command, by the names and
#: short forms of the police's own organisation (long, short): "Direktorat Reserse Kriminal
#: Khusus Polda X" and "Ditreskrimsus Polda X" are one unit. Read only in a name with a police
#: command (:data:`POLICE_COMMAND`): a ministry also has a "Direktorat Lalu Lintas".
POLICE_UNIT_ABBREVIATIONS = (
    ("Direktorat Reserse Kriminal Khusus", "Ditreskrimsus"),
    ("Direktorat Reserse Kriminal Umum", "Ditreskrimum"),
    ("Direktorat Reserse Narkoba", "Ditresnarkoba"), ("Direktorat Lalu Lintas", "Ditlantas"),
    ("Direktorat Intelijen dan Keamanan", "Ditintelkam"),
    ("Direktorat Pembinaan Masyarakat", "Ditbinmas"),
    ("Satuan Reserse Kriminal", "Satreskrim"), ("Satuan Reserse Narkoba", "Satresnarkoba"),
    ("Satuan Lalu Lintas", "Satlantas"), ("Satuan Intelijen dan Keamanan", "Satintelkam"),
    ("Satuan Pembinaan Masyarakat", "Satbinmas"),
    # the units half written out: "Satuan Reskrim", "Sat Reskrim", "Unit Pelayanan Perempuan
    # dan Anak" are "Satreskrim" and "Unit PPA" (longer forms first)
    ("Satuan Reskrim", "Satreskrim"), ("Sat Reskrim", "Satreskrim"),
    ("Satuan Narkoba", "Satresnarkoba"), ("Satuan Resnarkoba", "Satresnarkoba"),
    ("Sat Resnarkoba", "Satresnarkoba"), ("Sat Narkoba", "Satresnarkoba"),
    ("Satuan Lantas", "Satlantas"), ("Sat Lantas", "Satlantas"),
    ("Satuan Intelkam", "Satintelkam"), ("Sat Intelkam", "Satintelkam"),
    ("Satuan Binmas", "Satbinmas"), ("Sat Binmas", "Satbinmas"),
    ("Satuan Samapta Bhayangkara", "Satsamapta"), ("Satuan Samapta", "Satsamapta"),
    ("Sat Samapta", "Satsamapta"), ("Satuan Sabhara", "Satsabhara"),
    ("Sat Sabhara", "Satsabhara"), ("Satuan Polairud", "Satpolairud"),
    ("Sat Polairud", "Satpolairud"),
    ("Unit Perlindungan Perempuan dan Anak", "Unit PPA"),
    ("Unit Pelayanan Perempuan dan Anak", "Unit PPA"),
)
#: Units of a district command written before it in short ("Satreskrim Polres Sukamaju"):
#: heads of a sub-unit, and words that may go on a written-out unit's name ("Unit Tipidter
#: Satreskrim Polres X").
POLICE_UNIT_SHORT_HEADS: tuple[str, ...] = (
    "Ditreskrimsus", "Ditreskrimum", "Ditresnarkoba", "Ditlantas", "Ditpolairud", "Ditsamapta",
    "Ditintelkam", "Ditbinmas", "Satreskrim", "Satlantas", "Satresnarkoba", "Satintelkam",
    "Satsamapta", "Satpolairud", "Satbinmas",
)
#: Heads of a police command's unit written out ("Satuan Reserse Narkoba Polres X", "Sat
#: Reskrim Polsek Y", "Unit PPA Polres Z"): ordinary words too ("satuan kerja", "12 Unit
#: Rumah"), read as a unit's head only before a portfolio of :data:`POLICE_PORTFOLIO_WORDS`.
POLICE_UNIT_HEADS: tuple[str, ...] = ("Satuan", "Sat", "Unit")
#: The police's portfolio words, one of which opens a written-out unit's name right after its
#: head ("Unit Reskrim", "Satuan Lalu Lintas", "Unit Perlindungan Perempuan dan Anak").
POLICE_PORTFOLIO_WORDS: frozenset[str] = frozenset(
    "Reskrim Reserse Narkoba Resnarkoba Reskoba Lantas Lalu Laka Kecelakaan PPA Perlindungan "
    "Pelayanan Intelkam Intelijen Samapta Sabhara Shabara Binmas Pembinaan Polairud Jatanras "
    "Krimsus Krimum Tipidter Tipiter Tipikor Tipidkor Tahti Resmob Turjawali Forensik Inafis "
    "Identifikasi Pidum Pidsus".split()
)
#: Further words of a written-out unit's name, between its portfolio word and its command
#: ("Reserse Kriminal Khusus", "Lalu Lintas", "Perempuan dan Anak", "Samapta Bhayangkara").
POLICE_UNIT_NAME_WORDS: frozenset[str] = frozenset(
    "Kriminal Khusus Umum Lintas Perempuan Anak Bhayangkara Keamanan Masyarakat Tindak Pidana "
    "Tertentu Korupsi Perairan Udara Tahanan Barang Bukti Mobile Kejahatan Kekerasan dan".split()
)
#: Posts of a police unit written before its name ("Kanit Reskrim", "Kasubnit 2 Unit PPA",
#: "Panit I Unit Reskrim"): a unit after one is the post's, not named on its own. Written here,
#: not read from the position lexicon (resources/positions.jsonl): that lexicon is a pipeline
#: table, not at hand where this module's patterns are built, and it has only Kanit, Panit and
#: Kasat; adding the others there would change the officials the pipeline finds.
POLICE_POST_CUES: frozenset[str] = frozenset(
    {"Kanit", "Wakanit", "Kasubnit", "Panit", "Banit", "Kasat", "Wakasat", "Kaur"}
)
#: Words counting what comes after them ("Sebanyak 30 Satuan ...", "Sejumlah Unit ..."),
#: besides numbers (:func:`beritanlp.text.numbers.count_word`).
COUNTING_WORDS: frozenset[str] = frozenset({"sebanyak", "sejumlah", "setiap", "tiap"})
#: A police command in a unit's name ("Polda Riau", "Polres Sukamaju", "Polisi Daerah Metro
#: Jaya"): the unit is the police's, and :data:`POLICE_UNIT_ABBREVIATIONS` apply.
POLICE_COMMAND = re.compile(
    r"\b(?:Polda|Polres|Polresta|Polrestabes|Polrestro|Polsek|Polsekta|Kepolisian[ \t]+"
    r"(?:Daerah|Resor|Sektor)|Polisi[ \t]+(?:Daerah|Resor|Sektor))\b"
)
