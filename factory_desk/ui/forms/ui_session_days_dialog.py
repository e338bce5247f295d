# generated from forms/session_days_dialog.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SessionDaysDialog(object):
    def setupUi(self, SessionDaysDialog):
        if not SessionDaysDialog.objectName():
            SessionDaysDialog.setObjectName(u"SessionDaysDialog")
        self.dialog_layout = QVBoxLayout(SessionDaysDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(SessionDaysDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.days_form = QFormLayout()
        self.days_form.setObjectName(u"days_form")
        self.days_form.setHorizontalSpacing(12)
        self.days_form.setVerticalSpacing(6)

        self.dialog_layout.addLayout(self.days_form)

        self.error_label = QLabel(SessionDaysDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(SessionDaysDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(SessionDaysDialog)

        QMetaObject.connectSlotsByName(SessionDaysDialog)
    # setupUi

    def retranslateUi(self, SessionDaysDialog):
        SessionDaysDialog.setWindowTitle(QCoreApplication.translate("SessionDaysDialog", u"Days of the session", None))
        self.intro_label.setText(QCoreApplication.translate("SessionDaysDialog", u"A programme of several days need not run on consecutive days: choose the date of each day.", None))
    # retranslateUi

