"""Agencies: the party and board words after a body's name come from lexicons/parties."""

from __future__ import annotations

import pytest

from beritanlp.rules.agencies.patterns import party_named_at, party_organ_at


@pytest.mark.parametrize(
    ("after", "party"),
    [
        (" Partai Sukamaju Raya", True),
        (" Golkar Jawa Tengah", True),
        (" PDI-Perjuangan Kota Sukamaju", True),
        (" PAN Sukamaju", True),
        (" Pan Brothers Tbk", False),  # a company, not the party's short form
        (" Garuda Indonesia", False),  # the airline: a party's name the rule does not read
        (" Gelora Bung Karno", False),  # the stadium
        (" golkar", False),  # a party's name is written capitalised
    ],
)
def test_party_named_after_a_body(after: str, party: bool) -> None:
    assert party_named_at("Ketua DPD" + after, len("Ketua DPD")) is party


@pytest.mark.parametrize(
    ("after", "organ"),
    [
        (" DPP Partai Sukamaju", True),
        (" Dewan Pimpinan Pusat Partai Sukamaju", True),
        (" Dewan Pengurus Cabang PKB Sukamaju", True),
        (" DPC Garuda Indonesia", False),
        (" Dewan Pimpinan Pusat di Jakarta", False),
    ],
)
def test_party_organ_after_a_body(after: str, organ: bool) -> None:
    text = "Badan Saksi Nasional" + after
    assert party_organ_at(text, len("Badan Saksi Nasional")) is organ
