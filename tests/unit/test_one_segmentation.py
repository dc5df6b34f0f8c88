"""One segmentation for the rule cores (issue 14, Show 6).

The officials and place rules read the same split of a text (``text.words.segment``), made
once per text; the place rules' letter words are a view of it that equals a search of the
whole text for ``LETTERS``; the officials' word lists come from the data files.
"""

from __future__ import annotations

import random
import re

import pytest

from beritanlp.lexicons.words import tagged_words
from beritanlp.pipeline import blank
from beritanlp.rules.officials import vocab
from beritanlp.rules.officials.tokens import Tok, tokenize
from beritanlp.text import words as words_module
from beritanlp.text.sentences import clause_starts
from beritanlp.text.words import CACHE_SIZE, LETTERS, TOKEN, Tokens, Words, segment

SAMPLES = [
    "",
    "   ",
    "Jum'at (16/5/2024), Wali Kota Pangkalpinang Ma’ruf hadir.",
    "covid-19 di Kab. Bogor_2 & Kota-Depok; skor 70,55 -- 'kutipan' ‘lain’ x'",
    "Ⅻ² Ağrı e\u0301 ½ _a_ 'a' a' 'a a''b a'-b I/2024 -x- //",
    "Judul Berita Besar dari Kota Solo\n\nBadan Pusat Statistik (BPS) menyatakan...",
]


def _letters_by_search(text: str) -> tuple[list[str], list[int], list[int]]:
    """The words a search of the whole text for LETTERS finds (the former Words)."""
    found = list(LETTERS.finditer(text))
    return [m.group() for m in found], [m.start() for m in found], [m.end() for m in found]


def _random_texts(n: int) -> list[str]:
    rng = random.Random(14)
    alphabet = "aZé_1²Ⅻ'’-/ .,:\n\u0301ğ(\""
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(n)]


@pytest.mark.parametrize("text", SAMPLES)
def test_tokens_are_the_token_pattern_with_offsets_and_gaps(text: str) -> None:
    tokens = Tokens(text)
    assert tokens.texts == TOKEN.findall(text)
    assert [text[s:e] for s, e in zip(tokens.starts, tokens.ends, strict=True)] == tokens.texts
    assert len(tokens.gaps) == len(tokens) + 1
    assert all(not gap or gap.isspace() for gap in tokens.gaps)
    rebuilt = "".join(g + t for g, t in zip(tokens.gaps, [*tokens.texts, ""], strict=True))
    assert rebuilt == text
    assert tokens.is_word == [bool(re.match(r"\w", t)) for t in tokens.texts]


def test_letter_words_are_an_exact_view_of_the_tokens() -> None:
    for text in SAMPLES + _random_texts(3000):
        _check_letter_view(text)


def _check_letter_view(text: str) -> None:
    view = Tokens(text).words
    assert (view.texts, view.starts, view.ends) == _letters_by_search(text)
    assert view.lows == [w.casefold() for w in view.texts]
    assert view.caps == [w[:1].isupper() for w in view.texts]
    # every letter word lies inside one word token
    tokens = Tokens(text)
    spans = list(zip(tokens.starts, tokens.ends, strict=True))
    for start, end in zip(view.starts, view.ends, strict=True):
        assert any(s <= start and end <= e for s, e in spans)


def test_letter_words_leave_garbled_symbols_out() -> None:
    # a scraper's garbled quote holds letters ("‚Äú" is "“" read as Mac Roman): it is one symbol,
    # so the letter view is a search for LETTERS once it is taken out; a garbled apostrophe
    # inside a word stays in the word
    quote, apostrophe = ("\u201c".encode("utf-8").decode("mac_roman"),
                         "\u2019".encode("utf-8").decode("mac_roman"))
    text = f"kata dia,{quote}Bupati Sa{apostrophe}adi hadir.{quote}"
    view = Tokens(text).words
    assert view.texts == ["kata", "dia", "Bupati", f"Sa{apostrophe}adi", "hadir"]
    blanked = text.replace(quote, " " * len(quote))
    assert (view.texts, view.starts, view.ends) == _letters_by_search(blanked)


def test_words_of_a_text_is_the_shared_view() -> None:
    text = "Bupati Bogor meresmikan jalan di Desa Cibinong-2, Jum'at."
    assert Words(text).texts == segment(text).words.texts
    assert Words(text).texts == _letters_by_search(text)[0]
    # another pattern still splits on that pattern
    assert Words("nilai 70,55 dan 71", re.compile(r"\d+(?:,\d+)?")).texts == ["70,55", "71"]


def test_segment_splits_a_text_once_and_stays_bounded() -> None:
    text = "Kepala Dinas Pendidikan Kota Bogor, Budi Santoso, hadir di segment-test."
    first = segment(text)
    assert segment(text) is first
    assert segment(str(text)) is first  # equal text, same segmentation
    assert first.words is first.words
    for n in range(CACHE_SIZE):
        segment(f"teks lain nomor {n} segment-test")
    assert segment(text) is not first  # pushed out: the cache holds CACHE_SIZE texts
    assert segment(text).texts == first.texts


