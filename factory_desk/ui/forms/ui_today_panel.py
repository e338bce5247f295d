# generated from forms/today_panel.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_TodayPanel(object):
    def setupUi(self, TodayPanel):
        if not TodayPanel.objectName():
            TodayPanel.setObjectName(u"TodayPanel")
        self.panel_layout = QVBoxLayout(TodayPanel)
        self.panel_layout.setSpacing(10)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(0, 0, 0, 0)
        self.date_label = QLabel(TodayPanel)
        self.date_label.setObjectName(u"date_label")
        self.date_label.setTextFormat(Qt.TextFormat.PlainText)

        self.panel_layout.addWidget(self.date_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setSpacing(24)
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setSpacing(6)
        self.left_layout.setObjectName(u"left_layout")
        self.today_label = QLabel(TodayPanel)
        self.today_label.setObjectName(u"today_label")

        self.left_layout.addWidget(self.today_label)

        self.today_view = QTableView(TodayPanel)
        self.today_view.setObjectName(u"today_view")
        self.today_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.today_view.setTabKeyNavigation(False)
        self.today_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.today_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.today_view.setWordWrap(False)
        self.today_view.setShowGrid(False)
        self.today_view.horizontalHeader().setVisible(False)
        self.today_view.verticalHeader().setVisible(False)

        self.left_layout.addWidget(self.today_view)

        self.today_empty_label = QLabel(TodayPanel)
        self.today_empty_label.setObjectName(u"today_empty_label")
        self.today_empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.today_empty_label.setWordWrap(True)
        self.today_empty_label.setIndent(12)

        self.left_layout.addWidget(self.today_empty_label)

        self.week_label = QLabel(TodayPanel)
        self.week_label.setObjectName(u"week_label")

        self.left_layout.addWidget(self.week_label)

        self.week_view = QTableView(TodayPanel)
        self.week_view.setObjectName(u"week_view")
        self.week_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.week_view.setTabKeyNavigation(False)
        self.week_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.week_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.week_view.setWordWrap(False)
        self.week_view.setShowGrid(False)
        self.week_view.horizontalHeader().setVisible(False)
        self.week_view.verticalHeader().setVisible(False)

        self.left_layout.addWidget(self.week_view)

        self.week_empty_label = QLabel(TodayPanel)
        self.week_empty_label.setObjectName(u"week_empty_label")
        self.week_empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.week_empty_label.setWordWrap(True)
        self.week_empty_label.setIndent(12)

        self.left_layout.addWidget(self.week_empty_label)

        self.followups_label = QLabel(TodayPanel)
        self.followups_label.setObjectName(u"followups_label")

        self.left_layout.addWidget(self.followups_label)

        self.followups_view = QTableView(TodayPanel)
        self.followups_view.setObjectName(u"followups_view")
        self.followups_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.followups_view.setTabKeyNavigation(False)
        self.followups_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.followups_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.followups_view.setWordWrap(False)
        self.followups_view.setShowGrid(False)
        self.followups_view.horizontalHeader().setVisible(False)
        self.followups_view.verticalHeader().setVisible(False)

        self.left_layout.addWidget(self.followups_view)

        self.followups_empty_label = QLabel(TodayPanel)
        self.followups_empty_label.setObjectName(u"followups_empty_label")
        self.followups_empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.followups_empty_label.setWordWrap(True)
        self.followups_empty_label.setIndent(12)

        self.left_layout.addWidget(self.followups_empty_label)

        self.left_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_layout.addItem(self.left_spacer)

        self.left_layout.setStretch(1, 1)
        self.left_layout.setStretch(4, 1)

        self.columns_layout.addLayout(self.left_layout)

        self.right_layout = QVBoxLayout()
        self.right_layout.setSpacing(6)
        self.right_layout.setObjectName(u"right_layout")
        self.under_label = QLabel(TodayPanel)
        self.under_label.setObjectName(u"under_label")

        self.right_layout.addWidget(self.under_label)

        self.under_view = QTableView(TodayPanel)
        self.under_view.setObjectName(u"under_view")
        self.under_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.under_view.setTabKeyNavigation(False)
        self.under_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.under_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.under_view.setWordWrap(False)
        self.under_view.setShowGrid(False)
        self.under_view.horizontalHeader().setVisible(False)
        self.under_view.verticalHeader().setVisible(False)

        self.right_layout.addWidget(self.under_view)

        self.under_empty_label = QLabel(TodayPanel)
        self.under_empty_label.setObjectName(u"under_empty_label")
        self.under_empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.under_empty_label.setWordWrap(True)
        self.under_empty_label.setIndent(12)

        self.right_layout.addWidget(self.under_empty_label)

        self.held_label = QLabel(TodayPanel)
        self.held_label.setObjectName(u"held_label")

        self.right_layout.addWidget(self.held_label)

        self.held_view = QTableView(TodayPanel)
        self.held_view.setObjectName(u"held_view")
        self.held_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.held_view.setTabKeyNavigation(False)
        self.held_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.held_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.held_view.setWordWrap(False)
        self.held_view.setShowGrid(False)
        self.held_view.horizontalHeader().setVisible(False)
        self.held_view.verticalHeader().setVisible(False)

        self.right_layout.addWidget(self.held_view)

        self.held_empty_label = QLabel(TodayPanel)
        self.held_empty_label.setObjectName(u"held_empty_label")
        self.held_empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.held_empty_label.setWordWrap(True)
        self.held_empty_label.setIndent(12)

        self.right_layout.addWidget(self.held_empty_label)

        self.promotable_label = QLabel(TodayPanel)
        self.promotable_label.setObjectName(u"promotable_label")

        self.right_layout.addWidget(self.promotable_label)

        self.promotable_view = QTableView(TodayPanel)
        self.promotable_view.setObjectName(u"promotable_view")
        self.promotable_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.promotable_view.setTabKeyNavigation(False)
        self.promotable_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.promotable_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.promotable_view.setWordWrap(False)
        self.promotable_view.setShowGrid(False)
        self.promotable_view.horizontalHeader().setVisible(False)
        self.promotable_view.verticalHeader().setVisible(False)

        self.right_layout.addWidget(self.promotable_view)

        self.promotable_empty_label = QLabel(TodayPanel)
        self.promotable_empty_label.setObjectName(u"promotable_empty_label")
        self.promotable_empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.promotable_empty_label.setWordWrap(True)
        self.promotable_empty_label.setIndent(12)

        self.right_layout.addWidget(self.promotable_empty_label)

        self.right_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_layout.addItem(self.right_spacer)

        self.right_layout.setStretch(1, 1)
        self.right_layout.setStretch(4, 1)
        self.right_layout.setStretch(7, 1)

        self.columns_layout.addLayout(self.right_layout)

        self.columns_layout.setStretch(0, 1)
        self.columns_layout.setStretch(1, 1)

        self.panel_layout.addLayout(self.columns_layout)

        self.panel_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.today_label.setBuddy(self.today_view)
        self.week_label.setBuddy(self.week_view)
        self.followups_label.setBuddy(self.followups_view)
        self.under_label.setBuddy(self.under_view)
        self.held_label.setBuddy(self.held_view)
        self.promotable_label.setBuddy(self.promotable_view)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.today_view, self.week_view)
        QWidget.setTabOrder(self.week_view, self.under_view)
        QWidget.setTabOrder(self.under_view, self.held_view)
        QWidget.setTabOrder(self.held_view, self.promotable_view)

        self.retranslateUi(TodayPanel)

        QMetaObject.connectSlotsByName(TodayPanel)
    # setupUi

    def retranslateUi(self, TodayPanel):
        self.today_label.setText(QCoreApplication.translate("TodayPanel", u"Today", None))
