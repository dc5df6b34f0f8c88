"""Region phrases after regional bodies ("Pemkab Bogor", "BPBD Jatim"): finding and keys."""

from __future__ import annotations

import re
from functools import lru_cache

from beritanlp.lexicons.agencies import CLASSED_OFFICE_ENDS, OFFICE_CLASS_NUMERAL
from beritanlp.lexicons.regions import COMPASS_WORDS, Gazetteer
from beritanlp.lexicons.speech import speech_alternation
from beritanlp.rules.agencies.vocab import (
    CAP,
    EXCLUDED_WORDS,
    FACILITY_HEADS,
    REGION_ALIASES,
    REGION_PREFIX,
    ROMAN,
    STOP_WORDS,
    UNIT_ABBREVIATIONS,
)
from beritanlp.text.headline import headline_end, in_title_case_headline


def norm(text: str) -> str:
    """Lowercase letters and digits of ``text`` only (a grouping key)."""
    return re.sub(r"[^0-9a-z]", "", text.lower())


def region_key(region: str) -> str:
    """Normalise a region phrase for grouping ("Kab. Bogor" and "Kabupaten Bogor" agree).

    The rules ask :meth:`RegionNames.key`, which keeps the answers per instance (a text
    naming one body a thousand times asks a thousand times).
    """
    words = region.replace(".", ". ").split()
    prefixes = {"provinsi", "kabupaten", "kab.", "kab", "kota", "kecamatan", "kec.", "prov.",
                "prov"}
    while len(words) > 1 and words[0].lower() in prefixes:
        words = words[1:]
    key = norm(" ".join(words))
    if key.startswith("dki") and key != "dki":
        key = "dkijakarta"
    return REGION_ALIASES.get(key, key)


_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_PREFIX_WORDS = frozenset({"Provinsi", "Prov", "Kabupaten", "Kab", "Kota", "Kecamatan", "Kec"})
_BODY_WORDS = frozenset(
    {"Pemerintah", "Pemda", "Pemprov", "Pemkab", "Pemkot", "Pemko", "Dinas", "Badan"}
)
_PAREN_AFTER = re.compile(r"[ \t]+\([A-Z][A-Za-z0-9 -]{0,20}\)")
#: An office's class before the place it serves ("KSOP Kelas IV X", "Lapas kelas IIA Y", "Kantor
#: Imigrasi Kelas I Khusus Z"): part of the office's name, the region comes after it.
_OFFICE_CLASS = re.compile(
    rf"[ \t]+[Kk]elas[ \t]+{OFFICE_CLASS_NUMERAL}(?:[ \t]+Khusus)?(?=[ \t]+[A-Z])"
)
#: A region's level written in lowercase before its name ("Dinas Sosial kota Sukamaju", "DPRD
#: provinsi Jawa Barat"): the region's prefix all the same.
_LOWERCASE_LEVEL = r"(?:(?:provinsi|kabupaten|kota)[ \t]+(?=[A-Z]))"
_REGION_AFTER = re.compile(
    r"[ \t]+((?:" + REGION_PREFIX + "|" + _LOWERCASE_LEVEL + r")?" + CAP
    + r"(?:[ \t]+" + CAP + r"){0,2})"
)


