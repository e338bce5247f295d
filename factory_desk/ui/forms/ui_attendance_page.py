# generated from forms/attendance_page.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_AttendancePage(object):
    def setupUi(self, AttendancePage):
        if not AttendancePage.objectName():
            AttendancePage.setObjectName(u"AttendancePage")
        self.page_layout = QVBoxLayout(AttendancePage)
        self.page_layout.setSpacing(10)
        self.page_layout.setObjectName(u"page_layout")
        self.title_label = QLabel(AttendancePage)
        self.title_label.setObjectName(u"title_label")

        self.page_layout.addWidget(self.title_label)

        self.tabs = QTabWidget(AttendancePage)
        self.tabs.setObjectName(u"tabs")
        self.sessions_tab = QWidget()
        self.sessions_tab.setObjectName(u"sessions_tab")
        self.sessions_layout = QVBoxLayout(self.sessions_tab)
        self.sessions_layout.setSpacing(8)
        self.sessions_layout.setObjectName(u"sessions_layout")
        self.intro_label = QLabel(self.sessions_tab)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.sessions_layout.addWidget(self.intro_label)

        self.sessions_view = QTableView(self.sessions_tab)
        self.sessions_view.setObjectName(u"sessions_view")
        self.sessions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessions_view.setTabKeyNavigation(False)
        self.sessions_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessions_view.setWordWrap(False)
        self.sessions_view.setShowGrid(False)
        self.sessions_view.verticalHeader().setVisible(False)

        self.sessions_layout.addWidget(self.sessions_view)

        self.empty_label = QLabel(self.sessions_tab)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)

        self.sessions_layout.addWidget(self.empty_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.open_button = QPushButton(self.sessions_tab)
        self.open_button.setObjectName(u"open_button")

        self.buttons_layout.addWidget(self.open_button)

        self.buttons_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.sessions_layout.addLayout(self.buttons_layout)

        self.tabs.addTab(self.sessions_tab, "")
        self.statuses_tab = QWidget()
        self.statuses_tab.setObjectName(u"statuses_tab")
        self.statuses_layout = QVBoxLayout(self.statuses_tab)
        self.statuses_layout.setObjectName(u"statuses_layout")
        self.tabs.addTab(self.statuses_tab, "")

        self.page_layout.addWidget(self.tabs)


        self.retranslateUi(AttendancePage)

        QMetaObject.connectSlotsByName(AttendancePage)
    # setupUi

    def retranslateUi(self, AttendancePage):
        self.title_label.setText(QCoreApplication.translate("AttendancePage", u"Attendance", None))
        self.intro_label.setText(QCoreApplication.translate("AttendancePage", u"Sessions of the last and the next seven days. Enter or a double-click opens the session's training day: attendance, rounds, tests and feedback.", None))
#if QT_CONFIG(accessibility)
        self.sessions_view.setAccessibleName(QCoreApplication.translate("AttendancePage", u"Sessions around today", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText(QCoreApplication.translate("AttendancePage", u"No sessions in the last and the next seven days.", None))
        self.open_button.setText(QCoreApplication.translate("AttendancePage", u"&Open the training day", None))
        self.tabs.setTabText(self.tabs.indexOf(self.sessions_tab), QCoreApplication.translate("AttendancePage", u"&Training days", None))
        self.tabs.setTabText(self.tabs.indexOf(self.statuses_tab), QCoreApplication.translate("AttendancePage", u"Attendance &statuses", None))
        pass
    # retranslateUi

