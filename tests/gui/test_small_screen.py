"""popdesk on a 1,024-pixel laptop screen: the window opens within it and every section stays
usable at 1024×700. Runs in a child process whose offscreen screen is that small."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

SCRIPT = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox
from popdesk.db.store import open_store
from popdesk.services import Services
from popdesk.demo.small import DemoService
from popdesk.views.main_window import MainWindow

app = QApplication([])
store = open_store(Path(sys.argv[1]), create=True)
DemoService(store.sessions).fill()
services = Services.over(store.sessions)
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
big = MainWindow(services, store_label="demo", settings=settings)
big.resize(1600, 1000)  # remembered from a larger screen
settings.setValue("window/geometry", big.saveGeometry())
big.deleteLater()

window = MainWindow(services, store_label="demo", settings=settings)
window.show()
app.processEvents()
room = window.screen().availableGeometry()
print("opened", window.width(), window.height(), room.width(), room.height())
assert window.width() <= room.width() and window.height() <= room.height()
assert window.ui.sidebar.width() <= 60, "the sidebar shows icons only on a small screen"
assert window.ui.sidebar.item(1).toolTip() == "Organisations"

window.resize(1024, 700)
app.processEvents()
assert (window.width(), window.height()) == (1024, 700), (window.width(), window.height())
for key in list(window.pages):
    page = window.go(key)
    for _ in range(3):
        app.processEvents()
    right = page.mapTo(window, page.rect().topRight()).x()
    for widget in page.findChildren(QAbstractButton) + page.findChildren(QComboBox):
        if not widget.isVisibleTo(page) or widget.window() is not window:
            continue
        corner = widget.mapTo(window, widget.rect().topRight())
        assert corner.x() <= right + 1, f"{key}: {widget.objectName()} is cut off at {corner.x()}"
        assert widget.width() >= min(widget.minimumSizeHint().width(), 60), widget.objectName()
    # A row that wraps is as tall as its lines: nothing on a second line hides under the table.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget
    from popdesk.views.flow import _FlowHolder

    for holder in page.findChildren(_FlowHolder):
        if not holder.isVisibleTo(page):
            continue
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        for child in holder.findChildren(QWidget, options=direct):
            if child.isVisibleTo(holder):
                assert child.geometry().bottom() < holder.height(), (
                    f"{key}: {child.objectName() or child} lies below its row "
                    f"({child.geometry().bottom()} >= {holder.height()})"
                )
print("usable")

# The tallest form, on a 768-pixel screen: its buttons in view, what is above them scrolling.
from popdesk.views.dialogs.engagement_dialog import EngagementDialog

window.log_engagement()
for _ in range(5):
    app.processEvents()
dialog = next(
    w for w in QApplication.topLevelWidgets() if isinstance(w, EngagementDialog) and w.isVisible()
)
buttons = dialog.ui.button_box
seen = {
    "fits": dialog.height() <= room.height() - 40,
    "buttons": buttons.mapTo(dialog, buttons.rect().bottomLeft()).y() < dialog.height(),
}
assert seen == {"fits": True, "buttons": True}, (seen, dialog.height(), room.height())
dialog.reject()
print("dialog")
window.resize(1440, 900)
app.processEvents()
assert window.ui.sidebar.width() >= 200 and window.ui.sidebar.item(1).text() == "Organisations"
print("wide")
"""


DIALOGS = r"""
import json
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog
from popdesk.db.store import open_store
from popdesk.services import Services
from popdesk.demo.small import DemoService
from popdesk.views.main_window import MainWindow

FRAME_SIDES, TITLE_AND_FRAME = 16, 48  # a window manager's borders, and its title bar too

app = QApplication([])
store = open_store(Path(sys.argv[1]), create=True)
DemoService(store.sessions).fill()
services = Services.over(store.sessions)
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
window = MainWindow(services, store_label="demo", settings=settings)
window.show()
app.processEvents()
room = window.screen().availableGeometry()
group = services.groups.list_groups()[0]
held = next(m for m in services.groups.meetings(group_id=group.id) if m.notes)


def groups_page():
    page = window.go("groups")
    page.open_record(group.id)
    return page


openers = {
    "audit log": window.guard.actions.open_audit,
    "data-protection review": window.guard.actions.open_review,
    "settings": window.guard.actions.open_settings,
    "checklist templates": lambda: window.go("handovers").edit_templates(),
    "import wizard": lambda: window.go("contacts").import_contacts(),
    "export": lambda: window.go("organisations").export_directory(),
    "new meeting": lambda: groups_page().open_meeting(None),
    "meeting written up": lambda: groups_page().open_meeting(held),
    "engagement": window.log_engagement,
}
found = {}
for name, open_it in openers.items():
    open_it()
    for _ in range(5):
        app.processEvents()
    (dialog,) = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]
    frame = dialog.frameGeometry()
    cut = [
        b.text() or b.objectName()
        for b in dialog.findChildren(QAbstractButton)
        if b.isVisibleTo(dialog)
        and not dialog.rect().contains(b.mapTo(dialog, b.rect().bottomRight()))
    ]
    seen = {
        "within the screen": room.contains(frame),
        "room for a window frame": dialog.width() + FRAME_SIDES <= room.width()
        and dialog.height() + TITLE_AND_FRAME <= room.height(),
        "buttons cut off": cut,
    }
    if name == "audit log":  # every column in view, "For" last, without scrolling sideways
        table = dialog.ui.table
        last = table.model().columnCount() - 1
        right = table.columnViewportPosition(last) + table.columnWidth(last)
        seen["columns in view"] = right <= table.viewport().width()
    found[name] = seen | {"size": [dialog.width(), dialog.height()]}
    dialog.reject()
    dialog.hide()
    for _ in range(3):
        app.processEvents()
print(json.dumps(found))
"""


