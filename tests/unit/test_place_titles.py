"""Places ending an official's title written through an agency's name (rules.places.titles)."""

from __future__ import annotations

import pytest

from beritanlp.lexicons.positions import load_positions
from beritanlp.lexicons.regions import default_gazetteer
from beritanlp.rules.places import find_places
from beritanlp.rules.places.titles import TitleWords, title_words, titled_agencies


@pytest.fixture(scope="module")
def words() -> TitleWords:
    return title_words(load_positions())


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _not_place(run: str) -> bool:
    return not default_gazetteer().lookup(run)


def test_title_words_hold_posts_their_short_forms_and_units(words: TitleWords) -> None:
    assert {("kepala",), ("ketua",), ("kabid",), ("direktur", "utama")} <= words.positions
    assert "humas" in words.units
    assert ("dinas",) not in words.positions


def test_agency_after_a_post_and_before_a_name_is_titled(words: TitleWords) -> None:
    text = "Kepala Dinas Kesehatan Kota Bekasi, Rina Marlina, menyatakan stok cukup."
    agency = _span(text, "Dinas Kesehatan Kota Bekasi")
    person = _span(text, "Rina Marlina")
    assert titled_agencies(text, [agency], [agency], [person], words) == [agency]


def test_name_before_the_title_makes_it_an_official(words: TitleWords) -> None:
    text = "Rina Marlina, Plt. Kepala Dinas Kesehatan Kota Bekasi, menyatakan stok cukup."
    agency = _span(text, "Dinas Kesehatan Kota Bekasi")
    person = _span(text, "Rina Marlina")
    assert titled_agencies(text, [agency], [agency], [person], words) == [agency]


def test_chain_of_agencies_and_a_unit_after_the_post(words: TitleWords) -> None:
    text = "ujar Kepala Biro Humas Pemprov Maluku, Yosef Lewerissa, kemarin."
    bureau, government = _span(text, "Biro Humas"), _span(text, "Pemprov Maluku")
    assert titled_agencies(text, [bureau, government], [bureau, government], [], words,
                           names=_not_place) == [government]
    text = "Kabid Humas Polda Bengkulu, Kombes Andi Wirawan, menjelaskan."
    police = _span(text, "Polda Bengkulu")
    person = _span(text, "Andi Wirawan")
    assert titled_agencies(text, [police], [police], [person], words) == [police]


def test_name_right_after_the_title_without_comma(words: TitleWords) -> None:
    text = "Kepala Dinas Pendidikan Kabupaten Ngawi Sutrisno mengatakan sekolah libur."
    agency = _span(text, "Dinas Pendidikan Kabupaten Ngawi")
    assert titled_agencies(text, [agency], [agency], [], words, names=_not_place) == [agency]


@pytest.mark.parametrize(("text", "agency"), [
    # a rank before the name the recogniser missed
    ("Kasat Reskrim Polres Sleman AKBP Wirawan mengatakan pelaku ditangkap.", "Polres Sleman"),
    # an honorific before a name that is also a post's word
    ("Menurut Kepala Dinas Kesehatan Kabupaten Sleman, dr Hakim, stok cukup.",
     "Dinas Kesehatan Kabupaten Sleman"),
    # the name ends the sentence
    ("Surat itu dibacakan Ketua DPRD Kota Sorong, Markus Wenda. Isinya singkat.",
     "DPRD Kota Sorong"),
    # an open post's unit name and its bracketed short form before the agency
    ("Kepala Satuan Lalu Lintas (Kasatlantas) Polres Sleman, Kompol Wirawan, menjelaskan.",
     "Polres Sleman"),
])
def test_titles_the_recogniser_missed(words: TitleWords, text: str, agency: str) -> None:
    span = _span(text, agency)
    assert titled_agencies(text, [span], [span], [], words, names=_not_place) == [span]


@pytest.mark.parametrize(("text", "agency"), [
    # a list of posts: the next post is no name
    ("Hadir Kepala BPBD Kabupaten Sleman, Camat Budi Santoso, dan warga.",
     "BPBD Kabupaten Sleman"),
    # an unknown word between a closed post and the agency
    ("Kapolres Baru Polres Sleman, Wirawan, menjelaskan.", "Polres Sleman"),
    # a headline's next word is no name
    ("Kepala Dinas Pendidikan Kabupaten Ngawi Diperiksa Jaksa\n\nIsi berita.",
     "Dinas Pendidikan Kabupaten Ngawi"),
    # a day after the title is no name
    ("Kepala Dinas Pendidikan Kabupaten Ngawi Senin lalu menutup sekolah.",
     "Dinas Pendidikan Kabupaten Ngawi"),
    # the agency alone: no post before it
    ("Dinas Kesehatan Kota Bekasi, Rina Marlina, menambah stok.", "Dinas Kesehatan Kota Bekasi"),
    # a post without a named holder is no official
    ("Kepala Dinas Kesehatan Kota Bekasi mengatakan stok cukup.", "Dinas Kesehatan Kota Bekasi"),
    # a place after the comma is no name
    ("Kepala Dinas Kesehatan Kota Bekasi, Jawa Barat, mengatakan.", "Dinas Kesehatan Kota Bekasi"),
    # a lowercase word before the agency is no post
    ("pegawai Dinas Kesehatan Kota Bekasi, Rina Marlina, datang.", "Dinas Kesehatan Kota Bekasi"),
])
def test_no_title_no_titled_agency(words: TitleWords, text: str, agency: str) -> None:
    span = _span(text, agency)
    assert titled_agencies(text, [span], [span], [], words, names=_not_place) == []


def test_named_body_is_the_jurisdiction_not_its_place(words: TitleWords) -> None:
    text = "Direktur Utama Bank Jateng, Rudi Hartono, hadir."
    bank = _span(text, "Bank Jateng")
    assert titled_agencies(text, [bank], [], [_span(text, "Rudi Hartono")], words) == []


def test_find_places_reports_the_titled_place_with_its_cue() -> None:
    gaz = default_gazetteer()
    text = "Ketua DPRD Kota Depok, Hendra Saputra, membuka rapat."
    agency = _span(text, "DPRD Kota Depok")
    plain = [(m.text, m.blocked) for m in find_places(text, gaz, [agency])]
    assert plain == [("Depok", "agency")]
    titled = find_places(text, gaz, [agency], titled_spans=[agency])
    assert [(m.text, m.blocked, m.place and m.place.code) for m in titled] == [
        ("Kota Depok", None, "32.76")]
