"""Validated knowledge-base records for Indonesian public institutions (agencies).

The knowledge base ships as ``beritanlp/resources/agencies.jsonl``: one JSON object per line with
exactly the keys of :class:`AgencyRecord`. Records are validated on load: unknown or missing keys,
wrong types and duplicate ids raise :class:`ValueError` naming the offending key or id, so a typo
in the data file fails loudly instead of silently dropping an agency.

Acronyms and aliases may be shared by several records (``"Kemendes"`` names the village ministry
of two cabinets); the agency component decides between them from the rest of the article.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from beritanlp.lexicons.jsonl import read_jsonl_rows

AGENCY_TYPES: frozenset[str] = frozenset(
    {
        "ministry",
        "coordinating_ministry",
        "agency",
        "commission",
        "auditor",
        "central_bank",
        "council",
        "secretariat",
        "office",
        "government",
        "directorate_general",
        "legislature",
        "court",
        "prosecutor",
        "police",
        "military",
        "soe",
        "regional_class",
        "regional_office",
        "regional_hospital",
        "regional_government",
        "sub_unit",
    }
)
AGENCY_LEVELS: frozenset[str] = frozenset(
    {"national", "provincial", "regency", "district", "village", "regional"}
)
#: The last words of the offices ranked in classes by their ministry's regulations ("KSOP Kelas
#: II", "Kantor Imigrasi Kelas I Khusus", "Lapas Kelas IIA", "Rutan Kelas IIB", "Kantor UPBU Kelas
#: III", "KPP Pratama", "KPPBC Tipe Madya" ...): only after one of these is "Kelas II" an office's
#: class; a Dinas or a Badan has none.
CLASSED_OFFICE_ENDS: tuple[str, ...] = (
    "KSOP", "Syahbandar", "Kesyahbandaran", "Pelabuhan", "KUPP", "UPP",
    "Imigrasi", "Kanim",
    "Lapas", "Rutan", "LPKA", "Bapas", "Pemasyarakatan", "Tahanan Negara",
    "Bandara", "Bandar Udara", "UPBU",
    "KPP", "Pajak", "KPPN", "Perbendaharaan", "KPPBC", "Cukai",
    "Karantina", "Meteorologi", "Klimatologi", "Geofisika",
)
#: An office's class numeral after "Kelas" ("II", "IIA", "IV"), as a regex (the classes of
#: :data:`CLASSED_OFFICE_ENDS`).
OFFICE_CLASS_NUMERAL = r"(?:I{1,3}|IV|V)[AB]?"
#: A diplomatic mission's short form written in brackets after its full name, as a regex:
#: Indonesia's own ("Kedutaan Besar Republik Indonesia (KBRI)", "(KJRI)", "(KDEI)", "(Konjen
#: RI)") and a state's embassy with its country ("Kedutaan Besar Amerika Serikat (Kedubes AS)").
#: Read by the agency rules (the mission's name goes on past it) and the place rules (a place
#: after it is a place of its own).
MISSION_SHORT_BRACKET = (
    r"\((?:KBRI|KJRI|KDEI|Kedubes(?:[ \t]+[A-Z][\w.-]*){1,3}|Konjen(?:[ \t]+RI)?)\)"
)
RESOURCE_NAME = "agencies.jsonl"


@dataclass(frozen=True)
class AgencyRecord:
    """One public institution.

    Parameters
    ----------
    id
        Stable identifier, lowercase ASCII with ``-`` (``"kpk"``); used as ``kb_id_``.
    name
        Canonical full name ("Komisi Pemberantasan Korupsi").
    acronyms
        Short forms matched case-sensitively ("KPK", "Kemenkeu", "KemenPAN-RB").
    aliases
        Other full forms matched case-insensitively ("Kementerian Desa").
    type
        One of :data:`AGENCY_TYPES`.
    level
        One of :data:`AGENCY_LEVELS`.
    parent
        Id of the parent institution, or ``None``.
    """

    id: str
    name: str
    acronyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    type: str = "agency"
    level: str = "national"
    parent: str | None = None

    KEYS = ("id", "name", "acronyms", "aliases", "type", "level", "parent")
    REQUIRED = ("id", "name", "type", "level")

    def __post_init__(self) -> None:
        _check_str("id", self.id)
        if not all(c.isascii() and (c.isalnum() or c == "-") for c in self.id) or (
            self.id != self.id.lower()
        ):
            raise ValueError(f"key 'id': {self.id!r} must be lowercase ASCII letters, digits, '-'")
        _check_str("name", self.name)
        for key in ("acronyms", "aliases"):
            value = getattr(self, key)
            if not isinstance(value, tuple):
                raise ValueError(f"key {key!r} of {self.id!r}: expected a list of strings")
            for item in value:
                _check_str(key, item, self.id)
        if self.type not in AGENCY_TYPES:
            raise ValueError(f"key 'type' of {self.id!r}: unknown type {self.type!r}")
        if self.level not in AGENCY_LEVELS:
            raise ValueError(f"key 'level' of {self.id!r}: unknown level {self.level!r}")
        if self.parent is not None:
            _check_str("parent", self.parent, self.id)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AgencyRecord:
        """Build a record from a JSON object, rejecting unknown and missing keys.

        Parameters
        ----------
        data
            Mapping with the keys of :attr:`KEYS` (``acronyms``, ``aliases``, ``parent``
            optional).

        Returns
        -------
        AgencyRecord

        Raises
        ------
        ValueError
            On a non-mapping, an unknown key, a missing required key or a badly typed value.
        """
        if not isinstance(data, Mapping):
            raise ValueError(f"agency record must be a JSON object, got {type(data).__name__}")
        for key in data:
            if key not in cls.KEYS:
                raise ValueError(f"unknown key {key!r} in agency record {data.get('id')!r}")
        for key in cls.REQUIRED:
            if key not in data:
                raise ValueError(f"missing key {key!r} in agency record {data.get('id')!r}")
        lists = {}
        for key in ("acronyms", "aliases"):
            value = data.get(key, [])
            if not isinstance(value, (list, tuple)):
                raise ValueError(f"key {key!r} of {data.get('id')!r}: expected a list of strings")
            lists[key] = tuple(value)
        return cls(
            id=data["id"],
            name=data["name"],
            acronyms=lists["acronyms"],
            aliases=lists["aliases"],
            type=data["type"],
            level=data["level"],
            parent=data.get("parent"),
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the record as a plain JSON-ready dict (inverse of :meth:`from_dict`)."""
        return {
            "id": self.id,
            "name": self.name,
            "acronyms": list(self.acronyms),
            "aliases": list(self.aliases),
            "type": self.type,
            "level": self.level,
            "parent": self.parent,
        }

    def __repr__(self) -> str:
        short = f" ({', '.join(self.acronyms)})" if self.acronyms else ""
        return f"AgencyRecord({self.id!r}: {self.name}{short}, {self.type}/{self.level})"


