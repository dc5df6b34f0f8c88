"""A headline in capitals is read with its words written as the article writes them."""

from __future__ import annotations

import pytest

import beritanlp
from beritanlp.text.shouted import recased_headline, shouted_headline

BODY = "\n\nPemprov Sukamaju menyebut polisi dan BPBD bekerja sama. Warga senang."


@pytest.mark.parametrize(
    ("head", "recased"),
    [
        # the body's forms; a word the body writes in lowercase is capitalised
        ("PEMPROV SUKAMAJU DAN POLISI SIAGA", "Pemprov Sukamaju Dan Polisi Siaga"),
        ("BPBD SUKAMAJU SIAGA BANJIR", "BPBD Sukamaju Siaga Banjir"),
        # no body form: a known form, else three letters or fewer stay, longer are capitalised
        ("BAKAMLA DAN TNI JAGA PERBATASAN", "Bakamla Dan TNI Jaga Perbatasan"),
    ],
)
def test_a_headline_in_capitals_is_recased(head: str, recased: str) -> None:
    text = head + BODY
    out = recased_headline(text, {"bakamla": "Bakamla"})
    assert out == recased + BODY
    assert len(out) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pemprov Sukamaju Raih Penghargaan" + BODY,  # title case
        "BPBD DKI" + BODY,  # two short forms: no shout
        "PEMPROV SUKAMAJU RAIH PENGHARGAAN",  # no body: no headline
        "Judul biasa\n\nPEMPROV SUKAMAJU RAIH PENGHARGAAN TAHUN INI.",  # a body line in capitals
    ],
)
def test_other_texts_are_unchanged(text: str) -> None:
    assert not shouted_headline(text)
    assert recased_headline(text, {"pemprov": "Pemprov"}) == text


def _plain(word: str) -> bool:
    return word in {"tetapkan", "daftar", "pemilih", "rumah", "jalan"}


@pytest.mark.parametrize(
    ("head", "recased"),
    [
        # a word no dictionary knows stays in capitals; plain words are capitalised
        ("KPUD SUKAJAYA TETAPKAN DAFTAR PEMILIH", "KPUD SUKAJAYA Tetapkan Daftar Pemilih"),
        # the body's form and a known form still come first
        ("PEMPROV SUKAMAJU BANGUN JALAN", "Pemprov Sukamaju Bangun Jalan"),
    ],
)
def test_a_word_no_dictionary_knows_stays_in_capitals(head: str, recased: str) -> None:
    text = head + BODY
    assert recased_headline(text, {"bangun": "Bangun"}, _plain) == recased + BODY


def test_the_components_plain_words() -> None:
    from beritanlp.stemming.plain import plain_word

    assert plain_word("membaik") and plain_word("tangkap")
    assert not plain_word("dprd") and not plain_word("bumn") and not plain_word("sukamaju")


def _agencies(text: str) -> list[tuple[str, str]]:
    return sorted((a["id"], a["name"]) for a in beritanlp.analyze(text).to_dict()["agencies"])


def test_an_agency_named_only_in_a_headline_in_capitals_is_found() -> None:
    body = "\n\nRencana itu dibahas bersama warga, kata seorang pejabat, Senin."
    assert _agencies("PEMPROV JAMBI KLAIM JALAN MEMBAIK" + body) == [
        ("pemprov:jambi", "PEMPROV JAMBI")]  # the name as written (review 24c S2)
    assert _agencies("Pemprov Jambi Klaim Jalan Membaik" + body) == [
        ("pemprov:jambi", "Pemprov Jambi")]


def test_a_known_short_form_in_a_headline_in_capitals_is_named_as_written() -> None:
    body = "\n\nKapal itu diperiksa di perairan timur, kata petugas, Senin."
    found = _agencies("BAKAMLA TANGKAP KAPAL ASING DI PERAIRAN TIMUR" + body)
    assert found == [("bakamla", "BAKAMLA")]


def test_a_headline_in_capitals_over_a_garbled_body() -> None:
    # a garbled no-break space in the body: the squeezed reading sees the recased headline
    body = "\n\nPetugas Polda Metro\u00ac\u2020Jaya memeriksa kapal itu, Senin."
    found = _agencies("BAKAMLA TANGKAP KAPAL ASING DI PERAIRAN TIMUR" + body)
    assert found == [("bakamla", "BAKAMLA"), ("polda:metrojaya", "Polda Metro Jaya")]


@pytest.mark.parametrize(
    ("head", "found"),
    [
        # short forms the agency patterns build (no KB term, no body mention)
        ("DPRD KOTA BEKASI TUNDA BAHAS ANGGARAN SEKOLAH", [("dprd:bekasi", "DPRD KOTA BEKASI")]),
        ("KETUA DPRD JABAR MINTA TAMBAH ANGGARAN", [("dprd:jawabarat", "DPRD JABAR")]),
        # negative: a headline of plain words finds no body
        ("WARGA SUKAMAJU TUNDA BAHAS ANGGARAN SEKOLAH", []),
    ],
)
def test_a_pattern_short_form_in_a_headline_in_capitals_is_found(
    head: str, found: list[tuple[str, str]]
) -> None:
    body = "\n\nSeorang anggota dewan mengatakan rapat itu ditunda, Senin."
    assert _agencies(head + body) == found


