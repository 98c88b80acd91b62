# Generated from ui/dashboard_view.ui by tools/build_forms.py: do not edit.
# source-sha256: 3b36bb81ee651e9b6d1fd5ad10df2297c34413d7fb6ff3c2b8420a147501e857
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_view.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DashboardView(object):
    def setupUi(self, DashboardView):
        if not DashboardView.objectName():
            DashboardView.setObjectName(u"DashboardView")
        self.page_layout = QVBoxLayout(DashboardView)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.boxes_layout = QHBoxLayout()
        self.boxes_layout.setSpacing(12)
        self.boxes_layout.setObjectName(u"boxes_layout")
        self.gaps_box = QGroupBox(DashboardView)
        self.gaps_box.setObjectName(u"gaps_box")
        self.gaps_form = QFormLayout(self.gaps_box)
        self.gaps_form.setObjectName(u"gaps_form")

        self.boxes_layout.addWidget(self.gaps_box)

        self.records_box = QGroupBox(DashboardView)
        self.records_box.setObjectName(u"records_box")
        self.records_form = QFormLayout(self.records_box)
        self.records_form.setObjectName(u"records_form")

        self.boxes_layout.addWidget(self.records_box)


        self.page_layout.addLayout(self.boxes_layout)

        self.bottom_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)


        self.retranslateUi(DashboardView)

        QMetaObject.connectSlotsByName(DashboardView)
    # setupUi

    def retranslateUi(self, DashboardView):
        self.gaps_box.setTitle(QCoreApplication.translate("DashboardView", u"Needs attention", None))
        self.records_box.setTitle(QCoreApplication.translate("DashboardView", u"In this store", None))
        pass
    # retranslateUi

