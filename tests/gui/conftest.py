"""GUI fixtures: one main window with real services over a temporary store, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from popdesk.services import Services
from popdesk.views.main_window import MainWindow
from tests.builders import make_services


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    store, services = make_services(tmp_path / "store.db")
    yield services
    store.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, services: Services, settings: QSettings) -> MainWindow:
    win = MainWindow(services, store_label="Store: test.db", settings=settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    return win


def type_text(widget, text: str) -> None:
    """Type any text, accents and dashes included, as key presses carrying that text.

    (QTest.keyClicks maps characters to key codes and only knows ASCII.)
    """
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


@pytest.fixture(autouse=True, scope="session")
def private_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Settings written during tests go to a temporary folder, never the user's own."""
    from PySide6.QtCore import QCoreApplication

    folder = tmp_path_factory.mktemp("qt-settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("popdesk-tests")
    QCoreApplication.setApplicationName("popdesk-tests")
