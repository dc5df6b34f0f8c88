"""Officials and NER cleanup read the pipeline's tables: KB, positions, titles (issue 14, Show 5).

This file holds the officials half (agency KB, positions, titles, office holders and nicknames
as the officials and NER cleanup components see them).
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Span

from beritanlp.lexicons import Lexicons
from beritanlp.lexicons.holders import read_office_holders, read_official_nicknames
from beritanlp.lexicons.titles import TitleList
from beritanlp.pipeline import blank

PORT_AGENCY = {
    "id": "opx",
    "name": "Otorita Pelabuhan Xyz",
    "acronyms": ["OPX"],
    "aliases": [],
    "type": "agency",
    "level": "national",
    "parent": None,
}
PORT_TEXT = "Ketua Otorita Pelabuhan Xyz Budi Santoso meninjau dermaga baru."
PORT_OFFICIAL = ("Budi Santoso", "Ketua", "Otorita Pelabuhan Xyz")


def _with_port_agency(lexicons: Lexicons) -> Any:
    """The pipeline's agency KB plus one agency (a new KB; the default is never changed)."""
    kb = lexicons.agencies
    return type(kb).from_dicts([*kb.to_dicts(), PORT_AGENCY])


def _officials(nlp: Language, text: str) -> list[tuple[str, str, str | None]]:
    doc = nlp(text)
    return [(r["name"], r["position"], r["jurisdiction"]) for r in doc._.officials]


@pytest.fixture()
def nlp() -> Language:
    pipeline = blank()
    pipeline.add_pipe("beritanlp_officials")
    return pipeline


def test_a_kb_given_to_the_pipeline_reaches_officials() -> None:
    default = Lexicons()
    nlp = blank()
    Lexicons(agencies=_with_port_agency(default)).bind(nlp)
    nlp.add_pipe("beritanlp_officials")
    assert _officials(nlp, PORT_TEXT) == [PORT_OFFICIAL]
    # with the packaged KB "Ketua" names nothing alone (no official), and that KB was not
    # changed by the pipeline's
    plain = blank()
    plain.add_pipe("beritanlp_officials")
    assert _officials(plain, PORT_TEXT) == []
    assert "opx" not in default.agencies


def test_a_kb_replaced_later_rebuilds_the_officials_agency_terms(nlp: Language) -> None:
    before = _officials(nlp, PORT_TEXT)
    lexicons = Lexicons.of(nlp)
    lexicons.replace("agencies", _with_port_agency(lexicons))
    assert before == []
    assert _officials(nlp, PORT_TEXT) == [PORT_OFFICIAL]


OTORITA = {"kind": "position", "text": "Kepala Otorita", "category": "national",
           "complement": "open"}


def test_added_positions_replace_the_pipelines_positions(nlp: Language, tmp_path) -> None:
    lexicons = Lexicons.of(nlp)
    default = lexicons.positions
    officials: Any = nlp.get_pipe("beritanlp_officials")
    officials.add_positions([OTORITA])
    assert lexicons.positions is not default  # replaced, the default left as it was
    assert lexicons.positions.get("Kepala Otorita") is not None
    assert default.get("Kepala Otorita") is None
    # a saved pipeline restores them into its own Lexicons
    nlp.to_disk(tmp_path / "pipe")
    loaded = blank()
    loaded.add_pipe("beritanlp_officials")
    loaded.from_disk(tmp_path / "pipe")
    assert Lexicons.of(loaded).positions.get("Kepala Otorita") is not None
    # adding again builds on the pipeline's table, not on the first addition twice
    officials.add_positions([{"kind": "unit", "text": "Pelabuhan Xyz"}])
    assert {"Kepala Otorita", "Pelabuhan Xyz"} <= {e.text for e in lexicons.positions}
    assert len(lexicons.positions) == len(default) + 2


def test_positions_given_to_the_pipeline_are_the_base_of_added_ones(nlp: Language) -> None:
    lexicons = Lexicons.of(nlp)
    custom = type(lexicons.positions).from_dicts(
        [*lexicons.positions.to_dicts(), {"kind": "unit", "text": "Pelabuhan Xyz"}]
    )
    lexicons.replace("positions", custom)
    officials: Any = nlp.get_pipe("beritanlp_officials")
    officials.add_positions([OTORITA])
    assert lexicons.positions.get("Pelabuhan Xyz") is not None
    assert lexicons.positions.get("Kepala Otorita") is not None


def test_titles_given_to_the_pipeline_reach_ner_cleanup_and_officials() -> None:
    text = "Wali Kota Bogor Kanjeng Bima Arya meresmikan taman itu."
    default = Lexicons()
    nlp = blank()
    lexicons = Lexicons().bind(nlp)
    nlp.add_pipe("beritanlp_ner_cleanup")
    nlp.add_pipe("beritanlp_officials")
    assert _officials(nlp, text)[0][0] == "Kanjeng Bima Arya"
    lexicons.replace("titles", default.titles.union(TitleList.from_lines(["Kanjeng"])))
    assert _officials(nlp, text)[0][0] == "Bima Arya"
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, 3, 6, label="PERSON")]  # "Kanjeng Bima Arya"
    doc = nlp.get_pipe("beritanlp_ner_cleanup")(doc)
    assert [e.text for e in doc.ents] == ["Bima Arya"]
    assert ("kanjeng",) not in default.titles.titles


GAP_TEXT = (
    "Judul\n\nWarga ingin bertemu Menteri Pariwisata ,di pelabuhan. Esoknya panitia menjemput"
    " Dewi Anggraeni."
)


def test_a_replaced_holders_table_reaches_officials(nlp: Language) -> None:
    assert _officials(nlp, GAP_TEXT) == []  # the packaged table has no such holder
    lexicons = Lexicons.of(nlp)
    default = lexicons.office_holders
    lexicons.replace(
        "office_holders", read_office_holders("Menteri Pariwisata | Dewi Anggraeni | 2015-01-05\n")
    )
    assert _officials(nlp, GAP_TEXT) == [("Dewi Anggraeni", "Menteri Pariwisata", None)]
    # a pipeline given the table from the start reads it too; the default is left as it was
    given = blank()
    Lexicons(office_holders=lexicons.office_holders).bind(given)
    given.add_pipe("beritanlp_officials")
    assert _officials(given, GAP_TEXT) == [("Dewi Anggraeni", "Menteri Pariwisata", None)]
    assert Lexicons().office_holders == default


def test_a_replaced_nicknames_table_reaches_officials(nlp: Language) -> None:
    text = GAP_TEXT.replace("Dewi Anggraeni.", "Kak Dewi.")
    lexicons = Lexicons.of(nlp)
    lexicons.replace(
        "office_holders", read_office_holders("Menteri Pariwisata | Dewi Anggraeni | 2015-01-05\n")
    )
    assert _officials(nlp, text) == []  # "Kak" names nobody
    lexicons.replace("official_nicknames", read_official_nicknames("Kak Dewi | Dewi Anggraeni\n"))
    assert _officials(nlp, text) == [("Kak Dewi", "Menteri Pariwisata", None)]
