"""Leaders a rank is said to follow (rules.scores.leaders)."""

from __future__ import annotations

import pytest

from beritanlp.rules.scores.leaders import leader_names


def _leaders(text: str, rank_word: str, rank: int) -> list[str]:
    end = text.index(rank_word) + len(rank_word)
    return [name for name, _, _ in leader_names(text, end, len(text), rank)]


def test_leaders_in_order() -> None:
    text = "Negeri A kini produsen timah terbesar ketiga di dunia setelah Negeri B dan Negeri C."
    assert _leaders(text, "ketiga", 3) == ["Negeri B", "Negeri C"]


def test_leaders_offsets_point_at_names() -> None:
    text = "Kota A berada di urutan ke-3 setelah Kota B, dan Kota C dengan skor tertinggi."
    end = text.index("ke-3") + 4
    for name, s, e in leader_names(text, end, len(text), 3):
        assert text[s:e] == name


@pytest.mark.parametrize(("text", "word", "rank"), [
    ("Negeri A produsen teh terbesar keempat setelah Negeri B dan Negeri C.", "keempat", 4),
    ("Kota A meraih peringkat kedua setelah rapat pleno.", "kedua", 2),
    ("Kota A meraih peringkat kedua setelah Desember lalu.", "kedua", 2),
    ("Kota A meraih peringkat kedua setelah Budi Santoso melantik tim.", "kedua", 2),
    ("Kota A meraih peringkat kedua, setelah Kota B.", "kedua", 2),
    ("Kota A meraih peringkat 12 setelah Kota B.", "12", 12),
])
def test_no_leaders(text: str, word: str, rank: int) -> None:
    assert _leaders(text, word, rank) == []
