"""Places core: keys, lookup, gazetteer coverage, aliases, bad input, seed article."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from beritanlp.lexicons.regions import Gazetteer, Place, default_gazetteer, key, spelling_key
from beritanlp.rules.places import extract_places, find_places
from beritanlp.rules.places.local import Covering
from beritanlp.rules.places.shape import is_foreign
from beritanlp.stemming.plain import plain_word
from timing import growth


def test_key_ignores_case_space_and_hyphen() -> None:
    assert key("Pangkal Pinang") == key("pangkal-pinang") == key("PANGKALPINANG")


def test_table_keys_and_text_words_split_names_alike() -> None:
    from beritanlp.lexicons.regions import NAME_WORD
    from beritanlp.text.words import LETTERS, Words

    assert NAME_WORD.pattern == LETTERS.pattern
    name = "Jum'at Pangkal-Pinang 2024 Ma’ruf"
    assert key(name) == "".join(Words(name).lows)


def test_lookup_returns_both_bogor_with_kota_first() -> None:
    gaz = default_gazetteer()
    assert [p.code for p in gaz.lookup("Bogor")] == ["32.71", "32.01"]
    assert [p.code for p in gaz.lookup("Kabupaten Bogor")] == ["32.01"]
    assert [p.code for p in gaz.lookup("Kota Bogor")] == ["32.71"]
    assert gaz.province_of(gaz.lookup("Kota Pangkal Pinang")[0]) == "Kepulauan Bangka Belitung"


def test_gazetteer_covers_all_regions() -> None:
    gaz = default_gazetteer()
    counts: dict[str, int] = {}
    for place in gaz.by_code.values():
        counts[place.type] = counts.get(place.type, 0) + 1
    assert counts == {"provinsi": 38, "kabupaten": 416, "kota": 98, "kecamatan": 7285}


def test_aliases_are_validated() -> None:
    gaz = default_gazetteer()
    with pytest.raises(ValueError, match="unknown code"):
        gaz.with_aliases([{"alias": "Kota Hujan", "code": "99.99"}])
    with pytest.raises(ValueError, match="unknown keys"):
        gaz.with_aliases([{"alias": "Kota Hujan", "code": "32.71", "lang": "id"}])
    added = gaz.with_aliases([{"alias": "Kota Hujan", "code": "32.71"}])
    assert [p.code for p in added.lookup("Kota Hujan")] == ["32.71"]
    assert gaz.lookup("Kota Hujan") == []  # the packaged gazetteer is unchanged


def test_blocked_spans_hide_places_inside_longer_entities() -> None:
    text = "Tim Universitas Terbuka Sumatera Utara hadir di Medan."
    # The caller (e.g. the NER) says characters 4..38 are one organisation.
    mentions = find_places(text, default_gazetteer(), blocked_spans=[(4, 38)])
    reported = [m.text for m in mentions if m.blocked is None]
    assert reported == ["Medan"]


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="expects str"):
        find_places(b"Jakarta", default_gazetteer())  # type: ignore[arg-type]


def test_unknown_type_rejected() -> None:
    with pytest.raises(ValueError, match="unknown place type"):
        Gazetteer([("99", "Atlantis", "benua", False)])


_ROWS = [("91", "Papua", "provinsi", False)]


@pytest.mark.parametrize("rows", [
    [("Tanah Papua",)],                         # one column
    [("Tanah Papua", "Papua", "x")],            # three columns
    [("Tanah Atlantis", "Papua")],              # no region of geo_features
    [("Tanah Papua", "Atlantis")],              # no gazetteer place
    [("Tanah Papua", "Papua"), ("Tanah Papua", "Papua")],  # a region twice
])
def test_bad_region_nickname_rows_are_refused(rows: list) -> None:
    extra = {"regions": {"Tanah Papua": []}, "nicknames": rows}
    with pytest.raises(ValueError, match="region_nicknames|region nickname"):
        Gazetteer(_ROWS, extra)


def test_region_nicknames_are_loaded_into_the_gazetteer() -> None:
    gaz = Gazetteer(_ROWS, {"regions": {"Tanah Papua": []},
                            "nicknames": [("Tanah Papua", "Papua")]})
    assert gaz.nicknames == {key("Tanah Papua"): "Papua"}
    assert default_gazetteer().nicknames[key("Tanah Papua")] == "Papua"








def test_spelling_key_joins_doubled_letters_and_a_dropped_schwa() -> None:
    assert spelling_key("maddinah") == spelling_key("madinah") == "madinah"
    assert spelling_key("perapatan") == spelling_key("prapatan")
    assert spelling_key("bukittingi") == spelling_key("bukittinggi")
    assert spelling_key("malang") != spelling_key("melang")  # only a schwa between consonants


def test_variant_is_the_one_key_spelled_alike() -> None:
    rows = [("91", "Merapuran", "kabupaten", False), ("92", "Tollo", "kota", False),
            ("93", "Tolo", "kota", False), ("94", "Sallak", "kota", False)]
    gaz = Gazetteer(rows)
    assert gaz.variant(key("Mrapuran")) == "merapuran"
    assert gaz.variant(key("Salak")) is None     # shorter than six letters
    assert gaz.variant(key("Salakk")) == "sallak"
    assert gaz.variant(key("Merapuran")) is None  # a key itself, no variant
    assert gaz.variant(key("Tolllo")) is None     # two keys spelled so: neither


def test_index_variant_leaves_the_desa_table_unread() -> None:
    calls: list[int] = []

    def loader() -> list[tuple[str, str]]:
        calls.append(1)
        return [("91.01.01.2001", "Kampung Sallakan")]

    gaz = Gazetteer([("91", "Merapuran", "kabupaten", False)], desa_loader=loader)
    assert gaz.variant(key("Mrapuran")) == "merapuran"
    assert gaz.variant(key("Mrapuran"), "kecamatan") is None
    assert calls == []  # the index and kecamatan variants never load desa
    assert gaz.variant(key("Kampung Salakan"), "desa") == "kampungsallakan"
    assert calls == [1]


def test_variant_table_is_built_once_and_read_by_variant() -> None:
    gaz = Gazetteer([("91", "Merapuran", "kabupaten", False), ("92", "Bonnara", "kota", False),
                     ("93", "Bonarra", "kota", False)])
    table = gaz.variant_table("index")
    assert table[spelling_key("merapuran")] == "merapuran"
    assert table[spelling_key("bonnara")] == ""  # two keys share it: neither is read
    assert gaz.variant_table("index") is table  # built once
    assert gaz.variant(key("Merrapuran")) == "merapuran"
    assert gaz.variant(key("Bonara")) is None


def test_misspelt_province_is_one_letter_off_one_long_province_name() -> None:
    rows = [("91", "Tanah Merapuran Selatan", "provinsi", False),
            ("92", "Tanah Merapuran Selatam", "provinsi", False),
            ("93", "Bukit Sallakan Raya", "provinsi", False),
            ("93.01", "Bukit Sallakan Rayo", "kabupaten", False),
            ("94", "Bonara", "provinsi", False)]
    gaz = Gazetteer(rows)
    assert [p.code for p in gaz.misspelt_province(key("Bukit Salakan Rajya"))] == ["93"]
    assert gaz.misspelt_province(key("Bukit Sallakan Raya")) == []  # listed itself
    assert gaz.misspelt_province(key("Tanah Merapuran Selatal")) == []  # near two provinces
    assert gaz.misspelt_province(key("Bukit Salakan Rojyi")) == []  # two letters off
    assert gaz.misspelt_province(key("Mukit Sallakan Raya")) == []  # first letter differs
    assert gaz.misspelt_province(key("Bonaro")) == []  # too short to read


def test_misspelt_province_reads_the_packaged_long_forms() -> None:
    gaz = default_gazetteer()
    assert [p.code for p in gaz.misspelt_province(key("Nangroe Aceh Darusalim"))] == ["11"]
    assert gaz.misspelt_province(key("Jawa Timor")) == []


def test_seed_places_exactly(shared_data: Path) -> None:
    text = (shared_data / "seed" / "spi_pangkalpinang_2024.txt").read_text("utf-8")
    gold = json.loads((shared_data / "seed" / "spi_pangkalpinang_2024.gold.json")
                      .read_text("utf-8"))
    got = sorted((r["name"], r["type"]) for r in extract_places(text, default_gazetteer()))
    assert got == sorted((p["name"], p["type"]) for p in gold["places"])


def test_a_location_entity_supports_a_bare_district() -> None:
    text = "Bupati Sleman berkunjung. Ngaglik kini punya pasar baru."
    start = text.index("Ngaglik")
    gaz = default_gazetteer()
    without = [r["name"] for r in extract_places(text, gaz)]
    with_loc = [r["name"] for r in extract_places(text, gaz, loc_spans=[(start, start + 7)])]
    assert without == ["Sleman"]
    assert with_loc == ["Sleman", "Ngaglik"]


def test_title_region_not_hidden_by_a_person_span_starting_on_it() -> None:
    from beritanlp.lexicons.regions import default_gazetteer
    from beritanlp.rules.places import extract_places

    text = "Ia pernah menjabat Wakil Wali Kota Bekasi Hendra Wiratama."
    start = text.index("Bekasi")
    glued = [(start, len(text) - 1)]  # a recogniser's person span "Bekasi Hendra Wiratama"
    names = [r["name"] for r in extract_places(text, default_gazetteer(), glued)]
    assert names == ["Bekasi"]
    # a span that starts before the title's region still hides it
    wider = [(text.index("Wakil"), len(text) - 1)]
    assert extract_places(text, default_gazetteer(), wider) == []


def test_an_address_chain_is_not_hidden_by_an_organisation_span() -> None:
    from beritanlp.lexicons.regions import default_gazetteer
    from beritanlp.rules.places import extract_places

    text = "Korban tinggal di 12B Desa Sukamaju Kecamatan Tebing Kabupaten Karimun sejak lama."
    chain = "12B Desa Sukamaju Kecamatan Tebing Kabupaten Karimun"
    start = text.index(chain)
    names = [r["name"] for r in extract_places(text, default_gazetteer(),
                                               [(start, start + len(chain))])]
    assert "Kecamatan Tebing" in names and "Kabupaten Karimun" in names
    # an agency's span still hides the place it names
    text = "Petugas Dinas Kesehatan Kabupaten Karimun datang."
    agency = "Dinas Kesehatan Kabupaten Karimun"
    start = text.index(agency)
    assert extract_places(text, default_gazetteer(), [(start, start + len(agency))]) == []


def test_a_long_number_between_cued_places_stays_fast() -> None:
    """Review of session 8: the address-chain gap split a digit run in exponentially many ways
    when the gap failed to match ("Kota X 9999… . Kota Y": 10,000 characters took 20 s)."""
    import time

    from beritanlp.lexicons.regions import default_gazetteer
    from beritanlp.rules.places import extract_places

    gazetteer = default_gazetteer()

    def seconds(digits: int) -> float:
        text = f"Warga Kota Bandung {'9' * digits}. Warga Kota Bogor datang."
        best = float("inf")
        for _ in range(2):
            start = time.perf_counter()
            names = [r["name"] for r in extract_places(text, gazetteer, [])]
            best = min(best, time.perf_counter() - start)
        assert names == ["Kota Bandung", "Kota Bogor"]
        return best

    small, large = seconds(10), seconds(22)
    # twelve more digits: about the same time when linear, 4,000x when exponential
    assert large < 10 * small + 0.05, (small, large)


def test_a_region_after_a_venue_acronym_in_a_name_span_is_reported() -> None:
    gaz = default_gazetteer()
    text = "Pameran itu digelar di ICE BSD Tangerang Selatan. Tim PSIS Semarang berlatih."
    venue = (text.index("ICE"), text.index(". Tim"))
    club = (text.index("PSIS"), text.index(" berlatih"))
    spans = [venue, club]
    names = {m.text for m in find_places(text, gaz, spans, name_spans=spans) if not m.blocked}
    assert names == {"Tangerang Selatan"}
    # the same span as a rule's agency mention (not a name span) still hides the region
    hidden = {m.text for m in find_places(text, gaz, spans) if not m.blocked}
    assert hidden == set()


def test_a_person_span_run_on_past_a_verb_hides_no_place_after_it() -> None:
    gaz = default_gazetteer()
    text = "Rombongan Budi Santoso meninjau Garut Selatan di hari Senin."
    span = (text.index("Budi"), text.index(" Selatan"))  # a recogniser's PERSON span
    found = find_places(text, gaz, [span], name_spans=[span], person_spans=[span])
    assert [m.text for m in found if not m.blocked] == ["Garut"]
    # the same span as an organisation's name (no person) still hides it
    found = find_places(text, gaz, [span], name_spans=[span])
    assert [m.text for m in found if not m.blocked] == []


def test_a_person_span_with_a_name_particle_or_a_join_still_hides_its_words() -> None:
    gaz = default_gazetteer()
    for text in ("Hadir pula Ahmad bin Cirebon Hasan.", "Hadir pula Rina dan Sleman Putri."):
        span = (text.index("pula ") + 5, len(text) - 1)
        found = find_places(text, gaz, [span], name_spans=[span], person_spans=[span])
        assert [m.text for m in found if not m.blocked] == [], text


def test_a_region_after_a_capitalised_company_word_stays_hidden() -> None:
    gaz = default_gazetteer()
    text = "Produk Pupuk Sriwijaya Palembang diekspor."
    span = (text.index("Pupuk"), text.index(" diekspor"))
    found = find_places(text, gaz, [span], name_spans=[span])
    assert [m.text for m in found if not m.blocked] == []


def test_a_title_region_inside_a_name_span_holding_the_title_is_reported() -> None:
    gaz = default_gazetteer()
    text = "Kasus suap Gubernur Kepri nonaktif itu disidangkan."
    span = (text.index("Kasus"), text.index(" nonaktif"))  # a recogniser's ORG span
    found = find_places(text, gaz, [span], name_spans=[span])
    assert [m.text for m in found if not m.blocked] == ["Kepri"]
    # a rule's agency span (not a name span) still hides it
    found = find_places(text, gaz, [span])
    assert [m.text for m in found if not m.blocked] == []


def test_a_country_after_an_entity_short_form_ends_its_name() -> None:
    gaz = default_gazetteer()
    text = "Berkas dikirim ke Kementerian Sosial (Kemensos) Republik Indonesia kemarin."
    agency = (text.index("Kementerian"), text.index(" (Kemensos)"))
    found = find_places(text, gaz, [agency])
    assert [m.text for m in found if not m.blocked] == []
    # without the entity before the bracket the country is a place
    text = "Warga (WNI) Republik Indonesia dievakuasi."
    assert [m.text for m in find_places(text, gaz, []) if not m.blocked] == ["Republik Indonesia"]


def test_a_cued_town_after_a_town_square_in_a_name_span_is_reported() -> None:
    gaz = default_gazetteer()
    text = "Pawai digelar di Alun-Alun Kota Rangkasbitung, Minggu pagi."
    span = (text.index("Alun"), text.index(", Minggu"))  # a recogniser's venue span
    found = find_places(text, gaz, [span], name_spans=[span])
    assert [m.text for m in found if not m.blocked] == ["Kota Rangkasbitung"]
    # a brand-like venue word before the town still hides it
    text = "Acara digelar di Hotel Kota Rangkasbitung, Minggu pagi."
    span = (text.index("Hotel"), text.index(", Minggu"))
    found = find_places(text, gaz, [span], name_spans=[span])
    assert [m.text for m in found if not m.blocked] == []


def test_a_long_capital_run_after_a_street_word_stays_fast() -> None:
    """Review 18: optional spaces between the pieces of an address name let a failing run of
    capitals be cut in every way ("Jalan " + 60 capitals + "#, X" took 1.5 s, 70 more)."""
    gaz = default_gazetteer()

    def run(capitals: int) -> None:
        text = "Warga Kota Bekasi. Rumah di Jalan " + "Q" * capitals + "#, Jatiasih rusak."
        assert [r["name"] for r in extract_places(text, gaz, [])] == ["Kota Bekasi"]

    small, large = growth(run, 10, 70)
    # sixty more capitals: about the same time when linear, far more when exponential
    assert large < 10 * small + 0.05, (small, large)
    # a real street name before the district still supports it
    text = "Warga Kota Bekasi. Rumah di Jalan Raya Kenanga 7, Jatiasih rusak."
    assert [r["name"] for r in extract_places(text, gaz, [])] == ["Kota Bekasi", "Jatiasih"]


def test_a_long_district_list_ending_in_its_anchor_stays_fast() -> None:
    """Review 18: the list spread added one district per pass when the anchor came last
    (320 items took 6.3 s); it now links list neighbours once and spreads through a queue."""
    gaz = default_gazetteer()

    def run(repeats: int) -> None:
        items = ["Pedamaran", "Pampangan", "Tulung Selapan", "Air Sugihan"] * repeats
        text = "Banjir melanda " + ", ".join(items) + ", Kecamatan Cengal."
        assert {r["name"] for r in extract_places(text, gaz, [])} == {*items, "Kecamatan Cengal"}

    small, large = growth(run, 20, 80)
    # four times the list: about four times the time when linear, sixteen when quadratic
    assert large < 8 * small + 0.05, (small, large)


def test_many_echoes_of_a_village_name_stay_fast() -> None:
    """Review 18: every echo of a village's name scanned all mentions (8,000 echoes took 6 s)."""
    gaz = default_gazetteer()

    def run(echoes: int) -> None:
        text = "Sawah di Bidara Cina, Jakarta Timur. " + "Petani Bidara Cina panen. " * echoes
        found = find_places(text, gaz, [])
        assert sum(m.text == "Bidara Cina" for m in found) == echoes + 1
        assert not any(m.text == "Cina" for m in found)

    small, large = growth(run, 2000, 8000)
    # four times the echoes: about four times the time when linear, sixteen when quadratic
    assert large < 8 * small + 0.05, (small, large)


