# Generated from ui/templates_dialog.ui by tools/build_forms.py: do not edit.
# source-sha256: 4e98fb07de21409d0583e6ffd69d6a7e30a1b5ae7ff0e77c353b2ba60df5f615
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'templates_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QVBoxLayout)

class Ui_TemplatesDialog(object):
    def setupUi(self, TemplatesDialog):
        if not TemplatesDialog.objectName():
            TemplatesDialog.setObjectName(u"TemplatesDialog")
        TemplatesDialog.resize(600, 400)
        self.dialog_layout = QVBoxLayout(TemplatesDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QGridLayout()
        self.form_layout.setSpacing(6)
        self.form_layout.setObjectName(u"form_layout")
        self.template_combo_label = QLabel(TemplatesDialog)
        self.template_combo_label.setObjectName(u"template_combo_label")

        self.form_layout.addWidget(self.template_combo_label, 0, 0, 1, 1)

        self.template_combo = QComboBox(TemplatesDialog)
        self.template_combo.setObjectName(u"template_combo")

        self.form_layout.addWidget(self.template_combo, 0, 1, 1, 1)

        self.name_edit_label = QLabel(TemplatesDialog)
        self.name_edit_label.setObjectName(u"name_edit_label")

        self.form_layout.addWidget(self.name_edit_label, 2, 0, 1, 1)

        self.name_edit = QLineEdit(TemplatesDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.addWidget(self.name_edit, 2, 1, 1, 1)

        self.name_error = QLabel(TemplatesDialog)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setWordWrap(True)
        self.name_error.setVisible(False)

        self.form_layout.addWidget(self.name_error, 3, 1, 1, 1)


        self.dialog_layout.addLayout(self.form_layout)

        self.items_label = QLabel(TemplatesDialog)
        self.items_label.setObjectName(u"items_label")

        self.dialog_layout.addWidget(self.items_label)

        self.items_list = QListWidget(TemplatesDialog)
        self.items_list.setObjectName(u"items_list")
        self.items_list.setMinimumSize(QSize(0, 200))

        self.dialog_layout.addWidget(self.items_list)

        self.item_row = QHBoxLayout()
        self.item_row.setSpacing(6)
        self.item_row.setObjectName(u"item_row")
        self.new_item_edit = QLineEdit(TemplatesDialog)
        self.new_item_edit.setObjectName(u"new_item_edit")

        self.item_row.addWidget(self.new_item_edit)

        self.add_item_button = QPushButton(TemplatesDialog)
        self.add_item_button.setObjectName(u"add_item_button")

        self.item_row.addWidget(self.add_item_button)

        self.remove_item_button = QPushButton(TemplatesDialog)
        self.remove_item_button.setObjectName(u"remove_item_button")

        self.item_row.addWidget(self.remove_item_button)

        self.up_button = QPushButton(TemplatesDialog)
        self.up_button.setObjectName(u"up_button")

        self.item_row.addWidget(self.up_button)

        self.down_button = QPushButton(TemplatesDialog)
        self.down_button.setObjectName(u"down_button")

        self.item_row.addWidget(self.down_button)


        self.dialog_layout.addLayout(self.item_row)

        self.default_check = QCheckBox(TemplatesDialog)
        self.default_check.setObjectName(u"default_check")

        self.dialog_layout.addWidget(self.default_check)

        self.form_error = QLabel(TemplatesDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setVisible(False)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(TemplatesDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.template_combo_label.setBuddy(self.template_combo)
        self.name_edit_label.setBuddy(self.name_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TemplatesDialog)

        QMetaObject.connectSlotsByName(TemplatesDialog)
    # setupUi

    def retranslateUi(self, TemplatesDialog):
        TemplatesDialog.setWindowTitle(QCoreApplication.translate("TemplatesDialog", u"Checklist templates", None))
        self.template_combo_label.setText(QCoreApplication.translate("TemplatesDialog", u"&Template", None))
#if QT_CONFIG(accessibility)
        self.template_combo.setAccessibleName(QCoreApplication.translate("TemplatesDialog", u"Template", None))
#endif // QT_CONFIG(accessibility)
        self.name_edit_label.setText(QCoreApplication.translate("TemplatesDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("TemplatesDialog", u"Template name", None))
#endif // QT_CONFIG(accessibility)
        self.name_edit.setPlaceholderText("")
        self.name_error.setText("")
        self.name_error.setStyleSheet(QCoreApplication.translate("TemplatesDialog", u"color: #b3261e;", None))
        self.items_label.setText(QCoreApplication.translate("TemplatesDialog", u"Items (ticked = required; double-click to edit)", None))
#if QT_CONFIG(accessibility)
        self.items_list.setAccessibleName(QCoreApplication.translate("TemplatesDialog", u"Checklist items", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.new_item_edit.setAccessibleName(QCoreApplication.translate("TemplatesDialog", u"New item", None))
#endif // QT_CONFIG(accessibility)
        self.new_item_edit.setPlaceholderText(QCoreApplication.translate("TemplatesDialog", u"A checklist item", None))
        self.add_item_button.setText(QCoreApplication.translate("TemplatesDialog", u"Add", None))
#if QT_CONFIG(tooltip)
        self.add_item_button.setToolTip(QCoreApplication.translate("TemplatesDialog", u"Add the item (Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.add_item_button.setAccessibleName(QCoreApplication.translate("TemplatesDialog", u"Add item", None))
#endif // QT_CONFIG(accessibility)
        self.remove_item_button.setText(QCoreApplication.translate("TemplatesDialog", u"Remove", None))
#if QT_CONFIG(tooltip)
        self.remove_item_button.setToolTip(QCoreApplication.translate("TemplatesDialog", u"Remove the selected item", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.remove_item_button.setAccessibleName(QCoreApplication.translate("TemplatesDialog", u"Remove item", None))
#endif // QT_CONFIG(accessibility)
        self.up_button.setText(QCoreApplication.translate("TemplatesDialog", u"Up", None))
#if QT_CONFIG(tooltip)
        self.up_button.setToolTip(QCoreApplication.translate("TemplatesDialog", u"Move the selected item up", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.up_button.setAccessibleName(QCoreApplication.translate("TemplatesDialog", u"Up", None))
#endif // QT_CONFIG(accessibility)
        self.down_button.setText(QCoreApplication.translate("TemplatesDialog", u"Down", None))
#if QT_CONFIG(tooltip)
        self.down_button.setToolTip(QCoreApplication.translate("TemplatesDialog", u"Move the selected item down", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.down_button.setAccessibleName(QCoreApplication.translate("TemplatesDialog", u"Down", None))
#endif // QT_CONFIG(accessibility)
        self.default_check.setText(QCoreApplication.translate("TemplatesDialog", u"Use this template for new handovers", None))
        self.form_error.setText("")
        self.form_error.setStyleSheet(QCoreApplication.translate("TemplatesDialog", u"color: #b3261e;", None))
    # retranslateUi

