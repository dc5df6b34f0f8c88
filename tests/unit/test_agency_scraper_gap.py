"""A name cut by a scraper's gap before its bracketed short form is no record of its own."""

from __future__ import annotations

import pytest

from beritanlp.rules.agencies.patterns import cut_by_gap
from org_spans import agency_names


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
    assert "Badan Penata" not in agency_names(text, "Badan Penata")


def test_an_org_span_without_a_gap_stays() -> None:
    text = "Kepala Badan Perencanaan Sukamaju, Daerah Raya (BPS) hadir."
    assert "Badan Perencanaan Sukamaju" in agency_names(text, "Badan Perencanaan Sukamaju")
