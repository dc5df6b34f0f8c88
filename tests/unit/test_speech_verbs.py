"""The one table of speech verbs (lexicons/data/speech_verbs.txt) and the rule cores reading it."""

from __future__ import annotations

import re

import pytest

from beritanlp.lexicons.speech import (
    READERS,
    parse_speech_rows,
    speech_alternation,
    speech_rows,
    speech_words,
)
from beritanlp.lexicons.words import word_table


def test_the_table_loads_with_one_row_per_form() -> None:
    rows = speech_rows()
    forms = [form for form, _ in rows]
    assert len(forms) == len(set(forms)) == len(word_table("speech_verbs"))
    assert {"kata", "ujar", "mengatakan"} <= set(forms)
    assert all(readers and readers <= READERS for _, readers in rows)


def test_every_reader_reads_some_words() -> None:
    for reader in READERS:
        assert speech_words(reader), reader


@pytest.mark.parametrize("rows", [
    (("kata", "officials"), ("kata", "places")),  # a form written twice
    (("kata", "officials penyiar"),),  # an unknown reader
    (("kata", ""),),  # no reader
    (("Kata", "officials"),),  # not lowercase
    (("kata", "officials", "places"),),  # three columns
])
def test_a_bad_table_fails_loudly(rows: tuple[tuple[str, ...], ...]) -> None:
    with pytest.raises(ValueError):
        parse_speech_rows(rows)


def test_an_unknown_reader_is_refused() -> None:
    with pytest.raises(KeyError):
        speech_words("penyiar")


def test_the_officials_sets_come_from_the_table() -> None:
    from beritanlp.rules.officials.before import NOT_SUBJECT
    from beritanlp.rules.officials.pairing import SPEAKER_WORDS
    from beritanlp.rules.officials.vocab import LOWER_CUES, SPEECH_BEFORE

    assert speech_words("officials") == SPEECH_BEFORE
    assert LOWER_CUES == speech_words("officials_lower") | {"oleh"}
    assert speech_words("officials_lower") <= SPEECH_BEFORE
    assert SPEAKER_WORDS == speech_words("officials_clause")
    assert SPEAKER_WORDS == SPEECH_BEFORE | {"lanjut", "tambah", "sambung"}
    assert speech_words("officials_subject") <= NOT_SUBJECT
    assert speech_words("officials_subject") == speech_words("officials_lower") | {"lanjut",
                                                                                  "tambah"}


def test_the_places_speakers_come_from_the_table() -> None:
    from beritanlp.rules.places.blocks import SPEAKER_VERBS

    assert speech_words("places") == SPEAKER_VERBS
    # the officials' words without those that also stand before a place as an adverb or noun
    not_before_place = {"menurut", "jelas", "terang", "pesan", "versi"}
    assert SPEAKER_VERBS == (speech_words("officials") - not_before_place) | {
        "tambah", "pungkas", "tandas", "papar", "lanjut"}


def test_the_scores_patterns_come_from_the_table() -> None:
    from beritanlp.rules.scores import antecedents, subjects

    spoken = speech_words("scores_speech")
    assert "mengatakan" in spoken and "menyebutkan" in spoken
    for word in spoken:
        assert antecedents.SPOKEN.fullmatch(word), word
        assert antecedents.SPOKEN.search(f"{word}lah") is None, word  # a whole word only
    assert antecedents.SPOKEN.search("Ia mengatakannya") is None
    for word in speech_words("scores_said_at"):
        assert subjects.SPOKEN_AT.search(f"{word} Budi di "), word
        assert subjects.SPOKEN_AT.search(f"{word}nya saat ditemui di "), word
    for word in speech_words("scores_said_at_nya"):
        assert subjects.SPOKEN_AT.search(f"{word}nya di "), word
        assert subjects.SPOKEN_AT.search(f"terlihat {word} di ") is None, word


def test_the_words_after_a_value_come_from_the_table() -> None:
    from beritanlp.rules.scores.cues import COUNT_OK_NEXT

    assert speech_words("scores_count") <= COUNT_OK_NEXT
    assert {f"{word}nya" for word in speech_words("scores_count_nya")} <= COUNT_OK_NEXT
    assert {"katanya", "ujarnya", "tuturnya", "kata", "menurut"} <= COUNT_OK_NEXT
    assert "tutur" not in COUNT_OK_NEXT and "tegasnya" not in COUNT_OK_NEXT


def test_the_alternation_is_longest_first() -> None:
    alternation = speech_alternation("scores_speech")
    words = alternation.split("|")
    assert sorted(words) == sorted(speech_words("scores_speech"))
    assert words.index("menyebutkan") < words.index("menyebut")
    assert re.fullmatch(f"(?:{alternation})", "menyebutkan")
