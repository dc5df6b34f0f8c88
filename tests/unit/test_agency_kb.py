from __future__ import annotations

import pytest

from beritanlp.lexicons.agencies import AgencyKB, AgencyRecord, load_agency_kb, read_agency_rows

ROW = {"id": "kpk", "name": "Komisi Pemberantasan Korupsi", "acronyms": ["KPK"], "aliases": [],
       "type": "commission", "level": "national", "parent": None}


def test_round_trip() -> None:
    record = AgencyRecord.from_dict(ROW)
    assert record.to_dict() == ROW
    assert "KPK" in repr(record) and "kpk" in repr(record)


def test_unknown_key_rejected_by_name() -> None:
    with pytest.raises(ValueError, match="'acronym'"):
        AgencyRecord.from_dict({**ROW, "acronym": "KPK"})


def test_missing_key_rejected() -> None:
    row = dict(ROW)
    del row["type"]
    with pytest.raises(ValueError, match="'type'"):
        AgencyRecord.from_dict(row)


def test_bad_values_rejected() -> None:
    with pytest.raises(ValueError, match="'type'"):
        AgencyRecord.from_dict({**ROW, "type": "party"})
    with pytest.raises(ValueError, match="'acronyms'"):
        AgencyRecord.from_dict({**ROW, "acronyms": "KPK"})
    with pytest.raises(ValueError, match="'id'"):
        AgencyRecord.from_dict({**ROW, "id": "KPK RI"})
    with pytest.raises(ValueError):
        AgencyRecord.from_dict(["kpk"])  # type: ignore[arg-type]


def test_duplicate_ids_rejected() -> None:
    with pytest.raises(ValueError, match="duplicate agency id 'kpk'"):
        AgencyKB.from_dicts([ROW, {**ROW, "name": "KPK lain"}])


def test_unknown_parent_rejected() -> None:
    with pytest.raises(ValueError, match="'parent'"):
        AgencyKB.from_dicts([{**ROW, "parent": "nowhere"}])


def test_malformed_jsonl_names_the_line() -> None:
    with pytest.raises(ValueError, match="line 2"):
        read_agency_rows('{"id": "a"}\n{oops\n')


def test_packaged_kb_loads_and_covers_the_cabinet() -> None:
    kb = load_agency_kb()
    assert len(kb) > 150
    terms = {term for term, _, _ in kb.terms()}
    for short in ("Kemenkeu", "Kemendagri", "Kemensos", "Kementan", "Kemendikdasmen",
                  "KemenPAN-RB", "KPK", "BPK", "BPKP", "BPS", "BNPB", "BNN", "BNPT", "KPU",
                  "Bawaslu", "OJK", "BI", "LKPP", "BMKG", "BPOM", "BRIN", "Basarnas", "DPR",
                  "DPD", "MPR", "MA", "MK", "KY", "Kejagung", "Polri", "TNI", "TNI AD", "Kodam",
                  "PLN", "Bulog", "BRI", "BNI", "BTN", "KAI", "OPD", "BPBD", "Satpol PP"):
        assert short in terms, short
    ministries = [r for r in kb if r.type in ("ministry", "coordinating_ministry")]
    assert len(ministries) >= 48
    # Comma-less variants of full names are matchable too.
    assert "Kementerian Desa Pembangunan Daerah Tertinggal dan Transmigrasi" in terms


def test_packaged_kb_short_forms_name_one_agency() -> None:
    # A short form shared by two records must be a known, documented ambiguity (the village
    # ministry of two cabinets; the bare "BPJS" news writes for either social security agency,
    # resolved by the one the article names); any other clash is a data mistake.
    kb = load_agency_kb()
    owners: dict[str, set[str]] = {}
    for record in kb:
        for short in record.acronyms:
            owners.setdefault(short, set()).add(record.id)
    shared = {short: ids for short, ids in owners.items() if len(ids) > 1}
    assert shared == {
        "Kemendes": {"kemendes-pdt", "kemendes-pdtt"},
        "BPJS": {"bpjs-kesehatan", "bpjs-ketenagakerjaan"},
    }


def test_packaged_kb_full_names_are_unique_and_complete() -> None:
    kb = load_agency_kb()
    names: dict[str, str] = {}
    for record in kb:
        assert record.name and record.type and record.level, record.id
        key = record.name.casefold()
        assert key not in names, (record.id, names.get(key))
        names[key] = record.id
    # Both cabinets (2019 Kabinet Indonesia Maju, 2024 Kabinet Merah Putih), state companies
    # (national and regional) and ministry units.
    for agency_id in ("kemenristek", "kemendikbudristek", "kemenpupr", "kemenko-marves",
                      "kemendiktisaintek", "kemenimipas", "kemenko-pangan", "bkf", "djbc",
                      "ditjen-pkh", "manggala-agni", "bank-bjb", "pertamina", "pln", "bp-haji",
                      "iptn", "kcic", "ppih"):
        assert agency_id in kb, agency_id
    assert sum(r.type == "soe" for r in kb) >= 80


def test_packaged_kb_has_foreign_bodies_but_not_the_former_departments() -> None:
    kb = load_agency_kb()
    # Bare "Departemen Keuangan/Pertahanan/Luar Negeri" in current news are mostly the US
    # departments, so the Indonesian departments before 2009 are not records.
    assert not [r.id for r in kb if r.name.startswith("Departemen ")]
    for agency_id in ("cia", "fbi", "kongres-as", "parlemen-inggris", "house-of-commons",
                      "irgc", "idf"):
        assert agency_id in kb, agency_id
    # A short form that names another body in the news is left out: "IDF" is also a diabetes
    # federation, so the Israeli army is matched by its full names only.
    assert not kb["idf"].acronyms
    # Supranational bodies are left out like UN bodies: the European Central Bank is no record.
    assert "ecb" not in kb


def test_short_form_portfolio_words_also_come_in_lowercase() -> None:
    kb = AgencyKB.from_dicts([
        {"id": "bp-x", "name": "Badan Pengelola Wisata Bahari", "acronyms": ["BPWB Bahari", "BPWB"],
         "aliases": [], "type": "agency", "level": "national", "parent": None},
        {"id": "pt-y", "name": "Perusahaan Umum Pelabuhan Satu", "acronyms": ["PUP I", "PUP Dua"],
         "aliases": [], "type": "soe", "level": "national", "parent": None},
    ])
    shorts = {term for term, kind, _ in kb.terms() if kind == "acronym"}
    assert "BPWB bahari" in shorts  # a word of the body's own name
    assert "PUP i" not in shorts  # a numeral is no portfolio word
    assert "PUP dua" not in shorts  # nor a word the name does not have
