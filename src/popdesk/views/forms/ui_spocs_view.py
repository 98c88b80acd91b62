# Generated from ui/spocs_view.ui by tools/build_forms.py: do not edit.
# source-sha256: 9ce873b59cb7b9d99a364b18de85a87fe8f82e7db4f179b02426eb9079131228
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'spocs_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout)

class Ui_SpocsView(object):
    def setupUi(self, SpocsView):
        if not SpocsView.objectName():
            SpocsView.setObjectName(u"SpocsView")
        self.page_layout = QVBoxLayout(SpocsView)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setSpacing(8)
        self.filter_layout.setObjectName(u"filter_layout")
        self.show_label = QLabel(SpocsView)
        self.show_label.setObjectName(u"show_label")

        self.filter_layout.addWidget(self.show_label)

        self.show_combo = QComboBox(SpocsView)
        self.show_combo.setObjectName(u"show_combo")
        self.show_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.show_combo)

        self.filter_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.assign_button = QPushButton(SpocsView)
        self.assign_button.setObjectName(u"assign_button")

        self.filter_layout.addWidget(self.assign_button)

        self.reassign_button = QPushButton(SpocsView)
        self.reassign_button.setObjectName(u"reassign_button")

        self.filter_layout.addWidget(self.reassign_button)

        self.review_button = QPushButton(SpocsView)
        self.review_button.setObjectName(u"review_button")

        self.filter_layout.addWidget(self.review_button)

        self.end_button = QPushButton(SpocsView)
        self.end_button.setObjectName(u"end_button")

        self.filter_layout.addWidget(self.end_button)


        self.page_layout.addLayout(self.filter_layout)

        self.splitter = QSplitter(SpocsView)
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

        self.page_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.show_label.setBuddy(self.show_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SpocsView)

        QMetaObject.connectSlotsByName(SpocsView)
    # setupUi

    def retranslateUi(self, SpocsView):
        self.show_label.setText(QCoreApplication.translate("SpocsView", u"Show", None))
#if QT_CONFIG(accessibility)
        self.show_combo.setAccessibleName(QCoreApplication.translate("SpocsView", u"Which SPOC assignments to show", None))
#endif // QT_CONFIG(accessibility)
        self.assign_button.setText(QCoreApplication.translate("SpocsView", u"&Assign\u2026", None))
#if QT_CONFIG(tooltip)
        self.assign_button.setToolTip(QCoreApplication.translate("SpocsView", u"Assign a SPOC for an organisation and topic (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.assign_button.setAccessibleName(QCoreApplication.translate("SpocsView", u"Assign\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.reassign_button.setText(QCoreApplication.translate("SpocsView", u"&Reassign\u2026", None))
#if QT_CONFIG(tooltip)
        self.reassign_button.setToolTip(QCoreApplication.translate("SpocsView", u"Reassign the selected SPOC role; the old one is kept in history", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.reassign_button.setAccessibleName(QCoreApplication.translate("SpocsView", u"Reassign\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.review_button.setText(QCoreApplication.translate("SpocsView", u"Mark &reviewed", None))
#if QT_CONFIG(tooltip)
        self.review_button.setToolTip(QCoreApplication.translate("SpocsView", u"Record that the selected assignment was confirmed today", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.review_button.setAccessibleName(QCoreApplication.translate("SpocsView", u"Mark reviewed", None))
#endif // QT_CONFIG(accessibility)
        self.end_button.setText(QCoreApplication.translate("SpocsView", u"E&nd\u2026", None))
#if QT_CONFIG(tooltip)
        self.end_button.setToolTip(QCoreApplication.translate("SpocsView", u"End the selected assignment without a successor", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.end_button.setAccessibleName(QCoreApplication.translate("SpocsView", u"End\u2026", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table_view.setAccessibleName(QCoreApplication.translate("SpocsView", u"SPOC register", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

