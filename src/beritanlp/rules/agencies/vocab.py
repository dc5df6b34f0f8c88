"""Words the agency rules read: institution heads, exclusions, stop words, region aliases."""

from __future__ import annotations

from beritanlp.lexicons.words import tagged_words

#: Head words that make a name a public institution (generative patterns, definitions, NER ORGs);
#: the ``agencies`` rows of ``lexicons/data/institution_heads.txt``.
INSTITUTION_HEADS: tuple[str, ...] = tagged_words("institution_heads", "agencies")
#: Words that disqualify a candidate: international bodies, parties, NGOs, universities, firms.
EXCLUDED_WORDS: frozenset[str] = frozenset(
    {
        "PBB", "United", "Nations", "Internasional", "International", "Universitas", "Institut",
        "Sekolah", "Politeknik", "Partai", "Fraksi", "Usaha", "Swadaya", "Hotel", "Yayasan",
        "Perhimpunan", "Persatuan", "Asosiasi", "Ikatan", "Himpunan", "Forum", "Global", "Center",
        "Centre", "Foundation", "Pemuda", "Mahasiswa", "Persero", "Tbk", "Asia", "ASEAN",
        "Dunia", "World",
    }
)
#: Capitalised words that end a region or name (titles, days, sentence openers): the
#: ``agencies`` rows of ``lexicons/data/stopwords.txt`` and of ``days.txt`` (capitalised).
STOP_WORDS: frozenset[str] = frozenset(tagged_words("stopwords", "agencies")) | frozenset(
    day.capitalize() for day in tagged_words("days", "agencies")
)
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
}
#: Generative regional-government forms: short form -> (kind, is_full).
REGIONAL_GOV = {
    "Pemerintah Provinsi": "pemprov", "Pemerintah Kabupaten": "pemkab",
    "Pemerintah Kota": "pemkot", "Pemerintah Daerah Provinsi": "pemprov",
    "Pemerintah Daerah Kabupaten": "pemkab", "Pemerintah Daerah Kota": "pemkot",
    "Pemerintah Daerah": "pemda", "Pemerintah Kab.": "pemkab",
    "Pemprov": "pemprov", "Pemkab": "pemkab", "Pemkot": "pemkot", "Pemda": "pemda",
    "Pemdaprov": "pemprov", "Pemdakab": "pemkab", "Pemdakot": "pemkot",
}
CAP = r"(?:[A-Z][A-Za-z'’.-]*[A-Za-z]|[A-Z]{1,2}|[0-9]{1,4}(?:/[A-Za-z0-9]+)?)"
ROMAN = r"(?:XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
REGION_PREFIX = r"(?:(?:Provinsi|Kabupaten|Kab\.|Kota|Kecamatan|Kec\.|Daerah\s+Istimewa)\s+)"
