"""Police and military ranks read from the title list (lexicons.titles.load_ranks)."""

from __future__ import annotations

from pathlib import Path

from beritanlp.lexicons.titles import load_ranks


def test_packaged_ranks_hold_police_and_military_ranks_only() -> None:
    ranks = load_ranks()
    for rank in [("kombes",), ("akbp",), ("letkol",), ("ajun", "komisaris", "besar")]:
        assert rank in ranks
    for other in [("dr",), ("h",), ("presiden",), ("pol",), ("tni",), ("bupati",)]:
        assert other not in ranks  # honorifics, offices and qualifiers are no ranks


def test_each_comment_opens_a_section(tmp_path: Path) -> None:
    path = tmp_path / "titles.txt"
    path.write_text("# offices\nCamat\n# police ranks\nIptu\n+Pol\n# honorifics\nBu\n",
                    encoding="utf-8")
    assert load_ranks(path) == frozenset({("iptu",)})
