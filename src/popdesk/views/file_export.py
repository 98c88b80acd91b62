"""Saving contacts or a calendar to a file: where, for what (kept in the audit log), written off
the GUI thread, then said in the status bar or shown as a refusal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from popdesk.errors import PopdeskError
from popdesk.views import prompts
from popdesk.views.i18n import error_text
from popdesk.views.widgets import remember_folder, save_folder
from popdesk.views.workers import run_in_background


def save_file(
    parent: QWidget,
    title: str,
    suggested: str,
    file_filter: str,
    write: Callable[[Path, str | None], Path],
    said: Callable[[str], None],
) -> None:
    """Ask where and for what, then ``write(path, purpose)`` in the background."""
    tr = parent.tr
    name, _ = QFileDialog.getSaveFileName(
        parent, title, str(save_folder() / suggested), file_filter
    )
    if not name:
        return
    suffix = Path(suggested).suffix
    path = Path(name if name.lower().endswith(suffix) else name + suffix)
    remember_folder(path)
    purpose, ok = prompts.text(
        parent,
        title,
        tr("What is it for, or who is it going to? (kept in the audit log; may be left empty)"),
    )
    if not ok:
        return

    def failed(error: BaseException) -> None:
        if not isinstance(error, (PopdeskError, OSError)):
            raise error
        QMessageBox.warning(parent, tr("Not saved"), error_text(error))

    run_in_background(
        lambda: write(path, purpose.strip() or None),
        lambda written: said(tr("Saved {0}").format(written)),
        failed,
    )
