"""Air readings given "masing-masing" to coordinated places: the pattern reads in linear time."""

from __future__ import annotations

from beritanlp.rules.scores.air import _RESPECTIVE


def test_respective_values_are_read() -> None:
    text = "Indeks di Kota Arum, Lembah dan Tanjung Pelita masing-masing 152, 98 dan 77."
    m = _RESPECTIVE.search(text)
    assert m is not None and m.group(1) == "152, 98 dan 77"
    m = _RESPECTIVE.search("masing-masing 1.204,5 , 98,2, 77 serta 60,1 pada pagi hari")
    assert m is not None and m.group(1) == "1.204,5 , 98,2, 77 serta 60,1"


def test_a_long_list_of_numbers_with_no_dan_is_no_match() -> None:
    # 40 comma-joined numbers and no "dan": the old pattern backtracked exponentially here
    # (20 numbers took 0.3 s, each 2 more tripled it); it must fail at once now
    text = "Angka ISPU masing-masing " + ",".join(["1"] * 40) + " tanpa penutup."
    assert _RESPECTIVE.search(text) is None
    text = "Angka ISPU masing-masing " + ", ".join(["12,5"] * 40) + " , tanpa penutup."
    assert _RESPECTIVE.search(text) is None
