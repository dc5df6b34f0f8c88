"""Region tables: Kemendagri regions, aliases, countries and regions (the gazetteer's data).

The packaged data is read with :mod:`importlib.resources`:

``wilayah.tsv``
    provinces, kabupaten, kota and kecamatan with their Kemendagri codes (built by
    ``scripts/build_wilayah.py`` from Kepmendagri No. 300.2.2-2430/2025 via cahyadsn/wilayah, MIT).
``wilayah_desa.tsv.gz``
    desa and kelurahan; read lazily, only when a text needs them.
``places_extra.json``
    hand-written aliases (Jabar, Kalsel, Babel, DKI, Solo ...).
``lexicons/data/*.txt`` (read by :func:`packaged_extra`)
    ``countries`` (Indonesian spelling), ``geo_features`` (islands, regions, seas, mountains,
    rivers, lakes), ``foreign_places`` (cities, states), ``region_aliases`` (regency short
    forms: Kukar, OKI) and ``feature_cues`` ("Gunung", "Pulau", "Taman Nasional" ...).

Names are compared by :func:`key`, which ignores case, spaces and hyphens ("Pangkal Pinang",
"Pangkalpinang" and "Pangkal-Pinang" are one key). How running text is matched against these
tables is :mod:`beritanlp.rules.places`.
"""

from __future__ import annotations

import copy
import gzip
import json
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from beritanlp.lexicons.words import word_table

#: A word of a name: letters, optionally joined by an apostrophe (also one a scraper garbled,
#: "‚Äô"). The same pattern as :data:`beritanlp.text.words.LETTERS`, which the place rules
#: split texts with (kept here so that the tables import nothing from ``text/``; a test checks
#: that the two agree).
NAME_WORD = re.compile(r"[^\W\d_]+(?:(?:['’]|‚Äò|‚Äô)[^\W\d_]+)*")
#: Compass words that end regions' names ("Jawa Barat", "Sulawesi Tenggara", "Sumba Barat
#: Daya"): the one list the NER and the rules read.
COMPASS_WORDS: frozenset[str] = frozenset(
    {"barat", "timur", "utara", "selatan", "tengah", "tenggara", "daya"}
)

PLACE_TYPES: tuple[str, ...] = (
    "negara", "provinsi", "kabupaten", "kota", "kecamatan", "desa", "wilayah",
)
#: Default preference between candidates of one bare name (lower is preferred).
TYPE_PRIORITY: dict[str, int] = {
    "provinsi": 0, "kota": 1, "kabupaten": 2, "wilayah": 3, "negara": 4, "kecamatan": 5, "desa": 6,
}