def test_covering_answers_as_a_scan_of_every_range() -> None:
    rng = random.Random(18)
    for _ in range(300):
        spans = [(a, a + rng.randint(0, 30)) for a in (rng.randint(0, 200) for _ in range(12))]
        covering = Covering(spans)
        for _ in range(20):
            start = rng.randint(0, 220)
            end = start + rng.randint(0, 15)
            expected = any(s <= start and end <= e for s, e in spans)
            assert covering.covers(start, end) is expected
    assert Covering(()).covers(0, 1) is False


def test_bureau_words_after_karo_hold_no_day_month_rank_or_direction() -> None:
    from beritanlp.lexicons.positions import load_positions
    from beritanlp.lexicons.words import word_table
    from beritanlp.rules.places.blocks import bureau_words

    words = bureau_words(load_positions())
    assert {"Penmas", "Humas", "Ops", "SDM", "Logistik", "Provos", "Umum", "Hukum"} <= words
    days_months = {row[0].casefold() for row in word_table("days") + word_table("months")}
    assert {"senin", "januari"} <= days_months
    others = {"AKBP", "Kombes", "Brigjen", "Irjen", "Utara", "Selatan", "Barat", "Timur",
              "Tengah", "Kota", "Kabupaten", "Provinsi", "Darurat"}
    assert not {w for w in words if w.casefold() in days_months} | (words & others)


