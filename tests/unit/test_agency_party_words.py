"""Agencies: the party and board words after a body's name come from lexicons/parties."""

from __future__ import annotations

import pytest

from beritanlp.rules.agencies.patterns import (
    party_inside,
    party_named_at,
    party_organ_after,
    party_organ_at,
)


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


@pytest.mark.parametrize(
    ("after", "owned"),
    [
        (" DPP Partai Sukamaju", True),  # right after, as party_organ_at
        (", Pembinaan dan Kaderisasi DPW Partai Sukamaju", True),  # past joined name words
        (" dan Humas UIN Sukamaju Raya", True),  # a university's bureau
        (" dan Kerja Sama Paroki Santo Tomas", True),
        (" dan Universitas Sukamaju", False),  # a list: the next item is a body of its own
        (", Dinas Kesehatan dan Partai Sukamaju", False),  # a list of bodies, then a party
        (" dan Humas Kemendagri", False),  # a ministry's bureau
        (" UIN Sukamaju", False),  # right after: is_excluded reads the span's own words
        (" (BPS) UIN Sukamaju", True),  # past the body's bracketed short form
        (", Pelatihan, dan Kerja Sama (PPKS) UIN Sukamaju", True),
        (" (BPS) Rina Sari, Ketua DPC PKB Sukamaju", False),  # the next clause's post
    ],
)
def test_owner_after_joined_name_words(after: str, owned: bool) -> None:
    text = "Badan Pendidikan" + after
    assert party_organ_after(text, len("Badan Pendidikan")) is owned


@pytest.mark.parametrize(
    ("name", "inside"),
    [
        ("Dewan Kehormatan PAN Sukamaju", True),
        ("Badan Pemenangan Pemilu PPP", True),
        ("Badan Saksi Partai Sukamaju", True),
        ("Badan Kehormatan DPRD Sukamaju", False),
        ("Badan Pan Brothers", False),  # a three-letter party's short form is in capitals
    ],
)
def test_party_inside_a_body_name(name: str, inside: bool) -> None:
    assert party_inside(name, len(name.split()[0]), len(name)) is inside
