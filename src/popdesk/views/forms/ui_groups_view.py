# Generated from ui/groups_view.ui by tools/build_forms.py: do not edit.
# source-sha256: da23ca711d13c08ae10e3ed8b15aaee6fc87145ac96902354110f05797433fde
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'groups_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QTextBrowser, QVBoxLayout)

class Ui_GroupsView(object):
    def setupUi(self, GroupsView):
        if not GroupsView.objectName():
            GroupsView.setObjectName(u"GroupsView")
        self.page_layout = QVBoxLayout(GroupsView)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setSpacing(8)
        self.filter_layout.setObjectName(u"filter_layout")
        self.show_label = QLabel(GroupsView)
        self.show_label.setObjectName(u"show_label")

        self.filter_layout.addWidget(self.show_label)

        self.show_combo = QComboBox(GroupsView)
        self.show_combo.setObjectName(u"show_combo")
        self.show_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.show_combo)

        self.filter_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.new_button = QPushButton(GroupsView)
        self.new_button.setObjectName(u"new_button")

        self.filter_layout.addWidget(self.new_button)

        self.represent_button = QPushButton(GroupsView)
        self.represent_button.setObjectName(u"represent_button")

        self.filter_layout.addWidget(self.represent_button)

        self.end_seat_button = QPushButton(GroupsView)
        self.end_seat_button.setObjectName(u"end_seat_button")

        self.filter_layout.addWidget(self.end_seat_button)

        self.schedule_button = QPushButton(GroupsView)
        self.schedule_button.setObjectName(u"schedule_button")

        self.filter_layout.addWidget(self.schedule_button)

        self.record_button = QPushButton(GroupsView)
        self.record_button.setObjectName(u"record_button")

        self.filter_layout.addWidget(self.record_button)

        self.brief_button = QPushButton(GroupsView)
        self.brief_button.setObjectName(u"brief_button")

        self.filter_layout.addWidget(self.brief_button)


        self.page_layout.addLayout(self.filter_layout)

        self.splitter = QSplitter(GroupsView)
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
        self.detail_browser = QTextBrowser(self.splitter)
        self.detail_browser.setObjectName(u"detail_browser")
        self.detail_browser.setOpenLinks(False)
        self.detail_browser.setMinimumSize(QSize(340, 0))
        self.splitter.addWidget(self.detail_browser)

        self.page_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.show_label.setBuddy(self.show_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GroupsView)

        QMetaObject.connectSlotsByName(GroupsView)
    # setupUi

    def retranslateUi(self, GroupsView):
        self.show_label.setText(QCoreApplication.translate("GroupsView", u"Show", None))
#if QT_CONFIG(accessibility)
        self.show_combo.setAccessibleName(QCoreApplication.translate("GroupsView", u"Which groups to show", None))
#endif // QT_CONFIG(accessibility)
        self.new_button.setText(QCoreApplication.translate("GroupsView", u"&New group\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_button.setToolTip(QCoreApplication.translate("GroupsView", u"Add a partnership group (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.new_button.setAccessibleName(QCoreApplication.translate("GroupsView", u"New group\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.represent_button.setText(QCoreApplication.translate("GroupsView", u"&Representative\u2026", None))
#if QT_CONFIG(tooltip)
        self.represent_button.setToolTip(QCoreApplication.translate("GroupsView", u"Add one of our staff as a representative on the selected group", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.represent_button.setAccessibleName(QCoreApplication.translate("GroupsView", u"Representative\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.end_seat_button.setText(QCoreApplication.translate("GroupsView", u"&End seat\u2026", None))
#if QT_CONFIG(tooltip)
        self.end_seat_button.setToolTip(QCoreApplication.translate("GroupsView", u"End a representative's seat; it stays in the history", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.end_seat_button.setAccessibleName(QCoreApplication.translate("GroupsView", u"End seat\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.schedule_button.setText(QCoreApplication.translate("GroupsView", u"&Schedule meeting\u2026", None))
#if QT_CONFIG(tooltip)
        self.schedule_button.setToolTip(QCoreApplication.translate("GroupsView", u"Schedule the group's next meeting", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.schedule_button.setAccessibleName(QCoreApplication.translate("GroupsView", u"Schedule meeting\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.record_button.setText(QCoreApplication.translate("GroupsView", u"Record &meeting\u2026", None))
#if QT_CONFIG(tooltip)
        self.record_button.setToolTip(QCoreApplication.translate("GroupsView", u"Write up a meeting: attendance, notes, decisions, actions", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.record_button.setAccessibleName(QCoreApplication.translate("GroupsView", u"Record meeting\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.brief_button.setText(QCoreApplication.translate("GroupsView", u"&Brief\u2026", None))
#if QT_CONFIG(tooltip)
        self.brief_button.setToolTip(QCoreApplication.translate("GroupsView", u"Export the brief for the group's next meeting as a PDF", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.brief_button.setAccessibleName(QCoreApplication.translate("GroupsView", u"Brief\u2026", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table_view.setAccessibleName(QCoreApplication.translate("GroupsView", u"Partnership groups", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detail_browser.setAccessibleName(QCoreApplication.translate("GroupsView", u"Details", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

