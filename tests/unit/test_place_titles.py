"""Places ending an official's title written through an agency's name (rules.places.titles)."""

from __future__ import annotations

import pytest

from beritanlp.lexicons.positions import load_positions
from beritanlp.lexicons.regions import default_gazetteer
from beritanlp.lexicons.titles import load_ranks, load_titles
from beritanlp.rules.places import find_places
from beritanlp.rules.places.titles import TitleWords, title_words, titled_agencies


@pytest.fixture(scope="module")
def words() -> TitleWords:
    return title_words(load_positions(), load_titles(), load_ranks())


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _not_place(run: str) -> bool:
    return not default_gazetteer().lookup(run)


def test_title_words_read_posts_with_modifiers_and_units(words: TitleWords) -> None:
    assert words.reads(["Kepala"]) and words.reads(["Plt.", "Kepala"])
    assert words.reads(["Kabid", "Humas"]) and words.reads(["Direktur", "Utama"])
    assert not words.reads(["Dinas"]) and not words.reads(["Kapolres", "Baru"])
    # a gated head ("Raja": also a given name) is a post only by the officials' gate
    assert not words.reads(["Raja"]) and not words.post_word("Ratu")
    assert ("dr",) in words.honorifics and ("akbp",) in words.honorifics


@pytest.mark.parametrize(("text", "agency", "person"), [
    ("Kepala Dinas Kesehatan Kota Bekasi, Rina Marlina, menyatakan stok cukup.",
     "Dinas Kesehatan Kota Bekasi", "Rina Marlina"),
    # the name before the title
    ("Rina Marlina, Plt. Kepala Dinas Kesehatan Kota Bekasi, menyatakan stok cukup.",
     "Dinas Kesehatan Kota Bekasi", "Rina Marlina"),
    ("Kabid Humas Polda Bengkulu, Kombes Andi Wirawan, menjelaskan.", "Polda Bengkulu",
     "Andi Wirawan"),
])
def test_a_recognised_person_beside_the_title(
    words: TitleWords, text: str, agency: str, person: str,
) -> None:
    span = _span(text, agency)
    assert titled_agencies(text, [span], [span], [_span(text, person)], words) == [span]


def test_chain_of_agencies_and_a_unit_after_the_post(words: TitleWords) -> None:
    text = "ujar Kepala Biro Humas Pemprov Maluku, Yosef Lewerissa, menyampaikan kemarin."
    bureau, government = _span(text, "Biro Humas"), _span(text, "Pemprov Maluku")
    assert titled_agencies(text, [bureau, government], [bureau, government], [], words,
                           names=_not_place) == [government]


