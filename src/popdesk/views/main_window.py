"""The main window: a sidebar of sections, global search (Ctrl+K), the open store named below."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from popdesk.errors import PopdeskError
from popdesk.views.forms.ui_main_window import Ui_MainWindow
from popdesk.views.i18n import key_words
from popdesk.views.icons import icon

if TYPE_CHECKING:
    import uuid

    from popdesk import config
    from popdesk.services import Services
    from popdesk.services.changes import ChangeFeed
    from popdesk.services.dashboard import Dashboard
    from popdesk.services.store_control import StoreControl
    from popdesk.views.live import LiveUpdates
    from popdesk.views.pages.base import Page
    from popdesk.views.search import SearchPopup
    from popdesk.views.store_files import MakeStore
    from popdesk.views.store_guard import StoreGuard

log = logging.getLogger(__name__)

# The sections, in sidebar order: key, title, icon. The pages behind them are built when a store
# is attached, so the window can be painted before the store is open.
SECTIONS = (
    ("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), "dashboard"),
    ("organisations", QT_TRANSLATE_NOOP("MainWindow", "Organisations"), "organisation"),
    ("contacts", QT_TRANSLATE_NOOP("MainWindow", "Contacts"), "contact"),
    ("spocs", QT_TRANSLATE_NOOP("MainWindow", "SPOC register"), "spoc"),
    ("engagements", QT_TRANSLATE_NOOP("MainWindow", "Engagement log"), "engagement"),
    ("actions", QT_TRANSLATE_NOOP("MainWindow", "Actions"), "action"),
    ("groups", QT_TRANSLATE_NOOP("MainWindow", "Groups"), "group"),
    ("handovers", QT_TRANSLATE_NOOP("MainWindow", "Handovers"), "handover"),
    ("problems", QT_TRANSLATE_NOOP("MainWindow", "Problems"), "problem"),
    ("agreements", QT_TRANSLATE_NOOP("MainWindow", "Agreements"), "agreement"),
    ("stakeholders", QT_TRANSLATE_NOOP("MainWindow", "Stakeholder map"), "map"),
)
REMINDERS_AFTER_MS = 1500  # after start, once the dashboard is shown
COMPACT_WIDTH = 1100  # narrower than this, the sidebar shows icons only
SEARCH_LIMIT = 100  # hits fetched for the search box: some of each kind shown, all on "Show all"

FRAME_GUESS = (16, 48)  # a window manager's borders, and its title bar too, before they exist
QWIDGETSIZE_MAX = (1 << 24) - 1  # a widget's largest size: no limit
MESSAGE_MARGINS = 20  # the status bar draws its message 6 px in, and stops 2 px before a label

SIDEBAR_LABELS = {"spocs": QT_TRANSLATE_NOOP("MainWindow", "SPOCs")}
TITLES = {key: title for key, title, _ in SECTIONS}


class _Pages(Mapping[str, "Page"]):
    """The sections' pages by key, in sidebar order, each built when first asked for."""

    def __init__(self, build: Callable[[str], Page], made: dict[str, Page] | None = None) -> None:
        self._build = build
        self._made: dict[str, Page] = dict(made or {})

    def __getitem__(self, key: str) -> Page:
        if key not in self._made:
            if key not in TITLES:
                raise KeyError(key)
            self._made[key] = self._build(key)
        return self._made[key]

    def __iter__(self) -> Iterator[str]:
        return iter(TITLES)

    def __len__(self) -> int:
        return len(TITLES)


# kind of record -> the page that opens it
OPENS_ON = {
    "organisation": "organisations",
    "contact": "contacts",
    "engagement": "engagements",
    "action": "actions",
    "spoc": "spocs",
    "group": "groups",
    "meeting": "groups",
    "handover": "handovers",
    "problem": "problems",
    "agreement": "agreements",
}


