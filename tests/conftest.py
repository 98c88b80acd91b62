"""Shared fixtures. Qt runs offscreen; the keyring is an in-memory fake, never the real one."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Offscreen, on a 1920×1080 screen so windows keep the sizes the tests give them.
_SCREEN = Path(__file__).parent / "fixtures" / "offscreen-screen.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.fakes.MemoryKeyring"


@pytest.fixture(scope="session", autouse=True)
def private_qt_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Qt's settings (window geometry, remembered markings, the start-up language) go to a
    folder of the test run's own, never the user's."""
    from PySide6.QtCore import QSettings

    folder = str(tmp_path_factory.mktemp("qt-settings"))
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, folder)


@pytest.fixture(scope="session", autouse=True)
def shared_test_keyring(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fake keyring's file, so popdesk processes started by a test see the same keys."""
    path = tmp_path_factory.mktemp("keyring") / "keyring.json"
    os.environ["POPDESK_TEST_KEYRING"] = str(path)
    return path


@pytest.fixture(autouse=True)
def quick_passphrase_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """scrypt at its real cost takes ~0.3 s a go; tests wrap keys at a small cost instead."""
    from popdesk.security import keys

    monkeypatch.setattr(keys, "PASSPHRASE_COST", keys.ScryptCost(n=2**12))


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """This computer has no keyring (keyring's fail backend), as on a bare Linux session."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def private_popdesk_settings(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """popdesk's settings file lives in the test's own folder, never the user's."""
    path = tmp_path_factory.mktemp("settings") / "settings.json"
    monkeypatch.setenv("POPDESK_SETTINGS", str(path))
    return path


def pytest_configure(config: pytest.Config) -> None:
    from tests.fuzzing import FUZZ_REPORT

    config.stash[FUZZ_REPORT] = []


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """How many inputs the fuzzing tests fed the readers, shown whether or not output is
    captured."""
    from tests.fuzzing import FUZZ_REPORT

    lines = config.stash.get(FUZZ_REPORT, [])
    if lines:
        terminalreporter.write_sep("-", "fuzzing")
        for line in lines:
            terminalreporter.write_line(line)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """The test server's template database goes with the run."""
    from tests.postgres import drop_template

    drop_template()
