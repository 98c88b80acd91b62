# Generated from ui/handovers_view.ui by tools/build_forms.py: do not edit.
# source-sha256: 49a5048d6dd638aab4f44c0098e88ebea2f4ed8801303b347aca3d0182517f83
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handovers_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTreeWidget, QVBoxLayout, QWidget)

class Ui_HandoversView(object):
    def setupUi(self, HandoversView):
        if not HandoversView.objectName():
            HandoversView.setObjectName(u"HandoversView")
        self.page_layout = QVBoxLayout(HandoversView)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setSpacing(8)
        self.filter_layout.setObjectName(u"filter_layout")
        self.show_label = QLabel(HandoversView)
        self.show_label.setObjectName(u"show_label")

        self.filter_layout.addWidget(self.show_label)

        self.show_combo = QComboBox(HandoversView)
        self.show_combo.setObjectName(u"show_combo")
        self.show_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.show_combo)

        self.filter_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.start_button = QPushButton(HandoversView)
        self.start_button.setObjectName(u"start_button")

        self.filter_layout.addWidget(self.start_button)

        self.templates_button = QPushButton(HandoversView)
        self.templates_button.setObjectName(u"templates_button")

        self.filter_layout.addWidget(self.templates_button)


        self.page_layout.addLayout(self.filter_layout)

        self.splitter = QSplitter(HandoversView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.handover_list = QListWidget(self.splitter)
        self.handover_list.setObjectName(u"handover_list")
        self.handover_list.setMinimumSize(QSize(260, 0))
        self.splitter.addWidget(self.handover_list)
        self.detail_panel = QWidget(self.splitter)
        self.detail_panel.setObjectName(u"detail_panel")
        self.detail_layout = QVBoxLayout(self.detail_panel)
        self.detail_layout.setSpacing(8)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.header_label = QLabel(self.detail_panel)
        self.header_label.setObjectName(u"header_label")
        self.header_label.setWordWrap(True)
        self.header_label.setTextFormat(Qt.TextFormat.RichText)

        self.detail_layout.addWidget(self.header_label)

        self.progress_bar = QProgressBar(self.detail_panel)
        self.progress_bar.setObjectName(u"progress_bar")

        self.detail_layout.addWidget(self.progress_bar)

        self.people_row = QHBoxLayout()
        self.people_row.setSpacing(6)
        self.people_row.setObjectName(u"people_row")
        self.successor_button = QPushButton(self.detail_panel)
        self.successor_button.setObjectName(u"successor_button")

        self.people_row.addWidget(self.successor_button)

        self.supervisor_button = QPushButton(self.detail_panel)
        self.supervisor_button.setObjectName(u"supervisor_button")

        self.people_row.addWidget(self.supervisor_button)

        self.pack_button = QPushButton(self.detail_panel)
        self.pack_button.setObjectName(u"pack_button")

        self.people_row.addWidget(self.pack_button)

        self.people_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.people_row.addItem(self.people_spacer)


        self.detail_layout.addLayout(self.people_row)

        self.checklist_tree = QTreeWidget(self.detail_panel)
        self.checklist_tree.setObjectName(u"checklist_tree")
        self.checklist_tree.setAlternatingRowColors(True)
        self.checklist_tree.setMinimumSize(QSize(0, 260))

        self.detail_layout.addWidget(self.checklist_tree)

        self.tick_row = QHBoxLayout()
        self.tick_row.setSpacing(6)
        self.tick_row.setObjectName(u"tick_row")
        self.done_button = QPushButton(self.detail_panel)
        self.done_button.setObjectName(u"done_button")

        self.tick_row.addWidget(self.done_button)

        self.not_needed_button = QPushButton(self.detail_panel)
        self.not_needed_button.setObjectName(u"not_needed_button")

        self.tick_row.addWidget(self.not_needed_button)

        self.todo_button = QPushButton(self.detail_panel)
        self.todo_button.setObjectName(u"todo_button")

        self.tick_row.addWidget(self.todo_button)

        self.note_button = QPushButton(self.detail_panel)
        self.note_button.setObjectName(u"note_button")

        self.tick_row.addWidget(self.note_button)

        self.tick_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tick_row.addItem(self.tick_spacer)


        self.detail_layout.addLayout(self.tick_row)

        self.sign_row = QHBoxLayout()
        self.sign_row.setSpacing(6)
        self.sign_row.setObjectName(u"sign_row")
        self.sign_outgoing_button = QPushButton(self.detail_panel)
        self.sign_outgoing_button.setObjectName(u"sign_outgoing_button")

        self.sign_row.addWidget(self.sign_outgoing_button)

        self.sign_incoming_button = QPushButton(self.detail_panel)
        self.sign_incoming_button.setObjectName(u"sign_incoming_button")

        self.sign_row.addWidget(self.sign_incoming_button)

        self.sign_supervisor_button = QPushButton(self.detail_panel)
        self.sign_supervisor_button.setObjectName(u"sign_supervisor_button")

        self.sign_row.addWidget(self.sign_supervisor_button)

        self.sign_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sign_row.addItem(self.sign_spacer)

        self.complete_button = QPushButton(self.detail_panel)
        self.complete_button.setObjectName(u"complete_button")

        self.sign_row.addWidget(self.complete_button)


        self.detail_layout.addLayout(self.sign_row)

        self.splitter.addWidget(self.detail_panel)

        self.page_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.show_label.setBuddy(self.show_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HandoversView)

        QMetaObject.connectSlotsByName(HandoversView)
    # setupUi

    def retranslateUi(self, HandoversView):
        self.show_label.setText(QCoreApplication.translate("HandoversView", u"Show", None))
#if QT_CONFIG(accessibility)
        self.show_combo.setAccessibleName(QCoreApplication.translate("HandoversView", u"Which handovers to show", None))
#endif // QT_CONFIG(accessibility)
        self.start_button.setText(QCoreApplication.translate("HandoversView", u"&Start handover\u2026", None))
#if QT_CONFIG(tooltip)
        self.start_button.setToolTip(QCoreApplication.translate("HandoversView", u"Start a handover for someone moving post (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.start_button.setAccessibleName(QCoreApplication.translate("HandoversView", u"Start handover\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.templates_button.setText(QCoreApplication.translate("HandoversView", u"Checklist &templates\u2026", None))
#if QT_CONFIG(tooltip)
        self.templates_button.setToolTip(QCoreApplication.translate("HandoversView", u"Edit the checklist templates", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.templates_button.setAccessibleName(QCoreApplication.translate("HandoversView", u"Checklist templates\u2026", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.handover_list.setAccessibleName(QCoreApplication.translate("HandoversView", u"Handovers", None))
#endif // QT_CONFIG(accessibility)
        self.header_label.setText("")
#if QT_CONFIG(accessibility)
        self.header_label.setAccessibleName(QCoreApplication.translate("HandoversView", u"Handover", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("HandoversView", u"Checklist progress", None))
#endif // QT_CONFIG(accessibility)
        self.progress_bar.setFormat(QCoreApplication.translate("HandoversView", u"%v of %m items done", None))
        self.successor_button.setText(QCoreApplication.translate("HandoversView", u"Name &successor\u2026", None))
#if QT_CONFIG(tooltip)
        self.successor_button.setToolTip(QCoreApplication.translate("HandoversView", u"Name who takes over", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.successor_button.setAccessibleName(QCoreApplication.translate("HandoversView", u"Name successor\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.supervisor_button.setText(QCoreApplication.translate("HandoversView", u"Set su&pervisor\u2026", None))
#if QT_CONFIG(tooltip)
        self.supervisor_button.setToolTip(QCoreApplication.translate("HandoversView", u"Name the supervisor who signs off", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.supervisor_button.setAccessibleName(QCoreApplication.translate("HandoversView", u"Set supervisor\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.pack_button.setText(QCoreApplication.translate("HandoversView", u"Handover &pack\u2026", None))
#if QT_CONFIG(tooltip)
        self.pack_button.setToolTip(QCoreApplication.translate("HandoversView", u"Export the handover pack as a PDF", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.pack_button.setAccessibleName(QCoreApplication.translate("HandoversView", u"Handover pack\u2026", None))
#endif // QT_CONFIG(accessibility)
        ___qtreewidgetitem = self.checklist_tree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("HandoversView", u"Ticked by", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("HandoversView", u"Note", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("HandoversView", u"Status", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("HandoversView", u"Item", None))
#if QT_CONFIG(accessibility)
        self.checklist_tree.setAccessibleName(QCoreApplication.translate("HandoversView", u"Handover checklist", None))
#endif // QT_CONFIG(accessibility)
        self.done_button.setText(QCoreApplication.translate("HandoversView", u"&Done", None))
#if QT_CONFIG(tooltip)
        self.done_button.setToolTip(QCoreApplication.translate("HandoversView", u"Mark the selected item done (Space)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.done_button.setAccessibleName(QCoreApplication.translate("HandoversView", u"Done", None))
#endif // QT_CONFIG(accessibility)
        self.not_needed_button.setText(QCoreApplication.translate("HandoversView", u"&Not needed\u2026", None))
#if QT_CONFIG(tooltip)
        self.not_needed_button.setToolTip(QCoreApplication.translate("HandoversView", u"Mark the selected item not needed, saying why", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.not_needed_button.setAccessibleName(QCoreApplication.translate("HandoversView", u"Not needed\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.todo_button.setText(QCoreApplication.translate("HandoversView", u"Back to &do", None))
#if QT_CONFIG(tooltip)
        self.todo_button.setToolTip(QCoreApplication.translate("HandoversView", u"Mark the selected item as still to do", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.todo_button.setAccessibleName(QCoreApplication.translate("HandoversView", u"Back to do", None))
#endif // QT_CONFIG(accessibility)
        self.note_button.setText(QCoreApplication.translate("HandoversView", u"Add n&ote\u2026", None))
#if QT_CONFIG(tooltip)
        self.note_button.setToolTip(QCoreApplication.translate("HandoversView", u"Add a note to the selected item", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.note_button.setAccessibleName(QCoreApplication.translate("HandoversView", u"Add note\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.sign_outgoing_button.setText(QCoreApplication.translate("HandoversView", u"Sign off: outgoing", None))
#if QT_CONFIG(tooltip)
        self.sign_outgoing_button.setToolTip(QCoreApplication.translate("HandoversView", u"The outgoing person signs off", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.sign_outgoing_button.setAccessibleName(QCoreApplication.translate("HandoversView", u"Sign off: outgoing", None))
#endif // QT_CONFIG(accessibility)
        self.sign_incoming_button.setText(QCoreApplication.translate("HandoversView", u"Sign off: incoming", None))
#if QT_CONFIG(tooltip)
        self.sign_incoming_button.setToolTip(QCoreApplication.translate("HandoversView", u"The successor signs off", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.sign_incoming_button.setAccessibleName(QCoreApplication.translate("HandoversView", u"Sign off: incoming", None))
#endif // QT_CONFIG(accessibility)
        self.sign_supervisor_button.setText(QCoreApplication.translate("HandoversView", u"Sign off: supervisor", None))
#if QT_CONFIG(tooltip)
        self.sign_supervisor_button.setToolTip(QCoreApplication.translate("HandoversView", u"The supervisor signs off", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.sign_supervisor_button.setAccessibleName(QCoreApplication.translate("HandoversView", u"Sign off: supervisor", None))
#endif // QT_CONFIG(accessibility)
        self.complete_button.setText(QCoreApplication.translate("HandoversView", u"&Complete handover\u2026", None))
#if QT_CONFIG(tooltip)
        self.complete_button.setToolTip(QCoreApplication.translate("HandoversView", u"Move every role to the successor", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.complete_button.setAccessibleName(QCoreApplication.translate("HandoversView", u"Complete handover\u2026", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

