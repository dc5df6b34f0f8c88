"""beritanlp.displacy: fact spans for displaCy and the colours registered via entry point."""

from __future__ import annotations

import pytest
from spacy import displacy
from spacy.util import registry

from beritanlp.displacy import FACT_COLORS, SPANS_KEY, add_fact_spans, displacy_colors, fact_spans
from beritanlp.pipeline import blank

TEXT = "Wali Kota Tegal, Sri Mulyani Ardiansyah, menerima nilai SPI 77,1 dari KPK di Tegal."


def _doc():
    doc = blank()(TEXT)
    name = TEXT.index("Sri Mulyani Ardiansyah")
    doc._.officials = [{"name": "Sri Mulyani Ardiansyah", "position": "Wali Kota",
                        "jurisdiction": "Tegal", "mentions": [[name, name + 22]]}]
    kpk = TEXT.index("KPK")
    doc._.agencies = [{"name": "KPK", "acronym": "KPK", "id": "kpk", "mentions": [[kpk, kpk + 3]]}]
    tegal = TEXT.rindex("Tegal")
    doc._.places = [{"name": "Tegal", "type": "kota", "code": "33.76",
                     "province": "Jawa Tengah",
                     # second mention is out of range, third is empty: both skipped
                     "mentions": [[10, 15], [tegal, tegal + 5], [500, 505], [3, 3]]}]
    value = TEXT.index("77,1")
    doc._.scores = [{"metric": "SPI", "value": 77.1, "kind": "value", "text": "77,1",
                     # "7,1" starts inside the token "77,1": widened to the whole token
                     "start": value + 1, "end": value + 4}]
    return doc


def test_entry_point_registers_colours() -> None:
    registered = registry.displacy_colors.get_all()
    assert "beritanlp" in registered
    colours = registered["beritanlp"]
    assert (colours() if callable(colours) else colours) == FACT_COLORS
    assert displacy_colors() is not FACT_COLORS  # a copy: callers cannot change the defaults


def test_fact_spans_labels_and_offsets() -> None:
    spans = fact_spans(_doc())
    got = [(s.text, s.label_) for s in spans]
    assert got == [
        ("Tegal", "PLACE"),
        ("Sri Mulyani Ardiansyah", "OFFICIAL"),
        ("77,1", "SCORE"),
        ("KPK", "AGENCY"),
        ("Tegal", "PLACE"),
    ]


def test_fact_spans_empty_doc() -> None:
    assert fact_spans(blank()("Tidak ada fakta di sini.")) == []


def test_render_uses_registered_colours() -> None:
    doc = add_fact_spans(_doc())
    assert len(doc.spans[SPANS_KEY]) == 5
    html = displacy.render(doc, style="span", options={"spans_key": SPANS_KEY})
    for label in ("OFFICIAL", "AGENCY", "PLACE", "SCORE"):
        assert label in html
        assert FACT_COLORS[label] in html


@pytest.mark.parametrize("bad", [[["a", "b"]], [[1]], None])
def test_malformed_mentions_are_skipped(bad: object) -> None:
    doc = blank()(TEXT)
    doc._.agencies = [{"name": "KPK", "mentions": bad}]
    doc._.scores = [{"metric": "SPI", "start": None, "end": None}]
    assert fact_spans(doc) == []
