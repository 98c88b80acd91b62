"""Render each view on a fresh demo store at 1280×800 into docs/screenshots/<view>.png.

    python -m popdesk.views.screenshots [--out docs/screenshots] [--language cy]
    python -m popdesk.views.screenshots --size 1024x768 --out docs/screenshots/small

Runs offscreen unless a display is given; the store is temporary and removed afterwards.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

# view key -> file name
VIEWS = {
    "dashboard": "dashboard",
    "organisations": "organisations",
    "contacts": "contacts",
    "spocs": "spocs",
    "engagements": "engagements",
    "actions": "actions",
    "groups": "groups",
    "meeting": "meeting",
    "handovers": "handover",
    "problems": "problems",
    "agreements": "agreements",
    "stakeholders": "stakeholder-map",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots", type=Path)
    parser.add_argument("--only", nargs="*", choices=list(VIEWS), help="render just these views")
    parser.add_argument(
        "--language", default="en", help="the interface's language: en (default) or cy (Welsh)"
    )
    parser.add_argument(
        "--size", default="1280x800", help="the window's width and height, as 1024x768"
    )
    args = parser.parse_args(argv)
    try:
        width, height = (int(part) for part in args.size.lower().split("x"))
    except ValueError:
        parser.error(f"--size takes WIDTHxHEIGHT, as 1024x768, not {args.size!r}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from popdesk.app import DEMO_PASSPHRASE, open_demo_store
    from popdesk.services import Context, Services
    from popdesk.services.store_control import StoreControl
    from popdesk.views.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from popdesk.views.i18n import install

    if install(app, args.language) != args.language:
        parser.error(f"popdesk has no '{args.language}' translation")
    folder = Path(tempfile.mkdtemp(prefix="popdesk-shots-"))
    try:
        store = open_demo_store(folder, args.language)
        context = Context(language=args.language)
        if args.language != "en":
            from popdesk.views.i18n import QtWords

            context.words = QtWords()  # documents in the interface's language
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(
            Services.over(store.sessions, context),
            store_label=QApplication.translate("MainWindow", "Demo store"),
            settings=settings,
            control=StoreControl(store, demo_passphrase=DEMO_PASSPHRASE),
        )
        window.reminders.set_enabled(False)  # every shot alike, whenever the timer fires
        window.resize(width, height)
        window.show()
        args.out.mkdir(parents=True, exist_ok=True)
        for key in args.only or list(VIEWS):
            target = args.out / f"{VIEWS[key]}.png"
            if key == "meeting":
                _meeting(window, app).grab().save(str(target))
                print(target)
                continue
            page = window.go(key)
            for _ in range(3):  # columns are fitted once the rows are in
                app.processEvents()
            table = getattr(page.ui, "table_view", None)
            if table is not None and key != "spocs":
                page.select_row(table, 2 if key == "organisations" else 0)
            if key == "dashboard":
                page.ui.attention_tree.expandAll()
            for _ in range(3):
                app.processEvents()
            window.grab().save(str(target))
            print(target)
        window.close()
        store.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


def _meeting(window: object, app: object) -> object:
    """The meeting dialog on the most recent meeting that was written up."""
    from popdesk.domain.enums import MeetingStatus

    page = window.go("groups")  # type: ignore[attr-defined]
    services = window.services  # type: ignore[attr-defined]
    held = [m for m in services.groups.meetings(limit=50) if m.status is MeetingStatus.HELD]
    page.open_meeting(held[0])
    dialog = page.dialog
    dialog.resize(820, 900)
    app.processEvents()  # type: ignore[attr-defined]
    return dialog


if __name__ == "__main__":
    sys.exit(main())
