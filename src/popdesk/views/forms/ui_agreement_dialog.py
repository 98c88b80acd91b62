# Generated from ui/agreement_dialog.ui by tools/build_forms.py: do not edit.
# source-sha256: 2ff3af4874f39d8ed1bbf5251206cfc8d3c582a30bc08e66cc9df67889ee801d
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agreement_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout)

from popdesk.views.widgets import TokenPicker

class Ui_AgreementDialog(object):
    def setupUi(self, AgreementDialog):
        if not AgreementDialog.objectName():
            AgreementDialog.setObjectName(u"AgreementDialog")
        AgreementDialog.resize(640, 400)
        self.dialog_layout = QVBoxLayout(AgreementDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QGridLayout()
        self.form_layout.setSpacing(6)
        self.form_layout.setObjectName(u"form_layout")
        self.title_edit_label = QLabel(AgreementDialog)
        self.title_edit_label.setObjectName(u"title_edit_label")

        self.form_layout.addWidget(self.title_edit_label, 0, 0, 1, 1)

        self.title_edit = QLineEdit(AgreementDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.form_layout.addWidget(self.title_edit, 0, 1, 1, 1)

        self.title_error = QLabel(AgreementDialog)
        self.title_error.setObjectName(u"title_error")
        self.title_error.setWordWrap(True)
        self.title_error.setVisible(False)

        self.form_layout.addWidget(self.title_error, 1, 1, 1, 1)

        self.reference_edit_label = QLabel(AgreementDialog)
        self.reference_edit_label.setObjectName(u"reference_edit_label")

        self.form_layout.addWidget(self.reference_edit_label, 2, 0, 1, 1)

        self.reference_edit = QLineEdit(AgreementDialog)
        self.reference_edit.setObjectName(u"reference_edit")

        self.form_layout.addWidget(self.reference_edit, 2, 1, 1, 1)

        self.purpose_edit_label = QLabel(AgreementDialog)
        self.purpose_edit_label.setObjectName(u"purpose_edit_label")

        self.form_layout.addWidget(self.purpose_edit_label, 4, 0, 1, 1)

        self.purpose_edit = QPlainTextEdit(AgreementDialog)
        self.purpose_edit.setObjectName(u"purpose_edit")
        self.purpose_edit.setMinimumSize(QSize(0, 50))
        self.purpose_edit.setTabChangesFocus(True)

        self.form_layout.addWidget(self.purpose_edit, 4, 1, 1, 1)

        self.purpose_error = QLabel(AgreementDialog)
        self.purpose_error.setObjectName(u"purpose_error")
        self.purpose_error.setWordWrap(True)
        self.purpose_error.setVisible(False)

        self.form_layout.addWidget(self.purpose_error, 5, 1, 1, 1)

        self.basis_combo_label = QLabel(AgreementDialog)
        self.basis_combo_label.setObjectName(u"basis_combo_label")

        self.form_layout.addWidget(self.basis_combo_label, 6, 0, 1, 1)

        self.basis_combo = QComboBox(AgreementDialog)
        self.basis_combo.setObjectName(u"basis_combo")

        self.form_layout.addWidget(self.basis_combo, 6, 1, 1, 1)

        self.parties_picker_label = QLabel(AgreementDialog)
        self.parties_picker_label.setObjectName(u"parties_picker_label")

        self.form_layout.addWidget(self.parties_picker_label, 8, 0, 1, 1)

        self.parties_picker = TokenPicker(AgreementDialog)
        self.parties_picker.setObjectName(u"parties_picker")

        self.form_layout.addWidget(self.parties_picker, 8, 1, 1, 1)

        self.parties_error = QLabel(AgreementDialog)
        self.parties_error.setObjectName(u"parties_error")
        self.parties_error.setWordWrap(True)
        self.parties_error.setVisible(False)

        self.form_layout.addWidget(self.parties_error, 9, 1, 1, 1)

        self.data_items_edit_label = QLabel(AgreementDialog)
        self.data_items_edit_label.setObjectName(u"data_items_edit_label")

        self.form_layout.addWidget(self.data_items_edit_label, 10, 0, 1, 1)

        self.data_items_edit = QPlainTextEdit(AgreementDialog)
        self.data_items_edit.setObjectName(u"data_items_edit")
        self.data_items_edit.setMinimumSize(QSize(0, 40))
        self.data_items_edit.setTabChangesFocus(True)

        self.form_layout.addWidget(self.data_items_edit, 10, 1, 1, 1)

        self.direction_combo_label = QLabel(AgreementDialog)
        self.direction_combo_label.setObjectName(u"direction_combo_label")

        self.form_layout.addWidget(self.direction_combo_label, 12, 0, 1, 1)

        self.direction_combo = QComboBox(AgreementDialog)
        self.direction_combo.setObjectName(u"direction_combo")

        self.form_layout.addWidget(self.direction_combo, 12, 1, 1, 1)

        self.method_edit_label = QLabel(AgreementDialog)
        self.method_edit_label.setObjectName(u"method_edit_label")

        self.form_layout.addWidget(self.method_edit_label, 14, 0, 1, 1)

        self.method_edit = QLineEdit(AgreementDialog)
        self.method_edit.setObjectName(u"method_edit")

        self.form_layout.addWidget(self.method_edit, 14, 1, 1, 1)

        self.marking_combo_label = QLabel(AgreementDialog)
        self.marking_combo_label.setObjectName(u"marking_combo_label")

        self.form_layout.addWidget(self.marking_combo_label, 16, 0, 1, 1)

        self.marking_combo = QComboBox(AgreementDialog)
        self.marking_combo.setObjectName(u"marking_combo")

        self.form_layout.addWidget(self.marking_combo, 16, 1, 1, 1)

        self.retention_edit_label = QLabel(AgreementDialog)
        self.retention_edit_label.setObjectName(u"retention_edit_label")

        self.form_layout.addWidget(self.retention_edit_label, 18, 0, 1, 1)

        self.retention_edit = QLineEdit(AgreementDialog)
        self.retention_edit.setObjectName(u"retention_edit")

        self.form_layout.addWidget(self.retention_edit, 18, 1, 1, 1)

        self.start_edit_label = QLabel(AgreementDialog)
        self.start_edit_label.setObjectName(u"start_edit_label")

        self.form_layout.addWidget(self.start_edit_label, 20, 0, 1, 1)

        self.start_edit = QDateEdit(AgreementDialog)
        self.start_edit.setObjectName(u"start_edit")
        self.start_edit.setCalendarPopup(True)

        self.form_layout.addWidget(self.start_edit, 20, 1, 1, 1)

        self.review_edit_label = QLabel(AgreementDialog)
        self.review_edit_label.setObjectName(u"review_edit_label")

        self.form_layout.addWidget(self.review_edit_label, 22, 0, 1, 1)

        self.review_edit = QDateEdit(AgreementDialog)
        self.review_edit.setObjectName(u"review_edit")
        self.review_edit.setCalendarPopup(True)

        self.form_layout.addWidget(self.review_edit, 22, 1, 1, 1)

        self.review_error = QLabel(AgreementDialog)
        self.review_error.setObjectName(u"review_error")
        self.review_error.setWordWrap(True)
        self.review_error.setVisible(False)

        self.form_layout.addWidget(self.review_error, 23, 1, 1, 1)

        self.status_combo_label = QLabel(AgreementDialog)
        self.status_combo_label.setObjectName(u"status_combo_label")

        self.form_layout.addWidget(self.status_combo_label, 24, 0, 1, 1)

        self.status_combo = QComboBox(AgreementDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.form_layout.addWidget(self.status_combo, 24, 1, 1, 1)

        self.document_edit_label = QLabel(AgreementDialog)
        self.document_edit_label.setObjectName(u"document_edit_label")

        self.form_layout.addWidget(self.document_edit_label, 26, 0, 1, 1)

        self.document_edit = QLineEdit(AgreementDialog)
        self.document_edit.setObjectName(u"document_edit")

        self.form_layout.addWidget(self.document_edit, 26, 1, 1, 1)

        self.owner_combo_label = QLabel(AgreementDialog)
        self.owner_combo_label.setObjectName(u"owner_combo_label")

        self.form_layout.addWidget(self.owner_combo_label, 28, 0, 1, 1)

        self.owner_combo = QComboBox(AgreementDialog)
        self.owner_combo.setObjectName(u"owner_combo")

        self.form_layout.addWidget(self.owner_combo, 28, 1, 1, 1)


        self.dialog_layout.addLayout(self.form_layout)

        self.form_error = QLabel(AgreementDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setVisible(False)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(AgreementDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.title_edit_label.setBuddy(self.title_edit)
        self.reference_edit_label.setBuddy(self.reference_edit)
        self.purpose_edit_label.setBuddy(self.purpose_edit)
        self.basis_combo_label.setBuddy(self.basis_combo)
        self.parties_picker_label.setBuddy(self.parties_picker)
        self.data_items_edit_label.setBuddy(self.data_items_edit)
        self.direction_combo_label.setBuddy(self.direction_combo)
        self.method_edit_label.setBuddy(self.method_edit)
        self.marking_combo_label.setBuddy(self.marking_combo)
        self.retention_edit_label.setBuddy(self.retention_edit)
        self.start_edit_label.setBuddy(self.start_edit)
        self.review_edit_label.setBuddy(self.review_edit)
        self.status_combo_label.setBuddy(self.status_combo)
        self.document_edit_label.setBuddy(self.document_edit)
        self.owner_combo_label.setBuddy(self.owner_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AgreementDialog)

        QMetaObject.connectSlotsByName(AgreementDialog)
    # setupUi

    def retranslateUi(self, AgreementDialog):
        AgreementDialog.setWindowTitle(QCoreApplication.translate("AgreementDialog", u"Data-sharing agreement", None))
        self.title_edit_label.setText(QCoreApplication.translate("AgreementDialog", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.title_edit.setPlaceholderText("")
        self.title_error.setText("")
        self.title_error.setStyleSheet(QCoreApplication.translate("AgreementDialog", u"color: #b3261e;", None))
        self.reference_edit_label.setText(QCoreApplication.translate("AgreementDialog", u"&Reference", None))
#if QT_CONFIG(accessibility)
        self.reference_edit.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Reference", None))
#endif // QT_CONFIG(accessibility)
        self.reference_edit.setPlaceholderText("")
        self.purpose_edit_label.setText(QCoreApplication.translate("AgreementDialog", u"&Purpose", None))
#if QT_CONFIG(accessibility)
        self.purpose_edit.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Purpose", None))
#endif // QT_CONFIG(accessibility)
        self.purpose_error.setText("")
        self.purpose_error.setStyleSheet(QCoreApplication.translate("AgreementDialog", u"color: #b3261e;", None))
        self.basis_combo_label.setText(QCoreApplication.translate("AgreementDialog", u"&Lawful basis", None))
#if QT_CONFIG(accessibility)
        self.basis_combo.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Lawful basis", None))
#endif // QT_CONFIG(accessibility)
        self.parties_picker_label.setText(QCoreApplication.translate("AgreementDialog", u"P&arties", None))
#if QT_CONFIG(accessibility)
        self.parties_picker.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Partner organisations", None))
#endif // QT_CONFIG(accessibility)
        self.parties_error.setText("")
        self.parties_error.setStyleSheet(QCoreApplication.translate("AgreementDialog", u"color: #b3261e;", None))
        self.data_items_edit_label.setText(QCoreApplication.translate("AgreementDialog", u"&Data items", None))
#if QT_CONFIG(accessibility)
        self.data_items_edit.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Data items", None))
#endif // QT_CONFIG(accessibility)
        self.direction_combo_label.setText(QCoreApplication.translate("AgreementDialog", u"D&irection", None))
#if QT_CONFIG(accessibility)
        self.direction_combo.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Direction", None))
#endif // QT_CONFIG(accessibility)
        self.method_edit_label.setText(QCoreApplication.translate("AgreementDialog", u"&Method", None))
#if QT_CONFIG(accessibility)
        self.method_edit.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Method", None))
#endif // QT_CONFIG(accessibility)
        self.method_edit.setPlaceholderText("")
        self.marking_combo_label.setText(QCoreApplication.translate("AgreementDialog", u"Mar&king", None))
#if QT_CONFIG(accessibility)
        self.marking_combo.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Security marking", None))
#endif // QT_CONFIG(accessibility)
        self.retention_edit_label.setText(QCoreApplication.translate("AgreementDialog", u"R&etention", None))
#if QT_CONFIG(accessibility)
        self.retention_edit.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Retention", None))
#endif // QT_CONFIG(accessibility)
        self.retention_edit.setPlaceholderText("")
        self.start_edit_label.setText(QCoreApplication.translate("AgreementDialog", u"&Starts", None))
        self.start_edit.setDisplayFormat(QCoreApplication.translate("AgreementDialog", u"dd MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.start_edit.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.review_edit_label.setText(QCoreApplication.translate("AgreementDialog", u"Re&view", None))
        self.review_edit.setDisplayFormat(QCoreApplication.translate("AgreementDialog", u"dd MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.review_edit.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Review date", None))
#endif // QT_CONFIG(accessibility)
        self.review_error.setText("")
        self.review_error.setStyleSheet(QCoreApplication.translate("AgreementDialog", u"color: #b3261e;", None))
        self.status_combo_label.setText(QCoreApplication.translate("AgreementDialog", u"Stat&us", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.document_edit_label.setText(QCoreApplication.translate("AgreementDialog", u"Signed c&opy", None))
#if QT_CONFIG(accessibility)
        self.document_edit.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Where the signed copy is", None))
#endif // QT_CONFIG(accessibility)
        self.document_edit.setPlaceholderText("")
        self.owner_combo_label.setText(QCoreApplication.translate("AgreementDialog", u"&Owner", None))
#if QT_CONFIG(accessibility)
        self.owner_combo.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Owner", None))
#endif // QT_CONFIG(accessibility)
        self.form_error.setText("")
        self.form_error.setStyleSheet(QCoreApplication.translate("AgreementDialog", u"color: #b3261e;", None))
    # retranslateUi

