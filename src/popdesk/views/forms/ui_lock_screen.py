# Generated from ui/lock_screen.ui by tools/build_forms.py: do not edit.
# source-sha256: def0fa8225dbceeccbc7f8c41ef79a1a7b1f4e5004c999113360b2dcb6f98412
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_screen.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_LockScreen(object):
    def setupUi(self, LockScreen):
        if not LockScreen.objectName():
            LockScreen.setObjectName(u"LockScreen")
        LockScreen.resize(600, 400)
        self.screen_layout = QVBoxLayout(LockScreen)
        self.screen_layout.setSpacing(12)
        self.screen_layout.setObjectName(u"screen_layout")
        self.top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.screen_layout.addItem(self.top_spacer)

        self.icon_label = QLabel(LockScreen)
        self.icon_label.setObjectName(u"icon_label")
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.screen_layout.addWidget(self.icon_label)

        self.heading_label = QLabel(LockScreen)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.screen_layout.addWidget(self.heading_label)

        self.info_label = QLabel(LockScreen)
        self.info_label.setObjectName(u"info_label")
        self.info_label.setWordWrap(True)
        self.info_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.screen_layout.addWidget(self.info_label)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.left_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.left_spacer)

        self.unlock_button = QPushButton(LockScreen)
        self.unlock_button.setObjectName(u"unlock_button")

        self.button_row.addWidget(self.unlock_button)

        self.right_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.right_spacer)


        self.screen_layout.addLayout(self.button_row)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.screen_layout.addItem(self.bottom_spacer)


        self.retranslateUi(LockScreen)

        QMetaObject.connectSlotsByName(LockScreen)
    # setupUi

    def retranslateUi(self, LockScreen):
        LockScreen.setWindowTitle(QCoreApplication.translate("LockScreen", u"Locked", None))
        self.heading_label.setText(QCoreApplication.translate("LockScreen", u"popdesk is locked", None))
        self.info_label.setText("")
        self.unlock_button.setText(QCoreApplication.translate("LockScreen", u"&Unlock\u2026", None))
    # retranslateUi

