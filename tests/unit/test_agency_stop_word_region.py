"""A unit's name goes on through a stop word (a day's name) that ends a known district."""

from __future__ import annotations

import pytest

from beritanlp.lexicons.regions import default_gazetteer
from beritanlp.rules.agencies.patterns import through_stop_word_region
from beritanlp.rules.agencies.regions import RegionNames

REGIONS = RegionNames(default_gazetteer())


@pytest.mark.parametrize(("text", "stop", "through"), [
    ("Satlantas Polsek Pasar Minggu menjaga jalan.", "Satlantas Polsek Pasar", True),
    # a day after a region that makes no region with it: the date of the news, not the name
    ("Satlantas Polres Sleman Minggu pagi menggelar razia.", "Satlantas Polres Sleman", False),
    ("Satlantas Polres Sleman Senin lalu menggelar razia.", "Satlantas Polres Sleman", False),
    # no stop word after the name
    ("Satlantas Polsek Pasar Rebo menjaga jalan.", "Satlantas Polsek Pasar", False),
])
def test_through_a_stop_word_that_ends_a_region(text: str, stop: str, through: bool) -> None:
    end = through_stop_word_region(text, len("Satlantas"), len(stop), REGIONS)
    assert (end == len(stop) + len(" Minggu")) is through
    assert through or end == len(stop)
