# Generated from ui/representative_dialog.ui by tools/build_forms.py: do not edit.
# source-sha256: fae024cba796eac196aeb27104d3cc5360f85886727c1c2decce69a94f2354cd
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'representative_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QGridLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_RepresentativeDialog(object):
    def setupUi(self, RepresentativeDialog):
        if not RepresentativeDialog.objectName():
            RepresentativeDialog.setObjectName(u"RepresentativeDialog")
        RepresentativeDialog.resize(460, 220)
        self.dialog_layout = QVBoxLayout(RepresentativeDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QGridLayout()
        self.form_layout.setSpacing(6)
        self.form_layout.setObjectName(u"form_layout")
        self.group_label_label = QLabel(RepresentativeDialog)
        self.group_label_label.setObjectName(u"group_label_label")

        self.form_layout.addWidget(self.group_label_label, 0, 0, 1, 1)

        self.group_label = QLabel(RepresentativeDialog)
        self.group_label.setObjectName(u"group_label")

        self.form_layout.addWidget(self.group_label, 0, 1, 1, 1)

        self.staff_combo_label = QLabel(RepresentativeDialog)
        self.staff_combo_label.setObjectName(u"staff_combo_label")

        self.form_layout.addWidget(self.staff_combo_label, 1, 0, 1, 1)

        self.staff_combo = QComboBox(RepresentativeDialog)
        self.staff_combo.setObjectName(u"staff_combo")

        self.form_layout.addWidget(self.staff_combo, 1, 1, 1, 1)

        self.staff_error = QLabel(RepresentativeDialog)
        self.staff_error.setObjectName(u"staff_error")
        self.staff_error.setWordWrap(True)
        self.staff_error.setVisible(False)

        self.form_layout.addWidget(self.staff_error, 2, 1, 1, 1)

        self.role_combo_label = QLabel(RepresentativeDialog)
        self.role_combo_label.setObjectName(u"role_combo_label")

        self.form_layout.addWidget(self.role_combo_label, 3, 0, 1, 1)

        self.role_combo = QComboBox(RepresentativeDialog)
        self.role_combo.setObjectName(u"role_combo")

        self.form_layout.addWidget(self.role_combo, 3, 1, 1, 1)

        self.start_edit_label = QLabel(RepresentativeDialog)
        self.start_edit_label.setObjectName(u"start_edit_label")

        self.form_layout.addWidget(self.start_edit_label, 4, 0, 1, 1)

        self.start_edit = QDateEdit(RepresentativeDialog)
        self.start_edit.setObjectName(u"start_edit")
        self.start_edit.setCalendarPopup(True)

        self.form_layout.addWidget(self.start_edit, 4, 1, 1, 1)

        self.form_layout.setColumnStretch(1, 1)

        self.dialog_layout.addLayout(self.form_layout)

        self.dialog_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.form_error = QLabel(RepresentativeDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setVisible(False)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(RepresentativeDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.group_label_label.setBuddy(self.group_label)
        self.staff_combo_label.setBuddy(self.staff_combo)
        self.role_combo_label.setBuddy(self.role_combo)
        self.start_edit_label.setBuddy(self.start_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RepresentativeDialog)

        QMetaObject.connectSlotsByName(RepresentativeDialog)
    # setupUi

    def retranslateUi(self, RepresentativeDialog):
        RepresentativeDialog.setWindowTitle(QCoreApplication.translate("RepresentativeDialog", u"Representative", None))
        self.group_label_label.setText(QCoreApplication.translate("RepresentativeDialog", u"&Group", None))
        self.group_label.setText("")
#if QT_CONFIG(accessibility)
        self.group_label.setAccessibleName(QCoreApplication.translate("RepresentativeDialog", u"Group", None))
#endif // QT_CONFIG(accessibility)
        self.staff_combo_label.setText(QCoreApplication.translate("RepresentativeDialog", u"&Staff member", None))
#if QT_CONFIG(accessibility)
        self.staff_combo.setAccessibleName(QCoreApplication.translate("RepresentativeDialog", u"Staff member", None))
#endif // QT_CONFIG(accessibility)
        self.staff_error.setText("")
        self.staff_error.setStyleSheet(QCoreApplication.translate("RepresentativeDialog", u"color: #b3261e;", None))
        self.role_combo_label.setText(QCoreApplication.translate("RepresentativeDialog", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.role_combo.setAccessibleName(QCoreApplication.translate("RepresentativeDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.start_edit_label.setText(QCoreApplication.translate("RepresentativeDialog", u"&From", None))
        self.start_edit.setDisplayFormat(QCoreApplication.translate("RepresentativeDialog", u"dd MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.start_edit.setAccessibleName(QCoreApplication.translate("RepresentativeDialog", u"From", None))
#endif // QT_CONFIG(accessibility)
        self.form_error.setText("")
        self.form_error.setStyleSheet(QCoreApplication.translate("RepresentativeDialog", u"color: #b3261e;", None))
    # retranslateUi

