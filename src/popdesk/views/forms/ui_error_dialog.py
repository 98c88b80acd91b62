# Generated from ui/error_dialog.ui by tools/build_forms.py: do not edit.
# source-sha256: e3bab52795996ac4ddd4d34e2523923d47c0d1bcfd4539891a10bf9e64989d3f
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'error_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_ErrorDialog(object):
    def setupUi(self, ErrorDialog):
        if not ErrorDialog.objectName():
            ErrorDialog.setObjectName(u"ErrorDialog")
        ErrorDialog.resize(560, 200)
        ErrorDialog.setMinimumSize(QSize(540, 0))
        self.dialog_layout = QVBoxLayout(ErrorDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading_label = QLabel(ErrorDialog)
        self.heading_label.setObjectName(u"heading_label")

        self.dialog_layout.addWidget(self.heading_label)

        self.message_label = QLabel(ErrorDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

        self.dialog_layout.addWidget(self.message_label)

        self.advice_label = QLabel(ErrorDialog)
        self.advice_label.setObjectName(u"advice_label")
        self.advice_label.setWordWrap(True)
        self.advice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.advice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.advice_label)

        self.details_edit = QPlainTextEdit(ErrorDialog)
        self.details_edit.setObjectName(u"details_edit")
        self.details_edit.setReadOnly(True)
        self.details_edit.setMinimumSize(QSize(0, 220))

        self.dialog_layout.addWidget(self.details_edit)

        self.button_row = QHBoxLayout()
        self.button_row.setSpacing(6)
        self.button_row.setObjectName(u"button_row")
        self.details_button = QPushButton(ErrorDialog)
        self.details_button.setObjectName(u"details_button")
        self.details_button.setCheckable(True)

        self.button_row.addWidget(self.details_button)

        self.copy_button = QPushButton(ErrorDialog)
        self.copy_button.setObjectName(u"copy_button")

        self.button_row.addWidget(self.copy_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.close_button = QPushButton(ErrorDialog)
        self.close_button.setObjectName(u"close_button")

        self.button_row.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.button_row)


        self.retranslateUi(ErrorDialog)

        self.close_button.setDefault(True)


        QMetaObject.connectSlotsByName(ErrorDialog)
    # setupUi

    def retranslateUi(self, ErrorDialog):
        ErrorDialog.setWindowTitle(QCoreApplication.translate("ErrorDialog", u"popdesk", None))
        self.heading_label.setText(QCoreApplication.translate("ErrorDialog", u"Something went wrong", None))
        self.message_label.setText("")
        self.advice_label.setText("")
#if QT_CONFIG(accessibility)
        self.details_edit.setAccessibleName(QCoreApplication.translate("ErrorDialog", u"Details of the error", None))
#endif // QT_CONFIG(accessibility)
        self.details_button.setText(QCoreApplication.translate("ErrorDialog", u"Show &details", None))
        self.copy_button.setText(QCoreApplication.translate("ErrorDialog", u"&Copy details", None))
        self.close_button.setText(QCoreApplication.translate("ErrorDialog", u"C&lose", None))
    # retranslateUi

