"""One-line prompts (a text, a choice from a list, a few lines), as QInputDialog's static
functions ask them, but each shown wide enough for its window's title: a window manager cuts a
title to the window's width ("Chang… hrase"), and a prompt of one line is narrower than its
title."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

TITLE_BAR_ROOM = 150  # beside a window's title: the window manager's icon and its buttons


def show_whole_title(dialog: QWidget) -> None:
    font = QFont(dialog.font())
    font.setBold(True)  # as title bars draw it
    needed = QFontMetrics(font).horizontalAdvance(dialog.windowTitle()) + TITLE_BAR_ROOM
    screen = dialog.screen()
    if screen is not None:
        needed = min(needed, screen.availableGeometry().width() - 16)
    if dialog.minimumWidth() < needed:
        dialog.setMinimumWidth(needed)


class _WholeTitle(QObject):
    """Widens its dialog as it is shown: its layout sets the least width when it is laid out
    on showing, which would undo a width set before."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            show_whole_title(watched)
        return False


def _asked(dialog: QInputDialog, title: str, label: str) -> bool:
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.installEventFilter(_WholeTitle(dialog))
    return dialog.exec() == QInputDialog.DialogCode.Accepted


def text(
    parent: QWidget | None,
    title: str,
    label: str,
    echo: QLineEdit.EchoMode = QLineEdit.EchoMode.Normal,
    text: str = "",
) -> tuple[str, bool]:
    dialog = QInputDialog(parent)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(echo)
    dialog.setTextValue(text)
    return (dialog.textValue(), True) if _asked(dialog, title, label) else ("", False)


def item(
    parent: QWidget | None,
    title: str,
    label: str,
    items: Sequence[str],
    current: int = 0,
    editable: bool = False,
) -> tuple[str, bool]:
    dialog = QInputDialog(parent)
    dialog.setComboBoxItems(list(items))
    dialog.setComboBoxEditable(editable)
    if 0 <= current < len(items):
        dialog.setTextValue(items[current])
    fallback = items[current] if 0 <= current < len(items) else ""
    return (dialog.textValue(), True) if _asked(dialog, title, label) else (fallback, False)


def lines(parent: QWidget | None, title: str, label: str, text: str = "") -> tuple[str, bool]:
    dialog = QInputDialog(parent)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setTextValue(text)
    return (dialog.textValue(), True) if _asked(dialog, title, label) else ("", False)
