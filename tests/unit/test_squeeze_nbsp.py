"""Garbled no-break spaces read as spaces: the squeezed text and its offsets (spaCy-free)."""

from __future__ import annotations

import random

import pytest

from beritanlp.text.mojibake import GARBLED_NBSP, squeeze_nbsp

G = GARBLED_NBSP  # "¬†"


def test_every_character_maps_back_to_itself() -> None:
    text = f"{G}Ke Polda Metro{G}Jaya.{G} Lalu {G}{G}x{G}"
    squeezed = squeeze_nbsp(text)
    assert squeezed.text == "Ke Polda Metro Jaya. Lalu x "
    assert len(squeezed.back) == len(squeezed.text)
    assert list(squeezed.back) == sorted(set(squeezed.back))  # increasing
    assert all(squeezed.text[i] == text[o] for i, o in enumerate(squeezed.back)
               if squeezed.text[i] != " ")


@pytest.mark.parametrize(
    ("text", "squeezed"),
    [
        (f"Metro{G}Jaya", "Metro Jaya"),  # one space stands for it
        (f"Metro {G}Jaya", "Metro Jaya"),  # the word's own space is kept, the garbled one gone
        (f"Metro{G} Jaya", "Metro Jaya"),  # the garbled one goes with its own space
        (f"Metro{G}{G}Jaya", "Metro Jaya"),
        (f"Metro{G} {G} Jaya", "Metro Jaya"),
        (f"Metro{G}  Jaya", "Metro  Jaya"),  # a second space is a token of its own: kept
        (f"Metro  {G}Jaya", "Metro   Jaya"),  # after a whitespace token, a space stands for it
        (f"Metro\n{G}Jaya", "Metro\n Jaya"),
        (f"{G}{G}Jaya", "Jaya"),  # at the start: dropped
        (f"Jaya{G}", "Jaya "),  # at the end: a space
        ("Metro Jaya", "Metro Jaya"),
    ],
)
def test_runs_read_as_the_words_spaces(text: str, squeezed: str) -> None:
    assert squeeze_nbsp(text).text == squeezed


def test_a_text_without_them_is_itself() -> None:
    text = "Polda Metro Jaya ¬ and †"
    squeezed = squeeze_nbsp(text)
    assert squeezed.text is text and list(squeezed.back) == list(range(len(text)))
    assert squeezed.squeezed_spans([(6, 11), (3, 3)]) == [(6, 11)]


def test_only_the_given_starts_are_read() -> None:
    text = f"kepada{G}Contoh.com di Metro{G}Jaya"
    second = text.rindex(G)
    assert squeeze_nbsp(text, [second]).text == f"kepada{G}Contoh.com di Metro Jaya"
    assert squeeze_nbsp(text, [second, 3]).text == f"kepada{G}Contoh.com di Metro Jaya"  # no G at 3
    assert squeeze_nbsp(text, []).text == text
    assert squeeze_nbsp(text).text == "kepada Contoh.com di Metro Jaya"


def test_squeezed_spans_map_back_to_the_whole_name() -> None:
    text = f"Ke Polda Metro{G}Jaya {G}Bandung{G}"
    squeezed = squeeze_nbsp(text)
    assert squeezed.text == "Ke Polda Metro Jaya Bandung "
    start = squeezed.text.index("Polda")
    end = squeezed.text.index(" Bandung")
    s, e = squeezed.original_span(start, end)
    assert text[s:e] == f"Polda Metro{G}Jaya"
    s, e = squeezed.original_span(squeezed.text.index("Jaya"), squeezed.text.index("Bandung") + 7)
    assert text[s:e] == f"Jaya {G}Bandung"  # the word's own space, then the garbled one
    s, e = squeezed.original_span(start - 1, start)
    assert text[s:e] == " "
    one = squeezed.text.index(" Jaya")  # the space that stands for the garbled one
    assert squeezed.original_span(one, one + 5) == (text.index(G), text.index(G) + len(G) + 4)


def test_original_spans_with_a_garbled_edge_are_trimmed_or_dropped() -> None:
    text = f"Kata Budi Santoso{G} hadir di Polda Metro{G}Jaya {G}Bandung."
    squeezed = squeeze_nbsp(text)
    assert squeezed.text == "Kata Budi Santoso hadir di Polda Metro Jaya Bandung."
    budi = (text.index("Budi"), text.index(" hadir"))  # ends after the garbled space
    metro = (text.index("Metro") - 1, text.rindex(G) + len(G))  # a space to a garbled one
    garbled = (text.index(G), text.index(G) + 2)  # nothing but a garbled space
    bandung = (text.rindex(G), len(text))  # starts on one
    spans = squeezed.squeezed_spans([budi, metro, garbled, bandung, (0, 4), (5, 5)])
    assert [squeezed.text[s:e] for s, e in spans] == [
        "Budi Santoso", "Metro Jaya", "Bandung.", "Kata"]


def test_spans_go_there_and_back() -> None:
    text = f"{G}Dinas Sosial{G}{G}Kota Padang dan Polda Metro {G}Jaya.{G}"
    squeezed = squeeze_nbsp(text)
    for name in ("Dinas Sosial Kota Padang", "Polda Metro Jaya", "Padang", "Jaya."):
        start = squeezed.text.index(name)
        span = squeezed.original_span(start, start + len(name))
        assert squeezed.squeezed_spans([span]) == [(start, start + len(name))]


@pytest.mark.parametrize("text", [G, f"{G} {G}", f"{G}{G} ", f"{G} {G} ", f"{G}{G}{G}"])
def test_a_text_of_nothing_but_garbled_ones_squeezes_to_nothing(text: str) -> None:
    squeezed = squeeze_nbsp(text)
    assert squeezed.text == ""
    assert list(squeezed.back) == []
    assert squeezed.squeezed_spans([(0, len(text)), (0, 2)]) == []


def test_short_random_mixes_of_garbled_ones_spaces_and_a_word() -> None:
    # Fuzz: the squeezed text has no garbled space, keeps the words in order, maps each
    # character back to itself (a space to a space or a garbled one), and an original span of
    # each word goes there and back.
    rng = random.Random(19)
    pieces = [G, G, " ", "  ", "Jaya"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 7)))
        squeezed = squeeze_nbsp(text)
        back = list(squeezed.back)
        assert G not in squeezed.text, text
        assert squeezed.text.split() == text.replace(G, " ").split()
        assert len(back) == len(squeezed.text) and back == sorted(set(back))
        for i, at in enumerate(back):
            assert squeezed.text[i] == text[at] or (squeezed.text[i] == " " and text[at] == G[0])
        for start in (i for i in range(len(squeezed.text)) if squeezed.text.startswith("Jaya", i)):
            s, e = squeezed.original_span(start, start + 4)
            assert text[s:e] == "Jaya"
            assert squeezed.squeezed_spans([(s, e)]) == [(start, start + 4)]
