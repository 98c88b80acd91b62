# Generated from ui/unlock_dialog.ui by tools/build_forms.py: do not edit.
# source-sha256: fdf0e85f03b5fa833c0414638195080787d7cd17b83d4202e14b2626d3eec6dc
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_UnlockDialog(object):
    def setupUi(self, UnlockDialog):
        if not UnlockDialog.objectName():
            UnlockDialog.setObjectName(u"UnlockDialog")
        UnlockDialog.resize(480, 220)
        self.dialog_layout = QVBoxLayout(UnlockDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading_label = QLabel(UnlockDialog)
        self.heading_label.setObjectName(u"heading_label")

        self.dialog_layout.addWidget(self.heading_label)

        self.reason_label = QLabel(UnlockDialog)
        self.reason_label.setObjectName(u"reason_label")
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextFormat(Qt.TextFormat.PlainText)

        self.dialog_layout.addWidget(self.reason_label)

        self.form_layout = QGridLayout()
        self.form_layout.setSpacing(6)
        self.form_layout.setObjectName(u"form_layout")
        self.passphrase_edit_label = QLabel(UnlockDialog)
        self.passphrase_edit_label.setObjectName(u"passphrase_edit_label")

        self.form_layout.addWidget(self.passphrase_edit_label, 0, 0, 1, 1)

        self.passphrase_edit = QLineEdit(UnlockDialog)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.addWidget(self.passphrase_edit, 0, 1, 1, 1)

        self.show_check = QCheckBox(UnlockDialog)
        self.show_check.setObjectName(u"show_check")

        self.form_layout.addWidget(self.show_check, 1, 1, 1, 1)


        self.dialog_layout.addLayout(self.form_layout)

        self.error_label = QLabel(UnlockDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.dialog_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.quit_button = QPushButton(UnlockDialog)
        self.quit_button.setObjectName(u"quit_button")

        self.button_row.addWidget(self.quit_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.unlock_button = QPushButton(UnlockDialog)
        self.unlock_button.setObjectName(u"unlock_button")

        self.button_row.addWidget(self.unlock_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.passphrase_edit_label.setBuddy(self.passphrase_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UnlockDialog)

        self.unlock_button.setDefault(True)


        QMetaObject.connectSlotsByName(UnlockDialog)
    # setupUi

    def retranslateUi(self, UnlockDialog):
        UnlockDialog.setWindowTitle(QCoreApplication.translate("UnlockDialog", u"Unlock popdesk", None))
        self.heading_label.setText(QCoreApplication.translate("UnlockDialog", u"popdesk is locked", None))
        self.reason_label.setText("")
        self.passphrase_edit_label.setText(QCoreApplication.translate("UnlockDialog", u"&Passphrase or recovery key", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Passphrase or recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.show_check.setText(QCoreApplication.translate("UnlockDialog", u"&Show what I type", None))
        self.error_label.setText("")
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Why it did not unlock", None))
#endif // QT_CONFIG(accessibility)
        self.quit_button.setText(QCoreApplication.translate("UnlockDialog", u"&Quit popdesk", None))
        self.unlock_button.setText(QCoreApplication.translate("UnlockDialog", u"&Unlock", None))
    # retranslateUi