def region_after(
    text: str, pos: int, regions: RegionNames, person_starts: frozenset[int] = frozenset()
) -> tuple[int, str] | None:
    """Match a region phrase right after ``pos`` (one space); return (end, region text).

    A parenthesised short form in between is skipped: "Pemerintah Kota (Pemkot) Depok"; so is
    an office's class: "KSOP Kelas II Sukamaju" (the class stays in the office's name).
    ``regions`` tells which names are known regions (the phrase is trimmed to one);
    ``person_starts``, where the NER's PERSON entities start (a port's or an airport's name
    stops there, :func:`facility_after`).
    """
    paren = _PAREN_AFTER.match(text, pos)
    if paren is not None:
        return region_after(text, paren.end(), regions, person_starts)
    office_class = (
        _OFFICE_CLASS.match(text, pos)
        if text.startswith("elas", pos + 2)
        and text.endswith(CLASSED_OFFICE_ENDS, 0, pos - text.endswith(")", 0, pos))
        else None
    )
    place = (None if office_class is None
             else _place_after_class(text, office_class.end(), regions, person_starts))
    if place is not None:
        return place
    facility = facility_after(text, pos, regions, person_starts)
    if facility is not None:
        return facility
    match = _REGION_AFTER.match(text, pos)
    if not match:
        return None
    kept = regions.region_words(match.group(1))
    if kept and _is_guessed_region(text, pos, " ".join(kept), regions):
        return None  # "Dinas Kesehatan Wajibkan Warga": capitals in a headline name nothing
    # A bare prefix ("Kota") is not a region.
    if not kept or (len(kept) == 1 and kept[0].rstrip(".") in ("Kabupaten", "Kota", "Provinsi")):
        return None
    region = " ".join(kept)
    start = match.start(1)
    end = start + len(region)
    if text[start:end] != region:  # words separated by tabs or double spaces
        return None
    compass = _COMPASS_AFTER.match(text, end)
    if compass is not None and regions.major(f"{region} {compass.group(1).capitalize()}"):
        return compass.end(), text[start : compass.end()]  # "Jakarta utara": Jakarta Utara
    return end, region.rstrip(".") if region.endswith(".") and region.count(".") == 1 else region


def _place_after_class(
    text: str, pos: int, regions: RegionNames, person_starts: frozenset[int]
) -> tuple[int, str] | None:
    """The place an office's class is followed by ("KSOP Kelas II Tanjung Sukamaju").

    A port is often named by two words whose first alone the gazetteer knows ("Tanjung"): a
    one-word region goes on with one more capitalised word that ends the run (no stop word, no
    person the NER found, no capitalised word after it). None when the words after the class
    are a person's: one the NER found starts there, or a head's title before the office and a
    speech verb right after them ("Kepala KSOP Kelas II Bima Prasetyo mengatakan"), or any
    lowercase word right after a word added to a one-word place ("Kepala KSOP Kelas III Agam
    Saputra menutup"); the class is then read as before, with no place.
    """
    region = region_after(text, pos, regions, person_starts)
    if region is None or region[0] - len(region[1]) in person_starts:
        return None
    extended = False
    if " " not in region[1]:
        word = _NAME_WORD.match(text, region[0])
        if not (
            word is None or word.group(1) in STOP_WORDS or word.group(1) in EXCLUDED_WORDS
            or word.start(1) in person_starts or _CAPITALISED_NEXT.match(text, word.end())
        ):
            region, extended = (word.end(), text[pos:word.end()].strip()), True
    if _HEAD_BEFORE_OFFICE.search(text, max(0, pos - 80), pos) and (
        _SPEECH_AFTER.match(text, region[0])
        or (extended and _LOWER_NEXT.match(text, region[0]))
    ):
        return None  # "Kepala KSOP Kelas III Agam Saputra menutup ...": the head's name
    return region


def classed_place(text: str, end: int, region: tuple[int, str], regions: RegionNames) -> bool:
    """Tell whether ``region`` follows an office's class written after a body ending at ``end``.

    "Kepala KSOP Kelas II Tanjung Sukamaju, Budi": a place whose first word the gazetteer knows
    names the office's port, not its head (whose name comes after it).
    """
    start = region[0] - len(region[1])
    first = region[1].split(maxsplit=1)[0]
    return start > end and "elas" in text[end:start] and regions.known(first)