@pytest.mark.parametrize(("text", "agency"), [
    # a name right after the title without a comma
    ("Kepala Dinas Pendidikan Kabupaten Ngawi Sutrisno mengatakan sekolah libur.",
     "Dinas Pendidikan Kabupaten Ngawi"),
    # an apostrophe and a hyphen inside the name
    ("Kepala Dinas Kesehatan Kota Bekasi, Ma'ruf Hidayat, menyatakan stok cukup.",
     "Dinas Kesehatan Kota Bekasi"),
    ("Kepala Dinas Kesehatan Kota Bekasi, Siti Nur-Aini, menyatakan stok cukup.",
     "Dinas Kesehatan Kota Bekasi"),
    # a name of two words between commas
    ("Rapat dibuka Kepala Dinas Kesehatan Kota Bekasi, Yosef Lewerissa, pagi tadi.",
     "Dinas Kesehatan Kota Bekasi"),
    # a rank of the table before the name, no speech verb after it
    ("Kasat Reskrim Polres Sleman AKP Budi Santoso Wirawan, pelaku lain masih dicari.",
     "Polres Sleman"),
    # a rank before the name the recogniser missed
    ("Kasat Reskrim Polres Sleman AKBP Wirawan mengatakan pelaku ditangkap.", "Polres Sleman"),
    # an honorific before the name
    ("Kepala Dinas Kesehatan Kabupaten Sleman, dr Hendra Gunawan, menegaskan stok cukup.",
     "Dinas Kesehatan Kabupaten Sleman"),
    # an open post's unit name and its bracketed short form before the agency
    ("Kepala Satuan Lalu Lintas (Kasatlantas) Polres Sleman, Kompol Wirawan menjelaskan.",
     "Polres Sleman"),
    # a monarch's head gated in the positions table begins the holder's name: no new post
    ("Plt Kepala BPKAD Pemprov Jambi, Raja Arman Syahputra mengatakan dana cair.",
     "BPKAD Pemprov Jambi"),
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
    # a list of titles, a post's word or a unit word in the run, words that are no name
    ("Hadir dalam acara itu Kepala Dinas Kesehatan Kota Bekasi, Kepala Dinas Pendidikan Kota "
     "Bekasi, serta para camat.", "Dinas Kesehatan Kota Bekasi"),
    ("Kepala Dinas Kesehatan Kota Bekasi, Kepala Dinas Sosial Kota Bekasi, dan camat hadir.",
     "Dinas Kesehatan Kota Bekasi"),
    ("Peraturan Kepala Dinas Pendidikan Kabupaten Ngawi Tentang Penerimaan Siswa Baru mulai "
     "berlaku.", "Dinas Pendidikan Kabupaten Ngawi"),
    ("Keputusan Kepala Dinas Pendidikan Kabupaten Ngawi Tentang Kalender Sekolah terbit.",
     "Dinas Pendidikan Kabupaten Ngawi"),
    ("Jabatan Kepala Dinas Kesehatan Kota Bekasi Kosong sejak bulan lalu.",
     "Dinas Kesehatan Kota Bekasi"),
    ("Kepala Dinas Kesehatan Kota Bekasi, Bidang Pencegahan, menyatakan vaksin cukup.",
     "Dinas Kesehatan Kota Bekasi"),
    ("Menurut Kepala Dinas Kesehatan Kota Bekasi, Vaksin Sinovac masih tersedia.",
     "Dinas Kesehatan Kota Bekasi"),
    ("Kepala Dinas Kesehatan Kota Bekasi Pekan lalu menyatakan stok cukup.",
     "Dinas Kesehatan Kota Bekasi"),
    # one word between commas, no speech verb after it
    ("Kepala Dinas Kesehatan Kota Bekasi, Yosef, pagi tadi hadir.", "Dinas Kesehatan Kota Bekasi"),
    # a shape that is no honorific of the tables ("Ketua") before a run
    ("Kepala Dinas Kesehatan Kota Bekasi, Ketua Budi Santoso hadir.",
     "Dinas Kesehatan Kota Bekasi"),
    # a name ending the sentence, no speech verb: not read without a recogniser's person
    ("Surat itu dibacakan Ketua DPRD Kota Sorong, Markus Wenda. Isinya singkat.",
     "DPRD Kota Sorong"),
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


@pytest.mark.parametrize(("text", "expected"), [
    ("Pelaku sudah ditahan, kata Kapolsek Pondok Aren Kompol Budi Hartono kepada wartawan.",
     [("Pondok Aren", "36.74.03")]),
    ("Korban tewas, kata Kapolsek Denpasar Selatan AKP I Made Wirawan.",
     [("Denpasar Selatan", "51.71.01")]),
    # a cut district or a bare cue word before the rank is no district
    ("Kapolsek Tanjung Duren Kompol Budi Hartono mengatakan pelaku kabur.", []),
    ("Kapolsek Kota AKP Budi Hartono mengatakan pelaku ditangkap.", []),
])
def test_a_rank_may_end_the_kapolsek_district(
    words: TitleWords, text: str, expected: list[tuple[str, str]],
) -> None:
    found = find_places(text, default_gazetteer(), honorifics=words.honorifics)
    assert [(m.text, m.place and m.place.code) for m in found if not m.blocked] == expected
    if expected:  # without the honorifics table the run goes on into the rank: no district
        assert [m.text for m in find_places(text, default_gazetteer())
                if m.place and m.place.code == expected[0][1]] == []
