"""Officials core: the word sets the rules keep agree with the packaged position lexicon."""

from __future__ import annotations

import pytest

from beritanlp.lexicons.positions import load_positions
from beritanlp.rules.officials.phrases import ENVOY_HEADS


@pytest.mark.parametrize("head", sorted(ENVOY_HEADS))
def test_every_envoy_head_is_a_position_of_the_lexicon(head):
    entry = load_positions().by_form.get(tuple(head.casefold().split()))
    assert entry is not None and entry.kind == "position", head
