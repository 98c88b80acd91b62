# Generated from ui/organisation_dialog.ui by tools/build_forms.py: do not edit.
# source-sha256: 7bdfd4bd9a4a8d05a2e7d505a70b1f021a7ef700606d25f652f2da9eb412065d
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QVBoxLayout)

class Ui_OrganisationDialog(object):
    def setupUi(self, OrganisationDialog):
        if not OrganisationDialog.objectName():
            OrganisationDialog.setObjectName(u"OrganisationDialog")
        OrganisationDialog.resize(560, 400)
        self.dialog_layout = QVBoxLayout(OrganisationDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QGridLayout()
        self.form_layout.setSpacing(6)
        self.form_layout.setObjectName(u"form_layout")
        self.name_edit_label = QLabel(OrganisationDialog)
        self.name_edit_label.setObjectName(u"name_edit_label")

        self.form_layout.addWidget(self.name_edit_label, 0, 0, 1, 1)

        self.name_edit = QLineEdit(OrganisationDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.addWidget(self.name_edit, 0, 1, 1, 1)

        self.name_error = QLabel(OrganisationDialog)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setWordWrap(True)
        self.name_error.setVisible(False)

        self.form_layout.addWidget(self.name_error, 1, 1, 1, 1)

        self.sector_combo_label = QLabel(OrganisationDialog)
        self.sector_combo_label.setObjectName(u"sector_combo_label")

        self.form_layout.addWidget(self.sector_combo_label, 2, 0, 1, 1)

        self.sector_combo = QComboBox(OrganisationDialog)
        self.sector_combo.setObjectName(u"sector_combo")

        self.form_layout.addWidget(self.sector_combo, 2, 1, 1, 1)

        self.approach_combo_label = QLabel(OrganisationDialog)
        self.approach_combo_label.setObjectName(u"approach_combo_label")

        self.form_layout.addWidget(self.approach_combo_label, 4, 0, 1, 1)

        self.approach_combo = QComboBox(OrganisationDialog)
        self.approach_combo.setObjectName(u"approach_combo")

        self.form_layout.addWidget(self.approach_combo, 4, 1, 1, 1)

        self.neighbourhoods_list_label = QLabel(OrganisationDialog)
        self.neighbourhoods_list_label.setObjectName(u"neighbourhoods_list_label")

        self.form_layout.addWidget(self.neighbourhoods_list_label, 6, 0, 1, 1)

        self.neighbourhoods_list = QListWidget(OrganisationDialog)
        self.neighbourhoods_list.setObjectName(u"neighbourhoods_list")
        self.neighbourhoods_list.setMaximumSize(QSize(16777215, 110))

        self.form_layout.addWidget(self.neighbourhoods_list, 6, 1, 1, 1)

        self.website_edit_label = QLabel(OrganisationDialog)
        self.website_edit_label.setObjectName(u"website_edit_label")

        self.form_layout.addWidget(self.website_edit_label, 8, 0, 1, 1)

        self.website_edit = QLineEdit(OrganisationDialog)
        self.website_edit.setObjectName(u"website_edit")

        self.form_layout.addWidget(self.website_edit, 8, 1, 1, 1)

        self.website_error = QLabel(OrganisationDialog)
        self.website_error.setObjectName(u"website_error")
        self.website_error.setWordWrap(True)
        self.website_error.setVisible(False)

        self.form_layout.addWidget(self.website_error, 9, 1, 1, 1)

        self.address_edit_label = QLabel(OrganisationDialog)
        self.address_edit_label.setObjectName(u"address_edit_label")

        self.form_layout.addWidget(self.address_edit_label, 10, 0, 1, 1)

        self.address_edit = QPlainTextEdit(OrganisationDialog)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setMinimumSize(QSize(0, 60))
        self.address_edit.setTabChangesFocus(True)

        self.form_layout.addWidget(self.address_edit, 10, 1, 1, 1)

        self.notes_edit_label = QLabel(OrganisationDialog)
        self.notes_edit_label.setObjectName(u"notes_edit_label")

        self.form_layout.addWidget(self.notes_edit_label, 12, 0, 1, 1)

        self.notes_edit = QPlainTextEdit(OrganisationDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setMinimumSize(QSize(0, 60))
        self.notes_edit.setTabChangesFocus(True)

        self.form_layout.addWidget(self.notes_edit, 12, 1, 1, 1)


        self.dialog_layout.addLayout(self.form_layout)

        self.form_error = QLabel(OrganisationDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setVisible(False)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(OrganisationDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_edit_label.setBuddy(self.name_edit)
        self.sector_combo_label.setBuddy(self.sector_combo)
        self.approach_combo_label.setBuddy(self.approach_combo)
        self.neighbourhoods_list_label.setBuddy(self.neighbourhoods_list)
        self.website_edit_label.setBuddy(self.website_edit)
        self.address_edit_label.setBuddy(self.address_edit)
        self.notes_edit_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrganisationDialog)

        QMetaObject.connectSlotsByName(OrganisationDialog)
    # setupUi

    def retranslateUi(self, OrganisationDialog):
        OrganisationDialog.setWindowTitle(QCoreApplication.translate("OrganisationDialog", u"Organisation", None))
        self.name_edit_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.name_edit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"e.g. Glanafon Council \u2013 ASB Team", None))
        self.name_error.setText("")
        self.name_error.setStyleSheet(QCoreApplication.translate("OrganisationDialog", u"color: #b3261e;", None))
        self.sector_combo_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Sector", None))
#if QT_CONFIG(accessibility)
        self.sector_combo.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Sector", None))
#endif // QT_CONFIG(accessibility)
        self.approach_combo_label.setText(QCoreApplication.translate("OrganisationDialog", u"Working &approach", None))
#if QT_CONFIG(accessibility)
        self.approach_combo.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Working approach", None))
#endif // QT_CONFIG(accessibility)
        self.neighbourhoods_list_label.setText(QCoreApplication.translate("OrganisationDialog", u"Neigh&bourhoods", None))
#if QT_CONFIG(accessibility)
        self.neighbourhoods_list.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Neighbourhoods covered", None))
#endif // QT_CONFIG(accessibility)
        self.website_edit_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Website", None))
#if QT_CONFIG(accessibility)
        self.website_edit.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Website", None))
#endif // QT_CONFIG(accessibility)
        self.website_edit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"www.example.org", None))
        self.website_error.setText("")
        self.website_error.setStyleSheet(QCoreApplication.translate("OrganisationDialog", u"color: #b3261e;", None))
        self.address_edit_label.setText(QCoreApplication.translate("OrganisationDialog", u"A&ddress", None))
#if QT_CONFIG(accessibility)
        self.address_edit.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.notes_edit_label.setText(QCoreApplication.translate("OrganisationDialog", u"N&otes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.form_error.setText("")
        self.form_error.setStyleSheet(QCoreApplication.translate("OrganisationDialog", u"color: #b3261e;", None))
    # retranslateUi

