# Generated from ui/new_passphrase_dialog.ui by tools/build_forms.py: do not edit.
# source-sha256: c9978bb8b51cbdc4c9630eecfdf66381d00ab0671794dce252e837567da3cdf5
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_passphrase_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_NewPassphraseDialog(object):
    def setupUi(self, NewPassphraseDialog):
        if not NewPassphraseDialog.objectName():
            NewPassphraseDialog.setObjectName(u"NewPassphraseDialog")
        NewPassphraseDialog.resize(520, 250)
        self.dialog_layout = QVBoxLayout(NewPassphraseDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(NewPassphraseDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QGridLayout()
        self.form_layout.setSpacing(6)
        self.form_layout.setObjectName(u"form_layout")
        self.passphrase_edit_label = QLabel(NewPassphraseDialog)
        self.passphrase_edit_label.setObjectName(u"passphrase_edit_label")

        self.form_layout.addWidget(self.passphrase_edit_label, 0, 0, 1, 1)

        self.passphrase_edit = QLineEdit(NewPassphraseDialog)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.addWidget(self.passphrase_edit, 0, 1, 1, 1)

        self.again_edit_label = QLabel(NewPassphraseDialog)
        self.again_edit_label.setObjectName(u"again_edit_label")

        self.form_layout.addWidget(self.again_edit_label, 1, 0, 1, 1)

        self.again_edit = QLineEdit(NewPassphraseDialog)
        self.again_edit.setObjectName(u"again_edit")
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.addWidget(self.again_edit, 1, 1, 1, 1)

        self.show_check = QCheckBox(NewPassphraseDialog)
        self.show_check.setObjectName(u"show_check")

        self.form_layout.addWidget(self.show_check, 2, 1, 1, 1)


        self.dialog_layout.addLayout(self.form_layout)

        self.error_label = QLabel(NewPassphraseDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.dialog_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(NewPassphraseDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.passphrase_edit_label.setBuddy(self.passphrase_edit)
        self.again_edit_label.setBuddy(self.again_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewPassphraseDialog)

        QMetaObject.connectSlotsByName(NewPassphraseDialog)
    # setupUi

    def retranslateUi(self, NewPassphraseDialog):
        NewPassphraseDialog.setWindowTitle(QCoreApplication.translate("NewPassphraseDialog", u"Passphrase", None))
        self.intro_label.setText("")
        self.passphrase_edit_label.setText(QCoreApplication.translate("NewPassphraseDialog", u"New &passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("NewPassphraseDialog", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_edit.setPlaceholderText(QCoreApplication.translate("NewPassphraseDialog", u"at least 10 characters: a few unrelated words", None))
        self.again_edit_label.setText(QCoreApplication.translate("NewPassphraseDialog", u"&Again", None))
#if QT_CONFIG(accessibility)
        self.again_edit.setAccessibleName(QCoreApplication.translate("NewPassphraseDialog", u"New passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.show_check.setText(QCoreApplication.translate("NewPassphraseDialog", u"&Show what I type", None))
        self.error_label.setText("")
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("NewPassphraseDialog", u"What is wrong with the passphrase", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