# Cue phrases (lowercased word tuples) -> (type, role). Role "part": the cue belongs to the
# mention; "title": an official's title (mention is the name only); "agency": the name is inside
# an agency name (evidence only).
#: Title cues whose name is the whole capitalised run after them, never a cue word: a police
#: sector is named after its district, but "Polsek Kota" is a town's sector and "Polsek
#: Tanjung Duren" a kelurahan's, whose first word may be another district.
WHOLE_RUN_CUES: frozenset[tuple[str, ...]] = frozenset({("kapolsek",), ("wakapolsek",)})
CUES: dict[tuple[str, ...], tuple[str, str]] = {
    ("kota", "administrasi"): ("kota", "part"),
    ("kabupaten", "administrasi"): ("kabupaten", "part"),
    ("kota",): ("kota", "part"),
    ("kabupaten",): ("kabupaten", "part"),
    ("kab",): ("kabupaten", "part"),
    ("provinsi",): ("provinsi", "part"),
    ("prov",): ("provinsi", "part"),
    ("kecamatan",): ("kecamatan", "part"),
    ("kec",): ("kecamatan", "part"),
    ("desa",): ("desa", "part"),
    ("kelurahan",): ("desa", "part"),
    ("kel",): ("desa", "part"),
    # Regional names of the same levels: a district is a "distrik" in Papua; a village is a
    # "nagari" in West Sumatra, a "gampong" in Aceh, a "kalurahan" in Yogyakarta, a "pekon"
    # in Lampung.
    ("distrik",): ("kecamatan", "part"),
    ("nagari",): ("desa", "part"),
    ("gampong",): ("desa", "part"),
    ("kalurahan",): ("desa", "part"),
    ("pekon",): ("desa", "part"),
    ("wali", "nagari"): ("desa", "title"),
    ("keuchik",): ("desa", "title"),
    ("wali", "kota"): ("kota", "title"),
    ("walikota",): ("kota", "title"),
    ("wawali",): ("kota", "title"),
    ("wawalkot",): ("kota", "title"),
    ("bupati",): ("kabupaten", "title"),
    ("wabup",): ("kabupaten", "title"),
    ("gubernur",): ("provinsi", "title"),
    ("wagub",): ("provinsi", "title"),
    ("camat",): ("kecamatan", "title"),
    # a police sector's chief: the sector is the district it is named after ("Kapolsek Tebet")
    ("kapolsek",): ("kecamatan", "title"),
    ("wakapolsek",): ("kecamatan", "title"),
    ("lurah",): ("desa", "title"),
    ("kades",): ("desa", "title"),
    ("kepala", "desa"): ("desa", "title"),
    ("pemkot",): ("kota", "agency"),
    ("pemkab",): ("kabupaten", "agency"),
    ("pemprov",): ("provinsi", "agency"),
    ("pemdaprov",): ("provinsi", "agency"),
    ("pemerintah", "kota"): ("kota", "agency"),
    ("pemerintah", "kabupaten"): ("kabupaten", "agency"),
    ("pemerintah", "provinsi"): ("provinsi", "agency"),
    ("pemerintah", "daerah", "provinsi"): ("provinsi", "agency"),
    ("pemerintah", "daerah", "kota"): ("kota", "agency"),
    ("pemerintah", "daerah", "kabupaten"): ("kabupaten", "agency"),
    ("pemerintah", "kota", "administrasi"): ("kota", "agency"),
    ("dprd", "kota"): ("kota", "agency"),
    ("dprd", "kabupaten"): ("kabupaten", "agency"),
    ("dprd", "provinsi"): ("provinsi", "agency"),
}
MAX_CUE = max(len(k) for k in CUES)
CUE_FIRST = frozenset(k[0] for k in CUES)

@dataclass(frozen=True)
class Place:
    """One gazetteer entry.

    Attributes
    ----------
    name
        Canonical name ("Kota Pangkal Pinang", "Jawa Barat", "Malaysia").
    type
        One of :data:`PLACE_TYPES`.
    code
        Kemendagri code ("19.71") or None for countries, regions and foreign cities.
    common
        The bare name is also an ordinary word: it needs a cue or mid-sentence capitals.
    """

    name: str
    type: str
    code: str | None = None
    common: bool = False

    @property
    def kb_id(self) -> str:
        """Knowledge-base id: the Kemendagri code, else ``"<type>:<key of name>"``."""
        return self.code if self.code else f"{self.type}:{key(self.name)}"



def key(text: str) -> str:
    """Return the matching key of a name: casefolded letters only, no spaces or hyphens.

    Parameters
    ----------
    text
        A place name as written.

    Returns
    -------
    str
        ``"pangkalpinang"`` for "Pangkal Pinang", "Pangkal-Pinang" and "PANGKALPINANG".
    """
    return "".join(w.casefold() for w in NAME_WORD.findall(text))


#: Shortest key a spelling variant is read for: shorter names differ by one letter too often.
MIN_VARIANT_KEY = 6
_DOUBLED = re.compile(r"(.)\1+")
_SCHWA = re.compile(r"(?<=[^aeiou])e(?=[^aeiou])")


#: Shortest key of a province's name read as misspelt (:meth:`Gazetteer.misspelt_province`):
#: one letter off a shorter name is too often another name.
MIN_MISSPELT_KEY = 14


