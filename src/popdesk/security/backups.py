"""Consistent copies of a store file, taken with SQLite's online backup API."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path


def backup_path(store: Path, reason: str, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return store.with_name(f"{store.stem}.{reason}-{stamp}{store.suffix or '.db'}")


def copy_store(source: Path, destination: Path) -> Path:
    """Copy a live store page by page into ``destination``; a failure leaves no partial file."""
    partial = destination.with_name(destination.name + ".partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
        os.replace(partial, destination)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    return destination
