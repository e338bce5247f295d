# generated from forms/attendance_panel.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_AttendancePanel(object):
    def setupUi(self, AttendancePanel):
        if not AttendancePanel.objectName():
            AttendancePanel.setObjectName(u"AttendancePanel")
        self.panel_layout = QVBoxLayout(AttendancePanel)
        self.panel_layout.setSpacing(8)
        self.panel_layout.setObjectName(u"panel_layout")
        self.heading_layout = QHBoxLayout()
        self.heading_layout.setSpacing(12)
        self.heading_layout.setObjectName(u"heading_layout")
        self.heading_label = QLabel(AttendancePanel)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setTextFormat(Qt.TextFormat.PlainText)
        self.heading_label.setWordWrap(True)

        self.heading_layout.addWidget(self.heading_label)

        self.day_label = QLabel(AttendancePanel)
        self.day_label.setObjectName(u"day_label")

        self.heading_layout.addWidget(self.day_label)

        self.day_combo = QComboBox(AttendancePanel)
        self.day_combo.setObjectName(u"day_combo")
        self.day_combo.setMinimumSize(QSize(0, 44))

        self.heading_layout.addWidget(self.day_combo)

        self.heading_layout.setStretch(0, 1)

        self.panel_layout.addLayout(self.heading_layout)

        self.banner_label = QLabel(AttendancePanel)
        self.banner_label.setObjectName(u"banner_label")
        self.banner_label.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_label.setWordWrap(True)
        self.banner_label.setMargin(8)

        self.panel_layout.addWidget(self.banner_label)

        self.scan_layout = QHBoxLayout()
        self.scan_layout.setSpacing(12)
        self.scan_layout.setObjectName(u"scan_layout")
        self.scan_edit = QLineEdit(AttendancePanel)
        self.scan_edit.setObjectName(u"scan_edit")
        self.scan_edit.setClearButtonEnabled(True)
        self.scan_edit.setMinimumSize(QSize(0, 48))

        self.scan_layout.addWidget(self.scan_edit)

        self.counts_label = QLabel(AttendancePanel)
        self.counts_label.setObjectName(u"counts_label")
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.counts_label.setWordWrap(True)

        self.scan_layout.addWidget(self.counts_label)

        self.scan_layout.setStretch(0, 3)
        self.scan_layout.setStretch(1, 2)

        self.panel_layout.addLayout(self.scan_layout)

        self.message_layout = QHBoxLayout()
        self.message_layout.setObjectName(u"message_layout")
        self.message_label = QLabel(AttendancePanel)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)

        self.message_layout.addWidget(self.message_label)

        self.saved_label = QLabel(AttendancePanel)
        self.saved_label.setObjectName(u"saved_label")
        self.saved_label.setTextFormat(Qt.TextFormat.PlainText)
        self.saved_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.message_layout.addWidget(self.saved_label)

        self.message_layout.setStretch(0, 1)

        self.panel_layout.addLayout(self.message_layout)

        self.sheet_view = QTableView(AttendancePanel)
        self.sheet_view.setObjectName(u"sheet_view")
        self.sheet_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sheet_view.setTabKeyNavigation(False)
        self.sheet_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sheet_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sheet_view.setWordWrap(False)
        self.sheet_view.setShowGrid(False)
        self.sheet_view.setAlternatingRowColors(True)
        self.sheet_view.verticalHeader().setVisible(False)

        self.panel_layout.addWidget(self.sheet_view)

        self.status_buttons_layout = QHBoxLayout()
        self.status_buttons_layout.setSpacing(8)
        self.status_buttons_layout.setObjectName(u"status_buttons_layout")

        self.panel_layout.addLayout(self.status_buttons_layout)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setSpacing(8)
        self.actions_layout.setObjectName(u"actions_layout")
        self.undo_button = QPushButton(AttendancePanel)
        self.undo_button.setObjectName(u"undo_button")

        self.actions_layout.addWidget(self.undo_button)

        self.rest_button = QPushButton(AttendancePanel)
        self.rest_button.setObjectName(u"rest_button")

        self.actions_layout.addWidget(self.rest_button)

        self.walk_in_button = QPushButton(AttendancePanel)
        self.walk_in_button.setObjectName(u"walk_in_button")

        self.actions_layout.addWidget(self.walk_in_button)

        self.replace_button = QPushButton(AttendancePanel)
        self.replace_button.setObjectName(u"replace_button")

        self.actions_layout.addWidget(self.replace_button)

        self.actions_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.close_button = QPushButton(AttendancePanel)
        self.close_button.setObjectName(u"close_button")

        self.actions_layout.addWidget(self.close_button)

        self.reopen_button = QPushButton(AttendancePanel)
        self.reopen_button.setObjectName(u"reopen_button")

        self.actions_layout.addWidget(self.reopen_button)


        self.panel_layout.addLayout(self.actions_layout)

        self.panel_layout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.day_label.setBuddy(self.day_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scan_edit, self.sheet_view)
        QWidget.setTabOrder(self.sheet_view, self.day_combo)

        self.retranslateUi(AttendancePanel)

        QMetaObject.connectSlotsByName(AttendancePanel)
    # setupUi

    def retranslateUi(self, AttendancePanel):
