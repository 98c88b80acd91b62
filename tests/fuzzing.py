"""What the fuzzing tests tried, kept for the end of the run (tests/conftest.py prints it)."""

from __future__ import annotations

import pytest

FUZZ_REPORT = pytest.StashKey[list[str]]()