#if QT_CONFIG(accessibility)
        self.today_view.setAccessibleName(QCoreApplication.translate("TodayPanel", u"Sessions today", None))
#endif // QT_CONFIG(accessibility)
        self.week_label.setText(QCoreApplication.translate("TodayPanel", u"This week", None))
#if QT_CONFIG(accessibility)
        self.week_view.setAccessibleName(QCoreApplication.translate("TodayPanel", u"Sessions this week", None))
#endif // QT_CONFIG(accessibility)
        self.followups_label.setText(QCoreApplication.translate("TodayPanel", u"Project follow-ups", None))
#if QT_CONFIG(accessibility)
        self.followups_view.setAccessibleName(QCoreApplication.translate("TodayPanel", u"Follow-ups of improvement projects due this week or overdue", None))
#endif // QT_CONFIG(accessibility)
        self.under_label.setText(QCoreApplication.translate("TodayPanel", u"Under the minimum in the next two weeks", None))
#if QT_CONFIG(accessibility)
        self.under_view.setAccessibleName(QCoreApplication.translate("TodayPanel", u"Groups under their minimum in the next two weeks", None))
#endif // QT_CONFIG(accessibility)
        self.held_label.setText(QCoreApplication.translate("TodayPanel", u"Held, report not done", None))
#if QT_CONFIG(accessibility)
        self.held_view.setAccessibleName(QCoreApplication.translate("TodayPanel", u"Sessions held whose report is not done", None))
#endif // QT_CONFIG(accessibility)
        self.promotable_label.setText(QCoreApplication.translate("TodayPanel", u"Waiting lists that can be promoted", None))
#if QT_CONFIG(accessibility)
        self.promotable_view.setAccessibleName(QCoreApplication.translate("TodayPanel", u"Sessions with free places and people waiting", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

