"""The officials component: blocked entities, records, spans, disk and pickle."""

from __future__ import annotations

import pickle

import pytest
import spacy

from beritanlp.components.officials import OfficialsComponent
from beritanlp.pipeline import blank


def test_component_blocks_only_linked_entities(nlp):
    from spacy.tokens import Span

    doc = nlp.make_doc("Komisioner Sinar Abadi Harun Wijaya berpendapat proyek itu layak.")
    doc.ents = [Span(doc, 1, 3, label="ORG", kb_id="sinarabadi")]
    assert nlp.get_pipe("beritanlp_officials")(doc)._.officials == []
    doc = nlp.make_doc("Komisioner Sinar Abadi Harun Wijaya berpendapat proyek itu layak.")
    doc.ents = [Span(doc, 1, 3, label="ORG")]  # unlinked NER guess: not trusted
    assert [r["name"] for r in nlp.get_pipe("beritanlp_officials")(doc)._.officials] == [
        "Sinar Abadi Harun Wijaya"
    ]


@pytest.fixture(scope="module")
def nlp():
    pipeline = blank()
    pipeline.add_pipe("beritanlp_officials")
    return pipeline


def test_component_writes_records_and_spans(nlp):
    doc = nlp("Gubernur Jawa Tengah Ahmad Luthfi meninjau banjir. Luthfi meminta warga waspada.")
    assert [r["name"] for r in doc._.officials] == ["Ahmad Luthfi"]
    spans = list(doc.spans["officials"])
    assert [s.text for s in spans] == ["Ahmad Luthfi", "Luthfi"]
    assert {(s._.position, s._.jurisdiction) for s in spans} == {("Gubernur", "Jawa Tengah")}
    assert all(isinstance(v, (str, int, list)) or v is None
               for r in doc._.officials for v in r.values())


def test_component_roundtrips_to_disk_and_pickle(nlp, tmp_path):
    comp = OfficialsComponent(None, fallback=False)
    comp.add_positions([{"kind": "position", "text": "Kepala Otorita", "category": "national",
                         "complement": "open"}])
    comp.to_disk(tmp_path / "officials")
    restored = OfficialsComponent(None).from_disk(tmp_path / "officials")
    assert restored.fallback is False
    assert restored.non_name_labels == comp.non_name_labels
    assert restored.lexicon.get("Kepala Otorita") is not None
    clone = pickle.loads(pickle.dumps(restored))
    assert clone.lexicon.get("Kepala Otorita") is not None
    with pytest.raises(ValueError, match="duplicate"):
        comp.add_positions([{"kind": "position", "text": "Bupati", "category": "regional",
                             "complement": "none"}])


def test_saved_pipeline_loads_with_spacy(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    doc = loaded("Menteri Keuangan Sri Mulyani Indrawati hadir.")
    assert doc._.officials[0]["position"] == "Menteri Keuangan"

