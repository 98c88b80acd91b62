# Generated from ui/main_window.ui by tools/build_forms.py: do not edit.
# source-sha256: 4d4c4f64058374dfb3b902132e438ef0366d35d38d2fbb0eb06cfdf238b558a9
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QMenuBar, QSizePolicy, QSpacerItem, QStackedWidget, QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QHBoxLayout(self.central_widget)
        self.central_layout.setSpacing(0)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.sidebar = QListWidget(self.central_widget)
        self.sidebar.setObjectName(u"sidebar")
        self.sidebar.setMinimumSize(QSize(200, 0))
        self.sidebar.setMaximumSize(QSize(220, 16777215))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFrameShape(QFrame.Shape.NoFrame)

        self.central_layout.addWidget(self.sidebar)

        self.content = QWidget(self.central_widget)
        self.content.setObjectName(u"content")
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setSpacing(10)
        self.content_layout.setObjectName(u"content_layout")
        self.content_layout.setContentsMargins(14, 14, 14, 14)
        self.top_layout = QHBoxLayout()
        self.top_layout.setSpacing(8)
        self.top_layout.setObjectName(u"top_layout")
        self.page_title = QLabel(self.content)
        self.page_title.setObjectName(u"page_title")

        self.top_layout.addWidget(self.page_title)

        self.top_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top_layout.addItem(self.top_spacer)

        self.search_edit = QLineEdit(self.content)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMinimumSize(QSize(380, 0))
        self.search_edit.setClearButtonEnabled(True)

        self.top_layout.addWidget(self.search_edit)


        self.content_layout.addLayout(self.top_layout)

        self.pages = QStackedWidget(self.content)
        self.pages.setObjectName(u"pages")

        self.content_layout.addWidget(self.pages)


        self.central_layout.addWidget(self.content)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"popdesk", None))
#if QT_CONFIG(accessibility)
        self.sidebar.setAccessibleName(QCoreApplication.translate("MainWindow", u"Sections", None))
#endif // QT_CONFIG(accessibility)
        self.page_title.setText(QCoreApplication.translate("MainWindow", u"Dashboard", None))
#if QT_CONFIG(accessibility)
        self.page_title.setAccessibleName(QCoreApplication.translate("MainWindow", u"Section title", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Search everything (Ctrl+K)", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("MainWindow", u"Search everything", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pages.setAccessibleName(QCoreApplication.translate("MainWindow", u"Current section", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