def test_abroad_name_the_recogniser_calls_an_organisation_is_no_place() -> None:
    text = "Ia bekerja di Hallvik Fabrikk, Norwegia, sejak 2010."
    span = (text.index("Hallvik"), text.index(", Norwegia"))
    gaz = default_gazetteer()
    plain = {m.text for m in find_places(text, gaz) if not m.blocked}
    assert "Hallvik Fabrikk" in plain  # an address's shape: found without the recogniser
    named = {m.text for m in find_places(text, gaz, name_spans=[span]) if not m.blocked}
    assert "Hallvik Fabrikk" not in named
    assert "Norwegia" in named


def test_is_foreign_is_a_place_abroad_of_the_foreign_tables() -> None:
    assert is_foreign(Place("Norwegia", "negara"))
    assert is_foreign(Place("Varnholm", "kota"))
    assert not is_foreign(Place("Republik Indonesia", "negara"))  # Indonesia itself
    assert not is_foreign(Place("Sukamaju", "kota", "32.71"))  # a gazetteer code: at home
    assert not is_foreign(Place("Lembah Hijau", "desa"))  # no type of the foreign tables
    assert not is_foreign(None)


def test_a_regency_inside_an_agency_span_allows_no_bare_desa_of_its_own() -> None:
    gaz = default_gazetteer()
    text = "Dinas Pertanian Kabupaten Garut membuka pasar tani di Cintarakyat selama sepekan."
    span = (0, text.index(" membuka"))  # the agency's span: its regency is evidence only
    found = find_places(text, gaz, [span], plain_word=plain_word)
    assert [m.text for m in found if not m.blocked] == []
    # with the regency reported, the one desa of the name there is read
    text = "Bupati Garut membuka pasar tani di Cintarakyat selama sepekan."
    found = find_places(text, gaz, plain_word=plain_word)
    assert [m.text for m in found if not m.blocked] == ["Garut", "Cintarakyat"]


