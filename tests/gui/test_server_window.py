"""The window on a server store: the same sections over PostgreSQL, the file-only actions off,
and the login standing for the person using popdesk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from popdesk import app as popdesk_app
from popdesk import config
from popdesk.db.postgresql.store import open_server_store
from popdesk.services import Services
from popdesk.views.main_window import MainWindow


@pytest.fixture
def server_demo() -> Iterator[str]:
    """A server store with the demo in it, as an editor's URL."""
    from popdesk.demo.small import DemoService
    from tests.postgres import fresh_database

    with fresh_database() as url:
        store = open_server_store(url)
        try:
            DemoService(store.sessions).fill()
        finally:
            store.close()
        yield url


def test_the_window_works_on_a_server_store(qtbot, server_demo: str, tmp_path: Path) -> None:
    window = MainWindow(
        store_label="", settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    opened = popdesk_app._Opened()
    popdesk_app._attach_store(window, server_demo, False, opened, config.Settings(), None, "en")
    try:
        assert opened.status is None and opened.store is not None
        assert window.windowTitle().startswith("popdesk_test_") and " on 127.0.0.1" in (
            window.windowTitle()
        )
        assert "postgresql://insp.test@127.0.0.1" in window.store_label.text()
        dashboard = window.go("dashboard")
        qtbot.waitUntil(lambda: dashboard.filled, timeout=10_000)
        assert dashboard.lines("Overdue actions")
        organisations = window.go("organisations")
        qtbot.waitUntil(lambda: organisations.model.rowCount() > 10, timeout=10_000)
        actions = window.guard.actions
        # A server store has no file to lock, back up or restore: its administrators keep it.
        assert not actions.backup_action.isEnabled()
        assert not actions.restore_action.isEnabled()
        hits = window.services.search.search("licens")
        assert hits and all(h.kind for h in hits)

        # A colleague adds an organisation from another computer: the list shown follows it
        # within seconds, without F5.
        before = organisations.model.rowCount()
        colleague = open_server_store(server_demo)
        try:
            Services.over(colleague.sessions).partners.create_organisation(
                name="Added by a colleague", sector="housing"
            )
        finally:
            colleague.close()
        qtbot.waitUntil(lambda: organisations.model.rowCount() == before + 1, timeout=10_000)
    finally:
        window.close()
        opened.store.close() if opened.store is not None else None


def test_a_server_that_cannot_be_reached_is_said_and_nothing_opens(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _w, _t, text: said.append(text))
    window = MainWindow(
        store_label="", settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    opened = popdesk_app._Opened()
    popdesk_app._attach_store(
        window, "postgresql://nobody@127.0.0.1:1/none", False, opened, config.Settings(), None, "en"
    )
    assert opened.status == 1 and opened.store is None
    assert said and "could not reach the store at postgresql://nobody@127.0.0.1:1/none" in said[0]
