# generated from forms/calendar_view.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableView, QToolButton, QVBoxLayout, QWidget)

class Ui_CalendarView(object):
    def setupUi(self, CalendarView):
        if not CalendarView.objectName():
            CalendarView.setObjectName(u"CalendarView")
        self.view_layout = QVBoxLayout(CalendarView)
        self.view_layout.setSpacing(8)
        self.view_layout.setObjectName(u"view_layout")
        self.view_layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setSpacing(6)
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.previous_button = QToolButton(CalendarView)
        self.previous_button.setObjectName(u"previous_button")
        self.previous_button.setAutoRaise(False)

        self.toolbar_layout.addWidget(self.previous_button)

        self.today_button = QPushButton(CalendarView)
        self.today_button.setObjectName(u"today_button")

        self.toolbar_layout.addWidget(self.today_button)

        self.next_button = QToolButton(CalendarView)
        self.next_button.setObjectName(u"next_button")

        self.toolbar_layout.addWidget(self.next_button)

        self.period_label = QLabel(CalendarView)
        self.period_label.setObjectName(u"period_label")
        self.period_label.setMinimumSize(QSize(220, 0))
        self.period_label.setTextFormat(Qt.TextFormat.PlainText)
        self.period_label.setIndent(8)

        self.toolbar_layout.addWidget(self.period_label)

        self.toolbar_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)

        self.month_button = QToolButton(CalendarView)
        self.month_button.setObjectName(u"month_button")
        self.month_button.setCheckable(True)
        self.month_button.setChecked(True)
        self.month_button.setAutoExclusive(True)

        self.toolbar_layout.addWidget(self.month_button)

        self.week_button = QToolButton(CalendarView)
        self.week_button.setObjectName(u"week_button")
        self.week_button.setCheckable(True)
        self.week_button.setAutoExclusive(True)

        self.toolbar_layout.addWidget(self.week_button)

        self.list_button = QToolButton(CalendarView)
        self.list_button.setObjectName(u"list_button")
        self.list_button.setCheckable(True)
        self.list_button.setAutoExclusive(True)

        self.toolbar_layout.addWidget(self.list_button)

        self.mode_spacer = QSpacerItem(16, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.mode_spacer)

        self.factory_label = QLabel(CalendarView)
        self.factory_label.setObjectName(u"factory_label")

        self.toolbar_layout.addWidget(self.factory_label)

        self.factory_combo = QComboBox(CalendarView)
        self.factory_combo.setObjectName(u"factory_combo")
        self.factory_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.factory_combo.setMinimumContentsLength(22)

        self.toolbar_layout.addWidget(self.factory_combo)


        self.view_layout.addLayout(self.toolbar_layout)

        self.views_stack = QStackedWidget(CalendarView)
        self.views_stack.setObjectName(u"views_stack")
        self.grid_page = QWidget()
        self.grid_page.setObjectName(u"grid_page")
        self.grid_layout = QVBoxLayout(self.grid_page)
        self.grid_layout.setObjectName(u"grid_layout")
        self.grid_layout.setContentsMargins(0, 0, 0, 0)
        self.grid_scroll = QScrollArea(self.grid_page)
        self.grid_scroll.setObjectName(u"grid_scroll")
        self.grid_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.grid_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid_scroll.setWidgetResizable(True)

        self.grid_layout.addWidget(self.grid_scroll)

        self.views_stack.addWidget(self.grid_page)
        self.list_page = QWidget()
        self.list_page.setObjectName(u"list_page")
        self.list_layout = QVBoxLayout(self.list_page)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_view = QTableView(self.list_page)
        self.list_view.setObjectName(u"list_view")
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setTabKeyNavigation(False)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setWordWrap(False)
        self.list_view.horizontalHeader().setHighlightSections(False)
        self.list_view.verticalHeader().setVisible(False)

        self.list_layout.addWidget(self.list_view)

        self.views_stack.addWidget(self.list_page)

        self.view_layout.addWidget(self.views_stack)

        self.view_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.factory_label.setBuddy(self.factory_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.previous_button, self.today_button)
        QWidget.setTabOrder(self.today_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.month_button)
        QWidget.setTabOrder(self.month_button, self.week_button)
        QWidget.setTabOrder(self.week_button, self.list_button)
        QWidget.setTabOrder(self.list_button, self.factory_combo)
        QWidget.setTabOrder(self.factory_combo, self.grid_scroll)
        QWidget.setTabOrder(self.grid_scroll, self.list_view)

        self.retranslateUi(CalendarView)

        QMetaObject.connectSlotsByName(CalendarView)
    # setupUi

    def retranslateUi(self, CalendarView):
#if QT_CONFIG(tooltip)
        self.previous_button.setToolTip(QCoreApplication.translate("CalendarView", u"The previous month or week (Page Up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previous_button.setAccessibleName(QCoreApplication.translate("CalendarView", u"Previous period", None))
#endif // QT_CONFIG(accessibility)
        self.previous_button.setText(QCoreApplication.translate("CalendarView", u"\u25c0", None))
#if QT_CONFIG(tooltip)
        self.today_button.setToolTip(QCoreApplication.translate("CalendarView", u"Go to today (Home)", None))
#endif // QT_CONFIG(tooltip)
        self.today_button.setText(QCoreApplication.translate("CalendarView", u"&Today", None))
#if QT_CONFIG(tooltip)
        self.next_button.setToolTip(QCoreApplication.translate("CalendarView", u"The next month or week (Page Down)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.next_button.setAccessibleName(QCoreApplication.translate("CalendarView", u"Next period", None))
#endif // QT_CONFIG(accessibility)
        self.next_button.setText(QCoreApplication.translate("CalendarView", u"\u25b6", None))
#if QT_CONFIG(tooltip)
        self.month_button.setToolTip(QCoreApplication.translate("CalendarView", u"A month: six weeks of days", None))
#endif // QT_CONFIG(tooltip)
        self.month_button.setText(QCoreApplication.translate("CalendarView", u"&Month", None))
#if QT_CONFIG(tooltip)
        self.week_button.setToolTip(QCoreApplication.translate("CalendarView", u"A week, with trainers and fill", None))
#endif // QT_CONFIG(tooltip)
        self.week_button.setText(QCoreApplication.translate("CalendarView", u"&Week", None))
#if QT_CONFIG(tooltip)
        self.list_button.setToolTip(QCoreApplication.translate("CalendarView", u"The month's sessions as a table", None))
#endif // QT_CONFIG(tooltip)
        self.list_button.setText(QCoreApplication.translate("CalendarView", u"&List", None))
        self.factory_label.setText(QCoreApplication.translate("CalendarView", u"&Factory:", None))
#if QT_CONFIG(accessibility)
        self.factory_combo.setAccessibleName(QCoreApplication.translate("CalendarView", u"Show the sessions of", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.list_view.setAccessibleName(QCoreApplication.translate("CalendarView", u"Sessions of the month", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

