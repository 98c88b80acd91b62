# Generated from ui/engagements_view.ui by tools/build_forms.py: do not edit.
# source-sha256: 8030b82b417e8bd2174d1fa2f06a3eaa2336f1570fd92ecac2013c683ceba684
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'engagements_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QTextBrowser, QVBoxLayout)

class Ui_EngagementsView(object):
    def setupUi(self, EngagementsView):
        if not EngagementsView.objectName():
            EngagementsView.setObjectName(u"EngagementsView")
        self.page_layout = QVBoxLayout(EngagementsView)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setSpacing(8)
        self.filter_layout.setObjectName(u"filter_layout")
        self.since_label = QLabel(EngagementsView)
        self.since_label.setObjectName(u"since_label")

        self.filter_layout.addWidget(self.since_label)

        self.since_edit = QDateEdit(EngagementsView)
        self.since_edit.setObjectName(u"since_edit")
        self.since_edit.setCalendarPopup(True)

        self.filter_layout.addWidget(self.since_edit)

        self.until_label = QLabel(EngagementsView)
        self.until_label.setObjectName(u"until_label")

        self.filter_layout.addWidget(self.until_label)

        self.until_edit = QDateEdit(EngagementsView)
        self.until_edit.setObjectName(u"until_edit")
        self.until_edit.setCalendarPopup(True)

        self.filter_layout.addWidget(self.until_edit)

        self.type_combo = QComboBox(EngagementsView)
        self.type_combo.setObjectName(u"type_combo")
        self.type_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.type_combo)

        self.organisation_combo = QComboBox(EngagementsView)
        self.organisation_combo.setObjectName(u"organisation_combo")
        self.organisation_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.organisation_combo)

        self.staff_combo = QComboBox(EngagementsView)
        self.staff_combo.setObjectName(u"staff_combo")
        self.staff_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.staff_combo)

        self.problem_combo = QComboBox(EngagementsView)
        self.problem_combo.setObjectName(u"problem_combo")
        self.problem_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.problem_combo)

        self.clear_button = QPushButton(EngagementsView)
        self.clear_button.setObjectName(u"clear_button")

        self.filter_layout.addWidget(self.clear_button)

        self.filter_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.log_button = QPushButton(EngagementsView)
        self.log_button.setObjectName(u"log_button")

        self.filter_layout.addWidget(self.log_button)


        self.page_layout.addLayout(self.filter_layout)

        self.splitter = QSplitter(EngagementsView)
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
        self.detail_browser.setMinimumSize(QSize(260, 0))
        self.splitter.addWidget(self.detail_browser)

        self.page_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.since_label.setBuddy(self.since_edit)
        self.until_label.setBuddy(self.until_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EngagementsView)

        QMetaObject.connectSlotsByName(EngagementsView)
    # setupUi

    def retranslateUi(self, EngagementsView):
        self.since_label.setText(QCoreApplication.translate("EngagementsView", u"From", None))
        self.since_edit.setDisplayFormat(QCoreApplication.translate("EngagementsView", u"dd MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.since_edit.setAccessibleName(QCoreApplication.translate("EngagementsView", u"From date", None))
#endif // QT_CONFIG(accessibility)
        self.until_label.setText(QCoreApplication.translate("EngagementsView", u"to", None))
        self.until_edit.setDisplayFormat(QCoreApplication.translate("EngagementsView", u"dd MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.until_edit.setAccessibleName(QCoreApplication.translate("EngagementsView", u"To date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.type_combo.setAccessibleName(QCoreApplication.translate("EngagementsView", u"Filter by type", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.organisation_combo.setAccessibleName(QCoreApplication.translate("EngagementsView", u"Filter by organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.staff_combo.setAccessibleName(QCoreApplication.translate("EngagementsView", u"Filter by staff member", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problem_combo.setAccessibleName(QCoreApplication.translate("EngagementsView", u"Filter by problem", None))
#endif // QT_CONFIG(accessibility)
        self.clear_button.setText(QCoreApplication.translate("EngagementsView", u"Clear", None))
#if QT_CONFIG(tooltip)
        self.clear_button.setToolTip(QCoreApplication.translate("EngagementsView", u"Clear the filters", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.clear_button.setAccessibleName(QCoreApplication.translate("EngagementsView", u"Clear", None))
#endif // QT_CONFIG(accessibility)
        self.log_button.setText(QCoreApplication.translate("EngagementsView", u"&Log engagement\u2026", None))
#if QT_CONFIG(tooltip)
        self.log_button.setToolTip(QCoreApplication.translate("EngagementsView", u"Log a meeting, call, visit or other engagement (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.log_button.setAccessibleName(QCoreApplication.translate("EngagementsView", u"Log engagement\u2026", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table_view.setAccessibleName(QCoreApplication.translate("EngagementsView", u"Engagement log", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detail_browser.setAccessibleName(QCoreApplication.translate("EngagementsView", u"Details", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