#if QT_CONFIG(accessibility)
        AttendancePanel.setAccessibleName(QCoreApplication.translate("AttendancePanel", u"Attendance", None))
#endif // QT_CONFIG(accessibility)
        self.day_label.setText(QCoreApplication.translate("AttendancePanel", u"&Day:", None))
#if QT_CONFIG(accessibility)
        self.day_combo.setAccessibleName(QCoreApplication.translate("AttendancePanel", u"Day of the session", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.scan_edit.setAccessibleName(QCoreApplication.translate("AttendancePanel", u"Scan a badge or find a name", None))
#endif // QT_CONFIG(accessibility)
        self.scan_edit.setPlaceholderText(QCoreApplication.translate("AttendancePanel", u"Scan a badge, or type a name to find it\u2026", None))
#if QT_CONFIG(accessibility)
        self.sheet_view.setAccessibleName(QCoreApplication.translate("AttendancePanel", u"People and their marks", None))
#endif // QT_CONFIG(accessibility)
        self.undo_button.setText(QCoreApplication.translate("AttendancePanel", u"&Undo", None))
#if QT_CONFIG(tooltip)
        self.undo_button.setToolTip(QCoreApplication.translate("AttendancePanel", u"Undo the last mark (Ctrl+Z), one by one", None))
#endif // QT_CONFIG(tooltip)
        self.rest_button.setText(QCoreApplication.translate("AttendancePanel", u"Mark the &rest present", None))
#if QT_CONFIG(tooltip)
        self.rest_button.setToolTip(QCoreApplication.translate("AttendancePanel", u"Everyone without a mark is marked present; marks already made stay as they are", None))
#endif // QT_CONFIG(tooltip)
        self.walk_in_button.setText(QCoreApplication.translate("AttendancePanel", u"&Walk-in\u2026", None))
#if QT_CONFIG(tooltip)
        self.walk_in_button.setToolTip(QCoreApplication.translate("AttendancePanel", u"Someone came who is not on the list: add them and mark them present", None))
#endif // QT_CONFIG(tooltip)
        self.replace_button.setText(QCoreApplication.translate("AttendancePanel", u"Re&place\u2026", None))
#if QT_CONFIG(tooltip)
        self.replace_button.setToolTip(QCoreApplication.translate("AttendancePanel", u"A colleague came instead of the selected person", None))
#endif // QT_CONFIG(tooltip)
        self.close_button.setText(QCoreApplication.translate("AttendancePanel", u"&Close the session\u2026", None))
#if QT_CONFIG(tooltip)
        self.close_button.setToolTip(QCoreApplication.translate("AttendancePanel", u"Lock the marks and see who is eligible for a certificate", None))
#endif // QT_CONFIG(tooltip)
        self.reopen_button.setText(QCoreApplication.translate("AttendancePanel", u"Reope&n\u2026", None))
#if QT_CONFIG(tooltip)
        self.reopen_button.setToolTip(QCoreApplication.translate("AttendancePanel", u"Open the closed session for changes again (coordinators, with a reason)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

