"""The example article the main job runs on (``beritanlp analyze --example``): its facts, and
the same facts whatever format a newsroom or scraper writes it in.

The example is this project's own text, written to show every list; a reader of it expects the
facts below. The format variants are the ones seen in the archives users bring: paragraphs on
their own lines with straight quotes (detik), with curly quotes, and paragraphs joined by commas
with UTF-8 read as Mac Roman (CLICK-ID's scraper), Windows line ends, and a web page's
no-break spaces kept by a correct decoder.
"""

from __future__ import annotations

import re
from importlib.resources import files

import pytest

import beritanlp

EXAMPLE = files("beritanlp.resources").joinpath("example_article.txt").read_text(encoding="utf-8")


def _facts(text: str) -> dict[str, list[tuple[object, ...]]]:
    record = beritanlp.analyze(text).to_dict()
    return {
        "officials": [(o["name"], o["position"], o["jurisdiction"]) for o in record["officials"]],
        "agencies": [(a["id"], a["acronym"]) for a in record["agencies"]],
        "places": [(p["name"], p["type"], p["code"]) for p in record["places"]],
        "scores": [(s["metric"], s["value"], s["kind"], s["subject"], s["year"])
                   for s in record["scores"]],
    }


def _curly(text: str) -> str:
    """Straight double quotes as curly ones, opening and closing in turn."""
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def _scraped(text: str) -> str:
    """CLICK-ID's form: curly quotes garbled as Mac Roman, paragraphs joined by a comma."""
    garbled = _curly(text).encode("utf-8").decode("mac_roman")
    head, _, body = garbled.partition("\n\n")
    return head + "\n\n" + ",".join(p.strip() for p in body.split("\n\n"))


@pytest.fixture(scope="module")
def facts() -> dict[str, list[tuple[object, ...]]]:
    return _facts(EXAMPLE)


def test_example_officials_agencies_places(facts) -> None:
    assert facts["officials"] == [
        ("Hendra Saputra Wijaya", "Bupati", "Bangka Tengah"),
        ("Rina Oktaviani", "Sekretaris Daerah", "Bangka Tengah"),
    ]
    assert [i for i, _ in facts["agencies"]] == [
        "pemkab:bangkatengah", "kpk", "kemendagri", "bpkp", "bpk"]
    assert ("Bangka Tengah", "kabupaten", "19.04") in facts["places"]
    assert ("Kota Pangkalpinang", "kota", "19.71") in facts["places"]


def test_example_scores(facts) -> None:
    assert facts["scores"] == [
        ("MCP", 92.4, "value", "Bangka Tengah", 2024),
        ("MCP", 3.1, "change", "Bangka Tengah", 2024),
        ("MCP", 2, "rank", "Bangka Tengah", 2024),  # "peringkat kedua se-Provinsi"
        ("MCP", 81.7, "average", "kabupaten dan kota di provinsi itu", 2024),
        ("MCP", 95, "target", "Bangka Tengah", 2025),  # said "di Koba": not Koba's
        # "selama sembilan tahun berturut-turut": a streak, of no one year
        ("opini BPK", "WTP", "grade", "Pemerintah Kabupaten Bangka Tengah", None),
    ]


def _windows(text: str) -> str:
    """Windows line ends, as in files and exports made there."""
    return text.replace("\n", "\r\n")


def _no_break(text: str) -> str:
    """A web page's no-break spaces, decoded correctly: every space after a capitalised word."""
    return re.sub(r"\b([A-Z]\w*) ", "\\1\u00a0", text)


@pytest.mark.parametrize("form", [_curly, _scraped, _windows, _no_break],
                         ids=["curly-quotes", "clickid-scraped", "windows-line-ends",
                              "no-break-spaces"])
def test_example_facts_do_not_depend_on_the_format(facts, form) -> None:
    variant = form(EXAMPLE)
    assert variant != EXAMPLE
    assert _facts(variant) == facts