def test_the_pipeline_splits_each_text_once_for_places_and_officials(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[str] = []

    class Counting(Tokens):
        def __init__(self, text: str) -> None:
            made.append(text)
            super().__init__(text)

    monkeypatch.setattr(words_module, "Tokens", Counting)
    nlp = blank()
    nlp.add_pipe("beritanlp_places")
    nlp.add_pipe("beritanlp_officials")
    text = ("Wali Kota Bogor Bima Arya meninjau banjir di Kecamatan Bogor Selatan, "
            "kata Kepala Dinas Sosial Kota Bogor Ahmad Yani (one-segmentation test).")
    doc = nlp(text)
    assert doc._.places and doc._.officials
    assert made.count(text) == 1
    # each core alone asks for the segmentation too (so the one above is shared, not skipped)
    for name in ("beritanlp_places", "beritanlp_officials"):
        alone = blank()
        alone.add_pipe(name)
        other = f"{text} ({name})"
        alone(other)
        assert made.count(other) == 1, name


def test_officials_tokens_are_the_segmentation_with_their_columns() -> None:
    for text in SAMPLES + _random_texts(500):
        _check_official_tokens(text)


def _check_official_tokens(text: str) -> None:
    tokens = segment(text)
    toks = tokenize(text)
    assert [t.text for t in toks] == tokens.texts
    assert [t.start for t in toks] == tokens.starts
    assert [t.end for t in toks] == tokens.ends
    assert [t.is_word for t in toks] == tokens.is_word
    assert [t.sent_start for t in toks] == clause_starts(tokens.texts, tokens.gaps)


def test_officials_tokens_have_one_column_per_field() -> None:
    """tokenize builds its rows without Tok's own arity check: a field added without its column
    must fail here, not far away."""
    for text in ("", "Bupati Sleman meninjau pasar.", "WALI KOTA BARU\nKamis (5/6), rapat.") \
            + tuple(_random_texts(50)):
        for tok in tokenize(text):
            assert type(tok) is Tok
            assert len(tok) == len(Tok.__annotations__)
            assert Tok(*tok) == tok


def test_clause_starts() -> None:
    tokens = Tokens('Kata dia: “Budi, hadir”.\nLalu ,Ani (Rina) pergi')
    starts = [t for t, flag in zip(tokens.texts, clause_starts(tokens.texts, tokens.gaps),
                                   strict=True) if flag]
    # the first token, after ":" and after an opening quote, after a line break, after a comma
    # glued to the next word, after a closing quote and "("; not after ", " nor after ")"
    assert starts == ["Kata", "“", "Budi", ".", "Lalu", "Ani", "Rina"]
    assert clause_starts([], [""]) == []


def test_officials_word_sets_are_the_data_files_rows() -> None:
    heads = tagged_words("institution_heads", "officials")
    stops = (*tagged_words("stopwords", "officials"), *tagged_words("days", "officials"),
             *tagged_words("months", "officials"))
    assert vocab.INSTITUTION_HEADS == {w.casefold() for w in heads}
    # each row, with an apostrophe's typographic and garbled forms ("jum’at")
    assert vocab.STOP_WORDS == {f.casefold() for w in stops for f in vocab.apostrophe_forms(w)}
    assert {"jum'at", "jum’at"} <= vocab.STOP_WORDS
    # the rules compare a token's dotless casefolded form: entries must be written that way
    assert all("." not in w and " " not in w for w in (*heads, *stops))
    assert {"kementerian", "polres", "pt"} <= vocab.INSTITUTION_HEADS
    assert {"senin", "januari", "menurut"} <= vocab.STOP_WORDS


def test_one_day_table_and_one_month_table() -> None:
    from beritanlp.rules.agencies.vocab import STOP_WORDS as AGENCY_STOPS
    from beritanlp.rules.dates import DAYS, find_dates

    assert DAYS == tagged_words("days", "dates")
    assert {"senin", "jum'at", "ahad"} <= set(DAYS)
    assert {"Senin", "Jumat", "Minggu"} <= AGENCY_STOPS
    assert "Ahad" not in AGENCY_STOPS  # a day row the agency rules do not read
    # the stop-word file lists no day or month: those come from their one table
    listed = {w.casefold() for w in tagged_words("stopwords", "officials")}
    listed |= {w.casefold() for w in tagged_words("stopwords", "agencies")}
    assert not listed & {w for row in (DAYS, tagged_words("months", "officials")) for w in row}
    # a day name from the table still leads a date
    dates = find_dates("Rapat digelar Jum'at (16/5/2024) di Bogor.")
    assert [d["text"] for d in dates] == ["Jum'at (16/5/2024)"]
