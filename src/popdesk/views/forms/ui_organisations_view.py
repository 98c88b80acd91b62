# Generated from ui/organisations_view.ui by tools/build_forms.py: do not edit.
# source-sha256: 6539d78010bd97d01420357b0fdf326f3780ba2e2b538490e72127b25d38cc23
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisations_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QTextBrowser, QVBoxLayout)

class Ui_OrganisationsView(object):
    def setupUi(self, OrganisationsView):
        if not OrganisationsView.objectName():
            OrganisationsView.setObjectName(u"OrganisationsView")
        self.page_layout = QVBoxLayout(OrganisationsView)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setSpacing(8)
        self.filter_layout.setObjectName(u"filter_layout")
        self.sector_label = QLabel(OrganisationsView)
        self.sector_label.setObjectName(u"sector_label")

        self.filter_layout.addWidget(self.sector_label)

        self.sector_combo = QComboBox(OrganisationsView)
        self.sector_combo.setObjectName(u"sector_combo")
        self.sector_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.sector_combo)

        self.neighbourhood_label = QLabel(OrganisationsView)
        self.neighbourhood_label.setObjectName(u"neighbourhood_label")

        self.filter_layout.addWidget(self.neighbourhood_label)

        self.neighbourhood_combo = QComboBox(OrganisationsView)
        self.neighbourhood_combo.setObjectName(u"neighbourhood_combo")
        self.neighbourhood_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.neighbourhood_combo)

        self.show_inactive_check = QCheckBox(OrganisationsView)
        self.show_inactive_check.setObjectName(u"show_inactive_check")

        self.filter_layout.addWidget(self.show_inactive_check)

        self.filter_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.new_button = QPushButton(OrganisationsView)
        self.new_button.setObjectName(u"new_button")

        self.filter_layout.addWidget(self.new_button)

        self.edit_button = QPushButton(OrganisationsView)
        self.edit_button.setObjectName(u"edit_button")

        self.filter_layout.addWidget(self.edit_button)

        self.deactivate_button = QPushButton(OrganisationsView)
        self.deactivate_button.setObjectName(u"deactivate_button")

        self.filter_layout.addWidget(self.deactivate_button)

        self.directory_button = QPushButton(OrganisationsView)
        self.directory_button.setObjectName(u"directory_button")

        self.filter_layout.addWidget(self.directory_button)


        self.page_layout.addLayout(self.filter_layout)

        self.splitter = QSplitter(OrganisationsView)
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
        self.sector_label.setBuddy(self.sector_combo)
        self.neighbourhood_label.setBuddy(self.neighbourhood_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrganisationsView)

        QMetaObject.connectSlotsByName(OrganisationsView)
    # setupUi

    def retranslateUi(self, OrganisationsView):
        self.sector_label.setText(QCoreApplication.translate("OrganisationsView", u"Sector", None))
#if QT_CONFIG(accessibility)
        self.sector_combo.setAccessibleName(QCoreApplication.translate("OrganisationsView", u"Filter by sector", None))
#endif // QT_CONFIG(accessibility)
        self.neighbourhood_label.setText(QCoreApplication.translate("OrganisationsView", u"Neighbourhood", None))
#if QT_CONFIG(accessibility)
        self.neighbourhood_combo.setAccessibleName(QCoreApplication.translate("OrganisationsView", u"Filter by neighbourhood", None))
#endif // QT_CONFIG(accessibility)
        self.show_inactive_check.setText(QCoreApplication.translate("OrganisationsView", u"Show deactivated", None))
        self.new_button.setText(QCoreApplication.translate("OrganisationsView", u"&New\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_button.setToolTip(QCoreApplication.translate("OrganisationsView", u"Add a partner organisation (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.new_button.setAccessibleName(QCoreApplication.translate("OrganisationsView", u"New\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.edit_button.setText(QCoreApplication.translate("OrganisationsView", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_button.setToolTip(QCoreApplication.translate("OrganisationsView", u"Edit the selected organisation", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.edit_button.setAccessibleName(QCoreApplication.translate("OrganisationsView", u"Edit\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.deactivate_button.setText(QCoreApplication.translate("OrganisationsView", u"&Deactivate\u2026", None))
#if QT_CONFIG(tooltip)
        self.deactivate_button.setToolTip(QCoreApplication.translate("OrganisationsView", u"Deactivate the selected organisation", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.deactivate_button.setAccessibleName(QCoreApplication.translate("OrganisationsView", u"Deactivate\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.directory_button.setText(QCoreApplication.translate("OrganisationsView", u"Director&y\u2026", None))
#if QT_CONFIG(tooltip)
        self.directory_button.setToolTip(QCoreApplication.translate("OrganisationsView", u"Export the partner directory (PDF) for the office wall", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.directory_button.setAccessibleName(QCoreApplication.translate("OrganisationsView", u"Directory\u2026", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table_view.setAccessibleName(QCoreApplication.translate("OrganisationsView", u"Organisations", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detail_browser.setAccessibleName(QCoreApplication.translate("OrganisationsView", u"Details", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

