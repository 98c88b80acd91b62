# Generated from ui/dashboard_view.ui by tools/build_forms.py: do not edit.
# source-sha256: e9c86223ca245fbd80e565d19b581d08480ac28cf0edeb54215738cf4257e90b
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QTreeWidget)

class Ui_DashboardView(object):
    def setupUi(self, DashboardView):
        if not DashboardView.objectName():
            DashboardView.setObjectName(u"DashboardView")
        self.page_layout = QHBoxLayout(DashboardView)
        self.page_layout.setSpacing(12)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.attention_tree = QTreeWidget(DashboardView)
        self.attention_tree.setObjectName(u"attention_tree")
        self.attention_tree.setAlternatingRowColors(True)
        self.attention_tree.setMinimumSize(QSize(0, 300))

        self.page_layout.addWidget(self.attention_tree)

        self.records_box = QGroupBox(DashboardView)
        self.records_box.setObjectName(u"records_box")
        self.records_box.setMaximumSize(QSize(300, 16777215))
        self.records_form = QFormLayout(self.records_box)
        self.records_form.setObjectName(u"records_form")

        self.page_layout.addWidget(self.records_box)


        self.retranslateUi(DashboardView)

        QMetaObject.connectSlotsByName(DashboardView)
    # setupUi

    def retranslateUi(self, DashboardView):
        ___qtreewidgetitem = self.attention_tree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("DashboardView", u"When", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("DashboardView", u"Needs attention", None))
#if QT_CONFIG(accessibility)
        self.attention_tree.setAccessibleName(QCoreApplication.translate("DashboardView", u"Needs attention", None))
#endif // QT_CONFIG(accessibility)
        self.records_box.setTitle(QCoreApplication.translate("DashboardView", u"In this store", None))
        pass
    # retranslateUi

