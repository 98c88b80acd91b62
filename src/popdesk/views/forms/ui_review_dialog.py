# Generated from ui/review_dialog.ui by tools/build_forms.py: do not edit.
# source-sha256: 90005b935a1fc039c75d09ed2948174ec2d572370be636a9a2dc3cb488770013
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_ReviewDialog(object):
    def setupUi(self, ReviewDialog):
        if not ReviewDialog.objectName():
            ReviewDialog.setObjectName(u"ReviewDialog")
        ReviewDialog.resize(900, 540)
        self.dialog_layout = QVBoxLayout(ReviewDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ReviewDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.filter_row = QHBoxLayout()
        self.filter_row.setObjectName(u"filter_row")
        self.all_check = QCheckBox(ReviewDialog)
        self.all_check.setObjectName(u"all_check")

        self.filter_row.addWidget(self.all_check)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_row.addItem(self.filter_spacer)


        self.dialog_layout.addLayout(self.filter_row)

        self.table = QTableView(ReviewDialog)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.dialog_layout.addWidget(self.table)

        self.empty_label = QLabel(ReviewDialog)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.empty_label)

        self.status_label = QLabel(ReviewDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.status_label)

        self.button_row = QHBoxLayout()
        self.button_row.setSpacing(6)
        self.button_row.setObjectName(u"button_row")
        self.keep_button = QPushButton(ReviewDialog)
        self.keep_button.setObjectName(u"keep_button")

        self.button_row.addWidget(self.keep_button)

        self.edit_button = QPushButton(ReviewDialog)
        self.edit_button.setObjectName(u"edit_button")

        self.button_row.addWidget(self.edit_button)

        self.erase_button = QPushButton(ReviewDialog)
        self.erase_button.setObjectName(u"erase_button")

        self.button_row.addWidget(self.erase_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.button_box = QDialogButtonBox(ReviewDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.button_row.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.button_row)


        self.retranslateUi(ReviewDialog)

        QMetaObject.connectSlotsByName(ReviewDialog)
    # setupUi

    def retranslateUi(self, ReviewDialog):
        ReviewDialog.setWindowTitle(QCoreApplication.translate("ReviewDialog", u"Data-protection review", None))
        self.intro_label.setText("")
        self.all_check.setText(QCoreApplication.translate("ReviewDialog", u"Show &every contact, not only those due (for an erasure request)", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Contacts due review", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText("")
        self.status_label.setText("")
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"What was done", None))
#endif // QT_CONFIG(accessibility)
        self.keep_button.setText(QCoreApplication.translate("ReviewDialog", u"&Keep", None))
#if QT_CONFIG(tooltip)
        self.keep_button.setToolTip(QCoreApplication.translate("ReviewDialog", u"Still needed: review again in a year", None))
#endif // QT_CONFIG(tooltip)
        self.edit_button.setText(QCoreApplication.translate("ReviewDialog", u"&Update\u2026", None))
        self.erase_button.setText(QCoreApplication.translate("ReviewDialog", u"E&rase\u2026", None))
    # retranslateUi

