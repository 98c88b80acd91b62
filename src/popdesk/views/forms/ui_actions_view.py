# Generated from ui/actions_view.ui by tools/build_forms.py: do not edit.
# source-sha256: 965d5782c7f2ac1741db1999077700a06b6a61a083d662a40c28f28bba135ecd
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'actions_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QTextBrowser, QVBoxLayout)

class Ui_ActionsView(object):
    def setupUi(self, ActionsView):
        if not ActionsView.objectName():
            ActionsView.setObjectName(u"ActionsView")
        self.page_layout = QVBoxLayout(ActionsView)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setSpacing(8)
        self.filter_layout.setObjectName(u"filter_layout")
        self.show_label = QLabel(ActionsView)
        self.show_label.setObjectName(u"show_label")

        self.filter_layout.addWidget(self.show_label)

        self.show_combo = QComboBox(ActionsView)
        self.show_combo.setObjectName(u"show_combo")
        self.show_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.show_combo)

        self.owner_label = QLabel(ActionsView)
        self.owner_label.setObjectName(u"owner_label")

        self.filter_layout.addWidget(self.owner_label)

        self.owner_combo = QComboBox(ActionsView)
        self.owner_combo.setObjectName(u"owner_combo")
        self.owner_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.owner_combo)

        self.filter_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.done_button = QPushButton(ActionsView)
        self.done_button.setObjectName(u"done_button")

        self.filter_layout.addWidget(self.done_button)

        self.reopen_button = QPushButton(ActionsView)
        self.reopen_button.setObjectName(u"reopen_button")

        self.filter_layout.addWidget(self.reopen_button)

        self.source_button = QPushButton(ActionsView)
        self.source_button.setObjectName(u"source_button")

        self.filter_layout.addWidget(self.source_button)


        self.page_layout.addLayout(self.filter_layout)

        self.splitter = QSplitter(ActionsView)
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
        self.owner_label.setBuddy(self.owner_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActionsView)

        QMetaObject.connectSlotsByName(ActionsView)
    # setupUi

    def retranslateUi(self, ActionsView):
        self.show_label.setText(QCoreApplication.translate("ActionsView", u"Show", None))
#if QT_CONFIG(accessibility)
        self.show_combo.setAccessibleName(QCoreApplication.translate("ActionsView", u"Which actions to show", None))
#endif // QT_CONFIG(accessibility)
        self.owner_label.setText(QCoreApplication.translate("ActionsView", u"Owner", None))
#if QT_CONFIG(accessibility)
        self.owner_combo.setAccessibleName(QCoreApplication.translate("ActionsView", u"Filter by owner", None))
#endif // QT_CONFIG(accessibility)
        self.done_button.setText(QCoreApplication.translate("ActionsView", u"Mark &done", None))
#if QT_CONFIG(tooltip)
        self.done_button.setToolTip(QCoreApplication.translate("ActionsView", u"Mark the selected action done (Ctrl+D)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.done_button.setAccessibleName(QCoreApplication.translate("ActionsView", u"Mark done", None))
#endif // QT_CONFIG(accessibility)
        self.reopen_button.setText(QCoreApplication.translate("ActionsView", u"Re&open", None))
#if QT_CONFIG(tooltip)
        self.reopen_button.setToolTip(QCoreApplication.translate("ActionsView", u"Reopen the selected action", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.reopen_button.setAccessibleName(QCoreApplication.translate("ActionsView", u"Reopen", None))
#endif // QT_CONFIG(accessibility)
        self.source_button.setText(QCoreApplication.translate("ActionsView", u"&Go to source", None))
#if QT_CONFIG(tooltip)
        self.source_button.setToolTip(QCoreApplication.translate("ActionsView", u"Open the engagement or record the action came from", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.source_button.setAccessibleName(QCoreApplication.translate("ActionsView", u"Go to source", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table_view.setAccessibleName(QCoreApplication.translate("ActionsView", u"Actions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detail_browser.setAccessibleName(QCoreApplication.translate("ActionsView", u"Details", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

