"""An uncaught error is logged and shown with its details, which can be copied; never a silent
exit."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from popdesk.views.dialogs.error_dialog import ErrorDialog
from popdesk.views.main_window import install_error_dialog


def test_an_uncaught_error_is_logged_and_its_details_can_be_copied(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back afterwards
    install_error_dialog(tmp_path / "popdesk.log")
    seen: dict[str, object] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ErrorDialog)
        seen["message"] = dialog.ui.message_label.text()
        seen["advice"] = dialog.ui.advice_label.text()
        seen["hidden"] = not dialog.ui.details_edit.isVisible()
        dialog.ui.details_button.click()
        seen["shown"] = dialog.ui.details_edit.isVisible()
        dialog.ui.copy_button.click()
        seen["copied"] = QGuiApplication.clipboard().text()
        seen["button"] = dialog.ui.copy_button.text()
        dialog.ui.close_button.click()

    QTimer.singleShot(0, answer)
    try:
        raise RuntimeError("the meeting has no group")
    except RuntimeError:
        with caplog.at_level(logging.ERROR):
            sys.excepthook(*sys.exc_info())  # as Python does for an error nothing caught
    assert seen["message"] == "the meeting has no group"
    assert str(tmp_path / "popdesk.log") in str(seen["advice"])
    assert seen["hidden"] and seen["shown"]
    assert "Traceback" in str(seen["copied"]) and "RuntimeError" in str(seen["copied"])
    assert seen["button"] == "Copied for 30 seconds"
    assert "Uncaught error" in caplog.text and "the meeting has no group" in caplog.text
