"""Every enabled button on every page does something without an error, on the demo store.

A slot that raises fails the test (pytest-qt captures exceptions raised in Qt slots), so a view
calling a service method that does not exist, or a dialog that cannot open, shows up here.
Small prompts are answered with their first choice; confirmations with yes.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPushButton

from popdesk.demo.small import DemoService
from popdesk.services import Services
from popdesk.views import prompts
from popdesk.views.main_window import MainWindow
from popdesk.views.pages.base import Page

pytestmark = pytest.mark.gui


@pytest.fixture
def answered(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def item(parent, title, label, items, current=0, editable=False, *a, **k):
        asked.append(title)
        return (items[current] if items else "", bool(items))

    monkeypatch.setattr(prompts, "item", item)
    monkeypatch.setattr(
        prompts,
        "text",
        lambda *a, **k: (asked.append("text") or "2027-06-30", True),
    )
    monkeypatch.setattr(prompts, "lines", (lambda *a, **k: ("Noted.", True)))
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *a, **k: asked.append("warning"))
    )
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda *a, **k: asked.append("information"))
    )
    monkeypatch.setattr(Page, "confirm", lambda self, *a: True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    return asked


def test_every_enabled_button_on_every_page_works(
    qtbot, window: MainWindow, services: Services, answered: list[str]
) -> None:
    DemoService(services.work, services.partners.context).fill()
    clicked = 0
    for key, page in window.pages.items():
        window.go(key)
        for button in page.findChildren(QPushButton):
            if not (button.isVisibleTo(page) and button.isEnabled()):
                continue
            before = getattr(page, "dialog", None)
            button.click()
            clicked += 1
            dialog = getattr(page, "dialog", None)
            if isinstance(dialog, QDialog) and dialog is not before and dialog.isVisible():
                dialog.reject()  # it opened: that is the check
            window.go(key)
    assert clicked >= 30


def test_no_two_menu_actions_share_a_shortcut(window) -> None:  # type: ignore[no-untyped-def]
    """A shortcut given twice does nothing at all (Qt calls it ambiguous): each is unique."""
    from collections import Counter

    from PySide6.QtGui import QAction

    keys = Counter(
        action.shortcut().toString()
        for action in window.findChildren(QAction)
        if not action.shortcut().isEmpty()
    )
    assert [key for key, n in keys.items() if n > 1] == []
    assert keys["Ctrl+Shift+A"] == 1 and keys["Ctrl+Shift+S"] == 1
