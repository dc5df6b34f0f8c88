"""The table of ranking indicators and publishers is validated as data."""

from __future__ import annotations

import pytest

from beritanlp.rules.scores.pillars import default_pillar_table, parse_pillar_table


def test_packaged_table_parses() -> None:
    table = default_pillar_table()
    assert "penelitian" in table.pillars
    assert ("Times Higher Education", "THE") in table.publishers
    assert all(p.strip() for p in table.pillars)


def test_rows_are_read_by_kind() -> None:
    table = parse_pillar_table([("riset", "pillar"), ("Lembaga Zeta", "publisher", "LPZ")])
    assert table.pillars == ("riset",)
    assert table.publishers == (("Lembaga Zeta", "LPZ"),)


@pytest.mark.parametrize("rows", [
    [("riset",)],                                   # one column
    [("riset", "pillar", "X")],                     # a pillar with three columns
    [("Lembaga Zeta", "publisher")],                # a publisher without its short form
    [("riset", "indikator")],                       # an unknown kind
    [("  ", "pillar")],                             # an empty phrase
    [("Lembaga Zeta", "publisher", "")],            # an empty short form
    [("Lembaga Zeta", "publisher", "lz")],          # a short form not upper-case
    [("riset", "pillar"), ("Riset", "pillar")],     # a phrase twice
])
def test_bad_rows_are_refused(rows: list) -> None:
    with pytest.raises(ValueError):
        parse_pillar_table(rows)