def _check_str(key: str, value: object, owner: str | None = None) -> None:
    where = f" of {owner!r}" if owner else ""
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"key {key!r}{where}: expected a non-empty string, got {value!r}")
    if value != value.strip():
        raise ValueError(f"key {key!r}{where}: {value!r} has surrounding whitespace")


class AgencyKB:
    """A set of :class:`AgencyRecord` with unique ids and a term index.

    Parameters
    ----------
    records
        The records; duplicate ids raise :class:`ValueError`. A ``parent`` that names no record
        in the set also raises.
    """

    def __init__(self, records: Iterable[AgencyRecord]) -> None:
        self._records: dict[str, AgencyRecord] = {}
        for record in records:
            if record.id in self._records:
                raise ValueError(f"duplicate agency id {record.id!r}")
            self._records[record.id] = record
        for record in self._records.values():
            if record.parent is not None and record.parent not in self._records:
                raise ValueError(
                    f"key 'parent' of {record.id!r}: unknown agency id {record.parent!r}"
                )

    @classmethod
    def from_dicts(cls, rows: Iterable[Mapping[str, Any]]) -> AgencyKB:
        """Validate and index plain dicts (e.g. lines of a JSONL file)."""
        return cls(AgencyRecord.from_dict(row) for row in rows)

    def __len__(self) -> int:
        return len(self._records)

    def __iter__(self) -> Iterator[AgencyRecord]:
        return iter(self._records.values())

    def __contains__(self, agency_id: object) -> bool:
        return agency_id in self._records

    def __getitem__(self, agency_id: str) -> AgencyRecord:
        return self._records[agency_id]

    def __repr__(self) -> str:
        return f"AgencyKB({len(self)} agencies)"

    def get(self, agency_id: str) -> AgencyRecord | None:
        """Return the record with ``agency_id`` or ``None``."""
        return self._records.get(agency_id)

    def terms(self) -> Iterator[tuple[str, str, str]]:
        """Yield ``(term, kind, id)`` for every matchable form.

        ``kind`` is ``"name"`` or ``"alias"`` (full forms, matched case-insensitively) or
        ``"acronym"`` (short forms, matched case-sensitively). Each form comes with the variants
        of :func:`term_variants` (commas dropped or read as "dan", "Kementrian", capitals).
        """
        for record in self._records.values():
            seen: set[tuple[str, str]] = set()
            name_words = frozenset(
                word.lower() for form in (record.name, *record.aliases) for word in form.split()
            )
            for kind, forms in (
                ("name", (record.name,)),
                ("alias", record.aliases),
                ("acronym", record.acronyms),
            ):
                for form in forms:
                    for variant in term_variants(form, kind, name_words):
                        if (variant, kind) not in seen:
                            seen.add((variant, kind))
                            yield variant, kind, record.id

    def to_dicts(self) -> list[dict[str, Any]]:
        """Return all records as plain dicts, in file order."""
        return [record.to_dict() for record in self._records.values()]


