# Generated from ui/contacts_view.ui by tools/build_forms.py: do not edit.
# source-sha256: c5a91a98709d89f2f02083ae21b706ca8b26380e6bb1b828728fc52ea9abb60a
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contacts_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QTextBrowser, QVBoxLayout)

class Ui_ContactsView(object):
    def setupUi(self, ContactsView):
        if not ContactsView.objectName():
            ContactsView.setObjectName(u"ContactsView")
        self.page_layout = QVBoxLayout(ContactsView)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setSpacing(8)
        self.filter_layout.setObjectName(u"filter_layout")
        self.organisation_label = QLabel(ContactsView)
        self.organisation_label.setObjectName(u"organisation_label")

        self.filter_layout.addWidget(self.organisation_label)

        self.organisation_combo = QComboBox(ContactsView)
        self.organisation_combo.setObjectName(u"organisation_combo")
        self.organisation_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.organisation_combo)

        self.review_due_check = QCheckBox(ContactsView)
        self.review_due_check.setObjectName(u"review_due_check")

        self.filter_layout.addWidget(self.review_due_check)

        self.show_inactive_check = QCheckBox(ContactsView)
        self.show_inactive_check.setObjectName(u"show_inactive_check")

        self.filter_layout.addWidget(self.show_inactive_check)

        self.filter_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.new_button = QPushButton(ContactsView)
        self.new_button.setObjectName(u"new_button")

        self.filter_layout.addWidget(self.new_button)

        self.edit_button = QPushButton(ContactsView)
        self.edit_button.setObjectName(u"edit_button")

        self.filter_layout.addWidget(self.edit_button)

        self.deactivate_button = QPushButton(ContactsView)
        self.deactivate_button.setObjectName(u"deactivate_button")

        self.filter_layout.addWidget(self.deactivate_button)

        self.export_button = QPushButton(ContactsView)
        self.export_button.setObjectName(u"export_button")

        self.filter_layout.addWidget(self.export_button)


        self.page_layout.addLayout(self.filter_layout)

        self.splitter = QSplitter(ContactsView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.table_view = QTableView(self.splitter)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setWordWrap(False)
        self.table_view.setShowGrid(False)
        self.table_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.splitter.addWidget(self.table_view)
        self.detail_browser = QTextBrowser(self.splitter)
        self.detail_browser.setObjectName(u"detail_browser")
        self.detail_browser.setOpenLinks(False)
        self.detail_browser.setMinimumSize(QSize(340, 0))
        self.splitter.addWidget(self.detail_browser)

        self.page_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.organisation_label.setBuddy(self.organisation_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContactsView)

        QMetaObject.connectSlotsByName(ContactsView)
    # setupUi

    def retranslateUi(self, ContactsView):
        self.organisation_label.setText(QCoreApplication.translate("ContactsView", u"Organisation", None))
#if QT_CONFIG(accessibility)
        self.organisation_combo.setAccessibleName(QCoreApplication.translate("ContactsView", u"Filter by organisation", None))
#endif // QT_CONFIG(accessibility)
        self.review_due_check.setText(QCoreApplication.translate("ContactsView", u"Review due", None))
        self.show_inactive_check.setText(QCoreApplication.translate("ContactsView", u"Show deactivated", None))
        self.new_button.setText(QCoreApplication.translate("ContactsView", u"&New\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_button.setToolTip(QCoreApplication.translate("ContactsView", u"Add a contact (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.new_button.setAccessibleName(QCoreApplication.translate("ContactsView", u"New\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.edit_button.setText(QCoreApplication.translate("ContactsView", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_button.setToolTip(QCoreApplication.translate("ContactsView", u"Edit the selected contact", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.edit_button.setAccessibleName(QCoreApplication.translate("ContactsView", u"Edit\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.deactivate_button.setText(QCoreApplication.translate("ContactsView", u"&Deactivate\u2026", None))
#if QT_CONFIG(tooltip)
        self.deactivate_button.setToolTip(QCoreApplication.translate("ContactsView", u"Deactivate the selected contact", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.deactivate_button.setAccessibleName(QCoreApplication.translate("ContactsView", u"Deactivate\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.export_button.setText(QCoreApplication.translate("ContactsView", u"Mor&e\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("ContactsView", u"Import or export contacts (CSV, vCard), or erase the selected person", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.export_button.setAccessibleName(QCoreApplication.translate("ContactsView", u"More actions\u2026", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table_view.setAccessibleName(QCoreApplication.translate("ContactsView", u"Contacts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detail_browser.setAccessibleName(QCoreApplication.translate("ContactsView", u"Details", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

