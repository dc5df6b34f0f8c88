"""Property-based test (hypothesis) of the whole pipeline over generated texts (issue 18).

Generated texts mix news words and score-like sentences with odd Unicode (combining marks,
emoji, right-to-left letters, control and zero-width characters, lone surrogates), long runs
without spaces and numbers far beyond 2**64. For every text: no exception, offsets that point
at the text they claim, strict JSON, the same record twice, and ``n_process=2`` records equal
to ``n_process=1`` on a batch that includes the overflow texts. Bounded (example count, text
length, no deadline per example) so that it runs in well under a minute.
"""

from __future__ import annotations

import json

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import beritanlp  # noqa: E402

WORDS = ["Pemerintah", "Kota", "Bandung", "KPK", "Wali", "nilai", "SPI", "indeks", "meraih",
         "pada", "Senin", "(3/6/2024)", "Jl.", "Kab.", "70,55", "persen", "peringkat", "ke-2",
         "Rp1,5", "triliun", "Bupati", "Gowa", "WTP", "predikat", "A", "tahun", "2023", "dari"]
ODD = ["\u0301", "\U0001f600", "\u05d0\u05d1", "\u200b", "\u202e", "\x00", "\x1b[31m", "\ufeff",
       "\ud83d", "\udcff", "\t", "\r\n", "\n\n", "\u00a0", "\u3000", "ß", "İ", "ﬁ"]
HUGE = ["99999999999999999999", "1.000.000.000.000.000.000.000", "9" * 400,
        "1" + "0" * 30 + ",5", "18446744073709551616", "-9223372036854775809"]
OVERFLOW = ["Nilai SPI Kota Bandung 99999999999999999999.",
            "Nilai MCP Kota Bandung 1.000.000.000.000.000.000.000."]

score_sentence = st.builds(
    "Nilai {} {} {} {}.".format,
    st.sampled_from(["SPI", "MCP", "IPM", "indeks", "SAKIP"]),
    st.sampled_from(["Kota Bandung", "Kabupaten Gowa", "Pemkot Bogor"]),
    st.sampled_from(["sebesar", "mencapai", "", "naik menjadi"]),
    st.one_of(st.sampled_from(HUGE), st.integers(-(10 ** 25), 10 ** 25).map(str),
              st.floats(allow_nan=False, allow_infinity=False).map(lambda f: f"{f:g}")),
)
piece = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(ODD), st.sampled_from(HUGE), score_sentence,
    st.builds(lambda c, n: c * n, st.sampled_from("=-!a9."), st.integers(490, 700)),
    st.text(max_size=12),
)
texts = st.lists(piece, max_size=25).map(" ".join)


@pytest.fixture(scope="module")
def nlp():
    return beritanlp.load()


def _check_record(text: str, record: dict) -> None:
    json.dumps(record, allow_nan=False)  # strict JSON
    if record["error"] is not None:
        # the only article errors a text alone may cause
        assert "lone surrogate" in record["error"], record["error"]
        return
    spans = [(e["start"], e["end"], e["text"]) for e in record["entities"]]
    spans += [(s["start"], s["end"], s["text"]) for s in record["scores"]]
    spans += [(d["start"], d["end"], d["text"]) for d in record["dates"]]
    for start, end, surface in spans:
        assert 0 <= start < end <= len(text) and text[start:end] == surface
    for name in ("officials", "agencies", "places"):
        for fact in record[name]:
            assert all(0 <= s < e <= len(text) for s, e in fact["mentions"])
    for score in record["scores"]:
        assert not isinstance(score["value"], int) or abs(score["value"]) < 2 ** 63


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_any_text_gives_a_valid_deterministic_record(nlp, text):
    first = beritanlp.analyze(text, nlp=nlp).to_dict()
    _check_record(text, first)
    assert beritanlp.analyze(text, nlp=nlp).to_dict() == first


def test_two_processes_equal_one_on_a_batch_with_the_overflow_texts(nlp):
    batch = [*OVERFLOW, "Wali Kota Bandung meraih nilai SPI 70,55 pada 2023.", "\ud83d",
             "=" * 501 + " Nilai IPM Kota Bandung 72,4.", "", *HUGE]
    one = [a.to_dict() for a in beritanlp.analyze_many(batch, nlp=nlp)]
    two = [a.to_dict() for a in beritanlp.analyze_many(batch, nlp=nlp, n_process=2,
                                                      batch_size=2, worker_timeout=120)]
    assert one == two
    for text, record in zip(batch, one, strict=True):
        _check_record(text, record)
