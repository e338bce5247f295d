# generated from forms/sessions_page.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QToolButton,
    QVBoxLayout, QWidget)

class Ui_SessionsPage(object):
    def setupUi(self, SessionsPage):
        if not SessionsPage.objectName():
            SessionsPage.setObjectName(u"SessionsPage")
        self.action_new_session = QAction(SessionsPage)
        self.action_new_session.setObjectName(u"action_new_session")
        self.action_new_session.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.page_layout = QVBoxLayout(SessionsPage)
        self.page_layout.setSpacing(10)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(24, 20, 24, 20)
        self.title_row = QHBoxLayout()
        self.title_row.setSpacing(8)
        self.title_row.setObjectName(u"title_row")
        self.title_label = QLabel(SessionsPage)
        self.title_label.setObjectName(u"title_label")

        self.title_row.addWidget(self.title_label)

        self.title_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_row.addItem(self.title_spacer)

        self.new_session_button = QPushButton(SessionsPage)
        self.new_session_button.setObjectName(u"new_session_button")

        self.title_row.addWidget(self.new_session_button)

        self.new_series_button = QPushButton(SessionsPage)
        self.new_series_button.setObjectName(u"new_series_button")

        self.title_row.addWidget(self.new_series_button)

        self.planner_button = QPushButton(SessionsPage)
        self.planner_button.setObjectName(u"planner_button")

        self.title_row.addWidget(self.planner_button)

        self.calendar_file_button = QToolButton(SessionsPage)
        self.calendar_file_button.setObjectName(u"calendar_file_button")
        self.calendar_file_button.setPopupMode(QToolButton.InstantPopup)
        self.calendar_file_button.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.title_row.addWidget(self.calendar_file_button)


        self.page_layout.addLayout(self.title_row)

        self.area_tabs = QTabWidget(SessionsPage)
        self.area_tabs.setObjectName(u"area_tabs")
        self.today_tab = QWidget()
        self.today_tab.setObjectName(u"today_tab")
        self.today_layout = QVBoxLayout(self.today_tab)
        self.today_layout.setObjectName(u"today_layout")
        self.today_layout.setContentsMargins(8, 8, 8, 8)
        self.area_tabs.addTab(self.today_tab, "")
        self.calendar_tab = QWidget()
        self.calendar_tab.setObjectName(u"calendar_tab")
        self.calendar_layout = QVBoxLayout(self.calendar_tab)
        self.calendar_layout.setObjectName(u"calendar_layout")
        self.calendar_layout.setContentsMargins(8, 8, 8, 8)
        self.area_tabs.addTab(self.calendar_tab, "")
        self.factories_tab = QWidget()
        self.factories_tab.setObjectName(u"factories_tab")
        self.factories_layout = QVBoxLayout(self.factories_tab)
        self.factories_layout.setObjectName(u"factories_layout")
        self.factories_layout.setContentsMargins(8, 8, 8, 8)
        self.area_tabs.addTab(self.factories_tab, "")
        self.programmes_tab = QWidget()
        self.programmes_tab.setObjectName(u"programmes_tab")
        self.programmes_layout = QVBoxLayout(self.programmes_tab)
        self.programmes_layout.setObjectName(u"programmes_layout")
        self.programmes_layout.setContentsMargins(8, 8, 8, 8)
        self.area_tabs.addTab(self.programmes_tab, "")
        self.trainers_tab = QWidget()
        self.trainers_tab.setObjectName(u"trainers_tab")
        self.trainers_layout = QVBoxLayout(self.trainers_tab)
        self.trainers_layout.setObjectName(u"trainers_layout")
        self.trainers_layout.setContentsMargins(8, 8, 8, 8)
        self.area_tabs.addTab(self.trainers_tab, "")

        self.page_layout.addWidget(self.area_tabs)


        self.retranslateUi(SessionsPage)

        self.area_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SessionsPage)
    # setupUi

    def retranslateUi(self, SessionsPage):
        self.action_new_session.setText(QCoreApplication.translate("SessionsPage", u"New session", None))
#if QT_CONFIG(shortcut)
        self.action_new_session.setShortcut(QCoreApplication.translate("SessionsPage", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.title_label.setText(QCoreApplication.translate("SessionsPage", u"Sessions", None))
#if QT_CONFIG(tooltip)
        self.new_session_button.setToolTip(QCoreApplication.translate("SessionsPage", u"Plan a group on a day at one of your factories (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.new_session_button.setText(QCoreApplication.translate("SessionsPage", u"&New session\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_series_button.setToolTip(QCoreApplication.translate("SessionsPage", u"Plan the same group on several days, for example every Tuesday and Thursday; public holidays and days a trainer is away are skipped", None))
#endif // QT_CONFIG(tooltip)
        self.new_series_button.setText(QCoreApplication.translate("SessionsPage", u"New se&ries\u2026", None))
#if QT_CONFIG(tooltip)
        self.planner_button.setToolTip(QCoreApplication.translate("SessionsPage", u"Split a set of people, for example an organisation's employees, into groups over open sessions and free days", None))
#endif // QT_CONFIG(tooltip)
        self.planner_button.setText(QCoreApplication.translate("SessionsPage", u"&Plan groups\u2026", None))
#if QT_CONFIG(tooltip)
        self.calendar_file_button.setToolTip(QCoreApplication.translate("SessionsPage", u"Save sessions as a calendar file (.ics) for Outlook, Google or a phone", None))
#endif // QT_CONFIG(tooltip)
        self.calendar_file_button.setText(QCoreApplication.translate("SessionsPage", u"Calendar &file", None))
        self.area_tabs.setTabText(self.area_tabs.indexOf(self.today_tab), QCoreApplication.translate("SessionsPage", u"&Today", None))
        self.area_tabs.setTabText(self.area_tabs.indexOf(self.calendar_tab), QCoreApplication.translate("SessionsPage", u"C&alendar", None))
        self.area_tabs.setTabText(self.area_tabs.indexOf(self.factories_tab), QCoreApplication.translate("SessionsPage", u"&Factories", None))
        self.area_tabs.setTabText(self.area_tabs.indexOf(self.programmes_tab), QCoreApplication.translate("SessionsPage", u"Pr&ogrammes", None))
        self.area_tabs.setTabText(self.area_tabs.indexOf(self.trainers_tab), QCoreApplication.translate("SessionsPage", u"Trai&ners", None))
        pass
    # retranslateUi

