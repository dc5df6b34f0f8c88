"""Agency names whose coordinated portfolio words are permuted (rules/agencies/permuted.py)."""

from __future__ import annotations

from beritanlp.rules.agencies.candidates import Candidate
from beritanlp.rules.agencies.permuted import extend_permuted, permuted_ids, portfolio_key

TABLE = {
    portfolio_key("Kementerian Sungai dan Danau"): ("ksd",),
    portfolio_key("Badan Pangan, Gizi, dan Air"): ("bpga",),
    portfolio_key("Dinas Tari dan Lagu"): ("dtl-a", "dtl-b"),
}


def test_key_ignores_member_order_and_joins() -> None:
    assert portfolio_key("Kementerian Danau dan Sungai") == portfolio_key(
        "Kementerian Sungai dan Danau"
    )
    assert portfolio_key("Badan Air, Pangan dan Gizi") == portfolio_key(
        "Badan Pangan, Gizi, dan Air"
    )


def test_key_needs_a_head_and_a_list() -> None:
    assert portfolio_key("Kementerian Sungai") is None  # one member only
    assert portfolio_key("Sungai dan Danau") is None  # no institution head


def test_only_a_unique_agency() -> None:
    assert permuted_ids(TABLE, "Kementerian Danau dan Sungai") == ("ksd",)
    assert permuted_ids(TABLE, "Dinas Lagu dan Tari") is None  # two agencies share the key
    assert permuted_ids(TABLE, "Kementerian Danau dan Laut") is None  # another word set


def test_candidate_linked_and_grown_into_its_tail() -> None:
    text = "Petugas Kementerian Danau dan Sungai datang. Lalu Kementerian Danau dan Sungai Baru."
    a = text.index("Kementerian")
    b = text.index("Kementerian", a + 1)
    first = Candidate(a, a + len("Kementerian Danau dan Sungai"), "unit|x", True)
    hit = Candidate(b, b + len("Kementerian Danau"), "kb|kd", True, ("kd",), priority=2)
    extend_permuted(text, [first, hit], TABLE)
    assert (first.key, first.kb_ids) == ("kb|ksd", ("ksd",))
    assert text[hit.start : hit.end] == "Kementerian Danau dan Sungai"  # "Baru" is no member
    assert hit.kb_ids == ("ksd",)


def test_second_body_after_dan_is_left_alone() -> None:
    text = "Kementerian Danau dan Kementerian Sungai bekerja sama."
    hit = Candidate(0, 17, "kb|kd", True, ("kd",), priority=2)
    extend_permuted(text, [hit], TABLE)
    assert (hit.end, hit.kb_ids) == (17, ("kd",))
