"""The dates component sets doc._.date, doc._.dates and DATE entities."""

from __future__ import annotations


def test_component_sets_date_and_dates() -> None:
    import spacy

    import beritanlp.components.dates  # noqa: F401  (registers the factory)

    nlp = spacy.blank("id")
    nlp.add_pipe("beritanlp_dates")
    doc = nlp("Judul\n\nWali kota meninjau pasar, Kamis (16/5/2024). Kemarin hujan deras.")
    assert doc._.date == "2024-05-16"
    assert [d["value"] for d in doc._.dates] == ["2024-05-16", "2024-05-15"]
    assert [e.label_ for e in doc.ents] == ["DATE", "DATE"]
    # A date the caller already knows (metadata) is kept and anchors relative dates.
    doc2 = nlp.make_doc("Judul\n\nHari ini pasar dibuka.")
    doc2._.date = "2024-01-02"
    doc2 = nlp(doc2)
    assert doc2._.date == "2024-01-02"
    assert doc2._.dates[0]["value"] == "2024-01-02"

