# Generated from ui/spoc_dialog.ui by tools/build_forms.py: do not edit.
# source-sha256: f6d2a4aeaa2b7493423b8728a8d16d9f5dfe56c1b5582dae68e8b9ca482155b7
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'spoc_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QTableWidget, QVBoxLayout)

class Ui_SpocDialog(object):
    def setupUi(self, SpocDialog):
        if not SpocDialog.objectName():
            SpocDialog.setObjectName(u"SpocDialog")
        SpocDialog.resize(640, 400)
        self.dialog_layout = QVBoxLayout(SpocDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QGridLayout()
        self.form_layout.setSpacing(6)
        self.form_layout.setObjectName(u"form_layout")
        self.organisation_combo_label = QLabel(SpocDialog)
        self.organisation_combo_label.setObjectName(u"organisation_combo_label")

        self.form_layout.addWidget(self.organisation_combo_label, 0, 0, 1, 1)

        self.organisation_combo = QComboBox(SpocDialog)
        self.organisation_combo.setObjectName(u"organisation_combo")

        self.form_layout.addWidget(self.organisation_combo, 0, 1, 1, 1)

        self.topic_combo_label = QLabel(SpocDialog)
        self.topic_combo_label.setObjectName(u"topic_combo_label")

        self.form_layout.addWidget(self.topic_combo_label, 2, 0, 1, 1)

        self.topic_combo = QComboBox(SpocDialog)
        self.topic_combo.setObjectName(u"topic_combo")
        self.topic_combo.setEditable(True)

        self.form_layout.addWidget(self.topic_combo, 2, 1, 1, 1)

        self.topic_error = QLabel(SpocDialog)
        self.topic_error.setObjectName(u"topic_error")
        self.topic_error.setWordWrap(True)
        self.topic_error.setVisible(False)

        self.form_layout.addWidget(self.topic_error, 3, 1, 1, 1)

        self.our_combo_label = QLabel(SpocDialog)
        self.our_combo_label.setObjectName(u"our_combo_label")

        self.form_layout.addWidget(self.our_combo_label, 4, 0, 1, 1)

        self.our_combo = QComboBox(SpocDialog)
        self.our_combo.setObjectName(u"our_combo")

        self.form_layout.addWidget(self.our_combo, 4, 1, 1, 1)

        self.their_combo_label = QLabel(SpocDialog)
        self.their_combo_label.setObjectName(u"their_combo_label")

        self.form_layout.addWidget(self.their_combo_label, 6, 0, 1, 1)

        self.their_combo = QComboBox(SpocDialog)
        self.their_combo.setObjectName(u"their_combo")

        self.form_layout.addWidget(self.their_combo, 6, 1, 1, 1)

        self.their_error = QLabel(SpocDialog)
        self.their_error.setObjectName(u"their_error")
        self.their_error.setWordWrap(True)
        self.their_error.setVisible(False)

        self.form_layout.addWidget(self.their_error, 7, 1, 1, 1)

        self.start_edit_label = QLabel(SpocDialog)
        self.start_edit_label.setObjectName(u"start_edit_label")

        self.form_layout.addWidget(self.start_edit_label, 8, 0, 1, 1)

        self.start_edit = QDateEdit(SpocDialog)
        self.start_edit.setObjectName(u"start_edit")
        self.start_edit.setCalendarPopup(True)

        self.form_layout.addWidget(self.start_edit, 8, 1, 1, 1)

        self.start_error = QLabel(SpocDialog)
        self.start_error.setObjectName(u"start_error")
        self.start_error.setWordWrap(True)
        self.start_error.setVisible(False)

        self.form_layout.addWidget(self.start_error, 9, 1, 1, 1)

        self.review_edit_label = QLabel(SpocDialog)
        self.review_edit_label.setObjectName(u"review_edit_label")

        self.form_layout.addWidget(self.review_edit_label, 10, 0, 1, 1)

        self.review_edit = QDateEdit(SpocDialog)
        self.review_edit.setObjectName(u"review_edit")
        self.review_edit.setCalendarPopup(True)

        self.form_layout.addWidget(self.review_edit, 10, 1, 1, 1)

        self.reason_edit_label = QLabel(SpocDialog)
        self.reason_edit_label.setObjectName(u"reason_edit_label")

        self.form_layout.addWidget(self.reason_edit_label, 12, 0, 1, 1)

        self.reason_edit = QLineEdit(SpocDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.form_layout.addWidget(self.reason_edit, 12, 1, 1, 1)


        self.dialog_layout.addLayout(self.form_layout)

        self.history_label = QLabel(SpocDialog)
        self.history_label.setObjectName(u"history_label")

        self.dialog_layout.addWidget(self.history_label)

        self.history_table = QTableWidget(SpocDialog)
        self.history_table.setObjectName(u"history_table")
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setMinimumSize(QSize(0, 130))
        self.history_table.setAlternatingRowColors(True)

        self.dialog_layout.addWidget(self.history_table)

        self.form_error = QLabel(SpocDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setVisible(False)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(SpocDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.organisation_combo_label.setBuddy(self.organisation_combo)
        self.topic_combo_label.setBuddy(self.topic_combo)
        self.our_combo_label.setBuddy(self.our_combo)
        self.their_combo_label.setBuddy(self.their_combo)
        self.start_edit_label.setBuddy(self.start_edit)
        self.review_edit_label.setBuddy(self.review_edit)
        self.reason_edit_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SpocDialog)

        QMetaObject.connectSlotsByName(SpocDialog)
    # setupUi

    def retranslateUi(self, SpocDialog):
        SpocDialog.setWindowTitle(QCoreApplication.translate("SpocDialog", u"SPOC assignment", None))
        self.organisation_combo_label.setText(QCoreApplication.translate("SpocDialog", u"&Organisation", None))
#if QT_CONFIG(accessibility)
        self.organisation_combo.setAccessibleName(QCoreApplication.translate("SpocDialog", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.topic_combo_label.setText(QCoreApplication.translate("SpocDialog", u"&Topic", None))
#if QT_CONFIG(accessibility)
        self.topic_combo.setAccessibleName(QCoreApplication.translate("SpocDialog", u"Topic", None))
#endif // QT_CONFIG(accessibility)
        self.topic_error.setText("")
        self.topic_error.setStyleSheet(QCoreApplication.translate("SpocDialog", u"color: #b3261e;", None))
        self.our_combo_label.setText(QCoreApplication.translate("SpocDialog", u"O&ur SPOC", None))
#if QT_CONFIG(accessibility)
        self.our_combo.setAccessibleName(QCoreApplication.translate("SpocDialog", u"Our SPOC", None))
#endif // QT_CONFIG(accessibility)
        self.their_combo_label.setText(QCoreApplication.translate("SpocDialog", u"T&heir SPOC", None))
#if QT_CONFIG(accessibility)
        self.their_combo.setAccessibleName(QCoreApplication.translate("SpocDialog", u"Their SPOC", None))
#endif // QT_CONFIG(accessibility)
        self.their_error.setText("")
        self.their_error.setStyleSheet(QCoreApplication.translate("SpocDialog", u"color: #b3261e;", None))
        self.start_edit_label.setText(QCoreApplication.translate("SpocDialog", u"&Starts", None))
        self.start_edit.setDisplayFormat(QCoreApplication.translate("SpocDialog", u"dd MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.start_edit.setAccessibleName(QCoreApplication.translate("SpocDialog", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.start_error.setText("")
        self.start_error.setStyleSheet(QCoreApplication.translate("SpocDialog", u"color: #b3261e;", None))
        self.review_edit_label.setText(QCoreApplication.translate("SpocDialog", u"Re&view due", None))
        self.review_edit.setDisplayFormat(QCoreApplication.translate("SpocDialog", u"dd MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.review_edit.setAccessibleName(QCoreApplication.translate("SpocDialog", u"Review due", None))
#endif // QT_CONFIG(accessibility)
        self.reason_edit_label.setText(QCoreApplication.translate("SpocDialog", u"R&eason for change", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("SpocDialog", u"Reason for the change", None))
#endif // QT_CONFIG(accessibility)
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("SpocDialog", u"e.g. Previous SPOC moved post", None))
        self.history_label.setText(QCoreApplication.translate("SpocDialog", u"History", None))
#if QT_CONFIG(accessibility)
        self.history_table.setAccessibleName(QCoreApplication.translate("SpocDialog", u"History of this SPOC role", None))
#endif // QT_CONFIG(accessibility)
        self.form_error.setText("")
        self.form_error.setStyleSheet(QCoreApplication.translate("SpocDialog", u"color: #b3261e;", None))
    # retranslateUi

