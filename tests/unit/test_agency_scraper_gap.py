"""A name cut by a scraper's gap before its bracketed short form is no record of its own."""

from __future__ import annotations

import pytest

import beritanlp.components.agencies  # noqa: F401  (registers the factory)
from beritanlp.pipeline import blank
from beritanlp.rules.agencies.patterns import cut_by_gap

NLP = blank()
AGENCIES = NLP.add_pipe("beritanlp_agencies")


@pytest.mark.parametrize(("after", "cut"), [
    ("  , (BSR) menyatakan", True),
    ("  , Daerah (BSR) Kota Sukamaju", True),
    (" , Raya Utama (BSR)", True),
    (", (BSR) menyatakan", False),  # no blank before the comma: no gap
    ("  , kata dia di sana (BSR)", False),  # more than three words to the bracket
    ("  , dan (BSR)", True),
    ("  , lalu pergi.", False),  # no short form after the gap
])
def test_gap_before_a_short_form(after: str, cut: bool) -> None:
    text = "Badan Sukamaju" + after
    assert cut_by_gap(text, 0, len("Badan Sukamaju")) is cut


def test_a_name_with_its_short_form_inside_is_whole() -> None:
    name = "Direktorat Reserse Umum (Ditresum) Polda Sukamaju"
    assert not cut_by_gap(name + "  , (PSR) menangkap dua orang.", 0, len(name))


def test_an_org_span_cut_by_the_gap_is_dropped() -> None:
    text = "Kepala Badan Penata  , Wilayah (Bapewil) Kota Sukamaju hadir."
    doc = NLP.make_doc(text)
    start = text.index("Badan")
    doc.ents = [doc.char_span(start, start + len("Badan Penata"), label="ORG")]
    names = [r["name"] for r in AGENCIES(doc)._.agencies]
    assert "Badan Penata" not in names


def test_an_org_span_without_a_gap_stays() -> None:
    text = "Kepala Badan Perencanaan Sukamaju, Daerah Raya (BPS) hadir."
    doc = NLP.make_doc(text)
    start = text.index("Badan")
    doc.ents = [doc.char_span(start, start + len("Badan Perencanaan Sukamaju"), label="ORG")]
    names = [r["name"] for r in AGENCIES(doc)._.agencies]
    assert "Badan Perencanaan Sukamaju" in names
