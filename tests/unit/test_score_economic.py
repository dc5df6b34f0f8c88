"""Economic indices are no metrics: the table (validated as data) and the filter."""

from __future__ import annotations

import pytest

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores.economic import (
    default_economic_indices,
    parse_economic_indices,
    without_economic,
)
from beritanlp.rules.scores.model import Metric
from beritanlp.text.acronyms import find_definitions


def test_packaged_table_parses_and_shares_no_acronym_with_the_metric_lexicon() -> None:
    table = default_economic_indices()
    acronyms = {i.acronym for i in table.indices if i.acronym}
    assert {"IEH", "IPR", "IKK", "IHK", "NTP"} <= acronyms
    assert all(i.names and i.issuer for i in table.indices)
    assert not acronyms & {r.acronym for r in load_metric_rules() if r.acronym}
    # every long name is found in running text, in any case and spacing
    pattern = table.names_pattern()
    for index in table.indices:
        for name in index.names:
            assert pattern.fullmatch(name.lower().replace(" ", "  ")), name


@pytest.mark.parametrize("rows", [
    [("IEH", "Indeks Ekspektasi Harga")],                       # two columns
    [("ieh", "Indeks Ekspektasi Harga", "Bank Indonesia")],     # no acronym
    [("IEH", "indeks ekspektasi harga", "Bank Indonesia")],     # a name not capitalised
    [("IEH", "", "Bank Indonesia")],                            # no name
    [("IEH", "Indeks A", "BI"), ("IEH", "Indeks B", "BI")],     # an acronym twice
    [("IEH", "Indeks Ekspektasi Harga", "")],                   # no issuer
])
def test_bad_rows_are_refused(rows: list) -> None:
    with pytest.raises(ValueError):
        parse_economic_indices(rows)


def test_filter_drops_names_defined_acronyms_and_named_table_acronyms() -> None:
    text = ("Indeks Ekspektasi Harga Umum (IEH) turun. IEH tercatat 161,1. "
            "Indeks Kepuasan Warga naik. IKK juga naik.")
    table = default_economic_indices()
    metrics = [Metric("IEH", 0, 28, None), Metric("IEH", 42, 45, None),
               Metric("Indeks Kepuasan Warga", 64, 85, None), Metric("IKK", 92, 95, None)]
    kept = without_economic(text, metrics, find_definitions(text), table)
    # IKK stays: the text never writes "Indeks Keyakinan Konsumen"
    assert kept is not None and [m.name for m in kept] == ["Indeks Kepuasan Warga", "IKK"]
    assert without_economic("Indeks Kepuasan Warga naik.", metrics[2:3], [], table) is None
