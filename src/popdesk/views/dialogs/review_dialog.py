"""Data-protection review: contacts past their review date, each kept, updated or erased."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QProgressDialog, QWidget

from popdesk.domain.dto import ContactDTO, Mention
from popdesk.errors import PopdeskError
from popdesk.services.partners import PartnerService
from popdesk.services.retention import ERASED_NAME, RetentionService
from popdesk.views.detail import when
from popdesk.views.editing import keep_within_screen
from popdesk.views.forms.ui_review_dialog import Ui_ReviewDialog
from popdesk.views.i18n import error_text, label_of
from popdesk.views.models import Column, PagedTableModel
from popdesk.views.widgets import confirm
from popdesk.views.workers import run_in_background


class ReviewDialog(QDialog):
    changed = Signal()

    def __init__(
        self,
        retention: RetentionService,
        partners: PartnerService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.retention = retention
        self.partners = partners
        self.ui = Ui_ReviewDialog()
        self.ui.setupUi(self)
        keep_within_screen(self)  # a 1,024×768 laptop
        self.setWindowTitle(self.tr("Data-protection review"))
        self.ui.intro_label.setText(
            self.tr(
                "Partner contacts are personal data. Each is reviewed once its review date has "
                "passed: <b>Keep</b> if the contact is still needed (review again in a year), "
                "<b>Update</b> their details, or <b>Erase</b> them if they are no longer needed "
                "or have asked to be erased."
            )
        )
        self.model: PagedTableModel[ContactDTO] = PagedTableModel(
            [
                Column(self.tr("Name"), lambda c: c.name),
                Column(
                    self.tr("Organisation"), lambda c: c.organisation.name if c.organisation else ""
                ),
                Column(self.tr("Job title"), lambda c: c.job_title or ""),
                Column(
                    self.tr("Review due"),
                    lambda c: when(c.review_due),
                ),
                Column(self.tr("Lawful basis"), lambda c: label_of(c.lawful_basis)),
            ],
            self._fetch,
            flag=lambda c: "overdue" if c.review_due and c.review_due < self.today else None,
            parent=self,
        )
        self.today = retention.context.today()
        table = self.ui.table
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in {0: 200, 1: 220, 3: 110, 4: 150}.items():
            table.setColumnWidth(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().currentRowChanged.connect(self._update_buttons)
        table.doubleClicked.connect(lambda _index: self.edit())
        self.ui.all_check.toggled.connect(lambda _on: self.reload())
        self.ui.keep_button.clicked.connect(lambda: self.keep())
        self.ui.edit_button.clicked.connect(lambda: self.edit())
        self.ui.erase_button.clicked.connect(lambda: self.erase())
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.status_label.setVisible(False)
        self.reload()

    def say(self, message: str) -> None:
        """What was just done, said under the list (the window's title stays as it is)."""
        self.ui.status_label.setText(message)
        self.ui.status_label.setAccessibleDescription(message)
        self.ui.status_label.setVisible(bool(message))

    def _fetch(self, offset: int, limit: int) -> list[ContactDTO]:
        if self.ui.all_check.isChecked():
            return self.partners.list_contacts(active=True, offset=offset, limit=limit)
        due = self.retention.review_queue()
        return due[offset : offset + limit]

    def reload(self) -> None:
        self.model.reload()
        empty = self.model.rowCount() == 0
        self.ui.table.setVisible(not empty)
        self.ui.empty_label.setVisible(empty)
        self.ui.empty_label.setText(
            self.tr("No contact is due a review. popdesk lists them here when their date comes.")
        )
        if not empty:
            self.ui.table.selectRow(0)
        self._update_buttons()

    def current(self) -> ContactDTO | None:
        index: QModelIndex = self.ui.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _update_buttons(self, *_: object) -> None:
        chosen = self.current() is not None
        for button in (self.ui.keep_button, self.ui.edit_button, self.ui.erase_button):
            button.setEnabled(chosen)

    def keep(self) -> None:
        contact = self.current()
        if contact is None:
            return
        kept = self.retention.keep(contact.id)
        self.reload()
        self.changed.emit()
        self.say(
            self.tr("Kept {0}: their review is due again on {1}.").format(
                contact.name, when(kept.review_due)
            )
        )

    def edit(self) -> None:
        contact = self.current()
        if contact is None:
            return
        from popdesk.views.dialogs.contact_dialog import ContactDialog

        dialog = ContactDialog(self.partners, contact, parent=self)
        dialog.saved.connect(lambda _c: (self.reload(), self.changed.emit()))
        dialog.open()

    def erase(self) -> None:
        contact = self.current()
        if contact is None:
            return

        def done() -> None:
            self.reload()
            self.changed.emit()
            self.say(self.tr("A contact was erased: their name is replaced wherever it appeared."))

        erase_contact(self, self.retention, contact, done, self.confirm)

    def confirm(self, title: str, question: str, yes: str) -> bool:
        return confirm(self, title, question, yes, destructive=True)


def erase_contact(
    parent: QWidget,
    retention: RetentionService,
    contact: ContactDTO,
    done: Callable[[], None],
    confirm: Callable[[str, str, str], bool],
) -> None:
    """Ask first (``confirm(title, question, yes)``), then erase off the GUI thread: the store
    is rewritten afterwards, which takes a moment on a large one."""
    tr = parent.tr
    if contact.name == ERASED_NAME:
        QMessageBox.information(parent, tr("Already erased"), tr("This contact has been erased."))
        return
    question = tr(
        "{0}'s name, numbers, addresses, notes and ratings are removed from the store, "
        'and replaced with "Erased contact" wherever they appear, engagement notes '
        "included. This cannot be undone.\n\nBackups made before now still hold them "
        "until they are rotated out."
    ).format(contact.name)
    parent.setEnabled(False)  # while the store's free text is searched for the name alone

    def looked(mentions: list[Mention]) -> None:
        # The window stays disabled until the erasure is over or called off (the questions
        # are windows of their own, and answer meanwhile).
        chosen: list[tuple[str, object, str]] = []
        if mentions:
            dialog = MentionsDialog(contact.name, question, mentions, parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                parent.setEnabled(True)
                return
            chosen = dialog.chosen()
        elif not confirm(tr("Erase {0}?").format(contact.name), question, tr("Erase")):
            parent.setEnabled(True)
            return
        _erase(parent, retention, contact, chosen, done)

    def refused(error: BaseException) -> None:  # still a SPOC: said before asking anything
        parent.setEnabled(True)
        if not isinstance(error, PopdeskError):
            raise error
        QMessageBox.warning(parent, tr("Not erased"), error_text(error))

    run_in_background(lambda: retention.mentions(contact.id), looked, refused, owner=parent)


def _erase(
    parent: QWidget,
    retention: RetentionService,
    contact: ContactDTO,
    chosen: list[tuple[str, object, str]],
    done: Callable[[], None],
) -> None:
    """Erase off the GUI thread, the window held still meanwhile."""
    tr = parent.tr
    progress = QProgressDialog(tr("Erasing and compacting the store…"), "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    parent.setEnabled(False)

    def finished(_result: object) -> None:
        progress.close()
        parent.setEnabled(True)
        done()

    def failed(error: BaseException) -> None:
        progress.close()
        parent.setEnabled(True)
        if not isinstance(error, PopdeskError):
            raise error
        QMessageBox.warning(parent, tr("Not erased"), error_text(error))

    run_in_background(
        lambda: retention.erase(contact.id, redact=chosen),  # type: ignore[arg-type]
        finished,
        failed,
        owner=parent,
    )


class MentionsDialog(QDialog):
    """Before erasing: the records whose free text names the person by a forename or surname
    alone, each to tick for redaction too. Erasing replaces the full name everywhere anyway."""

    def __init__(
        self, name: str, question: str, mentions: list[Mention], parent: QWidget | None = None
    ) -> None:
        from PySide6.QtWidgets import (
            QDialogButtonBox,
            QLabel,
            QListWidget,
            QListWidgetItem,
            QPushButton,
            QVBoxLayout,
        )

        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase {0}?").format(name))
        self.mentions = mentions
        layout = QVBoxLayout(self)
        intro = QLabel(question)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        said = QLabel(
            self.tr(
                "Their forename or surname also stands alone in {0} other places. Tick those "
                "that are about them, to replace it there too:"
            ).format(len(mentions))
        )
        said.setWordWrap(True)
        layout.addWidget(said)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Mentions of a name alone"))
        for mention in mentions:
            item = QListWidgetItem(f"{label_of_kind(mention.kind)}: …{mention.excerpt}…")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(mention.excerpt)
            self.list.addItem(item)
        layout.addWidget(self.list)
        all_button = QPushButton(self.tr("Tick &all"))
        all_button.clicked.connect(self.tick_all)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        erase = buttons.addButton(self.tr("&Erase"), QDialogButtonBox.ButtonRole.AcceptRole)
        erase.setObjectName("erase_button")
        buttons.addButton(all_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def tick_all(self) -> None:
        for row in range(self.list.count()):
            self.list.item(row).setCheckState(Qt.CheckState.Checked)

    def chosen(self) -> list[tuple[str, object, str]]:
        return [
            (m.table, m.record_id, m.field)
            for row, m in enumerate(self.mentions)
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]


def label_of_kind(kind: str) -> str:
    """A record's kind as people say it, in the interface's language."""
    from PySide6.QtCore import QCoreApplication

    words = {
        "engagement": QCoreApplication.translate("Kinds", "Engagement"),
        "meeting": QCoreApplication.translate("Kinds", "Meeting"),
        "problem": QCoreApplication.translate("Kinds", "Problem"),
        "action": QCoreApplication.translate("Kinds", "Action"),
        "contact": QCoreApplication.translate("Kinds", "Contact"),
        "organisation": QCoreApplication.translate("Kinds", "Organisation"),
        "handover": QCoreApplication.translate("Kinds", "Handover"),
        "handover item": QCoreApplication.translate("Kinds", "Handover item"),
    }
    return words.get(kind, kind.capitalize())
