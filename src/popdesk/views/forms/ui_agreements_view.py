# Generated from ui/agreements_view.ui by tools/build_forms.py: do not edit.
# source-sha256: ebe1cd1db1a82778886d594eb37565321895b742f6154f2941c758652c945a14
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agreements_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QTextBrowser, QVBoxLayout)

class Ui_AgreementsView(object):
    def setupUi(self, AgreementsView):
        if not AgreementsView.objectName():
            AgreementsView.setObjectName(u"AgreementsView")
        self.page_layout = QVBoxLayout(AgreementsView)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setSpacing(8)
        self.filter_layout.setObjectName(u"filter_layout")
        self.show_label = QLabel(AgreementsView)
        self.show_label.setObjectName(u"show_label")

        self.filter_layout.addWidget(self.show_label)

        self.show_combo = QComboBox(AgreementsView)
        self.show_combo.setObjectName(u"show_combo")
        self.show_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.show_combo)

        self.filter_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.new_button = QPushButton(AgreementsView)
        self.new_button.setObjectName(u"new_button")

        self.filter_layout.addWidget(self.new_button)

        self.reviewed_button = QPushButton(AgreementsView)
        self.reviewed_button.setObjectName(u"reviewed_button")

        self.filter_layout.addWidget(self.reviewed_button)


        self.page_layout.addLayout(self.filter_layout)

        self.splitter = QSplitter(AgreementsView)
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
        self.show_label.setBuddy(self.show_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AgreementsView)

        QMetaObject.connectSlotsByName(AgreementsView)
    # setupUi

    def retranslateUi(self, AgreementsView):
        self.show_label.setText(QCoreApplication.translate("AgreementsView", u"Show", None))
#if QT_CONFIG(accessibility)
        self.show_combo.setAccessibleName(QCoreApplication.translate("AgreementsView", u"Which agreements to show", None))
#endif // QT_CONFIG(accessibility)
        self.new_button.setText(QCoreApplication.translate("AgreementsView", u"&New agreement\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_button.setToolTip(QCoreApplication.translate("AgreementsView", u"Add a data-sharing agreement (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.new_button.setAccessibleName(QCoreApplication.translate("AgreementsView", u"New agreement\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.reviewed_button.setText(QCoreApplication.translate("AgreementsView", u"Mark &reviewed\u2026", None))
#if QT_CONFIG(tooltip)
        self.reviewed_button.setToolTip(QCoreApplication.translate("AgreementsView", u"Record a review and set the next review date", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.reviewed_button.setAccessibleName(QCoreApplication.translate("AgreementsView", u"Mark reviewed\u2026", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table_view.setAccessibleName(QCoreApplication.translate("AgreementsView", u"Data-sharing agreements", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detail_browser.setAccessibleName(QCoreApplication.translate("AgreementsView", u"Details", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