#: A head's title before an office and its class, ending where the class starts ("Kepala KSOP
#: Kelas II", "Kepala Kantor Imigrasi kelas I").
_HEAD_BEFORE_OFFICE = re.compile(r"\bKepala(?:[ \t]+[A-Z][\w.-]*){1,6}[ \t]+[Kk]elas\b")
#: A speech verb right after the words after a class: they are a speaker's name.
_SPEECH_AFTER = re.compile(r"[ \t]+(?:" + speech_alternation("agencies_speaker") + r")\b")
#: A lowercase word right after a word (no comma between): a one-word place and a word added
#: to it under a head's title, then a verb, are the head's name ("Kepala KSOP Kelas III Agam
#: Saputra menutup").
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
#: A capitalised word (or an opening bracket) right after a word.
_CAPITALISED_NEXT = re.compile(r"[ \t]+[A-Z(]")
#: A port's or an airport's head word and the words after it (:data:`FACILITY_HEADS`).
_FACILITY_AFTER = re.compile(
    r"[ \t]+(" + "|".join(h.replace(" ", r"[ \t]+") for h in FACILITY_HEADS) + r")"
    r"(?=[ \t]+[A-Z])"
)
_NAME_WORD = re.compile(r"[ \t]+([A-Z][\w'’-]*[\w])(?![\w-])")
#: How many words after the head a port's or an airport's own name has at most.
_FACILITY_NAME_WORDS = 2


def _person_next(text: str, pos: int, regions: RegionNames) -> bool:
    """A capitalised word at ``pos`` that is no stop word, excluded word or known region.

    The word before it then opens a person's name rather than ending a facility's.
    """
    word = _NAME_WORD.match(text, pos)
    if word is None:
        return False
    bare = word.group(1)
    return not (bare in STOP_WORDS or bare in EXCLUDED_WORDS or regions.known(bare))


def facility_after(
    text: str, pos: int, regions: RegionNames, person_starts: frozenset[int] = frozenset()
) -> tuple[int, str] | None:
    """A port or an airport right after ``pos`` that a body is named after; (end, its text).

    "Polres Bandara Sukamaju Raya", "Polsek Pelabuhan Laut Teluk Indah Kota Baru": the head
    word, one or two capitalised words of the facility's own name (no stop word, no excluded
    word; the second not when a name-like word follows it, the holder's name, except in a
    title-case headline where every word is capitalised) and a known province, regency or city
    right after them ("... Raya Sukamaju"). A rank after the facility is left to the callers.
    The name stops where a PERSON of the NER starts (``person_starts``): "Polsek Bandara [Budi
    Santoso]" is the airport's sector, its holder named after it.

    Parameters
    ----------
    text : str
        The article.
    pos : int
        Where the facility's head word ("Bandara", "Pelabuhan") may start.
    regions : RegionNames
        The known provinces, regencies and cities.
    person_starts : frozenset of int
        Offsets where the NER's PERSON spans start.

    Returns
    -------
    tuple of (int, str) or None
        The end of the facility's name and its text, or None where none is written at ``pos``.
    """
    head = _FACILITY_AFTER.match(text, pos)
    if head is None:
        return None
    end = head.end()
    named = 0
    while named < _FACILITY_NAME_WORDS:
        word = _NAME_WORD.match(text, end)
        if word is None or word.group(1) in STOP_WORDS or word.group(1) in EXCLUDED_WORDS:
            break
        if word.start(1) in person_starts:
            return end, text[head.start(1):end]  # the holder's name, not the facility's
        if named and not in_title_case_headline(text, pos) \
                and _person_next(text, word.end(), regions):
            break  # "Polres Bandara Sukamaju Budi Santoso": a holder's name after the airport's
        end, named = word.end(), named + 1
    if not named:
        return None
    region = _REGION_AFTER.match(text, end)
    if region is not None:
        kept = regions.known_prefix(list(regions.region_words(region.group(1))))
        if kept and regions.home_major(" ".join(kept)) \
                and text.startswith(" ".join(kept), region.start(1)):
            end = region.start(1) + len(" ".join(kept))
    return end, text[head.start(1):end]


#: Words that end a two-word compass point ("Barat Laut", "Barat Daya"): the compass words
#: (:data:`~beritanlp.lexicons.regions.COMPASS_WORDS`) and "laut".
COMPASS_SECOND: frozenset[str] = COMPASS_WORDS | {"laut"}
#: A compass word written in lowercase after a region's name ("Pemkot Jakarta utara").
_COMPASS_AFTER = re.compile(r"[ \t]+(" + "|".join(sorted(COMPASS_SECOND)) + r")\b")


