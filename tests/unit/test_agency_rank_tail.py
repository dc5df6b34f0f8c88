"""A rank left at the end of an agency span is cut, the ranks read from the ranks table."""

from __future__ import annotations

import pytest

from beritanlp.lexicons import Lexicons
from beritanlp.lexicons.titles import load_ranks
from beritanlp.pipeline import blank
from beritanlp.rules.agencies.ranks import RankTail, rank_tail

RANKS = rank_tail(load_ranks())


def _cut(span: str, after: str = "", ranks: RankTail = RANKS) -> str:
    text = span + after
    return text[: ranks.cut(text, 0, len(span))]


@pytest.mark.parametrize(
    ("span", "kept"),
    [
        ("Polres Sukamaju Ajun Komisaris Besar", "Polres Sukamaju"),
        ("Deputi Operasi Bakamla Laksamana Muda", "Deputi Operasi Bakamla"),
        ("Kodim 0999 Sukamaju Letkol", "Kodim 0999 Sukamaju"),
        ("Polsek Sukamaju Bharada", "Polsek Sukamaju"),
        ("Polda Sukamaju KOMBES", "Polda Sukamaju"),  # a headline in capitals
        ("Lanud Sukamaju Marsekal Pertama", "Lanud Sukamaju"),
    ],
)
def test_the_longest_rank_at_the_end_is_cut(span: str, kept: str) -> None:
    assert _cut(span) == kept


def test_a_rank_the_words_after_the_span_complete_is_cut() -> None:
    # the span stopped inside the rank: "Letnan" and, after it, "Jenderal"
    assert _cut("Badan Sukamaju Letnan", " Jenderal Andi Wirawan") == "Badan Sukamaju"
    # not completed: "Letnan" alone is no rank of the table
    assert _cut("Badan Sukamaju Letnan", " Andi Wirawan") == "Badan Sukamaju Letnan"


@pytest.mark.parametrize(
    "span",
    [
        "Direktorat Jenderal",  # the unit's head, not the general's rank
        "Biro Umum Sekretariat Jenderal",
        "Kolonel",  # nothing but a rank: nothing is left to be the agency
        "Polres Sukamaju mayor",  # a rank is capitalised
        "Dewan Sukamaju Komisaris",  # a board's commissioner: no rank of the table alone
    ],
)
def test_what_is_no_rank_tail_stays(span: str) -> None:
    assert _cut(span) == span


def test_an_empty_table_cuts_nothing() -> None:
    assert _cut("Polres Sukamaju Ajun Komisaris Besar", ranks=RankTail()) == (
        "Polres Sukamaju Ajun Komisaris Besar"
    )


def test_a_multi_word_rank_ends_a_unit_named_in_the_pipeline() -> None:
    nlp = blank()
    nlp.add_pipe("beritanlp_agencies")
    doc = nlp("Kepala Biro Operasi Bakamla Laksamana Muda Andi Budi Wirawan memimpin patroli.")
    assert "Biro Operasi Bakamla" in [a["name"] for a in doc._.agencies]


def test_a_rank_added_to_the_table_reaches_the_agency_rules() -> None:
    text = "Kepala Biro Operasi Polres Sukamaju Pembina Utama Andi Wirawan mengatakan siaga."
    nlp = blank()
    lexicons = Lexicons().bind(nlp)
    nlp.add_pipe("beritanlp_agencies")
    names = [a["name"] for a in nlp(text)._.agencies]
    assert "Biro Operasi Polres Sukamaju Pembina Utama" in names
    lexicons.replace("ranks", lexicons.ranks | {("pembina", "utama")})
    names = [a["name"] for a in nlp(text)._.agencies]
    assert "Biro Operasi Polres Sukamaju" in names
    assert ("pembina", "utama") not in Lexicons().ranks
