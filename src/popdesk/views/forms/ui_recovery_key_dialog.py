# Generated from ui/recovery_key_dialog.ui by tools/build_forms.py: do not edit.
# source-sha256: 5cc3b5bcb457172b1ee8c331b540e0cd77ea6f4540dba56aa143be2429fe19a2
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_key_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_RecoveryKeyDialog(object):
    def setupUi(self, RecoveryKeyDialog):
        if not RecoveryKeyDialog.objectName():
            RecoveryKeyDialog.setObjectName(u"RecoveryKeyDialog")
        RecoveryKeyDialog.resize(580, 280)
        self.dialog_layout = QVBoxLayout(RecoveryKeyDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(RecoveryKeyDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.key_label = QLabel(RecoveryKeyDialog)
        self.key_label.setObjectName(u"key_label")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.dialog_layout.addWidget(self.key_label)

        self.key_buttons = QHBoxLayout()
        self.key_buttons.setSpacing(6)
        self.key_buttons.setObjectName(u"key_buttons")
        self.left_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.key_buttons.addItem(self.left_spacer)

        self.copy_button = QPushButton(RecoveryKeyDialog)
        self.copy_button.setObjectName(u"copy_button")

        self.key_buttons.addWidget(self.copy_button)

        self.save_button = QPushButton(RecoveryKeyDialog)
        self.save_button.setObjectName(u"save_button")

        self.key_buttons.addWidget(self.save_button)

        self.right_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.key_buttons.addItem(self.right_spacer)


        self.dialog_layout.addLayout(self.key_buttons)

        self.saved_label = QLabel(RecoveryKeyDialog)
        self.saved_label.setObjectName(u"saved_label")
        self.saved_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.saved_label)

        self.noted_check = QCheckBox(RecoveryKeyDialog)
        self.noted_check.setObjectName(u"noted_check")

        self.dialog_layout.addWidget(self.noted_check)

        self.dialog_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(RecoveryKeyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(RecoveryKeyDialog)

        QMetaObject.connectSlotsByName(RecoveryKeyDialog)
    # setupUi

    def retranslateUi(self, RecoveryKeyDialog):
        RecoveryKeyDialog.setWindowTitle(QCoreApplication.translate("RecoveryKeyDialog", u"Recovery key", None))
        self.intro_label.setText("")
#if QT_CONFIG(accessibility)
        self.key_label.setAccessibleName(QCoreApplication.translate("RecoveryKeyDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.copy_button.setText(QCoreApplication.translate("RecoveryKeyDialog", u"&Copy", None))
        self.save_button.setText(QCoreApplication.translate("RecoveryKeyDialog", u"&Save as PDF\u2026", None))
        self.saved_label.setText("")
        self.noted_check.setText(QCoreApplication.translate("RecoveryKeyDialog", u"I have &printed or written down the recovery key", None))
    # retranslateUi