def _is_guessed_region(text: str, pos: int, region: str, regions: RegionNames) -> bool:
    """Tell whether words after a body in a title-case headline only look like a region.

    True (the words are dropped) for unknown words ("Dinas Kesehatan Wajibkan Warga") and for a
    district's name the body of the article never writes ("Dinkes Tetap Larang ...": "Tetap" is
    a district somewhere, here a verb's adverb); provinces, regencies and cities count.
    """
    if not in_title_case_headline(text, pos) or regions.major(region):
        return False
    return not regions.known(region) or text.find(region, headline_end(text)) < 0


#: Types of national bodies with regional offices named by a place ("BPKP Perwakilan Provinsi
#: Jawa Timur", "Bea Cukai Tanjung Priok", "BPS Kota Bekasi", "Kemenag Kabupaten Garut").
_OFFICE_TYPES = frozenset(
    {"agency", "auditor", "commission", "directorate_general", "sub_unit", "ministry",
     "central_bank"}
)
_PERWAKILAN = re.compile(
    r"[ \t]+(?:Perwakilan|Daops|Daerah[ \t]+Operasi(?:[ \t]+\(Daops\))?)(?=[ \t])"
)
_PREFIXED = re.compile(REGION_PREFIX)
_NOT_OFFICE = frozenset({"indonesia", "pusat", "ri", "republikindonesia", "nasional"})
#: Numbered units of a body ("Bulog Divisi Regional III", "KAI Daop 8 Surabaya", a state
#: oil company's "Marketing Operation Region V" or "MOR V").
_NUMBERED_UNIT = re.compile(
    r"[ \t]+((?:Divisi[ \t]+Regional|Divre|Daerah[ \t]+Operasi|Daop|Regional|Wilayah|"
    r"Kantor[ \t]+Wilayah|Kanwil|Kantor[ \t]+Cabang|Cabang|"
    r"Marketing[ \t]+Operation[ \t]+Region|MOR)(?:[ \t]+\([A-Z]{2,5}\))?[ \t]+(?:" + ROMAN
    + r"|[0-9]{1,2}))\b(?![ \t]*[-–][ \t]*[0-9IVX])"  # not a range ("Regional 1-VII")
)


#: Squashed unit words and their squashed short forms (from the one table of unit
#: abbreviations), for one key per unit: "Divisi Regional III" and "Divre III" are "divreiii".
_UNIT_SHORT = tuple((norm(long), norm(short)) for long, short in UNIT_ABBREVIATIONS if short)


#: A bracketed short form inside a unit's name.
_BRACKETED = re.compile(r"\([^()]*\)")


def _unit_key(key: str) -> str:
    """A squashed unit phrase with its unit word short ("divisiregionaliii" -> "divreiii")."""
    for long, short in _UNIT_SHORT:
        if key.startswith(long):
            return short + key[len(long) :]
    return key


def unit_spellings(key: str) -> set[str]:
    """A squashed office key as a text may write it: its unit word short and long.

    "divreiii" is also written "divisiregionaliii", "marketingoperationregioniii" also "moriii".
    """
    forms = {key}
    for long, short in _UNIT_SHORT:
        if key.startswith(short):
            forms.add(long + key[len(short) :])
        elif key.startswith(long):
            forms.add(short + key[len(long) :])
    return forms


#: A regional unit word followed by the region it serves ("Divisi Regional Jawa Timur"; a
#: state power company's "Unit Induk Distribusi Jakarta Raya" or "UID Jakarta Raya", a
#: telecom company's "Witel Papua").
_REGIONAL_UNIT = re.compile(
    r"[ \t]+((?:Divisi[ \t]+Regional|Divre|Kantor[ \t]+Wilayah|Kanwil|Kantor[ \t]+Cabang|"
    r"Unit[ \t]+Induk(?:[ \t]+(?:Wilayah|Distribusi))?|UIW|UID|Witel))(?=[ \t]+[A-Z])"
)