def _one_edit(a: str, b: str) -> bool:
    """Tell whether ``a`` and ``b`` differ by exactly one letter added, dropped or changed."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


def spelling_key(name_key: str) -> str:
    """Return the spelling skeleton of a matching key: the key of its usual variants.

    News writes a name with a letter doubled or single ("Madinnah", "Bukitinggi") and with or
    without the schwa between two consonants ("Perapatan"/"Prapatan", "Sumatra"/"Sumatera").
    The skeleton writes every run of one letter once and drops an "e" between two consonants,
    so those spellings share it.

    Parameters
    ----------
    name_key
        A matching key (:func:`key`).

    Returns
    -------
    str
        ``"madinah"`` for "madinnah"; ``"prapatan"`` for "perapatan" and "prapatan".
    """
    return _SCHWA.sub("", _DOUBLED.sub(r"\1", name_key))


def _bare_name(name: str) -> str:
    for prefix in ("Kota Administrasi ", "Kabupaten Administrasi ", "Kabupaten ", "Kota "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def _resource_text(name: str) -> str:
    return files("beritanlp.resources").joinpath(name).read_text(encoding="utf-8")


class Gazetteer:
    """Lookup tables for place names.

    Parameters
    ----------
    regions
        ``(code, name, type, common)`` rows for provinces, kabupaten, kota and kecamatan.
    extra
        The aliases/countries/regions/cities mapping (the format of ``places_extra.json``).
    desa_loader
        Callable returning ``(code, name)`` or ``(code, name, key)`` rows of desa and kelurahan;
        called at most once, the first time a text needs them.
    """

    def __init__(
        self,
        regions: Iterable[tuple[str, str, str, bool]],
        extra: dict | None = None,
        desa_loader: Callable[[], Iterable[tuple[str, ...]]] | None = None,
    ) -> None:
        self.by_code: dict[str, Place] = {}
        self.index: dict[str, list[Place]] = {}
        self.kecamatan: dict[str, list[Place]] = {}
        self._desa: dict[str, tuple[tuple[str, str], ...]] | None = None
        self._desa_loader = desa_loader
        #: Per table ("index", "kecamatan", "desa"): spelling skeleton -> the one key spelled so
        #: ("" when several are), built on first use (:meth:`variant`).
        self._variants: dict[str, dict[str, str]] = {}
        #: Keys of short names written in capitals ("AS", "RI", "OKI"): matched only in capitals.
        self.caps_keys: set[str] = set()
        #: Keys of foreign places written in several words ("Da Nang"), with those places' names:
        #: written as one word ("Danang", a common given name) the key is not that place.
        self.spaced_keys: dict[str, frozenset[str]] = {}
        #: Cue words of natural features ("gunung", ("taman", "nasional")) -> "inner", "whole"
        #: or "common" (a cue that is also an ordinary word, read as one only in the body).
        self.feature_cues: dict[tuple[str, ...], str] = {}
        self.wilayah_parts: frozenset[str] = frozenset()
        #: Regions that stand for one province or city: {key of the region: the place's name}.
        self.nicknames: dict[str, str] = {}
        #: The provinces' long keys with their skeletons (:meth:`misspelt_province`), built on
        #: first use.
        self._provinces: list[tuple[str, str, tuple[Place, ...]]] | None = None
        for code, name, kind, common in regions:
            if kind not in PLACE_TYPES:
                raise ValueError(f"unknown place type {kind!r} for {code} {name!r}")
            place = Place(name=name, type=kind, code=code, common=bool(common))
            self.by_code[code] = place
            table = self.kecamatan if kind == "kecamatan" else self.index
            table.setdefault(key(_bare_name(name)), []).append(place)
        #: Casefolded first words of the kecamatan names, and their keys (a name may be written
        #: as one word): a cheap test before a lookup.
        self.kecamatan_first_words: frozenset[str] = frozenset(
            NAME_WORD.findall(p.name)[0].casefold() for ps in self.kecamatan.values() for p in ps
            if NAME_WORD.search(p.name)) | frozenset(self.kecamatan)
        if extra:
            self._add_extra(extra)

    def _add(self, alias: str, place: Place) -> None:
        bucket = self.index.setdefault(key(alias), [])
        if place not in bucket:
            bucket.append(place)
        letters = "".join(NAME_WORD.findall(alias))
        if len(letters) <= 4 and letters.isupper():
            self.caps_keys.add(key(alias))

    def _add_spaced(self, place: Place, names: Sequence[str]) -> None:
        """Record the keys of a foreign place's names of several words (none of one word)."""
        if any(len(NAME_WORD.findall(n)) == 1 for n in names):
            return  # a one-word spelling is listed: every spelling matches
        for n in names:
            k = key(n)
            self.spaced_keys[k] = self.spaced_keys.get(k, frozenset()) | {place.name}

    def _add_aliases(self, aliases: Iterable[dict], common: Iterable[str]) -> None:
        common_aliases = {key(a) for a in common}
        for item in aliases:
            unknown = set(item) - {"alias", "code", "type"}
            if unknown:
                raise ValueError(f"unknown keys {sorted(unknown)} in alias {item!r}")
            if not item.get("alias") or not item.get("code"):
                raise ValueError(f"an alias needs 'alias' and 'code': {item!r}")
            code = item["code"]
            if code not in self.by_code:
                raise ValueError(f"alias {item['alias']!r} points at unknown code {code!r}")
            if item.get("type", "kota") not in PLACE_TYPES:
                raise ValueError(f"unknown place type in alias {item!r}")
            target = self.by_code[code]
            place = Place(
                name=item["alias"] if "type" in item else target.name,
                type=item.get("type", target.type),
                code=code,
                common=key(item["alias"]) in common_aliases,
            )
            self._add(item["alias"], place)

    def with_aliases(self, aliases: Iterable[dict[str, str]]) -> Gazetteer:
        """Return a copy of this gazetteer with more aliases.

        Parameters
        ----------
        aliases
            Records ``{"alias": ..., "code": ..., "type": optional}``.

        Returns
        -------
        Gazetteer
            A new gazetteer; this one is unchanged.

        Raises
        ------
        ValueError
            On unknown keys, a missing field or a code that is not in the gazetteer.
        """
        new = copy.copy(self)
        new.index = {k: list(v) for k, v in self.index.items()}
        new.caps_keys = set(self.caps_keys)
        new._variants = {}
        new._provinces = None
        new._add_aliases(list(aliases), [])
        return new

    def _add_extra(self, extra: dict) -> None:
        self._add_aliases(extra.get("aliases", []), extra.get("common_aliases", []))
        for name, alts in extra.get("countries", {}).items():
            place = Place(name=name, type="negara")
            for alias in [name, *alts]:
                self._add(alias, place)
        common_regions = set(extra.get("common_regions", ()))
        for name, alts in extra.get("regions", {}).items():
            place = Place(name=name, type="wilayah", common=name in common_regions)
            for alias in [name, *alts]:
                self._add(alias, place)
        for name in extra.get("cities", []):
            self._add(name, Place(name=name, type="kota"))
        for name, (kind, alts) in extra.get("foreign", {}).items():
            if kind not in {"kota", "provinsi"}:
                raise ValueError(f"foreign place {name!r}: type {kind!r} is not kota or provinsi")
            place = Place(name=name, type=kind)
            for alias in [name, *alts]:
                self._add(alias, place)
            self._add_spaced(place, [name, *alts])
        for cue, mode in extra.get("feature_cues", {}).items():
            if mode not in {"inner", "whole", "common"}:
                raise ValueError(f"feature cue {cue!r}: mode {mode!r} is not inner, whole, common")
            self.feature_cues[tuple(w.casefold() for w in NAME_WORD.findall(cue))] = mode
        self.wilayah_parts = frozenset(c[0] for c in self.feature_cues)
        self._add_nicknames(extra.get("nicknames", []), set(extra.get("regions", {})))

    def _add_nicknames(self, rows: Iterable[Sequence[str]], regions: set[str]) -> None:
        """Add ``(region, place)`` rows: a listed region that stands for one gazetteer place.

        Raises
        ------
        ValueError
            For a row with other than 2 columns, a region not among ``regions`` (the
            ``geo_features`` names), a place the gazetteer does not know, or a region twice.
        """
        for row in rows:
            if len(row) != 2:
                raise ValueError(f"region_nicknames row needs 'region | place': {tuple(row)!r}")
            region, place = row
            if region not in regions or key(region) in self.nicknames:
                raise ValueError(f"region nickname {region!r} is not a region of geo_features "
                                 f"or is given twice: {tuple(row)!r}")
            if not any(p.type != "wilayah" for p in self.lookup(place)):
                raise ValueError(f"region nickname {region!r}: {place!r} is no gazetteer place")
            self.nicknames[key(region)] = place

    def __getstate__(self) -> dict[str, object]:
        # The desa index is read again from the loader in the other process (it is large).
        state = dict(self.__dict__)
        state["_desa"] = None
        state["_variants"] = {}
        state["_provinces"] = None
        return state

    @property
    def desa(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """Desa/kelurahan index (key -> ``(code, name)`` rows), loaded on first use."""
        if self._desa is None:
            table: dict[str, list[tuple[str, str]]] = {}
            rows = self._desa_loader() if self._desa_loader is not None else []
            for row in rows:
                # (code, name) or (code, name, precomputed key)
                k = row[2] if len(row) > 2 else key(row[1])
                table.setdefault(k, []).append((row[0], row[1]))
            # Tuples of strings are left alone by the garbage collector; ~80k lists would be
            # walked by every full collection of a long run.
            self._desa = {k: tuple(v) for k, v in table.items()}
        return self._desa

    def variant(self, name_key: str, table: str = "index") -> str | None:
        """Return the one key of ``table`` that ``name_key`` is a spelling variant of, if any.

        Parameters
        ----------
        name_key
            The key of a name as written, not itself in the table.
        table
            ``"index"`` (regions, countries, foreign places), ``"kecamatan"`` or ``"desa"``.

        Returns
        -------
        str or None
            The table's key with the same :func:`spelling_key` ("madinah" for "madinnah"),
            when exactly one key has it and both keys are at least :data:`MIN_VARIANT_KEY`
            letters long; else None. Of the index only places' own names are read, no
            aliases or short forms ("Jabar" has no variants).
        """
        if len(name_key) < MIN_VARIANT_KEY or name_key in self._table(table):  # desa read here
            return None
        return self.variant_table(table).get(spelling_key(name_key)) or None

    def _table(self, table: str) -> Collection[str]:
        """The keys of one lookup table: ``"index"``, ``"kecamatan"`` or ``"desa"``."""
        return (self.index if table == "index" else self.kecamatan
                if table == "kecamatan" else self.desa)

    def variant_table(self, table: str = "index") -> Mapping[str, str]:
        """Return the skeletons of ``table``'s keys (:func:`spelling_key`), built on first use.

        Parameters
        ----------
        table
            ``"index"``, ``"kecamatan"`` or ``"desa"`` (reading it loads the desa table).

        Returns
        -------
        Mapping of str to str
            The cached table itself (read it, do not change it): each skeleton with the one
            key that has it ("" when several keys share it). Keys shorter than
            :data:`MIN_VARIANT_KEY` and, of the index, aliases and short forms are left out. A
            batch job builds the three at warm-up (the desa one takes a while).
        """
        variants = self._variants.get(table)
        if variants is None:
            variants = {}
            for k in self._table(table):
                if len(k) < MIN_VARIANT_KEY or table == "index" and not self._own_name(k):
                    continue  # "Jabar": a short form's variants are ordinary names ("Jabbar")
                skeleton = spelling_key(k)
                variants[skeleton] = "" if skeleton in variants else k
            self._variants[table] = variants
        return variants

    def _own_name(self, name_key: str) -> bool:
        """``name_key`` is the key of a place's own name, not only of an alias or short form."""
        return any(key(_bare_name(p.name)) == name_key for p in self.index[name_key])

    def misspelt_province(self, name_key: str) -> list[Place]:
        """Return the province a long name written one letter off names, if exactly one.

        "Nangroe Aceh Darusalim" is "Nanggroe Aceh Darussalam" (Aceh) misspelt: the spelling
        skeletons (:func:`spelling_key`) of the written name and of one province's name or
        alias (of at least :data:`MIN_MISSPELT_KEY` letters) differ by one letter added,
        dropped or changed, and their first letters agree. The caller reads this only after
        a province's cue ("Provinsi Nangroe Aceh Darusalim").

        Parameters
        ----------
        name_key
            The key of a name as written, not itself in the index.

        Returns
        -------
        list of Place
            The one Indonesian province (empty when none or several are that near).
        """
        if len(name_key) < MIN_MISSPELT_KEY or name_key in self.index:
            return []
        written = spelling_key(name_key)
        near = {p for k, skeleton, places in self._province_keys()
                if k[0] == name_key[0] and _one_edit(written, skeleton) for p in places}
        return list(near) if len(near) == 1 else []

    def _province_keys(self) -> list[tuple[str, str, tuple[Place, ...]]]:
        """The long keys of the Indonesian provinces' names and aliases, built on first use."""
        if self._provinces is None:
            self._provinces = [
                (k, spelling_key(k), tuple(ps)) for k, places in self.index.items()
                if len(k) >= MIN_MISSPELT_KEY
                and (ps := [p for p in places if p.type == "provinsi" and p.code])]
        return self._provinces

    def desa_places(self, name_key: str) -> list[Place]:
        """Return the desa/kelurahan entries whose matching key is ``name_key``."""
        return [Place(name=name, type="desa", code=code)
                for code, name in self.desa.get(name_key, ())]

    def province_of(self, place: Place) -> str | None:
        """Return the province name of an Indonesian place (None for foreign places)."""
        if not place.code:
            return None
        province = self.by_code.get(place.code.split(".")[0])
        return province.name if province else None

    def lookup(self, name: str, type_: str | None = None) -> list[Place]:
        """Return the entries a name may refer to, most likely first.

        Parameters
        ----------
        name
            A place name, with or without "Kota"/"Kabupaten"/... prefix.
        type_
            Restrict to one type (kecamatan and desa are only returned when asked for).

        Returns
        -------
        list of Place
        """
        words = NAME_WORD.findall(name)
        lowered = tuple(w.casefold() for w in words)
        if type_ is None and "".join(lowered) in self.index:  # aliases such as "Kota Hujan"
            return sorted(self.index["".join(lowered)], key=lambda p: TYPE_PRIORITY[p.type])
        for n in range(min(MAX_CUE, len(words) - 1), 0, -1):
            cue = CUES.get(lowered[:n])
            if cue and cue[1] == "part":
                type_ = type_ or cue[0]
                words = words[n:]
                break
        k = "".join(w.casefold() for w in words)
        if type_ == "kecamatan":
            found = list(self.kecamatan.get(k, []))
        elif type_ == "desa":
            found = self.desa_places(k)
        else:
            found = [p for p in self.index.get(k, []) if type_ is None or p.type == type_]
        return sorted(found, key=lambda p: TYPE_PRIORITY[p.type])


def _load_desa() -> list[tuple[str, str, str]]:
    raw = files("beritanlp.resources").joinpath("wilayah_desa.tsv.gz").read_bytes()
    return [tuple(line.split("\t")) for line in  # type: ignore[misc]
            gzip.decompress(raw).decode("utf-8").splitlines()]


def _listed(name: str) -> dict[str, list[str]]:
    """A ``name | other names`` table as {name: [other names]}."""
    return {row[0]: [a.strip() for a in row[1].split(";") if a.strip()] if len(row) > 1 else []
            for row in word_table(name)}


def packaged_extra() -> dict:
    """The packaged aliases, countries, regions and foreign places (``extra`` of a Gazetteer).

    ``places_extra.json`` holds the province/city aliases; the word tables in
    ``lexicons/data`` hold the rest: ``countries``, ``geo_features`` (islands, regions,
    mountains, rivers, lakes), ``foreign_places``, ``region_aliases`` and ``feature_cues``.
    """
    extra = json.loads(_resource_text("places_extra.json"))
    extra["aliases"] = list(extra.get("aliases", [])) + [
        {"alias": row[0], "code": row[1]} for row in word_table("region_aliases")]
    extra["countries"] = _listed("countries")
    extra["regions"] = _listed("geo_features")
    extra["common_regions"] = [row[0] for row in word_table("geo_features")
                               if len(row) > 2 and row[2] == "common"]
    extra["foreign"] = {row[0]: (row[1], [a.strip() for a in row[2].split(";") if a.strip()])
                        for row in word_table("foreign_places")}
    extra["feature_cues"] = {row[0]: row[1] for row in word_table("feature_cues")}
    extra["nicknames"] = list(word_table("region_nicknames"))
    return extra


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """Return the packaged gazetteer (built once per process; desa load lazily)."""
    rows: list[tuple[str, str, str, bool]] = []
    for line in _resource_text("wilayah.tsv").splitlines():
        code, name, kind, common = line.split("\t")
        rows.append((code, name, kind, common == "1"))
    return Gazetteer(rows, packaged_extra(), desa_loader=_load_desa)


__all__ = [
    "CUE_FIRST",
    "CUES",
    "MAX_CUE",
    "NAME_WORD",
    "PLACE_TYPES",
    "TYPE_PRIORITY",
    "Gazetteer",
    "Place",
    "default_gazetteer",
    "key",
    "packaged_extra",
]
