# Generated from ui/problems_view.ui by tools/build_forms.py: do not edit.
# source-sha256: c6e85a2c1bce3455f4584656c1e35c4306a73d0ecaa3691b3136ce25ebf5565f
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'problems_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTextBrowser, QVBoxLayout, QWidget)

class Ui_ProblemsView(object):
    def setupUi(self, ProblemsView):
        if not ProblemsView.objectName():
            ProblemsView.setObjectName(u"ProblemsView")
        self.page_layout = QVBoxLayout(ProblemsView)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setSpacing(8)
        self.filter_layout.setObjectName(u"filter_layout")
        self.show_label = QLabel(ProblemsView)
        self.show_label.setObjectName(u"show_label")

        self.filter_layout.addWidget(self.show_label)

        self.show_combo = QComboBox(ProblemsView)
        self.show_combo.setObjectName(u"show_combo")
        self.show_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.show_combo)

        self.filter_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.new_button = QPushButton(ProblemsView)
        self.new_button.setObjectName(u"new_button")

        self.filter_layout.addWidget(self.new_button)

        self.next_stage_button = QPushButton(ProblemsView)
        self.next_stage_button.setObjectName(u"next_stage_button")

        self.filter_layout.addWidget(self.next_stage_button)

        self.partner_button = QPushButton(ProblemsView)
        self.partner_button.setObjectName(u"partner_button")

        self.filter_layout.addWidget(self.partner_button)

        self.priority_button = QPushButton(ProblemsView)
        self.priority_button.setObjectName(u"priority_button")

        self.filter_layout.addWidget(self.priority_button)

        self.evaluation_button = QPushButton(ProblemsView)
        self.evaluation_button.setObjectName(u"evaluation_button")

        self.filter_layout.addWidget(self.evaluation_button)

        self.close_button = QPushButton(ProblemsView)
        self.close_button.setObjectName(u"close_button")

        self.filter_layout.addWidget(self.close_button)


        self.page_layout.addLayout(self.filter_layout)

        self.splitter = QSplitter(ProblemsView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.board = QWidget(self.splitter)
        self.board.setObjectName(u"board")
        self.board_layout = QHBoxLayout(self.board)
        self.board_layout.setSpacing(8)
        self.board_layout.setObjectName(u"board_layout")
        self.board_layout.setContentsMargins(0, 0, 0, 0)
        self.scanning_layout = QVBoxLayout()
        self.scanning_layout.setSpacing(4)
        self.scanning_layout.setObjectName(u"scanning_layout")
        self.scanning_label = QLabel(self.board)
        self.scanning_label.setObjectName(u"scanning_label")

        self.scanning_layout.addWidget(self.scanning_label)

        self.scanning_list = QListWidget(self.board)
        self.scanning_list.setObjectName(u"scanning_list")
        self.scanning_list.setWordWrap(True)

        self.scanning_layout.addWidget(self.scanning_list)


        self.board_layout.addLayout(self.scanning_layout)

        self.analysis_layout = QVBoxLayout()
        self.analysis_layout.setSpacing(4)
        self.analysis_layout.setObjectName(u"analysis_layout")
        self.analysis_label = QLabel(self.board)
        self.analysis_label.setObjectName(u"analysis_label")

        self.analysis_layout.addWidget(self.analysis_label)

        self.analysis_list = QListWidget(self.board)
        self.analysis_list.setObjectName(u"analysis_list")
        self.analysis_list.setWordWrap(True)

        self.analysis_layout.addWidget(self.analysis_list)


        self.board_layout.addLayout(self.analysis_layout)

        self.response_layout = QVBoxLayout()
        self.response_layout.setSpacing(4)
        self.response_layout.setObjectName(u"response_layout")
        self.response_label = QLabel(self.board)
        self.response_label.setObjectName(u"response_label")

        self.response_layout.addWidget(self.response_label)

        self.response_list = QListWidget(self.board)
        self.response_list.setObjectName(u"response_list")
        self.response_list.setWordWrap(True)

        self.response_layout.addWidget(self.response_list)


        self.board_layout.addLayout(self.response_layout)

        self.assessment_layout = QVBoxLayout()
        self.assessment_layout.setSpacing(4)
        self.assessment_layout.setObjectName(u"assessment_layout")
        self.assessment_label = QLabel(self.board)
        self.assessment_label.setObjectName(u"assessment_label")

        self.assessment_layout.addWidget(self.assessment_label)

        self.assessment_list = QListWidget(self.board)
        self.assessment_list.setObjectName(u"assessment_list")
        self.assessment_list.setWordWrap(True)

        self.assessment_layout.addWidget(self.assessment_list)


        self.board_layout.addLayout(self.assessment_layout)

        self.splitter.addWidget(self.board)
        self.detail_browser = QTextBrowser(self.splitter)
        self.detail_browser.setObjectName(u"detail_browser")
        self.detail_browser.setOpenLinks(False)
        self.detail_browser.setMinimumSize(QSize(340, 0))
        self.splitter.addWidget(self.detail_browser)

        self.page_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.show_label.setBuddy(self.show_combo)
        self.scanning_label.setBuddy(self.scanning_list)
        self.analysis_label.setBuddy(self.analysis_list)
        self.response_label.setBuddy(self.response_list)
        self.assessment_label.setBuddy(self.assessment_list)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProblemsView)

        QMetaObject.connectSlotsByName(ProblemsView)
    # setupUi

    def retranslateUi(self, ProblemsView):
        self.show_label.setText(QCoreApplication.translate("ProblemsView", u"Show", None))
