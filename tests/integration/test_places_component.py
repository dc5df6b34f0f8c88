"""The places component: entities, records, disk and processes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from spacy.tokens import Doc


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



def test_garbled_no_break_spaces_are_read_as_spaces() -> None:
    """A scraper's "¬†" between the words of a name is a space: the same places, offsets kept."""
    import beritanlp.components.places  # noqa: F401
    from beritanlp.pipeline import blank

    nlp = blank()
    nlp.add_pipe("beritanlp_places")
    plain = "Wali Kota Tangerang Selatan meninjau banjir di Kalimantan Timur, bukan di Sleman."
    garbled = plain.replace("Tangerang Selatan", "Tangerang\u00ac\u2020Selatan").replace(
        "Kalimantan Timur", "Kalimantan\u00ac\u2020Timur").replace(" Sleman", "\u00ac\u2020Sleman")
    expected = [(p["name"], p["code"]) for p in nlp(plain)._.places]
    assert expected == [("Tangerang Selatan", "36.74"), ("Kalimantan Timur", "64"),
                        ("Sleman", "34.04")]
    places = nlp(garbled)._.places
    assert [(p["name"], p["code"]) for p in places] == expected
    assert [garbled[s:e] for p in places for s, e in p["mentions"]] == [
        "Tangerang\u00ac\u2020Selatan", "Kalimantan\u00ac\u2020Timur", "Sleman"]


def _with_agencies(
    text: str, agencies: list[tuple[str, str | None]], person: str | None,
) -> Doc:
    import spacy

    import beritanlp.components.places  # noqa: F401

    nlp = spacy.blank("id")
    places = nlp.add_pipe("beritanlp_places")
    doc = nlp.make_doc(text)
    spans, records = [], []
    for name, canonical in agencies:
        start = text.index(name)
        spans.append(doc.char_span(start, start + len(name), label="ORG"))
        records.append({"name": name, "canonical": canonical, "acronym": None, "id": None,
                        "mentions": [[start, start + len(name)]]})
    if person is not None:
        start = text.index(person)
        spans.append(doc.char_span(start, start + len(person), label="PERSON"))
    doc.ents = spans
    doc._.agencies = records
    return places(doc)


def test_component_reports_the_place_ending_an_officials_title() -> None:
    doc = _with_agencies("Kepala Dinas Pertanian Kabupaten Garut, Asep Mulyana, hadir.",
                         [("Dinas Pertanian Kabupaten Garut", None)], "Asep Mulyana")
    assert [(p["name"], p["code"]) for p in doc._.places] == [("Kabupaten Garut", "32.05")]
    # the agency alone, or a named body ending in a region, names no place
    doc = _with_agencies("Dinas Pertanian Kabupaten Garut membagikan bibit.",
                         [("Dinas Pertanian Kabupaten Garut", None)], None)
    assert doc._.places == []
    doc = _with_agencies("Direktur Utama Bank Jateng, Rudi Hartono, hadir.",
                         [("Bank Jateng", "PT Bank Pembangunan Daerah Jawa Tengah")],
                         "Rudi Hartono")
    assert doc._.places == []
