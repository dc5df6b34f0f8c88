"""Places: gazetteer regression cases, lookup, component, n_process=2, seed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from beritanlp.lexicons.regions import Gazetteer, default_gazetteer, key
from beritanlp.rules.places import extract_places, find_places

CASES = [json.loads(line) for line in
         (Path(__file__).parent / "data" / "place_cases.jsonl").read_text("utf-8").splitlines()
         if line.strip()]


@pytest.mark.parametrize("case", CASES, ids=[c["note"][:50] for c in CASES])
def test_place_cases(case: dict) -> None:
    records = extract_places(case["text"], default_gazetteer())
    got = sorted([r["name"], r["type"], r["code"]] for r in records)
    assert got == sorted(case["places"]), case["note"]
    for r in records:
        written = [case["text"][start:end] for start, end in r["mentions"]]
        assert r["name"] in written


def test_key_ignores_case_space_and_hyphen() -> None:
    assert key("Pangkal Pinang") == key("pangkal-pinang") == key("PANGKALPINANG")


def test_table_keys_and_text_words_split_names_alike() -> None:
    from beritanlp.lexicons.regions import NAME_WORD
    from beritanlp.text.words import LETTERS, Words

    assert NAME_WORD.pattern == LETTERS.pattern
    name = "Jum'at Pangkal-Pinang 2024 Ma’ruf"
    assert key(name) == "".join(Words(name).lows)


def test_lookup_returns_both_bogor_with_kota_first() -> None:
    gaz = default_gazetteer()
    assert [p.code for p in gaz.lookup("Bogor")] == ["32.71", "32.01"]
    assert [p.code for p in gaz.lookup("Kabupaten Bogor")] == ["32.01"]
    assert [p.code for p in gaz.lookup("Kota Bogor")] == ["32.71"]
    assert gaz.province_of(gaz.lookup("Kota Pangkal Pinang")[0]) == "Kepulauan Bangka Belitung"


def test_gazetteer_covers_all_regions() -> None:
    gaz = default_gazetteer()
    counts: dict[str, int] = {}
    for place in gaz.by_code.values():
        counts[place.type] = counts.get(place.type, 0) + 1
    assert counts == {"provinsi": 38, "kabupaten": 416, "kota": 98, "kecamatan": 7285}


def test_aliases_are_validated() -> None:
    gaz = default_gazetteer()
    with pytest.raises(ValueError, match="unknown code"):
        gaz.with_aliases([{"alias": "Kota Hujan", "code": "99.99"}])
    with pytest.raises(ValueError, match="unknown keys"):
        gaz.with_aliases([{"alias": "Kota Hujan", "code": "32.71", "lang": "id"}])
    added = gaz.with_aliases([{"alias": "Kota Hujan", "code": "32.71"}])
    assert [p.code for p in added.lookup("Kota Hujan")] == ["32.71"]
    assert gaz.lookup("Kota Hujan") == []  # the packaged gazetteer is unchanged


def test_blocked_spans_hide_places_inside_longer_entities() -> None:
    text = "Tim Universitas Terbuka Sumatera Utara hadir di Medan."
    # The caller (e.g. the NER) says characters 4..38 are one organisation.
    mentions = find_places(text, default_gazetteer(), blocked_spans=[(4, 38)])
    reported = [m.text for m in mentions if m.blocked is None]
    assert reported == ["Medan"]


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="expects str"):
        find_places(b"Jakarta", default_gazetteer())  # type: ignore[arg-type]


def test_unknown_type_rejected() -> None:
    with pytest.raises(ValueError, match="unknown place type"):
        Gazetteer([("99", "Atlantis", "benua", False)])


def test_component_writes_ents_and_records(tmp_path: Path) -> None:
    import spacy

    import beritanlp.components.places  # noqa: F401  (registers the factory)

    nlp = spacy.blank("id")
    places = nlp.add_pipe("beritanlp_places")
    places.add_aliases([{"alias": "Kota Hujan", "code": "32.71"}])
    text = "Wisatawan memadati Kota Hujan. Wali Kota Pangkalpinang berkunjung ke Malaysia."
    doc = nlp(text)
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == [
        ("Kota Hujan", "GPE", "32.71"), ("Pangkalpinang", "GPE", "19.71"),
        ("Malaysia", "GPE", "negara:malaysia")]
    assert [p["code"] for p in doc._.places] == ["32.71", "19.71", None]
    nlp.to_disk(tmp_path / "p")
    nlp2 = spacy.blank("id")
    nlp2.add_pipe("beritanlp_places").from_disk(tmp_path / "p" / "beritanlp_places")
    assert nlp2(text)._.places == doc._.places


def test_component_skips_places_inside_org_entities() -> None:
    import spacy
    from spacy.tokens import Span

    import beritanlp.components.places  # noqa: F401

    nlp = spacy.blank("id")
    places = nlp.get_pipe("beritanlp_places") if "beritanlp_places" in nlp.pipe_names \
        else nlp.add_pipe("beritanlp_places")
    doc = nlp.make_doc("Pemkot Bekasi dan Bank Jateng bekerja sama di Bekasi.")
    doc.ents = [Span(doc, 0, 2, label="ORG", kb_id="pemkot-bekasi"),
                Span(doc, 3, 5, label="ORG")]
    doc = places(doc)
    assert [(p["name"], p["code"]) for p in doc._.places] == [("Bekasi", "32.75")]
    assert [e.text for e in doc.ents] == ["Pemkot Bekasi", "Bank Jateng", "Bekasi"]


def test_component_survives_two_processes() -> None:
    code = (
        "import spacy, beritanlp.components.places\n"
        "nlp = spacy.blank('id'); nlp.add_pipe('beritanlp_places')\n"
        "texts = ['Banjir di Kabupaten Bogor.', 'Gubernur Jabar ke Malaysia.'] * 2\n"
        "docs = list(nlp.pipe(texts, n_process=2, batch_size=1))\n"
        "print([[p['code'] or p['name'] for p in d._.places] for d in docs])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=300, check=True).stdout.strip()
    assert out == str([["32.01"], ["32", "Malaysia"]] * 2)


def test_seed_places_exactly(shared_data: Path) -> None:
    text = (shared_data / "seed" / "spi_pangkalpinang_2024.txt").read_text("utf-8")
    gold = json.loads((shared_data / "seed" / "spi_pangkalpinang_2024.gold.json")
                      .read_text("utf-8"))
    got = sorted((r["name"], r["type"]) for r in extract_places(text, default_gazetteer()))
    assert got == sorted((p["name"], p["type"]) for p in gold["places"])