#if QT_CONFIG(accessibility)
        self.show_combo.setAccessibleName(QCoreApplication.translate("ProblemsView", u"Which problems to show", None))
#endif // QT_CONFIG(accessibility)
        self.new_button.setText(QCoreApplication.translate("ProblemsView", u"&New problem\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_button.setToolTip(QCoreApplication.translate("ProblemsView", u"Open a problem to work with partners (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.new_button.setAccessibleName(QCoreApplication.translate("ProblemsView", u"New problem\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.next_stage_button.setText(QCoreApplication.translate("ProblemsView", u"Ne&xt stage", None))
#if QT_CONFIG(tooltip)
        self.next_stage_button.setToolTip(QCoreApplication.translate("ProblemsView", u"Move the selected problem to the next SARA stage", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.next_stage_button.setAccessibleName(QCoreApplication.translate("ProblemsView", u"Next stage", None))
#endif // QT_CONFIG(accessibility)
        self.partner_button.setText(QCoreApplication.translate("ProblemsView", u"Add &partner\u2026", None))
#if QT_CONFIG(tooltip)
        self.partner_button.setToolTip(QCoreApplication.translate("ProblemsView", u"Add a partner organisation and its role", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.partner_button.setAccessibleName(QCoreApplication.translate("ProblemsView", u"Add partner\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.priority_button.setText(QCoreApplication.translate("ProblemsView", u"Agree &priority\u2026", None))
#if QT_CONFIG(tooltip)
        self.priority_button.setToolTip(QCoreApplication.translate("ProblemsView", u"Record the jointly agreed priority", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.priority_button.setAccessibleName(QCoreApplication.translate("ProblemsView", u"Agree priority\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.evaluation_button.setText(QCoreApplication.translate("ProblemsView", u"&Evaluation\u2026", None))
#if QT_CONFIG(tooltip)
        self.evaluation_button.setToolTip(QCoreApplication.translate("ProblemsView", u"Record evaluation notes", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.evaluation_button.setAccessibleName(QCoreApplication.translate("ProblemsView", u"Evaluation\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("ProblemsView", u"&Close problem\u2026", None))
#if QT_CONFIG(tooltip)
        self.close_button.setToolTip(QCoreApplication.translate("ProblemsView", u"Close the selected problem", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.close_button.setAccessibleName(QCoreApplication.translate("ProblemsView", u"Close problem\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.scanning_label.setText(QCoreApplication.translate("ProblemsView", u"&Scanning", None))
#if QT_CONFIG(accessibility)
        self.scanning_list.setAccessibleName(QCoreApplication.translate("ProblemsView", u"Problems at Scanning", None))
#endif // QT_CONFIG(accessibility)
        self.analysis_label.setText(QCoreApplication.translate("ProblemsView", u"&Analysis", None))
#if QT_CONFIG(accessibility)
        self.analysis_list.setAccessibleName(QCoreApplication.translate("ProblemsView", u"Problems at Analysis", None))
#endif // QT_CONFIG(accessibility)
        self.response_label.setText(QCoreApplication.translate("ProblemsView", u"&Response", None))
#if QT_CONFIG(accessibility)
        self.response_list.setAccessibleName(QCoreApplication.translate("ProblemsView", u"Problems at Response", None))
#endif // QT_CONFIG(accessibility)
        self.assessment_label.setText(QCoreApplication.translate("ProblemsView", u"Assess&ment", None))
#if QT_CONFIG(accessibility)
        self.assessment_list.setAccessibleName(QCoreApplication.translate("ProblemsView", u"Problems at Assessment", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detail_browser.setAccessibleName(QCoreApplication.translate("ProblemsView", u"Details", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

