# Generated from ui/handover_start_dialog.ui by tools/build_forms.py: do not edit.
# source-sha256: acf51ea2064b05ecd82567f79d1851601b517627ed148085fd9f0ce1e7ee9275
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover_start_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout)

class Ui_HandoverStartDialog(object):
    def setupUi(self, HandoverStartDialog):
        if not HandoverStartDialog.objectName():
            HandoverStartDialog.setObjectName(u"HandoverStartDialog")
        HandoverStartDialog.resize(520, 400)
        self.dialog_layout = QVBoxLayout(HandoverStartDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QGridLayout()
        self.form_layout.setSpacing(6)
        self.form_layout.setObjectName(u"form_layout")
        self.outgoing_combo_label = QLabel(HandoverStartDialog)
        self.outgoing_combo_label.setObjectName(u"outgoing_combo_label")

        self.form_layout.addWidget(self.outgoing_combo_label, 0, 0, 1, 1)

        self.outgoing_combo = QComboBox(HandoverStartDialog)
        self.outgoing_combo.setObjectName(u"outgoing_combo")

        self.form_layout.addWidget(self.outgoing_combo, 0, 1, 1, 1)

        self.outgoing_error = QLabel(HandoverStartDialog)
        self.outgoing_error.setObjectName(u"outgoing_error")
        self.outgoing_error.setWordWrap(True)
        self.outgoing_error.setVisible(False)

        self.form_layout.addWidget(self.outgoing_error, 1, 1, 1, 1)

        self.incoming_combo_label = QLabel(HandoverStartDialog)
        self.incoming_combo_label.setObjectName(u"incoming_combo_label")

        self.form_layout.addWidget(self.incoming_combo_label, 2, 0, 1, 1)

        self.incoming_combo = QComboBox(HandoverStartDialog)
        self.incoming_combo.setObjectName(u"incoming_combo")

        self.form_layout.addWidget(self.incoming_combo, 2, 1, 1, 1)

        self.incoming_error = QLabel(HandoverStartDialog)
        self.incoming_error.setObjectName(u"incoming_error")
        self.incoming_error.setWordWrap(True)
        self.incoming_error.setVisible(False)

        self.form_layout.addWidget(self.incoming_error, 3, 1, 1, 1)

        self.supervisor_combo_label = QLabel(HandoverStartDialog)
        self.supervisor_combo_label.setObjectName(u"supervisor_combo_label")

        self.form_layout.addWidget(self.supervisor_combo_label, 4, 0, 1, 1)

        self.supervisor_combo = QComboBox(HandoverStartDialog)
        self.supervisor_combo.setObjectName(u"supervisor_combo")

        self.form_layout.addWidget(self.supervisor_combo, 4, 1, 1, 1)

        self.post_edit_label = QLabel(HandoverStartDialog)
        self.post_edit_label.setObjectName(u"post_edit_label")

        self.form_layout.addWidget(self.post_edit_label, 6, 0, 1, 1)

        self.post_edit = QLineEdit(HandoverStartDialog)
        self.post_edit.setObjectName(u"post_edit")

        self.form_layout.addWidget(self.post_edit, 6, 1, 1, 1)

        self.due_edit_label = QLabel(HandoverStartDialog)
        self.due_edit_label.setObjectName(u"due_edit_label")

        self.form_layout.addWidget(self.due_edit_label, 8, 0, 1, 1)

        self.due_edit = QDateEdit(HandoverStartDialog)
        self.due_edit.setObjectName(u"due_edit")
        self.due_edit.setCalendarPopup(True)

        self.form_layout.addWidget(self.due_edit, 8, 1, 1, 1)

        self.template_combo_label = QLabel(HandoverStartDialog)
        self.template_combo_label.setObjectName(u"template_combo_label")

        self.form_layout.addWidget(self.template_combo_label, 10, 0, 1, 1)

        self.template_combo = QComboBox(HandoverStartDialog)
        self.template_combo.setObjectName(u"template_combo")

        self.form_layout.addWidget(self.template_combo, 10, 1, 1, 1)


        self.dialog_layout.addLayout(self.form_layout)

        self.form_error = QLabel(HandoverStartDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setVisible(False)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(HandoverStartDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.outgoing_combo_label.setBuddy(self.outgoing_combo)
        self.incoming_combo_label.setBuddy(self.incoming_combo)
        self.supervisor_combo_label.setBuddy(self.supervisor_combo)
        self.post_edit_label.setBuddy(self.post_edit)
        self.due_edit_label.setBuddy(self.due_edit)
        self.template_combo_label.setBuddy(self.template_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HandoverStartDialog)

        QMetaObject.connectSlotsByName(HandoverStartDialog)
    # setupUi

    def retranslateUi(self, HandoverStartDialog):
        HandoverStartDialog.setWindowTitle(QCoreApplication.translate("HandoverStartDialog", u"Start a handover", None))
        self.outgoing_combo_label.setText(QCoreApplication.translate("HandoverStartDialog", u"&Outgoing", None))
#if QT_CONFIG(accessibility)
        self.outgoing_combo.setAccessibleName(QCoreApplication.translate("HandoverStartDialog", u"Outgoing staff member", None))
#endif // QT_CONFIG(accessibility)
        self.outgoing_error.setText("")
        self.outgoing_error.setStyleSheet(QCoreApplication.translate("HandoverStartDialog", u"color: #b3261e;", None))
        self.incoming_combo_label.setText(QCoreApplication.translate("HandoverStartDialog", u"&Successor", None))
#if QT_CONFIG(accessibility)
        self.incoming_combo.setAccessibleName(QCoreApplication.translate("HandoverStartDialog", u"Successor", None))
#endif // QT_CONFIG(accessibility)
        self.incoming_error.setText("")
        self.incoming_error.setStyleSheet(QCoreApplication.translate("HandoverStartDialog", u"color: #b3261e;", None))
        self.supervisor_combo_label.setText(QCoreApplication.translate("HandoverStartDialog", u"Su&pervisor", None))
#if QT_CONFIG(accessibility)
        self.supervisor_combo.setAccessibleName(QCoreApplication.translate("HandoverStartDialog", u"Supervisor", None))
#endif // QT_CONFIG(accessibility)
        self.post_edit_label.setText(QCoreApplication.translate("HandoverStartDialog", u"&Post", None))
#if QT_CONFIG(accessibility)
        self.post_edit.setAccessibleName(QCoreApplication.translate("HandoverStartDialog", u"Post", None))
#endif // QT_CONFIG(accessibility)
        self.post_edit.setPlaceholderText(QCoreApplication.translate("HandoverStartDialog", u"e.g. Neighbourhood sergeant \u2013 Riverside", None))
        self.due_edit_label.setText(QCoreApplication.translate("HandoverStartDialog", u"&Due", None))
        self.due_edit.setDisplayFormat(QCoreApplication.translate("HandoverStartDialog", u"dd MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.due_edit.setAccessibleName(QCoreApplication.translate("HandoverStartDialog", u"Due date", None))
#endif // QT_CONFIG(accessibility)
        self.template_combo_label.setText(QCoreApplication.translate("HandoverStartDialog", u"&Checklist", None))
#if QT_CONFIG(accessibility)
        self.template_combo.setAccessibleName(QCoreApplication.translate("HandoverStartDialog", u"Checklist template", None))
#endif // QT_CONFIG(accessibility)
        self.form_error.setText("")
        self.form_error.setStyleSheet(QCoreApplication.translate("HandoverStartDialog", u"color: #b3261e;", None))
    # retranslateUi

