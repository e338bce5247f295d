# generated from forms/training_day_window.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QSizePolicy, QTabWidget,
    QToolButton, QVBoxLayout, QWidget)

class Ui_TrainingDayWindow(object):
    def setupUi(self, TrainingDayWindow):
        if not TrainingDayWindow.objectName():
            TrainingDayWindow.setObjectName(u"TrainingDayWindow")
        self.window_layout = QVBoxLayout(TrainingDayWindow)
        self.window_layout.setSpacing(8)
        self.window_layout.setObjectName(u"window_layout")
        self.heading_row = QHBoxLayout()
        self.heading_row.setSpacing(12)
        self.heading_row.setObjectName(u"heading_row")
        self.heading_layout = QVBoxLayout()
        self.heading_layout.setSpacing(2)
        self.heading_layout.setObjectName(u"heading_layout")
        self.heading_label = QLabel(TrainingDayWindow)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setTextFormat(Qt.TextFormat.PlainText)
        self.heading_label.setWordWrap(True)

        self.heading_layout.addWidget(self.heading_label)

        self.details_label = QLabel(TrainingDayWindow)
        self.details_label.setObjectName(u"details_label")
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setWordWrap(True)

        self.heading_layout.addWidget(self.details_label)


        self.heading_row.addLayout(self.heading_layout)

        self.sign_in_button = QToolButton(TrainingDayWindow)
        self.sign_in_button.setObjectName(u"sign_in_button")
        self.sign_in_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.sign_in_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.sign_in_button.setMinimumSize(QSize(0, 44))

        self.heading_row.addWidget(self.sign_in_button)


        self.window_layout.addLayout(self.heading_row)

        self.tabs = QTabWidget(TrainingDayWindow)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.attendance_tab = QWidget()
        self.attendance_tab.setObjectName(u"attendance_tab")
        self.attendance_layout = QVBoxLayout(self.attendance_tab)
        self.attendance_layout.setObjectName(u"attendance_layout")
        self.attendance_layout.setContentsMargins(0, -1, 0, -1)
        self.tabs.addTab(self.attendance_tab, "")
        self.rounds_tab = QWidget()
        self.rounds_tab.setObjectName(u"rounds_tab")
        self.rounds_layout = QVBoxLayout(self.rounds_tab)
        self.rounds_layout.setObjectName(u"rounds_layout")
        self.rounds_layout.setContentsMargins(0, -1, 0, -1)
        self.tabs.addTab(self.rounds_tab, "")
        self.scores_tab = QWidget()
        self.scores_tab.setObjectName(u"scores_tab")
        self.scores_layout = QVBoxLayout(self.scores_tab)
        self.scores_layout.setObjectName(u"scores_layout")
        self.scores_layout.setContentsMargins(0, -1, 0, -1)
        self.tabs.addTab(self.scores_tab, "")

        self.window_layout.addWidget(self.tabs)

        self.message_label = QLabel(TrainingDayWindow)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)

        self.window_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(TrainingDayWindow)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.window_layout.addWidget(self.button_box)


        self.retranslateUi(TrainingDayWindow)

        QMetaObject.connectSlotsByName(TrainingDayWindow)
    # setupUi

    def retranslateUi(self, TrainingDayWindow):
        TrainingDayWindow.setWindowTitle(QCoreApplication.translate("TrainingDayWindow", u"Training day", None))
#if QT_CONFIG(tooltip)
        self.sign_in_button.setToolTip(QCoreApplication.translate("TrainingDayWindow", u"The sign-in sheet of every day of the session, with a barcode for each person, to print or save as PDF", None))
#endif // QT_CONFIG(tooltip)
        self.sign_in_button.setText(QCoreApplication.translate("TrainingDayWindow", u"Print the si&gn-in sheet\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attendance_tab), QCoreApplication.translate("TrainingDayWindow", u"&Attendance", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rounds_tab), QCoreApplication.translate("TrainingDayWindow", u"Simulation r&ounds", None))
        self.tabs.setTabText(self.tabs.indexOf(self.scores_tab), QCoreApplication.translate("TrainingDayWindow", u"&Tests and feedback", None))
    # retranslateUi

