# Generated from ui/audit_dialog.ui by tools/build_forms.py: do not edit.
# source-sha256: 02ace4a884e6ff3b18bda51535ed6b0732da9520f97fa6f559019237f6a79929
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_AuditDialog(object):
    def setupUi(self, AuditDialog):
        if not AuditDialog.objectName():
            AuditDialog.setObjectName(u"AuditDialog")
        AuditDialog.resize(1120, 640)
        self.dialog_layout = QVBoxLayout(AuditDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.filter_row = QHBoxLayout()
        self.filter_row.setSpacing(6)
        self.filter_row.setObjectName(u"filter_row")
        self.actor_combo_label = QLabel(AuditDialog)
        self.actor_combo_label.setObjectName(u"actor_combo_label")

        self.filter_row.addWidget(self.actor_combo_label)

        self.actor_combo = QComboBox(AuditDialog)
        self.actor_combo.setObjectName(u"actor_combo")

        self.filter_row.addWidget(self.actor_combo)

        self.action_combo_label = QLabel(AuditDialog)
        self.action_combo_label.setObjectName(u"action_combo_label")

        self.filter_row.addWidget(self.action_combo_label)

        self.action_combo = QComboBox(AuditDialog)
        self.action_combo.setObjectName(u"action_combo")

        self.filter_row.addWidget(self.action_combo)

        self.since_edit_label = QLabel(AuditDialog)
        self.since_edit_label.setObjectName(u"since_edit_label")

        self.filter_row.addWidget(self.since_edit_label)

        self.since_edit = QDateEdit(AuditDialog)
        self.since_edit.setObjectName(u"since_edit")
        self.since_edit.setCalendarPopup(True)

        self.filter_row.addWidget(self.since_edit)

        self.until_edit_label = QLabel(AuditDialog)
        self.until_edit_label.setObjectName(u"until_edit_label")

        self.filter_row.addWidget(self.until_edit_label)

        self.until_edit = QDateEdit(AuditDialog)
        self.until_edit.setObjectName(u"until_edit")
        self.until_edit.setCalendarPopup(True)

        self.filter_row.addWidget(self.until_edit)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_row.addItem(self.filter_spacer)


        self.dialog_layout.addLayout(self.filter_row)

        self.table = QTableView(AuditDialog)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.dialog_layout.addWidget(self.table)

        self.count_label = QLabel(AuditDialog)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.count_label)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.export_button = QPushButton(AuditDialog)
        self.export_button.setObjectName(u"export_button")

        self.button_row.addWidget(self.export_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.button_box = QDialogButtonBox(AuditDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.button_row.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.actor_combo_label.setBuddy(self.actor_combo)
        self.action_combo_label.setBuddy(self.action_combo)
        self.since_edit_label.setBuddy(self.since_edit)
        self.until_edit_label.setBuddy(self.until_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AuditDialog)

        QMetaObject.connectSlotsByName(AuditDialog)
    # setupUi

    def retranslateUi(self, AuditDialog):
        AuditDialog.setWindowTitle(QCoreApplication.translate("AuditDialog", u"Audit log", None))
        self.actor_combo_label.setText(QCoreApplication.translate("AuditDialog", u"&Who", None))
#if QT_CONFIG(accessibility)
        self.actor_combo.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Who", None))
#endif // QT_CONFIG(accessibility)
        self.action_combo_label.setText(QCoreApplication.translate("AuditDialog", u"&Action", None))
#if QT_CONFIG(accessibility)
        self.action_combo.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Action", None))
#endif // QT_CONFIG(accessibility)
        self.since_edit_label.setText(QCoreApplication.translate("AuditDialog", u"&From", None))
        self.since_edit.setDisplayFormat(QCoreApplication.translate("AuditDialog", u"dd MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.since_edit.setAccessibleName(QCoreApplication.translate("AuditDialog", u"From", None))
#endif // QT_CONFIG(accessibility)
        self.until_edit_label.setText(QCoreApplication.translate("AuditDialog", u"&To", None))
        self.until_edit.setDisplayFormat(QCoreApplication.translate("AuditDialog", u"dd MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.until_edit.setAccessibleName(QCoreApplication.translate("AuditDialog", u"To", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Audit entries", None))
#endif // QT_CONFIG(accessibility)
        self.count_label.setText("")
        self.export_button.setText(QCoreApplication.translate("AuditDialog", u"&Export CSV\u2026", None))
    # retranslateUi

