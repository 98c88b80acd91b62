# Generated from ui/import_wizard.ui by tools/build_forms.py: do not edit.
# source-sha256: 9b2ab334a96d386f995a408e997b46279915865279b2c4140e41bd70860bac53
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWizard, QWizardPage)

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(900, 620)
        ImportWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.file_page = QWizardPage()
        self.file_page.setObjectName(u"file_page")
        self.file_layout = QVBoxLayout(self.file_page)
        self.file_layout.setObjectName(u"file_layout")
        self.file_row = QHBoxLayout()
        self.file_row.setSpacing(6)
        self.file_row.setObjectName(u"file_row")
        self.file_edit_label = QLabel(self.file_page)
        self.file_edit_label.setObjectName(u"file_edit_label")

        self.file_row.addWidget(self.file_edit_label)

        self.file_edit = QLineEdit(self.file_page)
        self.file_edit.setObjectName(u"file_edit")

        self.file_row.addWidget(self.file_edit)

        self.browse_button = QPushButton(self.file_page)
        self.browse_button.setObjectName(u"browse_button")

        self.file_row.addWidget(self.browse_button)


        self.file_layout.addLayout(self.file_row)

        self.file_error = QLabel(self.file_page)
        self.file_error.setObjectName(u"file_error")
        self.file_error.setWordWrap(True)

        self.file_layout.addWidget(self.file_error)

        self.formats_label = QLabel(self.file_page)
        self.formats_label.setObjectName(u"formats_label")
        self.formats_label.setWordWrap(True)

        self.file_layout.addWidget(self.formats_label)

        self.file_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.file_layout.addItem(self.file_spacer)

        ImportWizard.addPage(self.file_page)
        self.mapping_page = QWizardPage()
        self.mapping_page.setObjectName(u"mapping_page")
        self.mapping_layout = QVBoxLayout(self.mapping_page)
        self.mapping_layout.setObjectName(u"mapping_layout")
        self.mapping_grid = QGridLayout()
        self.mapping_grid.setSpacing(6)
        self.mapping_grid.setObjectName(u"mapping_grid")

        self.mapping_layout.addLayout(self.mapping_grid)

        self.mapping_error = QLabel(self.mapping_page)
        self.mapping_error.setObjectName(u"mapping_error")
        self.mapping_error.setWordWrap(True)

        self.mapping_layout.addWidget(self.mapping_error)

        self.mapping_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mapping_layout.addItem(self.mapping_spacer)

        ImportWizard.addPage(self.mapping_page)
        self.preview_page = QWizardPage()
        self.preview_page.setObjectName(u"preview_page")
        self.preview_layout = QVBoxLayout(self.preview_page)
        self.preview_layout.setSpacing(6)
        self.preview_layout.setObjectName(u"preview_layout")
        self.summary_label = QLabel(self.preview_page)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.preview_layout.addWidget(self.summary_label)

        self.problems_check = QCheckBox(self.preview_page)
        self.problems_check.setObjectName(u"problems_check")

        self.preview_layout.addWidget(self.problems_check)

        self.preview_table = QTableView(self.preview_page)
        self.preview_table.setObjectName(u"preview_table")
        self.preview_table.setAlternatingRowColors(True)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.preview_layout.addWidget(self.preview_table)

        self.organisations_label = QLabel(self.preview_page)
        self.organisations_label.setObjectName(u"organisations_label")
        self.organisations_label.setWordWrap(True)

        self.preview_layout.addWidget(self.organisations_label)

        self.progress_bar = QProgressBar(self.preview_page)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setValue(0)

        self.preview_layout.addWidget(self.progress_bar)

        ImportWizard.addPage(self.preview_page)
        self.done_page = QWizardPage()
        self.done_page.setObjectName(u"done_page")
        self.done_layout = QVBoxLayout(self.done_page)
        self.done_layout.setObjectName(u"done_layout")
        self.result_label = QLabel(self.done_page)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)

        self.done_layout.addWidget(self.result_label)

        self.done_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.done_layout.addItem(self.done_spacer)

        ImportWizard.addPage(self.done_page)
#if QT_CONFIG(shortcut)
        self.file_edit_label.setBuddy(self.file_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportWizard)

        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Import contacts", None))
        self.file_page.setTitle(QCoreApplication.translate("ImportWizard", u"Choose a file", None))
        self.file_page.setSubTitle(QCoreApplication.translate("ImportWizard", u"Contacts exported from Outlook, Google Contacts, a phone or a spreadsheet: .csv or .vcf.", None))
        self.file_edit_label.setText(QCoreApplication.translate("ImportWizard", u"&File", None))
#if QT_CONFIG(accessibility)
        self.file_edit.setAccessibleName(QCoreApplication.translate("ImportWizard", u"File to import", None))
#endif // QT_CONFIG(accessibility)
        self.file_edit.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"\u2026/contacts.csv", None))
        self.browse_button.setText(QCoreApplication.translate("ImportWizard", u"&Browse\u2026", None))
        self.file_error.setText("")
#if QT_CONFIG(accessibility)
        self.file_error.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Why the file cannot be imported", None))
#endif // QT_CONFIG(accessibility)
        self.formats_label.setText("")
        self.mapping_page.setTitle(QCoreApplication.translate("ImportWizard", u"Say which column holds what", None))
        self.mapping_page.setSubTitle(QCoreApplication.translate("ImportWizard", u"popdesk does not recognise this file's columns.", None))
        self.mapping_error.setText("")
        self.preview_page.setTitle(QCoreApplication.translate("ImportWizard", u"Check before importing", None))
        self.preview_page.setSubTitle(QCoreApplication.translate("ImportWizard", u"Nothing is written until you press Import.", None))
        self.summary_label.setText("")
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("ImportWizard", u"What the import will do", None))
#endif // QT_CONFIG(accessibility)
        self.problems_check.setText(QCoreApplication.translate("ImportWizard", u"Show only the rows that will &not be imported", None))
#if QT_CONFIG(accessibility)
        self.preview_table.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Rows of the file", None))
#endif // QT_CONFIG(accessibility)
        self.organisations_label.setText("")
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Import progress", None))
#endif // QT_CONFIG(accessibility)
        self.done_page.setTitle(QCoreApplication.translate("ImportWizard", u"Imported", None))
        self.done_page.setSubTitle("")
        self.result_label.setText("")
#if QT_CONFIG(accessibility)
        self.result_label.setAccessibleName(QCoreApplication.translate("ImportWizard", u"What was imported", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

