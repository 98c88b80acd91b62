# Generated from ui/contact_dialog.ui by tools/build_forms.py: do not edit.
# source-sha256: 519ee8417c306a363759de3b3e3b6fcdbe9489290687f7b8c839218d358d769f
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout)

class Ui_ContactDialog(object):
    def setupUi(self, ContactDialog):
        if not ContactDialog.objectName():
            ContactDialog.setObjectName(u"ContactDialog")
        ContactDialog.resize(560, 400)
        self.dialog_layout = QVBoxLayout(ContactDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QGridLayout()
        self.form_layout.setSpacing(6)
        self.form_layout.setObjectName(u"form_layout")
        self.name_edit_label = QLabel(ContactDialog)
        self.name_edit_label.setObjectName(u"name_edit_label")

        self.form_layout.addWidget(self.name_edit_label, 0, 0, 1, 1)

        self.name_edit = QLineEdit(ContactDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.addWidget(self.name_edit, 0, 1, 1, 1)

        self.name_error = QLabel(ContactDialog)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setWordWrap(True)
        self.name_error.setVisible(False)

        self.form_layout.addWidget(self.name_error, 1, 1, 1, 1)

        self.job_title_edit_label = QLabel(ContactDialog)
        self.job_title_edit_label.setObjectName(u"job_title_edit_label")

        self.form_layout.addWidget(self.job_title_edit_label, 2, 0, 1, 1)

        self.job_title_edit = QLineEdit(ContactDialog)
        self.job_title_edit.setObjectName(u"job_title_edit")

        self.form_layout.addWidget(self.job_title_edit, 2, 1, 1, 1)

        self.organisation_combo_label = QLabel(ContactDialog)
        self.organisation_combo_label.setObjectName(u"organisation_combo_label")

        self.form_layout.addWidget(self.organisation_combo_label, 4, 0, 1, 1)

        self.organisation_combo = QComboBox(ContactDialog)
        self.organisation_combo.setObjectName(u"organisation_combo")

        self.form_layout.addWidget(self.organisation_combo, 4, 1, 1, 1)

        self.phone_edit_label = QLabel(ContactDialog)
        self.phone_edit_label.setObjectName(u"phone_edit_label")

        self.form_layout.addWidget(self.phone_edit_label, 6, 0, 1, 1)

        self.phone_edit = QLineEdit(ContactDialog)
        self.phone_edit.setObjectName(u"phone_edit")

        self.form_layout.addWidget(self.phone_edit, 6, 1, 1, 1)

        self.phone_error = QLabel(ContactDialog)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setWordWrap(True)
        self.phone_error.setVisible(False)

        self.form_layout.addWidget(self.phone_error, 7, 1, 1, 1)

        self.mobile_edit_label = QLabel(ContactDialog)
        self.mobile_edit_label.setObjectName(u"mobile_edit_label")

        self.form_layout.addWidget(self.mobile_edit_label, 8, 0, 1, 1)

        self.mobile_edit = QLineEdit(ContactDialog)
        self.mobile_edit.setObjectName(u"mobile_edit")

        self.form_layout.addWidget(self.mobile_edit, 8, 1, 1, 1)

        self.mobile_error = QLabel(ContactDialog)
        self.mobile_error.setObjectName(u"mobile_error")
        self.mobile_error.setWordWrap(True)
        self.mobile_error.setVisible(False)

        self.form_layout.addWidget(self.mobile_error, 9, 1, 1, 1)

        self.email_edit_label = QLabel(ContactDialog)
        self.email_edit_label.setObjectName(u"email_edit_label")

        self.form_layout.addWidget(self.email_edit_label, 10, 0, 1, 1)

        self.email_edit = QLineEdit(ContactDialog)
        self.email_edit.setObjectName(u"email_edit")

        self.form_layout.addWidget(self.email_edit, 10, 1, 1, 1)

        self.email_error = QLabel(ContactDialog)
        self.email_error.setObjectName(u"email_error")
        self.email_error.setWordWrap(True)
        self.email_error.setVisible(False)

        self.form_layout.addWidget(self.email_error, 11, 1, 1, 1)

        self.channel_combo_label = QLabel(ContactDialog)
        self.channel_combo_label.setObjectName(u"channel_combo_label")

        self.form_layout.addWidget(self.channel_combo_label, 12, 0, 1, 1)

        self.channel_combo = QComboBox(ContactDialog)
        self.channel_combo.setObjectName(u"channel_combo")

        self.form_layout.addWidget(self.channel_combo, 12, 1, 1, 1)

        self.basis_combo_label = QLabel(ContactDialog)
        self.basis_combo_label.setObjectName(u"basis_combo_label")

        self.form_layout.addWidget(self.basis_combo_label, 14, 0, 1, 1)

        self.basis_combo = QComboBox(ContactDialog)
        self.basis_combo.setObjectName(u"basis_combo")

        self.form_layout.addWidget(self.basis_combo, 14, 1, 1, 1)

        self.review_edit_label = QLabel(ContactDialog)
        self.review_edit_label.setObjectName(u"review_edit_label")

        self.form_layout.addWidget(self.review_edit_label, 16, 0, 1, 1)

        self.review_edit = QDateEdit(ContactDialog)
        self.review_edit.setObjectName(u"review_edit")
        self.review_edit.setCalendarPopup(True)

        self.form_layout.addWidget(self.review_edit, 16, 1, 1, 1)

        self.notes_edit_label = QLabel(ContactDialog)
        self.notes_edit_label.setObjectName(u"notes_edit_label")

        self.form_layout.addWidget(self.notes_edit_label, 18, 0, 1, 1)

        self.notes_edit = QPlainTextEdit(ContactDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setMinimumSize(QSize(0, 60))
        self.notes_edit.setTabChangesFocus(True)

        self.form_layout.addWidget(self.notes_edit, 18, 1, 1, 1)


        self.dialog_layout.addLayout(self.form_layout)

        self.form_error = QLabel(ContactDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setVisible(False)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(ContactDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_edit_label.setBuddy(self.name_edit)
        self.job_title_edit_label.setBuddy(self.job_title_edit)
        self.organisation_combo_label.setBuddy(self.organisation_combo)
        self.phone_edit_label.setBuddy(self.phone_edit)
        self.mobile_edit_label.setBuddy(self.mobile_edit)
        self.email_edit_label.setBuddy(self.email_edit)
        self.channel_combo_label.setBuddy(self.channel_combo)
        self.basis_combo_label.setBuddy(self.basis_combo)
        self.review_edit_label.setBuddy(self.review_edit)
        self.notes_edit_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContactDialog)

        QMetaObject.connectSlotsByName(ContactDialog)
    # setupUi

    def retranslateUi(self, ContactDialog):
        ContactDialog.setWindowTitle(QCoreApplication.translate("ContactDialog", u"Contact", None))
        self.name_edit_label.setText(QCoreApplication.translate("ContactDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.name_edit.setPlaceholderText("")
        self.name_error.setText("")
        self.name_error.setStyleSheet(QCoreApplication.translate("ContactDialog", u"color: #b3261e;", None))
        self.job_title_edit_label.setText(QCoreApplication.translate("ContactDialog", u"&Job title", None))
#if QT_CONFIG(accessibility)
        self.job_title_edit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Job title", None))
#endif // QT_CONFIG(accessibility)
        self.job_title_edit.setPlaceholderText("")
        self.organisation_combo_label.setText(QCoreApplication.translate("ContactDialog", u"&Organisation", None))
#if QT_CONFIG(accessibility)
        self.organisation_combo.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.phone_edit_label.setText(QCoreApplication.translate("ContactDialog", u"&Phone", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"020 7946 0123", None))
        self.phone_error.setText("")
        self.phone_error.setStyleSheet(QCoreApplication.translate("ContactDialog", u"color: #b3261e;", None))
        self.mobile_edit_label.setText(QCoreApplication.translate("ContactDialog", u"&Mobile", None))
#if QT_CONFIG(accessibility)
        self.mobile_edit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Mobile phone", None))
#endif // QT_CONFIG(accessibility)
        self.mobile_edit.setPlaceholderText("")
        self.mobile_error.setText("")
        self.mobile_error.setStyleSheet(QCoreApplication.translate("ContactDialog", u"color: #b3261e;", None))
        self.email_edit_label.setText(QCoreApplication.translate("ContactDialog", u"&Email", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.email_edit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"name@example.org", None))
        self.email_error.setText("")
        self.email_error.setStyleSheet(QCoreApplication.translate("ContactDialog", u"color: #b3261e;", None))
        self.channel_combo_label.setText(QCoreApplication.translate("ContactDialog", u"Prefe&rred channel", None))
#if QT_CONFIG(accessibility)
        self.channel_combo.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Preferred channel", None))
#endif // QT_CONFIG(accessibility)
        self.basis_combo_label.setText(QCoreApplication.translate("ContactDialog", u"Data-protection &basis", None))
#if QT_CONFIG(accessibility)
        self.basis_combo.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Data-protection basis", None))
#endif // QT_CONFIG(accessibility)
        self.review_edit_label.setText(QCoreApplication.translate("ContactDialog", u"Re&view due", None))
        self.review_edit.setDisplayFormat(QCoreApplication.translate("ContactDialog", u"dd MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.review_edit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Review due", None))
#endif // QT_CONFIG(accessibility)
        self.notes_edit_label.setText(QCoreApplication.translate("ContactDialog", u"No&tes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.form_error.setText("")
        self.form_error.setStyleSheet(QCoreApplication.translate("ContactDialog", u"color: #b3261e;", None))
    # retranslateUi