#: A branch of a state enterprise or agency after its name, its legal-form words between
#: ("PT Jasa Marga (Persero) Tbk Cabang Purbaleunyi", "BPJS Kesehatan Cabang Bogor"): the
#: branch is named by a region or by one capitalised word that no capitalised word follows.
_BRANCH = re.compile(r"[ \t]+(?:\(Persero\)[ \t]+)?(?:Tbk[ \t]+)?Cabang(?=[ \t]+[A-Z])")
_BRANCH_NAME = re.compile(r"[ \t]+([A-Z][a-z]{2,})\b(?![ \t]+[A-Z(])(?![-/])")
_BRANCH_TYPES = frozenset({"soe", "agency"})


def branch_after(
    text: str, pos: int, regions: RegionNames, cued: bool = False
) -> tuple[int, str] | None:
    """A branch written after a state enterprise or agency; (end, key suffix) or ``None``.

    "Cabang Bogor" (a known region, however many words, with no capitalised word after it) or
    "Cabang Purbaleunyi" (one capitalised word before a lowercase word or punctuation, so that
    a person's name after the branch is not taken). "Cabang Surabaya Utara": a region that
    more capitalised words continue names no branch of its own (a longer branch name, or a
    holder's name after it). ``cued``: a position word stands before the body ("Kepala PLN
    Cabang Ahmad"), so a one-word name that is no region is the holder's, not the branch's.
    """
    branch = _BRANCH.match(text, pos)
    if branch is None:
        return None
    region = region_after(text, branch.end(), regions)
    if region is not None and regions.known(region[1]) and not regions.country(region[1]):
        if _CAPITALISED_AFTER.match(text, region[0]):
            return None
        return region[0], "cabang" + regions.key(region[1])
    name = _BRANCH_NAME.match(text, branch.end())
    if name is None or name.group(1) in STOP_WORDS or cued:
        return None
    return name.end(), "cabang" + norm(name.group(1))


#: A capitalised word (or a bracket) right after a name: the name goes on.
_CAPITALISED_AFTER = re.compile(r"[ \t]+[A-Z(]")


def office_after(
    text: str, pos: int, regions: RegionNames, types: set[str], cued: bool = False
) -> tuple[int, str] | None:
    """A regional office or numbered unit written after a national body; (end, key suffix).

    A branch ("Cabang X", see :func:`branch_after`) after a body of a branch-bearing type;
    "Divisi Regional III" after any body; "Perwakilan (Provinsi) X" or a known region after an
    agency, auditor, commission or directorate general. ``None`` when nothing follows.
    """
    if types & _BRANCH_TYPES and (branch := branch_after(text, pos, regions, cued)) is not None:
        return branch
    unit = _NUMBERED_UNIT.match(text, pos)
    if unit is not None:
        end = unit.end()
        region = region_after(text, end, regions)
        if region is not None and regions.known(region[1]):
            end = region[0]
        # a short form in brackets is no part of the key ("Region (MOR) III")
        return end, _unit_key(norm(_BRACKETED.sub("", text[unit.start(1) : end])))
    unit = _REGIONAL_UNIT.match(text, pos)
    if unit is not None:  # "Perum Bulog Divisi Regional Sumatera Utara"
        region = region_after(text, unit.end(), regions)
        if region is not None and regions.known(region[1]) and not regions.country(region[1]):
            unit_words = _unit_key(norm(unit.group(1)))  # "Divre" is "Divisi Regional"
            return region[0], unit_words + regions.key(region[1])
    if not types & _OFFICE_TYPES:
        return None
    perwakilan = _PERWAKILAN.match(text, pos)
    region = region_after(text, perwakilan.end() if perwakilan else pos, regions)
    if region is None or regions.key(region[1]) in _NOT_OFFICE or regions.country(region[1]):
        return None
    if perwakilan is None and not regions.known(region[1]):
        return None
    if perwakilan is None and person_after_region(text, region[0], region[1], regions):
        return None  # "Juru bicara KPPU Guntur Saragih": a spokesman's name, no office
    if types <= {"ministry", "central_bank"} and perwakilan is None and not _PREFIXED.match(
        region[1]
    ):
        return None  # "Kementan Jakarta" is a place; "Kemenag Kabupaten Garut" an office
    return region[0], regions.key(region[1])


