"""The improved stemming mode on the publicly reported Sastrawi mistakes: stem_improved_cases.jsonl.

Word cases give the sensible root in improved mode and Sastrawi's own answer in the default
mode; text cases check that names stay protected in both modes.
"""

from __future__ import annotations

import pytest

import beritanlp
from beritanlp.stemming.stemmer import MODES, WordStemmer
from cases import load_cases

CASES = load_cases("stem_improved_cases.jsonl")
WORD_CASES = [p for p in CASES if "word" in p.values[0]]
TEXT_CASES = [p for p in CASES if "text" in p.values[0]]


@pytest.fixture(scope="module")
def improved() -> WordStemmer:
    return WordStemmer(mode="improved")


def test_cases_cover_every_reported_mistake() -> None:
    reported = {"berikan", "menangis", "pengering", "relawan", "dibelinya", "gerakan", "belasan",
                "senilai", "penyelidikan", "perancangan", "pemrosesan", "bekasi"}
    assert reported <= {p.values[0]["word"] for p in WORD_CASES}
    assert any(p.values[0]["token"] == "Bekasi" for p in TEXT_CASES)


@pytest.mark.parametrize("case", WORD_CASES)
def test_word_case(case: dict, improved: WordStemmer) -> None:
    assert improved.stem(case["word"]) == case["improved"]
    # the default mode keeps Sastrawi's answer, mistakes included
    assert WordStemmer().stem(case["word"]) == case["sastrawi"]


@pytest.mark.parametrize("case", TEXT_CASES)
@pytest.mark.parametrize("mode", MODES)
def test_names_stay_protected(case: dict, mode: str) -> None:
    token = next(t for t in beritanlp.stem(case["text"], mode=mode) if t["text"] == case["token"])
    assert token["protected"] and token["stem"] == case[mode]
