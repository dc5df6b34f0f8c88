"""Followers after a leader's rank ("disusul B 85,3 dan C 80,1"): rules.scores.ranked (session 26).

Sentences are invented for these tests (names and numbers made up).
"""

from __future__ import annotations

import pytest

from beritanlp.rules.scores.ranked import follower_items


def _items(text: str) -> list[tuple[str, int | str | None, int | float | None]]:
    """(name, rank, value) of each follower read in the text (value None when none is given)."""
    return [(i.name, i.rank, i.value if i.value_span is not None else None)
            for i in follower_items(text, 0, len(text))]


@pytest.mark.parametrize(("text", "items"), [
    ("Kota Alfa di urutan pertama dengan skor 92,5, disusul Kota Beta 85,3 dan Kota Gamma 80,1.",
     [("Kota Beta", 2, 85.3), ("Kota Gamma", 3, 80.1)]),
    # a capitalised opener in the next sentence
    ("Kota Alfa di peringkat pertama. Disusul Kota Beta 85,3 dan Kota Gamma 80,1.",
     [("Kota Beta", 2, 85.3), ("Kota Gamma", 3, 80.1)]),
    # leading a table is rank 1, in any of its verbs
    ("Tim Alfa memimpin klasemen dengan 30 poin, disusul Tim Beta dengan 28 poin.",
     [("Tim Beta", 2, 28)]),
    ("Tim Alfa memuncaki klasemen dengan 30 poin, disusul Tim Beta dengan 28 poin.",
     [("Tim Beta", 2, 28)]),
    ("Tim Alfa menduduki puncak klasemen dengan 30 poin, disusul Tim Beta dengan 28 poin.",
     [("Tim Beta", 2, 28)]),
    # a follower's own rank
    ("Kota Alfa berada di peringkat pertama. Lalu disusul Kota Beta pada peringkat ketiga.",
     [("Kota Beta", 3, None)]),
    # names alone only after "berturut-turut"
    ("Kota Alfa di peringkat pertama, berturut-turut diikuti Kota Beta dan Kota Gamma.",
     [("Kota Beta", 2, None), ("Kota Gamma", 3, None)]),
    # ... or after ", diikuti" following a first place in the same sentence
    ("Kota Alfa di peringkat pertama, diikuti Kota Beta dan Kota Gamma.",
     [("Kota Beta", 2, None), ("Kota Gamma", 3, None)]),
    ("Desa Alfa menjadi juara pertama, disusul Desa Beta dan Desa Gamma.",
     [("Desa Beta", 2, None), ("Desa Gamma", 3, None)]),
    # a leader's count with its unit: the followers' numbers are counts, ranks only
    ("Tim Alfa memimpin klasemen sementara dengan 12 medali emas, disusul Tim Beta 10 dan "
     "Tim Gamma 8.", [("Tim Beta", 2, None), ("Tim Gamma", 3, None)]),
    ("Jawa Barat memimpin klasemen dengan 150 emas, disusul DKI Jakarta 120.",
     [("DKI Jakarta", 2, None)]),
    # a leader's rank and no number: a follower's whole number is its rank
    ("Indonesia berada di peringkat ke-134, disusul Malaysia 135 dan Vietnam 94.",
     [("Malaysia", 135, None), ("Vietnam", 94, None)]),
])
def test_followers_take_the_next_ranks_and_their_own_values(text: str, items: list) -> None:
    assert _items(text) == items


@pytest.mark.parametrize("text", [
    # no leader's rank before the followers
    "Kota Alfa meraih skor 92,5, disusul Kota Beta 85,3 dan Kota Gamma 80,1.",
    # names alone with no "berturut-turut" after a rank lower than first, or in the next sentence
    "Kota Alfa di peringkat ketiga, diikuti Kota Beta dan Kota Gamma.",
    "Kota Alfa di peringkat pertama. Diikuti Kota Beta dan Kota Gamma.",
    # an entry with anything else ends the run: a count with its unit
    "Merek Alfa di peringkat pertama, disusul Merek Beta 2.989 unit.",
])
def test_no_followers_without_a_leader_s_rank_or_with_other_entries(text: str) -> None:
    assert _items(text) == []