class MainWindow(QMainWindow):
    """The window. Made without services it is a shell (sidebar, title, "Opening…") that paints
    at once; ``attach`` then builds the sections over the opened store."""

    first_painted = Signal()  # once, just after the window was first drawn on screen

    def __init__(
        self,
        services: Services | None = None,
        *,
        store_label: str,
        settings: QSettings | None = None,
        control: StoreControl | None = None,
        app_settings: config.Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings or QSettings()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("popdesk"))
        self.setWindowTitle(self.tr("popdesk"))
        title_font = self.ui.page_title.font()
        title_font.setPointSize(title_font.pointSize() + 5)
        title_font.setBold(True)
        self.ui.page_title.setFont(title_font)
        self.ui.sidebar.setStyleSheet(
            "QListWidget { background: #1f3b5c; color: white; padding-top: 10px; font-size: 11pt;"
            " outline: 0; }"
            "QListWidget::item { padding: 9px 12px; }"
            "QListWidget::item:selected { background: #2f5a86; color: white; }"
        )
        self.ui.sidebar.setIconSize(QSize(20, 20))
        self.ui.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for key, title, icon_name in SECTIONS:
            item = QListWidgetItem(
                icon(icon_name, "#ffffff"), self.tr(SIDEBAR_LABELS.get(key, title))
            )
            item.setToolTip(self.tr(title))
            self.ui.sidebar.addItem(item)
        from popdesk.views.elided import ElidedLabel

        self.store_label: QLabel = ElidedLabel(store_label)
        self.store_label.setAccessibleName(self.tr("Open store"))
        self.security_label: QLabel | None = None  # once a store is attached
        self.ui.status_bar.addPermanentWidget(self.store_label)
        self.ui.status_bar.messageChanged.connect(self._make_room_for_message)
        self.ui.search_edit.setMinimumWidth(200)
        self._compact: bool | None = None
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self.fit_to_screen()
        self.pages: Mapping[str, Page] = {}
        self._shown: set[str] = set()
        self._early: dict[str, Page] = {}  # pages shown before the store was attached
        self._fresh: set[str] = set()  # pages whose data was read just now: not read again
        self._painted = False
        if services is None:
            self.ui.page_title.setText(self.tr("Opening the store…"))
            self.ui.sidebar.setEnabled(False)
            self.ui.search_edit.setEnabled(False)
        else:
            self.attach(services, control=control, app_settings=app_settings)

    def attach(
        self,
        services: Services,
        *,
        control: StoreControl | None = None,
        app_settings: config.Settings | None = None,
        make_store: MakeStore | None = None,
        changes: ChangeFeed | None = None,
    ) -> None:
        """Attach the opened store and show the section last used. Each section's page is
        built the first time it is shown (or asked for), not all of them before the first.
        ``changes`` (a shared store's): the section shown follows others' changes.
        ``make_store`` makes a new store for File › New store… (none: the item is disabled)."""
        from popdesk.views.search import SearchPopup
        from popdesk.views.store_files import StoreFiles
        from popdesk.views.store_guard import StoreGuard

        self.services = services
        self.control = control
        s = services
        self.pages = _Pages(self._build_page, self._early)
        for page in self._early.values():
            self._connect_page(page)
            page.s = services  # type: ignore[attr-defined]
        self.ui.sidebar.setEnabled(True)
        self.ui.search_edit.setEnabled(True)
        self.ui.sidebar.currentRowChanged.connect(self.show_page)

        self.search_popup: SearchPopup = SearchPopup(
            self.ui.search_edit, lambda text: s.search.search(text, limit=SEARCH_LIMIT), self
        )
        self.search_popup.chosen.connect(self.open_record)

        from popdesk import config

        self.guard: StoreGuard = StoreGuard(self, s, control, app_settings or config.Settings())
        from popdesk.views.elided import ElidedLabel

        self.security_label = ElidedLabel(self.guard.status_text())
        self.security_label.setAccessibleName(self.tr("Encryption"))
        self.ui.status_bar.insertPermanentWidget(0, self.security_label)
        self.store_files = StoreFiles(
            self,
            control.path if control is not None else None,
            make_store,
            lambda key, path: self.guard.show_recovery_key(key, path.name),
        )
        self._menus()

        from popdesk.views.reminders import Reminders

        note = QLabel(self)
        note.setAccessibleName(self.tr("Today's reminders"))
        self.ui.content_layout.insertWidget(1, note)  # under the title, above the section
        self.reminders = Reminders(
            s.dashboard.reminders, s.dashboard.context.today, self.open_record, note, self
        )
        self.reminders.set_enabled((app_settings or config.Settings()).reminders)
        QTimer.singleShot(REMINDERS_AFTER_MS, self, self.reminders.check)

        self.live: LiveUpdates | None = None
        if changes is not None:
            from popdesk.views.live import LiveUpdates

            self.live = LiveUpdates(changes, self.current_key, self._follow_change, self)

        last = str(self.settings.value("window/page", "dashboard"))
        keys = list(self.pages)
        self.ui.sidebar.setCurrentRow(keys.index(last) if last in keys else 0)
        if self.ui.sidebar.currentRow() == 0 and "dashboard" not in self._shown:
            self.show_page(0)

    def _build_page(self, key: str) -> Page:
        s = self.services
        if key == "dashboard":
            from popdesk.views.pages.dashboard import DashboardView

            page: Page = DashboardView(s)
        elif key == "organisations":
            from popdesk.views.pages.organisations import OrganisationsView

            page = OrganisationsView(s.partners, s.spocs, s.engagements, s.actions, s.exports)
        elif key == "contacts":
            from popdesk.views.pages.contacts import ContactsView

            page = ContactsView(
                s.partners, s.spocs, s.engagements, s.retention, s.imports, s.contact_exports
            )
        elif key == "spocs":
            from popdesk.views.pages.spocs import SpocsView

            page = SpocsView(s.spocs, s.partners, s.staff)
        elif key == "engagements":
            from popdesk.views.pages.engagements import EngagementsView

            page = EngagementsView(s.engagements, s.actions, s.partners, s.staff, s.problems)
        elif key == "actions":
            from popdesk.views.pages.actions import ActionsView

            page = ActionsView(s.actions, s.staff)
        elif key == "groups":
            from popdesk.views.pages.groups import GroupsView

            page = GroupsView(
                s.groups, s.partners, s.staff, s.handovers, s.exports, s.contact_exports
            )
        elif key == "handovers":
            from popdesk.views.pages.handovers import HandoversView

            page = HandoversView(s.handovers, s.staff, s.checklists, s.exports)
        elif key == "problems":
            from popdesk.views.pages.problems import ProblemsView

            page = ProblemsView(s.problems, s.partners, s.staff, s.engagements, s.actions)
        elif key == "agreements":
            from popdesk.views.pages.agreements import AgreementsView

            page = AgreementsView(s.agreements, s.partners, s.staff)
        else:
            from popdesk.views.pages.stakeholders import StakeholderMapView

            page = StakeholderMapView(s.stakeholders, s.problems)
        assert page.title == TITLES[key], (page.title, TITLES[key])
        page.relax_filters()
        self.ui.pages.addWidget(page)
        self._connect_page(page)
        return page

    def _connect_page(self, page: Page) -> None:
        page.status.connect(self.say)
        page.navigate.connect(self.open_record)

    def first_section(self) -> str:
        """The section shown once the store is attached: the one last used."""
        last = str(self.settings.value("window/page", "dashboard"))
        return last if last in TITLES else "dashboard"

    def show_early_dashboard(self, board: Dashboard, then: Callable[[], None]) -> None:
        """The dashboard, filled with ``board``, before the store is attached: popdesk reads it
        while the rest of it is still loading. ``then`` runs once its lines have been painted
        (or after half a second if the window is not being drawn, minimised say); ``attach``
        keeps the page and its lines."""
        from popdesk.views.pages.dashboard import DashboardView

        page = DashboardView(None)
        self._after_paint = _AfterPaint(page.ui.attention_tree.viewport(), then)
        page.show_dashboard(board)
        self.ui.pages.addWidget(page)
        self.ui.pages.setCurrentWidget(page)
        self.ui.page_title.setText(self.tr(page.title))
        self.ui.sidebar.blockSignals(True)
        self.ui.sidebar.setCurrentRow(0)
        self.ui.sidebar.blockSignals(False)
        self._early["dashboard"] = page
        self._fresh.add("dashboard")

    # navigation ---------------------------------------------------------------------------

    def _menus(self) -> None:
        def action(
            text: str, shortcut: str | QKeySequence.StandardKey | None, slot: object, menu: object
        ) -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)  # type: ignore[arg-type]
            menu.addAction(act)  # type: ignore[attr-defined]
            return act

        bar = self.ui.menu_bar
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_store_action = action(
            self.tr("&New store…"), "Ctrl+Shift+N", self.store_files.choose_new, file_menu
        )
        self.new_store_action.setEnabled(self.store_files.make is not None)
        action(self.tr("&Open store…"), "Ctrl+O", self.store_files.choose_open, file_menu)
        file_menu.addSeparator()
        action(self.tr("&Refresh"), "F5", self.refresh, file_menu)
        action(
            self.tr("&Import contacts…"),
            "Ctrl+I",
            lambda: self.go("contacts").import_contacts(),  # type: ignore[attr-defined]
            file_menu,
        )
        action(
            self.tr("Export a &calendar…"),
            None,
            lambda: self.go("groups").export_calendar(),  # type: ignore[attr-defined]
            file_menu,
        )
        file_menu.addSeparator()
        quit_action = action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close, file_menu)
        tools = QMenu(self.tr("&Tools"), self)
        self.guard.add_actions(file_menu, tools, quit_action)
        go = bar.addMenu(self.tr("&Go"))
        for number, (key, title, _icon) in enumerate(SECTIONS, start=1):
            # Ctrl+1 … Ctrl+9, Ctrl+0; the stakeholder map, eleventh, Ctrl+Shift+M
            keys = f"Ctrl+{number % 10}" if number <= 10 else "Ctrl+Shift+M"
            action(self.tr(title), keys, lambda _=False, k=key: self.go(k), go)
        go.addSeparator()
        action(self.tr("&Search everything"), "Ctrl+K", self.focus_search, go)
        record = bar.addMenu(self.tr("&Record"))
        action(
            self.tr("&New in this section"),
            "Ctrl+N",
            lambda: self.current_page().new_record(),
            record,
        )
        action(self.tr("&Log engagement…"), "Ctrl+L", self.log_engagement, record)
        action(self.tr("&Assign SPOC…"), "Ctrl+Shift+S", self.assign_spoc, record)
        bar.addMenu(tools)
        help_menu = bar.addMenu(self.tr("&Help"))
        action(self.tr("&Where is my data?"), None, self.where_is_my_data, help_menu)
        action(self.tr("&About popdesk"), None, self.about, help_menu)

    def current_page(self) -> Page:
        from popdesk.views.pages.base import Page  # loaded with the pages, after the first paint

        page = self.ui.pages.currentWidget()
        assert isinstance(page, Page)
        return page

    def show_page(self, row: int) -> None:
        if row < 0:
            return
        key = list(self.pages)[row]
        page = self.pages[key]
        self.ui.pages.setCurrentWidget(page)
        self.ui.page_title.setText(self.tr(page.title))
        self.settings.setValue("window/page", key)
        if key in self._fresh:  # shown just now with data read just now
            self._fresh.discard(key)
            self._shown.add(key)
            return
        try:
            page.refresh()
        except Exception:  # shown by the error dialog, and the window stays usable
            log.exception("Refreshing %s failed", key)
            raise
        self._shown.add(key)

    def go(self, key: str) -> Page:
        row = list(self.pages).index(key)
        if self.ui.sidebar.currentRow() != row:
            self.ui.sidebar.setCurrentRow(row)
        else:
            self.show_page(row)  # already there: show it afresh
        return self.pages[key]

    def refresh(self) -> None:
        self.current_page().refresh()
        self.say(self.tr("Refreshed"))

    def current_key(self) -> str | None:
        row = self.ui.sidebar.currentRow()
        keys = list(getattr(self, "pages", {}))
        return keys[row] if 0 <= row < len(keys) else None

    def _follow_change(self, key: str) -> None:
        """A colleague changed what the section shown lists: read it again, quietly; a
        failure (the server gone for a moment) waits for the next change or F5."""
        try:
            self.pages[key].refresh()
        except PopdeskError as exc:
            log.info("following a change to %s failed: %s", key, exc)

    def open_record(self, kind: str, record_id: uuid.UUID) -> None:
        page_key = OPENS_ON.get(kind)
        if page_key is None:  # staff members have no section of their own
            self.say(
                self.tr("Staff members are chosen in the records they hold; search found one.")
            )
            return
        page = self.go(page_key)
        if kind == "meeting":
            from popdesk.views.pages.groups import GroupsView

            assert isinstance(page, GroupsView)
            page.open_meeting(self.services.groups.get_meeting(record_id))
        else:
            page.open_record(record_id)

    def focus_search(self) -> None:
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def log_engagement(self) -> None:
        self.go("engagements").new_record()

    def assign_spoc(self) -> None:
        self.go("spocs").new_record()

    def say(self, message: str) -> None:
        self.ui.status_bar.showMessage(message, 6000)

    def _make_room_for_message(self, message: str) -> None:
        """A message in the status bar is read whole ("Backed up to …" and its whole path):
        while it shows, the labels beside it (the store, its encryption) give up the room it
        needs, their middles left out and their whole texts in their tooltips. The message
        is the status bar's tooltip too, for one longer than the window."""
        bar = self.ui.status_bar
        bar.setToolTip(message)
        labels = [
            label
            for label in (self.security_label, self.store_label)
            if label is not None and not label.isHidden()
        ]
        if not message:
            for label in labels:
                label.setMaximumWidth(QWIDGETSIZE_MAX)
            return
        grip = 24  # the size grip in the corner, and the bar's margins
        spacing = bar.layout().spacing() if bar.layout() is not None else 6
        needed = bar.fontMetrics().horizontalAdvance(message) + MESSAGE_MARGINS
        room = bar.width() - grip - needed - spacing * (len(labels) + 1)
        wanted = sum(label.sizeHint().width() for label in labels)
        for label in labels:
            share = label.sizeHint().width() * room // wanted if wanted > room else QWIDGETSIZE_MAX
            label.setMaximumWidth(max(label.minimumSizeHint().width(), share))

    def where_is_my_data(self) -> None:
        text = self.store_label.text()
        if self.control is not None:
            text += "\n\n" + self.tr(
                "Encrypted with SQLCipher (AES-256). {0}.\nBackups: {1}"
            ).format(key_words(self.control.key_place()), self.control.backup_folder)
        QMessageBox.information(self, self.tr("Where is my data?"), text)

    def app_windows(self) -> list[QWidget]:
        """The dialogs and other windows open over this one: what the lock must cover."""
        return [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.isWindow() and w not in (self, self.search_popup)
        ]

    def about(self) -> None:
        from popdesk import __version__

        QMessageBox.about(
            self,
            self.tr("About popdesk"),
            self.tr(
                "<b>popdesk {0}</b><br>Partnership working for neighbourhood policing teams, "
                "after the College of Policing guidance <i>Engaging with partners</i>."
            ).format(__version__),
        )

    def fit_to_screen(self) -> None:
        """Open within the screen's available area (a 1,024-pixel laptop screen, a panel at
        the bottom), whatever size was remembered from a larger screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()  # title bar and borders
        if frame.isEmpty():  # not shown yet, so no frame to measure: room for one is kept
            frame = QSize(*FRAME_GUESS)
        width = min(self.width(), room.width() - frame.width())
        height = min(self.height(), room.height() - frame.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        x = min(max(self.x(), room.x()), room.right() - (width + frame.width()) + 1)
        y = min(max(self.y(), room.y()), room.bottom() - (height + frame.height()) + 1)
        if (x, y) != (self.x(), self.y()):
            self.move(x, y)
        self._fit_sidebar()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_sidebar()
        self._make_room_for_message(self.ui.status_bar.currentMessage())

    def _fit_sidebar(self) -> None:
        """Below COMPACT_WIDTH the sidebar shows icons only (names in tooltips), leaving the
        width to the section."""
        compact = self.width() < COMPACT_WIDTH
        if compact == self._compact:
            return
        self._compact = compact
        sidebar = self.ui.sidebar
        for row, (key, title, _) in enumerate(SECTIONS):
            item = sidebar.item(row)
            if item is not None:
                item.setText("" if compact else self.tr(SIDEBAR_LABELS.get(key, title)))
        if compact:
            sidebar.setMinimumWidth(52)
            sidebar.setMaximumWidth(52)
        else:
            sidebar.setMinimumWidth(200)
            sidebar.setMaximumWidth(220)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    def closeEvent(self, event: QCloseEvent) -> None:
        if getattr(self, "live", None) is not None:
            self.live.stop()  # type: ignore[union-attr]
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)


class _AfterPaint(QObject):
    """Runs ``then`` once, on the turn of the event loop after ``widget`` was next painted, or
    after ``wait_ms`` if no paint comes."""

    def __init__(self, widget: QWidget, then: Callable[[], None], wait_ms: int = 500) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(wait_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


def install_error_dialog(log_file: Path) -> None:
    """An uncaught error is logged and shown, never a silent exit."""

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("Uncaught error", exc_info=(kind, error, tb))
        import traceback

        from popdesk.views.dialogs.error_dialog import ErrorDialog

        details = "".join(traceback.format_exception(kind, error, tb))
        ErrorDialog(
            str(error) or kind.__name__, details, log_file, QApplication.activeWindow()
        ).exec()

    sys.excepthook = handle
