"""HTML character references left in an article: a warning, the text read as given."""

from __future__ import annotations

import warnings

import pytest

import beritanlp
from beritanlp.text.markup import EXAMPLES, markup_warning


@pytest.mark.parametrize("text", [
    "&quot;Kami siap,&quot; kata Andi.",
    "Nama lengkapnya Sa&rsquo;adah.",
    "Dinas Pekerjaan Umum &amp; Penataan Ruang",
    "kutipan &#8220;ini&#x201D; dari bupati",
    "Kota&nbsp;Sukamaju",
])
def test_a_reference_html_defines_is_warned(text: str) -> None:
    warning = markup_warning(text)
    assert warning is not None
    assert "html.unescape" in warning


@pytest.mark.parametrize("text", [
    "PT P&G; Indonesia dan AT&T; di Jakarta",  # an ampersand in a name, no reference
    "Kantor Bersama & Balai; pukul 10.00",
    "Teks biasa tanpa tanda apa pun.",
    "Bupati & Wakil Bupati hadir; warga menyambut.",
    "",
])
def test_text_without_a_reference_gets_no_warning(text: str) -> None:
    assert markup_warning(text) is None


def test_the_warning_counts_every_reference_and_quotes_a_few() -> None:
    text = "&quot;a&quot; &amp; &lt;b&gt; &hellip; &ndash;"
    warning = markup_warning(text)
    assert warning is not None
    assert warning.startswith("text holds 7 HTML character reference(s) (")
    quoted = warning.split("(", 2)[2].split(")")[0]
    assert quoted.split(", ") == ["&quot;", "&amp;", "&lt;"][:EXAMPLES]


@pytest.fixture(scope="module")
def nlp():
    return beritanlp.load()


def test_analyze_warns_and_keeps_the_warning_in_the_record(nlp) -> None:
    text = "Judul\n\n&quot;Kami siap,&quot; kata Kepala Dinas Sosial Kota Sukamaju, Andi Wirawan."
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        record = beritanlp.analyze(text, nlp=nlp)
    assert any("&quot;" in str(w.message) for w in caught)
    assert len(record.warnings) == 1 and "&quot;" in record.warnings[0]
    assert record.error is None


def test_analyze_many_records_carry_the_warning_beside_a_date_warning(nlp) -> None:
    records = list(beritanlp.analyze_many(
        [{"id": "a", "text": "Dinas Sosial &amp; Pemakaman", "date": "Oktober"},
         {"id": "b", "text": "Dinas Sosial dan Pemakaman"}], nlp=nlp))
    assert [r.id for r in records] == ["a", "b"]
    assert len(records[0].warnings) == 2 and "&amp;" in records[0].warnings[1]
    assert records[1].warnings == []
