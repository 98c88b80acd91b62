"""Settings: when popdesk locks itself, the key, where backups go and how many are kept, the
marking each kind of document is exported with, the contacts' review period and the language."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QWidget

from popdesk import config
from popdesk.domain.enums import Marking
from popdesk.services.store_control import StoreControl
from popdesk.views.editing import keep_within_screen
from popdesk.views.forms.ui_settings_dialog import Ui_SettingsDialog
from popdesk.views.i18n import LANGUAGE_KEY, key_words, label_of
from popdesk.views.widgets import choose, fill_combo, show_error

# config.LANGUAGES names the languages in their own words, except this one
AS_THIS_COMPUTER = QT_TRANSLATE_NOOP("SettingsDialog", "As this computer")


class SettingsDialog(QDialog):
    change_passphrase = Signal()
    renew_recovery_key = Signal()

    def __init__(
        self,
        settings: config.Settings,
        control: StoreControl | None,
        parent: QWidget | None = None,
        *,
        staff: Sequence[tuple[str, uuid.UUID]] = (),
        user: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self.original = settings
        self.saved: config.Settings | None = None
        self.control = control
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        keep_within_screen(self)  # a 1,024×768 laptop
        self.setWindowTitle(self.tr("Settings"))
        self.ui.idle_spin.setValue(settings.idle_lock_minutes)
        self.ui.kept_spin.setValue(settings.backups_kept)
        self.ui.folder_edit.setText(settings.backup_folder or "")
        for combo, marking in self._marking_combos(settings).items():
            fill_combo(combo, [(label_of(m), m) for m in Marking])
            choose(combo, Marking.parse(marking))
        self.ui.review_spin.setValue(settings.contact_review_months)
        fill_combo(
            self.ui.language_combo,
            [
                (self.tr(name) if code == "" else name, code)
                for code, name in config.LANGUAGES.items()
            ],
        )
        choose(self.ui.language_combo, settings.language)
        fill_combo(
            self.ui.user_combo,
            staff,
            first=(self.tr("Nobody chosen: this computer's login"), None),
            keep=user,
        )
        self.ui.user_combo.setEnabled(control is not None and bool(staff))
        self.ui.reminders_check.setChecked(settings.reminders)
        if control is not None:
            self.ui.folder_edit.setPlaceholderText(str(control.backup_folder))
            self.ui.key_label.setText(
                key_words(control.key_place())
                + ("" if control.has_passphrase else self.tr(". No passphrase is set yet."))
            )
            if not control.has_passphrase:
                self.ui.passphrase_button.setText(self.tr("Set a &passphrase…"))
        else:
            self.ui.key_label.setText(self.tr("No store is open."))
            self.ui.passphrase_button.setEnabled(False)
            self.ui.recovery_button.setEnabled(False)
        self.ui.backup_info_label.setText(
            self.tr(
                "A backup is taken when popdesk closes after a change, and before every upgrade. "
                "Backups are encrypted like the store; each has its key file beside it."
            )
        )
        self.ui.error_label.setStyleSheet("color: #b3261e;")
        show_error(self.ui.error_label, None)
        self.ui.browse_button.clicked.connect(self._browse)
        self.ui.passphrase_button.clicked.connect(self.change_passphrase)
        self.ui.recovery_button.clicked.connect(self.renew_recovery_key)
        self.ui.button_box.accepted.connect(self._save)
        self.ui.button_box.rejected.connect(self.reject)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.ui.folder_edit.text() or str(Path.home())
        )
        if chosen:
            self.ui.folder_edit.setText(chosen)

    def _marking_combos(self, settings: config.Settings) -> dict[QComboBox, str]:
        markings = settings.markings()
        return {
            self.ui.handover_pack_combo: markings["handover-pack"],
            self.ui.meeting_brief_combo: markings["meeting-brief"],
            self.ui.partner_directory_combo: markings["partner-directory"],
        }

    def chosen_user(self) -> uuid.UUID | None:
        value = self.ui.user_combo.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def values(self) -> config.Settings:
        folder = self.ui.folder_edit.text().strip() or None
        return replace(
            self.original,
            idle_lock_minutes=self.ui.idle_spin.value(),
            backups_kept=self.ui.kept_spin.value(),
            backup_folder=folder,
            handover_pack_marking=Marking.parse(self.ui.handover_pack_combo.currentData()).value,
            meeting_brief_marking=Marking.parse(self.ui.meeting_brief_combo.currentData()).value,
            partner_directory_marking=Marking.parse(
                self.ui.partner_directory_combo.currentData()
            ).value,
            contact_review_months=self.ui.review_spin.value(),
            language=self.ui.language_combo.currentData(),
            reminders=self.ui.reminders_check.isChecked(),
        )

    def _save(self) -> None:
        chosen = self.values()
        if chosen.backup_folder and not Path(chosen.backup_folder).expanduser().is_absolute():
            show_error(self.ui.error_label, self.tr("Give the backup folder as a full path."))
            return
        try:
            config.save_settings(chosen)
        except (OSError, ValueError) as exc:
            show_error(self.ui.error_label, str(exc))
            return
        QSettings().setValue(LANGUAGE_KEY, chosen.language)  # read first thing at start-up
        if chosen.markings() != self.original.markings():
            # the export dialogs' remembered choices give way to the new defaults
            QSettings().remove("export/marking")
        self.saved = chosen
        self.accept()