#: The capitalised word right after a region phrase.
_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


def person_after_region(text: str, end: int, region: str, regions: RegionNames) -> bool:
    """The "region" after a body is the first word of a person's name.

    "KPPU Guntur Saragih", "PT Transjakarta Agung Wicaksono", "BPJT Danang Parikesit": one
    word that is no Indonesian province, regency or city (a district, a foreign city) followed
    by a capitalised word that is no region, stop word or excluded word reads as a given name
    and a family name. ``end`` is where the region phrase ends.
    """
    if " " in region or regions.home_major(region):
        return False  # "Polres Pelabuhan Tanjung Priok": two words are a place's name
    match = _WORD_AFTER.match(text, end)
    if match is None:
        return False
    word = match.group(1)
    if word in STOP_WORDS or word in EXCLUDED_WORDS or word in _BODY_WORDS or regions.known(word):
        return False
    # "Siantan Hilir", "Tanjung Perak": the two words name a village (or a port's quarter)
    return not regions.gazetteer.lookup(f"{region} {word}", "desa")


#: The gazetteer's place types of the regions a body of a level is named after.
_LEVEL_TYPES: dict[str, frozenset[str]] = {
    "provincial": frozenset({"provinsi"}),
    "regency": frozenset({"kabupaten", "kota"}),
    "district": frozenset({"kecamatan"}),
}
#: Region keys that the abbreviations stand for ("jawabarat" for "jabar").
_ALIAS_TARGETS = frozenset(REGION_ALIASES.values())

#: The word before the police areas of the capital region ("Polda Metro Jaya").
_METRO = "Metro"
_COUNTRY_WORDS = re.compile(r"[ \t]+([A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+){0,2})")


