"""Shared fixtures. Qt runs offscreen; the keyring is an in-memory fake, never the real one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Offscreen, on a 1920×1080 screen so windows keep the sizes the tests give them.
_SCREEN = Path(__file__).parent / "fixtures" / "offscreen-screen.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.fakes.MemoryKeyring"


@pytest.fixture(scope="session", autouse=True)
def shared_test_keyring(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fake keyring's file, so popdesk processes started by a test see the same keys."""
    path = tmp_path_factory.mktemp("keyring") / "keyring.json"
    os.environ["POPDESK_TEST_KEYRING"] = str(path)
    return path
