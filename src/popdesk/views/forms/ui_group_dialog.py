# Generated from ui/group_dialog.ui by tools/build_forms.py: do not edit.
# source-sha256: c23a4f813171bddcaf7c74aa8510687bd8e3de1b76c57c24aa9b20b8b93fb0e3
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'group_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout)

from popdesk.views.widgets import TokenPicker

class Ui_GroupDialog(object):
    def setupUi(self, GroupDialog):
        if not GroupDialog.objectName():
            GroupDialog.setObjectName(u"GroupDialog")
        GroupDialog.resize(640, 400)
        self.dialog_layout = QVBoxLayout(GroupDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QGridLayout()
        self.form_layout.setSpacing(6)
        self.form_layout.setObjectName(u"form_layout")
        self.name_edit_label = QLabel(GroupDialog)
        self.name_edit_label.setObjectName(u"name_edit_label")

        self.form_layout.addWidget(self.name_edit_label, 0, 0, 1, 1)

        self.name_edit = QLineEdit(GroupDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.addWidget(self.name_edit, 0, 1, 1, 1)

        self.name_error = QLabel(GroupDialog)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setWordWrap(True)
        self.name_error.setVisible(False)

        self.form_layout.addWidget(self.name_error, 1, 1, 1, 1)

        self.kind_combo_label = QLabel(GroupDialog)
        self.kind_combo_label.setObjectName(u"kind_combo_label")

        self.form_layout.addWidget(self.kind_combo_label, 2, 0, 1, 1)

        self.kind_combo = QComboBox(GroupDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.addWidget(self.kind_combo, 2, 1, 1, 1)

        self.cadence_combo_label = QLabel(GroupDialog)
        self.cadence_combo_label.setObjectName(u"cadence_combo_label")

        self.form_layout.addWidget(self.cadence_combo_label, 4, 0, 1, 1)

        self.cadence_combo = QComboBox(GroupDialog)
        self.cadence_combo.setObjectName(u"cadence_combo")

        self.form_layout.addWidget(self.cadence_combo, 4, 1, 1, 1)

        self.chair_combo_label = QLabel(GroupDialog)
        self.chair_combo_label.setObjectName(u"chair_combo_label")

        self.form_layout.addWidget(self.chair_combo_label, 6, 0, 1, 1)

        self.chair_combo = QComboBox(GroupDialog)
        self.chair_combo.setObjectName(u"chair_combo")

        self.form_layout.addWidget(self.chair_combo, 6, 1, 1, 1)

        self.neighbourhood_combo_label = QLabel(GroupDialog)
        self.neighbourhood_combo_label.setObjectName(u"neighbourhood_combo_label")

        self.form_layout.addWidget(self.neighbourhood_combo_label, 8, 0, 1, 1)

        self.neighbourhood_combo = QComboBox(GroupDialog)
        self.neighbourhood_combo.setObjectName(u"neighbourhood_combo")

        self.form_layout.addWidget(self.neighbourhood_combo, 8, 1, 1, 1)

        self.organisations_picker_label = QLabel(GroupDialog)
        self.organisations_picker_label.setObjectName(u"organisations_picker_label")

        self.form_layout.addWidget(self.organisations_picker_label, 10, 0, 1, 1)

        self.organisations_picker = TokenPicker(GroupDialog)
        self.organisations_picker.setObjectName(u"organisations_picker")

        self.form_layout.addWidget(self.organisations_picker, 10, 1, 1, 1)

        self.contacts_picker_label = QLabel(GroupDialog)
        self.contacts_picker_label.setObjectName(u"contacts_picker_label")

        self.form_layout.addWidget(self.contacts_picker_label, 12, 0, 1, 1)

        self.contacts_picker = TokenPicker(GroupDialog)
        self.contacts_picker.setObjectName(u"contacts_picker")

        self.form_layout.addWidget(self.contacts_picker, 12, 1, 1, 1)

        self.terms_edit_label = QLabel(GroupDialog)
        self.terms_edit_label.setObjectName(u"terms_edit_label")

        self.form_layout.addWidget(self.terms_edit_label, 14, 0, 1, 1)

        self.terms_edit = QPlainTextEdit(GroupDialog)
        self.terms_edit.setObjectName(u"terms_edit")
        self.terms_edit.setMinimumSize(QSize(0, 70))
        self.terms_edit.setTabChangesFocus(True)

        self.form_layout.addWidget(self.terms_edit, 14, 1, 1, 1)


        self.dialog_layout.addLayout(self.form_layout)

        self.form_error = QLabel(GroupDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setVisible(False)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(GroupDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_edit_label.setBuddy(self.name_edit)
        self.kind_combo_label.setBuddy(self.kind_combo)
        self.cadence_combo_label.setBuddy(self.cadence_combo)
        self.chair_combo_label.setBuddy(self.chair_combo)
        self.neighbourhood_combo_label.setBuddy(self.neighbourhood_combo)
        self.organisations_picker_label.setBuddy(self.organisations_picker)
        self.contacts_picker_label.setBuddy(self.contacts_picker)
        self.terms_edit_label.setBuddy(self.terms_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GroupDialog)

        QMetaObject.connectSlotsByName(GroupDialog)
    # setupUi

    def retranslateUi(self, GroupDialog):
        GroupDialog.setWindowTitle(QCoreApplication.translate("GroupDialog", u"Partnership group", None))
        self.name_edit_label.setText(QCoreApplication.translate("GroupDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.name_edit.setPlaceholderText(QCoreApplication.translate("GroupDialog", u"e.g. Riverside PACT", None))
        self.name_error.setText("")
        self.name_error.setStyleSheet(QCoreApplication.translate("GroupDialog", u"color: #b3261e;", None))
        self.kind_combo_label.setText(QCoreApplication.translate("GroupDialog", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Kind of group", None))
#endif // QT_CONFIG(accessibility)
        self.cadence_combo_label.setText(QCoreApplication.translate("GroupDialog", u"&Meets", None))
#if QT_CONFIG(accessibility)
        self.cadence_combo.setAccessibleName(QCoreApplication.translate("GroupDialog", u"How often it meets", None))
#endif // QT_CONFIG(accessibility)
        self.chair_combo_label.setText(QCoreApplication.translate("GroupDialog", u"&Chaired by", None))
#if QT_CONFIG(accessibility)
        self.chair_combo.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Chair organisation", None))
#endif // QT_CONFIG(accessibility)
        self.neighbourhood_combo_label.setText(QCoreApplication.translate("GroupDialog", u"Neigh&bourhood", None))
#if QT_CONFIG(accessibility)
        self.neighbourhood_combo.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Neighbourhood", None))
#endif // QT_CONFIG(accessibility)
        self.organisations_picker_label.setText(QCoreApplication.translate("GroupDialog", u"Member &organisations", None))
#if QT_CONFIG(accessibility)
        self.organisations_picker.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Member organisations", None))
#endif // QT_CONFIG(accessibility)
        self.contacts_picker_label.setText(QCoreApplication.translate("GroupDialog", u"Member &contacts", None))
#if QT_CONFIG(accessibility)
        self.contacts_picker.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Member contacts", None))
#endif // QT_CONFIG(accessibility)
        self.terms_edit_label.setText(QCoreApplication.translate("GroupDialog", u"&Terms of reference", None))
#if QT_CONFIG(accessibility)
        self.terms_edit.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Terms of reference", None))
#endif // QT_CONFIG(accessibility)
        self.form_error.setText("")
        self.form_error.setStyleSheet(QCoreApplication.translate("GroupDialog", u"color: #b3261e;", None))
    # retranslateUi