class RegionNames:
    """Which names are known regions.

    A gazetteer province, regency, city or district, or a region abbreviation of
    :data:`REGION_ALIASES`.

    Parameters
    ----------
    gazetteer
        The region tables (:class:`~beritanlp.lexicons.regions.Gazetteer`).
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        # Answers per instance (a long batch asks about the same few thousand names, a long
        # text about the same phrase after every mention of a body).
        self.known = lru_cache(maxsize=4096)(self._known)
        self.major = lru_cache(maxsize=4096)(self._major)
        self.country = lru_cache(maxsize=4096)(self._country)
        self.region_words = lru_cache(maxsize=4096)(self._region_words)
        #: :func:`region_key` with its answers kept (it reads :data:`REGION_ALIASES`).
        self.key = lru_cache(maxsize=4096)(region_key)

    def _known(self, name: str) -> bool:
        if norm(name) in REGION_ALIASES:
            return True
        gazetteer = self.gazetteer
        return bool(gazetteer.lookup(name) or gazetteer.lookup(name, "kecamatan"))

    def at_level(self, region: str, level: str | None) -> bool:
        """The region key ``region`` names a region of ``level`` (a body's level in the KB).

        "provincial": a province; "regency": a regency or city; "district": a district; any
        other level (or None): any known region. A region abbreviation of
        :data:`REGION_ALIASES` ("dki", "metrojaya") names one at every level.
        """
        if region in REGION_ALIASES or region in _ALIAS_TARGETS:
            return True
        types = {place.type for place in self.gazetteer.lookup(region)}
        if self.gazetteer.lookup(region, "kecamatan"):
            types.add("kecamatan")
        wanted = _LEVEL_TYPES.get(level or "")
        return bool(types & wanted) if wanted is not None else bool(types)

    def _major(self, name: str) -> bool:
        """``name`` is a province, regency, city or country, or a region abbreviation.

        Unlike :meth:`known`, no district: many district names are also people's names.
        Read as :meth:`major` (answers kept per instance).
        """
        return norm(name) in REGION_ALIASES or bool(self.gazetteer.lookup(name))

    def home_major(self, name: str) -> bool:
        """``name`` is an Indonesian province, regency or city, or a region abbreviation.

        Unlike :meth:`major`, no foreign city ("Da Nang" is also written "Danang").
        """
        return self.major(name) and (
            norm(name) in REGION_ALIASES
            or any(place.code is not None for place in self.gazetteer.lookup(name)))

    def _country(self, name: str) -> bool:
        """``name`` is a foreign country ("Malaysia", "AS"; not Indonesia).

        Read as :meth:`country` (answers kept per instance).
        """
        places = self.gazetteer.lookup(name)
        return bool(places) and places[0].type == "negara" and places[0].name != "Indonesia"

    def _region_words(self, phrase: str) -> tuple[str, ...]:
        """The words of a capitalised ``phrase`` after a body that name its region.

        Stop words, excluded words, body words and a number after a region's word (a count:
        "Polda Jambi 1") end the region, but not one that ends a known region ("Pasar Minggu",
        "Limapuluh Kota"); the rest is trimmed by
        :meth:`known_prefix`. Read as :meth:`region_words` (answers kept per instance: the
        words depend on the phrase alone, and a run of one body's mentions repeats it).
        """
        kept: list[str] = []
        for i, word in enumerate(phrase.split()):
            bare = word.rstrip(".")
            if bare in STOP_WORDS and not (i == 0 and bare in ("Kabupaten", "Kota", "Provinsi")) \
                    and not (kept and not all(w.rstrip(".") in _PREFIX_WORDS for w in kept)
                             and self.known(" ".join([*kept, bare]))):
                break  # but "Pasar Minggu", "Limapuluh Kota": a region ending in a stop word
            if bare in EXCLUDED_WORDS or bare in ("RI",) or (i == 0 and bare in _BODY_WORDS):
                break  # "OPD Pemerintah Daerah Kabupaten Lebak": a body, not a region
            if _YEAR.fullmatch(bare):
                break  # "DPRD DKI 2019-2024": the term, not a word of the region
            if bare.isdigit() and kept and not all(w.rstrip(".") in _PREFIX_WORDS for w in kept):
                break  # "Polda Jambi 1, ...", "PN Jakarta Selatan 2 tahun": a count after it
            kept.append(word)
        return tuple(self.known_prefix(kept))

    def country_after(self, text: str, pos: int) -> int | None:
        """End of a foreign country's name written right after ``pos``, else ``None``."""
        match = _COUNTRY_WORDS.match(text, pos)
        if match is None:
            return None
        words = match.group(1).split()
        for n in range(len(words), 0, -1):
            if self.country(" ".join(words[:n])):
                return match.start(1) + len(" ".join(words[:n]))
        return None

    def known_prefix(self, words: list[str]) -> list[str]:
        """Trim region words to the longest prefix that is a known region.

        "Grobogan" out of "Grobogan Endang Sulistyoningsih"; without a known prefix keep two
        words ("Metro Jaya", "Kota Baru").
        """
        if len(words) > 1 and words[0] == _METRO:
            # "Polres Metro Jakarta Barat", "Polda Metro Jaya": the capital's police areas
            rest = self.known_prefix(words[1:])
            if rest and (self.known(" ".join(rest)) or rest[0] == "Jaya"):
                return [_METRO, *rest[:1]] if rest[0] == "Jaya" else [_METRO, *rest]
        for n in range(len(words), 0, -1):
            if self.known(" ".join(words[:n])):
                return words[:n]
        if words and (words[0][:1].isdigit() or re.fullmatch(ROMAN, words[0])):
            return words[:3]  # a numbered unit and its name: "Korem 102 Panju Panjung"
        kept = words[:2]
        if len(kept) == 2 and _YEAR.fullmatch(kept[1]):
            return kept[:1]  # a year after the name ("... Patianrowo 2019"), not a region word
        return kept
