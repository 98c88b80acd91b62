"""The placeholder window shows the store's records and gaps from real services."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from popdesk.services.demo import DemoService
from popdesk.views.main_window import MainWindow
from tests.builders import make_services

pytestmark = pytest.mark.gui


def labels(widget: object) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]  # type: ignore[attr-defined]


def test_the_window_shows_counts_and_gaps_and_names_the_store(qtbot, tmp_path: Path) -> None:
    store, services = make_services(tmp_path / "s.db")
    DemoService(store.sessions, services.check.context).fill()
    window = MainWindow(services.check, store_label=f"Store: {store.path}")
    qtbot.addWidget(window)
    window.show()
    texts = labels(window)
    assert "SPOC assignments" in texts and "400" in texts
    assert "Groups with no representative" in texts
    assert window.statusBar().currentMessage().endswith("s.db")
    image = window.grab()
    assert image.width() > 500 and image.height() > 300
    store.close()


def test_refresh_picks_up_changes(qtbot, tmp_path: Path) -> None:
    store, services = make_services(tmp_path / "s.db")
    window = MainWindow(services.check, store_label="Store")
    qtbot.addWidget(window)
    assert "Organisations" in labels(window)
    services.partners.create_organisation(name="Pentre Community Council", sector="community_group")
    window.refresh()
    form = window.records_form
    row = [form.itemAt(i, form.ItemRole.FieldRole).widget().text() for i in range(form.rowCount())]
    assert row[0] == "1"
    store.close()
