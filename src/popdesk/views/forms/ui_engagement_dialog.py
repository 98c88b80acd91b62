# Generated from ui/engagement_dialog.ui by tools/build_forms.py: do not edit.
# source-sha256: 4e67ae96f05795631a85e60ff7f32522b8df6cb28996ef57a8b7af7c0e4140d4
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'engagement_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDateTimeEdit, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTreeWidget, QVBoxLayout)

from popdesk.views.widgets import TokenPicker

class Ui_EngagementDialog(object):
    def setupUi(self, EngagementDialog):
        if not EngagementDialog.objectName():
            EngagementDialog.setObjectName(u"EngagementDialog")
        EngagementDialog.resize(720, 400)
        self.dialog_layout = QVBoxLayout(EngagementDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QGridLayout()
        self.form_layout.setSpacing(6)
        self.form_layout.setObjectName(u"form_layout")
        self.when_edit_label = QLabel(EngagementDialog)
        self.when_edit_label.setObjectName(u"when_edit_label")

        self.form_layout.addWidget(self.when_edit_label, 0, 0, 1, 1)

        self.when_edit = QDateTimeEdit(EngagementDialog)
        self.when_edit.setObjectName(u"when_edit")
        self.when_edit.setCalendarPopup(True)

        self.form_layout.addWidget(self.when_edit, 0, 1, 1, 1)

        self.type_combo_label = QLabel(EngagementDialog)
        self.type_combo_label.setObjectName(u"type_combo_label")

        self.form_layout.addWidget(self.type_combo_label, 2, 0, 1, 1)

        self.type_combo = QComboBox(EngagementDialog)
        self.type_combo.setObjectName(u"type_combo")

        self.form_layout.addWidget(self.type_combo, 2, 1, 1, 1)

        self.staff_picker_label = QLabel(EngagementDialog)
        self.staff_picker_label.setObjectName(u"staff_picker_label")

        self.form_layout.addWidget(self.staff_picker_label, 4, 0, 1, 1)

        self.staff_picker = TokenPicker(EngagementDialog)
        self.staff_picker.setObjectName(u"staff_picker")

        self.form_layout.addWidget(self.staff_picker, 4, 1, 1, 1)

        self.staff_error = QLabel(EngagementDialog)
        self.staff_error.setObjectName(u"staff_error")
        self.staff_error.setWordWrap(True)
        self.staff_error.setVisible(False)

        self.form_layout.addWidget(self.staff_error, 5, 1, 1, 1)

        self.contacts_picker_label = QLabel(EngagementDialog)
        self.contacts_picker_label.setObjectName(u"contacts_picker_label")

        self.form_layout.addWidget(self.contacts_picker_label, 6, 0, 1, 1)

        self.contacts_picker = TokenPicker(EngagementDialog)
        self.contacts_picker.setObjectName(u"contacts_picker")

        self.form_layout.addWidget(self.contacts_picker, 6, 1, 1, 1)

        self.contacts_error = QLabel(EngagementDialog)
        self.contacts_error.setObjectName(u"contacts_error")
        self.contacts_error.setWordWrap(True)
        self.contacts_error.setVisible(False)

        self.form_layout.addWidget(self.contacts_error, 7, 1, 1, 1)

        self.organisations_picker_label = QLabel(EngagementDialog)
        self.organisations_picker_label.setObjectName(u"organisations_picker_label")

        self.form_layout.addWidget(self.organisations_picker_label, 8, 0, 1, 1)

        self.organisations_picker = TokenPicker(EngagementDialog)
        self.organisations_picker.setObjectName(u"organisations_picker")

        self.form_layout.addWidget(self.organisations_picker, 8, 1, 1, 1)

        self.summary_edit_label = QLabel(EngagementDialog)
        self.summary_edit_label.setObjectName(u"summary_edit_label")

        self.form_layout.addWidget(self.summary_edit_label, 10, 0, 1, 1)

        self.summary_edit = QPlainTextEdit(EngagementDialog)
        self.summary_edit.setObjectName(u"summary_edit")
        self.summary_edit.setMinimumSize(QSize(0, 60))
        self.summary_edit.setTabChangesFocus(True)

        self.form_layout.addWidget(self.summary_edit, 10, 1, 1, 1)

        self.summary_error = QLabel(EngagementDialog)
        self.summary_error.setObjectName(u"summary_error")
        self.summary_error.setWordWrap(True)
        self.summary_error.setVisible(False)

        self.form_layout.addWidget(self.summary_error, 11, 1, 1, 1)

        self.outcome_edit_label = QLabel(EngagementDialog)
        self.outcome_edit_label.setObjectName(u"outcome_edit_label")

        self.form_layout.addWidget(self.outcome_edit_label, 12, 0, 1, 1)

        self.outcome_edit = QPlainTextEdit(EngagementDialog)
        self.outcome_edit.setObjectName(u"outcome_edit")
        self.outcome_edit.setMinimumSize(QSize(0, 40))
        self.outcome_edit.setTabChangesFocus(True)

        self.form_layout.addWidget(self.outcome_edit, 12, 1, 1, 1)

        self.problem_combo_label = QLabel(EngagementDialog)
        self.problem_combo_label.setObjectName(u"problem_combo_label")

        self.form_layout.addWidget(self.problem_combo_label, 14, 0, 1, 1)

        self.problem_combo = QComboBox(EngagementDialog)
        self.problem_combo.setObjectName(u"problem_combo")

        self.form_layout.addWidget(self.problem_combo, 14, 1, 1, 1)


        self.dialog_layout.addLayout(self.form_layout)

        self.actions_label = QLabel(EngagementDialog)
        self.actions_label.setObjectName(u"actions_label")

        self.dialog_layout.addWidget(self.actions_label)

        self.action_row = QHBoxLayout()
        self.action_row.setSpacing(6)
        self.action_row.setObjectName(u"action_row")
        self.action_edit = QLineEdit(EngagementDialog)
        self.action_edit.setObjectName(u"action_edit")

        self.action_row.addWidget(self.action_edit)

        self.action_owner_combo = QComboBox(EngagementDialog)
        self.action_owner_combo.setObjectName(u"action_owner_combo")

        self.action_row.addWidget(self.action_owner_combo)

        self.action_due_edit = QDateEdit(EngagementDialog)
        self.action_due_edit.setObjectName(u"action_due_edit")
        self.action_due_edit.setCalendarPopup(True)

        self.action_row.addWidget(self.action_due_edit)

        self.add_action_button = QPushButton(EngagementDialog)
        self.add_action_button.setObjectName(u"add_action_button")

        self.action_row.addWidget(self.add_action_button)

        self.remove_action_button = QPushButton(EngagementDialog)
        self.remove_action_button.setObjectName(u"remove_action_button")

        self.action_row.addWidget(self.remove_action_button)


        self.dialog_layout.addLayout(self.action_row)

        self.actions_tree = QTreeWidget(EngagementDialog)
        self.actions_tree.setObjectName(u"actions_tree")
        self.actions_tree.setRootIsDecorated(False)
        self.actions_tree.setMinimumSize(QSize(0, 90))

        self.dialog_layout.addWidget(self.actions_tree)

        self.form_error = QLabel(EngagementDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setVisible(False)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(EngagementDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.when_edit_label.setBuddy(self.when_edit)
        self.type_combo_label.setBuddy(self.type_combo)
        self.staff_picker_label.setBuddy(self.staff_picker)
        self.contacts_picker_label.setBuddy(self.contacts_picker)
        self.organisations_picker_label.setBuddy(self.organisations_picker)
        self.summary_edit_label.setBuddy(self.summary_edit)
        self.outcome_edit_label.setBuddy(self.outcome_edit)
        self.problem_combo_label.setBuddy(self.problem_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EngagementDialog)

        QMetaObject.connectSlotsByName(EngagementDialog)
    # setupUi

    def retranslateUi(self, EngagementDialog):
        EngagementDialog.setWindowTitle(QCoreApplication.translate("EngagementDialog", u"Log engagement", None))
        self.when_edit_label.setText(QCoreApplication.translate("EngagementDialog", u"&When", None))
        self.when_edit.setDisplayFormat(QCoreApplication.translate("EngagementDialog", u"dd MMM yyyy HH:mm", None))
#if QT_CONFIG(accessibility)
        self.when_edit.setAccessibleName(QCoreApplication.translate("EngagementDialog", u"When", None))
#endif // QT_CONFIG(accessibility)
        self.type_combo_label.setText(QCoreApplication.translate("EngagementDialog", u"T&ype", None))
#if QT_CONFIG(accessibility)
        self.type_combo.setAccessibleName(QCoreApplication.translate("EngagementDialog", u"Type of engagement", None))
#endif // QT_CONFIG(accessibility)
        self.staff_picker_label.setText(QCoreApplication.translate("EngagementDialog", u"Our &staff", None))
#if QT_CONFIG(accessibility)
        self.staff_picker.setAccessibleName(QCoreApplication.translate("EngagementDialog", u"Our staff", None))
#endif // QT_CONFIG(accessibility)
        self.staff_error.setText("")
        self.staff_error.setStyleSheet(QCoreApplication.translate("EngagementDialog", u"color: #b3261e;", None))
        self.contacts_picker_label.setText(QCoreApplication.translate("EngagementDialog", u"&Contacts", None))
#if QT_CONFIG(accessibility)
        self.contacts_picker.setAccessibleName(QCoreApplication.translate("EngagementDialog", u"Partner contacts", None))
#endif // QT_CONFIG(accessibility)
        self.contacts_error.setText("")
        self.contacts_error.setStyleSheet(QCoreApplication.translate("EngagementDialog", u"color: #b3261e;", None))
        self.organisations_picker_label.setText(QCoreApplication.translate("EngagementDialog", u"&Organisations", None))
#if QT_CONFIG(accessibility)
        self.organisations_picker.setAccessibleName(QCoreApplication.translate("EngagementDialog", u"Partner organisations", None))
#endif // QT_CONFIG(accessibility)
        self.summary_edit_label.setText(QCoreApplication.translate("EngagementDialog", u"S&ummary", None))
#if QT_CONFIG(accessibility)
        self.summary_edit.setAccessibleName(QCoreApplication.translate("EngagementDialog", u"Summary", None))
#endif // QT_CONFIG(accessibility)
        self.summary_error.setText("")
        self.summary_error.setStyleSheet(QCoreApplication.translate("EngagementDialog", u"color: #b3261e;", None))
        self.outcome_edit_label.setText(QCoreApplication.translate("EngagementDialog", u"Ou&tcome", None))
#if QT_CONFIG(accessibility)
        self.outcome_edit.setAccessibleName(QCoreApplication.translate("EngagementDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.problem_combo_label.setText(QCoreApplication.translate("EngagementDialog", u"&Problem", None))
#if QT_CONFIG(accessibility)
        self.problem_combo.setAccessibleName(QCoreApplication.translate("EngagementDialog", u"Linked problem", None))
#endif // QT_CONFIG(accessibility)
        self.actions_label.setText(QCoreApplication.translate("EngagementDialog", u"Follow-up actions", None))
#if QT_CONFIG(accessibility)
        self.action_edit.setAccessibleName(QCoreApplication.translate("EngagementDialog", u"New action", None))
#endif // QT_CONFIG(accessibility)
        self.action_edit.setPlaceholderText(QCoreApplication.translate("EngagementDialog", u"Follow-up action", None))
#if QT_CONFIG(accessibility)
        self.action_owner_combo.setAccessibleName(QCoreApplication.translate("EngagementDialog", u"Owner of the new action", None))
#endif // QT_CONFIG(accessibility)
        self.action_due_edit.setDisplayFormat(QCoreApplication.translate("EngagementDialog", u"dd MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.action_due_edit.setAccessibleName(QCoreApplication.translate("EngagementDialog", u"Due date of the new action", None))
#endif // QT_CONFIG(accessibility)
        self.add_action_button.setText(QCoreApplication.translate("EngagementDialog", u"Add", None))
#if QT_CONFIG(tooltip)
        self.add_action_button.setToolTip(QCoreApplication.translate("EngagementDialog", u"Add this follow-up action (Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.add_action_button.setAccessibleName(QCoreApplication.translate("EngagementDialog", u"Add action", None))
#endif // QT_CONFIG(accessibility)
        self.remove_action_button.setText(QCoreApplication.translate("EngagementDialog", u"Remove", None))
#if QT_CONFIG(tooltip)
        self.remove_action_button.setToolTip(QCoreApplication.translate("EngagementDialog", u"Remove the selected follow-up action", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.remove_action_button.setAccessibleName(QCoreApplication.translate("EngagementDialog", u"Remove action", None))
#endif // QT_CONFIG(accessibility)
        ___qtreewidgetitem = self.actions_tree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("EngagementDialog", u"Due", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("EngagementDialog", u"Owner", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("EngagementDialog", u"Action", None))
#if QT_CONFIG(accessibility)
        self.actions_tree.setAccessibleName(QCoreApplication.translate("EngagementDialog", u"Follow-up actions", None))
#endif // QT_CONFIG(accessibility)
        self.form_error.setText("")
        self.form_error.setStyleSheet(QCoreApplication.translate("EngagementDialog", u"color: #b3261e;", None))
    # retranslateUi

