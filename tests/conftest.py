"""Shared fixtures. Qt runs offscreen; the keyring is an in-memory fake, never the real one."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.fakes.MemoryKeyring"
