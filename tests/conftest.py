"""Shared fixtures. Qt runs offscreen; the keyring is an in-memory fake, never the real one."""

from __future__ import annotations

import os
from pathlib import Path

# Offscreen, on a 1920×1080 screen so windows keep the sizes the tests give them.
_SCREEN = Path(__file__).parent / "fixtures" / "offscreen-screen.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.fakes.MemoryKeyring"
