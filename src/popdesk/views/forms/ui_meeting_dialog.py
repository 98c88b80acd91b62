# Generated from ui/meeting_dialog.ui by tools/build_forms.py: do not edit.
# source-sha256: 060502bd6746872b3a88b1d5c5c3a202a7f9532c321852d77a7c77e6c5c21fed
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDateTimeEdit, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableWidget, QTreeWidget, QVBoxLayout)

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.resize(760, 400)
        self.dialog_layout = QVBoxLayout(MeetingDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QGridLayout()
        self.form_layout.setSpacing(6)
        self.form_layout.setObjectName(u"form_layout")
        self.group_label_label = QLabel(MeetingDialog)
        self.group_label_label.setObjectName(u"group_label_label")

        self.form_layout.addWidget(self.group_label_label, 0, 0, 1, 1)

        self.group_label = QLabel(MeetingDialog)
        self.group_label.setObjectName(u"group_label")

        self.form_layout.addWidget(self.group_label, 0, 1, 1, 1)

        self.starts_edit_label = QLabel(MeetingDialog)
        self.starts_edit_label.setObjectName(u"starts_edit_label")

        self.form_layout.addWidget(self.starts_edit_label, 2, 0, 1, 1)

        self.starts_edit = QDateTimeEdit(MeetingDialog)
        self.starts_edit.setObjectName(u"starts_edit")
        self.starts_edit.setCalendarPopup(True)

        self.form_layout.addWidget(self.starts_edit, 2, 1, 1, 1)

        self.venue_edit_label = QLabel(MeetingDialog)
        self.venue_edit_label.setObjectName(u"venue_edit_label")

        self.form_layout.addWidget(self.venue_edit_label, 4, 0, 1, 1)

        self.venue_edit = QLineEdit(MeetingDialog)
        self.venue_edit.setObjectName(u"venue_edit")

        self.form_layout.addWidget(self.venue_edit, 4, 1, 1, 1)

        self.status_combo_label = QLabel(MeetingDialog)
        self.status_combo_label.setObjectName(u"status_combo_label")

        self.form_layout.addWidget(self.status_combo_label, 6, 0, 1, 1)

        self.status_combo = QComboBox(MeetingDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.form_layout.addWidget(self.status_combo, 6, 1, 1, 1)

        self.agenda_edit_label = QLabel(MeetingDialog)
        self.agenda_edit_label.setObjectName(u"agenda_edit_label")

        self.form_layout.addWidget(self.agenda_edit_label, 8, 0, 1, 1)

        self.agenda_edit = QPlainTextEdit(MeetingDialog)
        self.agenda_edit.setObjectName(u"agenda_edit")
        self.agenda_edit.setMinimumSize(QSize(0, 60))
        self.agenda_edit.setTabChangesFocus(True)

        self.form_layout.addWidget(self.agenda_edit, 8, 1, 1, 1)


        self.dialog_layout.addLayout(self.form_layout)

        self.attendance_label = QLabel(MeetingDialog)
        self.attendance_label.setObjectName(u"attendance_label")

        self.dialog_layout.addWidget(self.attendance_label)

        self.attendance_table = QTableWidget(MeetingDialog)
        self.attendance_table.setObjectName(u"attendance_table")
        self.attendance_table.setMinimumSize(QSize(0, 150))
        self.attendance_table.setAlternatingRowColors(True)
        self.attendance_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.dialog_layout.addWidget(self.attendance_table)

        self.notes_layout = QGridLayout()
        self.notes_layout.setSpacing(6)
        self.notes_layout.setObjectName(u"notes_layout")
        self.notes_label = QLabel(MeetingDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.notes_layout.addWidget(self.notes_label, 0, 0, 1, 1)

        self.notes_edit = QPlainTextEdit(MeetingDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setMinimumSize(QSize(0, 60))
        self.notes_edit.setTabChangesFocus(True)

        self.notes_layout.addWidget(self.notes_edit, 0, 1, 1, 1)

        self.decisions_label = QLabel(MeetingDialog)
        self.decisions_label.setObjectName(u"decisions_label")

        self.notes_layout.addWidget(self.decisions_label, 2, 0, 1, 1)

        self.decisions_edit = QPlainTextEdit(MeetingDialog)
        self.decisions_edit.setObjectName(u"decisions_edit")
        self.decisions_edit.setMinimumSize(QSize(0, 45))
        self.decisions_edit.setTabChangesFocus(True)

        self.notes_layout.addWidget(self.decisions_edit, 2, 1, 1, 1)


        self.dialog_layout.addLayout(self.notes_layout)

        self.actions_label = QLabel(MeetingDialog)
        self.actions_label.setObjectName(u"actions_label")

        self.dialog_layout.addWidget(self.actions_label)

        self.action_row = QHBoxLayout()
        self.action_row.setSpacing(6)
        self.action_row.setObjectName(u"action_row")
        self.action_edit = QLineEdit(MeetingDialog)
        self.action_edit.setObjectName(u"action_edit")

        self.action_row.addWidget(self.action_edit)

        self.action_owner_combo = QComboBox(MeetingDialog)
        self.action_owner_combo.setObjectName(u"action_owner_combo")

        self.action_row.addWidget(self.action_owner_combo)

        self.action_due_edit = QDateEdit(MeetingDialog)
        self.action_due_edit.setObjectName(u"action_due_edit")
        self.action_due_edit.setCalendarPopup(True)

        self.action_row.addWidget(self.action_due_edit)

        self.add_action_button = QPushButton(MeetingDialog)
        self.add_action_button.setObjectName(u"add_action_button")

        self.action_row.addWidget(self.add_action_button)

        self.remove_action_button = QPushButton(MeetingDialog)
        self.remove_action_button.setObjectName(u"remove_action_button")

        self.action_row.addWidget(self.remove_action_button)


        self.dialog_layout.addLayout(self.action_row)

        self.actions_tree = QTreeWidget(MeetingDialog)
        self.actions_tree.setObjectName(u"actions_tree")
        self.actions_tree.setAlternatingRowColors(True)
        self.actions_tree.setMinimumSize(QSize(0, 80))

        self.dialog_layout.addWidget(self.actions_tree)

        self.form_error = QLabel(MeetingDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setVisible(False)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(MeetingDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.group_label_label.setBuddy(self.group_label)
        self.starts_edit_label.setBuddy(self.starts_edit)
        self.venue_edit_label.setBuddy(self.venue_edit)
        self.status_combo_label.setBuddy(self.status_combo)
        self.agenda_edit_label.setBuddy(self.agenda_edit)
        self.notes_label.setBuddy(self.notes_edit)
        self.decisions_label.setBuddy(self.decisions_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingDialog)

        QMetaObject.connectSlotsByName(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"Meeting", None))
        self.group_label_label.setText(QCoreApplication.translate("MeetingDialog", u"&Group", None))
        self.group_label.setText("")
#if QT_CONFIG(accessibility)
        self.group_label.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Group", None))
#endif // QT_CONFIG(accessibility)
        self.starts_edit_label.setText(QCoreApplication.translate("MeetingDialog", u"&When", None))
        self.starts_edit.setDisplayFormat(QCoreApplication.translate("MeetingDialog", u"dd MMM yyyy HH:mm", None))
#if QT_CONFIG(accessibility)
        self.starts_edit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"When", None))
#endif // QT_CONFIG(accessibility)
        self.venue_edit_label.setText(QCoreApplication.translate("MeetingDialog", u"&Venue", None))
#if QT_CONFIG(accessibility)
        self.venue_edit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Venue", None))
#endif // QT_CONFIG(accessibility)
        self.venue_edit.setPlaceholderText("")
        self.status_combo_label.setText(QCoreApplication.translate("MeetingDialog", u"&Status", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.agenda_edit_label.setText(QCoreApplication.translate("MeetingDialog", u"A&genda", None))
#if QT_CONFIG(accessibility)
        self.agenda_edit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Agenda", None))
#endif // QT_CONFIG(accessibility)
        self.attendance_label.setText(QCoreApplication.translate("MeetingDialog", u"Attendance", None))
#if QT_CONFIG(accessibility)
        self.attendance_table.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Attendance", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("MeetingDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.decisions_label.setText(QCoreApplication.translate("MeetingDialog", u"&Decisions", None))
#if QT_CONFIG(accessibility)
        self.decisions_edit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Decisions", None))
#endif // QT_CONFIG(accessibility)
        self.actions_label.setText(QCoreApplication.translate("MeetingDialog", u"Actions agreed", None))
#if QT_CONFIG(accessibility)
        self.action_edit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"New action", None))
#endif // QT_CONFIG(accessibility)
        self.action_edit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"Action agreed", None))
#if QT_CONFIG(accessibility)
        self.action_owner_combo.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Owner of the new action", None))
#endif // QT_CONFIG(accessibility)
        self.action_due_edit.setDisplayFormat(QCoreApplication.translate("MeetingDialog", u"dd MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.action_due_edit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Due date of the new action", None))
#endif // QT_CONFIG(accessibility)
        self.add_action_button.setText(QCoreApplication.translate("MeetingDialog", u"Add", None))
#if QT_CONFIG(tooltip)
        self.add_action_button.setToolTip(QCoreApplication.translate("MeetingDialog", u"Add this action (Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.add_action_button.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Add action", None))
#endif // QT_CONFIG(accessibility)
        self.remove_action_button.setText(QCoreApplication.translate("MeetingDialog", u"Remove", None))
#if QT_CONFIG(tooltip)
        self.remove_action_button.setToolTip(QCoreApplication.translate("MeetingDialog", u"Remove the selected action", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.remove_action_button.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Remove action", None))
#endif // QT_CONFIG(accessibility)
        ___qtreewidgetitem = self.actions_tree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("MeetingDialog", u"Due", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("MeetingDialog", u"Owner", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("MeetingDialog", u"Action", None))
#if QT_CONFIG(accessibility)
        self.actions_tree.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Actions agreed", None))
#endif // QT_CONFIG(accessibility)
        self.form_error.setText("")
        self.form_error.setStyleSheet(QCoreApplication.translate("MeetingDialog", u"color: #b3261e;", None))
    # retranslateUi

