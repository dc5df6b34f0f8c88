"""Shared fixtures: where the shared development data lives, and skipping when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("BERITANLP_SHARED_DATA", _ROOT.parent / "shared" / "data"))
TEST_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """Path to ``../shared/data``; skips the test when the shared data is not on this machine."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared development data not found at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture(scope="session")
def test_data() -> Path:
    """Path to the project's own regression files in ``tests/data``."""
    return TEST_DATA