@pytest.mark.parametrize(
    ("body", "recased"),
    [
        # addresses and handles are no spelling of the word
        ("\n\nLihat bpom.go.id atau @bpom_ri dan #bpom. Kata BPOM, aman.", "BPOM Sebut Hoaks"),
        # the body writes it only in lowercase: the KB's form wins over a capitalised one
        ("\n\nLihat laman resmi bpom, kata petugas.", "BPOM Sebut Hoaks"),
        # a sentence's full stop after the word is no address
        ("\n\nItu kata Bpom. Bpom menolak, Senin.", "Bpom Sebut Hoaks"),
    ],
)
def test_addresses_and_lowercase_body_forms(body: str, recased: str) -> None:
    forms = {"bpom": "BPOM", "sebut": "Sebut"}
    out = recased_headline("BPOM SEBUT HOAKS" + body, forms, lambda w: w in {"sebut", "hoaks"})
    assert out == recased + body


def test_a_plain_word_the_body_writes_in_lowercase_is_capitalised() -> None:
    # "bin" is a KB short form, but a plain word: the body's lowercase form, capitalised
    body = "\n\nAhmad bin Umar hadir di pasar, Senin."
    out = recased_headline("AHMAD BIN UMAR BUKA PASAR" + body, {"bin": "BIN"}, lambda w: True)
    assert out.startswith("Ahmad Bin Umar Buka Pasar")


def test_a_short_form_in_a_headline_over_a_web_address_is_found() -> None:
    body = ("\n\nBadan Pengawas Obat dan Makanan meminta warga memeriksa laman bpom.go.id "
            "atau akun @bpom_ri sebelum membeli obat, Senin.")
    record = beritanlp.analyze("KEPALA BPOM SEBUT KABAR OBAT PALSU HOAKS" + body).to_dict()
    found = {a["id"]: a for a in record["agencies"]}
    assert "bpom" in found
    assert [7, 11] in found["bpom"]["mentions"]  # the headline's "BPOM"


FUNCTION_WORDS = frozenset({"dan", "di"})


@pytest.mark.parametrize(
    ("head", "recased"),
    [
        # function words inside the headline are written in lowercase, also when the body
        # writes them capitalised at a sentence's start
        ("POLISI DAN TNI JAGA DEMO DI KANTOR", "Polisi dan TNI Jaga Demo di Kantor"),
        # negative: the headline's first word stays capitalised
        ("DI KANTOR POLISI DAN TNI", "Di Kantor Polisi dan TNI"),
        # negative: a word not in the table is left to the other rules
        ("POLISI DALAM KANTOR", "Polisi Dalam Kantor"),
    ],
)
def test_function_words_are_written_in_lowercase(head: str, recased: str) -> None:
    body = "\n\nDi kantor itu polisi berjaga. Dan warga tenang, Senin."
    out = recased_headline(head + body, {}, lambda w: True, FUNCTION_WORDS)
    assert out == recased + body


def test_police_and_army_in_a_headline_in_capitals() -> None:
    body = "\n\nRibuan warga berunjuk rasa sejak pagi, kata seorang petugas, Senin."
    found = _agencies("POLISI DAN TNI AMANKAN DEMO DI DEPAN KANTOR GUBERNUR" + body)
    assert [i for i, _ in found] == ["polri", "tni"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # named only in the headline: the name and short form as written there
        ("POLRES DAN KODIM BOGOR AMANKAN DEMO\n\nWarga berunjuk rasa di alun-alun, Senin.",
         {"kodim:bogor": ("KODIM BOGOR", "KODIM BOGOR")}),
        ("KEJAKSAAN NEGERI BOGOR TAHAN TERSANGKA\n\nTersangka itu ditahan, Senin.",
         {"kejari:bogor": ("KEJAKSAAN NEGERI BOGOR", None)}),
        # negative: the body's form (not shouted) still names the record
        ("KODIM BOGOR GELAR BAKTI SOSIAL\n\nAnggota Kodim Bogor membagikan beras, Senin.",
         {"kodim:bogor": ("Kodim Bogor", "Kodim Bogor")}),
    ],
)
def test_record_names_are_the_text_as_given(
    text: str, names: dict[str, tuple[str, str | None]]
) -> None:
    records = {a["id"]: a for a in beritanlp.analyze(text).to_dict()["agencies"]}
    for key, (name, acronym) in names.items():
        assert (records[key]["name"], records[key]["acronym"]) == (name, acronym)
        assert name in [text[s:e] for s, e in records[key]["mentions"]]


def test_names_as_given_maps_each_field_back() -> None:
    from beritanlp.rules.agencies.records import names_as_given

    given = "KODIM BOGOR SIAGA\n\nKata Kodim Bogor."
    read = "Kodim Bogor Siaga\n\nKata Kodim Bogor."
    records = [
        {"name": "Kodim Bogor", "acronym": "Kodim Bogor", "mentions": [[0, 11]]},
        {"name": "Kodim Bogor", "acronym": None, "mentions": [[0, 11], [24, 35]]},
        {"name": "Built Elsewhere", "acronym": None, "mentions": [[0, 11]]},
    ]
    names_as_given(records, read, given)
    assert [(r["name"], r["acronym"]) for r in records] == [
        ("KODIM BOGOR", "KODIM BOGOR"), ("Kodim Bogor", None), ("Built Elsewhere", None)]


def test_written_forms_of_the_agency_rules() -> None:
    from beritanlp.lexicons.agencies import AgencyKB
    from beritanlp.rules.agencies.written import written_forms

    forms = written_forms(AgencyKB([]), ["Jabar"])
    assert forms["kementerian"] == "Kementerian"  # a head the agency patterns write themselves
    assert forms["jabar"] == "Jabar"  # a region short form given by the caller
    assert "sukamaju" not in forms