def laptop_screen(tmp_path: Path) -> dict[str, str]:
    """The environment of a child process whose offscreen screen is 1024×768."""
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": 1024,
                        "height": 768,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    return {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}


def test_the_window_fits_a_1024_screen_and_every_section_is_usable_at_1024_by_700(
    tmp_path: Path,
) -> None:
    env = laptop_screen(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "s.db"), str(tmp_path / "q.ini")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "usable" in done.stdout and "wide" in done.stdout


def test_every_dialog_opens_within_a_1024_by_768_screen(tmp_path: Path) -> None:
    """The audit log, the review, the settings, the checklist templates, the import wizard, an
    export and the meeting and engagement forms: each opens within the screen with room for its
    window frame, and none of its buttons is cut off."""
    done = subprocess.run(
        [sys.executable, "-c", DIALOGS, str(tmp_path / "s.db"), str(tmp_path / "q.ini")],
        capture_output=True,
        text=True,
        env=laptop_screen(tmp_path),
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    wrong = {
        name: seen
        for name, seen in found.items()
        if not (seen["within the screen"] and seen["room for a window frame"])
        or seen["buttons cut off"]
        or seen.get("columns in view") is False
    }
    assert wrong == {}, wrong
    assert len(found) == 9


STEADY = r"""
import json
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QScrollArea
from popdesk.db.store import open_store
from popdesk.services import Services
from popdesk.demo.small import DemoService
from popdesk.views.dialogs.engagement_dialog import EngagementDialog
from popdesk.views.main_window import MainWindow

app = QApplication([])
store = open_store(Path(sys.argv[1]), create=True)
DemoService(store.sessions).fill()
services = Services.over(store.sessions)
window = MainWindow(
    services, store_label="demo", settings=QSettings(sys.argv[2], QSettings.Format.IniFormat)
)
window.show()
window.log_engagement()
for _ in range(5):
    app.processEvents()
dialog = next(
    w for w in QApplication.topLevelWidgets() if isinstance(w, EngagementDialog) and w.isVisible()
)
ui = dialog.ui
view = dialog.findChild(QScrollArea).viewport()


def seen():
    bottom = view.mapTo(dialog, view.rect().bottomLeft()).y()
    return {
        "summary": ui.summary_edit.height(),
        "outcome": ui.outcome_edit.height(),
        "problem": ui.problem_combo.mapTo(dialog, ui.problem_combo.rect().bottomLeft()).y(),
        "follow-up": ui.action_edit.mapTo(dialog, ui.action_edit.rect().bottomLeft()).y(),
        "in view": bottom,
    }


before = seen()
ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()  # nobody chosen yet
for _ in range(5):
    app.processEvents()
print(json.dumps({"before": before, "after": seen(), "said": ui.staff_error.text(),
                  "shown": ui.staff_error.isVisible()}))
"""


def test_a_message_in_the_engagement_form_leaves_its_text_boxes_as_they_were_at_768(
    tmp_path: Path,
) -> None:
    """On a 768-pixel screen the form scrolls; "Say which of our staff took part." appearing
    does not stretch Summary and Outcome, and Problem and the follow-up actions stay in view."""
    done = subprocess.run(
        [sys.executable, "-c", STEADY, str(tmp_path / "s.db"), str(tmp_path / "q.ini")],
        capture_output=True,
        text=True,
        env=laptop_screen(tmp_path),
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["shown"] and found["said"] == "Say which of our staff took part."
    assert found["after"] == found["before"]
    after = found["after"]
    assert after["problem"] < after["in view"] and after["follow-up"] < after["in view"]


FRAMED = r"""
import json
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from popdesk.views.main_window import MainWindow

app = QApplication([])
settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
window = MainWindow(store_label="", settings=settings)  # the shell popdesk first paints
window.show()
app.processEvents()
room = window.screen().availableGeometry()
print(json.dumps({"window": [window.width(), window.height()],
                  "room": [room.width(), room.height()]}))
"""


def test_the_window_leaves_room_for_its_title_bar_on_a_1024_by_768_screen(
    tmp_path: Path,
) -> None:
    """Sized before it has a frame, the window keeps room for the window manager's title bar
    and borders: otherwise its bottom (the status bar) opens below the screen's edge."""
    done = subprocess.run(
        [sys.executable, "-c", FRAMED, str(tmp_path / "q.ini")],
        capture_output=True,
        text=True,
        env=laptop_screen(tmp_path),
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    (width, height), (room_width, room_height) = found["window"], found["room"]
    assert width + 16 <= room_width and height + 48 <= room_height, found