def test_a_desa_name_the_text_writes_as_a_person_is_no_bare_desa() -> None:
    gaz = default_gazetteer()
    text = ("Camat di Kabupaten Wajo, Manurung, membagikan bibit. "
            "Petani lalu mengadu ke Manurung soal hama.")
    first = (text.index("Manurung"), text.index("Manurung") + len("Manurung"))
    found = find_places(text, gaz, [first], name_spans=[first], person_spans=[first],
                        plain_word=plain_word)
    assert [m.text for m in found if not m.blocked] == ["Kabupaten Wajo"]
    # without the recogniser's person the second "Manurung" would be the desa
    found = find_places(text, gaz, plain_word=plain_word)
    assert "Manurung" in [m.text for m in found if not m.blocked]
    # a person span that is exactly the bare name itself is no evidence (a tagger's slip)
    text = "Bupati Wajo meninjau kebakaran lahan di Manurung pada Senin."
    own = (text.index("Manurung"), text.index(" pada"))
    found = find_places(text, gaz, [own], name_spans=[own], person_spans=[own],
                        plain_word=plain_word)
    assert [m.text for m in found if not m.blocked] == ["Wajo", "Manurung"]


def test_place_after_a_missions_bracketed_short_form_is_not_hidden() -> None:
    gaz = default_gazetteer()
    for text, place in (
            ("Ia dibantu Kedutaan Besar Republik Indonesia (KBRI) di Bangkok kemarin.", "Bangkok"),
            ("Ia dibantu Konsulat Jenderal Republik Indonesia (KJRI) Osaka kemarin.", "Osaka")):
        span = (text.index("dibantu") + 8, text.index(" kemarin"))
        assert {m.text for m in find_places(text, gaz, [span]) if not m.blocked} == {place}
    # not after another bracket, nor after a mission named without one
    for text in ("Ia dibantu Pemerintah Provinsi (Pemprov) Jawa Barat kemarin.",
                 "Ia dibantu Kedutaan Besar RI di Bangkok kemarin."):
        span = (text.index("dibantu") + 8, text.index(" kemarin"))
        assert {m.text for m in find_places(text, gaz, [span]) if not m.blocked} == set()
