# Generated from ui/settings_dialog.ui by tools/build_forms.py: do not edit.
# source-sha256: 1ca865ba967cdff7d7fa630ae7513efae28d10e292b3eae273f6ead36553e89e
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(640, 640)
        self.dialog_layout = QVBoxLayout(SettingsDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.security_group = QGroupBox(SettingsDialog)
        self.security_group.setObjectName(u"security_group")
        self.security_layout = QGridLayout(self.security_group)
        self.security_layout.setSpacing(6)
        self.security_layout.setObjectName(u"security_layout")
        self.idle_spin_label = QLabel(self.security_group)
        self.idle_spin_label.setObjectName(u"idle_spin_label")

        self.security_layout.addWidget(self.idle_spin_label, 0, 0, 1, 1)

        self.idle_spin = QSpinBox(self.security_group)
        self.idle_spin.setObjectName(u"idle_spin")
        self.idle_spin.setMinimum(1)
        self.idle_spin.setMaximum(240)

        self.security_layout.addWidget(self.idle_spin, 0, 1, 1, 1)

        self.key_label_label = QLabel(self.security_group)
        self.key_label_label.setObjectName(u"key_label_label")

        self.security_layout.addWidget(self.key_label_label, 1, 0, 1, 1)

        self.key_label = QLabel(self.security_group)
        self.key_label.setObjectName(u"key_label")
        self.key_label.setWordWrap(True)

        self.security_layout.addWidget(self.key_label, 1, 1, 1, 1)

        self.key_buttons = QHBoxLayout()
        self.key_buttons.setSpacing(6)
        self.key_buttons.setObjectName(u"key_buttons")
        self.passphrase_button = QPushButton(self.security_group)
        self.passphrase_button.setObjectName(u"passphrase_button")

        self.key_buttons.addWidget(self.passphrase_button)

        self.recovery_button = QPushButton(self.security_group)
        self.recovery_button.setObjectName(u"recovery_button")

        self.key_buttons.addWidget(self.recovery_button)

        self.key_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.key_buttons.addItem(self.key_spacer)


        self.security_layout.addLayout(self.key_buttons, 2, 1, 1, 1)


        self.dialog_layout.addWidget(self.security_group)

        self.backup_group = QGroupBox(SettingsDialog)
        self.backup_group.setObjectName(u"backup_group")
        self.backup_layout = QGridLayout(self.backup_group)
        self.backup_layout.setSpacing(6)
        self.backup_layout.setObjectName(u"backup_layout")
        self.folder_edit_label = QLabel(self.backup_group)
        self.folder_edit_label.setObjectName(u"folder_edit_label")

        self.backup_layout.addWidget(self.folder_edit_label, 0, 0, 1, 1)

        self.folder_row = QHBoxLayout()
        self.folder_row.setSpacing(6)
        self.folder_row.setObjectName(u"folder_row")
        self.folder_edit = QLineEdit(self.backup_group)
        self.folder_edit.setObjectName(u"folder_edit")

        self.folder_row.addWidget(self.folder_edit)

        self.browse_button = QPushButton(self.backup_group)
        self.browse_button.setObjectName(u"browse_button")

        self.folder_row.addWidget(self.browse_button)


        self.backup_layout.addLayout(self.folder_row, 0, 1, 1, 1)

        self.kept_spin_label = QLabel(self.backup_group)
        self.kept_spin_label.setObjectName(u"kept_spin_label")

        self.backup_layout.addWidget(self.kept_spin_label, 1, 0, 1, 1)

        self.kept_spin = QSpinBox(self.backup_group)
        self.kept_spin.setObjectName(u"kept_spin")
        self.kept_spin.setMinimum(1)
        self.kept_spin.setMaximum(100)

        self.backup_layout.addWidget(self.kept_spin, 1, 1, 1, 1)

        self.backup_info_label = QLabel(self.backup_group)
        self.backup_info_label.setObjectName(u"backup_info_label")
        self.backup_info_label.setWordWrap(True)

        self.backup_layout.addWidget(self.backup_info_label, 2, 1, 1, 1)


        self.dialog_layout.addWidget(self.backup_group)

        self.documents_group = QGroupBox(SettingsDialog)
        self.documents_group.setObjectName(u"documents_group")
        self.documents_layout = QGridLayout(self.documents_group)
        self.documents_layout.setSpacing(6)
        self.documents_layout.setObjectName(u"documents_layout")
        self.handover_pack_combo_label = QLabel(self.documents_group)
        self.handover_pack_combo_label.setObjectName(u"handover_pack_combo_label")

        self.documents_layout.addWidget(self.handover_pack_combo_label, 0, 0, 1, 1)

        self.handover_pack_combo = QComboBox(self.documents_group)
        self.handover_pack_combo.setObjectName(u"handover_pack_combo")

        self.documents_layout.addWidget(self.handover_pack_combo, 0, 1, 1, 1)

        self.meeting_brief_combo_label = QLabel(self.documents_group)
        self.meeting_brief_combo_label.setObjectName(u"meeting_brief_combo_label")

        self.documents_layout.addWidget(self.meeting_brief_combo_label, 1, 0, 1, 1)

        self.meeting_brief_combo = QComboBox(self.documents_group)
        self.meeting_brief_combo.setObjectName(u"meeting_brief_combo")

        self.documents_layout.addWidget(self.meeting_brief_combo, 1, 1, 1, 1)

        self.partner_directory_combo_label = QLabel(self.documents_group)
        self.partner_directory_combo_label.setObjectName(u"partner_directory_combo_label")

        self.documents_layout.addWidget(self.partner_directory_combo_label, 2, 0, 1, 1)

        self.partner_directory_combo = QComboBox(self.documents_group)
        self.partner_directory_combo.setObjectName(u"partner_directory_combo")

        self.documents_layout.addWidget(self.partner_directory_combo, 2, 1, 1, 1)

        self.documents_info_label = QLabel(self.documents_group)
        self.documents_info_label.setObjectName(u"documents_info_label")
        self.documents_info_label.setWordWrap(True)

        self.documents_layout.addWidget(self.documents_info_label, 3, 1, 1, 1)

        self.documents_layout.setColumnStretch(1, 1)

        self.dialog_layout.addWidget(self.documents_group)

        self.people_group = QGroupBox(SettingsDialog)
        self.people_group.setObjectName(u"people_group")
        self.people_layout = QGridLayout(self.people_group)
        self.people_layout.setSpacing(6)
        self.people_layout.setObjectName(u"people_layout")
        self.review_spin_label = QLabel(self.people_group)
        self.review_spin_label.setObjectName(u"review_spin_label")

        self.people_layout.addWidget(self.review_spin_label, 0, 0, 1, 1)

        self.review_spin = QSpinBox(self.people_group)
        self.review_spin.setObjectName(u"review_spin")
        self.review_spin.setMinimum(1)
        self.review_spin.setMaximum(60)

        self.people_layout.addWidget(self.review_spin, 0, 1, 1, 1)

        self.language_combo_label = QLabel(self.people_group)
        self.language_combo_label.setObjectName(u"language_combo_label")

        self.people_layout.addWidget(self.language_combo_label, 1, 0, 1, 1)

        self.language_combo = QComboBox(self.people_group)
        self.language_combo.setObjectName(u"language_combo")

        self.people_layout.addWidget(self.language_combo, 1, 1, 1, 1)

        self.language_info_label = QLabel(self.people_group)
        self.language_info_label.setObjectName(u"language_info_label")
        self.language_info_label.setWordWrap(True)

        self.people_layout.addWidget(self.language_info_label, 2, 1, 1, 1)

        self.reminders_check = QCheckBox(self.people_group)
        self.reminders_check.setObjectName(u"reminders_check")

        self.people_layout.addWidget(self.reminders_check, 4, 1, 1, 1)

        self.user_combo_label = QLabel(self.people_group)
        self.user_combo_label.setObjectName(u"user_combo_label")

        self.people_layout.addWidget(self.user_combo_label, 3, 0, 1, 1)

        self.user_combo = QComboBox(self.people_group)
        self.user_combo.setObjectName(u"user_combo")

        self.people_layout.addWidget(self.user_combo, 3, 1, 1, 1)

        self.people_layout.setColumnStretch(1, 1)

        self.dialog_layout.addWidget(self.people_group)

        self.error_label = QLabel(SettingsDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.dialog_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(SettingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.idle_spin_label.setBuddy(self.idle_spin)
        self.folder_edit_label.setBuddy(self.folder_edit)
        self.kept_spin_label.setBuddy(self.kept_spin)
        self.handover_pack_combo_label.setBuddy(self.handover_pack_combo)
        self.meeting_brief_combo_label.setBuddy(self.meeting_brief_combo)
        self.partner_directory_combo_label.setBuddy(self.partner_directory_combo)
        self.review_spin_label.setBuddy(self.review_spin)
        self.language_combo_label.setBuddy(self.language_combo)
        self.user_combo_label.setBuddy(self.user_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.security_group.setTitle(QCoreApplication.translate("SettingsDialog", u"Security", None))
        self.idle_spin_label.setText(QCoreApplication.translate("SettingsDialog", u"&Lock after", None))
        self.idle_spin.setSuffix(QCoreApplication.translate("SettingsDialog", u" minutes idle", None))
#if QT_CONFIG(accessibility)
        self.idle_spin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Lock after minutes idle", None))
#endif // QT_CONFIG(accessibility)
        self.key_label_label.setText(QCoreApplication.translate("SettingsDialog", u"Key", None))
        self.key_label.setText("")
#if QT_CONFIG(accessibility)
        self.key_label.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Where the key is kept", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_button.setText(QCoreApplication.translate("SettingsDialog", u"Change &passphrase\u2026", None))
        self.recovery_button.setText(QCoreApplication.translate("SettingsDialog", u"New &recovery key\u2026", None))
        self.backup_group.setTitle(QCoreApplication.translate("SettingsDialog", u"Backups", None))
        self.folder_edit_label.setText(QCoreApplication.translate("SettingsDialog", u"&Folder", None))
#if QT_CONFIG(accessibility)
        self.folder_edit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Backup folder", None))
#endif // QT_CONFIG(accessibility)
        self.browse_button.setText(QCoreApplication.translate("SettingsDialog", u"&Browse\u2026", None))
        self.kept_spin_label.setText(QCoreApplication.translate("SettingsDialog", u"&Keep", None))
        self.kept_spin.setSuffix(QCoreApplication.translate("SettingsDialog", u" backups", None))
#if QT_CONFIG(accessibility)
        self.kept_spin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Backups kept", None))
#endif // QT_CONFIG(accessibility)
        self.backup_info_label.setText("")
        self.documents_group.setTitle(QCoreApplication.translate("SettingsDialog", u"Markings of exported documents", None))
        self.handover_pack_combo_label.setText(QCoreApplication.translate("SettingsDialog", u"&Handover packs", None))
#if QT_CONFIG(accessibility)
        self.handover_pack_combo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Marking of handover packs", None))
#endif // QT_CONFIG(accessibility)
        self.meeting_brief_combo_label.setText(QCoreApplication.translate("SettingsDialog", u"&Meeting briefs", None))
#if QT_CONFIG(accessibility)
        self.meeting_brief_combo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Marking of meeting briefs", None))
#endif // QT_CONFIG(accessibility)
        self.partner_directory_combo_label.setText(QCoreApplication.translate("SettingsDialog", u"Partner &directories", None))
#if QT_CONFIG(accessibility)
        self.partner_directory_combo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Marking of partner directories", None))
#endif // QT_CONFIG(accessibility)
        self.documents_info_label.setText(QCoreApplication.translate("SettingsDialog", u"Each export can still be given another marking before it is written.", None))
        self.people_group.setTitle(QCoreApplication.translate("SettingsDialog", u"Contacts, language and you", None))
        self.review_spin_label.setText(QCoreApplication.translate("SettingsDialog", u"&Review contacts' details every", None))
        self.review_spin.setSuffix(QCoreApplication.translate("SettingsDialog", u" months", None))
#if QT_CONFIG(accessibility)
        self.review_spin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Data-protection review period in months", None))
#endif // QT_CONFIG(accessibility)
        self.language_combo_label.setText(QCoreApplication.translate("SettingsDialog", u"L&anguage", None))
#if QT_CONFIG(accessibility)
        self.language_combo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Language of popdesk", None))
#endif // QT_CONFIG(accessibility)
        self.language_info_label.setText(QCoreApplication.translate("SettingsDialog", u"A new language is used from the next time popdesk starts.", None))
        self.reminders_check.setText(QCoreApplication.translate("SettingsDialog", u"Re&mind me at start and each day of what is due", None))
#if QT_CONFIG(tooltip)
        self.reminders_check.setToolTip(QCoreApplication.translate("SettingsDialog", u"Actions due or overdue, meetings tomorrow, SPOC and contact reviews due: a desktop notification, or a note at the top of the window", None))
#endif // QT_CONFIG(tooltip)
        self.user_combo_label.setText(QCoreApplication.translate("SettingsDialog", u"&Who is using popdesk", None))
#if QT_CONFIG(accessibility)
        self.user_combo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Staff member using popdesk with this store", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.user_combo.setToolTip(QCoreApplication.translate("SettingsDialog", u"Named on the items you tick, the sign-offs you record, the audit log and the documents you export", None))
#endif // QT_CONFIG(tooltip)
        self.error_label.setText("")
    # retranslateUi

