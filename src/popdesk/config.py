"""Where popdesk keeps things on this computer (platformdirs), and the store path to use."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "popdesk"
STORE_ENV = "POPDESK_DB"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_store_path() -> Path:
    return data_dir() / "popdesk.db"


def store_path(given: str | None) -> tuple[Path, bool]:
    """The store to open and whether it is the user's default one (made on first run)."""
    if given:
        return Path(given).expanduser(), False
    from_env = os.environ.get(STORE_ENV)
    if from_env:
        return Path(from_env).expanduser(), False
    return default_store_path(), True
