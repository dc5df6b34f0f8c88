"""Bodies of a party or a university that the NER reads as ORG are no agencies."""

from __future__ import annotations

import pytest

from org_spans import agency_names


@pytest.mark.parametrize(("text", "org"), [
    # the party's short form right after the ORG span, a person's name after it
    ("Ketua Dewan Kehormatan PAN Budi Santoso menilai kebijakan itu tepat.",
     "Dewan Kehormatan"),
    # the party inside the ORG span
    ("Ketua Dewan Kehormatan PAN Budi Santoso menilai kebijakan itu tepat.",
     "Dewan Kehormatan PAN"),
    # the body's name runs on past a comma and "dan" to the party's board and the party
    ("Ketua Badan Pembinaan Kader, Pendidikan dan Pelatihan DPD Partai Hanura "
     "Sukamaju, Rudi Hartono, mengatakan hal itu.", "Badan Pembinaan Kader"),
    # a university's bureau past "dan"
    ("Kepala Biro Kerja Sama dan Humas UIN Sukamaju, Lestari Ayu, membuka seminar itu.",
     "Biro Kerja Sama"),
])
def test_a_party_or_university_body_is_no_agency(text: str, org: str) -> None:
    assert agency_names(text, org) == []


@pytest.mark.parametrize(("text", "org", "names"), [
    # a legislature's council and a ministry's bureau stay agencies
    ("Ketua Badan Kehormatan DPRD Kota Sukamaju memanggil dua anggota.",
     "Badan Kehormatan", ["Badan Kehormatan DPRD Kota Sukamaju"]),
    ("Petugas Badan Pengelola Pasar dan Universitas Sukamaju membagikan masker.",
     "Badan Pengelola Pasar", ["Badan Pengelola Pasar"]),
    ("Dewan Kehormatan Penyelenggara Pemilu memeriksa tiga anggota PAN.",
     "Dewan Kehormatan Penyelenggara Pemilu", ["Dewan Kehormatan Penyelenggara Pemilu"]),
])
def test_public_bodies_stay(text: str, org: str, names: list[str]) -> None:
    assert agency_names(text, org) == names


def test_a_party_body_is_the_party_at_its_bare_later_mention() -> None:
    text = ("Ketua Dewan Kehormatan PAN Sukamaju, Rudi, hadir. Menurut Rudi, Dewan Kehormatan "
            "akan memanggil dua kader.")
    assert agency_names(text, "Dewan Kehormatan", last=True) == []
