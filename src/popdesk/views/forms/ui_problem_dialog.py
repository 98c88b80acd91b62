# Generated from ui/problem_dialog.ui by tools/build_forms.py: do not edit.
# source-sha256: aeb7495d3941f3199ab6dde4b33ac44a01edab9b555e5c4aa1451dc7f26dea13
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'problem_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout)

class Ui_ProblemDialog(object):
    def setupUi(self, ProblemDialog):
        if not ProblemDialog.objectName():
            ProblemDialog.setObjectName(u"ProblemDialog")
        ProblemDialog.resize(560, 400)
        self.dialog_layout = QVBoxLayout(ProblemDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QGridLayout()
        self.form_layout.setSpacing(6)
        self.form_layout.setObjectName(u"form_layout")
        self.title_edit_label = QLabel(ProblemDialog)
        self.title_edit_label.setObjectName(u"title_edit_label")

        self.form_layout.addWidget(self.title_edit_label, 0, 0, 1, 1)

        self.title_edit = QLineEdit(ProblemDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.form_layout.addWidget(self.title_edit, 0, 1, 1, 1)

        self.title_error = QLabel(ProblemDialog)
        self.title_error.setObjectName(u"title_error")
        self.title_error.setWordWrap(True)
        self.title_error.setVisible(False)

        self.form_layout.addWidget(self.title_error, 1, 1, 1, 1)

        self.description_edit_label = QLabel(ProblemDialog)
        self.description_edit_label.setObjectName(u"description_edit_label")

        self.form_layout.addWidget(self.description_edit_label, 2, 0, 1, 1)

        self.description_edit = QPlainTextEdit(ProblemDialog)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setMinimumSize(QSize(0, 80))
        self.description_edit.setTabChangesFocus(True)

        self.form_layout.addWidget(self.description_edit, 2, 1, 1, 1)

        self.neighbourhood_combo_label = QLabel(ProblemDialog)
        self.neighbourhood_combo_label.setObjectName(u"neighbourhood_combo_label")

        self.form_layout.addWidget(self.neighbourhood_combo_label, 4, 0, 1, 1)

        self.neighbourhood_combo = QComboBox(ProblemDialog)
        self.neighbourhood_combo.setObjectName(u"neighbourhood_combo")

        self.form_layout.addWidget(self.neighbourhood_combo, 4, 1, 1, 1)

        self.priority_combo_label = QLabel(ProblemDialog)
        self.priority_combo_label.setObjectName(u"priority_combo_label")

        self.form_layout.addWidget(self.priority_combo_label, 6, 0, 1, 1)

        self.priority_combo = QComboBox(ProblemDialog)
        self.priority_combo.setObjectName(u"priority_combo")

        self.form_layout.addWidget(self.priority_combo, 6, 1, 1, 1)

        self.lead_combo_label = QLabel(ProblemDialog)
        self.lead_combo_label.setObjectName(u"lead_combo_label")

        self.form_layout.addWidget(self.lead_combo_label, 8, 0, 1, 1)

        self.lead_combo = QComboBox(ProblemDialog)
        self.lead_combo.setObjectName(u"lead_combo")

        self.form_layout.addWidget(self.lead_combo, 8, 1, 1, 1)

        self.stage_combo_label = QLabel(ProblemDialog)
        self.stage_combo_label.setObjectName(u"stage_combo_label")

        self.form_layout.addWidget(self.stage_combo_label, 10, 0, 1, 1)

        self.stage_combo = QComboBox(ProblemDialog)
        self.stage_combo.setObjectName(u"stage_combo")

        self.form_layout.addWidget(self.stage_combo, 10, 1, 1, 1)


        self.dialog_layout.addLayout(self.form_layout)

        self.form_error = QLabel(ProblemDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setVisible(False)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(ProblemDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.title_edit_label.setBuddy(self.title_edit)
        self.description_edit_label.setBuddy(self.description_edit)
        self.neighbourhood_combo_label.setBuddy(self.neighbourhood_combo)
        self.priority_combo_label.setBuddy(self.priority_combo)
        self.lead_combo_label.setBuddy(self.lead_combo)
        self.stage_combo_label.setBuddy(self.stage_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProblemDialog)

        QMetaObject.connectSlotsByName(ProblemDialog)
    # setupUi

    def retranslateUi(self, ProblemDialog):
        ProblemDialog.setWindowTitle(QCoreApplication.translate("ProblemDialog", u"Problem", None))
        self.title_edit_label.setText(QCoreApplication.translate("ProblemDialog", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("ProblemDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.title_edit.setPlaceholderText("")
        self.title_error.setText("")
        self.title_error.setStyleSheet(QCoreApplication.translate("ProblemDialog", u"color: #b3261e;", None))
        self.description_edit_label.setText(QCoreApplication.translate("ProblemDialog", u"&Description", None))
#if QT_CONFIG(accessibility)
        self.description_edit.setAccessibleName(QCoreApplication.translate("ProblemDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.neighbourhood_combo_label.setText(QCoreApplication.translate("ProblemDialog", u"Neigh&bourhood", None))
#if QT_CONFIG(accessibility)
        self.neighbourhood_combo.setAccessibleName(QCoreApplication.translate("ProblemDialog", u"Neighbourhood", None))
#endif // QT_CONFIG(accessibility)
        self.priority_combo_label.setText(QCoreApplication.translate("ProblemDialog", u"&Priority", None))
#if QT_CONFIG(accessibility)
        self.priority_combo.setAccessibleName(QCoreApplication.translate("ProblemDialog", u"Priority", None))
#endif // QT_CONFIG(accessibility)
        self.lead_combo_label.setText(QCoreApplication.translate("ProblemDialog", u"&Lead", None))
#if QT_CONFIG(accessibility)
        self.lead_combo.setAccessibleName(QCoreApplication.translate("ProblemDialog", u"Lead staff member", None))
#endif // QT_CONFIG(accessibility)
        self.stage_combo_label.setText(QCoreApplication.translate("ProblemDialog", u"&Stage", None))
#if QT_CONFIG(accessibility)
        self.stage_combo.setAccessibleName(QCoreApplication.translate("ProblemDialog", u"SARA stage", None))
#endif // QT_CONFIG(accessibility)
        self.form_error.setText("")
        self.form_error.setStyleSheet(QCoreApplication.translate("ProblemDialog", u"color: #b3261e;", None))
    # retranslateUi

