# Generated from ui/stakeholder_map_view.ui by tools/build_forms.py: do not edit.
# source-sha256: 9d154e95e0648b51cc760456372578bae9dcd96fd1173281ad19e1e9c828bce2
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stakeholder_map_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtGui import (QPainter)
from PySide6.QtWidgets import (QComboBox, QGraphicsView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_StakeholderMapView(object):
    def setupUi(self, StakeholderMapView):
        if not StakeholderMapView.objectName():
            StakeholderMapView.setObjectName(u"StakeholderMapView")
        self.page_layout = QVBoxLayout(StakeholderMapView)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setSpacing(8)
        self.filter_layout.setObjectName(u"filter_layout")
        self.problem_label = QLabel(StakeholderMapView)
        self.problem_label.setObjectName(u"problem_label")

        self.filter_layout.addWidget(self.problem_label)

        self.problem_combo = QComboBox(StakeholderMapView)
        self.problem_combo.setObjectName(u"problem_combo")
        self.problem_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.problem_combo)

        self.show_label = QLabel(StakeholderMapView)
        self.show_label.setObjectName(u"show_label")

        self.filter_layout.addWidget(self.show_label)

        self.show_combo = QComboBox(StakeholderMapView)
        self.show_combo.setObjectName(u"show_combo")
        self.show_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.show_combo)

        self.filter_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.export_button = QPushButton(StakeholderMapView)
        self.export_button.setObjectName(u"export_button")

        self.filter_layout.addWidget(self.export_button)


        self.page_layout.addLayout(self.filter_layout)

        self.hint_label = QLabel(StakeholderMapView)
        self.hint_label.setObjectName(u"hint_label")

        self.page_layout.addWidget(self.hint_label)

        self.map_view = QGraphicsView(StakeholderMapView)
        self.map_view.setObjectName(u"map_view")
        self.map_view.setRenderHints(QPainter.RenderHint.Antialiasing|QPainter.RenderHint.TextAntialiasing)

        self.page_layout.addWidget(self.map_view)

#if QT_CONFIG(shortcut)
        self.problem_label.setBuddy(self.problem_combo)
        self.show_label.setBuddy(self.show_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StakeholderMapView)

        QMetaObject.connectSlotsByName(StakeholderMapView)
    # setupUi

    def retranslateUi(self, StakeholderMapView):
        self.problem_label.setText(QCoreApplication.translate("StakeholderMapView", u"Ratings for", None))
#if QT_CONFIG(accessibility)
        self.problem_combo.setAccessibleName(QCoreApplication.translate("StakeholderMapView", u"Overall or for one problem", None))
#endif // QT_CONFIG(accessibility)
        self.show_label.setText(QCoreApplication.translate("StakeholderMapView", u"Show", None))
#if QT_CONFIG(accessibility)
        self.show_combo.setAccessibleName(QCoreApplication.translate("StakeholderMapView", u"Organisations or contacts", None))
#endif // QT_CONFIG(accessibility)
        self.export_button.setText(QCoreApplication.translate("StakeholderMapView", u"&Export PNG\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("StakeholderMapView", u"Save the map as a picture", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.export_button.setAccessibleName(QCoreApplication.translate("StakeholderMapView", u"Export PNG\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("StakeholderMapView", u"Drag a partner to re-rate it: further right is more interest, higher up is more influence.", None))
        self.hint_label.setStyleSheet(QCoreApplication.translate("StakeholderMapView", u"color: #555;", None))
#if QT_CONFIG(accessibility)
        self.map_view.setAccessibleName(QCoreApplication.translate("StakeholderMapView", u"Power and interest grid", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

