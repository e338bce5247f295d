# generated from forms/follow_ups_panel.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_FollowUpsPanel(object):
    def setupUi(self, FollowUpsPanel):
        if not FollowUpsPanel.objectName():
            FollowUpsPanel.setObjectName(u"FollowUpsPanel")
        FollowUpsPanel.resize(900, 480)
        self.panel_layout = QVBoxLayout(FollowUpsPanel)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(0, 0, 0, 0)
        self.intro_label = QLabel(FollowUpsPanel)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.panel_layout.addWidget(self.intro_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.plan_button = QPushButton(FollowUpsPanel)
        self.plan_button.setObjectName(u"plan_button")

        self.buttons_layout.addWidget(self.plan_button)

        self.add_button = QPushButton(FollowUpsPanel)
        self.add_button.setObjectName(u"add_button")

        self.buttons_layout.addWidget(self.add_button)

        self.record_button = QPushButton(FollowUpsPanel)
        self.record_button.setObjectName(u"record_button")

        self.buttons_layout.addWidget(self.record_button)

        self.move_button = QPushButton(FollowUpsPanel)
        self.move_button.setObjectName(u"move_button")

        self.buttons_layout.addWidget(self.move_button)

        self.delete_button = QPushButton(FollowUpsPanel)
        self.delete_button.setObjectName(u"delete_button")

        self.buttons_layout.addWidget(self.delete_button)

        self.buttons_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.panel_layout.addLayout(self.buttons_layout)

        self.follow_ups_view = QTableView(FollowUpsPanel)
        self.follow_ups_view.setObjectName(u"follow_ups_view")
        self.follow_ups_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.follow_ups_view.setAlternatingRowColors(True)
        self.follow_ups_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.follow_ups_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.follow_ups_view.verticalHeader().setVisible(False)

        self.panel_layout.addWidget(self.follow_ups_view)

        self.message_label = QLabel(FollowUpsPanel)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)

        self.panel_layout.addWidget(self.message_label)


        self.retranslateUi(FollowUpsPanel)

        QMetaObject.connectSlotsByName(FollowUpsPanel)
    # setupUi

    def retranslateUi(self, FollowUpsPanel):
        self.intro_label.setText(QCoreApplication.translate("FollowUpsPanel", u"Check-ins on how the project goes after the training, usually 30 and 90 days after its start, with what was found each time. Those due this week and those overdue are also on the Today page.", None))
#if QT_CONFIG(tooltip)
        self.plan_button.setToolTip(QCoreApplication.translate("FollowUpsPanel", u"Add the follow-ups 30 and 90 days after the project's start (or after its training session); those already planned are not repeated", None))
#endif // QT_CONFIG(tooltip)
        self.plan_button.setText(QCoreApplication.translate("FollowUpsPanel", u"&Plan at 30 and 90 days", None))
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("FollowUpsPanel", u"A follow-up on any date", None))
#endif // QT_CONFIG(tooltip)
        self.add_button.setText(QCoreApplication.translate("FollowUpsPanel", u"&Add\u2026", None))
#if QT_CONFIG(tooltip)
        self.record_button.setToolTip(QCoreApplication.translate("FollowUpsPanel", u"Record the chosen follow-up as done, with what was found", None))
#endif // QT_CONFIG(tooltip)
        self.record_button.setText(QCoreApplication.translate("FollowUpsPanel", u"&Record\u2026", None))
#if QT_CONFIG(tooltip)
        self.move_button.setToolTip(QCoreApplication.translate("FollowUpsPanel", u"Move the chosen follow-up to another date", None))
#endif // QT_CONFIG(tooltip)
        self.move_button.setText(QCoreApplication.translate("FollowUpsPanel", u"&Move\u2026", None))
#if QT_CONFIG(tooltip)
        self.delete_button.setToolTip(QCoreApplication.translate("FollowUpsPanel", u"Delete the chosen follow-up", None))
#endif // QT_CONFIG(tooltip)
        self.delete_button.setText(QCoreApplication.translate("FollowUpsPanel", u"Delete\u2026", None))
#if QT_CONFIG(accessibility)
        self.follow_ups_view.setAccessibleName(QCoreApplication.translate("FollowUpsPanel", u"Follow-ups", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

