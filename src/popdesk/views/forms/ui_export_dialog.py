# Generated from ui/export_dialog.ui by tools/build_forms.py: do not edit.
# source-sha256: 28203bc736719d893ffc0a950ac19cfc214fcc9d2fd84135bd2a35a72eb89301
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(560, 400)
        self.dialog_layout = QVBoxLayout(ExportDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QGridLayout()
        self.form_layout.setSpacing(6)
        self.form_layout.setObjectName(u"form_layout")
        self.document_label_label = QLabel(ExportDialog)
        self.document_label_label.setObjectName(u"document_label_label")

        self.form_layout.addWidget(self.document_label_label, 0, 0, 1, 1)

        self.document_label = QLabel(ExportDialog)
        self.document_label.setObjectName(u"document_label")

        self.form_layout.addWidget(self.document_label, 0, 1, 1, 1)

        self.file_edit_label = QLabel(ExportDialog)
        self.file_edit_label.setObjectName(u"file_edit_label")

        self.form_layout.addWidget(self.file_edit_label, 2, 0, 1, 1)

        self.file_row = QHBoxLayout()
        self.file_row.setSpacing(6)
        self.file_row.setObjectName(u"file_row")
        self.file_edit = QLineEdit(ExportDialog)
        self.file_edit.setObjectName(u"file_edit")

        self.file_row.addWidget(self.file_edit)

        self.browse_button = QPushButton(ExportDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.file_row.addWidget(self.browse_button)


        self.form_layout.addLayout(self.file_row, 2, 1, 1, 1)

        self.file_error = QLabel(ExportDialog)
        self.file_error.setObjectName(u"file_error")
        self.file_error.setWordWrap(True)
        self.file_error.setVisible(False)

        self.form_layout.addWidget(self.file_error, 3, 1, 1, 1)

        self.marking_combo_label = QLabel(ExportDialog)
        self.marking_combo_label.setObjectName(u"marking_combo_label")

        self.form_layout.addWidget(self.marking_combo_label, 4, 0, 1, 1)

        self.marking_combo = QComboBox(ExportDialog)
        self.marking_combo.setObjectName(u"marking_combo")

        self.form_layout.addWidget(self.marking_combo, 4, 1, 1, 1)

        self.purpose_edit_label = QLabel(ExportDialog)
        self.purpose_edit_label.setObjectName(u"purpose_edit_label")

        self.form_layout.addWidget(self.purpose_edit_label, 5, 0, 1, 1)

        self.purpose_edit = QLineEdit(ExportDialog)
        self.purpose_edit.setObjectName(u"purpose_edit")

        self.form_layout.addWidget(self.purpose_edit, 5, 1, 1, 1)

        self.password_check_label = QLabel(ExportDialog)
        self.password_check_label.setObjectName(u"password_check_label")

        self.form_layout.addWidget(self.password_check_label, 6, 0, 1, 1)

        self.password_check = QCheckBox(ExportDialog)
        self.password_check.setObjectName(u"password_check")

        self.form_layout.addWidget(self.password_check, 6, 1, 1, 1)

        self.password_edit_label = QLabel(ExportDialog)
        self.password_edit_label.setObjectName(u"password_edit_label")

        self.form_layout.addWidget(self.password_edit_label, 8, 0, 1, 1)

        self.password_edit = QLineEdit(ExportDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.addWidget(self.password_edit, 8, 1, 1, 1)

        self.confirm_edit_label = QLabel(ExportDialog)
        self.confirm_edit_label.setObjectName(u"confirm_edit_label")

        self.form_layout.addWidget(self.confirm_edit_label, 10, 0, 1, 1)

        self.confirm_edit = QLineEdit(ExportDialog)
        self.confirm_edit.setObjectName(u"confirm_edit")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.addWidget(self.confirm_edit, 10, 1, 1, 1)

        self.password_error = QLabel(ExportDialog)
        self.password_error.setObjectName(u"password_error")
        self.password_error.setWordWrap(True)
        self.password_error.setVisible(False)

        self.form_layout.addWidget(self.password_error, 11, 1, 1, 1)


        self.dialog_layout.addLayout(self.form_layout)

        self.form_error = QLabel(ExportDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setVisible(False)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(ExportDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.document_label_label.setBuddy(self.document_label)
        self.file_edit_label.setBuddy(self.file_edit)
        self.marking_combo_label.setBuddy(self.marking_combo)
        self.purpose_edit_label.setBuddy(self.purpose_edit)
        self.password_check_label.setBuddy(self.password_check)
        self.password_edit_label.setBuddy(self.password_edit)
        self.confirm_edit_label.setBuddy(self.confirm_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export", None))
        self.document_label_label.setText(QCoreApplication.translate("ExportDialog", u"&Document", None))
        self.document_label.setText("")
#if QT_CONFIG(accessibility)
        self.document_label.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Document", None))
#endif // QT_CONFIG(accessibility)
        self.file_edit_label.setText(QCoreApplication.translate("ExportDialog", u"&Save as", None))
#if QT_CONFIG(accessibility)
        self.file_edit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"File to save", None))
#endif // QT_CONFIG(accessibility)
        self.file_edit.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"\u2026/handover-pack.pdf", None))
        self.browse_button.setText(QCoreApplication.translate("ExportDialog", u"&Browse\u2026", None))
#if QT_CONFIG(tooltip)
        self.browse_button.setToolTip(QCoreApplication.translate("ExportDialog", u"Choose where to save", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.browse_button.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Browse\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.file_error.setText("")
        self.file_error.setStyleSheet(QCoreApplication.translate("ExportDialog", u"color: #b3261e;", None))
        self.marking_combo_label.setText(QCoreApplication.translate("ExportDialog", u"&Marking", None))
#if QT_CONFIG(accessibility)
        self.marking_combo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Protective marking", None))
#endif // QT_CONFIG(accessibility)
        self.purpose_edit_label.setText(QCoreApplication.translate("ExportDialog", u"&For", None))
#if QT_CONFIG(accessibility)
        self.purpose_edit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Purpose or recipient", None))
#endif // QT_CONFIG(accessibility)
        self.purpose_edit.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"purpose or recipient, e.g. handover to PS Hughes (kept in the audit log)", None))
        self.password_check_label.setText("")
        self.password_check.setText(QCoreApplication.translate("ExportDialog", u"Protect with a password (AES-256)", None))
        self.password_edit_label.setText(QCoreApplication.translate("ExportDialog", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_edit_label.setText(QCoreApplication.translate("ExportDialog", u"&Again", None))
#if QT_CONFIG(accessibility)
        self.confirm_edit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Password again", None))
#endif // QT_CONFIG(accessibility)
        self.password_error.setText("")
        self.password_error.setStyleSheet(QCoreApplication.translate("ExportDialog", u"color: #b3261e;", None))
        self.form_error.setText("")
        self.form_error.setStyleSheet(QCoreApplication.translate("ExportDialog", u"color: #b3261e;", None))
    # retranslateUi

