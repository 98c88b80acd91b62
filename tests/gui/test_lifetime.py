"""Pages and dialogs can come and go without crashing the app (Qt and Python ownership).

Each check runs in a child process, so a crash is reported as a failure instead of ending
the test run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = """
import gc, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from popdesk.db.store import open_store
from popdesk.services import Services
from popdesk.demo.small import DemoService
from popdesk.views.pages import (
    actions, agreements, contacts, dashboard, engagements, groups, handovers, organisations,
    problems, spocs, stakeholders,
)

app = QApplication([])
store = open_store(Path(sys.argv[1]), create=True)
DemoService(store.sessions).fill()
s = Services.over(store.sessions)
make = {
    "dashboard": lambda: dashboard.DashboardView(s),
    "groups": lambda: groups.GroupsView(
        s.groups, s.partners, s.staff, s.handovers, s.exports
    ),
    "handovers": lambda: handovers.HandoversView(s.handovers, s.staff, s.checklists, s.exports),
    "problems": lambda: problems.ProblemsView(
        s.problems, s.partners, s.staff, s.engagements, s.actions
    ),
    "agreements": lambda: agreements.AgreementsView(s.agreements, s.partners, s.staff),
    "stakeholders": lambda: stakeholders.StakeholderMapView(s.stakeholders, s.problems),
    "organisations": lambda: organisations.OrganisationsView(
        s.partners, s.spocs, s.engagements, s.actions, s.exports
    ),
    "contacts": lambda: contacts.ContactsView(s.partners, s.spocs, s.engagements),
    "spocs": lambda: spocs.SpocsView(s.spocs, s.partners, s.staff),
    "engagements": lambda: engagements.EngagementsView(
        s.engagements, s.actions, s.partners, s.staff, s.problems
    ),
    "actions": lambda: actions.ActionsView(s.actions, s.staff),
}[sys.argv[2]]
for _ in range(3):
    page = make()
    page.refresh()
    page.new_record()
    if getattr(page, "dialog", None) is not None:
        page.dialog.reject()
    del page
    gc.collect()
    app.processEvents()
print("survived")
"""

PAGES = (
    "dashboard",
    "organisations",
    "contacts",
    "spocs",
    "engagements",
    "actions",
    "groups",
    "handovers",
    "problems",
    "agreements",
    "stakeholders",
)


@pytest.mark.parametrize("page", PAGES)
def test_a_page_and_its_dialog_can_be_dropped_and_collected(tmp_path: Path, page: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "s.db"), page],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout


def test_the_qt_binding_keeps_its_references_to_none() -> None:
    """PySide6 6.12.0 released None once more than it took it on every call of a method that
    returns nothing, on Python 3.11: the app then died a while into a session ("deallocating
    None"). The binding popdesk installs must not."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    app = QApplication.instance() or QApplication([])
    edit = QLineEdit()
    before = sys.getrefcount(None)
    for _ in range(500):
        edit.setText("Siân")
        app.processEvents()
    assert sys.getrefcount(None) - before > -100


def test_no_widget_hides_a_qt_virtual_under_an_attribute(qtbot, window) -> None:
    """An attribute named like a Qt virtual (``edit`` on an item view) is taken by the binding
    as an override: Qt then calls a line edit as a function and the app dies, as global search
    did. Every page and popup, once built, is checked."""
    import inspect

    from PySide6.QtCore import QObject, SignalInstance

    for section in list(window.pages):
        window.go(section)
    window.search_popup.show_all()
    clashes = []
    for widget in [window, *window.findChildren(QObject)]:
        qt_base = next(k for k in type(widget).__mro__ if k.__module__.startswith("PySide6"))
        for name, value in vars(widget).items():
            if isinstance(value, SignalInstance):
                continue  # the binding keeps connected signals there itself
            inherited = getattr(qt_base, name, None)
            if inherited is not None and (inspect.isroutine(inherited) or callable(inherited)):
                clashes.append(f"{type(widget).__name__}.{name} hides {qt_base.__name__}.{name}")
    assert clashes == []