def term_variants(form: str, kind: str, name_words: frozenset[str] = frozenset()) -> list[str]:
    """The ways news writes one knowledge-base form (the form itself first).

    Full forms with commas also come without them, without the serial comma before "dan", and
    with "dan" for every comma ("Kementerian Desa dan Pembangunan Daerah Tertinggal dan
    Transmigrasi"), and with "&" for "dan" ("Kementerian Pekerjaan Umum & Perumahan Rakyat");
    "Kementerian" also comes as the common misspelling "Kementrian". Mixed-case
    short forms of four letters or more also come in capitals ("POLRI", "KEMENKEU"), and
    "KemenPUPR" also as "Kemen PUPR" and "Kementerian PUPR". A short form of capitals followed
    by portfolio words of the body's own name (``name_words``, lowercase) also comes with those
    words in lowercase ("BPJS kesehatan" for "BPJS Kesehatan" of "Badan Penyelenggara Jaminan
    Sosial Kesehatan").
    """
    variants = [form]
    if kind == "acronym":
        if len(form) >= 4 and not form.isupper():
            variants.append(form.upper())
        if (portfolio := _lowercase_portfolio(form, name_words)) is not None:
            variants.append(portfolio)
        rest = form[len("Kemen"):].lstrip("-")
        if form.startswith("Kemen") and rest[:2].isupper():  # "KemenPUPR": "Kemen PUPR"
            variants.extend(["Kemen " + rest, "Kementerian " + rest])
        return variants
    if "," in form:
        variants.append(" ".join(form.replace(",", " ").split()))
        variants.append(form.replace(", dan ", " dan ").replace(", serta ", " serta "))
        variants.append(" ".join(form.replace(", dan ", " dan ").replace(",", " dan ").split()))
    variants.extend([v.replace(" dan ", " & ") for v in variants if " dan " in v])
    if form.startswith("Kementerian "):
        variants.extend(["Kementrian " + v[len("Kementerian "):] for v in variants])
    return list(dict.fromkeys(variants))


def _lowercase_portfolio(form: str, name_words: frozenset[str]) -> str | None:
    """``form`` with its portfolio words in lowercase ("BPJS kesehatan"), or None.

    Only for a short form whose first word is capitals ("BPJS") and whose other words are
    capitalised words of the body's own name (``name_words``).
    """
    head, *rest = form.split(" ")
    if not rest or len(head) < 2 or not head.isalpha() or not head.isupper():
        return None
    if not all(len(w) > 2 and w.isalpha() and w.istitle() and w.lower() in name_words
               for w in rest):
        return None
    return " ".join([head, *(w.lower() for w in rest)])


def read_agency_rows(text: str, source: str = RESOURCE_NAME) -> list[dict[str, Any]]:
    """Parse JSONL text into dicts, naming the line of any malformed JSON."""
    return read_jsonl_rows(text, source)


def load_agency_kb() -> AgencyKB:
    """Load the agency knowledge base shipped in ``beritanlp.resources``.

    Each call reads the file again; pipelines share one copy through
    :class:`beritanlp.lexicons.Lexicons`.

    Returns
    -------
    AgencyKB
        The validated records.
    """
    text = files("beritanlp.resources").joinpath(RESOURCE_NAME).read_text(encoding="utf-8")
    return AgencyKB.from_dicts(read_agency_rows(text))
