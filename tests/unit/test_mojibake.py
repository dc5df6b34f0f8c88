"""Garbled punctuation (UTF-8 read as Mac Roman): the table, its repair, the tokenizer's split."""

from __future__ import annotations

import pickle

import pytest

import beritanlp
from beritanlp.pipeline import blank
from beritanlp.text.mojibake import (
    CHARACTERS,
    MOJIBAKE,
    REPAIRS,
    has_mojibake,
    readable,
    repair,
)


@pytest.fixture(scope="module")
def nlp():
    return blank()


@pytest.fixture(scope="module")
def full():
    return beritanlp.load()


def test_every_sequence_is_its_character_read_as_mac_roman():
    assert set(MOJIBAKE.values()) == set(CHARACTERS)
    for garbled, char in MOJIBAKE.items():
        assert char.encode("utf-8").decode("mac_roman") == garbled
    assert MOJIBAKE["¬†"] == "\xa0" and MOJIBAKE["‚Äú"] == "“" and MOJIBAKE["‚Äì"] == "–"


def test_repairs_keep_the_length_and_pad_away_from_the_word():
    for garbled, fixed in REPAIRS.items():
        assert len(fixed) == len(garbled)
    assert REPAIRS["‚Äú"] == "  “" and REPAIRS["‚Äù"] == "”  " and REPAIRS["¬†"] == "  "
    assert REPAIRS["‚Äì"] == " – "


def test_repair_keeps_offsets():
    text = "Bupati Kebumen¬†Arif Sugiyanto berkata, ‚ÄúJalan itu selesai 2025‚Äì2026.‚Äù"
    fixed = repair(text)
    assert len(fixed) == len(text)
    assert fixed == "Bupati Kebumen  Arif Sugiyanto berkata,   “Jalan itu selesai 2025 – 2026.”  "
    start = fixed.index("Arif")
    assert text[start:start + 14] == "Arif Sugiyanto"


def test_text_without_sequences_is_returned_as_it_is():
    text = "Wali Kota Madiun meninjau pasar — kata “rakyat” tetap."
    assert not has_mojibake(text)
    assert repair(text) is text
    # a lone "‚" or "¬" is not a garbled sequence
    assert repair("harga ¬ 5 dan ‚ tanda") == "harga ¬ 5 dan ‚ tanda"


@pytest.mark.parametrize(("text", "tokens"), [
    ("Gubernur Papua Barat¬†Dominggus Mandacan", ["Gubernur", "Papua", "Barat", "¬†", "Dominggus",
                                                 "Mandacan"]),
    ("¬†Pasar Kliwon¬†", ["¬†", "Pasar", "Kliwon", "¬†"]),
    ("ujarnya,‚ÄúKami siap.‚Äù", ["ujarnya", ",", "‚Äú", "Kami", "siap", ".", "‚Äù"]),
    ("periode 2021‚Äì2026", ["periode", "2021", "‚Äì", "2026"]),
    ("sungai‚Äîyang meluap", ["sungai", "‚Äî", "yang", "meluap"]),
    ("Ma‚Äôruf Amin", ["Ma‚Äôruf", "Amin"]),
    ("‚ÄòSeribu Pulau‚Äô", ["‚Äò", "Seribu", "Pulau", "‚Äô"]),
    ("suhu 30¬∞C", ["suhu", "30", "¬∞", "C"]),
])
def test_tokenizer_splits_garbled_sequences_off(nlp, text, tokens):
    doc = nlp.make_doc(text)
    assert [t.text for t in doc] == tokens
    assert doc.text == text


def test_garbled_tokens_look_like_their_characters(nlp):
    doc = nlp.make_doc("kata ‚Äúdua‚Äù tiga¬†empat")
    quote, real = doc[1], nlp.make_doc("“")[0]
    assert (quote.norm_, quote.prefix_, quote.suffix_, quote.shape_) == (
        real.norm_, real.prefix_, real.suffix_, real.shape_)
    assert quote.is_punct and quote.is_quote and not quote.is_alpha
    space = doc[5]
    assert space.text == "¬†" and space.is_space and space.norm_ == "  "


def test_garbled_invisible_marks_are_spaces(nlp):
    mark, zero_width = "\u200e".encode().decode("mac_roman"), "\u200b".encode().decode("mac_roman")
    doc = nlp.make_doc(f"Kota Lama{mark} dan Desa Baru{zero_width} ramai")
    garbled = [t for t in doc if t.text in (mark, zero_width)]
    assert len(garbled) == 2 and all(t.is_space for t in garbled)


def test_garbled_features_survive_pickling(nlp):
    tokenizer = pickle.loads(pickle.dumps(nlp.tokenizer))
    doc = tokenizer("Kepala Desa¬†Sumber")
    assert [t.text for t in doc] == ["Kepala", "Desa", "¬†", "Sumber"]
    assert doc[2].is_space


def test_place_and_person_after_a_garbled_space(full):
    text = "Gubernur Sulawesi Tenggara¬†Ali Mazi meninjau pelabuhan di Kendari, Senin."
    doc = full(text)
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Sulawesi Tenggara", "GPE") in ents
    assert ("Ali Mazi", "PERSON") in ents
    assert not any("¬†" in e.text for e in doc.ents)
    record = beritanlp.analyze(text).to_dict()
    assert {p["name"] for p in record["places"]} >= {"Sulawesi Tenggara", "Kendari"}


@pytest.mark.parametrize(("cut", "name"), [
    ("Rina¬†Kartika", "Rina Kartika"),
    ("Rina\u200bKartika", "Rina Kartika"),
    ("Dinas  Pendidikan\nKota Bima", "Dinas Pendidikan Kota Bima"),
    ("Ma‚Äôruf", "Ma‚Äôruf"),  # an apostrophe inside a word is the name's spelling: as written
    ("‚ÄòMa‚Äôruf‚Äô", "‘Ma‚Äôruf’"),  # quote marks around it are read
    ("Kota Bima", "Kota Bima"),
])
def test_readable_gives_a_name_as_a_reader_writes_it(cut, name):
    assert readable(cut) == name
