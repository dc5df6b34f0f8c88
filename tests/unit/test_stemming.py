"""Stemming: agreement with PySastrawi on unprotected words, and name protection."""

import csv

import pytest
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

import beritanlp
from beritanlp.stemming.protect import protected_mask
from beritanlp.stemming.stemmer import WordStemmer


@pytest.fixture(scope="module")
def sastrawi():
    return StemmerFactory().create_stemmer()


def test_word_stemmer_matches_sastrawi_and_keeps_numbers(sastrawi):
    stemmer = WordStemmer(cache_size=8)
    for word in ["meningkatkan", "pencegahan", "dirilis", "kebijakan", "teman-teman"]:
        assert stemmer.stem(word) == sastrawi.stem(word)
    assert stemmer.stem("70,55") == "70,55"
    assert stemmer.stem("1.234.567") == "1.234.567"


def test_cache_is_bounded():
    stemmer = WordStemmer(cache_size=2)
    for word in ["makan", "minum", "tidur", "duduk"]:
        stemmer.stem(word)
    assert stemmer.cache_info().currsize == 2
    with pytest.raises(ValueError):
        WordStemmer(cache_size=-1)


@pytest.mark.parametrize("word", ["Pangkalpinang", "Bekasi", "Tabalujan", "Kediri"])
def test_names_are_protected_mid_sentence(word):
    tokens = beritanlp.stem(f"Warga kota {word} merayakan kemenangan")
    token = next(t for t in tokens if t["text"] == word)
    assert token["protected"] and token["stem"] == word


def test_place_name_protected_at_sentence_start():
    tokens = beritanlp.stem("Bekasi merayakan ulang tahun.")
    assert tokens[0]["stem"] == "Bekasi"
    assert tokens[1]["stem"] == "raya"


def test_sentence_start_word_is_stemmed_unless_used_as_a_name():
    tokens = beritanlp.stem("Pemerintah menaikkan anggaran.")
    assert tokens[0]["stem"] == "perintah"
    tokens = beritanlp.stem("Lusje menjelaskan. Kata Lusje, semua baik.")
    assert tokens[0]["protected"]


def test_stem_offsets_and_stopwords():
    text = "Pemerintah kota yang meningkatkan 70,55 poin"
    for token in beritanlp.stem(text):
        assert text[token["start"]:token["end"]] == token["text"]
    yang = next(t for t in beritanlp.stem(text) if t["text"] == "yang")
    assert yang["is_stop"] is True


def test_protected_mask_rules():
    texts = ["Kami", "menemui", "KPK", "Budi", "Bekasi", ",", "“", "Kalau", "bisa", "”"]
    starts = [True] + [False] * 9
    entity = [False, False, False, True] + [False] * 6
    assert protected_mask(texts, starts, entity, {"bekasi"}) == [
        False, False, True, True, True, False, False, False, False, False]
    assert protected_mask(texts, starts, entity, set(), protect_capitalised=False) == [
        False, False, True, True, False, False, False, False, False, False]


def test_word_opening_a_quotation_is_not_taken_for_a_name():
    tokens = beritanlp.stem("Ia berkata, “Kalau bisa, kami datang.”")
    kalau = next(t for t in tokens if t["text"] == "Kalau")
    assert not kalau["protected"]


def test_fast_path_agrees_with_the_pipeline_stemmer(shared_data):
    from beritanlp.pipeline import load_stemmer

    text = (shared_data / "seed" / "spi_pangkalpinang_2024.txt").read_text(encoding="utf-8")
    doc = load_stemmer()(text)
    pipeline = {(t.idx, t.text): t._.stem for t in doc}
    fast = {(t["start"], t["text"]): t["stem"] for t in beritanlp.stem(text)}
    shared = set(pipeline) & set(fast)
    assert len(shared) > 0.95 * len(fast)
    assert all(pipeline[k] == fast[k] for k in shared)


def test_stem_rejects_non_str():
    with pytest.raises(TypeError, match="int"):
        beritanlp.stem(5)


def _unprotected_agree(tokens, sastrawi):
    checked = 0
    for token in tokens:
        if token["protected"] or not any(c.isalpha() for c in token["text"]):
            continue
        assert token["stem"] == sastrawi.stem(token["text"]), token
        checked += 1
    return checked


def test_seed_unprotected_words_agree_with_sastrawi(shared_data, sastrawi):
    text = (shared_data / "seed" / "spi_pangkalpinang_2024.txt").read_text(encoding="utf-8")
    tokens = beritanlp.stem(text)
    assert _unprotected_agree(tokens, sastrawi) > 200
    by_text = {t["text"]: t for t in tokens}
    for name in ["Pangkalpinang", "Tabalujan", "Lusje"]:
        assert by_text[name]["stem"] == name


def test_sastrawi_integration_pairs(shared_data, sastrawi):
    path = shared_data / "stemming" / "sastrawi_integration_pairs.tsv"
    with open(path, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    stemmer = WordStemmer()
    assert rows
    for row in rows:
        ours = beritanlp.stem(row["word"])
        assert len(ours) == 1
        assert ours[0]["stem"] == sastrawi.stem(row["word"]) == stemmer.stem(row["word"])
        if row["status"] != "commented_out":
            assert ours[0]["stem"] == row["expected_stem"]


def test_cli_stem_json_prints_every_token(capsys):
    import json

    from beritanlp.cli import main

    text = "Warga Bekasi meningkatkan 70,55 poin."
    assert main(["stem", "--json", text]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == beritanlp.stem(text) and len(printed) == 6
    assert [t["stem"] for t in printed] == ["warga", "Bekasi", "tingkat", "70,55", "poin", "."]
