"""The literal checks of rules.scores.cues: the same answer as the scan they stand before."""

from __future__ import annotations

import pytest

from beritanlp.rules.scores.cues import (
    AIM_CUE,
    AIM_PIECES,
    CONDITION,
    CONDITION_WORDS,
    MAY_REACH,
    has_aim_cue,
)
from beritanlp.text.word_start import literal_starts

_AIM_WORDS = ["target", "targetnya", "targetkan", "menargetkan", "ditargetkan", "membidik",
              "dibidik", "mengincar", "diincar", "mematok", "dipatok"]


def test_every_word_of_aim_cue_holds_a_piece_and_is_tested() -> None:
    """AIM_PIECES and _AIM_WORDS are kept beside AIM_CUE: a word added to AIM_CUE (or to
    TARGET_WORDS) without its piece would make has_aim_cue miss it, without one here would
    leave it untested."""
    starts = literal_starts(AIM_CUE.pattern.replace("(?i:", "(?:"))
    assert starts is not None
    assert len(starts) >= 9
    for word in starts:
        assert any(piece in word.lower() for piece in AIM_PIECES), word
        assert word.lower() in _AIM_WORDS, word


@pytest.mark.parametrize("word", _AIM_WORDS)
def test_every_aim_word_in_any_case_is_found(word: str) -> None:
    for written in (word, word.upper(), word.title()):
        text = f"Kabupaten itu {written} posisi tiga besar tahun depan."
        assert AIM_CUE.search(text) is not None
        assert has_aim_cue(text)


@pytest.mark.parametrize("text", [
    "Kota itu meraih juara umum pada lomba tingkat provinsi.",
    "Sasarannya jelas, katanya.",  # a hope noun of TARGET, no aim word of AIM_CUE
    "Pertargetan anggaran dibahas.",  # "target" inside a longer word: no whole word
    "Dia mematoki tanah itu.",  # "atok" inside a longer word
    "MENARGETKANNYA belum pasti.",
])
def test_texts_without_an_aim_word_have_none(text: str) -> None:
    assert AIM_CUE.search(text) is None
    assert not has_aim_cue(text)


def test_a_text_with_a_character_folding_to_ascii_is_scanned() -> None:
    text = "Pemda menargetkan peringkat ı."  # dotless i: no lowered haystack, the scan decides
    assert has_aim_cue(text)
    assert not has_aim_cue("Pemda meraih peringkat ı.")


@pytest.mark.parametrize("word", CONDITION_WORDS)
def test_every_condition_word_opens_a_condition_and_a_rank_it_may_reach(word: str) -> None:
    assert CONDITION.search(f"{word.capitalize()} nilainya 80, kategori baik")
    assert MAY_REACH.search(f"{word.capitalize()} menang lagi, Tim Gama bisa naik ke posisi ")


def test_a_rank_reached_without_a_condition_word_is_held() -> None:
    assert MAY_REACH.search("Kalau menang lagi, Tim Gama bisa naik ke posisi ")
    assert not CONDITION.search("Kalau nilainya 80, kategori baik")  # "kalau": only near a value
    assert not MAY_REACH.search("Akhirnya Tim Gama bisa naik ke posisi ")
    assert not CONDITION.search("Laporan itu menyebutkan jika nilainya 80")
