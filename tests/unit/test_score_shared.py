"""Names listed before one value said of all of them (rules.scores.shared) and their split."""

from __future__ import annotations

from beritanlp.rules.scores.shared import group_names, same_named
from beritanlp.rules.scores.subjects import split_items


def _sentence(text: str) -> tuple[int, int]:
    return (0, len(text))


def test_bodies_only_splits_two_institutions_at_dan() -> None:
    assert split_items("Universitas Sukamaju dan Institut Mekarsari", bodies_only=True) == [
        "Universitas Sukamaju", "Institut Mekarsari"]


def test_bodies_only_keeps_a_ministrys_dan() -> None:
    assert split_items("Kementerian Pemuda dan Olahraga", bodies_only=True) == [
        "Kementerian Pemuda dan Olahraga"]


def test_without_bodies_only_a_lower_dan_stays_in_the_name() -> None:
    assert split_items("Universitas Sukamaju dan Institut Mekarsari") == [
        "Universitas Sukamaju dan Institut Mekarsari"]


def test_group_word_stands_for_the_names_of_the_sentence_before() -> None:
    text = ("Kota Lembah, Kota Bukit dan Kabupaten Pantai dinilai ulang. "
            "Ketiganya memperoleh nilai 81.")
    sent = (text.index("Ketiganya"), len(text))
    assert group_names(text, text.index("81"), sent) == [
        "Kota Lembah", "Kota Bukit", "Kabupaten Pantai"]


def test_group_word_whose_count_differs_stands_for_none() -> None:
    text = ("Kota Lembah, Kota Bukit dan Kabupaten Pantai dinilai ulang. "
            "Keduanya memperoleh nilai 81.")
    sent = (text.index("Keduanya"), len(text))
    assert group_names(text, text.index("81"), sent) is None


def test_group_word_for_people_by_their_posts_stands_for_none() -> None:
    text = "Camat Rudi, Lurah Wati dan Bupati Joko hadir. Ketiganya memperoleh nilai 81."
    sent = (text.index("Ketiganya"), len(text))
    assert group_names(text, text.index("81"), sent,
                       frozenset({"camat", "lurah", "bupati"})) is None


def test_same_named_splits_two_institutions() -> None:
    text = "Universitas Lembah dan Institut Bukit sama-sama memperoleh nilai 78."
    assert same_named(text, text.index("78"), _sentence(text)) == (
        ["Universitas Lembah", "Institut Bukit"], "same")


def test_same_named_keeps_a_ministry_whole() -> None:
    text = "Kementerian Pemuda dan Olahraga masing-masing memperoleh nilai 78."
    assert same_named(text, text.index("78"), _sentence(text)) is None


def test_same_named_each_mode_after_masing_masing() -> None:
    text = "Kota Lembah dan Kota Bukit masing-masing memperoleh nilai 78 dan 74."
    assert same_named(text, text.index("78"), _sentence(text)) == (
        ["Kota Lembah", "Kota Bukit"], "each")
